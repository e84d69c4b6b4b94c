"""Linking: one issuing act, one directive. Reads the sentences in order and ties each act to a draft."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate

from nkreports.gazetteer import Gazetteer, RegionMatch
from nkreports.model import Body, DateValue, Directive, IssuerLevel, Modality, Source, Span

from .._index import Positioned
from .._linking import sentence_date
from .._sentences import Sentence
from .._vocabulary import Vocabulary
from ._actors import acting, clause_actors, reference_regex, word_regex
from ._building import STATED, build
from ._cuts import clauses
from ._demands import DemandSpan, find_demands
from ._drafts import PAST, REACH, Draft, act_mention, compatible, named_by_reference, other_date, referent, shortened
from ._generic import is_generic
from ._issuers import IssuerMention, find_issuers, resolve_issuer
from ._owners import lifting_owner, national_owner, topic_owner
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
    r"\b(?:were|was|have been|has been|had been|ve been|are|is|being|be|got) (?:\w+ )?(?:" + _PASSIVE_VERBS + r")\b"
)


_PASSIVE_WORDS = tuple(_PASSIVE_VERBS.split("|"))  # every _PASSIVE match holds one of them


def _passive(sentence: str) -> re.Match[str] | None:
    """The first passive order in *sentence*; a sentence holding none of the verbs is not searched."""
    if not any(verb in sentence for verb in _PASSIVE_WORDS):
        return None
    return _PASSIVE.search(sentence)


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


# "the curbs were being enforced in line with June 8 instructions from the leader": the act
# told before is carried out under another issuer's instructions.
_IMPLEMENTED = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Ss]uch) (?:\w+ ){0,2}?(?:restrictions|measures?|controls|crackdowns?"
    r"|orders?|bans?|rules|regulations|campaign|lockdown|mobilization)\b[^.;]{0,60}?\b(?:in accordance with"
    r"|in line with|in keeping with|pursuant to|under|following|to carry out|to implement) [^.;]{0,60}$"
)


# "the authorities' order to ...": the issuer's act named by its noun.
_OWNED = re.compile(r"['’]s? (\w+)(?: (\w+))?")


def _owned_act(text: str, actor: IssuerMention, drafts: Sequence[Draft], latest: Draft | None) -> Draft | None:
    """The issuer's act that "the authorities' order" names: its latest act, or an earlier one with that noun.

    "The authorities put the city under a lockdown order ... the authorities mobilized agents to crack down ...
    can they really follow the authorities' order to remain in their homes?": the order is the lockdown's.
    """
    owned = _OWNED.match(text, actor.end)
    if latest is None or owned is None:
        return latest
    noun = next((w.lower().rstrip("s") for w in owned.groups() if w and w.lower().rstrip("s") in _OWNED_NOUNS), None)
    if noun is None or noun in latest.nouns:
        return latest
    return next((d for d in reversed(drafts[-REACH:]) if d.key == latest.key and noun in d.nouns), latest)


_OWNED_NOUNS = frozenset({"order", "ban", "decree", "directive", "instruction", "lockdown", "crackdown", "campaign"})


def _implements(text: str, sentence: Sentence, actor: IssuerMention) -> bool:
    """Whether *actor* issued instructions that the act told before carries out ("... in line with X's orders")."""
    return _IMPLEMENTED.search(text, sentence.start, actor.start) is not None


_CONCESSION = re.compile(r"(?:Though|Although|Even though|Even as|While)\b[^,;]{3,200},")


def _attach_window(draft: Draft, sentence: Sentence) -> bool:
    last = draft.last or draft.evidence[-1]
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
    asked = _asked(text, read)
    posed: Draft | None = None  # the act an interviewer's question just told ("―― Kim ordered a lockdown. Is ...?")
    for sentence, mentions, named, clause, pronoun in zip(read, found, actors, slots, pronouns, strict=True):
        actor = named or clause
        concession = _CONCESSION.match(sentence.text)
        if concession is not None and actor is not None and actor.start < sentence.start + concession.end():
            actor = None  # "Though the two countries closed the border in January, ...": an act granted as background
        if actor is None and pronoun:
            # "Kim Jong Un visited ..., where he called for ...": the pronoun's antecedent in the sentence.
            actor = _antecedent(text, mentions, pronoun)
        # The demands are read as soon as they can go to an act; a sentence whose demands cannot is not read.
        known = actor is not None or (current is not None and (current is posed or pronoun > 0))
        demands, cuts = _demands(text, sentence, vocab, concession) if known else ([], [])
        if actor is None and current is not None and current is posed and not any(asked(d.start) for d in demands):
            current = posed = None  # the interviewer's question told the act; the answer tells what the speaker saw
        if (
            actor is None
            and pronoun
            and current is not None
            and sentence.index - (current.last or current.evidence[-1]).index <= 3
        ):
            when = sentence_date(text, sentence, dates, taken)  # read only for a sentence added to an act
            current.add(sentence, demands, when)  # "they banned ...": the issuer just named acts again
            continue
        reference = references.search(sentence.text)
        if reference is None and current is not None and not _attach_window(current, sentence):
            # "The mobilization, which began on May 15, ...": a sentence further on that tells of the act again
            mentioned = act_mention(sentence.text, drafts)
            if mentioned is not None:
                reference, current = mentioned
        if actor is None and reference is not None:
            actor = named_by_reference(reference.group(), recent, drafts)
        if not known and actor is None and not _may_take(current, sentence, reference is not None, drafts):
            recent.extend(m for m in mentions if m.subject)
            del recent[:-REACH]
            continue  # with no issuer, no act it tells again and no passive order: its demands go nowhere
        if not known:
            demands, cuts = _demands(text, sentence, vocab, concession)
        if not demands and (actor is None or is_generic(actor)):
            # "The authorities closed the markets", "residents were ordered indoors": the act's own clause.
            stated = stated_demand(text, sentence, passive=actor is None, cuts=cuts)
            demands = (
                [] if stated is None or (concession and stated.start < sentence.start + concession.end()) else [stated]
            )
        recent.extend(m for m in mentions if m.subject and m is not actor)
        del recent[:-REACH]
        if actor is not None:
            when = sentence_date(text, sentence, dates, taken)
            body, level, region = resolve_issuer(actor, regions, gazetteer)
            target = _owned_act(text, actor, drafts, by_key.get((body, level, region)))
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
                if current is None or not _implements(text, sentence, actor):
                    for folded in absorb_lead(
                        drafts,
                        target,
                        sentence,
                        lead_paragraph,
                        text,
                        nouns=vocab.directive_nouns,
                        first=read[0].index,
                        when=when,
                    ):
                        if by_key.get(folded.key) is folded:
                            del by_key[folded.key]  # a lead folded into the organ's act is no draft of its own
                if (
                    current is not None
                    and _delivered(text, sentence, actor, current, target)
                    and current in drafts  # a lead just folded into the new act is gone
                ):
                    for told in current.evidence:
                        target.add(told, current.demands)
                    target.mentions.extend(current.mentions)
                    drafts.remove(current)
                    if by_key.get(current.key) is current:
                        del by_key[current.key]
                drafts.append(target)
                by_key[target.key] = target
            elif target.generic and not generic:
                lead = target.evidence[0].paragraph == lead_paragraph
                if lead and same_act(target, sentence, text, vocab.directive_nouns):
                    target.keep.update(d.start for d in target.demands)  # as in absorb_lead
                target.mention, target.generic = actor, False
            target.mentions.append(Span.of(text, actor.start, actor.end))
            later = _second_act(text, sentence, actor, dates)
            if later is not None:
                # "issued two orders: an Oct. 15 directive ..., followed by an Oct. 25 order ...": two acts
                split, date = later
                target.add(sentence, [d for d in demands if d.start < split], when)
                target = Draft(body=body, level=level, region=region, mention=actor, generic=generic, stated=True)
                target.issued = target.dated = date
                target.mentions.append(Span.of(text, actor.start, actor.end))
                drafts.append(target)
                by_key[target.key] = target
                demands = [d for d in demands if d.start >= split]
            if current is not None and current is not target and _implements(text, sentence, actor):
                # The act carried out goes on; the instructions behind it are told aside: their own content is
                # the first demand after their issuer, and the sentence's other clauses tell the act carried out.
                own = next((d for d in demands if d.end > actor.start), None)
                target.add(sentence, [] if own is None else [own], when)
                current.demands.extend(d for d in demands if d is not own)  # not its evidence: not its date
                current.last = sentence
                continue
            target.add(sentence, demands, when)
            current = target
            posed = target if asked(actor.start) else None
            continue
        if current is not None and reference:
            current = referent(drafts, current, reference.group(), text)
        if (
            current is not None
            and reference
            and (demands or _attach_window(current, sentence) or verbs.search(sentence.text))
        ):
            when = sentence_date(text, sentence, dates, taken)
            current = _sibling(current, sentence, when, drafts, by_key)
            current = lifting_owner(current, drafts, demands) or current
            current.add(sentence, demands, when)
            continue
        if (
            demands
            and current is not None
            and (
                _attach_window(current, sentence)
                or _rules_after(text, current, sentence, demands)
                or _sole_act(text, drafts, sentence, demands)
            )
        ):
            when = sentence_date(text, sentence, dates, taken)
            current = _sibling(current, sentence, when, drafts, by_key)
            broader = (
                topic_owner(text, current, drafts, demands)
                or national_owner(text, demands, current, drafts)
                or lifting_owner(current, drafts, demands)
            )
            if broader is not None:
                current = broader  # the broader act's rules go on ("Funeral services must also ...")
            current.add(sentence, demands, when)
            continue
        passive = _passive(sentence.text) if demands else None
        if passive and not _ACTIVE_PAST.search(sentence.text[: passive.start()]):
            when = sentence_date(text, sentence, dates, taken)
            last = None if current is None else current.last
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
    named = _named_authorities(found, drafts)
    _full_names(drafts, found, text)
    return build(
        text=text,
        sentences=sentences,
        drafts=drafts,
        authorities=None if named is None else Draft(*resolve_issuer(named, regions, gazetteer), named, True),
        dates=dates,
        sources=sources,
        vocab=vocab,
        lead_paragraph=lead_paragraph,
    )


def _demands(
    text: str, sentence: Sentence, vocab: Vocabulary, concession: re.Match[str] | None
) -> tuple[list[DemandSpan], list[tuple[int, int]]]:
    """The demands of *sentence* after its conceded clause ("Though ..., "), and its clauses."""
    cuts = clauses(text, sentence.start, sentence.end)  # read by find_demands, and by stated_demand
    demands = find_demands(
        text,
        sentence.start,
        sentence.end,
        vocab.modals,
        vocab.demand_verbs,
        self_names=vocab.self_names,
        cuts=cuts,
    )
    if concession is not None:
        cut = sentence.start + concession.end()
        demands = [d for d in demands if d.start >= cut]
    return demands, cuts


def _may_take(current: Draft | None, sentence: Sentence, reference: bool, drafts: Sequence[Draft]) -> bool:
    """Whether the demands of *sentence*, which names no issuer, could go to an act (a necessary condition).

    They go to the act told last only when the sentence refers back to it, is in its window (the same
    paragraph or the next sentence), it is the article's only act (:func:`_sole_act`), or the sentence tells
    binding rules two sentences after it or orders issued three after it (:func:`_rules_after`); else only a
    passive order ("residents were told to ...") takes them.
    """
    if current is not None:
        gap = sentence.index - (current.last or current.evidence[-1]).index
        if reference or len(drafts) == 1 or _attach_window(current, sentence):
            return True
        if gap == 2 and any(word in sentence.text for word in _BINDING_WORDS):
            return True
        if gap == 3 and _ISSUED_ORDER.search(sentence.text):
            return True
    passive = _passive(sentence.text)
    return passive is not None and not _ACTIVE_PAST.search(sentence.text[: passive.start()])


# An interviewer's question opens with a long dash or "Q:" ("―― Are the markets still open?").
_QUESTION = re.compile(r"(?:^|(?<=\s))(?:――|Q ?:|Question ?:)\s")


def _asked(text: str, read: Sequence[Sentence]) -> Callable[[int], bool]:
    """A test whether an offset lies in an interviewer's question: from its mark to the end of its question.

    The question ends with its sentence or the next when that one ends in a question mark ("―― Kim has
    ordered a lockdown. Is the city locked down?"); a statement put as a question ("―― We've heard that
    checks were stepped up.") ends with its sentence.
    """
    spans = []
    for n, s in enumerate(read):
        if text.find(":", s.start, s.end) < 0 and text.find("―", s.start, s.end) < 0:
            continue  # every mark holds a colon or a long dash
        for mark in _QUESTION.finditer(text, s.start, s.end):
            follow = read[n + 1] if n + 1 < len(read) else None
            asks = follow is not None and follow.text.rstrip("”\"’' ").endswith("?") and mark.end() < s.end
            spans.append((mark.start(), follow.end if asks and follow is not None else s.end))
    return _inside(spans)


# "held a meeting to deliver the Central Committee's instructions": the act told is delivered as the organ's.
_DELIVER = re.compile(
    r"\b(?:deliver|delivered|delivering|convey|conveyed|conveying|relay|relayed|relaying|pass on|passed on)\b"
)


def _delivered(text: str, sentence: Sentence, actor: IssuerMention, current: Draft, target: Draft) -> bool:
    """Whether the generic act just told is delivered in *sentence* as *actor*'s instructions: one act, the organ's.

    "The order to cut the markets was issued through neighborhood units. Each unit then held a meeting to deliver
    the Central Committee's instructions": the authorities' act was the committee's order.
    """
    if not current.generic or current.mention is None or target.generic or current.level is not target.level:
        return False
    before = _DELIVER.search(text, max(sentence.start, actor.start - 40), actor.start)
    return before is not None and current.last is not None and sentence.index - current.last.index <= 1


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


# A person an issuer's "he" or "she" can stand for: the leader, or a title.
_PERSON = re.compile(
    r"\b(?:Kim|leader|official|officer|minister|premier|secretary|chairman|director|chief|head|commander|judge"
    r"|prosecutor|principal|manager)\b",
    re.IGNORECASE,
)


def _antecedent(text: str, mentions: Sequence[IssuerMention], pronoun: int) -> IssuerMention | None:
    """Who a performing pronoun in the same sentence stands for ("Kim Jong Un visited ..., where he called ...").

    "he" or "she" is the nearest person named before it ("When the department passed the file to Kim Jong
    Un, he issued an order": the leader, not the department); else the first subject named before it.
    """
    before = [m for m in mentions if not m.pattern.strict and m.end < pronoun]
    if text[pronoun : pronoun + 3].lower() in ("he ", "she"):
        people = [m for m in before if m.pattern.body is Body.LEADER or _PERSON.search(m.text)]
        if people:
            return people[-1]
    return next((m for m in before if m.subject), None)


# A second dated document the same sentence reports ("..., followed by an Oct. 25 order targeting ...").
_SECOND_ACT = re.compile(
    r"(?:,|;| and)\s+(?:(?:followed|succeeded) by|then|and then|and|as well as)\s+(?:an?|another|a second|a new) "
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}) (?:order|directive|decree|instruction|notice|decision|measure)s?\b"
)


def _second_act(
    text: str, sentence: Sentence, actor: IssuerMention, dates: Positioned[DateValue]
) -> tuple[int, DateValue] | None:
    """Where a sentence's second dated act begins and its date, when the sentence reports two acts of one issuer."""
    found = _SECOND_ACT.search(text, actor.end, sentence.end)
    if found is None:
        return None
    date = next(iter(dates.within(found.start("date"), found.end("date"))), None)
    return None if date is None else (found.start(), date)


_RULES = frozenset({Modality.PROHIBITION, Modality.PERMISSION, Modality.WARNING})
# An obligation a rule imposes ("must", "shall", "are required to"), not one people feel ("they have to").
_IMPOSED = re.compile(r"\b(?:must|shall|(?:is|are) (?:required|obliged|obligated) to)\b")


def _sole_act(text: str, drafts: Sequence[Draft], sentence: Sentence, demands: Sequence[DemandSpan]) -> bool:
    """Whether rules with no issuer, far from the article's only act so far, are that act's rules.

    "Citizens are prohibited from ..." paragraphs after "North Korea is making residents keep a
    mourning period": what the one act told forbids, permits or threatens.  A passive order starts an act
    of its own (below); a rule told as the past is none, and an obligation or a call told far from the act
    is as often someone's speech or another act.
    """
    if len(drafts) != 1 or PAST.match(sentence.text) or _passive(sentence.text):
        return False
    if _NARRATED.search(sentence.text):
        return False  # "Nobody was allowed to go home": what happened, not a rule
    return all(d.modality in _RULES or _IMPOSED.search(text, d.start, d.end) for d in demands)


# A rule told as binding: "must", "should", "shall", "are required to", or "were ordered/forbidden/banned ...".
_BINDING = re.compile(
    r"\b(?:must|should|shall|(?:is|are|were|was) (?:required|obliged|obligated) to)\b"
    r"|\b(?:were|was|have been|has been|are|is) (?:\w+ )?(?:ordered|told|instructed|forbidden|banned|prohibited"
    r"|barred|handed orders|given orders)\b"
)


# Words one of which every _BINDING match holds: a sentence with none of them tells no binding rule.
_BINDING_WORDS = (
    "must", "should", "shall", "required", "obliged", "obligated", "ordered", "told", "instructed", "forbidden",
    "banned", "prohibited", "barred", "orders",
)  # fmt: skip


# Orders told as issued, with no issuer ("orders were issued to restrict the goods for sale").
_ISSUED_ORDER = re.compile(
    r"\b(?:orders?|instructions?|directives?) (?:was|were|has been|have been|had been) (?:\w+ )?"
    r"(?:issued|handed down|sent down|given)\b"
)


def _rules_after(text: str, draft: Draft, sentence: Sentence, demands: Sequence[DemandSpan]) -> bool:
    """Whether binding rules two sentences after *draft*'s last one, with no act between, go on telling its rules.

    "The order bans ... The sources said stocks are low. Residents must also ...": one sentence of
    background does not end the act's rules.  An obligation people feel ("now they have to ...") or a
    rule binding others ("sanctions that require ...") is no rule the act states.
    """
    last = draft.last or draft.evidence[-1]
    if sentence.index - last.index == 3 and _ISSUED_ORDER.search(sentence.text):
        return True  # "But from early June, orders were issued to limit ...": the act's orders, told again
    return sentence.index - last.index == 2 and any(_BINDING.search(text, d.start, d.end) for d in demands)


def _full_names(drafts: Sequence[Draft], found: Sequence[Sequence[IssuerMention]], text: str) -> None:
    """A leader named by his surname alone ("Kim also said ...") takes the article's full naming of him."""
    for draft in drafts:
        short = draft.mention
        if draft.body is not Body.LEADER or short is None or " " in short.text.strip():
            continue
        full = next(
            (
                m
                for mentions in found
                for m in mentions
                if m.pattern.body is Body.LEADER and m.start < short.start and short.text in m.text.split()
            ),
            None,
        )
        if full is not None:
            draft.mention = full
            draft.mentions.append(Span.of(text, full.start, full.end))


def _named_authorities(found: Sequence[Sequence[IssuerMention]], drafts: Sequence[Draft]) -> IssuerMention | None:
    """The national "authorities" an article names anywhere, when one of its acts names no issuer.

    "the latest example of authorities controlling ...", "the authorities are on edge": an article that
    names no organ for an order but blames the authorities has not left the order's issuer unknown.
    """
    if not any(d.mention is None for d in drafts):
        return None
    return next((m for mentions in found for m in mentions if m.pattern.name == "authorities"), None)


def _inside(spans: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """A test whether an offset lies in any of *spans* (``start <= offset < end``), in logarithmic time."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(accumulate((b for _, b in ordered), max))  # the furthest end among spans starting so far

    def inside(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and reach[i] > offset

    return inside
