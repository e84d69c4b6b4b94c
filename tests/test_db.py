"""The SQLite corpus database, on real files: idempotence, crash safety, migrations, views, search, CLI."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given

import nkreports as nk
from nkreports import tables
from nkreports.cli import main
from nkreports.db import SCHEMA_VERSION, VIEWS, CorpusDatabase
from nkreports.exceptions import CorpusDatabaseError
from nkreports.io.json import report_to_dict

from .devcorpus import ORDER, dev_documents, dev_reports, order_report
from .strategies import reports


def _report(text: str | None = None) -> nk.Report:
    return order_report() if text is None else nk.parse(text, published="2024-05-10", outlet="dailynk")


def test_new_database_has_the_schema_version_and_wal(tmp_path: Path) -> None:
    with CorpusDatabase(tmp_path / "c.sqlite") as db:
        assert db.schema_version == SCHEMA_VERSION
        assert db.query("PRAGMA journal_mode")[1] == [("wal",)]
        assert set(db.counts()) == {*tables.TABLES, *VIEWS}


def test_reparsing_replaces_instead_of_duplicating(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with CorpusDatabase(path) as db:
        db.add(_report())
        first = db.counts()
        db.add(_report())
        assert db.counts() == first
        assert len(db) == 1


def test_removing_an_article_removes_its_rows(tmp_path: Path) -> None:
    with CorpusDatabase(tmp_path / "c.sqlite") as db:
        aid = db.add(_report())
        assert db.remove(aid)
        assert all(n == 0 for n in db.counts().values())
        assert db.search("traders") == []
        assert not db.remove(aid)


def test_views_answer_the_common_questions(tmp_path: Path) -> None:
    with CorpusDatabase(tmp_path / "c.sqlite") as db:
        db.add(_report())
        names, rows = db.query("SELECT * FROM directives_per_province_month")
        assert names == ["province_id", "province", "month", "directives", "articles"]
        assert rows == [("KP-10", "Ryanggang", "2024-05", 1, 1)]
        assert db.query("SELECT outlet, sources FROM sources_by_outlet")[1] == [("dailynk", 1)]
        assert db.query("SELECT sum(directives) FROM orders_by_issuer_body")[1] == [(1,)]


def test_full_text_search(tmp_path: Path) -> None:
    with CorpusDatabase(tmp_path / "c.sqlite") as db:
        aid = db.add(_report())
        db.add(_report("Rice prices fell in Chongjin markets this month, a source said."))
        (hit,) = db.search("register AND stalls")
        assert hit["article_id"] == aid
        assert "[stalls]" in hit["snippet"]


def test_readonly_queries_cannot_write(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    CorpusDatabase(path).close()
    with CorpusDatabase(path, readonly=True) as db, pytest.raises(CorpusDatabaseError, match="readonly"):
        db.query("DELETE FROM articles")


def test_migrates_an_empty_file_and_refuses_newer_or_foreign_ones(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    with CorpusDatabase(empty) as db:
        assert db.schema_version == SCHEMA_VERSION
    conn = sqlite3.connect(empty)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(CorpusDatabaseError, match="newer"):
        CorpusDatabase(empty)
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(CorpusDatabaseError, match="not an nkreports corpus"):
        CorpusDatabase(other)


@given(reports())
def test_database_round_trips_any_report(report: nk.Report) -> None:
    with CorpusDatabase(":memory:") as db:
        aid = db.add(report)
        assert db.report(aid) == report
        assert tables.reports_from_tables(db.tables()) == [report]
        assert db.integrity_check() == []


def test_dev_corpus_round_trips_through_the_database(shared: Path, tmp_path: Path) -> None:
    items = dev_reports(shared)
    with CorpusDatabase(tmp_path / "c.sqlite") as db:
        db.add_all(items)
        expected = [r for r, _ in items]
        assert list(db.reports()) == expected
        assert db.tables() == tables.tables_from_reports(items)
        assert tables.reports_from_tables(db.tables()) == expected
        assert db.integrity_check() == []


def test_parse_db_twice_is_idempotent(shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = [str(d) for d, _ in dev_documents(shared)[:6]]
    path = tmp_path / "c.sqlite"
    assert main(["parse", *docs, "--db", str(path)]) == 0
    with CorpusDatabase(path) as db:
        first = db.tables()
    assert main(["parse", *docs, "--db", str(path), "--jobs", "2"]) == 0
    with CorpusDatabase(path) as db:
        assert db.tables() == first
    assert "6 documents" in capsys.readouterr().err


_SLOW_PARSE = """
import sys, time
import nkreports.db._store as store
add = store.CorpusDatabase.add
def slow_add(self, report, *, path=None):
    time.sleep(0.05)
    return add(self, report, path=path)
store.CorpusDatabase.add = slow_add
from nkreports.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _whole(db: CorpusDatabase) -> None:
    """Every stored article has its report, counts and search row."""
    for aid in db.article_ids():
        report = db.report(aid)
        counts = db.query(
            "SELECT n_regions, n_sources, n_directives, n_dates FROM articles WHERE article_id = ?", (aid,)
        )[1]
        found = [
            db.query(f"SELECT count(*) FROM {t} WHERE article_id = ?", (aid,))[1][0][0]
            for t in ("regions", "sources", "directives", "dates")
        ]
        assert counts == [tuple(found)]
        assert found == [len(report.regions), len(report.sources), len(report.directives), len(report.dates)]
    assert db.query("SELECT count(*) FROM article_search")[1] == [(len(db),)]


def test_sigkill_during_parse_db_leaves_a_consistent_database(shared: Path, tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    docs = [str(d) for d, _ in dev_documents(shared)]
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW_PARSE, "parse", *docs, "--db", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and stored < 5:
        time.sleep(0.05)
        if path.exists():
            try:
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                conn.close()
            except sqlite3.Error:
                stored = 0
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with CorpusDatabase(path) as db:
        assert db.integrity_check() == []
        assert 5 <= len(db) < len(docs)
        _whole(db)


def test_db_cli_query_list_search_export_load(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"path": "order.txt", **report_to_dict(order_report())}) + "\n", encoding="utf-8")
    path = tmp_path / "c.sqlite"
    assert main(["db", "load", str(path), str(batch)]) == 0
    capsys.readouterr()
    assert main(["db", "query", str(path), "SELECT * FROM directives_per_province_month", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"province_id": "KP-10", "province": "Ryanggang", "month": "2024-05", "directives": 1, "articles": 1}
    ]
    assert main(["db", "list", str(path)]) == 0
    assert "directives_per_province_month" in capsys.readouterr().out
    assert main(["db", "search", str(path), "stalls"]) == 0
    assert "[stalls]" in capsys.readouterr().out
    out = tmp_path / "d.csv"
    assert main(["db", "export", str(path), "--table", "directives", "--output", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("directive_id,article_id,")
    with CorpusDatabase(path) as db:
        assert db.rows("articles")[0]["path"] == "order.txt"
    assert main(["db", "query", str(path), "SELECT nope"]) == 1
    assert main(["db", "list", str(tmp_path / "missing.sqlite")]) == 1


def test_parse_db_and_output_together(tmp_path: Path) -> None:
    doc = tmp_path / "order.txt"
    doc.write_text(ORDER, encoding="utf-8")
    path = tmp_path / "c.sqlite"
    batch = tmp_path / "b.jsonl"
    assert main(["parse", str(doc), "--db", str(path), "--output", str(batch), "--published", "2024-05-10"]) == 0
    ((report, source),) = tables.read_reports(batch)
    with CorpusDatabase(path) as db:
        assert list(db.reports()) == [report]
        assert db.rows("articles")[0]["path"] == source == str(doc)


# Released migrations never change: a new column or view is a new migration (and SCHEMA_VERSION + 1).
_MIGRATION_DIGESTS = ["00aa6f1d5624f5c8"]


def test_released_migrations_are_frozen() -> None:
    import hashlib

    from nkreports.db import MIGRATIONS

    digests = [hashlib.sha256("\n;\n".join(m).encode()).hexdigest()[:16] for m in MIGRATIONS]
    assert digests[: len(_MIGRATION_DIGESTS)] == _MIGRATION_DIGESTS, (
        "a released migration changed: add a migration to nkreports/db/_schema.py instead"
    )
    assert len(digests) == SCHEMA_VERSION


def test_a_reader_sees_the_last_commit_while_a_write_is_open(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with CorpusDatabase(path) as db:
        db.add(order_report())
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM articles")
    try:
        with CorpusDatabase(path, readonly=True) as reader:
            assert len(reader) == 1
            assert reader.query("SELECT count(*) FROM directives")[1] == [(1,)]
    finally:
        writer.execute("ROLLBACK")
        writer.close()
