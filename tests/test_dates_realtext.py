"""Date phrasings seen in real reporting (research notes, section 4), on invented sentences."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkreports.dates import find_dates

MARCH_20 = dt.date(2024, 3, 20)  # a Wednesday


def found(text: str, anchor: dt.date | None = MARCH_20) -> list[tuple[str, str | None]]:
    return [(d.text, d.iso()) for d in find_dates(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an order that starts "from <month>" looks forward: the nearest May is this year's
        (
            "The Kimchaek city party committee has ordered every farm to send workers to the coast from early May.",
            [("early May", "2024-05")],
        ),
        ("Starting June, traders must carry a permit.", [("June", "2024-06")]),
        ("Residents must hand in the scrap iron by late April.", [("late April", "2024-04")]),
        ("Traders may keep their stalls until June.", [("June", "2024-06")]),
        ("The mobilization will last until late May.", [("late May", "2024-05")]),
        # a month just ahead without any cue is still the nearest one
        ("Farm mobilization season in April is a burden on households.", [("April", "2024-04")]),
        # clearly past clauses keep a month behind the anchor
        ("The lecture was held in May.", [("May", "2023-05")]),
        ("The crackdown began in late June.", [("late June", "2023-06")]),
        ("Prices jumped last December.", [("last December", "2023-12")]),
        ("In February, the price of rice rose sharply.", [("February", "2024-02")]),
    ],
)
def test_month_without_year_is_nearest_consistent_with_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Every household must hand over the quota by Friday.", MARCH_20, [("Friday", "2024-03-22")]),
        (
            "Units were told to finish the work by the end of October.",
            dt.date(2024, 9, 2),
            [("the end of October", "2024-10")],
        ),
        ("The deadline is April 11, a source said.", dt.date(2024, 4, 6), [("April 11", "2024-04-11")]),
        ("Merchants have until April 30 to register.", MARCH_20, [("April 30", "2024-04-30")]),
        ("The curfew goes into effect on April 3.", MARCH_20, [("April 3", "2024-04-03")]),
        ("The new rule takes effect on Monday.", MARCH_20, [("Monday", "2024-03-25")]),
        (
            "The general is likely to become chairman in early June.",
            MARCH_20,
            [("early June", "2024-06")],
        ),
        ("Beginning April 15, bicycles need a plate.", MARCH_20, [("April 15", "2024-04-15")]),
        ("The festival is scheduled for May 5.", MARCH_20, [("May 5", "2024-05-05")]),
    ],
)
def test_deadlines_and_effective_dates_look_forward(
    text: str, anchor: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, anchor) == expected


def test_month_counts_from_an_explicit_event_date_in_the_same_sentence() -> None:
    text = (
        "On February 11, a reporting partner in Hyesan spoke with ASIAPRESS and said the city "
        "ordered vendors to register with the market office by the end of the month."
    )
    assert found(text) == [("February 11", "2024-02-11"), ("the end of the month", "2024-02")]


def test_this_month_in_a_quote_counts_from_the_speech_date_in_the_paragraph() -> None:
    text = "On February 11, a source told Daily NK, “This month the factory stopped paying rations.”"
    assert found(text) == [("February 11", "2024-02-11"), ("This month", "2024-02")]


def test_month_without_a_dated_event_counts_from_the_anchor() -> None:
    assert found("Vendors must register by the end of the month.") == [("the end of the month", "2024-03")]


def test_quoted_beginning_this_month_uses_the_speech_date() -> None:
    text = "A source in Musan told Daily NK on May 26, “Beginning this month, the guards take bribes only in yuan.”"
    assert found(text, dt.date(2020, 6, 3)) == [("May 26", "2020-05-26"), ("this month", "2020-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A resident told RFA’s Korean Service Thursday that the market was closed.", [("Thursday", "2024-03-14")]),
        ("A source said Monday the order had arrived.", [("Monday", "2024-03-18")]),
    ],
)
def test_weekdays_without_on(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_effective_weekday_is_the_day_after_the_call() -> None:
    # published on Friday: the call was Wednesday and the rule took effect the next day
    text = "An official told RFA on Wednesday that the curfew took effect at midnight local time Thursday."
    assert found(text, dt.date(2024, 3, 22)) == [("Wednesday", "2024-03-20"), ("Thursday", "2024-03-21")]
    # published on the day of the call, the effective day is still ahead
    text = "An official said on Wednesday the rule takes effect at midnight local time Thursday."
    assert found(text) == [("Wednesday", "2024-03-20"), ("Thursday", "2024-03-21")]


def test_previous_and_next_day_count_from_the_referenced_date() -> None:
    text = "KCNA reported on July 29 that the plenum had closed the previous day."
    assert found(text, dt.date(2023, 8, 2)) == [("July 29", "2023-07-29"), ("the previous day", "2023-07-28")]
    text = "A fire broke out on Jan. 27, and police arrived the next day."
    assert found(text, dt.date(2024, 2, 1)) == [("Jan. 27", "2024-01-27"), ("the next day", "2024-01-28")]


def test_the_first_in_a_quote_is_day_one() -> None:
    text = "A source said, “An inspection team visited Hyesan on the first.”"
    assert found(text) == [("the first", "2024-03-01")]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Guards searched houses on Aug. 5-7.", dt.date(2023, 8, 10), [("Aug. 5-7", "2023-08-05")]),
        (
            "Inspections ran from Aug. 3 to Aug. 7.",
            dt.date(2023, 8, 10),
            [("Aug. 3", "2023-08-03"), ("Aug. 7", "2023-08-07")],
        ),
        (
            "The campaign ran from early September to early October.",
            dt.date(2023, 10, 20),
            [("early September", "2023-09"), ("early October", "2023-10")],
        ),
    ],
)
def test_ranges_keep_the_start(text: str, anchor: dt.date, expected: list[tuple[str, str]]) -> None:
    assert found(text, anchor) == expected
    assert find_dates(text, anchor)[0].until is not None


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Trading is banned from 6 PM.", MARCH_20, []),
        ("The lecture opened at 10 AM on Aug. 7.", dt.date(2023, 8, 9), [("Aug. 7", "2023-08-07")]),
        ("The checkpoint closed at 5 PM on Friday.", MARCH_20, [("Friday", "2024-03-15")]),
        ("The drill began at 13:30 KST on Aug. 14.", dt.date(2023, 8, 16), [("Aug. 14", "2023-08-14")]),
        ("Patrols ran between 7pm and midnight.", MARCH_20, []),
    ],
)
def test_times_are_left_out(text: str, anchor: dt.date, expected: list[tuple[str, str]]) -> None:
    assert found(text, anchor) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prices have risen recently.",
        "These days, few people trust the won.",
        "Inspectors arrived this week.",
        "This winter, the coal ran short.",
        "In the past, soldiers bartered for food.",
        "The market was closed for a month.",
        "Around 20 days after the order, the guards left.",
        "A recent decree tightened the rules.",
        "The past two years were hard.",
    ],
)
def test_vague_phrases_give_nothing(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Photographed in 2012 near Sinuiju.", [("2012", "2012")]),
        ("Smuggling has been harder since 2012.", [("2012", "2012")]),
        ("As of late 2023, the border stayed shut.", [("late 2023", "2023")]),
        ("The policy was adopted in 2020.", [("2020", "2020")]),
        ("Rations stopped in the 1990s.", []),
        ("Markets spread in the mid-1990s.", []),
    ],
)
def test_year_only_phrases(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The order came down in October of last year.", [("October of last year", "2023-10")]),
        ("Construction resumed in mid-August of this year.", [("mid-August of this year", "2024-08")]),
        ("Arrests rose late last year.", [("late last year", "2023")]),
        ("The campaign started at the beginning of February.", [("the beginning of February", "2024-02")]),
        ("The border will stay shut until the end of the year.", [("the end of the year", "2024-12")]),
    ],
)
def test_relative_years_and_parts(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2014-05-09", [("2014-05-09", "2014-05-09")]),
        ("2020.11.06", [("2020.11.06", "2020-11-06")]),
        ("2016/11/07", [("2016/11/07", "2016-11-07")]),
        ("29/01/2023", [("29/01/2023", "2023-01-29")]),
        ("Published 2 September 2016", [("2 September 2016", "2016-09-02")]),
        ("Posted Aug. 30, 2017 by staff", [("Aug. 30, 2017", "2017-08-30")]),
        ("NK Brief No. 09-3-20-1", []),
        ("Last Updated: Friday, 19 May 2023", []),
        ("Daily NK article [accessed 21 May 2023]", []),
    ],
)
def test_printed_date_lines_and_chrome(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trading resumed in January and February.", [("January", "2024-01"), ("February", "2024-02")]),
        ("Fishing is banned between May and June.", [("May", "2024-05"), ("June", "2024-06")]),
        ("The ban ran from November to January.", [("November", "2023-11"), ("January", "2024-01")]),
    ],
)
def test_a_month_joined_to_another_month_is_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_month_range_ends_after_it_starts() -> None:
    first, second = find_dates("The ban ran from November to January.", MARCH_20)
    assert first.until is not None
    assert first.until.iso() == second.iso() == "2024-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards came back on the 15th of March.", [("the 15th of March", "2024-03-15")]),
        ("The rally was held on the 3rd of October, 2019.", [("the 3rd of October, 2019", "2019-10-03")]),
        ("Sunday, 14 January 2024", [("14 January 2024", "2024-01-14")]),
        ("Guests stayed at the April 25 Hotel.", []),
    ],
)
def test_spelled_days_and_dated_weekdays(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deadline was extended to April 30.", [("April 30", "2024-04-30")]),
        ("The drill was postponed until late April.", [("late April", "2024-04")]),
        ("The training lasted until March 15.", [("March 15", "2024-03-15")]),
        ("The border was closed from January until March.", [("January", "2024-01"), ("March", "2024-03")]),
        ("Guards were replaced in January of 2023.", [("January of 2023", "2023-01")]),
    ],
)
def test_verbs_that_move_a_deadline_look_forward(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_event_date_outside_quotes_leaves_last_month_alone() -> None:
    text = "On Feb. 11, a source said prices had doubled since last month."
    assert found(text) == [("Feb. 11", "2024-02-11"), ("last month", "2024-02")]


def test_the_month_without_an_explicit_day_in_its_sentence_counts_from_the_anchor() -> None:
    text = "A source spoke on Monday. Vendors must register by the end of the month."
    assert found(text) == [("Monday", "2024-03-18"), ("the end of the month", "2024-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KCNA reported on July 29 that the plenum had closed the day before.",
            [("July 29", "2023-07-29"), ("the day before", "2023-07-28")],
        ),
        (
            "Guards raided the market on July 29; a day later they left.",
            [("July 29", "2023-07-29"), ("a day later", "2023-07-30")],
        ),
        ("Vendors were warned the day before the raid.", []),
    ],
)
def test_other_days_relative_to_a_referenced_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, dt.date(2023, 8, 2)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By August, prices had doubled.", [("August", "2023-08")]),
        ("From May, the market was closed every Sunday.", [("May", "2023-05")]),
        ("Until June, the border was shut.", [("June", "2023-06")]),
        ("From early May, workers will go to the farms, a source said.", [("early May", "2024-05")]),
        ("Starting June, traders must carry a permit, a source told Daily NK.", [("June", "2024-06")]),
    ],
)
def test_an_opening_period_takes_the_tense_of_its_main_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The committee ordered residents to hand in radios in May.", [("May", "2024-05")]),
        (
            "The committee issued an order instructing farms to finish the sowing in early April.",
            [("early April", "2024-04")],
        ),
        ("Authorities ordered residents to hand in radios, and they did so in May.", [("May", "2023-05")]),
        (
            "A source told Daily NK on Tuesday that guards arrived in April.",
            [("Tuesday", "2024-03-19"), ("April", "2023-04")],
        ),
    ],
)
def test_a_date_in_what_an_order_demands_leans_forward(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2022, the plenum met on Jan. 5 and again in late June.",
            [("2022", "2022"), ("Jan. 5", "2022-01-05"), ("late June", "2022-06")],
        ),
        ("Last year, mobilization began in mid-April.", [("Last year", "2023"), ("mid-April", "2023-04")]),
        ("Since 2017, guards were posted at the station in May.", [("2017", "2017"), ("May", "2023-05")]),
        (
            "He was arrested in October 2023 and released in February.",
            [("October 2023", "2023-10"), ("February", "2024-02")],
        ),
    ],
)
def test_an_opening_year_frames_the_months_of_its_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In May, prices rose.", [("May", "2023-05")]),
        ("In May, every household must hand in scrap metal.", [("May", "2024-05")]),
        ("On Friday, residents will gather at the square.", [("Friday", "2024-03-22")]),
        ("On Tuesday, the authorities issued an order.", [("Tuesday", "2024-03-19")]),
        ("In April, a source said, the market is busy.", [("April", "2024-04")]),
    ],
)
def test_an_opening_date_takes_the_tense_of_its_main_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


MONTHS = tuple(calendar.month_name[1:])
ANCHORS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31))


def _months_apart(value: str, anchor: dt.date) -> int:
    year, month = (int(part) for part in value.split("-"))
    return (year - anchor.year) * 12 + month - anchor.month


@given(ANCHORS, st.sampled_from(MONTHS))
def test_a_forward_leaning_month_is_the_nearest_one(anchor: dt.date, month: str) -> None:
    ((_, value),) = found(f"The committee ordered every farm to send workers from {month}.", anchor)
    assert value is not None
    assert -6 <= _months_apart(value, anchor) <= 6


@given(ANCHORS, st.sampled_from(MONTHS))
def test_a_month_governed_by_a_past_verb_is_never_ahead(anchor: dt.date, month: str) -> None:
    ((_, value),) = found(f"The campaign began in {month}.", anchor)
    assert value is not None
    assert -12 < _months_apart(value, anchor) <= 0
