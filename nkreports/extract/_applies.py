"""Where an order applies: ``Directive.applies_to`` from the places around it.

A general rule, run after directives are found:

1. the North Korean regions named inside the directive's evidence sentences and
   demands (a place that contains another named one is dropped: "Hyesan,
   Ryanggang Province" gives Hyesan);
2. else the issuer's jurisdiction (``issuer.region``);
3. else the article's province, when every North Korean place it names lies in one.

A directive that already carries ``applies_to`` is left as it is.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

import attrs

from nkreports.gazetteer import Gazetteer, RegionMatch
from nkreports.model import Directive, RegionLevel, Span

__all__ = ["fill_applies_to"]

_COUNTRY = "KP"


def _in_north_korea(region_id: str) -> bool:
    return region_id == _COUNTRY or region_id.startswith((f"{_COUNTRY}-", f"{_COUNTRY}:"))


def _merged(spans: Iterable[Span]) -> tuple[list[int], list[int]]:
    """The spans as sorted, disjoint ``(starts, ends)``: a place inside any of them is inside one of these."""
    starts: list[int] = []
    ends: list[int] = []
    for span in sorted(spans, key=lambda s: s.start):
        if ends and span.start <= ends[-1]:
            ends[-1] = max(ends[-1], span.end)
        else:
            starts.append(span.start)
            ends.append(span.end)
    return starts, ends


def _inside(merged: tuple[list[int], list[int]], places: _Places) -> list[int]:
    """Indices (into the article's matches, ascending) of the North Korean places inside the merged spans."""
    starts, ends = merged
    found: list[int] = []
    for start, end in zip(starts, ends, strict=True):
        i = bisect_left(places.starts, start)
        while i < len(places.starts) and places.starts[i] <= end:
            if places.ends[i] <= end:
                found.append(places.order[i])
            i += 1
    found.sort()
    return found


def _most_specific(ids: Iterable[str], gazetteer: Gazetteer) -> tuple[str, ...]:
    """*ids* without repeats, less each one that contains another of them."""
    found = tuple(dict.fromkeys(ids))
    known = [i for i in found if i in gazetteer]
    containers = {a.id for o in known for a in gazetteer.ancestors(o)}
    return tuple(i for i in found if i not in containers or i not in gazetteer)


@attrs.frozen
class _Places:
    """The article's North Korean region matches, sorted by start: ``order[k]`` is the index of the k-th."""

    starts: list[int]
    ends: list[int]
    order: list[int]
    ids: list[str]

    @classmethod
    def of(cls, matches: Sequence[RegionMatch]) -> _Places:
        wanted = sorted((m.span.start, k) for k, m in enumerate(matches) if _in_north_korea(m.region.id))
        order = [k for _, k in wanted]
        return cls(
            starts=[s for s, _ in wanted],
            ends=[matches[k].span.end for k in order],
            order=order,
            ids=[m.region.id for m in matches],
        )


def _named(directive: Directive, places: _Places, gazetteer: Gazetteer) -> tuple[str, ...]:
    merged = _merged((*directive.evidence, *directive.demands))
    return _most_specific((places.ids[k] for k in _inside(merged, places)), gazetteer)


def _article_province(matches: Sequence[RegionMatch], gazetteer: Gazetteer) -> tuple[str, ...]:
    provinces = {
        gazetteer.first_level(m.region).id
        for m in matches
        if _in_north_korea(m.region.id) and m.region.id in gazetteer and m.region.level is not RegionLevel.COUNTRY
    }
    return (provinces.pop(),) if len(provinces) == 1 else ()


def fill_applies_to(
    directives: Sequence[Directive], matches: Sequence[RegionMatch], gazetteer: Gazetteer
) -> tuple[Directive, ...]:
    """*directives* with ``applies_to`` filled by the rule above from the article's region *matches*."""
    fallback: tuple[str, ...] | None = None
    places = _Places.of(matches)
    out = []
    for directive in directives:
        if directive.applies_to:
            out.append(directive)
            continue
        where = _named(directive, places, gazetteer)
        if not where and directive.issuer.region is not None:
            where = (directive.issuer.region,)
        if not where:
            if fallback is None:
                fallback = _article_province(matches, gazetteer)
            where = fallback
        out.append(attrs.evolve(directive, applies_to=where) if where else directive)
    return tuple(out)
