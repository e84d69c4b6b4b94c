"""The JSON Schema of report JSON: the contract users and tools script against.

The schema (JSON Schema draft 2020-12) ships with the package as
``nkreports/schema/report.schema.json``; :func:`report_schema` reads it.  It is
generated from the model by :func:`build_schema` (``python tools/build_schema.py``
rewrites the file; a test fails when the file and the model disagree).
See :doc:`/schema` for the version policy.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from nkreports.io.json import SCHEMA_VERSION

from ._build import CONTRACT_KEYS, build_schema, schema_text

__all__ = ["CONTRACT_KEYS", "SCHEMA_FILE", "SCHEMA_VERSION", "build_schema", "report_schema", "schema_text"]

SCHEMA_FILE = "report.schema.json"
"""The schema's file name inside the ``nkreports.schema`` package."""


@cache
def _shipped_text() -> str:
    return files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def report_schema() -> dict[str, Any]:
    """The shipped JSON Schema of one report (a fresh dict each call; the file is read once)."""
    schema: dict[str, Any] = json.loads(_shipped_text())
    return schema
