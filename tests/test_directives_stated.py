"""Acts stated as plain verb phrases: a generic or unnamed issuer's act clause is its demand.

Every sentence here is invented, in the outlets' styles.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import nkreports
from nkreports.extract._sentences import Sentence
from nkreports.extract.directives._stated import stated_demand
from nkreports.model import Modality


def _sentence(text: str) -> Sentence:
    return Sentence(start=0, end=len(text), text=text, paragraph=0, index=0)


def _demand(text: str, *, passive: bool = False) -> tuple[str, Modality] | None:
    found = stated_demand(text, _sentence(text), passive=passive)
    return None if found is None else (text[found.start : found.end], found.modality)


def test_closing_is_a_prohibition_from_the_verb_to_the_clause_end() -> None:
    text = "Local authorities closed the grain markets in Musan on Monday, a trader told our reporter."
    assert _demand(text) == ("closed the grain markets in Musan on Monday", Modality.PROHIBITION)


def test_forcing_obliges_and_reopening_permits() -> None:
    forced = _demand("Pyongyang is forcing farm families to hand over half of their potato harvest.")
    assert forced == ("forcing farm families to hand over half of their potato harvest", Modality.OBLIGATION)
    reopened = _demand("The government reopened the bus terminals in Kimchaek after ten days.")
    assert reopened == ("reopened the bus terminals in Kimchaek after ten days", Modality.PERMISSION)


def test_setting_up_a_unit_to_curb_something_forbids_it() -> None:
    text = "The state set up a task force to stop the resale of imported bicycles."
    assert _demand(text) == ("set up a task force to stop the resale of imported bicycles", Modality.PROHIBITION)


def test_passive_order_keeps_its_auxiliary() -> None:
    text = "Villagers were abruptly ordered indoors on Thursday evening, several sources said."
    assert _demand(text, passive=True) == ("were abruptly ordered indoors on Thursday evening", Modality.OBLIGATION)
    assert _demand("Officials tightened checks at the station.", passive=True) is None


def test_habits_trends_denials_and_enforcement_are_no_acts() -> None:
    assert _demand("North Korea has tightened controls on its rivers in recent years.") is None
    assert _demand("Every autumn the authorities close the beaches.") is None
    assert _demand("The authorities did not close the markets this week.") is None
    assert _demand("The authorities closed the case after arresting three smugglers.") is None
    assert _demand("Markets closed at 6 PM as usual.") is None


def test_a_mobilization_is_an_act_even_when_it_recurs() -> None:
    found = _demand("Every spring, the authorities mobilize students to plant rice seedlings.")
    assert found is not None
    assert found[1] is Modality.OBLIGATION


def test_generic_issuers_plain_act_becomes_a_directive_with_its_demand() -> None:
    report = nkreports.parse(
        "North Korean authorities shut down the private bakeries in Hyesan last week, a source told reporters.",
        published="2024-03-11",
    )
    assert len(report.directives) == 1
    demand = report.directives[0].demands[0]
    assert demand.text.startswith("shut down the private bakeries")
    assert demand.modality is Modality.PROHIBITION


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_a_demand_inside_it_or_none(text: str) -> None:
    found = stated_demand(text, _sentence(text))
    if found is not None:
        assert 0 <= found.start < found.end <= len(text)


def test_issuing_states_an_act_only_with_what_it_imposes() -> None:
    assert _demand("The authorities issued a decision on the new holiday.") is None
    found = _demand("Pyongyang issued a two-week road-building mobilization for all students.")
    assert found is not None
    assert found[1] is Modality.OBLIGATION
