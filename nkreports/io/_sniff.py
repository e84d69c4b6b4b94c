"""Format detection from content, with the file name only as a tie-breaker."""

from __future__ import annotations

import json
import re
from pathlib import PurePath

from ._document import Format
from .wordpress import looks_like_wordpress

__all__ = ["sniff_format"]

# What may come before the root element: the XML declaration, processing instructions
# (<?xml-stylesheet?>), comments of any length and a doctype.
_PROLOG = re.compile(
    r"^\s*(?:(?:<\?[^>]*\?>|<!--.*?-->)\s*)*(?:<!DOCTYPE[^>\[]*(?:\[[^\]]*\])?\s*>\s*)?(?:(?:<\?[^>]*\?>|<!--.*?-->)\s*)*",
    re.DOTALL | re.IGNORECASE,
)
_HTML_DOCTYPE = re.compile(r"<!DOCTYPE\s+html\b", re.IGNORECASE)
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
        except RecursionError:  # JSON too deep to be anything: the JSON reader says so
            return Format.WPJSON
        if looks_like_wordpress(data):
            return Format.WPJSON
    if stripped.startswith("<"):
        prolog = _PROLOG.match(stripped)
        head = stripped[prolog.end() if prolog else 0 :]
        first = _FIRST_TAG.match(head)
        if first and first.group(1) in _FEED_ROOTS:
            return _FEED_ROOTS[first.group(1)]
        if _HTML_TAG.search(head[:5000]) or (prolog and _HTML_DOCTYPE.search(prolog.group())):
            return Format.HTML
    suffix = PurePath(name).suffix.lower() if name else ""
    if suffix in _MARKUP_SUFFIXES and _HTML_TAG.search(text[:5000]):
        return _MARKUP_SUFFIXES[suffix]
    return Format.TEXT
