"""Scale-out on Dask (extra ``dask``): parse files on a cluster into Parquet tables.

:func:`parse_to_parquet` splits the files into partitions, and a ``dask.bag``
maps each partition to table rows on the workers (processes or a
``dask.distributed`` cluster: whatever scheduler is active, e.g. after
``Client(LocalCluster())``).  Each partition writes one Parquet file per table,
``OUT/<table>/part-00000.parquet``; read a table back with
``pandas.read_parquet("OUT/directives")`` or ``pyarrow.parquet.read_table``.
The rows are those of :func:`~nkreports.tables.tables_from_reports`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from nkreports._batch import expand_paths
from nkreports.io import DEFAULT_MAX_BYTES

from ._columns import TABLES
from ._frames import optional, to_arrow
from ._parse import ParseOptions, parse_file
from ._rows import Tables, merge, report_rows

__all__ = ["DaskSummary", "parse_to_parquet", "partition_rows"]


@attrs.frozen(kw_only=True)
class DaskSummary:
    """What :func:`parse_to_parquet` wrote: rows per table, documents, reports and ``(path, message)`` failures."""

    rows: dict[str, int]
    documents: int
    reports: int
    partitions: int
    errors: tuple[tuple[str, str], ...] = ()


def partition_rows(paths: Sequence[str], options: ParseOptions) -> tuple[Tables, int, list[tuple[str, str]]]:
    """Parse *paths* (one partition): ``(tables, reports, errors)``."""
    parts = []
    errors = []
    count = 0
    for path in paths:
        reports, error = parse_file(path, options)
        if error is not None:
            errors.append((path, error))
        for report in reports:
            parts.append(report_rows(report, path=path))
            count += 1
    return merge(parts), count, errors


def _write_partition(item: tuple[int, list[str]], out_dir: str, options: ParseOptions) -> dict[str, Any]:
    index, paths = item
    pq = optional("pyarrow.parquet", "arrow")
    tables, reports, errors = partition_rows(paths, options)
    rows = {}
    for table in TABLES:
        folder = Path(out_dir) / table
        folder.mkdir(parents=True, exist_ok=True)
        data = to_arrow(tables[table], table)
        pq.write_table(data, str(folder / f"part-{index:05d}.parquet"))
        rows[table] = int(data.num_rows)
    return {"rows": rows, "documents": len(paths), "reports": reports, "errors": errors}


def parse_to_parquet(
    paths: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    partitions: int | None = None,
    published: dt.date | None = None,
    outlet: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    scheduler: str | None = None,
) -> DaskSummary:
    """Parse files, directories or globs on Dask and write every table as Parquet under *out_dir*.

    *partitions* defaults to one per 8 files; *scheduler* is passed to
    ``dask.compute`` (``None``: the active ``distributed`` client, else Dask's
    default for bags, processes).  Documents that fail are listed in the
    summary's ``errors``, not raised.  Needs the ``dask`` and ``arrow`` extras.
    """
    bag = optional("dask.bag", "dask")
    files = expand_paths(paths)
    count = partitions or max(1, -(-len(files) // 8))
    chunks = [(i, files[i::count]) for i in range(count)]
    chunks = [(i, sorted(chunk)) for i, chunk in chunks if chunk] or [(0, [])]
    options = ParseOptions(published=published, outlet=outlet, max_bytes=max_bytes)
    out = str(out_dir)
    results = (
        bag.from_sequence(chunks, npartitions=len(chunks))
        .map(_write_partition, out_dir=out, options=options)
        .compute(scheduler=scheduler)
    )
    rows = {t: sum(r["rows"][t] for r in results) for t in TABLES}
    return DaskSummary(
        rows=rows,
        documents=sum(r["documents"] for r in results),
        reports=sum(r["reports"] for r in results),
        partitions=len(chunks),
        errors=tuple((p, m) for r in results for p, m in r["errors"]),
    )
