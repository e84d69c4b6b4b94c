"""Closed vocabularies of the report format (see the gold format's field list)."""

from __future__ import annotations

import enum
from typing import TypeVar

E = TypeVar("E", bound=enum.StrEnum)


class RegionLevel(enum.StrEnum):
    """Administrative level of a place as reports state it."""

    COUNTRY = "country"
    PROVINCE = "province"
    CITY = "city"
    COUNTY = "county"
    DISTRICT = "district"
    TOWN = "town"
    ZONE = "zone"


class RegionKind(enum.StrEnum):
    """The gazetteer's finer classification of a place.

    Each kind maps onto one :class:`RegionLevel` through :attr:`level`.
    """

    COUNTRY = "country"
    CAPITAL_CITY = "capital_city"
    PROVINCE = "province"
    SPECIAL_CITY = "special_city"
    CITY = "city"
    COUNTY = "county"
    DISTRICT = "district"
    TOWN = "town"
    SPECIAL_ZONE = "special_zone"
    FOREIGN_PROVINCE = "foreign_province"
    FOREIGN_PREFECTURE = "foreign_prefecture"
    FOREIGN_CITY = "foreign_city"

    @property
    def level(self) -> RegionLevel:
        """The report level this kind is counted as."""
        return _KIND_LEVEL[self]


_KIND_LEVEL = {
    RegionKind.COUNTRY: RegionLevel.COUNTRY,
    RegionKind.CAPITAL_CITY: RegionLevel.CITY,
    RegionKind.PROVINCE: RegionLevel.PROVINCE,
    RegionKind.SPECIAL_CITY: RegionLevel.CITY,
    RegionKind.CITY: RegionLevel.CITY,
    RegionKind.COUNTY: RegionLevel.COUNTY,
    RegionKind.DISTRICT: RegionLevel.DISTRICT,
    RegionKind.TOWN: RegionLevel.TOWN,
    RegionKind.SPECIAL_ZONE: RegionLevel.ZONE,
    RegionKind.FOREIGN_PROVINCE: RegionLevel.PROVINCE,
    RegionKind.FOREIGN_PREFECTURE: RegionLevel.CITY,
    RegionKind.FOREIGN_CITY: RegionLevel.CITY,
}


class Channel(enum.StrEnum):
    """How the outlet heard from a source."""

    TELEPHONE = "telephone"
    IN_PERSON = "in_person"
    MESSAGE = "message"
    UNSPECIFIED = "unspecified"


class Body(enum.StrEnum):
    """The kind of authority that issued a directive."""

    PARTY = "party"
    GOVERNMENT = "government"
    SECURITY = "security"
    MILITARY = "military"
    JUDICIARY = "judiciary"
    LEADER = "leader"
    ENTERPRISE = "enterprise"
    OTHER = "other"
    UNKNOWN = "unknown"


class IssuerLevel(enum.StrEnum):
    """The tier of the issuing authority."""

    CENTRAL = "central"
    PROVINCE = "province"
    CITY = "city"
    COUNTY = "county"
    LOCAL = "local"


class Modality(enum.StrEnum):
    """What a demand asks of its audience."""

    OBLIGATION = "obligation"
    PROHIBITION = "prohibition"
    PERMISSION = "permission"
    WARNING = "warning"
    EXHORTATION = "exhortation"


class Precision(enum.StrEnum):
    """How much of a calendar date an expression fixes."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class PartOfMonth(enum.StrEnum):
    """The part of a month (or year) an expression narrows to: "late July"."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"
    END = "end"


class BlockKind(enum.StrEnum):
    """The role of one block of an article's normalized text."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    DATELINE = "dateline"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"


def convert_word(enum_type: type[E], value: E | str) -> E:
    """Return *value* as a member of *enum_type*; unknown words name the allowed ones.

    >>> convert_word(Channel, "telephone")
    <Channel.TELEPHONE: 'telephone'>
    """
    if isinstance(value, enum_type):
        return value
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum_type)
        msg = f"{value!r} is not a {enum_type.__name__} word (allowed: {allowed})"
        raise ValueError(msg) from None


def to_block_kind(value: BlockKind | str) -> BlockKind:
    """attrs converter for :class:`BlockKind`."""
    return convert_word(BlockKind, value)


def to_region_kind(value: RegionKind | str) -> RegionKind:
    """attrs converter for :class:`RegionKind`."""
    return convert_word(RegionKind, value)


def to_channel(value: Channel | str) -> Channel:
    """attrs converter for :class:`Channel`."""
    return convert_word(Channel, value)


def to_body(value: Body | str) -> Body:
    """attrs converter for :class:`Body`."""
    return convert_word(Body, value)


def to_issuer_level(value: IssuerLevel | str | None) -> IssuerLevel | None:
    """attrs converter for an optional :class:`IssuerLevel`."""
    return None if value is None else convert_word(IssuerLevel, value)


def to_modality(value: Modality | str) -> Modality:
    """attrs converter for :class:`Modality`."""
    return convert_word(Modality, value)


def to_precision(value: Precision | str) -> Precision:
    """attrs converter for :class:`Precision`."""
    return convert_word(Precision, value)


def to_part_of_month(value: PartOfMonth | str | None) -> PartOfMonth | None:
    """attrs converter for an optional :class:`PartOfMonth`."""
    return None if value is None else convert_word(PartOfMonth, value)
