"""Globally unique, stable keys for articles and the rows that hang off them."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from nkreports.model import Article

__all__ = ["article_id", "canonical_url"]


def canonical_url(url: str) -> str:
    """The URL an article is keyed by: no scheme, lower-case host without ``www.``, no fragment or trailing slash.

    >>> canonical_url("HTTPS://www.DailyNK.com/english/a-b/#top")
    'dailynk.com/english/a-b'
    """
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")


def article_id(article: Article) -> str:
    """The article's key: 16 hex digits of a SHA-256 of its canonical URL, else of its outlet and text.

    The same article parsed again gets the same id, so a database replaces it.

    >>> from nkreports import Article
    >>> article_id(Article(outlet="rfa", text="x", url="https://www.rfa.org/a/1/"))
    '5cacd574df8c2282'
    """
    key = f"url\n{canonical_url(article.url)}" if article.url else f"text\n{article.outlet}\n{article.text}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
