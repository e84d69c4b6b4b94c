"""Tidy tables of reports: articles, regions, sources, directives, demands and dates.

Each table is a list of plain dicts (:data:`~nkreports.tables.Row`) with the documented columns of
:data:`COLUMNS`; ``article_id``, ``source_id`` and ``directive_id`` are globally
unique keys that join the tables.  pandas DataFrames (:func:`to_pandas`, extra
``pandas``) and Arrow tables (:func:`to_arrow`, extra ``arrow``) are built from
the same rows.  See :doc:`/tables` for the columns.

>>> import nkreports
>>> from nkreports import tables
>>> report = nkreports.parse("A source in Hyesan said authorities ordered traders to register.")
>>> rows = tables.tables_from_reports([report])
>>> sorted(rows) == sorted(tables.TABLES)
True
>>> rows["regions"][0]["province"]
'Ryanggang'
"""

from ._columns import COLUMNS, TABLE_DESCRIPTIONS, TABLES, Column, ColumnType
from ._frames import arrow_schema, to_arrow, to_pandas
from ._ids import article_id, canonical_url
from ._read import read_reports
from ._rebuild import reports_from_tables
from ._rows import Row, Tables, merge, province_of, report_rows, tables_from_reports
from ._write import FORMATS, Format, write_rows, write_table

__all__ = [
    "COLUMNS",
    "FORMATS",
    "TABLES",
    "TABLE_DESCRIPTIONS",
    "Column",
    "ColumnType",
    "Format",
    "Row",
    "Tables",
    "arrow_schema",
    "article_id",
    "canonical_url",
    "merge",
    "province_of",
    "read_reports",
    "report_rows",
    "reports_from_tables",
    "tables_from_reports",
    "to_arrow",
    "to_pandas",
    "write_rows",
    "write_table",
]
