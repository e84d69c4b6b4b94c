"""Dev-corpus documents with their publication dates, and a hand-built report, for the table and db tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs

import nkreports as nk

ORDER = (
    "A source in Hyesan, Ryanggang Province, told Daily NK on May 3 that the city people's committee "
    "ordered traders to register their stalls. Vendors must not sell grain outside the state shops."
)


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


def _span(text: str, words: str) -> nk.Span:
    start = text.index(words)
    return nk.Span.of(text, start, start + len(words))


def order_report() -> nk.Report:
    """A report built by hand, so these tests do not depend on what extraction finds."""
    parsed = nk.parse(ORDER, published="2024-05-10", outlet="dailynk")
    text = parsed.text
    first, second = text.split(". ", 1)
    source = nk.Source(
        id="s1",
        descriptor="A source in Hyesan, Ryanggang Province",
        location="KP-10:hyesan",
        mentions=[_span(text, "A source in Hyesan, Ryanggang Province")],
        statements=[_span(text, first)],
    )
    demand = _span(text, "register their stalls")
    directive = nk.Directive(
        id="d1",
        issuer=nk.Issuer(
            body="government",
            text="the city people's committee",
            level="city",
            region="KP-10:hyesan",
            mentions=[_span(text, "the city people's committee")],
        ),
        audience=["traders"],
        demands=[nk.Demand(start=demand.start, end=demand.end, text=demand.text, modality="obligation")],
        source="s1",
        evidence=[_span(text, first), _span(text, second)],
        applies_to=["KP-10:hyesan"],
    )
    return attrs.evolve(parsed, sources=[source], directives=[directive])
