"""Which act an issuerless rule goes on telling when a narrower act was told last: by topic, scope or lifting."""

from __future__ import annotations

import re
from collections.abc import Sequence

from nkreports.model import Body, IssuerLevel, Modality

from ._demands import DemandSpan
from ._drafts import REACH, Draft

__all__ = ["lifting_owner", "national_owner", "topic_owner"]


# Words of a demand that tell its topic: four letters or more, cut to five so forms meet ("travel", "traveling").
_WORD = re.compile(r"[A-Za-z]{4,}")
_PLAIN = frozenset(
    {
        "that", "this", "with", "from", "have", "been", "were", "will", "their", "they", "them", "those", "these",
        "also", "said", "until", "after", "before", "into", "about", "other", "which", "while", "would", "could",
        "must", "should", "order", "ordered", "orders", "told", "banned", "local", "residents", "people",
    }
)  # fmt: skip
_TIERS = tuple(IssuerLevel)  # from the country's organs down to local ones
_TOPIC_DEMANDS = 6  # an act's first demands tell its topic (and keep each sentence's cost bounded)


def _topics(text: str, demands: Sequence[DemandSpan]) -> set[str]:
    return {w.lower()[:5] for d in demands for w in _WORD.findall(text, d.start, d.end) if w.lower() not in _PLAIN}


def _draft_topics(text: str, draft: Draft) -> frozenset[str]:
    """The topic words of *draft*'s first demands, read again only when it gained one of them."""
    first = draft.demands[:_TOPIC_DEMANDS]
    if draft.topics[0] != len(first):
        draft.topics = (len(first), frozenset(_topics(text, first)))
    return draft.topics[1]


def topic_owner(text: str, current: Draft, drafts: Sequence[Draft], demands: Sequence[DemandSpan]) -> Draft | None:
    """A broader act told before *current* whose demands share more topic words with issuerless *demands*.

    "Authorities banned travel between provinces. The provincial committee ordered guards to every station.
    Residents must obtain a permit for any travel between provinces": the narrower act told last is the
    nearest, but the travel rule goes on telling the country's ban.  Rules on the narrower act's own topic, or
    on no act's topic, stay with it.
    """
    if current.level is None or current.level is IssuerLevel.CENTRAL or not demands:
        return None
    words = _topics(text, demands)
    most = len(words & _draft_topics(text, current))
    owner: Draft | None = None
    for draft in drafts[-REACH:]:
        if draft.level is None or _TIERS.index(draft.level) >= _TIERS.index(current.level) or not draft.demands:
            continue
        shared = len(words & _draft_topics(text, draft))
        if shared > most:
            owner, most = draft, shared
    return owner


# A rule stated for the whole country ("are prohibited in North Korea", "nationwide"): the country's standing law.
_NATIONAL = re.compile(
    r"\b(?:in|across|throughout) (?:North Korea|the North|the country|the DPRK)\b(?! (?:who|which|that)\b)"
    r"|\bnationwide\b|\bNorth Korean law\b"
)


def national_owner(text: str, demands: Sequence[DemandSpan], current: Draft, drafts: Sequence[Draft]) -> Draft | None:
    """The generic national act that an issuerless rule stated for the whole country goes on telling.

    "The MSS set up a unit to inspect units ... Foreign videos are prohibited in North Korea": a rule of the
    whole country is the state's (the generic authorities' act told before), not the narrower organ's.
    """
    if current.generic or not any(_NATIONAL.search(text, d.start, d.end) for d in demands):
        return None
    return next(
        (
            d
            for d in reversed(drafts[-REACH:])
            if d.generic and d.mention is not None and d.body is Body.GOVERNMENT and d.level is IssuerLevel.CENTRAL
        ),
        None,
    )


def _lifts(draft: Draft) -> bool:
    return bool(draft.demands) and all(d.modality is Modality.PERMISSION for d in draft.demands)


def lifting_owner(current: Draft, drafts: Sequence[Draft], demands: Sequence[DemandSpan]) -> Draft | None:
    """The act that lifted *current*'s act, when issuerless *demands* tell only of a lifting again.

    "The lockdown was lifted on Feb. 15." ... "During the lockdown, markets were closed." ... "The lockdown was
    lifted slightly earlier than planned.": the lifting told again goes on with the lifting act, not the act it
    lifts.
    """
    if not demands or _lifts(current) or not all(d.modality is Modality.PERMISSION for d in demands):
        return None
    return next(
        (
            d
            for d in reversed(drafts[-REACH:])
            if d is not current and _lifts(d) and (d.key == current.key or d.mention is None)
        ),
        None,
    )
