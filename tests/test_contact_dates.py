"""Contact dates: when the outlet heard from a source is never after the date it published."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nkreports

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# One week of publication days: every weekday is the anchor once.
ANCHORS = tuple(dt.date(2024, 3, 18) + dt.timedelta(days=i) for i in range(7))
ISSUERS = (
    "The provincial party committee",
    "North Korea",
    "The Ministry of State Security",
    "Authorities in Hyesan",
    "The central authorities",
)
ORDERS = (
    "has ordered traders to close their stalls early",
    "ordered border guards to shoot anyone approaching the river",
    "will require farms to send more workers",
    "has told residents to report strangers to the police",
    "is planning to ban the sale of Chinese goods",
)
SOURCES = (
    "a source told Daily NK on {day}",
    "a source in Ryanggang Province told Daily NK on {day}",
    "a resident of Hyesan told RFA’s Korean Service {day}",
    "a source in the country said on {day}",
    "a reporting partner in North Hamgyong Province spoke with ASIAPRESS on {day}",
)


def _contacted(text: str, anchor: dt.date) -> list[dt.date]:
    report = nkreports.parse(text, published=anchor, outlet="generic")
    return [dt.date.fromisoformat(iso) for s in report.sources if s.contacted and (iso := s.contacted.iso())]


@settings(max_examples=150, deadline=None)
@given(
    issuer=st.sampled_from(ISSUERS),
    order=st.sampled_from(ORDERS),
    source=st.sampled_from(SOURCES),
    day=st.sampled_from(WEEKDAYS),
    anchor=st.sampled_from(ANCHORS),
)
def test_a_contact_weekday_is_never_after_the_anchor(
    issuer: str, order: str, source: str, day: str, anchor: dt.date
) -> None:
    text = f"{issuer} {order}, {source.format(day=day)}."
    dates = _contacted(text, anchor)
    assert dates, text
    assert all(anchor - dt.timedelta(days=6) <= d <= anchor for d in dates), (text, anchor, dates)


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize("day", WEEKDAYS)
def test_every_weekday_and_publication_day_in_the_reported_lead(day: str, anchor: dt.date) -> None:
    text = f"The provincial party committee has ordered traders to close their stalls, a source told Daily NK on {day}."
    (contacted,) = _contacted(text, anchor)
    assert contacted.strftime("%A") == day
    assert anchor - dt.timedelta(days=6) <= contacted <= anchor


def test_a_contact_date_in_a_later_sentence_dates_the_source() -> None:
    text = (
        "Police in Hyesan have begun searching homes for Chinese phones, Daily NK has learned.\n\n"
        "A source in Ryanggang Province said the searches began last week.\n\n"
        "Speaking to Daily NK on Tuesday, the source added that several traders had been detained."
    )
    (source,) = nkreports.parse(text, published="2024-03-21", outlet="generic").sources
    assert source.contacted is not None
    assert source.contacted.iso() == "2024-03-19"


def test_according_to_a_source_on_a_day_is_the_contact() -> None:
    text = (
        "Border guards were told to fire on anyone near the river, according to a Daily NK source in "
        "North Hamgyong Province on Monday."
    )
    (source,) = nkreports.parse(text, published="2024-03-21", outlet="generic").sources
    assert source.contacted is not None
    assert source.contacted.iso() == "2024-03-18"


def test_a_lead_in_group_passes_its_contact_date_to_the_informant_it_names() -> None:
    text = (
        "Authorities have sealed the border near Musan, sources in the country told RFA Wednesday.\n\n"
        "A resident of North Hamgyong province told RFA’s Korean Service that guards now patrol at night."
    )
    (source,) = nkreports.parse(text, published="2024-03-22", outlet="generic").sources
    assert source.location == "KP-09"
    assert source.contacted is not None
    assert source.contacted.iso() == "2024-03-20"


def test_according_to_a_source_far_into_a_long_sentence_still_dates_the_contact() -> None:
    """'according to a source ... on Friday' gives the contact date however long the sentence before it."""
    lead = (
        "Officials in several border counties were told last week that every household selling goods at the "
        "market must register each stall, show a permit and pay a new monthly fee to the market office, "
    )
    text = lead + "according to a source in Ryanggang Province on Friday."
    report = nkreports.parse(text, published=dt.date(2024, 3, 20), outlet="generic")
    assert [s.contacted.value.iso() for s in report.sources if s.contacted and s.contacted.value] == ["2024-03-15"]


@pytest.mark.parametrize(
    "text",
    [
        "Another source who fled to China last year said the border was quiet.",
        "One source, who lives in Rason, told RFA the workers left in May.",
        "A source who was arrested on Monday told Daily NK that guards beat him.",
    ],
)
def test_a_date_in_a_relative_or_reported_clause_is_not_the_contact(text: str) -> None:
    report = nkreports.parse(text, published="2024-06-14", outlet="generic")
    assert [s.contacted for s in report.sources] == [None]
