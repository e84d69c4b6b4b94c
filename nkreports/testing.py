"""Contract tests for outlet authors.

An outlet's fixtures live in one folder: each document ``CASE.txt``, ``CASE.html``,
``CASE.json`` (WordPress REST) or ``CASE.xml`` (RSS/Atom) sits beside
``CASE.expected.json``, which states what the outlet must produce: an object
with any of the keys ``outlet``, ``title``, ``url``, ``published``, ``author``,
``paragraphs``, ``captions``, ``headings`` and ``absent`` (strings that must not
occur in the article text, such as boilerplate), or a list of such objects for a
feed (one per item).  Then one call checks the outlet::

    from nkreports.testing import assert_outlet_reads

    def test_my_outlet():
        assert_outlet_reads(MY_OUTLET, Path(__file__).parent / "fixtures")

:func:`add_fixture` copies a saved page into the fixtures folder with its
expected reading (``nkreports outlet fixture`` on the command line);
:func:`write_expected` (re)writes the expected files from the outlet's current
output, keeping any ``absent`` lists, for review before committing.  This module
imports no test framework; it raises :class:`AssertionError`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from nkreports.io import Document, read_path
from nkreports.model import Article, BlockKind
from nkreports.outlets import Outlet

__all__ = [
    "DOCUMENT_SUFFIXES",
    "add_fixture",
    "assert_outlet_reads",
    "expected_from_article",
    "outlet_problems",
    "protocol_problems",
    "write_expected",
]

DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".json", ".xml")
"""Fixture document suffixes, in lookup order."""

_KEY = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_METADATA = ("outlet", "title", "url", "published", "author")
_LISTS = {"paragraphs": BlockKind.PARAGRAPH, "captions": BlockKind.CAPTION, "headings": BlockKind.HEADING}


def protocol_problems(outlet: object) -> list[str]:
    """What keeps *outlet* from meeting the :class:`~nkreports.outlets.Outlet` protocol (empty when it does)."""
    if not isinstance(outlet, Outlet):
        return [f"{outlet!r} does not implement the Outlet protocol (key, name, self_names, detect, article)"]
    problems = []
    if not isinstance(outlet.key, str) or not _KEY.match(outlet.key):
        problems.append(f"key {outlet.key!r} must be a lowercase identifier such as 'dailynk'")
    if not isinstance(outlet.name, str) or not outlet.name.strip():
        problems.append("name must be a non-empty string")
    names = outlet.self_names
    if not isinstance(names, tuple) or not all(isinstance(n, str) and n for n in names):
        problems.append("self_names must be a tuple of non-empty strings")
    return problems


def _cases(fixtures: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for expected in sorted(fixtures.glob("*.expected.json")):
        stem = expected.name[: -len(".expected.json")]
        doc = next((fixtures / (stem + s) for s in DOCUMENT_SUFFIXES if (fixtures / (stem + s)).exists()), None)
        pairs.append((doc or fixtures / stem, expected))
    return pairs


def expected_from_article(article: Article) -> dict[str, Any]:
    """The expected-file entry describing *article*."""
    data: dict[str, Any] = {
        "outlet": article.outlet,
        "title": article.title,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "author": article.author,
    }
    for key, kind in _LISTS.items():
        data[key] = list(article.texts(kind))
    return data


def _check(outlet: Outlet, document: Document, expected: dict[str, Any], where: str) -> list[str]:
    problems: list[str] = []
    score = outlet.detect(document)
    if not isinstance(score, float) or not 0.0 <= score <= 1.0:
        problems.append(f"{where}: detect() returned {score!r}, not a float from 0.0 to 1.0")
    try:
        article = outlet.article(document)
    except Exception as exc:  # the contract reports any failure instead of stopping at the first
        return [*problems, f"{where}: article() raised {type(exc).__name__}: {exc}"]
    if not isinstance(article, Article):
        return [*problems, f"{where}: article() returned {type(article).__name__}, not an Article"]
    if article.outlet != outlet.key:
        problems.append(f"{where}: article.outlet is {article.outlet!r}, not the outlet key {outlet.key!r}")
    actual = expected_from_article(article)
    for key in (*_METADATA, *_LISTS):
        if key in expected and expected[key] != actual[key]:
            problems.append(f"{where}: {key} is {actual[key]!r}, expected {expected[key]!r}")
    for needle in expected.get("absent", []):
        if needle in article.text:
            problems.append(f"{where}: {needle!r} should not be in the article text")
    return problems


def outlet_problems(outlet: Outlet, fixtures_dir: str | Path) -> list[str]:
    """Every way *outlet* disagrees with the fixtures in *fixtures_dir* (empty when it passes)."""
    fixtures = Path(fixtures_dir)
    problems = protocol_problems(outlet)
    if problems:
        return problems
    cases = _cases(fixtures)
    if not cases:
        return [f"{fixtures}: no *.expected.json fixtures"]
    for doc, expected_path in cases:
        if not doc.exists():
            problems.append(f"{expected_path.name}: no document beside it ({', '.join(DOCUMENT_SUFFIXES)})")
            continue
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        entries = expected if isinstance(expected, list) else [expected]
        documents = read_path(doc)
        if len(documents) != len(entries):
            problems.append(f"{doc.name}: {len(documents)} articles read, {len(entries)} expected")
        for i, (document, entry) in enumerate(zip(documents, entries, strict=False)):
            where = doc.name if len(entries) == 1 else f"{doc.name}[{i}]"
            problems.extend(_check(outlet, document, entry, where))
    return problems


def assert_outlet_reads(outlet: Outlet, fixtures_dir: str | Path) -> None:
    """Raise :class:`AssertionError` listing every problem :func:`outlet_problems` finds."""
    problems = outlet_problems(outlet, fixtures_dir)
    if problems:
        raise AssertionError(f"outlet {getattr(outlet, 'key', outlet)!r} fails its fixtures:\n" + "\n".join(problems))


def add_fixture(
    outlet: Outlet, source: str | Path, fixtures_dir: str | Path, *, name: str | None = None, overwrite: bool = False
) -> tuple[Path, Path]:
    """Copy a saved page into *fixtures_dir* and write its expected reading beside it.

    *source* is a file on disk (a page saved from the browser, a text export, a
    WordPress JSON post or a feed); nothing is fetched from the network.  The case
    is called *name* (default: the file's stem).  Returns the document and its
    ``CASE.expected.json``, whose ``absent`` list starts with the lines the outlet
    left out (boilerplate, date furniture).  The expected file states what the
    outlet reads today: check it by eye before committing.
    """
    src = Path(source)
    suffix = src.suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        msg = f"{src}: a fixture document ends in one of {', '.join(DOCUMENT_SUFFIXES)}"
        raise ValueError(msg)
    case = name or src.stem
    fixtures = Path(fixtures_dir)
    document, expected = fixtures / f"{case}{suffix}", fixtures / f"{case}.expected.json"
    if not overwrite and (document.exists() or expected.exists()):
        msg = f"{document} or {expected.name} already exists (overwrite it on purpose)"
        raise FileExistsError(msg)
    data = src.read_bytes()
    entries = []
    for item in read_path(src):
        article = outlet.article(item)
        entry = expected_from_article(article)
        entry["absent"] = _dropped(item, article.text)
        entries.append(entry)
    fixtures.mkdir(parents=True, exist_ok=True)
    document.write_bytes(data)
    payload = entries[0] if len(entries) == 1 else entries
    expected.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return document, expected


def _dropped(document: Document, text: str, limit: int = 10) -> list[str]:
    """Lines of the document's blocks that the outlet left out of *text* (boilerplate, date furniture)."""
    found: list[str] = []
    for raw in document.blocks:
        for line in raw.text.split("\n"):
            needle = " ".join(line.split())
            if len(needle) > 80:
                needle = needle[:80].rsplit(" ", 1)[0]
            if needle and needle not in text and needle not in found:
                found.append(needle)
    return found[:limit]


def write_expected(outlet: Outlet, fixtures_dir: str | Path) -> list[Path]:
    """Write ``CASE.expected.json`` for every fixture document from the outlet's output.

    Existing ``absent`` lists are kept.  Review the diff before committing: the
    files are only as right as the outlet that wrote them.
    """
    fixtures = Path(fixtures_dir)
    written = []
    for doc in sorted(p for p in fixtures.iterdir() if p.suffix in DOCUMENT_SUFFIXES):
        if doc.name.endswith(".expected.json"):
            continue
        target = fixtures / f"{doc.stem}.expected.json"
        old = json.loads(target.read_text(encoding="utf-8")) if target.exists() else None
        olds = old if isinstance(old, list) else [old]
        entries = []
        for i, document in enumerate(read_path(doc)):
            entry = expected_from_article(outlet.article(document))
            candidate = olds[i] if i < len(olds) else None
            previous: dict[str, Any] = candidate if isinstance(candidate, dict) else {}
            if previous.get("absent"):
                entry["absent"] = previous["absent"]
            entries.append(entry)
        payload = entries[0] if len(entries) == 1 else entries
        target.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(target)
    return written
