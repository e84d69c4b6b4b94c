"""Region patterns rewritten for speed find exactly what the plain patterns they replace find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from nkreports.gazetteer._find import _NOUNS

# The noun patterns as first written; only the span of group 1 (the name) is read.
_PLAIN_NOUNS = (
    re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?(North)\b(?![-‐‑])(?!\s+(?:Koreans?\b|of\b|[A-Z]))"),
    re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?(South)\b(?![-‐‑])(?!\s+(?:Koreans?\b|of\b|[A-Z]))"),
    re.compile(r"\bWorkers['’]?\s+Party\s+of\s+(Korea)\b"),
)
_PIECES = st.sampled_from(
    [
        *("the", "The", "THE", "he", "she", "tthe", "xthe", "_the", "Workers", "workers", "Worker", "xWorkers", "’"),
        *("'", "North", "South", "Korea", "Koreans", "of", "Party", "reclusive", "capitalist", "the ", "-", "‐", " "),
        *("  ", "\n", "A", "s", ".", ","),
    ]
)
_TEXTS = st.lists(_PIECES | st.text(max_size=3), max_size=30).map("".join)


@given(_TEXTS)
def test_noun_patterns_find_what_the_plain_patterns_find(text: str) -> None:
    for (pattern, _), plain in zip(_NOUNS, _PLAIN_NOUNS, strict=True):
        assert [m.span(1) for m in pattern.finditer(text)] == [m.span(1) for m in plain.finditer(text)]


def test_the_north_and_the_workers_party_are_found() -> None:
    text = "Trade with the reclusive North grew, the Workers’ Party of Korea said; the South Korean side did not."
    found = [(m.group(1), rid) for pattern, rid in _NOUNS for m in pattern.finditer(text)]
    assert found == [("North", "KP"), ("Korea", "KP")]
