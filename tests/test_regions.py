"""find_regions: every mention, whatever the spelling, and nothing that is not a place."""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkreports.gazetteer import RegionMatch, default_gazetteer, find_regions

GAZ = default_gazetteer()


def ids(text: str, **options: bool) -> list[str]:
    return [m.region.id for m in find_regions(text, **options)]


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.span.text, m.region.id) for m in find_regions(text)]


class TestSpellings:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Rice is dear in Gapsan this spring.", "KP-10:kapsan"),
            ("A trader from Yangkang Province said so.", "KP-10"),
            ("Officials in Chung-Jin met on Friday.", "KP-09:chongjin"),
            ("Residents of Hoeryeong were told to stay home.", "KP-09:hoeryong"),
            ("Smugglers in Samsoo were caught.", "KP-10:samsu"),
            ("Farms in Pungseo lost their seed.", "KP-10:pungso"),
            ("A Shinuiju official said so.", "KP-03:sinuiju"),
            ("Guards in Onsung were rotated.", "KP-09:onsong"),
            ("Timber from Bochon County was seized.", "KP-10:pochon"),
            ("Homes in Rangrang District were searched.", "KP-01:rangnang"),
            ("Traders in N Hamkyung complained.", "KP-09"),
            ("Traders in North Hamgyung complained.", "KP-09"),
            ("Students in Jagang province were mobilized.", "KP-04"),
            ("A source in Ch’ŏngjin said so.", "KP-09:chongjin"),
            ("Workers in Gapsan-gun were told.", "KP-10:kapsan"),
        ],
    )
    def test_spelling_resolves(self, text: str, expected: str) -> None:
        """Press, MR, RR, DPRK and older spellings all resolve to the region's id."""
        assert ids(text) == [expected]

    def test_line_break_inside_name(self) -> None:
        """A hard line break inside a name does not hide it; the span keeps the break."""
        assert spans("a source in Yangkang\nProvince reported") == [("Yangkang\nProvince", "KP-10")]

    def test_lower_case_province(self) -> None:
        """RFA's lower-case 'province' is part of the mention."""
        assert spans("a resident of North Hamgyong province told RFA") == [("North Hamgyong province", "KP-09")]

    def test_decomposed_accents(self) -> None:
        """Text in decomposed Unicode (NFD) still matches, and spans keep the combining marks."""
        text = unicodedata.normalize("NFD", "Officials in Sinŭiju met.")
        assert spans(text) == [(unicodedata.normalize("NFD", "Sinŭiju"), "KP-03:sinuiju")]

    def test_possessive(self) -> None:
        """A possessive ending is not part of the name."""
        assert spans("Hyesan’s markets reopened") == [("Hyesan", "KP-10:hyesan")]


class TestLongestMatch:
    def test_longest_wins(self) -> None:
        """'South Pyongan' is one mention of KP-02, not a mention of anything shorter."""
        assert ids("Farmers in South Pyongan Province planted early.") == ["KP-02"]

    def test_place_inside_longer_name(self) -> None:
        """A place inside an organisation's name counts."""
        assert ids("Trucks lined up at the Hyesan Customs House.") == ["KP-10:hyesan"]
        assert ids("Staff of the Kaesong Industrial Complex left.") == ["KP-15"]
        assert ids("Staff of the Kaesong Industrial Complex left.", zones=True) == ["KP-15:kaesong-zone"]

    def test_compounds(self) -> None:
        """Noun forms inside border compounds count; 'Sino-' does not."""
        assert ids("Trade across the China-North Korea border slowed.") == ["CN", "KP"]
        assert ids("Guards on the Sino-NK border were doubled.") == ["KP"]
        assert ids("A Vladivostok-based trader said so.") == ["RU-PRI:vladivostok"]


class TestPlurals:
    def test_list_with_plural(self) -> None:
        """'Ryanggang and North Hamgyong provinces' names both provinces."""
        assert ids("Ryanggang and North Hamgyong provinces were sealed.") == ["KP-10", "KP-09"]

    def test_elliptical_pair(self) -> None:
        """'North and South Pyongan Provinces' names both Pyongan provinces."""
        assert sorted(ids("Trains from North and South Pyongan Provinces were stopped.")) == ["KP-02", "KP-03"]

    def test_bare_plural(self) -> None:
        """'Hamgyong provinces' names both Hamgyong provinces, with one shared span."""
        found = find_regions("Fishing in the Hamgyong provinces was banned.")
        assert sorted(m.region.id for m in found) == ["KP-08", "KP-09"]
        assert {m.span.text for m in found} == {"Hamgyong provinces"}


class TestNotRegions:
    @pytest.mark.parametrize(
        "text",
        [
            "A source in the province said the border city was quiet.",
            "Chinese traders and North Korean officials met.",
            "South Korean cosmetics and Sino-North Korean trade.",
            "Smugglers crossed the Yalu River near Mount Paektu.",
            "Bodies were found on the banks of the Tumen River.",
            "Residents of Hyegang-dong were questioned.",
            "The Hwasong-17 was paraded.",
            "The Moranbong Band performed.",
            "border, china, north korea, dprk, yanggang",
            "He told Daily NK and NK News as much.",
            "A portrait of Kim Hyong Jik hangs in every classroom.",
        ],
    )
    def test_not_a_mention(self, text: str) -> None:
        """Generic phrases, adjectives, rivers, mountains, sub-county units and outlet names give nothing."""
        assert ids(text) == []

    def test_headline_nk(self) -> None:
        """'NK' as a noun in a headline is North Korea."""
        assert ids("NK doubles efforts to catch smugglers") == ["KP"]


class TestContext:
    def test_person_name_with_parent(self) -> None:
        """A county named after a person counts when its province stands beside it."""
        assert ids("He was sent to Kim Hyong Jik, Ryanggang Province.") == ["KP-10:kimhyongjik", "KP-10"]
        assert ids("Farms in Kim Hyong Jik County were inspected.") == ["KP-10:kimhyongjik"]

    def test_shared_name_by_parent(self) -> None:
        """Unsan is decided by the province named next to it."""
        assert ids("In Unsan, South Pyongan Province, wells ran dry.") == ["KP-02:unsan", "KP-02"]
        assert ids("In Unsan, North Pyongan Province, wells ran dry.") == ["KP-03:unsan", "KP-03"]

    def test_shared_name_by_article(self) -> None:
        """Without a neighbour, the provinces the article names elsewhere decide."""
        text = "Gold miners in Unsan were arrested.\n\nThe South Pyongan security bureau issued the order."
        assert ids(text)[0] == "KP-02:unsan"

    def test_gangwon(self) -> None:
        """Gangwon is the North's only with support; South Korea's Gangwon gives nothing."""
        assert ids("He now lives in South Korea's Gangwon Province.") == ["KR"]
        assert ids("Police in Wonsan, Gangwon Province, raided homes.") == ["KP-07:wonsan", "KP-07"]
        assert ids("Kangwon Province officials were replaced.") == ["KP-07"]

    def test_south_korean_homonym(self) -> None:
        """A South Korean city sharing a northern name is not the northern unit."""
        assert ids("He settled in Pohang, South Korea.") == ["KR"]

    def test_north_and_south_as_nouns(self) -> None:
        """'the North' and 'the South' as nouns name the two Koreas; adjectives do not."""
        assert ids("She fled the North and reached the South.") == ["KP", "KR"]
        assert ids("the North’s markets") == ["KP"]
        assert ids("the North Korean authorities") == []
        assert ids("the North and the South", nouns=False) == []

    def test_given_names(self) -> None:
        """A given name after a Korean surname is a person, even when it spells a county."""
        assert ids("Officials met Kim Song-hwa and Jo Yong-won.") == []
        assert ids("Officials met Kim Jae-ryong in Hyesan.") == ["KP-10:hyesan"]

    def test_direction_not_country(self) -> None:
        """'the South of the country' is a direction, not South Korea."""
        assert ids("Rain fell in the South of the country.") == []

    def test_things_need_a_suffix(self) -> None:
        """Bare 'Hwasong' is a missile; 'Hwasong District' is the Pyongyang ward."""
        assert ids("Pyongyang test-fired a Hwasong on Monday.") == ["KP-01"]
        assert ids("Homes in Hwasong District were searched.") == ["KP-01:hwasong"]

    def test_river_town_with_suffix(self) -> None:
        """'Tumen City' is the town; 'the Tumen' is the river."""
        assert ids("Trucks left Tumen City at dawn.") == ["CN-JL:tumen"]
        assert ids("Smugglers waded across the Tumen.") == []

    def test_workers_party(self) -> None:
        """'Workers' Party of Korea' names North Korea."""
        assert ids("the Workers’ Party of Korea") == ["KP"]


_NAMES = [s for r in GAZ for s in (r.name, *r.aliases) if s[:1].isupper()]
_FILLER = st.sampled_from(["", " ", ", ", " and ", ". ", "\n", " in ", " near the "])


@given(st.lists(st.tuples(_FILLER, st.sampled_from(_NAMES)), min_size=1, max_size=6), _FILLER)
def test_mentions_are_well_formed(parts: list[tuple[str, str]], tail: str) -> None:
    """Spans slice back to their text, come in order and never overlap (a plural may repeat one span)."""
    text = "".join(f + n for f, n in parts) + tail
    found = find_regions(text)
    for match in found:
        assert text[match.span.start : match.span.end] == match.span.text
    for a, b in itertools.pairwise(found):
        same = (a.span.start, a.span.end) == (b.span.start, b.span.end)
        assert same or a.span.end <= b.span.start


def test_every_spelling_is_found_in_context() -> None:
    """Every name and alias, followed by its province, is found as its own region.

    Gangwon needs a northern cue (it usually means South Korea's province);
    bare names of things (the Taedong River, the Hwasong missile) need a suffix.
    """
    things = {"taedong", "daedong", "taedonggang", "daedonggang", "hwasong", "chollima", "kumgang", "geumgang"}
    for region in GAZ:
        province = GAZ.first_level(region)
        beside = f", {province.name}" if province.id != region.id and province.parent is not None else ""
        for name in (region.name, *region.aliases):
            if not name[:1].isupper():
                continue
            if name.casefold().replace("ŭ", "u") in things:
                assert region.id not in ids(f"Officials in {name}{beside} said so.")
                continue
            cue = "North Korea's " if name.startswith("Gangwon") else ""
            found = find_regions(f"Officials in {cue}{name}{beside} said so.", zones=True)
            assert found[1 if cue else 0].region.id == region.id, name


@given(st.text(max_size=300))
def test_arbitrary_text(text: str) -> None:
    """Any text gives a tuple of well-formed matches."""
    found = find_regions(text)
    assert all(isinstance(m, RegionMatch) for m in found)
    assert all(text[m.span.start : m.span.end] == m.span.text for m in found)
