"""Where the date patterns can begin in one text, found by the regex engine instead of a loop over its words.

:func:`nkreports._starts.find_all` walks every word of a text in Python and
tries a pattern where a word can begin a match.  On a long text that walk is
most of the date scanner's cost.  :class:`Tries` finds the same words with one
regular expression over the lower-cased text (a start word is matched in lower
case, as ``find_all`` compares it), so Python only visits the few words that
can begin a match.  :meth:`Tries.finditer` returns exactly what
``regex.finditer(text, start, end)`` returns (a property test compares them);
a text whose lower-cased form does not line up with it character for character,
or a pattern whose start cannot be read, is searched by ``find_all``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from heapq import merge
from itertools import chain

from nkreports._letter_trees import letter_tree
from nkreports._memo import by_identity
from nkreports._starts import find_all, starts_of

__all__ = ["Tries"]

# A word holding a non-ASCII letter is always tried (find_all leaves its case folding to the regex engine).
# ``[^\W\x00-\x7f]\w*``, opening with a plain character range: the engine skips ASCII text at once.
_NON_ASCII = re.compile(r"[^\x00-\x7f](?<=[^\W\x00-\x7f])\w*")
_WORD = re.compile(r"\w")
# Lower-casing these changes the length of the text or turns them into ASCII letters (İ, the Kelvin sign).
_MISALIGNED = re.compile("[\u0130\u212a]")
_START = re.Match.start
_GROUP = re.Match.group
_END = re.Match.end


def _trigger_of(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern matching (in the lower-cased text) where a match of *regex* can begin; ``None`` if unreadable."""
    starts = starts_of(regex)
    if starts is None:
        return None
    alternatives = []
    if starts.words:
        # One whole word follows a word start, so the tree finds the same word the alternation finds.
        alternatives.append(rf"\b(?:{letter_tree(sorted(starts.words))})(?!\w)")
    if starts.prefixes:
        alternatives.append(rf"\b(?:{letter_tree(sorted(starts.prefixes))})")
    if starts.chars:
        alternatives.append(f"[{re.escape(starts.chars)}]")
    return re.compile("|".join(alternatives) or "(?!)")


_trigger = by_identity(_trigger_of, limit=256)
""":func:`_trigger_of`, remembered by the identity of the pattern: a ``functools.cache`` would hash the pattern's
whole program on every lookup (microseconds; the tense index looks its cue patterns up twice per stretch)."""


def _non_ascii_words(text: str, start: int, stop: int) -> list[int]:
    """Where the words of text[start:stop] that hold a non-ASCII letter begin (a word cut by *start* at *start*)."""
    found = []
    for m in _NON_ASCII.finditer(text, start, stop):
        at = m.start()
        while at > start and _WORD.match(text, at - 1):
            at -= 1
        found.append(at)
    return found


class Tries:
    """One text, lower-cased once, for finding several patterns in it."""

    __slots__ = ("_lowered", "_run_ends", "_run_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._lowered = text.lower() if not _MISALIGNED.search(text) else None
        # The runs of word characters from a non-ASCII letter on, found once: a stretch that meets none of them
        # holds no non-ASCII letter, so its words need no search of their own (see _non_ascii_in).
        runs = list(_NON_ASCII.finditer(text))
        self._run_starts = list(map(_START, runs))
        self._run_ends = list(map(_END, runs))

    def _non_ascii_in(self, start: int, stop: int) -> list[int]:
        """:func:`_non_ascii_words` of text[start:stop], searched only when a non-ASCII run meets the stretch."""
        i = bisect_right(self._run_ends, start)
        if i == len(self._run_ends) or self._run_starts[i] >= stop:
            return []
        return _non_ascii_words(self._text, start, stop)

    def positions(self, regex: re.Pattern[str], start: int = 0, end: int | None = None) -> Iterator[tuple[int, str]]:
        """Where a match of *regex* in text[start:end] can begin, in order, each with the (lower-case) start word
        or prefix found there; ``""`` where any match can begin.  Empty when the start of *regex* cannot be read."""
        trigger = _trigger(regex)
        if trigger is None or self._lowered is None:
            return iter(())
        stop = len(self._text) if end is None else end
        # The places and words are read off the matches by the interpreter's own loops (map), not one Python
        # step per match.
        hits = list(trigger.finditer(self._lowered, start, stop))
        found: Iterator[tuple[int, str]] = zip(map(_START, hits), map(_GROUP, hits), strict=True)
        others = self._non_ascii_in(start, stop)
        if others:
            found = merge(found, ((at, "") for at in others))
        # A word cut by *start* is a word for find_all too: its first position is always tried.
        return chain(((start, ""),), found)

    def readable(self, regex: re.Pattern[str]) -> bool:
        """Whether :meth:`positions` can tell where *regex* can begin in this text."""
        return self._lowered is not None and _trigger(regex) is not None

    def finditer(self, regex: re.Pattern[str], start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """``regex.finditer(text, start, end)``, trying *regex* only where a match can begin."""
        text = self._text
        if not self.readable(regex):
            yield from find_all(regex, text, start, end)
            return
        stop = len(text) if end is None else end
        match = regex.match
        last = start
        for at, _ in self.positions(regex, start, stop):
            if at < last:
                continue
            m = match(text, at, stop)
            if m is not None:
                yield m
                last = m.end()
