"""The entry types of vocabulary tables: issuer patterns, modal patterns, channel phrases."""

from __future__ import annotations

import attrs

from nkreports.model import Body, Channel, IssuerLevel, Modality

__all__ = ["APOS", "PLACE", "TABLE_BODIES", "ChannelPhrase", "IssuerHead", "IssuerPattern", "ModalPattern"]

#: The bodies in the order the built-in tables abbreviate them (``_P, _G, _S, _M, _J, _L, _E, _O``):
#: party, government, security, military, judiciary, leader, enterprise, other.
TABLE_BODIES: tuple[Body, ...] = (
    Body.PARTY,
    Body.GOVERNMENT,
    Body.SECURITY,
    Body.MILITARY,
    Body.JUDICIARY,
    Body.LEADER,
    Body.ENTERPRISE,
    Body.OTHER,
)

_NOT_PLACE = r"(?!(?:The|A|An|In|On|At|Of)\b)"
#: Placeholder in issuer patterns for a capitalized place name ("North Hamgyong", "Hyesan").
PLACE = rf"(?:{_NOT_PLACE}[A-Z][a-z’'-]+(?: {_NOT_PLACE}[A-Z][a-z’'-]+){{0,2}})"
#: A straight or curly apostrophe.
APOS = "['’]"


@attrs.frozen(cache_hash=True)
class IssuerPattern:
    """An authority's name as a regular expression, with its body and level.

    ``level`` ``None`` means: read the level from words in the match
    ("Provincial", "city", "County"), else from the place it names, else central.
    ``strict`` patterns count only as the subject right before a directive verb.
    ``{place}`` in ``pattern`` stands for a capitalized place name.
    """

    name: str
    pattern: str
    body: Body
    level: IssuerLevel | None = None
    strict: bool = False


@attrs.frozen(cache_hash=True)
class IssuerHead:
    """A word that makes the phrase in an issuer slot an authority: ``police`` -> security.

    ``word`` is lower case; a trailing ``*`` matches any ending ("prosecutor*").
    ``level`` ``None`` means: read it from the phrase ("provincial", a place), else central.
    ``person`` heads ("official", "agent") name one officer: local unless the phrase says more.
    """

    word: str
    body: Body
    level: IssuerLevel | None = None
    person: bool = False


@attrs.frozen(cache_hash=True)
class ModalPattern:
    """A modal word or construction and the modality of the demand it marks."""

    name: str
    pattern: str
    modality: Modality


@attrs.frozen
class ChannelPhrase:
    """A phrase that says how the outlet heard from a source."""

    name: str
    pattern: str
    channel: Channel
