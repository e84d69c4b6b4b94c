"""Finding region mentions in text.

How a mention is found and resolved (the rules ``docs/regions.md`` explains):

1. The text is cut into letter units (:mod:`._keys`); from each capitalized
   unit the longest run of units whose sound key is a spelling in the index
   is taken, so "South Pyongan" beats "Pyongan" and spans never overlap.
   Spaces, line breaks and hyphens may separate the units of a name.
2. An exact spelling (up to case, diacritics, apostrophes and hyphens) beats a
   sound-alike; a sound-alike that is a known false friend (``not_places``)
   is dropped; an acronym (``NK``, ``US``, ``DPRK``) must match letter for letter.
3. A following ``Province``/``County``/``City``/``District`` (or ``-do``,
   ``-gun``, ``-si``, ``-guyok``) joins the mention and prefers regions of that
   level; ``Hyesan-dong`` (a sub-county unit), ``Tumen River``, ``Mount ...``,
   ``Hwasong-15`` and names inside outlet names (``Daily NK``) are not mentions.
4. Spellings in :data:`~._rules.NEEDS_CONTEXT` need support from the text, and
   names several regions share are decided by a container named nearby, then
   by the provinces the article names elsewhere, then by
   :data:`~._rules.DEFAULT_READINGS`, then by the higher level; a tie left
   after that is dropped rather than guessed.
5. Elliptical and plural forms ("North and South Pyongan", "Hamgyong
   provinces") yield every province they name; "the North" and "the South" as
   nouns yield ``KP`` and ``KR``; "Workers' Party of Korea" yields ``KP``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache

import attrs

from nkreports._starts import guarded
from nkreports.model import Region, RegionKind, RegionLevel, Span

from ._gazetteer import Gazetteer, default_gazetteer
from ._index import Entry, Index, index_for
from ._keys import Sep, Units
from ._rules import (
    DEFAULT_READINGS,
    KOREAN_SURNAMES,
    NEAR,
    NEEDS_CONTEXT,
    NOT_PLACE_AFTER,
    NOT_PLACE_BEFORE,
    NOT_PLACE_PHRASES,
    SUBUNIT_SUFFIXES,
    SUFFIX_LEVELS,
)

__all__ = ["RegionMatch", "find_regions"]

_BESIDE = 30
_CLAUSE_END = re.compile(r"[.!?;:()\n]")
_ARTICLE = re.compile(r"\b[Tt]he\s+$")
_WEAPON = re.compile(r"[-‐‑]?\d")
# A country's name in a currency ("US$17", "U.S. dollars", "China yuan") names no place.
_CURRENCY = re.compile(r"\.?\s?\$|\.?\s+(?:dollars?|yuan|renminbi|RMB)\b")
_SOUTH_CUE = re.compile(r"(?:South\s+Korea(?:n|['’]s)?|ROK|Seoul['’]s)\s*$")
_NORTH_CUE = re.compile(r"(?:North\s+Korea(?:n|['’]s)|DPRK['’]?s?|the\s+North['’]s)\s*$")
_PAIR_BEFORE = re.compile(r"\b(North|South|N\.|S\.)\s+(?:and|or|&)\s+$")
#: "the North" and "the South" (also with one adjective: "the reclusive North", "the capitalist South") and
#: "Workers' Party of Korea".  Only group 1 (the name) is read.  Each opens with a literal ("he", "Workers") and
#: tests what comes before it with a lookbehind (``he(?<=\b[Tt]he)`` is ``\b[Tt]he``): the regex engine jumps
#: from one occurrence of the literal to the next instead of trying every position.
_NOUNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"he(?<=\b[Tt]he)\s+(?:[a-z]+\s+)?(North)\b(?![-‐‑])(?!\s+(?:Koreans?\b|of\b|[A-Z]))"), "KP"),
    (re.compile(r"he(?<=\b[Tt]he)\s+(?:[a-z]+\s+)?(South)\b(?![-‐‑])(?!\s+(?:Koreans?\b|of\b|[A-Z]))"), "KR"),
    (re.compile(r"Workers(?<=\bWorkers)['’]?\s+Party\s+of\s+(Korea)\b"), "KP"),
)


@attrs.frozen(kw_only=True)
class RegionMatch:
    """One mention of a region in a text: ``span.text`` is the words as written."""

    region: Region
    span: Span


@attrs.frozen(kw_only=True)
class _Raw:
    start: int
    end: int
    first: int
    last: int
    ids: tuple[str, ...]
    suffix: frozenset[RegionLevel] = frozenset()
    needs: str | None = None
    key: str = ""


@attrs.frozen
class _Spans:
    """Sorted character spans with a fast overlap test."""

    spans: list[tuple[int, int]]
    starts: list[int]

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> _Spans:
        ordered = sorted(spans)
        return cls(ordered, [s for s, _ in ordered])

    def hit(self, start: int, end: int) -> bool:
        index = bisect_left(self.starts, end)
        spans = self.spans
        return any(spans[k][1] > start for k in range(max(0, index - 4), index))


@attrs.frozen
class _Firm:
    """The unambiguous mentions, for deciding the others."""

    raws: list[_Raw]
    starts: list[int]
    named: frozenset[str]
    provinces: frozenset[str]

    @classmethod
    def of(cls, raws: list[_Raw], gaz: Gazetteer) -> _Firm:
        firm = sorted((r for r in raws if len(r.ids) == 1 and r.needs is None), key=lambda r: r.start)
        named = frozenset(r.ids[0] for r in firm)
        provinces = frozenset(_province(gaz, r) for r in named if gaz[r].kind is not RegionKind.COUNTRY)
        return cls(firm, [r.start for r in firm], named, provinces)

    def around(self, raw: _Raw, reach: int) -> list[_Raw]:
        return self.raws[bisect_left(self.starts, raw.start - reach) : bisect_right(self.starts, raw.end + reach)]


@lru_cache(maxsize=16)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    words = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered if p.strip())
    # Guarded: most positions fail on their first character (see nkreports._starts).
    return guarded(re.compile(r"\b(?:" + words + r")\b" if words else r"(?!)"))


def _phrase_spans(text: str, phrases: Iterable[str]) -> _Spans:
    return _Spans.of(m.span() for m in _phrase_pattern(tuple(phrases)).finditer(text))


def _filter(entries: tuple[Entry, ...], letters: str, folds: tuple[str, str], index: Index) -> list[Entry]:
    """The entries a window of units whose texts join to *letters* may stand for."""
    kept = [e for e in entries if e.acronym is None or e.acronym == letters]
    exact = [e for e in kept if e.acronym is not None or folds[0] in e.folds or folds[1] in e.folds]
    if exact:
        return exact
    if folds[0] in index.not_places or letters.isupper():
        return []
    return [e for e in kept if not e.generated]  # generated variants match only as written


def _longest(us: Units, i: int, index: Index) -> tuple[int, list[Entry], str] | None:
    # Units are read by their keys and separators (Units.keys, Units.before): no Unit is built here.
    texts = us.texts
    f_joined, joined = us.keys(i)
    f_spaced, spaced = f_joined, joined
    entries, prefixes = index.entries, index.prefixes
    best = None
    for j in range(i, min(len(texts), i + index.max_units + 1)):
        if j > i:
            sep = us.before(j)
            if sep is Sep.BREAK:
                break
            fold, sound = us.keys(j)
            glue = "" if sep is Sep.HYPHEN else " "
            joined += glue + sound
            spaced += " " + sound
            f_joined += glue + fold
            f_spaced += " " + fold
        for key in (joined, spaced):
            hit = entries.get(key)
            if hit:
                kept = _filter(hit, "".join(texts[i : j + 1]), (f_joined, f_spaced), index)
                if kept:
                    best = (j, kept, f_joined)
                    break
        if joined not in prefixes and spaced not in prefixes:
            break
    return best


def _scan(text: str, us: Units, index: Index, blocked: _Spans) -> list[_Raw]:
    raws: list[_Raw] = []
    prefixes = index.prefixes
    # Only a capitalized unit whose key begins a known name can start a mention: the others are passed over at once.
    firsts = [n for n, sound in us.capitalized_sounds() if sound in prefixes]
    i = 0
    for n in firsts:
        if n < i:
            continue
        i = n
        found = _longest(us, i, index)
        if found is None:
            i += 1
            continue
        last, entries, key = found
        raw = _finish(text, us, i, last, entries=entries, key=key, blocked=blocked)
        if raw is not None:
            raws.append(raw)
            i = raw.last + 1
        else:
            i = last + 1
    return raws


def _finish(text: str, us: Units, i: int, last: int, *, entries: list[Entry], key: str, blocked: _Spans) -> _Raw | None:
    start, end = us.starts[i], us.ends[last]
    suffix = frozenset().union(*(e.suffix for e in entries))
    nxt = last + 1
    sep = us.before(nxt) if nxt < len(us) else Sep.BREAK
    if sep is not Sep.BREAK:
        fold = us.keys(nxt)[0]
        if fold in SUBUNIT_SUFFIXES and sep is Sep.HYPHEN:
            return None
        if fold in NOT_PLACE_AFTER:
            return None
        if fold in SUFFIX_LEVELS and not suffix and not _english_word(fold, sep, us.texts[nxt]):
            suffix = SUFFIX_LEVELS[fold]
            last += 1
            end = us.ends[nxt]
        elif fold == "special" and last + 2 < len(us) and us.keys(last + 2)[0] == "city":
            suffix = SUFFIX_LEVELS["city"]
            last += 2
            end = us.ends[last]
    spaced = i > 0 and us.before(i) is Sep.SPACE
    if spaced and us.keys(i - 1)[0] in NOT_PLACE_BEFORE:
        return None
    one_word = all(us.before(k) is Sep.HYPHEN for k in range(i + 1, last + 1))
    if one_word and spaced and _given_name(us.texts[i - 1], us.keys(i - 1)[0]):
        return None
    if _WEAPON.match(text, end) or _CURRENCY.match(text, end):
        return None
    if blocked.hit(start, end):
        return None
    ids = tuple(dict.fromkeys(e.region_id for e in entries))
    base = key.rsplit(" ", 1)[0] if key.rsplit(" ", 1)[-1] in SUFFIX_LEVELS else key
    needs = NEEDS_CONTEXT.get(key) or NEEDS_CONTEXT.get(base)
    return _Raw(start=start, end=end, first=i, last=last, ids=ids, suffix=suffix, needs=needs, key=base)


#: Romanized Korean suffixes that are also English words: after a space they
#: attach only when capitalized ("Yanggang Do"), never in "from Hyesan to Musan".
_AMBIGUOUS_SUFFIXES = frozenset({"do", "to", "si", "gu"})


def _english_word(fold: str, before: Sep, text: str) -> bool:
    """Whether a unit (its fold, separator and text) is a lower-case English word that only looks like a Korean
    suffix."""
    return fold in _AMBIGUOUS_SUFFIXES and before is not Sep.HYPHEN and text.islower()


def _given_name(text: str, fold: str) -> bool:
    """Whether the unit *text* (folded *fold*) is a capitalized Korean surname (so the next word is a given name)."""
    return text[:1].isupper() and fold in KOREAN_SURNAMES


def _pairs(text: str, us: Units, index: Index, raws: list[_Raw]) -> list[_Raw]:
    """Elliptical ("North and South Pyongan") and plural ("Hamgyong provinces") forms."""
    side_of = {rid: (base, side) for base, sides in index.pairs.items() for side, rid in sides.items()}
    covered = {n for r in raws for n in range(r.first, r.last + 1)}
    extra: list[_Raw] = []
    for raw in raws:
        if len(raw.ids) == 1 and raw.ids[0] in side_of:
            base, side = side_of[raw.ids[0]]
            found = _PAIR_BEFORE.search(text, max(0, raw.start - 20), raw.start)
            if found and ("north" if found.group(1)[0] == "N" else "south") != side:
                other = index.pairs[base]["south" if side == "north" else "north"]
                first = _unit_at(us, found.start(1))
                extra.append(_Raw(start=found.start(1), end=found.end(1), first=first, last=first, ids=(other,)))
    # A chain starts at a capitalized unit naming one half of a pair: the others are passed over at once.
    heads = [n for n, sound in us.capitalized_sounds() if sound in index.pairs]
    k = 0
    for head in heads:
        if head < k:
            continue
        k = head
        chain: list[int] = []
        n = k
        while n < len(us) and n not in covered and us[n].text[:1].isupper() and us[n].sound in index.pairs:
            chain.append(n)
            n += 1
            if n < len(us) and us[n].fold in ("and", "or") and us[n].before is not Sep.HYPHEN:
                n += 1
            elif n < len(us) and text[us[n - 1].end : us[n].start].strip() == ",":
                continue
            else:
                break
        if chain and n < len(us) and chain[-1] + 1 == n and us[n].fold == "provinces":
            for m in chain:
                end = us[n].end if m == chain[-1] else us[m].end
                for rid in index.pairs[us[m].sound].values():
                    extra.append(_Raw(start=us[m].start, end=end, first=m, last=m, ids=(rid,)))
            k = n + 1
        else:
            k += 1
    return extra


def _nouns(text: str, us: Units, raws: list[_Raw]) -> list[_Raw]:
    taken = _Spans.of((r.start, r.end) for r in raws)
    extra = []
    for pattern, rid in _NOUNS:
        for found in pattern.finditer(text):
            start, end = found.span(1)
            if taken.hit(start, end):
                continue
            first = _unit_at(us, start)
            extra.append(_Raw(start=start, end=end, first=first, last=first, ids=(rid,)))
    return extra


def _unit_at(us: Units, start: int) -> int:
    """The index of the unit starting at *start* (units are in text order): a bisection, no index of every unit."""
    n = bisect_left(us.starts, start)
    if n == len(us) or us.starts[n] != start:
        raise KeyError(start)
    return n


def _containers(gaz: Gazetteer, rid: str) -> list[str]:
    return [a.id for a in gaz.ancestors(rid) if a.kind is not RegionKind.COUNTRY]


def _province(gaz: Gazetteer, rid: str) -> str:
    return gaz.first_level(rid).id


def _choose(text: str, raw: _Raw, gaz: Gazetteer, firm: _Firm) -> str | None:
    if len(raw.ids) == 1 and raw.needs is None:
        return raw.ids[0]
    cands = list(raw.ids)
    if raw.suffix:
        cands = [c for c in cands if gaz[c].level in raw.suffix] or cands
    named, provinces = firm.named, firm.provinces
    near = {r.ids[0] for r in firm.around(raw, NEAR) if abs(r.start - raw.start) <= NEAR}
    beside = {r.ids[0] for r in firm.around(raw, _BESIDE + 80) if _beside(text, raw, r)}
    if raw.needs == "thing" and not raw.suffix:
        return None
    if raw.needs == "person" and not raw.suffix:
        cands = [c for c in cands if beside.intersection(_containers(gaz, c))]
    elif raw.needs == "south" or (raw.needs == "homonym" and not raw.suffix):
        before = text[max(0, raw.start - 25) : raw.start]
        if _SOUTH_CUE.search(before) or (not raw.suffix and _ARTICLE.search(before)):
            return None
        if not _NORTH_CUE.search(before):
            cands = [c for c in cands if _supported(gaz, c, named)]
    if len(cands) > 1:
        for narrowed in (
            [c for c in cands if beside.intersection(_containers(gaz, c))],
            [c for c in cands if near.intersection(_containers(gaz, c))],
            [c for c in cands if _province(gaz, c) in provinces],
            [c for c in cands if c == DEFAULT_READINGS.get(raw.key)],
        ):
            if len(narrowed) == 1:
                return narrowed[0]
            if narrowed:
                cands = narrowed
    if len(cands) > 1:
        rank = min(_rank(gaz[c]) for c in cands)
        cands = [c for c in cands if _rank(gaz[c]) == rank]
    return cands[0] if len(cands) == 1 else None


def _beside(text: str, a: _Raw, b: _Raw) -> bool:
    """Whether *b* stands right next to *a* in the same clause ("Kim Hyong Jik, Ryanggang")."""
    gap = text[a.end : b.start] if a.end <= b.start else text[b.end : a.start]
    return len(gap) <= _BESIDE and not _CLAUSE_END.search(gap)


def _supported(gaz: Gazetteer, rid: str, named: frozenset[str]) -> bool:
    """Whether the text names a container of *rid*, or another place in its province."""
    if named.intersection(_containers(gaz, rid)):
        return True
    province = _province(gaz, rid)
    if gaz[province].kind is RegionKind.COUNTRY:
        return False
    return any(n != rid and _province(gaz, n) == province for n in named)


def _rank(region: Region) -> int:
    return list(RegionLevel).index(region.level)


def _zone_inner(us: Units, raw: _Raw, index: Index) -> _Raw | None:
    for last in range(raw.last - 1, raw.first - 1, -1):
        joined = " ".join(u.sound for u in us[raw.first : last + 1])
        entries = [e for e in index.entries.get(joined, ()) if e.kind is not RegionKind.SPECIAL_ZONE]
        if entries and len({e.region_id for e in entries}) == 1:
            return _Raw(
                start=us[raw.first].start, end=us[last].end, first=raw.first, last=last, ids=(entries[0].region_id,)
            )
    return None


def find_regions(
    text: str,
    gazetteer: Gazetteer | None = None,
    *,
    zones: bool = False,
    nouns: bool = True,
    not_place_phrases: Iterable[str] = NOT_PLACE_PHRASES,
    self_names: Iterable[str] = (),
) -> tuple[RegionMatch, ...]:
    """Every region mention in *text*, in text order, each with its span.

    Any spelling the gazetteer knows, or that sounds like one, is found (see
    :meth:`Gazetteer.lookup`), also across line breaks.  Mentions do not
    overlap, except that a plural ("Hamgyong provinces") yields one match per
    province with the same span.  With *zones* false (the default) a special
    zone named after a city ("Kaesong Industrial Complex") counts as that city;
    *nouns* controls "the North"/"the South"; *not_place_phrases* are outlet
    names and the like whose place names are not mentions; *self_names* (an outlet's
    names for itself, such as "NK Watch") are kept out the same way, on top of them.

    >>> [(m.span.text, m.region.id) for m in find_regions("Traders in Gapsan, Yangkang Province, said")]
    [('Gapsan', 'KP-10:kapsan'), ('Yangkang Province', 'KP-10')]
    """
    gaz = gazetteer or default_gazetteer()
    index = index_for(gaz)
    us = Units(text)
    raws = _scan(text, us, index, _phrase_spans(text, (*not_place_phrases, *self_names)))
    raws += _pairs(text, us, index, raws)
    if nouns:
        raws += _nouns(text, us, raws)
    firm = _Firm.of(raws, gaz)
    matches: list[RegionMatch] = []
    for raw in sorted(raws, key=lambda r: (r.start, r.end)):
        chosen = _choose(text, raw, gaz, firm)
        if chosen is None:
            continue
        where = raw
        if gaz[chosen].kind is RegionKind.SPECIAL_ZONE and not zones:
            inner = _zone_inner(us, raw, index)
            if inner is not None:
                where, chosen = inner, inner.ids[0]
        matches.append(RegionMatch(region=gaz[chosen], span=Span.of(text, where.start, where.end)))
    return tuple(matches)
