"""Type-checked uses of the public API (run under ``mypy --strict``; not executed by pytest)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import assert_type

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
