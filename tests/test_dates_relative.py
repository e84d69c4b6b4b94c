"""Dates relative to another date in the text, to the anchor, or to a quotation's own date."""

from __future__ import annotations

import datetime as dt

import pytest

from nkreports.dates import find_dates

ANCHOR = dt.date(2024, 6, 3)


def found(text: str, anchor: dt.date = ANCHOR) -> list[tuple[str, str | None]]:
    return [(d.text, d.iso()) for d in find_dates(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plenum opened on May 20. The day before, delegates were searched.",
            [("May 20", "2024-05-20"), ("The day before", "2024-05-19")],
        ),
        (
            "Guards were replaced on May 14. That same day, the market closed.",
            [("May 14", "2024-05-14"), ("That same day", "2024-05-14")],
        ),
        (
            "The order arrived on May 2, and two days after the meeting the checks began.",
            [("May 2", "2024-05-02"), ("two days after the meeting", "2024-05-04")],
        ),
        (
            "Traders were fined on May 30; six days earlier they had been warned.",
            [("May 30", "2024-05-30"), ("six days earlier", "2024-05-24")],
        ),
        (
            "A lecture was held on May 9. The following day, inspectors arrived.",
            [("May 9", "2024-05-09"), ("The following day", "2024-05-10")],
        ),
    ],
)
def test_a_day_relative_to_another_date_counts_from_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_relative_day_glued_to_an_explicit_day_names_that_day() -> None:
    assert found("On May 13, the day after the outbreak was announced, markets shut.") == [
        ("May 13", "2024-05-13"),
        ("the day after", "2024-05-13"),
    ]
    assert found("Posters went up on May 27, a day after the inspection.") == [
        ("May 27", "2024-05-27"),
        ("a day after the inspection", "2024-05-27"),
    ]
    assert found("The paper printed the photos a day after the summit on Saturday, April 27.") == [
        ("a day after the summit", "2024-04-27"),
        ("Saturday", "2024-04-27"),
        ("April 27", "2024-04-27"),
    ]


def test_vague_day_counts_are_not_dates() -> None:
    assert found("The lockdown was lifted on May 20, around 20 days after it began.") == [("May 20", "2024-05-20")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim took power about three years ago.", [("three years ago", "2021")]),
        ("Prices doubled two months ago.", [("two months ago", "2024-04")]),
        ("A source told Daily NK today that rice is scarce.", [("today", "2024-06-03")]),
        ("Vendors must register by the end of the year.", [("the end of the year", "2024-12")]),
        ("The zone was to open at the end of 2021.", [("the end of 2021", "2021-12")]),
        ("The quota must be met by year's end.", [("year's end", "2024-12")]),
    ],
)
def test_expressions_counted_from_the_anchor(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_today_inside_a_dated_quotation_is_the_speech_date() -> None:
    text = "A source told Daily NK on May 26, “This morning the police searched every house, and today they left.”"
    assert found(text) == [("May 26", "2024-05-26"), ("This morning", "2024-05-26"), ("today", "2024-05-26")]


@pytest.mark.parametrize(
    "text",
    ["Today's North Korea is poorer than before.", "North Korea today remains isolated.", "Today, markets are quiet."],
)
def test_today_meaning_nowadays_is_not_a_date(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The committee has ordered traders to close their stalls, a source told Daily NK on {}.",
        "Border guards will be doubled next month, a resident told RFA’s Korean Service {}.",
        "“Everyone must attend the lecture,” a source said on {}.",
    ],
)
@pytest.mark.parametrize("weekday", ["Monday", "Thursday", "Sunday"])
def test_a_day_someone_spoke_on_is_never_after_the_anchor(text: str, weekday: str) -> None:
    for offset in range(7):
        anchor = ANCHOR + dt.timedelta(days=offset)
        ((_, value),) = [d for d in found(text.format(weekday), anchor) if d[0] == weekday]
        assert value is not None
        assert anchor - dt.timedelta(days=6) <= dt.date.fromisoformat(value) <= anchor


def test_a_weekday_before_a_month_and_day_counts_but_not_before_a_full_date() -> None:
    assert found("The paper ran the photos on Saturday, April 27.") == [
        ("Saturday", "2024-04-27"),
        ("April 27", "2024-04-27"),
    ]
    assert found("Sunday, 14 January 2024") == [("14 January 2024", "2024-01-14")]
