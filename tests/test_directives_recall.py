"""Acts found on real reporting's phrasing, and the issuer each one gets (issue 11, recall).

Every sentence here is invented, in the outlets' styles.
"""

from __future__ import annotations

import nkreports
from nkreports.extract import IssuerPattern
from nkreports.extract.directives._clauses import issuer_slot
from nkreports.extract.directives._generic import is_generic
from nkreports.extract.directives._issuers import IssuerMention
from nkreports.extract.directives._parse import parse
from nkreports.model import Body, IssuerLevel


def _parse(text: str, published: str = "2024-05-17") -> nkreports.Report:
    return nkreports.parse(text, published=published)


def _issuers(report: nkreports.Report) -> list[tuple[Body, IssuerLevel | None, str]]:
    return [(d.issuer.body, d.issuer.level, d.issuer.text or "") for d in report.directives]


# Campaigns made stronger ("stepped up its surveillance", "is intensifying its crackdown").


def test_a_campaign_stepped_up_is_an_act_of_its_subject() -> None:
    report = _parse(
        "The Ministry of State Security has stepped up its surveillance of families with relatives in the South, "
        "an informant in Onsong said on Tuesday."
    )
    assert [(b, t) for b, _, t in _issuers(report)] == [(Body.SECURITY, "The Ministry of State Security")]


def test_intensifying_a_crackdown_by_the_government_is_its_act() -> None:
    report = _parse(
        "Sources say the government is intensifying its crackdown on private grain sellers in markets across the "
        "country."
    )
    assert [(b, lv) for b, lv, _ in _issuers(report)] == [(Body.GOVERNMENT, IssuerLevel.CENTRAL)]


def test_stepping_up_something_other_than_a_campaign_is_no_act() -> None:
    report = _parse("The mining complex has stepped up production of coal for export this spring, a source said.")
    assert report.directives == ()


def test_a_campaign_stepped_up_over_the_years_is_a_trend() -> None:
    report = _parse("Pyongyang has stepped up its drive against smuggled phones in recent years.")
    assert report.directives == ()


# The maker of an effort performs the act it aims at ("efforts to crack down on ...").


def test_efforts_to_crack_down_are_the_act_of_whoever_makes_them() -> None:
    report = _parse(
        "The provincial party committee is stepping up efforts to crack down on the use of Chinese mobile phones, "
        "a source in Ryanggang Province told RFA."
    )
    assert [b for b, _, _ in _issuers(report)] == [Body.PARTY]


# A possessive pronoun owning an act is the clause's subject ("... for its crackdown").


def test_its_crackdown_is_the_subjects_act() -> None:
    report = _parse(
        "The Security Bureau in Hyesan, Ryanggang Province, was praised by the center last month for its "
        "crackdown on smuggling along the Yalu River."
    )
    found = _issuers(report)
    assert (Body.SECURITY, IssuerLevel.CITY, "Security Bureau in Hyesan") in found


def test_a_residents_complaint_about_its_crackdown_names_no_issuer() -> None:
    report = _parse("Residents in Hyesan have complained about its crackdown, the source added.")
    assert all(b is not Body.OTHER for b, _, _ in _issuers(report))
    assert not any(t.lower() == "residents in hyesan" for _, _, t in _issuers(report))


# Generic issuers: "the central authorities" and "the center" are the party centre; "the central government" is
# the state.


def test_the_central_authorities_are_the_party_center() -> None:
    report = _parse(
        "“The central authorities ordered county party committees to run evening study sessions for miners,” a "
        "resident of South Hamgyong Province said."
    )
    assert [(b, lv) for b, lv, _ in _issuers(report)] == [(Body.PARTY, IssuerLevel.CENTRAL)]


def test_the_central_government_is_the_state() -> None:
    report = _parse(
        "The central government has ordered all trading companies to report their foreign currency earnings by the "
        "end of the month, a source said."
    )
    assert [(b, lv) for b, lv, _ in _issuers(report)] == [(Body.GOVERNMENT, IssuerLevel.CENTRAL)]


# The leader named by his surname after his full name keeps the full name.


def test_the_leaders_surname_stands_for_his_full_name() -> None:
    report = _parse(
        "SEOUL, May 17 (Yonhap) -- North Korean leader Kim Jong Un chaired a politburo meeting on Thursday, state "
        "media reported.\n\nAt the meeting, Kim ordered officials to seal off the border city of Sinuiju "
        "completely, the Korean Central News Agency said."
    )
    leader = [t for b, _, t in _issuers(report) if b is Body.LEADER]
    assert leader
    assert all("Jong Un" in t for t in leader)


# An organ named with its place after an appositive ("in Hyesan, Ryanggang Province, ...") is that place's.


def test_an_organs_place_after_its_name_sets_its_level() -> None:
    report = _parse(
        "The State Security Department in Musan, North Hamgyong Province, has launched a crackdown on illegal "
        "phone calls to China, a source told Daily NK."
    )
    assert [(b, lv) for b, lv, _ in _issuers(report)] == [(Body.SECURITY, IssuerLevel.COUNTY)]


# A title with the name after it ("the leader, Kim Jong Un, ...") and plural act nouns.


def test_a_title_with_the_name_in_apposition_is_the_named_issuer() -> None:
    report = _parse(
        "The country's leader, Kim Jong Un, who took office in 2011, is stepping up efforts to block foreign "
        "broadcasts, a rights group said in a statement."
    )
    assert [(b, t) for b, _, t in _issuers(report)] == [(Body.LEADER, "The country's leader, Kim Jong Un")]


def test_a_title_alone_names_no_issuer() -> None:
    report = _parse("The unit's leader, who joined in 2015, is stepping up efforts to recruit new members.")
    assert all(b is not Body.LEADER for b, _, _ in _issuers(report))


def test_warnings_given_in_meetings_organized_by_an_authority_are_its_act() -> None:
    report = _parse(
        "The notices were read out in mass meetings organized by provincial authorities throughout Kangwon Province "
        "from mid-June, the sources said."
    )
    assert [(b, lv) for b, lv, _ in _issuers(report)] == [(Body.GOVERNMENT, IssuerLevel.PROVINCE)]


# Whoever puts people on notice or a place under lockdown acts.


def test_putting_people_on_notice_is_the_subjects_act() -> None:
    report = _parse(
        "The authorities have put residents on notice that anyone hiding a fever will be punished, a reporting "
        "partner said."
    )
    assert [(b, lv) for b, lv, _ in _issuers(report)] == [(Body.GOVERNMENT, IssuerLevel.CENTRAL)]
    assert [d.modality.value for d in report.directives[0].demands] == ["warning"]


def test_a_generic_lead_folded_into_a_named_act_leaves_later_acts_of_the_authorities() -> None:
    report = _parse(
        "With the authorities placing the town of Manpo under quarantine early this month, residents are being "
        "fined for going outdoors.\n\n"
        "Prosecutors from the provincial prosecutor's office have begun enforcing the quarantine, a source in "
        "Chagang Province said on Tuesday.\n\n"
        "When breaches went on, the authorities mobilized city police officers to clamp down on residents "
        "from Friday.",
        published="2021-02-12",
    )
    assert Body.GOVERNMENT in [b for b, _, _ in _issuers(report)]


# Acts named only as what something complies with, and a leader who "passed away", are no acts.


def test_compliance_with_the_leaders_instructions_is_no_new_act() -> None:
    report = _parse(
        "The source said the measure was stressed as a top priority to ensure strict compliance with Kim Jong "
        "Un's instructions."
    )
    assert all(b is not Body.LEADER for b, _, _ in _issuers(report))


def test_instructions_with_their_own_content_are_the_leaders_act() -> None:
    report = _parse(
        "Sources said the curbs were being enforced in line with June 8 instructions from leader Kim Jong Un "
        "to send every student to the farms during the planting season."
    )
    assert Body.LEADER in [b for b, _, _ in _issuers(report)]


def test_a_rumour_that_the_leader_passed_away_is_no_act() -> None:
    report = _parse(
        "The reason behind the crackdown was a rumor that leader Kim Jong Un had passed away, the source said."
    )
    assert all(b is not Body.LEADER for b, _, _ in _issuers(report))


# An act stated as the means of another ("by holding rallies") is the subject's.


def test_rallies_held_as_the_means_of_an_act_are_the_subjects_act() -> None:
    sentence = (
        "As rumours spread, the authorities are trying to stamp them out by holding rallies for local residents, a "
        "reporting partner said."
    )
    doc = next(parse([sentence]))
    slot = issuer_slot(doc, sentence.index("rallies"), nominal=True)
    assert slot is not None
    assert sentence[slot.start : slot.end] == "the authorities"
    assert issuer_slot(doc, sentence.index("rumours"), nominal=True) is None


# Authorities with a level word at the start of a sentence, and more act verbs.


def test_local_authorities_opening_a_sentence_are_local() -> None:
    report = _parse("Local authorities are demanding that each household hand in 3 kg of rice for the army.")
    assert [(b, lv) for b, lv, _ in _issuers(report)] == [(Body.GOVERNMENT, IssuerLevel.LOCAL)]


def test_provincial_authorities_opening_a_sentence_are_provincial() -> None:
    report = _parse(
        "Provincial authorities ordered all traders in Hyesan to register their stalls by the end of the month."
    )
    assert [(b, lv) for b, lv, _ in _issuers(report)] == [(Body.GOVERNMENT, IssuerLevel.PROVINCE)]


def test_agents_deployed_to_catch_offenders_are_an_act() -> None:
    report = _parse(
        "The Ministry of State Security has deployed agents along the river to catch anyone making calls to "
        "China, the source said."
    )
    assert [b for b, _, _ in _issuers(report)] == [Body.SECURITY]


def test_a_rule_introduced_is_the_act_of_whoever_introduced_it() -> None:
    report = _parse("The regime has introduced a new rule requiring vendors to pay a monthly fee to the market office.")
    assert [(b, lv) for b, lv, _ in _issuers(report)] == [(Body.GOVERNMENT, IssuerLevel.CENTRAL)]


def test_introducing_something_other_than_a_rule_is_no_act() -> None:
    report = _parse("The factory has introduced a new kind of fertilizer made from local peat, a source said.")
    assert report.directives == ()


# A campaign verb after its auxiliaries, and the decision of a meeting named only by its kind.


def test_officials_of_an_organ_who_have_been_inspecting_act_for_it() -> None:
    report = _parse("Officials from the Ministry of Social Security have been inspecting homes in Hyesan for visitors.")
    assert [b for b, _, _ in _issuers(report)] == [Body.SECURITY]


def test_an_organ_that_held_an_emergency_meeting_and_decided_takes_the_decision() -> None:
    report = _parse(
        "The provincial party committee held an emergency meeting on Monday and decided to close all markets for "
        "a week, a source in Ryanggang Province said."
    )
    assert [(b, lv) for b, lv, _ in _issuers(report)] == [(Body.PARTY, IssuerLevel.PROVINCE)]


def test_a_politburo_meeting_convened_by_the_leader_takes_its_decision() -> None:
    report = _parse(
        "Kim Jong Un convened an enlarged politburo meeting on Saturday and adopted a decision to seal off the "
        "city, state media said."
    )
    assert [(b, t) for b, _, t in _issuers(report)] == [(Body.PARTY, "an enlarged politburo meeting")]


def test_a_committee_that_sent_out_lecturers_issued_its_own_act() -> None:
    report = _parse(
        "The order also went to county party committees, and the Kapsan County Party Committee sent out "
        "propaganda officials to hold lectures at farms on May 3.",
        published="2024-05-10",
    )
    assert (Body.PARTY, IssuerLevel.COUNTY) in [(b, lv) for b, lv, _ in _issuers(report)]


# A subject pronoun stands for the authority its sentence names before it.


def test_he_in_a_relative_clause_is_the_leader_named_before() -> None:
    report = _parse(
        "Kim Jong Un toured the steel complex earlier this month, where he called for higher output despite "
        "sanctions, state media said."
    )
    assert [b for b, _, _ in _issuers(report)] == [Body.LEADER]


def test_they_after_the_authorities_in_a_when_clause_are_the_authorities() -> None:
    sentence = "When the authorities learned of the escape, they ordered a lockdown of the whole city."
    doc = next(parse([sentence]))
    slot = issuer_slot(doc, sentence.index("ordered"), nominal=False)
    assert slot is not None
    assert sentence[slot.start : slot.end] == "the authorities"


def test_a_pronoun_after_a_non_authority_keeps_pointing_back() -> None:
    sentence = "When the trader came home, he was told to report to the police station."
    doc = next(parse([sentence]))
    slot = issuer_slot(doc, sentence.index("told"), nominal=False)
    assert slot is None or sentence[slot.start : slot.end] != "the trader"


# An order that came from an organ, an officer of a named organ, and campaigns run by an organ.


def test_an_order_which_came_from_an_organ_is_its_act() -> None:
    report = _parse(
        "The order, which came from the Central Committee, states that every household must plant ten trees."
    )
    assert [(b, lv) for b, lv, _ in _issuers(report)] == [(Body.PARTY, IssuerLevel.CENTRAL)]


def test_an_official_from_an_organ_acts_for_the_organ() -> None:
    report = _parse(
        "An official from the local people's committee told residents at a meeting that anyone selling "
        "medicine without a licence would be fined."
    )
    assert [(b, lv) for b, lv, _ in _issuers(report)] == [(Body.GOVERNMENT, IssuerLevel.LOCAL)]


def test_an_organ_that_has_been_monitoring_runs_a_campaign() -> None:
    report = _parse(
        "The Ministry of State Security has been monitoring phone calls made near the border, a source in "
        "Hyesan told Daily NK."
    )
    assert [b for b, _, _ in _issuers(report)] == [Body.SECURITY]


def test_he_after_reporting_to_the_leader_is_the_leader_not_the_organ() -> None:
    report = _parse(
        "When the State Security Department reported the fire to Kim Jong Un, he was angry and issued an order "
        "to arrest every guard on duty that night, sources said."
    )
    assert [b for b, _, _ in _issuers(report)] == [Body.LEADER]


def test_he_after_a_place_keeps_pointing_back() -> None:
    sentence = "A resident of Hyesan said he was told to report to the police station."
    doc = next(parse([sentence]))
    slot = issuer_slot(doc, sentence.index("told"), nominal=False)
    assert slot is None or "Hyesan" not in sentence[slot.start : slot.end]


# Suspending services, calling for a campaign in a letter, and a warning of punishment after the issuer's name.


def test_services_suspended_by_the_state_are_its_act() -> None:
    report = _parse("Pyongyang has reportedly suspended all bus services between the capital and the border regions.")
    assert [(b, lv) for b, lv, _ in _issuers(report)] == [(Body.GOVERNMENT, IssuerLevel.CENTRAL)]


def test_suspending_with_no_object_is_no_act() -> None:
    report = _parse("Trade with China has been suspended for months, and prices have risen, a source said.")
    assert report.directives == ()


def test_a_letter_to_members_calling_for_a_campaign_is_the_senders_act() -> None:
    report = _parse(
        "The Central Committee of the Workers' Party of Korea sent a letter to its members calling for a "
        "70-day drive to save electricity."
    )
    assert [(b, lv) for b, lv, _ in _issuers(report)] == [(Body.PARTY, IssuerLevel.CENTRAL)]


def test_an_organ_that_will_punish_warns() -> None:
    report = _parse(
        "The Ministry of State Security will severely punish anyone caught with a Chinese phone, a source said."
    )
    assert [b for b, _, _ in _issuers(report)] == [Body.SECURITY]


def test_it_after_the_regime_is_the_regime() -> None:
    sentence = "As tensions rose, the regime sought to rally its people: it held a rally for students to enlist."
    doc = next(parse([sentence]))
    slot = issuer_slot(doc, sentence.index("held"), nominal=False)
    assert slot is not None
    assert sentence[slot.start : slot.end] == "the regime"


def test_families_summoned_by_an_organ_are_its_act() -> None:
    report = _parse("The state security department in Musan has summoned the families of defectors for questioning.")
    assert [b for b, _, _ in _issuers(report)] == [Body.SECURITY]


# An authority described by what it is doing ("authorities controlling ...") performs that act.


def test_a_gerund_after_an_authority_is_its_act() -> None:
    sentence = "It is the latest sign of authorities controlling even what young people wear in public."
    doc = next(parse([sentence]))
    slot = issuer_slot(doc, sentence.index("controlling"), nominal=False)
    assert slot is not None
    assert sentence[slot.start : slot.end] == "authorities"


def test_a_gerund_after_people_who_comply_names_no_issuer() -> None:
    report = _parse("The source described residents controlling their spending as prices rose sharply.")
    assert report.directives == ()


# A passive act with its agent needs no object ("have been designated ... by the SSD").


def test_areas_designated_by_an_organ_are_its_act() -> None:
    sentence = (
        "At a meeting, residents heard that two border towns had been designated ‘special zones’ by the State "
        "Security Department."
    )
    doc = next(parse([sentence]))
    slot = issuer_slot(doc, sentence.index("designated"), nominal=False)
    assert slot is not None
    assert sentence[slot.start : slot.end] == "the State Security Department"


def test_orders_issued_by_an_organ_name_it() -> None:
    sentence = "Orders were issued by the Ministry of Social Security to close every private shop."
    doc = next(parse([sentence]))
    slot = issuer_slot(doc, sentence.index("issued"), nominal=False)
    assert slot is not None
    assert sentence[slot.start : slot.end] == "the Ministry of Social Security"


def test_the_regime_named_after_the_leader_is_generic() -> None:
    def mention(text: str) -> IssuerMention:
        pattern = IssuerPattern("open-regime", "", Body.GOVERNMENT, IssuerLevel.CENTRAL)
        return IssuerMention(start=0, end=len(text), text=text, pattern=pattern, subject=True)

    assert is_generic(mention("Kim Jong-un regime"))
    assert is_generic(mention("Kim Jong Un's regime"))
    assert not is_generic(mention("the Kim Jong Un University"))
