"""The reader's output: a document's raw parts before an outlet interprets them."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from nkreports.model import Link


class Format(enum.StrEnum):
    """The container format a document arrived in."""

    TEXT = "text"
    HTML = "html"
    WPJSON = "wpjson"
    RSS = "rss"
    ATOM = "atom"


def _tuple(items: Any) -> tuple[Any, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class RawBlock:
    """One block of a document as the reader found it.

    ``kind`` is the reader's best guess: ``paragraph``, ``heading``, ``caption``,
    ``title``, ``subtitle`` (a dek), ``byline``, ``dateline`` or ``table`` (one
    row, cells joined by ``" | "``); an outlet may reclassify or drop it.
    ``hint`` carries markup evidence (tag, class and id of the element and its
    parents), so outlets can recognise boilerplate.  In plain text, single line
    breaks inside a block are kept in ``text``.
    """

    text: str
    kind: str = "paragraph"
    hint: str = ""


@attrs.frozen(kw_only=True)
class Document:
    """A document read from disk or memory, not yet interpreted by an outlet.

    ``blocks`` are in reading order.  Metadata fields hold what the container
    states (HTML meta tags, WordPress fields, feed item elements); ``meta`` keeps
    any further name/value pairs an outlet may want.
    """

    format: Format
    blocks: tuple[RawBlock, ...] = attrs.field(default=(), converter=_tuple)
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    author: str | None = None
    language: str | None = None
    site: str | None = None
    meta: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_tuple)
    name: str | None = None
    links: tuple[Link, ...] = attrs.field(default=(), converter=_tuple)

    def meta_value(self, key: str) -> str | None:
        """The first ``meta`` value stored under *key*."""
        return next((v for k, v in self.meta if k == key), None)
