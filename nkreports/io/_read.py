"""Reading documents from paths or memory, with format detection."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from nkreports.exceptions import DocumentError, DocumentTooLargeError

from ._decode import decode, scrub_surrogates
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
    :func:`decode`.  Lone surrogates, which no file can hold, become U+FFFD here,
    once, for every format.

    >>> docs = read_document("<html><body><h1>Title</h1><p>Body text.</p></body></html>")
    >>> docs[0].title, docs[0].blocks[0].text
    ('Title', 'Body text.')
    """
    label = name or "document"
    text = decode(content, name=label) if isinstance(content, bytes) else scrub_surrogates(content)
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


def _read_bounded(p: Path, max_bytes: int) -> bytes:
    """At most *max_bytes* of a regular file; FIFOs, devices and sockets are refused without blocking."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(p, flags)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            msg = f"{p}: is a directory, not a document"
            raise DocumentError(msg)
        if not stat.S_ISREG(info.st_mode):
            msg = f"{p}: not a regular file (a pipe, device or socket); only files are read"
            raise DocumentError(msg)
        if info.st_size > max_bytes:
            msg = f"{p}: {info.st_size} bytes is over the {max_bytes}-byte limit"
            raise DocumentTooLargeError(msg)
        chunks: list[bytes] = []
        left = max_bytes + 1  # one byte more than allowed tells a file that grew past the limit
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        msg = f"{p}: over the {max_bytes}-byte limit"
        raise DocumentTooLargeError(msg)
    return data


def read_path(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Document, ...]:
    """Read a document file; errors become :class:`~nkreports.DocumentError`.

    At most *max_bytes* + 1 bytes are ever read, whatever size the file
    reports; anything but a regular file (a FIFO, ``/dev/zero``, a socket)
    is refused without waiting on it.
    """
    p = Path(path)
    try:
        data = _read_bounded(p, max_bytes)
    except DocumentError:
        raise
    except FileNotFoundError:
        msg = f"{p}: no such file"
        raise DocumentError(msg) from None
    except IsADirectoryError:
        msg = f"{p}: is a directory, not a document"
        raise DocumentError(msg) from None
    except OSError as exc:
        msg = f"{p}: cannot read ({exc.strerror or exc})"
        raise DocumentError(msg) from None
    except ValueError:  # a NUL byte in the name
        msg = f"{p!r}: not a usable file name"
        raise DocumentError(msg) from None
    return read_document(data, name=str(p))
