"""Type-checked uses of the public API (run under ``mypy --strict``; not executed by pytest)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, assert_type

import nkreports as nk
from nkreports.io import Document
from nkreports.outlets import Outlet, OutletRegistry


def parse_examples() -> None:
    report = nk.parse(Path("article.txt"), published=dt.date(2024, 3, 21))
    assert_type(report, nk.Report)
    assert_type(nk.parse_all("text", published="2024-03-21"), tuple[nk.Report, ...])
    assert_type(nk.parse_file("article.txt"), nk.Report)
    assert_type(report.article.text, str)
    for directive in report.directives:
        assert_type(directive.issuer.body, nk.Body)
        assert_type(directive.issued, nk.DateValue | None)
        for demand in directive.demands:
            assert_type(demand.modality, nk.Modality)
    for source in report.sources:
        assert_type(source.location, str | None)


class MyOutlet:
    """A minimal third-party outlet written against the protocol."""

    key = "myoutlet"
    name = "My Outlet"
    self_names: tuple[str, ...] = ("My Outlet",)

    def detect(self, document: Document) -> float:
        return 1.0 if document.url and "myoutlet.example" in document.url else 0.0

    def article(self, document: Document) -> nk.Article:
        text = "\n\n".join(b.text for b in document.blocks)
        return nk.Article(outlet=self.key, text=text)


def registry_example() -> None:
    registry = OutletRegistry()
    outlet: Outlet = registry.register(MyOutlet())
    assert_type(registry.get("myoutlet"), Outlet)
    assert_type(outlet.key, str)


def contract_example(report: nk.Report) -> None:
    from nkreports.io.json import SCHEMA_VERSION, loads_line, read_jsonl
    from nkreports.schema import report_schema

    data = report.to_dict()
    assert_type(data, dict[str, Any])
    assert_type(nk.Report.from_dict(data), nk.Report)
    assert_type(loads_line("{}"), tuple[str | None, nk.Report])
    for path, read in read_jsonl("out.jsonl"):
        assert_type(path, str | None)
        assert_type(read, nk.Report)
    assert_type(report_schema(), dict[str, Any])
    assert_type(SCHEMA_VERSION, str)
    assert_type(nk.detect_language(report.text), str)
    try:
        nk.parse("양강도 소식통")
    except nk.UnsupportedLanguageError as exc:
        assert_type(exc.language, str)


def table_examples(report: nk.Report) -> None:
    from typing import Any

    from nkreports import tables
    from nkreports.db import CorpusDatabase

    rows = tables.tables_from_reports([report, (report, "a.txt")])
    assert_type(rows, dict[str, list[dict[str, Any]]])
    assert_type(tables.reports_from_tables(rows), list[nk.Report])
    assert_type(tables.article_id(report.article), str)
    assert_type(tables.write_table(rows["directives"], "directives", "d.csv", "csv"), int)
    with CorpusDatabase("corpus.sqlite", readonly=True) as db:
        assert_type(db.query("SELECT 1"), tuple[list[str], list[tuple[Any, ...]]])
        assert_type(db.rows("sources"), list[dict[str, Any]])
