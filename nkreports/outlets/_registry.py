"""The outlet registry and entry-point discovery."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib.metadata import EntryPoint, entry_points

import attrs

from nkreports.exceptions import OutletLoadError, UnknownOutletError
from nkreports.io import Document

from ._protocol import Outlet

__all__ = ["ENTRY_POINT_GROUP", "FALLBACK", "OutletRegistry", "Plugin", "default_registry", "load_entry_point"]

ENTRY_POINT_GROUP = "nkreports.outlets"
FALLBACK = "generic"
_KEY = re.compile(r"^[a-z0-9][a-z0-9_]*$")


@attrs.frozen(kw_only=True)
class Plugin:
    """One entry point of the ``nkreports.outlets`` group: where an outlet comes from, or why it failed."""

    name: str
    """The entry point's name (normally the outlet key)."""
    target: str
    """What it loads, ``module:OBJECT``."""
    package: str | None = None
    """The distribution that declares it (``nkreports`` for the built-ins)."""
    version: str | None = None
    """That distribution's version."""
    error: str | None = None
    """Why it could not be loaded (``None`` when it loaded)."""


def _plugin(ep: EntryPoint, error: str | None = None) -> Plugin:
    dist = ep.dist
    return Plugin(
        name=ep.name,
        target=ep.value,
        package=dist.name if dist is not None else None,
        version=dist.version if dist is not None else None,
        error=error,
    )


def load_entry_point(ep: EntryPoint) -> Outlet:
    """Load one outlet entry point; a class is instantiated with no arguments."""
    dist = ep.dist.name if ep.dist is not None else "an unknown distribution"
    try:
        obj = ep.load()
        outlet = obj() if isinstance(obj, type) else obj
    except Exception as exc:  # a plugin can fail in any way; we name it and move on
        msg = f"outlet plugin {ep.name!r} ({ep.value}) from {dist} failed to load: {exc}"
        raise OutletLoadError(msg) from exc
    if not isinstance(outlet, Outlet):
        msg = f"outlet plugin {ep.name!r} ({ep.value}) from {dist} does not implement the Outlet protocol"
        raise OutletLoadError(msg)
    if not isinstance(outlet.key, str) or not _KEY.match(outlet.key):
        msg = f"outlet plugin {ep.name!r} ({ep.value}) from {dist} has key {outlet.key!r}, not a lowercase identifier"
        raise OutletLoadError(msg)
    return outlet


@attrs.define
class OutletRegistry:
    """Outlets by key.  Build one by hand, or use :func:`default_registry`."""

    _outlets: dict[str, Outlet] = attrs.field(factory=dict, alias="outlets")
    _plugins: dict[str, Plugin] = attrs.field(factory=dict, alias="plugins")
    _broken: list[Plugin] = attrs.field(factory=list, alias="broken")

    def register(self, outlet: Outlet, *, replace: bool = False) -> Outlet:
        """Add *outlet* under its key; an existing key needs ``replace=True``."""
        if not isinstance(outlet, Outlet):
            msg = f"{outlet!r} does not implement the Outlet protocol"
            raise TypeError(msg)
        if outlet.key in self._outlets and not replace:
            msg = f"an outlet is already registered as {outlet.key!r}"
            raise ValueError(msg)
        self._outlets[outlet.key] = outlet
        return outlet

    def get(self, key: str) -> Outlet:
        """The outlet registered as *key*; :class:`~nkreports.UnknownOutletError` if none."""
        try:
            return self._outlets[key]
        except KeyError:
            known = ", ".join(sorted(self._outlets)) or "none"
            msg = f"unknown outlet {key!r} (registered: {known})"
            raise UnknownOutletError(msg) from None

    def plugin(self, key: str) -> Plugin | None:
        """Where the outlet *key* came from, if it was loaded from an entry point."""
        return self._plugins.get(key)

    @property
    def broken(self) -> tuple[Plugin, ...]:
        """Entry points that failed to load (import error, bad declaration), each with its error."""
        return tuple(self._broken)

    def names(self) -> tuple[str, ...]:
        """Registered keys, sorted."""
        return tuple(sorted(self._outlets))

    def __iter__(self) -> Iterator[Outlet]:
        return iter(self._outlets[k] for k in self.names())

    def __contains__(self, key: object) -> bool:
        return key in self._outlets

    def __len__(self) -> int:
        return len(self._outlets)

    def detect(self, document: Document) -> Outlet:
        """The outlet most confident it published *document*, else the fallback."""
        best: Outlet | None = None
        best_score = 0.0
        for outlet in self:
            if outlet.key == FALLBACK:
                continue
            score = outlet.detect(document)
            if score > best_score:
                best, best_score = outlet, score
        if best is not None:
            return best
        return self.get(FALLBACK)

    @classmethod
    def from_entry_points(cls, group: str = ENTRY_POINT_GROUP, *, strict: bool = False) -> OutletRegistry:
        """Discover every outlet installed under the entry-point *group*.

        A plugin that fails to load is left out and listed in :attr:`broken`, so one
        broken package does not stop every parse; with *strict* its
        :class:`~nkreports.OutletLoadError` is raised instead.
        """
        registry = cls()
        for ep in sorted(entry_points(group=group), key=lambda e: e.name):
            try:
                outlet = load_entry_point(ep)
            except OutletLoadError as exc:
                if strict:
                    raise
                registry._broken.append(_plugin(ep, error=str(exc)))
                continue
            registry.register(outlet, replace=True)
            registry._plugins[outlet.key] = _plugin(ep)
        return registry


@cache
def default_registry() -> OutletRegistry:
    """The registry of installed outlets, discovered once through entry points.

    Code that needs a different set builds its own :class:`OutletRegistry`.
    """
    return OutletRegistry.from_entry_points()
