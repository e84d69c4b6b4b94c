"""A lifting told again goes on with the lifting act, not the act it lifts (issue 11).

Every sentence here is invented, in the outlets' styles.
"""

from __future__ import annotations

import nkreports
from nkreports.model import Modality

_STORY = (
    "The lockdown in Kanggye, which began on March 2, was lifted at noon on March 20, according to "
    "reporting partners.\n\n"
    "Authorities had ordered the lockdown to stop smuggling across the river.\n\n"
    "During the lockdown, the markets were closed and residents were barred from going outdoors.\n\n"
    "A resident said many families ran out of firewood.\n\n"
)


def _acts(text: str) -> list[list[tuple[Modality, str]]]:
    report = nkreports.parse(text, published="2024-03-25")
    return [[(q.modality, q.text) for q in d.demands] for d in report.directives]


def test_what_follows_a_lifting_told_again_is_the_lifting_acts() -> None:
    """The warning after "was lifted earlier than planned" goes with the lifting, not with the lockdown."""
    acts = _acts(
        _STORY + "The lockdown in Kanggye was originally set to last for a month but was lifted earlier. "
        "Locals have been warned that the lockdown may be imposed again whenever smuggling resumes."
    )
    lifting = [a for a in acts if any("at noon on March 20" in t for _, t in a)]
    lockdown = [a for a in acts if any("markets were closed" in t for _, t in a)]
    assert len(lifting) == 1
    assert len(lockdown) == 1
    assert lifting != lockdown
    assert any("imposed again" in t for _, t in lifting[0])
    assert not any("imposed again" in t or "lifted" in t for _, t in lockdown[0])


def test_the_lifting_told_again_is_one_lifting() -> None:
    acts = _acts(_STORY + "The lockdown in Kanggye was originally set to last for a month but was lifted earlier.")
    liftings = [t for a in acts for m, t in a if m is Modality.PERMISSION]
    assert len(liftings) == 1
    assert "March 20" in liftings[0]


def test_a_rule_after_the_lockdown_that_lifts_nothing_stays_with_the_lockdown() -> None:
    acts = _acts(_STORY + "During the lockdown, residents were also banned from using their phones.")
    lockdown = [a for a in acts if any("markets were closed" in t for _, t in a)]
    assert len(lockdown) == 1
    assert any("phones" in t for _, t in lockdown[0])
