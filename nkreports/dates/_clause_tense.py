"""Tense the cue-word index misses: a date that opens its clause, a future that is certain, a plain past verb.

- "The ministry said that from Jan. 1, the ban will take effect": the date opens
  its clause, so the clause's main verb after it ("will take effect") gives the tense.
- "The rule will start on March 1": a modal future ("will", "shall", "is to") is
  certain, so the date is never before the anchor (a present-tense "goes into
  effect on April 1" printed on April 3 may still mean that April 1).
- "Officials seized phones in March": a simple past verb that is no cue word
  ("seized", "caught") still puts the clause in the past.
- "Pyongyang, November 24 (KCNA) --": a dateline's date is the dispatch day,
  the latest on or before the anchor (a day of grace for time zones), whatever
  the tense of the sentence after it.
"""

from __future__ import annotations

import re
from functools import cache

from nkreports._starts import guarded

from ._context import Tense, clause_start, sentence_bounds
from ._scan import _alternation
from ._vocab import DateVocabulary

__all__ = ["DATELINE_LEAD_DAYS", "certain_future", "clause_opening_tense", "in_dateline", "simple_past_before"]

_MODAL_FUTURE = guarded(
    re.compile(
        r"(?i)(?<![\w-])(?:will|shall|won['’]t|(?<!was\s)(?<!were\s)going\sto|is\sto|are\sto|(?:is|are)\sset\sto)(?![\w-])"
    )
)
# Only a preposition may stand between the clause start and the date for the date to open its clause.
_CLAUSE_OPENER = re.compile(
    r"\s*(?:(?i:from|starting(?:\sfrom|\son)?|beginning(?:\son)?|effective|as\sof|on|in|by|after)\s)?$"
)
#: Days a dateline may run ahead of the anchor (a dispatch dated in Pyongyang's time zone).
DATELINE_LEAD_DAYS = 1
_CLAUSE_REACH = 160  # characters after the date searched for its clause's main verb
_CLAUSE_END = re.compile(r"[.!?;](?:[”\"’)]?\s|$)|\n|\s(?:--|—|–)\s")
_DATELINE_TAIL = re.compile(r",?\s?(?:\d{4}\s)?\([A-Z][\w .&-]{1,30}\)\s*(?:--|—|–)")
# A simple past verb ("seized", "caught") not governed by a present or future auxiliary ("are banned").
_PAST_VERB = guarded(
    re.compile(
        r"(?<![\w-])(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!\bam\s)(?<!\bget\s)(?<!\bgets\s)"
        r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\ball\s)(?<!\bits\s)(?<!\btheir\s)(?<!,\s)"
        r"(?:(?!hundred\b)[a-z]{2,}[^e\W]ed|caught|held|sent|took|went|gave|fled|sold|bought|paid|brought|built|met|saw"
        r"|got|kept|lost|spent|froze|broke|stole|shot|hid|struck|threw|wrote|spoke)(?![\w-])"
    )
)


@cache
def _main_cue(vocab: DateVocabulary) -> re.Pattern[str]:
    past = _alternation(c for c in vocab.past_cues if c not in vocab.speech_verbs)
    future = _alternation((*vocab.future_cues, "must", "should", "have to", "has to"))
    return guarded(re.compile(rf"(?<![\w-])(?:(?P<past>(?i:{past}))|(?P<future>(?i:{future})))(?![\w-])"))


def in_dateline(text: str, end: int) -> bool:
    """Whether the date ending at *end* is a dateline's ("Pyongyang, November 24 (KCNA) --")."""
    return _DATELINE_TAIL.match(text, end) is not None


def _opens_clause(text: str, start: int) -> bool:
    return _CLAUSE_OPENER.fullmatch(text, clause_start(text, start), start) is not None


def _first_cue_after(text: str, end: int, vocab: DateVocabulary) -> tuple[Tense, str] | None:
    """The tense and words of the first tense cue (or simple past verb) after *end* in its clause."""
    hi = min(len(text), end + _CLAUSE_REACH)
    stop = _CLAUSE_END.search(text, end, hi)
    hi = hi if stop is None else stop.start()
    cue = _main_cue(vocab).search(text, end, hi)
    verb = _PAST_VERB.search(text, end, hi if cue is None else cue.start())
    if verb is not None:
        return Tense.PAST, verb.group()
    if cue is None:
        return None
    return (Tense.PAST if cue.group("past") is not None else Tense.FUTURE), cue.group()


def clause_opening_tense(text: str, start: int, end: int, vocab: DateVocabulary) -> Tense:
    """For a date that opens its clause ("that from Jan. 1, the ban will ..."), the tense of the verb after it."""
    if not _opens_clause(text, start):
        return Tense.NEUTRAL
    cue = _first_cue_after(text, end, vocab)
    return Tense.NEUTRAL if cue is None else cue[0]


def certain_future(text: str, start: int, end: int, vocab: DateVocabulary) -> bool:
    """Whether a modal future governs the date: before it in its sentence with no past verb between ("The ban
    will take effect, officials said, from Jan. 1"), or right after it when it opens its clause."""
    lo = sentence_bounds(text, start)[0]
    modal = next(reversed(list(_MODAL_FUTURE.finditer(text, lo, start))), None)
    if modal is not None:
        between = text[modal.end() : start]
        past = _main_cue(vocab).search(between)
        if not _PAST_VERB.search(between) and (past is None or past.group("past") is None):
            return True
    if not _opens_clause(text, start):
        return False
    cue = _first_cue_after(text, end, vocab)
    return cue is not None and cue[0] is Tense.FUTURE and _MODAL_FUTURE.fullmatch(cue[1]) is not None


def simple_past_before(text: str, start: int) -> bool:
    """Whether the clause before the date at *start* holds a simple past verb ("Officials seized phones in")."""
    return _PAST_VERB.search(text, clause_start(text, start), start) is not None
