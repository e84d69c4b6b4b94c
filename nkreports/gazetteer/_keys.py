"""Spelling keys: how two spellings of one place are made to compare equal.

A text is cut into *units* (runs of letters; an apostrophe inside a word, as in
``P'yŏngyang`` or ``Ch’ŏngjin``, does not cut it).  Each unit gets two keys:

``fold``
    lower case, diacritics and apostrophes removed (``Sinŭiju`` -> ``sinuiju``).
``sound``
    the fold with the differences between McCune-Reischauer, Revised
    Romanization, DPRK and older press spellings levelled out: ``eo``/``ŏ``/``u``
    -> ``o``, ``eu``/``oo`` -> ``u`` -> ``o``, voiced and aspirated consonants to
    plain ones (``g``/``kh`` -> ``k``, ``b``/``ph`` -> ``p``, ``d``/``th`` -> ``t``,
    ``j`` -> ``ch``), ``sh`` -> ``s``, ``l`` -> ``r``, doubled consonants single.
    So ``Hoeryeong``, ``Gapsan``, ``Samsoo``, ``Onsung``, ``Bocheon`` and
    ``Chung-Jin`` meet ``Hoeryong``, ``Kapsan``, ``Samsu``, ``Onsong``,
    ``Pochon`` and ``Chongjin``.

Units are joined into a key with ``" "`` where the text has a space, and with
``""`` or ``" "`` where it has a hyphen (both readings are tried), so
``Rajin-Sonbong`` matches ``Rajin Sonbong`` and ``Chung-Jin`` matches ``Chungjin``.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import itemgetter
from typing import NamedTuple, overload

__all__ = ["Sep", "Unit", "Units", "fold", "sound", "units"]

_APOSTROPHES = "'’‘ʼ`´"
_LETTER = r"(?:[^\W\d_]|[\u0300-\u036f])"  # letters, and combining accents of decomposed text
_UNIT = re.compile(_LETTER + r"+(?:[" + _APOSTROPHES + r"]" + _LETTER + r"+){0,8}")
#: Combining accents (as NFKD leaves them) and apostrophes, removed by :func:`fold`.
# The same units as _UNIT, found about twice as fast: ASCII letters in one possessive run (no backtracking is
# ever needed: what follows a run of letters is optional), the other letters and accents one at a time.
_FAST_LETTERS = r"(?:[a-zA-Z]++|[^\W\d_]|[\u0300-\u036f])++"
_SPLIT = re.compile("(" + _FAST_LETTERS + r"(?:[" + _APOSTROPHES + r"]" + _FAST_LETTERS + r"){0,8})")
_APOSTROPHE_S = re.compile("[" + _APOSTROPHES + "][sS]")  # ending a unit of 3 letters or more: a possessive
_DROP = dict.fromkeys([*range(0x300, 0x370), *map(ord, _APOSTROPHES)])
_HYPHENS = frozenset("-‐‑")
_ABBREVIATIONS = frozenset({"mt", "st", "n", "s", "u", "p", "r", "k", "d", "o"})
_SOUND_RULES: tuple[tuple[str, str], ...] = (
    ("eo", "o"),
    ("eu", "u"),
    ("oo", "u"),
    ("ph", "p"),
    ("th", "t"),
    ("kh", "k"),
    ("sh", "s"),
    ("tch", "ch"),
    ("j", "ch"),
    ("ng", "N"),
    ("g", "k"),
    ("b", "p"),
    ("d", "t"),
    ("l", "r"),
    ("u", "o"),
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("ss", "s"),
    ("rr", "r"),
    ("nn", "n"),
    ("mm", "m"),
    ("N", "ng"),
)


class Sep(enum.Enum):
    """What stands between two units of text."""

    SPACE = "space"
    HYPHEN = "hyphen"
    BREAK = "break"


class Unit(NamedTuple):
    """A run of letters in a text, with the separator that precedes it.

    A named tuple rather than an attrs class: texts have many units and this
    private record is built for every one.
    """

    start: int
    end: int
    text: str
    before: Sep
    fold: str
    sound: str


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case, no diacritics, no apostrophes: ``Ch’ŏngjin`` -> ``chongjin``."""
    return unicodedata.normalize("NFKD", word).translate(_DROP).casefold()


@lru_cache(maxsize=65536)
def sound(word: str) -> str:
    """The romanization-neutral key of one unit (see the module docstring)."""
    key = fold(word)
    for old, new in _SOUND_RULES:
        key = key.replace(old, new)
    return key


def _separator(gap: str, previous: str) -> Sep:
    if not gap:
        return Sep.HYPHEN
    if gap.isspace():
        return Sep.SPACE
    if len(gap) == 1 and gap in _HYPHENS:
        return Sep.HYPHEN
    if gap[0] == "." and (not gap[1:] or gap[1:].isspace()) and fold(previous) in _ABBREVIATIONS:
        return Sep.SPACE
    return Sep.BREAK


@lru_cache(maxsize=65536)
def _keys(word: str) -> tuple[str, str]:
    """Both keys of one unit, looked up once."""
    return fold(word), sound(word)


def units(text: str) -> list[Unit]:
    """The units of *text*, possessive ``'s`` removed, with their separators."""
    found: list[Unit] = []
    append = found.append
    new = tuple.__new__  # the tuple constructor itself: cheaper than the named tuple's __new__ and _make
    space = Sep.SPACE
    previous_end = -1
    previous_text = ""
    for match in _UNIT.finditer(text):
        start, end = match.span()
        word = match.group()
        if len(word) > 2 and word[-1] in "sS" and word[-2] in _APOSTROPHES:
            end -= 2
            word = word[:-2]
        if previous_end < 0:
            before = Sep.BREAK
        else:
            gap = text[previous_end:start]
            before = space if gap == " " else _separator(gap, previous_text)
        append(new(Unit, (start, end, word, before, *_keys(word))))
        previous_end = match.end()
        previous_text = word
    return found


_FIRST = itemgetter(0)
_SECOND = itemgetter(1)


class Units(Sequence[Unit]):
    """The units of a long text, as :func:`units` finds them, each built only when it is read.

    One split of the text into units and gaps gives every unit's text and
    offsets; a :class:`Unit` (its separator and keys) is made when a finder
    reads it, which on a long text is a small share of its units:
    ``list(Units(text)) == units(text)``.
    """

    __slots__ = ("_built", "_capitalized", "_gaps", "ends", "starts", "texts")

    def __init__(self, text: str) -> None:
        parts = _SPLIT.split(text)  # gap, unit, gap, unit, ..., gap
        offsets = list(accumulate(map(len, parts)))
        self.texts: list[str] = parts[1::2]
        self._gaps: list[str] = parts[0:-1:2]  # the gap before each unit
        self.starts: list[int] = offsets[0:-1:2]
        self.ends: list[int] = offsets[1::2]
        # A unit ending in a possessive 's loses it; the gap after it does not change.  The units that end so
        # (at least one letter, an apostrophe, an s) are found from the apostrophes of the text, not unit by unit.
        ends = self.ends
        for found in _APOSTROPHE_S.finditer(text):
            n = bisect_left(ends, found.end())
            if n < len(ends) and ends[n] == found.end() and self.starts[n] < found.start():
                self.texts[n] = self.texts[n][:-2]
                ends[n] -= 2
        self._built: dict[int, Unit] = {}
        self._capitalized: list[tuple[int, str]] | None = None

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, n: int) -> Unit: ...

    @overload
    def __getitem__(self, n: slice) -> list[Unit]: ...

    def __getitem__(self, n: int | slice) -> Unit | list[Unit]:
        if isinstance(n, slice):
            return [self[k] for k in range(*n.indices(len(self.texts)))]
        if n < 0:
            n += len(self.texts)
        built = self._built.get(n)
        if built is not None:
            return built
        word = self.texts[n]
        before = self.before(n)
        built = self._built[n] = tuple.__new__(Unit, (self.starts[n], self.ends[n], word, before, *_keys(word)))
        return built

    def sound(self, n: int) -> str:
        """The sound key of unit *n*."""
        return _keys(self.texts[n])[1]

    def keys(self, n: int) -> tuple[str, str]:
        """The fold and sound keys of unit *n* (``n >= 0``), without building the unit."""
        return _keys(self.texts[n])

    def before(self, n: int) -> Sep:
        """The separator before unit *n* (``n >= 0``), without building the unit: ``self[n].before``."""
        if n == 0:
            return Sep.BREAK
        gap = self._gaps[n]
        return Sep.SPACE if gap == " " else _separator(gap, self.texts[n - 1])

    def capitalized(self) -> list[int]:
        """The indexes of the units whose first letter is upper case, in text order."""
        return [n for n, _ in self.capitalized_sounds()]

    def capitalized_sounds(self) -> list[tuple[int, str]]:
        """Each capitalized unit's index and sound key, in text order: found once, by the interpreter's own loops."""
        if self._capitalized is None:
            found = list(compress(count(), map(str.isupper, map(_FIRST, self.texts))))
            texts = map(self.texts.__getitem__, found)
            self._capitalized = list(zip(found, map(_SECOND, map(_keys, texts)), strict=True))
        return self._capitalized
