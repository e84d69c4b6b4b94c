"""Who enforces an act does not issue it; an act named again by its noun is that act (issue 11).

Every sentence here is invented, in the outlets' styles.
"""

from __future__ import annotations

import nkreports
from nkreports.model import Body

_LOCKDOWN = (
    "North Korean authorities issued a lockdown order for the city of Kanggye on March 2, and residents caught outside "
    "are now being punished, a source said.\n\n"
    "\u201cThey were punished for leaving home in violation of the lockdown order,\u201d the source said.\n\n"
    "The source said many families had run out of food.\n\n"
)


def _directives(text: str) -> list[tuple[Body, list[str]]]:
    report = nkreports.parse(text, published="2024-03-20")
    return [(d.issuer.body, [q.text for q in d.demands]) for d in report.directives]


def test_an_organ_enforcing_the_lead_act_after_it_does_not_take_it_over() -> None:
    found = _directives(
        _LOCKDOWN + "Right after the lockdown order, the city prosecutor's office began enforcing the ban on "
        "leaving home, the source said."
    )
    assert [body for body, _ in found] == [Body.GOVERNMENT, Body.JUDICIARY]


def test_the_crackdown_after_an_act_told_by_crack_down_is_that_act() -> None:
    """ "the crackdown" names the act the authorities stated as "to crack down on"; the rule after it is theirs."""
    found = _directives(
        _LOCKDOWN + "Right after the lockdown order, the city prosecutor's office began enforcing the ban on "
        "leaving home, the source said. Prosecutors took violators caught in the crackdown to lectures.\n\n"
        "However, when violations went on, the authorities mobilized security agents to crack down on residents "
        "from March 15. Agents take anyone caught in the crackdown to a labor camp. Violators must now do a month "
        "of forced labor, whatever their reasons for going out."
    )
    government = [demands for body, demands in found if body is Body.GOVERNMENT]
    judiciary = [demands for body, demands in found if body is Body.JUDICIARY]
    assert any("forced labor" in d for demands in government for d in demands)
    assert not any("forced labor" in d for demands in judiciary for d in demands)


def test_the_authorities_order_is_their_act_that_was_an_order() -> None:
    """ "the authorities' order to stay home" is the lockdown order, not their later crackdown."""
    found = _directives(
        _LOCKDOWN + "On March 15, the authorities mobilized security agents to crack down on residents.\n\n"
        "\u201cCan people really follow the authorities\u2019 order to stay home for a month?\u201d the source asked."
    )
    government = [demands for body, demands in found if body is Body.GOVERNMENT]
    assert len(government) == 2
    assert any("stay home" in d for d in government[0])
    assert not any("stay home" in d for d in government[1])
