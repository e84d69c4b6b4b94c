"""Step 1: triggers, the words that make a sentence a candidate act.

A trigger is a directive verb ("ordered", "handed down", "cracked down"), a directive noun
("a decree", "the crackdown", "a lecture"), or a modal construction ("must", "were told to",
"are not allowed to") from the vocabulary.  Every sentence with a trigger is a candidate
act; only those are parsed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache
from operator import attrgetter

import attrs

from nkreports._memo import by_identity
from nkreports._starts import find_each

from .._vocabulary import Vocabulary

__all__ = ["Trigger", "find_triggers", "states_act"]


@attrs.frozen
class Trigger:
    """A word or construction that states an act (article offsets); ``nominal`` for nouns, ``modal`` for modals."""

    start: int
    end: int
    word: str
    nominal: bool = False
    modal: bool = False


_SPEECH = frozenset({"told", "tells", "directed"})
# Directive verbs that tie a named issuer to its demands but state no act of their own ("officials discussed ...").
_WEAK = frozenset({"discussed", "gathered"})
_TOLD_TO = re.compile(r"(?: [\w’'-]+){0,5}? (?:not )?to [a-z]")
# "assigned" states an act only with the work it hands out ("assigned specific areas to marketplaces").
_ASSIGNED = re.compile(r"(?: [\w’'-]+){0,3}? (?:areas|tasks|quotas?|duties|sections|zones|targets|plots)\b")


@cache
def _words(verbs: tuple[str, ...], nouns: tuple[str, ...]) -> re.Pattern[str]:
    def alternatives(words: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    return re.compile(rf"\b(?:(?P<verb>{alternatives(verbs)})|(?P<noun>{alternatives(nouns)}))\b", re.IGNORECASE)


@cache
def _modals(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _tables_of(vocab: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = _words((*vocab.act_verbs, *vocab.directive_verbs), (*vocab.act_nouns, *vocab.directive_nouns))
    return words, _modals(tuple(p.pattern for p in vocab.modals))


_tables = by_identity(_tables_of)
"""The trigger words' and the modals' patterns of a vocabulary (building and hashing its word lists per sentence
cost more than the search)."""


_START = attrgetter("start")


def find_triggers(text: str, start: int, end: int, vocab: Vocabulary) -> list[Trigger]:
    """Every trigger in ``text[start:end]`` (one sentence), in text order."""
    out: list[Trigger] = []
    words, modals = find_each(_tables(vocab), text, start, end)
    for m in words:
        word = m.group().lower()
        if word in _WEAK:
            continue
        if word in _SPEECH and not _TOLD_TO.match(text, m.end(), min(end, m.end() + 60)):
            continue  # "told Daily NK", "directed relief efforts": no order ("told residents to ..." is one)
        if word == "assigned" and not _ASSIGNED.match(text, m.end(), min(end, m.end() + 60)):
            continue  # "assigned him to a unit": a posting, not work handed out
        out.append(Trigger(start=m.start(), end=m.end(), word=word, nominal=m.group("noun") is not None))
    if not modals:
        return out  # already in text order
    # The words found do not overlap and are in text order: the last one starting at or before a modal covers it.
    starts = [t.start for t in out]
    ends = [t.end for t in out]
    for m in modals:
        at = m.start()
        i = bisect_right(starts, at) - 1
        if i < 0 or at >= ends[i]:
            out.append(Trigger(start=at, end=m.end(), word=m.group().lower(), modal=True))
    return sorted(out, key=_START)


# Verbs that state an act by themselves after an issuer's name ("the MSS ordered ...", "the party announced plans
# to ..."), unlike verbs that only tie the issuer to what follows ("convened", "held", "said").
_STRONG_ACT = re.compile(
    r"(?:,[^,.;“”\"]{1,80},)?\s*(?:(?:has|have|had|also|recently|now|then|already|reportedly|further|jointly)\s+){0,3}"
    r"(?:ordered|orders|instructed|instructs|banned|bans|prohibited|prohibits|barred|forbade|forbids|decreed"
    r"|required|requires|demanded|demands|mobilized|mobilizes|imposed|imposes|lifted|enforced|cracked down|sent out"
    r"|announced (?:plans|a ban|an order|new rules|measures)"
    r"|(?:been|begun|began|started) (?:inspecting|searching|monitoring|patrolling|raiding|cracking down))\b"
)


def states_act(text: str, end: int) -> bool:
    """Whether the words after an issuer's name (ending at *end*) state an act of its own ("... ordered ...")."""
    return _STRONG_ACT.match(text, end, min(len(text), end + 140)) is not None
