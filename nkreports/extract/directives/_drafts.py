"""Draft directives while linking: one issuer's act, and whether a mention or back-reference continues it."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from nkreports.model import Body, DateValue, IssuerLevel, Modality, Span

from .._sentences import Sentence
from ._demands import DemandSpan
from ._issuers import IssuerMention

__all__ = [
    "PAST",
    "REACH",
    "Draft",
    "act_mention",
    "compatible",
    "named_by_reference",
    "other_date",
    "referent",
    "shortened",
]

REACH = 50


_PERSON_ORGANS = {"judge": "court", "prosecutor": "prosecutors", "minister": "ministry", "principal": "principal"}


_ORGAN_WORDS = re.compile(
    r"\b(?:committee|ministry|agency|department|bureau|court|cabinet|assembly|presidium|union|office|staff|police"
    r"|prosecutors|management)\b"
)


# People of an organ, not an organ ("the assembled party heavyweights", "provincial party officials").
_PEOPLE = re.compile(r"\b(?:officials|cadres|heavyweights|heads|leaders|members|participants|attendees)\b")


_DOCUMENT_NOUNS = re.compile(
    r"\b(order|notice|directive|decree|proclamation|regulations|rules|ban|instructions?|decision|resolution|campaign"
    r"|crackdown|inspection|lecture|guidelines|mobilization|ordinance|lockdown)\b"
)


# The act a later "the crackdown" names, stated by its verb.
_CRACKING_DOWN = re.compile(r"\bcrack(?:s|ed|ing)? down\b", re.IGNORECASE)


# "the mobilization", "this ordinance": a definite mention of an act's own noun.
_ACT_NOUNS = ("mobilization", "ordinance", "lockdown")
_ACT_MENTION = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese)\b(?: [\w-]+){0,2}? (" + "|".join(_ACT_NOUNS) + r")s?\b"
)


def act_mention(sentence: str, drafts: Sequence[Draft]) -> tuple[re.Match[str], Draft] | None:
    """A definite mention of a recent act by its own noun ("The mobilization, which began on May 15, ..."), and the act.

    An act that only lifts ("the lockdown was lifted") names what it lifts; it is not that act.
    """
    if _ACT_NOUNS[0] not in sentence and _ACT_NOUNS[1] not in sentence and _ACT_NOUNS[2] not in sentence:
        return None  # the pattern's nouns, spelled as it spells them: a cheap test before the search
    found = _ACT_MENTION.search(sentence)
    if found is None:
        return None
    for draft in reversed(drafts[-REACH:]):
        lifts = bool(draft.demands) and all(d.modality is Modality.PERMISSION for d in draft.demands)
        if found.group(1) in draft.nouns and not lifts:
            return found, draft
    return None


# "the new order", "the latest measures": the newest act, not one the article recalls.
_NEW = re.compile(r"\b(?:new|latest)\b")


#: A sentence telling an act as the past ("At the time, the ministry issued ...").
PAST = re.compile(r"(?:At|Around|Before) (?:the|that) time\b|Back then\b|Previously\b|In the past\b|Earlier\b")


_ORGAN_NOUNS = re.compile(
    r"\b(committee|ministry|agency|department|bureau|court|cabinet|management|union|prosecutors|principal)\b"
)


@attrs.define(eq=False)
class Draft:
    """One act being read: mutable while linking, and compared by identity (two drafts are never "equal").

    Linking asks whether *this* act is still among the drafts (``current in drafts``) and removes *this* act
    (``drafts.remove``): by identity each test is one pointer comparison, not a comparison of every field.
    """

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
    dated: DateValue | None = None
    """The first date an evidence sentence gives the act: another date in a new sentence is another act."""
    issued: DateValue | None = None
    """The issue date when the sentence that states the act gives several acts their own dates."""
    last: Sentence | None = None
    """The latest sentence that tells of the act (its latest evidence, or a sentence implementing it)."""
    topics: tuple[int, frozenset[str]] = (0, frozenset())
    """The topic words of the act's first demands and how many demands they were read from (linking's cache)."""

    @property
    def key(self) -> tuple[Body, IssuerLevel | None, str | None]:
        return (self.body, self.level, self.region)

    def add(self, sentence: Sentence, demands: Sequence[DemandSpan], when: DateValue | None = None) -> None:
        """Add *sentence* and its *demands*; *when* is the date the sentence gives its act, if any."""
        if self.dated is None:
            self.dated = when
        if self.last is None or sentence.index > self.last.index:
            self.last = sentence
        if sentence.index not in self.seen:
            self.seen.add(sentence.index)
            self.evidence.append(sentence)
            lowered = sentence.text.lower()
            self.nouns.update([noun.rstrip("s") for noun in _DOCUMENT_NOUNS.findall(lowered)])
            # "down" is in the lowered text wherever the pattern matches: a cheap test before the search
            if "down" in lowered and _CRACKING_DOWN.search(sentence.text):
                self.nouns.add("crackdown")  # "mobilized agents to crack down on ...", then "the crackdown"
        for d in demands:
            for o in self.demands[-8:]:
                if d.start < o.end and o.start < d.end:
                    break  # told already, in other words
            else:
                self.demands.append(d)


def referent(drafts: list[Draft], current: Draft, reference: str, text: str) -> Draft:
    """The draft a back-reference ("the order", "the committee") points to: the latest that fits."""
    lowered = reference.lower()
    for person, body in _PERSON_ORGANS.items():
        lowered = lowered.replace(person, body)
    organ = _ORGAN_NOUNS.search(lowered)
    if organ:
        for draft in reversed(drafts[-REACH:]):
            if draft.mention is not None and organ.group(1) in draft.mention.text.lower():
                return draft
        return current
    document = _DOCUMENT_NOUNS.search(lowered)
    if document:
        word = document.group(1).rstrip("s")
        if _NEW.search(lowered):
            newest = _newest([d for d in drafts[-REACH:] if word in d.nouns]) or _newest(drafts[-REACH:])
            if newest is not None:
                newest.nouns.add(word)  # "The new order comes amid ...", then "the order called on ...": this act
                return newest
        if word in current.nouns:
            return current
        for draft in reversed(drafts[-REACH:]):
            if word in draft.nouns:
                return draft
    del text
    return current


def _newest(drafts: Sequence[Draft]) -> Draft | None:
    """The act "the new order" means: not one told as the past ("At the time, ..."), the latest dated, else the last."""
    drafts = [d for d in drafts if not PAST.match(d.evidence[0].text)]
    dated = [(d.dated.iso() or "", d) for d in drafts if d.dated is not None]
    if any(iso for iso, _ in dated):
        return max(reversed(dated), key=lambda pair: pair[0])[1]
    return drafts[-1] if drafts else None


def _normalized(name: str) -> str:
    name = name.lower().replace("’", "'")
    return re.sub(r"^(?:the|a|an) ", "", name)


def _names(draft: Draft) -> set[str]:
    """The normalized texts of the draft's mentions, each mention normalized once (mentions are only added)."""
    draft.names.update(_normalized(s.text) for s in draft.mentions[draft.named :])
    draft.named = len(draft.mentions)
    return draft.names


def compatible(draft: Draft, actor: IssuerMention, generic: bool) -> bool:
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
    own = set(_ORGAN_WORDS.findall(new))
    if not own and _PEOPLE.search(new):
        return True  # "the assembled party heavyweights" after "a meeting of party heads": the same body's people
    return bool(organs & own)


def shortened(drafts: list[Draft], actor: IssuerMention) -> Draft | None:
    """The draft whose issuer *actor* names again without its level or place ("the security department")."""
    new = _normalized(actor.text)
    if " " not in new:
        return None
    for draft in reversed(drafts[-REACH:]):
        if draft.mention is not None and not draft.generic:
            old = _normalized(draft.mention.text)
            if old != new and old.endswith(" " + new):
                return draft
    return None


def named_by_reference(reference: str, recent: list[IssuerMention], drafts: list[Draft]) -> IssuerMention | None:
    """An organ named earlier without a verb that a back-reference ("the committee") now makes act."""
    organ = _ORGAN_NOUNS.search(reference.lower())
    if organ is None:
        return None
    if any(d.mention is not None and organ.group(1) in d.mention.text.lower() for d in drafts[-REACH:]):
        return None
    for mention in reversed(recent):
        if organ.group(1) in mention.text.lower():
            return mention
    return None


def other_date(draft: Draft, when: DateValue | None) -> bool:
    """Whether *when* dates a different act than *draft*'s ("ordered in late July", then "closed from Aug. 3")."""
    if when is None or draft.dated is None:
        return False
    a, b = when.iso() or "", draft.dated.iso() or ""
    return bool(a and b) and not (a.startswith(b) or b.startswith(a))
