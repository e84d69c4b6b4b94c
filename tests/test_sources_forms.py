"""How RFA, ASIAPRESS and Daily NK introduce informants: descriptors kept whole, places, plural lead-ins."""

from __future__ import annotations

import pytest

import nkreports


def _sources(text: str, published: str = "2024-05-10") -> list[tuple[str, str | None]]:
    report = nkreports.parse(text, published=published, outlet="generic")
    return [(s.descriptor, s.location) for s in report.sources]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Markets in the city now close at noon, a resident of Hyesan, Ryanggang province, told RFA.",
            ("a resident of Hyesan, Ryanggang province", "KP-10:hyesan"),
        ),
        (
            "“Nobody may travel without a permit,” a North Pyongan province official told RFA’s Korean Service.",
            ("a North Pyongan province official", "KP-03"),
        ),
        (
            "“Prices doubled in a week,” one source in the North Korean capital told RFA.",
            ("one source in the North Korean capital", "KP-01"),
        ),
        (
            "Grain sales were moved to state shops, a source in the country’s northern Chagang province told RFA.",
            ("a source in the country’s northern Chagang province", "KP-04"),
        ),
        (
            "“We were told to stay home,” a resident of the northwestern border city of Sinuiju told RFA.",
            ("a resident of the northwestern border city of Sinuiju", "KP-03:sinuiju"),
        ),
        (
            "Fuel prices jumped again, a trader in Sinuiju, North Pyongan province, told RFA Korean.",
            ("a trader in Sinuiju, North Pyongan province", "KP-03:sinuiju"),
        ),
    ],
)
def test_rfa_forms_keep_the_descriptor_and_its_place(text: str, expected: tuple[str, str | None]) -> None:
    assert _sources(text) == [expected]


def test_asiapress_partner_living_near_an_area_keeps_the_whole_descriptor() -> None:
    text = (
        "On March 4, a reporting partner living near the smuggling points on the Tumen River in North Hamgyong "
        "Province sent the first report.\n\nGuards had been doubled, the partner said."
    )
    assert _sources(text) == [
        (
            "a reporting partner living near the smuggling points on the Tumen River in North Hamgyong Province",
            "KP-09",
        )
    ]


def test_a_definite_first_mention_with_a_place_is_an_informant() -> None:
    text = "The reporting partner in Ryanggang Province said, “Rice is scarce and the market closes early.”"
    assert _sources(text) == [("The reporting partner in Ryanggang Province", "KP-10")]


def test_a_source_who_is_from_the_province_takes_the_province_named_before() -> None:
    text = (
        "Twelve workers from Kimchaek in North Hamgyong, on the east coast, fled in April, "
        "a source who is from the province told RFA’s Korean Service."
    )
    assert _sources(text) == [("a source who is from the province", "KP-09")]


def test_a_resident_there_is_located_where_the_sentence_points() -> None:
    text = (
        "Workers at a machine plant in Tokchon in South Pyongan province were told to report gossip, "
        "a resident there told RFA Korean."
    )
    assert _sources(text) == [("a resident there", "KP-02:tokchon")]


def test_where_a_source_told_takes_the_place_before_the_comma() -> None:
    text = (
        "Diesel costs more in South Pyongan Province, a source in Pyongsong told Daily NK on May 2.\n\n"
        "Prices also climbed in North Hamgyong Province, where a source told Daily NK on April 28 that "
        "kerosene had tripled."
    )
    assert _sources(text) == [("a source in Pyongsong", "KP-02:pyongsong"), ("a source", "KP-09")]


def test_plural_lead_in_is_skipped_when_single_informants_follow() -> None:
    text = (
        "Authorities are limiting markets to farm produce, sources in the country told RFA.\n\n"
        "“Only vegetables may be sold now,” a resident of Chongjin told RFA’s Korean Service. "
        "The change hurts everyone, sources say."
    )
    assert _sources(text) == [("a resident of Chongjin", "KP-09:chongjin")]


def test_a_group_elsewhere_after_a_single_informant_stays() -> None:
    text = (
        "Rice transplanting drives started on May 9, according to a source from South Pyongan Province.\n\n"
        "This was also confirmed by sources in North and South Hamgyong Provinces and Kangwon Province."
    )
    found = _sources(text)
    assert found[0] == ("a source from South Pyongan Province", "KP-02")
    assert len(found) == 2
    assert found[1][0].startswith("sources in North and South Hamgyong Provinces")
    assert found[1][1] is None  # a group across several provinces has no one location


def test_a_lone_group_is_one_source() -> None:
    text = "Officials were ordered to hand in their phones, multiple informed sources told NK News."
    assert _sources(text) == [("multiple informed sources", None)]


def test_the_outlets_own_source_later_is_the_same_informant() -> None:
    text = (
        "Inspections started at three dormitories, a source in South Pyongan Province told Daily NK.\n\n"
        "Daily NK’s source said security officials also searched dormitories."
    )
    assert _sources(text) == [("a source in South Pyongan Province", "KP-02")]


def test_a_different_informant_with_an_indefinite_article_is_new() -> None:
    text = (
        "According to a resident of Hyesan, “Several neighbors caught colds during the quarantine.”\n\n"
        "A reporting partner explained, “We must report anyone who crosses the river.”"
    )
    assert [d for d, _ in _sources(text)] == ["a resident of Hyesan", "A reporting partner"]


def test_the_province_after_a_city_is_the_city_s_province() -> None:
    text = (
        "A reporting partner, B, who lives in Hoeryong, reported on May 2 that fences were raised.\n\n"
        "Another reporting partner in the province also talked with ASIAPRESS about the patrols."
    )
    assert _sources(text) == [
        ("A reporting partner", "KP-09:hoeryong"),
        ("Another reporting partner in the province", "KP-09"),
    ]


def test_the_outlets_plural_sources_give_way_to_the_named_source() -> None:
    text = (
        "Market hours were cut to three, Daily NK’s sources reported.\n\n"
        "A source in Hyesan told Daily NK on Monday that guards now patrol the stalls."
    )
    assert _sources(text) == [("A source in Hyesan", "KP-10:hyesan")]


def test_once_informants_are_counted_a_later_indefinite_one_is_new() -> None:
    text = (
        "Soldiers fired at a raft on the Yalu, another source in North Pyongan province told RFA.\n\n"
        "“The order came from Pyongyang,” a source in North Pyongan province, who knows a police officer, "
        "told RFA’s Korean Service."
    )
    assert [d for d, _ in _sources(text)] == [
        "another source in North Pyongan province",
        "a source in North Pyongan province",
    ]


def test_a_later_mention_places_a_vague_source_and_gives_its_channel() -> None:
    text = (
        "Inspectors were dispatched to Hyesan after a fraud case, a Daily NK source in the country said Wednesday.\n\n"
        "Speaking on the phone with Daily NK, the source, who is based in Yanggang Province, said the city was calm."
    )
    (source,) = nkreports.parse(text, published="2024-05-10", outlet="generic").sources
    assert source.location == "KP-10"
    assert source.channel.value == "telephone"
