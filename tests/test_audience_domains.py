"""Audience: the domain word kept before a collective head, party names that name no addressees."""

from __future__ import annotations

import nkreports


def _audience(text: str) -> tuple[str, ...]:
    (directive,) = nkreports.parse(text, published="2024-06-14").directives
    return directive.audience


def test_domain_word_before_a_collective_head_is_kept() -> None:
    assert _audience("The provincial party committee ordered security units to search every train leaving Hyesan.") == (
        "security units",
    )


def test_government_officials_keep_their_domain_word() -> None:
    assert _audience(
        "The Ministry of Finance instructed government officials to report their travel plans in advance."
    ) == ("government officials",)


def test_unit_members_of_a_named_body_are_that_body() -> None:
    assert _audience(
        "The city people’s committee ordered neighborhood watch unit members to check every household at night."
    ) == ("neighborhood watch units",)


def test_adjective_of_nationality_or_place_is_not_kept() -> None:
    assert _audience("The county party committee ordered local officials to count the harvest again.") == ("officials",)
    assert _audience("The provincial security department ordered chinese units to stay away from the riverbank.") == (
        "units",
    )


def test_a_domain_word_before_an_individual_head_is_not_kept() -> None:
    assert _audience(
        "The Ministry of Land and Maritime Transport ordered military drivers to carry fuel coupons at all times."
    ) == ("drivers",)


def test_the_workers_party_names_no_workers() -> None:
    audience = _audience(
        "The Central Committee of the Workers’ Party of Korea ordered weekly accounts of the travel of officials."
    )
    assert "workers" not in audience


def test_the_public_is_coded_as_residents() -> None:
    assert _audience(
        "The Ministry of Social Security ordered officials and the public to stay indoors during the parade."
    ) == ("officials", "residents")


def test_wandering_people_are_drifters() -> None:
    assert _audience(
        "The Ministry of Social Security ordered wandering people to register at a police station by March."
    ) == ("drifters",)


def test_the_issuers_own_branches_take_its_domain() -> None:
    assert _audience(
        "The Ministry of State Security told its branches along the coast to question every returnee."
    ) == ("security branches",)


def test_branches_named_with_no_owner_stay_bare() -> None:
    assert _audience("The Ministry of Commerce ordered branches of state banks to stop exchanging yuan.") == (
        "branches",
    )
