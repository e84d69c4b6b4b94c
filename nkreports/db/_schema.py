"""The corpus database's schema: tables from the documented columns, views, full-text search, migrations.

``PRAGMA user_version`` holds the schema version; migration *n* (a tuple of SQL
statements) takes a database from version *n* to *n + 1* in one transaction.
"""

from __future__ import annotations

from types import MappingProxyType

import attrs

from nkreports.tables import COLUMNS, TABLES

__all__ = ["APPLICATION_ID", "MIGRATIONS", "SCHEMA_VERSION", "VIEWS", "View", "quote"]

APPLICATION_ID = 0x6E6B7270  # "nkrp": marks a file as an nkreports corpus database

_SQL_TYPES = {"text": "TEXT", "json": "TEXT", "integer": "INTEGER", "real": "REAL", "boolean": "INTEGER"}

_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id",),
    "regions": ("article_id", "position"),
    "sources": ("source_id",),
    "directives": ("directive_id",),
    "directive_regions": ("directive_id", "position"),
    "demands": ("demand_id",),
    "dates": ("date_id",),
}


def quote(name: str) -> str:
    """An SQL identifier, double-quoted (``end`` and ``text`` are column names)."""
    return '"' + name.replace('"', '""') + '"'


@attrs.frozen
class View:
    """A view answering a common question, also offered as a Datasette canned query."""

    title: str
    description: str
    sql: str


VIEWS: MappingProxyType[str, View] = MappingProxyType(
    {
        "directives_per_province_month": View(
            "Directives per province per month",
            "Directives counted by the province where they apply (directive_regions) and by month "
            "(issued, else published); a directive applying to two places in one province counts once.",
            """SELECT r.province_id, r.province, d.month,
       COUNT(DISTINCT d.directive_id) AS directives, COUNT(DISTINCT d.article_id) AS articles
FROM directives AS d JOIN directive_regions AS r ON r.directive_id = d.directive_id
WHERE r.province_id IS NOT NULL
GROUP BY r.province_id, r.province, d.month
ORDER BY r.province_id, d.month""",
        ),
        "sources_by_outlet": View(
            "Sources by outlet",
            "How many sources each outlet cites, in how many articles, how many anonymous, located or by telephone.",
            """SELECT a.outlet, COUNT(*) AS sources, COUNT(DISTINCT s.article_id) AS articles,
       SUM(s.anonymous) AS anonymous, SUM(s.location IS NOT NULL) AS located,
       SUM(s.channel = 'telephone') AS by_telephone
FROM sources AS s JOIN articles AS a ON a.article_id = s.article_id
GROUP BY a.outlet
ORDER BY sources DESC, a.outlet""",
        ),
        "orders_by_issuer_body": View(
            "Orders by issuer body",
            "Directives counted by the body (party, government, security, ...) and level that issued them.",
            """SELECT d.issuer_body, d.issuer_level, COUNT(*) AS directives,
       COUNT(DISTINCT d.article_id) AS articles, SUM(d.demand_count) AS demands
FROM directives AS d
GROUP BY d.issuer_body, d.issuer_level
ORDER BY directives DESC, d.issuer_body, d.issuer_level""",
        ),
    }
)
"""The views, by name."""


def _create_table(name: str) -> str:
    cols = [f"{quote(c.name)} {_SQL_TYPES[c.type]}" for c in COLUMNS[name]]
    keys = _KEYS[name]
    cols = [f"{col} NOT NULL" if col.split()[0].strip('"') in keys else col for col in cols]
    cols.append(f"PRIMARY KEY ({', '.join(quote(k) for k in keys)})")
    if name != "articles":
        cols.append("FOREIGN KEY (article_id) REFERENCES articles (article_id) ON DELETE CASCADE")
    return f"CREATE TABLE {quote(name)} (\n  " + ",\n  ".join(cols) + "\n)"


def _version_1() -> tuple[str, ...]:
    statements = [_create_table(name) for name in TABLES]
    statements.append(
        "CREATE TABLE reports (\n  article_id TEXT NOT NULL PRIMARY KEY\n"
        "    REFERENCES articles (article_id) ON DELETE CASCADE,\n  report TEXT NOT NULL\n)"
    )
    statements.extend(
        f"CREATE INDEX {quote(f'{name}_article')} ON {quote(name)} (article_id)"
        for name in TABLES
        if name != "articles"
    )
    statements.append("CREATE INDEX demands_directive ON demands (directive_id)")
    statements.append("CREATE INDEX directive_regions_province ON directive_regions (province_id)")
    statements.append("CREATE VIRTUAL TABLE article_search USING fts5(title, text, tokenize = 'unicode61')")
    statements.extend(f"CREATE VIEW {quote(name)} AS\n{view.sql}" for name, view in VIEWS.items())
    return tuple(statements)


# Version 1 is built from today's columns and views; a later change to either must come as
# migration 2 (ALTER TABLE / DROP VIEW + CREATE VIEW), since files at version 1 already exist.
# tests/test_db.py pins each released migration.
MIGRATIONS: tuple[tuple[str, ...], ...] = (_version_1(),)
"""SQL statements of each migration; ``MIGRATIONS[n]`` takes version *n* to *n + 1*."""

SCHEMA_VERSION = len(MIGRATIONS)
"""The schema version this nkreports writes (``PRAGMA user_version``)."""
