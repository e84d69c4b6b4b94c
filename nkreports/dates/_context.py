"""What surrounds a position in the text: its clause's tense, quotations, paragraphs."""

from __future__ import annotations

import enum
import re
from functools import cache

from ._scan import _alternation
from ._vocab import DateVocabulary, default_vocabulary

__all__ = ["Tense", "is_future_context", "quote_spans", "tense_at"]

_LOOKBACK = 240  # characters searched back for a clause start
_BOUNDARY = re.compile(r"[.!?][”\"’)]?\s{1,3}(?=[“\"‘A-Z])|\n|[,;:“”\"]|\bthat\b")
_QUOTE = re.compile(r"“[^“”\n]{0,4000}(?:”|$)|\"[^\"\n]{0,4000}(?:\"|$)", re.MULTILINE)


class Tense(enum.StrEnum):
    """The time a clause speaks about, as far as its cue words tell."""

    PAST = "past"
    FUTURE = "future"
    NEUTRAL = "neutral"


@cache
def _cues(vocab: DateVocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    future = re.compile(rf"(?i)\b(?:{_alternation(vocab.future_cues)})(?!\w)")
    past = re.compile(rf"(?i)\b(?:{_alternation(vocab.past_cues)})\b")
    return future, past


def clause_start(text: str, position: int) -> int:
    """Where the clause holding *position* begins (sentence start, comma, quote mark or "that")."""
    lo = max(0, position - _LOOKBACK)
    start = lo
    for m in _BOUNDARY.finditer(text, lo, position):
        start = m.end()
    return start


def tense_at(text: str, position: int, vocabulary: DateVocabulary | None = None) -> Tense:
    """The tense of the clause leading up to *position*; the cue word closest to it wins.

    >>> tense_at("The briefing will be held on Jan. 5.", 29)
    <Tense.FUTURE: 'future'>
    >>> tense_at("The order was issued on Dec. 15.", 24)
    <Tense.PAST: 'past'>
    """
    vocab = vocabulary or default_vocabulary()
    position = max(0, min(position, len(text)))
    start = clause_start(text, position)
    future, past = _cues(vocab)
    last_future = max((m.end() for m in future.finditer(text, start, position)), default=-1)
    last_past = max((m.end() for m in past.finditer(text, start, position)), default=-1)
    if last_future < 0 and last_past < 0:
        return Tense.NEUTRAL
    return Tense.FUTURE if last_future > last_past else Tense.PAST


def is_future_context(text: str, position: int, vocabulary: DateVocabulary | None = None) -> bool:
    """Whether *position* sits in a clause about the future ("will", "scheduled", "goes into effect")."""
    return tense_at(text, position, vocabulary) is Tense.FUTURE


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation; an unclosed one runs to the end of its paragraph."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def paragraph_bounds(text: str, position: int) -> tuple[int, int]:
    """(start, end) of the paragraph (block) holding *position*."""
    start = text.rfind("\n\n", 0, position)
    end = text.find("\n\n", position)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """(start, end) of the sentence holding *position*, approximately."""
    lo = max(0, position - _LOOKBACK)
    start = lo
    for m in _SENTENCE.finditer(text, lo, position):
        start = m.end()
    after = _SENTENCE.search(text, position, min(len(text), position + _LOOKBACK))
    return start, (after.start() + 1 if after else min(len(text), position + _LOOKBACK))


_SENTENCE = re.compile(r"[.!?][”\"’)]?\s{1,3}(?=[“\"‘A-Z])|\n")
