"""Plain-text reader."""

from __future__ import annotations

from ._document import Document, Format, RawBlock
from ._normalize import split_blocks

__all__ = ["read_text"]


def read_text(text: str, *, name: str | None = None) -> Document:
    """Read a plain-text article: blocks are separated by blank lines.

    Single line breaks inside a block are kept in ``RawBlock.text`` so that
    outlets can tell an image's alt-text line from its caption; they are folded
    to spaces when the outlet builds the article.
    """
    blocks = tuple(RawBlock(text=b) for b in split_blocks(text))
    return Document(format=Format.TEXT, blocks=blocks, name=name)
