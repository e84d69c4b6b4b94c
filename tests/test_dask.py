"""Parsing on a Dask cluster of processes gives the same rows as the plain path."""

from __future__ import annotations

from pathlib import Path

import pytest

from nkreports import tables

from .devcorpus import dev_documents


def _key(table: str) -> tuple[str, ...]:
    names = [c.name for c in tables.COLUMNS[table]]
    return (names[0], "position") if "position" in names else (names[0],)


def test_dask_cluster_rows_equal_the_plain_rows(shared: Path, tmp_path: Path) -> None:
    pytest.importorskip("dask.bag", reason="the dask extra is not installed")
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    pq = pytest.importorskip("pyarrow.parquet", reason="the arrow extra is not installed")
    from nkreports.tables.dask import parse_to_parquet

    docs = [str(d) for d, _ in dev_documents(shared) if d.suffix == ".txt"][:8]
    out = tmp_path / "parquet"
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        summary = parse_to_parquet(docs, out, partitions=3)
    assert summary.partitions == 3
    assert summary.documents == len(docs)
    assert summary.errors == ()
    plain = tables.tables_from_reports(
        (report, path) for path, (reports, _error) in ((p, tables_parse(p)) for p in docs) for report in reports
    )
    for table in tables.TABLES:
        got = pq.read_table(out / table).to_pylist()
        assert summary.rows[table] == len(got) == len(plain[table]), table
        key = _key(table)
        assert sorted(got, key=lambda r: [str(r[k]) for k in key]) == sorted(
            plain[table], key=lambda r: [str(r[k]) for k in key]
        ), table


def tables_parse(path: str) -> tuple[tuple[object, ...], str | None]:
    from nkreports.tables._parse import ParseOptions, parse_file

    return parse_file(path, ParseOptions())
