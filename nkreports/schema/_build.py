"""Generate the report JSON Schema by walking the model's attrs classes and enums.

The walk follows the field types (``str``, ``int``, ``bool``, ``X | None``,
``tuple[X, ...]``, enums, dates, nested attrs classes) and the validators it can
read (``matches_re``, ``min_len``, ``ge``, region ids).  Where
:mod:`nkreports.io.json` writes a shape of its own (a block as offsets, a
region reference flattened into its region), a small override here mirrors the
converter's hook; the round-trip tests check the two agree.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import enum
import json
import re
import types
import typing
from typing import Any

import attrs

from nkreports.io.json import SCHEMA_VERSION
from nkreports.model import Article, Block, DateValue, Demand, Directive, Issuer, PartialDate, RegionRef, Report, Source
from nkreports.model import Span as SpanType
from nkreports.model._values import _REGION_ID, region_id_validator

__all__ = ["CONTRACT_KEYS", "build_schema", "schema_text"]

DRAFT = "https://json-schema.org/draft/2020-12/schema"

CONTRACT_KEYS: dict[type, frozenset[str]] = {
    Report: frozenset({"article", "regions", "sources", "directives", "dates"}),
    Article: frozenset({"outlet", "title", "url", "published", "language"}),
    RegionRef: frozenset({"id", "level", "name", "mentions"}),
    Source: frozenset({"descriptor", "location", "channel", "contacted", "anonymous"}),
    Directive: frozenset({"issuer", "issued", "audience", "demands"}),
    Issuer: frozenset({"body", "level", "region", "text"}),
    Demand: frozenset({"text", "modality"}),
    DateValue: frozenset({"text", "value"}),
    SpanType: frozenset({"text", "start", "end"}),
}
"""The keys of ``shared/spec/report-json.md`` per class: always required in the schema."""

_EXTRA_REGION_ID_FIELDS = frozenset({(Directive, "applies_to")})
"""Region-id fields whose converter (not a validator) checks the ids."""

_DATE = {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
_ISO_PARTIAL = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
_ROLE = re.compile(r":[a-z]+:`~?([^`<]*?)(?: <[^>]*>)?`")


def _describe(obj: object) -> str:
    """The first paragraph of *obj*'s docstring as plain text (Sphinx roles and literals unwrapped)."""
    doc = (obj.__doc__ or "").strip().split("\n\n")[0]
    doc = _ROLE.sub(lambda m: m.group(1).rsplit(".", 1)[-1], doc)
    return " ".join(doc.replace("``", "").split())


class _Walk:
    """One walk: the ``$defs`` found so far."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def ref(self, name: str, build: typing.Callable[[], dict[str, Any]]) -> dict[str, Any]:
        if name not in self.defs:
            self.defs[name] = {}  # reserve the name first: classes may refer to each other
            self.defs[name] = build()
        return {"$ref": f"#/$defs/{name}"}

    def of_type(self, tp: Any) -> dict[str, Any]:
        origin = typing.get_origin(tp)
        if origin in (types.UnionType, typing.Union):
            return _nullable([self.of_type(a) for a in typing.get_args(tp) if a is not type(None)])
        if origin is tuple and typing.get_args(tp)[1:] == (Ellipsis,):
            return {"type": "array", "items": self.of_type(typing.get_args(tp)[0])}
        if origin in (list, frozenset, set, collections.abc.Sequence):
            return {"type": "array", "items": self.of_type(typing.get_args(tp)[0])}
        if origin in (dict, collections.abc.Mapping) and typing.get_args(tp)[0] is str:
            return {"type": "object", "additionalProperties": self.of_type(typing.get_args(tp)[1])}
        if origin is typing.Literal:
            return {"enum": list(typing.get_args(tp))}
        if tp is Any:
            return {}
        simple = {str: "string", bool: "boolean", int: "integer", float: "number"}
        if tp in simple:
            return {"type": simple[tp]}
        if tp is dt.date:
            return self.ref("Date", lambda: {"description": "A calendar date, YYYY-MM-DD.", **_DATE})
        if tp is PartialDate:
            return self.ref(
                "PartialDate",
                lambda: {"description": _describe(PartialDate), "type": "string", "pattern": _ISO_PARTIAL},
            )
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return self.ref(tp.__name__, lambda: {"description": _describe(tp), "enum": [m.value for m in tp]})
        if isinstance(tp, type) and attrs.has(tp):
            shape = _SHAPES.get(tp, _Walk.attrs_object)
            return self.ref(tp.__name__, lambda: shape(self, tp))
        msg = f"no JSON Schema for the type {tp!r}: teach nkreports/schema/_build.py (_Walk.of_type) its JSON shape"
        raise TypeError(msg)

    def field(self, cls: type, field: attrs.Attribute[Any], tp: Any) -> dict[str, Any]:
        schema = self.of_type(tp)
        if field.validator is region_id_validator or (cls, field.name) in _EXTRA_REGION_ID_FIELDS:
            return _region_ids(schema, self.ref("RegionId", _region_id))
        for validator in _validators(field.validator):
            schema = {**schema, **_constraint(validator, schema.get("type"))}
        return schema

    def attrs_object(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties = {f.name: self.field(cls, f, hints[f.name]) for f in attrs.fields(cls)}
        mandatory = {f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING}
        return _object(cls, properties, mandatory)


def _nullable(options: list[dict[str, Any]]) -> dict[str, Any]:
    if len(options) == 1 and set(options[0]) == {"type"}:
        return {"type": [options[0]["type"], "null"]}
    return {"anyOf": [*options, {"type": "null"}]}


def _region_ids(schema: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    """*schema* (a string, a nullable string or an array of strings) with region-id strings."""
    if schema.get("type") == "array":
        return {**schema, "items": ref}
    return _nullable([ref]) if schema.get("type") == ["string", "null"] else ref


def _validators(validator: Any) -> list[Any]:
    if validator is None:
        return []
    inner = getattr(validator, "_validators", None)
    return list(inner) if inner is not None else [validator]


# attrs' validator classes are private: take them from instances (typed Any, since their attributes are untyped).
_MATCHES_RE: Any = type(attrs.validators.matches_re(""))
_MIN_LEN: Any = type(attrs.validators.min_len(0))
_NUMBER: Any = type(attrs.validators.ge(0))
_BOUNDS = {">=": "minimum", "<=": "maximum", ">": "exclusiveMinimum", "<": "exclusiveMaximum"}


def _constraint(validator: Any, json_type: Any) -> dict[str, Any]:
    """The JSON Schema keywords of an attrs validator on a field of *json_type*, where there are any."""
    strings = json_type in ("string", ["string", "null"])
    if strings and isinstance(validator, _MATCHES_RE):
        return {"pattern": validator.pattern.pattern}
    if strings and isinstance(validator, _MIN_LEN):
        return {"minLength": validator.min_length}
    if json_type == "integer" and isinstance(validator, _NUMBER) and validator.compare_op in _BOUNDS:
        return {_BOUNDS[validator.compare_op]: validator.bound}
    return {}


def _region_id() -> dict[str, Any]:
    return {
        "description": "A region id of the gazetteer: KP-10, KP-10:hyesan, CN-LN:dandong, KR:seoul.",
        "type": "string",
        "pattern": _REGION_ID.pattern,
    }


def _contract(cls: type) -> frozenset[str]:
    return frozenset().union(*(keys for base, keys in CONTRACT_KEYS.items() if issubclass(cls, base)))


def _object(cls: type, properties: dict[str, Any], mandatory: set[str]) -> dict[str, Any]:
    required = [name for name in properties if name in mandatory | _contract(cls)]
    return {
        "description": _describe(cls),
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _block(walk: _Walk, _cls: type) -> dict[str, Any]:
    """A block as the converter writes it: its kind and the offsets of its span."""
    hints = typing.get_type_hints(Block)
    offset = walk.of_type(typing.get_type_hints(SpanType)["start"]) | {"minimum": 0}
    properties = {"kind": walk.of_type(hints["kind"]), "start": offset, "end": offset}
    return _object(Block, properties, set(properties))


def _region_ref(walk: _Walk, _cls: type) -> dict[str, Any]:
    """A region reference as the converter writes it: the region's fields, its level, and the mentions."""
    hints = typing.get_type_hints(RegionRef)
    region_cls = hints["region"]
    region = walk.attrs_object(region_cls)
    level = walk.of_type(typing.get_type_hints(region_cls.level.fget)["return"])
    props = dict(region["properties"])
    properties = {"id": props.pop("id"), "level": level, **props, "mentions": walk.of_type(hints["mentions"])}
    return _object(RegionRef, properties, set(region["required"]))


_SHAPES: dict[type, typing.Callable[[_Walk, type], dict[str, Any]]] = {Block: _block, RegionRef: _region_ref}


def build_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one report as :mod:`nkreports.io.json` writes it."""
    walk = _Walk()
    report = walk.of_type(Report)
    body = walk.defs.pop("Report")
    major = SCHEMA_VERSION.split(".", 1)[0]
    version = {
        "description": f"The report format's version, MAJOR.MINOR; this schema describes {SCHEMA_VERSION}.",
        "type": "string",
        "pattern": rf"^{major}\.[0-9]+$",
    }
    batch = {
        "path": {"description": "Batch output only: the input document's path.", "type": "string"},
        "items": {
            "description": "Batch output only: how many reports the document gave (a feed), when more than one.",
            "type": "integer",
            "minimum": 1,
        },
    }
    assert report == {"$ref": "#/$defs/Report"}
    return {
        "$schema": DRAFT,
        "$id": f"urn:nkreports:schema:report:{SCHEMA_VERSION}",
        "title": f"nkreports report, format {SCHEMA_VERSION}",
        "description": body["description"],
        "type": "object",
        "properties": {"schema_version": version, **body["properties"], **batch},
        "required": ["schema_version", *body["required"]],
        "additionalProperties": False,
        "$defs": dict(sorted(walk.defs.items())),
    }


def schema_text() -> str:
    """:func:`build_schema` as the text of the shipped file (stable key order, two-space indent)."""
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"
