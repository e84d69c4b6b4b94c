"""Tense and back-references in date resolution: certain futures, plain past verbs, "that month", speech days.

The sentences are written for these tests in the outlets' styles.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import nkreports
from nkreports.dates import find_dates

MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
FULL_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
anchors = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
CERTAIN_FUTURES = (
    "The ban will take effect from {}.",
    "The new rule will start on {}.",
    "The ministry said that from {}, the ban will take effect nationwide.",
    "Starting {}, all traders will have to register with the market office.",
    "Officials announced the campaign, which is to begin on {}.",
    "The ban will take effect, officials said, from {}.",
)
SIMPLE_PASTS = (
    "Officials seized smuggled phones in {}, a source said.",
    "In {}, police caught two brokers near the river.",
    "The source said that in {}, inspectors confiscated rice from the farm.",
)


def _found(text: str, anchor: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.iso()) for d in find_dates(text, dt.date.fromisoformat(anchor))]


@given(st.sampled_from(MONTHS), st.integers(1, 28), anchors, st.sampled_from(CERTAIN_FUTURES))
def test_a_certain_future_date_never_resolves_before_the_anchor(
    month: str, day: int, anchor: dt.date, frame: str
) -> None:
    (value,) = find_dates(frame.format(f"{month} {day}"), anchor)
    assert value.value is not None
    delta = (value.value.first_day() - anchor).days
    assert 0 <= delta <= 366


@given(st.sampled_from(FULL_MONTHS), anchors, st.sampled_from(SIMPLE_PASTS))
def test_a_month_in_a_simple_past_clause_never_resolves_after_the_anchor(
    month: str, anchor: dt.date, frame: str
) -> None:
    (value,) = find_dates(frame.format(month), anchor)
    assert value.value is not None
    assert value.value.first_day() <= anchor


def test_a_present_tense_effective_date_just_past_keeps_its_year() -> None:
    # printed two days late: "goes into effect" is not a modal future, the April 1 just past is meant
    assert _found("The decree goes into effect on April 1.", "2024-04-03") == [("April 1", "2024-04-01")]


def test_a_modal_future_date_just_past_is_next_year() -> None:
    assert _found("The new fee will start on March 1.", "2024-03-10") == [("March 1", "2025-03-01")]


def test_a_past_verb_after_the_modal_takes_the_date_back() -> None:
    text = "The committee decided the ban will be enforced, but traders protested from Jan. 1 onward."
    assert _found(text, "2023-06-10") == [("Jan. 1", "2023-01-01")]


def test_a_past_expectation_is_not_a_certain_future() -> None:
    text = "The measures were scheduled to end April 30, but nobody knows if they will."
    assert _found(text, "2018-05-01") == [("April 30", "2018-04-30")]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "The order was issued on Oct. 3, 2023. Later that month, inspectors arrived in Hyesan.",
            "2024-02-10",
            [("Oct. 3, 2023", "2023-10-03"), ("Later that month", "2023-10")],
        ),
        (
            "The crackdown began in March 2021. That year, few traders crossed the river.",
            "2024-02-10",
            [("March 2021", "2021-03"), ("That year", "2021")],
        ),
        (
            "Guards were doubled in 2019, and the same year the fences went up.",
            "2024-02-10",
            [("2019", "2019"), ("the same year", "2019")],
        ),
        ("Prices fell that month, a trader said.", "2024-02-10", [("that month", "2024-02")]),
        ("After that month-long campaign, traders were tired.", "2024-02-10", []),
    ],
)
def test_that_month_and_that_year_count_from_the_last_date_named(
    text: str, anchor: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, anchor) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A source told Daily NK yesterday, “The inspectors left today.”",
        "Speaking to Daily NK by phone yesterday, a source said, “Today the market stayed shut.”",
    ],
)
def test_today_in_a_quotation_given_yesterday_is_that_day(text: str) -> None:
    found = dict(_found(text, "2024-03-21"))
    assert found["yesterday"] == "2024-03-20"
    assert found.get("today", found.get("Today")) == "2024-03-20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang, November 24 (KCNA) -- The Presidium adopted a decree.", "2023-11-24"),
        ("Pyongyang, 24 November (KCNA) -- A ceremony will be held next week.", "2023-11-24"),
        ("Pyongyang, November 26 (KCNA) -- The plenary meeting will open soon.", "2023-11-26"),
    ],
)
def test_a_state_media_dateline_is_the_dispatch_day(text: str, expected: str) -> None:
    report = nkreports.parse(text, published="2023-11-25", outlet="kcna")
    assert report.dates[0].iso() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fences went up in 2019. The following year, guards were doubled.",
            [("2019", "2019"), ("The following year", "2020")],
        ),
        (
            "The plenum met in June 2022. The previous month, the borders were sealed.",
            [("June 2022", "2022-06"), ("The previous month", "2022-05")],
        ),
        (
            "The order arrived on Sept. 3, 2023. That day, the market closed early.",
            [("Sept. 3, 2023", "2023-09-03"), ("That day", "2023-09-03")],
        ),
    ],
)
def test_following_and_previous_periods_count_from_the_last_date_named(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, "2024-02-10") == expected
