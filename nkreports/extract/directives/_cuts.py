"""Where a demand starts and ends: clause boundaries, lead-ins and attribution tails cut from a sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from nkreports._starts import guarded

__all__ = ["clauses", "trim"]

# Clause boundaries inside a sentence, in the order they are tried at a place.  Every alternative opens
# with a character or a class of them (an optional opening is written out as two alternatives, a named group
# follows that first character): the regex engine skips such an alternative on its first character.
_BOUNDARIES = (
    r", but ",
    r", while ",
    r", whereas ",
    r"; ",
    r" — ",
    r" -- ",
    r" – ",
    r" - ",
    r"— ?(?=including|such as|even|especially)",
    r"-- ?(?=including|such as|even|especially)",
    r"[–—]and ",
    r"…",
    r"\.\.\.",
    r", if so,? ",
    r" if so,? ",
    r", if (?=[a-z])",
    r", as well as ",
    r", so (?!far\b|long\b|much\b|many\b|as\b)",
    r" so (?=(?:they|we|people|residents|everyone|all)\b)",
    r" due to ",
    r" because (?:of )?",
    r" in light of ",
    r" in view of ",
    r", when ",
    # A comma splice: a new subject with its own passive order ("..., people are punished for ...").
    r", (?=[a-z]+ (?:are|were|must|have been|has been|will be) (?:\w+ly )?(?:told|punished|banned|ordered"
    r"|required|forced|prohibited|forbidden|allowed|permitted|discouraged)\b)",
    r" and (?=(?:also )?[a-z]{3,}ed (?:the|a|an|its|their|all)\b)",
    r", after (?=(?:they|he|she|we|it)\b|\w+ing\b)",
    r" after (?=(?:they|he|she|we|it)\b|\w+ing\b)",
    r", (?=(?:a|an) (?:[\w’'-]+ ){0,4}?(?:in which|which|that|where|when|who|whose)\b)",
    r" and (?=(?:also )?(?:shall|must|should|may not|cannot|has to|have to)\b)",
    r" and (?=(?:has|have|had) (?:also )?(?:begun|started|since)\b|(?:is|are|was|were) (?:also )?[a-z]+ing\b)",
    r" (?P<joined>and )(?=(?:the |all |their |its )?[a-z]+(?:,? (?:and )?[a-z]+){0,5} (?:were|was|are|is"
    r"|have been|has been|had been) (?:\w+ly |not )?(?:banned|forbidden|prohibited|ordered|told|closed|shut"
    r"|required|forced|barred|suspended|lifted|allowed|permitted)\b)",
    r", (?=(?:making|leaving|prompting|causing|sparking|raising|creating|resulting|so that|as part of|in a push"
    r"|in an effort|in the hope|ahead of|amid|following|followed|angering|frustrating|worrying)\b)",
    r"[,:] (?P<opening>[“\"])(?=[A-Z])",
    r"(?P<quote>[“\"])(?=[A-Z])",
    r" ▲ ?",
    r"▲ ?",
    r" (?=\d{1,2}\) )",
    r"[,.!?](?P<closing>[”\"]|[’'](?=[\s”\"]|$))",
    r": ",
    r", (?P<listed>(?:and|or) (?!to\b))",
    r" amid(?:st)? ",
    r", (?:according to|said|the (?:\w+ )?source)\b(?! of\b)",
    r" (?:according to|said|the (?:\w+ )?source)\b(?! of\b)",
    r", (?=(?:they|he|she|we|I) (?:\w+ )?(?:expressed|felt|said|added|complained|worried|feared)\b)",
    r"\. ?――* ?",
    r" ――* ?",
    r"――* ?",
    r", (?:citing|amid|as it|as they|in cooperation with)\b",
    r" in cooperation with\b",
    r", (?=in a bid\b)",
    # An appositive that judges or describes the act: ", the latest of ...", ", described as a way to ...".
    r", (?=(?:some|many|most|all|one|none|several|each) of (?:whom|whose|which)\b)",
    r", (?=which\b)",
    r" but (?=(?:also )?to [a-z])",
    # ", although details were not known", ", after which the decisions were conveyed", ", as anyone caught ..."
    r", (?:although|though|after which|as (?=(?:anyone|those|people|residents|they|he|she|we)\b))\b",
    r", (?=the (?:latest|newest|first|last|most|second|third) |(?:described|dubbed|billed|seen|touted) as\b)",
    r" and (?=(?:creating|causing|sparking|prompting|fueling|angering|frustrating|worrying)\b)",
    r", (?=(?:essentially |also |thereby |effectively )?(?:calling|warning|declaring|saying|instructing|banning"
    r"|allowing|ordering|urging|requiring|adding|stating)\b)",
)
_SPECIAL = frozenset("\\[(.^$*+?{|")  # what may open an alternative that is not one plain character


def _by_opening(alternatives: Sequence[str], openings: tuple[str, ...] = (", ", " ")) -> str:
    """*alternatives* as one pattern, those opening with the same text (", ", " ") joined as one alternative.

    ``, (?:but |while |...)`` tries the comma once at a place instead of once for each alternative.
    Alternatives with different first characters never match at the same place, so a group may sit before
    them; within a group the order is kept.  An alternative that may open with a group's first character
    without belonging to it (a class, a group, an escape) is not passed: later ones open new groups.
    """
    parts: list[str | tuple[str, list[str]]] = []
    groups: dict[str, list[str]] = {}
    firsts = {opening[0] for opening in openings}
    for alternative in alternatives:
        opening = next((o for o in openings if alternative.startswith(o)), None)
        if opening is not None:
            if opening not in groups:
                groups[opening] = []
                parts.append((opening, groups[opening]))
            groups[opening].append(alternative[len(opening) :])
            continue
        if alternative[:1] in _SPECIAL or alternative[:1] in firsts:
            groups = {}
        parts.append(alternative)
    return "|".join(p if isinstance(p, str) else re.escape(p[0]) + "(?:" + "|".join(p[1]) + ")" for p in parts)


_BOUNDARY = re.compile(_by_opening(_BOUNDARIES))
# A leading concession or directing participle ends at its comma ("Warning residents to ..., the lecturer ...").
_CONCESSION = re.compile(
    r"\s*[“\"]?(?:While|Although|Though|Even though|Whereas|Warning|Ordering|Urging|Telling|Instructing|Demanding"
    r"|Stressing|Emphasizing|Calling on)\b"
)
_BOUNDARY = guarded(_BOUNDARY)  # the same matches, found faster: most positions fail the first-character test
_LISTED = re.compile(r", [\w’'-]+$")
_NAMING = re.compile(r"\b(?:the|a|an|on|of|for|titled|entitled|called|named|dubbed|as|new)\s?$")
# A word that shows a clause has its own verb; a list of nouns has none.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|must|shall|should|can|could|may|might|do|does|did"
    r"|cannot|[a-z]{3,}ed|[a-z]+n[’']t)\b"
)
# Matched at the start of a stretch (``match(text, start, end)``): no alternative looks before its start.
_LEAD_IN = re.compile(
    r"(?:[^.]{0,60}?\([A-Z][\w ]{1,20}\) ?(?:--|—|–) "
    r"|to (?:the|this|that) [^,]{1,60}, "
    r"|(?:[Aa]ccording to|[Uu]nder) [^,]{1,80}, "
    r"|(?i:during|earlier|later|last|this|since|from|amid|after|before|on|in|at|for|due to|as a result|starting"
    r"|beginning)\b"
    r"[^,“”\"]{1,60}, "
    r"|(?:when|once|after|as soon as) (?=[\w’']+ (?:were|was|are|is|had been|have been|has been) )"
    r"|(?:[Hh]owever|[Mm]oreover|[Mm]eanwhile|[Ii]n addition|[Aa]lso|[Aa]nd|[Bb]ut|[Ss]o),? |that )"
)
# An attribution after a demand: ", the source said", "they added", ", according to ...".
_SAID_BY = (
    r"(?:(?:the|a|an|another) (?:(?:[\w’'-]|\.(?=[\w-]))+ ){0,6}(?:source|resident|partner|trader|order"
    r"|notice|committee|management|directive|decree|official|worker|teacher|operator|agent|broadcaster|outlet|newspaper"
    r"|report|defector|diplomat|analyst|expert|researcher|observer|spokes(?:man|woman|person)|agency|ministry"
    r"|lecture|lecturer|speaker|instructor|statement|announcement|editorial|broadcast|bulletin|paper"
    r"|institute|service)s?"
    r"(?: (?:in|of|from) [^,;]{1,50}?)?"
    r"|he|she|it|they|officials)"
    r"(?: also| further)? (?:said|added|warned|warns|noted|explained|stated|says|told|reported|confirmed)\b"
)
_LEARNED = r"(?:[Tt]he )?[A-Z][\w-]{1,20}(?: [A-Z][\w-]{1,20}){0,2} (?:has|have) (?:learned|confirmed)\b"
_SOURCES_OF = r"[A-Z][\w-]+[’']s (?:\w+ )?sources?\b"
_MEDIA = r"(?:(?:state|official|local) )?media (?:reported|said)\b"
# In the order tried at a place; an optional opening comma or quotation mark is written out (", x", " x").
_TAILS = (
    r",[”\"’] " + _SAID_BY,
    r", " + _SAID_BY,
    r"[”\"’] " + _SAID_BY,
    r" " + _SAID_BY,
    r", (?:[A-Za-z]+ ){0,2}(?:sources|residents|informants|officials|traders|partners)"
    r"(?: (?:in|of|from|inside) [^,;]{1,50}?)?"
    r" (?:also )?(?:said|told|say|tell|reported|have said)\b",
    r", according to\b",
    r", " + _LEARNED,
    r" " + _LEARNED,
    r", " + _SOURCES_OF,
    r" " + _SOURCES_OF,
    r", the report said\b",
    r", " + _MEDIA,
    r" " + _MEDIA,
    # ", human rights group Good Friends said"
    r", (?:[a-z]+ ){0,2}(?:group|organi[sz]ation|NGO|institute|think tank) (?:[A-Z][\w’'-]*\s){1,4}"
    r"(?:said|says|reported|added)\b",
    # ", Radio Free Asia quoted sources in China as saying"
    r", (?:[A-Z][\w’'-]*\.? ){1,4}(?:quoted|cited) [^,;]{1,60}? as (?:saying|reporting)\b",
)
_TAIL = guarded(re.compile(_by_opening(_TAILS)))  # the same matches, tried where one can begin
# A conjunction left dangling at the end of a demand cut before the next verb ("... goods and").
_DANGLING_WORDS = ("and", "or", "but", "while", "then", "with", "as", "for")
_DANGLING = re.compile(r"(?:,? (?:" + "|".join(_DANGLING_WORDS) + r"))+$")
# How a stretch with a dangling conjunction ends ("$" also matches before a final line break).
_DANGLING_ENDS = (*(" " + w for w in _DANGLING_WORDS), "\n")


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    found = list(_BOUNDARY.finditer(text, start, end))
    for i, m in enumerate(found):
        if m.group("joined") and (
            _LISTED.search(text, max(start, m.start() - 40), m.start()) or not _FINITE.search(text, pos, m.start())
        ):
            continue  # "fishing on rivers, lakes and reservoirs was banned": one subject, listed
        if (
            m.group("closing")
            and m.group().startswith(",")
            and text.count("“", pos, m.start()) > text.count("”", pos, m.start())
        ):
            continue  # 'had to face “a month of labor,” regardless of ...': a quoted phrase inside the clause
        if (m.group("opening") or m.group("quote")) and _NAMING.search(text, max(pos, m.start() - 12), m.start()):
            continue  # 'a law on the “Prevention of Drug Crimes”': a quoted title inside the clause
        if m.group("listed"):
            after = found[i + 1].start() if i + 1 < len(found) else end
            if not _FINITE.search(text, pos, m.start()) or not _FINITE.search(text, m.end(), after):
                continue  # "barbers, hair salons, and bathhouses are ...", "a ban on goods, rice, and corn"
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [piece for s, e in out if e > s for piece in _concessive(text, s, e)]


def _concessive(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "While all crossing is banned, smugglers get around it": the leading phrase ends at its comma."""
    lead = _CONCESSION.match(text, start, end)
    comma = text.find(", ", lead.end(), end) if lead else -1
    if comma < 0:
        return [(start, end)]
    return [(start, comma), (comma + 2, end)]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    tail = _TAIL.search(text, start, min(len(text), end + 30))
    if tail and start < tail.start() < end:
        end = tail.start()
    while start < end and text[start] == " ":
        start += 1
    for _ in range(3):  # "Earlier this month, during the meeting, people were told ..."
        lead = _LEAD_IN.match(text, start, end)
        if lead is None:
            break
        start = lead.end()
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    # The search runs only when the stretch ends as a match must (it tries every position).
    dangling = _DANGLING.search(text, start, end) if text.endswith(_DANGLING_ENDS, start, end) else None
    if dangling and dangling.start() > start:
        end = dangling.start()
    while start < end and text[start] in " ,;:":
        start += 1
    return start, end
