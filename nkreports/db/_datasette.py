"""Datasette support: metadata (table and column descriptions, views as canned queries) and serving."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from nkreports.exceptions import CorpusDatabaseError
from nkreports.tables import COLUMNS, TABLE_DESCRIPTIONS, TABLES
from nkreports.tables._frames import optional

from ._schema import VIEWS

__all__ = ["datasette_metadata", "serve"]

_SEARCH_SQL = """SELECT a.article_id, a.outlet, a.published, a.title,
       snippet(article_search, 1, '[', ']', '…', 12) AS snippet
FROM article_search JOIN articles AS a ON a.rowid = article_search.rowid
WHERE article_search MATCH :words
ORDER BY rank LIMIT 50"""


def datasette_metadata(database: str = "corpus") -> dict[str, Any]:
    """Datasette metadata for a corpus database named *database* (the file name without ``.sqlite``).

    Tables and views get their descriptions and column descriptions; every view
    and a full-text search are canned queries; ``articles`` is searchable.
    """
    tables: dict[str, Any] = {
        name: {
            "description": TABLE_DESCRIPTIONS[name],
            "columns": {c.name: c.description for c in COLUMNS[name]},
        }
        for name in TABLES
    }
    tables["articles"].update({"fts_table": "article_search", "fts_pk": "rowid", "sort_desc": "published"})
    tables["reports"] = {
        "description": "The whole report of each article as JSON (the report contract).",
        "columns": {"article_id": "Key in the articles table", "report": "The report as JSON"},
    }
    tables["article_search"] = {"hidden": True}
    for name, view in VIEWS.items():
        tables[name] = {"description": view.description}
    queries: dict[str, Any] = {
        name: {"title": view.title, "description": view.description, "sql": f"SELECT * FROM {name}"}
        for name, view in VIEWS.items()
    }
    queries["search_articles"] = {
        "title": "Search article text",
        "description": 'Full-text search (SQLite FTS5 syntax: words, "phrases", AND, OR, NOT).',
        "sql": _SEARCH_SQL,
    }
    return {
        "title": "nkreports corpus",
        "description": "Reports on North Korea parsed by nkreports: articles, regions, sources, directives, "
        "demands and dates, with views for the common questions.",
        "databases": {database: {"tables": tables, "queries": queries}},
    }


def serve(path: str | os.PathLike[str], *, host: str = "127.0.0.1", port: int = 8001) -> int:
    """Serve the database with Datasette (extra ``datasette``) and its metadata; returns Datasette's exit code."""
    optional("datasette", "datasette")
    db = Path(path)
    if not db.is_file():
        msg = f"{db}: no such database"
        raise CorpusDatabaseError(msg)
    with tempfile.TemporaryDirectory() as tmp:
        meta = Path(tmp) / "metadata.json"
        meta.write_text(json.dumps(datasette_metadata(db.stem), indent=2), encoding="utf-8")
        command = [sys.executable, "-m", "datasette", "serve", str(db), "-m", str(meta), "-h", host, "-p", str(port)]
        return subprocess.call(command)
