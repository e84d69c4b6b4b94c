"""Informant drafts while sources are found: merging later mentions, plural lead-ins."""

from __future__ import annotations

import attrs

from nkreports.model import Channel, DateValue, Extent, Span

from ._sentences import Sentence

__all__ = ["COUNTED", "REACH", "Draft", "add_draft", "mention", "skip_lead_ins"]

#: How many earlier informants a new mention is compared with.
REACH = 50
_COUNTING = frozenset({"another", "second", "third", "additional", "separate", "different"})


@attrs.define
class Draft:
    """An informant being put together from its first mention and the mentions after it."""

    descriptor: Span
    head: str
    det: str
    location: str | None
    sentence: Sentence
    plural: bool
    counted: bool = False
    placed: bool = False
    role: str | None = None
    channel: Channel = Channel.UNSPECIFIED
    contacted: DateValue | None = None
    mentions: list[Span] = attrs.Factory(list)
    statements: dict[int, Extent] = attrs.Factory(dict)

    def state(self, sentence: Sentence) -> None:
        if sentence.start not in self.statements:
            self.statements[sentence.start] = Extent(start=sentence.start, end=sentence.end)


def _absorb(old: Draft, new: Draft) -> None:
    old.mentions.append(new.descriptor)
    old.state(new.sentence)
    if old.channel is Channel.UNSPECIFIED:
        old.channel = new.channel
    if old.contacted is None:
        old.contacted = new.contacted


# Words that make a group of informants a separate, counted source ("Two additional sources in ...").
COUNTED = frozenset({"two", "three", "four", "additional", "separate", "different", "other", "another"})

_GENERIC_HEADS = frozenset({"source", "sources", "partner", "reporting partner", "informant"})


def _same_kind(old: str, new: str) -> bool:
    """Whether a place-less mention with head *new* can be the informant *old* again."""
    return old.rstrip("s") == new.rstrip("s") or (new in _GENERIC_HEADS and old in _GENERIC_HEADS)


def _within(inner: str | None, outer: str | None) -> bool:
    """Whether region id *inner* is *outer* or lies inside it ("KP-10:hyesan" in "KP-10")."""
    if inner is None or outer is None:
        return False
    return inner == outer or inner.startswith(outer + ":") or (outer == "KP" and inner.startswith("KP-"))


def add_draft(drafts: list[Draft], draft: Draft, marked_new: bool) -> None:
    draft.state(draft.sentence)
    if drafts and not marked_new:
        same = next(
            (
                d
                for d in reversed(drafts[-REACH:])
                if d.location is not None and d.location == draft.location and not d.plural
            ),
            None,
        )
        counting = same is not None and bool(set(same.det.split()) & _COUNTING) and draft.det in {"a", "an"}
        if same is not None and not draft.plural and not counting:
            # (once the article counts informants, "another source in X" then "a source in X" are two)
            _absorb(same, draft)
            return
        last = drafts[-1]
        vague = last.location in {None, "KP"}
        if draft.location is None and not draft.plural and not last.plural and _same_kind(last.head, draft.head):
            _absorb(last, draft)
            return
        if vague and not last.plural and not draft.plural:
            _absorb(last, draft)
            last.location = draft.location
            return
    drafts.append(draft)


def skip_lead_ins(drafts: list[Draft]) -> list[Draft]:
    """Drop plural lead-ins ("sources in the country told RFA") when the article names single informants.

    A group stays when nobody single is named, or when it is counted ("two additional
    sources") or placed somewhere no single informant is ("sources in China" beside a
    resident of Hoeryong). A single informant
    right after a dropped lead-in takes its contact date if it has none.
    """
    singles = [d for d in drafts if not d.plural]
    if not singles:
        return drafts
    first = singles[0].descriptor.start
    kept: list[Draft] = []
    pending: Draft | None = None
    for d in drafts:
        if not d.plural:
            if pending is not None and d.contacted is None:
                d.contacted = pending.contacted
            pending = None
            kept.append(d)
            continue
        near = any(_within(s.location, d.location) or _within(d.location, s.location) for s in singles)
        if d.counted or (d.placed and not near):
            kept.append(d)
            continue
        if d.descriptor.start < first:
            pending = d
    return kept


def mention(drafts: list[Draft], span: Span, sentence: Sentence, head: str, det: str) -> Draft | None:
    if not drafts:
        return None
    target = drafts[-1]
    if "first" in det.lower():
        target = drafts[0]
    elif "second" in span.text.lower() and len(drafts) > 1:
        target = drafts[1]
    elif head not in {"source", "sources"}:
        stem = head.rstrip("s")
        same_head = next((d for d in reversed(drafts[-REACH:]) if d.head.rstrip("s") == stem), None)
        if same_head is not None:
            target = same_head
    target.mentions.append(span)
    target.state(sentence)
    return target
