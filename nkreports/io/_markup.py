"""Turn an HTML element tree into reading-order :class:`RawBlock` objects.

The walker keeps paragraphs, headings, captions, bylines and date lines, and
skips page chrome: scripts, navigation, forms, share buttons, related posts,
comments, tag lists, sidebars.  Chrome is recognised by tag and by the words
of ``class``/``id`` attributes, so it works across site templates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import html as lxml_html
from lxml.html import HtmlElement

from ._document import RawBlock

__all__ = ["content_root", "fragment_blocks", "is_chrome", "markup_blocks", "parse_fragment"]


# Tags whose content is never article text.
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "form",
        "button",
        "select",
        "option",
        "textarea",
        "input",
        "label",
        "iframe",
        "nav",
        "aside",
        "footer",
        "object",
        "embed",
        "canvas",
        "map",
        "head",
        "video",
        "audio",
        "picture",
        "source",
        "img",
        "link",
        "meta",
    ]
)
# Words in class/id that mark page chrome.
CHROME_WORDS = frozenset(
    [
        "share",
        "shares",
        "sharing",
        "sharer",
        "social",
        "related",
        "comment",
        "comments",
        "respond",
        "reply",
        "tags",
        "tag",
        "tagcloud",
        "breadcrumb",
        "breadcrumbs",
        "sidebar",
        "widget",
        "widgets",
        "newsletter",
        "subscribe",
        "subscription",
        "advert",
        "advertisement",
        "ads",
        "ad",
        "adsbygoogle",
        "promo",
        "sponsored",
        "menu",
        "nav",
        "navbar",
        "navigation",
        "footer",
        "cookie",
        "cookies",
        "popup",
        "modal",
        "pagination",
        "pager",
        "kicker",
        "category",
        "categories",
        "avatar",
        "donate",
        "paywall",
        "login",
        "signup",
        "recommended",
        "trending",
        "popular",
        "outbrain",
        "taboola",
        "disqus",
        "credit",
        "credits",
        "skip",
    ]
)
_CHROME_PHRASES = ("screen-reader", "sr-only", "visually-hidden", "read-more", "more-stories", "also-read")
# WordPress puts taxonomy classes ("category-news", "tag-musan") on the article itself.
_TAXONOMY_CLASS = re.compile(r"^(category|tag|post|format|type|status|has|single|postid)-")
BYLINE_WORDS = frozenset(["byline", "author", "authors", "writer", "reporter", "contributor"])
DATE_WORDS = frozenset(["date", "dateline", "published", "pubdate", "timestamp", "posted"])
SUBTITLE_WORDS = frozenset(["dek", "deck", "standfirst", "subtitle", "subheadline", "strapline"])

LEAF_TAGS = frozenset(["p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption", "pre", "dt", "dd", "address"])
CONTAINER_TAGS = frozenset(
    [
        "html",
        "body",
        "div",
        "section",
        "article",
        "main",
        "header",
        "ul",
        "ol",
        "li",
        "blockquote",
        "figure",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "center",
        "details",
        "summary",
        "dl",
        "hgroup",
        "fieldset",
    ]
)
BLOCK_TAGS = LEAF_TAGS | CONTAINER_TAGS | {"br", "hr", "time"}
_STRUCTURAL = (LEAF_TAGS | CONTAINER_TAGS) - {"li"}
_ASCII_SPACE = re.compile(r"[ \t\r\n\f]+")
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")


def _words(element: HtmlElement) -> set[str]:
    words: set[str] = set()
    for attr in ("class", "id", "role"):
        for item in (element.get(attr) or "").lower().split():
            if not _TAXONOMY_CLASS.match(item):
                words.update(w for w in _WORD_SPLIT.split(item) if w)
    return words


def is_chrome(element: HtmlElement) -> bool:
    """Whether *element* is page chrome (never article text)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in SKIP_TAGS:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    if "display:none" in (element.get("style") or "").replace(" ", ""):
        return True
    if tag == "header" and not any(True for _ in element.iter("h1")):
        return True
    if element.get("role") in {"navigation", "banner", "contentinfo", "complementary", "search"}:
        return True
    if _words(element) & CHROME_WORDS:
        return True
    attrs = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return any(p in attrs for p in _CHROME_PHRASES)


def _hint(element: HtmlElement, depth: int = 3) -> str:
    parts: list[str] = []
    node: HtmlElement | None = element
    while node is not None and depth > 0:
        if isinstance(node.tag, str):
            parts.append(" ".join(x for x in (node.tag, node.get("class"), node.get("id")) if x))
        node = node.getparent()
        depth -= 1
    return " / ".join(parts)


def _role(element: HtmlElement, depth: int = 3) -> str | None:
    node: HtmlElement | None = element
    while node is not None and depth > 0:
        words = _words(node)
        if words & DATE_WORDS:
            return "dateline"
        if words & BYLINE_WORDS:
            return "byline"
        if words & SUBTITLE_WORDS:
            return "subtitle"
        node = node.getparent()
        depth -= 1
    return None


def _has_block(element: HtmlElement) -> bool:
    """Whether *element* holds paragraphs or containers (malformed nesting such as ``<p><figure>``)."""
    return any(isinstance(d.tag, str) and d.tag in _STRUCTURAL for d in element.iterdescendants())


def _text(element: HtmlElement) -> str:
    """Visible text of an inline element: chrome skipped, ``<br>`` kept as a line break."""
    parts: list[str] = []

    def visit(el: HtmlElement) -> None:
        if isinstance(el.tag, str):
            if el.tag == "br":
                parts.append("\n")
            elif not is_chrome(el):
                parts.append(_ASCII_SPACE.sub(" ", el.text or ""))
                for child in el:
                    visit(child)
                    parts.append(_ASCII_SPACE.sub(" ", child.tail or ""))

    visit(element)
    return "".join(parts)


def _clean(text: str) -> str:
    lines = [line.strip(" ") for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self._buffer: list[str] = []
        self._owner: HtmlElement | None = None

    def _emit(self, text: str, kind: str, element: HtmlElement) -> None:
        text = _clean(text)
        if text:
            self.blocks.append(RawBlock(text=text, kind=kind, hint=_hint(element)))

    def flush(self) -> None:
        if self._buffer and self._owner is not None:
            self._emit("".join(self._buffer), _role(self._owner) or "paragraph", self._owner)
        self._buffer = []
        self._owner = None

    def inline(self, text: str | None, owner: HtmlElement) -> None:
        if text:
            if self._owner is None:
                self._owner = owner
            self._buffer.append(_ASCII_SPACE.sub(" ", text))

    def leaf(self, element: HtmlElement) -> None:
        tag = element.tag
        if tag == "h1":
            kind = "title"
        elif tag in {"h2", "h3", "h4", "h5", "h6"}:
            kind = "heading"
        elif tag in {"figcaption", "caption"}:
            kind = "caption"
        elif tag == "time":
            kind = "dateline"
        else:
            kind = _role(element) or "paragraph"
        self._emit(_text(element), kind, element)

    def row(self, element: HtmlElement) -> None:
        cells = [_clean(_text(c)).replace("\n", " ") for c in element if isinstance(c.tag, str) and not is_chrome(c)]
        cells = [c for c in cells if c]
        if cells:
            self.blocks.append(RawBlock(text=" | ".join(cells), kind="table", hint=_hint(element)))

    def container(self, root: HtmlElement) -> None:
        """Walk *root* in reading order with an explicit stack, so deep nesting costs no recursion."""
        self.inline(root.text, root)
        stack: list[tuple[HtmlElement, Iterator[HtmlElement]]] = [(root, iter(root))]
        while stack:
            element, children = stack[-1]
            child = next(children, None)
            if child is None:  # a nested container is done: its text ends, its tail follows
                stack.pop()
                if stack:
                    self.flush()
                    self.inline(element.tail, stack[-1][0])
                continue
            if not isinstance(child.tag, str) or is_chrome(child):
                pass
            elif child.tag == "br":
                self._buffer.append("\n")
            elif child.tag == "tr":
                self.flush()
                self.row(child)
            elif (child.tag in LEAF_TAGS or child.tag in {"li", "time"}) and not _has_block(child):
                self.flush()
                self.leaf(child)
            elif child.tag in CONTAINER_TAGS or _has_block(child):
                self.flush()
                self.inline(child.text, child)
                stack.append((child, iter(child)))
                continue  # its tail comes when it is done
            else:
                self.inline(_text(child), element)
            self.inline(child.tail, element)


def markup_blocks(root: HtmlElement) -> list[RawBlock]:
    """The blocks of *root* in reading order, chrome removed."""
    walker = _Walker()
    walker.container(root)
    walker.flush()
    return walker.blocks


def _prose(body: HtmlElement) -> tuple[dict[HtmlElement, bool], dict[HtmlElement, int], dict[HtmlElement, int]]:
    """For every element of a page body, in one pass: outside chrome, depth below the body, paragraph characters.

    The characters of *e* count the ``<p>`` text under it (itself included) whose
    every ancestor below the body is not chrome; for an element outside chrome,
    that is its paragraph text outside chrome.
    """
    clean: dict[HtmlElement, bool] = {body: True}
    depth: dict[HtmlElement, int] = {body: 0}
    chars: dict[HtmlElement, int] = {body: len(body.text_content()) if body.tag == "p" else 0}
    order: list[HtmlElement] = []
    for element in body.iterdescendants():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions hold no paragraphs
        parent = element.getparent()
        clean[element] = clean[parent] and not is_chrome(element)
        depth[element] = depth[parent] + 1
        chars[element] = len(element.text_content()) if element.tag == "p" and clean[element] else 0
        order.append(element)
    for element in reversed(order):  # children before their parents: each subtree is summed once
        chars[element.getparent()] += chars[element]
    return clean, depth, chars


def _candidates(body: HtmlElement) -> Iterator[HtmlElement]:
    for element in body.iter("article", "main"):
        yield element
    for element in body.iter():
        if isinstance(element.tag, str) and element.get("role") == "main":
            yield element


def content_root(document: HtmlElement) -> HtmlElement:
    """The element holding the article: the deepest ``<article>``/``<main>`` with most of the page's prose.

    Prose, chrome and depth are worked out once for the whole page, so the cost
    grows with the page's size, however deeply candidates nest.
    """
    body = document.find("body")
    if body is None:
        body = document
    clean, depth, chars = _prose(body)
    scored = [(e, chars[e]) for e in _candidates(body) if clean[e]]
    best = max((s for _, s in scored), default=0)
    if not scored or best < 0.5 * chars[body] or best == 0:
        return body
    good = [e for e, s in scored if s >= 0.8 * best]
    return max(good, key=depth.__getitem__)


def parse_fragment(markup: str) -> HtmlElement:
    """Parse an HTML fragment (a WordPress ``content.rendered``, a feed item body) under one ``<div>``."""
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True)
    if not markup.strip():
        return lxml_html.Element("div")
    return lxml_html.fragment_fromstring(markup, create_parent="div", parser=parser)


def fragment_blocks(markup: str) -> list[RawBlock]:
    """The blocks of an HTML fragment."""
    return markup_blocks(parse_fragment(markup))


def fragment_text(markup: str) -> str:
    """The plain text of a short HTML fragment such as a title, whitespace folded."""
    return " ".join(parse_fragment(markup).text_content().split())
