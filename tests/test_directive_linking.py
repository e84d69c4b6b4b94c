"""Linking acts into directives and their issue dates: one act, one directive (invented sentences)."""

from __future__ import annotations

import nkreports


def _issued(text: str, published: str = "2024-09-20") -> list[str | None]:
    report = nkreports.parse(text, published=published)
    return [None if d.issued is None else d.issued.iso() for d in report.directives]


def test_a_start_date_dates_the_act() -> None:
    text = (
        "The authorities have banned residents from leaving Kanggye since early September to stop the spread of fever, "
        "a source in Chagang Province told Daily NK on Wednesday."
    )
    assert _issued(text) == ["2024-09"]


def test_a_from_date_dates_a_posted_order() -> None:
    text = (
        "“From Sept. 12, the Ministry of Social Security’s notice was posted at every train station,” a source "
        "said. The notice states that anyone who crosses the river without a permit will be punished."
    )
    assert _issued(text) == ["2024-09-12"]


def test_when_the_ordered_action_starts_is_not_the_issue_date() -> None:
    text = "The Sinuiju city party committee has ordered factory workers to join the harvest from Sept. 16."
    assert _issued(text) == [None]


def test_the_date_of_the_event_an_act_prepares_for_is_not_its_issue_date() -> None:
    text = (
        "North Korean authorities have ordered residents to stay in their home towns in advance of "
        "celebrations marking the founding of the republic on Monday, sources said."
    )
    assert _issued(text) == [None]


def test_a_follow_up_sentence_on_when_restrictions_began_dates_them() -> None:
    text = (
        "North Korean authorities have ordered residents to stay in their home towns, sources said.\n\n"
        "The restrictions began to be imposed on Sept. 9, a source in Hyesan told RFA this week."
    )
    assert _issued(text) == ["2024-09-09"]


def test_acts_of_one_issuer_on_different_dates_are_separate_directives() -> None:
    text = (
        "The authorities imposed a ban on travel out of Hyesan in late July after fever cases were found, a source in "
        "Yanggang Province told Daily NK on Tuesday.\n\n"
        "The authorities also closed the city's markets from Aug. 20, and traders were told to stay home."
    )
    assert _issued(text) == ["2024-07", "2024-08-20"]


def test_a_date_inside_what_was_ordered_is_not_the_issue_date() -> None:
    text = "Teachers were ordered to paint the school gates on Monday, a source said."
    assert _issued(text) == [None]


def test_a_lifting_dates_its_own_act() -> None:
    text = "The lockdown in Manpo was lifted on Sept. 4, and residents are now allowed to visit the market."
    assert _issued(text) == ["2024-09-04"]


def test_a_follow_up_date_is_the_one_its_verb_governs() -> None:
    text = (
        "The Chagang provincial party committee told farm managers that every farm must hand over its maize. "
        "Farmers grumbled. The instruction was relayed to the farms on Sept. 3, after a review of Aug. 28 yields."
    )
    assert _issued(text) == ["2024-09-03"]


def test_generic_authorities_acting_anew_start_their_own_directive() -> None:
    text = (
        "Prosecutors in Hyesan began punishing residents who broke the curfew, and violators must perform "
        "a week of labor.\n\n"
        "The authorities then mobilized security agents to guard every market from Sept. 10."
    )
    report = nkreports.parse(text, published="2024-09-20")
    assert [d.issuer.text for d in report.directives][-1] == "The authorities"


def test_an_unnamed_order_after_the_authorities_act_restates_it() -> None:
    text = (
        "North Korean authorities have ordered factory workers to report anyone who listens to foreign radio, "
        "sources told RFA.\n\n"
        "Workers at a recent meeting at the Kusong machine plant were told to report anyone tuning in "
        "to South Korean broadcasts, a resident said."
    )
    report = nkreports.parse(text, published="2024-09-20")
    (directive,) = report.directives
    assert directive.issuer.text == "North Korean authorities"
    assert len(directive.demands) == 2


def test_in_addition_to_an_order_is_another_act() -> None:
    text = (
        "The Ministry of Education ordered on Sept. 2 that all schools must close for two weeks.\n\n"
        "“In addition to the closure order, teachers were told to visit every pupil at home,” a source said."
    )
    report = nkreports.parse(text, published="2024-09-20")
    assert len(report.directives) == 2
    assert [None if d.issued is None else d.issued.iso() for d in report.directives] == ["2024-09-02", None]


def test_a_date_naming_the_document_dates_its_issue() -> None:
    text = (
        "A source told Daily NK that the Ministry of Commerce’s Sept. 4 directive requires state shops "
        "to close at 6 PM, two weeks after a fire on Aug. 21."
    )
    assert _issued(text) == ["2024-09-04"]


def test_a_dated_issue_right_before_the_issuer_is_named_dates_its_act() -> None:
    text = (
        "Markets in Wonsan have been cut to half their size, a source said.\n\n"
        "The order to shrink the markets was issued on Sept. 5, the source said.\n\n"
        "“Each neighborhood unit then held a meeting to pass on the provincial party committee’s "
        "instructions that only vegetables may be sold,” the source added."
    )
    assert _issued(text)[-1] == "2024-09-05"


def test_a_headline_date_before_the_dateline_is_not_the_issue_date() -> None:
    text = (
        "date 2024-09-11 N. Korea tightens mask rules\n"
        "SEOUL, Sept. 11 (Yonhap) -- North Korea's Cabinet has ordered all residents to wear masks in "
        "public places, state media said."
    )
    assert _issued(text, published="2024-09-11") == [None]


def test_a_lead_crackdown_restated_by_the_organ_running_it_is_one_act() -> None:
    text = (
        "Authorities in Chagang Province have recently conducted crackdowns on people who sell Chinese phones, "
        "Daily NK has learned.\n\n"
        "A source told Daily NK that the Ministry of Social Security carried out the crackdowns last month "
        "at markets in Kanggye and Manpo."
    )
    report = nkreports.parse(text, published="2024-09-20")
    (directive,) = report.directives
    assert directive.issuer.text == "the Ministry of Social Security"


def test_as_of_dates_the_start_of_an_order() -> None:
    text = "Police have issued an order banning travel between provinces as of Sept. 1, a source told RFA."
    assert _issued(text) == ["2024-09-01"]
