"""Short text and HTML views of articles and reports, for the REPL and notebooks."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._article import Article
    from ._report import Report

_TITLE_CHARS = 60


def _title(text: str | None) -> str:
    """The title quoted and cut to a readable length, or ``untitled``."""
    if text is None:
        return "untitled"
    text = " ".join(text.split())
    return repr(text if len(text) <= _TITLE_CHARS else text[: _TITLE_CHARS - 1] + "…")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def article_repr(article: Article) -> str:
    """``<Article dailynk 'Title' 2021-12-23 en, 1,234 characters>``: never the text itself."""
    published = article.published.isoformat() if article.published else "undated"
    return (
        f"<Article {article.outlet} {_title(article.title)} {published} {article.language}, "
        f"{len(article.text):,} characters>"
    )


def _counts(report: Report) -> list[tuple[str, int]]:
    return [
        ("region", len(report.regions)),
        ("source", len(report.sources)),
        ("directive", len(report.directives)),
        ("date", len(report.dates)),
    ]


def report_repr(report: Report) -> str:
    """``<Report dailynk 'Title' 2021-12-23: 3 regions, 2 sources, 1 directive, 4 dates>``."""
    article = report.article
    published = article.published.isoformat() if article.published else "undated"
    counts = ", ".join(_plural(n, noun) for noun, n in _counts(report))
    return f"<Report {article.outlet} {_title(article.title)} {published}: {counts}>"


def _rows_html(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f"<table>{cells}</table>"


def _article_rows(article: Article) -> list[tuple[str, str]]:
    return [
        ("outlet", article.outlet),
        ("title", article.title or ""),
        ("url", article.url or ""),
        ("published", article.published.isoformat() if article.published else ""),
        ("language", article.language),
        ("characters", f"{len(article.text):,}"),
    ]


def article_html(article: Article) -> str:
    """A small escaped HTML table of the article's metadata."""
    return _rows_html(_article_rows(article))


def report_html(report: Report) -> str:
    """A small escaped HTML table: the article's metadata and what was found, with region ids."""
    rows = _article_rows(report.article)
    for noun, count in _counts(report):
        rows.append((noun + "s", str(count)))
    if report.regions:
        rows.append(("region ids", ", ".join(r.id for r in report.regions)))
    return _rows_html(rows)
