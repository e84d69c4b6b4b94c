"""Yonhap News Agency (en.yna.co.kr).

Old pages carry navigation residue (``Go Search Go Contents ...``) and a date
line ``2016/11/07 15:40``; stories open with ``SEOUL, Nov. 7 (Yonhap) --`` and
headlines may carry editor tags such as ``(LEAD)``.  URLs hold ``AENYYYYMMDD``.
"""

from __future__ import annotations

from ._base import BaseOutlet
from ._patterns import GENERIC_BOILERPLATE

__all__ = ["OUTLET"]

OUTLET = BaseOutlet(
    key="yonhap",
    name="Yonhap News Agency",
    self_names=("Yonhap", "Yonhap News Agency"),
    hosts=("yna.co.kr", "yonhapnews.co.kr"),
    markers=(
        (r"\(yonhap\)\s*--", 0.8),
        (r"^go search go contents\b", 0.5),
        (r"^\((lead|\d+(st|nd|rd|th) ld|attn:[^)]{0,40})\)", 0.2),
    ),
    boilerplate=(*GENERIC_BOILERPLATE, r"^\(end\)$", r"^\(attn:[^)]{0,80}\)$"),
    end_marks=(r"^\(end\)$",),
    url_dates=(r"AEN(?P<y>(19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})",),
    leading_date_is_crawl=False,
    title_tags=r"^(\((lead|\d+(st|nd|rd|th) ld|urgent|news focus|attn:[^)]{0,40})\)\s*)+",
)
