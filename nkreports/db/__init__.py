"""The corpus database: reports, their tables, full-text search and views in one SQLite file.

``nkreports parse DIR --db corpus.sqlite`` fills it; :class:`CorpusDatabase`
reads and writes it from Python; ``datasette corpus.sqlite -m metadata.json``
(or ``nkreports db serve corpus.sqlite``) browses it.  See :doc:`/database`.

>>> import nkreports, tempfile, pathlib
>>> from nkreports.db import CorpusDatabase
>>> report = nkreports.parse("Authorities in Hyesan ordered traders to register.", published="2024-05-02")
>>> with tempfile.TemporaryDirectory() as tmp, CorpusDatabase(pathlib.Path(tmp) / "c.sqlite") as db:
...     _ = db.add(report)
...     db.query("SELECT province, month, directives FROM directives_per_province_month")[1]
[('Ryanggang', '2024-05', 1)]
"""

from ._datasette import datasette_metadata, serve
from ._load import LoadSummary, parse_into
from ._schema import MIGRATIONS, SCHEMA_VERSION, VIEWS, View
from ._store import CorpusDatabase

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "VIEWS",
    "CorpusDatabase",
    "LoadSummary",
    "View",
    "datasette_metadata",
    "parse_into",
    "serve",
]
