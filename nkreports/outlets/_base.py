"""Shared machinery for outlet parsers: block classification and article assembly.

Most outlets are a :class:`BaseOutlet` configured with data: the hosts they
publish on, the names they call themselves, and the patterns of their
boilerplate and photo credits.  An outlet with unusual markup subclasses it and
overrides :meth:`BaseOutlet.blocks`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import attrs

from nkreports.io import Document, RawBlock, normalize_block
from nkreports.model import Article, Block, BlockKind, Span

__all__ = ["BaseOutlet", "Piece", "assemble", "compile_patterns"]

Piece = tuple[BlockKind, str]
"""A classified block before assembly: its kind and normalized text."""


def compile_patterns(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """Compile case-insensitive patterns once."""
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def _patterns(items: Any) -> tuple[re.Pattern[str], ...]:
    return compile_patterns(items) if not all(isinstance(i, re.Pattern) for i in items) else tuple(items)


def _strings(items: Any) -> tuple[str, ...]:
    return tuple(items)


def assemble(pieces: Iterable[Piece]) -> tuple[str, tuple[Block, ...]]:
    """Join classified pieces into normalized text and its block spans."""
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for kind, text in pieces:
        if not text:
            continue
        if parts:
            parts.append("\n\n")
            offset += 2
        blocks.append(Block(kind=kind, span=Span(start=offset, end=offset + len(text), text=text)))
        parts.append(text)
        offset += len(text)
    return "".join(parts), tuple(blocks)


# Generic boilerplate seen across outlets: whole blocks that are never article content.
GENERIC_BOILERPLATE = (
    r"^please direct any comments or questions",
    r"^read in korean$",
    r"^(share|tweet|email|print)( this( article)?)?$",
    r"^comments are closed\.?$",
)

# Photo credits that end a caption: "/ Image: Daily NK", "(Daily NK)", "FILE PHOTO:".
GENERIC_CREDITS = (
    r"\s*/\s*(image|photo)\s*:\s*[^/]+$",
    r"\s*\((daily nk|yonhap|news ?1|wikimedia commons|rodong sinmun[^)]*|kcna[^)]*|asiapress|reuters|afp)\)$",
)
GENERIC_CAPTION_PREFIX = r"^(file photo|photo|image)\s*:\s*"


@attrs.frozen(kw_only=True)
class BaseOutlet:
    """An outlet described by data; see the module docstring."""

    key: str
    name: str
    self_names: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    hosts: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    markers: tuple[re.Pattern[str], ...] = attrs.field(default=(), converter=_patterns)
    boilerplate: tuple[re.Pattern[str], ...] = attrs.field(
        default=compile_patterns(GENERIC_BOILERPLATE), converter=_patterns
    )
    credits: tuple[re.Pattern[str], ...] = attrs.field(default=compile_patterns(GENERIC_CREDITS), converter=_patterns)
    caption_prefix: re.Pattern[str] = attrs.field(default=re.compile(GENERIC_CAPTION_PREFIX, re.IGNORECASE))

    def detect(self, document: Document) -> float:
        """1.0 for a URL on one of ``hosts``, 0.6 when a ``markers`` pattern is in the text."""
        if document.url and any(h in document.url for h in self.hosts):
            return 1.0
        if document.site and any(h in document.site for h in self.hosts):
            return 1.0
        sample = "\n".join(b.text for b in document.blocks[:60])
        if any(m.search(sample) for m in self.markers):
            return 0.6
        return 0.0

    def is_boilerplate(self, text: str) -> bool:
        """Whether a whole block is boilerplate."""
        return any(p.search(text) for p in self.boilerplate)

    def caption(self, text: str) -> str | None:
        """The caption without its credit, if *text* carries a photo credit; else ``None``."""
        for pattern in self.credits:
            match = pattern.search(text)
            if match:
                return self.caption_prefix.sub("", text[: match.start()]).strip()
        if self.caption_prefix.match(text):
            return self.caption_prefix.sub("", text).strip()
        return None

    def blocks(self, document: Document) -> list[Piece]:
        """Classify the document's raw blocks; boilerplate is dropped."""
        pieces: list[Piece] = []
        if document.title:
            pieces.append((BlockKind.TITLE, normalize_block(document.title)))
        for raw in document.blocks:
            pieces.extend(self.classify(raw))
        return pieces

    def classify(self, raw: RawBlock) -> list[Piece]:
        """Turn one raw block into zero or more pieces."""
        lines = [normalize_block(line) for line in raw.text.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            return []
        if raw.kind != "paragraph":
            kind = BlockKind(raw.kind) if raw.kind in BlockKind.__members__.values() else BlockKind.PARAGRAPH
            text = " ".join(lines)
            return [] if self.is_boilerplate(text) else [(kind, text)]
        last = lines[-1]
        caption = self.caption(last)
        if caption is not None:
            # An image block: alt text line(s), then the caption with its credit.
            return [(BlockKind.CAPTION, caption)] if caption else []
        text = " ".join(lines)
        if self.is_boilerplate(text):
            return []
        return [(BlockKind.PARAGRAPH, text)]

    def article(self, document: Document) -> Article:
        """Assemble the article from :meth:`blocks` and the document's metadata."""
        text, blocks = assemble(self.blocks(document))
        return Article(
            outlet=self.key,
            text=text,
            blocks=blocks,
            title=normalize_block(document.title) if document.title else None,
            url=document.url,
            published=document.published,
            author=document.author,
            language=document.language or "en",
        )
