"""Event dates that "the month" and "this month" count from instead of the anchor.

Two shapes give a month-relative phrase its own reference date:

- a sentence that opens with a speech date, "On Feb. 11, a source told Daily NK,
  “This month ...”": the quotation is dated Feb. 11 (like "told Daily NK on Feb. 11");
- an explicit calendar day earlier in the same sentence, "On Feb. 11, ... ordered
  vendors to register by the end of the month": "the month" is February.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache
from typing import Protocol

from nkreports.model import Precision

from ._scan import Candidate, Kind, _alternation
from ._vocab import DateVocabulary

__all__ = ["EVENT_KINDS", "back_step", "counts_from_event", "last_named", "opens_speech", "refers_back"]

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


def refers_back(cand: Candidate) -> bool:
    """Whether *cand* is "that month", "that year", "the same year" or "the following year",
    which the last date named anchors."""
    return cand.kind is Kind.REL_PERIOD and cand.get("rel_that") is not None


def back_step(cand: Candidate) -> int:
    """Units a back-reference moves from the date it refers to: 1 for "the following year", -1 for "the previous"."""
    words = (cand.get("rel_that") or "").lower()
    return 1 if "following" in words or "next" in words else -1 if "previous" in words else 0


class _Resolved(Protocol):
    @property
    def cand(self) -> Candidate: ...
    @property
    def value(self) -> dt.date | None: ...
    @property
    def precision(self) -> Precision: ...


def last_named(cand: Candidate, earlier: Iterable[_Resolved]) -> dt.date | None:
    """The value of the last date before *cand* ("In October 2023 ... later that month") fine enough for its unit.

    *earlier* are the dates resolved so far before *cand*, latest first.
    """
    fine = {Precision.DAY, Precision.MONTH} if cand.parts["unit"].lower() == "month" else set(Precision)
    for d in earlier:
        if d.value is not None and d.precision in fine:
            return d.value
    return None
