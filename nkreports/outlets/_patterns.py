"""Pattern tables and line-shape tests shared by the outlets.

Every table is plain data (strings compiled once by :class:`~nkreports.outlets.BaseOutlet`),
so an outlet extends one with ``(*GENERIC_BOILERPLATE, r"...")`` or replaces it.
"""

from __future__ import annotations

import datetime as dt
import re

from nkreports.io import RawBlock, normalize_block, parse_timestamp

__all__ = [
    "CREDIT_LINES",
    "GENERIC_BOILERPLATE",
    "GENERIC_CAPTION_PREFIX",
    "GENERIC_CREDITS",
    "GENERIC_DATE_LINES",
    "GENERIC_URL_DATES",
    "HEADING_END",
    "IMAGE_FILE",
    "alt_text",
    "bare_date",
    "first_line",
    "hard_wrapped",
    "is_tag_line",
    "looks_like_title",
    "printed_date",
]

# Whole blocks (or head lines) that are never article content.
GENERIC_BOILERPLATE = (
    r"^please direct any comments or questions",
    r"^read (this|the) (article|story) in korean\b",
    r"^read in korean$",
    r"^(share|tweet|email|print|copy link)( this( article| story)?)?$",
    r"^(share|follow us) on (facebook|twitter|x)\b.{0,40}$",
    r"^comments are closed\.?$",
    r"^(leave a (reply|comment)|\d+ comments?|add your comment)$",
    r"^\[?email\s?protected\]?\.?$",
    r"^(advertisement|sponsored( content)?|license photo)$",
    r"^(related (posts|articles|stories|news)|you may also like|more stories|most read)$",
    r"^(tags?|keywords?)\s*:",
    r"^(copyright\b|©|\(c\) \d{4}).{0,160}$",
    r"^.{0,120}\ball rights reserved\.?$",
    r"^(become a member|subscribe (now|today)|sign in to read)\b",
    r"^go search go contents\b",
    # A bare link line (a mirror's "link back to the original").
    r"^((source|original|link|url)\s*:?\s*)?https?://\S{1,300}$",
    r"^updated (at|on)\b.{0,120}$",
    r"^share (with|on|via) (facebook|twitter|x|email)\b.{0,40}$",
    # Republishers' weather widgets ("36.2 C") and licence lines under figures.
    r"^-?\d{1,2}(\.\d)?\s?°?\s?[CF]$",
    r"^(image|photo|map)?\s*©.{0,120}$",
    # Inline related-article links: "<Inside N. Korea>Title of another story".
    r"^<[^<>]{2,40}>\S",
    # Market-price widgets exported as pipe tables.
    r"^[^|\n]{0,40}\|[^|\n]{0,60}\|",
    # Translation and editing credits closing a story.
    r"^(translated|edited|written in english|reported|reporting|additional reporting) by\b.{0,120}$",
    r"^\((reported|written|translated) by\b[^)]{0,80}\)$",
    r"^[^a-z]{0,3}(archive\s*\(pdf\)|dprk map)\s*>>",
    r"^.{0,60}>>$",
)

# Photo credits that end a caption: "/ Image: Daily NK", "(Daily NK)", "/Photo from Rodong Sinmun, News1".
GENERIC_CREDITS = (
    r"\s*/\s*(image|photo)( from)?\s*:?\s*[^/]{1,60}$",
    r"\s*\((daily nk|yonhap|news ?1|wikimedia commons|rodong sinmun[^)]*|kcna[^)]*|asiapress|reuters|afp|ap|"
    r"[^()]{0,60}creative commons|[^()]{0,40}flickr[^()]{0,40}|nk news|rfa|getty images)\)$",
)
GENERIC_CAPTION_PREFIX = r"^(file photo|photo|image)\s*:\s*"

# A caption's separate one-line credit ("RFA", "Reuters", "RFA file photo").
CREDIT_LINES = (
    r"^(photo\s*:?\s*)?(rfa|reuters|afp|ap|yonhap|news ?1|getty images|kcna|rodong sinmun|asiapress|daily nk|nk news|"
    r"[a-z]{2,12} file photo|file photo|courtesy[a-z ]{0,30})(\s*/\s*[a-z0-9 ]{1,20})?\.?$",
)
# An image file name glued to a caption ("nk-border-crop.jpgA view of ...").
IMAGE_FILE = r"^[\w.-]{1,100}?\.(jpe?g|png|gif|webp)(?=\S|$)"

_WEEKDAY_WORD = r"(mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
# Printed publication lines; the ``date`` group is parsed with printed_date().
GENERIC_DATE_LINES = (
    r"^((published|posted|date)\s*:?\s*)?(?P<date>\d{4}[-./]\d{1,2}[-./]\d{1,2})(\s+\d{1,2}:\d{2}(:\d{2})?)?$",
    rf"^((published|posted|publication date)\s*:?\s*)?(?P<date>({_WEEKDAY_WORD},?\s+)?{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
    r"(,?\s+\d{1,2}:\d{2}[\w :]{0,12})?$",
    rf"^((published|posted|publication date)\s*:?\s*)?(?P<date>\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})$",
)
# Full publication dates in URLs (named groups y, m, d).
GENERIC_URL_DATES = (r"/(?P<y>(19|20)\d{2})/(?P<m>\d{2})/(?P<d>\d{2})/",)

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}
_WEEKDAY = re.compile(r"^(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.IGNORECASE)
_MONTH_FIRST = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})")
_DAY_FIRST_WORD = re.compile(r"^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})")
_DAY_FIRST_NUMERIC = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)")


def printed_date(text: str, *, day_first: bool = False) -> dt.date | None:
    """Parse a printed date: ``2014-05-09``, ``2020.11.06``, ``April 3, 2024``, ``2 September 2016``.

    >>> printed_date("Nov. 7, 2016")
    datetime.date(2016, 11, 7)
    >>> printed_date("Monday, April 22, 2024")
    datetime.date(2024, 4, 22)
    >>> printed_date("29/01/2023", day_first=True)
    datetime.date(2023, 1, 29)
    >>> printed_date("14.03.2025", day_first=True)
    datetime.date(2025, 3, 14)

    Numeric dates that put the year last (``14.03.2025``, ``29/01/2023``,
    ``14-03-2025``) are read only with *day_first*: without it they are ambiguous.
    """
    text = _WEEKDAY.sub("", text.strip())
    numeric = _DAY_FIRST_NUMERIC.match(text) if day_first else None
    if numeric:
        try:
            return dt.date(int(numeric[4]), int(numeric[3]), int(numeric[1]))
        except ValueError:
            return None
    found = parse_timestamp(text, day_first=day_first)
    if found is not None:
        return found
    match = _MONTH_FIRST.match(text)
    if match:
        month, day, year = _MONTHS.get(match[1].lower()), int(match[2]), int(match[3])
    else:
        match = _DAY_FIRST_WORD.match(text)
        if not match:
            return None
        day, month, year = int(match[1]), _MONTHS.get(match[2].lower()), int(match[3])
    if month is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_SENTENCE_END = (".", "!", ":", ";", ",", ".”", '."', ".’", ".'", "!”", '!"')
_OPENERS = "“\"‘'([<"


def looks_like_title(line: str, following: str | None) -> bool:
    """Whether *line* has a headline's shape: short, capitalised, no sentence-final punctuation.

    *following* is the next line; a headline is never continued by a lower-case line.

    >>> looks_like_title("Hyesan bans private grain sales", "Authorities in Hyesan have ...")
    True
    >>> looks_like_title("The ministry has issued a proclamation", "warning that families ...")
    False
    """
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 220:
        return False
    if line.endswith(_SENTENCE_END):
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in _OPENERS):
        return False
    if following is None:
        return False
    return not following[:1].islower()


def is_tag_line(line: str) -> bool:
    """Whether *line* is a keyword tag line (``border, china, north korea, dprk``).

    >>> is_tag_line("labor camp, extortion")
    True
    >>> is_tag_line("Musan closes night market, pushing vendors to state stores")
    False
    """
    if line.endswith((".", "!", "?", "”", '"')) or len(line) > 200:
        return False
    parts = [p.strip() for p in line.split(",")]
    if len(parts) < 2 or not all(p and len(p.split()) <= 4 for p in parts):
        return False
    lower = sum(1 for p in parts if p[0].islower())
    return line[0].islower() or (len(parts) >= 3 and lower * 2 >= len(parts))


# Sentence-final punctuation a subheading never ends with.
HEADING_END = (".", "!", "?", ":", ";", ",", "”", '"', "’", ")")


def hard_wrapped(lines: list[str]) -> bool:
    """Whether *lines* are one paragraph broken every 35-90 characters."""
    if len(lines) < 3 or max(len(line) for line in lines) > 90:
        return False
    wrapped = sum(1 for line in lines[:-1] if 35 <= len(line) <= 90)
    continued = any(line[:1].islower() for line in lines[1:])
    return continued and wrapped >= 0.75 * (len(lines) - 1)


def alt_text(lines: list[str]) -> bool:
    """Whether a two-line block is an image's alt-text line followed by its caption."""
    if len(lines) != 2:
        return False
    alt, caption = lines
    if alt == caption:
        return True
    words = alt.split()
    return (
        len(words) <= 6
        and not alt.endswith(HEADING_END)
        and caption[:1].isupper()
        and caption.endswith((".", "”", '"'))
        and len(caption.split()) > len(words)
    )


def bare_date(line: str) -> bool:
    """A line that is nothing but a date (a crawl-time header when it precedes the title)."""
    return len(line) <= 30 and printed_date(line) is not None


def first_line(blocks: list[RawBlock], index: int) -> str | None:
    for raw in blocks[index:]:
        for line in raw.text.split("\n"):
            if normalize_block(line):
                return normalize_block(line)
    return None
