"""Text normalization shared by every reader.

Readers hand outlets clean blocks: Unicode whitespace folded to plain spaces,
hard line breaks inside a paragraph joined, control characters dropped.
Curly quotes and dashes are kept as written: they are part of the quotes
users audit against.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["normalize_block", "split_blocks"]

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# Zero-width and bidi formatting characters carry no text.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
    None,
)
_HAS_INVISIBLE = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")


_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _drop_controls(text: str) -> str:
    if text.isascii():
        return _ASCII_CONTROLS.sub(" ", text)
    if text.isprintable():
        return text
    return "".join(
        ch if ch in "\n\t" or unicodedata.category(ch) not in {"Cc", "Cs", "Co", "Cn"} else " " for ch in text
    )


@lru_cache(maxsize=256)
def normalize_block(text: str) -> str:
    """Fold whitespace (line breaks included) to single spaces and trim.

    Outlets normalize a block's lines more than once (end marks, then the
    block itself), so the last few results are kept.

    >>> normalize_block("told\\nDaily\\u00a0NK  on the 27th ")
    'told Daily NK on the 27th'
    """
    if not text.isascii() and _HAS_INVISIBLE.search(text):  # the invisible characters are all outside ASCII
        text = text.translate(_INVISIBLE)
    # The same as replacing line breaks, folding runs of whitespace to one space and trimming: ``str.split``
    # and the pattern's ``\s`` know the same whitespace (``str.isspace``).
    return " ".join(_drop_controls(text).split())


def split_blocks(text: str) -> list[str]:
    """Split plain text into blocks at blank lines, keeping single line breaks.

    >>> split_blocks("One\\nline.\\n \\n\\nTwo.")
    ['One\\nline.', 'Two.']
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = _BLANK_LINE.split(text)
    return [p.strip("\n") for p in parts if p.strip()]
