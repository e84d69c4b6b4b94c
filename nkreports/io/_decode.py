"""Bytes to text: byte-order marks, declared charsets and sensible fallbacks."""

from __future__ import annotations

import codecs
import re

from nkreports.exceptions import DocumentError

__all__ = ["declared_charset", "decode", "scrub_surrogates"]

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
# Codecs Python knows that are no character encoding a page may declare: escapes and
# transforms (rot13, base64 and the like are excluded as non-text codecs already).
_NOT_A_CHARSET = frozenset(["undefined", "punycode", "idna", "utf-7", "unicode-escape", "raw-unicode-escape"])
# A page that declares UTF-16/32 yet reached us as ASCII-compatible bytes is UTF-8 (HTML standard).
_WIDE = frozenset(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
_ASCII_PROBE = b"<meta charset=x> abc XYZ 019"
_SURROGATE = re.compile("[\ud800-\udfff]")
# How many valid multi-byte UTF-8 characters must stand against each invalid byte for a
# document to be read as UTF-8 with replacement characters rather than as Windows-1252.
_UTF8_MAJORITY = 2


def scrub_surrogates(text: str) -> str:
    """Replace lone surrogates (which no file can hold and no encoder writes) with U+FFFD.

    >>> scrub_surrogates("caf\\ud800e")
    'caf\\ufffde'
    """
    return _SURROGATE.sub("\ufffd", text) if not text.isascii() else text


def _charset(label: str) -> str | None:
    """Python's name for a declared charset label, or None when it names no usable text encoding."""
    label = _ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_A_CHARSET:
        return None
    if info.name in _WIDE:
        return "utf-8"
    try:
        ascii_compatible = info.decode(_ASCII_PROBE)[0] == _ASCII_PROBE.decode("ascii")
    except (UnicodeError, ValueError, TypeError, LookupError):
        ascii_compatible = False
    return info.name if ascii_compatible else None


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
    return _charset(match.group(1).decode("ascii").lower())


def _is_prose(text: str) -> bool:
    """Whether *text* has letters and no control characters but whitespace."""
    sample = text[:_SNIFF_BYTES]
    return any(ch.isalpha() for ch in sample) and all(ch.isprintable() or ch in "\n\r\t" for ch in sample)


def _wide_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: one half of every byte pair is zero (Latin-script text)."""
    sample = data[:8192]
    if len(sample) < 8 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for codec, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.1 * len(other):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return text if text.lstrip().startswith("<") or _is_prose(text) else None
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (one Windows-1252 quote pasted in): decoded with U+FFFD for them."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    return text if bad > 0 and multibyte >= _UTF8_MAJORITY * bad else None


def decode(data: bytes, *, name: str = "document") -> str:
    """Decode document bytes to text.

    A byte-order mark wins (UTF-16/32 marks for markup and clean prose); then, for markup,
    the declared charset; then UTF-8.  UTF-8 with a few stray bytes is read as UTF-8 with
    U+FFFD in their place when valid multi-byte characters clearly outnumber them.
    Markup with no usable declaration that is not UTF-8 falls back to
    Windows-1252, the web's de facto default.  Plain text must be UTF-8 (or
    UTF-16, with or without a byte-order mark).
    Raises :class:`~nkreports.DocumentError` for binary or undecodable data.
    Lone surrogates (from an escaping codec) become U+FFFD.

    >>> decode('<p>caf\\u00e9</p>'.encode("cp1252"))
    '<p>café</p>'
    """
    return scrub_surrogates(_decode(data, name))


def _decode(data: bytes, name: str) -> str:
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
        wide = _wide_without_bom(data)
        if wide is not None:
            return wide
        msg = f"{name}: looks like binary data, not a text document"
        raise DocumentError(msg)
    markup = _MARKUP.match(data) is not None
    if markup:
        charset = declared_charset(data)
        if charset is not None:
            try:
                return data.decode(charset)
            except (UnicodeError, ValueError, LookupError):
                pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        mostly = _mostly_utf8(data)
        if mostly is not None:
            return mostly
        if markup:
            try:
                return data.decode("cp1252")
            except UnicodeDecodeError:
                pass
        msg = f"{name}: not valid UTF-8 (byte {exc.start}); re-encode the file as UTF-8"
        raise DocumentError(msg) from None
