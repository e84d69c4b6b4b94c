"""Daily NK (dailynk.com), current and pre-2017 styles.

Current pages open with an optional keyword tag line and put image alt text on
the line before a caption credited ``/ Image: Daily NK`` or ``(Daily NK)``.  The
old site prints a byline ``Name | 2014-05-09 03:17`` and may carry a market-price
widget (a pipe table).  Both end with a contact line and ``Read in Korean``.

The old style is a dated :class:`~nkreports.outlets.Layout`: it applies to a page
showing the old byline, else to an article published before 2017.
"""

from __future__ import annotations

from ._base import BaseOutlet
from ._layout import Layout
from ._patterns import GENERIC_BOILERPLATE

__all__ = ["OUTLET", "PRE_2017"]

BOILERPLATE = (
    *GENERIC_BOILERPLATE,
    # The informant-network footer.
    r"^\W{0,3}(the )?(daily nk|we|our|this (article|report))\b.{0,200}\b(network of|relies on|rely on)\b"
    r".{0,60}\b(sources|informants|reporters)\b.{0,300}$",
    r"^daily nk is a specialized media outlet\b",
)

# The old site's byline, "Choi Min Ho | 2013-06-12 09:40".
_OLD_BYLINE = r"^[A-Z][\w.' -]{1,60}\s+\|\s+(19|20)\d{2}-\d{2}-\d{2} \d{2}:\d{2}$"

PRE_2017 = Layout(
    name="pre-2017",
    until="2017-01-01",
    markers=(_OLD_BYLINE,),
    changes={
        # The old site had no informant-network footer, but its market-price widget rows
        # ("| Rice 1kg | 4,100 | ...") and a "Read in Korean" link under the byline.
        "boilerplate": (*GENERIC_BOILERPLATE, r"^\|[^\n]{0,200}\|$", r"^read in korean$"),
    },
)

OUTLET = BaseOutlet(
    key="dailynk",
    name="Daily NK",
    self_names=("Daily NK", "The Daily NK", "the Daily NK", "Daily NK’s", "Daily NK's"),
    hosts=("dailynk.com",),
    markers=(
        (r"\b(told|to|with|reported to|revealed [\w ]{0,20} to) (the )?daily ?nk\b", 0.6),
        (r"\bdaily ?nk has learned\b", 0.6),
        (r"\b(a|the) daily nk source\b", 0.5),
        (r"/ image: daily nk|\(daily nk\)", 0.3),
        (r"^please direct any comments or questions about this article", 0.3),
    ),
    boilerplate=BOILERPLATE,
    end_marks=(r"^please direct any comments or questions about this article",),
    layouts=(PRE_2017,),
)
