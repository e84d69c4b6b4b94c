"""The word that governs a date directly ("from May", "by Friday", "began on May 3").

A clause's tense cue can sit far from its date: in "the committee ordered every
farm to send workers from early May" the past "ordered" is about the order, not
about May.  A preposition that opens a period or sets a deadline ("from",
"starting", "by", "until") governs the date itself and makes it lean forward,
unless a past verb governs the preposition in turn ("ran from", "began on").
"""

from __future__ import annotations

import enum
import re
from functools import cache

from ._scan import _alternation
from ._vocab import DateVocabulary

__all__ = ["Lean", "governing_lean"]

_WINDOW = 48  # characters before a date searched for its governing words


class Lean(enum.Enum):
    """What the words right before a date say about its direction."""

    NONE = "none"  # nothing governs the date directly: the clause's tense decides
    FORWARD = "forward"  # "from", "by", "until" with no past verb: the nearest occurrence, ties forward
    PAST = "past"  # a past verb governs the date or its preposition ("began on", "ran from")


@cache
def _patterns(vocab: DateVocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    preps = _alternation(vocab.forward_prepositions)
    # "was from May", but not "was extended to": a phrase with a verb of its own governs the date itself
    plain = _alternation(p for p in vocab.forward_prepositions if " " not in p)
    verbs = _alternation(vocab.past_governors)
    forward = re.compile(rf"(?i)(?<![\w-])(?:{preps})\s(?:on\s|the\s)?$")
    past = re.compile(rf"(?i)(?<![\w-])(?:{verbs})\s(?:(?:{plain})\s)?(?:on\s|in\s|the\s)?$")
    return forward, past


def governing_lean(text: str, start: int, vocab: DateVocabulary) -> Lean:
    """The :class:`Lean` the words right before the date at *start* give it."""
    lo = max(0, start - _WINDOW)
    forward, past = _patterns(vocab)
    if past.search(text, lo, start):
        return Lean.PAST
    if forward.search(text, lo, start):
        return Lean.FORWARD
    return Lean.NONE
