"""HTML page reader: metadata from meta tags, JSON-LD and ``<time>``; blocks from the article element."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from nkreports.exceptions import DocumentError
from nkreports.model import Link

from ._document import Document, Format, RawBlock
from ._markup import content_root, is_chrome, markup_blocks
from ._timestamps import parse_timestamp

__all__ = ["read_html"]

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
)
_AUTHOR_META = ("author", "article:author", "dc.creator", "sailthru.author", "parsely-author")
_ARTICLE_TYPES = ("Article", "NewsArticle", "ReportageNewsArticle", "BlogPosting", "Report", "AnalysisNewsArticle")


def _meta(tree: lxml_html.HtmlElement) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        value = el.get("content")
        if key and value:
            pairs.append((key.strip().lower(), " ".join(value.split())))
    for el in tree.iter("link"):
        rel = (el.get("rel") or "").lower()
        if rel == "canonical" and el.get("href"):
            pairs.append(("canonical", el.get("href", "").strip()))
    return pairs


_KOREAN_LINK = re.compile(
    r"^\s*(?:read (?:this |the )?(?:article )?in korean|korean(?: version)?|한국어|한글)\s*$", re.IGNORECASE
)


def _links(tree: lxml_html.HtmlElement) -> tuple[Link, ...]:
    """Links to other language versions: ``<link rel="alternate" hreflang>`` and "Read in Korean" anchors."""
    found: dict[str, Link] = {}
    for el in tree.iter("link"):
        href = (el.get("href") or "").strip()
        lang = (el.get("hreflang") or "").strip().lower()
        if "alternate" in (el.get("rel") or "").lower().split() and href and lang and lang != "x-default":
            found.setdefault(href, Link(url=href, rel="translation", language=lang.split("-")[0] or None))
    for el in tree.iter("a"):
        href = (el.get("href") or "").strip()
        label = " ".join(el.text_content().split())
        if href.startswith(("http://", "https://")) and _KOREAN_LINK.match(label):
            found.setdefault(href, Link(url=href, rel="translation", text=label, language="ko"))
    return tuple(found.values())


def _json_ld(tree: lxml_html.HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, ``@graph`` members included."""
    found: list[dict[str, Any]] = []

    def collect(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                collect(item)
        elif isinstance(node, dict):
            found.append(node)
            collect(node.get("@graph", []))

    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            try:
                collect(json.loads(script.text))
            except ValueError:
                continue
    return found


def _ld_article(objects: list[dict[str, Any]]) -> dict[str, Any]:
    for obj in objects:
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(k in _ARTICLE_TYPES for k in kinds):
            return obj
    return next((o for o in objects if "datePublished" in o), {})


def _ld_name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() or None if isinstance(value, str) else None


def _first(pairs: list[tuple[str, str]], keys: tuple[str, ...]) -> str | None:
    lookup: dict[str, str] = {}
    for k, v in pairs:
        lookup.setdefault(k, v)
    return next((lookup[k] for k in keys if k in lookup), None)


def _visible(elements: Iterator[lxml_html.HtmlElement]) -> Iterator[lxml_html.HtmlElement]:
    for el in elements:
        if not any(is_chrome(a) for a in (el, *el.iterancestors())):
            yield el


def _published(pairs: list[tuple[str, str]], ld: dict[str, Any], root: lxml_html.HtmlElement) -> dt.date | None:
    for value in (_first(pairs, _PUBLISHED_META), ld.get("datePublished")):
        date = parse_timestamp(value) if isinstance(value, str) else None
        if date is not None:
            return date
    times = [t for t in _visible(root.iter("time")) if t.get("datetime")]
    preferred = [t for t in times if "publish" in (t.get("class") or "") + (t.get("itemprop") or "")]
    for el in preferred + times:
        date = parse_timestamp(el.get("datetime"))
        if date is not None:
            return date
    return None


def _title(
    tree: lxml_html.HtmlElement, root: lxml_html.HtmlElement, pairs: list[tuple[str, str]], headline: Any
) -> str | None:
    """The headline: the ``<h1>`` that matches ``og:title``/JSON-LD, else the first one that is not a logo."""
    value = _first(pairs, ("og:title", "twitter:title"))
    stated = {" ".join(v.split()) for v in (value, headline) if isinstance(v, str) and v.strip()}
    headings = [" ".join(h.text_content().split()) for scope in (root, tree) for h in _visible(scope.iter("h1"))]
    headings = [h for h in headings if h]
    for text in headings:
        if text in stated:
            return text
    site = (_first(pairs, ("og:site_name",)) or "").lower()
    for text in headings:
        if not site or text.lower() != site:
            return text
    if value:
        return value
    title = tree.find(".//title")
    text = " ".join(title.text_content().split()) if title is not None else ""
    return text or None


def _language(tree: lxml_html.HtmlElement, pairs: list[tuple[str, str]]) -> str | None:
    lang = (tree.get("lang") or _first(pairs, ("og:locale", "language", "content-language")) or "").strip()
    match = re.match(r"^([a-zA-Z]{2,3})(?:[-_][A-Za-z]+)?$", lang)
    return match.group(1).lower() if match else None


def parse_html(text: str) -> lxml_html.HtmlElement:
    """Parse an HTML page leniently (malformed markup is repaired, never fetched from the network)."""
    text = _XML_DECLARATION.sub("", text, count=1)
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True)
    try:
        return lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        msg = f"not parseable as HTML: {exc}"
        raise DocumentError(msg) from None


def read_html(text: str, *, name: str | None = None) -> Document:
    """Read an HTML page into a :class:`Document`.

    The title is the page's ``<h1>`` (else ``og:title``/``<title>``); the URL is
    ``og:url`` or the canonical link; the publication date comes from
    ``article:published_time`` and similar meta tags, JSON-LD ``datePublished``
    or a ``<time datetime>`` element.  Blocks come from the article element,
    with navigation, share buttons, related posts, comments and footers left out.
    """
    tree = parse_html(text)
    pairs = _meta(tree)
    objects = _json_ld(tree)
    ld = _ld_article(objects)
    root = content_root(tree)
    title = _title(tree, root, pairs, ld.get("headline"))
    url = _first(pairs, ("og:url", "canonical", "twitter:url"))
    if url is None and isinstance(ld.get("url"), str):
        url = ld["url"]
    author = _first(pairs, _AUTHOR_META) or _ld_name(ld.get("author"))
    if author and author.startswith(("http://", "https://")):
        author = _ld_name(ld.get("author"))
    site = _first(pairs, ("og:site_name", "application-name"))
    blocks: list[RawBlock] = []
    for found in markup_blocks(root):
        if found.kind == "title":
            if title is not None and " ".join(found.text.split()) == title:
                continue
            found = RawBlock(text=found.text, kind="heading", hint=found.hint)  # noqa: PLW2901
        blocks.append(found)
    extra = [(k, v) for k, v in pairs]
    if isinstance(ld.get("datePublished"), str):
        extra.append(("jsonld:datePublished", ld["datePublished"]))
    return Document(
        format=Format.HTML,
        blocks=tuple(blocks),
        title=title,
        url=url,
        published=_published(pairs, ld, root),
        author=author,
        language=_language(tree, pairs),
        site=site,
        meta=tuple(extra),
        name=name,
        links=_links(tree),
    )
