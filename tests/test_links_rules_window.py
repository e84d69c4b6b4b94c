"""Rules told after one sentence of background still belong to the act before them (issue 11).

Every sentence here is invented, in the outlets' styles.
"""

from __future__ import annotations

import nkreports
from nkreports.model import Body

_ACT = (
    "The provincial party committee ordered all cadres to join the rice planting campaign, sources said.\n\n"
    "The Ministry of Social Security has ordered residents of Hyesan to register every visitor with "
    "their inminban leader, an informant in Ryanggang Province said on Tuesday.\n\n"
    "The source said the city has seen a rise in smuggling since the spring.\n\n"
)


def _demands(text: str) -> list[tuple[Body, list[str]]]:
    report = nkreports.parse(text, published="2024-05-17")
    return [(d.issuer.body, [q.text for q in d.demands]) for d in report.directives]


def test_a_binding_rule_two_sentences_on_is_the_acts_rule() -> None:
    """'Residents must also ...' after a sentence of background goes on telling the ministry's rules."""
    found = _demands(_ACT + "Residents must also carry their identity cards at all times.")
    assert [body for body, _ in found] == [Body.PARTY, Body.SECURITY]
    assert any("carry their identity cards" in d for d in found[1][1])


def test_a_passive_order_two_sentences_on_is_the_acts_rule() -> None:
    found = _demands(_ACT + "Households were also forbidden from renting rooms to traders from other towns.")
    assert [body for body, _ in found] == [Body.PARTY, Body.SECURITY]
    assert any("renting rooms" in d for d in found[1][1])


def test_a_quoted_obligation_two_sentences_on_is_no_rule_of_the_act() -> None:
    """ "Now we have to ..." in a quotation is how people feel the act, not a rule it states."""
    found = _demands(
        _ACT.rsplit("\n\n", 2)[0] + '\n\n"Everyone is nervous," the source said. "Now we have to report even our '
        'relatives to the police."'
    )
    assert [body for body, _ in found] == [Body.PARTY, Body.SECURITY]
    assert not any(any("relatives" in d for d in demands) for _, demands in found)


def test_a_rule_that_binds_others_two_sentences_on_is_no_rule_of_the_act() -> None:
    """'sanctions that require countries to ...' is background, not the ministry's demand."""
    found = _demands(_ACT + "Trade has slowed under UN sanctions that require countries to cut imports.")
    assert not any(any("cut imports" in d for d in demands) for _, demands in found)


def test_orders_told_as_issued_three_sentences_on_are_the_acts_orders() -> None:
    """'orders were issued to ...' after two sentences of background still tells the act's orders."""
    found = _demands(
        _ACT
        + '"People used to buy rice from anyone at the station," the source said.\n\n'
        + '"However, starting in June, orders were issued to restrict rice sales to state shops."'
    )
    assert [body for body, _ in found] == [Body.PARTY, Body.SECURITY]
    assert any("restrict rice sales" in d for d in found[1][1])


def test_a_rule_three_sentences_on_without_an_issued_order_is_left_alone() -> None:
    found = _demands(
        _ACT
        + '"People used to buy rice from anyone at the station," the source said.\n\n'
        + "Residents must carry their identity cards at all times."
    )
    assert not any("identity cards" in d for _, demands in found[:2] for d in demands)
