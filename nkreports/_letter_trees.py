"""Patterns for sets of words written as trees of their letters: the regex engine tries each letter once."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["letter_tree"]


def _escaped(char: str, _before: str) -> str:
    return re.escape(char)


def letter_tree(words: Sequence[str], spell: Callable[[str, str], str] = _escaped, before: str = "") -> str:
    """One alternation of *words*, a tree of their letters: each letter is tried once.

    A word that is the beginning of another is optional in it and greedy
    (``sep(?:t(?:ember)?)?``), so the longest word wins, as in an alternation of
    the words longest first.  *spell* writes one letter as a pattern, given the
    letters *before* it on its branch (by default the letter itself, escaped).

    >>> letter_tree(["the", "today", "to"])
    't(?:h(?:e)|o(?:d(?:a(?:y)))?)'
    """
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[:1], []).append(word[1:])
    parts = []
    for head, tails in sorted(heads.items()):
        if not head:
            continue
        inner = letter_tree([t for t in tails if t], spell, before + head)
        letter = spell(head, before)
        parts.append(f"{letter}(?:{inner}){'?' if '' in tails else ''}" if inner else letter)
    return "|".join(parts)
