"""The fallback outlet for documents no registered outlet claims."""

from __future__ import annotations

from ._base import BaseOutlet

__all__ = ["OUTLET"]

OUTLET = BaseOutlet(key="generic", name="Generic news article")
