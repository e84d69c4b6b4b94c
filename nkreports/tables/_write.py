"""Write one table's rows as CSV, JSON Lines or Parquet."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Literal, TextIO

from ._columns import COLUMNS
from ._frames import optional, to_arrow
from ._rows import Row

__all__ = ["FORMATS", "Format", "write_table"]

Format = Literal["csv", "jsonl", "parquet"]
FORMATS: tuple[Format, ...] = ("csv", "jsonl", "parquet")


def _csv_value(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_rows(rows: Iterable[Row], table: str, stream: TextIO, fmt: Literal["csv", "jsonl"]) -> int:
    """Write rows as CSV (header first; empty cell for none, ``true``/``false``) or JSON Lines; returns the count."""
    names = [c.name for c in COLUMNS[table]]
    count = 0
    if fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow([_csv_value(row.get(n)) for n in names])
            count += 1
        return count
    for row in rows:
        stream.write(json.dumps({n: row.get(n) for n in names}, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_table(rows: Iterable[Row], table: str, path: str | os.PathLike[str], fmt: Format) -> int:
    """Write the rows of *table* to *path* in *fmt* (``csv``, ``jsonl`` or ``parquet``); returns the row count.

    Parquet needs the ``arrow`` extra.
    """
    if table not in COLUMNS:
        msg = f"unknown table {table!r} (expected one of {', '.join(COLUMNS)})"
        raise ValueError(msg)
    if fmt == "parquet":
        pq = optional("pyarrow.parquet", "arrow")
        data = to_arrow(rows, table)
        pq.write_table(data, str(path))
        return int(data.num_rows)
    if fmt not in FORMATS:
        msg = f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})"
        raise ValueError(msg)
    with Path(path).open("w", encoding="utf-8", newline="") as stream:
        return write_rows(rows, table, stream, fmt)
