"""The pipeline: document -> outlet -> article -> extraction -> report."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import attrs

from nkreports._language import LANGUAGE_NAMES, detect_language
from nkreports.exceptions import DocumentError, UnsupportedLanguageError
from nkreports.extract import Context, default_vocabulary, extract
from nkreports.gazetteer import Gazetteer, default_gazetteer
from nkreports.io import Document, read_document, read_path
from nkreports.model import Report
from nkreports.outlets import Outlet, OutletRegistry, TunesVocabulary, default_registry

__all__ = ["parse", "parse_all", "parse_document"]

_MAX_PATH_LIKE = 4096


def _anchor(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"publication date {value!r} is not YYYY-MM-DD"
        raise ValueError(msg) from None


def _outlet_names(registry: OutletRegistry) -> tuple[str, ...]:
    """Every registered outlet's self-names: cited anywhere, they are never places."""
    return tuple(dict.fromkeys(name for outlet in registry for name in outlet.self_names))


def _read(document: str | bytes | os.PathLike[str]) -> tuple[Document, ...]:
    if isinstance(document, os.PathLike):
        return read_path(document)
    if isinstance(document, str) and "\n" not in document and len(document) < _MAX_PATH_LIKE:
        path = Path(document)
        try:
            is_file = path.is_file()
        except (OSError, ValueError):
            is_file = False
        if is_file:
            return read_path(path)
    return read_document(document)


def parse_document(
    document: Document,
    *,
    published: dt.date | str | None = None,
    outlet: str | Outlet | None = None,
    gazetteer: Gazetteer | None = None,
    registry: OutletRegistry | None = None,
) -> Report:
    """Turn one read :class:`~nkreports.io.Document` into a :class:`Report`.

    The outlet is *outlet* (a key or an object) or the one the registry detects.
    Relative dates resolve against the publication date the document states,
    else *published*; with neither they stay unresolved (there is no hidden clock).
    Only English text is read: the article's language is detected from its text
    (``Article.language``), and another language raises
    :class:`~nkreports.UnsupportedLanguageError`.
    """
    fallback = _anchor(published)
    registry = registry or default_registry()
    chosen = registry.get(outlet) if isinstance(outlet, str) else outlet or registry.detect(document)
    article = chosen.article(document)
    if not article.text.strip():
        msg = f"{document.name or 'document'}: no article text left after removing boilerplate"
        raise DocumentError(msg)
    language = detect_language(article.text)
    if language != "en":
        name = f"{LANGUAGE_NAMES.get(language, language)} ({language})"
        msg = f"{document.name or 'document'}: the text is in {name}; nkreports reads English text only"
        raise UnsupportedLanguageError(msg, language=language)
    if article.language != language:
        article = attrs.evolve(article, language=language)
    if article.published is None and fallback is not None:
        article = attrs.evolve(article, published=fallback)
    anchor = article.published
    vocabulary = default_vocabulary()
    if isinstance(chosen, TunesVocabulary):
        vocabulary = chosen.tune_vocabulary(vocabulary)
    context = Context(
        anchor=anchor,
        gazetteer=gazetteer or default_gazetteer(),
        self_names=chosen.self_names,
        outlet_names=_outlet_names(registry),
        vocabulary=vocabulary,
    )
    found = extract(article, context)
    return Report(
        article=article,
        anchor=anchor,
        regions=found.regions,
        sources=found.sources,
        directives=found.directives,
        dates=found.dates,
    )


def parse_all(
    document: str | bytes | os.PathLike[str],
    *,
    published: dt.date | str | None = None,
    outlet: str | Outlet | None = None,
    gazetteer: Gazetteer | None = None,
    registry: OutletRegistry | None = None,
) -> tuple[Report, ...]:
    """Parse a document that may hold several articles (a feed): one report each."""
    return tuple(
        parse_document(doc, published=published, outlet=outlet, gazetteer=gazetteer, registry=registry)
        for doc in _read(document)
    )


def parse(
    document: str | bytes | os.PathLike[str],
    *,
    published: dt.date | str | None = None,
    outlet: str | Outlet | None = None,
    gazetteer: Gazetteer | None = None,
    registry: OutletRegistry | None = None,
) -> Report:
    """Parse one article into a :class:`Report`.

    *document* is a path (a :class:`~pathlib.Path`, or a one-line string naming
    an existing file), the text itself, or raw bytes.  For a feed the first item
    is returned; use :func:`parse_all` for every item.

    >>> report = parse("A source in Hyesan told Daily NK on Monday.", published="2024-03-21")
    >>> report.anchor
    datetime.date(2024, 3, 21)
    """
    return parse_all(document, published=published, outlet=outlet, gazetteer=gazetteer, registry=registry)[0]
