"""Sources and directives on the shared seed article and dev corpus (skipped without ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import nkreports
from nkreports.model import Body, Channel, IssuerLevel


def test_seed_source_and_directive(shared: Path) -> None:
    report = nkreports.parse(shared / "seed" / "dailynk-yanggang-trade.txt", published="2021-12-23")
    key = json.loads((shared / "corpus" / "seed" / "dailynk-yanggang-trade.gold.json").read_text(encoding="utf-8"))
    (source,) = report.sources
    assert source.location == key["sources"][0]["location"]
    assert source.channel is Channel(key["sources"][0]["channel"])
    (directive,) = report.directives
    issuer = key["directives"][0]["issuer"]
    assert (directive.issuer.body, directive.issuer.level, directive.issuer.region) == (
        Body(issuer["body"]),
        IssuerLevel(issuer["level"]),
        issuer["region"],
    )
    assert len(directive.demands) == len(key["directives"][0]["demands"])
    assert directive.source == source.id


def test_dev_corpus_source_locations(shared: Path) -> None:
    """Most answer-key informants are found at their location (a floor, not an exact match)."""
    found = total = 0
    for gold_path in sorted((shared / "corpus" / "dev").glob("*.gold.json")):
        doc = next(p for p in gold_path.parent.glob(gold_path.name.replace(".gold.json", ".*")) if p != gold_path)
        keys = json.loads(gold_path.read_text(encoding="utf-8"))
        keys = keys if isinstance(keys, list) else [keys]
        reports = nkreports.parse_all(doc, published=keys[0]["anchor"])
        for key, report in zip(keys, reports, strict=False):
            wanted = [s["location"] for s in key["sources"]]
            got = [s.location for s in report.sources]
            total += len(wanted)
            found += sum(min(wanted.count(w), got.count(w)) for w in set(wanted))
    assert total
    assert found / total >= 0.9
