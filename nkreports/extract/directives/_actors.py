"""Who performs each sentence's act: a named issuer before a directive verb, else its first trigger's parse."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import attrs

from nkreports._memo import by_identity
from nkreports.model import IssuerLevel

from .._sentences import Sentence
from .._vocabulary import Vocabulary
from ._clauses import issuer_slot
from ._issuers import IssuerMention, slot_issuer, verb_follows
from ._parse import parse
from ._triggers import Trigger

__all__ = ["acting", "clause_actors", "reference_regex", "word_regex"]


@cache
def word_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")


@cache
def reference_regex(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_BY_OR_FROM = re.compile(r"\b(?:by|from)\s+$")


def _acting_patterns(nouns: tuple[str, ...]) -> tuple[re.Pattern[str], str]:
    """The directive nouns as words, and the pattern of what an issuer's possessive names ("'s order",
    "'s Nov. 2 decree"; compiled where it is first needed, as the nouns are not escaped)."""
    named = "|".join(nouns)
    return word_regex(nouns), r"^['’]s (?:\w+ |[A-Z][a-z]{2,4}\.? \d{1,2} )?(?:" + named + r")\b"


_acting_patterns_of = by_identity(_acting_patterns)


def acting(text: str, sentence: Sentence, mentions: list[IssuerMention], vocab: Vocabulary) -> IssuerMention | None:
    """The first subject issuer of the sentence that performs its act: before a directive verb, named as the
    agent of a directive noun ("an order from X"), or as the owner of one ("X's order")."""
    nouns, owned = _acting_patterns_of(vocab.directive_nouns)
    for mention in mentions:
        if not mention.subject:
            continue
        if verb_follows(text, mention.end, vocab.directive_verbs):
            return mention
        after = text[mention.end : min(sentence.end, mention.end + 40)]
        before = text[max(sentence.start, mention.start - 60) : mention.start]
        if nouns.search(before) and _BY_OR_FROM.search(before):
            return mention
        # "the committee's order", "the committee's Nov. 2 directive"
        if re.match(owned, after):
            return mention
    return None


_PRONOUNS = frozenset({"they", "it", "he", "she"})


_PROVINCE_SCOPE = re.compile(r"\b(?:in|within|across|throughout|around) the province\b|\bprovince-wide\b", re.I)


_TRIGGERS_READ = 6  # a sentence states few acts; the first triggers with an issuer are read


_SLOT_CHARS = 200


_ANAPHORIC = re.compile(r"(?:[Ss]uch|[Tt]hese|[Tt]hose|[Tt]he same|[Tt]his|[Tt]hat)\b")


def clause_actors(
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
    references = reference_regex(vocab.issuer_references)
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
