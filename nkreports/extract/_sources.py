"""Informants: first mentions, later mentions, location, channel and contact date."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache

from nkreports._starts import guarded
from nkreports.gazetteer import Gazetteer, RegionMatch
from nkreports.model import Channel, DateValue, RegionLevel, Source, Span

from ._index import Positioned
from ._linking import contact_date
from ._sentences import Sentence
from ._source_channels import channel, mask_quotes, outlet_channel_note
from ._source_drafts import COUNTED, REACH, Draft, add_draft, mention, skip_lead_ins
from ._source_places import dateline_place, placed_by_dateline
from ._source_scan import by_sentence, quoted, tiled, touched
from ._vocabulary import Vocabulary

__all__ = ["find_sources"]

_NEW_MARKERS = ("another", "second", "third", "additional", "separate", "different", "other")
_DET = (
    r"(?P<det>[Aa]n additional |[Aa] separate |[Aa] different |[Aa] second |[Aa] third |[Tt]he first "
    r"|[Aa]nother |[Oo]ne |[Tt]wo |[Tt]hree |[Mm]ultiple |[Ss]everal |[Ss]ome |[Oo]ther |[Aa]n |[Aa] |[Tt]he )"
)
_NAME = (
    r"(?:(?:North|South) and (?:North|South)\s)?[A-Z][\w’'-]+(?:[ \n][A-Z][\w’'-]+){0,3}"
    r"(?:[ \n][Pp]rovinces?|[ \n][Cc]ity|[ \n][Cc]ounty)?"
)
_ADJ = r"(?:border|northern|northeastern|northwestern|southern|eastern|western|central|northeast|northwest|coastal)"
_LOC = (
    r"(?P<loc> (?:in|from|of|inside|near|at|based in|who (?:is|was) (?:from|based in)|who lives? (?:in|near)"
    r"|living (?:in|near)(?: (?:[\w’'-]+ ){1,8}?in)?"
    # "who attended a closed lecture in Pyongyang": a who-clause that places the informant (not one that speaks)
    r"|who (?!(?:told|tells|spoke|speaks|said|says|talked|asked|requested|declined|wished)\b)"
    r"(?:[\w’'-]+ ){1,6}?(?:in|at|near))"
    r" (?:the |an? )?(?:country['’]s |North Korea['’]s |(?:the )?North['’]s |[A-Z][a-z]+['’]s )?"
    # "the Russian Far East city of Vladivostok", "the Chinese border city of Dandong", "the eastern port city of"
    r"(?:(?:[\w’'-]+ ){0,4}?(?:province|city|county|capital|region|area|town|port|district|village) of )?"
    r"(?:(?:" + _ADJ + r" ){1,2}(?=[A-Z]))?"
    r"(?:North Korean capital\b|" + _NAME + r"(?:,?[ \n](?:and[ \n])?" + _NAME + r"){0,4}"
    r"(?: in (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:[Pp]rovince|[Cc]ounty))?"
    r"|the (?:province|city|county|country|(?:North Korean |country['’]s )?capital"
    r"|same (?:province|city|county|area)|school|border (?:city|area|region)|area|region)\b))?"
)
_LEVEL_WORD = {"province": RegionLevel.PROVINCE, "city": RegionLevel.CITY, "county": RegionLevel.COUNTY}
_PRONOUN = guarded(  # the same matches, found faster
    re.compile(
        r"(?:^|[,“\"] ?|” )(?P<p>[Hh]e|[Ss]he)(?: also| further)? (?:said|added|says|explained|noted|told|went on"
        r"|continued|confirmed|stated|claimed)\b|\b(?:said|added|explained|noted) (?P<q>he|she)\b"
    )
)


# What every match of _PRONOUN holds, in letters and single spaces, so it is found in the text whether or not a
# quotation next to it is blanked: "He"/"he"/"she" then the verb ("He said", "she also told"), or the verb then the
# pronoun ("said he", "noted she"; all four verbs end in "d").  Each opens with a literal, which the regex engine
# finds fast.
_SAYS = r"(?: also| further)? (?:said|added|says|explained|noted|told|went on|continued|confirmed|stated|claimed)\b"
_PRONOUN_HINTS = (re.compile("He" + _SAYS), re.compile("he" + _SAYS), re.compile(r"d s?he\b"))


@cache
def _the_head(heads: tuple[str, ...], informants: tuple[str, ...]) -> re.Pattern[str]:
    """A later mention by its head word ("the source", "the second partner"): characters and word boundaries only."""
    every = "|".join(re.escape(h) for h in sorted({*heads, *informants}, key=len, reverse=True))
    # "[Tt](?<=\b[Tt])" is "\b[Tt]" written so that the engine skips to the next T or t (a character set first).
    return re.compile(r"[Tt](?<=\b[Tt])he (?:first |second |third |other |same |[A-Z][a-z]+ )?(?:" + every + r")\b")


@cache
def _intro_regex(heads: tuple[str, ...], informants: tuple[str, ...], self_names: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(set(self_names), key=len, reverse=True) if n != "us")
    every = "|".join(re.escape(h) for h in sorted({*heads, *informants}, key=len, reverse=True))
    plural = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True) if h.endswith("s"))
    return re.compile(
        r"(?:(?:" + _DET + r"|(?P<poss>(?:" + names + r")['’]s ))"
        r"(?P<mod>(?:[\w’'-]+ ){0,4}?)(?P<head>\b(?:" + every + r"))"
        r"|(?<!\bof )(?<!\bits )(?<!\bour )(?<!\btheir )(?P<bare>\b)"
        r"(?P<bmod>(?:(?:informed|local|inside|trusted|multiple|several|many|other|two|three|some|[Dd]aily NK"
        r"|government|military|intelligence|diplomatic|security) ){0,2})"
        r"(?P<bhead>\b(?:" + plural + r")))\b" + _LOC
    )


@cache
def _head_regex(heads: tuple[str, ...], informants: tuple[str, ...]) -> re.Pattern[str]:
    """A head word as :func:`_intro_regex` finds it: every candidate holds one."""
    every = "|".join(re.escape(h) for h in sorted({*heads, *informants}, key=len, reverse=True))
    return guarded(re.compile(r"\b(?:" + every + r")\b"))


def _intro_matches(regex: re.Pattern[str], heads: re.Pattern[str], reach: int, masked: str) -> Iterator[re.Match[str]]:
    """``regex.finditer(masked)``, searched only from a little before each head word on.

    A candidate begins at most *reach* spaces before its head word (a determiner or possessive, up to four
    modifiers), so no match begins before that point of the next head word, and none after the last one: the
    rest of the sentence is never searched.
    """
    pos = 0
    while True:
        head = heads.search(masked, pos)
        if head is None:
            return
        start = head.start()
        for _ in range(reach):
            start = masked.rfind(" ", pos, start)
            if start < 0:
                start = pos
                break
        found = regex.search(masked, max(pos, start))
        if found is None:
            return
        yield found
        pos = found.end()


@cache
def _speech_after(verbs: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(
        r"(?:,? (?:who|whose|whom)\b[^.;“”\"]{0,160}?,?|, (?:across|near|on|along|bordering|in|north|south|east|west)\b"
        r"[^.;“”\"]{0,80}?,"
        # a re-reported informant: "an official, quoted by Good Friends, said", "a source cited by Daily NK said"
        r"|,? (?:as )?(?:quoted|cited) (?:by|in) (?:the )?[A-Za-z][^,.;“”\"]{1,50}?(?=,| (?:\w+ )?(?:"
        + alternatives
        + r")\b),?"
        r")?,? (?:\w+ ){0,2}?(?:" + alternatives + r")\b"
    )


# Re-reported informants: "told Good Friends", "told the Asahi Shimbun"; "quoted an official as saying".
# (an aid group, rights group, institute or wire agency, or a foreign paper: "told Good Friends", "told Human
# Rights Watch", "told the Asahi Shimbun"; not "told the manager", "told Chinese customs officers", nor a plain
# "told Example News", which may be the outlet itself when it declares no self-names)
_OTHER_OUTLET = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w’'.-]+\s+){0,4}?(?:Friends|Watch|Institute|Foundation|Group|Center|Centre|Shimbun|Ilbo"
    r"|Reuters|AFP|AP|Kyodo|Yonhap|Xinhua|TASS|NHK)(?![\w’'-])"
)
_AS_SAYING = re.compile(r",? as (?:saying|telling|having said)\b")


# "the North's Hamkyong province": a province named without its North/South half is only "somewhere in
# North Korea" (the possessive is the country, not the half), so it places the informant in KP.
_POSSESSIVE_HALF = re.compile(r"North['’]s\s")


def _most_specific(matches: Sequence[RegionMatch]) -> str | None:
    rank = {RegionLevel.COUNTRY: 0, RegionLevel.PROVINCE: 1}
    best: tuple[int, str] | None = None
    for m in matches:
        score, rid = rank.get(m.region.level, 2), m.region.id
        if _POSSESSIVE_HALF.match(m.span.text) and rid.startswith("KP-"):
            score, rid = 0, "KP"
        if best is None or score > best[0]:
            best = (score, rid)
    return None if best is None else best[1]


def _spread(matches: Sequence[RegionMatch]) -> bool:
    """Whether *matches* name two or more provinces, neither inside the other (a group across the country)."""
    provinces = {m.region.id.split(":")[0] for m in matches if m.region.level is not RegionLevel.COUNTRY}
    return len(provinces) > 1


def _location(text: str, span: Span, regions: Positioned[RegionMatch]) -> str | None:
    inside = regions.within(span.start, span.end)
    if _spread(inside):
        return None
    found = _most_specific(inside)
    if found:
        return found
    generic = re.search(r"\bthe (?:same |border )?(province|city|county)\b", span.text)
    if generic:
        level = _LEVEL_WORD[generic.group(1)]
        for m in regions.before(span.start):
            if m.region.level is level and m.region.id.startswith("KP"):
                return m.region.id
            if level is RegionLevel.PROVINCE and m.region.id.startswith("KP-") and ":" in m.region.id:
                return m.region.id.split(":")[0]  # "a partner in Hyesan ... another partner in the province"
    if re.search(r"\bat the (?:school|factory|mine|farm|market|plant|hospital|company|office|station)\b", span.text):
        for m in regions.before(span.start):
            if m.region.level in {RegionLevel.CITY, RegionLevel.COUNTY} and m.region.id.startswith("KP"):
                return m.region.id
    if re.search(r"\bthe (?:North Korean|country['’]s) capital\b", span.text):
        return "KP-01"
    if re.search(r"\binside North Korea\b|\bthe country\b", span.text):
        return "KP"
    return _antecedent(text, span, regions)


# "a resident there"; "in Kangwon Province, where a source told ...": the place named just before.
_THERE = re.compile(r"[ \n]there\b")
_WHERE = re.compile(r",\s(?:where|in which)\s$")


def _antecedent(text: str, span: Span, regions: Positioned[RegionMatch]) -> str | None:
    """The place a descriptor points back to with "there" or ", where", from its own sentence."""
    there = _THERE.match(text, span.end) or re.search(r" there$", span.text)
    where = _WHERE.search(text, max(0, span.start - 12), span.start)
    if there is None and where is None:
        return None
    cut = span.start if where is None else where.start()
    line_start = max(text.rfind(". ", 0, cut), text.rfind("\n", 0, cut), 0)
    before = [m for m in regions.before(cut) if m.span.start >= line_start]
    before.sort(key=lambda m: m.span.start)
    if where is not None:
        before = [m for m in before if m.span.end >= cut - 60]
    return _most_specific(before)


# A later mention as the subject of a contact verb ("The source reported to Daily NK on the 19th").
_FRAME_OPENING = re.compile(
    r"(?:Speaking|In (?:a|an) [^,]{0,40}(?:conversation|call|interview))\b[^,]{0,60}\b(?:with|to)\b"
)
_SPOKE_TO = re.compile(r" (?:also )?(?:told|reported to|spoke (?:to|with)|said on|told (?:the )?\w+ on)\b")
_LIVES_IN = re.compile(r",? (?:[A-Z],? )?(?:who|which) (?:lives|is based|works|resides|is) (?:in|near|at) [^,.;]{2,60}")


def _relative_location(text: str, span: Span, regions: Positioned[RegionMatch]) -> str | None:
    """The place of a relative clause right after the descriptor ("a partner, A, who lives in Hyesan")."""
    m = _LIVES_IN.match(text, span.end, min(len(text), span.end + 80))
    if m is None:
        return None
    return _most_specific(regions.within(m.start(), m.end()))


# "In Vladivostok, one source told RFA ...": a sentence that opens with a place sets where its subject is.
_OPENING_PLACE = re.compile(r"[“\"]?In (?:the )?[A-Z][^,.;“”\"]{1,60}, $")


def _opening_place(text: str, sentence: Sentence, span: Span, regions: Positioned[RegionMatch]) -> str | None:
    """The place a sentence opens with when the descriptor is the subject right after it."""
    m = _OPENING_PLACE.fullmatch(text, sentence.start, span.start)
    return None if m is None else _most_specific(regions.within(m.start(), m.end()))


@cache
def _appositive_regex(heads: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(
        r", (?:an?|the) (?:[\w’'-]+ ){0,2}?(?P<head>" + alternatives + r") (?:in|from|of|based in|living in|near) "
        r"(?:the )?[A-Z][^,.;:“”\"]{1,40}(?:, [A-Z][^,.;:“”\"]{1,40})?(?=,)"
    )


def _appositive(
    text: str, span: Span, regions: Positioned[RegionMatch], heads: tuple[str, ...]
) -> tuple[str | None, str | None]:
    """Place and role from an appositive after the descriptor ("A second source, an official in Sinuiju, ...")."""
    m = _appositive_regex(heads).match(text, span.end, min(len(text), span.end + 120))
    if m is None:
        return None, None
    return _most_specific(regions.within(m.start(), m.end())), m.group("head")


def _candidates(
    text: str, sentences: Sequence[Sentence], vocab: Vocabulary, self_names: tuple[str, ...]
) -> list[tuple[re.Match[str], Sentence, bool]]:
    regex = _intro_regex(vocab.source_heads, vocab.informant_heads, self_names)
    speech = _speech_after(vocab.speech_verbs)
    outlet = re.compile(r"\s+(?:the\s+)?(?:" + "|".join(re.escape(n) for n in self_names) + r")\b")
    strong = set(vocab.source_heads)
    regex = guarded(regex)  # the same matches, found faster
    heads = _head_regex(vocab.source_heads, vocab.informant_heads)
    # spaces from a candidate's start to its head: determiner (2) or possessive name, modifiers (4), and a margin
    reach = 8 + max((name.count(" ") for name in self_names), default=0)
    out = []
    for sentence in sentences:
        masked = mask_quotes(sentence.text)
        for m in _intro_matches(regex, heads, reach, masked):  # a sentence with no head word is not searched
            head = m.group("head") or m.group("bhead") or ""
            if _OF_LOWER.match(masked, m.end(), m.end() + 12):
                continue
            bare = m.group("bare") is not None
            det = (m.group("det") or "").strip().lower()
            if head in strong:
                if bare and not head.endswith("s"):
                    continue
                mod = m.group("mod") or m.group("bmod") or ""
                if bare and mod.strip() and not _TWO_WORDS.fullmatch(mod):
                    continue
                out.append((m, sentence, det == "the" or bool(m.group("poss") and not head.endswith("s"))))
                continue
            if bare or det == "the":
                continue
            before = masked[max(0, m.start() - 40) : m.start()]
            if _APPOSITIVE_BEFORE.search(before):
                continue  # an appositive: "Another source, a trader in Manpo, said"
            clause_start = not before.strip() or _CLAUSE_BEFORE.search(before)
            spoke = speech.match(masked, m.end())
            told = spoke is not None and _TOLD_END.search(spoke.group()) is not None
            if (
                told
                and spoke
                and not outlet.match(masked, spoke.end())
                and not _OTHER_OUTLET.match(masked, spoke.end())
            ):
                spoke = None
            inverted = _SAID_BEFORE.search(before)  # "..., said a trader in X"
            if _QUOTED_BEFORE.search(before) and _AS_SAYING.match(masked, m.end()):
                # "Good Friends quoted an official in Hamhung as saying ...": a re-reported informant
                out.append((m, sentence, False))
                continue
            if clause_start and (spoke or inverted or _ACCORDING_BEFORE.search(before)):
                out.append((m, sentence, False))
    return out


# What _candidates tests around a match (compiled once, not looked up in the module cache per match).
_OF_LOWER = re.compile(r" of [a-z]")  # "a source of income": not an informant
_TWO_WORDS = re.compile(r"(?:[a-z]+ ){1,2}")
_APPOSITIVE_BEFORE = re.compile(r"\b(?:source|partner|informant)s?,\s*$")
_CLAUSE_BEFORE = re.compile(r"(?i)(?:,|according to|citing|said|told)\s*$")
_TOLD_END = re.compile(r"\b(?:told|tells?)$")
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|explained|noted)\s*$")
_QUOTED_BEFORE = re.compile(r"\b(?:quoted|cited)\s*$")
_ACCORDING_BEFORE = re.compile(r"(?i)according to\s*$")


def _head(m: re.Match[str]) -> str:
    return m.group("head") or m.group("bhead") or ""


def _mod(m: re.Match[str]) -> str:
    return m.group("mod") or m.group("bmod") or ""


def find_sources(
    *,
    text: str,
    sentences: Sequence[Sentence],
    regions: Positioned[RegionMatch],
    dates: Positioned[DateValue],
    vocab: Vocabulary,
    self_names: tuple[str, ...],
    gazetteer: Gazetteer,
) -> tuple[Source, ...]:
    """Every informant the outlet cites, in order of first mention."""
    del gazetteer
    names = tuple(dict.fromkeys((*self_names, *vocab.self_names)))
    name_regex = guarded(re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"))
    drafts: list[Draft] = []
    channels: dict[int, Channel] = {}
    refined: dict[int, Channel] = {}  # a later mention's channel, named sentences only
    for m, sentence, is_mention in _candidates(text, sentences, vocab, names):
        start = sentence.start + m.start()
        end = sentence.start + m.end()
        while end > start and text[end - 1] in ",. ":
            end -= 1
        if is_mention and (drafts or not m.group("poss")):
            span = Span.of(text, start, end)
            target = mention(drafts, span, sentence, _head(m), m.group("det") or "the")
            if target is None and m.group("loc"):
                # "The reporting partner at Chagang Province said ...": a definite first mention.
                add_draft(drafts, _first_definite(text, span, m, sentence, regions), marked_new=False)
                continue
            dating = m.group("poss") or _SPOKE_TO.match(text, end) or _FRAME_OPENING.match(sentence.text)
            if target is not None and target.contacted is None and dating:
                # "The source reported to The Daily NK on the 19th that ...": a later mention dates the contact.
                target.contacted = contact_date(
                    text=text,
                    sentence=sentence,
                    descriptor=span,
                    dates=dates,
                    self_names=names,
                    speech_verbs=vocab.speech_verbs,
                )
            if target is not None:
                _refine(
                    target,
                    text=text,
                    span=span,
                    sentence=sentence,
                    regions=regions,
                    vocab=vocab,
                    names=name_regex,
                    channels=refined,
                )
            continue
        there = _THERE.match(text, end)
        if there and not m.group("loc"):
            end = there.end()  # "a resident there"
        span = Span.of(text, start, end)
        det = (m.group("det") or "").strip().lower()
        words = set(det.split()) | set(_mod(m).lower().split())
        location = (
            _location(text, span, regions)
            or _relative_location(text, span, regions)
            or _opening_place(text, sentence, span, regions)
        )
        role = None
        if location is None:
            location, role = _appositive(text, span, regions, vocab.informant_heads)
        draft = Draft(
            descriptor=span,
            head=_head(m),
            det=det,
            location=location,
            sentence=sentence,
            plural=_head(m).endswith("s") or det in {"two", "three", "multiple", "several", "some"},
            counted=bool(words & COUNTED),
            placed=bool(m.group("loc")),
            role=role,
        )
        if sentence.index not in channels:
            channels[sentence.index] = channel(text, sentence, vocab, name_regex)
        draft.channel = channels[sentence.index]
        draft.contacted = contact_date(
            text=text,
            sentence=sentence,
            descriptor=span,
            dates=dates,
            self_names=names,
            speech_verbs=vocab.speech_verbs,
        )
        if "one" in words and "of" in words:
            mention(drafts, span, sentence, _head(m), "the")
            continue
        add_draft(drafts, draft, bool(words & set(_NEW_MARKERS)))
    _later_mentions(text, sentences=sentences, drafts=drafts, vocab=vocab, names=name_regex, dates=dates)
    drafts = skip_lead_ins(drafts)
    place = dateline_place(text, regions)
    for d in drafts:
        if d.location is None:
            d.location = placed_by_dateline(d.descriptor.text, place)
    return tuple(
        Source(
            id=f"s{i + 1}",
            descriptor=d.descriptor.text,
            location=d.location,
            channel=d.channel,
            contacted=d.contacted,
            anonymous=True,
            role=d.role or (None if d.head in {"source", "sources", "informant", "informants"} else d.head),
            group=d.plural,
            mentions=(d.descriptor, *sorted(d.mentions, key=lambda s: s.start)),
            statements=tuple(sorted(d.statements.values(), key=lambda s: s.start)),
        )
        for i, d in enumerate(drafts)
    )


def _refine(
    target: Draft,
    *,
    text: str,
    span: Span,
    sentence: Sentence,
    regions: Positioned[RegionMatch],
    vocab: Vocabulary,
    names: re.Pattern[str],
    channels: dict[int, Channel],
) -> None:
    """What a later mention adds: a place for a vaguely placed informant ("the source, who is based in
    Yanggang Province") or a city inside its province, a channel ("Speaking on the phone with Daily NK, the
    source ...")."""
    later = _relative_location(text, span, regions)
    if target.location in {None, "KP"} or (later and later.startswith(f"{target.location}:")):
        # a vague place, or a province the later clause narrows to a city in it ("The source, who lives in Sinuiju")
        target.location = later or target.location
    if target.channel is Channel.UNSPECIFIED:
        # once per sentence, not once per mention: a long sentence may hold many mentions
        if sentence.index not in channels:
            named = names.search(mask_quotes(sentence.text))
            channels[sentence.index] = channel(text, sentence, vocab, names) if named else Channel.UNSPECIFIED
        target.channel = channels[sentence.index]


def _first_definite(
    text: str, span: Span, m: re.Match[str], sentence: Sentence, regions: Positioned[RegionMatch]
) -> Draft:
    return Draft(
        descriptor=span,
        head=_head(m),
        det="the",
        location=_location(text, span, regions),
        sentence=sentence,
        plural=_head(m).endswith("s"),
    )


def _later_mentions(
    text: str,
    *,
    sentences: Sequence[Sentence],
    drafts: list[Draft],
    vocab: Vocabulary,
    names: re.Pattern[str],
    dates: Positioned[DateValue],
) -> None:
    if not drafts:
        return
    the_head = _the_head(vocab.source_heads, vocab.informant_heads)
    seen = {s.start for d in drafts for s in d.mentions} | {d.descriptor.start for d in drafts}
    first_at = drafts[0].descriptor.start
    starts = [d.descriptor.start for d in drafts]
    # One search of the text for each pattern where that is the same search (see _source_scan); sentences with a
    # quotation, or all of them when the text does not allow it, are searched on their own.
    whole = tiled(text, sentences)
    offsets = [sentence.start for sentence in sentences]
    heads_in = by_sentence(the_head, text, sentences, offsets) if whole else None
    pronoun_in = touched(_PRONOUN_HINTS, text, offsets) if whole else None
    for position, sentence in enumerate(sentences):
        if sentence.end <= first_at:
            continue
        if heads_in is not None and not quoted(sentence):
            masked = sentence.text  # no quotation to blank
            found = heads_in.get(position, [])
        else:
            masked = mask_quotes(sentence.text)
            found = [(m.start(), m.end()) for m in the_head.finditer(masked)]
        pronouns = list(_PRONOUN.finditer(masked)) if pronoun_in is None or position in pronoun_in else []
        if pronouns:
            found += [(m.start("p"), m.end("p")) for m in pronouns if m.group("p")]
            found += [(m.start("q"), m.end("q")) for m in pronouns if m.group("q")]
        elif not found:
            continue  # most sentences
        for s, e in sorted(found):
            start = sentence.start + s
            if start in seen:
                continue
            seen.add(start)
            span = Span.of(text, start, sentence.start + e)
            known = bisect_right(starts, start)
            # mention reads the first two sources and the last REACH: no need to copy every earlier one.
            owners = drafts[:known] if known <= 2 + REACH else [*drafts[:2], *drafts[known - REACH : known]]
            if not owners:
                continue
            head = span.text.split()[-1]
            target = mention(
                owners, span, sentence, head, span.text.split()[1] if len(span.text.split()) > 2 else "the"
            )
            framed = _FRAME_OPENING.match(sentence.text) is not None
            if target is not None and target.contacted is None and (framed or _SPOKE_TO.match(text, span.end)):
                # "The source reported to The Daily NK on the 19th that ...": a later mention dates the contact.
                target.contacted = contact_date(
                    text=text,
                    sentence=sentence,
                    descriptor=span,
                    dates=dates,
                    self_names=(),
                    speech_verbs=vocab.speech_verbs,
                )
            owner = owners[-1]
            if owner.channel is Channel.UNSPECIFIED and names.search(masked):
                owner.channel = channel(text, sentence, vocab, names)
    outlet_channel_note(text, sentences, drafts, vocab)
