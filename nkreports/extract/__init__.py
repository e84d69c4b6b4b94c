"""Extraction: regions, dates, sources and directives from an article's text.

:func:`extract` runs every extractor.  Sources and directives follow the rules
described in the "Extraction rules" page; the words they look for live in a
:class:`Vocabulary` of named tables that an outlet can extend or override.
"""

from __future__ import annotations

import datetime as dt

import attrs

from nkreports.dates import distinct_dates, find_dates
from nkreports.gazetteer import Gazetteer, RegionMatch, default_gazetteer, find_regions
from nkreports.model import Article, BlockKind, DateValue, Directive, RegionRef, Source, Span

from ._applies import fill_applies_to
from ._index import Positioned
from ._sentences import Sentence, split_sentences
from ._sources import find_sources
from ._vocabulary import ChannelPhrase, IssuerHead, IssuerPattern, ModalPattern, Vocabulary, default_vocabulary
from .directives import find_directives

__all__ = [
    "ChannelPhrase",
    "Context",
    "Extraction",
    "IssuerHead",
    "IssuerPattern",
    "ModalPattern",
    "Sentence",
    "Vocabulary",
    "default_vocabulary",
    "extract",
    "group_regions",
    "split_sentences",
]

_NOT_READ = frozenset({BlockKind.TITLE, BlockKind.SUBTITLE, BlockKind.CAPTION, BlockKind.HEADING, BlockKind.DATELINE})


@attrs.frozen(kw_only=True)
class Context:
    """What extraction needs besides the text: the anchor date, gazetteer and outlet phrasing.

    ``self_names`` are the names the outlet calls itself ("Daily NK"): never an
    informant, never a place; ``outlet_names`` are every known outlet's names, never
    a place wherever they are cited; ``vocabulary`` holds the tables sources and
    directives are found with.
    """

    anchor: dt.date | None = None
    gazetteer: Gazetteer = attrs.field(factory=default_gazetteer)
    self_names: tuple[str, ...] = ()
    outlet_names: tuple[str, ...] = ()
    vocabulary: Vocabulary = attrs.field(factory=default_vocabulary)


@attrs.frozen(kw_only=True)
class Extraction:
    """Everything found in one article."""

    regions: tuple[RegionRef, ...] = ()
    sources: tuple[Source, ...] = ()
    directives: tuple[Directive, ...] = ()
    dates: tuple[DateValue, ...] = ()


def group_regions(matches: tuple[RegionMatch, ...]) -> tuple[RegionRef, ...]:
    """One :class:`~nkreports.RegionRef` per region, in order of first mention."""
    by_id: dict[str, list[Span]] = {}
    regions = {}
    for m in matches:
        by_id.setdefault(m.region.id, []).append(m.span)
        regions[m.region.id] = m.region
    return tuple(RegionRef(region=regions[i], mentions=tuple(spans)) for i, spans in by_id.items())


def extract(article: Article, context: Context) -> Extraction:
    """Run every extractor over *article*."""
    text = article.text
    vocab = context.vocabulary
    # The outlet's own names and every registered outlet's: never a place, never told to do anything.
    outlets = tuple(n for n in dict.fromkeys((*context.self_names, *context.outlet_names)) if n not in vocab.self_names)
    matches = find_regions(text, context.gazetteer, self_names=(*outlets, *vocab.self_names))
    dates = find_dates(text, context.anchor)
    sentences = split_sentences(text)
    regions = Positioned(matches, lambda m: (m.span.start, m.span.end))
    dated = Positioned(dates, lambda d: (d.start, d.end))
    sources = find_sources(
        text=text,
        sentences=sentences,
        regions=regions,
        dates=dated,
        vocab=vocab,
        self_names=context.self_names,
        gazetteer=context.gazetteer,
    )
    # They reach directive finding through the vocabulary's self-names, as the built-ins' do.
    directives = find_directives(
        text=text,
        sentences=sentences,
        regions=regions,
        dates=dated,
        sources=sources,
        vocab=vocab.extend("self_names", outlets) if outlets else vocab,
        gazetteer=context.gazetteer,
        skip=tuple((b.span.start, b.span.end) for b in article.blocks if b.kind in _NOT_READ),
    )
    directives = fill_applies_to(directives, matches, context.gazetteer)
    # Every occurrence links sources and directives to their dates above; the report lists
    # each distinct (text, value) pair once, as analysts' answer keys do.
    return Extraction(
        regions=group_regions(matches), sources=sources, directives=directives, dates=distinct_dates(dates)
    )
