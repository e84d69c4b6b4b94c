"""Shortcuts taken for speed give exactly what the plain way gives (issue 14, speed).

Each test keeps the slower, obviously correct way as a reference and checks the
library's faster way against it on any input hypothesis finds.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

import nkreports.extract._source_channels as channels
import nkreports.extract._sources as sources
from nkreports.extract import default_vocabulary, split_sentences
from nkreports.extract._index import Positioned
from nkreports.extract._sentences import _abbreviation_tail
from nkreports.extract._source_channels import mask_quotes
from nkreports.extract._source_scan import by_sentence, quoted, tiled, touched
from nkreports.extract._sources import _PRONOUN, _PRONOUN_HINTS, _the_head, find_sources
from nkreports.gazetteer import default_gazetteer, find_regions
from nkreports.io import normalize_block

# Whitespace of every kind, line breaks, invisible and control characters, and ordinary text.
_AWKWARD = st.text(
    alphabet=st.one_of(
        st.sampled_from(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u3000"),
        st.sampled_from("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u202a\u2066\x00\x07\x7f\ue000\u0378"),
        st.characters(),
        st.sampled_from("ab. “”"),
    ),
    max_size=40,
)
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
    None,
)


def _normalize_reference(text: str) -> str:
    """normalize_block as first written: a pattern folds the whitespace."""
    text = text.translate(_INVISIBLE)
    if text.isascii():
        text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", text)
    elif not text.isprintable():
        text = "".join(
            ch if ch in "\n\t" or unicodedata.category(ch) not in {"Cc", "Cs", "Co", "Cn"} else " " for ch in text
        )
    return re.sub(r"[^\S\n]+", " ", text.replace("\n", " ")).strip()


@given(_AWKWARD)
def test_normalize_block_folds_whitespace_as_the_pattern_did(text: str) -> None:
    assert normalize_block(text) == _normalize_reference(text)


@given(_AWKWARD)
def test_a_block_normalizes_as_its_lines_joined(text: str) -> None:
    """What the outlets rely on to normalize a block's lines once: the block is its non-empty lines joined."""
    lines = [normalize_block(line) for line in text.split("\n")]
    assert normalize_block(text) == " ".join(line for line in lines if line)


# --------------------------------------------------------------------------- sources: one search of the whole text

_SOURCE_PIECES = st.sampled_from(
    [
        "A source in Hyesan told Daily NK",
        "the source",
        "The source",
        "The second source",
        "the other partner",
        "The Hyesan trader",
        "a resident",
        "He said",
        "he said",
        "She also told",
        "she added",
        "said he",
        "noted she",
        "He",
        "he",
        "said",
        "the",
        "reporting partner",
        "sources",
        "“",
        "”",
        '"',
        ",",
        ".",
        ". ",
        "\n",
        "\n\n",
        "  ",
        "Mr.",
        "the the",
        "The The source",
        "According to",
    ]
)
_ARTICLES = st.lists(_SOURCE_PIECES | st.text(alphabet="aHhe .\n“”", max_size=5), max_size=40).map(" ".join)


def _sources(text: str) -> object:
    gazetteer = default_gazetteer()
    regions = Positioned(find_regions(text, gazetteer), lambda m: (m.span.start, m.span.end))
    return find_sources(
        text=text,
        sentences=split_sentences(text),
        regions=regions,
        dates=Positioned((), lambda d: (0, 0)),
        vocab=default_vocabulary(),
        self_names=("Daily NK",),
        gazetteer=gazetteer,
    )


@given(_ARTICLES)
def test_later_mentions_are_the_same_found_in_one_search_or_sentence_by_sentence(text: str) -> None:
    """Sources with the whole-text search of later mentions and pronouns, and with a search per sentence."""
    fast = _sources(text)
    whole = sources.tiled
    sources.tiled = lambda text, sentences: False  # type: ignore[assignment]
    try:
        slow = _sources(text)
    finally:
        sources.tiled = whole
    assert fast == slow


@given(_ARTICLES)
def test_the_pronoun_hints_mark_every_sentence_with_a_pronoun(text: str) -> None:
    sentences = split_sentences(text)
    marked = touched(_PRONOUN_HINTS, text, [s.start for s in sentences])
    for position, sentence in enumerate(sentences):
        if _PRONOUN.search(mask_quotes(sentence.text)):
            assert position in marked


@given(_ARTICLES)
def test_head_matches_by_sentence_are_the_matches_in_each_sentence(text: str) -> None:
    vocab = default_vocabulary()
    regex = _the_head(vocab.source_heads, vocab.informant_heads)
    sentences = split_sentences(text)
    assert tiled(text, sentences)
    found = by_sentence(regex, text, sentences, [s.start for s in sentences])
    assert found is not None
    for position, sentence in enumerate(sentences):
        if not quoted(sentence):
            assert found.get(position, []) == [m.span() for m in regex.finditer(sentence.text)]


# --------------------------------------------------------------------------- sentences: searched in place

_END_REFERENCE = re.compile(r"[.!?…]+[”\"’']?(?=\s+[“\"‘'(A-Z0-9▲◆※<])|\n\s*\n|\n(?=\S)")
_TAIL = _abbreviation_tail()


def _split_reference(text: str) -> list[tuple[int, int, str, int]]:
    """split_sentences as first written: each paragraph cut out, whitespace trimmed a character at a time."""
    paragraphs, pos = [], 0
    for m in re.finditer(r"\n[ \t\u00a0]*\n", text):
        paragraphs.append((pos, m.start()))
        pos = m.end()
    paragraphs.append((pos, len(text)))
    out: list[tuple[int, int, str, int]] = []

    def add(start: int, end: int, number: int) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end, text[start:end], number))

    for number, (p_start, p_end) in enumerate((s, e) for s, e in paragraphs if text[s:e].strip()):
        chunk = text[p_start:p_end]
        lines = chunk.split("\n")
        wrapped = len(lines) >= 3 and all(len(line) <= 90 for line in lines)
        wrapped = wrapped and sum(1 for ln in lines if ln[-1:] not in '.!?”"') > len(lines) // 2
        pos = 0
        for m in _END_REFERENCE.finditer(chunk):
            if m.group().startswith("\n") and wrapped:
                continue
            if m.group().startswith(".") and _TAIL.search(chunk, max(pos, m.start() - 8), m.start() + 1):
                continue
            add(p_start + pos, p_start + m.end(), number)
            pos = m.end()
        add(p_start + pos, p_end, number)
    return out


_PROSE = st.lists(
    st.sampled_from(["A", "b", "Mr.", "No.", "U.S.", "Jan.", ".", "!", "?", "…", "”", '"', "’", "“", "(", "<", "7"])
    | st.sampled_from([" ", "\n", "\n\n", "\n \n", " \t", "\u00a0", "\u2003", "\x0b", "\x1c", "\n\u2003\n"])
    | st.text(max_size=4),
    max_size=60,
).map("".join)


@given(_PROSE)
def test_sentences_are_split_as_the_paragraph_by_paragraph_way_splits_them(text: str) -> None:
    found = [(s.start, s.end, s.text, s.paragraph) for s in split_sentences(text)]
    assert found == _split_reference(text)
    assert [s.index for s in split_sentences(text)] == list(range(len(found)))


# --------------------------------------------------------------------------- channels: one search for any phrase

_CHANNEL_PIECES = st.sampled_from(
    [
        "told Daily NK",
        "said",
        "by phone",
        "over the phone",
        "phone calls are monitored",
        "in person",
        "via WeChat",
        "messaging app",
        "speaking on the telephone",
        "met with",
        "tapped",
        "“by phone”",
        "Chinese mobile phones",
        "the",
        ",",
    ]
)


@given(st.lists(_CHANNEL_PIECES, max_size=10).map(" ".join))
def test_a_channel_is_the_same_with_or_without_the_search_for_any_phrase(words: str) -> None:
    vocab = default_vocabulary()
    names = re.compile(r"\b(?:Daily NK)\b")
    sentence = split_sentences(words)[0] if words.strip() else None
    if sentence is None:
        return
    fast = channels.channel(words, sentence, vocab, names)
    joined = channels._any_channel
    channels._any_channel = lambda table: None  # type: ignore[assignment,return-value]
    try:
        slow = channels.channel(words, sentence, vocab, names)
    finally:
        channels._any_channel = joined
    assert fast == slow
