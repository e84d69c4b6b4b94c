"""The documented columns of every table: names, types and descriptions.

One definition feeds the plain rows, the SQLite schema, the Arrow schema, the
Datasette metadata and the docs, so they cannot drift apart.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Literal

import attrs

__all__ = ["COLUMNS", "TABLES", "TABLE_DESCRIPTIONS", "Column", "ColumnType"]

ColumnType = Literal["text", "integer", "real", "boolean", "json"]
"""``json`` columns hold a JSON array as text (span lists are ``[[start, end], ...]``)."""


@attrs.frozen
class Column:
    """One column of a table: its name, type and what it holds."""

    name: str = attrs.field(validator=attrs.validators.matches_re(r"^[a-z][a-z0-9_]*$"))
    type: ColumnType
    description: str = attrs.field(validator=attrs.validators.min_len(1))


def _date(prefix: str, what: str) -> tuple[Column, ...]:
    p = f"{prefix}_" if prefix else ""
    return (
        Column(
            prefix or "value", "text", f"{what}: the resolved value, YYYY, YYYY-MM or YYYY-MM-DD (empty if unresolved)"
        ),
        Column(f"{p}precision", "text", f"{what}: precision of the expression (day, month, year)"),
        Column(f"{p}text", "text", f"{what}: the date expression as written"),
        Column(f"{p}start", "integer", f"{what}: start offset of the expression in the article text"),
        Column(f"{p}end", "integer", f"{what}: end offset of the expression in the article text"),
        Column(f"{p}modifier", "text", f"{what}: part of the month or year (early, mid, late, end)"),
        Column(f"{p}relative", "boolean", f"{what}: whether the expression was relative ('last week')"),
        Column(f"{p}until", "text", f"{what}: last day of a range, YYYY[-MM[-DD]]"),
    )


_ARTICLE_ID = Column("article_id", "text", "Article key: a hash of the canonical URL, else of outlet and text")
_POSITION = Column("position", "integer", "Order in the report, from 0")

_TABLES: dict[str, tuple[str, tuple[Column, ...]]] = {
    "articles": (
        "One row per article: metadata, text and counts of what was found.",
        (
            _ARTICLE_ID,
            Column("outlet", "text", "Outlet key (dailynk, rfa, asiapress, ...)"),
            Column("url", "text", "Canonical URL, if known"),
            Column("title", "text", "Headline"),
            Column("published", "text", "Publication date, YYYY-MM-DD"),
            Column("author", "text", "Byline"),
            Column("language", "text", "Language code of the text"),
            Column("anchor", "text", "Date relative expressions were resolved against, YYYY-MM-DD"),
            Column("path", "text", "File the article was read from, when known"),
            Column("text", "text", "Normalized article text; every offset indexes it"),
            Column("blocks", "json", "Blocks of the text as [[kind, start, end], ...]"),
            Column("links", "json", "Links the article carries, as a list of {url, rel, text, language}"),
            Column("n_regions", "integer", "Number of regions mentioned"),
            Column("n_sources", "integer", "Number of sources cited"),
            Column("n_directives", "integer", "Number of directives reported"),
            Column("n_dates", "integer", "Number of distinct date expressions"),
        ),
    ),
    "regions": (
        "One row per region per article, with its province.",
        (
            _ARTICLE_ID,
            _POSITION,
            Column("region_id", "text", "Region id (KP-10, KP-10:hyesan, CN-LN:dandong)"),
            Column("name", "text", "Canonical English name"),
            Column("kind", "text", "Gazetteer kind (province, city, county, foreign_city, ...)"),
            Column("level", "text", "Report level (country, province, city, county, district, town, zone)"),
            Column("parent", "text", "Id of the containing region"),
            Column("province_id", "text", "Id of the first-level unit (province or special city) holding the region"),
            Column("province", "text", "Name of that province"),
            Column("hangul", "text", "Name in Hangul"),
            Column("name_mr", "text", "McCune-Reischauer spelling"),
            Column("name_rr", "text", "Revised Romanization spelling"),
            Column("aliases", "json", "Other spellings, as a list"),
            Column("lat", "real", "Latitude"),
            Column("lon", "real", "Longitude"),
            Column("borders", "json", "Ids of the regions across the border, as a list"),
            Column("mentions", "json", "Mention spans as [[start, end], ...]"),
            Column("mention_count", "integer", "Number of mentions"),
        ),
    ),
    "sources": (
        "One row per source (informant) per article.",
        (
            Column("source_id", "text", "Source key: article_id:id"),
            _ARTICLE_ID,
            _POSITION,
            Column("id", "text", "Source id within the report (s1, s2, ...)"),
            Column("descriptor", "text", "First mention as written"),
            Column("location", "text", "Region id of where the source is"),
            Column("location_province", "text", "Province id of that region"),
            Column("channel", "text", "How the outlet heard from the source"),
            *_date("contacted", "When the source was contacted"),
            Column("anonymous", "boolean", "Whether the source is unnamed"),
            Column("role", "text", "Occupation or role"),
            Column("is_group", "boolean", "Whether several informants are cited together"),
            Column("mentions", "json", "Mention spans as [[start, end], ...], the first one first"),
            Column("statements", "json", "Spans of what is attributed to the source"),
            Column("mention_count", "integer", "Number of mentions"),
        ),
    ),
    "directives": (
        "One row per directive (order, ban, decree, campaign, lecture, warning) per article.",
        (
            Column("directive_id", "text", "Directive key: article_id:id"),
            _ARTICLE_ID,
            _POSITION,
            Column("id", "text", "Directive id within the report (d1, d2, ...)"),
            Column("issuer_body", "text", "Issuing body (party, government, security, ...)"),
            Column("issuer_text", "text", "Issuer as written"),
            Column("issuer_level", "text", "Issuer level (central, province, city, county, local)"),
            Column("issuer_region", "text", "Region id of the issuer's jurisdiction"),
            Column("issuer_province", "text", "Province id of the issuer's jurisdiction"),
            Column("issuer_mentions", "json", "Issuer mention spans as [[start, end], ...]"),
            *_date("issued", "When the directive was issued"),
            Column(
                "month", "text", "YYYY-MM the directive is counted in: issued (day or month precision), else published"
            ),
            Column("audience", "json", "Who the directive addresses, as a list of noun phrases"),
            Column("applies_to", "json", "Region ids where the order applies, as a list"),
            Column("source_id", "text", "Key of the reporting source in the sources table"),
            Column("demand_count", "integer", "Number of demands"),
            Column("penalties", "json", "Penalty spans as [[start, end], ...]"),
            Column("evidence", "json", "Spans of the sentences that state the directive"),
        ),
    ),
    "directive_regions": (
        "One row per region a directive applies to, with its province (for counting by place).",
        (
            Column("directive_id", "text", "Key in the directives table"),
            _ARTICLE_ID,
            _POSITION,
            Column("region_id", "text", "Region id where the order applies"),
            Column("province_id", "text", "Province id of that region"),
            Column("province", "text", "Province name"),
        ),
    ),
    "demands": (
        "One row per demand of a directive.",
        (
            Column("demand_id", "text", "Demand key: directive_id:position"),
            Column("directive_id", "text", "Key in the directives table"),
            _ARTICLE_ID,
            _POSITION,
            Column("text", "text", "What is demanded, as written"),
            Column("start", "integer", "Start offset in the article text"),
            Column("end", "integer", "End offset in the article text"),
            Column("modality", "text", "obligation, prohibition, permission, warning or exhortation"),
        ),
    ),
    "dates": (
        "One row per distinct date expression per article.",
        (
            Column("date_id", "text", "Date key: article_id:t<position>"),
            _ARTICLE_ID,
            _POSITION,
            *_date("", "The date expression"),
        ),
    ),
}

TABLES: tuple[str, ...] = tuple(_TABLES)
"""Table names, in the order tables are written."""

COLUMNS: MappingProxyType[str, tuple[Column, ...]] = MappingProxyType({k: v[1] for k, v in _TABLES.items()})
"""Every table's columns, in order."""

TABLE_DESCRIPTIONS: MappingProxyType[str, str] = MappingProxyType({k: v[0] for k, v in _TABLES.items()})
"""One line on what each table holds."""
