"""NK Economy Watch (nkeconwatch.com), a blog that often reposts institute briefs and news items.

Posts carry the brief's number (``NK Brief No. 09-3-20-1``), which looks like
a date but is an identifier, and close with ``Comments are closed.``
"""

from __future__ import annotations

from ._base import BaseOutlet
from ._patterns import GENERIC_BOILERPLATE

__all__ = ["OUTLET"]

OUTLET = BaseOutlet(
    key="nkeconwatch",
    name="North Korean Economy Watch",
    self_names=("North Korean Economy Watch", "North Korea Economy Watch", "NK Economy Watch", "NKeconWatch"),
    hosts=("nkeconwatch.com",),
    markers=(
        (r"^nk brief no\.?\s*\d", 0.6),
        (r"\b(north korean|nk) economy watch\b", 0.5),
        (r"\binstitute for far eastern studies\b", 0.3),
    ),
    boilerplate=(*GENERIC_BOILERPLATE, r"^(ifes )?nk brief( no\.?)?\s*[\d-]{3,20}$"),
)
