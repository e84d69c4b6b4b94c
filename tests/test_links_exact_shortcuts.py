"""Linking's shortcuts are exact: what it skips or tests cheaply could not have changed the directives (issue 14).

Every sentence here is invented, in the outlets' styles.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nkreports.extract.directives._linking as linking
from nkreports.dates import find_dates
from nkreports.extract import Context, default_vocabulary, extract
from nkreports.extract._index import Positioned
from nkreports.extract._linking import _own_dates, sentence_date
from nkreports.extract._sentences import Sentence, split_sentences
from nkreports.extract.directives._audience import _TARGETED, _TARGETING, audience
from nkreports.extract.directives._demands import find_demands
from nkreports.extract.directives._drafts import _ACT_MENTION, _CRACKING_DOWN, _DOCUMENT_NOUNS, Draft, act_mention
from nkreports.model import Article, Body, DateValue, Directive, Modality

_FRAGMENTS = (
    "The Ministry of State Security ordered traders to register their phones by Aug. 3. ",
    "The provincial party committee issued an order on May 15 banning travel to the border. ",
    "Residents were told not to gather at the station. ",
    "Authorities in Hyesan have banned the sale of rice. ",
    "The mobilization, which began on May 15, ",
    "the lockdown was lifted on June 2. ",
    "Kim Jong Un called for a crackdown on smuggling. ",
    "They also ordered every household to hand over scrap metal. ",
    "Vendors must close their stalls at 6 p.m. ",
    "A source in Ryanggang Province told Daily NK on Monday. ",
    "―― Has the city been sealed off? ",
    "Q: Are the markets open? ",
    "A: Not yet. ",
    "\n\n",
    "the order ",
    "Dec. 20 ",
)

_TEXTS = st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=14).map("".join)


def _extract(text: str) -> None:
    extract(Article(outlet="dailynk", text=text), Context(anchor=dt.date(2024, 5, 17), self_names=("Daily NK",)))


def _draft() -> Draft:
    return Draft(body=Body.SECURITY, level=None, region=None, mention=None, generic=False)


def test_drafts_compare_by_identity() -> None:
    """Two acts with the same fields are two acts: membership and removal find the very draft asked for."""
    first, second = _draft(), _draft()
    assert first != second
    assert first == first  # noqa: PLR0124 - identity is equality
    drafts = [first]
    assert second not in drafts
    drafts.append(second)
    drafts.remove(second)
    assert drafts == [first]
    assert drafts[0] is first


@pytest.fixture
def dated_and_added(monkeypatch: pytest.MonkeyPatch) -> tuple[list[int], list[int]]:
    """Records the sentences whose act date linking reads, and the sentences it adds to an act."""
    dated: list[int] = []
    added: list[int] = []
    reading = linking.sentence_date
    adding = Draft.add

    def recorded(text: str, sentence: Sentence, dates: object, taken: set[tuple[int, int]]) -> DateValue | None:
        dated.append(sentence.index)
        return reading(text, sentence, dates, taken)  # type: ignore[arg-type]

    def add(self: Draft, sentence: Sentence, demands: object, when: DateValue | None = None) -> None:
        added.append(sentence.index)
        adding(self, sentence, demands, when)  # type: ignore[arg-type]

    monkeypatch.setattr(linking, "sentence_date", recorded)
    monkeypatch.setattr(Draft, "add", add)
    return dated, added


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXTS)
def test_a_sentence_date_is_read_only_for_a_sentence_an_act_takes(
    dated_and_added: tuple[list[int], list[int]], text: str
) -> None:
    """The date only ever reaches ``Draft.add``: a sentence no act takes could not have given its act a date."""
    dated, added = dated_and_added
    dated.clear()
    added.clear()
    _extract(text)
    assert set(dated) <= set(added)


def test_a_sentence_an_act_takes_still_dates_it() -> None:
    """The date read late is the same date: the act stated with "from Aug. 3" is dated by it."""
    text = (
        "A source in Hyesan told Daily NK on Monday that the city people's committee closed the markets "
        "from Aug. 3. Vendors must not sell grain in the streets."
    )
    report = extract(Article(outlet="dailynk", text=text), Context(anchor=dt.date(2024, 8, 20), self_names=()))
    assert [d.issued.iso() if d.issued else None for d in report.directives] == ["2024-08-03"]


def _act_mention_by_search(sentence: str, drafts: list[Draft]) -> object:
    """act_mention without its literal test: the pattern's search, then the drafts."""
    found = _ACT_MENTION.search(sentence)
    if found is None:
        return None
    for draft in reversed(drafts):
        lifts = bool(draft.demands) and all(d.modality is Modality.PERMISSION for d in draft.demands)
        if found.group(1) in draft.nouns and not lifts:
            return found.group(), draft
    return None


@given(text=_TEXTS | st.text(alphabet="Tthe mobilzanordcks,.", max_size=60))
def test_act_mention_tests_the_nouns_exactly(text: str) -> None:
    """A sentence without the pattern's nouns could not have named a recent act."""
    draft = _draft()
    draft.nouns.update({"mobilization", "ordinance", "lockdown"})
    got = act_mention(text, [draft])
    expected = _act_mention_by_search(text, [draft])
    assert (None if got is None else (got[0].group(), got[1])) == expected


def _asked_by_search(text: str, read: list[Sentence]) -> list[int]:
    """The offsets that lie in a question, found by searching every sentence for the marks."""
    spans = []
    for n, s in enumerate(read):
        for mark in linking._QUESTION.finditer(text, s.start, s.end):
            follow = read[n + 1] if n + 1 < len(read) else None
            asks = follow is not None and follow.text.rstrip("”\"’' ").endswith("?") and mark.end() < s.end
            spans.append((mark.start(), follow.end if asks and follow is not None else s.end))
    return [i for i in range(len(text) + 1) if any(a <= i < b for a, b in spans)]


@given(text=_TEXTS | st.text(alphabet="―Q: uestion?.\nA", max_size=40))
def test_questions_are_found_in_the_sentences_that_hold_their_marks(text: str) -> None:
    """Only a sentence with a colon or a long dash can open a question: the others are not searched."""
    read = list(split_sentences(text))
    asked = linking._asked(text, read)
    assert [i for i in range(len(text) + 1) if asked(i)] == _asked_by_search(text, read)


_RULES = (
    "The Ministry of State Security banned foreign phones in March. ",
    "The provincial security department ordered traders to register their phones. ",
    "Sources said stocks are low. ",
    "Prices rose sharply in June. ",
    "Residents must also report any visitors. ",
    "Vendors were banned from selling rice. ",
    "But from early June, orders were issued to limit the goods for sale. ",
    "Many people said they had to sell their furniture. ",
    "Smugglers were arrested and were told to confess. ",
    "The crackdown is said to be harsh. ",
    "It is prohibited to visit other households. ",
    "\n\n",
)


def _directives(text: str) -> tuple[Directive, ...]:
    found = extract(Article(outlet="dailynk", text=text), Context(anchor=dt.date(2024, 5, 17), self_names=()))
    return found.directives


_ARTICLES = st.lists(
    st.tuples(st.sampled_from(_RULES + _FRAGMENTS), st.sampled_from((" ", "\n\n"))).map("".join),
    min_size=1,
    max_size=16,
).map("".join)


@settings(max_examples=100, deadline=None)
@given(text=_ARTICLES)
def test_a_sentence_whose_demands_are_not_read_could_not_have_changed_the_directives(text: str) -> None:
    """Reading every sentence's demands gives the same directives as reading only those that can go to an act."""
    fast = _directives(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(linking, "_may_take", lambda *_: True)
        assert _directives(text) == fast


@given(text=st.text(alphabet="mustholdrequiebanwfgpsxy ", max_size=40) | st.sampled_from(_RULES + _FRAGMENTS))
def test_every_binding_rule_holds_one_of_the_binding_words(text: str) -> None:
    """The literal test ``_may_take`` makes is a necessary condition of ``_BINDING``."""
    if linking._BINDING.search(text) is not None:
        assert any(word in text for word in linking._BINDING_WORDS)


def test_rules_two_sentences_after_an_act_still_go_to_it() -> None:
    """'Residents must also ...' two paragraphs after the act, one sentence between, is read and stays the act's."""
    found = _directives(
        "The Ministry of State Security banned foreign phones in March.\n\n"
        "The provincial security department ordered traders to register their phones.\n\nSources said stocks are "
        "low.\n\nResidents must also report any visitors to the neighborhood watch unit."
    )
    assert len(found) == 2
    assert any("visitors" in d.text for d in found[1].demands)


_DATED = (
    "The committee issued an order on May 3 ",
    "banning sales from Aug. 3 ",
    "until June 10, ",
    "On May 15, ",
    "the ministry's Nov. 2 directive ",
    "a source told Daily NK on Monday ",
    "ahead of the anniversary on Oct. 10 ",
    "residents must register by Dec. 20. ",
    "In March, the authorities closed the markets. ",
)


@settings(max_examples=60, deadline=None)
@given(text=st.lists(st.sampled_from(_DATED), min_size=1, max_size=6).map("".join))
def test_a_sentences_act_date_is_its_first_governed_free_date(text: str) -> None:
    """sentence_date tests the cheaper condition first; it gives the first date of _own_dates all the same."""
    found = find_dates(text, dt.date(2024, 5, 17))
    dates = Positioned(found, lambda d: (d.start, d.end))
    for taken in (set(), {(d.start, d.end) for d in found[:1]}):
        for sentence in split_sentences(text):
            assert sentence_date(text, sentence, dates, taken) == _own_dates(text, sentence, dates, taken)[0]


@given(text=st.text(alphabet="cCrRaAkKsSeEdDiInNgGoOwW \u212a", max_size=30) | st.sampled_from(_FRAGMENTS))
def test_an_act_cracking_down_is_named_the_crackdown(text: str) -> None:
    """The "down" test before the search is necessary: the act's nouns are those the patterns alone give."""
    draft = _draft()
    draft.add(Sentence(start=0, end=len(text), text=text, paragraph=0, index=0), [])
    nouns = {m.group(1).rstrip("s") for m in _DOCUMENT_NOUNS.finditer(text.lower())}
    if _CRACKING_DOWN.search(text):
        nouns.add("crackdown")
    assert draft.nouns == nouns


@given(
    text=st.text(alphabet="crakdownlmpshotefingyb ", max_size=40)
    | st.sampled_from(("to crack down on anyone selling rice", "shoot on sight anyone crossing", "clampdowns on those"))
)
def test_every_crackdown_target_holds_one_of_the_targeting_words(text: str) -> None:
    """The literal test before ``_TARGETED`` is necessary: a demand without these words targets no one."""
    if _TARGETED.search(text) is not None:
        assert any(word in text for word in _TARGETING)


def test_every_and_each_still_name_the_plural() -> None:
    """ "every workplace must ...": the singular after every/each/any names its plural, as before."""
    vocab = default_vocabulary()
    text = "The order said every trading company must report its stocks."
    demands = find_demands(text, 0, len(text), vocab.modals, vocab.demand_verbs)
    assert "trading companies" in audience(text, demands, vocab)


@given(text=st.text(alphabet="wasbeingordtlcufmzy ", max_size=40) | _TEXTS)
def test_the_passive_test_before_the_search_is_necessary(text: str) -> None:
    """A sentence without the passive verbs holds no passive order: ``_passive`` is ``_PASSIVE.search``."""
    got = linking._passive(text)
    expected = linking._PASSIVE.search(text)
    assert (None if got is None else got.span()) == (None if expected is None else expected.span())
