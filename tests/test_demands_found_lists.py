"""Acts told by a published list, issuers read from the offices they belong to, supposed acts.

Every sentence here is written for these tests in the outlets' styles.
"""

from __future__ import annotations

import nkreports
from nkreports.extract._vocabulary import Vocabulary
from nkreports.extract.directives._demands import find_demands
from nkreports.model import Body, IssuerLevel, Modality

_VOCAB = Vocabulary()


def _demands(text: str) -> list[tuple[str, Modality]]:
    found = find_demands(text, 0, len(text), _VOCAB.modals, _VOCAB.demand_verbs)
    return [(text[d.start : d.end], d.modality) for d in found]


def test_a_published_list_of_banned_goods_is_the_act_and_its_demand() -> None:
    text = (
        "Citing an aid worker, the report said North Korean authorities published a list of items banned "
        "from sale at state shops."
    )
    report = nkreports.parse(text, published="2019-06-01")
    assert len(report.directives) == 1
    directive = report.directives[0]
    assert directive.issuer is not None
    assert directive.issuer.body is Body.GOVERNMENT
    assert [(d.text, d.modality) for d in directive.demands] == [
        ("published a list of items banned from sale at state shops", Modality.PROHIBITION)
    ]


def test_a_list_that_bars_nothing_is_no_act() -> None:
    text = "The authorities released a list of delegates who will attend the congress next month."
    assert all(not d.demands for d in nkreports.parse(text, published="2019-06-01").directives)


def test_authorities_from_local_offices_act_at_their_level() -> None:
    text = (
        "Last spring, authorities from local trade management offices across the country announced a ban "
        "on the sale of imported shoes, a source said."
    )
    report = nkreports.parse(text, published="2019-06-01")
    assert report.directives[0].issuer is not None
    assert report.directives[0].issuer.level is IssuerLevel.LOCAL


def test_an_act_in_a_condition_is_supposed_not_ordered() -> None:
    text = "Nobody knows how it will end, but if the authorities go ahead with closing the markets, many go hungry."
    assert _demands(text) == []
    text = "If officials close the border again, the price of rice could double."
    assert _demands(text) == []


def test_curbs_imposed_are_stated_by_their_subject() -> None:
    text = (
        "Strict limits on travel between counties, now covering party cadres too, were imposed on May 2, a source said."
    )
    assert _demands(text) == [
        (
            "Strict limits on travel between counties, now covering party cadres too, were imposed on May 2",
            Modality.PROHIBITION,
        )
    ]


def test_guards_posted_along_roads_curb_travel() -> None:
    text = (
        "The city authorities have stationed extra guards at every bus terminal, and markets have been closed, he said."
    )
    assert _demands(text) == [
        ("stationed extra guards at every bus terminal", Modality.PROHIBITION),
        ("markets have been closed", Modality.PROHIBITION),
    ]


def test_posting_something_other_than_guards_is_no_curb() -> None:
    assert _demands("He posted a photo of the new bridge on his page.") == []


def test_work_assigned_by_an_organ_is_its_obligation() -> None:
    text = "The county party committee has assigned repair sections of the highway to every factory in the county."
    report = nkreports.parse(text, published="2019-06-01")
    assert [(d.text, d.modality) for r in report.directives for d in r.demands] == [
        ("assigned repair sections of the highway to every factory in the county", Modality.OBLIGATION)
    ]


def test_a_person_assigned_to_a_post_is_no_act() -> None:
    assert nkreports.parse("The party assigned him to a unit near the border.", published="2019-06-01").directives == ()


def test_an_order_handed_down_barring_something_forbids_it() -> None:
    text = "A new directive was handed down last week banning the resale of state-issued fertilizer."
    assert _demands(text) == [
        (
            "A new directive was handed down last week banning the resale of state-issued fertilizer",
            Modality.PROHIBITION,
        )
    ]


def test_putting_a_stop_to_something_or_a_city_under_lockdown_forbids() -> None:
    assert _demands("The provincial authorities have put a stop to bicycle taxis in Chongjin.") == [
        ("put a stop to bicycle taxis in Chongjin", Modality.PROHIBITION)
    ]
    assert _demands("Officials placed the whole county under a strict curfew, a resident said.") == [
        ("placed the whole county under a strict curfew", Modality.PROHIBITION)
    ]


def test_searches_for_something_forbid_it_but_a_search_for_a_person_is_none() -> None:
    assert _demands("Inspectors are carrying out searches for smuggled medicine at the railway station.") == [
        ("carrying out searches for smuggled medicine at the railway station", Modality.PROHIBITION)
    ]
    assert _demands("Soldiers launched a search of the hills for the missing pilot.") == []


def test_warned_against_a_gerund_forbids_it() -> None:
    assert _demands("Farmers have been warned against selling seed potatoes to traders, the lecturer said.") == [
        ("Farmers have been warned against selling seed potatoes to traders", Modality.PROHIBITION)
    ]


def test_only_some_may_act_forbids_the_rest_but_the_only_place_is_no_rule() -> None:
    assert _demands("Under the new rule, only licensed drivers may carry passengers across the bridge.") == [
        ("only licensed drivers may carry passengers across the bridge", Modality.PROHIBITION)
    ]
    assert _demands("The station is the only place residents can charge their phones.") == []


def test_property_taken_away_is_a_threat() -> None:
    assert _demands("Families who keep a second stall will have their permits taken away.") == [
        ("Families who keep a second stall will have their permits taken away", Modality.WARNING)
    ]


def test_a_rule_told_of_people_is_a_demand_not_their_view() -> None:
    assert _demands("The bus station is closed and people are not allowed to leave the district.") == [
        ("The bus station is closed", Modality.PROHIBITION),
        ("people are not allowed to leave the district", Modality.PROHIBITION),
    ]


def test_a_rule_in_an_if_clause_stays_supposed() -> None:
    assert _demands("If the markets are closed again, people will have nothing to eat.") == []


def test_a_place_locked_down_by_name_is_the_act() -> None:
    report = nkreports.parse(
        "North Korea sealed off Manpo on Tuesday night, a source told Daily NK.", published="2021-02-10"
    )
    assert [(d.text, d.modality) for r in report.directives for d in r.demands] == [
        ("sealed off Manpo on Tuesday night", Modality.PROHIBITION)
    ]


def test_agents_deployed_in_the_streets_and_told_by_whom() -> None:
    assert _demands("Police agents have been deployed in markets and alleys to stop illegal trading.") == [
        ("Police agents have been deployed in markets and alleys to stop illegal trading", Modality.OBLIGATION)
    ]
    text = "Workers were told by the managers that everyone should bring their own tools."
    assert _demands(text) == [("everyone should bring their own tools", Modality.EXHORTATION)]


def test_the_plain_form_of_tell_relays_an_order() -> None:
    text = "The committee sent out a truck with loudspeakers to tell people to stay indoors."
    assert _demands(text) == [("tell people to stay indoors", Modality.OBLIGATION)]


def test_an_act_in_the_progressive_names_its_issuer() -> None:
    text = "Since March, the authorities have been stressing at neighborhood meetings the need to report strangers."
    report = nkreports.parse(text, published="2021-06-01")
    assert len(report.directives) == 1
    assert report.directives[0].issuer is not None
    assert report.directives[0].issuer.body is Body.GOVERNMENT
    assert [d.modality for d in report.directives[0].demands] == [Modality.EXHORTATION]


def test_an_outlet_quoting_sources_as_saying_ends_the_demand() -> None:
    text = "The army was mobilized to clear the fields, Radio Free Asia quoted sources in China as saying."
    assert _demands(text) == [("The army was mobilized to clear the fields", Modality.OBLIGATION)]


def test_quotas_issued_or_given_oblige() -> None:
    text = "Quotas of scrap iron have been issued to every school in the county, a source said."
    assert _demands(text) == [
        ("Quotas of scrap iron have been issued to every school in the county", Modality.OBLIGATION)
    ]
    text = "Each household was given a strict quota of dried grass for the army."
    assert _demands(text) == [
        ("Each household was given a strict quota of dried grass for the army", Modality.OBLIGATION)
    ]
    assert _demands("The farm has met its quota for the year.") == []


def test_a_limit_set_by_a_generic_issuer_is_the_stated_act() -> None:
    text = "The authorities have limited the amount of cash that travelers can carry to 50,000 won."
    report = nkreports.parse(text, published="2021-06-01")
    assert [(d.text, d.modality) for r in report.directives for d in r.demands] == [
        ("limited the amount of cash that travelers can carry to 50,000 won", Modality.PROHIBITION)
    ]


def test_a_ban_as_the_subject_of_its_start_states_no_new_demand() -> None:
    assert _demands("The ban takes effect on June 1.") == []
    assert _demands("Pyongyang banned imports of Chinese beer last year.") == [
        ("banned imports of Chinese beer last year", Modality.PROHIBITION)
    ]


def test_what_an_act_effectively_amounts_to_is_no_demand() -> None:
    text = "The new price list covers nearly every product, effectively banning private sales of grain."
    assert _demands(text) == []


def test_outlawing_forbids_and_initiating_a_crackdown_is_one() -> None:
    assert _demands("The state has outlawed the private sale of gasoline.") == [
        ("outlawed the private sale of gasoline", Modality.PROHIBITION)
    ]
    assert _demands("Police initiated a crackdown on unlicensed ferry boats last week.") == [
        ("initiated a crackdown on unlicensed ferry boats last week", Modality.PROHIBITION)
    ]


def test_an_organ_monitoring_or_patrolling_runs_a_campaign() -> None:
    text = "Security agents have been closely monitoring calls made near the river."
    assert _demands(text) == [("closely monitoring calls made near the river", Modality.OBLIGATION)]


def test_branches_of_a_security_ministry_are_security_organs() -> None:
    text = "Local Ministry of State Security branches have banned gatherings of more than five people."
    issuer = nkreports.parse(text, published="2021-06-01").directives[0].issuer
    assert issuer is not None
    assert (issuer.body, issuer.level) == (Body.SECURITY, IssuerLevel.LOCAL)


def test_the_ministry_again_is_the_ministry_named_before() -> None:
    text = (
        "The Ministry of Social Security has ordered police boxes to check every bicycle. "
        "The Ministry also warned riders that unregistered bicycles will be confiscated."
    )
    directives = nkreports.parse(text, published="2021-06-01").directives
    assert len(directives) == 1
    assert directives[0].issuer is not None
    assert directives[0].issuer.body is Body.SECURITY


def test_a_crackdown_started_by_an_organ_is_its_act() -> None:
    report = nkreports.parse("Police in Musan have started a crackdown on unlicensed taxis.", published="2021-06-01")
    assert [(d.text, d.modality) for r in report.directives for d in r.demands] == [
        ("started a crackdown on unlicensed taxis", Modality.PROHIBITION)
    ]
    assert (
        nkreports.parse("The police started an investigation into the fire.", published="2021-06-01").directives == ()
    )


def test_a_campaign_launched_to_do_something_demands_it() -> None:
    assert _demands("The youth league has launched a drive to root out foreign slang among students.") == [
        ("launched a drive to root out foreign slang among students", Modality.PROHIBITION)
    ]
    assert _demands("The committee issued a decision on waging a nationwide drive to raise potato yields.") == []


def test_a_gag_order_forbids_and_to_be_cracking_down_is_a_crackdown() -> None:
    assert _demands("The leader put a gag order on senior cadres.") == [
        ("a gag order on senior cadres", Modality.PROHIBITION)
    ]
    assert _demands("The ministry is said to be cracking down on private tutors.") == [
        ("cracking down on private tutors", Modality.PROHIBITION)
    ]


def test_an_organs_own_crackdown_names_its_target() -> None:
    text = "The county police were praised at a party meeting for their tough crackdown on illegal logging."
    assert _demands(text) == [("their tough crackdown on illegal logging", Modality.PROHIBITION)]
    assert _demands("Traders grumbled about the crackdown on street stalls.") == []


def test_what_an_organ_oversees_or_reviews_is_its_campaign() -> None:
    assert _demands("The provincial police bureau is overseeing a tightening of checks on trains.") == [
        ("overseeing a tightening of checks on trains", Modality.OBLIGATION)
    ]
    assert _demands("Local prosecutors have been reviewing the accounts of every collective farm.") == [
        ("reviewing the accounts of every collective farm", Modality.OBLIGATION)
    ]


def test_control_groups_formed_to_act_curb_what_they_target() -> None:
    text = "Several county committees formed their own inspection teams to check private workshops."
    assert _demands(text) == [("formed their own inspection teams to check private workshops", Modality.PROHIBITION)]


def test_a_measure_taken_of_blocking_a_place_forbids() -> None:
    text = "The leader said he took the emergency measure of completely sealing off Sinuiju."
    assert _demands(text) == [("took the emergency measure of completely sealing off Sinuiju", Modality.PROHIBITION)]


def test_a_warning_to_do_something_is_a_warning() -> None:
    text = "“The film is a warning to stop watching foreign dramas,” a resident said."
    assert _demands(text) == [("warning to stop watching foreign dramas", Modality.WARNING)]


def test_a_ban_implemented_or_enforced_is_stated_by_its_subject() -> None:
    text = "Sources say a ban on the sale of gasoline by individuals has been enforced in border towns since May."
    assert _demands(text) == [
        (
            "a ban on the sale of gasoline by individuals has been enforced in border towns since May",
            Modality.PROHIBITION,
        )
    ]


def test_a_purpose_after_in_a_bid_is_no_second_order() -> None:
    text = "The state has banned dyed hair since March, in a bid to keep young people from copying foreign styles."
    assert _demands(text) == [("banned dyed hair since March", Modality.PROHIBITION)]


def test_a_consequence_clause_is_no_demand_and_a_group_attribution_ends_one() -> None:
    text = "Women are told to wear skirts at work, sparking complaints as they have to climb ladders."
    assert _demands(text) == [("Women are told to wear skirts at work", Modality.OBLIGATION)]
    text = "Violators can be punished with fines of 5,000 won, human rights group Open Doors Korea said."
    assert _demands(text) == [("Violators can be punished with fines of 5,000 won", Modality.WARNING)]
