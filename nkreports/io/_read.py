"""Reading documents from paths or memory, with format detection."""

from __future__ import annotations

import os
from pathlib import Path

from nkreports.exceptions import DocumentError, DocumentTooLargeError

from ._document import Document
from .text import read_text

__all__ = ["DEFAULT_MAX_BYTES", "decode", "read_document", "read_path"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Documents larger than this are refused with :class:`~nkreports.DocumentError`."""


def decode(data: bytes, *, name: str = "document") -> str:
    """Decode document bytes as UTF-8 (a byte-order mark is dropped).

    Raises :class:`~nkreports.DocumentError` for undecodable or binary data.
    """
    if b"\x00" in data[:8192]:
        msg = f"{name}: looks like binary data, not a text document"
        raise DocumentError(msg)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        msg = f"{name}: not valid UTF-8 (byte {exc.start}); re-encode the file as UTF-8"
        raise DocumentError(msg) from None


def read_document(content: str | bytes, *, name: str | None = None) -> tuple[Document, ...]:
    """Read one document's content; a feed yields one :class:`Document` per item.

    The format is detected from the content itself.
    """
    label = name or "document"
    text = decode(content, name=label) if isinstance(content, bytes) else content
    if not text.strip():
        msg = f"{label}: the document is empty"
        raise DocumentError(msg)
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
