"""The dev corpus's documents with their publication dates, for the table and database tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import nkreports as nk


def dev_documents(shared: Path) -> list[tuple[Path, dt.date]]:
    """Every dev-corpus document (answer keys and README left out) with its key's anchor date."""
    out = []
    for key in sorted((shared / "corpus" / "dev").glob("*.gold.json")):
        gold = json.loads(key.read_text(encoding="utf-8"))
        anchor = (gold[0] if isinstance(gold, list) else gold)["anchor"]
        stem = key.name.removesuffix(".gold.json")
        doc = next(p for p in key.parent.glob(f"{stem}.*") if not p.name.endswith(".gold.json"))
        out.append((doc, dt.date.fromisoformat(anchor)))
    return out


def dev_reports(shared: Path) -> list[tuple[nk.Report, str]]:
    """``(report, path)`` for every article of the dev corpus."""
    return [(r, str(doc)) for doc, anchor in dev_documents(shared) for r in nk.parse_all(doc, published=anchor)]
