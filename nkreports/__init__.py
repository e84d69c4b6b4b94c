"""nkreports: structured, validated facts from reporting on North Korea.

>>> import nkreports
>>> report = nkreports.parse("Authorities in Hyesan ordered traders to register.", published="2024-05-02")
>>> report.article.outlet
'generic'
"""

from importlib.metadata import PackageNotFoundError, version

from nkreports._language import detect_language
from nkreports._pipeline import parse, parse_all, parse_document, parse_file
from nkreports.exceptions import (
    DocumentError,
    DocumentTimeoutError,
    DocumentTooLargeError,
    GazetteerDataError,
    InvalidReportError,
    NKReportsError,
    OutletLoadError,
    OutputError,
    UnknownOutletError,
    UnsupportedLanguageError,
)
from nkreports.model import (
    Article,
    Block,
    BlockKind,
    Body,
    Channel,
    DateValue,
    Demand,
    Directive,
    Extent,
    Issuer,
    IssuerLevel,
    Link,
    Modality,
    PartialDate,
    PartOfMonth,
    Precision,
    Region,
    RegionKind,
    RegionLevel,
    RegionRef,
    Report,
    Source,
    Span,
)
from nkreports.validate import Problem, Severity, validate, validate_data

try:
    __version__ = version("nkreports")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Body",
    "Channel",
    "DateValue",
    "Demand",
    "Directive",
    "DocumentError",
    "DocumentTimeoutError",
    "DocumentTooLargeError",
    "Extent",
    "GazetteerDataError",
    "InvalidReportError",
    "Issuer",
    "IssuerLevel",
    "Link",
    "Modality",
    "NKReportsError",
    "OutletLoadError",
    "OutputError",
    "PartOfMonth",
    "PartialDate",
    "Precision",
    "Problem",
    "Region",
    "RegionKind",
    "RegionLevel",
    "RegionRef",
    "Report",
    "Severity",
    "Source",
    "Span",
    "UnknownOutletError",
    "UnsupportedLanguageError",
    "__version__",
    "detect_language",
    "parse",
    "parse_all",
    "parse_document",
    "parse_file",
    "validate",
    "validate_data",
]
