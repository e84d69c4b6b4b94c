"""Hostile inputs shared by ``tests/test_hostile.py`` and ``benchmarks/hostile_sweep.py``.

Every sentence here is invented; the repetitions aim at the extractors'
patterns (source phrases, place names, modal verbs, weekdays, capitalised
runs, quotation marks) and at the readers (nesting, entities, encodings).
"""

from __future__ import annotations

from pathlib import Path

import attrs


@attrs.frozen
class Case:
    """One hostile document: its file name, content and extra ``parse`` options."""

    name: str
    suffix: str
    content: bytes = attrs.field(repr=False)
    args: tuple[str, ...] = ()
    heavy: bool = False
    """Too slow for the unit tests; only the sweep script runs it."""


def _text(value: str) -> bytes:
    return value.encode("utf-8")


_BOMB = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY lol "lol">\n'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + ']>\n<rss version="2.0"><channel><title>Feed</title><item><title>Item</title>'
    "<description>&lol9;</description></item></channel></rss>\n"
)

_NESTED = (
    "<html><body>" + "<div>" * 10_000 + "<p>A source in Hyesan said traders must register.</p>" + "</div>" * 10_000
)
_NESTED += "</body></html>\n"

_CONTROL = (
    "".join(chr(c) for c in range(1, 32) if c not in (10, 13)) + "\u202e\u202d\u2066\u2067\u2068\u2069\u200f\u200e"
)
_CONTROL = f"A source{_CONTROL} in Hyesan\u202e said on Tuesday\u0007 that traders must\u200b register.\n\n" * 50

CASES: tuple[Case, ...] = (
    Case("empty", ".txt", b""),
    Case("whitespace-only", ".txt", _text(" \n\t\r\n  \u3000\u00a0\n")),
    Case("binary", ".bin", bytes(range(256)) * 64),
    Case("invalid-utf8", ".txt", b"A source in Hyesan said \xff\xfe\xc3\x28 traders must register."),
    Case("utf16-bom", ".txt", "A source in Hyesan said traders must register.".encode("utf-16")),
    Case("over-20mb", ".txt", b"Traders in Hyesan were told to register. " * 520_000),
    Case(
        "large-10mb",
        ".txt",
        _text("Traders in Hyesan were told on Monday to register their stalls.\n\n" * 160_000),
        heavy=True,
    ),
    Case("max-bytes", ".txt", b"Traders in Hyesan were told to register. " * 100, ("--max-bytes", "1000")),
    Case("nested-html", ".html", _text(_NESTED)),
    Case("entity-bomb", ".xml", _text(_BOMB)),
    Case("deep-json", ".json", b"[" * 100_000 + b"]" * 100_000),
    Case("control-bidi", ".txt", _text(_CONTROL)),
    Case("long-paragraph", ".txt", _text("the source in the province said that traders " * 2_200)),
    Case("straight-quotes", ".txt", b'"' * 100_000),
    Case("curly-quotes", ".txt", _text("\u201c\u201d\u2018\u2019" * 25_000)),
    Case("source-in", ".txt", _text("a source in " * 10_000)),
    Case("province", ".txt", _text("Province " * 10_000)),
    Case("must", ".txt", _text("must " * 10_000)),
    Case("on-tuesday", ".txt", _text("on Tuesday " * 10_000)),
    Case("capitalised-run", ".txt", _text("Korean Workers Party Central Committee People " * 2_000)),
    Case("dates", ".txt", _text("Dec. 20, 2021 early March late 2020 last week " * 2_000)),
    Case("ordered-to", ".txt", _text("authorities ordered residents to " * 5_000)),
    Case("lines", ".txt", _text("said\n" * 50_000)),
    Case("no-newline-words", ".txt", _text("x" * 1_000_000)),
)
"""Every hostile case, in a stable order."""


def write_case(case: Case, folder: Path) -> Path:
    """Write *case* into *folder* and return its path."""
    path = folder / f"{case.name}{case.suffix}"
    path.write_bytes(case.content)
    return path


@attrs.frozen
class Growth:
    """A document shape that grows with *n*: ``head + unit * n + tail``.

    The sweep parses each shape at two sizes and checks that time, JSON size
    and peak memory grow in proportion (``tests/test_hostile.py`` checks the
    same shapes by counting function calls).
    """

    name: str
    suffix: str
    unit: str
    head: str = ""
    tail: str = ""

    def document(self, size: int) -> str:
        """The shape repeated until it holds about *size* characters."""
        n = max(1, (size - len(self.head) - len(self.tail)) // len(self.unit))
        return self.head + self.unit * n + self.tail


_ISSUER = "The Hyesan City People\u2019s Committee"
GROWTH: tuple[Growth, ...] = (
    Growth(
        "sources-one-sentence",
        ".txt",
        "another source in Musan, ",
        head="According to a source in Hyesan, ",
        tail="traders must register their stalls.\n",
    ),
    Growth("same-issuer", ".txt", f"{_ISSUER} ordered traders to register their stalls.\n\n"),
    Growth(
        "many-demands",
        ".txt",
        "pay the market fee, ",
        head=f"{_ISSUER} ordered traders to register their stalls, ",
        tail="and report to the police.\n",
    ),
    Growth(
        "many-demand-sentences",
        ".txt",
        "Traders must pay the market fee. ",
        head=f"{_ISSUER} ordered traders to register their stalls. ",
    ),
    Growth(
        "month-day-dates",
        ".txt",
        "Traders met on March 5 and again on April 12.\n\n",
        head="Published on May 2, 2024.\n\n",
    ),
    Growth("many-dates", ".txt", "Dec. 20, 2021 early March late 2020 last week "),
    Growth(
        "many-paragraphs",
        ".html",
        "<p>Traders in Hyesan were told on Monday to register their stalls.</p>\n",
        head="<html><body><article>",
        tail="</article></body></html>\n",
    ),
    Growth(
        "nested-article-main",
        ".html",
        "<article><main>" * 20 + "<p>Traders in Hyesan were told to register.</p>" + "</main></article>" * 20 + "\n",
        head="<html><body>",
        tail="</body></html>\n",
    ),
    Growth("told-monday", ".txt", "Traders in Hyesan were told on Monday to register their stalls.\n\n"),
    Growth("long-paragraph", ".txt", "the source in the province said that traders "),
    Growth("source-in", ".txt", "a source in "),
    Growth("capitalised-run", ".txt", "Korean Workers Party Central Committee People "),
    Growth("ordered-to", ".txt", "authorities ordered residents to "),
    Growth("lines", ".txt", "said\n"),
    Growth("curly-quotes", ".txt", "\u201c\u201d\u2018\u2019"),
)
"""Shapes whose cost must grow linearly with their size."""
