"""Directives: issuing acts, their issuers, demands, audience, issue date and reporting source."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cache
from itertools import accumulate

import attrs

from nkreports.gazetteer import Gazetteer, RegionMatch
from nkreports.model import Body, DateValue, Demand, Directive, Issuer, IssuerLevel, Modality, Source, Span

from .._index import Positioned
from .._linking import issue_date
from .._sentences import Sentence
from .._vocabulary import Vocabulary
from ._clauses import issuer_slot, parse
from ._demands import DemandSpan, audience, find_demands
from ._generic import is_generic
from ._issuers import IssuerMention, find_issuers, resolve_issuer, slot_issuer, verb_follows
from ._triggers import Trigger, find_triggers, states_act

__all__ = ["find_directives"]

_REACH = 50
_PERSON_ORGANS = {"judge": "court", "prosecutor": "prosecutors", "minister": "ministry", "principal": "principal"}
# Past-tense accounts inside a quotation ("nobody was allowed to go home") are not demands.
_NARRATED = re.compile(
    r"\b(?:was|were|had been|had)\b (?:\w+ )?(?:allowed|permitted|banned|ordered|told|required|able|forced|to)\b"
)
_ORGAN_WORDS = re.compile(
    r"\b(?:committee|ministry|agency|department|bureau|court|cabinet|assembly|presidium|union|office|staff|police"
    r"|prosecutors|management)\b"
)
_PASSIVE_VERBS = r"ordered|told|instructed|required|forced|mobilized|summoned|called up|directed|lifted"
_PASSIVE = re.compile(
    r"\b(?:were|was|have been|has been|had been|are|is|being|be|got) (?:\w+ )?(?:" + _PASSIVE_VERBS + r")\b"
)
_CAMPAIGN = re.compile(
    r"\b(?:crackdown|crack down|cracking down|inspections?|campaign|searches|lockdown|struggle session|inspecting"
    r"|searching)\b"
)
# A named organ's formal act is a directive even when the report gives none of its demands.
_FORMAL_ACT = re.compile(
    r"\b(?:issued|adopted|promulgated|handed down) (?:an?|its|the) (?:joint |new |special )?(?:decree|decision"
    r"|directive|resolution|order)\b"
)
_ACTIVE_PAST = re.compile(r"\b(?:sentenced|arrested|executed|detained|caught|fined|punished)\b")


@attrs.define
class _Draft:
    body: Body
    level: IssuerLevel | None
    region: str | None
    mention: IssuerMention | None
    generic: bool
    mentions: list[Span] = attrs.Factory(list)
    evidence: list[Sentence] = attrs.Factory(list)
    demands: list[DemandSpan] = attrs.Factory(list)
    seen: set[int] = attrs.Factory(set)
    nouns: set[str] = attrs.Factory(set)
    keep: set[int] = attrs.Factory(set)
    stated: bool = False  # its act was found from a trigger's clause: a directive even without demands
    names: set[str] = attrs.Factory(set)
    """The mentions' texts, normalized; ``_names`` adds the mentions after the first *named*."""
    named: int = 0

    @property
    def key(self) -> tuple[Body, IssuerLevel | None, str | None]:
        return (self.body, self.level, self.region)

    def add(self, sentence: Sentence, demands: Sequence[DemandSpan]) -> None:
        if sentence.index not in self.seen:
            self.seen.add(sentence.index)
            self.evidence.append(sentence)
            self.nouns.update(m.group(1).rstrip("s") for m in _DOCUMENT_NOUNS.finditer(sentence.text.lower()))
        for d in demands:
            if not any(d.start < o.end and o.start < d.end for o in self.demands[-8:]):
                self.demands.append(d)


@cache
def _word_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")


@cache
def _reference_regex(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _acting(text: str, sentence: Sentence, mentions: list[IssuerMention], vocab: Vocabulary) -> IssuerMention | None:
    nouns = _word_regex(vocab.directive_nouns)
    for mention in mentions:
        if not mention.subject:
            continue
        if verb_follows(text, mention.end, vocab.directive_verbs):
            return mention
        after = text[mention.end : min(sentence.end, mention.end + 40)]
        before = text[max(sentence.start, mention.start - 60) : mention.start]
        if nouns.search(before) and re.search(r"\b(?:by|from)\s+$", before):
            return mention
        if re.match(r"^['’]s (?:\w+ )?(?:" + "|".join(vocab.directive_nouns) + r")\b", after):
            return mention
    return None


# A named issuer with one of these acts in its sentence issued a directive, even with no demand reported.
_STATED = re.compile(
    r"\b(?:issued|handed down|sent down|adopted|enacted|passed|announced|imposed|declared|promulgated)"
    r" (?:[\w’'-]+ ){1,4}?(?:order|instruction|directive|decree|law|ban|lockdown|mobilization|resolution"
    r"|regulation|notice|guideline)s?\b"
)
# A generic issuer that itself performs an act ("North Korean authorities issued two orders ...") acts anew.
_OWN_ACT = re.compile(
    r" (?:\w+ ){0,2}?(?:issued|imposed|ordered|banned|announced|closed|sealed off|launched|decided|released|put)\b"
)
_PRONOUNS = frozenset({"they", "it", "he", "she"})
_PROVINCE_SCOPE = re.compile(r"\b(?:in|within|across|throughout|around) the province\b|\bprovince-wide\b", re.I)
_TRIGGERS_READ = 6  # a sentence states few acts; the first triggers with an issuer are read
_SLOT_CHARS = 200
_ANAPHORIC = re.compile(r"(?:[Ss]uch|[Tt]hese|[Tt]hose|[Tt]he same|[Tt]his|[Tt]hat)\b")


def _clause_actors(
    text: str,
    read: Sequence[Sentence],
    triggers: Sequence[Sequence[Trigger]],
    named: Sequence[Sequence[IssuerMention]],
    vocab: Vocabulary,
) -> tuple[list[IssuerMention | None], list[int]]:
    """The issuer in the clause of each sentence's first trigger that has one (parsed in one batch).

    Also, for each sentence, where a trigger's performer is a pronoun ("they banned ..."), else 0.
    """
    wanted = [i for i, found in enumerate(triggers) if any(not t.modal for t in found)]
    references = _reference_regex(vocab.issuer_references)
    out: list[IssuerMention | None] = [None] * len(read)
    pronouns = [0] * len(read)
    docs = parse([read[i].text for i in wanted])
    for i, doc in zip(wanted, docs, strict=True):
        base = read[i].start
        for trigger in [t for t in triggers[i] if not t.modal][:_TRIGGERS_READ]:
            slot = issuer_slot(doc, trigger.start - base, trigger.nominal)
            if slot is None or slot.end - slot.start > _SLOT_CHARS:
                continue
            if text[base + slot.start : base + slot.end].lower() in _PRONOUNS:
                pronouns[i] = base + slot.start
                break
            mention = slot_issuer(text, base + slot.start, base + slot.end, base + slot.head, vocab, named=named[i])
            if mention is not None and (references.fullmatch(mention.text) or _ANAPHORIC.match(mention.text)):
                break  # "the committee": a back-reference, linked below
            if mention is not None:
                out[i] = _scoped(mention, read[i].text)
                break
    return out, pronouns


def _scoped(mention: IssuerMention, sentence: str) -> IssuerMention:
    """An open issuer acting "within the province" is the province's organ."""
    pattern = mention.pattern
    if pattern.name.startswith("open-") and pattern.level is None and _PROVINCE_SCOPE.search(sentence):
        return attrs.evolve(mention, pattern=attrs.evolve(pattern, level=IssuerLevel.PROVINCE))
    return mention


def _attach_window(draft: _Draft, sentence: Sentence) -> bool:
    last = draft.evidence[-1]
    if sentence.paragraph == last.paragraph:
        return True
    if sentence.index - last.index > 1:
        return False
    return not (sentence.text.startswith(("“", '"')) and _NARRATED.search(sentence.text))


def find_directives(
    *,
    text: str,
    sentences: Sequence[Sentence],
    regions: Positioned[RegionMatch],
    dates: Positioned[DateValue],
    sources: Sequence[Source],
    vocab: Vocabulary,
    gazetteer: Gazetteer,
    skip: Sequence[tuple[int, int]] = (),
) -> tuple[Directive, ...]:
    """Every issuing act in the text, in order of first mention.

    Sentences inside the *skip* spans (titles, captions, headings) are not read.
    """
    drafts: list[_Draft] = []
    by_key: dict[tuple[Body, IssuerLevel | None, str | None], _Draft] = {}
    current: _Draft | None = None
    recent: list[IssuerMention] = []
    skipped = _inside(skip)
    read = [s for s in sentences if not skipped(s.start)]
    lead_paragraph = read[0].paragraph if read else 0
    references = _reference_regex(vocab.issuer_references)
    verbs = _word_regex(vocab.directive_verbs)
    found = [find_issuers(text, s.start, s.end, vocab.issuers, vocab.directive_verbs) for s in read]
    actors = [_acting(text, s, m, vocab) for s, m in zip(read, found, strict=True)]
    triggers = [
        [] if a is not None else find_triggers(text, s.start, s.end, vocab) for s, a in zip(read, actors, strict=True)
    ]
    clause_actors, pronouns = _clause_actors(text, read, triggers, found, vocab)
    for sentence, mentions, named, clause, pronoun in zip(read, found, actors, clause_actors, pronouns, strict=True):
        demands = find_demands(
            text, sentence.start, sentence.end, vocab.modals, vocab.demand_verbs, self_names=vocab.self_names
        )
        actor = named or clause
        if actor is None and pronoun:
            # "Kim Jong Un visited ..., where he called for ...": the pronoun's antecedent in the sentence.
            actor = next((m for m in mentions if m.subject and not m.pattern.strict and m.end < pronoun), None)
        if actor is None and pronoun and current is not None and sentence.index - current.evidence[-1].index <= 3:
            current.add(sentence, demands)  # "they banned ...": the issuer just named acts again
            continue
        reference = references.search(sentence.text)
        if actor is None and reference is not None:
            actor = _named_by_reference(reference.group(), recent, drafts)
        recent.extend(m for m in mentions if m.subject and m is not actor)
        del recent[:-_REACH]
        if actor is not None:
            body, level, region = resolve_issuer(actor, regions, gazetteer)
            target = by_key.get((body, level, region))
            generic = is_generic(actor)
            if target is not None and not _compatible(target, actor, generic):
                target = None
            if target is None and not generic:
                target = _shortened(drafts, actor)
            if (
                target is None
                and generic
                and current is not None
                and _attach_window(current, sentence)
                and not _NEW_ACT.match(text, actor.end)
                and not _SEPARATE_ACT.search(sentence.text)
                and not _OWN_ACT.match(text, actor.end)
            ):
                target = current
            if target is None:
                target = _Draft(body=body, level=level, region=region, mention=actor, generic=generic)
                target.stated = (
                    actor is clause
                    or (actor is named and states_act(text, actor.end))
                    or bool(_STATED.search(sentence.text))
                )
                _absorb_lead(drafts, target, sentence, lead_paragraph, text)
                drafts.append(target)
                by_key[target.key] = target
            elif target.generic and not generic:
                if target.evidence[0].paragraph == lead_paragraph and _same_act(target, sentence, text):
                    target.keep.update(d.start for d in target.demands)  # as in _absorb_lead
                target.mention, target.generic = actor, False
            target.mentions.append(Span.of(text, actor.start, actor.end))
            target.add(sentence, demands)
            current = target
            continue
        if current is not None and reference:
            current = _referent(drafts, current, reference.group(), text)
        if (
            current is not None
            and reference
            and (demands or verbs.search(sentence.text) or _attach_window(current, sentence))
        ):
            current.add(sentence, demands)
            continue
        if demands and current is not None and _attach_window(current, sentence):
            current.add(sentence, demands)
            continue
        passive = _PASSIVE.search(sentence.text)
        if passive and demands and not _ACTIVE_PAST.search(sentence.text[: passive.start()]):
            last = None if current is None else current.evidence[-1]
            if (
                current is not None
                and last is not None
                and (sentence.paragraph == last.paragraph or sentence.index - last.index == 1)
            ):
                current.add(sentence, demands)
            else:
                current = _Draft(body=Body.UNKNOWN, level=None, region=None, mention=None, generic=True)
                current.add(sentence, demands)
                drafts.append(current)
    return _finish(
        text=text,
        sentences=sentences,
        drafts=drafts,
        dates=dates,
        sources=sources,
        vocab=vocab,
        lead_paragraph=lead_paragraph,
    )


_DOCUMENT_NOUNS = re.compile(
    r"\b(order|notice|directive|decree|proclamation|regulations|rules|ban|instructions?|decision|resolution|campaign"
    r"|crackdown|inspection|lecture|guidelines)\b"
)
_ORGAN_NOUNS = re.compile(
    r"\b(committee|ministry|agency|department|bureau|court|cabinet|management|union|prosecutors|principal)\b"
)


def _referent(drafts: list[_Draft], current: _Draft, reference: str, text: str) -> _Draft:
    """The draft a back-reference ("the order", "the committee") points to: the latest that fits."""
    lowered = reference.lower()
    for person, body in _PERSON_ORGANS.items():
        lowered = lowered.replace(person, body)
    organ = _ORGAN_NOUNS.search(lowered)
    if organ:
        for draft in reversed(drafts[-_REACH:]):
            if draft.mention is not None and organ.group(1) in draft.mention.text.lower():
                return draft
        return current
    document = _DOCUMENT_NOUNS.search(lowered)
    if document:
        word = document.group(1).rstrip("s")
        if word in current.nouns:
            return current
        for draft in reversed(drafts[-_REACH:]):
            if word in draft.nouns:
                return draft
    del text
    return current


def _inside(spans: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """A test whether an offset lies in any of *spans* (``start <= offset < end``), in logarithmic time."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(accumulate((b for _, b in ordered), max))  # the furthest end among spans starting so far

    def inside(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and reach[i] > offset

    return inside


def _normalized(name: str) -> str:
    name = name.lower().replace("’", "'")
    return re.sub(r"^(?:the|a|an) ", "", name)


def _names(draft: _Draft) -> set[str]:
    """The normalized texts of the draft's mentions, each mention normalized once (mentions are only added)."""
    draft.names.update(_normalized(s.text) for s in draft.mentions[draft.named :])
    draft.named = len(draft.mentions)
    return draft.names


def _compatible(draft: _Draft, actor: IssuerMention, generic: bool) -> bool:
    """Whether *actor* can be the same issuer as *draft* (same organ, or one side generic)."""
    if generic or draft.generic or draft.mention is None:
        return True
    if draft.body is Body.ENTERPRISE:
        return True
    new = _normalized(actor.text)
    names = {_normalized(draft.mention.text), *_names(draft)}
    if any(new in old or old in new for old in names):
        return True
    organs = {w for name in names for w in _ORGAN_WORDS.findall(name)}
    return bool(organs & set(_ORGAN_WORDS.findall(new)))


def _shortened(drafts: list[_Draft], actor: IssuerMention) -> _Draft | None:
    """The draft whose issuer *actor* names again without its level or place ("the security department")."""
    new = _normalized(actor.text)
    if " " not in new:
        return None
    for draft in reversed(drafts[-_REACH:]):
        if draft.mention is not None and not draft.generic:
            old = _normalized(draft.mention.text)
            if old != new and old.endswith(" " + new):
                return draft
    return None


def _named_by_reference(reference: str, recent: list[IssuerMention], drafts: list[_Draft]) -> IssuerMention | None:
    """An organ named earlier without a verb that a back-reference ("the committee") now makes act."""
    organ = _ORGAN_NOUNS.search(reference.lower())
    if organ is None:
        return None
    if any(d.mention is not None and organ.group(1) in d.mention.text.lower() for d in drafts[-_REACH:]):
        return None
    for mention in reversed(recent):
        if organ.group(1) in mention.text.lower():
            return mention
    return None


_SEPARATE_ACT = re.compile(
    r"\b(?:a separate|another|a second|an additional|a different|a further)\b(?: \w+){0,2}? (?:order|instruction|notice"
    r"|directive|decree|ban|measure|campaign|crackdown)s?\b"
)
# A generic issuer issuing an act of its own ("Pyongyang has issued an order ...") is not the current issuer.
_NEW_ACT = re.compile(
    r" (?:has |have |had )?(?:\w+ )?(?:issued|handed down|sent|announced|imposed|adopted|passed) (?:an?|another) "
)
_SAME_ACT = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Ss]uch an?) (?:\w+ ){0,2}?(?:order|orders|instruction|instructions|notice"
    r"|directive"
    r"|decree|ban|measure|measures|regulations|rules|decision|campaign|crackdown)\b"
)


def _same_act(old: _Draft, sentence: Sentence, text: str) -> bool:
    """Whether the named issuer's *sentence* states the lead's act (a definite back-reference or its demand)."""
    if _SEPARATE_ACT.search(sentence.text):
        return False
    if _SAME_ACT.search(sentence.text):
        return True
    if _CAMPAIGN.search(sentence.text) and any(_CAMPAIGN.search(s.text) for s in old.evidence):
        return True  # a generic crackdown in the lead, the organ running it in the body
    words = set(re.findall(r"[a-z]{4,}", sentence.text.lower()))
    for d in old.demands:
        wanted = set(re.findall(r"[a-z]{4,}", text[d.start : d.end].lower()))
        if wanted and len(wanted & words) >= 0.5 * len(wanted):
            return True
    return False


def _absorb_lead(drafts: list[_Draft], new: _Draft, sentence: Sentence, lead_paragraph: int, text: str) -> None:
    """A passive or generic lead ("officials have been ordered ...") belongs to the named issuer of the same act.

    The lead folds in only when the named issuer's sentence points back to the act ("issued the
    order") or restates its demand; "a separate instruction" by another organ stays its own act.
    """
    if sentence.paragraph > lead_paragraph + 3:
        return
    for old in list(drafts):
        lead = old.generic and old.evidence[0].paragraph == lead_paragraph and not new.generic
        if lead and (old.body is Body.UNKNOWN or len(drafts) == 1) and _same_act(old, sentence, text):
            for s in old.evidence:
                new.add(s, old.demands)
            # A passive or generic lead says what was ordered without naming the organ; the body rarely repeats it.
            new.keep.update(d.start for d in old.demands)
            new.mentions.extend(old.mentions)
            drafts.remove(old)


_CRACKDOWN_TARGET = re.compile(r"\b(?:crackdown|clampdown|crack down|cracking down) on ([^,;.]{3,80})")


def _drop_restated(draft: _Draft, text: str, lead_paragraph: int) -> list[DemandSpan]:
    """Lead demands that the body spells out again are dropped in favour of the body's wording."""
    if not draft.evidence or draft.evidence[0].paragraph > lead_paragraph:
        return sorted(draft.demands, key=lambda d: d.start)
    starts = [s.start for s in draft.evidence]
    lead = [d for d in draft.demands if _paragraph_of(draft, d, starts) == lead_paragraph]
    in_lead = set(lead)
    body = [d for d in draft.demands if d not in in_lead]
    kept = list(body)
    body_words: list[set[str]] | None = None  # each body demand's words, made once when first needed
    for d in lead:
        words = set(re.findall(r"\w+", text[d.start : d.end].lower()))
        if d.start in draft.keep and any(b.modality is d.modality and _shared(text, d, b) >= 3 for b in body):
            continue  # a kept lead still yields to a body demand that names the same goods or acts
        target = _CRACKDOWN_TARGET.search(text, d.start, d.end)
        if target is not None:
            # A lead crackdown whose target the body's demands name ("crackdown on Chinese phones") is restated.
            wanted = set(re.findall(r"[a-z]{4,}", target.group(1).lower()))
            if wanted and any(
                len(wanted & set(re.findall(r"[a-z]{4,}", text[b.start : b.end].lower()))) >= 0.5 * len(wanted)
                for b in body
            ):
                continue
        if body_words is None:
            body_words = [set(re.findall(r"\w+", text[b.start : b.end].lower())) for b in body]
        if any(len(words & found) >= 0.5 * max(1, len(words)) for found in body_words):
            continue
        kept.append(d)
    return sorted(kept, key=lambda d: d.start)


def _shared(text: str, a: DemandSpan, b: DemandSpan) -> int:
    """How many longer words (five letters or more) two demands share."""
    first = set(re.findall(r"[a-z]{5,}", text[a.start : a.end].lower()))
    return len(first & set(re.findall(r"[a-z]{5,}", text[b.start : b.end].lower())))


def _paragraph_of(draft: _Draft, demand: DemandSpan, starts: Sequence[int]) -> int:
    """The paragraph of the evidence sentence holding *demand*; *starts* are the evidence sentences' starts."""
    i = bisect_right(starts, demand.start) - 1
    return draft.evidence[i].paragraph if i >= 0 else -1


_PUBLIC = re.compile(r"\b(?:locals|citizens|the public|the population|people|inhabitants)\b")


def _addressed(evidence: Sequence[Sentence], vocab: Vocabulary) -> tuple[str, ...]:
    """Who an act with no addressed demand binds: an audience its first sentence names, else the residents."""
    if evidence:
        lowered = evidence[0].text.lower()
        found = _word_regex(vocab.audiences).search(lowered)
        if found is not None and not _PUBLIC.fullmatch(found.group()):
            return (found.group(),)
    return ("residents",)


def _chaired_meeting(draft: _Draft) -> bool:
    return draft.mention is not None and draft.mention.pattern.name == "open-meeting"


def _finish(
    *,
    text: str,
    sentences: Sequence[Sentence],
    drafts: list[_Draft],
    dates: Positioned[DateValue],
    sources: Sequence[Source],
    vocab: Vocabulary,
    lead_paragraph: int,
) -> tuple[Directive, ...]:
    taken = {(s.contacted.start, s.contacted.end) for s in sources if s.contacted is not None}
    owned = sorted((m.start, s.id) for s in sources for m in s.mentions)
    mention_starts = [start for start, _ in owned]
    mention_owner = [owner for _, owner in owned]
    out = []
    generic = next((d for d in drafts if d.generic and d.mention is not None and d.body is Body.GOVERNMENT), None)
    for i, draft in enumerate(drafts):
        if not draft.demands and not any(
            _CAMPAIGN.search(s.text)
            or (not draft.generic and (draft.stated or _FORMAL_ACT.search(s.text)))
            or _STATED.search(s.text)
            for s in draft.evidence
        ):
            continue
        if not draft.demands and len(draft.evidence) == 1 and _chaired_meeting(draft):
            continue  # a meeting the leader chairs that places no demand and takes no lead's act is no act
        demands = _drop_restated(draft, text, lead_paragraph)
        if draft.mention is None and generic is not None:
            # An unnamed act in an article whose acts "the authorities" perform is theirs.
            draft.body, draft.level, draft.region, draft.mention = (
                generic.body,
                generic.level,
                generic.region,
                generic.mention,
            )
        issuer = (
            Issuer(body=Body.UNKNOWN)
            if draft.mention is None
            else Issuer(
                body=draft.body,
                text=draft.mention.text,
                level=draft.level,
                region=draft.region,
                mentions=tuple(sorted(set(draft.mentions), key=lambda s: s.start)),
            )
        )
        votes: dict[str, int] = {}
        for sentence in draft.evidence[:_REACH]:
            at = bisect_right(mention_starts, sentence.end) - 1
            if at >= 0:
                votes[mention_owner[at]] = votes.get(mention_owner[at], 0) + 1
        near = max(votes, key=lambda owner: votes[owner]) if votes else None
        out.append(
            Directive(
                id=f"d{i + 1}",
                issuer=issuer,
                issued=issue_date(text, draft.evidence, sentences, dates, taken),
                audience=audience(text, demands, vocab) or _addressed(draft.evidence, vocab),
                demands=tuple(
                    Demand(start=d.start, end=d.end, text=text[d.start : d.end], modality=d.modality) for d in demands
                ),
                penalties=tuple(Span.of(text, d.start, d.end) for d in demands if d.modality is Modality.WARNING),
                source=near,
                evidence=tuple(Span.of(text, s.start, s.end) for s in draft.evidence),
            )
        )
    return tuple(out)
