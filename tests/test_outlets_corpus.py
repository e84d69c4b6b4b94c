"""Every document of the shared dev corpus parses with the right outlet, title and publication date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nkreports import parse_document
from nkreports.io import read_path
from nkreports.outlets import default_registry

SUFFIXES = (".txt", ".html", ".json", ".xml")
# Page chrome of the dev corpus's HTML themes: none of it may reach the article text.
CHROME = (
    "Related Posts",
    "Related Stories",
    "LEAVE A REPLY",
    "Comments (",
    "Stay Connected",
    "[email",
    "Read in Korean",
    "Post Comment",
)


def cases(shared: Path) -> list[tuple[Path, list[dict]]]:
    dev = shared / "corpus" / "dev"
    found = []
    for gold in sorted(dev.glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        doc = next(dev / (stem + s) for s in SUFFIXES if (dev / (stem + s)).exists())
        keys = json.loads(gold.read_text(encoding="utf-8"))
        found.append((doc, keys if isinstance(keys, list) else [keys]))
    return found


def test_dev_corpus_metadata(shared):
    """Outlet, title, URL and published agree with each answer key (a feed's key has one entry per item)."""
    problems = []
    checked = 0
    for doc, keys in cases(shared):
        documents = read_path(doc)
        assert len(documents) == len(keys), doc.name
        for document, key in zip(documents, keys, strict=True):
            outlet = default_registry().detect(document)
            report = parse_document(document, published=key["anchor"])
            article = report.article
            published = article.published.isoformat() if article.published else None
            # A key without a printed date takes the anchor, as the pipeline does.
            expected = key["published"] or key["anchor"]
            got = (outlet.key, article.title, article.url, published)
            want = (key["outlet"], key["title"], key["url"], expected)
            if got != want:
                problems.append(f"{doc.name}: got {got}, want {want}")
            if key["published"] is None and outlet.article(document).published is not None:
                problems.append(f"{doc.name}: found a publication date the document does not print")
            checked += 1
    assert checked >= 30
    assert problems == []


@pytest.mark.parametrize("suffix", [".html", ".json", ".xml"])
def test_dev_markup_chrome_stays_out(shared, suffix):
    """Navigation, share buttons, related posts, comments and footers never reach the article text."""
    docs = [doc for doc, _ in cases(shared) if doc.suffix == suffix]
    assert docs
    for doc in docs:
        for document in read_path(doc):
            text = default_registry().detect(document).article(document).text
            leaked = [c for c in CHROME if c in text]
            assert leaked == [], doc.name
