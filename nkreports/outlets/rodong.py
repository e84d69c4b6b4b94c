"""State media: Rodong Sinmun (rodong.rep.kp), the party daily.

Its English articles end with the paper's name on a line of its own.
"""

from __future__ import annotations

from ._base import BaseOutlet
from .kcna import STATE_MEDIA_BOILERPLATE

__all__ = ["OUTLET"]

OUTLET = BaseOutlet(
    key="rodong",
    name="Rodong Sinmun",
    self_names=("Rodong Sinmun",),
    hosts=("rodong.rep.kp",),
    markers=(
        (r"^rodong sinmun$", 0.7),
        (r"\(rodong sinmun\)\s*--", 0.8),
        (r"\bthe dprk\b", 0.1),
    ),
    boilerplate=STATE_MEDIA_BOILERPLATE,
    end_marks=(r"^-0-$",),
)
