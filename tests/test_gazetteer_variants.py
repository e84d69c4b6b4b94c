"""Romanization variants generated from each region's McCune–Reischauer and Revised Romanization names."""

from __future__ import annotations

import pytest

from nkreports.gazetteer import Gazetteer, default_gazetteer, find_regions
from nkreports.gazetteer._index import build_index, index_for
from nkreports.gazetteer._keys import units
from nkreports.gazetteer._variants import syllables, variants

GAZETTEER = default_gazetteer()
INDEX = index_for(GAZETTEER)


def _sound_keys(spelling: str) -> set[str]:
    parts = units(spelling)
    return {"".join(u.sound for u in parts), " ".join(u.sound for u in parts)}


def test_variants_cover_the_alternations_the_press_uses() -> None:
    hoeryong = set(variants(GAZETTEER["KP-09:hoeryong"], full=True))
    assert {"Hoiryong", "Hoe-ryong", "Hoi-ryeong"} <= hoeryong  # oe/oi, hyphen, eo/o
    haeju = set(variants(GAZETTEER["KP-05:haeju"], full=True))
    assert "Heju" in haeju  # ae/e
    chagang = set(variants(GAZETTEER["KP-04"], full=True))
    assert "Jagang" in chagang or "Jagang" in GAZETTEER["KP-04"].spellings  # ch/j
    kimjongsuk = set(variants(GAZETTEER["KP-10:kimjongsuk"], full=True))
    assert "Gim Jong Suk" in kimjongsuk  # three syllables may be written apart


def test_syllables_follow_the_hangul_count() -> None:
    assert syllables("hyesan", 2) == (("h", "ye", ""), ("s", "a", "n"))
    assert syllables("hyesan", 5) is None


def test_every_kept_variant_resolves_to_its_region_and_nothing_else() -> None:
    for region_id, spellings in INDEX.generated.items():
        for spelling in spellings:
            owners = {e.region_id for key in _sound_keys(spelling) for e in INDEX.entries.get(key, ())}
            assert owners == {region_id}, spelling
        # and in running text, for one spelling of each region
        found = {m.region.id for m in find_regions(f"Traders in {spellings[0]} said prices rose.", GAZETTEER)}
        assert found <= {region_id}, spellings[0]


def test_ambiguous_variants_are_dropped_because_another_region_sounds_the_same() -> None:
    assert INDEX.ambiguous  # e.g. the two Unsan counties generate the same spellings
    holders: dict[str, set[str]] = {}
    for region in GAZETTEER:
        for spelling in (*region.spellings, *variants(region, full=True)):
            for key in _sound_keys(spelling):
                holders.setdefault(key, set()).add(region.id)
    for region_id, spellings in INDEX.ambiguous.items():
        for spelling in spellings:
            assert spelling not in INDEX.generated.get(region_id, ())
            others = set().union(*(holders.get(key, set()) for key in _sound_keys(spelling))) - {region_id}
            assert others, spelling


def test_the_outcome_does_not_depend_on_the_order_of_the_gazetteer() -> None:
    backwards = Gazetteer.from_regions(reversed(list(GAZETTEER)), not_places=GAZETTEER.not_places)
    index = build_index(backwards)
    assert {k: set(v) for k, v in index.generated.items()} == {k: set(v) for k, v in INDEX.generated.items()}
    assert {k: set(v) for k, v in index.ambiguous.items()} == {k: set(v) for k, v in INDEX.ambiguous.items()}


@pytest.mark.parametrize(
    ("text", "region_id"),
    [
        ("Rice prices fell in Hoiryong last week.", "KP-09:hoeryong"),
        ("A market in Hoi-ryong was closed.", "KP-09:hoeryong"),
        ("Officials from Heju visited the farm.", "KP-05:haeju"),
    ],
)
def test_press_spellings_the_list_lacks_are_found(text: str, region_id: str) -> None:
    assert [m.region.id for m in find_regions(text, GAZETTEER)] == [region_id]


@pytest.mark.parametrize(
    "text",
    [
        "He left in June and came back.",  # "June" sounds like a generated "Chonne"
        "Jang Song-thaek was executed in 2013.",  # a given name, not "Chang-song"
    ],
)
def test_generated_variants_match_only_as_written(text: str) -> None:
    assert not any(m.region.id.count(":") for m in find_regions(text, GAZETTEER))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rice cost 6,000 won (US$0.75) a kilo.", set()),
        ("Traders want to be paid in U.S. dollars or Chinese yuan.", set()),
        ("DPRK Premier Kim Tok Hun toured the farm.", {"KP"}),
        ("Defectors fleeing to the capitalist South were caught.", {"KR"}),
    ],
)
def test_country_names_as_noun_modifiers_count_but_not_in_currencies(text: str, expected: set[str]) -> None:
    assert {m.region.id for m in find_regions(text, GAZETTEER)} == expected
