"""Radio Free Asia (rfa.org), Korean Service stories in English.

Text exports print the headline, a compact date line ``2020.11.06``, then an
image file name glued to its caption and a one-word credit line.  Story URLs
end in the publication date and time: ``...-11062020173455.html`` (MMDDYYYY).
"""

from __future__ import annotations

from ._base import BaseOutlet
from ._patterns import GENERIC_BOILERPLATE, GENERIC_DATE_LINES

__all__ = ["OUTLET"]

OUTLET = BaseOutlet(
    key="rfa",
    name="Radio Free Asia",
    self_names=("RFA", "Radio Free Asia", "RFA’s Korean Service", "RFA's Korean Service", "RFA Korean", "RFA’s"),
    hosts=("rfa.org",),
    markers=(
        (r"\b(told|tell|tells|telling) rfa\b", 0.6),
        (r"\brfa[’']s korean service\b", 0.7),
        (r"\brfa has learned\b", 0.6),
        (r"\btranslated by [^.]{1,60}\. written in english by\b", 0.5),
        (r"^\d{4}\.\d{2}\.\d{2}$", 0.3),
    ),
    boilerplate=(
        *GENERIC_BOILERPLATE,
        # Mirror chrome (archive pages reposting RFA stories).
        r"^last updated:",
        r"^\[accessed [^]]{1,40}\]$",
        r"^(publisher|cite as|disclaimer)\b.{0,300}$",
    ),
    caption_markers=(r"^the map shows\b",),
    date_lines=(*GENERIC_DATE_LINES,),
    url_dates=(r"-(?P<m>\d{2})(?P<d>\d{2})(?P<y>(19|20)\d{2})\d{0,6}\.html?$",),
    leading_date_is_crawl=False,
)
