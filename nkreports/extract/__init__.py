"""Extraction: regions, dates, sources and directives from an article's text."""

from __future__ import annotations

import datetime as dt

import attrs

from nkreports.dates import find_dates
from nkreports.gazetteer import Gazetteer, RegionMatch, default_gazetteer, find_regions
from nkreports.model import Article, DateValue, Directive, RegionRef, Source, Span

__all__ = ["Context", "Extraction", "extract", "group_regions"]


@attrs.frozen(kw_only=True)
class Context:
    """What extraction needs besides the text: the anchor date, gazetteer and outlet phrasing."""

    anchor: dt.date | None = None
    gazetteer: Gazetteer = attrs.field(factory=default_gazetteer)
    self_names: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Extraction:
    """Everything found in one article."""

    regions: tuple[RegionRef, ...] = ()
    sources: tuple[Source, ...] = ()
    directives: tuple[Directive, ...] = ()
    dates: tuple[DateValue, ...] = ()


def group_regions(matches: tuple[RegionMatch, ...]) -> tuple[RegionRef, ...]:
    """One :class:`RegionRef` per region, in order of first mention."""
    by_id: dict[str, list[Span]] = {}
    regions = {}
    for m in matches:
        by_id.setdefault(m.region.id, []).append(m.span)
        regions[m.region.id] = m.region
    return tuple(RegionRef(region=regions[i], mentions=tuple(spans)) for i, spans in by_id.items())


def extract(article: Article, context: Context) -> Extraction:
    """Run every extractor over *article*."""
    matches = find_regions(article.text, context.gazetteer)
    dates = find_dates(article.text, context.anchor)
    return Extraction(regions=group_regions(matches), dates=dates)
