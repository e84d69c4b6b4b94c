"""Interviews: an act the interviewer's question tells does not own the answer's rules (issue 11).

Every sentence here is invented, in the outlets' styles (ASIAPRESS runs its interviews as questions opened by
a long dash, answers after them).
"""

from __future__ import annotations

import nkreports
from nkreports.model import Body

_INTERVIEW = (
    "ASIAPRESS spoke with a reporting partner in Hyesan on June 3.\n"
    "―― Kim Jong Un has ordered every city to be sealed off. Is Hyesan sealed off too?\n"
    "A: Not yet. But we’ve been ordered to wear two masks. "
    "People have been ordered not to gather at the station. "
    "It is prohibited to visit other households. "
    "The authorities have put everyone on notice that hiding a fever will result in punishment.\n"
)


def _directives(text: str) -> list[tuple[Body, list[str]]]:
    report = nkreports.parse(text, published="2024-06-05")
    return [(d.issuer.body, [q.text for q in d.demands]) for d in report.directives]


def test_the_answers_rules_are_not_the_questions_act() -> None:
    found = _directives(_INTERVIEW)
    leader = [demands for body, demands in found if body is Body.LEADER]
    assert leader
    assert not any("masks" in d or "gather" in d for d in leader[0])


def test_the_answers_rules_are_one_act_with_the_authorities_named_after_them() -> None:
    """Unnamed rules right before the authorities' own act in the next sentence are that act."""
    found = _directives(_INTERVIEW)
    government = [demands for body, demands in found if body is Body.GOVERNMENT]
    assert len(government) == 1
    assert any("two masks" in d for d in government[0])
    assert any("gather" in d for d in government[0])
    assert any("hiding a fever" in d for d in government[0])


def test_a_question_without_a_question_mark_ends_with_its_sentence() -> None:
    text = (
        "―― We heard that Kim Jong Un has ordered the markets closed.\n"
        "Yes, and residents have been ordered to stay home after dark. "
        "The authorities have warned that anyone out after dark will be punished.\n"
    )
    found = _directives(text)
    assert not any("stay home" in d for body, demands in found if body is Body.LEADER for d in demands)
    assert any("stay home" in d for body, demands in found if body is Body.GOVERNMENT for d in demands)


def test_rules_after_a_leaders_act_outside_an_interview_stay_with_it() -> None:
    text = (
        "Kim Jong Un has ordered every city to be sealed off, state media reported on June 3. "
        "Residents have been ordered not to gather at stations, a source in Hyesan said."
    )
    found = _directives(text)
    assert found[0][0] is Body.LEADER
    assert any("gather" in d for d in found[0][1])
