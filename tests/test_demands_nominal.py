"""Demands stated as order nouns, ordered complements, reported orders and the cuts around them.

Every sentence here is written for these tests in the outlets' styles.
"""

from __future__ import annotations

from nkreports.extract._vocabulary import Vocabulary
from nkreports.extract.directives._cuts import clauses
from nkreports.extract.directives._demands import audience, find_demands
from nkreports.model import Modality

_VOCAB = Vocabulary()


def _demands(text: str) -> list[tuple[str, Modality]]:
    found = find_demands(text, 0, len(text), _VOCAB.modals, _VOCAB.demand_verbs)
    return [(text[d.start : d.end], d.modality) for d in found]


def test_an_order_noun_with_a_modifier_or_a_quote_is_a_demand() -> None:
    text = (
        'The cabinet had issued "an urgent order to immediately ship the reserve grain to the cities" '
        'and an "order for all state stores to stay open until midnight."'
    )
    found = _demands(text)
    assert [m for _, m in found] == [Modality.OBLIGATION, Modality.OBLIGATION]
    assert found[0][0].startswith("an urgent order to immediately ship the reserve grain")
    assert found[1][0].endswith("order for all state stores to stay open until midnight")


def test_a_mandate_after_there_was_is_no_passive() -> None:
    text = "“There was a strict mandate from the center to catch every deserter before the holiday,” the source said."
    assert _demands(text) == [
        ("a strict mandate from the center to catch every deserter before the holiday", Modality.OBLIGATION)
    ]


def test_an_order_on_a_gerund_demands_the_gerund_phrase() -> None:
    text = 'The premier signed an "order of the cabinet on urgently restoring power lines in Kangwon Province."'
    assert _demands(text) == [("urgently restoring power lines in Kangwon Province", Modality.OBLIGATION)]


def test_a_decree_on_a_gerund_is_only_its_title() -> None:
    text = "The SPA Presidium issued a decree on designating a nature reserve in Kapsan County."
    assert _demands(text) == []


def test_laws_on_several_topics_are_one_demand_each() -> None:
    text = (
        "The assembly passed new laws on Tuesday on “preventing illegal border crossings,” "
        "training rural teachers and managing state forests, state media said."
    )
    found = _demands(text)
    assert [t for t, _ in found] == [
        "passed new laws on Tuesday on “preventing illegal border crossings",
        "training rural teachers",
        "managing state forests",
    ]
    assert [m for _, m in found] == [Modality.PROHIBITION, Modality.OBLIGATION, Modality.OBLIGATION]


def test_an_ordered_complement_with_a_second_verb_is_two_demands() -> None:
    text = (
        "The county security bureau order their agents to search every house near the river "
        "and detain anyone holding a Chinese phone, a source said."
    )
    assert [t for t, _ in _demands(text)] == [
        "order their agents to search every house near the river",
        "detain anyone holding a Chinese phone",
    ]


def test_a_list_of_ordered_verbs_stays_one_demand() -> None:
    text = "The committee mobilizes residents to clear roads, repair dikes and plant trees along the river."
    assert _demands(text) == [
        ("mobilizes residents to clear roads, repair dikes and plant trees along the river", Modality.OBLIGATION)
    ]


def test_an_ordered_crackdown_is_one_demand() -> None:
    text = "The authorities mobilized city police officers to crack down on street vendors from Monday."
    assert _demands(text) == [
        ("mobilized city police officers to crack down on street vendors from Monday", Modality.OBLIGATION)
    ]


def test_announced_plans_and_emphasized_gerunds() -> None:
    plans = "The city party committee announced plans to hold criticism sessions next week, billed as a loyalty test."
    assert _demands(plans) == [("announced plans to hold criticism sessions next week", Modality.OBLIGATION)]
    stressed = "The meeting also emphasized tightening control over the markets."
    assert _demands(stressed) == [("emphasized tightening control over the markets", Modality.EXHORTATION)]


def test_a_modal_under_a_directing_that_is_the_order() -> None:
    text = "The lecturer stressed that people must not talk about prices with outsiders."
    assert _demands(text) == [("people must not talk about prices with outsiders", Modality.PROHIBITION)]


def test_what_people_were_warned_of_is_a_warning() -> None:
    text = "Though the curfew has ended, traders were warned that the market could be shut again if smuggling resumes."
    assert _demands(text) == [("the market could be shut again if smuggling resumes", Modality.WARNING)]


def test_a_threat_to_kill_is_a_warning() -> None:
    text = "The notice said guards would kill anyone who crosses the fence at night."
    assert _demands(text)[-1] == ("guards would kill anyone who crosses the fence at night", Modality.WARNING)


def test_papers_not_issued_forbid_what_they_permit() -> None:
    text = "“Travel permits are no longer being issued to anyone without a funeral notice,” the trader said."
    assert _demands(text) == [
        ("Travel permits are no longer being issued to anyone without a funeral notice", Modality.PROHIBITION)
    ]


def test_a_long_subject_with_no_verb_of_its_own_stays() -> None:
    text = "Seeds and fertilizer donated by aid groups from China or other neighboring countries are also banned."
    assert _demands(text)[0][0].startswith("Seeds and fertilizer donated by aid groups")


def test_appositives_and_consequences_end_the_demand() -> None:
    latest = "Pyongyang ordered guards to fire at anyone near the fence, the latest of its steps against defections."
    assert _demands(latest) == [("ordered guards to fire at anyone near the fence", Modality.OBLIGATION)]
    creating = (
        "Police imposed tight controls on travel, sealing off the station and creating long lines at checkpoints."
    )
    assert [t for t, _ in _demands(creating)] == ["imposed tight controls on travel", "sealing off the station"]


def test_a_concession_ends_at_its_comma() -> None:
    text = "While all private trade in grain is banned, vendors still sell rice at the back of the market."
    assert clauses(text, 0, len(text))[0] == (0, text.index(","))


def test_a_finite_ban_after_a_pronoun_names_what_is_banned() -> None:
    text = "“That is why they banned all boat trips on the river until further notice,” the fisherman said."
    assert _demands(text) == [("banned all boat trips on the river until further notice", Modality.PROHIBITION)]


def test_inspections_of_a_kind_of_target_forbid_but_not_of_a_named_place() -> None:
    units = "The new squad carries out surprise inspections of border units, some of whom were caught selling fuel."
    assert _demands(units) == [("carries out surprise inspections of border units", Modality.PROHIBITION)]
    place = "The ministry carried out an inspection of Hyesan Customs last week."
    assert _demands(place) == []


def test_people_sent_or_deployed_to_work_are_ordered() -> None:
    sent = "It is a yearly drive in which office workers are sent to work on collective farms for a month."
    assert _demands(sent)[0][1] is Modality.OBLIGATION
    assert _demands(sent)[0][0].endswith("are sent to work on collective farms for a month")
    deployed = "Youth brigades were also deployed to the Tanchon port construction site, state media said."
    assert _demands(deployed) == [
        ("Youth brigades were also deployed to the Tanchon port construction site", Modality.OBLIGATION)
    ]


def test_what_offenders_can_face_is_a_warning() -> None:
    text = "Anyone caught with a Chinese phone can face imprisonment or even execution."
    assert _demands(text) == [
        ("Anyone caught with a Chinese phone can face imprisonment or even execution", Modality.WARNING)
    ]


def test_a_sentence_opening_with_warning_is_an_order() -> None:
    text = "Warning the audience to keep away from the river, the lecturer named three families."
    assert _demands(text)[0] == ("Warning the audience to keep away from the river", Modality.OBLIGATION)


def test_law_topics_after_a_plain_noun_are_split_too() -> None:
    text = "The presidium approved laws on forest management and protecting water sources."
    assert [t for t, _ in _demands(text)] == ["approved laws on forest management", "protecting water sources"]


def test_an_order_given_by_an_agent_demands_what_follows_to() -> None:
    text = "The county party committee was ordered by the ministry to run evening classes for miners."
    assert _demands(text) == [("to run evening classes for miners", Modality.OBLIGATION)]
    negated = "Traders were told by market managers not to sell Chinese rice."
    assert _demands(negated) == [("not to sell Chinese rice", Modality.PROHIBITION)]


def test_a_possessive_order_to_act_is_a_demand() -> None:
    text = "Few residents could follow the committee’s order to stay in their homes for two weeks."
    assert _demands(text) == [("order to stay in their homes for two weeks", Modality.OBLIGATION)]


def test_people_punished_for_an_act_is_a_warning_not_an_opinion() -> None:
    text = "Men are told to cut their hair short, people are punished for wearing jeans, which many bought in China."
    assert _demands(text)[-1] == ("people are punished for wearing jeans", Modality.WARNING)


def test_only_goods_listed_with_commas_may_be_sold() -> None:
    text = "Orders came saying that only rice, corn, and vegetables can be sold in the market now."
    assert _demands(text)[-1] == ("only rice, corn, and vegetables can be sold in the market now", Modality.PROHIBITION)


def test_called_for_and_stepping_up_efforts() -> None:
    called = 'The premier toured the mine, where he called for "maximum output" and stricter safety checks.'
    assert _demands(called) == [('called for "maximum output" and stricter safety checks', Modality.EXHORTATION)]
    stepping = "The ministry is also stepping up efforts to block foreign radio broadcasts, a defector said."
    assert _demands(stepping) == [("stepping up efforts to block foreign radio broadcasts", Modality.PROHIBITION)]


def test_penalties_stated_as_facts_are_warnings() -> None:
    cases = [
        "Anyone caught guiding defectors across the river will be put to death.",
        "The notice says anyone who rents out a Chinese phone is to be charged with espionage.",
        "Those caught with South Korean songs on their phones can even be executed.",
        "People who trade in foreign films should face severe punishment.",
        "Officials are threatening families who hide deserters with strict punishment.",
        "Crossing the river without a permit is now considered an act of treason.",
    ]
    for text in cases:
        assert [m for _, m in _demands(text)] == [Modality.WARNING], text


def test_an_act_deemed_illegal_is_forbidden() -> None:
    text = "Any phone call with relatives in the South is considered illegal, a resident said."
    assert _demands(text) == [
        ("Any phone call with relatives in the South is considered illegal", Modality.PROHIBITION)
    ]


def test_warning_shots_are_no_warning_verb_and_not_only_but_to_splits() -> None:
    text = "Sentries were given orders not only to fire warning shots into the air but to seize anyone on the shore."
    assert _demands(text)[0] == (
        "Sentries were given orders not only to fire warning shots into the air",
        Modality.OBLIGATION,
    )


def test_the_targets_of_a_crackdown_are_bound_too() -> None:
    text = "The authorities mobilized county security personnel to crack down on residents after Thursday."
    found = find_demands(text, 0, len(text), _VOCAB.modals, _VOCAB.demand_verbs)
    assert audience(text, found, _VOCAB) == ("security personnel", "residents")
    shoot = "Pyongyang ordered border guards to shoot anyone who approaches the fence."
    found = find_demands(shoot, 0, len(shoot), _VOCAB.modals, _VOCAB.demand_verbs)
    assert audience(shoot, found, _VOCAB) == ("border guards", "residents")


def test_a_named_state_banning_a_thing_is_a_prohibition() -> None:
    text = "North Korea banned the sale of imported cigarettes this month and has begun fining street vendors."
    assert _demands(text) == [("banned the sale of imported cigarettes this month", Modality.PROHIBITION)]
    past = "The shoes Pyongyang banned last year are back in the market."
    assert _demands(past) == []


def test_no_longer_allowed_and_could_no_longer_forbid() -> None:
    allowed = "Students are no longer allowed to carry phones into the school."
    assert _demands(allowed) == [
        ("Students are no longer allowed to carry phones into the school", Modality.PROHIBITION)
    ]
    told = "Police told bus drivers that they could no longer carry passengers without a permit."
    assert _demands(told)[0][1] is Modality.PROHIBITION


def test_people_made_to_act_are_ordered() -> None:
    text = "Workers were made to sign pledges that they would not listen to foreign radio."
    assert _demands(text)[0][1] is Modality.OBLIGATION


def test_what_a_directive_mandates_and_what_is_to_be_done() -> None:
    mandates = "The new directive mandates close monitoring of anyone who receives money from abroad."
    assert _demands(mandates) == [
        ("mandates close monitoring of anyone who receives money from abroad", Modality.OBLIGATION)
    ]
    to_be = "All new cases are to be reported to the provincial bureau within a day."
    assert _demands(to_be)[0][1] is Modality.OBLIGATION
    planned = "The next meeting is to be held in May."
    assert _demands(planned) == []


def test_a_content_clause_after_stressed_how_is_the_demand() -> None:
    text = "The lecturer stressed how the sale of rice to Chinese traders must be stopped at once."
    assert _demands(text) == [("the sale of rice to Chinese traders must be stopped at once", Modality.OBLIGATION)]


def test_told_us_we_must_is_a_relayed_order() -> None:
    text = "“At the meeting they read out a notice and told us we must report any stranger,” the resident said."
    assert _demands(text) == [("we must report any stranger", Modality.OBLIGATION)]


def test_an_act_of_espionage_is_a_warning() -> None:
    text = "The lecturer said that sending photos abroad is an act of espionage."
    assert _demands(text) == [("sending photos abroad is an act of espionage", Modality.WARNING)]


def test_an_organ_order_reducing_something_forbids() -> None:
    text = "Market offices received a Cabinet order reducing trading hours this month."
    assert _demands(text) == [("a Cabinet order reducing trading hours this month", Modality.PROHIBITION)]


def test_a_crackdown_being_stepped_up_names_its_aim() -> None:
    text = "Police are stepping up their crackdown to stop people from selling goods in alleys."
    assert _demands(text) == [
        ("stepping up their crackdown to stop people from selling goods in alleys", Modality.PROHIBITION)
    ]


def test_a_notice_informing_people_that_starts_the_demand_after_that() -> None:
    text = "Notices at the gate inform traders that the market will open only after 4 p.m. until the harvest ends."
    assert _demands(text) == [("the market will open only after 4 p.m. until the harvest ends", Modality.PROHIBITION)]


def test_confiscation_begun_is_enforcement_not_a_demand() -> None:
    text = "Market managers began seizing stock from traders who defied the new hours."
    assert _demands(text) == []


def test_asides_after_the_demand_are_cut() -> None:
    although = "Kim issued an order for them to catch every deserter, although details of the order were not known."
    assert _demands(although) == [("an order for them to catch every deserter", Modality.OBLIGATION)]
    as_anyone = "Such trips are rare, as anyone caught near the fence would face the harshest punishment."
    assert _demands(as_anyone) == [
        ("anyone caught near the fence would face the harshest punishment", Modality.WARNING)
    ]


def test_a_comma_that_after_an_appositive_reports_the_content() -> None:
    text = (
        "The committee said in a statement on its website, a state-run outlet which carries party news, "
        "that defectors should come home before the holiday."
    )
    assert _demands(text) == [("defectors should come home before the holiday", Modality.EXHORTATION)]


def test_directed_against_is_no_order() -> None:
    text = "Jokes directed against the leadership, with agents threatening that critics will be punished, spread."
    assert all(not t.startswith("directed") for t, _ in _demands(text))


def test_capitalized_sources_say_is_an_attribution() -> None:
    text = "Officials warned that traders will be fined for hoarding rice, North Korean sources say."
    assert _demands(text)[-1][0].endswith("hoarding rice")


def test_bans_reported_by_an_agency_and_what_remains_illegal() -> None:
    agency = "Parties with singing and drinking are now banned, the spy agency said."
    assert _demands(agency) == [("Parties with singing and drinking are now banned", Modality.PROHIBITION)]
    remains = "Moving to another county without a travel pass remains illegal."
    assert _demands(remains) == [
        ("Moving to another county without a travel pass remains illegal", Modality.PROHIBITION)
    ]
    joined = "The regime has banned karaoke parties and is tightening control of foreign films."
    assert _demands(joined)[0] == ("banned karaoke parties", Modality.PROHIBITION)


def test_an_ordered_that_clause_that_forbids_is_a_prohibition() -> None:
    refrain = "The ministry ordered that residents near the border refrain from approaching the fence."
    assert _demands(refrain)[0][1] is Modality.PROHIBITION
    plain = "The ministry ordered that all vendors register with the market office."
    assert _demands(plain)[0][1] is Modality.OBLIGATION
    warned = "The lecturer warned that we ‘shouldn’t ever be careless enough to talk to strangers.’"
    assert _demands(warned)[0][1] is Modality.PROHIBITION


def test_party_orders_tasks_and_compulsion() -> None:
    order = "There was a party order for cadres not to take any grain from the cooperative farms."
    assert _demands(order) == [
        ("a party order for cadres not to take any grain from the cooperative farms", Modality.PROHIBITION)
    ]
    tasked = "The teams are tasked with checking every household's attendance at lectures."
    assert _demands(tasked)[0][1] is Modality.OBLIGATION
    compelled = "Farmers were compelled to hand over part of their harvest to the army."
    assert _demands(compelled)[0][1] is Modality.OBLIGATION


def test_an_inspection_to_check_forbids_what_it_checks_for() -> None:
    text = "It is an inspection to check whether the seals on meters have been broken."
    assert _demands(text) == [
        ("an inspection to check whether the seals on meters have been broken", Modality.PROHIBITION)
    ]


def test_advice_lectures_and_a_second_ordered_act_after_not() -> None:
    advised = "Residents are being advised to avoid talking with strangers from other regions."
    assert _demands(advised)[0][1] is Modality.EXHORTATION
    lectures = "Officials have been stressing at weekly meetings the importance of reporting strangers."
    assert _demands(lectures)[0][1] is Modality.EXHORTATION
    both = "Police ordered villagers not to touch the balloons but to report them to the security office."
    assert [m for _, m in _demands(both)] == [Modality.PROHIBITION, Modality.OBLIGATION]


def test_state_media_tasks_and_decisions() -> None:
    tasks = "The plenary meeting set forth the tasks to complete the irrigation works before the rainy season."
    assert _demands(tasks)[0] == (
        "set forth the tasks to complete the irrigation works before the rainy season",
        Modality.OBLIGATION,
    )
    decided = "It was decided to extend the quarantine period by another week."
    assert _demands(decided)[0][1] is Modality.OBLIGATION
    lifted = "The politburo decided to lift the travel ban on the county from Sunday."
    assert _demands(lifted)[0][1] is Modality.PERMISSION
