"""Finding issuing authorities in a sentence and resolving their body, level and jurisdiction."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

import attrs

from nkreports.gazetteer import Gazetteer, RegionMatch
from nkreports.model import Body, IssuerLevel, RegionLevel

from ._index import Positioned
from ._prefilter import viable
from ._vocabulary import PLACE, IssuerPattern

__all__ = ["IssuerMention", "find_issuers", "resolve_issuer", "verb_follows"]

_LEVEL_WORDS = (
    (re.compile(r"\b(?:Central|central)\b"), IssuerLevel.CENTRAL),
    (re.compile(r"\b(?:Provincial|provincial|Province|province(?:['’]s)?)\b"), IssuerLevel.PROVINCE),
    (re.compile(r"\b(?:City|city(?:['’]s)?)\b"), IssuerLevel.CITY),
    (re.compile(r"\b(?:County|county(?:['’]s)?)\b"), IssuerLevel.COUNTY),
    (re.compile(r"\b(?:Local|local)\b"), IssuerLevel.LOCAL),
)
_REGION_LEVEL = {
    RegionLevel.PROVINCE: IssuerLevel.PROVINCE,
    RegionLevel.CITY: IssuerLevel.CITY,
    RegionLevel.COUNTY: IssuerLevel.COUNTY,
    RegionLevel.DISTRICT: IssuerLevel.LOCAL,
    RegionLevel.TOWN: IssuerLevel.LOCAL,
}
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|with|at|into|for|against|of|on|than|about|under|among|by|from|between|toward|towards|whom)\s+$"
)
_MEETING_OF = re.compile(
    r"\b(?:meeting|plenum|plenary meeting|session|conference|presidium|meetings) of\s+$", re.IGNORECASE
)
_AGENT_BEFORE = re.compile(
    r"\b(?:issued|handed down|sent|came down|come down|dispatched|posted|delivered|ordered|relayed|adopted|signed"
    r"|announced|organized|set up|convened|launched|carried out|conducted|order|notice|directive|instructions"
    r"|decree|decision)\s+(?:\w+\s+){0,2}(?:by|from)\s+$"
)


@attrs.frozen(kw_only=True)
class IssuerMention:
    """One issuer name found in the text (article offsets)."""

    start: int
    end: int
    text: str
    pattern: IssuerPattern
    subject: bool


@cache
def _compiled(issuers: tuple[IssuerPattern, ...]) -> tuple[tuple[IssuerPattern, re.Pattern[str]], ...]:
    return tuple((p, re.compile(p.pattern.replace("{place}", PLACE))) for p in issuers)


@cache
def _verb_regex(verbs: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(
        r"(?:,[^,.;“”\"]{1,80},| in (?:[A-Z][\w’'-]+ ){0,3}[A-Z][\w’'-]+)?"
        r"\s*(?:(?:has|have|had|also|recently|now|then|already|reportedly|further|itself|jointly|today|yesterday"
        r"|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        r"|once again|meanwhile|,)\s*){0,4}(?:" + alternatives + r")\b"
    )


def verb_follows(text: str, end: int, verbs: tuple[str, ...]) -> bool:
    """Whether a directive verb follows offset *end* of *text* (the issuer is its subject)."""
    return bool(_verb_regex(verbs).match(text, end, min(len(text), end + 140)))


def find_issuers(
    text: str, start: int, end: int, issuers: tuple[IssuerPattern, ...], verbs: tuple[str, ...]
) -> list[IssuerMention]:
    """Issuer names in ``text[start:end]``, longest first where they overlap, in text order."""
    found: list[tuple[int, int, int, IssuerPattern]] = []
    # Patterns missing a word they need are skipped; ranks keep their order, so ties break as before.
    for rank, (pattern, regex) in enumerate(viable(_compiled(issuers), text, start, end)):
        for m in regex.finditer(text, start, end):
            if m.end() > m.start():
                found.append((m.start(), m.end(), rank, pattern))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2]))
    taken: list[tuple[int, int, IssuerPattern]] = []  # disjoint, kept in text order
    starts: list[int] = []
    for s, e, _rank, pattern in found:
        i = bisect_left(starts, s)
        if (i > 0 and taken[i - 1][1] > s) or (i < len(taken) and taken[i][0] < e):
            continue  # overlaps a longer (or better-ranked) name already taken
        taken.insert(i, (s, e, pattern))
        starts.insert(i, s)
    out = []
    for s, e, pattern in taken:
        before = text[max(start, s - 40) : s]
        followed = verb_follows(text, e, verbs)
        if pattern.strict and not followed:
            continue
        subject = (
            not _OBJECT_BEFORE.search(before)
            or bool(_AGENT_BEFORE.search(text[max(0, s - 60) : s]))
            or bool(_MEETING_OF.search(before))
        )
        out.append(IssuerMention(start=s, end=e, text=text[s:e], pattern=pattern, subject=subject))
    return out


def _level_word(text: str) -> IssuerLevel | None:
    best: tuple[int, IssuerLevel] | None = None
    for regex, level in _LEVEL_WORDS:
        m = regex.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), level)
    return None if best is None else best[1]


def _province_of(region_id: str, gazetteer: Gazetteer) -> str | None:
    region = gazetteer.get(region_id)
    while region is not None and region.level is not RegionLevel.PROVINCE:
        if region.parent is None:
            return None
        region = gazetteer.get(region.parent)
    return None if region is None else region.id


def _matching(region_id: str, level: IssuerLevel, gazetteer: Gazetteer) -> str | None:
    region = gazetteer.get(region_id)
    if region is None:
        return None
    if level is IssuerLevel.PROVINCE:
        return _province_of(region_id, gazetteer)
    wanted = {IssuerLevel.CITY: (RegionLevel.CITY,), IssuerLevel.COUNTY: (RegionLevel.COUNTY,)}.get(
        level, (RegionLevel.CITY, RegionLevel.COUNTY, RegionLevel.DISTRICT, RegionLevel.TOWN)
    )
    return region.id if region.level in wanted else None


def resolve_issuer(
    mention: IssuerMention, regions: Positioned[RegionMatch], gazetteer: Gazetteer
) -> tuple[Body, IssuerLevel, str | None]:
    """Body, level and jurisdiction of *mention*, using the places named in and before it."""
    pattern = mention.pattern
    inside = regions.within(mention.start, mention.end)
    inside = [m for m in inside if m.region.id.startswith("KP")] or inside
    level = pattern.level or _level_word(mention.text)
    if level is None:
        named = inside[-1].region.level if inside else None
        level = _REGION_LEVEL.get(named, IssuerLevel.CENTRAL) if named else IssuerLevel.CENTRAL
    if level is IssuerLevel.CENTRAL:
        return pattern.body, level, "KP"
    for m in reversed(inside):
        found = _matching(m.region.id, level, gazetteer)
        if found:
            return pattern.body, level, found
    before = [m for m in regions.before(mention.start) if m.region.id.startswith("KP")]
    after = [m for m in regions.after(mention.end) if m.region.id.startswith("KP")]
    for m in [*before, *after]:
        found = _matching(m.region.id, level, gazetteer)
        if found:
            return pattern.body, level, found
    return pattern.body, level, None
