"""Date recall on the plain-text documents of the shared dev corpus (skipped without ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import nkreports as nk
from nkreports.dates import distinct_dates


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_plain_text_dates_match_the_answer_keys(shared: Path) -> None:
    hits = total = extra = 0
    for gold_path in sorted((shared / "corpus" / "dev").glob("*.gold.json")):
        doc = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        if not doc.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        report = nk.parse(doc, published=gold["anchor"])
        found = {(_norm(d.text), d.iso()) for d in distinct_dates(report.dates)}
        wanted = {(_norm(d["text"]), d["value"]) for d in gold["dates"]}
        hits += len(found & wanted)
        total += len(wanted)
        extra += len(found - wanted)
    assert total > 0
    assert hits / total >= 0.9
    assert extra <= total * 0.1
