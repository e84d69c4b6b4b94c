"""The article: metadata plus normalized body text split into blocks."""

import datetime as dt
import re
from typing import Any

import attrs

from ._display import article_html, article_repr
from ._values import Span
from ._vocab import BlockKind, to_block_kind

_OUTLET_KEY = re.compile(r"^[a-z0-9][a-z0-9_]*$")


@attrs.frozen(kw_only=True)
class Block:
    """One block of the normalized text: a title, paragraph, caption or heading."""

    kind: BlockKind = attrs.field(converter=to_block_kind)
    span: Span


@attrs.frozen(kw_only=True)
class Link:
    """A link the article carries, such as its Korean-language version."""

    url: str = attrs.field(validator=attrs.validators.min_len(1))
    rel: str = "related"
    text: str | None = None
    language: str | None = None


def _blocks(items: Any) -> tuple[Block, ...]:
    return tuple(items)


def _links(items: Any) -> tuple[Link, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Article:
    """One article as an outlet published it.

    ``text`` is the normalized body: the title, paragraphs, subheadings and
    captions in document order, separated by blank lines.  Every character
    offset in a :class:`~nkreports.Report` indexes this string.  ``blocks``
    records what each stretch of it is, so boilerplate-free paragraphs and
    captions can be told apart.
    """

    outlet: str = attrs.field(validator=attrs.validators.matches_re(_OUTLET_KEY))
    text: str
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    author: str | None = None
    language: str = attrs.field(default="en", validator=attrs.validators.matches_re(r"^[a-z]{2,3}(-[A-Za-z]+)?$"))
    links: tuple[Link, ...] = attrs.field(default=(), converter=_links)

    @blocks.validator
    def _check_blocks(self, _attr: "attrs.Attribute[tuple[Block, ...]]", value: tuple[Block, ...]) -> None:
        for block in value:
            if not block.span.slices(self.text):
                msg = f"{block.kind.value} block {block.span.start}:{block.span.end} does not slice the article text"
                raise ValueError(msg)

    def __repr__(self) -> str:
        return article_repr(self)

    def _repr_html_(self) -> str:
        """A small HTML table of the metadata, for notebooks."""
        return article_html(self)

    def texts(self, *kinds: BlockKind) -> tuple[str, ...]:
        """The text of every block of the given kinds, in order."""
        return tuple(b.span.text for b in self.blocks if b.kind in kinds)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """Body paragraphs (no title, headings or captions)."""
        return self.texts(BlockKind.PARAGRAPH)

    @property
    def captions(self) -> tuple[str, ...]:
        """Image captions, credits removed."""
        return self.texts(BlockKind.CAPTION)

    def block_at(self, offset: int) -> Block | None:
        """The block holding character *offset* of ``text``, if any."""
        for block in self.blocks:
            if block.span.start <= offset < block.span.end:
                return block
        return None
