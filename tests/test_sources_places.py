"""Where an informant is when the place sits late in the descriptor, in a clause around it, or in the dateline.

The sentences are written for these tests in the outlets' styles.
"""

from __future__ import annotations

import pytest

import nkreports
from nkreports.extract._source_places import placed_by_dateline


def _sources(text: str, published: str = "2024-05-10", outlet: str = "generic") -> list[tuple[str, str | None]]:
    report = nkreports.parse(text, published=published, outlet=outlet)
    return [(s.descriptor, s.location) for s in report.sources]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An inside source living in a border city of Ryanggang Province told Daily NK that bus fares doubled.",
            ("An inside source living in a border city of Ryanggang Province", "KP-10"),
        ),
        (
            "A source living in the northern border town of Musan told Daily NK that the depot was shut.",
            ("A source living in the northern border town of Musan", "KP-09:musan"),
        ),
        (
            "“Nobody may leave the farm,” a source in the North's Hamkyong province told RFA.",
            ("a source in the North's Hamkyong province", "KP"),
        ),
        (
            "The lecture lasted two hours, a source who attended a party meeting in Chongjin said.",
            ("a source who attended a party meeting in Chongjin", "KP-09:chongjin"),
        ),
        (
            "Electricity came on for an hour, one source in Vladivostok told RFA.",
            ("one source in Vladivostok", "RU-PRI:vladivostok"),
        ),
        (
            "Timber crews were sent north, one source, who lives in Rason, told RFA.",
            ("one source", "KP-13"),
        ),
        (
            "Rice sold out by noon, a Swiss diplomat in Pyongyang said.",
            ("a Swiss diplomat in Pyongyang", "KP-01"),
        ),
        (
            "Crews were recalled, one source in the Russian Far East city of Vladivostok told RFA.",
            ("one source in the Russian Far East city of Vladivostok", "RU-PRI:vladivostok"),
        ),
        (
            "Customs reopened, a trader in the Chinese border city of Dandong told RFA.",
            ("a trader in the Chinese border city of Dandong", "CN-LN:dandong"),
        ),
        (
            "Fish prices fell, a resident of the North's northern Ryanggang province told RFA.",
            ("a resident of the North's northern Ryanggang province", "KP-10"),
        ),
        (
            "In Vladivostok, one source told RFA that the crews were recalled.",
            ("one source", "RU-PRI:vladivostok"),
        ),
    ],
)
def test_the_place_in_or_around_the_descriptor_places_the_informant(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert _sources(text) == [expected]


def test_a_who_clause_that_speaks_does_not_place_the_informant() -> None:
    text = "A source in Hyesan said the order was new. Another source who spoke to Daily NK in Seoul said the same."
    assert ("Another source", None) in _sources(text) or ("Another source", "KP-10:hyesan") in _sources(text)
    assert all(loc != "KR:seoul" for _, loc in _sources(text))


def test_a_who_clause_placing_a_second_informant_makes_it_distinct() -> None:
    text = (
        "A source in Hoeryong said the order came last week. "
        "Another source who attended a closed lecture in Pyongyang said teachers were warned."
    )
    assert _sources(text) == [
        ("A source in Hoeryong", "KP-09:hoeryong"),
        ("Another source who attended a closed lecture in Pyongyang", "KP-01"),
    ]


@pytest.mark.parametrize(
    ("sentence", "descriptor"),
    [
        ("Rations were halved, an unidentified party official, quoted by Good Friends, said.", "party official"),
        ("Markets were closed for a week, a source cited by Daily NK said.", "a source"),
        ("Prices doubled, a Pyongyang resident quoted by the aid group said.", "a Pyongyang resident"),
        ("Good Friends quoted an official in Hamhung as saying that rations were cut.", "an official in Hamhung"),
        ("Rations were cut, an unidentified party official told Good Friends.", "party official"),
    ],
)
def test_a_re_reported_informant_is_a_source_and_the_outlet_is_not(sentence: str, descriptor: str) -> None:
    found = _sources(sentence, outlet="yonhap")
    assert len(found) == 1
    assert descriptor in found[0][0]
    assert not any(name in found[0][0] for name in ("Good Friends", "Daily NK", "aid group"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("North Korea fired two missiles, a government source said.", ("a government source", "KR:seoul")),
        ("The parade is being rehearsed, a South Korean official said.", ("a South Korean official", "KR:seoul")),
        ("Troops were seen near the border, military sources said.", ("military sources", "KR:seoul")),
        ("The fields were flooded, a North Korean defector said.", ("a North Korean defector", None)),
    ],
)
def test_the_dateline_places_the_outlets_own_officials(sentence: str, expected: tuple[str, str | None]) -> None:
    text = f"SEOUL, Aug. 2 (Yonhap) -- {sentence}"
    assert _sources(text, published="2024-08-02", outlet="yonhap") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Rations were cut, a worker told the manager.",
        "Rations were cut, a trader told Chinese customs officers.",
        "Rations were cut, a driver told North Korean police.",
    ],
)
def test_a_person_who_told_someone_who_is_no_outlet_is_no_source(text: str) -> None:
    assert _sources(text, outlet="yonhap") == []


def test_without_a_dateline_an_official_stays_unplaced() -> None:
    assert _sources("North Korea fired two missiles, a government source said.", outlet="yonhap") == [
        ("a government source", None)
    ]


@pytest.mark.parametrize(
    ("descriptor", "place", "expected"),
    [
        ("a senior government official", "KR:seoul", "KR:seoul"),
        ("a Chinese official", "KR:seoul", None),
        ("a Chinese official", "CN-BJ:beijing", "CN-BJ:beijing"),
        ("a foreign diplomat", "KR:seoul", None),
        ("a senior U.S. official", "KR:seoul", None),
        ("a Western intelligence official", "KR:seoul", None),
        ("an official at the Ministry of Unification", "KR:seoul", "KR:seoul"),
        ("a source", "KR:seoul", None),
        ("a government source", None, None),
    ],
)
def test_placed_by_dateline(descriptor: str, place: str | None, expected: str | None) -> None:
    assert placed_by_dateline(descriptor, place) == expected


def test_a_later_relative_clause_narrows_a_province_to_its_city() -> None:
    text = (
        "A source in North Pyongan Province told Daily NK that bus services stopped. "
        "The source, who lives in Sinuiju, added that guards were doubled."
    )
    assert _sources(text) == [("A source in North Pyongan Province", "KP-03:sinuiju")]
