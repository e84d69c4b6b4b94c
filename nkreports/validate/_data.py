"""Validation of report data as parsed from JSON, before the model sees it.

Each field is checked where it sits, so every problem carries its exact path;
the checks reuse the model's own word converters and id/date parsers.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from nkreports.gazetteer import Gazetteer
from nkreports.io.json import check_schema_version
from nkreports.model import (
    BlockKind,
    Body,
    Channel,
    IssuerLevel,
    Modality,
    PartialDate,
    PartOfMonth,
    Precision,
    RegionKind,
    RegionLevel,
    check_region_id,
    convert_word,
)

from ._problem import Problem

__all__ = ["check_data"]

_ID_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


@attrs.define
class _Walk:
    """The state of one walk over a report's data: the article text and what was found."""

    gazetteer: Gazetteer
    text: str | None = None
    problems: list[Problem] = attrs.Factory(list)

    def add(self, code: str, path: str, message: str) -> None:
        self.problems.append(Problem(code=code, path=path, message=message))


Check = Callable[[_Walk, str, Any], None]
Field = tuple[bool, Check]  # (required, check)


_JSON_TYPES: dict[Any, str] = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer"}


def _type_name(value: Any) -> str:
    return "null" if value is None else _JSON_TYPES.get(type(value), type(value).__name__)


def _is(kind: type | tuple[type, ...], label: str, *, optional: bool = False) -> Check:
    def check(walk: _Walk, path: str, value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            walk.add("wrong-type", path, f"expected {label}, found {_type_name(value)}")

    return check


_str = _is(str, "a string")
_opt_str = _is(str, "a string or null", optional=True)
_int = _is(int, "an integer")
_bool = _is(bool, "true or false")


def _word(enum_type: type[enum.StrEnum], *, optional: bool = False) -> Check:
    def check(walk: _Walk, path: str, value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str):
            walk.add("wrong-type", path, f"expected a {enum_type.__name__} word, found {_type_name(value)}")
            return
        try:
            convert_word(enum_type, value)
        except ValueError as exc:
            walk.add("unknown-word", path, str(exc))

    return check


def _ident(walk: _Walk, path: str, value: Any) -> None:
    if not isinstance(value, str):
        walk.add("wrong-type", path, f"expected an id string, found {_type_name(value)}")
    elif not value or not set(value) <= _ID_CHARS:
        walk.add("bad-id", path, f"id {value!r} must be letters, digits, '-' or '_'")


def _region_id(*, optional: bool) -> Check:
    def check(walk: _Walk, path: str, value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str):
            walk.add("wrong-type", path, f"expected a region id string, found {_type_name(value)}")
            return
        try:
            check_region_id(value)
        except ValueError as exc:
            walk.add("bad-region-id", path, str(exc))
            return
        if walk.gazetteer.get(value) is None:
            walk.add("unknown-region", path, f"region {value!r} is not in the gazetteer")

    return check


def _iso_date(walk: _Walk, path: str, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        walk.add("wrong-type", path, f"expected a YYYY-MM-DD string or null, found {_type_name(value)}")
        return
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        walk.add("bad-date", path, f"{value!r} is not a date of the form YYYY-MM-DD")


def _partial(walk: _Walk, path: str, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        walk.add("wrong-type", path, f"expected a YYYY[-MM[-DD]] string or null, found {_type_name(value)}")
        return
    try:
        PartialDate.parse(value)
    except ValueError as exc:
        walk.add("bad-date", path, str(exc))


def _schema_version(walk: _Walk, path: str, value: Any) -> None:
    if not isinstance(value, str):
        walk.add("wrong-type", path, f"expected a MAJOR.MINOR string, found {_type_name(value)}")
        return
    problem = check_schema_version(value)
    if problem is not None:
        walk.add("bad-schema-version", path, problem)


def _audience(walk: _Walk, path: str, value: Any) -> None:
    if not isinstance(value, str):
        walk.add("wrong-type", path, f"expected a string, found {_type_name(value)}")
    elif not value or value != value.lower() or value.strip() != value:
        walk.add("bad-audience", path, f"audience {value!r} must be a lower-case noun phrase such as 'traders'")


def _array(item: Check) -> Check:
    def check(walk: _Walk, path: str, value: Any) -> None:
        if not isinstance(value, list):
            walk.add("wrong-type", path, f"expected an array, found {_type_name(value)}")
            return
        for i, element in enumerate(value):
            item(walk, f"{path}[{i}]", element)

    return check


def _object(
    fields: Mapping[str, Field], *, span: bool = False, optional: bool = False, extra: frozenset[str] = frozenset()
) -> Check:
    """Check an object's fields; with *span*, also that ``start``/``end``/``text`` slice the article."""

    def check(walk: _Walk, path: str, value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, dict):
            walk.add("wrong-type", path, f"expected an object, found {_type_name(value)}")
            return
        for key, (required, field_check) in fields.items():
            if key in value:
                field_check(walk, _join(path, key), value[key])
            elif required:
                walk.add("missing-field", _join(path, key), f"required field {key!r} is missing")
        for key in value.keys() - fields.keys() - extra:
            walk.add("unknown-field", _join(path, str(key)), f"the report format has no field {key!r}")
        if span:
            _check_span(walk, path, value, has_text="text" in fields)

    return check


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _check_span(walk: _Walk, path: str, value: dict[str, Any], *, has_text: bool) -> None:
    start, end = value.get("start"), value.get("end")
    if walk.text is None or not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        return
    assert isinstance(start, int)
    assert isinstance(end, int)
    if not 0 <= start <= end <= len(walk.text):
        walk.add(
            "span-out-of-range",
            path,
            f"span {start}:{end} lies outside the article text of {len(walk.text)} characters",
        )
        return
    text = value.get("text")
    if has_text and isinstance(text, str) and walk.text[start:end] != text:
        walk.add(
            "span-mismatch",
            _join(path, "text"),
            f"{text[:60]!r} is not the article text at {start}:{end} ({walk.text[start:end][:60]!r})",
        )


_SPAN: dict[str, Field] = {"start": (True, _int), "end": (True, _int), "text": (True, _str)}
_span = _object(_SPAN, span=True)
_spans = _array(_span)
# An extent is a span by offsets alone; reports written before statements became extents also carry "text".
_EXTENT: dict[str, Field] = {"start": (True, _int), "end": (True, _int), "text": (False, _str)}
_extents = _array(_object(_EXTENT, span=True))
_DATE_VALUE: dict[str, Field] = {
    **_SPAN,
    "precision": (True, _word(Precision)),
    "value": (False, _partial),
    "modifier": (False, _word(PartOfMonth, optional=True)),
    "relative": (False, _bool),
    "until": (False, _partial),
}
_date_value = _object(_DATE_VALUE, span=True)
_opt_date_value = _object(_DATE_VALUE, span=True, optional=True)
_opt_region = _region_id(optional=True)

_REGION: dict[str, Field] = {
    "id": (True, _region_id(optional=False)),
    "level": (False, _word(RegionLevel)),
    "kind": (True, _word(RegionKind)),
    "name": (True, _str),
    "parent": (False, _opt_region),
    "hangul": (False, _opt_str),
    "name_mr": (False, _opt_str),
    "name_rr": (False, _opt_str),
    "aliases": (False, _array(_str)),
    "lat": (False, _is((int, float), "a number or null", optional=True)),
    "lon": (False, _is((int, float), "a number or null", optional=True)),
    "borders": (False, _array(_str)),
    "mentions": (False, _spans),
}
_SOURCE: dict[str, Field] = {
    "id": (True, _ident),
    "descriptor": (True, _str),
    "location": (False, _opt_region),
    "channel": (False, _word(Channel)),
    "contacted": (False, _opt_date_value),
    "anonymous": (False, _bool),
    "role": (False, _opt_str),
    "group": (False, _bool),
    "mentions": (False, _spans),
    "statements": (False, _extents),
}
_ISSUER: dict[str, Field] = {
    "body": (True, _word(Body)),
    "text": (False, _opt_str),
    "level": (False, _word(IssuerLevel, optional=True)),
    "region": (False, _opt_region),
    "mentions": (False, _spans),
}
_DEMAND: dict[str, Field] = {**_SPAN, "modality": (True, _word(Modality))}
_DIRECTIVE: dict[str, Field] = {
    "id": (True, _ident),
    "issuer": (True, _object(_ISSUER)),
    "issued": (False, _opt_date_value),
    "audience": (False, _array(_audience)),
    "demands": (False, _array(_object(_DEMAND, span=True))),
    "penalties": (False, _spans),
    "source": (False, _opt_str),
    "evidence": (False, _spans),
    "applies_to": (False, _array(_opt_region)),
}
_LINK: dict[str, Field] = {
    "url": (True, _str),
    "rel": (False, _str),
    "text": (False, _opt_str),
    "language": (False, _opt_str),
}
_BLOCK: dict[str, Field] = {"kind": (True, _word(BlockKind)), "start": (True, _int), "end": (True, _int)}
_ARTICLE: dict[str, Field] = {
    "outlet": (True, _str),
    "text": (True, _str),
    "blocks": (False, _array(_object(_BLOCK, span=True))),
    "title": (False, _opt_str),
    "url": (False, _opt_str),
    "published": (False, _iso_date),
    "author": (False, _opt_str),
    "language": (False, _str),
    "links": (False, _array(_object(_LINK))),
}
_REPORT_FIELDS: dict[str, Field] = {
    "schema_version": (False, _schema_version),
    "article": (True, _object(_ARTICLE)),
    "anchor": (False, _iso_date),
    "regions": (False, _array(_object(_REGION))),
    "sources": (False, _array(_object(_SOURCE))),
    "directives": (False, _array(_object(_DIRECTIVE))),
    "dates": (False, _array(_date_value)),
}
_REPORT_EXTRA = frozenset({"path", "items"})
"""Top-level keys allowed besides the report's own: batch output records the input ``path`` and ``items``."""


def _cross_checks(walk: _Walk, data: dict[str, Any]) -> None:
    """Checks across objects that stop the model from building the report at all."""
    source_ids: set[str] = set()
    for kind in ("sources", "directives"):
        seen: set[str] = set()
        items = data.get(kind)
        for i, item in enumerate(items if isinstance(items, list) else []):
            ident = item.get("id") if isinstance(item, dict) else None
            if not isinstance(ident, str):
                continue
            if ident in seen:
                walk.add("duplicate-id", f"{kind}[{i}].id", f"{kind[:-1]} id {ident!r} is used twice")
            seen.add(ident)
        if kind == "sources":
            source_ids = seen
    sources = data.get("sources")
    for i, src in enumerate(sources if isinstance(sources, list) else []):
        if not isinstance(src, dict):
            continue
        descriptor, mentions = src.get("descriptor"), src.get("mentions")
        if isinstance(mentions, list) and mentions and isinstance(mentions[0], dict):
            first = mentions[0].get("text")
            if isinstance(first, str) and isinstance(descriptor, str) and first != descriptor:
                walk.add(
                    "descriptor-mismatch",
                    f"sources[{i}].mentions[0].text",
                    f"first mention {first!r} is not the descriptor {descriptor!r}",
                )
    directives = data.get("directives")
    for i, directive in enumerate(directives if isinstance(directives, list) else []):
        ref = directive.get("source") if isinstance(directive, dict) else None
        if isinstance(ref, str) and ref not in source_ids:
            walk.add("unknown-source", f"directives[{i}].source", f"no source has the id {ref!r}")


def check_data(data: Any, gazetteer: Gazetteer) -> list[Problem]:
    """Every problem found in report *data* (a dict parsed from JSON), field by field."""
    if not isinstance(data, dict):
        return [Problem(code="wrong-type", path="", message=f"a report must be an object, found {_type_name(data)}")]
    article = data.get("article")
    text = article.get("text") if isinstance(article, dict) else None
    walk = _Walk(gazetteer=gazetteer, text=text if isinstance(text, str) else None)
    _object(_REPORT_FIELDS, extra=_REPORT_EXTRA)(walk, "", data)
    _cross_checks(walk, data)
    return walk.problems
