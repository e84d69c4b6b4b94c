"""Rules told after a narrower act about the country's act's topic stay the country's rules (issue 11).

Every sentence here is invented, in the outlets' styles.
"""

from __future__ import annotations

import nkreports
from nkreports.model import IssuerLevel

_ACTS = (
    "North Korean authorities have banned all travel between provinces ahead of the party congress, "
    "sources said.\n\n"
    "The Ryanggang provincial party committee has also ordered security guards to stand at every train "
    "station in Hyesan, a source in the province told RFA. "
)


def _demands(text: str) -> list[tuple[IssuerLevel | None, list[str]]]:
    report = nkreports.parse(text, published="2024-05-17")
    return [(d.issuer.level, [q.text for q in d.demands]) for d in report.directives]


def test_a_rule_on_the_countrys_topic_after_a_provinces_act_is_the_countrys() -> None:
    """Travel rules told after the province's guards are the national travel ban's rules."""
    found = _demands(_ACTS + "Residents must obtain a permit for any travel between provinces, the source said.")
    assert [level for level, _ in found] == [IssuerLevel.CENTRAL, IssuerLevel.PROVINCE]
    assert any("permit" in d for d in found[0][1])
    assert not any("permit" in d for d in found[1][1])


def test_a_rule_on_the_provinces_own_topic_stays_the_provinces() -> None:
    found = _demands(
        _ACTS + "The guards must search the bags of everyone who boards a train at the station, the source said."
    )
    assert [level for level, _ in found] == [IssuerLevel.CENTRAL, IssuerLevel.PROVINCE]
    assert any("search the bags" in d for d in found[1][1])
    assert not any("search the bags" in d for d in found[0][1])


def test_a_rule_sharing_no_topic_stays_with_the_act_just_told() -> None:
    found = _demands(_ACTS + "Vendors must close their stalls by six in the evening, the source said.")
    assert any("close their stalls" in d for d in found[1][1])


def test_a_rule_told_after_the_countrys_rule_goes_on_with_the_country() -> None:
    """Once a rule went back to the broader act, the next rule ("must also") goes on telling that act."""
    found = _demands(
        _ACTS
        + "Residents must obtain a permit for any travel between provinces, the source said.\n\n"
        + "Weddings must also be held quietly, with a ban on guests coming from other towns, the source said."
    )
    assert [level for level, _ in found] == [IssuerLevel.CENTRAL, IssuerLevel.PROVINCE]
    assert any("Weddings must also" in d for d in found[0][1])
    assert not any("Weddings" in d for d in found[1][1])
