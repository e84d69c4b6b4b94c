"""Reports to tidy rows: one dict per row, keyed by the documented column names."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeAlias

from nkreports.gazetteer import Gazetteer, default_gazetteer
from nkreports.model import DateValue, Extent, Precision, Report, Span

from ._columns import TABLES
from ._ids import article_id

__all__ = ["Row", "Tables", "province_of", "report_rows", "tables_from_reports"]

Row: TypeAlias = dict[str, Any]
"""One row: column name to a ``str``, ``int``, ``float``, ``bool`` or ``None``."""

Tables: TypeAlias = dict[str, list[Row]]
"""Rows of every table, keyed by table name (see :data:`~nkreports.tables.TABLES`)."""


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _spans(spans: Sequence[Span | Extent]) -> str:
    return _json([[s.start, s.end] for s in spans])


def province_of(region_id: str | None, gazetteer: Gazetteer | None = None) -> tuple[str | None, str | None]:
    """``(id, name)`` of the first-level unit holding *region_id*; ``(None, None)`` for a country or nothing.

    Regions the gazetteer does not know fall back on the id scheme (``KP-10:x`` lies in ``KP-10``).

    >>> province_of("KP-10:hyesan")
    ('KP-10', 'Ryanggang')
    """
    if region_id is None:
        return None, None
    gaz = gazetteer or default_gazetteer()
    region = gaz.get(region_id)
    if region is None:
        head = region_id.split(":", 1)[0]
        return (head, None) if "-" in head else (None, None)
    top = gaz.first_level(region)
    if top.level.value == "country":
        return None, None
    return top.id, top.name


def _date(prefix: str, value: DateValue | None) -> Row:
    p = f"{prefix}_" if prefix else ""
    if value is None:
        return dict.fromkeys(
            (
                prefix or "value",
                *(p + k for k in ("precision", "text", "start", "end", "modifier", "relative", "until")),
            )
        )
    return {
        prefix or "value": value.iso(),
        f"{p}precision": value.precision.value,
        f"{p}text": value.text,
        f"{p}start": value.start,
        f"{p}end": value.end,
        f"{p}modifier": None if value.modifier is None else value.modifier.value,
        f"{p}relative": value.relative,
        f"{p}until": None if value.until is None else value.until.iso(),
    }


def _month(issued: DateValue | None, published: str | None) -> str | None:
    if issued is not None and issued.value is not None and issued.precision is not Precision.YEAR:
        return issued.value.iso()[:7]
    return None if published is None else published[:7]


def report_rows(report: Report, *, path: str | None = None, gazetteer: Gazetteer | None = None) -> Tables:
    """The rows one report contributes to every table.

    *path* is the file the article came from (kept in the ``articles`` table).
    """
    gaz = gazetteer or default_gazetteer()
    art = report.article
    aid = article_id(art)
    published = None if art.published is None else art.published.isoformat()
    out: Tables = {name: [] for name in TABLES}
    out["articles"].append(
        {
            "article_id": aid,
            "outlet": art.outlet,
            "url": art.url,
            "title": art.title,
            "published": published,
            "author": art.author,
            "language": art.language,
            "anchor": None if report.anchor is None else report.anchor.isoformat(),
            "path": path,
            "text": art.text,
            "blocks": _json([[b.kind.value, b.span.start, b.span.end] for b in art.blocks]),
            "links": _json([{"url": k.url, "rel": k.rel, "text": k.text, "language": k.language} for k in art.links]),
            "n_regions": len(report.regions),
            "n_sources": len(report.sources),
            "n_directives": len(report.directives),
            "n_dates": len(report.dates),
        }
    )
    for i, ref in enumerate(report.regions):
        r = ref.region
        pid, pname = province_of(r.id, gaz)
        out["regions"].append(
            {
                "article_id": aid,
                "position": i,
                "region_id": r.id,
                "name": r.name,
                "kind": r.kind.value,
                "level": r.level.value,
                "parent": r.parent,
                "province_id": pid,
                "province": pname,
                "hangul": r.hangul,
                "name_mr": r.name_mr,
                "name_rr": r.name_rr,
                "aliases": _json(list(r.aliases)),
                "lat": r.lat,
                "lon": r.lon,
                "borders": _json(list(r.borders)),
                "mentions": _spans(ref.mentions),
                "mention_count": len(ref.mentions),
            }
        )
    for i, s in enumerate(report.sources):
        out["sources"].append(
            {
                "source_id": f"{aid}:{s.id}",
                "article_id": aid,
                "position": i,
                "id": s.id,
                "descriptor": s.descriptor,
                "location": s.location,
                "location_province": province_of(s.location, gaz)[0],
                "channel": s.channel.value,
                **_date("contacted", s.contacted),
                "anonymous": s.anonymous,
                "role": s.role,
                "is_group": s.group,
                "mentions": _spans(s.mentions),
                "statements": _spans(s.statements),
                "mention_count": len(s.mentions),
            }
        )
    for i, d in enumerate(report.directives):
        did = f"{aid}:{d.id}"
        out["directives"].append(
            {
                "directive_id": did,
                "article_id": aid,
                "position": i,
                "id": d.id,
                "issuer_body": d.issuer.body.value,
                "issuer_text": d.issuer.text,
                "issuer_level": None if d.issuer.level is None else d.issuer.level.value,
                "issuer_region": d.issuer.region,
                "issuer_province": province_of(d.issuer.region, gaz)[0],
                "issuer_mentions": _spans(d.issuer.mentions),
                **_date("issued", d.issued),
                "month": _month(d.issued, published),
                "audience": _json(list(d.audience)),
                "applies_to": _json(list(d.applies_to)),
                "source_id": None if d.source is None else f"{aid}:{d.source}",
                "demand_count": len(d.demands),
                "penalties": _spans(d.penalties),
                "evidence": _spans(d.evidence),
            }
        )
        for j, region_id in enumerate(d.applies_to):
            pid, pname = province_of(region_id, gaz)
            out["directive_regions"].append(
                {
                    "directive_id": did,
                    "article_id": aid,
                    "position": j,
                    "region_id": region_id,
                    "province_id": pid,
                    "province": pname,
                }
            )
        for j, m in enumerate(d.demands):
            out["demands"].append(
                {
                    "demand_id": f"{did}:{j}",
                    "directive_id": did,
                    "article_id": aid,
                    "position": j,
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                    "modality": m.modality.value,
                }
            )
    for i, t in enumerate(report.dates):
        out["dates"].append({"date_id": f"{aid}:t{i}", "article_id": aid, "position": i, **_date("", t)})
    return out


def tables_from_reports(
    reports: Iterable[Report | tuple[Report, str | None]], *, gazetteer: Gazetteer | None = None
) -> Tables:
    """Rows of every table for many reports (each a report or a ``(report, path)`` pair).

    >>> import nkreports
    >>> report = nkreports.parse("Authorities in Hyesan ordered traders to register.", published="2024-05-02")
    >>> rows = tables_from_reports([report])
    >>> [(r["issuer_region"], r["applies_to"], r["month"]) for r in rows["directives"]]
    [('KP-10:hyesan', '["KP-10:hyesan"]', '2024-05')]
    """
    out: Tables = {name: [] for name in TABLES}
    for item in reports:
        report, path = item if isinstance(item, tuple) else (item, None)
        for name, rows in report_rows(report, path=path, gazetteer=gazetteer).items():
            out[name].extend(rows)
    return out


def merge(parts: Iterable[Mapping[str, Sequence[Row]]]) -> Tables:
    """Concatenate several :data:`~nkreports.tables.Tables`."""
    out: Tables = {name: [] for name in TABLES}
    for part in parts:
        for name in TABLES:
            out[name].extend(part.get(name, ()))
    return out
