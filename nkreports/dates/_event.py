"""Event dates that "the month" and "this month" count from instead of the anchor.

Two shapes give a month-relative phrase its own reference date:

- a sentence that opens with a speech date, "On Feb. 11, a source told Daily NK,
  “This month ...”": the quotation is dated Feb. 11 (like "told Daily NK on Feb. 11");
- an explicit calendar day earlier in the same sentence, "On Feb. 11, ... ordered
  vendors to register by the end of the month": "the month" is February.
"""

from __future__ import annotations

import re
from functools import cache

from ._scan import Candidate, Kind, _alternation
from ._vocab import DateVocabulary

__all__ = ["EVENT_KINDS", "counts_from_event", "opens_speech"]

_SPEECH_REACH = 80  # most characters from "On Feb. 11," to the speech verb
# Kinds that name a calendar day outright (a weekday or "the 16th" is itself relative).
EVENT_KINDS = frozenset({Kind.NUMERIC, Kind.MONTH_DAY_YEAR, Kind.MONTH_DAY})
_ON_BEFORE = re.compile(r"(?i)\bon\s$")


@cache
def _speech_after(vocab: DateVocabulary) -> re.Pattern[str]:
    verbs = _alternation(vocab.speech_verbs)
    return re.compile(rf"(?i),[^.;!?“”\"\n]{{0,{_SPEECH_REACH}}}\b(?:{verbs})\b")


def opens_speech(text: str, cand: Candidate, vocab: DateVocabulary) -> bool:
    """Whether *cand* is the "On Feb. 11," that opens a sentence whose subject then speaks."""
    if cand.kind not in EVENT_KINDS or not _ON_BEFORE.search(text, max(0, cand.start - 3), cand.start):
        return False
    return _speech_after(vocab).match(text, cand.end) is not None


def counts_from_event(cand: Candidate) -> bool:
    """Whether *cand* is "this month", "the month" or a part of it, which an event date may re-anchor."""
    if cand.kind is not Kind.REL_PERIOD or cand.parts["unit"].lower() != "month":
        return False
    word = (cand.get("rel") or cand.get("rel_the") or "").lower()
    return word in {"this", "the"}
