"""Report <-> JSON, with the stable keys of the report contract.

The model stays free of serialization concerns; this module owns one cattrs
converter with a few hooks where the JSON shape differs from the attrs fields
(ISO date strings, flattened regions, blocks stored as offsets).
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Any

import cattrs
from cattrs.preconf.json import make_converter

from nkreports.exceptions import InvalidReportError
from nkreports.model import Article, Block, Link, PartialDate, Region, RegionRef, Report, Span

__all__ = ["converter", "dumps", "loads", "report_from_dict", "report_to_dict"]


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
    """The report as JSON-ready data with the contract keys."""
    data: dict[str, Any] = converter().unstructure(report)
    return data


def report_from_dict(data: Any) -> Report:
    """Build a :class:`~nkreports.Report` from JSON-ready data.

    Raises :class:`~nkreports.InvalidReportError` naming every problem found.
    """
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
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=indent)


def loads(text: str | bytes) -> Report:
    """Read a report back from :func:`dumps` output."""
    try:
        data = json.loads(text)
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, an integer of too many digits
        msg = f"not JSON: {exc}"
        raise InvalidReportError(msg) from None
    except RecursionError:
        msg = "not JSON a report can be: nested too deeply"
        raise InvalidReportError(msg) from None
    return report_from_dict(data)
