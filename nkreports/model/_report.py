"""The report: an article and everything extracted from it."""

import datetime as dt
from typing import Any

import attrs

from ._article import Article
from ._directive import Directive
from ._display import report_html, report_repr
from ._region import RegionRef
from ._source import Source
from ._values import DateValue


def _tuple(items: Any) -> tuple[Any, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Report:
    """An :class:`Article` with the regions, sources, directives and dates found in it.

    ``anchor`` is the date relative expressions were resolved against (the
    publication date, or the one handed in); ``None`` leaves them unresolved.
    """

    article: Article
    anchor: dt.date | None = None
    regions: tuple[RegionRef, ...] = attrs.field(default=(), converter=_tuple)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_tuple)
    directives: tuple[Directive, ...] = attrs.field(default=(), converter=_tuple)
    dates: tuple[DateValue, ...] = attrs.field(default=(), converter=_tuple)

    @sources.validator
    def _check_source_ids(self, _attr: "attrs.Attribute[tuple[Source, ...]]", value: tuple[Source, ...]) -> None:
        ids = [s.id for s in value]
        if len(set(ids)) != len(ids):
            msg = f"source ids are not unique: {ids}"
            raise ValueError(msg)

    @directives.validator
    def _check_directive_ids(
        self, _attr: "attrs.Attribute[tuple[Directive, ...]]", value: tuple[Directive, ...]
    ) -> None:
        ids = [d.id for d in value]
        if len(set(ids)) != len(ids):
            msg = f"directive ids are not unique: {ids}"
            raise ValueError(msg)
        known = {s.id for s in self.sources}
        for directive in value:
            if directive.source is not None and directive.source not in known:
                msg = f"directive {directive.id} names unknown source {directive.source!r}"
                raise ValueError(msg)

    def __repr__(self) -> str:
        return report_repr(self)

    def _repr_html_(self) -> str:
        """A small HTML table of the article and the counts of what was found, for notebooks."""
        return report_html(self)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data: :func:`nkreports.io.json.report_to_dict`."""
        from nkreports.io import json as report_json  # noqa: PLC0415  (deferred: the model imports no other subpackage)

        return report_json.report_to_dict(self)

    @classmethod
    def from_dict(cls, data: Any) -> "Report":
        """A report from JSON-ready data: :func:`nkreports.io.json.report_from_dict`.

        Raises :class:`~nkreports.InvalidReportError` when *data* is not a valid report.
        """
        from nkreports.io import json as report_json  # noqa: PLC0415  (deferred: the model imports no other subpackage)

        return report_json.report_from_dict(data)

    @property
    def text(self) -> str:
        """The article's normalized text, which every span indexes."""
        return self.article.text

    def source(self, source_id: str) -> Source | None:
        """The source with *source_id*, if any."""
        return next((s for s in self.sources if s.id == source_id), None)
