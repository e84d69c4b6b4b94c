"""Dated layouts of one outlet, and readable signatures for outlet declarations."""

from __future__ import annotations

import datetime as dt
import inspect
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import attrs

__all__ = ["Layout", "readable_signature"]

_T = TypeVar("_T")


def _date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _patterns(items: Iterable[str | re.Pattern[str]]) -> tuple[re.Pattern[str], ...]:
    return tuple(p if isinstance(p, re.Pattern) else re.compile(p, re.IGNORECASE | re.MULTILINE) for p in items)


def _changes(items: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> tuple[tuple[str, Any], ...]:
    pairs = items.items() if isinstance(items, Mapping) else items
    return tuple((str(name), value) for name, value in pairs)


@attrs.frozen(kw_only=True)
class Layout:
    """One of an outlet's page layouts: the declaration fields that differ from the outlet's own.

    A site that changed its markup keeps one outlet whose own fields describe the
    current pages, and one ``Layout`` per older style.  A layout applies to a
    document where one of its ``markers`` occurs (detection), else to an article
    published before ``until`` (by date: the document's date, its URL's, or the
    date the outlet reads from the page).

    >>> old = Layout(name="pre-2017", until="2017-01-01", changes={"end_marks": [r"^-end-$"]})
    >>> old.until
    datetime.date(2017, 1, 1)
    """

    name: str = attrs.field(validator=attrs.validators.min_len(1))
    """What the layout is called (``"pre-2017"``)."""
    until: dt.date | None = attrs.field(default=None, converter=_date)
    """Articles published before this date use the layout (ISO date or :class:`datetime.date`)."""
    markers: tuple[re.Pattern[str], ...] = attrs.field(default=(), converter=_patterns, repr=False)
    """Patterns (multi-line, case-insensitive) that identify the layout in a document's text."""
    changes: tuple[tuple[str, Any], ...] = attrs.field(default=(), converter=_changes, repr=False)
    """Declaration fields and their values under this layout (a mapping or pairs)."""

    def matches(self, sample: str) -> bool:
        """Whether one of the ``markers`` occurs in *sample*."""
        return any(p.search(sample) for p in self.markers)


class _Shown:
    """A default value shown by name in signatures (``GENERIC_BOILERPLATE``)."""

    def __init__(self, text: str) -> None:
        self._text = text

    def __repr__(self) -> str:
        return self._text


def readable_signature(cls: type[_T]) -> type[_T]:
    """Give an attrs class's ``__init__`` a signature whose long defaults show by name.

    A field declares the name with ``metadata={"shown": "GENERIC_BOILERPLATE"}``.
    """
    init: Callable[..., None] = cls.__init__
    fields = attrs.fields_dict(cls)  # type: ignore[arg-type]
    signature = inspect.signature(init)
    params = []
    for param in signature.parameters.values():
        field = fields.get(param.name)
        shown = field.metadata.get("shown") if field is not None else None
        params.append(param.replace(default=_Shown(shown)) if shown else param)
    init.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    return cls
