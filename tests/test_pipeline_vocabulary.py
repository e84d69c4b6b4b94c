"""Outlets tune the extraction vocabulary through the pipeline."""

from __future__ import annotations

import nkreports as nk
from nkreports.extract import IssuerPattern, default_vocabulary
from nkreports.outlets import BaseOutlet, TunesVocabulary

TEXT = (
    "The Hyesan city people’s committee has banned private sales of rice, Border Wire has learned.\n\n"
    "A trader in Hyesan told Border Wire on Monday that vendors must sell grain only at state shops."
)


def test_self_names_reach_source_finding() -> None:
    """An outlet's self-names let the extractor see 'told <outlet>' informants."""
    plain = BaseOutlet(key="borderwire", name="Border Wire")
    tuned = BaseOutlet(key="borderwire", name="Border Wire", self_names=("Border Wire",))
    assert nk.parse(TEXT, published="2024-03-20", outlet=plain).sources == ()
    sources = nk.parse(TEXT, published="2024-03-20", outlet=tuned).sources
    assert [(s.descriptor, s.location) for s in sources] == [("A trader in Hyesan", "KP-10:hyesan")]


def test_base_outlet_extends_tables_by_name() -> None:
    """``BaseOutlet.vocabulary`` puts entries in front of a named built-in table, and extraction uses them."""
    text = "The Tumen Patrol Board has ordered fishermen to stay off the river at night, Border Wire has learned."
    board = IssuerPattern(name="patrol-board", pattern=r"[Tt]he Tumen Patrol Board", body=nk.Body.MILITARY)
    outlet = BaseOutlet(key="borderwire", name="Border Wire", vocabulary=[("issuers", [board])])
    assert isinstance(outlet, TunesVocabulary)
    tuned = outlet.tune_vocabulary(default_vocabulary())
    assert tuned.issuers[0] == board
    assert len(tuned.issuers) == len(default_vocabulary().issuers) + 1
    issuers = [d.issuer for d in nk.parse(text, published="2024-03-20", outlet=outlet).directives]
    assert [(i.text, i.body) for i in issuers] == [("The Tumen Patrol Board", nk.Body.MILITARY)]
