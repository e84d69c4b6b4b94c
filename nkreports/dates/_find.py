"""find_dates: scan, filter and resolve the date expressions of one text."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache

import attrs

from nkreports.model import DateValue, PartialDate, PartOfMonth, Precision

from . import _resolve as rs
from ._context import Tense, paragraph_bounds, quote_spans, sentence_bounds, tense_at
from ._scan import Candidate, Kind, _alternation, scan
from ._vocab import DateVocabulary, default_vocabulary, month_number

__all__ = ["distinct_dates", "find_dates"]

_CHROME_WINDOW = 40
_SPEECH_WINDOW = 80
_SPEECH_GAP = 60  # most characters between a speech verb and its date ("told Daily NK on")
_SPEECH_PARAGRAPHS = 2  # how far back a quotation set apart may find its speech date
_NEXT_WORD = re.compile(r"\s{1,3}([A-Za-z][\w-]{0,30})")
_SENTENCE_END = re.compile(r"[.!?][”\"’)]?\s")
_PUNCT_AFTER = re.compile(r"\s?[,.;:)!?…”\"’]|\s?$")
# Kinds counted from the reference date, which inside a dated quotation is the speech date.
_SPEECH_RELATIVE = frozenset({Kind.REL_PERIOD, Kind.MONTH_REL_YEAR, Kind.ORDINAL, Kind.REL_DAY})


@attrs.frozen
class _Draft:
    cand: Candidate
    precision: Precision
    value: dt.date | None = None
    modifier: PartOfMonth | None = None
    relative: bool = True
    until: dt.date | None = None


@cache
def _filters(vocab: DateVocabulary) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    chrome = re.compile(rf"(?i)(?:{_alternation(vocab.chrome_cues)})\W{{0,3}}(?:[A-Za-z]{{3,9}},?\s{{1,2}})?$")
    habitual = re.compile(rf"(?i)\b(?:{_alternation(vocab.habitual_cues)})\b")
    passive = r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    speech = re.compile(rf"(?i){passive}\b(?:{_alternation(vocab.speech_verbs)})\b[^.,;:!?“”\"\n]{{0,{_SPEECH_GAP}}}$")
    units = re.compile(rf"(?i)\s(?:{_alternation(vocab.unit_words)})\b")
    return chrome, habitual, speech, units


def _modifier(vocab: DateVocabulary, word: str | None) -> PartOfMonth | None:
    if not word:
        return None
    key = " ".join(word.lower().split())
    return dict(vocab.modifiers).get(key)


def _keep(text: str, cand: Candidate, vocab: DateVocabulary) -> bool:
    chrome, habitual, _speech, units = _filters(vocab)
    line_start = max(text.rfind("\n", 0, cand.start) + 1, cand.start - _CHROME_WINDOW)
    if chrome.search(text, line_start, cand.start):
        return False
    if cand.kind is Kind.MONTH and cand.get("rel") is None:
        start, end = sentence_bounds(text, cand.start)
        if habitual.search(text, start, end):
            return False
    if cand.kind is Kind.REL_PERIOD and cand.get("rel_the") is not None and cand.get("mod") is None:
        return False
    if cand.kind is Kind.YEAR and units.match(text, cand.end):
        return False
    if cand.kind in {Kind.MONTH_DAY, Kind.MONTH_DAY_YEAR}:
        nxt = _NEXT_WORD.match(text, cand.end)
        if nxt is not None and nxt.group(1) in vocab.name_heads:
            return False
    if cand.kind is Kind.WEEKDAY and cand.get("rel") is None:
        before = text[max(0, cand.start - 8) : cand.start].lower().split()
        if before and before[-1] in vocab.recurrence_words:
            return False
    if cand.kind is Kind.ORDINAL and cand.get("rel") is None:
        return _ordinal_is_day(text, cand, vocab)
    return True


def _ordinal_is_day(text: str, cand: Candidate, vocab: DateVocabulary) -> bool:
    if cand.get("first") is not None:
        return text[max(0, cand.start - 3) : cand.start].lower() == "on " and bool(_PUNCT_AFTER.match(text, cand.end))
    nxt = _NEXT_WORD.match(text, cand.end)
    if nxt is None:
        return True
    word = nxt.group(1)
    if word.lower() == "of":
        after = _NEXT_WORD.match(text, nxt.end())
        return after is None or after.group(1).lower() not in vocab.recurrence_words
    return not word[0].isupper() and word.lower() not in vocab.ordinal_blockers


def _quote_at(quotes: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    return next((q for q in quotes if q[0] < pos < q[1]), None)


def _inside(quotes: list[tuple[int, int]], pos: int) -> bool:
    return _quote_at(quotes, pos) is not None


def _speech_date(
    text: str, quote: tuple[int, int], drafts: list[_Draft], quotes: list[tuple[int, int]], vocab: DateVocabulary
) -> dt.date | None:
    """The day a quotation was spoken: "told ... on May 26" next to it in its paragraph,
    else the latest such date in the two paragraphs before (a quote set in a paragraph of its own).
    """
    speech = _filters(vocab)[2]
    p_start, p_end = paragraph_bounds(text, quote[0])
    back = p_start
    for _ in range(_SPEECH_PARAGRAPHS):
        back = paragraph_bounds(text, max(0, back - 3))[0] if back > 0 else 0
    before: dt.date | None = None
    after: dt.date | None = None
    earlier: dt.date | None = None
    for d in drafts:
        c = d.cand
        if d.value is None or d.precision is not Precision.DAY or not back <= c.start < p_end:
            continue
        if _inside(quotes, c.start):
            continue
        if not speech.search(text, max(0, c.start - _SPEECH_WINDOW), c.start):
            continue
        if c.start < p_start:
            earlier = d.value
        elif c.end <= quote[0]:
            before = d.value
        elif c.start >= quote[1] and after is None and not _SENTENCE_END.search(text, quote[1], c.start):
            after = d.value
    return before or after or earlier


_PRECISION = {
    Kind.MONTH_YEAR: Precision.MONTH,
    Kind.MONTH_REL_YEAR: Precision.MONTH,
    Kind.MONTH: Precision.MONTH,
    Kind.YEAR: Precision.YEAR,
}


def _safe_resolve(
    text: str,
    cand: Candidate,
    *,
    anchor: dt.date | None,
    ref: dt.date | None,
    vocab: DateVocabulary,
    prior: dt.date | None,
) -> _Draft:
    """:func:`_resolve`, but arithmetic that leaves the calendar (year 0, year 10000) gives ``value=None``."""
    try:
        return _resolve(text, cand, anchor=anchor, ref=ref, vocab=vocab, prior=prior)
    except (ValueError, OverflowError):
        precision = _PRECISION.get(cand.kind, Precision.DAY)
        if cand.kind is Kind.REL_PERIOD:
            precision = Precision.YEAR if cand.parts["unit"].lower() == "year" else Precision.MONTH
        return _Draft(cand, precision)


def _resolve(
    text: str,
    cand: Candidate,
    *,
    anchor: dt.date | None,
    ref: dt.date | None,
    vocab: DateVocabulary,
    prior: dt.date | None,
) -> _Draft:
    kind = cand.kind
    tense = tense_at(text, cand.start, vocab)
    mod = _modifier(vocab, cand.get("mod"))
    month = month_number(cand.parts["month"]) if "month" in cand.parts else None
    if kind is Kind.NUMERIC:
        y, m, d = int(cand.parts["y"]), int(cand.parts["m"]), int(cand.parts["d"])
        if m > 12 >= d:  # a month-first numeric date such as 05/22/2024
            m, d = d, m
        return _Draft(cand, Precision.DAY, rs.day_in_month(y, m, d) if m <= 12 else None, relative=False)
    if kind is Kind.MONTH_DAY_YEAR and month:
        y, d = int(cand.parts["y"]), int(cand.parts["d"])
        value = rs.day_in_month(y, month, d)
        until = _range_end(value, cand)
        return _Draft(cand, Precision.DAY, value, relative=False, until=until)
    if kind is Kind.MONTH_DAY and month:
        value = None if anchor is None else rs.month_day_near(anchor, month, int(cand.parts["d"]), tense)
        return _Draft(cand, Precision.DAY, value, until=_range_end(value, cand))
    if kind is Kind.MONTH_YEAR and month:
        return _Draft(cand, Precision.MONTH, dt.date(int(cand.parts["y"]), month, 1), mod, relative=False)
    if kind is Kind.MONTH_REL_YEAR and month:
        value = None if ref is None else dt.date(ref.year + rs.step(cand.get("rel")), month, 1)
        return _Draft(cand, Precision.MONTH, value, mod)
    if kind is Kind.MONTH and month:
        value = None if anchor is None else rs.month_near(anchor, month, tense, cand.get("rel"))
        return _Draft(cand, Precision.MONTH, value, mod)
    if kind is Kind.REL_PERIOD:
        delta = rs.step(cand.get("rel") or cand.get("rel_the"))
        if cand.parts["unit"].lower() == "year":
            return _Draft(cand, Precision.YEAR, None if ref is None else dt.date(ref.year + delta, 1, 1), mod)
        value = None if ref is None else rs.shift_months(dt.date(ref.year, ref.month, 1), delta)
        return _Draft(cand, Precision.MONTH, value, mod)
    if kind is Kind.ORDINAL:
        return _ordinal(cand, ref, tense)
    if kind is Kind.REL_DAY:
        return _relative_day(cand, ref, prior)
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
            tense = Tense.FUTURE
        elif word == "last":
            anchor = None if anchor is None else anchor - dt.timedelta(days=1)
            tense = Tense.PAST
        return _Draft(cand, Precision.DAY, None if anchor is None else rs.weekday_near(anchor, index, tense))
    return _Draft(cand, Precision.DAY)


def _range_end(value: dt.date | None, cand: Candidate) -> dt.date | None:
    end_day = cand.get("d2") or cand.get("d3")
    if value is None or end_day is None:
        return None
    end = rs.day_in_month(value.year, value.month, int(end_day))
    return end if end is not None and end > value else None


def _ordinal(cand: Candidate, ref: dt.date | None, tense: Tense) -> _Draft:
    day = 1 if cand.get("first") is not None else int(cand.parts["d"])
    if ref is None:
        return _Draft(cand, Precision.DAY)
    if cand.get("rel") is not None:
        month = rs.shift_months(dt.date(ref.year, ref.month, 1), rs.step(cand.get("rel")))
        return _Draft(cand, Precision.DAY, rs.day_in_month(month.year, month.month, day))
    return _Draft(cand, Precision.DAY, rs.latest_ordinal(ref, day, tense))


def _relative_day(cand: Candidate, ref: dt.date | None, prior: dt.date | None) -> _Draft:
    phrase = " ".join(cand.parts["rday"].lower().split())
    if phrase in {"yesterday", "tomorrow"}:
        base = ref
        offset = -1 if phrase == "yesterday" else 1
    else:
        base = prior
        offset = -1 if "previous" in phrase else 1
    return _Draft(cand, Precision.DAY, None if base is None else base + dt.timedelta(days=offset))


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
    candidates = [c for c in scan(text, vocab) if _keep(text, c, vocab)]
    quotes = quote_spans(text)
    drafts: dict[int, _Draft] = {}
    # Pass 1: everything outside quotations, and what does not depend on who speaks.
    for c in candidates:
        if c.kind is Kind.REL_DAY or (c.kind in _SPEECH_RELATIVE and _inside(quotes, c.start)):
            continue
        drafts[c.start] = _safe_resolve(text, c, anchor=anchor, ref=anchor, vocab=vocab, prior=None)
    # Pass 2: relative expressions inside quotations count from the quotation's own date.
    ordered = [drafts[k] for k in sorted(drafts)]
    for c in candidates:
        if c.kind is Kind.REL_DAY or c.start in drafts:
            continue
        quote = _quote_at(quotes, c.start)
        spoken = None if quote is None else _speech_date(text, quote, ordered, quotes, vocab)
        drafts[c.start] = _safe_resolve(text, c, anchor=anchor, ref=spoken or anchor, vocab=vocab, prior=None)
    # Pass 3: "the previous day" / "the next day" against the latest day before them.
    for c in candidates:
        if c.kind is not Kind.REL_DAY:
            continue
        prior = max(
            (d for d in drafts.values() if d.cand.start < c.start and d.value and d.precision is Precision.DAY),
            key=lambda d: d.cand.start,
            default=None,
        )
        quote = _quote_at(quotes, c.start)
        spoken = (
            None if quote is None else _speech_date(text, quote, [drafts[k] for k in sorted(drafts)], quotes, vocab)
        )
        drafts[c.start] = _safe_resolve(
            text, c, anchor=anchor, ref=spoken or anchor, vocab=vocab, prior=None if prior is None else prior.value
        )
    return tuple(_to_value(text, drafts[k]) for k in sorted(drafts))


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
