"""WordPress REST API reader: ``/wp-json/wp/v2/posts`` (one post or a list of posts)."""

from __future__ import annotations

import json
from typing import Any

from nkreports.exceptions import DocumentError

from ._document import Document, Format
from ._markup import fragment_blocks, fragment_text
from ._timestamps import parse_timestamp

__all__ = ["is_wordpress_post", "read_wordpress"]


def _rendered(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("rendered", "")
    return value if isinstance(value, str) else ""


def is_wordpress_post(data: Any) -> bool:
    """Whether parsed JSON looks like a WordPress post (``content.rendered`` or ``title.rendered``)."""
    return isinstance(data, dict) and any(
        isinstance(data.get(k), dict) and "rendered" in data[k] for k in ("content", "title")
    )


def _author(post: dict[str, Any]) -> str | None:
    embedded = post.get("_embedded", {})
    authors = embedded.get("author") if isinstance(embedded, dict) else None
    if isinstance(authors, list) and authors and isinstance(authors[0], dict):
        name = authors[0].get("name")
        if isinstance(name, str) and name.strip():
            return name.strip()
    return None


def _post(post: dict[str, Any], name: str | None) -> Document:
    date = post.get("date") if isinstance(post.get("date"), str) else post.get("date_gmt")
    meta: list[tuple[str, str]] = []
    for key in ("id", "slug", "date", "date_gmt", "modified", "type"):
        if isinstance(post.get(key), (str, int)):
            meta.append((key, str(post[key])))
    excerpt = fragment_text(_rendered(post.get("excerpt")))
    if excerpt:
        meta.append(("excerpt", excerpt))
    title = fragment_text(_rendered(post.get("title")))
    link = post.get("link")
    return Document(
        format=Format.WPJSON,
        blocks=tuple(fragment_blocks(_rendered(post.get("content")))),
        title=title or None,
        url=link if isinstance(link, str) and link else None,
        published=parse_timestamp(date) if isinstance(date, str) else None,
        author=_author(post),
        meta=tuple(meta),
        name=name,
    )


def read_wordpress(text: str, *, name: str | None = None) -> tuple[Document, ...]:
    """Read WordPress REST post JSON: one :class:`Document` per post.

    The title is ``title.rendered``, the URL ``link``, the publication date the
    calendar day of ``date`` (the site's local time), and the blocks come from
    ``content.rendered``; the excerpt, which repeats the lead, is kept in ``meta``.
    """
    label = name or "document"
    try:
        data = json.loads(text)
    except ValueError as exc:
        msg = f"{label}: not valid JSON ({exc})"
        raise DocumentError(msg) from None
    posts = data if isinstance(data, list) else [data]
    if not posts or not all(is_wordpress_post(p) for p in posts):
        msg = f"{label}: JSON that is not a WordPress REST post (no content.rendered or title.rendered)"
        raise DocumentError(msg)
    return tuple(_post(p, name) for p in posts)
