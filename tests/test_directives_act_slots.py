"""Which acts are found and who performs them: topics, attendees and enforcement are no issuers.

Every sentence here is invented, in the outlets' styles.
"""

from __future__ import annotations

import nkreports
from nkreports.model import Body, IssuerLevel


def _parse(text: str, published: str = "2024-05-17") -> nkreports.Report:
    return nkreports.parse(text, published=published)


def _issuers(report: nkreports.Report) -> list[str]:
    return [d.issuer.text or "" for d in report.directives]


def test_a_topic_before_a_nominal_act_is_no_issuer() -> None:
    report = _parse(
        "The instructions also cited tensions with China, stressing the need for stricter border security measures."
    )
    assert not any("border security" in name for name in _issuers(report))


def test_attendees_of_a_meeting_do_not_hold_it() -> None:
    report = _parse("Dozens of senior party officials from the province were in attendance at the meeting.")
    assert report.directives == ()


def test_discussing_is_no_act() -> None:
    report = _parse("At the session, defense and security officials discussed drone flights over the capital.")
    assert report.directives == ()


def test_conducting_something_other_than_an_act_is_no_act() -> None:
    report = _parse("Sources said a border guard and a soldier had conducted smuggling while on duty last month.")
    assert report.directives == ()


def test_whoever_punishes_under_an_order_did_not_issue_it() -> None:
    report = _parse("Many locals who broke the curfew order were punished by the legal authorities, he said.")
    assert not any(d.issuer.body is Body.JUDICIARY for d in report.directives)


def test_a_meeting_of_officials_held_is_the_meetings_act() -> None:
    report = _parse(
        "A source said a meeting of party and police chiefs was held on Friday, during which it was decided that "
        "“30 households will be moved to a collective farm.”"
    )
    assert len(report.directives) == 1
    directive = report.directives[0]
    assert directive.issuer.body is Body.PARTY
    assert (directive.issuer.text or "").startswith("a meeting of party")


def test_a_speech_by_the_security_forces() -> None:
    report = _parse(
        "A source in Musan said there was a lecture last week by the security forces. "
        "“Do not spread rumors about the war, or you will be punished,” the source said."
    )
    security = [d for d in report.directives if d.issuer.body is Body.SECURITY]
    assert security
    # Forces named with no level act for the province the article is about.
    assert security[0].issuer.level is IssuerLevel.PROVINCE
    assert security[0].issuer.region == "KP-09"


def test_an_editorial_underlining_a_need_is_the_partys_exhortation() -> None:
    report = _parse("The Rodong Sinmun newspaper on Monday underlined the need to plant trees on every bare hill.")
    assert [(d.issuer.body, d.issuer.level) for d in report.directives] == [(Body.PARTY, IssuerLevel.CENTRAL)]


def test_an_organ_conducting_inspections_in_the_present_tense() -> None:
    report = _parse(
        "The Ministry of State Security is spreading fear as it conducts surprise inspections of homes near the "
        "border, a source said."
    )
    assert [d.issuer.body for d in report.directives] == [Body.SECURITY]


def test_an_organ_enforcing_an_order_is_not_who_punished_under_it() -> None:
    report = _parse(
        "A source in Hyesan said that locals who broke the lockdown order were punished by the legal authorities. "
        "After the order, prosecutors from the city prosecutor’s office began enforcing the ban on movement."
    )
    assert [d.issuer.body for d in report.directives] == [Body.JUDICIARY]
    assert (report.directives[0].issuer.text or "").startswith("prosecutors")


def test_a_party_committee_with_no_level_acts_for_the_article_province() -> None:
    report = _parse(
        "A source in North Hamgyong Province said the party committee’s Oct. 5 directive requires traders "
        "to join the bridge repair work."
    )
    issuer = report.directives[0].issuer
    assert (issuer.body, issuer.level, issuer.region) == (Body.PARTY, IssuerLevel.PROVINCE, "KP-09")


def test_a_named_organ_ordering_something_is_a_directive_without_a_demand() -> None:
    report = _parse(
        "A source in Yanggang Province said the party's Organization and Guidance Department "
        "ordered hourly accounts of the movements of county officials during the leader’s visit."
    )
    assert [(d.issuer.body, d.issuer.level) for d in report.directives] == [(Body.PARTY, IssuerLevel.CENTRAL)]


def test_a_named_organ_convening_a_session_is_no_directive() -> None:
    report = _parse("The Political Bureau convened a consultative meeting on Sunday, state media said.")
    assert report.directives == ()


def test_the_country_as_the_actor_is_the_state() -> None:
    report = _parse("Pyongyang has ordered all factories to send workers to the farms, a source said.")
    issuer = report.directives[0].issuer
    assert (issuer.body, issuer.level, issuer.region) == (Body.GOVERNMENT, IssuerLevel.CENTRAL, "KP")


def test_a_bare_organ_word_stands_for_the_organ_named_before() -> None:
    report = _parse(
        "The Ministry of State Security is running snap checks along the coast, a source "
        "said. A ministry strike team has launched a two-week crackdown in Kyongsong County."
    )
    assert [d.issuer.body for d in report.directives] == [Body.SECURITY]


def test_who_receives_an_order_did_not_issue_it() -> None:
    report = _parse(
        "“Upon receiving orders from the Ministry of State Security, local security units have been checking "
        "phone records more closely,” the source said."
    )
    assert [d.issuer.text for d in report.directives] == ["the Ministry of State Security"]


def test_a_leader_who_passed_away_issued_nothing() -> None:
    report = _parse("A rumor that leader Kim Jong Un had passed away spread quickly among traders.")
    assert report.directives == ()


def test_directing_relief_work_is_no_order() -> None:
    report = _parse("State media reported that Kim Jong Un personally directed flood relief efforts in Uiju.")
    assert report.directives == ()


def test_a_meeting_of_party_heads_in_a_province_article_is_provincial() -> None:
    report = _parse(
        "A source in Yanggang Province said a meeting of party and police chiefs was held on Saturday, where it "
        "was decided that “25 households will be moved to a mining village.”"
    )
    issuer = report.directives[0].issuer
    assert (issuer.body, issuer.level, issuer.region) == (Body.PARTY, IssuerLevel.PROVINCE, "KP-10")


def test_an_organ_in_a_city_acts_at_city_level() -> None:
    report = _parse(
        "The People’s Safety Agency in Hyesan has halted all travel and is conducting night patrols, a source in "
        "Yanggang Province said."
    )
    issuer = report.directives[0].issuer
    assert (issuer.body, issuer.level, issuer.region) == (Body.SECURITY, IssuerLevel.CITY, "KP-10:hyesan")


def test_police_putting_together_patrols_is_an_act() -> None:
    report = _parse("The local police in Sinuiju have put together patrol units to watch the riverbank, a source said.")
    assert [(d.issuer.body, d.issuer.level) for d in report.directives] == [(Body.SECURITY, IssuerLevel.LOCAL)]


def test_a_meeting_the_leader_convenes_takes_its_own_decision() -> None:
    report = _parse(
        "Kim Jong Un convened an urgent politburo meeting and adopted a decision to close "
        "the port city, state media said."
    )
    assert [(d.issuer.body, d.issuer.level) for d in report.directives] == [(Body.PARTY, IssuerLevel.CENTRAL)]
    assert "meeting" in (report.directives[0].issuer.text or "")


def test_a_patrol_acts_for_whoever_organized_it() -> None:
    report = _parse(
        "A patrol set up by the Socialist Patriotic Youth League clamped down on pupils in flared trousers at the "
        "gate of a college in Tanchon, a resident said."
    )
    issuer = report.directives[0].issuer
    assert (issuer.body, issuer.level) == (Body.OTHER, IssuerLevel.LOCAL)
    assert "Youth League" in (issuer.text or "")


def test_commanders_organizing_their_own_inspections() -> None:
    report = _parse(
        "Worried about a rebuke, several army commanders have organized their own inspection teams to check their "
        "barracks, the source said."
    )
    assert [(d.issuer.body, d.issuer.level) for d in report.directives] == [(Body.MILITARY, IssuerLevel.LOCAL)]


def test_an_organ_overseeing_tighter_controls() -> None:
    report = _parse(
        "According to the source, the Ministry of Social Security is overseeing stricter public order controls, "
        "including checks of homes for visitors."
    )
    assert [d.issuer.body for d in report.directives] == [Body.SECURITY]
