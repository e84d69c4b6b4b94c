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


__all__ = [
    "DocumentError",
    "DocumentTimeoutError",
    "DocumentTooLargeError",
    "GazetteerDataError",
    "InvalidReportError",
    "NKReportsError",
    "OutletLoadError",
    "OutputError",
    "UnknownOutletError",
]
