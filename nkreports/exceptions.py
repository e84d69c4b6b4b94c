"""Exceptions raised by nkreports.

Every error derives from :class:`NKReportsError` and, where one fits, from a
builtin type as well, so callers can catch either.
"""

from __future__ import annotations


class NKReportsError(Exception):
    """Base class of every error nkreports raises on purpose."""


class DocumentError(NKReportsError, ValueError):
    """A document cannot be read: missing, empty, undecodable, too large or malformed."""


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
    "GazetteerDataError",
    "InvalidReportError",
    "NKReportsError",
    "OutletLoadError",
    "UnknownOutletError",
]
