"""Outlet parsers: the :class:`Outlet` protocol, the registry and the built-ins."""

from ._base import BaseOutlet, assemble, compile_patterns
from ._protocol import Outlet
from ._registry import ENTRY_POINT_GROUP, FALLBACK, OutletRegistry, default_registry, load_entry_point

__all__ = [
    "ENTRY_POINT_GROUP",
    "FALLBACK",
    "BaseOutlet",
    "Outlet",
    "OutletRegistry",
    "assemble",
    "compile_patterns",
    "default_registry",
    "load_entry_point",
]
