"""Where an order applies: regions in its sentences, else the issuer's, else the article's one province."""

from __future__ import annotations

import nkreports as nk
from nkreports.extract._applies import fill_applies_to
from nkreports.gazetteer import default_gazetteer, find_regions


def _directive(text: str, sentence: str, *, issuer_region: str | None = None) -> nk.Directive:
    start = text.index(sentence)
    issuer = nk.Issuer(body="government", text="the authorities", region=issuer_region)
    return nk.Directive(id="d1", issuer=issuer, evidence=[nk.Span.of(text, start, start + len(sentence))])


def _applies(text: str, sentence: str, *, issuer_region: str | None = None) -> tuple[str, ...]:
    gaz = default_gazetteer()
    (found,) = fill_applies_to([_directive(text, sentence, issuer_region=issuer_region)], find_regions(text, gaz), gaz)
    return found.applies_to


def test_places_named_in_the_order_sentence() -> None:
    text = "Officials in Hoeryong and Musan ordered residents to plant corn on every slope, a source said."
    assert _applies(text, text) == ("KP-09:hoeryong", "KP-09:musan")


def test_a_province_named_beside_its_city_is_dropped() -> None:
    text = "The people's committee in Hyesan, Ryanggang Province, ordered traders to close their stalls."
    assert _applies(text, text) == ("KP-10:hyesan",)


def test_the_issuer_jurisdiction_when_the_sentence_names_no_place() -> None:
    text = "A source in Hyesan spoke to us.\n\nThe authorities ordered traders to close their stalls."
    assert _applies(text, "The authorities ordered traders to close their stalls.", issuer_region="KP-04") == ("KP-04",)


def test_falls_back_on_the_article_province() -> None:
    text = "A source in Kanggye, Chagang Province, spoke to us.\n\nThe authorities ordered factories to send workers."
    assert _applies(text, "The authorities ordered factories to send workers.") == ("KP-04",)


def test_no_guess_when_the_article_spans_provinces() -> None:
    text = "Sources in Hyesan and Chongjin spoke to us.\n\nThe authorities ordered factories to send workers."
    assert _applies(text, "The authorities ordered factories to send workers.") == ()


def test_foreign_places_are_not_where_a_north_korean_order_applies() -> None:
    text = "In Hyesan the police ordered traders who return from Dandong to report to them."
    assert _applies(text, text) == ("KP-10:hyesan",)


def test_parse_fills_applies_to() -> None:
    report = nk.parse("Authorities in Hyesan ordered traders to register.", published="2024-05-02")
    assert [d.applies_to for d in report.directives] == [("KP-10:hyesan",)]
