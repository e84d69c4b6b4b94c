"""Demands with no directive word: quoted imperatives and listed provisions.

A lecture's slogan ("The main point was 'Keep your mouths shut!'") or a rule read out in a
quotation ("Don't relay rumors to others") states its demand in the imperative. A crackdown's
list of targets ("inspections for: ▲ use of Chinese phones; ▲ sale of drugs") names each banned
activity as its own provision.
"""

from __future__ import annotations

import re

from nkreports.model import Modality

from .._word_tables import IMPERATIVES

__all__ = ["imperative", "listed_provisions", "may_command"]

_QUOTE_OPEN = re.compile(r"(?:^|(?<=[\s(:]))[“\"‘'](?=[A-Z])")
_PROHIBITIVE_WORDS = r"Don[’']t|Do not|Never|Stop|Avoid|Refrain from|Quit"
_HORTATIVE_WORDS = r"Let[’']s|Let us"
_PROHIBITIVE = re.compile(r"(?:" + _PROHIBITIVE_WORDS + r") [a-z]")
_HORTATIVE = re.compile(r"(?:" + _HORTATIVE_WORDS + r") [a-z]")
# The end of the quoted command: a closing quotation mark, or a full stop before the next sentence.
_QUOTE_CLOSE = re.compile(r"[!?.,]?[”\"]|[!?.,]?[’'](?=[\s”\",.]|$)|[!?.](?=\s|$)|, if\b|, (?:or|otherwise)\b")
_SILENCE = re.compile(r"\b(?:shut|quiet|silent)\b")
# What introduces a list of banned targets: a crackdown, inspection or ban, then a colon or bullets.
_LIST_CUE = re.compile(
    r"\b(?:crackdowns?|inspections?|searches|bann?(?:ed|s)?|prohibit\w*|forbid\w*|illegal|punish\w*|targeted|violations?)"
    r"\b[^▲:]{0,80}?(?::|(?=▲))"
)
_ITEM = re.compile(r"[^▲;,]+")
_ITEM_WORDS = 8


def _imperative_regex() -> re.Pattern[str]:
    words = "|".join(sorted(IMPERATIVES, key=len, reverse=True))
    return re.compile(r"(?:" + words + r")\b(?![:’'])(?= \w)")


_VERB = _imperative_regex()
# The words a command opens with, any of them: a flat list of capitalized words, found fast.
_OPENING = re.compile("|".join((_PROHIBITIVE_WORDS, _HORTATIVE_WORDS, *IMPERATIVES)))


def may_command(text: str, start: int, end: int) -> bool:
    """Whether :func:`imperative` may find a command in any stretch of ``text[start:end]``.

    A command opens with a match of one of three patterns, each of which opens with one of these words
    inside the stretch: a sentence with none of them holds no command in any of its clauses.
    """
    return _OPENING.search(text, start, end) is not None


def imperative(text: str, start: int, end: int) -> list[tuple[int, int, Modality]]:
    """Commands in the imperative at the start of ``text[start:end]`` or of a quotation inside it."""
    starts = [start] + [m.end() for m in _QUOTE_OPEN.finditer(text, start, end)]
    out: list[tuple[int, int, Modality]] = []
    for opening in starts:
        at = opening
        while at < end and text[at] in " “\"‘'":
            at += 1
        if _PROHIBITIVE.match(text, at, end):
            modality = Modality.PROHIBITION
        elif _HORTATIVE.match(text, at, end):
            modality = Modality.EXHORTATION
        elif _VERB.match(text, at, end):
            modality = Modality.OBLIGATION
        else:
            continue
        close = _QUOTE_CLOSE.search(text, at, end)
        stop = close.start() if close else end
        if modality is Modality.OBLIGATION and _SILENCE.search(text, at, stop):
            modality = Modality.PROHIBITION  # "Keep your mouths shut!"
        command = text[at:stop].rstrip(" ,;")
        if len(command.split()) >= 2:
            out.append((at, at + len(command), modality))
    return out


def listed_provisions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Each target of a crackdown or ban listed after a colon or bullets ("for: ▲ use of phones; ▲ ...")."""
    if text.find(":", start, end) < 0 and text.find("▲", start, end) < 0:
        return []  # a cue ends at a colon or before a bullet, both inside the sentence
    cue = _LIST_CUE.search(text, start, end)
    if cue is None:
        return []
    body = text[cue.end() : end]
    if "▲" not in body and body.count(",") + body.count(";") < 2:
        return []  # a list holds at least three items
    out = []
    for m in _ITEM.finditer(text, cue.end(), end):
        s, e = m.start(), m.end()
        item = text[s:e]
        lead = re.match(r"\s*(?:and |or |etc\.?\s*)?", item)
        s += lead.end() if lead else 0
        e = s + len(text[s:e].rstrip(" .;:"))
        if e > s and len(text[s:e].split()) <= _ITEM_WORDS and not re.match(r"[A-Z][a-z]+ [A-Z]", text[s:e]):
            out.append((s, e))
    return out if len(out) >= 2 else []
