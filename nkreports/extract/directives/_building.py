"""Drafts to directives: which drafts are acts, their issuer, issue date, audience and reporting source."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from nkreports.model import Body, DateValue, Demand, Directive, Issuer, Modality, Source, Span

from .._index import Positioned
from .._linking import issue_date
from .._sentences import Sentence
from .._vocabulary import Vocabulary
from ._audience import first_addressee
from ._demands import DemandSpan, audience
from ._drafts import REACH, Draft, other_date
from ._restated import CAMPAIGN, drop_restated

__all__ = ["STATED", "build"]

# A named organ's formal act is a directive even when the report gives none of its demands.
_FORMAL_ACT = re.compile(
    r"\b(?:issued|adopted|promulgated|handed down) (?:an?|its|the) (?:joint |new |special )?(?:decree|decision"
    r"|directive|resolution|order)\b"
)


# A named issuer with one of these acts in its sentence issued a directive, even with no demand reported.
STATED = re.compile(
    r"\b(?:issued|handed down|sent down|adopted|enacted|passed|announced|imposed|declared|promulgated)"
    r" (?:[\w’'-]+ ){1,4}?(?:order|instruction|directive|decree|law|ban|lockdown|mobilization|resolution"
    r"|regulation|notice|guideline)s?\b"
)


# The domain an issuer's own bodies take ("its branches" of a security ministry are security branches).
_OWNERS = {Body.SECURITY: "security", Body.MILITARY: "military", Body.PARTY: "party"}
_PUBLIC = re.compile(r"\b(?:locals|citizens|the public|the population|people|inhabitants)\b")


def _addressed(evidence: Sequence[Sentence], vocab: Vocabulary) -> tuple[str, ...]:
    """Who an act with no addressed demand binds: an audience its first sentence names, else the residents."""
    if evidence:
        found = first_addressee(evidence[0].text, vocab)
        if found is not None and not _PUBLIC.fullmatch(found):
            return (found,)
    return ("residents",)


def _fold_unnamed(drafts: list[Draft], generic: Draft) -> list[Draft]:
    """Unnamed acts that continue the generic authorities' act just before them, not dated otherwise, are that act.

    In an article whose acts "the authorities" perform, an order stated with no issuer ("workers
    were told to report ...") right after their act restates it, unless it is dated otherwise.
    """
    out: list[Draft] = []
    for draft in drafts:
        before = out[-1] if out else None
        if (
            before is not None
            and before.mention is None
            and draft.generic
            and draft.key == generic.key
            and draft.evidence[0].index - before.evidence[-1].index == 1
            and not other_date(before, draft.dated)
        ):
            # "It is prohibited to accept visitors." then "The authorities have now put residents on notice that ...":
            # the unnamed rules are the act the authorities go on with in the next sentence.
            before.body, before.level, before.region = draft.key
            before.mention = draft.mention
            before.mentions.extend(draft.mentions)
            before.stated = before.stated or draft.stated
            for sentence in draft.evidence:
                before.add(sentence, draft.demands, draft.dated)
            continue
        theirs = before is not None and (before.mention is None or (before.generic and before.key == generic.key))
        if draft.mention is None and before is not None and theirs and not other_date(before, draft.dated):
            for n, sentence in enumerate(draft.evidence):
                before.add(sentence, draft.demands if n == 0 else (), draft.dated)
            continue
        out.append(draft)
    return out


def _background(draft: Draft) -> bool:
    """A leader or a meeting he chairs that a demand-less draft names, issuing nothing of its own.

    "to ensure compliance with Kim's instructions", "the action stems from a security meeting chaired by Kim
    Jong Un": such a draft is kept only when one of its sentences states a formal act ("issued an order",
    "adopted a decision").
    """
    if draft.mention is None:
        return False
    if draft.mention.pattern.name != "open-meeting" and draft.body is not Body.LEADER:
        return False
    return not any(_FORMAL_ACT.search(s.text) or STATED.search(s.text) for s in draft.evidence)


# A lifting told with no subject of its own ("... but was lifted slightly earlier"): the lifting told again.
_LIFTED_AGAIN = re.compile(r"(?:was|were|is|are|has been|have been|had been) (?:\w+ )?(?:lifted|eased|relaxed)\b")
_LIFTS = re.compile(r"\b(?:lifted|eased|relaxed|reopened)\b")


def _lifted_once(demands: list[DemandSpan], text: str) -> list[DemandSpan]:
    """An act's demands without a later bare "was lifted ..." when an earlier demand already lifts: one lifting."""
    out: list[DemandSpan] = []
    for d in demands:
        again = d.modality is Modality.PERMISSION and _LIFTED_AGAIN.match(text, d.start, d.end)
        if again and any(o.modality is Modality.PERMISSION and _LIFTS.search(text, o.start, o.end) for o in out):
            continue
        out.append(d)
    return out


def build(
    *,
    text: str,
    sentences: Sequence[Sentence],
    drafts: list[Draft],
    dates: Positioned[DateValue],
    sources: Sequence[Source],
    vocab: Vocabulary,
    lead_paragraph: int,
    authorities: Draft | None = None,
) -> tuple[Directive, ...]:
    """Directives from *drafts*; an unnamed act is the generic authorities' (a draft of theirs, else *authorities*)."""
    taken = {(s.contacted.start, s.contacted.end) for s in sources if s.contacted is not None}
    owned = sorted((m.start, s.id) for s in sources for m in s.mentions)
    mention_starts = [start for start, _ in owned]
    mention_owner = [owner for _, owner in owned]
    out = []
    generic = next((d for d in drafts if d.generic and d.mention is not None and d.body is Body.GOVERNMENT), None)
    if generic is not None:
        drafts = _fold_unnamed(drafts, generic)
    else:
        generic = authorities
    for i, draft in enumerate(drafts):
        if not draft.demands and not any(
            CAMPAIGN.search(s.text)
            or (not draft.generic and (draft.stated or _FORMAL_ACT.search(s.text)))
            or STATED.search(s.text)
            for s in draft.evidence
        ):
            continue
        if not draft.demands and _background(draft):
            continue  # the leader's name or a meeting he chairs, with no demand and no act it issues, is background
        demands = _lifted_once(drop_restated(draft, text, lead_paragraph), text)
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
        for sentence in draft.evidence[:REACH]:
            at = bisect_right(mention_starts, sentence.end) - 1
            if at >= 0:
                votes[mention_owner[at]] = votes.get(mention_owner[at], 0) + 1
        near = max(votes, key=lambda owner: votes[owner]) if votes else None
        out.append(
            Directive(
                id=f"d{i + 1}",
                issuer=issuer,
                issued=draft.issued or issue_date(text, draft.evidence, sentences, dates, taken),
                audience=audience(text, demands, vocab, _OWNERS.get(issuer.body)) or _addressed(draft.evidence, vocab),
                demands=tuple(
                    Demand(start=d.start, end=d.end, text=text[d.start : d.end], modality=d.modality) for d in demands
                ),
                penalties=tuple(Span.of(text, d.start, d.end) for d in demands if d.modality is Modality.WARNING),
                source=near,
                evidence=tuple(Span.of(text, s.start, s.end) for s in draft.evidence),
            )
        )
    return tuple(out)
