"""Sources: first mentions, location, channel, contact date and later mentions (invented sentences)."""

from __future__ import annotations

import nkreports
from nkreports.model import Channel


def _parse(text: str, published: str = "2024-05-17") -> nkreports.Report:
    return nkreports.parse(text, published=published)


def test_daily_nk_backbone_gives_location_and_contact_day() -> None:
    report = _parse(
        "Officials in Sinuiju have started checking trucks, Daily NK has learned.\n\n"
        "A source in North Pyongan Province told Daily NK on Monday that inspections started last week."
    )
    (source,) = report.sources
    assert source.descriptor == "A source in North Pyongan Province"
    assert source.location == "KP-03"
    assert source.contacted is not None
    assert source.contacted.iso() == "2024-05-13"
    assert source.channel is Channel.UNSPECIFIED


def test_phone_frame_before_the_source_sets_channel_and_date() -> None:
    report = _parse(
        "In a phone call with Daily NK on Wednesday, a source in Chagang Province said "
        "that the power cuts had grown longer."
    )
    (source,) = report.sources
    assert source.channel is Channel.TELEPHONE
    assert source.location == "KP-04"
    assert source.contacted is not None
    assert source.contacted.iso() == "2024-05-15"


def test_rfa_resident_with_weekday_and_no_on() -> None:
    report = _parse("A resident of Kanggye told RFA’s Korean Service Tuesday that bus fares had doubled.")
    (source,) = report.sources
    assert source.location == "KP-04:kanggye"
    assert source.role == "resident"
    assert source.contacted is not None
    assert source.contacted.iso() == "2024-05-14"


def test_reporting_partner_takes_the_most_specific_place() -> None:
    report = _parse(
        "Rice prices fell in the markets this week, according to a reporting partner in Hoeryong, "
        "North Hamgyong Province."
    )
    (source,) = report.sources
    assert source.location == "KP-09:hoeryong"


def test_plural_group_is_one_source() -> None:
    report = _parse("Managers of the restaurants were called home, sources in China tell RFA.")
    (source,) = report.sources
    assert source.group
    assert source.location == "CN"


def test_another_source_is_a_new_informant() -> None:
    report = _parse(
        "A source in Yanggang Province told Daily NK on Monday that stalls shut early. "
        "Another source in Hyesan said vendors had gone home by noon."
    )
    assert [s.location for s in report.sources] == ["KP-10", "KP-10:hyesan"]
    assert report.sources[1].descriptor == "Another source in Hyesan"


def test_same_place_again_is_the_same_informant() -> None:
    report = _parse(
        "Farms are short of seed, according to a source in South Hamgyong Province.\n\n"
        "A source in South Hamgyong Province told Daily NK on Thursday that farms were idle."
    )
    (source,) = report.sources
    assert source.contacted is not None
    assert source.contacted.iso() == "2024-05-16"
    assert len(source.mentions) == 2


def test_vague_lead_takes_the_location_given_later() -> None:
    report = _parse(
        "Bicycles now need a license plate in Hamhung, according to an inside source.\n\n"
        "A source from South Hamgyong Province reported on Thursday that plates cost 20,000 won."
    )
    (source,) = report.sources
    assert source.descriptor == "an inside source"
    assert source.location == "KP-08"


def test_not_sources() -> None:
    report = _parse(
        "Selling herbs is the only source of income for many families. "
        "A factory worker told the manager that the boiler had broken. "
        "Sources of foreign currency have dried up."
    )
    assert report.sources == ()


def test_surveillance_of_phone_calls_is_not_a_channel() -> None:
    report = _parse(
        "A source in Ryanggang Province told Daily NK on Monday that agents are monitoring phone calls near the river."
    )
    (source,) = report.sources
    assert source.channel is Channel.UNSPECIFIED


def test_message_and_in_person_channels() -> None:
    report = _parse(
        "A resident of Pyongyang said in a message to Daily NK on Sunday that trolleybuses had stopped. "
        "A trader in Dandong who met with Daily NK last week said orders had fallen."
    )
    assert [s.channel for s in report.sources] == [Channel.MESSAGE, Channel.IN_PERSON]
    assert report.sources[1].location == "CN-LN:dandong"


def test_later_mentions_and_statements_are_linked() -> None:
    text = (
        "A source in Kangwon Province told Daily NK on Monday that all beaches had been shut. "
        "“Nobody may swim this summer,” the source said. "
        "She added that guards patrol at night."
    )
    report = _parse(text)
    (source,) = report.sources
    assert [m.text for m in source.mentions] == ["A source in Kangwon Province", "the source", "She"]
    assert all(m.slices(report.text) for m in source.mentions)
    assert [s.text_in(report.text) for s in source.statements] == [
        "A source in Kangwon Province told Daily NK on Monday that all beaches had been shut.",
        "“Nobody may swim this summer,” the source said.",
        "She added that guards patrol at night.",
    ]


def test_plural_lead_gives_way_to_the_singular_informant() -> None:
    report = _parse(
        "Multiple informed sources told NK News about the new rules.\n\n"
        "One source in Rason said the rules apply to every hotel."
    )
    (source,) = report.sources
    assert source.location == "KP-13"


def test_the_province_resolves_to_the_province_named_before() -> None:
    report = _parse(
        "Farm work in South Hwanghae Province has fallen behind. "
        "A source in the province told Daily NK on Monday that tractors lack fuel."
    )
    (source,) = report.sources
    assert source.location == "KP-05"


def test_a_different_informant_without_a_place_is_new_and_placed_by_its_workplace() -> None:
    report = _parse(
        "Schools were closed early, a resident of Chagang province told RFA’s Korean Service.\n\n"
        "At a middle school in Manpo, pupils were sent to farms, a teacher at the school said."
    )
    assert [s.location for s in report.sources] == ["KP-04", "KP-04:manpo"]


def test_letter_labelled_partner_takes_the_place_of_its_relative_clause() -> None:
    report = _parse("A reporting partner, B, who lives in Musan, reported on Wednesday that coal prices rose.")
    (source,) = report.sources
    assert source.location == "KP-09:musan"
    assert source.contacted is not None
    assert source.contacted.iso() == "2024-05-15"
