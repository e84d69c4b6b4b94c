"""Step 2: the clause around each trigger, from a dependency parse: who performs the act.

spaCy's small English model parses only the sentences that hold a trigger.  For each
trigger the issuer slot is

- the subject of an active trigger verb ("Police issued ...", "The MSS has begun inspecting ..."),
- the ``by`` agent of a passive one ("an order handed down by the provincial party committee"),
- the owner or modifier of a nominal trigger ("the MSS's order", "a Cabinet decree",
  "a Secretariat meeting chaired by the leader", "an order from the Central Committee"),
- the subject of the verb that issues a nominal trigger ("issued an order", "gave a lecture",
  "an order came down from ...").

The parse itself is in :mod:`._parse`; the word sets that read the slot are in :mod:`._slot_words`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ._slot_words import (
    ACT_OBJECT_VERBS,
    ACT_OBJECTS,
    CAME,
    COLLECTIVE,
    COMPLYING,
    DECIDING,
    EFFORTS,
    FORMING,
    INTENSIFYING_VERBS,
    ISSUING,
    MEETING_ORGANS,
    MEETINGS,
    NP_PREPOSITIONS,
    NP_RIGHT,
    ORGAN_MODIFIERS,
    ORGAN_NOUNS,
    ORGAN_WORDS,
    PASSIVE_SUBJECTS,
    PERSONAL,
    PLACING,
    POSSESSIVE_PRONOUNS,
    RECEIVING,
    SIGNED,
    STATING,
    SUBJECTS,
    TRANSITIVE,
    TREND,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Slot", "issuer_slot"]


@attrs.frozen
class Slot:
    """Where the issuer of a trigger stands: character offsets in the parsed sentence, head offset."""

    start: int
    end: int
    head: int


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return None if span is None or not len(span) else span[0]


def _named_appositive(comma: Token) -> bool:
    """Whether *comma* opens an appositive proper name of its head ("the leader, Kim Jong Un")."""
    after = comma.nbor() if comma.i + 1 < len(comma.doc) else None
    while after is not None and after.dep_ == "compound" and after.head.i > after.i:
        after = after.head
    return after is not None and after.dep_ == "appos" and after.head.i == comma.head.i and after.tag_ == "NNP"


def _phrase(token: Token) -> Slot:
    """The noun phrase headed by *token*: its left dependents and of/in/from modifiers, no clauses."""
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ not in NP_RIGHT:
            break
        if child.dep_ == "prep" and child.lower_ not in NP_PREPOSITIONS:
            break
        if child.dep_ == "punct" and child.text == "," and _named_appositive(child):
            continue  # "the country's supreme leader, Kim Jong-un, ...": the name the title stands for
        if child.dep_ == "punct" and child.text not in "()[]":
            break
        if child.dep_ == "cc" and not any(c.dep_ == "conj" for c in token.rights):
            break
        right = child.right_edge.i
    doc = token.doc
    while right > left and doc[right].text in ",;:":
        right -= 1
    if doc[right].text in ")]" and not any(t.text in "([" for t in doc[left:right]):
        right -= 1
    start = doc[left].idx
    end = doc[right].idx + len(doc[right].text)
    return Slot(start=start, end=end, head=token.idx)


def _child(token: Token, deps: frozenset[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _agent(token: Token) -> Token | None:
    agent = _child(token, frozenset({"agent"}))
    if agent is None:
        return None
    return _child(agent, frozenset({"pobj"}))


def _verb_slot(verb: Token) -> Token | None:
    """The performer of a verbal act: its agent if passive, else its subject, climbing shared subjects."""
    seen = 0
    while seen < 4:
        seen += 1
        agent = _agent(verb)
        if agent is not None:
            return agent
        if _child(verb, PASSIVE_SUBJECTS) is not None:
            return None
        subject = _child(verb, SUBJECTS)
        if subject is not None:
            # "A patrol organized by the youth league cracked down ...": the organizer acts through its patrol.
            formed = next((c for c in subject.children if c.dep_ == "acl" and c.lower_ in FORMING), None)
            agent = None if formed is None else _agent(formed)
            return agent if agent is not None else subject
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.tag_.startswith("VB"):
            verb = verb.head.head  # "tries to arrest them by holding rallies": the means is the subject's act
            continue
        if verb.dep_ in {"xcomp", "conj", "advcl", "pcomp"} and verb.head is not verb:
            verb = verb.head
            continue
        noun = verb.head
        if verb.dep_ == "acl" and noun.dep_ == "dobj" and noun.head.lower_ in ISSUING:
            verb = noun.head  # "introduced a new rule requiring ...": whoever issues the rule acts
            continue
        if verb.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.head.lower_ in ISSUING:
            verb = noun.head.head  # "sent a letter to all members calling for ...": the sender acts
            continue
        if verb.dep_ == "acl" and noun.lower_ in EFFORTS and noun.dep_ in {"dobj", "pobj"} and noun.head.i != noun.i:
            # "is intensifying its efforts to root out", "stepped up efforts to suppress": the effort's maker acts.
            verb = noun.head if noun.dep_ == "dobj" else noun.head.head
            continue
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and noun.tag_ in {"NNS", "NNPS", "NN", "NNP"}
            and noun.lower_ not in EFFORTS
        ):
            return noun  # "authorities controlling even the details of people's lives", "police searching homes"
        return None
    return None


def _antecedent(verb: Token) -> Token | None:
    """The subject, active or passive, that a possessive pronoun in *verb*'s clause points back to."""
    for _ in range(4):
        subject = _child(verb, SUBJECTS | PASSIVE_SUBJECTS)
        if subject is not None:
            return subject
        if verb.dep_ not in {"xcomp", "conj", "advcl", "pcomp"} or verb.head is verb:
            return None
        verb = verb.head
    return None


def _noun_slot(noun: Token) -> Token | None:
    """The performer of a nominal act: owner, authority modifier, 'from'/'by' agent, or the issuing verb's subject."""
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and noun.head.head.lower_ in COMPLYING
        and not any(c.dep_ in {"acl", "prep", "relcl", "nummod"} for c in noun.children)
    ):
        # "compliance with Kim's instructions": an act complied with, not issued here ("in accordance with May 3
        # instructions from Kim Jong Un to ..." states the act it names).
        return None
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
            # "The Security Bureau ... received a commendation for its crackdown": the clause's subject.
            verb = next((t for t in noun.ancestors if t.tag_.startswith("VB")), None)
            return None if verb is None or _trend(verb) else _antecedent(verb)
        if child.dep_ == "poss" and not (child.tag_ == "PRP$" and noun.head.lower_ in ISSUING):
            return child  # "the MSS's order" ("organized their own inspection groups": the subject acts)
    for child in noun.children:
        if child.dep_ in {"prep"} and child.lower_ in {"from", "by"}:
            obj = _child(child, frozenset({"pobj"}))
            if obj is not None:
                return obj
        if child.dep_ == "relcl" and child.lower_ in CAME:
            source = next((c for c in child.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}), None)
            obj = None if source is None else _child(source, frozenset({"pobj"}))
            if obj is not None:
                return obj  # "The order, which came from the Central Committee, says ..."
        if child.dep_ == "acl" and (child.lower_ in ISSUING or child.lower_ in STATING or child.lower_ in SIGNED):
            agent = _agent(child)
            if agent is not None and noun.lower_ in MEETINGS:
                return noun  # "a Secretariat meeting chaired by the leader": the meeting acts
            if agent is not None:
                return agent
    head = noun.head
    if noun.lower_ in MEETINGS and noun.dep_ == "nsubjpass" and head.lower_ in ISSUING:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and _child(of, frozenset({"pobj"})) is not None:
            return noun  # "a meeting of county police and party chiefs was held": the meeting acts
    if noun.dep_ == "attr" and head.lower_ in {"was", "were", "is", "are"}:
        for child in head.children:
            if child.dep_ in {"prep", "agent"} and child.lower_ == "by":
                return _child(child, frozenset({"pobj"}))  # "There was a speech ... by the security forces"
    if noun.dep_ == "dobj" and head.lower_ in RECEIVING:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "from":
                return _child(child, frozenset({"pobj"}))  # "upon receiving orders from the SSD"
        return None  # who receives an order does not issue it
    if noun.lower_ in MEETINGS and noun.dep_ == "dobj" and _decides(head):
        return noun  # "Kim convened a politburo meeting and adopted a decision": the meeting decides
    if noun.dep_ in {"dobj", "attr", "conj"} and head.lower_ in ISSUING:
        return _verb_slot(head)
    if noun.dep_ == "nsubj" and head.lower_ in CAME:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
                return _child(child, frozenset({"pobj"}))
    if noun.dep_ == "pobj" and head.lower_ in {"in", "at", "during", "through"} and head.head.tag_.startswith("VB"):
        verb = head.head
        if verb.lower_ not in ISSUING and verb.lower_ not in STATING:
            return None  # "cadres were in attendance at the session", "discussed ... at the session"
        return _verb_slot(verb)
    if noun.dep_ == "pobj" and head.lower_ in {"on", "under"} and head.head.lower_ in PLACING:
        return _verb_slot(head.head)  # "put people on notice", "placed the city under lockdown"
    if noun.dep_ == "pobj" and head.lower_ == "of":
        return None  # "organs of state inspection": the act names a kind of organ, not an act
    modifiers = [c for c in noun.lefts if c.dep_ in {"compound", "amod", "nmod"} and c.tag_.startswith("NN")]
    return modifiers[0] if modifiers else None


def _organ_modifier(token: Token) -> bool:
    """Whether a noun modifying a nominal act names its issuer: a proper name or an organ word."""
    return (
        token.tag_ in {"NNP", "NNPS"}
        or token.lower_ in ORGAN_MODIFIERS
        or any(t.tag_ in {"NNP", "NNPS"} for t in token.lefts)
    )


def issuer_slot(doc: Doc, offset: int, nominal: bool) -> Slot | None:
    """The issuer slot of the trigger starting at *offset* (relative to the parsed text), if any."""
    token = _token_at(doc, offset)
    if token is None:
        return None
    if token.dep_ in {"aux", "auxpass"} and not nominal:
        token = token.head  # "have been inspecting homes": the verb the auxiliary serves
    if nominal or token.tag_.startswith("NN"):
        slot = _noun_slot(token)
        if slot is None and token.dep_ in {"compound", "amod"}:
            slot = _noun_slot(token.head)
        modifier = slot is not None and slot.head.i == token.i and slot.dep_ in {"compound", "amod", "nmod"}
        if modifier and slot is not None and not _organ_modifier(slot):
            return None  # "border security measures": the modifier names the topic, not the issuer
        if slot is not None and modifier:
            # "a Cabinet decree": the modifier alone names the issuer.
            doc_ = token.doc
            left = slot.left_edge.i
            return Slot(start=doc_[left].idx, end=slot.idx + len(slot.text), head=slot.idx)
        if slot is token and token.lower_ in MEETINGS:
            acl = next((c for c in token.children if c.dep_ == "acl"), None)
            acl = acl or next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if acl is None:
                return None
            doc_ = token.doc
            last = doc_[acl.right_edge.i]
            return Slot(start=doc_[token.left_edge.i].idx, end=last.idx + len(last.text), head=token.idx)
        return None if slot is None else _phrase(slot)
    if token.lower_ in TRANSITIVE and not any(
        c.dep_ in {"dobj", "ccomp", "xcomp", "prt", "nsubjpass", "agent"} for c in token.children
    ):
        return None
    if any(c.lower_ == "away" for c in token.children):
        return None  # "had passed away"
    if _trend(token):
        return None  # "has stepped up its campaign in recent years"
    if (
        token.lower_ in ACT_OBJECT_VERBS
        and not any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in ACT_OBJECTS for c in token.children)
        and not (token.lower_ in _STARTING and any(c.dep_ == "xcomp" for c in token.children))
    ):
        return None  # "conducted smuggling": no act ("began searching homes" starts the act it names)
    if _decides(token) and any(c.dep_ == "dobj" and c.lower_ in MEETINGS for c in token.children):
        return None  # the convening verb yields to the meeting's decision
    if token.lower_ in DECIDING:
        meeting = _meeting_held(token)
        if meeting is not None and _named_meeting(meeting):
            return _phrase(meeting)
    found = _verb_slot(token)
    if found is not None and found.lower_ in PERSONAL:
        found = _antecedent_of(found) or found
    return None if found is None else _phrase(found)


_STARTING = frozenset({"started", "starts", "starting", "began", "begun", "initiated", "initiating"})


def _antecedent_of(pronoun: Token) -> Token | None:
    """The authority a subject pronoun stands for earlier in its sentence, if one is there.

    "Kim Jong Un visited the factory, where he called for ...", "When the authorities received the report,
    they ordered ...": the nearest earlier subject that agrees in number and names an authority (a proper
    name or an organ word), else ``None`` (the pronoun then continues the issuer just named).
    """
    plural = pronoun.lower_ == "they"
    if pronoun.lower_ in {"he", "she"}:
        # A person: the nearest earlier personal name in any role ("passed the file to Kim Jong Un, he ...").
        for token in reversed(pronoun.doc[: pronoun.i]):
            if token.tag_ == "NNP" and token.dep_ != "compound":
                name = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.tag_ == "NNP"]
                words = " ".join(t.text for t in name)
                return None if len(name) < 2 or ORGAN_WORDS.search(words) else token
        return None
    for token in reversed(pronoun.doc[: pronoun.i]):
        if token.tag_ not in {"NN", "NNS", "NNP", "NNPS"}:
            continue
        if token.lower_ not in COLLECTIVE and (token.tag_ in {"NNS", "NNPS"}) != plural:
            continue  # "they" stands for a plural or collective noun, "he", "she", "it" for a singular one
        if token.lower_ in ORGAN_NOUNS and token.head.lower_ not in {"of", "by"}:
            return token  # "the regime ...: It held a rally" (also where the parse misplaces the organ)
        if token.dep_ not in SUBJECTS:
            continue
        return token if token.tag_ in {"NNP", "NNPS"} else None
    return None


def _trend(verb: Token) -> bool:
    """Whether *verb* makes a campaign stronger over the years (a trend the sentence tells, not an act)."""
    return verb.lower_ in INTENSIFYING_VERBS and TREND.search(verb.doc.text) is not None


def _named_meeting(meeting: Token) -> bool:
    """Whether a meeting is named by an organ ("a politburo meeting", "a meeting of the Presidium"), not only a kind.

    The decision of "an emergency meeting" some organ held is that organ's.
    """
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in meeting.children) or any(
        c.dep_ in {"compound", "amod", "nmod"} and (_organ_modifier(c) or c.lower_ in MEETING_ORGANS)
        for c in meeting.lefts
    )


def _decides(verb: Token) -> bool:
    """Whether *verb* (convening a meeting) is followed by a decision of that meeting ("... and adopted")."""
    return verb.lower_ in ISSUING and any(c.dep_ == "conj" and c.lower_ in DECIDING for c in verb.children)


def _meeting_held(verb: Token) -> Token | None:
    """The meeting whose decision *verb* states ("Kim convened a politburo meeting and adopted a decision")."""
    for held in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        for child in held.children:
            if child.dep_ == "dobj" and child.lower_ in MEETINGS and held.lower_ in ISSUING:
                return child
    return None
