"""The literal prefilter keeps exactly the patterns whose needed literals are all in the stretch."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from nkreports.extract._prefilter import by_identity, needs_of, reach_of, required_literals, viable
from nkreports.extract._vocabulary import default_vocabulary
from nkreports.extract.directives._demands import _compiled as demand_patterns
from nkreports.extract.directives._issuers import _compiled as issuer_patterns

_VOCAB = default_vocabulary()
_OVERLAPPING = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("the", r"\bthe (?:x|y)"),
        ("he", r"he said"),
        ("then", r"then|there"),
        ("there", r"(?:there|her)e?s"),
        ("none", r"\w+"),
        ("committee", r"People's (?:Committee|Assembly)"),
    )
)
_TABLES = (
    demand_patterns(_VOCAB.demand_verbs),
    demand_patterns(_VOCAB.modals),
    issuer_patterns(_VOCAB.issuers),
    _OVERLAPPING,
)
_WORDS = (
    "the ",
    "then ",
    "theres",
    "heres ",
    "he said ",
    "People's Committee ",
    "People's Assembly",
    "must not ",
    "ordered ",
    "were told to ",
    "Ministry of State Security ",
    "Central Committee ",
    "Hyesan City People’s Committee ",
)


def _expected(pairs: tuple[tuple[object, re.Pattern[str]], ...], text: str, start: int, end: int) -> list[object]:
    """The patterns whose literal groups are all in the stretch, or as far before it as a lookbehind reads."""
    chunk = text[max(0, start - max((reach_of(r) for _, r in pairs), default=0)) : end]
    return [entry for entry, regex in pairs if all(any(x in chunk for x in group) for group in needs_of(regex))]


@given(
    st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=6)), max_size=12).map("".join),
    st.integers(min_value=0, max_value=30),
    st.integers(min_value=0, max_value=30),
)
def test_viable_keeps_the_patterns_whose_literals_are_all_present(text: str, start: int, cut: int) -> None:
    """Overlapping literals ("the ", "he ", "then") and stretches cut anywhere; asking twice gives the same."""
    start = min(start, len(text))
    end = max(start, len(text) - cut)
    for pairs in _TABLES:
        expected = _expected(pairs, text, start, end)
        for _ in range(2):  # the second answer comes from the plan's memory of literal sets
            assert [entry for entry, _ in viable(pairs, text, start, end)] == expected


def test_viable_gives_back_guarded_patterns_with_the_same_matches() -> None:
    """Each kept regex finds what the table's regex finds."""
    text = "Then he said the People's Committee then ordered theres heres."
    for entry, regex in viable(_OVERLAPPING, text, 0, len(text)):
        original = dict(_OVERLAPPING)[entry]  # type: ignore[index]
        assert [m.span() for m in regex.finditer(text)] == [m.span() for m in original.finditer(text)]
    assert [entry for entry, _ in viable(_OVERLAPPING, text, 0, len(text))] == [
        "the",
        "he",
        "then",
        "there",
        "none",
        "committee",
    ]


def test_by_identity_remembers_one_object_and_works_out_another() -> None:
    """The same tuple gives the remembered answer; an equal but distinct tuple is worked out again, equally."""
    calls: list[tuple[str, ...]] = []

    @by_identity
    def joined(words: tuple[str, ...]) -> str:
        calls.append(words)
        return "|".join(words)

    table = ("must", "shall")
    assert joined(table) == joined(table) == "must|shall"
    assert len(calls) == 1
    twin = tuple(word for word in table)
    assert twin is not table
    assert joined(twin) == "must|shall"
    assert len(calls) == 2
    assert joined(("not",)) == "not"
    assert joined(table) == "must|shall"


def test_lookaround_and_factored_branch_literals_are_needed() -> None:
    """A lookbehind's words are needed, and "put|puts|placed" (parsed "p" + branch) whole."""
    behind = re.compile(r"(?:(?<=\bbeen warned that )|(?<=\bwere warned that ))\b[a-z]")
    assert required_literals(behind) == (("been warned that ", "were warned that "),)
    assert reach_of(behind) == 17
    assert required_literals(re.compile(r"(?:put|puts|placed)(?= \w+ under)")) == (("put", "puts", "placed"),)
    assert required_literals(re.compile(r"\w+(?! under)")) == ()  # a negative lookahead needs nothing


@given(st.sampled_from(("were warned that ", "were told that ", "")), st.sampled_from(("they ", "all ", "")))
def test_a_lookbehind_literal_before_the_stretch_keeps_its_pattern(lead: str, rest: str) -> None:
    """The stretch may start right after the lookbehind's words; the pattern matches there, so it is kept."""
    pattern = ("warned", re.compile(r"(?<=\bwere warned that )\b[a-z]"))
    text = "Residents " + lead + rest + "must stay home."
    start = len("Residents ") + len(lead)
    kept = [entry for entry, _ in viable((pattern,), text, start, len(text))]
    assert kept == ["warned"] or pattern[1].search(text, start) is None  # a pattern that matches is kept
    assert (kept == ["warned"]) is ("were warned that " in text)  # kept exactly when its words are there


def test_a_branch_needs_one_literal_of_each_choice_of_groups() -> None:
    """ "stressed the need" or "emphasized": every group of the first alternative, each joined with the second."""
    needs = required_literals(re.compile(r"stressed the (?:need|importance)|emphasized"))
    assert needs == (
        ("stressed the ", "emphasized"),
        ("stressed the need", "stressed the importance", "emphasized"),  # the letters before the inner branch
    )
    many = re.compile(r"(?:aaa (?:b|c)+ ddd (?:e|f)+ ggg (?:h|i)+ jjj)|(?:kkk (?:l|m)+ nnn (?:o|p)+ qqq (?:r|s)+ ttt)")
    assert len(required_literals(many)) == 1  # 16 choices: only the most selective groups, joined


def test_groups_of_short_common_words_are_not_looked_for_unless_alone() -> None:
    """ "banned ... to": " to" is in nearly every sentence; "banned " is what narrows the search."""
    banned = re.compile(r"banned \w+ (?:of|to)\b")
    assert required_literals(banned) == (("banned ",), (" of", " to"))
    assert needs_of(banned) == (("banned ",),)
    alone = re.compile(r"\w+ (?:of|to)\b")
    assert needs_of(alone) == required_literals(alone) == ((" of", " to"),)
