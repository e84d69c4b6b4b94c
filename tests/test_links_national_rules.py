"""A rule stated for the whole country is the state's standing law, not a narrower organ's act (issue 11).

Every sentence here is invented, in the outlets' styles.
"""

from __future__ import annotations

import nkreports
from nkreports.model import Body

_ACTS = (
    "North Korean authorities have set up a special task force to stop soldiers from watching foreign films, "
    "sources in the country say.\n\n"
    "The General Staff Department has also ordered commanders to search army barracks every week, a source in "
    "North Hamgyong told RFA.\n\n"
)


def _directives(text: str) -> list[tuple[Body, list[str]]]:
    report = nkreports.parse(text, published="2024-05-17")
    return [(d.issuer.body, [q.text for q in d.demands]) for d in report.directives]


def test_a_rule_of_the_whole_country_goes_to_the_states_act() -> None:
    found = _directives(
        _ACTS + "Foreign films and songs are banned in North Korea, and those caught with them can face prison."
    )
    state = [demands for body, demands in found if body is Body.GOVERNMENT]
    army = [demands for body, demands in found if body is Body.MILITARY]
    assert state
    assert any("banned in North Korea" in d for d in state[0])
    assert not any("banned in North Korea" in d for demands in army for d in demands)


def test_a_rule_with_no_national_scope_stays_with_the_organ_just_named() -> None:
    found = _directives(_ACTS + "Officers caught with foreign films are banned from promotion, the source said.")
    army = [demands for body, demands in found if body is Body.MILITARY]
    assert army
    assert any("banned from promotion" in d for d in army[0])


def test_an_attribution_to_sources_in_the_country_is_no_national_scope() -> None:
    """ "..., sources in the country said" places the informants, not the rule."""
    found = _directives(
        _ACTS + "Officers caught with foreign films are banned from promotion, sources in the country said."
    )
    army = [demands for body, demands in found if body is Body.MILITARY]
    assert army
    assert any("banned from promotion" in d for d in army[0])
