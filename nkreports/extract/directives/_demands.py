"""Step 4: demands inside one sentence (modal clauses, complements of directive verbs) and who must comply."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

from nkreports._memo import by_identity
from nkreports._starts import guarded
from nkreports.model import Modality

from .._prefilter import viable
from .._vocabulary import ModalPattern
from ._audience import audience
from ._complements import CAMPAIGN_ENDS, NOUN_TRIGGER, direct_ban, verb_complement
from ._cuts import clauses, trim
from ._pieces import pieces, unchained
from ._provisions import imperative, listed_provisions, may_command

__all__ = ["DemandSpan", "audience", "find_demands"]

_THAT = re.compile(
    r"\b(?:states?|stated|says?|said|warns?|warned|warning|saying|declaring|declared|announc\w+|stipulat\w+|adding"
    r"|added|notes?|noted|ordered|demanded|insisted|explained|stressed|told(?: \w+(?: \w+)?)?|reads?|decided|concluded"
    r"|threatened|emphasi[sz]e[sd]?|made clear|clear|directive|order|decree|instructions?|notice|message|guidelines"
    r"|fact)"
    r" that "
    r"|\bthat (?=(?:they|he|she|it|we|all|every|each|the|a|an|any"
    r"|anyone|no|those|this|these|residents|officials|workers|people)\b)"
    r"|\b(?:were|are|been) (?:told|informed) (?=(?:we|they)\b)"
    r"|\binform(?:s|ed|ing)?(?: \w+(?: \w+)?)? that |, that |\btold by (?:[\w’'-]+ ){1,4}?that "
    r"|\btold (?:us|them|everyone) (?=(?:we|they|you|people|everyone|all)\b)|\b(?:stressed|emphasized|underlined) how "
    r"|\b(?:saying|stating|declaring|warning) (?=(?:it|they|the|all|any|anyone|those|residents|people)\b)"
    r"|\b(?:says|states|stipulates|reads) (?=[a-z])"
)
_THAT = guarded(_THAT)  # the same matches, tried only where a match can begin
_PASSIVE_BEFORE = re.compile(
    r"\b(?:are|is|was|were|be|been|being|got|am)(?:n[’']t)?\s+(?:\w+\s+){0,2}$|\bin\s+(?:[a-z]\w*\s+){0,2}$"
)
_PASSIVE_BEFORE = guarded(_PASSIVE_BEFORE)  # the same matches, tried only where a match can begin
_SPEAKER = re.compile(
    r"(?:\b(?:we|I|you|people|it all|women|men)\s+(?:\w+\s+)?$"
    r"|\b(?:complain(?:s|ed)?|worr(?:y|ies|ied)|fear(?:s|ed)?|say|says|joked?) that\s+(?:\w+\s+){0,3}$)",
    re.IGNORECASE,
)
_SPEAKER = guarded(_SPEAKER)  # the same matches, tried only where a match can begin
# "He emphasized that the people must ...": a modal under a directing "that" is the order, not the speaker's view.
_DIRECTED_THAT = re.compile(
    r"\b(?:emphasi[sz](?:e|ed|es|ing)|stress(?:ed|es|ing)?|underlin(?:e|ed|es|ing)|insist(?:ed|s|ing)?"
    r"|demand(?:ed|s|ing)?|order(?:ed|s|ing)?|instruct(?:ed|s|ing)?|declar(?:e|ed|es|ing)|urg(?:e|ed|es|ing)) that"
    r" (?:[\w’']+ ){0,4}$"
)
# "We were told not to ...": an order reported by the people it binds, not the speaker's own view.
_REPORTED_ORDERS = frozenset(
    {
        "passive-order",
        "passive-order-not",
        "passive-order-given",
        "passive-advice",
        "orders-issued",
        "ordered-shut",
        "ordered-in",
        "told-cannot",
    }
)
# "people are not allowed to go outside": a rule told of people, not their own view.
_RULES = frozenset({"not-allowed", "banned-from", "passive-ban", "warned-against"})
# "guidance on how the wells should be shared": a modal in an indirect question states no demand.
_SUBORDINATE = re.compile(r"(?:(?:(?!\bwho\b)[^,])*?\b(?:when|once|since)\b|[“\"]?If\b)(?: (?!and\b)[\w’']+){1,10} ")
# A subject longer than this many words ("Attendees at a meeting of ... in ..., were told to") is left out.
_SUBJECT_WORDS = 12
# "people are quite worried as trading has been branded treason": what people fear is background, told or not.
_FEELING = re.compile(
    r"\b(?:worried|afraid|anxious|uneasy|concerned|nervous|scared|fearful|frightened|terrified|alarmed"
    r"|worr(?:y|ies)|fears?|feared) (?:as|because|since)\b(?: [\w’'-]+){1,10} $",
    re.IGNORECASE,
)
_FEELING = guarded(_FEELING)  # the same matches, tried only where a match can begin
_PROGRESSIVE = re.compile(r"\w+ing\b")
_PERIOD_LEAD = re.compile(r"[“\"]?(?:During|Throughout|Until the end of|For the duration of) [^,]{3,60}, ")
# An order ("were forced to", "ordered markets to") whose verb stops or curbs something forbids it; a plain
# "must close by 8 PM" sets a rule.
_ORDER_WORD = re.compile(r"\b(?:ordered|orders?|forced|told|instructed|issued|required|directed|campaign|drive)\b")
_STOPPING = re.compile(
    r"(?:(?: [\w’']+){0,4}? to)? (?:\w+ly )?(?:close|stop|shut|suspend|halt|cease|restrict|limit|curb|ban|postpone"
    r"|reduce|eradicate|root out|stamp out|prevent)\b"
)
# A subject that states who is bound ("Those who have relatives abroad ...") stays whole.
_CONDITION = re.compile(r"\b(?:who|whom|whose|which|that|if|If|unless)\b")
# Not a relative clause after a preposition ("a drive in which students are sent to ...").
_INDIRECT = re.compile(
    r"(?<!\bin )(?<!\bof )(?<!\bby )(?<!\bunder )(?<!\bthrough )(?<!stressed )(?<!emphasized )(?<!underlined )"
    r"\b(?:how|what|whether|where|which)\b(?: [\w’']+){0,5} $"
)
_INDIRECT = guarded(_INDIRECT)  # the same matches, tried only where a match can begin
# "a directive that defectors should be captured": "should" under an order is an obligation.
_ORDER_THAT = re.compile(
    r"\b(?:ordered|orders?|directives?|decrees?|instructions?|instructed|demanded|stipulat\w+|decided) that $"
)
# "They said we must ...": the speaker relays what the authorities told them.
_RELAYED = re.compile(
    r"\b(?:[Tt]hey|[Oo]fficials|[Aa]uthorities|[Oo]fficers|[Tt]he (?:police|lecturer|official|officer|inminban head))"
    r" (?:said|say|told us|tell us|warned(?: us)?|announced|ordered)(?: that)? (?:[\w’']+ ){1,4}$"
    r"|\b(?:[Ww]e|[Rr]esidents|[Pp]eople) (?:were|are|have been|had been) (?:told|instructed|informed|warned)"
    r"(?: that)? (?:[\w’']+ ){1,4}$"
    # "... and told us we must lock the sheds": whoever told them, the order is relayed
    r"|\b(?:told|tells|instructed|warned) (?:us|them|people|residents|everyone)(?: that)? (?:[\w’']+ ){1,4}$"
)
_RELAYED = guarded(_RELAYED)  # the same matches, tried only where a match can begin
_CONSEQUENCE = re.compile(
    r"\s*(?:prompting|causing|sparking|raising|creating|resulting in|angering|frustrating|worrying|fueling)\b"
)
_EFFECT = re.compile(r"\b(?:effectively|practically|virtually|de facto|in effect)\s+$")
# "if officials manage to close the night markets, ...": an act in a condition is supposed, not ordered.
_SUPPOSED = re.compile(r"[\s,“\"]*(?:[Ii]f|[Uu]nless|[Ww]hether)\b[^,;]*$")
_BACKGROUND = re.compile(r"\s*[“\"]?(?:When|After|Once|Since|Until|Before|As soon as)\b", re.IGNORECASE)
# "have banned weddings", "they banned illegal traffic": a finite ban after an auxiliary or a pronoun subject.
# "This is why they banned ...": a subject pronoun right before the verb makes it active.
_PRONOUN_BEFORE = re.compile(r"\b(?:they|we|he|she|[Tt]hey|[Ww]e|[Hh]e|[Ss]he)\s+$")
_AUX_BEFORE = re.compile(
    r"(?:\b(?:has|have|had|also|recently|officially|formally|they|[Tt]hey|authorities|police|government|regime"
    r"|state|committee|ministry|bureau|agency|department)"
    # a capitalized name, not a determiner ("The ban goes into effect" names no banning subject)
    r"|\b(?!(?:The|A|An|This|That|These|Those|Its|Their|Such|Any|Every|Each)\b)[A-Z][\w’'-]+)\s+$"
)
# "an order of the chairman ... on immediately stabilizing the supply": the gerund after "on" is what it demands.
_TOPIC = re.compile(r" (?:of (?:the )?[^,;“”\"]{0,80}? )?on [“\"]?(?=(?:\w+ly )?[a-z]{3,}ing\b)")
# A subject that holds a verb of its own ("The lockdown ... was set to last 30 days but was lifted") is cut.
_CLAUSAL = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|but|after|when|because|and then)\b")


@attrs.frozen(kw_only=True)
class DemandSpan:
    """A demand found in a sentence (article offsets) with its modality."""

    start: int
    end: int
    modality: Modality
    verb: bool


@by_identity  # hashing the table's entries on every call cost more than the search
def _compiled(patterns: tuple[ModalPattern, ...]) -> tuple[tuple[ModalPattern, re.Pattern[str]], ...]:
    return tuple((p, re.compile(p.pattern)) for p in patterns)


_Table = tuple[tuple[tuple[bool, ModalPattern], re.Pattern[str]], ...]


def _joined(verbs: tuple[ModalPattern, ...], modals: tuple[ModalPattern, ...]) -> _Table:
    """The verb and modal patterns in one table, each entry marked ``True`` for a modal.

    One :func:`~.._prefilter.viable` search of a sentence for both costs about half as much as two.
    """
    return tuple(((False, p), r) for p, r in _compiled(verbs)) + tuple(((True, p), r) for p, r in _compiled(modals))


@by_identity
def _joined_to(verbs: tuple[ModalPattern, ...]) -> Callable[[tuple[ModalPattern, ...]], _Table]:
    """:func:`_joined` for *verbs*, remembered by the identity of the modal table."""
    return by_identity(lambda modals: _joined(verbs, modals))


def find_demands(
    text: str,
    start: int,
    end: int,
    modals: tuple[ModalPattern, ...],
    verbs: tuple[ModalPattern, ...],
    *,
    self_names: tuple[str, ...] = (),
    cuts: Sequence[tuple[int, int]] | None = None,
) -> list[DemandSpan]:
    """Every demand in ``text[start:end]`` (one sentence), in text order.

    *self_names* are the outlets' own names: "asked Daily NK not to ..." demands nothing. *cuts* are the
    sentence's :func:`~._cuts.clauses`, when the caller has them already (worked out here otherwise).
    """
    table = _joined_to(verbs)(modals)
    stretches = clauses(text, start, end) if cuts is None else cuts
    # Patterns missing a word they need cannot match in a clause; order is kept.
    kept = [viable(table, text, s, e) for s, e in stretches]
    listed = listed_provisions(text, start, end)
    commanding = may_command(text, start, end)
    if not any(kept) and not listed and not commanding:
        # No clause holds a trigger or a command, so none yields a demand, nor continues a verb's demand
        # (there is none before it): the sentence demands nothing.  Most sentences end here.
        return []
    return _in_clauses(text, stretches, kept, listed, commanding=commanding, self_names=self_names)


_Kept = Sequence[tuple[tuple[bool, ModalPattern], re.Pattern[str]]]


def _in_clauses(
    text: str,
    cuts: Sequence[tuple[int, int]],
    patterns: Sequence[_Kept],
    listed: list[tuple[int, int]],
    *,
    commanding: bool,
    self_names: tuple[str, ...],
) -> list[DemandSpan]:
    """:func:`find_demands` clause by clause, given for each clause the verb and modal *patterns* that may
    match in it, the *listed* provisions, and whether an imperative may open a clause (*commanding*)."""
    out = [DemandSpan(start=s, end=e, modality=Modality.PROHIBITION, verb=False) for s, e in listed]
    previous_verb: DemandSpan | None = None
    for (c_start, c_end), kept in zip(cuts, patterns, strict=True):
        if not kept and not commanding and previous_verb is None:
            continue  # no trigger, no command, no verb's demand to continue: the clause adds nothing
        verb_patterns = [(p, r) for (modal, p), r in kept if not modal]
        modal_patterns = [(p, r) for (modal, p), r in kept if modal]
        if _CONSEQUENCE.match(text, c_start, c_end):
            continue  # ", sparking complaints among them as they have to work ...": a consequence, no demand
        triggers: list[tuple[int, int, Modality, bool]] = []
        for pattern, regex in verb_patterns:
            for m in regex.finditer(text, c_start, c_end):
                m_start, m_end, words = m.start(), m.end(), m.group()
                if _EFFECT.search(text, max(c_start, m_start - 14), m_start):
                    continue  # "effectively banning market operations": what an act amounts to, not a demand
                if _SUPPOSED.match(text, c_start, m_start) or (
                    text.endswith(", if ", max(0, c_start - 5), c_start) and "," not in text[c_start:m_start]
                ):
                    continue  # "if officials manage to close the night markets": supposed, not ordered
                lowered = words.lower()
                campaign = lowered.endswith(CAMPAIGN_ENDS)
                # "are forcing residents to ...", "is stepping up efforts to ..." are active
                progressive = _PROGRESSIVE.match(words) is not None
                noun = NOUN_TRIGGER.match(words) is not None
                if (
                    not campaign
                    and not progressive
                    # "There was a strong mandate to ...", "This is an inspection to check ...": nouns, no passive
                    and not (noun or pattern.name == "inspection-purpose")
                    and _PASSIVE_BEFORE.search(text, max(c_start, m_start - 25), m_start)
                    and not _PRONOUN_BEFORE.search(text, max(c_start, m_start - 12), m_start)
                ):
                    continue
                # An order "on stabilizing the supply" demands it; a decree "on designating a zone" is its title.
                ordering = noun and "decree" not in lowered
                topic = _TOPIC.match(text, m_end, c_end) if ordering else None
                if topic is not None:
                    triggers.append((topic.end(), topic.end(), pattern.modality, True))
                    continue
                found = verb_complement(text, m_end, c_end, words, pattern.modality, self_names=self_names)
                if found is None and _AUX_BEFORE.search(text, max(c_start, m_start - 12), m_start):
                    found = direct_ban(text[m_end : min(c_end, m_end + 60)], words, pattern.modality)
                if found:
                    triggers.append((m_start, m_end, found, True))
        for pattern, regex in modal_patterns:
            modal = regex.search(text, c_start, c_end)
            if modal is None:
                continue  # every test below is of a match
            at = modal.start()
            # "people are punished for ...": a penalty reported, not the speaker's view
            reported = (
                pattern.name in _REPORTED_ORDERS
                or pattern.modality is Modality.WARNING
                or _RELAYED.search(text, max(c_start, at - 60), at) is not None
            )
            if _FEELING.search(text, max(c_start, at - 100), at):
                break
            if _BACKGROUND.match(text, c_start, at):
                break  # "When the lockdown was lifted, ...": a past event, not a demand
            if (
                not reported
                # "Until the holiday ends, we must not sing": a rule the speaker lives under, not an opinion.
                and not (pattern.modality is Modality.PROHIBITION and _PERIOD_LEAD.match(text, c_start))
                and pattern.name not in _RULES
                and _SPEAKER.search(text, max(c_start, at - 40), at)
                and not _DIRECTED_THAT.search(text, max(c_start, at - 60), at)
            ):
                break
            if _INDIRECT.search(text, max(c_start, at - 50), at):
                break
            if not reported and _SUBORDINATE.fullmatch(text, c_start, at):
                break  # "people cheered when the lockdown was lifted": a past event, not a demand
            if pattern.name == "passive-order-by":
                negated = modal.group().endswith("not to")  # "were told by the managers not to sell ..."
                to = modal.group().rfind("not to" if negated else "to")
                modality = Modality.PROHIBITION if negated else pattern.modality
                triggers.append((at + to, modal.end(), modality, True))
                break
            if not any(t[0] <= at < t[1] + 80 and t[3] for t in triggers):
                triggers.append((at, modal.end(), pattern.modality, False))
                break
        if not triggers and not commanding and previous_verb is None:
            continue  # nothing found, no command, no verb's demand to continue: the clause adds nothing
        # "have been given an order to ...": an order noun inside a modal's own words is that modal's.
        modal_spans = [(u[0], u[1]) for u in triggers if not u[3]]  # at most one a clause: no quadratic scan
        if modal_spans:
            triggers = [t for t in triggers if not (t[3] and any(a <= t[0] < b for a, b in modal_spans))]
        triggers.sort()
        triggers = unchained(text, triggers)
        commands = imperative(text, c_start, c_end) if commanding else []
        # "titled 'Let's eliminate ...' were shown in lectures they must attend": the command, and the rest.
        out.extend(DemandSpan(start=s, end=e, modality=m, verb=False) for s, e, m in commands)
        triggers = [t for t in triggers if not any(s <= t[0] < e for s, e, _ in commands)]
        if not triggers:
            if commands:
                continue
            if previous_verb is None:
                continue
            stripped = text[c_start:c_end].lstrip(" ,")
            if re.match(r"(?:and )?(?:not )?to [a-z]+", stripped):
                s, e = trim(text, c_start, c_end)
                if e - s > 8:
                    # "ordered residents not to pick up leaflets but to report them": the second part obliges
                    modality = previous_verb.modality
                    negated_before = " not to " in text[previous_verb.start : previous_verb.end]
                    if modality is Modality.PROHIBITION and negated_before and stripped.startswith("to "):
                        modality = Modality.OBLIGATION
                    out.append(DemandSpan(start=s, end=e, modality=modality, verb=True))
            continue
        for i, (t_start, _t_end, found_modality, is_verb) in enumerate(triggers):
            modality = found_modality
            d_start = t_start if is_verb else c_start
            if not is_verb:
                if any(t[3] for t in triggers[:i]):
                    continue  # a modal after a verb's demand is inside it
                thats = [m.end() for m in _THAT.finditer(text, c_start, t_start)]
                if thats:
                    d_start = thats[-1]
                    if modality is Modality.EXHORTATION and _ORDER_THAT.search(
                        text, max(c_start, d_start - 30), d_start
                    ):
                        modality = Modality.OBLIGATION
                subject = text[d_start:t_start]
                if len(subject.split()) > _SUBJECT_WORDS and not _CONDITION.search(subject):
                    comma = text.rfind(", ", d_start, t_start)
                    if comma >= 0:
                        d_start = comma + 2
                    elif _CLAUSAL.search(subject):
                        d_start = t_start  # with no comma and no verb of its own, the subject is what is ruled
            d_end = triggers[i + 1][0] if i + 1 < len(triggers) and triggers[i + 1][3] else c_end
            if (
                modality is Modality.OBLIGATION
                and _ORDER_WORD.search(text, t_start, _t_end)
                and _STOPPING.match(text, _t_end, min(d_end, _t_end + 60))
            ):
                modality = Modality.PROHIBITION  # "were forced to close", "orders were issued to restrict ..."
            d_start = max([d_start, *(e for _, e, _ in commands if e <= t_start)])
            d_end = min([d_end, *(s for s, _, _ in commands if s > t_start)])
            while d_end > d_start and text[d_end - 1] in " “\"‘'":
                d_end -= 1  # before the quoted command
            s, e = trim(text, d_start, d_end)
            for piece_start, piece_end, piece_modality in pieces(
                text, s, e, verb_end=_t_end, modality=modality, is_verb=is_verb
            ):
                if (
                    piece_end - piece_start > 8
                    and (not is_verb or piece_end > _t_end + 1)
                    and not text.endswith(" to", piece_start, piece_end)  # cut off before its verb
                ):
                    span = DemandSpan(start=piece_start, end=piece_end, modality=piece_modality, verb=is_verb)
                    out.append(span)
                    previous_verb = span if is_verb else None
    return sorted(out, key=lambda d: d.start)
