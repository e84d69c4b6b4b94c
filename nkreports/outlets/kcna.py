"""State media: the Korean Central News Agency (kcna.kp, and the KCNA Watch mirror).

Dispatches open with the dateline ``Pyongyang, January 29 (KCNA) --`` and end
with ``-0-``.  KCNA Watch adds a crawl-time header date printed twice without a
separator, an agency tag line and ``Date: 29/01/2023 | Source: ...`` (day first).
"""

from __future__ import annotations

from ._base import BaseOutlet
from ._patterns import GENERIC_BOILERPLATE

__all__ = ["OUTLET", "STATE_MEDIA_BOILERPLATE"]

STATE_MEDIA_BOILERPLATE = (
    *GENERIC_BOILERPLATE,
    r"^www\.kcna\.kp\b.{0,60}$",
    # Agency tag lines of mirrors ("KCNA", "Korean Central News Agency of DPRK").
    r"^(kcna|korean central news agency|rodong sinmun|kcna watch|minju joson|uriminzokkiri|voice of korea|"
    r"pyongyang times|naenara)( of (the )?dprk| \(kcna\))?$",
    r"^-0-$",
)

OUTLET = BaseOutlet(
    key="kcna",
    name="Korean Central News Agency",
    self_names=("KCNA", "Korean Central News Agency"),
    hosts=("kcna.kp", "kcnawatch.org", "kcnawatch.xyz"),
    markers=(
        (r"\(kcna\)\s*--", 0.8),
        (r"^-0-$", 0.3),
        (r"www\.kcna\.kp", 0.5),
        (r"^date:\s*\d{1,2}/\d{1,2}/\d{4}\s*\|\s*source:", 0.5),
    ),
    boilerplate=STATE_MEDIA_BOILERPLATE,
    meta_date_lines=(r"^date:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*(\|.{0,80})?$",),
    crawl_lines=(r"^[A-Z][a-z]{2,8} \d{1,2}, \d{4}[A-Z][a-z]{2} \d{1,2}, \d{4}$",),
    end_marks=(r"^-0-$",),
    day_first=True,
)
