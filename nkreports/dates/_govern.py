"""The word that governs a date directly ("from May", "by Friday", "began on May 3").

A clause's tense cue can sit far from its date: in "the committee ordered every
farm to send workers from early May" the past "ordered" is about the order, not
about May.  A preposition that opens a period or sets a deadline ("from",
"starting", "by", "until") governs the date itself and makes it lean forward,
unless a past verb governs the preposition in turn ("ran from", "began on").
"""

from __future__ import annotations

import enum
import re
from functools import cache

from nkreports._starts import guarded

from ._context import Tense
from ._scan import _alternation
from ._vocab import DateVocabulary

__all__ = ["Lean", "governed_by_order", "governing_lean", "opening_tense", "spoken_on"]

_WINDOW = 48  # characters before a date searched for its governing words


class Lean(enum.Enum):
    """What the words right before a date say about its direction."""

    NONE = "none"  # nothing governs the date directly: the clause's tense decides
    FORWARD = "forward"  # "from", "by", "until" with no past verb: the nearest occurrence, ties forward
    PAST = "past"  # a past verb governs the date or its preposition ("began on", "ran from")


@cache
def _patterns(vocab: DateVocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    preps = _alternation(vocab.forward_prepositions)
    # "was from May", but not "was extended to": a phrase with a verb of its own governs the date itself
    plain = _alternation(p for p in vocab.forward_prepositions if " " not in p)
    verbs = _alternation(vocab.past_governors)
    forward = re.compile(rf"(?i)(?<![\w-])(?:{preps})\s(?:on\s|the\s)?$")
    past = re.compile(rf"(?i)(?<![\w-])(?:{verbs})\s(?:(?:{plain})\s)?(?:on\s|in\s|the\s)?$")
    # Guarded (nkreports._starts): the same matches, most places of a stretch rejected on their first character.
    return guarded(forward), guarded(past)


@cache
def _main_clause(vocab: DateVocabulary) -> re.Pattern[str]:
    """The first tense cue of a main clause: a past one (a speech verb is only attribution) or a future one."""
    past = _alternation(c for c in vocab.past_cues if c not in vocab.speech_verbs)
    future = _alternation((*vocab.future_cues, "must", "should", "have to", "has to"))
    # a lower-case "-ed" word is a past verb there as well ("On the 2nd, the committee conducted ...")
    return guarded(re.compile(rf"(?<![\w-])(?:(?P<past>(?i:{past})|[a-z]{{3,}}ed)|(?P<future>(?i:{future})))(?![\w-])"))


def governing_lean(text: str, start: int, vocab: DateVocabulary) -> Lean:
    """The :class:`Lean` the words right before the date at *start* give it.

    A sentence that opens with the phrase ("By August, prices had doubled")
    takes its direction from the first tense cue of the main clause instead.
    """
    lo = max(0, start - _WINDOW)
    forward, past = _patterns(vocab)
    if past.search(text, lo, start):
        return Lean.PAST
    opened = forward.search(text, lo, start)
    if opened is None:
        return Lean.NONE
    if _OPENING.search(text, max(0, opened.start() - 4), opened.start()):
        cue = _main_clause(vocab).search(text, start, _sentence_end(text, start))
        if cue is not None and cue.group("past") is not None:
            return Lean.PAST
    return Lean.FORWARD


def opening_tense(text: str, start: int, end: int, vocab: DateVocabulary) -> Tense:
    """For a date that opens its sentence ("In August, prices rose"), the tense of the main clause after it."""
    lead = _LEAD_PREP.search(text, max(0, start - 12), start)
    at = start if lead is None else lead.start()
    if not _OPENING.search(text, max(0, at - 4), at):
        return Tense.NEUTRAL
    cue = _main_clause(vocab).search(text, end, _sentence_end(text, end))
    if cue is None:
        return Tense.NEUTRAL
    return Tense.PAST if cue.group("past") is not None else Tense.FUTURE


_LEAD_PREP = guarded(re.compile(r"(?i)(?<![\w-])(?:in|on|during|around|at|since|after|before|as\sof|back\sin)\s$"))
_OPENING = re.compile(r"(?:^|[.!?][”\"’)]?\s{1,3}|\n)[“\"‘]?$")
# ``[.!?](?:[”"’)]?\s|$)|\n``, opening with one character class: the engine skips other characters at once.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])(?:[”\"’)]?\s|$)|(?<=\n))")
_MAIN_REACH = 200  # characters after an opening date searched for the main clause's tense


def _sentence_end(text: str, start: int) -> int:
    hi = min(len(text), start + _MAIN_REACH)
    end = _SENTENCE_END.search(text, start, hi)
    return hi if end is None else end.start()


_ORDER_REACH = 160  # most characters from "ordered" to the date its infinitive governs
_NOT_A_VERB = "the|a|an|his|her|their|its|our|this|that|these|those|which|whom|be"


@cache
def _order_patterns(vocab: DateVocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = _alternation(vocab.order_verbs)
    order = re.compile(
        rf"(?i)(?<![\w-])(?:{verbs})\b[^.;:!?“”\"\n]{{0,{_ORDER_REACH}}}?\bto\s(?!(?:{_NOT_A_VERB}|\d)\b)[a-z]"
    )
    past = _alternation(c for c in vocab.past_cues if c not in vocab.order_verbs)
    return guarded(order), guarded(re.compile(rf"(?i)(?<![\w-])(?:{past})(?![\w-])"))


def governed_by_order(text: str, lo: int, start: int, vocab: DateVocabulary) -> bool:
    """Whether the date at *start* belongs to what an order demands ("ordered farms to send workers in May").

    *lo* is where its sentence starts.  A past cue after the infinitive takes the date back.
    """
    order, past = _order_patterns(vocab)
    lo = max(lo, start - _ORDER_REACH - 40)
    last = None
    for m in order.finditer(text, lo, start):
        last = m
    return last is not None and past.search(text, last.end(), start) is None


# The recipient of a speech verb: "Daily NK", "RFA’s Korean Service", "the Daily NK", "us".
_RECIPIENT = r"(?:(?:to|with)\s)?(?:the\s|The\s)?(?:[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3}|us|him|her|reporters)"


@cache
def _spoken(vocab: DateVocabulary) -> re.Pattern[str]:
    past = _alternation(v for v in vocab.speech_verbs if v not in {"says", "speaking"})
    return guarded(
        re.compile(
            rf"(?:(?<![\w-])(?<!\bbe\s)(?<!\bbeing\s)(?:{past})|\b(?:conversation|call|interview|chat|message|messages)\s(?:with|to))"
            rf"(?:\s{_RECIPIENT})?(?:\s(?:in\s(?:a|an)\s[\w\s-]{{0,30}}?)?(?:on|late\son|early\son))?\s$"
        )
    )


def spoken_on(text: str, start: int, vocab: DateVocabulary) -> bool:
    """Whether the date at *start* is when someone spoke ("told Daily NK on Monday", "told RFA Thursday").

    The outlet heard it before it published, so such a date is never after the anchor.
    """
    return _spoken(vocab).search(text, max(0, start - _WINDOW - 12), start) is not None
