"""The Gazetteer API: ids, spellings, hierarchy and levels."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkreports.exceptions import GazetteerDataError, NKReportsError
from nkreports.gazetteer import Gazetteer, RegionNotFoundError, default_gazetteer
from nkreports.model import Region, RegionKind, RegionLevel

GAZ = default_gazetteer()


class TestGet:
    def test_get_known(self) -> None:
        """`get` returns the region with that id."""
        region = GAZ.get("KP-10:hyesan")
        assert region is not None
        assert region.name == "Hyesan"

    def test_get_unknown(self) -> None:
        """`get` returns None for an unknown id; indexing raises a LookupError."""
        assert GAZ.get("KP-10:nowhere") is None
        with pytest.raises(LookupError):
            GAZ["KP-10:nowhere"]

    def test_loaded_once(self) -> None:
        """The default gazetteer is built once and shared."""
        assert default_gazetteer() is GAZ
        assert len(GAZ) == 263


class TestLookup:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("Yangkang", "KP-10"),
            ("yanggang province", "KP-10"),
            ("Ryanggang-do", "KP-10"),
            ("Gapsan", "KP-10:kapsan"),
            ("Kapsan-gun", "KP-10:kapsan"),
            ("Gapsan County", "KP-10:kapsan"),
            ("N. Hamgyong", "KP-09"),
            ("N Hamkyung", "KP-09"),
            ("North Hamgyung", "KP-09"),
            ("S. Pyongan", "KP-02"),
            ("Sinŭiju", "KP-03:sinuiju"),
            ("Shinuiju", "KP-03:sinuiju"),
            ("Ch’ŏngjin", "KP-09:chongjin"),
            ("Chung-Jin", "KP-09:chongjin"),
            ("Hoeryeong", "KP-09:hoeryong"),
            ("Onsung", "KP-09:onsong"),
            ("Pungseo", "KP-10:pungso"),
            ("Samsoo", "KP-10:samsu"),
            ("Bochon", "KP-10:pochon"),
            ("Bocheon County", "KP-10:pochon"),
            ("Rangrang", "KP-01:rangnang"),
            ("Jagang", "KP-04"),
            ("Hyesan City", "KP-10:hyesan"),
            ("Hyesan-si", "KP-10:hyesan"),
            ("Moranbong District", "KP-01:moranbong"),
            ("Moranbong-guyok", "KP-01:moranbong"),
            ("P'YONGYANG", "KP-01"),
        ],
    )
    def test_any_spelling(self, name: str, expected: str) -> None:
        """Case, diacritics, apostrophes, hyphens, suffixes and romanizations do not matter."""
        assert GAZ.lookup(name).id == expected

    def test_not_found(self) -> None:
        """An unknown name raises RegionNotFoundError, a LookupError and an NKReportsError."""
        with pytest.raises(RegionNotFoundError) as info:
            GAZ.lookup("Atlantis")
        assert isinstance(info.value, LookupError)
        assert isinstance(info.value, NKReportsError)
        assert GAZ.lookup_all("Atlantis") == ()

    def test_shared_name(self) -> None:
        """A shared name lists every region; `lookup` takes the first by level, then id."""
        assert [r.id for r in GAZ.lookup_all("Unsan")] == ["KP-02:unsan", "KP-03:unsan"]
        assert GAZ.lookup("Unsan").id == "KP-02:unsan"


class TestHierarchy:
    def test_parent_and_ancestors(self) -> None:
        """Ancestors run from the parent up to the country."""
        parent = GAZ.parent("KP-09:sunam")
        assert parent is not None
        assert parent.id == "KP-09:chongjin"
        assert [a.id for a in GAZ.ancestors("KP-09:sunam")] == ["KP-09:chongjin", "KP-09", "KP"]
        assert GAZ.parent("KP") is None
        assert GAZ.ancestors("KP") == ()

    def test_children(self) -> None:
        """Children of a province include its cities and counties."""
        ids = {r.id for r in GAZ.children("KP-10")}
        assert {"KP-10:hyesan", "KP-10:kapsan", "KP-10:samjiyon"} <= ids
        assert all(GAZ.contains("KP-10", i) for i in ids)

    def test_contains(self) -> None:
        """Containment follows the parent chain and is reflexive."""
        assert GAZ.contains("KP", "KP-10:hyesan")
        assert GAZ.contains("KP-10", "KP-10")
        assert not GAZ.contains("KP-09", "KP-10:hyesan")
        assert not GAZ.contains("KP-10:hyesan", "KP-10")

    def test_first_level(self) -> None:
        """The first-level unit of a ward is its province."""
        assert GAZ.first_level("KP-09:sunam").id == "KP-09"
        assert GAZ.first_level("KP").id == "KP"

    def test_by_level(self) -> None:
        """Report levels and gazetteer kinds both select regions."""
        provinces = GAZ.by_level("province")
        assert {"KP-10", "CN-JL"} <= {r.id for r in provinces}
        assert all(r.level is RegionLevel.PROVINCE for r in provinces)
        assert len(GAZ.by_level(RegionKind.PROVINCE)) == 9
        assert {r.id for r in GAZ.by_level("special_city")} == {"KP-13", "KP-14", "KP-15"}
        with pytest.raises(ValueError, match="unknown level"):
            GAZ.by_level("planet")


class TestSmallGazetteer:
    def test_from_regions(self) -> None:
        """A hand-built gazetteer of three regions works like the shipped one."""
        gaz = Gazetteer.from_regions(
            [
                Region(id="KP", kind="country", name="North Korea"),
                Region(id="KP-10", kind="province", name="Ryanggang", parent="KP", aliases=["Yanggang"]),
                Region(id="KP-10:hyesan", kind="city", name="Hyesan", parent="KP-10"),
            ]
        )
        assert gaz.lookup("Yangkang Province").id == "KP-10"
        assert gaz.contains("KP", "KP-10:hyesan")
        assert gaz.provenance is None

    def test_duplicate_ids(self) -> None:
        """Duplicate ids are a data error."""
        with pytest.raises(GazetteerDataError):
            Gazetteer.from_regions(
                [Region(id="KP", kind="country", name="A"), Region(id="KP", kind="country", name="B")]
            )

    def test_missing_parent(self) -> None:
        """A parent that is not in the gazetteer is a data error."""
        with pytest.raises(GazetteerDataError):
            Gazetteer.from_regions([Region(id="KP-10", kind="province", name="Ryanggang", parent="KP")])


_SPELLINGS = [(r.id, s) for r in GAZ for s in r.spellings]


@given(st.sampled_from(_SPELLINGS))
def test_every_spelling_resolves_to_its_region(item: tuple[str, str]) -> None:
    """Every name and alias in the data looks up its own region, or one sharing the spelling."""
    region_id, spelling = item
    found = GAZ.lookup_all(spelling)
    assert region_id in {r.id for r in found}
    assert GAZ.lookup(spelling) == found[0]


def test_every_spelling_resolves_exhaustively() -> None:
    """The property above, for all spellings at once; shared spellings are the documented Unsan pair."""
    shared = set()
    for region_id, spelling in _SPELLINGS:
        ids = {r.id for r in GAZ.lookup_all(spelling)}
        assert region_id in ids, spelling
        if len(ids) > 1:
            shared.add(spelling)
    assert shared == {"Unsan", "Unsan County", "Unsan-gun"}


@given(st.text(max_size=40))
def test_lookup_any_text(name: str) -> None:
    """Any string either names regions or raises RegionNotFoundError, never anything else."""
    try:
        region = GAZ.lookup(name)
    except RegionNotFoundError:
        assert GAZ.lookup_all(name) == ()
    else:
        assert region in GAZ.lookup_all(name)
