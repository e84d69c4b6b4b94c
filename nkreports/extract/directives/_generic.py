"""Generic issuers: words that name no particular organ ("the authorities", "the regime", "North Korea")."""

from __future__ import annotations

import re

from ._issuers import IssuerMention

__all__ = ["is_generic"]

_GENERIC = frozenset(
    {
        "authorities",
        "authorities-in",
        "central-authorities",
        "central-government",
        "city-authorities",
        "country",
        "county-authorities",
        "local-authorities",
        "provincial-authorities",
        "regime",
        "state",
        "state-security-officials",
        "ruling-party",
    }
)
# An open issuer named only by a generic word ("Authorities", "the North Korean government") is generic too.
_PLAIN_GENERIC = re.compile(
    r"(?:the |north korean |north korea['’]s |the north korean |the country['’]s |kim jong[- ]un(?:['’]s)? )*"
    r"(?:authorities|authority|government|regime|state)(?: in north korea)?",
    re.IGNORECASE,
)


def is_generic(mention: IssuerMention) -> bool:
    """Whether *mention* names no particular organ ("the authorities", "Authorities in North Korea")."""
    if mention.pattern.name in _GENERIC:
        return True
    return mention.pattern.name.startswith("open-") and _PLAIN_GENERIC.fullmatch(mention.text.strip()) is not None
