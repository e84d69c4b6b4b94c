"""Reading documents from paths or memory, with format detection."""

from __future__ import annotations

import os
from pathlib import Path

from nkreports.exceptions import DocumentError, DocumentTooLargeError

from ._decode import decode
from ._document import Document, Format
from ._sniff import sniff_format
from .feed import read_feed
from .html import read_html
from .text import read_text
from .wordpress import read_wordpress

__all__ = ["DEFAULT_MAX_BYTES", "read_document", "read_path"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Documents larger than this are refused with :class:`~nkreports.DocumentError`."""


def read_document(content: str | bytes, *, name: str | None = None) -> tuple[Document, ...]:
    """Read one document's content; a feed yields one :class:`Document` per item.

    The format (plain text, HTML, WordPress REST JSON, RSS or Atom) is detected
    from the content itself; *name* only breaks ties.  Bytes are decoded with
    :func:`decode`.

    >>> docs = read_document("<html><body><h1>Title</h1><p>Body text.</p></body></html>")
    >>> docs[0].title, docs[0].blocks[0].text
    ('Title', 'Body text.')
    """
    label = name or "document"
    text = decode(content, name=label) if isinstance(content, bytes) else content
    if not text.strip():
        msg = f"{label}: the document is empty"
        raise DocumentError(msg)
    kind = sniff_format(text, name)
    if kind is Format.WPJSON:
        return read_wordpress(text, name=name)
    if kind in {Format.RSS, Format.ATOM}:
        return read_feed(text, name=name)
    if kind is Format.HTML:
        return (read_html(text, name=name),)
    return (read_text(text, name=name),)


def read_path(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Document, ...]:
    """Read a document file; errors become :class:`~nkreports.DocumentError`."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            msg = f"{p}: {size} bytes is over the {max_bytes}-byte limit"
            raise DocumentTooLargeError(msg)
        data = p.read_bytes()
    except FileNotFoundError:
        msg = f"{p}: no such file"
        raise DocumentError(msg) from None
    except IsADirectoryError:
        msg = f"{p}: is a directory, not a document"
        raise DocumentError(msg) from None
    except OSError as exc:
        msg = f"{p}: cannot read ({exc.strerror or exc})"
        raise DocumentError(msg) from None
    return read_document(data, name=str(p))
