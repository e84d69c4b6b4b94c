"""Extraction on real outlets' phrasing (invented sentences written in their styles)."""

from __future__ import annotations

import nkreports
from nkreports.model import Body, IssuerLevel, Modality


def _parse(text: str, published: str = "2024-06-14") -> nkreports.Report:
    return nkreports.parse(text, published=published)


# 1. RFA introductions and plural lead-ins ------------------------------------------------


def test_rfa_resident_of_city_in_province_with_bare_weekday() -> None:
    report = _parse(
        "Farms in the north have been told to hand over more maize, sources in the country told RFA.\n\n"
        "“Nobody knows how we will eat,” a farmer of Kimchaek in North Hamgyong province told RFA’s "
        "Korean Service Tuesday, requesting anonymity to speak freely."
    )
    (source,) = report.sources
    assert source.descriptor == "a farmer of Kimchaek in North Hamgyong province"
    assert source.location == "KP-09:kimchaek"
    assert source.role == "farmer"
    assert source.contacted is not None
    assert source.contacted.iso() == "2024-06-11"
    assert source.anonymous


def test_plural_lead_in_gives_way_to_a_singular_informant_inside_it() -> None:
    report = _parse(
        "Prices of diesel jumped this week, sources in South Pyongan province told RFA.\n\n"
        "A resident of Anju told RFA’s Korean Service Monday that drivers were queuing all night."
    )
    (source,) = report.sources
    assert source.location == "KP-02:anju"
    assert not source.group


def test_plural_group_elsewhere_stays_beside_the_singular_informant() -> None:
    report = _parse(
        "Workers abroad were told to send more money home, sources in China told RFA.\n\n"
        "A resident of Hoeryong told RFA’s Korean Service Monday that families were waiting."
    )
    assert [s.location for s in report.sources] == ["CN", "KP-09:hoeryong"]


# 2. Appositive locations; a reported order's date is not a contact date -------------------


def test_appositive_after_second_source_gives_place_and_role() -> None:
    report = _parse(
        "A resident of Kanggye told RFA on Monday that the market closed early.\n\n"
        "Another source, a trader in Manpo, Chagang province, said the customs office had shut its doors."
    )
    first, second = report.sources
    assert first.location == "KP-04:kanggye"
    assert second.location == "KP-04:manpo"
    assert second.role == "trader"


def test_date_inside_the_reported_clause_is_not_the_contact_date() -> None:
    report = _parse(
        "A resident of Kanggye told RFA that buses were scarce.\n\n"
        "A second source, an official in Hyesan, Ryanggang province, said the Ministry of Social "
        "Security issued a new notice on June 2 calling on drivers to carry permits."
    )
    second = report.sources[1]
    assert second.location == "KP-10:hyesan"
    assert second.contacted is None
    (directive,) = report.directives
    assert directive.issued is not None
    assert directive.issued.iso() == "2024-06-02"


def test_message_sent_to_the_outlet_still_dates_the_contact() -> None:
    report = _parse(
        "A source in Chagang Province said in a message sent to Daily NK on Sunday that the order "
        "was read out at every factory."
    )
    (source,) = report.sources
    assert source.contacted is not None
    assert source.contacted.iso() == "2024-06-09"


# 3. A generic lead stays its own act beside a named organ's separate act; demand ends ---------


def test_generic_lead_and_a_separate_instruction_are_two_directives() -> None:
    report = _parse(
        "Authorities in North Korea have ordered farmers in the border counties to hand in their boats "
        "by the end of the month, sources in the country told RFA.\n\n"
        "A resident of Manpo told RFA’s Korean Service Wednesday that the inminban heads passed on the order.\n\n"
        "A second source, a trader in Hyesan, Ryanggang province, said the provincial security bureau issued "
        "a separate instruction on June 3 calling on fishermen to report every crossing."
    )
    lead, security = report.directives
    assert (lead.issuer.body, lead.issuer.level, lead.issuer.region) == (Body.GOVERNMENT, IssuerLevel.CENTRAL, "KP")
    assert lead.demands[0].text == (
        "ordered farmers in the border counties to hand in their boats by the end of the month"
    )
    assert security.issuer.body is Body.SECURITY
    assert security.issuer.level is IssuerLevel.PROVINCE
    assert security.issued is not None
    assert security.issued.iso() == "2024-06-03"


def test_generic_lead_folds_into_the_organ_that_issued_the_order() -> None:
    report = _parse(
        "The authorities in Chongjin have ordered every household to plant cabbages, Daily NK has learned.\n\n"
        "A source in the city said the Chongjin city party committee issued the order five days ago."
    )
    (directive,) = report.directives
    assert directive.issuer.body is Body.PARTY
    assert directive.issuer.level is IssuerLevel.CITY


def test_demand_stops_before_attribution_tail_and_dangling_and() -> None:
    report = _parse(
        "The city people’s committee in Kanggye instructed vendors to stop selling rice and ordered them "
        "to close their stalls at noon, residents in the city told RFA."
    )
    (directive,) = report.directives
    texts = [d.text for d in directive.demands]
    assert texts == ["instructed vendors to stop selling rice", "ordered them to close their stalls at noon"]


# 4. Demands inside the informant's quotation ---------------------------------------------


def test_reported_orders_inside_a_quote_are_demands() -> None:
    report = _parse(
        "The provincial party committee ordered residents of Hyesan to register every guest, "
        "a Hyesan resident told Daily NK.\n\n"
        "“We were told not to rent rooms to anyone from outside the city,” the source said. "
        "“They said people who hide guests will be sent to a labor camp.”"
    )
    (directive,) = report.directives
    modalities = [d.modality for d in directive.demands]
    assert modalities == [Modality.OBLIGATION, Modality.PROHIBITION, Modality.WARNING]


def test_threat_of_confiscation_in_a_quote_is_a_warning() -> None:
    report = _parse(
        "A reporting partner in Musan said the county party committee ordered smugglers to hand in their "
        "phones.\n\n"
        "“If they catch you with a phone, they will seize everything and send you to a labor training camp,” "
        "the partner said."
    )
    (directive,) = report.directives
    assert directive.demands[-1].modality is Modality.WARNING
    assert directive.demands[-1].text.startswith("If they catch you with a phone")


# 5. Inspection and search campaigns are directives ---------------------------------------


def test_security_agency_inspecting_homes_is_a_campaign() -> None:
    report = _parse(
        "An informant in North Hamgyong Province said the Ministry of State Security has begun inspecting "
        "apartments in Kimchaek."
    )
    (directive,) = report.directives
    assert directive.issuer.body is Body.SECURITY
    assert directive.issuer.level is IssuerLevel.CENTRAL
    assert directive.demands[0].text == "inspecting apartments in Kimchaek"


def test_provincial_bureau_searching_buses_takes_the_province_named_nearby() -> None:
    report = _parse(
        "A reporting partner living in Kanggye in Chagang Province said that the provincial security bureau "
        "has been searching buses since early May."
    )
    (directive,) = report.directives
    assert directive.issuer.body is Body.SECURITY
    assert directive.issuer.level is IssuerLevel.PROVINCE
    assert directive.issuer.region == "KP-04"
    assert directive.demands[0].text.startswith("searching buses")


# 6. Metonym issuers ----------------------------------------------------------------------


def test_pyongyang_as_issuer_is_its_own_act_after_a_local_order() -> None:
    report = _parse(
        "A source in Chagang Province said the Kanggye city party committee ordered every school to "
        "send students to the farms.\n\n"
        "Meanwhile, several sources told NK News that Pyongyang has issued an order restricting fishing "
        "along the east coast."
    )
    local, central = report.directives
    assert local.issuer.body is Body.PARTY
    assert (central.issuer.body, central.issuer.level, central.issuer.region) == (
        Body.GOVERNMENT,
        IssuerLevel.CENTRAL,
        "KP",
    )
    assert central.issuer.text == "Pyongyang"
    assert central.demands[0].modality is Modality.PROHIBITION


# 7. Contact dates given at a later mention -------------------------------------------------


def test_later_mention_reporting_to_the_outlet_dates_the_contact_not_the_order() -> None:
    report = _parse(
        "The Ministry of Social Security has handed down an order banning residents from keeping "
        "foreign films, according to a source from North Pyongan Province.\n\n"
        "The source reported to The Daily NK on the 12th that the order was announced at factory "
        "meetings on the 8th.",
        published="2024-06-14",
    )
    (source,) = report.sources
    assert source.contacted is not None
    assert source.contacted.iso() == "2024-06-12"
    (directive,) = report.directives
    assert directive.issued is None or directive.issued.iso() == "2024-06-08"


# 8. Audience: every plural addressee of the demands -----------------------------------------


def test_audience_collects_all_addressees_and_plurals_of_every_and_each() -> None:
    report = _parse(
        "The Hoeryong city people’s committee ordered vendors and market managers to close the stalls by "
        "noon. Each workplace must send ten workers to clear snow."
    )
    (directive,) = report.directives
    assert set(directive.audience) == {"vendors", "market managers", "workplaces"}


def test_audience_skips_relative_clauses_and_bare_heads_of_compounds() -> None:
    report = _parse(
        "The county military mobilization department instructed border guards to double their patrols. "
        "It permitted guards who work on farms to stay home until the harvest is in."
    )
    (directive,) = report.directives
    assert directive.audience == ("border guards",)


def test_demand_stops_before_any_outlet_has_learned_tail() -> None:
    report = _parse(
        "The Ministry of Commerce has ordered state shops to sell flour at fixed prices, Rimjin Weekly has learned."
    )
    (directive,) = report.directives
    assert directive.demands[0].text == "ordered state shops to sell flour at fixed prices"


def test_inverted_said_introduces_an_informant() -> None:
    report = _parse("“Nobody buys anything now,” said a vendor in Kanggye, who requested anonymity.")
    (source,) = report.sources
    assert source.location == "KP-04:kanggye"
    assert source.role == "vendor"


def test_finite_ban_with_plain_object_and_the_organ_that_announced_it() -> None:
    report = _parse(
        "Authorities in North Korea have banned karaoke rooms during the mourning period, sources in the "
        "country told RFA.\n\n"
        "A resident of Haeju told RFA Korean Monday that the city party committee announced the ban at a "
        "meeting on June 5."
    )
    (directive,) = report.directives
    assert directive.issuer.body is Body.PARTY
    assert directive.demands[0].text == "banned karaoke rooms during the mourning period"
    assert directive.demands[0].modality is Modality.PROHIBITION
    assert directive.issued is not None
    assert directive.issued.iso() == "2024-06-05"


def test_cracking_down_campaign_stops_before_the_attribution() -> None:
    report = _parse(
        "The Ministry of State Security has recently begun cracking down on illegal phone use in border "
        "areas, a source in North Hamgyong Province said."
    )
    (directive,) = report.directives
    assert directive.demands[0].text == "cracking down on illegal phone use in border areas"
    assert directive.demands[0].modality is Modality.PROHIBITION


def test_banned_as_an_adjective_is_not_a_demand() -> None:
    report = _parse("A source in Hyesan said traders keep selling banned goods at night.")
    assert report.directives == ()


def test_state_media_clauses_with_adverbs_keep_their_modality() -> None:
    """'shall be strictly prohibited' is a prohibition; 'shall be held legally responsible' a warning."""
    report = _parse(
        "The Cabinet of the DPRK has adopted a decision on the upkeep of oyster beds.\n\n"
        "According to the decision, every fishing station shall report its catch each month.\n\n"
        "Fishing with explosives shall be strictly prohibited.\n\n"
        "Those who break the rules shall be held legally responsible."
    )
    demands = {d.text: d.modality for directive in report.directives for d in directive.demands}
    assert demands["Fishing with explosives shall be strictly prohibited"] is Modality.PROHIBITION
    assert demands["Those who break the rules shall be held legally responsible"] is Modality.WARNING
    assert Modality.OBLIGATION in demands.values()


# 9. Wire re-reports of a broadcaster; state-media datelines --------------------------------


def test_generic_lead_demand_survives_when_the_named_organ_issued_the_order() -> None:
    report = _parse(
        "SEOUL, May 20 (Yonhap) -- North Korea has ordered factory managers in South Pyongan Province to hand "
        "over scrap copper to the state, a U.S.-based broadcaster said Monday.\n\n"
        "Radio Free Asia said, citing a source in Anju, that the Cabinet issued the order on May 14.\n\n"
        "The radio station said, citing another source in Sunchon, that workers must collect old wire every week.",
        published="2024-05-20",
    )
    (directive,) = report.directives
    quotes = [d.text for d in directive.demands]
    assert "ordered factory managers in South Pyongan Province to hand over scrap copper to the state" in quotes
    assert not any("broadcaster" in q for q in quotes)
    assert any(q.startswith("workers must collect old wire") for q in quotes)


def test_state_media_dateline_dates_a_simple_past_decree() -> None:
    report = _parse(
        "Pyongyang, June 2 (KCNA) -- The DPRK Cabinet adopted a decision on the upkeep of dikes.\n\n"
        "All units shall repair the embankments in their areas before the rainy season.",
        published="2024-06-02",
    )
    (directive,) = report.directives
    assert directive.issued is not None
    assert directive.issued.iso() == "2024-06-02"


def test_wire_dateline_does_not_date_a_present_perfect_order() -> None:
    report = _parse(
        "SEOUL, June 2 (Yonhap) -- North Korea has ordered all residents to hand in foreign currency, "
        "a source told the broadcaster.",
        published="2024-06-02",
    )
    (directive,) = report.directives
    assert directive.issued is None


# 10. Shortened names of an organ already named; local party committees ---------------------


def test_shortened_organ_name_is_the_organ_named_before() -> None:
    report = _parse(
        "A reporting partner who lives in Hoeryong said on June 3 that the city security department has been "
        "searching houses near the river.\n\n"
        "According to the partner, the security department also ordered residents to hand in their radios."
    )
    (directive,) = report.directives
    assert directive.issuer.level is IssuerLevel.CITY
    assert directive.issuer.region == "KP-09:hoeryong"
    assert any(d.text.startswith("ordered residents to hand in their radios") for d in directive.demands)


def test_local_party_committee_is_local_not_central() -> None:
    report = _parse(
        "A resident of Manpo in Chagang province told RFA that the local party committee called on "
        "families to donate firewood."
    )
    (directive,) = report.directives
    assert directive.issuer.body is Body.PARTY
    assert directive.issuer.level is IssuerLevel.LOCAL
    assert directive.issuer.region == "KP-04:manpo"


# 11. Old Daily NK: lectures through the people's units ----------------------------------------


def test_lectures_warning_residents_not_to_do_something_forbid_it() -> None:
    report = _parse(
        "The North Korean authorities have been holding lectures through the inminban (people's unit) "
        "warning residents not to sell copper to Chinese traders, a source reported to The Daily NK on the 9th.",
        published="2010-04-12",
    )
    (directive,) = report.directives
    assert directive.issuer.text == "The North Korean authorities"
    assert directive.issuer.body is Body.GOVERNMENT
    assert [(d.modality, d.text) for d in directive.demands] == [
        (Modality.PROHIBITION, "warning residents not to sell copper to Chinese traders")
    ]


# 12. Local issuers: market managers and schools ---------------------------------------------


def test_market_managers_ordering_vendors_issue_a_local_directive() -> None:
    report = _parse(
        "A trader in Hyesan told Daily NK on Monday that market managers ordered vendors to take down "
        "their umbrellas before noon."
    )
    (directive,) = report.directives
    assert directive.issuer.text == "market managers"
    assert directive.issuer.level is IssuerLevel.LOCAL
    assert directive.audience == ("vendors",)


def test_schools_ordering_students_issue_a_directive_but_schools_as_objects_do_not() -> None:
    report = _parse(
        "A teacher in Hoeryong told RFA on Monday that schools have ordered students to collect rabbit pelts."
    )
    (directive,) = report.directives
    assert directive.issuer.text == "schools"
    assert directive.audience == ("students",)
    quiet = _parse("A teacher in Hoeryong told RFA on Monday that many schools in the city lack heating.")
    assert quiet.directives == ()


# 13. A named organ's formal act without reported demands --------------------------------------


def test_joint_decision_by_named_organs_is_a_directive_whose_subject_is_its_demand() -> None:
    report = _parse(
        "The Central Committee of the Workers' Party of Korea and the Cabinet adopted a joint decision on "
        "repairing irrigation channels.",
        published="2024-02-10",
    )
    (directive,) = report.directives
    assert directive.issuer.body is Body.PARTY
    # The decision's subject is its demand, as the real-corpus keys code "passed a law on ...".
    assert [d.text for d in directive.demands] == ["adopted a joint decision on repairing irrigation channels"]


def test_generic_issuer_mentioning_a_decision_without_demands_is_not_a_directive() -> None:
    report = _parse("The authorities issued a decision on the new holiday, state media said.")
    assert report.directives == ()


# 14. Orders relayed by the people they bind; criticism as a threat ----------------------------


def test_we_were_told_we_must_is_a_relayed_order() -> None:
    report = _parse(
        "The city authorities ordered residents to clean the streets, a source said.\n\n"
        "“We were told we must sweep the square every morning,” the source said."
    )
    (directive,) = report.directives
    assert "we must sweep the square every morning" in [d.text for d in directive.demands]


def test_being_criticized_at_review_sessions_is_a_warning() -> None:
    report = _parse(
        "Local schools have ordered pupils to gather acorns, a teacher in Kanggye told RFA on Monday.\n\n"
        "Pupils who miss the target will be criticized at their weekly review sessions, the teacher said."
    )
    (directive,) = report.directives
    assert Modality.WARNING in [d.modality for d in directive.demands]
