"""Date expressions users rely on: what is found, what it resolves to, what is left out."""

from __future__ import annotations

import datetime as dt

import pytest

from nkreports.dates import (
    Tense,
    default_vocabulary,
    distinct_dates,
    find_dates,
    is_future_context,
    tense_at,
)
from nkreports.model import PartOfMonth, Precision

THURSDAY = dt.date(2023, 11, 16)  # a Thursday in mid-November


def found(text: str, anchor: dt.date | None = THURSDAY) -> list[tuple[str, str | None]]:
    return [(d.text, d.iso()) for d in find_dates(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A source in Kaesong told Daily NK on Tuesday.", [("Tuesday", "2023-11-14")]),
        ("The meeting was held on Thursday.", [("Thursday", "2023-11-16")]),
        ("The lecture will be held on Friday.", [("Friday", "2023-11-17")]),
        ("Inspectors arrived on Nov. 10.", [("Nov. 10", "2023-11-10")]),
        (
            "Prices fell on Sept. 30 and again on October 14.",
            [("Sept. 30", "2023-09-30"), ("October 14", "2023-10-14")],
        ),
        ("The rule applies from 6 PM on Nov. 12.", [("Nov. 12", "2023-11-12")]),
        ("Prices rose in late October.", [("late October", "2023-10")]),
        ("Prices rose sharply late last month.", [("late last month", "2023-10")]),
        ("The campaign began earlier this month.", [("earlier this month", "2023-11")]),
        ("Trade resumed mid-last month.", [("mid-last month", "2023-10")]),
        ("Output must rise by the end of the year.", [("the end of the year", "2023-12")]),
        ("Harvests were poor last year.", [("last year", "2022")]),
        ("Wages were cut in June last year.", [("June last year", "2022-06")]),
        ("The plan runs until next year.", [("next year", "2024")]),
        ("Factories have been idle since 2019.", [("2019", "2019")]),
        ("The market was built in August 2015.", [("August 2015", "2015-08")]),
        ("The trial opened on March 9, 2014.", [("March 9, 2014", "2014-03-09")]),
        ("Kim Ok Sun  |  2013-06-21 10:05", [("2013-06-21", "2013-06-21")]),
        ("2022.03.04", [("2022.03.04", "2022-03-04")]),
        ("Date: 05/02/2021 | Source: KCNA", [("05/02/2021", "2021-02-05")]),
        ("Pyongyang, March 3 (KCNA) -- A meeting opened.", [("March 3", "2023-03-03")]),
        ("Residents were told the ban starts on Dec. 1.", [("Dec. 1", "2023-12-01")]),
        ("He was questioned yesterday.", [("yesterday", "2023-11-15")]),
        ("Output fell between 2015 and 2017.", [("2015", "2015"), ("2017", "2017")]),
        ("Early 2021 and as of late 2022 were hard.", [("Early 2021", "2021"), ("late 2022", "2022")]),
        ("Markets reopened next Monday.", [("next Monday", "2023-11-20")]),
    ],
)
def test_expressions_resolve_against_the_anchor(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The COVID-19 border closure continued.",
        "The five-year plan was a failure, as in the 1990s.",
        "About 2,000 troops and 1,500 workers were mobilized.",
        "Rice sold for 2023 won per kilogram.",
        "NK Economy Watch, NK Brief No. 07-4-11-2.",
        "Fuel usually costs more in November, when the cold sets in.",
        "Recently, these days, this week and in the past two years, nothing changed.",
        "The 7th Party Congress and the 20th century are long past.",
        "Last Updated: Monday, 8 May 2023",
        "It was the first time anyone had seen it.",
        "Workers of the August 3 People’s Consumer Goods movement and the Feb. 8 Vinalon Complex.",
        "Lectures are held every Saturday, and wages are paid on the 15th of every month.",
        "The curfew starts at 10 PM.",
        "Troops gathered near the 38th parallel on Feb. 30 and 2023.13.02.",
    ],
)
def test_things_that_are_not_dates(text: str) -> None:
    assert found(text) == []


def test_month_day_without_year_takes_the_nearest_year() -> None:
    january = dt.date(2024, 1, 9)
    assert found("The plenum closed on Dec. 28.", january) == [("Dec. 28", "2023-12-28")]
    december = dt.date(2023, 12, 20)
    assert found("A briefing will be held on Jan. 5.", december) == [("Jan. 5", "2024-01-05")]


def test_future_context_moves_a_month_forward() -> None:
    march = dt.date(2022, 3, 2)
    assert found("The new rules will take effect in November.", march) == [("November", "2022-11")]
    assert found("The new rules took effect in November.", march) == [("November", "2021-11")]


def test_ordinal_days() -> None:
    anchor = dt.date(2010, 3, 4)
    assert found("A source reported on the 2nd.", anchor) == [("the 2nd", "2010-03-02")]
    assert found("The order came on the 25th.", anchor) == [("the 25th", "2010-02-25")]
    assert found("It was posted on the 20th of last month.", anchor) == [("the 20th of last month", "2010-02-20")]


def test_relative_days_count_from_the_date_they_follow() -> None:
    text = "The notice went up on Oct. 3. Residents gathered the next day."
    assert found(text) == [("Oct. 3", "2023-10-03"), ("the next day", "2023-10-04")]
    text = "The trial took place on Nov. 2. Posters appeared the previous day."
    assert found(text) == [("Nov. 2", "2023-11-02"), ("the previous day", "2023-11-01")]


def test_quoted_this_month_counts_from_the_speech_date() -> None:
    anchor = dt.date(2021, 4, 6)
    text = "A source told Daily NK on March 29, “From this month, every household must pay.”"
    assert found(text, anchor) == [("March 29", "2021-03-29"), ("this month", "2021-03")]
    unquoted = "From this month, every household must pay."
    assert found(unquoted, anchor) == [("this month", "2021-04")]


def test_a_quote_in_its_own_paragraph_counts_from_the_speech_date_before_it() -> None:
    text = (
        "A source in Hyesan told Daily NK on May 26 that inspections had resumed.\n\n"
        "“Beginning this month, every household has to report,” the source said.\n\n"
        "Prices rose this month."
    )
    assert found(text, dt.date(2020, 6, 3)) == [
        ("May 26", "2020-05-26"),
        ("this month", "2020-05"),
        ("this month", "2020-06"),
    ]


def test_speech_dates_come_from_the_informant_not_from_other_dates() -> None:
    text = (
        "Residents were told on Jan. 29 to register, a resident told RFA on Friday.\n\n"
        "“Yesterday, they came again,” the resident said. Earlier, on Jan. 3, inspectors searched homes."
    )
    values = dict(found(text, dt.date(2022, 2, 12)))
    assert values["Yesterday"] == "2022-02-10"


def test_plans_resolve_forward() -> None:
    assert found("The authorities plan to hold elections in December.", dt.date(2022, 2, 11)) == [
        ("December", "2022-12")
    ]


def test_dates_at_the_edges_of_the_calendar_stay_unresolved() -> None:
    (last,) = find_dates("It began last year.", dt.date(1, 6, 1))
    assert (last.text, last.value, last.precision) == ("last year", None, Precision.YEAR)


def test_range_keeps_its_start_and_records_its_end() -> None:
    (rng,) = find_dates("Inspectors worked on Sept. 4-8 at the port.", THURSDAY)
    assert (rng.text, rng.iso()) == ("Sept. 4-8", "2023-09-04")
    assert rng.until is not None
    assert rng.until.iso() == "2023-09-08"


def test_spelled_out_ranges_keep_both_ends() -> None:
    start, end = find_dates("Inspections ran from Sept. 4 to Sept. 8.", THURSDAY)
    assert (start.iso(), end.iso()) == ("2023-09-04", "2023-09-08")
    assert start.until is not None
    assert start.until.iso() == "2023-09-08"
    first, _ = find_dates("It was closed between 2015 and 2017.", THURSDAY)
    assert first.until is not None
    assert first.until.iso() == "2017"
    one, _ = find_dates("It rose in 2015 and fell in 2017.", THURSDAY)
    assert one.until is None


def test_precision_modifier_and_relative_flag() -> None:
    late, year, fixed = find_dates("It rose in late September, fell late last year, and peaked in 2020.", THURSDAY)
    assert (late.precision, late.modifier, late.relative) == (Precision.MONTH, PartOfMonth.LATE, True)
    assert (year.precision, year.modifier, year.iso()) == (Precision.YEAR, PartOfMonth.LATE, "2022")
    assert (fixed.precision, fixed.relative) == (Precision.YEAR, False)


def test_without_an_anchor_relative_expressions_keep_their_text_unresolved() -> None:
    dates = find_dates("On Tuesday, a source said prices rose in March 2020.", None)
    assert [(d.text, d.value, d.precision) for d in dates] == [
        ("Tuesday", None, Precision.DAY),
        ("March 2020", dates[1].value, Precision.MONTH),
    ]
    assert dates[1].iso() == "2020-03"


def test_tense_helpers() -> None:
    text = "A source told Daily NK on Monday that the meeting will be held on Friday."
    assert tense_at(text, text.index("Monday")) is Tense.PAST
    assert is_future_context(text, text.index("Friday"))
    assert tense_at("The order was issued on Nov. 1.", 24) is Tense.PAST


def test_distinct_dates_lists_each_text_and_value_once() -> None:
    dates = find_dates("On Oct. 2 rice cost more. On Oct. 2 corn did too.", THURSDAY)
    assert len(dates) == 2
    assert [d.text for d in distinct_dates(dates)] == ["Oct. 2"]


def test_vocabulary_can_be_extended_by_name() -> None:
    vocab = default_vocabulary().extend(habitual_cues=["as a rule"])
    text = "As a rule, prices climb in April."
    assert found(text, THURSDAY) == [("April", "2023-04")]
    assert find_dates(text, THURSDAY, vocabulary=vocab) == ()


def test_non_breaking_space_and_curly_quotes() -> None:
    text = "“Nobody moved,” he said on Dec.\u00a015."
    assert found(text) == [("Dec.\u00a015", "2022-12-15")]
