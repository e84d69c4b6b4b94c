"""Daily NK (dailynk.com), current and pre-2017 styles."""

from __future__ import annotations

from ._base import GENERIC_BOILERPLATE, BaseOutlet

__all__ = ["OUTLET"]

OUTLET = BaseOutlet(
    key="dailynk",
    name="Daily NK",
    self_names=("Daily NK", "The Daily NK", "the Daily NK", "Daily NK’s", "Daily NK's"),
    hosts=("dailynk.com",),
    markers=(r"\b(told|to|with) (the )?daily ?nk\b", r"\bdaily ?nk has learned\b"),
    boilerplate=(*GENERIC_BOILERPLATE,),
)
