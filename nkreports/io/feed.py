"""RSS 2.0 and Atom reader: each item or entry is one article.

Feeds are parsed with entity expansion, DTD loading and network access off.
"""

from __future__ import annotations

import re

from lxml import etree

from nkreports.exceptions import DocumentError

from ._document import Document, Format, RawBlock
from ._markup import fragment_blocks, fragment_text
from ._timestamps import parse_timestamp

__all__ = ["read_feed"]

_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC = "{http://purl.org/dc/elements/1.1/}"
_ATOM = "{http://www.w3.org/2005/Atom}"
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _parser(*, recover: bool) -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
        recover=recover,
    )


def parse_xml(text: str, *, name: str = "document") -> etree._Element:
    """Parse feed XML safely; undefined entities are tolerated, broken XML is an error."""
    data = _XML_DECLARATION.sub("", text, count=1).strip().encode("utf-8")
    try:
        return etree.fromstring(data, parser=_parser(recover=False))
    except etree.XMLSyntaxError:
        try:
            root = etree.fromstring(data, parser=_parser(recover=True))
        except etree.XMLSyntaxError as exc:
            msg = f"{name}: not well-formed XML ({exc})"
            raise DocumentError(msg) from None
        if root is None:
            msg = f"{name}: not well-formed XML"
            raise DocumentError(msg) from None
        return root


def _text(element: etree._Element | None) -> str:
    if element is None:
        return ""
    return "".join(t if isinstance(t, str) else t.decode() for t in element.itertext()).strip()


def _body(markup: str) -> list[RawBlock]:
    if "<" not in markup:
        return [RawBlock(text=p) for p in re.split(r"\n\s*\n", markup) if p.strip()]
    return fragment_blocks(markup)


def _rss_item(item: etree._Element, site: str | None, name: str | None) -> Document:
    body = _text(item.find(_CONTENT)) or _text(item.find("description"))
    author = _text(item.find(_DC + "creator")) or _text(item.find("author"))
    meta = [("category", _text(c)) for c in item.findall("category") if _text(c)]
    description = _text(item.find("description"))
    if description:
        meta.append(("description", fragment_text(description)))
    guid = _text(item.find("guid"))
    if guid:
        meta.append(("guid", guid))
    published = parse_timestamp(_text(item.find("pubDate")) or _text(item.find(_DC + "date")))
    title = fragment_text(_text(item.find("title")))
    return Document(
        format=Format.RSS,
        blocks=tuple(_body(body)),
        title=title or None,
        url=_text(item.find("link")) or None,
        published=published,
        author=author or None,
        site=site,
        meta=tuple(meta),
        name=name,
    )


def _atom_link(entry: etree._Element) -> str | None:
    for link in entry.findall(_ATOM + "link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return None


def _atom_body(element: etree._Element | None) -> list[RawBlock]:
    if element is None:
        return []
    kind = element.get("type", "text")
    if kind == "xhtml":
        div = next(iter(element), None)
        markup = etree.tostring(div, encoding="unicode", method="html") if div is not None else ""
        return fragment_blocks(markup)
    return _body(_text(element)) if kind == "text" else fragment_blocks(_text(element))


def _atom_entry(entry: etree._Element, site: str | None, name: str | None) -> Document:
    body = _atom_body(entry.find(_ATOM + "content")) or _atom_body(entry.find(_ATOM + "summary"))
    authors = [_text(a.find(_ATOM + "name")) for a in entry.findall(_ATOM + "author")]
    published = parse_timestamp(_text(entry.find(_ATOM + "published")) or _text(entry.find(_ATOM + "updated")))
    meta = [("category", c.get("term", "")) for c in entry.findall(_ATOM + "category") if c.get("term")]
    title = fragment_text(_text(entry.find(_ATOM + "title")))
    return Document(
        format=Format.ATOM,
        blocks=tuple(body),
        title=title or None,
        url=_atom_link(entry),
        published=published,
        author=", ".join(a for a in authors if a) or None,
        site=site,
        meta=tuple(meta),
        name=name,
    )


def read_feed(text: str, *, name: str | None = None) -> tuple[Document, ...]:
    """Read an RSS 2.0 or Atom feed: one :class:`Document` per item, in feed order.

    An item's body is ``content:encoded`` when present, else its ``description``.
    """
    label = name or "document"
    root = parse_xml(text, name=label)
    if root.tag == "rss" or root.find("channel") is not None:
        channel = root.find("channel")
        scope = channel if channel is not None else root
        site = _text(scope.find("title")) or None
        items = scope.findall("item")
        docs = tuple(_rss_item(i, site, name) for i in items)
    elif root.tag == _ATOM + "feed":
        site = _text(root.find(_ATOM + "title")) or None
        docs = tuple(_atom_entry(e, site, name) for e in root.findall(_ATOM + "entry"))
    else:
        msg = f"{label}: XML whose root <{etree.QName(root).localname}> is neither an RSS nor an Atom feed"
        raise DocumentError(msg)
    if not docs:
        msg = f"{label}: the feed has no items"
        raise DocumentError(msg)
    return docs
