"""What keeps the cost linear without changing results: statements as extents, the literal prefilter, one-pass HTML.

Speed itself is measured in ``benchmarks/hostile_sweep.py``; the ratios of work
are checked in ``tests/test_hostile.py``.  These tests pin the behaviour the
faster code must keep.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import nkreports
from nkreports.extract._prefilter import required_literals, viable
from nkreports.extract._vocabulary import default_vocabulary
from nkreports.extract.directives._demands import _compiled as demand_patterns
from nkreports.extract.directives._issuers import _compiled as issuer_patterns
from nkreports.io import json as report_json

_MANY = "According to a source in Hyesan, " + "another source in Musan, " * 30 + "traders must register their stalls."


def test_statements_are_extents_without_copied_text() -> None:
    """Sources sharing one long sentence point at it by offsets; the JSON does not repeat the sentence."""
    report = nkreports.parse(_MANY, published="2024-05-02")
    assert len(report.sources) > 10
    sentence = report.text.strip()
    for source in report.sources:
        (statement,) = source.statements
        assert isinstance(statement, nkreports.Extent)
        assert statement.text_in(report.text).strip() == sentence
    data = json.loads(report_json.dumps(report))
    assert all(set(s) == {"start", "end"} for src in data["sources"] for s in src["statements"])
    assert report_json.dumps(report).count("their stalls") == 1  # in the article text only


def test_reports_with_statement_text_still_load_and_validate() -> None:
    """A report written when statements carried their text reads back, and validate_data accepts it."""
    report = nkreports.parse(_MANY, published="2024-05-02")
    data = report_json.report_to_dict(report)
    for src in data["sources"]:
        for s in src["statements"]:
            s["text"] = report.text[s["start"] : s["end"]]
    assert report_json.report_from_dict(data) == report
    assert not [p for p in nkreports.validate_data(data) if p.severity is nkreports.Severity.ERROR]
    data["sources"][0]["statements"][0]["text"] = "not the text"
    assert any(p.code == "span-mismatch" for p in nkreports.validate_data(data))


def test_extent_checks_its_offsets() -> None:
    """An extent ends at or after its start; spans given to Source.statements lose their text."""
    with pytest.raises(ValueError, match="before its start"):
        nkreports.Extent(start=5, end=2)
    span = nkreports.Span.of("traders must register", 0, 7)
    source = nkreports.Source(id="s1", descriptor="a source", statements=[span])
    assert source.statements == (nkreports.Extent(start=0, end=7),)
    assert not nkreports.Extent(start=0, end=30).fits("short")


def test_required_literals_are_sound_for_hand_made_patterns() -> None:
    """Only literals every match must hold; nothing for case-insensitive patterns or optional branches."""
    assert required_literals(re.compile(r"(?:the )?[Pp]eople's Committee")) == (("eople's Committee",),)
    assert required_literals(re.compile(r"(?:Union|Court)s?")) == (("Union", "Court"),)
    assert required_literals(re.compile(r"(?:Union|\w+)")) == ()
    assert required_literals(re.compile(r"Committee", re.IGNORECASE)) == ()
    assert required_literals(re.compile(r"(?i:Committee) of")) == ((" of",),)
    assert required_literals(re.compile(r"(?:party )?(?:committee)?")) == ()


_VOCAB = default_vocabulary()
_TABLES = (
    issuer_patterns(_VOCAB.issuers),
    demand_patterns(_VOCAB.modals),
    demand_patterns(_VOCAB.demand_verbs),
)
_WORDS = (
    "The Hyesan City People’s Committee ",
    "Provincial Party Committee ",
    "Ministry of State Security ",
    "the authorities ",
    "Women’s Union ",
    "ordered ",
    "must ",
    "not to ",
    "banned ",
    "were told ",
    "will be punished ",
    "crackdown on ",
    "traders ",
    "North Korea ",
    "school ",
    "police ",
    ", ",
    ". ",
)


@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=12)), max_size=12).map("".join))
def test_prefilter_never_drops_a_pattern_that_matches(text: str) -> None:
    """Every vocabulary pattern that matches somewhere in a text is among those the prefilter keeps.

    The regexes it gives back (with a first-character test) find the same matches as the table's.
    """
    for pairs in _TABLES:
        kept = viable(pairs, text, 0, len(text))
        entries = {id(entry) for entry, _ in kept}
        assert all(id(entry) in entries for entry, regex in pairs if regex.search(text))
        table = {id(entry): regex for entry, regex in pairs}
        for entry, regex in kept:
            assert [m.span() for m in regex.finditer(text)] == [m.span() for m in table[id(entry)].finditer(text)]


def test_deepest_of_nested_candidates_is_the_content_root() -> None:
    """Nested <article>/<main> side by side: the text is read once, from the deepest element holding it."""
    unit = "<article><main>" * 30 + "<p>Traders in Hyesan were told to register.</p>" + "</main></article>" * 30
    page = "<html><body><nav><p>Menu</p></nav>" + unit * 3 + "</body></html>"
    report = nkreports.parse(page.encode("utf-8"), published="2024-05-02")
    assert report.text.count("Traders in Hyesan were told to register.") == 3
    assert "Menu" not in report.text
