"""Act-first directive finding: issuers no table names, meetings, pronouns, provinces, audiences.

Every sentence here is invented, in the outlets' styles.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import nkreports
from nkreports.extract import Context, default_vocabulary, extract
from nkreports.extract.directives._parse import parser
from nkreports.model import Article, Body, IssuerLevel, Modality


def _parse(text: str, published: str = "2024-05-17") -> nkreports.Report:
    return nkreports.parse(text, published=published)


def test_police_not_in_any_table_issue_a_security_order() -> None:
    """An authority in the subject of an issuing verb is an issuer, whatever the tables say."""
    report = _parse("Police issued an order banning travel, a source said.")
    assert len(report.directives) == 1
    issuer = report.directives[0].issuer
    assert issuer.body is Body.SECURITY
    assert issuer.level is IssuerLevel.CENTRAL


def test_open_issuer_reads_body_and_level_from_its_words() -> None:
    """Prosecutors are the judiciary; 'provincial' in the phrase gives the level."""
    report = _parse(
        "A source in Hyesan said that provincial prosecutors issued an order banning the sale of rabbit fur."
    )
    issuer = report.directives[0].issuer
    assert issuer.body is Body.JUDICIARY
    assert issuer.level is IssuerLevel.PROVINCE
    assert issuer.region == "KP-10"


def test_meeting_led_by_the_leader_is_the_party() -> None:
    """A meeting the leader leads is the party's act, not the leader's alone."""
    report = _parse(
        "North Korea has decided to reopen schools in Kaesong.\n\n"
        "The decision was adopted in a Political Bureau session led by Kim Jong Un on Thursday."
    )
    assert any(d.issuer.body is Body.PARTY and d.issuer.level is IssuerLevel.CENTRAL for d in report.directives)


def test_a_single_officer_acts_for_the_local_organ() -> None:
    report = _parse("One state security officer warned residents that anyone caught selling phones will be punished.")
    issuer = report.directives[0].issuer
    assert issuer.body is Body.SECURITY
    assert issuer.level is IssuerLevel.LOCAL


def test_generic_forces_acting_within_the_province_are_provincial() -> None:
    report = _parse(
        "A Daily NK informant in North Hamgyong Province said on Monday that security officials have "
        "launched a crackdown on smuggling within the province."
    )
    issuer = report.directives[0].issuer
    assert issuer.body is Body.SECURITY
    assert (issuer.level, issuer.region) == (IssuerLevel.PROVINCE, "KP-09")


def test_a_pronoun_performer_continues_the_named_issuer() -> None:
    """'They banned ...' after 'Authorities' adds its demand to the same directive."""
    report = _parse(
        "Authorities recently imposed a curfew on border villages, a source said. "
        "They banned all travel to the riverbank after dark."
    )
    assert len(report.directives) == 1
    assert any(d.modality is Modality.PROHIBITION for d in report.directives[0].demands)


def test_a_threat_of_punishment_is_a_warning() -> None:
    report = _parse("The Ministry of Social Security issued a decree that warns of harsh punishment for smugglers.")
    demands = report.directives[0].demands
    assert [d.modality for d in demands] == [Modality.WARNING]
    assert demands[0].text.startswith("warns of harsh punishment")


def test_speakers_are_not_issuers() -> None:
    """A spokesperson who tells reporters something issues nothing."""
    report = _parse("“We are watching closely,” ministry spokesperson Lee Min-ho told reporters in Seoul.")
    assert report.directives == ()


def test_unaddressed_orders_bind_residents() -> None:
    """With no addressee in the text, an order binds the residents."""
    report = _parse("The provincial party committee has issued an order on Tuesday to keep the border gate closed.")
    assert report.directives[0].audience == ("residents",)


def test_a_past_event_in_a_when_clause_is_not_a_demand() -> None:
    report = _parse("When the lockdown was lifted, traders were overjoyed, a source in Hyesan said.")
    assert all(not d.demands for d in report.directives)


def test_the_parser_loads_once_without_entity_recognition() -> None:
    assert parser() is parser()
    assert "ner" not in parser().pipe_names


_PIECES = (
    "Police ",
    "issued an order ",
    "banning travel",
    "They banned ",
    "a meeting led by Kim Jong Un ",
    "were told to ",
    "must ",
    ", a source said. ",
    "within the province ",
    "the security forces ",
    "prosecutors from the city office ",
    "When ",
    "“",
    "”",
    "(police) ",
    ". ",
    "\n\n",
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=20)), max_size=14).map("".join))
def test_directive_finding_never_crashes_and_spans_slice_the_text(text: str) -> None:
    found = extract(
        Article(outlet="dailynk", text=text),
        Context(anchor=dt.date(2024, 5, 17), vocabulary=default_vocabulary()),
    )
    for directive in found.directives:
        assert all(d.slices(text) for d in (*directive.demands, *directive.penalties, *directive.evidence))
        assert all(m.slices(text) for m in directive.issuer.mentions)
        assert directive.issuer.text is None or directive.issuer.text in text


def test_officers_from_a_named_organ_act_for_the_organ() -> None:
    """'Officials from the Ministry of Social Security' is the ministry's act: security, not government."""
    report = _parse(
        "A second source in Sinuiju said officials from the Ministry of Social Security began searching "
        "homes for foreign radios this week."
    )
    issuers = [d.issuer for d in report.directives]
    assert issuers
    assert issuers[0].body is Body.SECURITY
    assert issuers[0].text is not None
    assert "Ministry of Social Security" in issuers[0].text


def test_a_lead_order_is_kept_when_the_body_adds_other_demands() -> None:
    """The headline order survives even when the body lists further demands of the same act."""
    report = _parse(
        "The Hoeryong City People’s Committee has ordered bicycle owners in the city to carry a licence plate, "
        "Daily NK has learned.\n\n"
        "A Daily NK informant in North Hamgyong Province said on Tuesday that the committee issued the notice "
        "on May 2.\n\n"
        "According to the source, owners must pay a yearly fee, and riders must stay off the main road "
        "after dark."
    )
    demands = [d.text for d in report.directives[0].demands]
    assert any("licence plate" in d for d in demands)
    assert any("yearly fee" in d for d in demands)


def test_an_unnamed_act_goes_to_capitalised_authorities_in_the_same_article() -> None:
    """'Authorities' at a sentence's start is as generic as 'the authorities': it takes the unnamed acts."""
    report = _parse(
        "The curfew in Sinuiju, which began on March 2, was lifted at dawn on March 20, residents said.\n\n"
        "Authorities had ordered residents to report anyone crossing the river to the police."
    )
    assert report.directives
    assert all(d.issuer.body is Body.GOVERNMENT for d in report.directives)


def test_an_order_issued_at_the_time_takes_the_date_of_the_sentence_before() -> None:
    """'At the time, X issued an order' is dated by the time the previous sentence names."""
    report = _parse(
        "The country sealed its northern border in August 2020 after the virus spread in China.\n\n"
        "At the time, the Ministry of Social Security issued an order telling guards to shoot anyone who "
        "approached the river.",
        published="2022-06-01",
    )
    ministry = [d for d in report.directives if d.issuer.body is Body.SECURITY]
    assert ministry
    assert ministry[0].issued is not None
    assert str(ministry[0].issued.value) == "2020-08"


def test_a_parliament_enacting_laws_is_the_central_government() -> None:
    report = _parse("North Korea’s parliament enacted new laws on Friday on fishing rights and forest protection.")
    assert report.directives
    assert report.directives[0].issuer.body is Body.GOVERNMENT
    assert report.directives[0].issuer.level is IssuerLevel.CENTRAL


def test_a_mobilization_issued_is_a_directive_without_demands() -> None:
    """A formal act stated by its issuer is a directive even when the report gives none of its demands."""
    report = _parse("North Korea has issued a two-week farm mobilization for the potato harvest, a source said.")
    assert len(report.directives) == 1


def test_ministry_of_peoples_security_without_apostrophe_is_security() -> None:
    report = _parse("The Ministry of Peoples Security ordered market guards to inspect every stall, a source said.")
    assert report.directives
    assert report.directives[0].issuer.body is Body.SECURITY


def test_a_capitalised_back_reference_folds_the_generic_lead_into_the_named_meeting() -> None:
    """'The decision came in a ... meeting': the lead's act is the meeting's, one directive."""
    report = _parse(
        "North Korea has lifted the curfew in Sinuiju, state media reported on Monday.\n\n"
        "The decision came in a Political Bureau session led by Kim Jong Un a day earlier."
    )
    assert [(d.issuer.body, d.issuer.level) for d in report.directives] == [(Body.PARTY, IssuerLevel.CENTRAL)]


def test_a_chaired_meeting_that_places_no_demand_is_no_directive() -> None:
    report = _parse("A security meeting chaired by Kim Jong Un on Oct. 3 reviewed the state of the border.")
    assert not any(d.issuer.body is Body.PARTY for d in report.directives)


def test_a_plug_in_outlets_own_name_is_never_told_to_do_anything() -> None:
    """'asked <outlet> not to ...' demands nothing, for a plug-in's declared self-names as for built-ins."""
    from nkreports.outlets import BaseOutlet

    outlet = BaseOutlet(key="borderpost", name="Border Post", self_names=("Border Post",))
    text = (
        "The city security bureau has told vendors in Musan to shut their stalls by sunset. "
        "One vendor asked Border Post not to print her name."
    )
    demands = [
        d.text
        for r in [nkreports.parse(text, published="2024-05-01", outlet=outlet)]
        for x in r.directives
        for d in x.demands
    ]
    assert any("shut their stalls" in d for d in demands)
    assert not any("Border Post" in d for d in demands)
