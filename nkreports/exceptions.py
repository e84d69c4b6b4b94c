"""Exceptions raised by nkreports.

Every error derives from :class:`NKReportsError` and, where one fits, from a
builtin type as well, so callers can catch either.  Data-quality findings in a
report are not exceptions: :func:`nkreports.validate` returns them as values.

The command line turns each of these into one line on stderr and exits with
status 1 (2 for an unknown ``--outlet``, which is a usage error).
"""

from __future__ import annotations


class NKReportsError(Exception):
    """Base class of every error nkreports raises on purpose."""


class DocumentError(NKReportsError, ValueError):
    """A document cannot be read: missing, empty, undecodable, too large or malformed."""


class DocumentTooLargeError(DocumentError):
    """A document is over the size limit (``--max-bytes``; ``nkreports.io.DEFAULT_MAX_BYTES`` by default)."""


class UnsupportedLanguageError(DocumentError):
    """A document is not in English, the only language nkreports reads.

    ``language`` is the ISO 639-1 code detected (``"ko"``, ``"zh"``, ``"ja"``, ``"ru"``...).
    """

    def __init__(self, message: str, *, language: str) -> None:
        super().__init__(message)
        self.language = language


class DocumentTimeoutError(DocumentError, TimeoutError):
    """A document took longer than the batch timeout (``--timeout``) to parse."""


class OutputError(NKReportsError, OSError):
    """A batch run's output or errors file cannot be written (or would overwrite an input)."""


class UnknownOutletError(NKReportsError, LookupError):
    """No outlet is registered under the requested key."""


class OutletLoadError(NKReportsError, ImportError):
    """An outlet plugin named in the ``nkreports.outlets`` entry-point group failed to load."""


class InvalidReportError(NKReportsError, ValueError):
    """Report data (usually JSON) does not describe a valid :class:`~nkreports.Report`."""


class GazetteerDataError(NKReportsError, ValueError):
    """The gazetteer's data is inconsistent."""


class CorpusDatabaseError(NKReportsError):
    """A corpus database cannot be opened, migrated or queried (see :mod:`nkreports.db`)."""


class ExtraNotInstalledError(NKReportsError, ImportError):
    """A feature needs an optional extra that is not installed (``pip install 'nkreports[pandas]'``)."""


__all__ = [
    "CorpusDatabaseError",
    "DocumentError",
    "DocumentTimeoutError",
    "DocumentTooLargeError",
    "ExtraNotInstalledError",
    "GazetteerDataError",
    "InvalidReportError",
    "NKReportsError",
    "OutletLoadError",
    "OutputError",
    "UnknownOutletError",
    "UnsupportedLanguageError",
]
