"""Demands as real reports phrase them: clause ends, orders with no directive verb, warnings, audiences.

Every sentence here is written for these tests in the outlets' styles.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nkreports.extract._vocabulary import Vocabulary
from nkreports.extract.directives._demands import audience, find_demands
from nkreports.model import Modality

_VOCAB = Vocabulary()


def _demands(text: str) -> list[tuple[str, Modality]]:
    found = find_demands(text, 0, len(text), _VOCAB.modals, _VOCAB.demand_verbs)
    return [(text[d.start : d.end], d.modality) for d in found]


def _audience(text: str) -> tuple[str, ...]:
    return audience(text, find_demands(text, 0, len(text), _VOCAB.modals, _VOCAB.demand_verbs), _VOCAB)


def test_attribution_to_state_media_ends_the_demand() -> None:
    text = "Pyongyang has lifted the quarantine of Sinuiju, state media reported on Friday, a month after it began."
    assert _demands(text) == [("lifted the quarantine of Sinuiju", Modality.PERMISSION)]


def test_an_appositive_after_the_demand_is_cut() -> None:
    text = (
        "Officials received instructions to send every student to the fields, "
        "a yearly campaign in which schools close for a month."
    )
    assert _demands(text)[0] == ("instructions to send every student to the fields", Modality.OBLIGATION)


def test_contracted_negations_forbid() -> None:
    text = "Workers at the site aren’t permitted to leave the dormitory at night."
    assert _demands(text) == [
        ("Workers at the site aren’t permitted to leave the dormitory at night", Modality.PROHIBITION)
    ]


def test_consequences_are_warnings() -> None:
    first = "The notice said that selling Chinese medicine will result in punishment."
    assert _demands(first) == [("selling Chinese medicine will result in punishment", Modality.WARNING)]
    second = "Cadres were made aware that they’ll face time at a re-education farm."
    assert _demands(second)[-1][1] is Modality.WARNING


def test_orders_issued_and_ordered_postponed() -> None:
    issued = "In June, orders were issued to close the stalls near the station."
    assert _demands(issued) == [("orders were issued to close the stalls near the station", Modality.OBLIGATION)]
    postponed = "Weddings and sixtieth birthday parties have been ordered postponed until next month."
    assert _demands(postponed)[0][1] is Modality.PROHIBITION


def test_should_under_an_order_is_an_obligation() -> None:
    text = "The ministry issued a directive that all returnees should be questioned by the police."
    assert _demands(text) == [("all returnees should be questioned by the police", Modality.OBLIGATION)]


def test_a_modal_in_an_indirect_question_is_no_demand() -> None:
    text = "The committee explained to vendors how the new stalls should be arranged."
    assert _demands(text) == []


def test_a_listed_object_stays_one_demand() -> None:
    text = "Officials announced a ban on the sale of fish, dried squid, and rice and other grains at the port."
    assert [d for d, _ in _demands(text)] == [
        "a ban on the sale of fish, dried squid, and rice and other grains at the port"
    ]


def test_a_listed_subject_stays_with_its_modal() -> None:
    text = "Bakeries, noodle shops, and public baths are permitted to open, but only on weekends."
    assert _demands(text) == [("Bakeries, noodle shops, and public baths are permitted to open", Modality.PERMISSION)]


def test_quoted_imperatives_are_demands() -> None:
    text = "“The lecturer kept repeating one line: ‘Don’t pass on rumors to anyone!’” the source said."
    assert ("Don’t pass on rumors to anyone", Modality.PROHIBITION) in _demands(text)
    slogan = "The posters read “Let’s root out anti-socialist habits” in red letters."
    assert _demands(slogan) == [("Let’s root out anti-socialist habits", Modality.EXHORTATION)]
    silence = "The main message of the meeting was ‘Keep your opinions to yourselves and stay silent.’"
    assert _demands(silence)[0][1] is Modality.PROHIBITION


def test_bulleted_targets_of_a_crackdown_are_separate_prohibitions() -> None:
    text = (
        "The inspections covered three things: ▲ use of foreign phones; ▲ sale of drugs; and ▲ watching foreign films."
    )
    assert [d for d, _ in _demands(text)] == ["use of foreign phones", "sale of drugs", "watching foreign films"]


def test_an_event_in_a_when_clause_is_no_demand() -> None:
    assert _demands("Traders celebrated when the market closure was lifted on Monday.") == []


def test_a_measure_on_markets_binds_traders() -> None:
    assert _audience("The authorities have closed local markets for most of the day.") == ("residents", "traders")
    assert _audience("Vendors must close their stalls in the market by 6 p.m.") == ("vendors",)


def test_a_listed_audience_is_kept_whole() -> None:
    text = "Police conducted crackdowns on foreign songs at factories, farms and schools across the county."
    assert set(_audience(text)) == {"factories", "farms", "schools"}


@given(st.text(alphabet=st.sampled_from(list("abc ,.;:“”‘’'\"▲—-…ABDKLR")), max_size=80))
def test_demands_lie_inside_the_sentence_on_any_input(text: str) -> None:
    for d in find_demands(text, 0, len(text), _VOCAB.modals, _VOCAB.demand_verbs):
        assert 0 <= d.start < d.end <= len(text)


def test_laws_and_declarations_state_their_demand() -> None:
    law = "The Supreme People's Assembly passed a law on preventing illegal border crossings last week."
    assert _demands(law) == [("passed a law on preventing illegal border crossings last week", Modality.PROHIBITION)]
    emergency = "The politburo declared a state of emergency in the border county."
    assert _demands(emergency)[0][1] is Modality.OBLIGATION
    carried_out = "The cabinet adopted a resolution on the implementation of the new fishing decree."
    assert _demands(carried_out) == []


def test_an_ordered_lockdown_forbids() -> None:
    text = "Kim Jong Un ordered a lockdown of every county along the coast."
    assert _demands(text) == [("ordered a lockdown of every county along the coast", Modality.PROHIBITION)]


def test_orders_to_close_forbid_and_only_restricts() -> None:
    assert _demands("Stalls have been forced to close during the afternoon.")[0][1] is Modality.PROHIBITION
    assert _demands("Now only vegetables and eggs can be sold at the market.")[0][1] is Modality.PROHIBITION


def test_warning_someone_to_do_something_is_an_order() -> None:
    text = "Lecturers spent the evening warning workers to refrain from criticizing the new wage rules."
    assert _demands(text) == [("warning workers to refrain from criticizing the new wage rules", Modality.PROHIBITION)]


def test_stressing_the_need_is_an_exhortation() -> None:
    text = "The meeting stressed the need to guard every warehouse against theft."
    assert _demands(text) == [("stressed the need to guard every warehouse against theft", Modality.EXHORTATION)]


def test_a_quoted_title_stays_inside_its_demand() -> None:
    text = "The assembly enacted a law on the “Protection of Forest Resources” on Tuesday."
    assert _demands(text)[0][0] == "enacted a law on the “Protection of Forest Resources” on Tuesday"


def test_a_demand_cut_before_its_verb_is_dropped() -> None:
    assert _demands("“They were ordered to ") == []


def test_a_slogan_inside_a_call_is_its_own_demand() -> None:
    text = "The letter calls on all farmers to plant early, under the slogan of “Let us reap a record harvest!”"
    assert [m for _, m in _demands(text)] == [Modality.EXHORTATION, Modality.EXHORTATION]


def test_an_ongoing_crackdown_and_a_statement_saying_are_demands() -> None:
    text = "Patrols were doubled, and they are also cracking down on street stalls near the station."
    assert ("cracking down on street stalls near the station", Modality.PROHIBITION) in _demands(text)
    said = (
        "The ministry issued a statement saying it would severely punish anyone selling rice privately, angering many."
    )
    assert _demands(said) == [("it would severely punish anyone selling rice privately", Modality.WARNING)]


def test_progressive_orders_discouragement_and_tougher_punishment() -> None:
    assert _demands("Officials are forcing farmers to hand over their seed corn.") == [
        ("forcing farmers to hand over their seed corn", Modality.OBLIGATION)
    ]
    assert _demands("Students are strongly discouraged from wearing jeans.")[0][1] is Modality.EXHORTATION
    tougher = "The state has toughened punishments for those who sell foreign films."
    assert _demands(tougher) == [("toughened punishments for those who sell foreign films", Modality.WARNING)]


def test_a_comma_splice_with_a_new_order_is_two_demands() -> None:
    text = "Men are told they can't dye their hair, students are banned from wearing jeans at school."
    assert [d for d, _ in _demands(text)] == [
        "Men are told they can't dye their hair",
        "students are banned from wearing jeans at school",
    ]


def test_a_rule_for_a_period_binds_the_speaker_too() -> None:
    text = "“During the memorial week, we must not sing or hold parties,” a resident said."
    assert _demands(text) == [("we must not sing or hold parties", Modality.PROHIBITION)]
    assert _demands("“We must not lose hope,” a trader said.") == []
