"""Tables the region finder consults: suffixes, false friends and context rules.

They are plain data so that a caller can read them in the docs and, where a
table is exposed as a keyword of :func:`~nkreports.gazetteer.find_regions`,
pass its own.  Every word is compared in folded form (lower case, no
diacritics, no apostrophes).
"""

from __future__ import annotations

from types import MappingProxyType

from nkreports.model import RegionKind, RegionLevel

__all__ = [
    "DEFAULT_READINGS",
    "KOREAN_SUFFIXES",
    "KOREAN_SURNAMES",
    "NEAR",
    "NEEDS_CONTEXT",
    "NOT_PLACE_AFTER",
    "NOT_PLACE_BEFORE",
    "NOT_PLACE_PHRASES",
    "SUBUNIT_SUFFIXES",
    "SUFFIX_LEVELS",
]

#: Words after a name that say what kind of unit it is (``Kapsan County``).
SUFFIX_LEVELS: MappingProxyType[str, frozenset[RegionLevel]] = MappingProxyType(
    {
        **dict.fromkeys(("province", "provinces", "do", "to"), frozenset({RegionLevel.PROVINCE})),
        **dict.fromkeys(("county", "counties", "gun", "kun"), frozenset({RegionLevel.COUNTY})),
        **dict.fromkeys(("city", "cities", "si", "shi"), frozenset({RegionLevel.CITY})),
        **dict.fromkeys(("district", "districts", "guyok", "kuyok", "gu", "ward"), frozenset({RegionLevel.DISTRICT})),
    }
)

#: Korean suffixes joined to a name with a hyphen (``Gapsan-gun``), by kind.
KOREAN_SUFFIXES: MappingProxyType[RegionKind, tuple[str, ...]] = MappingProxyType(
    {
        RegionKind.PROVINCE: ("do",),
        RegionKind.CAPITAL_CITY: ("si",),
        RegionKind.SPECIAL_CITY: ("si",),
        RegionKind.CITY: ("si", "shi"),
        RegionKind.COUNTY: ("gun", "kun"),
        RegionKind.DISTRICT: ("guyok", "kuyok"),
    }
)

#: A hyphenated ending that makes the word a sub-county unit (``Hyesan-dong``):
#: not annotated, so the name inside it is not a mention.
SUBUNIT_SUFFIXES = frozenset({"dong", "ri", "ni", "rodongjagu", "up", "eup", "myon", "myeon", "tong", "chigu"})

#: A word right after a name that makes it something else (``Tumen River``,
#: ``Moranbong Band``, ``Hwasong missile``).
NOT_PLACE_AFTER = frozenset(
    {
        "river",
        "rivers",
        "stream",
        "mountain",
        "mountains",
        "range",
        "band",
        "orchestra",
        "ensemble",
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "icbm",
        "beer",
        "tea",
    }
)

#: Surnames: a one-word name right after one is a person's given name
#: (``Jo Yong-won`` is not Nyongwon county, ``Kim Jae-ryong`` not Chaeryong).
KOREAN_SURNAMES = frozenset(
    {
        "kim", "ri", "lee", "yi", "rhee", "pak", "park", "choe", "choi", "jang", "chang", "kang", "jo", "cho",
        "han", "hyon", "hyun", "hwang", "jong", "jon", "jeon", "chon", "o", "oh", "ho", "mun", "moon", "yoon",
        "yun", "paek", "baek", "ju", "chu", "kwon", "sin", "shin", "hong", "ryu", "yu", "im", "lim", "thae",
        "ko", "kye", "sohn", "chae", "ryom", "song", "yang", "nam", "jin", "cha", "min", "ahn", "pang", "seo",
        "tak", "wi", "kil", "ra", "na", "jun", "jung", "chung", "ham", "myong", "pyon", "byun", "ok",
    }
)  # fmt: skip

#: A word right before a name that makes it a mountain (``Mount Paektu``).
NOT_PLACE_BEFORE = frozenset({"mount", "mt"})

#: Names of outlets and other phrases whose place names are not mentions.
NOT_PLACE_PHRASES: tuple[str, ...] = (
    "Daily NK",
    "NK News",
    "NK Pro",
    "NKNews",
    "NK Economy Watch",
    "North Korea Economy Watch",
    "Voice of America",
    "Pyongyang Times",
    "North America",
    "South America",
    "Latin America",
    "Central America",
)

#: Spellings that are also a person, a thing or a South Korean or other place.
#: ``person``: accepted only with an administrative suffix or with one of the
#: region's containers right beside it in the same clause.  ``thing`` (bare, it
#: is usually a river, a missile, a movement or a mountain): accepted only with
#: an administrative suffix (``Hwasong District``).  ``homonym`` (a
#: river, a missile, a foreign town): accepted with a suffix, with a container
#: named anywhere in the text, with another place of the same province named,
#: or right after "North Korea's"; never right after "the" (``the Tumen``).
#: ``south`` (also a South Korean place, suffix and all): as ``homonym`` but a
#: suffix proves nothing, and never right after a South Korean cue
#: ("South Korea's Gangwon Province").
NEEDS_CONTEXT: MappingProxyType[str, str] = MappingProxyType(
    {
        **dict.fromkeys(
            (
                "kim hyong jik",
                "kim hyongjik",
                "kim jong suk",
                "kim jongsuk",
                "kim hyong gwon",
                "kim hyonggwon",
                "kim chaek",
            ),
            "person",
        ),
        **dict.fromkeys(
            (
                "gangwon",
                "gangwondo",
                "pohang",
                "pangyo",
                "ongjin",
                "taean",
                "daean",
                "sinchon",
                "kosong",
                "kimhwa",
                "gimhwa",
                "chorwon",
                "cholwon",
                "haean",
            ),
            "south",
        ),
        **dict.fromkeys(
            ("taedong", "daedong", "taedonggang", "daedonggang", "hwasong", "chollima", "kumgang", "geumgang"),
            "thing",
        ),
        **dict.fromkeys(
            (
                "tumen",
                "longjing",
                "jian",
                "hasan",
                "sohae",
            ),
            "homonym",
        ),
    }
)

#: How far (in characters) a container may stand from a ``person`` name.
NEAR = 120

#: The reading chosen for a name shared by several regions when nothing in the
#: text decides: Unsan county in North Pyongan (the gold-mining county the press
#: names; South Pyongan's Ŭnsan is usually written Eunsan).
DEFAULT_READINGS: MappingProxyType[str, str] = MappingProxyType({"unsan": "KP-03:unsan"})
