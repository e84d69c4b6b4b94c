"""Shared machinery for outlet parsers: block classification and article assembly.

Most outlets are a :class:`BaseOutlet` configured with data: the hosts they
publish on, the phrases that give them away, the names they call themselves,
and the patterns of their boilerplate, photo credits and printed date lines.
An outlet with unusual markup subclasses it and overrides :meth:`BaseOutlet.blocks`
or :meth:`BaseOutlet.classify`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

import attrs

from nkreports.extract import Vocabulary
from nkreports.io import Document, Format, RawBlock, normalize_block
from nkreports.model import Article, Block, BlockKind, Span

from ._anyof import any_match, any_search
from ._layout import Layout, readable_signature
from ._patterns import (
    CREDIT_LINES,
    GENERIC_BOILERPLATE,
    GENERIC_CAPTION_PREFIX,
    GENERIC_CREDITS,
    GENERIC_DATE_LINES,
    GENERIC_URL_DATES,
    HEADING_END,
    IMAGE_FILE,
    alt_text,
    bare_date,
    first_line,
    hard_wrapped,
    is_tag_line,
    looks_like_title,
    printed_date,
)

__all__ = ["BaseOutlet", "Head", "Piece", "assemble", "compile_patterns"]

Piece = tuple[BlockKind, str]
"""A classified block before assembly: its kind and normalized text."""

_HEAD_BLOCKS = 4
_BYLINE = re.compile(r"^by\s+(?P<author>[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,5})$", re.IGNORECASE)
_REPORTED_BY = re.compile(r"^\(?(?:reported|written) by (?P<author>[^()]{2,80}?)\)?$", re.IGNORECASE)
_HEADING_MAX_WORDS = 10
_IMAGE_FILE = re.compile(IMAGE_FILE, re.IGNORECASE)


def compile_patterns(patterns: Iterable[str | re.Pattern[str]]) -> tuple[re.Pattern[str], ...]:
    """Compile case-insensitive patterns once (compiled patterns pass through)."""
    return tuple(p if isinstance(p, re.Pattern) else re.compile(p, re.IGNORECASE) for p in patterns)


def _patterns(items: Iterable[str | re.Pattern[str]]) -> tuple[re.Pattern[str], ...]:
    return compile_patterns(items)


def _pattern(item: str | re.Pattern[str]) -> re.Pattern[str]:
    return item if isinstance(item, re.Pattern) else re.compile(item, re.IGNORECASE)


def _optional_pattern(item: str | re.Pattern[str] | None) -> re.Pattern[str] | None:
    return None if item is None else _pattern(item)


_Marker = str | re.Pattern[str] | tuple[str | re.Pattern[str], float]


def _markers(items: Iterable[_Marker]) -> tuple[tuple[re.Pattern[str], float], ...]:
    out = []
    for item in items:
        pattern, weight = (item, 0.6) if isinstance(item, (str, re.Pattern)) else item
        if not isinstance(pattern, re.Pattern):
            pattern = re.compile(pattern, re.IGNORECASE | re.MULTILINE)
        out.append((pattern, float(weight)))
    return tuple(out)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
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


@attrs.define
class Head:
    """What the head of a document states: title, printed date, author."""

    title: str | None = None
    published: dt.date | None = None
    author: str | None = None


def _vocabulary_changes(items: Iterable[tuple[str, Iterable[Any]]]) -> tuple[tuple[str, tuple[Any, ...]], ...]:
    return tuple((str(name), tuple(entries)) for name, entries in items)


_KEY = re.compile(r"^[a-z0-9][a-z0-9_]*$")


def _layouts(items: Iterable[Layout]) -> tuple[Layout, ...]:
    return tuple(items)


@readable_signature
@attrs.frozen(kw_only=True)
class BaseOutlet:
    """An outlet described by data; see the module docstring and the "Writing a parser" page.

    ``markers`` are text patterns (multi-line, case-insensitive) with a weight (a bare pattern weighs 0.6); the
    detection score is the sum of the weights found, capped below a host match.
    ``date_lines`` are printed publication lines kept in the text as a dateline;
    ``meta_date_lines`` state the date but are page chrome and are dropped (on HTML
    pages and in text exports alike); ``crawl_lines`` are crawl-time header dates,
    never the publication date; with ``leading_date_is_crawl`` a bare date line
    before the title is one too; ``day_first`` reads ``14.03.2025`` as 14 March.
    Lines matching ``end_marks`` end the article.  ``self_names`` are never an
    informant and never a place; ``layouts`` describe older page styles.
    """

    key: str = attrs.field(validator=attrs.validators.matches_re(_KEY))
    name: str = attrs.field(validator=attrs.validators.min_len(1))
    self_names: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    hosts: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    markers: tuple[tuple[re.Pattern[str], float], ...] = attrs.field(default=(), converter=_markers, repr=False)
    boilerplate: tuple[re.Pattern[str], ...] = attrs.field(
        default=GENERIC_BOILERPLATE, converter=_patterns, repr=False, metadata={"shown": "GENERIC_BOILERPLATE"}
    )
    credits: tuple[re.Pattern[str], ...] = attrs.field(
        default=GENERIC_CREDITS, converter=_patterns, repr=False, metadata={"shown": "GENERIC_CREDITS"}
    )
    credit_lines: tuple[re.Pattern[str], ...] = attrs.field(
        default=CREDIT_LINES, converter=_patterns, repr=False, metadata={"shown": "CREDIT_LINES"}
    )
    caption_prefix: re.Pattern[str] = attrs.field(
        default=GENERIC_CAPTION_PREFIX, converter=_pattern, repr=False, metadata={"shown": "GENERIC_CAPTION_PREFIX"}
    )
    caption_markers: tuple[re.Pattern[str], ...] = attrs.field(default=(), converter=_patterns, repr=False)
    headings: tuple[re.Pattern[str], ...] = attrs.field(default=(), converter=_patterns, repr=False)
    date_lines: tuple[re.Pattern[str], ...] = attrs.field(
        default=GENERIC_DATE_LINES, converter=_patterns, repr=False, metadata={"shown": "GENERIC_DATE_LINES"}
    )
    meta_date_lines: tuple[re.Pattern[str], ...] = attrs.field(default=(), converter=_patterns, repr=False)
    crawl_lines: tuple[re.Pattern[str], ...] = attrs.field(default=(), converter=_patterns, repr=False)
    end_marks: tuple[re.Pattern[str], ...] = attrs.field(default=(), converter=_patterns, repr=False)
    url_dates: tuple[re.Pattern[str], ...] = attrs.field(
        default=GENERIC_URL_DATES, converter=_patterns, repr=False, metadata={"shown": "GENERIC_URL_DATES"}
    )
    day_first: bool = attrs.field(default=False, repr=False)
    leading_date_is_crawl: bool = attrs.field(default=True, repr=False)
    title_tags: re.Pattern[str] | None = attrs.field(default=None, converter=_optional_pattern, repr=False)
    trailing_byline: re.Pattern[str] | None = attrs.field(default=None, converter=_optional_pattern, repr=False)
    vocabulary: tuple[tuple[str, tuple[Any, ...]], ...] = attrs.field(
        default=(), converter=_vocabulary_changes, repr=False
    )
    layouts: tuple[Layout, ...] = attrs.field(default=(), converter=_layouts, repr=False)
    _variants: dict[str, BaseOutlet] = attrs.field(init=False, repr=False, eq=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        names = set(attrs.fields_dict(type(self))) - {"key", "name", "layouts", "_variants"}
        for layout in self.layouts:
            unknown = sorted({field for field, _ in layout.changes} - names)
            if unknown:
                msg = f"outlet {self.key!r}: layout {layout.name!r} changes unknown fields {', '.join(unknown)}"
                raise ValueError(msg)
            self._variants[layout.name] = attrs.evolve(self, layouts=(), **dict(layout.changes))

    # ------------------------------------------------------------------ layouts

    def layout(self, name: str) -> BaseOutlet:
        """The outlet as it reads pages of the layout called *name* (``KeyError`` if none)."""
        return self._variants[name]

    def layout_for(self, document: Document, published: dt.date | None = None) -> Layout | None:
        """The layout *document* is in: one whose markers it shows, else by publication date, else ``None``.

        The date is the document's, its URL's, or *published* (the date read from the page).
        """
        if not self.layouts:
            return None
        sample = _sample(document)
        found = next((layout for layout in self.layouts if layout.matches(sample)), None)
        if found is not None:
            return found
        when = document.published or self.url_date(document.url) or published
        dated = sorted((layout for layout in self.layouts if layout.until is not None), key=_until)
        return next((layout for layout in dated if when is not None and when < _until(layout)), None)

    # ------------------------------------------------------------------ detection

    def detect(self, document: Document) -> float:
        """1.0 for a URL on one of ``hosts``; else the summed weight of ``markers`` found (at most 0.95)."""
        for value in (document.url, document.site, document.meta_value("canonical")):
            if value and any(h in value.lower() for h in self.hosts):
                return 1.0
        sample = _sample(document)
        score = sum(weight for pattern, weight in self.markers if pattern.search(sample))
        return float(min(score, 0.95))

    # ------------------------------------------------------------------ line and block tests

    def tune_vocabulary(self, vocabulary: Vocabulary) -> Vocabulary:
        """The extraction vocabulary with this outlet's ``vocabulary`` changes in front.

        ``self_names`` need no change here: the pipeline hands them to extraction directly.
        """
        tuned = vocabulary
        for name, entries in self.vocabulary:
            tuned = tuned.extend(name, entries)
        return tuned

    def is_boilerplate(self, text: str) -> bool:
        """Whether a whole block (or head line) is boilerplate."""
        return any_search(self.boilerplate, text)

    def is_end(self, text: str) -> bool:
        """Whether *text* marks the end of the article (nothing after it is content)."""
        return any_search(self.end_marks, text)

    def caption(self, text: str) -> str | None:
        """The caption without its credit, if *text* carries a photo credit; else ``None``."""
        for pattern in self.credits if any_search(self.credits, text) else ():  # most blocks carry no credit
            match = pattern.search(text)
            if match:
                return self.caption_prefix.sub("", text[: match.start()]).strip()
        if self.caption_prefix.match(text):
            return self.caption_prefix.sub("", text).strip()
        return None

    def is_credit_line(self, line: str) -> bool:
        """Whether *line* is a caption's separate credit line (``RFA``, ``Reuters``)."""
        return any_match(self.credit_lines, line)

    def date_line(self, line: str) -> tuple[dt.date | None, bool] | None:
        """``(date, keep)`` when *line* is a printed date line (``keep``: it stays in the text)."""
        for patterns, keep in ((self.date_lines, True), (self.meta_date_lines, False)):
            for pattern in patterns:
                match = pattern.match(line)
                if match:
                    raw = match.groupdict().get("date") or match.group(0)
                    return printed_date(raw, day_first=self.day_first), keep
        return None

    def is_crawl_line(self, line: str) -> bool:
        """Whether *line* is a crawl-time header date (``crawl_lines``)."""
        return any_match(self.crawl_lines, line)

    def url_date(self, url: str | None) -> dt.date | None:
        """A full publication date stated by the URL (``url_dates``), if any."""
        for pattern in self.url_dates if url else ():
            match = pattern.search(url or "")
            if match:
                try:
                    return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
                except (ValueError, IndexError):
                    continue
        return None

    # ------------------------------------------------------------------ classification

    def image_block(self, lines: list[str]) -> str | None:
        """The caption of an image block (alt text, caption, credit), or ``None`` if *lines* are not one."""
        first = _IMAGE_FILE.match(lines[0])
        if first:
            rest = [lines[0][first.end() :].strip(), *lines[1:]]
            rest = [line for line in rest if line and not self.is_credit_line(line)]
            text = " ".join(rest)
            return self.caption(text) or text
        caption = self.caption(lines[-1])
        if caption is not None:
            return caption
        if len(lines) >= 2 and self.is_credit_line(lines[-1]) and len(lines[-1]) < len(lines[-2]):
            return " ".join(lines[:-1]) if len(lines) == 2 else lines[-2]
        return None

    def is_heading(self, text: str) -> bool:
        """Whether a one-line block is a subheading (``headings`` patterns, else by shape)."""
        if any_search(self.headings, text):
            return True
        words = text.split()
        return (
            0 < len(words) <= _HEADING_MAX_WORDS
            and len(text) <= 80
            and not text.endswith(HEADING_END)
            and text[0].isupper()
            and not self.is_credit_line(text)
        )

    def _headed(self, text: str) -> bool:
        """Whether ``headings`` match *text*; ``False`` when :meth:`is_heading` is this class's (it tests them)."""
        return type(self).is_heading is not BaseOutlet.is_heading and any_search(self.headings, text)

    def classify(self, raw: RawBlock, *, plain: bool = False) -> list[Piece]:
        """Turn one raw block into zero or more pieces (*plain*: it comes from a plain-text document)."""
        lines = [line for line in (normalize_block(line) for line in raw.text.split("\n")) if line]
        return self._classify_lines(raw.kind, lines, plain=plain)

    def _classify_lines(self, raw_kind: str, lines: list[str], *, plain: bool) -> list[Piece]:
        """:meth:`classify` of a block of kind *raw_kind* whose normalized non-empty lines are *lines*."""
        if not lines:
            return []
        text = " ".join(lines)
        if raw_kind == "caption":
            return [] if self.is_boilerplate(text) else [(BlockKind.CAPTION, self.caption(text) or text)]
        if raw_kind == "byline":
            found = self.date_line(text) or self._byline_date(text)
            return [(BlockKind.DATELINE, text)] if found else []
        if raw_kind == "dateline":
            return [(BlockKind.DATELINE, text)] if printed_date(text) or self.date_line(text) else []
        if raw_kind == "table":
            return [] if self.is_boilerplate(text) or text.count("|") >= 2 else [(BlockKind.PARAGRAPH, text)]
        if self.is_boilerplate(text):
            return []
        if any_search(self.caption_markers, text):
            return [(BlockKind.CAPTION, text)]
        if raw_kind in {"title", "heading", "subtitle"}:
            kind = BlockKind.HEADING if raw_kind == "title" else BlockKind(raw_kind)
            return [(kind, text)]
        if raw_kind == "paragraph" or raw_kind not in BlockKind.__members__.values():
            caption = self.image_block(lines)
            if caption is not None:
                return [(BlockKind.CAPTION, caption)] if caption else []
            if len(lines) == 1 and (dated := self.date_line(text)):
                return [(BlockKind.DATELINE, text)] if dated[1] else []
            if len(lines) == 1 and text.count("|") == 1 and self._byline_date(text):
                return [(BlockKind.DATELINE, text)]
            if plain and alt_text(lines):
                # An image's alt text on its own line, then the caption (sometimes the same words).
                return [(BlockKind.CAPTION, lines[1])]
            if plain and len(lines) == 1 and (self._headed(text) or self.is_heading(text)):
                return [(BlockKind.HEADING, text)]
            return [(BlockKind.PARAGRAPH, text)]
        return [(BlockKind(raw_kind), text)]

    def _meta_date(self, raw: RawBlock) -> dt.date | None:
        """The date of a one-line block matching ``meta_date_lines`` (``None`` for any other block)."""
        return self._meta_date_of(
            raw.kind, [line for line in (normalize_block(x) for x in raw.text.split("\n")) if line]
        )

    def _meta_date_of(self, kind: str, lines: list[str]) -> dt.date | None:
        """:meth:`_meta_date` of a block of kind *kind* whose normalized non-empty lines are *lines*."""
        if not self.meta_date_lines or kind == "caption":
            return None
        if len(lines) != 1:
            return None
        dated = self.date_line(lines[0])
        return dated[0] if dated is not None and not dated[1] else None

    def _byline_date(self, text: str) -> bool:
        parts = [p.strip() for p in text.split("|")]
        return any(printed_date(p) for p in parts[1:])

    # ------------------------------------------------------------------ head of a plain-text document

    def head(self, blocks: list[RawBlock], head: Head) -> tuple[list[Piece], list[RawBlock]]:
        """Peel the head off a plain-text document: crawl dates, tag lines, title, dek, byline, date line.

        Returns the head's pieces and the remaining raw blocks (the body).
        """
        pieces: list[Piece] = []
        subtitle_done = False
        for index, raw in enumerate(blocks[:_HEAD_BLOCKS]):
            lines = [normalize_block(line) for line in raw.text.split("\n")]
            lines = [line for line in lines if line]
            if not lines:
                continue
            if hard_wrapped(lines):
                # A paragraph with hard line breaks (old exports): its first line is no headline.
                return pieces, blocks[index:]
            if self.image_block(lines) is not None:
                pieces.extend(self.classify(raw, plain=True))
                continue
            i = 0
            while i < len(lines):
                line = lines[i]
                following = lines[i + 1] if i + 1 < len(lines) else first_line(blocks, index + 1)
                dated = self.date_line(line)
                if self.is_crawl_line(line) or (
                    dated and head.title is None and self.leading_date_is_crawl and following and bare_date(line)
                ):
                    i += 1
                    continue
                if dated:
                    date, keep = dated
                    head.published = head.published or date
                    if keep:
                        pieces.append((BlockKind.DATELINE, line))
                elif self.is_boilerplate(line) or is_tag_line(line):
                    pass
                elif (byline := _BYLINE.match(line)) and len(line) < 60:
                    head.author = head.author or byline["author"]
                elif self._byline_date(line) and line.count("|") == 1:
                    author, _, when = line.partition("|")
                    head.author = head.author or author.strip()
                    head.published = head.published or printed_date(when.strip())
                    pieces.append((BlockKind.DATELINE, line))
                elif head.title is None and looks_like_title(line, following):
                    head.title = self.clean_title(line)
                    pieces.append((BlockKind.TITLE, line))
                elif head.title is not None and not subtitle_done and looks_like_title(line, following):
                    subtitle_done = True
                    pieces.append((BlockKind.SUBTITLE, line))
                else:
                    break
                i += 1
            if i < len(lines):
                rest = RawBlock(text="\n".join(lines[i:]), kind=raw.kind, hint=raw.hint)
                return pieces, [rest, *blocks[index + 1 :]]
        return pieces, blocks[_HEAD_BLOCKS:]

    def clean_title(self, title: str) -> str:
        """The title without editor tags such as Yonhap's ``(LEAD)`` (``title_tags``)."""
        title = normalize_block(title)
        if self.title_tags is not None:
            title = self.title_tags.sub("", title).strip()
        return title

    # ------------------------------------------------------------------ assembly

    def blocks(self, document: Document, head: Head | None = None) -> list[Piece]:
        """Classify the document's raw blocks; boilerplate is dropped."""
        head = head if head is not None else Head()
        pieces: list[Piece] = []
        raws = list(document.blocks)
        if document.title:
            head.title = self.clean_title(document.title)
            pieces.append((BlockKind.TITLE, normalize_block(document.title)))
        elif document.format is Format.TEXT:
            found, raws = self.head(raws, head)
            pieces.extend(found)
        plain = document.format is Format.TEXT
        seen_dateline = any(kind is BlockKind.DATELINE for kind, _ in pieces)
        captions = {text for kind, text in pieces if kind is BlockKind.CAPTION}
        # Each block's lines are normalized once here: the block's normalized text is its non-empty lines joined
        # by spaces (what normalize_block gives for the whole block).
        own = type(self).classify is BaseOutlet.classify and type(self)._meta_date is BaseOutlet._meta_date
        ends = bool(self.end_marks) or type(self).is_end is not BaseOutlet.is_end
        for raw in raws:
            raw_lines = raw.text.split("\n")
            normal = [normalize_block(line) for line in raw_lines]
            end = next((i for i, line in enumerate(normal) if self.is_end(line)), None) if ends else None
            lines = [line for line in (normal if end is None else normal[:end]) if line]
            joined = " ".join(lines)
            if head.author is None and (credit := _REPORTED_BY.match(joined)):
                head.author = credit["author"]
            meta = None if end is not None else self._meta_date_of(raw.kind, lines) if own else self._meta_date(raw)
            if meta is not None:
                # A date line that is page furniture: it dates the article and leaves the text.
                head.published = head.published or meta
                continue
            if own:
                found = self._classify_lines(raw.kind, lines, plain=plain)
            else:
                block = raw if end is None else RawBlock(text="\n".join(raw_lines[:end]), kind=raw.kind, hint=raw.hint)
                found = self.classify(block, plain=plain)
            for kind, text in found:
                if kind is BlockKind.DATELINE:
                    if seen_dateline:
                        continue
                    seen_dateline = True
                    head.published = head.published or _dateline_date(self, text)
                if kind in {BlockKind.CAPTION, BlockKind.PARAGRAPH} and text in captions:
                    continue  # a figure caption repeated on the page
                pieces.append((kind, text))
                if kind is BlockKind.CAPTION:
                    captions.add(text)
            if end is not None:
                break
            if self.trailing_byline is not None and head.author is None:
                match = self.trailing_byline.search(joined)
                head.author = match["author"].strip() if match else None
        return pieces

    def article(self, document: Document) -> Article:
        """Assemble the article from :meth:`blocks` and the document's metadata, in the page's layout."""
        layout = self.layout_for(document)
        if layout is not None:
            return self._variants[layout.name].article(document)
        article = self._assemble(document)
        if self.layouts and (dated := self.layout_for(document, article.published)) is not None:
            again = self._variants[dated.name].article(document)
            return again if again.published else attrs.evolve(again, published=article.published)
        return article

    def _assemble(self, document: Document) -> Article:
        head = Head()
        text, blocks = assemble(self.blocks(document, head))
        published = document.published or head.published or self.url_date(document.url)
        return Article(
            outlet=self.key,
            text=text,
            blocks=blocks,
            title=head.title,
            url=document.url,
            published=published,
            author=document.author or head.author,
            language=document.language or "en",
            links=document.links,
        )


def _sample(document: Document) -> str:
    sample = "\n".join(b.text for b in document.blocks[:80])
    return document.title + "\n" + sample if document.title else sample


def _until(layout: Layout) -> dt.date:
    return layout.until or dt.date.max


def _dateline_date(outlet: BaseOutlet, text: str) -> dt.date | None:
    dated = outlet.date_line(text)
    if dated and dated[0]:
        return dated[0]
    parts = [p.strip() for p in text.split("|")]
    return next((d for d in (printed_date(p) for p in reversed(parts)) if d), None)
