"""An act delivered as a named organ's instructions is that organ's act (issue 11).

Every sentence here is invented, in the outlets' styles.
"""

from __future__ import annotations

import nkreports
from nkreports.model import Body

_ACT = (
    "The move hurts residents who already struggle to earn a living, sources say.\n\n"
    "North Korean authorities are shortening market hours in the capital, allowing only grain and fish "
    "to be sold after noon, sources in the country say.\n\n"
    "The order to shorten market hours was issued on June 4 through neighborhood watch units, a source said.\n\n"
)


def _directives(text: str) -> list[tuple[Body, list[str]]]:
    report = nkreports.parse(text, published="2024-05-27")
    return [(d.issuer.body, [q.text for q in d.demands]) for d in report.directives]


def test_the_act_delivered_as_the_committees_instructions_is_the_committees() -> None:
    found = _directives(
        _ACT + "\"Each unit then held a meeting for residents to deliver the Central Committee's instructions "
        'on how the new hours should be kept," the source added.'
    )
    assert [body for body, _ in found] == [Body.PARTY]
    assert any("shorten market hours" in d for d in found[0][1])


def test_an_organ_named_without_delivering_the_act_stays_apart() -> None:
    found = _directives(
        _ACT + '"The Central Committee has also ordered the police to inspect every stall," the source added.'
    )
    assert [body for body, _ in found] == [Body.GOVERNMENT, Body.PARTY]


def test_an_outlets_directive_noun_names_the_lead_act_again() -> None:
    """The lead is restated by an act noun an outlet added to ``directive_nouns`` ("the edict")."""
    from nkreports.outlets import BaseOutlet

    text = (
        "Residents of Hyesan have been ordered to hand in their Chinese phones by Friday, sources said.\n\n"
        "Many traders rely on the phones for business.\n\n"
        "Prices of phones have fallen in the markets.\n\n"
        "The provincial security bureau issued the edict after a spate of defections, a source said."
    )
    plain = BaseOutlet(key="borderwire", name="Border Wire")
    tuned = BaseOutlet(key="borderwire", name="Border Wire", vocabulary=[("directive_nouns", ["edict"])])
    assert [d.issuer.body for d in nkreports.parse(text, published="2024-05-27", outlet=plain).directives] == [
        Body.UNKNOWN
    ]
    [directive] = nkreports.parse(text, published="2024-05-27", outlet=tuned).directives
    assert directive.issuer.body is Body.SECURITY
    assert any("Chinese phones" in d.text for d in directive.demands)
