"""The clauses of a sentence, worked out once and handed to both demand finders, change nothing.

Every sentence here is invented, in the outlets' styles.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nkreports.extract._sentences import Sentence
from nkreports.extract._vocabulary import default_vocabulary
from nkreports.extract.directives._cuts import clauses
from nkreports.extract.directives._demands import find_demands
from nkreports.extract.directives._stated import stated_demand

_VOCAB = default_vocabulary()
_PIECES = (
    "The Ministry of State Security ordered traders not to sell Chinese phones",
    "residents must report to the inminban by Friday",
    "local authorities closed the markets in Hyesan",
    "students were mobilized for the rice planting",
    "“Don't relay rumors to others,” the lecturer said",
    "a source in Ryanggang Province told Daily NK",
    "while crossing is banned, smugglers get around it",
    "people were told they should not leave the city",
    "the police issued an order limiting travel between provinces",
)
_JOINS = (", ", " and ", "; ", ", but ", " ")


@given(
    st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_JOINS)), min_size=1, max_size=5),
    st.booleans(),
)
def test_given_clauses_find_what_the_finders_work_out_themselves(parts: list[tuple[str, str]], passive: bool) -> None:
    text = "".join(piece + join for piece, join in parts).rstrip(", ;") + "."
    sentence = Sentence(start=0, end=len(text), text=text, paragraph=0, index=0)
    cuts = clauses(text, 0, len(text))
    args = (text, 0, len(text), _VOCAB.modals, _VOCAB.demand_verbs)
    names = _VOCAB.self_names
    assert find_demands(*args, self_names=names, cuts=cuts) == find_demands(*args, self_names=names)
    assert stated_demand(text, sentence, passive=passive, cuts=cuts) == stated_demand(text, sentence, passive=passive)


def test_a_sentence_with_an_order_and_a_modal_gives_its_demands_either_way() -> None:
    text = "The Ministry of State Security ordered traders not to sell Chinese phones, and residents must report it."
    cuts = clauses(text, 0, len(text))
    found = find_demands(text, 0, len(text), _VOCAB.modals, _VOCAB.demand_verbs, cuts=cuts)
    assert [text[d.start : d.end] for d in found] == [
        text[d.start : d.end] for d in find_demands(text, 0, len(text), _VOCAB.modals, _VOCAB.demand_verbs)
    ]
    assert found  # the order's complement at least
