"""Demand cuts: one demand per clause, without lead-ins, result clauses or a second act."""

from __future__ import annotations

from nkreports.extract._vocabulary import Vocabulary
from nkreports.extract.directives._demands import find_demands
from nkreports.model import Modality


def _demands(text: str) -> list[tuple[str, Modality]]:
    vocab = Vocabulary()
    return [
        (text[d.start : d.end], d.modality) for d in find_demands(text, 0, len(text), vocab.modals, vocab.demand_verbs)
    ]


def test_two_passive_clauses_joined_by_and_are_two_demands() -> None:
    text = "On Monday, shops in the city were shut down and farmers were forbidden from selling rice, causing panic."
    assert _demands(text) == [
        ("shops in the city were shut down", Modality.PROHIBITION),
        ("farmers were forbidden from selling rice", Modality.PROHIBITION),
    ]


def test_listed_subject_stays_one_demand() -> None:
    text = "Travel between towns, villages and farms was banned for the holiday."
    assert [d for d, _ in _demands(text)] == ["Travel between towns, villages and farms was banned for the holiday"]


def test_reported_order_in_a_when_clause_loses_the_lead_and_the_main_clause() -> None:
    text = "But when they were ordered to stay home again, they expressed frustration, the source said."
    assert _demands(text) == [("they were ordered to stay home again", Modality.OBLIGATION)]


def test_time_lead_ins_are_not_part_of_the_demand() -> None:
    text = "Last week, at the neighborhood meeting, people were told that they must report strangers."
    assert [d for d, _ in _demands(text)] == ["they must report strangers"]


def test_refrain_and_no_one_may_are_prohibitions() -> None:
    assert (
        _demands("The ministry instructed traders to refrain from selling foreign goods.")[0][1] is Modality.PROHIBITION
    )
    warned = "The notice warned that no vehicles may enter the border zone without a permit."
    assert _demands(warned)[0][1] is Modality.PROHIBITION


def test_must_be_punished_is_a_warning() -> None:
    text = "Officials who take bribes must be severely punished, the newspaper said."
    assert _demands(text) == [("Officials who take bribes must be severely punished", Modality.WARNING)]


def test_the_public_is_coded_as_residents() -> None:
    from nkreports.extract.directives._demands import audience

    text = "The order requires citizens to register their bicycles."
    vocab = Vocabulary()
    found = find_demands(text, 0, len(text), vocab.modals, vocab.demand_verbs)
    assert audience(text, found, vocab) == ("residents",)


def test_the_source_of_something_is_not_an_informant_tail() -> None:
    text = "Police were ordered to find the source of the leaflets and to question every household on the street."
    found = [d for d, _ in _demands(text)]
    assert any("the source of the leaflets" in d for d in found)
    attributed = "Traders were told to close their stalls early, the source in Hyesan said."
    assert [d for d, _ in _demands(attributed)] == ["Traders were told to close their stalls early"]


def test_what_people_worry_about_is_no_demand() -> None:
    text = "Traders are very anxious as hoarding yuan has abruptly been labeled an ‘act of betrayal,’ he said."
    assert _demands(text) == []
    feared = "People are afraid as anyone caught selling rice will be punished."
    assert _demands(feared) == []
    assert _demands("Anyone caught hiding foreign cash will be punished.") == [
        ("Anyone caught hiding foreign cash will be punished", Modality.WARNING)
    ]


def test_deciding_on_a_topic_demands_nothing() -> None:
    text = "The county committee decided on the households to be relocated and other matters for the campaign."
    assert _demands(text) == []
    assert [d for d, _ in _demands("The county committee decided to relocate ten households.")] == [
        "decided to relocate ten households"
    ]


def test_an_order_passed_down_to_committees_is_not_a_demand() -> None:
    text = "The directive was also sent down to county party committees, which held lectures at farms."
    assert _demands(text) == []
    kept = "An order was handed down to close every market in the city by noon."
    assert [d for d, _ in _demands(kept)] == ["An order was handed down to close every market in the city by noon"]
