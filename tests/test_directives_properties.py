"""Properties of source and directive extraction, and the vocabulary's override API."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkreports.extract import (
    Context,
    IssuerPattern,
    ModalPattern,
    Vocabulary,
    default_vocabulary,
    extract,
    split_sentences,
)
from nkreports.model import Article, Body, IssuerLevel, Modality

_FRAGMENTS = (
    "A Daily NK informant in Yanggang Province said on Monday that ",
    "the provincial party committee ordered residents to ",
    "must hand over their phones",
    "will be sent to a labor camp",
    "“The order came down,” the source said. ",
    "Another source in Hyesan said ",
    "were told not to ",
    "Kim Jong Un ",
    "Authorities in Sinuiju have banned ",
    ", according to a resident of Kanggye. ",
    "\n\n",
    ". ",
    "“",
    "”",
    "Dec. 20",
    "the source of income",
)


def _article(text: str) -> Article:
    return Article(outlet="dailynk", text=text)


@given(st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=30)), max_size=12).map("".join))
def test_extraction_never_crashes_and_spans_slice_back(text: str) -> None:
    found = extract(_article(text), Context(anchor=dt.date(2024, 5, 17), self_names=("Daily NK",)))
    for source in found.sources:
        assert source.mentions[0].text == source.descriptor
        assert all(s.slices(text) for s in source.mentions)
        assert all(s.fits(text) for s in source.statements)
    ids = {s.id for s in found.sources}
    for directive in found.directives:
        assert all(d.slices(text) for d in (*directive.demands, *directive.penalties, *directive.evidence))
        assert all(m.slices(text) for m in directive.issuer.mentions)
        assert directive.source is None or directive.source in ids


@given(st.text(max_size=200))
def test_sentences_slice_back_in_order(text: str) -> None:
    sentences = split_sentences(text)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert all(a.end <= b.start for a, b in itertools.pairwise(sentences))


def test_abbreviations_do_not_end_sentences() -> None:
    text = "The order was issued on Dec. 20 in Hyesan. It took effect at once."
    assert [s.text for s in split_sentences(text)] == [
        "The order was issued on Dec. 20 in Hyesan.",
        "It took effect at once.",
    ]


def test_an_outlet_can_add_an_issuer_by_name() -> None:
    text = "The Harbour Board has ordered crews to stay aboard."
    plain = extract(_article(text), Context())
    assert plain.directives == ()
    vocab = default_vocabulary().extend(
        "issuers", [IssuerPattern("harbour-board", r"[Tt]he Harbour Board", Body.GOVERNMENT, IssuerLevel.LOCAL)]
    )
    found = extract(_article(text), Context(vocabulary=vocab))
    (directive,) = found.directives
    assert directive.issuer.body is Body.GOVERNMENT
    assert directive.issuer.level is IssuerLevel.LOCAL


def test_extending_replaces_an_entry_of_the_same_name() -> None:
    vocab = default_vocabulary().extend("modals", [ModalPattern("should", r"\bshould\b", Modality.OBLIGATION)])
    assert [m for m in vocab.modals if m.name == "should"] == [
        ModalPattern("should", r"\bshould\b", Modality.OBLIGATION)
    ]
    assert len(vocab.modals) == len(default_vocabulary().modals)


def test_override_replaces_a_whole_table_and_unknown_tables_fail() -> None:
    vocab = default_vocabulary().override("self_names", ["Example News"])
    assert vocab.self_names == ("Example News",)
    assert "issuers" in Vocabulary.table_names()
    with pytest.raises(KeyError, match="no vocabulary table"):
        default_vocabulary().extend("verbs", ["decreed"])


def test_outlet_self_names_make_a_source() -> None:
    text = "A resident of Kanggye told Example News on Monday that bus fares doubled."
    assert extract(_article(text), Context(anchor=dt.date(2024, 5, 17))).sources == ()
    found = extract(_article(text), Context(anchor=dt.date(2024, 5, 17), self_names=("Example News",)))
    assert found.sources[0].location == "KP-04:kanggye"
