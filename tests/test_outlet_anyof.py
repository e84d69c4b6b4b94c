"""One joined pattern answers what testing a table of patterns one by one answers."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from nkreports.outlets import BaseOutlet, default_registry
from nkreports.outlets._anyof import any_match, any_search

TABLES = [
    table
    for outlet in default_registry()
    if isinstance(outlet, BaseOutlet)
    for table in (
        outlet.boilerplate,
        outlet.end_marks,
        outlet.caption_markers,
        outlet.headings,
        outlet.credit_lines,
        outlet.credits,
        outlet.crawl_lines,
    )
]
_PIECES = st.sampled_from(
    [
        "Share",
        "share this",
        "on Facebook",
        "Copyright",
        "©",
        "All rights reserved.",
        "Tags:",
        "Photo",
        "by",
        "ASIAPRESS",
        "(Daily NK)",
        "/ Image: Reuters",
        "◆",
        "Related posts",
        "https://example.org/a",
        " ",
        "\n",
        ":",
        "x",
        "2024",
    ]
)
TEXTS = st.lists(_PIECES | st.text(max_size=8), max_size=12).map(" ".join)


@given(st.sampled_from(TABLES), TEXTS)
def test_joined_tables_answer_as_the_patterns_one_by_one(table: tuple[re.Pattern[str], ...], text: str) -> None:
    assert any_search(table, text) == any(p.search(text) for p in table)
    assert any_match(table, text) == any(p.match(text) for p in table)


def test_tables_that_cannot_be_joined_are_tested_one_by_one() -> None:
    mixed = (re.compile("^a"), re.compile("b", re.IGNORECASE))
    backreference = (re.compile(r"(x)\1"), re.compile(r"(y)\1"))
    as_list = [re.compile("^q")]
    assert any_search(mixed, "xB")
    assert not any_match(mixed, "xB")
    assert any_search(backreference, "..yy")
    assert not any_search(backreference, "xy")
    assert any_search(as_list, "qq")
    assert not any_search(as_list, "aq")
    assert not any_search((), "anything")


_PATTERN_PIECES = st.sampled_from(
    [
        "a",
        "K",
        "s",
        "i",
        "/",
        "(",
        r"\(",
        r"\)",
        " ",
        r"\s*",
        "(x|y)",
        "[a-c]",
        "-",
        "$",
        "^",
        "by ",
        "B",
        "(?i:q)",
        "(?-i:Q)",
    ]
)
_TEXT_CHARS = st.text(alphabet="akKsSiIıſK/()- xyXYbcBqQ\nİ", max_size=12)


@given(st.lists(_PATTERN_PIECES, min_size=1, max_size=6).map("".join), st.booleans(), _TEXT_CHARS)
def test_a_character_every_match_needs_is_in_every_match(body: str, caseless: bool, text: str) -> None:
    """The shortcut: a text without the needed character of every pattern in a table has no match."""
    try:
        pattern = re.compile(body, re.IGNORECASE if caseless else 0)
    except re.error:
        return
    table = (pattern, re.compile(r"\s*/\s*(image|photo)", re.IGNORECASE))
    assert any_search(table, text) == any(p.search(text) for p in table)
    assert any_match(table, text) == any(p.match(text) for p in table)
