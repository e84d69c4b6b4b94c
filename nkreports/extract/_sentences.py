"""Sentence segmentation with offsets into the article text."""

from __future__ import annotations

import re
from functools import cache

import attrs

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

_END = re.compile(r"[.!?…]+[”\"’']?(?=\s+[“\"‘'(A-Z0-9▲◆※<])|\n\s*\n|\n(?=\S)")


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


def _hard_wrapped(chunk: str) -> bool:
    lines = chunk.split("\n")
    if len(lines) < 3:
        return False
    return all(len(line) <= 90 for line in lines) and sum(1 for ln in lines if ln[-1:] not in '.!?”"') > len(lines) // 2


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split *text* into sentences; every sentence slices back to ``text[start:end]``."""
    tail = _abbreviation_tail()
    out: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(_paragraphs(text)):
        chunk = text[p_start:p_end]
        wrapped = _hard_wrapped(chunk)
        pos = 0
        for m in _END.finditer(chunk):
            if m.group().startswith("\n") and wrapped:
                continue
            if m.group().startswith(".") and tail.search(chunk, max(pos, m.start() - 8), m.start() + 1):
                continue
            _add(out, text, p_start + pos, p_start + m.end(), number)
            pos = m.end()
        _add(out, text, p_start + pos, p_end, number)
    return tuple(out)


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start=start, end=end, text=text[start:end], paragraph=paragraph, index=len(out)))
