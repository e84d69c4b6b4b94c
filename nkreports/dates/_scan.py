"""Compiled scanners that find candidate date expressions (no resolution here).

One pattern per expression kind, compiled once per vocabulary.  Every
repetition is bounded and no quantified group contains another quantifier, so
scanning is linear in the text.  Overlaps are settled by taking the earliest,
then the longest, match.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import attrs

from nkreports._starts import Starts, starts_of

from ._tries import Tries
from ._vocab import DateVocabulary

__all__ = ["Candidate", "Kind", "scan"]

_YEAR = r"(?:1[89]|20)\d\d"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)"
_YEAR_END = r"(?!\d|,\d|s\b|[-–]\d)"
# a second year joined to a first one: "between 2015 and 2017", "from 2019 to 2021"
_AFTER_YEAR = "(?:" + "|".join(rf"(?<=\d\d\d\d\s{w}\s)" for w in ("and", "or", "to", "until", "through")) + ")"
_SEP = r"(?:-\s?|\s)"  # after a modifier: "mid-September", "late February"
# the event a "day after" counts from when the text names it ("a day after the event")
_EVENT = r"(?:event|meeting|incident|summit|holiday|announcement|order|lecture|attack|inspection|decision|accident)"


class Kind(enum.StrEnum):
    """What shape a candidate has; decides how it is resolved."""

    NUMERIC = "numeric"  # 2014-04-09, 2023.05.10, 29/01/2023
    MONTH_DAY_YEAR = "month_day_year"  # March 9, 2014 / 2 September 2016
    MONTH_DAY = "month_day"  # Aug. 3-7, December 5
    MONTH_YEAR = "month_year"  # August 2020
    MONTH_REL_YEAR = "month_rel_year"  # June last year
    MONTH = "month"  # late February, in August, last December
    REL_PERIOD = "rel_period"  # late last month, this year, that month (the last date named)
    REL_DAY = "rel_day"  # yesterday, the next day, that same day, two days after, today
    AGO = "ago"  # three years ago, two months ago
    YEAR_END = "year_end"  # year's end
    ORDINAL = "ordinal"  # the 16th, the 25th of last month
    YEAR = "year"  # since 2017, as of late 2023
    WEEKDAY = "weekday"  # Tuesday


@attrs.frozen
class Candidate:
    """One match: its kind, where it sits and the named parts that matched."""

    kind: Kind
    start: int
    end: int
    parts: dict[str, str] = attrs.field(hash=False, eq=False)

    def get(self, name: str) -> str | None:
        """The text of part *name*, or ``None`` when it did not take part."""
        return self.parts.get(name)


def _phrase(phrase: str) -> str:
    return r"\s".join(re.escape(word) for word in phrase.split())


def _alternation(phrases: Iterable[str]) -> str:
    return "|".join(_phrase(p) for p in sorted(set(phrases), key=len, reverse=True))


@attrs.frozen
class _Scanner:
    kind: Kind
    pattern: str
    span_group: str | None = None  # the group the span starts at (a leading cue is left out)
    modifier: str = "no"  # "no", "may" (a modifier before the match joins it) or "must" (kept only with one)


def _month(vocab: DateVocabulary, *, abbreviations: bool = True) -> str:
    names = list(vocab.months)
    abbr = (
        [rf"{re.escape(a)}\.?" for a in sorted(vocab.month_abbreviations, key=len, reverse=True)]
        if abbreviations
        else []
    )
    full = [re.escape(m) for m in sorted(names, key=len, reverse=True)]
    return r"(?<![A-Za-z])(?:" + "|".join(full + abbr) + r")(?![A-Za-z])"


@cache
def _scanners(vocab: DateVocabulary) -> tuple[_Scanner, ...]:
    month = _month(vocab)
    full_month = _month(vocab, abbreviations=False)
    mods = _alternation(m for m, _ in vocab.modifiers)
    mod = rf"(?:(?P<mod>(?i:{mods})){_SEP})"
    cued_year = rf"(?P<yspan>{mod}?(?P<y>{_YEAR})(?:[-–](?P<y2>{_YEAR}|\d\d)(?![\d-]))?){_YEAR_END}"
    rel = r"(?P<rel>(?i:last|this|next))"
    rel_year = r",?\s(?:of\s)?(?i:last|this|next)\s(?i:year)"
    weekdays = "|".join(re.escape(w) for w in vocab.weekdays)
    month_cues = _alternation(vocab.month_cues)
    year_cues = _alternation(vocab.year_cues)
    no_num_after = r"(?!\d|[.,:]\d)"
    table: list[tuple[Any, ...]] = [
        (
            Kind.NUMERIC,
            rf"(?<![\w./-])(?P<y>{_YEAR})(?P<sep>[-./])(?P<m>[01]?\d)(?P=sep)(?P<d>{_DAY})(?![\w]|[./-]\d)",
            None,
        ),
        (
            Kind.NUMERIC,
            rf"(?<![\w./-])(?P<dd>{_DAY})(?P<sep>[/.])(?P<m>{_DAY})(?P=sep)(?P<y>{_YEAR})(?![\w]|[./-]\d)",
            None,
        ),
        (
            Kind.MONTH_DAY_YEAR,
            rf"(?P<month>{month})\s(?P<d>{_DAY}){_ORD}?(?:\s?[-–]\s?(?P<d2>{_DAY}))?[,.]?\s(?P<y>{_YEAR})(?!\d)",
            None,
        ),
        (
            Kind.MONTH_DAY_YEAR,
            rf"(?<![\w,.])(?P<d>{_DAY}){_ORD}?\s(?P<month>{month}),?\s(?P<y>{_YEAR})(?!\d)",
            None,
        ),
        (
            Kind.MONTH_DAY,
            rf"(?P<month>{month})\s(?P<d>{_DAY}){_ORD}?"
            rf"(?:\s?[-–]\s?(?P<d2>{_DAY})|\s(?:to|through|until)\s(?P<d3>{_DAY})(?![\d:]))?{no_num_after}",
            None,
        ),
        (Kind.MONTH_DAY, rf"(?<![\w,.])(?P<d>{_DAY}){_ORD}?\s(?:of\s)?(?P<month>{month})", None),
        (Kind.MONTH_YEAR, rf"(?P<month>{month}),?\s(?:of\s)?(?P<y>{_YEAR})(?!\d)", None, "may"),
        (Kind.MONTH_REL_YEAR, rf"(?P<month>{month}),?\s(?:of\s)?{rel}\s(?i:year)\b", None, "may"),
        (Kind.MONTH, rf"(?P<month>{month})", None, "must"),
        (
            Kind.MONTH,
            rf"\b(?P<rel>(?i:last|this|next))\s(?P<month>{full_month})(?!,?\s(?:of\s)?(?:{_YEAR}|{_DAY})(?!\d))",
            None,
        ),
        (
            Kind.MONTH,
            rf"\b(?i:{month_cues})\s(?P<bare>(?P<month>{full_month}))(?!\s?\d|,?\s(?:of\s)?{_YEAR}|{rel_year})",
            "bare",
            "may",
        ),
        (
            Kind.REL_PERIOD,
            r"(?<!\bthe\s)\b(?:(?P<rel_that>(?i:that(?:\ssame)?|the\s(?:same|following|previous)))"
            rf"|(?P<rel_the>(?i:the))|{rel})"
            r"\s(?P<unit>(?i:month|year))\b",
            None,
            "may",
        ),
        (
            Kind.REL_DAY,
            r"\b(?P<rday>(?i:yesterday|tomorrow|today(?![’']s)|this\smorning|the\s(?:previous|next|following)\sday"
            r"|(?:that|the)\ssame\sday|that\sday(?!\s(?:of|when|that|on|in)\b)"
            r"|(?:the|a|one)\sday\s(?:before|after)(?:\sthe\s"
            + _EVENT
            + r"\b|(?=\s?[,.;)”\"]|\s(?:that|when|and|but)\b))"
            r"|(?<=,\s)(?:the|a)\sday\s(?:before|after)"
            r"|(?:a|one)\sday\s(?:earlier|later)"
            r"|(?<!around\s)(?<!about\s)(?<!within\s)(?<!for\s)(?<!some\s)(?<!than\s)(?<!nearly\s)"
            r"(?P<ndays>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\sdays\s(?:before|after|earlier|later)"
            r"(?:\sthe\s" + _EVENT + r"\b)?))\b",
            None,
        ),
        (Kind.YEAR_END, r"\b(?i:year)[’'](?i:s)\s(?i:end)\b", None),
        (
            Kind.AGO,
            r"(?<!than\s)(?<!over\s)\b(?P<n>(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s(?P<unit>(?i:years?|months?|days?))"
            r"\sago\b",
            None,
        ),
        (
            Kind.ORDINAL,
            rf"\b(?i:the)\s(?:(?P<d>{_DAY}){_ORD}|(?P<first>(?i:first)))"
            rf"(?:\s(?:of\s)?(?P<rel>(?i:last|this|next))\s(?i:month)\b"
            rf"|\sof\s(?P<month>{full_month})(?:,?\s(?P<y>{_YEAR})(?!\d))?)?",
            None,
        ),
        (
            Kind.YEAR,
            rf"\b(?i:{year_cues})\s{cued_year}",
            "yspan",
            "may",
        ),
        (Kind.YEAR, rf"{_AFTER_YEAR}(?P<y>{_YEAR}){_YEAR_END}", None),
        (Kind.YEAR, rf"\b(?P<y>{_YEAR}){_YEAR_END}", None, "must"),
        (Kind.WEEKDAY, rf"\b(?:(?P<rel>(?i:last|this|next|coming))\s)?(?P<wd>{weekdays})\b", None),
    ]
    return tuple(_Scanner(row[0], row[1], *row[2:]) for row in table)


@cache
def _master(vocab: DateVocabulary) -> tuple[re.Pattern[str], tuple[_Scanner, ...]]:
    """All scanners as one alternation (earlier rows win at the same position), tried only at word starts."""
    scanners = _scanners(vocab)
    return re.compile(r"(?=\w)\b(?:" + "|".join(_alternatives(scanners)) + ")"), scanners


def _alternatives(scanners: tuple[_Scanner, ...]) -> list[str]:
    """Each scanner's pattern as one alternative of the master: its groups renamed ``a{i}_...`` inside ``a{i}``."""
    alternatives = []
    for i, scanner in enumerate(scanners):
        pattern = _GROUP.sub(rf"(?P<a{i}_\1>", scanner.pattern)
        pattern = _BACKREF.sub(rf"(?P=a{i}_\1)", pattern)
        alternatives.append(f"(?P<a{i}>{pattern})")
    return alternatives


@cache
def _own_groups(vocab: DateVocabulary) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Each scanner's named groups in the master (``a{i}_...``) and as the scanner names them, in pattern order.

    A match's parts are read from its scanner's own groups, not from every group of the master.
    """
    found = []
    for i, scanner in enumerate(_scanners(vocab)):
        names = tuple(sorted(re.compile(scanner.pattern).groupindex.items(), key=lambda item: item[1]))
        found.append((tuple(f"a{i}_{name}" for name, _ in names), tuple(name for name, _ in names)))
    return tuple(found)


_GROUP = re.compile(r"\(\?P<(\w+)>")
_BACKREF = re.compile(r"\(\?P=(\w+)\)")


@attrs.frozen(eq=False)
class _Masters:
    """The master pattern cut down to the scanners that can begin with a given start word or prefix.

    At a position where a text's word is ``the``, only the scanners whose
    matches can begin with ``the`` are tried, in the master's order (so the
    same scanner wins); elsewhere, the whole master.
    """

    full: re.Pattern[str]
    by_start: dict[str, re.Pattern[str]]


@cache
def _masters(vocab: DateVocabulary) -> _Masters:
    master, scanners = _master(vocab)
    full_starts = starts_of(master)
    if full_starts is None:
        return _Masters(master, {})
    alternatives = _alternatives(scanners)
    starts = [starts_of(re.compile(r"(?=\w)\b(?:" + a + ")")) for a in alternatives]
    keys = [*full_starts.words, *full_starts.prefixes, *full_starts.chars]

    def can_begin(s: Starts | None, key: str) -> bool:
        if s is None:
            return True
        if key in s.chars or key.startswith(s.prefixes) or key in s.words:
            return True
        # a prefix key stands for every word that begins with it
        return key in full_starts.prefixes and any(w.startswith(key) or key.startswith(w) for w in s.words)

    by_start: dict[str, re.Pattern[str]] = {}
    for key in keys:
        chosen = "|".join(a for a, s in zip(alternatives, starts, strict=True) if can_begin(s, key))
        by_start[key] = re.compile(r"(?=\w)\b(?:" + chosen + ")" if chosen else "(?!)")
    return _Masters(master, by_start)


def _matches(text: str, vocab: DateVocabulary, tries: Tries | None = None) -> Iterator[re.Match[str]]:
    """``finditer`` of the master, each position tried with the scanners that can begin there.

    *tries* is the text's :class:`Tries`, when the caller has one already.
    """
    masters = _masters(vocab)
    tries = tries or Tries(text)
    if not tries.readable(masters.full):
        yield from tries.finditer(masters.full)
        return
    last = 0
    full = masters.full.match
    by_start = {key: pattern.match for key, pattern in masters.by_start.items()}
    for at, key in tries.positions(masters.full):
        if at < last:
            continue
        m = by_start.get(key, full)(text, at)
        if m is not None:
            yield m
            last = m.end()


@cache
def _modifier_before(vocab: DateVocabulary) -> re.Pattern[str]:
    mods = _alternation(m for m, _ in vocab.modifiers)
    return re.compile(rf"\b(?P<mod>(?i:{mods})){_SEP}$")


_MOD_WINDOW = 24
_LINK = re.compile(r"\s(?:and|or|to|through|until|till)\s|\s?[-–]\s?", re.IGNORECASE)


def _linked(text: str, found: list[Candidate], start: int) -> bool:
    """Whether a bare month name at *start* is joined to the month just before it ("May and June")."""
    if not found or "month" not in found[-1].parts or found[-1].end >= start:
        return False
    return _LINK.fullmatch(text, found[-1].end, start) is not None


def scan(text: str, vocab: DateVocabulary, tries: Tries | None = None) -> list[Candidate]:
    """Every candidate in *text*, non-overlapping, in text order (*tries*: the text's :class:`Tries`, if made)."""
    found: list[Candidate] = []
    before = _modifier_before(vocab)
    scanners = _scanners(vocab)
    own = _own_groups(vocab)
    for m in _matches(text, vocab, tries):
        i = int(str(m.lastgroup)[1:])  # the scanner's own group closes last
        scanner = scanners[i]
        full, short = own[i]
        values = [m.group(g) for g in full]
        parts = {name: value for name, value in zip(short, values, strict=True) if value is not None}
        start = m.start(f"a{i}_{scanner.span_group}") if scanner.span_group else m.start()
        if scanner.modifier != "no" and "mod" not in parts:
            joined = before.search(text, max(0, start - _MOD_WINDOW), start)
            if joined is not None:
                start = joined.start()
                parts["mod"] = joined.group("mod")
            elif scanner.modifier == "must" and not _linked(text, found, start):
                continue
            elif scanner.modifier == "must":
                parts["linked"] = text[found[-1].end : start]
        found.append(Candidate(scanner.kind, start, m.end(), parts))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Candidate] = []
    last_end = -1
    for cand in found:
        if cand.start >= last_end and cand.end > cand.start:
            kept.append(cand)
            last_end = cand.end
    return kept
