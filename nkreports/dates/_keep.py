"""Which scanned candidates are dates: not page chrome, habits, units, names or recurring days.

Split from :mod:`._find`, which resolves the candidates kept here.
"""

from __future__ import annotations

import re
from functools import cache

from nkreports._starts import guarded
from nkreports.model import PartOfMonth

from ._context import sentence_bounds
from ._event import refers_back
from ._scan import Candidate, Kind, _alternation
from ._vocab import DateVocabulary

__all__ = ["filters", "keep", "modifier", "speech_before"]

_CHROME_WINDOW = 40
_SPEECH_GAP = 60  # most characters between a speech verb and its date ("told Daily NK on")
_NEXT_WORD = re.compile(r"\s{1,3}([A-Za-z][\w-]{0,30})")
_PUNCT_AFTER = re.compile(r"\s?[,.;:)!?…”\"’]|\s?$")
#: The characters the speech pattern's gap (between the verb and the date) may not hold: ``[^.,;:!?“”"\n]``.
SPEECH_STOPS = '.,;:!?“”"\n'


@cache
def filters(vocab: DateVocabulary) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The page-chrome, habit, speech-verb and unit-word patterns of a vocabulary."""
    chrome = re.compile(rf"(?i)(?:{_alternation(vocab.chrome_cues)})\W{{0,3}}(?:[A-Za-z]{{3,9}},?\s{{1,2}})?$")
    habitual = re.compile(rf"(?i)\b(?:{_alternation(vocab.habitual_cues)})\b")
    passive = r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    speech = re.compile(rf"(?i){passive}\b(?:{_alternation(vocab.speech_verbs)})\b[^.,;:!?“”\"\n]{{0,{_SPEECH_GAP}}}$")
    units = re.compile(rf"(?i)\s(?:{_alternation(vocab.unit_words)})\b")
    # Guarded (nkreports._starts): the same matches, most places of a searched stretch rejected at once.
    return guarded(chrome), guarded(habitual), guarded(speech), units


@cache
def _verbs_without_stops(vocab: DateVocabulary) -> bool:
    return not any(stop in verb for verb in vocab.speech_verbs for stop in SPEECH_STOPS)


def speech_before(text: str, lo: int, position: int, vocab: DateVocabulary) -> bool:
    """Whether a speech verb ends the stretch text[lo:position] ("told Daily NK on"): the speech pattern's search.

    A match holds none of :data:`SPEECH_STOPS` (its verbs hold none, its gap may not), so it begins after the
    last of them in the stretch: the search starts there, the same search on fewer characters.  (``$`` also
    matches before a line break that ends the stretch, so that one does not count.)
    """
    speech = filters(vocab)[2]
    if _verbs_without_stops(vocab):
        end = position - 1 if position > lo and text[position - 1] == "\n" else position
        lo = max(lo, *(text.rfind(stop, lo, end) + 1 for stop in SPEECH_STOPS))
    return speech.search(text, lo, position) is not None


def modifier(vocab: DateVocabulary, word: str | None) -> PartOfMonth | None:
    """The part of the month a modifier names ("early", "mid-"), if any."""
    if not word:
        return None
    key = " ".join(word.lower().split())
    return dict(vocab.modifiers).get(key)


def keep(text: str, cand: Candidate, vocab: DateVocabulary) -> bool:
    """Whether a scanned candidate is a date of the text, not page chrome, a habit, a unit or a name."""
    chrome, habitual, _speech, units = filters(vocab)
    line_start = max(text.rfind("\n", 0, cand.start) + 1, cand.start - _CHROME_WINDOW)
    if chrome.search(text, line_start, cand.start):
        return False
    if refers_back(cand) and text.startswith(("-", "‐"), cand.end):
        return False  # "that month-long campaign"
    if cand.kind is Kind.MONTH and cand.get("rel") is None:
        start, end = sentence_bounds(text, cand.start)
        if habitual.search(text, start, end):
            return False
    if cand.kind is Kind.REL_PERIOD and cand.get("rel_the") is not None and cand.get("mod") is None:
        return False
    if cand.kind is Kind.YEAR and units.match(text, cand.end):
        return False
    if cand.kind in {Kind.MONTH_DAY, Kind.MONTH_DAY_YEAR}:
        nxt = _NEXT_WORD.match(text, cand.end)
        if nxt is not None and nxt.group(1) in vocab.name_heads:
            return False
    if cand.kind is Kind.WEEKDAY and cand.get("rel") is None:
        before = text[max(0, cand.start - 8) : cand.start].lower().split()
        if before and before[-1] in vocab.recurrence_words:
            return False
    if cand.kind is Kind.ORDINAL and cand.get("rel") is None and cand.get("month") is None:
        return _ordinal_is_day(text, cand, vocab)
    return True


def _ordinal_is_day(text: str, cand: Candidate, vocab: DateVocabulary) -> bool:
    if cand.get("first") is not None:
        return text[max(0, cand.start - 3) : cand.start].lower() == "on " and bool(_PUNCT_AFTER.match(text, cand.end))
    nxt = _NEXT_WORD.match(text, cand.end)
    if nxt is None:
        return True
    word = nxt.group(1)
    if word.lower() == "of":
        after = _NEXT_WORD.match(text, nxt.end())
        return after is None or after.group(1).lower() not in vocab.recurrence_words
    return not word[0].isupper() and word.lower() not in vocab.ordinal_blockers
