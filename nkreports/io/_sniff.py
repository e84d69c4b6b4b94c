"""Format detection from content, with the file name only as a tie-breaker."""

from __future__ import annotations

import json
import re
from pathlib import PurePath

from ._document import Format
from .wordpress import is_wordpress_post

__all__ = ["sniff_format"]

_PROLOG = re.compile(
    r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^>\[]*(?:\[[^\]]*\])?\s*>\s*)?(?:<!--.*?-->\s*)*",
    re.DOTALL | re.IGNORECASE,
)
_FIRST_TAG = re.compile(r"<([A-Za-z][\w:.-]{0,40})")
_HTML_TAG = re.compile(r"<(?:html|head|body|p|div|article|h[1-6]|br|span|figure|section|main)\b", re.IGNORECASE)
_MARKUP_SUFFIXES = {".html": Format.HTML, ".htm": Format.HTML, ".xhtml": Format.HTML}
_FEED_ROOTS = {"rss": Format.RSS, "rdf:RDF": Format.RSS, "feed": Format.ATOM}


def sniff_format(text: str, name: str | None = None) -> Format:
    """Guess a document's format from its content.

    >>> sniff_format('<?xml version="1.0"?><rss version="2.0"><channel/></rss>')
    <Format.RSS: 'rss'>
    >>> sniff_format("<!doctype html><html><body><p>Hi</p></body></html>")
    <Format.HTML: 'html'>
    >>> sniff_format('{"title": {"rendered": "T"}, "content": {"rendered": "<p>x</p>"}}')
    <Format.WPJSON: 'wpjson'>
    >>> sniff_format("A source in Hyesan told Daily NK.")
    <Format.TEXT: 'text'>
    """
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] in "{[":
        try:
            data = json.loads(stripped)
        except ValueError:
            data = None
        posts = data if isinstance(data, list) else [data]
        if posts and all(is_wordpress_post(p) for p in posts):
            return Format.WPJSON
    if stripped.startswith("<"):
        prolog = _PROLOG.match(stripped)
        head = stripped[prolog.end() if prolog else 0 :]
        first = _FIRST_TAG.match(head)
        if first and first.group(1) in _FEED_ROOTS:
            return _FEED_ROOTS[first.group(1)]
        if _HTML_TAG.search(stripped[:5000]):
            return Format.HTML
    suffix = PurePath(name).suffix.lower() if name else ""
    if suffix in _MARKUP_SUFFIXES and _HTML_TAG.search(text[:5000]):
        return _MARKUP_SUFFIXES[suffix]
    return Format.TEXT
