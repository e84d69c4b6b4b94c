"""NK News (nknews.org).

Text exports open with the site's crawl-time date (not the publication date),
then the headline, a one-line dek, the byline and the publication date line.
Full text is behind a paywall; the membership pitch ends the article.
"""

from __future__ import annotations

from ._base import BaseOutlet
from ._patterns import GENERIC_BOILERPLATE

__all__ = ["OUTLET"]

OUTLET = BaseOutlet(
    key="nknews",
    name="NK News",
    self_names=("NK News", "NK Pro", "NKNews", "NK News’", "NK News'"),
    hosts=("nknews.org",),
    markers=(
        (r"\b(told|to|with) nk (news|pro)\b", 0.6),
        (r"\bnk (news|pro)\b", 0.3),
        (r"^edited by [A-Z]", 0.2),
    ),
    boilerplate=(*GENERIC_BOILERPLATE, r"^updated (at|on)\b.{0,120}$", r"^edited by\b.{0,60}$"),
    end_marks=(r"^(become a member|subscribe to nk pro|this article is for nk pro members)\b",),
)
