"""``json.dumps(value, ensure_ascii=False, indent=2)``, the same text written faster.

With an indent, the standard library encodes in pure Python through a chain of
generators, one per container; a report of a 20 MiB document is millions of
small objects (spans, mentions), and that encoder took several seconds of CPU.
This one appends to one list, writes strings with the standard library's own
string encoder, and falls back to :func:`json.dumps` for anything it does not
handle (so errors are the standard library's too).
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring
from typing import Any

__all__ = ["dumps_indented"]

_INDENT = "  "
_INFINITY = float("inf")


class _Unhandled(Exception):
    """A value this encoder leaves to :func:`json.dumps`."""


def _float(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)


def _key(key: object) -> str:
    if isinstance(key, str):
        return encode_basestring(key)
    if isinstance(key, float):
        return encode_basestring(_float(key))
    if key is True:
        return '"true"'
    if key is False:
        return '"false"'
    if key is None:
        return '"null"'
    if isinstance(key, int):
        return encode_basestring(int.__repr__(key))
    raise _Unhandled


def _scalar(value: object) -> str:
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    raise _Unhandled


def _write(value: object, out: list[str], newline: str) -> None:
    """Append *value* to *out*; *newline* is a line break and the indentation of *value*'s own line."""
    if isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + _INDENT
        separator = "," + inner
        out.append("[")
        lead = inner
        for item in value:
            out.append(lead)
            lead = separator
            kind = type(item)
            if kind is str:
                out.append(encode_basestring(item))
            elif kind is int:
                out.append(int.__repr__(item))
            else:
                _write(item, out, inner)
        out.append(newline + "]")
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + _INDENT
        separator = "," + inner
        out.append("{")
        lead = inner
        for key, item in value.items():
            out.append(lead)
            lead = separator
            out.append((encode_basestring(key) if type(key) is str else _key(key)) + ": ")
            kind = type(item)
            if kind is str:
                out.append(encode_basestring(item))
            elif kind is int:
                out.append(int.__repr__(item))
            else:
                _write(item, out, inner)
        out.append(newline + "}")
    else:
        out.append(_scalar(value))


def dumps_indented(value: Any) -> str:
    """Exactly ``json.dumps(value, ensure_ascii=False, indent=2)``."""
    out: list[str] = []
    try:
        _write(value, out, "\n")
    except (_Unhandled, RecursionError):
        return json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(out)
