"""An nkreports outlet for Border Wire, an invented news site used in the tutorial.

Border Wire stories look like this in a text export::

    Filed 2024-06-03 | Border Wire
    Dandong traders wait for the bridge to reopen
    Traders in Dandong told Border Wire that ...

    Support independent reporting from the border: subscribe today.
"""

from __future__ import annotations

from nkreports.outlets import GENERIC_BOILERPLATE, BaseOutlet

__all__ = ["OUTLET"]

OUTLET = BaseOutlet(
    key="borderwire",
    name="Border Wire",
    # How the site names itself in its prose; source extraction ignores these names.
    self_names=("Border Wire", "Border Wire’s", "Border Wire's"),
    # A URL on one of these hosts is proof enough (detect() returns 1.0).
    hosts=("borderwire.example",),
    # Otherwise, phrases in the text that give the outlet away, with weights.
    markers=((r"\btold border wire\b", 0.6), (r"^filed \d{4}-\d{2}-\d{2} \| border wire$", 0.8)),
    # Whole blocks that are never article text.
    boilerplate=(*GENERIC_BOILERPLATE, r"^support independent reporting from the border\b"),
    # The printed publication line; it stays in the text and gives the date.
    date_lines=(r"^filed (?P<date>\d{4}-\d{2}-\d{2}) \| border wire$",),
)
