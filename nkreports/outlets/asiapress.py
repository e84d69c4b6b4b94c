"""ASIAPRESS / Rimjin-gang (asiapress.org).

Stories use ``◆`` section heads, end the standfirst with the reporters in
parentheses ``(KANG Ji-won)``, and close with a ``※`` note saying reporting
partners are reached on smuggled Chinese mobile phones.  That note stays in
the text: it is the outlet's statement of how its sources are contacted.
"""

from __future__ import annotations

from ._base import BaseOutlet
from ._patterns import GENERIC_BOILERPLATE

__all__ = ["OUTLET"]

# The reporters in parentheses closing the standfirst: "(KANG Ji-won)", "(ISHIMARU Jiro / KANG Ji-won)".
_NAME = r"[A-Z][A-Za-z]+(?:[ -][A-Za-z]+){0,3}"
BYLINE = rf"\((?P<author>{_NAME}(?:\s*/\s*{_NAME}){{0,3}})\)$"

OUTLET = BaseOutlet(
    key="asiapress",
    name="ASIAPRESS",
    self_names=("ASIAPRESS", "Asia Press", "ASIAPRESS’s", "ASIAPRESS's", "Rimjin-gang"),
    hosts=("asiapress.org",),
    markers=(
        (r"\basiapress\b", 0.6),
        (r"\breporting partners?\b", 0.4),
        (r"\brimjin-?gang\b", 0.5),
        (r"^◆", 0.2),
    ),
    boilerplate=(
        *GENERIC_BOILERPLATE,
        r"^editor[’']?s notes? on north korean reporters\b",
        r"^(archive ?\(pdf\)|dprk map)\s*>+",
    ),
    headings=(r"^◆",),
    caption_markers=(r"\b(photographed|taken|filmed)\b.{0,60}\bby (asiapress|a reporting partner)\b.{0,40}$",),
    trailing_byline=BYLINE,
)
