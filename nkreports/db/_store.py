"""The corpus database: reports and their tables in one SQLite file."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from nkreports.exceptions import CorpusDatabaseError
from nkreports.gazetteer import Gazetteer, default_gazetteer
from nkreports.io.json import report_from_dict, report_to_dict
from nkreports.model import Report
from nkreports.tables import COLUMNS, TABLES, Row, Tables, report_rows

from ._schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, VIEWS, quote

__all__ = ["CorpusDatabase"]


def _insert(table: str) -> str:
    names = [c.name for c in COLUMNS[table]]
    return f"INSERT INTO {quote(table)} ({', '.join(quote(n) for n in names)}) VALUES ({', '.join('?' * len(names))})"


_INSERTS = {name: _insert(name) for name in TABLES}
_BOOLEANS = {name: tuple(c.name for c in cols if c.type == "boolean") for name, cols in COLUMNS.items()}


class CorpusDatabase:
    """A SQLite corpus database (created, or migrated to :data:`SCHEMA_VERSION`, on opening).

    Each :meth:`add` is one transaction: a killed run leaves every stored article
    whole.  The file uses write-ahead logging, so readers (Datasette, another
    process) can query it while a parse writes.  Use it as a context manager::

        with CorpusDatabase("corpus.sqlite") as db:
            db.add(report)
            db.query("SELECT * FROM directives_per_province_month")
    """

    def __init__(
        self, path: str | os.PathLike[str], *, readonly: bool = False, gazetteer: Gazetteer | None = None
    ) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._gazetteer = gazetteer
        if readonly and not self.path.is_file():
            msg = f"{self.path}: no such database"
            raise CorpusDatabaseError(msg)
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self._conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
            if readonly:
                self._conn.execute("PRAGMA query_only = ON")
        except sqlite3.Error as exc:
            msg = f"{self.path}: cannot open the corpus database: {exc}"
            raise CorpusDatabaseError(msg) from None

    # -- lifecycle ---------------------------------------------------------
    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, _type: type[BaseException] | None, _exc: BaseException | None, _tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    @property
    def schema_version(self) -> int:
        """The file's ``PRAGMA user_version``."""
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            msg = f"{self.path}: schema version {version} is newer than this nkreports ({SCHEMA_VERSION}); upgrade it"
            raise CorpusDatabaseError(msg)
        app = int(self._conn.execute("PRAGMA application_id").fetchone()[0])
        if version == 0:
            tables = self._conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
            if tables:
                msg = f"{self.path}: not an nkreports corpus database (it already holds other tables)"
                raise CorpusDatabaseError(msg)
        elif app != APPLICATION_ID:
            msg = f"{self.path}: not an nkreports corpus database"
            raise CorpusDatabaseError(msg)
        if version < SCHEMA_VERSION and self.readonly:
            msg = f"{self.path}: schema version {version} needs migrating; open it writable once"
            raise CorpusDatabaseError(msg)
        for target in range(version + 1, SCHEMA_VERSION + 1):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[target - 1]:
                    self._conn.execute(statement)
                self._conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                self._conn.execute(f"PRAGMA user_version = {target}")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # -- writing -----------------------------------------------------------
    def add(self, report: Report, *, path: str | None = None) -> str:
        """Store *report* (replacing an earlier copy of the same article) in one transaction; returns its article id."""
        rows = report_rows(report, path=path, gazetteer=self._gazetteer or default_gazetteer())
        article = rows["articles"][0]
        aid: str = article["article_id"]
        payload = json.dumps(report_to_dict(report), ensure_ascii=False)
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            self._delete(aid)
            for table in TABLES:
                names = [c.name for c in COLUMNS[table]]
                conn.executemany(_INSERTS[table], ([row.get(n) for n in names] for row in rows[table]))
            rowid = conn.execute("SELECT rowid FROM articles WHERE article_id = ?", (aid,)).fetchone()[0]
            conn.execute("INSERT INTO reports (article_id, report) VALUES (?, ?)", (aid, payload))
            conn.execute(
                "INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)",
                (rowid, article["title"] or "", article["text"]),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return aid

    def add_all(self, reports: Iterable[Report | tuple[Report, str | None]]) -> int:
        """Store many reports (each a report or a ``(report, path)`` pair), one transaction each; returns the count."""
        count = 0
        for item in reports:
            report, path = item if isinstance(item, tuple) else (item, None)
            self.add(report, path=path)
            count += 1
        return count

    def _delete(self, aid: str) -> None:
        self._conn.execute(
            "DELETE FROM article_search WHERE rowid IN (SELECT rowid FROM articles WHERE article_id = ?)", (aid,)
        )
        self._conn.execute("DELETE FROM articles WHERE article_id = ?", (aid,))

    def remove(self, article_id: str) -> bool:
        """Delete an article and every row that hangs off it; whether it was there."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            found = self._conn.execute("SELECT 1 FROM articles WHERE article_id = ?", (article_id,)).fetchone()
            self._delete(article_id)
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")
        return found is not None

    # -- reading -----------------------------------------------------------
    def __len__(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def article_ids(self) -> list[str]:
        """Every stored article id, in the order they were stored."""
        return [r[0] for r in self._conn.execute("SELECT article_id FROM articles ORDER BY rowid")]

    def report(self, article_id: str) -> Report:
        """The stored report of *article_id*; raises :class:`KeyError` if there is none."""
        found = self._conn.execute("SELECT report FROM reports WHERE article_id = ?", (article_id,)).fetchone()
        if found is None:
            raise KeyError(article_id)
        return report_from_dict(json.loads(found[0]))

    def reports(self) -> Iterator[Report]:
        """Every stored report, in the order they were stored."""
        sql = "SELECT r.report FROM reports AS r JOIN articles AS a ON a.article_id = r.article_id ORDER BY a.rowid"
        for (payload,) in self._conn.execute(sql).fetchall():
            yield report_from_dict(json.loads(payload))

    def rows(self, table: str) -> list[Row]:
        """The rows of *table* as plain dicts with the documented columns and Python types."""
        if table not in COLUMNS:
            msg = f"unknown table {table!r} (expected one of {', '.join(TABLES)})"
            raise CorpusDatabaseError(msg)
        names = [c.name for c in COLUMNS[table]]
        select = ", ".join("t." + quote(n) for n in names)
        if table == "articles":
            sql = f"SELECT {select} FROM articles AS t ORDER BY t.rowid"
        elif table in {"demands", "directive_regions"}:
            sql = (
                f"SELECT {select} FROM {quote(table)} AS t JOIN directives AS d ON d.directive_id = t.directive_id"
                " JOIN articles AS a ON a.article_id = t.article_id ORDER BY a.rowid, d.position, t.position"
            )
        else:
            sql = (
                f"SELECT {select} FROM {quote(table)} AS t JOIN articles AS a ON a.article_id = t.article_id"
                " ORDER BY a.rowid, t.position"
            )
        out = []
        for values in self._conn.execute(sql):
            row = dict(zip(names, values, strict=True))
            for name in _BOOLEANS[table]:
                if row[name] is not None:
                    row[name] = bool(row[name])
            out.append(row)
        return out

    def tables(self) -> Tables:
        """Rows of every table (see :func:`nkreports.tables.tables_from_reports`)."""
        return {name: self.rows(name) for name in TABLES}

    def query(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run one SQL statement; returns the column names and the result rows."""
        try:
            cursor = self._conn.execute(sql, parameters)
            rows = cursor.fetchall()
        except sqlite3.Error as exc:
            msg = f"query failed: {exc}"
            raise CorpusDatabaseError(msg) from None
        return [d[0] for d in cursor.description or ()], rows

    def search(self, text: str, *, limit: int = 20) -> list[Row]:
        """Articles matching an FTS5 query (``"food shortage" AND Hyesan``), best first, with a snippet."""
        _names, rows = self.query(
            "SELECT a.article_id, a.outlet, a.published, a.title,"
            " snippet(article_search, 1, '[', ']', '…', 12) AS snippet"
            " FROM article_search JOIN articles AS a ON a.rowid = article_search.rowid"
            " WHERE article_search MATCH ? ORDER BY rank LIMIT ?",
            (text, limit),
        )
        return [dict(zip(("article_id", "outlet", "published", "title", "snippet"), r, strict=True)) for r in rows]

    def counts(self) -> dict[str, int]:
        """Row counts of every table and view."""
        return {
            name: int(self._conn.execute(f"SELECT count(*) FROM {quote(name)}").fetchone()[0])
            for name in (*TABLES, *VIEWS)
        }

    def integrity_check(self) -> list[str]:
        """SQLite's ``PRAGMA integrity_check`` and ``foreign_key_check`` findings (empty when sound)."""
        found = [r[0] for r in self._conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        found += [" ".join(map(str, r)) for r in self._conn.execute("PRAGMA foreign_key_check")]
        return found
