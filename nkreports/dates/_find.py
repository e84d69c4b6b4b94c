"""find_dates: scan, filter and resolve the date expressions of one text."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterable

import attrs

from nkreports.model import DateValue, PartialDate, PartOfMonth, Precision

from . import _clause_tense as ct
from . import _relative as rl
from . import _resolve as rs
from ._context import Tense, TenseIndex, paragraph_bounds, quote_spans, sentence_bounds
from ._event import EVENT_KINDS, back_step, counts_from_event, last_named, opens_speech, refers_back
from ._govern import Lean, governed_by_order, governing_lean, opening_tense, spoken_on
from ._keep import keep, modifier, speech_before
from ._scan import Candidate, Kind, scan
from ._tries import Tries
from ._vocab import DateVocabulary, default_vocabulary, month_number

__all__ = ["distinct_dates", "find_dates"]

_SPEECH_WINDOW = 80
_SPEECH_PARAGRAPHS = 2  # how far back a quotation set apart may find its speech date
_SENTENCE_END = re.compile(r"[.!?][”\"’)]?\s")
_RANGE_LINK = re.compile(r"\s?(?:[-–]|to|through|until|till|and)\s?", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\bbetween\s$", re.IGNORECASE)
_WEEKDAY_GLUE = re.compile(r",\s?")
# Kinds naming a calendar day, which cannot fail to resolve once an anchor is known.
_CALENDAR_DAYS = frozenset({Kind.NUMERIC, Kind.MONTH_DAY_YEAR, Kind.MONTH_DAY, Kind.ORDINAL})
# Kinds counted from the reference date, which inside a dated quotation is the speech date.
_SPEECH_RELATIVE = frozenset({Kind.REL_PERIOD, Kind.MONTH_REL_YEAR, Kind.ORDINAL, Kind.REL_DAY})


@attrs.frozen
class _Scope:
    """What resolving one text needs besides the candidate: anchor, vocabulary, tense and quotations."""

    text: str
    anchor: dt.date | None
    vocab: DateVocabulary
    tenses: TenseIndex = attrs.field(eq=False)
    quotes: list[tuple[int, int]] = attrs.field(eq=False)
    quote_starts: list[int] = attrs.field(eq=False)

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        """The quotation holding *pos*, if any."""
        i = bisect.bisect_right(self.quote_starts, pos - 1) - 1
        if i >= 0 and self.quotes[i][0] < pos < self.quotes[i][1]:
            return self.quotes[i]
        return None


@attrs.frozen
class _Draft:
    cand: Candidate
    precision: Precision
    value: dt.date | None = None
    modifier: PartOfMonth | None = None
    relative: bool = True
    until: dt.date | None = None


def _speech_dated(scope: _Scope, drafts: list[_Draft]) -> list[_Draft]:
    """The day-precision dates outside quotations that follow a speech verb ("told Daily NK on")."""
    return [
        d
        for d in drafts
        if d.value is not None
        and d.precision is Precision.DAY
        and scope.quote_at(d.cand.start) is None
        and (
            speech_before(scope.text, max(0, d.cand.start - _SPEECH_WINDOW), d.cand.start, scope.vocab)
            or opens_speech(scope.text, d.cand, scope.vocab)
        )
    ]


def _event_date(scope: _Scope, cand: Candidate, drafts: dict[int, _Draft], keys: list[int]) -> dt.date | None:
    """The latest explicit calendar day before *cand* in its sentence, outside quotations.

    *keys* are the drafts' positions, sorted (bisected: no walk over every draft).
    """
    start = sentence_bounds(scope.text, cand.start)[0]
    found: dt.date | None = None
    for pos in keys[bisect.bisect_left(keys, start) : bisect.bisect_left(keys, cand.start)]:
        d = drafts[pos]
        if d.cand.kind in EVENT_KINDS and d.value is not None and scope.quote_at(pos) is None:
            found = d.value
    return found


def _speech_date(scope: _Scope, quote: tuple[int, int], spoken: list[_Draft], starts: list[int]) -> dt.date | None:
    """The day a quotation was spoken: "told ... on May 26" next to it in its paragraph,
    else the latest such date in the two paragraphs before (a quote set in a paragraph of its own).

    *spoken* holds the speech-dated drafts in text order, *starts* their start offsets.
    """
    text = scope.text
    p_start, p_end = paragraph_bounds(text, quote[0])
    back = p_start
    for _ in range(_SPEECH_PARAGRAPHS):
        back = paragraph_bounds(text, max(0, back - 3))[0] if back > 0 else 0
    i = bisect.bisect_left(starts, quote[0]) - 1
    if i >= 0 and starts[i] >= p_start:
        return spoken[i].value
    j = bisect.bisect_left(starts, quote[1])
    if j < len(starts) and starts[j] < p_end and not _SENTENCE_END.search(text, quote[1], starts[j]):
        return spoken[j].value
    if i >= 0 and starts[i] >= back:
        return spoken[i].value
    return None


_PRECISION = {
    Kind.YEAR_END: Precision.MONTH,
    Kind.MONTH_YEAR: Precision.MONTH,
    Kind.MONTH_REL_YEAR: Precision.MONTH,
    Kind.MONTH: Precision.MONTH,
    Kind.YEAR: Precision.YEAR,
}


def _safe_resolve(scope: _Scope, cand: Candidate, ref: dt.date | None, prior: dt.date | None) -> _Draft:
    """:func:`_resolve`, but arithmetic that leaves the calendar (year 0, year 10000) gives ``value=None``."""
    try:
        return _resolve(scope, cand, ref, prior)
    except (ValueError, OverflowError):
        precision = _PRECISION.get(cand.kind, Precision.DAY)
        if cand.kind is Kind.REL_PERIOD:
            precision = Precision.YEAR if cand.parts["unit"].lower() == "year" else Precision.MONTH
        return _Draft(cand, precision)


def _direction(scope: _Scope, cand: Candidate) -> tuple[Tense, bool]:
    """The clause's tense, corrected by the words governing the date itself; and whether it leans forward."""
    if spoken_on(scope.text, cand.start, scope.vocab):
        return Tense.PAST, False
    if ct.in_dateline(scope.text, cand.end):
        return Tense.PAST, False
    tense = scope.tenses.tense(cand.start)
    if tense is Tense.FUTURE:
        return tense, False
    lean = governing_lean(scope.text, cand.start, scope.vocab)
    if lean is Lean.PAST:
        return Tense.PAST, False
    # The tense of the verb after a date that opens its clause, worked out only where it is read.
    if lean is Lean.FORWARD:
        opening = ct.clause_opening_tense(scope.text, cand.start, cand.end, scope.vocab)
        if opening is Tense.FUTURE or ct.certain_future(scope.text, cand.start, cand.end, scope.vocab):
            return Tense.FUTURE, False
        return Tense.NEUTRAL, True
    if tense is Tense.NEUTRAL:
        tense = opening_tense(scope.text, cand.start, cand.end, scope.vocab)
        if tense is Tense.NEUTRAL:
            tense = ct.clause_opening_tense(scope.text, cand.start, cand.end, scope.vocab)
        if tense is Tense.NEUTRAL and ct.simple_past_before(scope.text, cand.start):
            tense = Tense.PAST
        return tense, False
    if tense is Tense.PAST and governed_by_order(
        scope.text, sentence_bounds(scope.text, cand.start)[0], cand.start, scope.vocab
    ):
        return Tense.NEUTRAL, True
    return tense, False


def _resolve(scope: _Scope, cand: Candidate, ref: dt.date | None, prior: dt.date | None) -> _Draft:
    anchor, vocab = scope.anchor, scope.vocab
    kind = cand.kind
    tense, forward = _direction(scope, cand)
    mod = modifier(vocab, cand.get("mod"))
    month = month_number(cand.parts["month"]) if "month" in cand.parts else None
    if kind is Kind.NUMERIC:
        y, m = int(cand.parts["y"]), int(cand.parts["m"])
        d = int(cand.parts.get("dd") or cand.parts["d"])
        if "dd" in cand.parts and m > 12 >= d:  # a month-first numeric date such as 05/22/2024
            m, d = d, m
        return _Draft(cand, Precision.DAY, rs.day_in_month(y, m, d) if m <= 12 else None, relative=False)
    if kind is Kind.MONTH_DAY_YEAR and month:
        y, d = int(cand.parts["y"]), int(cand.parts["d"])
        value = rs.day_in_month(y, month, d)
        until = _range_end(value, cand)
        return _Draft(cand, Precision.DAY, value, relative=False, until=until)
    if kind is Kind.MONTH_DAY and month:
        strict = tense is Tense.FUTURE and ct.certain_future(scope.text, cand.start, cand.end, vocab)
        day = int(cand.parts["d"])
        if anchor is not None and ct.in_dateline(scope.text, cand.end):
            anchor += dt.timedelta(days=ct.DATELINE_LEAD_DAYS)  # a dispatch may carry the next day's date
        value = None if anchor is None else rs.month_day_near(anchor, month, day, tense, forward=forward, strict=strict)
        return _Draft(cand, Precision.DAY, value, until=_range_end(value, cand))
    if kind is Kind.MONTH_YEAR and month:
        return _Draft(cand, Precision.MONTH, dt.date(int(cand.parts["y"]), month, 1), mod, relative=False)
    if kind is Kind.MONTH_REL_YEAR and month:
        value = None if ref is None else dt.date(ref.year + rs.step(cand.get("rel")), month, 1)
        return _Draft(cand, Precision.MONTH, value, mod)
    if kind is Kind.MONTH and month:
        value = None if anchor is None else rs.month_near(anchor, month, tense, cand.get("rel"), forward=forward)
        return _Draft(cand, Precision.MONTH, value, mod)
    if kind is Kind.YEAR_END:  # "by year's end"
        return _Draft(cand, Precision.MONTH, None if ref is None else dt.date(ref.year, 12, 1), PartOfMonth.END)
    if kind is Kind.AGO:  # "three years ago" counts from the anchor
        return _ago(cand, anchor)
    if kind is Kind.REL_PERIOD:
        delta = rs.step(cand.get("rel") or cand.get("rel_the")) + back_step(cand)
        if cand.parts["unit"].lower() == "year":
            if mod is PartOfMonth.END and rl.END_OF.match(cand.get("mod") or ""):  # "the end of the year": December
                return _Draft(cand, Precision.MONTH, None if ref is None else dt.date(ref.year + delta, 12, 1), mod)
            return _Draft(cand, Precision.YEAR, None if ref is None else dt.date(ref.year + delta, 1, 1), mod)
        value = None if ref is None else rs.shift_months(dt.date(ref.year, ref.month, 1), delta)
        return _Draft(cand, Precision.MONTH, value, mod)
    if kind is Kind.ORDINAL and month:  # "the 15th of March (2023)"
        day = 1 if cand.get("first") is not None else int(cand.parts["d"])
        if "y" in cand.parts:
            return _Draft(cand, Precision.DAY, rs.day_in_month(int(cand.parts["y"]), month, day), relative=False)
        value = None if ref is None else rs.month_day_near(ref, month, day, tense, forward=forward)
        return _Draft(cand, Precision.DAY, value)
    if kind is Kind.ORDINAL:
        return _ordinal(cand, ref, tense, forward)
    if kind is Kind.REL_DAY:
        return _relative_day(cand, ref, prior)
    if kind is Kind.YEAR and mod is PartOfMonth.END and rl.END_OF.match(cand.get("mod") or ""):
        return _Draft(cand, Precision.MONTH, dt.date(int(cand.parts["y"]), 12, 1), mod, relative=False)  # end of 2021
    if kind is Kind.YEAR:
        year = int(cand.parts["y"])
        last = cand.get("y2")
        end = None if last is None else int(last) + (year // 100 * 100 if len(last) == 2 else 0)
        until = dt.date(end, 1, 1) if end is not None and end > year else None
        return _Draft(cand, Precision.YEAR, dt.date(year, 1, 1), mod, relative=False, until=until)
    if kind is Kind.WEEKDAY:
        index = vocab.weekdays.index(cand.parts["wd"])
        word = (cand.get("rel") or "").lower()
        if word in {"next", "coming"}:
            tense, forward = Tense.FUTURE, False
        elif word == "last":
            anchor = None if anchor is None else anchor - dt.timedelta(days=1)
            tense, forward = Tense.PAST, False
        value = None if anchor is None else rs.weekday_near(anchor, index, tense, forward=forward)
        return _Draft(cand, Precision.DAY, value)
    return _Draft(cand, Precision.DAY)


def _range_end(value: dt.date | None, cand: Candidate) -> dt.date | None:
    end_day = cand.get("d2") or cand.get("d3")
    if value is None or end_day is None:
        return None
    end = rs.day_in_month(value.year, value.month, int(end_day))
    return end if end is not None and end > value else None


def _ordinal(cand: Candidate, ref: dt.date | None, tense: Tense, forward: bool) -> _Draft:
    day = 1 if cand.get("first") is not None else int(cand.parts["d"])
    if ref is None:
        return _Draft(cand, Precision.DAY)
    if cand.get("rel") is not None:
        month = rs.shift_months(dt.date(ref.year, ref.month, 1), rs.step(cand.get("rel")))
        return _Draft(cand, Precision.DAY, rs.day_in_month(month.year, month.month, day))
    return _Draft(cand, Precision.DAY, rs.latest_ordinal(ref, day, tense, forward=forward))


def _ago(cand: Candidate, anchor: dt.date | None) -> _Draft:
    precision, value = rl.ago(cand, anchor)
    return _Draft(cand, precision, value)


def _relative_day(cand: Candidate, ref: dt.date | None, prior: dt.date | None) -> _Draft:
    return _Draft(cand, Precision.DAY, rl.relative_day(cand, ref, prior))


def _restated(text: str, candidates: list[Candidate], i: int, drafts: dict[int, _Draft]) -> _Draft | None:
    # Only the two neighbours' values are read (not a copy of every draft's).
    near = (candidates[j].start for j in (i - 1, i + 1) if 0 <= j < len(candidates))
    values = {k: drafts[k].value for k in near if k in drafts}
    value = rl.restated(text, candidates, i, values)
    return None if value is None else _Draft(candidates[i], Precision.DAY, value)


def _to_value(text: str, d: _Draft) -> DateValue:
    value = None if d.value is None else PartialDate.from_date(d.value, d.precision)
    until = None if d.until is None else PartialDate.from_date(d.until, d.precision)
    return DateValue(
        start=d.cand.start,
        end=d.cand.end,
        text=text[d.cand.start : d.cand.end],
        precision=d.precision,
        value=value,
        modifier=d.modifier,
        relative=d.relative,
        until=until,
    )


def find_dates(text: str, anchor: dt.date | None, *, vocabulary: DateVocabulary | None = None) -> tuple[DateValue, ...]:
    """Every date expression in *text*, in text order, resolved against *anchor*.

    Expressions that need an anchor keep their text and precision with
    ``value=None`` when *anchor* is ``None``.  See :doc:`dates` for the rules.

    >>> [(d.text, d.iso()) for d in find_dates("A source told Daily NK on Tuesday.", dt.date(2021, 12, 23))]
    [('Tuesday', '2021-12-21')]
    """
    vocab = vocabulary or default_vocabulary()
    tries = Tries(text)
    candidates = _drop_named_weekdays(text, [c for c in scan(text, vocab, tries) if keep(text, c, vocab)])
    quotes = quote_spans(text)
    tenses = TenseIndex(text, vocab, [c.start for c in candidates], tries)
    scope = _Scope(text, anchor, vocab, tenses, quotes, [q[0] for q in quotes])
    candidates = [c for c in candidates if not rl.vague_today(text, c, scope.quote_at(c.start) is not None, vocab)]
    drafts: dict[int, _Draft] = {}
    # Pass 1: everything outside quotations, and what does not depend on who speaks.
    for c in candidates:
        if refers_back(c):
            continue
        if c.kind is Kind.REL_DAY:
            if scope.quote_at(c.start) is None and rl.counts_from_reference(c):
                # "told Daily NK yesterday": known now, so it can date the quotation it introduces
                drafts[c.start] = _safe_resolve(scope, c, anchor, None)
            continue
        if c.kind in _SPEECH_RELATIVE and scope.quote_at(c.start) is not None:
            continue
        if counts_from_event(c) and scope.quote_at(c.start) is None:
            continue
        drafts[c.start] = _safe_resolve(scope, c, anchor, None)
    # "by the end of the month" after an explicit event date in its sentence counts from that date.
    keys = sorted(drafts)
    for c in candidates:
        if c.start in drafts or c.kind is Kind.REL_DAY or refers_back(c) or scope.quote_at(c.start) is not None:
            continue
        drafts[c.start] = _safe_resolve(scope, c, _event_date(scope, c, drafts, keys) or anchor, None)
        bisect.insort(keys, c.start)
    # Pass 2: relative expressions inside quotations count from the quotation's own date.
    speakers = _Speakers(scope, _speech_dated(scope, [drafts[k] for k in sorted(drafts)]))
    for c in candidates:
        if c.kind is Kind.REL_DAY or c.start in drafts or refers_back(c):
            continue
        drafts[c.start] = _safe_resolve(scope, c, speakers.reference(c), None)
    # "that month", "that year": the last date named before them (else the anchor).
    keys = sorted(drafts)
    for c in candidates:
        if refers_back(c):
            # The drafts before it, latest first (bisected: no sort of every draft per expression).
            earlier = (drafts[keys[j]] for j in range(bisect.bisect_left(keys, c.start) - 1, -1, -1))
            value = last_named(c, earlier)
            if c.start not in drafts:
                bisect.insort(keys, c.start)
            drafts[c.start] = _safe_resolve(scope, c, value or anchor, None)
    _date_glued_weekdays(scope, drafts)
    # Pass 3: "the previous day" / "the next day" against the latest day before them, in text order.
    prior: dt.date | None = None
    for i, c in enumerate(candidates):
        if c.kind is Kind.REL_DAY:
            drafts[c.start] = _restated(text, candidates, i, drafts) or _safe_resolve(
                scope, c, speakers.reference(c), prior
            )
        draft = drafts[c.start]
        if draft.value is not None and draft.precision is Precision.DAY:
            prior = draft.value
    _frame_years(scope, drafts)
    _date_glued_weekdays(scope, drafts)
    kept = [drafts[k] for k in sorted(drafts) if not _impossible(drafts[k], anchor)]
    return tuple(_to_value(text, d) for d in _join_ranges(text, kept))


_OPENING_YEAR = re.compile(r"[“\"‘]?(?:(?:in|during|throughout|back in)\s)?", re.IGNORECASE)
_FRAMED = frozenset({Kind.MONTH, Kind.MONTH_DAY})


def _opening_year(scope: _Scope, cand: Candidate, drafts: dict[int, _Draft], keys: list[int]) -> int | None:
    """The year an opening phrase sets for the rest of its sentence ("In 2022, ...", "Last year, ...").

    *keys* are the drafts' positions, sorted.
    """
    start = sentence_bounds(scope.text, cand.start)[0]
    i = bisect.bisect_left(keys, start)
    first = drafts[keys[i]] if i < len(keys) and keys[i] < cand.start else None
    if first is None or first.value is None or first.precision is not Precision.YEAR or first.until is not None:
        return None
    if not _OPENING_YEAR.fullmatch(scope.text, start, first.cand.start):
        return None
    return first.value.year if scope.text.startswith(",", first.cand.end) else None


def _frame_years(scope: _Scope, drafts: dict[int, _Draft]) -> None:
    """Put a month or month-day without a year into the year its sentence opened with."""
    keys = sorted(drafts)
    for pos in keys:
        d = drafts[pos]
        if d.value is None or d.cand.kind not in _FRAMED or d.cand.get("rel") is not None:
            continue
        year = _opening_year(scope, d.cand, drafts, keys)
        if year is None or year == d.value.year:
            continue
        value = rs.day_in_month(year, d.value.month, d.value.day)
        until = None if d.until is None else rs.day_in_month(year, d.until.month, d.until.day)
        if value is not None:
            drafts[pos] = attrs.evolve(d, value=value, until=until)


# A weekday before a full date is the date's own label; before a month and day ("on Saturday, April 28")
# it is written as a date of its own, as answer keys list it.
_DATED_DAYS = frozenset({Kind.NUMERIC, Kind.MONTH_DAY_YEAR})


def _date_glued_weekdays(scope: _Scope, drafts: dict[int, _Draft]) -> None:
    """Give "Saturday" in "on Saturday, April 28" the day it labels, when that day is a Saturday."""
    order = sorted(drafts)
    for a, b in itertools.pairwise(order):
        day, date = drafts[a], drafts[b]
        if day.cand.kind is not Kind.WEEKDAY or date.cand.kind is not Kind.MONTH_DAY or date.value is None:
            continue
        if not _WEEKDAY_GLUE.fullmatch(scope.text, day.cand.end, date.cand.start):
            continue
        if scope.vocab.weekdays.index(day.cand.parts["wd"]) == date.value.weekday():
            drafts[a] = attrs.evolve(day, value=date.value)


def _drop_named_weekdays(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Leave out a weekday that only names the day of the full date after it ("Sunday, 15 January 2023")."""
    dropped = {
        c.start
        for c, nxt in itertools.pairwise(candidates)
        if c.kind is Kind.WEEKDAY and nxt.kind in _DATED_DAYS and _WEEKDAY_GLUE.fullmatch(text, c.end, nxt.start)
    }
    return [c for c in candidates if c.start not in dropped]


def _join_ranges(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """Give the start of "from Aug. 3 to Aug. 7" (or "between 2015 and 2017") the other end as ``until``."""
    out = list(drafts)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.until is not None or a.value is None or b.value is None or a.precision is not b.precision:
            continue
        end = b.value
        if b.cand.get("linked") is not None and end <= a.value:  # "from November to January"
            end = rs.shift_months(end, 12)
            out[i + 1] = attrs.evolve(b, value=end)
        link = text[a.cand.end : b.cand.start]
        if not _RANGE_LINK.fullmatch(link) or end <= a.value:
            continue
        if link.strip().lower() == "and" and not _RANGE_OPEN.search(text, max(0, a.cand.start - 9), a.cand.start):
            continue
        out[i] = attrs.evolve(a, until=end)
    return out


def _impossible(draft: _Draft, anchor: dt.date | None) -> bool:
    """A day that no calendar has ("Feb. 30", "2023.13.02"): not a date after all."""
    if draft.value is not None or draft.cand.kind not in _CALENDAR_DAYS:
        return False
    return anchor is not None or not draft.relative


@attrs.define
class _Speakers:
    """Speech-dated drafts, looked up per quotation (each quotation's date is found once)."""

    scope: _Scope
    spoken: list[_Draft]
    starts: list[int] = attrs.field(init=False)
    found: dict[tuple[int, int], dt.date | None] = attrs.field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        self.starts = [d.cand.start for d in self.spoken]

    def reference(self, cand: Candidate) -> dt.date | None:
        """The date *cand* counts from: its quotation's speech date, else the anchor."""
        quote = self.scope.quote_at(cand.start)
        if quote is None:
            return self.scope.anchor
        if quote not in self.found:
            self.found[quote] = _speech_date(self.scope, quote, self.spoken, self.starts)
        return self.found[quote] or self.scope.anchor


def distinct_dates(dates: Iterable[DateValue]) -> tuple[DateValue, ...]:
    """The first occurrence of each distinct (text, value) pair, as answer keys list them."""
    seen: set[tuple[str, str | None]] = set()
    out: list[DateValue] = []
    for d in dates:
        key = (" ".join(d.text.split()), d.iso())
        if key not in seen:
            seen.add(key)
            out.append(d)
    return tuple(out)
