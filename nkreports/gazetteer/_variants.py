"""Romanization variants generated from a region's McCune–Reischauer and Revised Romanization names.

The press spells one Korean name many ways: ``Hoeryong``, ``Hoeryeong``,
``Hoiryong``, ``Hoe-ryong``, ``Hoe Ryong``.  Rather than listing each spelling,
the index generates them from the two standard forms: each name is cut into
syllables (checked against the Hangul syllable count) and every syllable is
spelled each way the press spells it; the syllables are then written joined,
hyphenated or apart.

:func:`variants` gives the spellings that change the index's sound key
(``oe``/``oi``, ``ae``/``e`` and syllable spacing); the other alternations the
press uses (``eo``/``o``, ``u``/``oo``, ``k``/``g``, ``ch``/``j``, ``t``/``d``,
``p``/``b``, ``s``/``sh``, hyphens) already meet in the sound key of
:mod:`._keys`, and :func:`variants` with ``full=True`` writes them out too (the
tests check that each lands on the same region).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from nkreports.model import Region, RegionKind

from ._keys import fold

__all__ = ["syllables", "variants"]

_ONSETS = (
    "kk",
    "tt",
    "pp",
    "ss",
    "jj",
    "ch",
    "sh",
    "k",
    "g",
    "n",
    "d",
    "t",
    "r",
    "l",
    "m",
    "b",
    "p",
    "s",
    "j",
    "h",
    "",
)
_VOWELS = (
    "yeo", "wae", "woe", "weo", "yae", "ye", "ya", "yo", "yu", "wa", "wo", "we", "wi",
    "ui", "oe", "ae", "eo", "eu", "a", "e", "i", "o", "u",
)  # fmt: skip
_CODAS = ("ng", "n", "m", "l", "k", "p", "t", "")
# Hangul endings of administrative units, longest first ("특별시" before "시").
_HANGUL_SUFFIXES = ("로동자구", "특별시", "직할시", "구역", "지구", "시", "군", "도", "구", "리", "읍")
_ROMAN_SUFFIX = re.compile(r"[-\s](?:si|shi|kun|gun|do|to|guyok|kuyok|guyeok|chigu|jigu)$")
# The kinds whose names are generated; countries and foreign units keep their listed spellings.
_KINDS = frozenset(
    {
        RegionKind.PROVINCE,
        RegionKind.CAPITAL_CITY,
        RegionKind.SPECIAL_CITY,
        RegionKind.CITY,
        RegionKind.COUNTY,
        RegionKind.DISTRICT,
    }
)
# Alternative spellings of one syllable's parts: those that change the sound key ...
_KEY_VOWELS = {"oe": ("oe", "oi"), "ae": ("ae", "e")}
# ... and those the sound key already levels (written out only with full=True).
_SAME_VOWELS = {"eo": ("eo", "o"), "u": ("u", "oo"), "yeo": ("yeo", "yo")}
_SAME_ONSETS = {"k": ("k", "g"), "g": ("g", "k"), "ch": ("ch", "j"), "j": ("j", "ch"), "t": ("t", "d")}
_SAME_ONSETS |= {"d": ("d", "t"), "p": ("p", "b"), "b": ("b", "p"), "s": ("s", "sh")}
_MIN_LETTERS = 4  # shorter generated names are too easily ordinary words
# Two syllables written apart read as a given name ("Jang Song-thaek"); three or more are a place.
_SPACED_SYLLABLES = 3


def syllables(word: str, count: int) -> tuple[tuple[str, str, str], ...] | None:
    """*word* (folded, one name) cut into *count* (onset, vowel, coda) syllables, or ``None``.

    Onsets are taken as long as possible, so a consonant between two vowels
    opens the next syllable (``hyesan`` -> ``hye`` ``san``).

    >>> syllables("hoeryong", 2)
    (('h', 'oe', ''), ('r', 'yo', 'ng'))
    """

    def parse(i: int, left: int) -> tuple[tuple[str, str, str], ...] | None:
        if i == len(word):
            return () if left == 0 else None
        if left == 0:
            return None
        for onset in _ONSETS:
            if not word.startswith(onset, i):
                continue
            j = i + len(onset)
            for vowel in _VOWELS:
                if not word.startswith(vowel, j):
                    continue
                k = j + len(vowel)
                for coda in _CODAS:
                    if not word.startswith(coda, k):
                        continue
                    rest = parse(k + len(coda), left - 1)
                    if rest is not None:
                        return ((onset, vowel, coda), *rest)
                break  # the longest vowel only
        return None

    return parse(0, count) if count > 0 else None


def _base(region: Region) -> tuple[str, int] | None:
    """The region's name without its administrative ending, and its Hangul syllable count."""
    if region.kind not in _KINDS or not region.hangul:
        return None
    hangul = region.hangul
    for suffix in _HANGUL_SUFFIXES:
        if hangul.endswith(suffix) and len(hangul) > len(suffix):
            hangul = hangul[: -len(suffix)]
            break
    if region.kind is RegionKind.PROVINCE and hangul.endswith(("남", "북")):
        return None  # "South Pyongan" and "North Pyongan": the province pairs are listed in full
    return hangul, len(hangul)


def _spell(parts: tuple[tuple[str, str, str], ...], *, full: bool) -> list[list[str]]:
    options = []
    for onset, vowel, coda in parts:
        onsets = _SAME_ONSETS.get(onset, (onset,)) if full else (onset,)
        vowels = _KEY_VOWELS.get(vowel, (vowel,)) + (_SAME_VOWELS.get(vowel, ())[1:] if full else ())
        options.append([o + v + coda for o in onsets for v in vowels])
    return options


@lru_cache(maxsize=4096)
def variants(region: Region, *, full: bool = False) -> tuple[str, ...]:
    """Spellings generated from *region*'s MR and RR names (see the module docstring).

    Only cities, counties, districts and single-name provinces get them;
    names shorter than four letters and names whose syllables cannot be
    matched to the Hangul are left out.
    """
    base = _base(region)
    if base is None:
        return ()
    count = base[1]
    out: dict[str, None] = {}
    for name in (region.name_mr, region.name_rr, region.name):
        if not name:
            continue
        word = _ROMAN_SUFFIX.sub("", fold(name)).replace("-", "").replace(" ", "")
        if not word.isalpha() or len(word) < _MIN_LETTERS:
            continue
        parts = syllables(word, count)
        if parts is None:
            continue
        for spelled in itertools.product(*_spell(parts, full=full)):
            joined = "".join(spelled)
            if len(joined) < _MIN_LETTERS:
                continue
            out[joined.capitalize()] = None
            if len(spelled) > 1:
                out["-".join(spelled).capitalize()] = None
            if len(spelled) >= _SPACED_SYLLABLES:
                out[" ".join(s.capitalize() for s in spelled)] = None
    listed = {fold(s) for s in region.spellings}
    return tuple(v for v in out if fold(v) not in listed)
