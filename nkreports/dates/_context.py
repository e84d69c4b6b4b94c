"""What surrounds a position in the text: its clause's tense, quotations, paragraphs."""

from __future__ import annotations

import bisect
import enum
import re
from collections.abc import Iterable
from functools import cache

from ._scan import _alternation
from ._tries import Tries
from ._vocab import DateVocabulary, default_vocabulary

__all__ = ["Tense", "is_future_context", "quote_spans", "tense_at"]

_PARAGRAPH_REACH = 2000  # a "paragraph" without breaks is cut off this far from the position
_LOOKBACK = 240  # characters searched back for a clause start
#: ``[.!?][”"’)]?\s{1,3}(?=[“"‘A-Z])|\n|[,;:“”"]|\bthat\b`` (the same matches), written to open with one
#: character class, so the regex engine skips the characters outside it without trying each alternative there.
_BOUNDARY = re.compile(r"[.!?\n,;:“”\"t](?:(?<=[.!?])[”\"’)]?\s{1,3}(?=[“\"‘A-Z])|(?<=[\n,;:“”\"])|(?<=\bt)hat\b)")
_QUOTE = re.compile(r"“[^“”\n]{0,4000}(?:”|$)|\"[^\"\n]{0,4000}(?:\"|$)", re.MULTILINE)


class Tense(enum.StrEnum):
    """The time a clause speaks about, as far as its cue words tell."""

    PAST = "past"
    FUTURE = "future"
    NEUTRAL = "neutral"


@cache
def _cues(vocab: DateVocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    # "had expected to", "had planned to": a past expectation, not a future event
    future = re.compile(rf"(?i)(?=\w)(?<!\bhad\s)\b(?:{_alternation(vocab.future_cues)})(?!\w)")
    past = re.compile(rf"(?i)(?=\w)\b(?:{_alternation(vocab.past_cues)})\b")
    return future, past


def clause_start(text: str, position: int) -> int:
    """Where the clause holding *position* begins (sentence start, comma, quote mark or "that")."""
    lo = max(0, position - _LOOKBACK)
    start = lo
    for m in _BOUNDARY.finditer(text, lo, position):
        start = m.end()
    return start


def _windows(length: int, positions: Iterable[int] | None) -> list[tuple[int, int]]:
    """The stretches a tense lookup at *positions* can see, merged; the whole text when ``None``."""
    if positions is None:
        return [(0, length)]
    merged: list[tuple[int, int]] = []
    for pos in sorted(positions):
        lo, hi = max(0, pos - _LOOKBACK), min(length, pos)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


class TenseIndex:
    """Clause boundaries and tense cues of a text, found once and looked up by position.

    With *positions*, only the stretches that lookups at those positions can see are indexed; *tries* is
    the text's :class:`~._tries.Tries` when the caller has one already (one lower-casing of the text).
    """

    def __init__(
        self,
        text: str,
        vocabulary: DateVocabulary | None = None,
        positions: Iterable[int] | None = None,
        tries: Tries | None = None,
    ) -> None:
        vocab = vocabulary or default_vocabulary()
        future, past = _cues(vocab)
        self._bounds: list[int] = []
        self._future: list[tuple[int, int]] = []
        self._past: list[tuple[int, int]] = []
        tries = tries or Tries(text)
        for lo, hi in _windows(len(text), positions):
            self._bounds += [m.end() for m in _BOUNDARY.finditer(text, lo, hi)]
            self._future += [(m.start(), m.end()) for m in tries.finditer(future, lo, hi)]
            self._past += [(m.start(), m.end()) for m in tries.finditer(past, lo, hi)]
        self._future_ends = [e for _, e in self._future]
        self._past_ends = [e for _, e in self._past]
        self._lo = 0

    def _clause_start(self, position: int) -> int:
        i = bisect.bisect_right(self._bounds, position) - 1
        floor = max(self._lo, position - _LOOKBACK)
        return max(floor, self._bounds[i]) if i >= 0 else floor

    @staticmethod
    def _last(cues: list[tuple[int, int]], ends: list[int], start: int, position: int) -> int:
        i = bisect.bisect_right(ends, position) - 1
        return cues[i][1] if i >= 0 and cues[i][0] >= start else -1

    def tense(self, position: int) -> Tense:
        """The tense at *position* (see :func:`tense_at`)."""
        start = self._clause_start(position)
        last_future = self._last(self._future, self._future_ends, start, position)
        last_past = self._last(self._past, self._past_ends, start, position)
        if last_future < 0 and last_past < 0:
            return Tense.NEUTRAL
        return Tense.FUTURE if last_future > last_past else Tense.PAST


def tense_at(text: str, position: int, vocabulary: DateVocabulary | None = None) -> Tense:
    """The tense of the clause leading up to *position*; the cue word closest to it wins.

    >>> tense_at("The briefing will be held on Jan. 5.", 29)
    <Tense.FUTURE: 'future'>
    >>> tense_at("The order was issued on Dec. 15.", 24)
    <Tense.PAST: 'past'>
    """
    position = max(0, min(position, len(text)))
    return TenseIndex(text, vocabulary, [position]).tense(position)


def is_future_context(text: str, position: int, vocabulary: DateVocabulary | None = None) -> bool:
    """Whether *position* sits in a clause about the future ("will", "scheduled", "goes into effect")."""
    return tense_at(text, position, vocabulary) is Tense.FUTURE


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation; an unclosed one runs to the end of its paragraph."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def paragraph_bounds(text: str, position: int) -> tuple[int, int]:
    """(start, end) of the paragraph (block) holding *position*, at most ``_PARAGRAPH_REACH`` either way."""
    lo = max(0, position - _PARAGRAPH_REACH)
    hi = min(len(text), position + _PARAGRAPH_REACH)
    start = text.rfind("\n\n", lo, position)
    end = text.find("\n\n", position, hi)
    return (lo if start < 0 else start + 2), (hi if end < 0 else end)


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """(start, end) of the sentence holding *position*, approximately."""
    lo = max(0, position - _LOOKBACK)
    start = lo
    for m in _SENTENCE.finditer(text, lo, position):
        start = m.end()
    after = _SENTENCE.search(text, position, min(len(text), position + _LOOKBACK))
    return start, (after.start() + 1 if after else min(len(text), position + _LOOKBACK))


#: ``[.!?][”"’)]?\s{1,3}(?=[“"‘A-Z])|\n``, opening with one character class (as _BOUNDARY; same matches).
_SENTENCE = re.compile(r"[.!?\n](?:(?<=[.!?])[”\"’)]?\s{1,3}(?=[“\"‘A-Z])|(?<=\n))")
