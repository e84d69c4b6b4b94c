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

__all__ = ["parse", "parse_all", "parse_document", "parse_file"]


def _anchor(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        msg = f"published must be a datetime.date or a 'YYYY-MM-DD' string, not {type(value).__name__}"
        raise TypeError(msg)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"publication date {value!r} is not YYYY-MM-DD"
        raise ValueError(msg) from None


def _outlet_names(registry: OutletRegistry) -> tuple[str, ...]:
    """Every registered outlet's self-names: cited anywhere, they are never places."""
    return tuple(dict.fromkeys(name for outlet in registry for name in outlet.self_names))


def _read(document: str | bytes | os.PathLike[str]) -> tuple[Document, ...]:
    """A ``str`` is always the text itself, never a file name: only a path object names a file."""
    if isinstance(document, os.PathLike):
        return read_path(document)
    if isinstance(document, (str, bytes)):
        return read_document(document)
    msg = (
        "document must be the text (str), raw bytes, or a path (pathlib.Path, os.PathLike), "
        f"not {type(document).__name__}"
    )
    raise TypeError(msg)


def _outlet(outlet: object, registry: OutletRegistry, document: Document) -> Outlet:
    if outlet is None:
        return registry.detect(document)
    if isinstance(outlet, str):
        return registry.get(outlet)
    if callable(getattr(outlet, "article", None)) and isinstance(getattr(outlet, "key", None), str):
        return outlet  # type: ignore[return-value]
    msg = f"outlet must be an outlet key (str) or an Outlet, not {type(outlet).__name__}"
    raise TypeError(msg)


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
    chosen = _outlet(outlet, registry, document)
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
    """Parse a document that may hold several articles (a feed): one report each.

    Whatever the content, a document that cannot be parsed raises a
    :class:`~nkreports.NKReportsError` (markup nested too deeply to walk is a
    :class:`~nkreports.DocumentError`).
    """
    try:
        return tuple(
            parse_document(doc, published=published, outlet=outlet, gazetteer=gazetteer, registry=registry)
            for doc in _read(document)
        )
    except RecursionError:
        msg = "the document is nested too deeply to parse"
        raise DocumentError(msg) from None


def parse(
    document: str | bytes | os.PathLike[str],
    *,
    published: dt.date | str | None = None,
    outlet: str | Outlet | None = None,
    gazetteer: Gazetteer | None = None,
    registry: OutletRegistry | None = None,
) -> Report:
    """Parse one article into a :class:`Report`.

    *document* is the text itself (a ``str`` is always text, never a file
    name), raw bytes, or a path object (:class:`~pathlib.Path` or any
    :class:`os.PathLike`); :func:`parse_file` takes a file name as a string.
    For a feed the first item is returned; use :func:`parse_all` for every item.

    >>> report = parse("A source in Hyesan told Daily NK on Monday.", published="2024-03-21")
    >>> report.anchor
    datetime.date(2024, 3, 21)
    """
    return parse_all(document, published=published, outlet=outlet, gazetteer=gazetteer, registry=registry)[0]


def parse_file(
    path: str | os.PathLike[str],
    *,
    published: dt.date | str | None = None,
    outlet: str | Outlet | None = None,
    gazetteer: Gazetteer | None = None,
    registry: OutletRegistry | None = None,
) -> Report:
    """Parse the article in the file at *path* (a string or a path object).

    A missing or unreadable file is a :class:`~nkreports.DocumentError`.
    """
    if not isinstance(path, (str, os.PathLike)):
        msg = f"path must be a str or os.PathLike, not {type(path).__name__}"
        raise TypeError(msg)
    return parse(Path(path), published=published, outlet=outlet, gazetteer=gazetteer, registry=registry)
