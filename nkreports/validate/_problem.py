"""Problems found in a report: stable codes, a severity, a message and the field's path."""

from __future__ import annotations

import enum
from typing import Any

import attrs

__all__ = ["CODES", "Problem", "Severity"]


class Severity(enum.StrEnum):
    """How bad a problem is: errors make ``nkreports validate`` exit 1, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


CODES: dict[str, tuple[Severity, str]] = {
    "unreadable": (Severity.ERROR, "the file cannot be read or is not UTF-8 text"),
    "not-json": (Severity.ERROR, "the file or line is not JSON"),
    "wrong-type": (Severity.ERROR, "a field holds the wrong JSON type"),
    "missing-field": (Severity.ERROR, "a required field is missing"),
    "bad-schema-version": (
        Severity.ERROR,
        "schema_version is not MAJOR.MINOR, or names a major version this nkreports does not read",
    ),
    "unknown-field": (Severity.WARNING, "a field the report format does not have (a typo?)"),
    "unknown-word": (Severity.ERROR, "a vocabulary field (channel, body, level, modality...) holds an unknown word"),
    "bad-audience": (Severity.ERROR, "an audience entry is not a lower-case noun phrase"),
    "bad-region-id": (Severity.ERROR, "a region id is malformed"),
    "unknown-region": (Severity.ERROR, "a region id is not in the gazetteer"),
    "bad-date": (Severity.ERROR, "a date is not YYYY, YYYY-MM or YYYY-MM-DD, or is impossible"),
    "bad-id": (Severity.ERROR, "a source or directive id is malformed"),
    "duplicate-id": (Severity.ERROR, "two sources or two directives share an id"),
    "unknown-source": (Severity.ERROR, "a directive names a source id the report does not have"),
    "span-out-of-range": (Severity.ERROR, "a span's offsets lie outside the article text"),
    "span-mismatch": (Severity.ERROR, "a span's text is not the article text at its offsets"),
    "descriptor-mismatch": (Severity.ERROR, "a source's first mention is not its descriptor"),
    "invalid-data": (Severity.ERROR, "the model refuses the data for another reason (message says why)"),
    "contact-after-publication": (Severity.ERROR, "a source was contacted after the report's anchor date"),
    "date-after-publication": (
        Severity.WARNING,
        "a resolved date lies after the anchor date (fine for announced plans, suspicious otherwise)",
    ),
    "issued-after-contact": (
        Severity.ERROR,
        "a directive was issued after its source was contacted, so the source cannot have reported it",
    ),
    "no-demands": (
        Severity.WARNING,
        "a directive reports no demands (allowed: a campaign or formal act whose demands the article does not give)",
    ),
    "no-issuer": (Severity.WARNING, "a directive names no issuer (allowed for passive-voice orders)"),
    "source-without-location": (Severity.WARNING, "a source has no location"),
    "source-without-date": (Severity.WARNING, "a source has no resolved contact date"),
    "duplicate-source": (Severity.WARNING, "two sources look like the same informant"),
}
"""Every problem code with its severity and a one-line description.  Codes are stable."""


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with a report.

    ``path`` names the field, e.g. ``directives[0].demands[2].text`` (empty for
    the whole report); ``code`` is one of ``CODES`` (see :doc:`/validation`).
    """

    code: str = attrs.field(validator=attrs.validators.in_(CODES))
    message: str
    path: str = ""
    severity: Severity = attrs.field(converter=Severity)

    @severity.default
    def _severity(self) -> Severity:
        return CODES.get(self.code, (Severity.ERROR, ""))[0]

    @property
    def is_error(self) -> bool:
        """Whether this problem is an error (not a warning)."""
        return self.severity is Severity.ERROR

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: ``code``, ``severity``, ``path``, ``message``."""
        return {"code": self.code, "severity": self.severity.value, "path": self.path, "message": self.message}

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.severity.value}: {self.message} [{self.code}]"
