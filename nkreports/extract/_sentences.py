"""Sentence segmentation with offsets into the article text."""

from __future__ import annotations

import re
from functools import cache

import attrs

from nkreports._starts import guarded

__all__ = ["Sentence", "split_sentences"]

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "No",
    "Gen",
    "Col",
    "Lt",
    "Sgt",
    "Prof",
    "Rep",
    "Sen",
    "Jr",
    "Sr",
    "vs",
    "etc",
    "N",
    "S",
    "U",
)

_END = guarded(re.compile(r"[.!?…]+[”\"’']?(?=\s+[“\"‘'(A-Z0-9▲◆※<])|\n\s*\n|\n(?=\S)"))  # the same matches, faster


@attrs.frozen(kw_only=True)
class Sentence:
    """One sentence: its offsets in the article text, its paragraph number and its text."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int

    def local(self, offset: int) -> int:
        """An article offset turned into an offset within this sentence."""
        return offset - self.start


@cache
def _abbreviation_tail() -> re.Pattern[str]:
    names = "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True))
    return re.compile(r"(?:\b(?:" + names + r")|\b[A-Z])\.$")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in re.finditer(r"\n[ \t\u00a0]*\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _hard_wrapped(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a paragraph with a hard line break every 90 characters at most."""
    if text.count("\n", start, end) < 2:  # fewer than three lines: most paragraphs
        return False
    lines = text[start:end].split("\n")
    return all(len(line) <= 90 for line in lines) and sum(1 for ln in lines if ln[-1:] not in '.!?”"') > len(lines) // 2


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split *text* into sentences; every sentence slices back to ``text[start:end]``."""
    tail = _abbreviation_tail()
    out: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(_paragraphs(text)):
        # Searched in place (``pos`` and ``endpos``), as in the paragraph cut out: neither pattern looks
        # behind its start, and the text ends at the paragraph's end for both.
        wrapped = _hard_wrapped(text, p_start, p_end)
        pos = p_start
        for m in _END.finditer(text, p_start, p_end):
            at = m.start()
            if text[at] == "\n" and wrapped:
                continue
            if text[at] == "." and tail.search(text, max(pos, at - 8), at + 1):
                continue
            _add(out, text, pos, m.end(), number)
            pos = m.end()
        _add(out, text, pos, p_end, number)
    return tuple(out)


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    """A sentence for ``text[start:end]`` without the whitespace around it, if anything is left."""
    piece = text[start:end]
    body = piece.strip()  # the same whitespace as str.isspace
    if body:
        start += len(piece) - len(piece.lstrip())
        out.append(Sentence(start=start, end=start + len(body), text=body, paragraph=paragraph, index=len(out)))
