"""The date scanner tries its patterns only where a match can begin, and finds what a plain search finds."""

from __future__ import annotations

import re
from collections.abc import Iterable

from hypothesis import given
from hypothesis import strategies as st

from nkreports._letter_trees import letter_tree
from nkreports.dates._context import _cues
from nkreports.dates._scan import _master, _matches
from nkreports.dates._tries import Tries
from nkreports.dates._vocab import default_vocabulary

VOCAB = default_vocabulary()
MASTER = _master(VOCAB)[0]
PATTERNS = (MASTER, *_cues(VOCAB))

_PIECES = st.sampled_from(
    [
        "the",
        "The",
        "THE",
        "a",
        "A",
        "that",
        "in",
        "of",
        "last",
        "LAST",
        "this",
        "next",
        "year",
        "month",
        "day",
        "same",
        "previous",
        "following",
        "ago",
        "two",
        "days",
        "after",
        "before",
        "since",
        "until",
        "by",
        "will",
        "would",
        "had",
        "expected",
        "was",
        "scheduled",
        "Sept.",
        "sept",
        "March",
        "MARCH",
        "May",
        "mid-",
        "late",
        "Tuesday",
        "tuesday",
        "today",
        "today’s",
        "yesterday",
        "2017",
        "2014-04-09",
        "29/01/2023",
        "16th",
        "3-7",
        "1990s",
        "20",
        "Kaesong",
        "Sinŭiju",
        "ŏ",
        "İn",
        "İ",
        "\u212a",
        "ſince",
        "ﬁ",
        " ",
        "  ",
        "\n",
        ",",
        ".",
        "“",
        "”",
        "'",
        "’",
        "-",
        "x",
    ]
)
TEXTS = st.lists(_PIECES | st.text(max_size=6), max_size=30).map(" ".join) | st.lists(_PIECES, max_size=30).map("".join)


def _found(matches: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str], str | None]]:
    """Each match's span, the groups that took part (a cut-down master has fewer groups) and its last group."""
    return [(m.span(), {k: v for k, v in m.groupdict().items() if v is not None}, m.lastgroup) for m in matches]


@given(TEXTS, st.sampled_from(PATTERNS), st.integers(0, 200), st.integers(0, 200))
def test_tries_find_what_finditer_finds(text: str, pattern: re.Pattern[str], start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    tries = Tries(text)
    assert _found(tries.finditer(pattern, start, end)) == _found(pattern.finditer(text, start, end))
    assert _found(tries.finditer(pattern)) == _found(pattern.finditer(text))


@given(TEXTS)
def test_the_cut_down_masters_find_what_the_master_finds(text: str) -> None:
    assert _found(_matches(text, VOCAB)) == _found(MASTER.finditer(text))


def test_a_position_is_tried_with_the_scanners_that_can_begin_there() -> None:
    text = "The ban took effect the next day, on Sept. 3, 2021, and ended two days later."
    assert [m.group() for m in _matches(text, VOCAB)] == [m.group() for m in MASTER.finditer(text)]
    assert [m.group() for m in _matches(text, VOCAB)] == ["the next day", "Sept. 3, 2021", "two days later"]


def _longest_first(words: Iterable[str]) -> str:
    """The alternation the tree replaces: the words longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_LETTERS = st.text(alphabet="aestr1 ", min_size=1, max_size=5).map(str.strip).filter(bool)


@given(st.lists(_LETTERS, min_size=1, max_size=12, unique=True), st.text(alphabet="aestr1 .-", max_size=80))
def test_letter_tree_finds_what_the_alternation_finds(words: list[str], text: str) -> None:
    for template in (r"\b(?:{})(?!\w)", r"\b(?:{})"):
        tree = re.compile(template.format(letter_tree(sorted(words))))
        plain = re.compile(template.format(_longest_first(words)))
        assert [(m.start(), m.group()) for m in tree.finditer(text)] == [
            (m.start(), m.group()) for m in plain.finditer(text)
        ]
