"""Informant candidates are searched only from a little before each head word, and are the same as a full search."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nkreports._starts import guarded
from nkreports.extract import default_vocabulary
from nkreports.extract._sources import _head_regex, _intro_matches, _intro_regex

VOCAB = default_vocabulary()
NAMES = ("Daily NK", "Radio Free Asia", "ASIAPRESS", "Example News Agency of Korea")
REGEX = guarded(_intro_regex(VOCAB.source_heads, VOCAB.informant_heads, NAMES))
HEADS = _head_regex(VOCAB.source_heads, VOCAB.informant_heads)
REACH = 8 + max(name.count(" ") for name in NAMES)

_PIECES = st.sampled_from(
    [
        "a",
        "A",
        "an",
        "An additional",
        "another",
        "the",
        "The first",
        "two",
        "several",
        "some",
        "one",
        "of",
        "its",
        "source",
        "sources",
        "trader",
        "traders",
        "resident",
        "residents",
        "informant",
        "official",
        "partner",
        "reporting partner",
        "man",
        "woman",
        "many",
        "Daily NK's",
        "Radio Free Asia’s",
        "ASIAPRESS's",
        "Example News Agency of Korea's",
        "local",
        "trusted",
        "informed",
        "inside",
        "young",
        "female",
        "market",
        "in",
        "from",
        "based in",
        "who lives in",
        "near",
        "Hyesan",
        "Yanggang Province",
        "North Korea",
        "the city",
        "told",
        "said",
        "according to",
        ",",
        ".",
        "“",
        "”",
        "who",
        "co-op",
        "long-time",
    ]
)
SENTENCES = st.lists(_PIECES | st.text(max_size=6), max_size=30).map(" ".join)


@given(SENTENCES)
def test_the_search_from_each_head_finds_what_a_full_search_finds(sentence: str) -> None:
    found = [(m.span(), m.groupdict()) for m in _intro_matches(REGEX, HEADS, REACH, sentence)]
    assert found == [(m.span(), m.groupdict()) for m in REGEX.finditer(sentence)]


def test_a_long_possessive_name_and_four_modifiers_still_reach_their_head() -> None:
    sentence = "Yesterday Example News Agency of Korea's young female long-time market trader in Hyesan said"
    found = [m.group() for m in _intro_matches(REGEX, HEADS, REACH, sentence)]
    assert found == [m.group() for m in REGEX.finditer(sentence)]
    assert found == ["Example News Agency of Korea's young female long-time market trader in Hyesan"]
