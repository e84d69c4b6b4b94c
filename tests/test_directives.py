"""Directives: issuers, bodies and levels, demands and modalities, issue dates (invented sentences)."""

from __future__ import annotations

import nkreports
from nkreports.model import Body, IssuerLevel, Modality


def _parse(text: str, published: str = "2024-05-17") -> nkreports.Report:
    return nkreports.parse(text, published=published)


def test_provincial_committee_with_obligation_and_issue_date_in_next_sentence() -> None:
    report = _parse(
        "A Daily NK informant in Chagang Province said on Monday that the provincial party committee "
        "recently told farm managers that every farm must plant maize on its hillside plots. "
        "The meeting was held on May 8."
    )
    (directive,) = report.directives
    assert directive.issuer.body is Body.PARTY
    assert directive.issuer.level is IssuerLevel.PROVINCE
    assert directive.issuer.region == "KP-04"
    assert directive.issued is not None
    assert directive.issued.iso() == "2024-05-08"
    assert [d.modality for d in directive.demands] == [Modality.OBLIGATION]
    assert "must plant maize" in directive.demands[0].text
    assert directive.source == report.sources[0].id


def test_generic_authorities_are_central_government() -> None:
    report = _parse("The authorities have ordered state shops to sell soybean oil at a fixed price.")
    (directive,) = report.directives
    assert (directive.issuer.body, directive.issuer.level, directive.issuer.region) == (
        Body.GOVERNMENT,
        IssuerLevel.CENTRAL,
        "KP",
    )
    assert directive.audience == ("shops",) or directive.demands[0].modality is Modality.OBLIGATION


def test_passive_order_has_unknown_issuer() -> None:
    report = _parse(
        "Residents near the station say nothing has changed.\n\n"
        "Vendors in the square were told to pack up their stalls before dark, a resident said."
    )
    (directive,) = report.directives
    assert directive.issuer.body is Body.UNKNOWN
    assert directive.issuer.text is None
    assert directive.issuer.level is None


def test_every_modality() -> None:
    report = _parse(
        "The Hamhung City People’s Committee issued a notice on Monday banning residents from "
        "burning rubbish in their yards. Residents who work at the fertilizer plant are allowed to "
        "collect coal ash for their gardens. Anyone caught burning rubbish will be sent to a labor "
        "training camp. The committee also called on residents to plant trees along the river."
    )
    (directive,) = report.directives
    assert directive.issuer.level is IssuerLevel.CITY
    assert directive.issuer.region == "KP-08:hamhung"
    modalities = [d.modality for d in directive.demands]
    assert modalities == [Modality.PROHIBITION, Modality.PERMISSION, Modality.WARNING, Modality.EXHORTATION]
    assert all(d.slices(report.text) for d in directive.demands)
    assert directive.penalties
    assert directive.penalties[0].text.startswith("Anyone caught burning rubbish")


def test_issuer_names_across_eras() -> None:
    old = _parse("The National Security Agency has ordered residents to report strangers.")
    new = _parse("The Ministry of State Security has ordered residents to report strangers.")
    police = _parse("The People’s Safety Ministry has ordered residents to report strangers.")
    leader = _parse("Kim Jong Eun has ordered officials to finish the dam by autumn.")
    assert [r.directives[0].issuer.body for r in (old, new, police)] == [Body.SECURITY] * 3
    assert leader.directives[0].issuer.body is Body.LEADER


def test_two_organs_are_two_directives_and_back_references_attach() -> None:
    report = _parse(
        "The Kaesong City party committee has instructed factories to send workers to the rice fields. "
        "It also warned that managers who keep workers back will be dismissed.\n\n"
        "Meanwhile, the Ministry of Social Security has banned residents from travelling without a permit."
    )
    assert [d.issuer.body for d in report.directives] == [Body.PARTY, Body.SECURITY]
    first = report.directives[0]
    assert [d.modality for d in first.demands] == [Modality.OBLIGATION, Modality.WARNING]


def test_delivery_channel_is_not_the_issuer() -> None:
    report = _parse(
        "At inminban meetings, residents were told not to light fires on the hills, "
        "according to a source in Kangwon Province."
    )
    (directive,) = report.directives
    assert directive.issuer.body is Body.UNKNOWN
    assert directive.demands[0].modality is Modality.PROHIBITION


def test_sentences_and_arrests_are_not_directives() -> None:
    report = _parse("Two brokers were arrested last week and sentenced to five years in a labor camp.")
    assert report.directives == ()


def test_lifting_an_order_is_a_permission() -> None:
    report = _parse("The lockdown in Hyesan was lifted on Monday morning, a source in Yanggang Province said.")
    (directive,) = report.directives
    assert directive.demands[0].modality is Modality.PERMISSION


def test_numbered_provisions_are_separate_demands() -> None:
    report = _parse(
        "The Sariwon City People’s Committee posted a notice with three rules: 1) residents must register "
        "guests 2) vendors must close by 8 PM 3) anyone who breaks the rules will be fined."
    )
    (directive,) = report.directives
    assert [d.modality for d in directive.demands] == [Modality.OBLIGATION, Modality.OBLIGATION, Modality.WARNING]


def test_separate_organs_of_one_level_are_separate_acts() -> None:
    report = _parse(
        "The Cabinet issued a decision on fuel rationing. The decision requires every enterprise to cut fuel use.\n\n"
        "Meanwhile, the Ministry of Commerce ordered shops to display their prices."
    )
    assert [d.issuer.text for d in report.directives] == ["The Cabinet", "the Ministry of Commerce"]


def test_a_judge_speaks_for_the_court() -> None:
    report = _parse(
        "The North Pyongan Provincial Court held a public trial in Sinuiju on Friday.\n\n"
        "The source recalled, “The judge declared that anyone who sells copper wire will be punished severely.”"
    )
    (directive,) = report.directives
    assert directive.issuer.body is Body.JUDICIARY
    assert directive.issuer.level is IssuerLevel.PROVINCE
    assert directive.demands[0].modality is Modality.WARNING


def test_narrated_past_in_a_quote_is_not_a_demand() -> None:
    report = _parse(
        "The Ministry of State Security ordered agents to search every car at the checkpoint.\n\n"
        "“Nobody was allowed to leave the car for three hours,” the source said."
    )
    (directive,) = report.directives
    assert len(directive.demands) == 1


def test_crackdown_quotes_its_target_and_state_media_decisions_count() -> None:
    crackdown = _parse("The authorities have launched a crackdown on unlicensed taxis in Chongjin.")
    (directive,) = crackdown.directives
    assert directive.demands[0].modality is Modality.PROHIBITION
    assert "unlicensed taxis" in directive.demands[0].text
    politburo = _parse("The Political Bureau of the party Central Committee decided to shorten the winter holidays.")
    (decision,) = politburo.directives
    assert (decision.issuer.body, decision.issuer.level) == (Body.PARTY, IssuerLevel.CENTRAL)
    assert decision.demands


def test_background_crackdowns_and_foreign_bans_are_not_demands() -> None:
    report = _parse(
        "The Ministry of State Security ordered agents to check every boat.\n\n"
        "The crackdown on smuggling has intensified since spring, and UN sanctions ban the export of coal."
    )
    (directive,) = report.directives
    assert len(directive.demands) == 1
