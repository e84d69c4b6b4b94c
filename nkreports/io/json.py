"""Report <-> JSON, with the stable keys of the report contract.

The model stays free of serialization concerns; this module owns one cattrs
converter with a few hooks where the JSON shape differs from the attrs fields
(ISO date strings, flattened regions, blocks stored as offsets).

Every report written carries ``"schema_version"`` (:data:`SCHEMA_VERSION`) as
its first key.  Reading accepts any ``1.x`` version, and a report without the
key (written before versioning) as ``1.0``; a report of another major version
is refused with :class:`~nkreports.InvalidReportError`.  Batch output (JSON
Lines) starts each line with the input ``path``: :func:`loads_line` and
:func:`read_jsonl` keep it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import cattrs
from cattrs.preconf.json import make_converter

from nkreports.exceptions import InvalidReportError
from nkreports.io._indent import dumps_indented
from nkreports.model import Article, Block, Link, PartialDate, Region, RegionRef, Report, Span

__all__ = [
    "SCHEMA_VERSION",
    "check_schema_version",
    "converter",
    "dumps",
    "loads",
    "loads_line",
    "read_jsonl",
    "report_from_dict",
    "report_to_dict",
]

SCHEMA_VERSION = "1.0"
"""The report format version this library writes, as ``MAJOR.MINOR``.

A minor version adds optional keys; a major version changes or removes keys.
"""


def _unstructure_region_ref(conv: cattrs.Converter, ref: RegionRef) -> dict[str, Any]:
    data: dict[str, Any] = {"id": ref.region.id, "level": ref.region.level.value}
    data.update(conv.unstructure(ref.region))
    data["mentions"] = conv.unstructure(ref.mentions)
    return data


def _structure_region_ref(conv: cattrs.Converter, data: Any) -> RegionRef:
    if not isinstance(data, dict):
        msg = f"a region must be an object, not {type(data).__name__}"
        raise TypeError(msg)
    fields = {k: v for k, v in data.items() if k not in {"mentions", "level"}}
    region = conv.structure(fields, Region)
    mentions = conv.structure(data.get("mentions", []), tuple[Span, ...])
    return RegionRef(region=region, mentions=mentions)


def _unstructure_article(conv: cattrs.Converter, article: Article) -> dict[str, Any]:
    return {
        "outlet": article.outlet,
        "title": article.title,
        "url": article.url,
        "published": None if article.published is None else article.published.isoformat(),
        "author": article.author,
        "language": article.language,
        "text": article.text,
        "blocks": [{"kind": b.kind.value, "start": b.span.start, "end": b.span.end} for b in article.blocks],
        "links": conv.unstructure(article.links),
    }


def _structure_article(conv: cattrs.Converter, data: Any) -> Article:
    if not isinstance(data, dict):
        msg = f"an article must be an object, not {type(data).__name__}"
        raise TypeError(msg)
    text = data.get("text", "")
    if not isinstance(text, str):
        msg = "article text must be a string"
        raise TypeError(msg)
    blocks = tuple(
        Block(kind=b["kind"], span=Span.of(text, int(b["start"]), int(b["end"]))) for b in data.get("blocks", [])
    )
    published = data.get("published")
    return Article(
        outlet=data["outlet"],
        text=text,
        blocks=blocks,
        title=data.get("title"),
        url=data.get("url"),
        published=None if published is None else dt.date.fromisoformat(published),
        author=data.get("author"),
        language=data.get("language", "en"),
        links=conv.structure(data.get("links", []), tuple[Link, ...]),
    )


@cache
def converter() -> cattrs.Converter:
    """The converter that maps reports to JSON-ready data and back."""
    conv = make_converter(omit_if_default=False)
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(dt.date, lambda v, _t: dt.date.fromisoformat(v))
    conv.register_unstructure_hook(PartialDate, lambda p: p.iso())
    conv.register_structure_hook(PartialDate, lambda v, _t: PartialDate.parse(v))
    conv.register_unstructure_hook(RegionRef, lambda r: _unstructure_region_ref(conv, r))
    conv.register_structure_hook(RegionRef, lambda v, _t: _structure_region_ref(conv, v))
    conv.register_unstructure_hook(Article, lambda a: _unstructure_article(conv, a))
    conv.register_structure_hook(Article, lambda v, _t: _structure_article(conv, v))
    return conv


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data with the contract keys, ``schema_version`` first."""
    data: dict[str, Any] = converter().unstructure(report)
    return {"schema_version": SCHEMA_VERSION, **data}


def check_schema_version(version: Any) -> str | None:
    """Why report data of this ``schema_version`` cannot be read, or ``None`` when it can.

    ``None`` (the key is absent) reads as ``1.0``; any ``1.x`` is read.
    """
    if version is None:
        return None
    major = SCHEMA_VERSION.split(".", 1)[0]
    if not isinstance(version, str) or not version.partition(".")[2].isdigit():
        return f"schema_version {version!r} is not of the form MAJOR.MINOR (such as {SCHEMA_VERSION!r})"
    if version.partition(".")[0] != major:
        return f"schema_version {version!r} is not supported (this nkreports reads {major}.x)"
    return None


def report_from_dict(data: Any) -> Report:
    """Build a :class:`~nkreports.Report` from JSON-ready data.

    Raises :class:`~nkreports.InvalidReportError` naming every problem found,
    or an unsupported ``schema_version`` (see :func:`check_schema_version`).
    """
    problem = check_schema_version(data.get("schema_version")) if isinstance(data, dict) else None
    if problem is not None:
        raise InvalidReportError(problem)
    try:
        return converter().structure(data, Report)
    except cattrs.BaseValidationError as exc:
        problems = "; ".join(cattrs.transform_error(exc, path="report"))
        raise InvalidReportError(problems) from None
    except (KeyError, TypeError, ValueError) as exc:
        msg = f"invalid report data: {exc}"
        raise InvalidReportError(msg) from None
    except RecursionError:
        msg = "invalid report data: nested too deeply"
        raise InvalidReportError(msg) from None


def dumps(report: Report, *, indent: int | None = 2) -> str:
    """Serialize a report to a JSON string."""
    if indent == 2:  # the default, written by the faster encoder (the same text)
        return dumps_indented(report_to_dict(report))
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=indent)


def _json(text: str | bytes) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, an integer of too many digits
        msg = f"not JSON: {exc}"
        raise InvalidReportError(msg) from None
    except RecursionError:
        msg = "not JSON a report can be: nested too deeply"
        raise InvalidReportError(msg) from None


def loads(text: str | bytes) -> Report:
    """Read a report back from :func:`dumps` output."""
    return report_from_dict(_json(text))


def loads_line(text: str | bytes) -> tuple[str | None, Report]:
    """Read one line of batch output (``nkreports parse ... --output``): ``(path, report)``.

    ``path`` is the input document the line came from, ``None`` for a line without one.
    """
    data = _json(text)
    path = data.get("path") if isinstance(data, dict) else None
    return (path if isinstance(path, str) else None, report_from_dict(data))


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[tuple[str | None, Report]]:
    """Every ``(path, report)`` of a JSON Lines file such as batch output, blank lines skipped.

    Raises :class:`~nkreports.InvalidReportError` naming the file and line of a bad line.
    """
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                yield loads_line(line)
            except InvalidReportError as exc:
                msg = f"{path}, line {number}: {exc}"
                raise InvalidReportError(msg) from None


def __dir__() -> list[str]:
    """The public names only: the module's own imports (``cattrs``, ``json``) are not its API."""
    return sorted(__all__)
