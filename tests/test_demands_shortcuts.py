"""The shortcuts of demand finding (early exits, cheap tests before a search) change no result.

Each property builds sentences from the words the patterns look for, joined at random, and checks that
the quick path gives what the full work gives. Every sentence is invented, in the outlets' styles.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nkreports.extract._vocabulary import default_vocabulary
from nkreports.extract.directives import _cuts, _provisions
from nkreports.extract.directives._cuts import clauses
from nkreports.extract.directives._demands import _in_clauses, _joined_to, find_demands

_VOCAB = default_vocabulary()
_WORDS = (
    "ordered",
    "traders",
    "not to",
    "sell",
    "must",
    "residents",
    "were told",
    "will be",
    "punished",
    "banned",
    "the markets",
    "a source said",
    "according to",
    "Keep",
    "Report",
    "Don't",
    "Let's",
    "“",
    "”",
    ":",
    "▲",
    ",",
    ";",
    "and",
    "or",
    "for",
    "crackdown on",
    "inspections for",
    "phones",
    "if",
    "when",
    "that",
    "\n",
)
_sentences = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14).map(" ".join)


@given(_sentences)
def test_the_early_exit_finds_what_every_pattern_finds(text: str) -> None:
    """Every pattern tried on every clause, every clause tried for a command: the same demands."""
    every = _joined_to(_VOCAB.demand_verbs)(_VOCAB.modals)
    listed = _provisions.listed_provisions(text, 0, len(text))
    cuts = clauses(text, 0, len(text))
    full = _in_clauses(text, cuts, [every] * len(cuts), listed, commanding=True, self_names=_VOCAB.self_names)
    found = find_demands(text, 0, len(text), _VOCAB.modals, _VOCAB.demand_verbs, self_names=_VOCAB.self_names)
    assert found == full


@given(_sentences, st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=30))
def test_no_command_anywhere_means_none_in_any_stretch(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    if not _provisions.may_command(text, 0, len(text)):
        assert _provisions.imperative(text, start, end) == []


@given(_sentences)
def test_a_list_cue_needs_a_colon_or_a_bullet(text: str) -> None:
    if ":" not in text and "▲" not in text:
        assert _provisions._LIST_CUE.search(text) is None


@given(_sentences, st.integers(min_value=0, max_value=30))
def test_a_dangling_conjunction_is_searched_only_where_the_stretch_ends_as_it_must(text: str, cut: int) -> None:
    end = max(0, len(text) - cut)
    if not text.endswith(_cuts._DANGLING_ENDS, 0, end):
        assert _cuts._DANGLING.search(text, 0, end) is None


def test_a_sentence_without_trigger_or_command_demands_nothing() -> None:
    text = "Prices of rice rose sharply in Hyesan last week, a source said."
    assert find_demands(text, 0, len(text), _VOCAB.modals, _VOCAB.demand_verbs) == []


def test_an_order_still_gives_its_demand() -> None:
    text = "The security ministry ordered traders not to sell Chinese phones."
    found = find_demands(text, 0, len(text), _VOCAB.modals, _VOCAB.demand_verbs)
    assert [text[d.start : d.end] for d in found] == ["ordered traders not to sell Chinese phones"]
