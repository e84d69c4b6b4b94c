"""Linking: one issuing act, one directive. Reads the sentences in order and ties each act to a draft."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate

from nkreports.gazetteer import Gazetteer, RegionMatch
from nkreports.model import Body, DateValue, Directive, IssuerLevel, Source, Span

from .._index import Positioned
from .._linking import sentence_date
from .._sentences import Sentence
from .._vocabulary import Vocabulary
from ._actors import acting, clause_actors, reference_regex, word_regex
from ._building import STATED, build
from ._demands import find_demands
from ._drafts import REACH, Draft, compatible, named_by_reference, other_date, referent, shortened
from ._generic import is_generic
from ._issuers import IssuerMention, find_issuers, resolve_issuer
from ._restated import SEPARATE_ACT, absorb_lead, same_act
from ._stated import stated_demand
from ._triggers import find_triggers, states_act

__all__ = ["find_directives"]

# Past-tense accounts inside a quotation ("nobody was allowed to go home") are not demands.
_NARRATED = re.compile(
    r"\b(?:was|were|had been|had)\b (?:\w+ )?(?:allowed|permitted|banned|ordered|told|required|able|forced|to)\b"
)


_PASSIVE_VERBS = r"ordered|told|instructed|required|forced|mobilized|summoned|called up|directed|lifted"


_PASSIVE = re.compile(
    r"\b(?:were|was|have been|has been|had been|are|is|being|be|got) (?:\w+ )?(?:" + _PASSIVE_VERBS + r")\b"
)


_ACTIVE_PAST = re.compile(r"\b(?:sentenced|arrested|executed|detained|caught|fined|punished)\b")


# A generic issuer that itself performs an act ("North Korean authorities issued two orders ...") acts anew.
_OWN_ACT = re.compile(
    r" (?:\w+ ){0,2}?(?:issued|imposed|ordered|banned|announced|closed|sealed off|launched|decided|released|put"
    r"|mobilized|deployed|dispatched|reopened|lifted|tightened|stepped up)\b"
)


# A generic issuer issuing an act of its own ("Pyongyang has issued an order ...") is not the current issuer.
_NEW_ACT = re.compile(
    r" (?:has |have |had )?(?:\w+ )?(?:issued|handed down|sent|announced|imposed|adopted|passed) (?:an?|another) "
)


def _attach_window(draft: Draft, sentence: Sentence) -> bool:
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
    drafts: list[Draft] = []
    by_key: dict[tuple[Body, IssuerLevel | None, str | None], Draft] = {}
    current: Draft | None = None
    recent: list[IssuerMention] = []
    skipped = _inside(skip)
    read = [s for s in sentences if not skipped(s.start)]
    lead_paragraph = read[0].paragraph if read else 0
    references = reference_regex(vocab.issuer_references)
    verbs = word_regex(vocab.directive_verbs)
    found = [find_issuers(text, s.start, s.end, vocab.issuers, vocab.directive_verbs) for s in read]
    actors = [acting(text, s, m, vocab) for s, m in zip(read, found, strict=True)]
    triggers = [
        [] if a is not None else find_triggers(text, s.start, s.end, vocab) for s, a in zip(read, actors, strict=True)
    ]
    slots, pronouns = clause_actors(text, read, triggers, found, vocab)
    taken = {(s.contacted.start, s.contacted.end) for s in sources if s.contacted is not None}
    for sentence, mentions, named, clause, pronoun in zip(read, found, actors, slots, pronouns, strict=True):
        demands = find_demands(
            text, sentence.start, sentence.end, vocab.modals, vocab.demand_verbs, self_names=vocab.self_names
        )
        when = sentence_date(text, sentence, dates, taken)
        actor = named or clause
        if actor is None and pronoun:
            # "Kim Jong Un visited ..., where he called for ...": the pronoun's antecedent in the sentence.
            actor = next((m for m in mentions if m.subject and not m.pattern.strict and m.end < pronoun), None)
        if actor is None and pronoun and current is not None and sentence.index - current.evidence[-1].index <= 3:
            current.add(sentence, demands, when)  # "they banned ...": the issuer just named acts again
            continue
        reference = references.search(sentence.text)
        if actor is None and reference is not None:
            actor = named_by_reference(reference.group(), recent, drafts)
        if not demands and (actor is None or is_generic(actor)):
            # "The authorities closed the markets", "residents were ordered indoors": the act's own clause.
            stated = stated_demand(text, sentence, passive=actor is None)
            demands = [] if stated is None else [stated]
        recent.extend(m for m in mentions if m.subject and m is not actor)
        del recent[:-REACH]
        if actor is not None:
            body, level, region = resolve_issuer(actor, regions, gazetteer)
            target = by_key.get((body, level, region))
            if target is not None and not any(d is target for d in drafts):
                target = None  # a lead folded into a named issuer's act (absorb_lead) is no longer a draft
            generic = is_generic(actor)
            if target is not None and not compatible(target, actor, generic):
                target = None
            if target is None and not generic:
                target = shortened(drafts, actor)
            if (
                target is None
                and generic
                and current is not None
                and _attach_window(current, sentence)
                and not _NEW_ACT.match(text, actor.end)
                and not SEPARATE_ACT.search(sentence.text)
                and not _OWN_ACT.match(text, actor.end)
            ):
                target = current
            if target is not None and (other_date(target, when) or SEPARATE_ACT.search(sentence.text)):
                target = None  # the same issuer's act on another date ("closed the markets from Aug. 3")
            if target is None:
                target = Draft(body=body, level=level, region=region, mention=actor, generic=generic)
                target.stated = (
                    actor is clause
                    or (actor is named and states_act(text, actor.end))
                    or bool(STATED.search(sentence.text))
                )
                absorb_lead(drafts, target, sentence, lead_paragraph, text)
                drafts.append(target)
                by_key[target.key] = target
            elif target.generic and not generic:
                if target.evidence[0].paragraph == lead_paragraph and same_act(target, sentence, text):
                    target.keep.update(d.start for d in target.demands)  # as in absorb_lead
                target.mention, target.generic = actor, False
            target.mentions.append(Span.of(text, actor.start, actor.end))
            target.add(sentence, demands, when)
            current = target
            continue
        if current is not None and reference:
            current = referent(drafts, current, reference.group(), text)
        if (
            current is not None
            and reference
            and (demands or verbs.search(sentence.text) or _attach_window(current, sentence))
        ):
            current = _sibling(current, sentence, when, drafts, by_key)
            current.add(sentence, demands, when)
            continue
        if demands and current is not None and _attach_window(current, sentence):
            current = _sibling(current, sentence, when, drafts, by_key)
            current.add(sentence, demands, when)
            continue
        passive = _PASSIVE.search(sentence.text)
        if passive and demands and not _ACTIVE_PAST.search(sentence.text[: passive.start()]):
            last = None if current is None else current.evidence[-1]
            if (
                current is not None
                and last is not None
                and (sentence.paragraph == last.paragraph or sentence.index - last.index == 1)
            ):
                current = _sibling(current, sentence, when, drafts, by_key)
                current.add(sentence, demands, when)
            else:
                current = Draft(body=Body.UNKNOWN, level=None, region=None, mention=None, generic=True)
                current.add(sentence, demands, when)
                drafts.append(current)
    return build(
        text=text,
        sentences=sentences,
        drafts=drafts,
        dates=dates,
        sources=sources,
        vocab=vocab,
        lead_paragraph=lead_paragraph,
    )


def _sibling(
    current: Draft,
    sentence: Sentence,
    when: DateValue | None,
    drafts: list[Draft],
    by_key: dict[tuple[Body, IssuerLevel | None, str | None], Draft],
) -> Draft:
    """*current*, or a new act of its issuer when *sentence* dates its act otherwise or calls it separate.

    "..., ordered in late July" after "lifted on Aug. 7", or "In addition to the vacation order, schools
    were instructed to ..." state another act of the issuer just named.
    """
    if not other_date(current, when) and not SEPARATE_ACT.search(sentence.text):
        return current
    new = Draft(
        body=current.body, level=current.level, region=current.region, mention=current.mention, generic=current.generic
    )
    drafts.append(new)
    if new.mention is not None:
        by_key[new.key] = new
    return new


def _inside(spans: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """A test whether an offset lies in any of *spans* (``start <= offset < end``), in logarithmic time."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(accumulate((b for _, b in ordered), max))  # the furthest end among spans starting so far

    def inside(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and reach[i] > offset

    return inside
