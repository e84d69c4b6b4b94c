"""The words date expressions are built from, as small named tables.

Every table is a field of :class:`DateVocabulary`; an outlet with its own
phrasing builds a variant with :meth:`DateVocabulary.extend` and passes it to
``find_dates``.  Month names are looked up through a python-dateutil
``parserinfo`` subclass so outlet abbreviations ("Sept.") resolve like the
standard ones.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import attrs
from dateutil import parser as du_parser

from nkreports.model import PartOfMonth

__all__ = ["DateVocabulary", "NewsParserInfo", "default_vocabulary"]


class NewsParserInfo(du_parser.parserinfo):
    """dateutil ``parserinfo`` that also knows news-style month abbreviations ("Sept.")."""

    MONTHS: list[tuple[str, str] | tuple[str, str, str]] = [  # noqa: RUF012 (dateutil reads it from the class)
        ("Jan", "January"),
        ("Feb", "February"),
        ("Mar", "March"),
        ("Apr", "April"),
        ("May", "May"),
        ("Jun", "June"),
        ("Jul", "July"),
        ("Aug", "August"),
        ("Sep", "Sept", "September"),
        ("Oct", "October"),
        ("Nov", "November"),
        ("Dec", "December"),
    ]


@cache
def _parserinfo() -> NewsParserInfo:
    return NewsParserInfo()


def month_number(name: str) -> int | None:
    """The month a name or abbreviation stands for ("Sept." -> 9), else ``None``."""
    found: int | None = _parserinfo().month(name.rstrip(".").strip())
    return found


def _words(*items: str) -> tuple[str, ...]:
    return tuple(items)


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


def _pairs(value: Any) -> tuple[tuple[str, PartOfMonth], ...]:
    items = value.items() if isinstance(value, dict) else value
    return tuple((str(k), PartOfMonth(v)) for k, v in items)


@attrs.frozen(kw_only=True, cache_hash=True)
class DateVocabulary:
    """Named word tables for date expressions; hashable, so scanners can be cached per vocabulary.

    The hash is worked out once (``cache_hash``): the cached pattern tables are looked up
    by vocabulary for every date found, and hashing every table each time cost more than the lookup.

    Phrases are plain words (a single space stands for any one whitespace
    character); they are escaped before they go into a pattern.
    """

    months: tuple[str, ...] = attrs.field(converter=_tuple)
    """Month names (full forms)."""
    month_abbreviations: tuple[str, ...] = attrs.field(converter=_tuple)
    """Abbreviations written with an optional full stop ("Aug", "Sept")."""
    weekdays: tuple[str, ...] = attrs.field(converter=_tuple)
    """Monday first, as dateutil counts them."""
    modifiers: tuple[tuple[str, PartOfMonth], ...] = attrs.field(converter=_pairs)
    """Phrases narrowing a month or year ("late", "mid-", "the end of")."""
    month_cues: tuple[str, ...] = attrs.field(converter=_tuple)
    """Words that make a bare month name a date ("in February")."""
    year_cues: tuple[str, ...] = attrs.field(converter=_tuple)
    """Words that make a bare four-digit year a date ("since 2017")."""
    future_cues: tuple[str, ...] = attrs.field(converter=_tuple)
    """Phrases that put what follows in the future ("will", "goes into effect")."""
    past_cues: tuple[str, ...] = attrs.field(converter=_tuple)
    """Phrases that put what follows in the past ("told", "was")."""
    habitual_cues: tuple[str, ...] = attrs.field(converter=_tuple)
    """Words that make a month name habitual, not a date ("usually")."""
    chrome_cues: tuple[str, ...] = attrs.field(converter=_tuple)
    """Page-chrome labels whose dates are not article dates ("Last Updated")."""
    speech_verbs: tuple[str, ...] = attrs.field(converter=_tuple)
    """Verbs that give a quotation its own date ("told ... on May 26")."""
    unit_words: tuple[str, ...] = attrs.field(converter=_tuple)
    """Words after a number that make it a quantity, not a year ("won")."""
    ordinal_blockers: tuple[str, ...] = attrs.field(converter=_tuple)
    """Nouns after "the 16th" that make it an ordinal, not a day ("anniversary")."""
    name_heads: tuple[str, ...] = attrs.field(converter=_tuple)
    """Words after a month and day that make them part of a name ("the August 3 Movement")."""
    recurrence_words: tuple[str, ...] = attrs.field(converter=_tuple)
    """Words before a weekday or after an ordinal that make it recurring ("every")."""
    forward_prepositions: tuple[str, ...] = attrs.field(converter=_tuple)
    """Words that open a period or set a deadline right before a date ("from", "by", "until")."""
    past_governors: tuple[str, ...] = attrs.field(converter=_tuple)
    """Past verbs that, right before a date or its preposition, keep it in the past ("began", "ran")."""
    order_verbs: tuple[str, ...] = attrs.field(converter=_tuple)
    """Verbs of ordering whose infinitive governs a later date ("ordered farms to send workers in May")."""

    def extend(self, **tables: Any) -> DateVocabulary:
        """A copy with extra entries appended to the named tables."""
        changes: dict[str, Any] = {}
        for name, extra in tables.items():
            current = getattr(self, name)
            extra_items = tuple(extra.items()) if isinstance(extra, dict) else tuple(extra)
            changes[name] = current + extra_items
        return attrs.evolve(self, **changes)


@cache
def default_vocabulary() -> DateVocabulary:
    """The vocabulary for English-language North Korea reporting."""
    return DateVocabulary(
        months=_words(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),
        month_abbreviations=_words("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"),
        weekdays=_words("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        modifiers={
            "the beginning of": PartOfMonth.EARLY,
            "the start of": PartOfMonth.EARLY,
            "the middle of": PartOfMonth.MID,
            "the end of": PartOfMonth.END,
            "earlier": PartOfMonth.EARLY,
            "early": PartOfMonth.EARLY,
            "later": PartOfMonth.LATE,
            "late": PartOfMonth.LATE,
            "mid": PartOfMonth.MID,
        },
        month_cues=_words(
            "in",
            "since",
            "until",
            "till",
            "by",
            "from",
            "for",
            "during",
            "through",
            "of",
            "before",
            "after",
            "between",
            "starting",
            "beginning",
            "effective",
        ),
        year_cues=_words(
            "in",
            "since",
            "until",
            "till",
            "by",
            "from",
            "of",
            "during",
            "through",
            "throughout",
            "before",
            "after",
            "as of",
            "around",
            "between",
            "circa",
        ),
        future_cues=_words(
            "will",
            "won’t",
            "won't",
            "shall",
            "scheduled",
            "set for",
            "set to",
            "due to",
            "going to",
            "is to",
            "are to",
            "plans to",
            "plan to",
            "planning to",
            "intend to",
            "planned for",
            "take effect",
            "takes effect",
            "go into effect",
            "goes into effect",
            "come into force",
            "comes into force",
            "from next",
            "upcoming",
            "starts",
            "begins",
            "applies",
            "runs until",
            "lasts until",
            "is due",
            "are due",
            "expected to",
            "likely to",
            "aims to",
            "intends to",
            "deadline",
        ),
        past_cues=_words(
            "said",
            "told",
            "reported",
            "added",
            "noted",
            "explained",
            "was",
            "were",
            "had",
            "did",
            "issued",
            "ordered",
            "took",
            "began",
            "started",
            "adopted",
            "came",
            "went",
            "ago",
            "arrived",
            "rose",
            "fell",
            "happened",
            "occurred",
            "died",
            "jumped",
            "soared",
            "surged",
            "dropped",
        ),
        habitual_cues=_words(
            "usually",
            "normally",
            "typically",
            "generally",
            "traditionally",
            "every year",
            "each year",
            "a normal year",
            "annually",
            "tend to",
            "tends to",
        ),
        chrome_cues=_words("last updated", "page updated", "last modified", "accessed", "retrieved", "copyright", "©"),
        speech_verbs=_words(
            "told", "said", "says", "reported", "explained", "added", "noted", "stated", "spoke", "speaking"
        ),
        unit_words=_words(
            "won",
            "yuan",
            "dollars",
            "dollar",
            "usd",
            "people",
            "persons",
            "households",
            "troops",
            "soldiers",
            "workers",
            "tons",
            "tonnes",
            "kg",
            "kilograms",
            "meters",
            "km",
            "units",
            "cases",
            "residents",
            "families",
            "students",
            "members",
            "officials",
            "cadres",
            "defectors",
            "percent",
            "rmb",
            "vehicles",
            "trucks",
            "bags",
            "sacks",
            "boxes",
            "pieces",
            "times",
        ),
        ordinal_blockers=_words(
            "century",
            "centuries",
            "anniversary",
            "birthday",
            "time",
            "times",
            "floor",
            "grade",
            "place",
            "round",
            "plenary",
            "session",
            "congress",
            "meeting",
            "day",
            "year",
            "month",
            "week",
            "largest",
            "biggest",
            "most",
            "generation",
            "quarter",
            "parallel",
            "division",
            "corps",
        ),
        name_heads=_words(
            "People",
            "Consumer",
            "consumer",
            "Movement",
            "movement",
            "Street",
            "Vinalon",
            "House",
            "Sports",
            "Youth",
            "Factory",
            "Complex",
            "Mine",
            "Enterprise",
            "Hall",
            "Stadium",
            "Park",
            "Hotel",
            "Bridge",
            "Square",
            "University",
            "Institute",
        ),
        recurrence_words=_words("every", "each"),
        forward_prepositions=_words(
            "from",
            "starting",
            "starting from",
            "beginning",
            "by",
            "until",
            "till",
            "effective",
            "no later than",
            "extended to",
            "postponed to",
            "postponed until",
            "delayed to",
            "delayed until",
            "pushed back to",
            "moved to",
        ),
        order_verbs=_words(
            "ordered",
            "instructed",
            "directed",
            "told",
            "urged",
            "called on",
            "demanded",
            "required",
            "mobilized",
            "forced",
            "commanded",
            "ordering",
            "instructing",
            "directing",
            "calling on",
            "requiring",
            "an order to",
        ),
        past_governors=_words(
            "was",
            "were",
            "began",
            "started",
            "ran",
            "lasted",
            "continued",
            "remained",
            "stayed",
            "held",
            "happened",
            "occurred",
            "took place",
        ),
    )
