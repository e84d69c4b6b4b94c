"""A letter tree matches what an alternation of its words, longest first, matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from nkreports._letter_trees import letter_tree

_WORDS = st.lists(st.text(alphabet="abc .’-", min_size=1, max_size=5), min_size=1, max_size=10, unique=True)


@given(_WORDS, st.text(alphabet="abc .’-x", max_size=30))
def test_tree_takes_the_longest_word_at_each_place(words: list[str], text: str) -> None:
    tree = re.compile(letter_tree(words))
    longest_first = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    for at in range(len(text) + 1):
        found, expected = tree.match(text, at), longest_first.match(text, at)
        assert (found and found.group()) == (expected and expected.group())


def test_spell_writes_each_letter_knowing_what_comes_before_it() -> None:
    seen: list[tuple[str, str]] = []

    def spell(char: str, before: str) -> str:
        seen.append((char, before))
        return re.escape(char.upper())

    assert letter_tree(["ab", "a"], spell) == "A(?:B)?"
    assert sorted(seen) == [("a", ""), ("b", "a")]
