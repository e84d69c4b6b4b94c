"""Trying a pattern only where a match can begin finds exactly what searching everywhere finds."""

from __future__ import annotations

import re
from collections.abc import Iterable

from hypothesis import given
from hypothesis import strategies as st

from nkreports._starts import find_all, find_each, guarded, starts_of
from nkreports.dates._scan import _master
from nkreports.dates._vocab import default_vocabulary as date_vocabulary
from nkreports.extract._vocabulary import default_vocabulary
from nkreports.extract.directives._cuts import _BOUNDARY
from nkreports.extract.directives._triggers import _modals, _words

_VOCAB = default_vocabulary()
_PATTERNS = (
    _words((*_VOCAB.act_verbs, *_VOCAB.directive_verbs), (*_VOCAB.act_nouns, *_VOCAB.directive_nouns)),
    _modals(tuple(p.pattern for p in _VOCAB.modals)),
    _master(date_vocabulary())[0],
    re.compile(r"\b(?:not|never) (?:be )?allowed to\b|[’']ll face\b", re.IGNORECASE),
    re.compile(r"\b(?:[Tt]he|a) (?:\w+ )?(?:source|trader)s?\b"),
    re.compile(r"\b(?:19|20)\d\d\b|\b[0-3]?\d(?:st|nd|rd|th)\b"),
    _BOUNDARY,
    re.compile(r"(?i:s)ource|K\w*|\s*(?:x|y)+z|(?<!\w)’ll|(?=\d)\d+"),
    re.compile(r"(?i)(?-i:T)he|(?:a|)b|[–—]and "),
    re.compile(r"(?:(?<=\bbeen warned that )|(?<=\bwas told ))\b[a-z]+|\bmust\b"),
    re.compile(r"(?i)(?<=told )(?:them|us)|(?<=ſ)ource"),
    re.compile(r"(?i)\bmust (?:shall|not)\b|\bthe (?:source|\w+ day)|\bwas told\s"),
)
_GROUPS = (
    _PATTERNS[:2],  # the trigger words and the modals, as find_triggers reads them
    _PATTERNS[8:11],  # prefixes, non-word starts and lookbehinds, some shared
    (_PATTERNS[3], _PATTERNS[4], _PATTERNS[5], re.compile(r"\bmust not\b|.x")),  # one pattern not read
)
"""Patterns found together by :func:`find_each`: each as :func:`find_all` finds it alone."""
_WORDS = (
    "The Hyesan City People’s Committee ",
    "ordered ",
    "Ordered",
    "ORDERS ",
    "must not ",
    "not to ",
    "banned ",
    "were told to ",
    "will be punished ",
    "they’ll face ",
    "crackdown on ",
    "a source ",
    "the traders ",
    "ſource ",  # long s: folds to "s" when the case is ignored
    "Kelvin K ",
    "İstanbul ",
    "on May 3, 2024 ",
    "last month ",
    "the 16th ",
    "Tuesday ",
    "2019 ",
    "x2019 ",
    "_the ",
    "been warned that ",
    "Been Warned That ",
    "was told ",
    "TOLD them ",
    "café ",
    "MUST NOT ",
    "must  not ",
    "must ſhall ",
    "shall\tnot ",
    ", ",
    ". ",
    "\n",
)


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@given(
    st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=8)), max_size=14).map("".join),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=40),
)
def test_find_all_is_finditer(text: str, start: int, cut: int) -> None:
    """For every pattern and any stretch of any text, the same matches in the same order, groups included.

    So are the matches :func:`find_each` gives for several patterns read together.
    """
    start = min(start, len(text))
    end = max(start, len(text) - cut)
    for regex in _PATTERNS:
        expected = _spans(list(regex.finditer(text, start, end)))
        assert _spans(find_all(regex, text, start, end)) == expected
        assert _spans(list(guarded(regex).finditer(text, start, end))) == expected
        assert _spans(find_all(regex, text)) == _spans(list(regex.finditer(text)))
    for group in _GROUPS:
        found = find_each(group, text, start, end)
        assert [_spans(f) for f in found] == [_spans(list(r.finditer(text, start, end))) for r in group]


def test_the_vocabulary_patterns_are_read() -> None:
    """Trigger words, modal constructions and date expressions all have known starts (else nothing is gained)."""
    for regex in _PATTERNS[:3]:
        assert starts_of(regex) is not None, regex.pattern[:80]
    starts = starts_of(re.compile(r"\b(?:must|shall) not\b|[’']ll face"))
    assert starts is not None
    assert starts.words == frozenset({"must not", "shall not"})  # a word and the next: fewer places to try
    assert starts.chars == "'’"


def test_a_lookbehind_that_opens_a_pattern_is_read_as_the_text_a_match_follows() -> None:
    """A match after "warned that " begins there: the pattern is tried only after that text, in any case."""
    regex = re.compile(r"(?:(?<=\bbeen warned that )|(?<=\bwere warned that ))\b[a-z]")
    starts = starts_of(regex)
    assert starts is not None
    assert starts.behind == ("warned that ",)
    text = "They were warned that traders must register; WERE WARNED THAT x. Warned that nothing."
    assert _spans(find_all(regex, text)) == _spans(list(regex.finditer(text)))
    assert starts_of(re.compile(r"(?<=told )\b(?:x)?")) is None  # what follows may match nothing


def test_patterns_whose_start_is_unknown_are_searched_everywhere() -> None:
    """No word boundary before a word, a class of any character, or a pattern that can match nothing."""
    for pattern in (r"ordered", r"\b\w+ed\b", r"\b(?:x)?", r".", r"\b[^,]+,", r"(?a)\bword"):
        regex = re.compile(pattern)
        assert starts_of(regex) is None, pattern
        assert _spans(find_all(regex, "reordered, x word")) == _spans(list(regex.finditer("reordered, x word")))


def test_guarded_tests_the_first_character_only_when_it_is_known() -> None:
    """A first-character test is added in front; a pattern that can start anywhere is left as it is."""
    assert guarded(re.compile(r", but |; ")).pattern.startswith("(?=")
    for pattern in (r".x", r"[^,]x", r"x?", r"(?:.|x)y"):
        assert guarded(re.compile(pattern)).pattern == pattern
    assert guarded(re.compile(r"(?x) a b # a comment")).fullmatch("ab")


def test_a_phrase_does_not_hide_the_words_inside_it() -> None:
    """ "orders were" opens one phrase the pattern may start with; "were told to", inside it, is still found."""
    regex = re.compile(r"\b(?:orders were (?:lifted|eased)|were told to)\b", re.IGNORECASE)
    starts = starts_of(regex)
    assert starts is not None
    assert starts.words == frozenset({"orders were", "were told"})
    for text in ("ORDERS were told to leave", "the orders were told to wait; orders were eased"):
        assert _spans(find_all(regex, text)) == _spans(list(regex.finditer(text)))
