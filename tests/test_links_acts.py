"""One act, one directive: which act each demand belongs to, background mentions, issue dates (issue 11).

Every sentence here is invented, in the outlets' styles.
"""

from __future__ import annotations

import nkreports
from nkreports.model import Body


def _parse(text: str, published: str = "2024-05-17") -> nkreports.Report:
    return nkreports.parse(text, published=published)


def test_the_leaders_name_in_a_purpose_clause_is_no_act_of_his() -> None:
    """'to ensure compliance with Kim's instructions' names the leader as background, not as an issuer."""
    report = _parse(
        "The provincial party committee ordered all cadres to report their whereabouts every hour, "
        "a source in Ryanggang Province said on Monday.\n\n"
        "The source said the order was described as a top-priority task to ensure strict compliance "
        "with Kim Jong Un's instructions."
    )
    assert [d.issuer.body for d in report.directives] == [Body.PARTY]


def test_a_meeting_the_leader_chaired_that_an_act_stems_from_is_background() -> None:
    """A chaired meeting with no demand, read over two sentences, is still no directive of its own."""
    report = _parse(
        "The Ministry of State Security ordered its branches to investigate officials who trade with China. "
        "The order stems from a Sept. 9 security meeting chaired by Kim Jong Un. "
        "During this meeting, officials discussed the state of the border."
    )
    assert [d.issuer.body for d in report.directives] == [Body.SECURITY]


def test_a_leader_who_issues_an_order_is_kept_without_a_demand() -> None:
    report = _parse("Kim Jong Un issued a special order on the flood recovery, state media reported.")
    assert [d.issuer.body for d in report.directives] == [Body.LEADER]


def test_an_unnamed_order_is_the_authorities_the_article_names() -> None:
    """An article that blames 'the authorities' has not left its unnamed order's issuer unknown."""
    report = _parse(
        "The crackdown is the latest sign of the authorities tightening their grip on daily life.\n\n"
        "Students in Hamhung are told they can't dye their hair, sources said."
    )
    assert [(d.issuer.body, d.issuer.text) for d in report.directives] == [(Body.GOVERNMENT, "the authorities")]


def test_an_unnamed_order_stays_unknown_when_no_issuer_is_named() -> None:
    report = _parse("Students in Hamhung are told they can't dye their hair, sources said.")
    assert [d.issuer.body for d in report.directives] == [Body.UNKNOWN]


def test_a_passive_lead_is_the_act_the_next_sentence_attributes() -> None:
    """News leads state the act; the next sentence names who issued it: one directive, the lead's demand kept."""
    report = _parse(
        "Border guards in Ryanggang Province have been ordered to double their night patrols.\n"
        "A resident there said that the Central Committee instructed the county "
        "security office on June 4 to watch closely for anyone approaching the river."
    )
    assert len(report.directives) == 1
    directive = report.directives[0]
    assert directive.issuer.body is Body.PARTY
    assert any("double their night patrols" in d.text for d in directive.demands)


def test_a_generic_lead_is_the_organ_the_next_sentence_names() -> None:
    report = _parse(
        "North Korea has ordered police to fine anyone selling Chinese cigarettes, sources told RFA.\n"
        "“Officers in Kimchaek put up a notice from the Ministry of Social Security, warning traders they "
        "would be fined 30,000 won,” the resident said."
    )
    assert [d.issuer.body for d in report.directives] == [Body.SECURITY]


def test_an_organs_act_told_well_after_a_lead_of_several_rules_is_its_own() -> None:
    """The lead is its first sentences in a row; a rule told after a comment does not stretch it to the organ's act.

    The text runs on with no blank lines, as plain-text copies of real reports often do.
    """
    report = _parse(
        "It is the latest example of authorities controlling what North Koreans wear. "
        "Men are told they can't grow long hair, and couples are strongly discouraged from holding big weddings. "
        "Many young people say they find this tiring. "
        "Violators can have their clothes confiscated or be sent to labor centers, sources say. "
        "Locals say enforcement comes and goes. "
        "A patrol set up by the Socialist Patriotic Youth League clamped down on a pupil in flared trousers at the "
        "gate of Kimchaek University, a resident said."
    )
    by_body = {d.issuer.body: [x.text for x in d.demands] for d in report.directives}
    assert any("long hair" in t for t in by_body[Body.GOVERNMENT])
    assert not any("long hair" in t for t in by_body.get(Body.OTHER, []))


def test_an_act_in_the_past_after_the_lead_stays_apart() -> None:
    """'At the time, the ministry issued an order' recalls an earlier act; it does not take the lead's."""
    report = _parse(
        "North Korean authorities instructed border troops to tighten controls on the river.\n"
        "North Korea built a fence along the border in 2020.\n"
        "Back then, the Ministry of Social Security issued an order telling troops to fire on trespassers."
    )
    assert [d.issuer.body for d in report.directives] == [Body.GOVERNMENT, Body.SECURITY]


def test_an_act_also_issued_by_another_organ_stays_apart() -> None:
    report = _parse(
        "Vendors in Hyesan have been ordered to close their stalls by 6 p.m.\n"
        "The city security bureau has also ordered residents to report strangers to their neighborhood unit."
    )
    assert [d.issuer.body for d in report.directives] == [Body.UNKNOWN, Body.SECURITY]


def _issued(report: nkreports.Report) -> list[str | None]:
    return [None if d.issued is None else d.issued.iso() for d in report.directives]


def test_the_anniversary_an_order_is_timed_for_does_not_date_it() -> None:
    report = _parse(
        "North Korea is forcing residents to wear black armbands for the 30th anniversary of "
        "Kim Il Sung's death on July 8, sources in the country told RFA.",
        published="2024-07-10",
    )
    assert _issued(report) == [None]


def test_a_meeting_held_on_a_day_dates_the_decision_it_adopted() -> None:
    """'During the meeting held on Saturday' in the next sentence dates the meeting's act."""
    report = _parse(
        "SEOUL, March 9 (Yonhap) -- leader Kim Jong Un held a politburo session and adopted "
        "a decision to close the port city of Nampo to traffic, state media reported Sunday.\n\n"
        "During the meeting held on Saturday, he also faulted cadres for slow storm preparations.",
        published="2025-03-09",
    )
    assert _issued(report)[:1] == ["2025-03-08"]


def test_a_similar_act_in_the_next_sentence_does_not_date_this_one() -> None:
    report = _parse(
        "A police official in Kanggye organized a lecture telling residents not to repeat rumors, "
        "a source told RFA this week.\n\n"
        "Similar warnings were issued at a gathering held in nearby Manpo on Aug. 21, a resident there said.",
        published="2024-09-05",
    )
    assert _issued(report)[:1] == [None]


def test_the_new_order_is_the_current_act_not_the_one_recalled() -> None:
    """After a recalled act ("At the time, ..."), "the new order" and then "the order" are the current act."""
    report = _parse(
        "North Korean authorities on May 2 instructed border guards to tighten patrols.\n\n"
        "North Korea built a fence along the border in August 2020.\n\n"
        "Back then, the Ministry of Social Security issued an order telling guards to fire on trespassers.\n\n"
        "The new order comes amid slack discipline on the border.\n\n"
        "The resident said the new order also called on the guards to keep their watch in a wartime spirit."
    )
    by_body = {d.issuer.body: [x.text for x in d.demands] for d in report.directives}
    assert any("wartime spirit" in t for t in by_body[Body.GOVERNMENT])
    assert not any("wartime spirit" in t for t in by_body.get(Body.SECURITY, []))


def test_orders_after_an_act_carried_out_under_the_leaders_instructions_stay_with_the_act() -> None:
    """'the restrictions were imposed in line with instructions from Kim Jong Un': what follows is the restrictions'."""
    report = _parse(
        "Authorities in North Korea have closed markets in border towns ahead of the harvest, sources said.\n\n"
        "The sources said the restrictions were imposed in line with April 2 instructions from North Korean "
        "leader Kim Jong Un to mobilize every hand for the harvest.\n\n"
        "Vendors have been ordered not to open their stalls before dusk, they said."
    )
    by_body = {d.issuer.body: [x.text for x in d.demands] for d in report.directives}
    assert any("not to open their stalls" in t for t in by_body[Body.GOVERNMENT])
    assert not any("not to open" in t for t in by_body.get(Body.LEADER, []))


def test_the_other_clauses_of_a_sentence_telling_the_instructions_are_the_acts_carried_out() -> None:
    """The instructions' own content is theirs; a clause describing the campaign carried out is the act's."""
    report = _parse(
        "Authorities in North Korea have closed markets in border towns ahead of the harvest, sources said.\n\n"
        "The sources said the restrictions were imposed in line with April 2 instructions from North Korean "
        "leader Kim Jong Un to mobilize every hand for the harvest, a yearly campaign in which office workers "
        "are sent to work on collective farms.\n\n"
    )
    by_body = {d.issuer.body: [x.text for x in d.demands] for d in report.directives}
    assert any("mobilize every hand" in t for t in by_body[Body.LEADER])
    assert not any("sent to work" in t for t in by_body[Body.LEADER])
    assert any("sent to work" in t for t in by_body[Body.GOVERNMENT])


def test_a_demand_after_a_folded_lead_is_never_lost() -> None:
    """A generic lead folded into the organ that issued it leaves no stale draft behind to swallow later acts."""
    text = (
        "North Korea has ordered police to fine anyone selling Chinese cigarettes, sources told RFA.\n"
        "“Officers in Kimchaek put up a notice from the Ministry of Social Security, warning traders they "
        "would be fined 30,000 won,” the resident said.\n"
        "The authorities have also told market managers to inspect every stall twice a day."
    )
    demands = [d.text for x in _parse(text).directives for d in x.demands]
    assert any("inspect every stall" in t for t in demands)


def test_a_leader_named_by_surname_takes_his_full_name() -> None:
    report = _parse(
        "SEOUL, Aug. 2 (Yonhap) -- leader Kim Jong-un held a politburo session and adopted a "
        "decision to repair storm-hit villages, state media reported.\n\n"
        "At the meeting, Kim also ordered the evacuation of all residents of Sinuiju and warned that officials "
        "who neglect the rescue will be punished, the KCNA said.",
        published="2024-08-02",
    )
    leaders = [d.issuer for d in report.directives if d.issuer.body is Body.LEADER]
    assert leaders
    assert all(i.text is not None and "Kim Jong-un" in i.text for i in leaders)
    for issuer in leaders:
        assert all(report.article.text[m.start : m.end] == m.text for m in issuer.mentions)


def test_the_people_of_a_meeting_are_the_meetings_act() -> None:
    """'The assembled party cadres decided ...' after 'a meeting of provincial party heads' is that meeting's act."""
    report = _parse(
        "A meeting of Ryanggang provincial party heads was held on Monday, during which it was decided that "
        "all smugglers will be sent to labor camps, a source told Daily NK.\n\n"
        "Dozens of provincial party officials attended the meeting.\n\n"
        "The assembled provincial party cadres then decided on the list of families to be relocated."
    )
    assert [d.issuer.body for d in report.directives] == [Body.PARTY]


def test_he_is_the_person_named_before_not_the_organ() -> None:
    """'When the bureau reported the theft to Kim Jong Un, he ordered ...': the leader's order."""
    report = _parse(
        "When the Ministry of State Security reported the escape to Kim Jong Un, he issued an order to seal "
        "every crossing on the Tumen River."
    )
    assert [d.issuer.body for d in report.directives] == [Body.LEADER]


def test_they_is_still_the_organ_named_before() -> None:
    report = _parse(
        "The Ministry of Social Security inspected markets in Hyesan, where they banned the sale of "
        "South Korean cosmetics, a source said."
    )
    assert [d.issuer.body for d in report.directives] == [Body.SECURITY]


def test_someones_dated_event_does_not_date_the_order() -> None:
    """'during Kim's July 28 tour' dates the tour; 'the committee's Nov. 2 directive' dates the act."""
    report = _parse(
        "A resident said Monday the party's Organization and Guidance Department ordered daily reports "
        "on the movements of county party secretaries during Kim Jong Un's July 28 visit to a tractor plant.",
        published="2024-08-06",
    )
    assert _issued(report) == [None]
    report = _parse(
        "The provincial party committee's Nov. 2 directive ordered every household to hand in 10 kilograms of "
        "scrap iron.",
        published="2024-11-20",
    )
    assert _issued(report) == ["2024-11-02"]


def test_a_date_in_an_aside_about_the_issuer_does_not_date_the_act() -> None:
    """'Kim Jong Un, who came to power in 2011, is ...' dates his rise, not the act; a plain date still does."""
    report = _parse(
        "North Korean leader Kim Jong Un, who came to power in 2011, has ordered border guards to shoot anyone "
        "crossing the river, a rights group said.",
        published="2024-08-06",
    )
    assert _issued(report) == [None]
    report = _parse(
        "North Korean leader Kim Jong Un, who visited the border last week, ordered border guards on July 30 to "
        "shoot anyone crossing the river, a rights group said.",
        published="2024-08-06",
    )
    assert _issued(report) == ["2024-07-30"]


def test_two_dated_orders_in_one_sentence_are_two_directives() -> None:
    report = _parse(
        "According to the resident, North Korean authorities issued two orders for the frontier: a March 3 directive "
        "banning the use of Chinese phones, followed by a March 12 order requiring guards to log every call.",
        published="2024-03-20",
    )
    assert [d.issuer.body for d in report.directives] == [Body.GOVERNMENT, Body.GOVERNMENT]
    assert _issued(report) == ["2024-03-03", "2024-03-12"]
    assert not any("Chinese phones" in d.text for d in report.directives[1].demands)


def test_an_act_granted_in_a_concessive_clause_is_background() -> None:
    """'Though the two countries closed the border in January, ...' recalls an act; it adds no demand."""
    report = _parse(
        "The Ministry of Social Security has ordered guards to fire on anyone near the river, sources told RFA.\n\n"
        "Though North Korea officially closed the border in January, smugglers still cross at night, "
        "the source said."
    )
    demands = [d.text for x in report.directives for d in x.demands]
    assert any("fire on anyone" in t for t in demands)
    assert not any("closed the border" in t for t in demands)
    assert _issued(report) == [None]


def test_then_dates_an_order_by_the_event_told_just_before() -> None:
    """'Kim then issued an order' after a meeting held on Sunday: the order is dated Sunday."""
    report = _parse(
        "The party's Political Bureau convened an emergency meeting on flood relief Sunday, the KCNA said.\n"
        "During the meeting, Kim Jong Un criticized officials for the slow delivery of tents.\n"
        "Kim then issued an order to deploy army engineers to rebuild the bridges in Uiju.",
        published="2024-08-13",
    )
    leader = [d for d in report.directives if d.issuer.body is Body.LEADER]
    assert leader
    assert _issued(report)[report.directives.index(leader[0])] == "2024-08-11"


def test_a_later_paragraph_that_names_the_act_again_keeps_its_demands() -> None:
    """'for the duration of the mobilization, markets will operate ...' paragraphs later is the mobilization's."""
    report = _parse(
        "North Korea has issued a three-week rural mobilization for the barley harvest, a source said.\n\n"
        "The source said provincial officials are busy preparing their quotas.\n\n"
        "Local residents say the posters are everywhere.\n\n"
        "For the duration of the mobilization, markets will be banned from opening before 6 p.m., the source said."
    )
    demands = [d.text for x in report.directives for d in x.demands]
    assert any("markets will be banned" in t for t in demands)


def test_a_lifting_is_not_the_act_it_lifts() -> None:
    """'the lockdown' later on is the lockdown, not the lifting whose sentence named it."""
    report = _parse(
        "A lockdown ordered for Hyesan was lifted on Aug. 9, Daily NK has learned.\n\n"
        "Travel between cities had been banned in late July, a source said.\n\n"
        "Traders said they were struggling.\n\n"
        "Under the lockdown, residents were ordered to stay indoors after 8 p.m., the source added."
    )
    lifting = [d for d in report.directives if any(q.modality.value == "permission" for q in d.demands)]
    assert lifting
    assert not any("stay indoors" in q.text for d in lifting for q in d.demands)


def test_rules_far_from_the_only_act_are_its_rules() -> None:
    """Prohibitions told paragraphs after the article's one act, with no issuer of their own, are its rules."""
    report = _parse(
        "North Korea is forcing residents to keep a week of mourning for the anniversary of Kim Il Sung's "
        "death, sources told RFA.\n\n"
        "The mourning period is held every year.\n\n"
        "Officials said it is a time for reflection.\n\n"
        "Citizens are prohibited from singing or dancing in public during the period, a source said.\n\n"
        "Restaurants are banned from serving alcohol until the period ends, the source added."
    )
    assert len(report.directives) == 1
    demands = [d.text for d in report.directives[0].demands]
    assert any("prohibited from singing" in t for t in demands)
    assert any("banned from serving alcohol" in t for t in demands)


def test_narrated_or_felt_obligations_far_from_the_act_are_not_its_rules() -> None:
    report = _parse(
        "North Korea is forcing residents to keep a week of mourning, sources told RFA.\n\n"
        "The mourning period is held every year.\n\n"
        "Officials said it is a time for reflection.\n\n"
        "Nobody at the factory was allowed to go home for three days, a worker said.\n\n"
        "Now they have to spend three times as much on firewood, he added."
    )
    demands = [d.text for x in report.directives for d in x.demands]
    assert not any("allowed to go home" in t for t in demands)
    assert not any("three times as much" in t for t in demands)
