"""One search over the whole text instead of one per sentence, where that provably finds the same matches.

Sources are searched for sentence by sentence (a pattern sees one sentence's
text, quotations blanked).  Searching the article text once and sharing the
matches out by offset is the same search when

* the sentences lie in order and everything outside them is whitespace (what
  :func:`~nkreports.extract.split_sentences` gives: :func:`tiled` checks it), so
  a word boundary at a sentence's edge reads the same in the sentence and in
  the text;
* the pattern looks at nothing but the characters it matches and word
  boundaries (no ``^``, ``$`` or other look-around), so a match attempt inside a
  sentence that does not run past its end reads the same characters either way;
* no match runs past a sentence's end (:func:`by_sentence` gives up when one does,
  and the caller searches sentence by sentence);
* the sentence holds no quotation (blanking changes its text: such sentences are
  searched on their own).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ._sentences import Sentence

__all__ = ["by_sentence", "quoted", "tiled", "touched"]


def tiled(text: str, sentences: Sequence[Sentence]) -> bool:
    """Whether *sentences* lie in order, apart, with nothing but whitespace outside them."""
    pos = 0
    for sentence in sentences:
        if sentence.start < pos or (sentence.start > pos and not text[pos : sentence.start].isspace()):
            return False
        pos = sentence.end
    return pos >= len(text) or text[pos:].isspace()


def quoted(sentence: Sentence) -> bool:
    """Whether a quotation may open in *sentence* (blanking quotations may change its text)."""
    return "“" in sentence.text or '"' in sentence.text


def by_sentence(
    regex: re.Pattern[str], text: str, sentences: Sequence[Sentence], starts: Sequence[int]
) -> dict[int, list[tuple[int, int]]] | None:
    """The matches of *regex* in *text* by sentence position, as ``(start, end)`` offsets into the sentence.

    *starts* are the sentences' start offsets.  ``None`` when a match does not lie inside one sentence:
    a sentence-by-sentence search may then find other matches.
    """
    found: dict[int, list[tuple[int, int]]] = {}
    for m in regex.finditer(text):
        start, end = m.span()
        i = bisect_right(starts, start) - 1
        if i < 0 or end > sentences[i].end:
            return None
        offset = starts[i]
        found.setdefault(i, []).append((start - offset, end - offset))
    return found


def touched(regexes: Sequence[re.Pattern[str]], text: str, starts: Sequence[int]) -> set[int]:
    """Positions of the sentences a match of one of *regexes* in *text* begins in or reaches into.

    When every match of a pattern in a sentence holds a match of one of *regexes* in the article text, the
    sentences left out hold no match of that pattern (a match the search steps over overlaps one it finds,
    which marks the sentence).
    """
    out: set[int] = set()
    for regex in regexes:
        for m in regex.finditer(text):
            first = max(0, bisect_right(starts, m.start()) - 1)
            last = max(0, bisect_right(starts, max(m.start(), m.end() - 1)) - 1)
            out.update(range(first, last + 1))
    return out
