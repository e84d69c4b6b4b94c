"""Days counted from another date: "the day before", "two days after", "today", "three years ago"."""

from __future__ import annotations

import datetime as dt
import re

from nkreports.model import Precision

from . import _resolve as rs
from ._event import EVENT_KINDS
from ._govern import spoken_on
from ._scan import Candidate, Kind
from ._vocab import DateVocabulary

__all__ = ["END_OF", "ago", "counts_from_reference", "relative_day", "restated", "vague_today"]

END_OF = re.compile(r"(?i)the\send\sof$")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_NUMBERS |= {"nine": 9, "ten": 10}
_FROM_REF = {"yesterday": -1, "tomorrow": 1, "today": 0, "this morning": 0}


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower(), 1)


def ago(cand: Candidate, anchor: dt.date | None) -> tuple[Precision, dt.date | None]:
    """The precision and day of "three years ago", counted from the anchor."""
    unit = cand.parts["unit"].lower().rstrip("s")
    n = _count(cand.parts["n"])
    precision = {"year": Precision.YEAR, "month": Precision.MONTH}.get(unit, Precision.DAY)
    if anchor is None:
        return precision, None
    if unit == "year":
        return precision, dt.date(anchor.year - n, 1, 1)
    if unit == "month":
        return precision, rs.shift_months(dt.date(anchor.year, anchor.month, 1), -n)
    return precision, anchor - dt.timedelta(days=n)


def counts_from_reference(cand: Candidate) -> bool:
    """Whether *cand* counts from the reference date itself ("yesterday", "today"), not from a date before it."""
    return cand.kind is Kind.REL_DAY and " ".join(cand.parts["rday"].lower().split()) in _FROM_REF


def relative_day(cand: Candidate, ref: dt.date | None, prior: dt.date | None) -> dt.date | None:
    """Days counted from the reference date ("yesterday", "today") or from the date before ("the day before")."""
    phrase = " ".join(cand.parts["rday"].lower().split())
    if phrase in _FROM_REF:
        base = ref
        offset = _FROM_REF[phrase]
    else:
        base = prior
        n = _count(cand.parts["ndays"]) if cand.get("ndays") else 1
        if "same" in phrase or phrase == "that day":
            n = 0
        offset = -n if re.search(r"\b(?:previous|before|earlier)\b", phrase) else n
    return None if base is None else base + dt.timedelta(days=offset)


_APPOSITION = re.compile(r",\s")
_RESTATED_BY = re.compile(r",?\s(?:on\s)?(?:[A-Z][a-z]{2,5}day,?\s)?")


def restated(text: str, candidates: list[Candidate], i: int, values: dict[int, dt.date | None]) -> dt.date | None:
    """A relative day glued to an explicit one names that day: "On May 13, the day after ...",
    "a day after the rally on Sunday, March 9"."""
    c = candidates[i]
    if c.get("ndays") is not None or c.parts["rday"].lower() in _FROM_REF:
        return None
    neighbours = []
    if i > 0 and _APPOSITION.fullmatch(text, candidates[i - 1].end, c.start):
        neighbours.append(candidates[i - 1])
    if i + 1 < len(candidates) and _RESTATED_BY.fullmatch(text, c.end, candidates[i + 1].start):
        neighbours.append(candidates[i + 1])
    for n in neighbours:
        value = values.get(n.start)
        if n.kind in EVENT_KINDS | {Kind.WEEKDAY} and value is not None:
            return value
    return None


_TODAY = frozenset({"today", "this morning"})
_TODAY_EVENT = re.compile(
    r"(?i)\b(?:announced|reported|said|says|told|issued|held|began|started|opened|closed|released|published"
    r"|ordered|declared|convened)\s$"
)


def vague_today(text: str, cand: Candidate, quoted: bool, vocab: DateVocabulary) -> bool:
    """Whether "today" outside a quotation means "nowadays" ("North Korea today") rather than a day.

    Outside quotations it is a day only when an act or a speech verb governs it
    ("told Daily NK today", "announced today") or a clause follows ("today that").
    """
    if cand.kind is not Kind.REL_DAY or quoted or " ".join(cand.parts["rday"].lower().split()) not in _TODAY:
        return False
    if spoken_on(text, cand.start, vocab) or _TODAY_EVENT.search(text, max(0, cand.start - 16), cand.start):
        return False
    return re.match(r",?\s(?:that|to)\b", text[cand.end : cand.end + 8]) is None
