"""WordPress REST API reader: ``/wp-json/wp/v2/posts`` (one post or a list of posts)."""

from __future__ import annotations

import json
from typing import Any

from nkreports.exceptions import DocumentError

from ._decode import scrub_surrogates
from ._document import Document, Format
from ._markup import fragment_blocks, fragment_text
from ._timestamps import parse_timestamp

__all__ = ["is_wordpress_error", "is_wordpress_post", "looks_like_wordpress", "read_wordpress"]


def _rendered(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("rendered", "")
    return value if isinstance(value, str) else ""


def is_wordpress_post(data: Any) -> bool:
    """Whether parsed JSON looks like a WordPress post (``content.rendered`` or ``title.rendered``)."""
    return isinstance(data, dict) and any(
        isinstance(data.get(k), dict) and "rendered" in data[k] for k in ("content", "title")
    )


def is_wordpress_error(data: Any) -> bool:
    """Whether parsed JSON is a WordPress REST error (``{"code": ..., "message": ..., "data": {"status": ...}}``)."""
    return (
        isinstance(data, dict)
        and isinstance(data.get("code"), str)
        and isinstance(data.get("message"), str)
        and not is_wordpress_post(data)
    )


def looks_like_wordpress(data: Any) -> bool:
    """Whether parsed JSON is a WordPress REST answer: a post, a list holding a post, or a REST error."""
    if isinstance(data, list):
        return any(is_wordpress_post(p) for p in data)
    return is_wordpress_post(data) or is_wordpress_error(data)


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


def _scrubbed(data: Any) -> Any:
    """*data* with lone surrogates (JSON escapes such as ``\\ud800``) in every string replaced by U+FFFD."""
    if isinstance(data, str):
        return scrub_surrogates(data)
    root: list[Any] = [data]
    stack: list[Any] = [root]
    while stack:
        node = stack.pop()
        keys = range(len(node)) if isinstance(node, list) else list(node)
        for key in keys:
            value = node[key]
            if isinstance(value, str):
                node[key] = scrub_surrogates(value)
            elif isinstance(value, (list, dict)):
                stack.append(value)
        if isinstance(node, dict) and any(not k.isascii() for k in node):
            for key in [k for k in node if scrub_surrogates(k) != k]:
                node[scrub_surrogates(key)] = node.pop(key)
    return root[0]


def read_wordpress(text: str, *, name: str | None = None) -> tuple[Document, ...]:
    """Read WordPress REST post JSON: one :class:`Document` per post.

    The title is ``title.rendered``, the URL ``link``, the publication date the
    calendar day of ``date`` (the site's local time), and the blocks come from
    ``content.rendered``; the excerpt, which repeats the lead, is kept in ``meta``.
    """
    label = name or "document"
    try:
        data = _scrubbed(json.loads(text))
    except ValueError as exc:
        msg = f"{label}: not valid JSON ({exc})"
        raise DocumentError(msg) from None
    except RecursionError:
        msg = f"{label}: JSON nested too deeply to read"
        raise DocumentError(msg) from None
    if is_wordpress_error(data):
        msg = f"{label}: a WordPress REST error, not a post ({data['code']}: {data['message']})"
        raise DocumentError(msg)
    posts = data if isinstance(data, list) else [data]
    if not posts or not all(is_wordpress_post(p) for p in posts):
        bad = next((i for i, p in enumerate(posts) if not is_wordpress_post(p)), 0)
        what = "null" if bad < len(posts) and posts[bad] is None else "not a WordPress REST post"
        msg = f"{label}: JSON item {bad + 1} is {what} (no content.rendered or title.rendered)"
        raise DocumentError(msg)
    return tuple(_post(p, name) for p in posts)
