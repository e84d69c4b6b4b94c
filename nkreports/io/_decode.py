"""Bytes to text: byte-order marks, declared charsets and sensible fallbacks."""

from __future__ import annotations

import codecs
import re

from nkreports.exceptions import DocumentError

__all__ = ["declared_charset", "decode"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">,
# and the XML declaration's encoding.  Only the head of the document is searched.
_META_CHARSET = re.compile(rb"""<meta\b[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s{0,10}<\?xml\b[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_MARKUP = re.compile(rb"^\s{0,100}<", re.DOTALL)
_SNIFF_BYTES = 4096
# Latin-1 labels on the web mean Windows-1252 (the WHATWG encoding standard).
_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}


def declared_charset(data: bytes) -> str | None:
    """The charset a markup document declares (XML declaration or ``<meta>``), if any Python knows.

    >>> declared_charset(b'<?xml version="1.0" encoding="ISO-8859-1"?><rss/>')
    'cp1252'
    >>> declared_charset(b'<html><head><meta charset="euc-kr"></head></html>')
    'euc_kr'
    """
    head = data[:_SNIFF_BYTES]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _is_prose(text: str) -> bool:
    """Whether *text* has letters and no control characters but whitespace."""
    sample = text[:_SNIFF_BYTES]
    return any(ch.isalpha() for ch in sample) and all(ch.isprintable() or ch in "\n\r\t" for ch in sample)


def decode(data: bytes, *, name: str = "document") -> str:
    """Decode document bytes to text.

    A byte-order mark wins (UTF-16/32 marks for markup and clean prose); then, for markup,
    the declared charset; then UTF-8.
    Markup with no usable declaration that is not UTF-8 falls back to
    Windows-1252, the web's de facto default.  Plain text must be UTF-8.
    Raises :class:`~nkreports.DocumentError` for binary or undecodable data.

    >>> decode('<p>caf\\u00e9</p>'.encode("cp1252"))
    '<p>café</p>'
    """
    for bom, codec in _BOMS:
        if not data.startswith(bom):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            break
        # UTF-8 with a mark is always fine.  A UTF-16/32 mark is honoured when what it
        # decodes to is text (markup, or prose without control characters); otherwise
        # the "mark" is two bytes of a broken or binary file.
        if codec == "utf-8-sig" or text.lstrip().startswith("<") or _is_prose(text):
            return text
        break
    if b"\x00" in data[:8192]:
        msg = f"{name}: looks like binary data, not a text document"
        raise DocumentError(msg)
    markup = _MARKUP.match(data) is not None
    if markup:
        charset = declared_charset(data)
        if charset is not None:
            try:
                return data.decode(charset)
            except UnicodeDecodeError:
                pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if markup:
            try:
                return data.decode("cp1252")
            except UnicodeDecodeError:
                pass
        msg = f"{name}: not valid UTF-8 (byte {exc.start}); re-encode the file as UTF-8"
        raise DocumentError(msg) from None
