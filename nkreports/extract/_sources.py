"""Informants: first mentions, later mentions, location, channel and contact date."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

import attrs

from nkreports.gazetteer import Gazetteer, RegionMatch
from nkreports.model import Channel, DateValue, Extent, RegionLevel, Source, Span

from ._index import Positioned
from ._linking import contact_date
from ._sentences import Sentence
from ._vocabulary import Vocabulary

__all__ = ["find_sources"]

_REACH = 50
_NEW_MARKERS = ("another", "second", "third", "additional", "separate", "different", "other")
_DET = (
    r"(?P<det>[Aa]n additional |[Aa] separate |[Aa] different |[Aa] second |[Aa] third |[Tt]he first "
    r"|[Aa]nother |[Oo]ne |[Tt]wo |[Tt]hree |[Mm]ultiple |[Ss]everal |[Ss]ome |[Oo]ther |[Aa]n |[Aa] |[Tt]he )"
)
_LOC = (
    r"(?P<loc> (?:in|from|of|inside|near|at|based in|living (?:in|near)|who lives (?:in|near)) (?:the )?"
    r"(?:(?:border |northern |northeastern |northwestern |southern |eastern |western |northeast |northwest )?"
    r"(?:province|city|county|capital|region|area|town) of )?"
    r"(?:[A-Z][\w’'-]+(?:,? [A-Z][\w’'-]+){0,4}(?: [Pp]rovince| [Cc]ity| [Cc]ounty)?"
    r"(?: in (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:[Pp]rovince|[Cc]ounty))?"
    r"|the (?:province|city|county|country|capital|same (?:province|city|county|area)|school"
    r"|border (?:city|area|region)|area|region)\b))?"
)
_LEVEL_WORD = {"province": RegionLevel.PROVINCE, "city": RegionLevel.CITY, "county": RegionLevel.COUNTY}
_QUOTE = re.compile(r"“[^”]{0,2000}”|\"[^\"]{0,2000}\"")
_PRONOUN = re.compile(
    r"(?:^|[,“\"] ?|” )(?P<p>[Hh]e|[Ss]he)(?: also| further)? (?:said|added|says|explained|noted|told|went on|continued"
    r"|confirmed|stated|claimed)\b|\b(?:said|added|explained|noted) (?P<q>he|she)\b"
)


@attrs.define
class _Draft:
    descriptor: Span
    head: str
    det: str
    location: str | None
    sentence: Sentence
    plural: bool
    role: str | None = None
    channel: Channel = Channel.UNSPECIFIED
    contacted: DateValue | None = None
    mentions: list[Span] = attrs.Factory(list)
    statements: dict[int, Extent] = attrs.Factory(dict)

    def state(self, sentence: Sentence) -> None:
        if sentence.start not in self.statements:
            self.statements[sentence.start] = Extent(start=sentence.start, end=sentence.end)


@cache
def _intro_regex(heads: tuple[str, ...], informants: tuple[str, ...], self_names: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(set(self_names), key=len, reverse=True) if n != "us")
    every = "|".join(re.escape(h) for h in sorted({*heads, *informants}, key=len, reverse=True))
    plural = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True) if h.endswith("s"))
    return re.compile(
        r"(?:(?:" + _DET + r"|(?P<poss>(?:" + names + r")['’]s ))"
        r"(?P<mod>(?:[\w’'-]+ ){0,4}?)(?P<head>\b(?:" + every + r"))"
        r"|(?<!\bof )(?<!\bits )(?<!\bour )(?<!\btheir )(?P<bare>\b)"
        r"(?P<bmod>(?:(?:informed|local|inside|trusted|multiple|several|many|other|two|three|some|[Dd]aily NK) ){0,2})"
        r"(?P<bhead>\b(?:" + plural + r")))\b" + _LOC
    )


@cache
def _speech_after(verbs: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(r"(?:,? (?:who|whose|whom)\b[^.;“”\"]{0,160}?,?)? (?:\w+ ){0,2}?(?:" + alternatives + r")\b")


@cache
def _channel_regexes(vocab: Vocabulary) -> tuple[tuple[re.Pattern[str], Channel], ...]:
    return tuple((re.compile(c.pattern), c.channel) for c in vocab.channels)


@cache
def _surveillance(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in vocab.surveillance))


def _mask_quotes(text: str) -> str:
    return _QUOTE.sub(lambda m: " " * len(m.group()), text)


def _most_specific(matches: Sequence[RegionMatch]) -> str | None:
    rank = {RegionLevel.COUNTRY: 0, RegionLevel.PROVINCE: 1}
    best: tuple[int, str] | None = None
    for m in matches:
        score = rank.get(m.region.level, 2)
        if best is None or score > best[0]:
            best = (score, m.region.id)
    return None if best is None else best[1]


def _location(span: Span, regions: Positioned[RegionMatch]) -> str | None:
    inside = regions.within(span.start, span.end)
    found = _most_specific(inside)
    if found:
        return found
    generic = re.search(r"\bthe (?:same |border )?(province|city|county)\b", span.text)
    if generic:
        level = _LEVEL_WORD[generic.group(1)]
        for m in regions.before(span.start):
            if m.region.level is level and m.region.id.startswith("KP"):
                return m.region.id
    if re.search(r"\bat the (?:school|factory|mine|farm|market|plant|hospital|company|office|station)\b", span.text):
        for m in regions.before(span.start):
            if m.region.level in {RegionLevel.CITY, RegionLevel.COUNTY} and m.region.id.startswith("KP"):
                return m.region.id
    if re.search(r"\binside North Korea\b|\bthe country\b", span.text):
        return "KP"
    return None


# A later mention as the subject of a contact verb ("The source reported to Daily NK on the 19th").
_SPOKE_TO = re.compile(r" (?:also )?(?:told|reported to|spoke (?:to|with)|said on|told (?:the )?\w+ on)\b")
_LIVES_IN = re.compile(r",? (?:[A-Z],? )?(?:who|which) (?:lives|is based|works|resides|is) (?:in|near|at) [^,.;]{2,60}")


def _relative_location(text: str, span: Span, regions: Positioned[RegionMatch]) -> str | None:
    """The place of a relative clause right after the descriptor ("a partner, A, who lives in Hyesan")."""
    m = _LIVES_IN.match(text, span.end, min(len(text), span.end + 80))
    if m is None:
        return None
    return _most_specific(regions.within(m.start(), m.end()))


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


def _channel(text: str, sentence: Sentence, vocab: Vocabulary, names: re.Pattern[str]) -> Channel:
    del text
    masked = _mask_quotes(sentence.text)
    if not names.search(masked) and not re.search(r"\b(?:told|spoke|speaking|said)\b", masked):
        return Channel.UNSPECIFIED
    blocked = [m.span() for m in _surveillance(vocab).finditer(masked)]
    for regex, channel in _channel_regexes(vocab):
        for m in regex.finditer(masked):
            if not any(s <= m.start() < e for s, e in blocked):
                return channel
    return Channel.UNSPECIFIED


def _candidates(
    text: str, sentences: Sequence[Sentence], vocab: Vocabulary, self_names: tuple[str, ...]
) -> list[tuple[re.Match[str], Sentence, bool]]:
    regex = _intro_regex(vocab.source_heads, vocab.informant_heads, self_names)
    speech = _speech_after(vocab.speech_verbs)
    outlet = re.compile(r"\s+(?:the\s+)?(?:" + "|".join(re.escape(n) for n in self_names) + r")\b")
    strong = set(vocab.source_heads)
    out = []
    for sentence in sentences:
        masked = _mask_quotes(sentence.text)
        for m in regex.finditer(masked):
            head = _head(m)
            det = (m.group("det") or "").strip().lower()
            after = masked[m.end() : m.end() + 12]
            if re.match(r" of [a-z]", after) or re.match(r"(?:[\w’'-]+ )*", _mod(m)) is None:
                continue
            if head in strong:
                if m.group("bare") is not None and not head.endswith("s"):
                    continue
                if m.group("bare") is not None and _mod(m).strip() and not re.fullmatch(r"(?:[a-z]+ ){1,2}", _mod(m)):
                    continue
                out.append((m, sentence, det == "the"))
                continue
            if m.group("bare") is not None or det == "the":
                continue
            before = masked[max(0, m.start() - 40) : m.start()]
            clause_start = not before.strip() or re.search(r"(?:,|according to|citing|[Ss]aid|told)\s*$", before)
            spoke = speech.match(masked, m.end())
            if spoke and re.search(r"\b(?:told|tells?)$", spoke.group()) and not outlet.match(masked, spoke.end()):
                spoke = None
            inverted = re.search(r"\b(?:said|says|added|explained|noted)\s*$", before)  # "..., said a trader in X"
            if clause_start and (spoke or inverted or re.search(r"according to\s*$", before)):
                out.append((m, sentence, False))
    return out


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
    name_regex = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    drafts: list[_Draft] = []
    channels: dict[int, Channel] = {}
    for m, sentence, is_mention in _candidates(text, sentences, vocab, names):
        start = sentence.start + m.start()
        end = sentence.start + m.end()
        while end > start and text[end - 1] in ",. ":
            end -= 1
        if m.group("det") and m.group("det").strip().lower() in {"the", "the first"} and is_mention:
            span = Span.of(text, start, end)
            target = _mention(drafts, span, sentence, _head(m), m.group("det"))
            if target is not None and target.contacted is None and _SPOKE_TO.match(text, end):
                # "The source reported to The Daily NK on the 19th that ...": a later mention dates the contact.
                target.contacted = contact_date(
                    text=text,
                    sentence=sentence,
                    descriptor=span,
                    dates=dates,
                    self_names=names,
                    speech_verbs=vocab.speech_verbs,
                )
            continue
        span = Span.of(text, start, end)
        det = (m.group("det") or "").strip().lower()
        words = set(det.split()) | set(_mod(m).lower().split())
        location = _location(span, regions) or _relative_location(text, span, regions)
        role = None
        if location is None:
            location, role = _appositive(text, span, regions, vocab.informant_heads)
        draft = _Draft(
            descriptor=span,
            head=_head(m),
            det=det,
            location=location,
            sentence=sentence,
            plural=_head(m).endswith("s") or det in {"two", "three", "multiple", "several", "some"},
            role=role,
        )
        if sentence.index not in channels:
            channels[sentence.index] = _channel(text, sentence, vocab, name_regex)
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
            _mention(drafts, span, sentence, _head(m), "the")
            continue
        _add(drafts, draft, bool(words & set(_NEW_MARKERS)))
    _later_mentions(text, sentences=sentences, drafts=drafts, vocab=vocab, names=name_regex, dates=dates)
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


def _absorb(old: _Draft, new: _Draft) -> None:
    old.mentions.append(new.descriptor)
    old.state(new.sentence)
    if old.channel is Channel.UNSPECIFIED:
        old.channel = new.channel
    if old.contacted is None:
        old.contacted = new.contacted


_GENERIC_HEADS = frozenset({"source", "sources", "partner", "reporting partner", "informant"})


def _same_kind(old: str, new: str) -> bool:
    """Whether a place-less mention with head *new* can be the informant *old* again."""
    return new in _GENERIC_HEADS or old.rstrip("s") == new.rstrip("s")


def _within(inner: str | None, outer: str | None) -> bool:
    """Whether region id *inner* is *outer* or lies inside it ("KP-10:hyesan" in "KP-10")."""
    if inner is None or outer is None:
        return False
    return inner == outer or inner.startswith(outer + ":") or (outer == "KP" and inner.startswith("KP-"))


def _add(drafts: list[_Draft], draft: _Draft, marked_new: bool) -> None:
    draft.state(draft.sentence)
    if drafts and not marked_new:
        same = next(
            (d for d in reversed(drafts[-_REACH:]) if d.location is not None and d.location == draft.location), None
        )
        if same is not None and not draft.plural:
            _absorb(same, draft)
            return
        last = drafts[-1]
        vague = last.location in {None, "KP"}
        if draft.location is None and not draft.plural and _same_kind(last.head, draft.head):
            _absorb(last, draft)
            return
        if vague and not last.plural and not draft.plural:
            _absorb(last, draft)
            last.location = draft.location
            return
        if last.plural and not draft.plural and (vague or _within(draft.location, last.location)):
            # A plural lead-in ("sources in the country told ...") gives way to the informant it names.
            drafts.pop()
    drafts.append(draft)


def _mention(drafts: list[_Draft], span: Span, sentence: Sentence, head: str, det: str) -> _Draft | None:
    if not drafts:
        return None
    target = drafts[-1]
    if "first" in det.lower():
        target = drafts[0]
    elif "second" in span.text.lower() and len(drafts) > 1:
        target = drafts[1]
    else:
        same_head = next((d for d in reversed(drafts[-_REACH:]) if d.head.rstrip("s") == head.rstrip("s")), None)
        if head not in {"source", "sources"} and same_head is not None:
            target = same_head
    target.mentions.append(span)
    target.state(sentence)
    return target


def _later_mentions(
    text: str,
    *,
    sentences: Sequence[Sentence],
    drafts: list[_Draft],
    vocab: Vocabulary,
    names: re.Pattern[str],
    dates: Positioned[DateValue],
) -> None:
    if not drafts:
        return
    heads = "|".join(re.escape(h) for h in sorted({*vocab.source_heads, *vocab.informant_heads}, key=len, reverse=True))
    the_head = re.compile(r"\b[Tt]he (?:first |second |third |other |same |[A-Z][a-z]+ )?(?:" + heads + r")\b")
    seen = {s.start for d in drafts for s in d.mentions} | {d.descriptor.start for d in drafts}
    first_at = drafts[0].descriptor.start
    starts = [d.descriptor.start for d in drafts]
    for sentence in sentences:
        if sentence.end <= first_at:
            continue
        masked = _mask_quotes(sentence.text)
        found = [(m.start(), m.end()) for m in the_head.finditer(masked)]
        found += [(m.start("p"), m.end("p")) for m in _PRONOUN.finditer(masked) if m.group("p")]
        found += [(m.start("q"), m.end("q")) for m in _PRONOUN.finditer(masked) if m.group("q")]
        for s, e in sorted(found):
            start = sentence.start + s
            if start in seen:
                continue
            seen.add(start)
            span = Span.of(text, start, sentence.start + e)
            known = bisect_right(starts, start)
            # _mention reads the first two sources and the last _REACH: no need to copy every earlier one.
            owners = drafts[:known] if known <= 2 + _REACH else [*drafts[:2], *drafts[known - _REACH : known]]
            if not owners:
                continue
            head = span.text.split()[-1]
            target = _mention(
                owners, span, sentence, head, span.text.split()[1] if len(span.text.split()) > 2 else "the"
            )
            if target is not None and target.contacted is None and _SPOKE_TO.match(text, span.end):
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
                owner.channel = _channel(text, sentence, vocab, names)
    _outlet_channel_note(text, sentences, drafts, vocab)


def _outlet_channel_note(text: str, sentences: Sequence[Sentence], drafts: list[_Draft], vocab: Vocabulary) -> None:
    """An outlet's note on how it reaches its partners ("contacts its partners using Chinese phones")."""
    del text
    for sentence in sentences:
        if re.search(r"\b(?:contacts?|communicates?|reached|reaches|speaks? with)\b", sentence.text) and re.search(
            r"\bpartners?\b|\bsources?\b", sentence.text
        ):
            for regex, channel in _channel_regexes(vocab):
                if regex.search(sentence.text):
                    for d in drafts:
                        if d.channel is Channel.UNSPECIFIED and re.search(r"partner|source", d.head):
                            d.channel = channel
                    return
