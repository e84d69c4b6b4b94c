"""Calendar arithmetic for date expressions, done with dateutil's ``relativedelta``.

Each function takes the reference date (the anchor, or a quotation's own
date) and the tense of the clause, and returns a full ``datetime.date`` or
``None`` when the parts do not make a real day.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from ._context import Tense

__all__ = [
    "day_in_month",
    "latest_ordinal",
    "month_day_near",
    "month_near",
    "nearest",
    "shift_months",
    "weekday_near",
]

_AHEAD_DAYS = 92  # without a tense cue, a date this close ahead may still be meant; farther ones are past
_FUTURE_GRACE_DAYS = 14  # "goes into effect on April 1" printed on April 3 still means that April 1
_RELATIVE_STEP = {"last": -1, "this": 0, "next": 1, "the": 0}


def step(word: str | None) -> int:
    """-1, 0 or 1 for "last", "this", "next" (and "the", as in "the end of the month")."""
    return _RELATIVE_STEP.get((word or "this").lower(), 0)


def day_in_month(year: int, month: int, day: int) -> dt.date | None:
    """The date, or ``None`` when the month has no such day."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def shift_months(ref: dt.date, months: int) -> dt.date:
    """*ref* moved by whole calendar months (the day is clamped)."""
    result: dt.date = ref + relativedelta(months=months)
    return result


def nearest(candidates: list[dt.date], ref: dt.date) -> dt.date:
    """The candidate nearest *ref*; of two equally near, the later one."""
    return min(candidates, key=lambda c: (abs((c - ref).days), c < ref))


def weekday_near(ref: dt.date, index: int, tense: Tense, *, forward: bool = False) -> dt.date:
    """The weekday *index* (0 = Monday): the latest on or before *ref*, or the next after it in the future.

    With *forward* ("by Friday", "from Monday") the nearer of the two, the later one on a tie.
    """
    after = ref + dt.timedelta(days=1)
    ahead = after + dt.timedelta(days=(index - after.weekday()) % 7)
    back = ref - dt.timedelta(days=(ref.weekday() - index) % 7)
    if forward:
        return nearest([back, ahead], ref)
    return ahead if tense is Tense.FUTURE else back


def _choose(
    candidates: list[dt.date], ref: dt.date, tense: Tense, forward: bool = False, *, strict: bool = False
) -> dt.date | None:
    if not candidates:
        return None
    if forward:
        return nearest(candidates, ref)
    if tense is Tense.PAST:
        past = [c for c in candidates if c <= ref]
        if past:
            return max(past)
    elif tense is Tense.FUTURE:
        future = [c for c in candidates if c >= ref - dt.timedelta(days=0 if strict else _FUTURE_GRACE_DAYS)]
        if future:
            return min(future)
    soon = [c for c in candidates if ref < c <= ref + dt.timedelta(days=_AHEAD_DAYS)]
    past = [c for c in candidates if c <= ref]
    if past and not soon:
        return max(past)
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref))


def month_day_near(
    ref: dt.date, month: int, day: int, tense: Tense, *, forward: bool = False, strict: bool = False
) -> dt.date | None:
    """Month and day without a year: the occurrence nearest *ref* that fits the tense.

    In the future a date up to two weeks before *ref* still counts ("goes into effect on April 1"
    printed on April 3), unless *strict* (a modal future: "will start on March 1" is never past).
    """
    years = (ref.year - 1, ref.year, ref.year + 1)
    candidates = [d for d in (day_in_month(y, month, day) for y in years) if d is not None]
    return _choose(candidates, ref, tense, forward, strict=strict)


def month_near(
    ref: dt.date, month: int, tense: Tense, relative: str | None = None, *, forward: bool = False
) -> dt.date:
    """First day of the month named without a year ("in February", "last December")."""
    here = dt.date(ref.year, ref.month, 1)
    candidates = [dt.date(y, month, 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
    word = (relative or "").lower()
    if word == "last":
        return max(c for c in candidates if c < here)
    if word == "next":
        return min(c for c in candidates if c > here)
    if word == "this":
        return dt.date(ref.year, month, 1)
    chosen = _choose(candidates, here, tense, forward)
    return chosen if chosen is not None else candidates[1]


def latest_ordinal(ref: dt.date, day: int, tense: Tense, *, forward: bool = False) -> dt.date | None:
    """ "the 16th": the latest such day on or before *ref* (the next one in the future).

    With *forward* ("by the 15th") the nearer of the two.
    """
    if forward:
        both = [d for d in (latest_ordinal(ref, day, t) for t in (Tense.PAST, Tense.FUTURE)) if d is not None]
        return nearest(both, ref) if both else None
    direction = 1 if tense is Tense.FUTURE else -1
    for k in range(13):
        month = shift_months(dt.date(ref.year, ref.month, 1), direction * k)
        found = day_in_month(month.year, month.month, day)
        if found is None:
            continue
        if (direction < 0 and found <= ref) or (direction > 0 and found >= ref):
            return found
    return None
