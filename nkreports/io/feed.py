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
# A bare "&" (not starting an entity or character reference), outside CDATA sections.
_BARE_AMPERSAND = re.compile(
    r"(<!\[CDATA\[.*?\]\]>)|&(?!(?:[A-Za-z_][\w.-]{0,40}|#[0-9]{1,8}|#x[0-9A-Fa-f]{1,8});)", re.DOTALL
)
_ROOT_OPEN = re.compile(r"<(?:rss|feed|rdf:RDF)\b[^>]*>")
_ITEM_START = re.compile(r"<(?:item|entry)\b")
_ITEM_END = re.compile(r"</(?:item|entry)\s*>")


def _parser(*, recover: bool) -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=True,  # deep elements are kept; size is bounded by the reader's max_bytes
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
        recover=recover,
    )


def _escape_ampersands(text: str) -> str:
    return _BARE_AMPERSAND.sub(lambda m: m.group(1) or "&amp;", text)


def parse_xml(text: str, *, name: str = "document") -> etree._Element:
    """Parse feed XML safely; undefined entities and bare ``&`` are tolerated, broken XML is an error."""
    data = _XML_DECLARATION.sub("", text, count=1).strip().encode("utf-8")
    try:
        return etree.fromstring(data, parser=_parser(recover=False))
    except etree.XMLSyntaxError:
        data = _escape_ampersands(data.decode("utf-8")).encode("utf-8")
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


def _one_by_one(text: str, found: int) -> list[etree._Element] | None:
    """The items of a broken feed parsed one at a time, when that recovers more than *found*.

    One malformed item (an unclosed tag) can swallow every later item when the
    whole feed is repaired at once; parsed alone, it cannot harm its neighbours.
    """
    opening = _ROOT_OPEN.search(text)
    starts = [m.start() for m in _ITEM_START.finditer(text)]
    chunks = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        chunk = text[start:end]
        last = None
        for last in _ITEM_END.finditer(chunk):  # noqa: B007  (the last closing tag is wanted)
            pass
        chunks.append(chunk[: last.end()] if last is not None else chunk)
    if opening is None or len(chunks) <= found:
        return None
    closing = "</" + opening.group()[1:].split(None, 1)[0].rstrip(">/") + ">"
    items: list[etree._Element] = []
    for chunk in chunks:
        try:
            wrapper = parse_xml(opening.group() + chunk + closing)
        except DocumentError:
            continue
        items.extend(e for e in wrapper if isinstance(e.tag, str))
    return items if len(items) > found else None


def _well_formed(text: str) -> bool:
    data = _XML_DECLARATION.sub("", text, count=1).strip().encode("utf-8")
    try:
        etree.fromstring(data, parser=_parser(recover=False))
    except etree.XMLSyntaxError:
        return False
    return True


def read_feed(text: str, *, name: str | None = None) -> tuple[Document, ...]:
    """Read an RSS 2.0 or Atom feed: one :class:`Document` per item, in feed order.

    An item's body is ``content:encoded`` when present, else its ``description``.
    In a feed that is not well-formed, a broken item is repaired on its own, so
    it does not take the items after it down with it.
    """
    label = name or "document"
    root = parse_xml(text, name=label)
    if root.tag == "rss" or root.find("channel") is not None:
        channel = root.find("channel")
        scope = channel if channel is not None else root
        site = _text(scope.find("title")) or None
        items = scope.findall("item")
        if not _well_formed(text):
            items = _one_by_one(text, len(items)) or items
        docs = tuple(_rss_item(i, site, name) for i in items)
    elif root.tag == _ATOM + "feed":
        site = _text(root.find(_ATOM + "title")) or None
        entries = root.findall(_ATOM + "entry")
        if not _well_formed(text):
            entries = _one_by_one(text, len(entries)) or entries
        docs = tuple(_atom_entry(e, site, name) for e in entries)
    else:
        msg = f"{label}: XML whose root <{etree.QName(root).localname}> is neither an RSS nor an Atom feed"
        raise DocumentError(msg)
    if not docs:
        msg = f"{label}: the feed has no items"
        raise DocumentError(msg)
    return docs
