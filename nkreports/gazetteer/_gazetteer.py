"""The gazetteer: regions by id, by spelling and by place in the hierarchy."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.resources import files
from typing import Any

import attrs

from nkreports.exceptions import GazetteerDataError, NKReportsError
from nkreports.model import Region, RegionKind, RegionLevel

from ._index import index_for
from ._keys import Sep, units

__all__ = ["Gazetteer", "Provenance", "RegionNotFoundError", "default_gazetteer", "spelling_keys"]

#: Preference among regions sharing a spelling, for :meth:`Gazetteer.lookup`.
_KIND_RANK = {
    RegionKind.COUNTRY: 0,
    RegionKind.PROVINCE: 1,
    RegionKind.FOREIGN_PROVINCE: 1,
    RegionKind.CAPITAL_CITY: 2,
    RegionKind.SPECIAL_CITY: 2,
    RegionKind.CITY: 3,
    RegionKind.FOREIGN_PREFECTURE: 3,
    RegionKind.FOREIGN_CITY: 3,
    RegionKind.COUNTY: 4,
    RegionKind.DISTRICT: 5,
    RegionKind.TOWN: 6,
    RegionKind.SPECIAL_ZONE: 7,
}

#: Administrative suffixes a :meth:`Gazetteer.lookup` query may carry.
_QUERY_SUFFIXES = frozenset(
    {
        "province",
        "provinces",
        "do",
        "to",
        "county",
        "gun",
        "kun",
        "city",
        "si",
        "shi",
        "district",
        "guyok",
        "kuyok",
        "gu",
        "ward",
    }
)


class RegionNotFoundError(NKReportsError, LookupError):
    """No region in the gazetteer has the requested name."""


@attrs.frozen(kw_only=True)
class Provenance:
    """Where the gazetteer's data comes from."""

    file: str
    date: str
    sha256: str
    rows: int
    revision: str


def spelling_keys(spelling: str, *, key: str = "sound") -> tuple[str, ...]:
    """The keys a spelling is indexed under: hyphens read as joins and as spaces.

    *key* is ``"sound"`` (romanization-neutral) or ``"fold"`` (exact up to case,
    diacritics and apostrophes).

    >>> spelling_keys("Rajin-Sonbong", key="fold")
    ('rajinsonbong', 'rajin sonbong')
    """
    parts = units(spelling)
    if not parts:
        return ()
    joined = [getattr(parts[0], key)]
    spaced = [getattr(parts[0], key)]
    for unit in parts[1:]:
        joined.append(("" if unit.before is Sep.HYPHEN else " ") + getattr(unit, key))
        spaced.append(" " + getattr(unit, key))
    return tuple(dict.fromkeys(("".join(joined), "".join(spaced))))


def _exact_key(spelling: str) -> str:
    return " ".join(unicodedata.normalize("NFC", spelling).casefold().split())


def _words(items: Iterable[str]) -> frozenset[str]:
    return frozenset(items)


def _region(record: dict[str, Any]) -> Region:
    return Region(
        id=record["id"],
        kind=record["kind"],
        name=record["name"],
        parent=record["parent"],
        hangul=record["hangul"],
        name_mr=record["name_mr"],
        name_rr=record["name_rr"],
        aliases=record["aliases"],
        lat=record["lat"],
        lon=record["lon"],
        borders=record["borders"],
    )


@attrs.define
class Gazetteer:
    """Regions by id, by spelling and by place in the hierarchy.

    Build one with :meth:`from_regions` (for tests, a handful of regions is
    enough) or use :func:`default_gazetteer` for the shipped data.

    >>> gaz = default_gazetteer()
    >>> gaz.lookup("Yangkang").id
    'KP-10'
    >>> [r.id for r in gaz.ancestors("KP-10:hyesan")]
    ['KP-10', 'KP']
    """

    _regions: dict[str, Region] = attrs.field(alias="regions")
    not_places: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    provenance: Provenance | None = None
    _children: dict[str, tuple[str, ...]] = attrs.field(init=False, factory=dict)
    _names: dict[str, tuple[str, ...]] = attrs.field(init=False, factory=dict)
    _exact: dict[str, tuple[str, ...]] = attrs.field(init=False, factory=dict)
    _cache: dict[str, Any] = attrs.field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        children: dict[str, list[str]] = {}
        names: dict[str, list[str]] = {}
        exact: dict[str, list[str]] = {}
        for region in self._regions.values():
            if region.parent is not None:
                if region.parent not in self._regions:
                    msg = f"{region.id}: parent {region.parent} is not in the gazetteer"
                    raise GazetteerDataError(msg)
                children.setdefault(region.parent, []).append(region.id)
            for spelling in region.spellings:
                same = exact.setdefault(_exact_key(spelling), [])
                if region.id not in same:
                    same.append(region.id)
                for key in spelling_keys(spelling, key="fold"):
                    ids = names.setdefault(key, [])
                    if region.id not in ids:
                        ids.append(region.id)
        self._children = {k: tuple(v) for k, v in children.items()}
        self._names = {k: tuple(v) for k, v in names.items()}
        self._exact = {k: tuple(v) for k, v in exact.items()}

    @classmethod
    def from_regions(
        cls, regions: Iterable[Region], *, not_places: Iterable[str] = (), provenance: Provenance | None = None
    ) -> Gazetteer:
        """Build a gazetteer from region records (ids must be unique)."""
        by_id: dict[str, Region] = {}
        for region in regions:
            if region.id in by_id:
                msg = f"duplicate region id {region.id}"
                raise GazetteerDataError(msg)
            by_id[region.id] = region
        return cls(regions=by_id, not_places=frozenset(not_places), provenance=provenance)

    # -- by id -------------------------------------------------------------
    def get(self, region_id: str) -> Region | None:
        """The region with *region_id*, or ``None``."""
        return self._regions.get(region_id)

    def __getitem__(self, region_id: str) -> Region:
        try:
            return self._regions[region_id]
        except KeyError:
            msg = f"no region with id {region_id!r}"
            raise RegionNotFoundError(msg) from None

    def __contains__(self, region_id: object) -> bool:
        return region_id in self._regions

    def __iter__(self) -> Iterator[Region]:
        return iter(self._regions.values())

    def __len__(self) -> int:
        return len(self._regions)

    # -- by name -----------------------------------------------------------
    def lookup_all(self, name: str) -> tuple[Region, ...]:
        """Every region *name* may denote, best first (see :meth:`lookup`); may be empty."""
        ids = self._candidates(name)
        if not ids:
            words = name.split()
            if len(words) > 1 and words[-1].casefold() in _QUERY_SUFFIXES:
                ids = self._candidates(" ".join(words[:-1]))
        return tuple(sorted((self._regions[i] for i in ids), key=lambda r: (_KIND_RANK[r.kind], r.id)))

    def lookup(self, name: str) -> Region:
        """The region a name denotes, in any spelling.

        Case, diacritics, apostrophes and hyphens do not matter, nor does an
        administrative suffix (``Province``, ``-do``, ``County``, ``-gun``,
        ``City``, ``-si``, ``District``, ``-guyok``); abbreviations (``N.``,
        ``S.``), McCune-Reischauer, Revised Romanization, DPRK and older press
        spellings (``Yangkang``, ``Hoeryeong``, ``Chung-Jin``) all resolve.
        When regions share a name (``Unsan``), the higher level wins, then the
        smaller id; :meth:`lookup_all` returns all of them.

        Raises :class:`RegionNotFoundError` (a :class:`LookupError`) when
        nothing matches.
        """
        found = self.lookup_all(name)
        if not found:
            msg = f"no region is called {name!r}"
            raise RegionNotFoundError(msg)
        return found[0]

    def _candidates(self, name: str) -> tuple[str, ...]:
        if (key := _exact_key(name)) in self._exact:
            return self._exact[key]
        for key in spelling_keys(name, key="fold"):
            if key in self._names:
                return self._names[key]
        index = index_for(self)
        for key in spelling_keys(name):
            entries = index.entries.get(key)
            if entries:
                return tuple(dict.fromkeys(e.region_id for e in entries))
        return ()

    # -- hierarchy ---------------------------------------------------------
    def _resolve(self, region: Region | str) -> Region:
        return self[region] if isinstance(region, str) else region

    def parent(self, region: Region | str) -> Region | None:
        """The immediate container of *region*, or ``None`` for a country."""
        found = self._resolve(region)
        return None if found.parent is None else self._regions[found.parent]

    def ancestors(self, region: Region | str) -> tuple[Region, ...]:
        """Every container of *region*, nearest first, ending with its country."""
        chain: list[Region] = []
        current = self.parent(region)
        while current is not None:
            chain.append(current)
            current = self.parent(current)
        return tuple(chain)

    def children(self, region: Region | str) -> tuple[Region, ...]:
        """The regions directly inside *region*."""
        return tuple(self._regions[i] for i in self._children.get(self._resolve(region).id, ()))

    def contains(self, outer: Region | str, inner: Region | str) -> bool:
        """Whether *inner* lies within *outer* (a region contains itself)."""
        outer_id = self._resolve(outer).id
        found = self._resolve(inner)
        return found.id == outer_id or any(a.id == outer_id for a in self.ancestors(found))

    def first_level(self, region: Region | str) -> Region:
        """The first-level unit (province, special city) or country holding *region*."""
        found = self._resolve(region)
        chain = [found, *self.ancestors(found)]
        return chain[-2] if len(chain) > 1 else chain[-1]

    def by_level(self, level: RegionLevel | RegionKind | str) -> tuple[Region, ...]:
        """Every region of a report level (``"province"``) or gazetteer kind (``"special_city"``)."""
        if isinstance(level, RegionKind):
            return tuple(r for r in self if r.kind is level)
        try:
            report_level = RegionLevel(level)
        except ValueError:
            if level not in set(RegionKind):
                names = ", ".join(sorted({*RegionLevel, *RegionKind}))
                msg = f"unknown level {level!r} (expected one of {names})"
                raise ValueError(msg) from None
            kind = RegionKind(level)
            return tuple(r for r in self if r.kind is kind)
        return tuple(r for r in self if r.level is report_level)


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with the package (loaded once, on first use)."""
    text = files("nkreports.gazetteer").joinpath("data/regions.json").read_text(encoding="utf-8")
    data = json.loads(text)
    source = data["source"]
    provenance = Provenance(
        file=source["file"],
        date=source["date"],
        sha256=source["sha256"],
        rows=source["rows"],
        revision=data["revision"],
    )
    return Gazetteer.from_regions(
        (_region(r) for r in data["regions"]), not_places=data["not_places"], provenance=provenance
    )
