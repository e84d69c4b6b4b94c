"""Tidy tables: documented columns, unique keys, lossless round trips, frames and export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings

import nkreports as nk
from nkreports import tables
from nkreports.cli import main
from nkreports.io import json as report_json

from .devcorpus import dev_reports, order_report
from .strategies import reports


def test_every_row_has_exactly_the_documented_columns() -> None:
    rows = tables.tables_from_reports([order_report()])
    assert set(rows) == set(tables.TABLES)
    for name, items in rows.items():
        names = [c.name for c in tables.COLUMNS[name]]
        assert len(names) == len(set(names)), name
        for row in items:
            assert list(row) == names or set(row) == set(names), name


def test_keys_join_the_tables() -> None:
    rows = tables.tables_from_reports([order_report()])
    (article,) = rows["articles"]
    aid = article["article_id"]
    assert rows["directives"], "the invented order is found"
    directive = rows["directives"][0]
    assert directive["directive_id"] == f"{aid}:{directive['id']}"
    assert directive["source_id"] in {s["source_id"] for s in rows["sources"]}
    assert {d["directive_id"] for d in rows["demands"]} <= {d["directive_id"] for d in rows["directives"]}
    assert all(r["article_id"] == aid for name in tables.TABLES for r in rows[name])


def test_regions_carry_their_province_and_directives_where_they_apply() -> None:
    rows = tables.tables_from_reports([order_report()])
    hyesan = next(r for r in rows["regions"] if r["region_id"] == "KP-10:hyesan")
    assert (hyesan["province_id"], hyesan["province"]) == ("KP-10", "Ryanggang")
    directive = rows["directives"][0]
    assert json.loads(directive["applies_to"]) == ["KP-10:hyesan"]
    assert directive["month"] == "2024-05"
    assert [(r["region_id"], r["province_id"]) for r in rows["directive_regions"]] == [("KP-10:hyesan", "KP-10")]


def test_article_id_is_stable_and_follows_the_url() -> None:
    a = nk.Article(outlet="rfa", text="one", url="https://www.rfa.org/english/a/1/")
    b = nk.Article(outlet="rfa", text="two (updated)", url="http://rfa.org/english/a/1#top")
    c = nk.Article(outlet="rfa", text="one")
    assert tables.article_id(a) == tables.article_id(b)
    assert tables.article_id(c) != tables.article_id(a)
    assert tables.article_id(c) == tables.article_id(nk.Article(outlet="rfa", text="one"))


@given(reports())
def test_tables_round_trip_any_report(report: nk.Report) -> None:
    rows = tables.tables_from_reports([report])
    assert tables.reports_from_tables(rows) == [report]


@settings(max_examples=30)
@given(reports())
def test_frames_hold_every_row(report: nk.Report) -> None:
    pytest.importorskip("pyarrow", reason="the arrow extra is not installed")
    rows = tables.tables_from_reports([report])
    for name in ("articles", "directives", "dates"):
        frame = tables.to_arrow(rows[name], name)
        assert frame.to_pylist() == [{c.name: r[c.name] for c in tables.COLUMNS[name]} for r in rows[name]]


def test_pandas_frame_has_documented_columns_and_dtypes() -> None:
    pytest.importorskip("pandas", reason="the pandas extra is not installed")
    rows = tables.tables_from_reports([order_report()])
    frame = tables.to_pandas(rows["sources"], "sources")
    assert list(frame.columns) == [c.name for c in tables.COLUMNS["sources"]]
    assert str(frame["anonymous"].dtype) == "boolean"
    assert str(frame["contacted_start"].dtype) == "Int64"
    assert len(frame) == len(rows["sources"])


def test_dev_corpus_round_trips_through_tables(shared: Path) -> None:
    items = dev_reports(shared)
    rows = tables.tables_from_reports(items)
    ids = [r["article_id"] for r in rows["articles"]]
    assert len(ids) == len(set(ids)) == len(items)
    for name in ("sources", "directives", "demands", "dates"):
        key = tables.COLUMNS[name][0].name
        assert len({r[key] for r in rows[name]}) == len(rows[name]), name
    assert tables.reports_from_tables(rows) == [r for r, _ in items]
    assert all(json.loads(d["applies_to"]) for d in rows["directives"])


def _jsonl(tmp_path: Path, items: list[nk.Report]) -> Path:
    path = tmp_path / "out.jsonl"
    lines = [json.dumps({"path": f"doc{i}.txt", **report_json.report_to_dict(r)}) for i, r in enumerate(items)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_read_reports_keeps_the_batch_path(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [order_report()])
    ((report, source),) = tables.read_reports(path)
    assert source == "doc0.txt"
    assert report == order_report()


def test_export_csv_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _jsonl(tmp_path, [order_report()])
    assert main(["export", str(path), "--table", "directives", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == [c.name for c in tables.COLUMNS["directives"]]
    assert rows[0]["applies_to"] == '["KP-10:hyesan"]'


def test_export_jsonl_and_parquet_files(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="the arrow extra is not installed")

    path = _jsonl(tmp_path, [order_report()])
    assert (
        main(["export", str(path), "--table", "demands", "--format", "jsonl", "--output", str(tmp_path / "d.jsonl")])
        == 0
    )
    lines = (tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()
    expected = tables.tables_from_reports([(order_report(), "doc0.txt")])["demands"]
    assert [json.loads(line) for line in lines] == expected
    out = tmp_path / "a.parquet"
    assert main(["export", str(path), "--table", "articles", "--format", "parquet", "--output", str(out)]) == 0
    assert pq.read_table(out).to_pylist()[0]["path"] == "doc0.txt"


def test_export_parquet_needs_a_file(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [order_report()])
    assert main(["export", str(path), "--format", "parquet"]) == 2


def test_unknown_table_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown table"):
        tables.to_arrow([], "nope")


def test_a_missing_extra_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(nk.NKReportsError, match=r"nkreports\[arrow\]"):
        tables.to_arrow([], "articles")
