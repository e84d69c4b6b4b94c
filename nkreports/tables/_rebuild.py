"""Tables back to reports: the inverse of :func:`~nkreports.tables.tables_from_reports`."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from nkreports.exceptions import InvalidReportError
from nkreports.model import (
    Article,
    Block,
    DateValue,
    Demand,
    Directive,
    Extent,
    Issuer,
    Link,
    PartialDate,
    Region,
    RegionRef,
    Report,
    Source,
    Span,
)

from ._rows import Row

__all__ = ["reports_from_tables"]


def _spans(text: str, value: str) -> tuple[Span, ...]:
    return tuple(Span.of(text, int(a), int(b)) for a, b in json.loads(value))


def _extents(value: str) -> tuple[Extent, ...]:
    return tuple(Extent(start=int(a), end=int(b)) for a, b in json.loads(value))


def _partial(value: Any) -> PartialDate | None:
    return None if value is None else PartialDate.parse(str(value))


def _date(text: str, row: Row, prefix: str) -> DateValue | None:
    p = f"{prefix}_" if prefix else ""
    if row.get(f"{p}precision") is None:
        return None
    span = Span.of(text, int(row[f"{p}start"]), int(row[f"{p}end"]))
    return DateValue(
        start=span.start,
        end=span.end,
        text=span.text,
        precision=row[f"{p}precision"],
        value=_partial(row.get(prefix or "value")),
        modifier=row.get(f"{p}modifier"),
        relative=bool(row[f"{p}relative"]),
        until=_partial(row.get(f"{p}until")),
    )


def _by_article(rows: Iterable[Row]) -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[row["article_id"]].append(row)
    for items in grouped.values():
        items.sort(key=lambda r: int(r["position"]))
    return grouped


def _article(row: Row) -> Article:
    text = row["text"]
    return Article(
        outlet=row["outlet"],
        text=text,
        blocks=[Block(kind=k, span=Span.of(text, int(a), int(b))) for k, a, b in json.loads(row["blocks"])],
        title=row.get("title"),
        url=row.get("url"),
        published=None if row.get("published") is None else dt.date.fromisoformat(row["published"]),
        author=row.get("author"),
        language=row["language"],
        links=[Link(**link) for link in json.loads(row["links"])],
    )


def _region(text: str, row: Row) -> RegionRef:
    region = Region(
        id=row["region_id"],
        kind=row["kind"],
        name=row["name"],
        parent=row.get("parent"),
        hangul=row.get("hangul"),
        name_mr=row.get("name_mr"),
        name_rr=row.get("name_rr"),
        aliases=json.loads(row["aliases"]),
        lat=row.get("lat"),
        lon=row.get("lon"),
        borders=json.loads(row["borders"]),
    )
    return RegionRef(region=region, mentions=_spans(text, row["mentions"]))


def _source(text: str, row: Row) -> Source:
    return Source(
        id=row["id"],
        descriptor=row["descriptor"],
        location=row.get("location"),
        channel=row["channel"],
        contacted=_date(text, row, "contacted"),
        anonymous=bool(row["anonymous"]),
        role=row.get("role"),
        group=bool(row["is_group"]),
        mentions=_spans(text, row["mentions"]),
        statements=_extents(row["statements"]),
    )


def _directive(text: str, row: Row, demands: list[Row], local_source: Mapping[str, str]) -> Directive:
    issuer = Issuer(
        body=row["issuer_body"],
        text=row.get("issuer_text"),
        level=row.get("issuer_level"),
        region=row.get("issuer_region"),
        mentions=_spans(text, row["issuer_mentions"]),
    )
    source_key = row.get("source_id")
    return Directive(
        id=row["id"],
        issuer=issuer,
        issued=_date(text, row, "issued"),
        audience=json.loads(row["audience"]),
        demands=[
            Demand(start=int(m["start"]), end=int(m["end"]), text=m["text"], modality=m["modality"]) for m in demands
        ],
        penalties=_spans(text, row["penalties"]),
        source=None if source_key is None else local_source[source_key],
        evidence=_spans(text, row["evidence"]),
        applies_to=json.loads(row["applies_to"]),
    )


def reports_from_tables(tables: Mapping[str, Iterable[Row]]) -> list[Report]:
    """Rebuild the reports from their rows, in the order of the ``articles`` table.

    Nothing a report holds is lost on the way through the tables, so
    ``reports_from_tables(tables_from_reports(reports)) == reports`` (for
    reports of distinct articles).  Raises :class:`~nkreports.InvalidReportError`
    when the rows do not describe valid reports.
    """
    try:
        return _rebuild(tables)
    except (KeyError, TypeError, ValueError) as exc:
        msg = f"the tables do not describe valid reports: {type(exc).__name__}: {exc}"
        raise InvalidReportError(msg) from None


def _rebuild(tables: Mapping[str, Iterable[Row]]) -> list[Report]:
    regions = _by_article(tables.get("regions", ()))
    sources = _by_article(tables.get("sources", ()))
    directives = _by_article(tables.get("directives", ()))
    dates = _by_article(tables.get("dates", ()))
    demands: dict[str, list[Row]] = defaultdict(list)
    for row in tables.get("demands", ()):
        demands[row["directive_id"]].append(row)
    out = []
    for row in tables["articles"]:
        aid = row["article_id"]
        article = _article(row)
        text = article.text
        local = {s["source_id"]: s["id"] for s in sources.get(aid, ())}
        anchor = row.get("anchor")
        out.append(
            Report(
                article=article,
                anchor=None if anchor is None else dt.date.fromisoformat(anchor),
                regions=[_region(text, r) for r in regions.get(aid, ())],
                sources=[_source(text, s) for s in sources.get(aid, ())],
                directives=[
                    _directive(
                        text, d, sorted(demands.get(d["directive_id"], ()), key=lambda m: int(m["position"])), local
                    )
                    for d in directives.get(aid, ())
                ],
                dates=[v for v in (_date(text, t, "") for t in dates.get(aid, ())) if v is not None],
            )
        )
    return out
