"""Date patterns rewritten for speed find exactly what the plain patterns they replace find."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from nkreports.dates._context import _BOUNDARY, _LOOKBACK, _SENTENCE, clause_start, sentence_bounds
from nkreports.dates._govern import _SENTENCE_END
from nkreports.dates._keep import filters, speech_before
from nkreports.dates._scan import _master, _own_groups
from nkreports.dates._tries import _NON_ASCII
from nkreports.dates._vocab import default_vocabulary

# The clause boundary as first written: a sentence end before a capital or quote, a line break, a comma,
# semicolon, colon or quote mark, or the word "that".
_PLAIN_BOUNDARY = re.compile(r"[.!?][”\"’)]?\s{1,3}(?=[“\"‘A-Z])|\n|[,;:“”\"]|\bthat\b")

_PIECES = st.sampled_from(
    [
        *(".", "!", "?", "”", '"', "’", ")", "“", "‘", " ", "  ", "\n", "\t", ",", ";", ":", "A", "The", "a", "t"),
        *("that", "That", "thats", "hat", "xthat", "that’s", "tthat", "_that", "2that", "It"),
    ]
)
_TEXTS = st.lists(_PIECES | st.text(max_size=4), max_size=40).map("".join)


@given(_TEXTS, st.integers(0, 120), st.integers(0, 120))
def test_clause_boundaries_are_those_of_the_plain_pattern(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert [m.span() for m in _BOUNDARY.finditer(text, start, end)] == [
        m.span() for m in _PLAIN_BOUNDARY.finditer(text, start, end)
    ]
    assert [m.span() for m in _BOUNDARY.finditer(text)] == [m.span() for m in _PLAIN_BOUNDARY.finditer(text)]


_PLAIN_NON_ASCII = re.compile(r"[^\W\x00-\x7f]\w*")
_LETTERS = st.sampled_from(
    ["ŏ", "ŭ", "é", "İ", "ﬁ", "ſ", "한", "“", "”", "’", "—", "\u0306", "a", "Z", "_", "7", " ", "-"]
)


@given(st.lists(_LETTERS | st.text(max_size=3), max_size=30).map("".join), st.integers(0, 40), st.integers(0, 40))
def test_non_ascii_words_are_those_of_the_plain_pattern(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert [m.span() for m in _NON_ASCII.finditer(text, start, end)] == [
        m.span() for m in _PLAIN_NON_ASCII.finditer(text, start, end)
    ]


def test_each_scanner_reads_its_own_groups_of_the_master_in_order() -> None:
    vocab = default_vocabulary()
    master = _master(vocab)[0]
    names = [name for name, _ in sorted(master.groupindex.items(), key=lambda item: item[1])]
    for i, (full, short) in enumerate(_own_groups(vocab)):
        assert list(full) == [name for name in names if name.startswith(f"a{i}_")]
        assert [f"a{i}_{name}" for name in short] == list(full)


# Sentence ends as first written, against the patterns that open with one character class.
_PLAIN_SENTENCE_ENDS = (
    (_SENTENCE, re.compile(r"[.!?][”\"’)]?\s{1,3}(?=[“\"‘A-Z])|\n")),
    (_SENTENCE_END, re.compile(r"[.!?](?:[”\"’)]?\s|$)|\n")),
)


@given(_TEXTS, st.integers(0, 120), st.integers(0, 120))
def test_sentence_ends_are_those_of_the_plain_patterns(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    for pattern, plain in _PLAIN_SENTENCE_ENDS:
        assert [m.span() for m in pattern.finditer(text, start, end)] == [
            m.span() for m in plain.finditer(text, start, end)
        ]
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


_SPEECH_PIECES = st.sampled_from(
    [
        *("told", "Told", "said", "says", "was ", "were ", "been ", "is ", "Daily NK", " on ", "on", " ", "  "),
        *("\n", ".", ",", ";", ":", "!", "?", "“", "”", '"', "’", "x", "retold", "told-", "-told", "a"),
        *("told\n", "said us\n", " on\n", "told, "),
    ]
)


@given(st.lists(_SPEECH_PIECES | st.text(max_size=3), max_size=30).map("".join), st.integers(0, 90))
@example("He told\n", 20)  # $ matches before a line break that ends the stretch
def test_speech_before_a_date_is_the_speech_pattern_searched_in_the_whole_stretch(text: str, back: int) -> None:
    vocab = default_vocabulary()
    speech = filters(vocab)[2]
    for position in range(len(text) + 1):
        lo = max(0, position - back)
        expected = speech.search(text, lo, position) is not None
        assert speech_before(text, lo, position, vocab) is expected


def _plain_last_end(pattern: re.Pattern[str], text: str, lo: int, position: int) -> int:
    start = lo
    for m in pattern.finditer(text, lo, position):
        start = m.end()
    return start


@given(_TEXTS)
def test_clause_and_sentence_starts_are_the_end_of_the_last_boundary(text: str) -> None:
    for position in range(len(text) + 1):
        lo = max(0, position - _LOOKBACK)
        assert clause_start(text, position) == _plain_last_end(_PLAIN_BOUNDARY, text, lo, position)
        assert sentence_bounds(text, position)[0] == _plain_last_end(_PLAIN_SENTENCE_ENDS[0][1], text, lo, position)
