"""Boundary formats: document readers and the report JSON."""

from ._document import Document, Format, RawBlock
from ._normalize import normalize_block, split_blocks
from ._read import DEFAULT_MAX_BYTES, decode, read_document, read_path
from .text import read_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Document",
    "Format",
    "RawBlock",
    "decode",
    "normalize_block",
    "read_document",
    "read_path",
    "read_text",
    "split_blocks",
]
