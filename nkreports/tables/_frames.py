"""Rows to pandas DataFrames and Arrow tables (optional extras ``pandas`` and ``arrow``)."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

from nkreports.exceptions import ExtraNotInstalledError

from ._columns import COLUMNS
from ._rows import Row

__all__ = ["arrow_schema", "optional", "to_arrow", "to_pandas"]

_ARROW_TYPES = {"text": "string", "json": "string", "integer": "int64", "real": "float64", "boolean": "bool_"}


def optional(module: str, extra: str) -> Any:
    """Import *module*, or raise :class:`~nkreports.ExtraNotInstalledError` naming the extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError:
        msg = f"{module} is not installed: pip install 'nkreports[{extra}]'"
        raise ExtraNotInstalledError(msg) from None


def _columns(table: str) -> tuple[Any, ...]:
    try:
        return COLUMNS[table]
    except KeyError:
        msg = f"unknown table {table!r} (expected one of {', '.join(COLUMNS)})"
        raise ValueError(msg) from None


def arrow_schema(table: str) -> Any:
    """The ``pyarrow.Schema`` of *table*, with each column's description as field metadata."""
    pa = optional("pyarrow", "arrow")
    return pa.schema(
        [
            pa.field(c.name, getattr(pa, _ARROW_TYPES[c.type])(), metadata={"description": c.description})
            for c in _columns(table)
        ]
    )


def to_arrow(rows: Iterable[Row], table: str) -> Any:
    """The rows of *table* as a ``pyarrow.Table`` with the documented schema."""
    pa = optional("pyarrow", "arrow")
    names = [c.name for c in _columns(table)]
    return pa.Table.from_pylist([{n: r.get(n) for n in names} for r in rows], schema=arrow_schema(table))


def to_pandas(rows: Iterable[Row], table: str) -> Any:
    """The rows of *table* as a ``pandas.DataFrame``, one column per documented column, in order.

    Integer and boolean columns with missing values use pandas' nullable dtypes.
    """
    pd = optional("pandas", "pandas")
    dtypes = {"text": "string", "json": "string", "integer": "Int64", "real": "Float64", "boolean": "boolean"}
    columns = _columns(table)
    names = [c.name for c in columns]
    frame = pd.DataFrame.from_records([[r.get(n) for n in names] for r in rows], columns=names)
    return frame.astype({c.name: dtypes[c.type] for c in columns})
