"""Boundary formats: document readers and the report JSON."""

from ._decode import declared_charset, decode
from ._document import Document, Format, RawBlock
from ._normalize import normalize_block, split_blocks
from ._read import DEFAULT_MAX_BYTES, read_document, read_path
from ._sniff import sniff_format
from ._timestamps import parse_timestamp
from .feed import read_feed
from .html import read_html
from .text import read_text
from .wordpress import read_wordpress

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Document",
    "Format",
    "RawBlock",
    "declared_charset",
    "decode",
    "normalize_block",
    "parse_timestamp",
    "read_document",
    "read_feed",
    "read_html",
    "read_path",
    "read_text",
    "read_wordpress",
    "sniff_format",
    "split_blocks",
]
