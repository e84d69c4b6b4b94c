"""Value types shared by the model: spans into the text and dates with precision."""

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any, Self

import attrs

from ._vocab import PartOfMonth, Precision, to_part_of_month, to_precision

_REGION_ID = re.compile(r"^[A-Z]{2}(-[0-9A-Z]{1,3})?(:[a-z0-9]+(-[a-z0-9]+)*)?$")
_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def check_region_id(value: str) -> str:
    """Return *value* if it is a well-formed region id, else raise :class:`ValueError`.

    Ids are ``KP``, ``KP-10``, ``KP-10:hyesan``, ``CN-LN:dandong``, ``KR:seoul``.
    """
    if not _REGION_ID.match(value):
        msg = f"malformed region id {value!r} (expected e.g. 'KP-10' or 'KP-10:hyesan')"
        raise ValueError(msg)
    return value


def _region_id_validator(_inst: object, attr: "attrs.Attribute[Any]", value: str | None) -> None:
    if value is not None:
        try:
            check_region_id(value)
        except ValueError as exc:
            msg = f"{attr.name}: {exc}"
            raise ValueError(msg) from None


region_id_validator = _region_id_validator
"""attrs validator for an optional region id field."""


def to_spans(items: Iterable["Span"]) -> tuple["Span", ...]:
    """attrs converter: any iterable of spans to a tuple."""
    return tuple(items)


def to_extents(items: Iterable["Extent"]) -> tuple["Extent", ...]:
    """attrs converter: any iterable of extents (or spans) to a tuple of extents, without their text."""
    return tuple(i if type(i) is Extent else Extent(start=i.start, end=i.end) for i in items)


@attrs.frozen(kw_only=True)
class Extent:
    """A stretch of an article's normalized text by its offsets alone: ``article.text[start:end]``.

    Used where the stretch is long and many facts point at the same one (a
    source's statements), so a report does not copy the same sentence again and
    again.

    >>> text = "A source in Hyesan said traders must register."
    >>> Extent(start=24, end=45).text_in(text)
    'traders must register'
    """

    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()

    @end.validator
    def _check_end(self, _attr: "attrs.Attribute[int]", value: int) -> None:
        if value < self.start:
            msg = f"extent end {value} is before its start {self.start}"
            raise ValueError(msg)

    def text_in(self, text: str) -> str:
        """The stretch of *text* this extent covers."""
        return text[self.start : self.end]

    def fits(self, text: str) -> bool:
        """Whether this extent lies within *text*."""
        return self.end <= len(text)


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of an article's normalized text: ``text == article.text[start:end]``.

    >>> Span.of("a source in Hyesan said", 2, 8)
    Span(start=2, end=8, text='source')
    """

    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()
    text: str = attrs.field()

    @end.validator
    def _check_end(self, _attr: "attrs.Attribute[int]", value: int) -> None:
        if value < self.start:
            msg = f"span end {value} is before its start {self.start}"
            raise ValueError(msg)

    @text.validator
    def _check_text(self, _attr: "attrs.Attribute[str]", value: str) -> None:
        if len(value) != self.end - self.start:
            msg = f"span text {value!r} has length {len(value)}, but the span covers {self.end - self.start} characters"
            raise ValueError(msg)

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Self:
        """The span of ``text[start:end]``."""
        if not 0 <= start <= end <= len(text):
            msg = f"span {start}:{end} lies outside a text of {len(text)} characters"
            raise ValueError(msg)
        return cls(start=start, end=end, text=text[start:end])

    def slices(self, text: str) -> bool:
        """Whether this span slices back to its own text in *text*."""
        return text[self.start : self.end] == self.text


@attrs.frozen(order=True)
class PartialDate:
    """A calendar date known to day, month or year precision.

    >>> PartialDate.parse("2021-12")
    PartialDate(year=2021, month=12, day=None)
    >>> PartialDate(2021, 12, 20).iso()
    '2021-12-20'
    """

    year: int = attrs.field(validator=[attrs.validators.ge(1), attrs.validators.le(9999)])
    month: int | None = attrs.field(default=None)
    day: int | None = attrs.field(default=None)

    @month.validator
    def _check_month(self, _attr: "attrs.Attribute[int | None]", value: int | None) -> None:
        if value is not None and not 1 <= value <= 12:
            msg = f"month {value} is not between 1 and 12"
            raise ValueError(msg)

    @day.validator
    def _check_day(self, _attr: "attrs.Attribute[int | None]", value: int | None) -> None:
        if value is None:
            return
        if self.month is None:
            msg = "a day needs a month"
            raise ValueError(msg)
        try:
            dt.date(self.year, self.month, value)
        except ValueError:
            msg = f"{self.year:04d}-{self.month:02d} has no day {value}"
            raise ValueError(msg) from None

    @property
    def precision(self) -> Precision:
        """Day, month or year, from the parts that are set."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @classmethod
    def parse(cls, value: str) -> Self:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        match = _ISO_PARTIAL.match(value)
        if not match:
            msg = f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
            raise ValueError(msg)
        year, month, day = match.groups()
        return cls(int(year), None if month is None else int(month), None if day is None else int(day))

    @classmethod
    def from_date(cls, value: dt.date, precision: Precision = Precision.DAY) -> Self:
        """Cut a full date down to *precision*."""
        if precision is Precision.YEAR:
            return cls(value.year)
        if precision is Precision.MONTH:
            return cls(value.year, value.month)
        return cls(value.year, value.month, value.day)

    def iso(self) -> str:
        """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        return out

    def first_day(self) -> dt.date:
        """The earliest day this value can mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        return self.iso()


@attrs.frozen(kw_only=True)
class DateValue(Span):
    """A date expression found in the text, with what it resolves to.

    ``value`` is ``None`` when the expression could not be resolved (for example a
    weekday with no publication date to count from); the expression's text and
    intended ``precision`` are kept either way.  ``until`` is the last day of a
    range ("Aug. 3-7"); ``modifier`` narrows a month or year ("late July").
    """

    precision: Precision = attrs.field(converter=to_precision)
    value: PartialDate | None = attrs.field(default=None)
    modifier: PartOfMonth | None = attrs.field(default=None, converter=to_part_of_month)
    relative: bool = False
    until: PartialDate | None = attrs.field(default=None)

    @value.validator
    def _check_value(self, _attr: "attrs.Attribute[PartialDate | None]", value: PartialDate | None) -> None:
        if value is not None and value.precision is not self.precision:
            msg = f"date value {value.iso()} does not have the stated precision {self.precision.value!r}"
            raise ValueError(msg)

    @until.validator
    def _check_until(self, _attr: "attrs.Attribute[PartialDate | None]", value: PartialDate | None) -> None:
        if value is not None and self.value is not None and value.first_day() < self.value.first_day():
            msg = f"range end {value.iso()} is before its start {self.value.iso()}"
            raise ValueError(msg)

    @property
    def resolved(self) -> bool:
        """Whether the expression was resolved to a calendar value."""
        return self.value is not None

    def iso(self) -> str | None:
        """The resolved value as ``YYYY[-MM[-DD]]``, or ``None``."""
        return None if self.value is None else self.value.iso()
