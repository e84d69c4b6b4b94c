"""The spelling index behind region finding: built once per gazetteer."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from nkreports.model import Region, RegionKind, RegionLevel

from ._keys import Sep, fold, units
from ._rules import KOREAN_SUFFIXES, SUFFIX_LEVELS
from ._variants import variants

if TYPE_CHECKING:
    from ._gazetteer import Gazetteer

__all__ = ["Entry", "Index", "build_index", "index_for"]

_DIRECTION = re.compile(r"^(North|South|N\.?|S\.?)\s+(\S.*)$")
_ACRONYM_LETTERS = re.compile(r"[^A-Za-z]")


@attrs.frozen
class Entry:
    """One indexed spelling of one region."""

    region_id: str
    folds: tuple[str, ...]
    acronym: str | None
    suffix: frozenset[RegionLevel]
    kind: RegionKind
    generated: bool = False
    """A generated romanization variant: it matches a text's spelling exactly, never as a sound-alike."""


@attrs.frozen
class Index:
    """Sound keys to entries, every key prefix, and the province pairs."""

    entries: dict[str, tuple[Entry, ...]]
    prefixes: frozenset[str]
    max_units: int
    not_places: frozenset[str]
    pairs: dict[str, dict[str, str]]
    generated: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    """Generated romanization variants kept, by region id (see :mod:`._variants`)."""
    ambiguous: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    """Generated variants dropped because their sound key names another region too, by region id."""


def _keys(spelling: str, *, korean_suffix: bool) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    parts = units(spelling)
    if not parts:
        return (), (), 0
    readings: list[tuple[str, str]] = []
    for spaced in (False, True):
        if spaced and korean_suffix:
            break
        s_key = parts[0].sound
        f_key = parts[0].fold
        for unit in parts[1:]:
            glue = " " if spaced or unit.before is not Sep.HYPHEN else ""
            s_key += glue + unit.sound
            f_key += glue + unit.fold
        readings.append((s_key, f_key))
    sounds = tuple(dict.fromkeys(s for s, _ in readings))
    folds = tuple(dict.fromkeys(f for _, f in readings))
    return sounds, folds, len(parts)


def _acronym(spelling: str) -> str | None:
    letters = _ACRONYM_LETTERS.sub("", spelling)
    return letters if len(letters) >= 2 and letters.isupper() and " " not in spelling.strip(". ") else None


def _suffix_of(spelling: str) -> frozenset[RegionLevel]:
    parts = units(spelling)
    if len(parts) > 1 and parts[-1].fold in SUFFIX_LEVELS:
        return SUFFIX_LEVELS[parts[-1].fold]
    return frozenset()


def build_index(gazetteer: Gazetteer) -> Index:
    """Index every spelling of every region (and its Korean-suffixed forms)."""
    not_places = frozenset(fold(w) for w in gazetteer.not_places)
    entries: dict[str, list[Entry]] = {}
    max_units = 1
    pairs: dict[str, dict[str, str]] = {}

    def add(region_id: str, kind: RegionKind, spelling: str, *, korean_suffix: bool = False) -> None:
        nonlocal max_units
        sounds, folds, count = _keys(spelling, korean_suffix=korean_suffix)
        if not sounds or folds[0] in not_places:
            return
        max_units = max(max_units, count)
        entry = Entry(
            region_id=region_id, folds=folds, acronym=_acronym(spelling), suffix=_suffix_of(spelling), kind=kind
        )
        for key in sounds:
            bucket = entries.setdefault(key, [])
            if all(e.region_id != region_id or e.folds != folds for e in bucket):
                bucket.append(entry)

    for region in gazetteer:
        for spelling in region.spellings:
            add(region.id, region.kind, spelling)
            parts = units(spelling)
            if not parts or parts[-1].fold in SUFFIX_LEVELS or _acronym(spelling):
                continue
            for suffix in KOREAN_SUFFIXES.get(region.kind, ()):
                add(region.id, region.kind, f"{spelling}-{suffix}", korean_suffix=True)
            if region.kind is RegionKind.PROVINCE and (found := _DIRECTION.match(spelling)):
                side = "north" if found.group(1).startswith("N") else "south"
                base = " ".join(u.sound for u in units(found.group(2)))
                pairs.setdefault(base, {})[side] = region.id
    generated, ambiguous = _add_variants(gazetteer, entries, not_places)
    max_units = max([max_units, *(len(units(v)) for vs in generated.values() for v in vs)])
    prefixes = {key[:n] for key in entries for n in range(1, len(key) + 1)}
    return Index(
        entries={k: tuple(v) for k, v in entries.items()},
        prefixes=frozenset(prefixes),
        max_units=max_units,
        not_places=not_places,
        pairs={k: v for k, v in pairs.items() if len(v) == 2},
        generated=generated,
        ambiguous=ambiguous,
    )


def _add_variants(
    gazetteer: Gazetteer, entries: dict[str, list[Entry]], not_places: frozenset[str]
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Index each region's generated spellings whose sound key names that region alone.

    A generated key that a listed spelling of another region already has, or
    that two regions generate, is dropped (listed spellings always win), so
    the outcome does not depend on the order of the gazetteer.
    """
    owners: dict[str, set[str]] = {}
    found: list[tuple[Region, str, tuple[str, ...], tuple[str, ...]]] = []
    for region in gazetteer:
        for spelling in variants(region, full=True):
            # a hyphenated variant is not also read with a space ("Chang-song" is not "Jang Song")
            sounds, folds, _count = _keys(spelling, korean_suffix=True)
            if not sounds or folds[0] in not_places:
                continue
            found.append((region, spelling, sounds, folds))
            for key in sounds:
                owners.setdefault(key, set()).add(region.id)
                owners[key].update(e.region_id for e in entries.get(key, ()))
    kept: dict[str, list[str]] = {}
    dropped: dict[str, list[str]] = {}
    for region, spelling, sounds, folds in found:
        if any(owners[key] != {region.id} for key in sounds):
            dropped.setdefault(region.id, []).append(spelling)
            continue
        kept.setdefault(region.id, []).append(spelling)
        entry = Entry(
            region_id=region.id, folds=folds, acronym=None, suffix=frozenset(), kind=region.kind, generated=True
        )
        for key in sounds:
            bucket = entries.setdefault(key, [])
            if all(e.region_id != region.id or e.folds != folds for e in bucket):
                bucket.append(entry)
    return {k: tuple(v) for k, v in kept.items()}, {k: tuple(v) for k, v in dropped.items()}


def index_for(gazetteer: Gazetteer) -> Index:
    """The gazetteer's index, built on first use and kept with the gazetteer."""
    cache = gazetteer._cache
    index: Index | None = cache.get("index")
    if index is None:
        index = cache["index"] = build_index(gazetteer)
    return index
