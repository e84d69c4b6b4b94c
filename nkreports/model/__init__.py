"""The domain model: frozen attrs classes and closed vocabularies.

This package imports nothing else from nkreports.
"""

from ._article import Article, Block, Link
from ._directive import Demand, Directive, Issuer
from ._region import Region, RegionRef
from ._report import Report
from ._source import Source
from ._values import DateValue, Extent, PartialDate, Span, check_region_id
from ._vocab import (
    BlockKind,
    Body,
    Channel,
    IssuerLevel,
    Modality,
    PartOfMonth,
    Precision,
    RegionKind,
    RegionLevel,
    convert_word,
)

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Body",
    "Channel",
    "DateValue",
    "Demand",
    "Directive",
    "Extent",
    "Issuer",
    "IssuerLevel",
    "Link",
    "Modality",
    "PartOfMonth",
    "PartialDate",
    "Precision",
    "Region",
    "RegionKind",
    "RegionLevel",
    "RegionRef",
    "Report",
    "Source",
    "Span",
    "check_region_id",
    "convert_word",
]
