"""Properties of date finding that hold for any text and any anchor."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import NamedTuple

from hypothesis import given
from hypothesis import strategies as st

from nkreports.dates import Tense, find_dates, tense_at
from nkreports.dates._event import last_named
from nkreports.dates._scan import Candidate, Kind
from nkreports.model import Precision

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
anchors = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
PAST_FRAMES = ("The order was issued on {}.", "A source told Daily NK on {}.", "Inspectors were sent in on {}.")
FUTURE_FRAMES = ("The lecture will be held on {}.", "The ban goes into effect on {}.", "A meeting is scheduled for {}.")
FILLER = st.sampled_from(
    [
        "on Tuesday",
        "Aug. 3-7",
        "late last month",
        "the 16th",
        "“this month,”",
        "since 2017",
        "2,000 troops",
        "COVID-19",
        "the 1990s",
        "Sept.",
        "the previous day",
        "mid-",
        "2014-04-09",
        "29/01/2023",
        "\n\n",
        "“",
        "”",
        ", ",
        "last year",
        "next month",
        "Dec. 31",
        "Jan. 1",
        "next Sunday",
        "the next day",
        "Feb. 29",
        "the 31st",
    ]
)
any_anchor = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
texts = st.lists(FILLER | st.text(max_size=20), max_size=12).map(" ".join)


@given(st.sampled_from(WEEKDAYS), anchors, st.sampled_from(PAST_FRAMES + FUTURE_FRAMES))
def test_a_weekday_has_that_weekday_and_lies_within_a_week(name: str, anchor: dt.date, frame: str) -> None:
    (value,) = find_dates(frame.format(name), anchor)
    assert value.value is not None
    day = value.value.first_day()
    assert day.strftime("%A") == name
    assert abs((day - anchor).days) <= 7


@given(st.sampled_from(WEEKDAYS + MONTHS), st.integers(1, 28), anchors, st.sampled_from(PAST_FRAMES))
def test_past_tense_never_resolves_after_the_anchor(word: str, day: int, anchor: dt.date, frame: str) -> None:
    expression = word if word in WEEKDAYS else f"{word} {day}"
    text = frame.format(expression)
    assert tense_at(text, text.index(expression)) is Tense.PAST
    (value,) = find_dates(text, anchor)
    assert value.value is not None
    assert value.value.first_day() <= anchor


@given(st.sampled_from(MONTHS), st.integers(1, 28), anchors, st.sampled_from(FUTURE_FRAMES))
def test_future_month_days_fall_within_a_year_ahead(month: str, day: int, anchor: dt.date, frame: str) -> None:
    (value,) = find_dates(frame.format(f"{month} {day}"), anchor)
    assert value.value is not None
    delta = (value.value.first_day() - anchor).days
    assert -15 <= delta <= 366


@given(texts, st.none() | anchors | any_anchor)
def test_find_dates_never_crashes_and_every_span_slices_back(text: str, anchor: dt.date | None) -> None:
    dates = find_dates(text, anchor)
    for d in dates:
        assert d.slices(text)
        assert d.value is None or d.value.precision is d.precision
    starts = [d.start for d in dates]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(dates))


@given(texts, anchors)
def test_resolution_is_a_pure_function_of_text_and_anchor(text: str, anchor: dt.date) -> None:
    assert find_dates(text, anchor) == find_dates(text, anchor)
    assert find_dates(text, anchor) == find_dates(str(text), dt.date.fromordinal(anchor.toordinal()))


@given(anchors)
def test_relative_years_have_year_precision(anchor: dt.date) -> None:
    last, this, nxt = find_dates("Last year, this year and next year.", anchor)
    assert [d.precision for d in (last, this, nxt)] == [Precision.YEAR] * 3
    assert [d.iso() for d in (last, this, nxt)] == [str(anchor.year - 1), str(anchor.year), str(anchor.year + 1)]


class _Dated(NamedTuple):
    cand: Candidate
    value: dt.date | None
    precision: Precision


def _walk_forward(cand: Candidate, resolved: list[_Dated]) -> dt.date | None:
    """The old reading of "that month": every resolved date in text order, the last fine one before *cand*."""
    fine = {Precision.DAY, Precision.MONTH} if cand.parts["unit"].lower() == "month" else set(Precision)
    found = None
    for d in resolved:
        if d.cand.start >= cand.start:
            break
        if d.value is not None and d.precision in fine:
            found = d.value
    return found


@given(
    st.lists(
        st.tuples(st.integers(0, 500), st.none() | anchors, st.sampled_from(list(Precision))), unique_by=lambda t: t[0]
    ),
    st.integers(0, 520),
    st.sampled_from(["month", "year"]),
)
def test_that_month_reads_only_the_dates_before_it(
    drafts: list[tuple[int, dt.date | None, Precision]], at: int, unit: str
) -> None:
    resolved = [
        _Dated(Candidate(Kind.MONTH, start, start + 3, {}), value, precision)
        for start, value, precision in sorted(drafts, key=lambda t: t[0])
    ]
    cand = Candidate(Kind.REL_PERIOD, at, at + 10, {"unit": unit, "rel_that": "that"})
    earlier = reversed([d for d in resolved if d.cand.start < at])
    assert last_named(cand, earlier) == _walk_forward(cand, resolved)
