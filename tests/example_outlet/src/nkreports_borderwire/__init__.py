"""An nkreports outlet for Border Wire, an invented news site used in the tutorial.

Border Wire stories look like this in a text export::

    Filed 2024-06-03 | Border Wire
    Dandong traders wait for the bridge to reopen
    Traders in Dandong told Border Wire that ...

    Support independent reporting from the border: subscribe today.

Its web pages print ``Posted: 14.03.2025`` (day first) above the story, and its
masthead reads "NK Border Wire".  Before 2020 the site printed
``Dispatch of 2 March 2019`` under a ``Border Wire dispatch no. 123`` header:
that older style is a dated layout.  The declaration sets every field the
built-in outlets use, so the test suite proves a plug-in can do all they do.
"""

from __future__ import annotations

from nkreports import Body
from nkreports.extract import IssuerPattern
from nkreports.outlets import GENERIC_BOILERPLATE, GENERIC_CREDITS, BaseOutlet, Layout

__all__ = ["OUTLET", "PRE_2020"]

# The site's older style: a numbered header line and a spelled-out date line.
PRE_2020 = Layout(
    name="pre-2020",
    until="2020-01-01",
    markers=(r"^border wire dispatch no\. \d+$",),
    changes={
        "boilerplate": (*GENERIC_BOILERPLATE, r"^border wire dispatch no\. \d+$"),
        "date_lines": (r"^dispatch of (?P<date>\d{1,2} [a-z]+ \d{4})$",),
    },
)

OUTLET = BaseOutlet(
    key="borderwire",
    name="Border Wire",
    # How the site names itself: never an informant, never a place ("NK" is no region here).
    self_names=("Border Wire", "NK Border Wire", "Border Wire’s", "Border Wire's"),
    # A URL on one of these hosts is proof enough (detect() returns 1.0).
    hosts=("borderwire.example",),
    # Otherwise, phrases in the text that give the outlet away, with weights.
    markers=((r"\btold border wire\b", 0.6), (r"^filed \d{4}-\d{2}-\d{2} \| border wire$", 0.8)),
    # Whole blocks that are never article text.
    boilerplate=(
        *GENERIC_BOILERPLATE,
        r"^support independent reporting from the border\b",
        r"^— [^,]{2,40}, border wire correspondent$",
    ),
    # Photo credits that end a caption, and captions known by their wording.
    credits=(*GENERIC_CREDITS, r"\s*\[bw photo\]$"),
    caption_markers=(r"^satellite view:",),
    # Subheadings in text exports.
    headings=(r"^■ ",),
    # The printed publication line; it stays in the text and gives the date.
    date_lines=(r"^filed (?P<date>\d{4}-\d{2}-\d{2}) \| border wire$",),
    # The web page's date line: page furniture, dropped, but it dates the article.
    meta_date_lines=(r"^posted:?\s*(?P<date>\d{1,2}\.\d{1,2}\.\d{4})$",),
    day_first=True,
    # A crawler's retrieval stamp: never the publication date.
    crawl_lines=(r"^retrieved \d{4}-\d{2}-\d{2}$",),
    leading_date_is_crawl=False,
    # Nothing after this line is the article.
    end_marks=(r"^— end of dispatch —$",),
    # Dates in URLs: /dispatch/20240603-slug.
    url_dates=(r"/dispatch/(?P<y>(19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})-",),
    # Editor tags in titles, and the correspondent's sign-off.
    title_tags=r"^\((update|exclusive)\)\s*",
    trailing_byline=r"^— (?P<author>[A-Z][\w.' -]{2,40}), Border Wire correspondent$",
    # The site's phrasing: an authority the built-in vocabulary does not know.
    vocabulary=[
        ("issuers", [IssuerPattern(name="patrol-board", pattern=r"[Tt]he Tumen Patrol Board", body=Body.MILITARY)])
    ],
    layouts=(PRE_2020,),
)
