"""The shortcuts of demand finding (early exits, cheap tests before a search) change no result.

Each property builds sentences from the words the patterns look for, joined at random, and checks that
the quick path gives what the full work gives. Every sentence is invented, in the outlets' styles.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from nkreports.extract._sentences import Sentence
from nkreports.extract._vocabulary import default_vocabulary
from nkreports.extract.directives import _cuts, _provisions
from nkreports.extract.directives._cuts import clauses
from nkreports.extract.directives._demands import _in_clauses, _joined_to, find_demands
from nkreports.extract.directives._stated import stated_demand

_VOCAB = default_vocabulary()
_WORDS = (
    "ordered",
    "traders",
    "not to",
    "sell",
    "must",
    "residents",
    "were told",
    "will be",
    "punished",
    "banned",
    "the markets",
    "a source said",
    "according to",
    "Keep",
    "Report",
    "Don't",
    "Let's",
    "“",
    "”",
    ":",
    "▲",
    ",",
    ";",
    "and",
    "or",
    "for",
    "crackdown on",
    "inspections for",
    "phones",
    "if",
    "when",
    "that",
    "\n",
)
_sentences = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14).map(" ".join)


@given(_sentences)
def test_the_early_exit_finds_what_every_pattern_finds(text: str) -> None:
    """Every pattern tried on every clause, every clause tried for a command: the same demands."""
    every = _joined_to(_VOCAB.demand_verbs)(_VOCAB.modals)
    listed = _provisions.listed_provisions(text, 0, len(text))
    cuts = clauses(text, 0, len(text))
    full = _in_clauses(text, cuts, [every] * len(cuts), listed, commanding=True, self_names=_VOCAB.self_names)
    found = find_demands(text, 0, len(text), _VOCAB.modals, _VOCAB.demand_verbs, self_names=_VOCAB.self_names)
    assert found == full


@given(_sentences, st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=30))
def test_no_command_anywhere_means_none_in_any_stretch(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    if not _provisions.may_command(text, 0, len(text)):
        assert _provisions.imperative(text, start, end) == []


@given(_sentences)
def test_a_list_cue_needs_a_colon_or_a_bullet(text: str) -> None:
    if ":" not in text and "▲" not in text:
        assert _provisions._LIST_CUE.search(text) is None


@given(_sentences, st.integers(min_value=0, max_value=30))
def test_a_dangling_conjunction_is_searched_only_where_the_stretch_ends_as_it_must(text: str, cut: int) -> None:
    end = max(0, len(text) - cut)
    if not text.endswith(_cuts._DANGLING_ENDS, 0, end):
        assert _cuts._DANGLING.search(text, 0, end) is None


def test_a_sentence_without_trigger_or_command_demands_nothing() -> None:
    text = "Prices of rice rose sharply in Hyesan last week, a source said."
    assert find_demands(text, 0, len(text), _VOCAB.modals, _VOCAB.demand_verbs) == []


def test_an_order_still_gives_its_demand() -> None:
    text = "The security ministry ordered traders not to sell Chinese phones."
    found = find_demands(text, 0, len(text), _VOCAB.modals, _VOCAB.demand_verbs)
    assert [text[d.start : d.end] for d in found] == ["ordered traders not to sell Chinese phones"]


# The boundary pattern as first written, each optional opening and named group where it reads best; the
# module's rewritten form (each alternative opening with a character) must find the same boundaries.
_PLAIN_BOUNDARY = re.compile(
    r", but |, while |, whereas |; | — | -- | – | - |(?:—|--) ?(?=including|such as|even|especially)"
    r"|[–—]and |…|\.\.\.|,? if so,? |, if (?=[a-z])|, as well as "
    r"|, so (?!far\b|long\b|much\b|many\b|as\b)| so (?=(?:they|we|people|residents|everyone|all)\b)"
    r"| due to | because (?:of )?| in light of | in view of |, when "
    # A comma splice: a new subject with its own passive order ("..., people are punished for ...").
    r"|, (?=[a-z]+ (?:are|were|must|have been|has been|will be) (?:\w+ly )?(?:told|punished|banned|ordered"
    r"|required|forced|prohibited|forbidden|allowed|permitted|discouraged)\b)"
    r"| and (?=(?:also )?[a-z]{3,}ed (?:the|a|an|its|their|all)\b)|,? after (?=(?:they|he|she|we|it)\b|\w+ing\b)"
    r"|, (?=(?:a|an) (?:[\w’'-]+ ){0,4}?(?:in which|which|that|where|when|who|whose)\b)"
    r"| and (?=(?:also )?(?:shall|must|should|may not|cannot|has to|have to)\b)"
    r"| and (?=(?:has|have|had) (?:also )?(?:begun|started|since)\b|(?:is|are|was|were) (?:also )?[a-z]+ing\b)"
    r"|(?P<joined> and )(?=(?:the |all |their |its )?[a-z]+(?:,? (?:and )?[a-z]+){0,5} (?:were|was|are|is|have been"
    r"|has been|had been)"
    r" (?:\w+ly |not )?(?:banned|forbidden|prohibited|ordered|told|closed|shut|required|forced|barred|suspended|lifted"
    r"|allowed|permitted)\b)"
    r"|, (?=(?:making|leaving|prompting|causing|sparking|raising|creating|resulting|so that|as part of|in a push"
    r"|in an effort|in the hope|ahead of|amid|following|followed|angering|frustrating|worrying)\b)"
    r"|(?P<opening>(?:[,:] )?[“\"](?=[A-Z]))| ?▲ ?| (?=\d{1,2}\) )|(?P<closing>[,.!?][”\"]|[,.!?][’'](?=[\s”\"]|$))|: "
    r"|(?P<listed>, (?:and|or) (?!to\b))| amid(?:st)? "
    r"|,? (?:according to|said|the (?:\w+ )?source)\b(?! of\b)"
    r"|, (?=(?:they|he|she|we|I) (?:\w+ )?(?:expressed|felt|said|added|complained|worried|feared)\b)"
    r"|\.? ?―+ ?|, (?:citing|amid|as it|as they|in cooperation with)\b| in cooperation with\b|, (?=in a bid\b)"
    # An appositive that judges or describes the act: ", the latest of ...", ", described as a way to ...".
    r"|, (?=(?:some|many|most|all|one|none|several|each) of (?:whom|whose|which)\b)|, (?=which\b)"
    r"| but (?=(?:also )?to [a-z])"
    # ", although details were not known", ", after which the decisions were conveyed", ", as anyone caught ..."
    r"|, (?:although|though|after which|as (?=(?:anyone|those|people|residents|they|he|she|we)\b))\b"
    r"|, (?=the (?:latest|newest|first|last|most|second|third) |(?:described|dubbed|billed|seen|touted) as\b)"
    r"| and (?=(?:creating|causing|sparking|prompting|fueling|angering|frustrating|worrying)\b)"
    r"|, (?=(?:essentially |also |thereby |effectively )?(?:calling|warning|declaring|saying|instructing|banning"
    r"|allowing|ordering|urging|requiring|adding|stating)\b)"
)
_BOUNDARY_WORDS = (
    ", but ",
    " — ",
    "—including",
    "-- even",
    "–and ",
    "…",
    "...",
    ", if so, ",
    " if so ",
    ", if a",
    ", so they",
    " so we",
    " due to ",
    " because of ",
    ", when ",
    ", people are told",
    " and also closed the",
    " after they",
    ", a ban which",
    " and must",
    " and has begun",
    " and markets were banned",
    ", making",
    ", “A",
    ": “B",
    "“C",
    " ▲ ",
    "▲",
    " 1) ",
    ",” ",
    ".’ ",
    "!”",
    ": ",
    ", and ",
    ", or to",
    " amid ",
    ", according to",
    " said",
    " the source",
    ", they said",
    ". ― ",
    " ―",
    "――",
    ", citing",
    " in cooperation with",
    ", in a bid",
    ", some of whom",
    ", which",
    " but to go",
    ", although",
    ", as anyone",
    ", the latest ",
    ", dubbed as",
    " and sparking",
    ", effectively banning",
    "rice",
    "Markets",
    "traders",
    " ",
    ",",
    "-",
    ".",
    "?",
    "’",
    '"',
)


@given(st.lists(st.sampled_from(_BOUNDARY_WORDS), max_size=12).map("".join), st.integers(0, 20))
def test_the_rewritten_boundaries_are_the_plain_ones(text: str, cut: int) -> None:
    end = max(0, len(text) - cut)

    def found(regex: re.Pattern[str]) -> list[tuple[tuple[int, int], bool, bool, bool, bool]]:
        return [
            (
                m.span(),
                bool(m.group("joined")),
                bool(m.group("closing")),
                bool(m.group("opening") or (regex is _cuts._BOUNDARY and m.group("quote"))),
                bool(m.group("listed")),
            )
            for m in regex.finditer(text, 0, end)
        ]

    assert found(_cuts._BOUNDARY) == found(_PLAIN_BOUNDARY)


# The attribution tail as first written, and the words of its alternatives.
_PLAIN_TAIL = re.compile(
    r",?[”\"’]? (?:(?:the|a|an|another) (?:(?:[\w’'-]|\.(?=[\w-]))+ ){0,6}(?:source|resident|partner|trader|order"
    r"|notice|committee|management|directive|decree|official|worker|teacher|operator|agent|broadcaster|outlet|newspaper"
    r"|report|defector|diplomat|analyst|expert|researcher|observer|spokes(?:man|woman|person)|agency|ministry"
    r"|lecture|lecturer|speaker|instructor|statement|announcement|editorial|broadcast|bulletin|paper"
    r"|institute|service)s?"
    r"(?: (?:in|of|from) [^,;]{1,50}?)?"
    r"|he|she|it|they|officials)"
    r"(?: also| further)? (?:said|added|warned|warns|noted|explained|stated|says|told|reported|confirmed)\b"
    r"|, (?:[A-Za-z]+ ){0,2}(?:sources|residents|informants|officials|traders|partners)"
    r"(?: (?:in|of|from|inside) [^,;]{1,50}?)?"
    r" (?:also )?(?:said|told|say|tell|reported|have said)\b"
    r"|, according to\b|,? (?:[Tt]he )?[A-Z][\w-]{1,20}(?: [A-Z][\w-]{1,20}){0,2} (?:has|have) (?:learned|confirmed)\b"
    r"|,? [A-Z][\w-]+[’']s (?:\w+ )?sources?\b|, the report said\b"
    r"|,? (?:(?:state|official|local) )?media (?:reported|said)\b"
    # ", human rights group Good Friends said"
    r"|, (?:[a-z]+ ){0,2}(?:group|organi[sz]ation|NGO|institute|think tank) (?:[A-Z][\w’'-]*\s){1,4}"
    r"(?:said|says|reported|added)\b"
    # ", Radio Free Asia quoted sources in China as saying"
    r"|, (?:[A-Z][\w’'-]*\.? ){1,4}(?:quoted|cited) [^,;]{1,60}? as (?:saying|reporting)\b"
)
_TAIL_WORDS = (
    ", the source said",
    " the local source added",
    "” a resident told",
    " he said",
    ", they also warned",
    ", sources in Hyesan said",
    ", according to",
    ", Daily NK has learned",
    " The Ministry have confirmed",
    ", RFA’s sources",
    " Yonhap's local sources",
    ", the report said",
    ", state media reported",
    " media said",
    ", rights group Good Friends said",
    ", Radio Free Asia quoted sources in China as saying",
    ", quoted",
    " the",
    " of",
    " in",
    " from",
    "Ryanggang",
    " officials",
    " traders",
    ",",
    " ",
    "’",
    "”",
    ".",
    "-",
)


@given(st.lists(st.sampled_from(_TAIL_WORDS), max_size=10).map("".join), st.integers(0, 20))
def test_the_rewritten_tail_is_the_plain_one(text: str, cut: int) -> None:
    end = max(0, len(text) - cut)
    found = _cuts._TAIL.search(text, 0, end)
    plain = _PLAIN_TAIL.search(text, 0, end)
    assert (found and found.span()) == (plain and plain.span())


_ACT_PIECES = (
    "The authorities closed the markets in Hyesan",
    "residents were ordered indoors",
    "every spring",
    "students were mobilized for planting",
    "after arresting two smugglers",
    "the police lifted the ban on bicycles",
    "usually",
    "a source said",
)


@given(st.lists(st.sampled_from(_ACT_PIECES), min_size=1, max_size=4).map(", ".join), st.booleans())
def test_a_habit_or_completed_enforcement_states_no_act(text: str, passive: bool) -> None:
    """The habit test runs only once an act is found; a sentence with a habit still states none."""
    sentence = Sentence(start=0, end=len(text), text=text, paragraph=0, index=0)
    found = stated_demand(text, sentence, passive=passive)
    habit = ("every spring" in text or "usually" in text) and "mobiliz" not in text
    if habit or "arresting" in text:
        assert found is None
    elif "closed the markets" in text and not passive:
        assert found is not None
