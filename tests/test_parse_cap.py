"""The dependency parse is bounded per article; acts whose issuer the rules name are found past the bound.

Every sentence here is invented, in the outlets' styles.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nkreports
from nkreports.extract.directives import _parse
from nkreports.extract.directives._parse import MAX_SENTENCE, PARSE_BUDGET, parse

_CLAUSE_ONLY = "Police issued an order banning travel to the border, a source said."
_RULE_NAMED = "The Hyesan City People's Committee ordered traders to register their stalls."


@settings(max_examples=25, deadline=None)
@given(
    texts=st.lists(st.sampled_from(["Police issued an order.", "They banned it.", "x" * 40, "A b c."]), max_size=12),
    budget=st.integers(min_value=0, max_value=200),
    longest=st.integers(min_value=1, max_value=50),
)
def test_one_document_per_text_and_parsed_ones_within_the_bound(texts: list[str], budget: int, longest: int) -> None:
    docs = list(parse(texts, budget=budget, longest=longest))
    assert len(docs) == len(texts)
    parsed = [doc for doc in docs if len(doc)]
    # the parsed ones come first, each the beginning of its own text, and they stay within the budget
    assert all(len(doc) for doc in docs[: len(parsed)])
    for doc, text in zip(parsed, texts, strict=False):
        assert doc.text == text[:longest]
    assert sum(len(doc.text) for doc in parsed) <= budget


def test_a_news_article_is_parsed_whole() -> None:
    texts = [_CLAUSE_ONLY] * 50
    docs = list(parse(texts))
    assert [doc.text for doc in docs] == texts
    assert sum(map(len, texts)) < PARSE_BUDGET
    assert len(_CLAUSE_ONLY) < MAX_SENTENCE


def test_rule_named_acts_are_found_past_the_parse_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    text = f"{_CLAUSE_ONLY}\n\n{_RULE_NAMED}"
    full = nkreports.parse(text, published="2024-05-02")
    assert len(full.directives) == 2  # the police act comes from the parse, the committee's from the rules
    monkeypatch.setattr(_parse, "PARSE_BUDGET", 0)
    capped = nkreports.parse(text, published="2024-05-02")
    issuers = [d.issuer.text for d in capped.directives]
    assert issuers == [d.issuer.text for d in full.directives if "Committee" in d.issuer.text]
    assert capped.directives[0].issuer.region == "KP-10:hyesan"


def test_an_overlong_sentence_is_parsed_only_at_its_start(monkeypatch: pytest.MonkeyPatch) -> None:
    long_sentence = _CLAUSE_ONLY[:-1] + ", and " + ", and ".join(["traders waited at the market"] * 60) + "."
    assert len(long_sentence) > 1_000
    monkeypatch.setattr(_parse, "MAX_SENTENCE", 200)
    report = nkreports.parse(long_sentence, published="2024-05-02")
    assert [d.issuer.text for d in report.directives] == ["Police"]
