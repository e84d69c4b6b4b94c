"""Outlet parsers: the :class:`Outlet` protocol, the registry and the built-ins."""

from ._base import BaseOutlet, Head, Piece, assemble, compile_patterns
from ._layout import Layout
from ._patterns import (
    CREDIT_LINES,
    GENERIC_BOILERPLATE,
    GENERIC_CAPTION_PREFIX,
    GENERIC_CREDITS,
    GENERIC_DATE_LINES,
    GENERIC_URL_DATES,
    is_tag_line,
    looks_like_title,
    printed_date,
)
from ._protocol import Outlet, TunesVocabulary
from ._registry import ENTRY_POINT_GROUP, FALLBACK, OutletRegistry, Plugin, default_registry, load_entry_point

__all__ = [
    "CREDIT_LINES",
    "ENTRY_POINT_GROUP",
    "FALLBACK",
    "GENERIC_BOILERPLATE",
    "GENERIC_CAPTION_PREFIX",
    "GENERIC_CREDITS",
    "GENERIC_DATE_LINES",
    "GENERIC_URL_DATES",
    "BaseOutlet",
    "Head",
    "Layout",
    "Outlet",
    "OutletRegistry",
    "Piece",
    "Plugin",
    "TunesVocabulary",
    "assemble",
    "compile_patterns",
    "default_registry",
    "is_tag_line",
    "load_entry_point",
    "looks_like_title",
    "printed_date",
]
