"""The North Korea gazetteer and region finding (first cut; see the regions issue)."""

from __future__ import annotations

import csv
import io
import re
from functools import cache
from importlib.resources import files

import attrs

from nkreports.model import Region, Span

__all__ = ["Gazetteer", "RegionMatch", "default_gazetteer", "find_regions"]


@attrs.frozen(kw_only=True)
class RegionMatch:
    """One mention of a region in a text."""

    region: Region
    span: Span


@attrs.define
class Gazetteer:
    """Regions by id and by spelling."""

    _regions: dict[str, Region] = attrs.field(alias="regions")

    @classmethod
    def from_regions(cls, regions: list[Region]) -> Gazetteer:
        """Build a gazetteer from region records."""
        return cls(regions={r.id: r for r in regions})

    def get(self, region_id: str) -> Region | None:
        """The region with *region_id*, or ``None``."""
        return self._regions.get(region_id)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._regions.values())


def _row_region(row: dict[str, str]) -> Region:
    return Region(
        id=row["id"],
        kind=row["level"],
        name=row["name"],
        parent=row["parent"] or None,
        hangul=row["hangul"] or None,
        name_mr=row["name_mr"] or None,
        name_rr=row["name_rr"] or None,
        aliases=tuple(a for a in row["aliases"].split("|") if a),
        lat=float(row["lat"]) if row["lat"] else None,
        lon=float(row["lon"]) if row["lon"] else None,
        borders=tuple(b for b in row["borders"].split("|") if b),
    )


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with the package, loaded once."""
    data = files("nkreports.gazetteer").joinpath("data/regions.csv").read_text(encoding="utf-8")
    return Gazetteer.from_regions([_row_region(r) for r in csv.DictReader(io.StringIO(data))])


def find_regions(text: str, gazetteer: Gazetteer | None = None) -> tuple[RegionMatch, ...]:
    """Every region mention in *text* (first cut: exact names, longest match)."""
    gaz = gazetteer or default_gazetteer()
    names: dict[str, Region] = {}
    for region in gaz:
        for name in (region.name, *region.aliases):
            names.setdefault(name, region)
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
    return tuple(
        RegionMatch(region=names[m.group(1)], span=Span.of(text, m.start(), m.end())) for m in pattern.finditer(text)
    )
