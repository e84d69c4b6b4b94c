"""Step 3: issuers. Named authorities from the ``issuers`` table, and any authority in an issuer slot.

An issuer slot (step 2) is resolved by the ``issuers`` table where a name there covers the
slot's head, else by the ``issuer_heads`` words of the phrase read left to right ("the security
forces" -> security, "prosecutors from the provincial ... offices" -> judiciary), so an authority
no table names is still an issuer.  Level and jurisdiction come from the words and places of
the phrase, else central.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from itertools import chain

import attrs

from nkreports._memo import by_identity
from nkreports.gazetteer import Gazetteer, RegionMatch
from nkreports.model import Body, IssuerLevel, RegionLevel

from .._entries import APOS, IssuerHead
from .._index import Positioned
from .._prefilter import viable
from .._vocabulary import PLACE, IssuerPattern, Vocabulary

__all__ = ["IssuerMention", "find_issuers", "resolve_issuer", "slot_issuer", "verb_follows"]

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
    r"|decree|decision)\s+(?:(?!being\b|been\b|was\b|were\b|is\b|are\b)\w+\s+){0,2}(?:by|from)\s+$"
)


_CONVENED_DECIDING = re.compile(
    r".*?\b(?:convened|held|chaired|presided over) (?:an? |the )?[\w\s-]{0,40}?(?:meeting|session|plenum)\b"
    r"[^.;]{0,60}? and (?:adopted|decided|passed)\b"
)


@attrs.frozen(kw_only=True)
class IssuerMention:
    """One issuer name found in the text (article offsets)."""

    start: int
    end: int
    text: str
    pattern: IssuerPattern
    subject: bool


@by_identity  # hashing the table's entries on every call cost more than the search
def _compiled(issuers: tuple[IssuerPattern, ...]) -> tuple[tuple[IssuerPattern, re.Pattern[str]], ...]:
    return tuple((p, re.compile(p.pattern.replace("{place}", PLACE))) for p in issuers)


@cache
def _verb_regex(verbs: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(
        r"(?:,[^,.;“”\"]{1,80},| in (?:[A-Z][\w’'-]+ ){0,3}[A-Z][\w’'-]+)?"
        r"\s*(?:(?:has|have|had|also|recently|now|then|already|reportedly|further|itself|jointly|today|yesterday"
        r"|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        r"|once again|meanwhile|,)\s*){0,4}(?:" + alternatives + r")\b(?! away\b)"  # not "had passed away"
    )


_verb_regex_of = by_identity(_verb_regex)
"""The verbs' pattern, found by the identity of the vocabulary's tuple (hashing it on every call costs more)."""


def verb_follows(text: str, end: int, verbs: tuple[str, ...]) -> bool:
    """Whether a directive verb follows offset *end* of *text* (the issuer is its subject)."""
    found = _verb_regex_of(verbs).match(text, end, min(len(text), end + 140))
    if found is None:
        return False
    # "Kim convened a politburo meeting and adopted a decision": the decision is the meeting's act.
    return _CONVENED_DECIDING.match(text, found.end() - 20, min(len(text), found.end() + 160)) is None


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


# Organs that exist in every province, named without a level or a place ("the security forces", "the party
# committee", "police"): they act where the article is.
_LOCAL_ORGAN = re.compile(
    r"^(?:the |an? |local |regional )?(?:security forces|police(?:men)?"
    r"|security (?:officials|officers|agents|personnel)"
    rf"|party committee|people{APOS}s committee|(?:\w+ )?meeting of (?:the )?party\b"
    r"|(?:assembled )?party (?:and [\w ]{3,20} )?(?:heads|officials|cadres|heavyweights))\b",
    re.IGNORECASE,
)


def _local_organ_level(
    mention: IssuerMention, regions: Positioned[RegionMatch], gazetteer: Gazetteer
) -> tuple[Body, IssuerLevel, str | None]:
    """A local organ with no level acts for the province the article names before it, else centrally."""
    before = [m for m in regions.before(mention.start) if m.region.id.startswith("KP-")]
    for m in reversed(before):
        province = _province_of(m.region.id, gazetteer)
        if province is not None:
            return mention.pattern.body, IssuerLevel.PROVINCE, province
    return mention.pattern.body, IssuerLevel.CENTRAL, "KP"


def resolve_issuer(
    mention: IssuerMention, regions: Positioned[RegionMatch], gazetteer: Gazetteer
) -> tuple[Body, IssuerLevel, str | None]:
    """Body, level and jurisdiction of *mention*, using the places named in and before it."""
    pattern = mention.pattern
    inside = regions.within(mention.start, mention.end)
    inside = [m for m in inside if m.region.id.startswith("KP")] or inside
    level = pattern.level or _level_word(mention.text)
    if level is None and not inside and _LOCAL_ORGAN.search(mention.text):
        return _local_organ_level(mention, regions, gazetteer)
    if level is None:
        named = inside[-1].region.level if inside else None
        level = _REGION_LEVEL.get(named, IssuerLevel.CENTRAL) if named else IssuerLevel.CENTRAL
    if level is IssuerLevel.CENTRAL:
        return pattern.body, level, "KP"
    for m in reversed(inside):
        found = _matching(m.region.id, level, gazetteer)
        if found:
            return pattern.body, level, found
    for m in chain(regions.before(mention.start), regions.after(mention.end)):  # the first that fits, nearest first
        if m.region.id.startswith("KP"):
            found = _matching(m.region.id, level, gazetteer)
            if found:
                return pattern.body, level, found
    return pattern.body, level, None


_MEETING = re.compile(r"(?:meeting|session|plenum|conference)s?\b", re.IGNORECASE)
_LEADER = re.compile(r"\b(?:led|chaired|presided over|convened) by (?:\w+ ){0,3}Kim Jong")
_OWN_WORDS = re.compile(r" (?:of|in|from|at|for) ")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_COUNTRY_ALONE = re.compile(r"(?:the )?(?:North Korea|DPRK|N\. Korea|North|Pyongyang)", re.IGNORECASE)
_COUNTRY_PATTERN = IssuerPattern("country", "", Body.GOVERNMENT, IssuerLevel.CENTRAL)
_COUNTRY = re.compile(r"^(?:North Korea(?:n)?|DPRK|N\. Korea)(?:['’]s)?\s+")


@cache
def _heads(heads: tuple[IssuerHead, ...]) -> tuple[tuple[re.Pattern[str], IssuerHead], ...]:
    out = []
    for head in heads:
        word = re.escape(head.word.rstrip("*")).replace("’", "['’]")
        tail = r"\w*" if head.word.endswith("*") else ""
        out.append((re.compile(rf"\b{word}{tail}\b", re.IGNORECASE), head))
    return tuple(out)


# Between a head word and the organ its people belong to ("officials from the", "agents of").
_OF_ORGAN = re.compile(r"\s+(?:from|of|at|with)\s+(?:(?:the|its|their|North Korea[’']s)\s+)?")


def _open_pattern(head: IssuerHead, phrase: str) -> IssuerPattern:
    level = head.level
    if head.person and _level_word(phrase) is not None:
        level = None
    return IssuerPattern(f"open-{head.word}", "", head.body, level)


_PLACE_AFTER = re.compile(r"\s+in\s+(?:[A-Z][\w’'-]*(?:\s(?=[A-Z])|\b)){1,3}(?:\s*(?:City|County|Province|District))?")
# A lowercase organ word with no name of its own ("a ministry strike team", "the bureau's agents").
# "the Ministry warned locals" after "the Ministry of State Security" is the same organ.
_BARE_ORGAN = re.compile(
    r"\b(ministry|agency|bureau|department)(?:['’]s)?\b(?! of\b)"
    r"|(?<=\b[Tt]he )(Ministry|Agency|Bureau|Department)(?:['’]s)?\b(?! of\b| [A-Z])"
)
_LOOK_BACK = 4000
# A leader named by the surname alone after the full name ("Kim", "leader Kim"); the ``issuers`` table's leader
# entries say whose surname it is.
_SURNAME = re.compile(r"(?:(?:[Ll]eader|[Cc]hairman|[Cc]omrade|[Mm]arshal) )?[A-Z][a-z]+")


def _named_before(text: str, start: int, word: str, vocab: Vocabulary) -> IssuerMention | None:
    """The latest issuer the table names before *start* whose name holds *word* (case-insensitive)."""
    found = find_issuers(text, max(0, start - _LOOK_BACK), start, vocab.issuers, vocab.directive_verbs)
    return next((m for m in reversed(found) if word in m.text.lower()), None)


def _organ_after_person(rest: str, at: int, vocab: Vocabulary) -> tuple[int, IssuerHead] | None:
    """The organ a person word at *at* of *rest* belongs to ("official from the people's committee"), if named."""
    person = _WORD.match(rest, at)
    link = None if person is None else _OF_ORGAN.match(rest, person.end())
    if link is None:
        return None
    best: tuple[int, IssuerHead] | None = None
    for regex, entry in _heads(vocab.issuer_heads):
        m = regex.search(rest, link.end())
        if m is not None and not entry.person and (best is None or m.start() < best[0]):
            best = (m.start(), entry)
    return best


def slot_issuer(
    text: str, start: int, end: int, head: int, vocab: Vocabulary, *, named: Sequence[IssuerMention]
) -> IssuerMention | None:
    """The authority standing in ``text[start:end]`` (an issuer slot whose head word starts at *head*), if any.

    *named* are the ``issuers`` table's names found in the sentence.

    ``None`` when the phrase names someone who complies or reports (``non_issuers``) or no
    authority at all.
    """
    phrase = text[start:end]
    head_word = _WORD.match(text, head)
    if head_word is None:
        return None
    own = _OWN_WORDS.split(phrase, maxsplit=1)[0]
    if {w.lower() for w in _WORD.findall(own)} & set(vocab.non_issuers):
        return None
    found_all = [m for m in named if start <= m.start and m.end <= end]
    named = [m for m in found_all if not m.pattern.strict]
    covering = [m for m in named if m.start <= head < m.end]
    if covering:
        mention = covering[0]
        place = _PLACE_AFTER.match(text, mention.end, end)
        if place is not None:
            # "The People's Safety Agency in Hyesan" (", Ryanggang Province, ..."): the place after the name sets
            # the organ's level.
            whole = place.end() if _PLACE_AFTER.fullmatch(text, mention.end, end) is None else end
            return attrs.evolve(mention, end=whole, text=text[mention.start : whole], subject=True)
        return attrs.evolve(mention, subject=True)
    after = [m for m in named if _OF_ORGAN.fullmatch(text, head_word.end(), m.start) and not text[m.end : end].strip()]
    if after:
        # "officials from the Ministry of Social Security", "agents of the MSS": the people act for the organ
        # (a place after the organ, "the deputy chief of the MSS in Kapsan County", still sets the level).
        return attrs.evolve(after[0], subject=True)
    organ = _BARE_ORGAN.search(phrase)
    if organ is not None and not named:
        earlier = _named_before(text, start, (organ.group(1) or organ.group(2)).lower(), vocab)
        if earlier is not None:
            # "A ministry strike team": the organ word stands for the ministry the article has named.
            return IssuerMention(start=start, end=end, text=phrase, pattern=earlier.pattern, subject=True)
    if _SURNAME.fullmatch(phrase):
        surname = phrase.split()[-1]
        earlier = _named_before(text, start, surname.lower(), vocab)
        if earlier is not None and earlier.pattern.body is Body.LEADER and surname in earlier.text.split():
            # "Kim also said ...": the leader the article named in full, under that name.
            return IssuerMention(start=start, end=end, text=earlier.text, pattern=earlier.pattern, subject=True)
    if _COUNTRY_ALONE.fullmatch(phrase):
        # "North Korea has tightened its patrols": the country as the actor is the state.
        pattern = next((p for p in vocab.issuers if p.name == "country"), _COUNTRY_PATTERN)
        return IssuerMention(start=start, end=end, text=phrase, pattern=pattern, subject=True)
    country = _COUNTRY.match(phrase)
    rest = phrase[country.end() :] if country else phrase
    found: tuple[int, IssuerHead] | None = None
    length = 0
    person = False
    for regex, entry in _heads(vocab.issuer_heads):
        m = regex.search(rest)
        if m is None:
            continue
        person = person or (entry.person and m.start() <= head - start - (len(phrase) - len(rest)) < m.end())
        if found is None or m.start() < found[0] or (m.start() == found[0] and m.end() - m.start() > length):
            found, length = (m.start(), entry), m.end() - m.start()
    if found is not None and found[1].person:
        employer = _organ_after_person(rest, found[0], vocab)
        if employer is not None:
            # "An official from the local people's committee": the officer acts for the organ named after him.
            found, person = employer, False
    own = next(
        (e for r, e in _heads(vocab.issuer_heads) if e.level and not e.person and r.fullmatch(head_word.group())), None
    )
    if own is not None and found is not None and own is not found[1]:
        found = (found[0], own)  # "The Kim Jong-un regime": the head word names the body before its modifiers
    if found is not None and person and found[1].level is None and _level_word(rest) is None:
        # "One state security official": a single officer acts for the local organ.
        found = (found[0], attrs.evolve(found[1], level=IssuerLevel.LOCAL))
    if found is not None and _MEETING.match(text, head) and (found[1].body is Body.LEADER or _LEADER.search(rest)):
        # A meeting the leader leads is the party's act.
        pattern = IssuerPattern("open-meeting", "", Body.PARTY, IssuerLevel.CENTRAL)
        return IssuerMention(start=start, end=end, text=phrase, pattern=pattern, subject=True)
    if found is not None:
        pattern = _open_pattern(found[1], rest)
        return IssuerMention(start=start, end=end, text=phrase, pattern=pattern, subject=True)
    if named:
        return attrs.evolve(named[0], subject=True)
    strict = [m for m in found_all if m.pattern.strict]
    return attrs.evolve(strict[0], subject=True) if strict else None
