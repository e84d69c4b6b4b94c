"""Linking date expressions to what they date: a source's contact, a directive's issue."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from nkreports.model import DateValue, Precision, Span

from ._index import Positioned
from ._sentences import Sentence

__all__ = ["contact_date", "issue_date", "sentence_date"]

# A date right after one of these words is a deadline, an end or a background date, not an issue date.
_NOT_ISSUE = re.compile(
    r"\b(?:by|until|till|before|after|within|through|between|to|ahead of|in advance of|than|during)\s+"
    r"(?:\d{1,2} ?(?:AM|PM|a\.m\.|p\.m\.) on\s+|the end of\s+|midnight\s+)?$",
    re.IGNORECASE,
)
# A start ("from Aug. 3", "since late January") dates the act itself, unless an order's complement holds it.
_START = re.compile(
    r"\b(?:from|since|starting|beginning|effective|as of)\s+(?:\d{1,2} ?(?:AM|PM|a\.m\.|p\.m\.) on\s+)?$", re.IGNORECASE
)
_ORDERED_TO = re.compile(
    r"\b(?:ordered|told|instructed|required|called on|directed|asked|urged|demanded)\b[^,;.“”\"]*\bto (?:be )?"
    r"(?!the\b|a\b|an\b|all\b|every\b|them\b|him\b|her\b)[a-z]+\b[^,;.“”\"]*$"
)
# An event the act is timed for ("ahead of the anniversary on Saturday", "marking ... on Oct. 10") dates the event.
_EVENT = re.compile(
    r"\b(?:ahead of|in advance of|marking|to mark|celebrat\w+|anniversary of)\b[^.;,]{0,90}$", re.IGNORECASE
)
_ISSUING = re.compile(
    r"\b(?:issued|handed down|held|adopted|announced|posted|convened|passed|decided|ordered|order|followed up"
    r"|came down|sent|launched|gathered|discussed|decree|notice|directive|meeting|lifted|imposed|banned|closed"
    r"|reopened|sealed off|introduced|enacted|promulgated)\b[^.;]{0,40}$"
)
_THEN = re.compile(r"(?:At|Around) (?:the|that) time\b|Back then\b|At that point\b")
# "Kim then issued an order ...": the act follows the event the sentence before tells, on its date.
_THEN_ACT = re.compile(
    r"\bthen (?:also )?(?:issued|ordered|handed down|signed|announced|declared|instructed|called for)\b"
)
_REPORTED = re.compile(r"\b(?:reported|said|says|told|according to|reports)\s+(?:on\s+)?$")
_FUTURE = re.compile(r"\b(?:will|would|to be|is to|are to)\b[^.;,]{0,25}$")
_COMPLEMENT = re.compile(r" that |[“\"]|: |, (?=[a-z])")
_FRAME = re.compile(
    r"^(?:(?:In|During|Over) (?:a|an|the) [^,]{0,60}\b(?:conversation|call|interview|message|meeting|chat|exchange)"
    r"|Speaking\b|On [^,]{3,30},)"
)
_FRAME_REACH = 120
# A finite verb between the speech verb and a date: the date sits in the reported clause.
# ("a message sent to the outlet on Thursday" is the contact itself).
_ACCORDING = re.compile(r"(?i)\baccording to\s+$")
_ON_RIGHT_AFTER = re.compile(r",?\s+on\s+")
_CLAUSE_VERB = re.compile(
    r"\b(?<!message )(?<!messages )(?<!call )(?<!email )(?<!text )"
    r"(?:[a-z]{2,}ed|has|have|had|was|were|is|are|will|would|began|begun|came|sent|left|went|took|held|got|made"
    r"|gave|fled|caught|sold|bought|paid|rose|fell|spent|brought|found|built|met|ran|saw|stood|lost|won|kept|set)\b"
)
# "a source who fled to China last year said": a date in a relative clause before the speech verb dates
# what the clause tells, not the contact.
# ("who met with Daily NK in Dandong in early March" is the contact itself).
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whose|whom|which|where)\b")
_CONTACT_CLAUSE = re.compile(r"\b(?:met|spoke|talked|told|contacted|reached|interviewed|called|wrote)\b")
_FOLLOW_UP = re.compile(
    r"\b(?:discussion|meeting|order|notice|decree|lecture|session|plenum|directive|decision|conference|gathering"
    r"|proclamation|instructions?|it|this|restrictions|ban|lockdown|measures?|controls|crackdown|mobilization"
    r"|campaign|inspection)\b[^.]{0,90}?\b(?:(?:was|were|had been|has been)\s+(?:\w+\s+)?"
    r"(?:held|issued|handed down|posted|announced|adopted|convened|made|delivered|read out|sent|distributed"
    r"|relayed|passed|released|given|imposed|launched)|(?:began|started|commenced|took effect|went into effect"
    r"|came into effect|kicked off)(?: to be imposed| to be enforced)?)\b"
    # "During the meeting held on Saturday", "at a meeting held in Yanggang on Aug. 28": a participle after the noun
    r"|\b(?:discussion|meeting|lecture|session|plenum|conference|gathering)s? (?:held|convened)\b"
)

# "the committee's Nov. 2 directive", "an Oct. 15 order": a date that names the document dates its issue.
_DATED_DOCUMENT = re.compile(
    r" (?:\w+ )?(?:order|directive|decree|instruction|instructions|decision|resolution|notice|proclamation)\b"
)
_FOLLOW_REACH = 60
_ANOTHER = re.compile(r"(?:An? )?(?:[Ss]imilar|[Aa]nother|[Ss]eparate)\b")
_BREAK = re.compile(r"[.;!?“”\"]")


@cache
def _speech(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True)) + r")\b")


def _in(dates: Positioned[DateValue], start: int, end: int) -> list[DateValue]:
    return dates.within(start, end)


def contact_date(
    *,
    text: str,
    sentence: Sentence,
    descriptor: Span,
    dates: Positioned[DateValue],
    self_names: tuple[str, ...],
    speech_verbs: tuple[str, ...],
) -> DateValue | None:
    """The date the outlet heard from the source introduced by *descriptor* in *sentence*.

    The date must be governed by the contact itself: after the speech verb and
    before its reported clause ("told Daily NK on Tuesday that ..."), or in an
    opening frame ("In a phone call with Daily NK on Thursday, a trader ...").
    """
    del self_names
    # An opening frame is short (under 90 characters): look at the sentence's opening only, not all of
    # the text before the descriptor (a long sentence naming many sources would be copied once per source).
    prefix = text[sentence.start : min(descriptor.start, sentence.start + _FRAME_REACH)]
    if _FRAME.match(prefix):
        framed = _in(dates, sentence.start, descriptor.start)
        if framed:
            return framed[0]
    if _ACCORDING.search(text, max(sentence.start, descriptor.start - 20), descriptor.start):
        # "according to a Daily NK informant in Kangwon Province on Tuesday": the date the source spoke
        for date in _in(dates, descriptor.end, min(sentence.end, descriptor.end + 20)):
            if _ON_RIGHT_AFTER.fullmatch(text, descriptor.end, date.start):
                return date
    verb = _speech(speech_verbs).search(text, descriptor.end, min(sentence.end, descriptor.end + 300))
    if verb is None:
        return None
    boundary = _COMPLEMENT.search(text, verb.end(), min(sentence.end, verb.end() + 300))
    stop = boundary.start() if boundary else sentence.end
    for date in _in(dates, descriptor.end, stop):
        if re.search(r"\b(?:since|from|until|by|before|after)\s+$", text[max(0, date.start - 12) : date.start]):
            continue
        if date.start >= verb.end() and _CLAUSE_VERB.search(text, verb.end(), date.start):
            # "said the ministry issued an order on Nov. 3": the date belongs to the reported clause.
            continue
        if (
            date.start < verb.start()
            and _RELATIVE_CLAUSE.search(text, descriptor.end, date.start)
            and not _CONTACT_CLAUSE.search(text, descriptor.end, date.start)
        ):
            continue
        if date.precision is Precision.YEAR:
            continue  # "last year" never dates one conversation
        return date
    return None


# A relative clause set off by commas ("the minister, who was appointed about two years ago, ...").
_ASIDE = re.compile(r",\s*(?:who|whose)\b[^,;.]{0,70}$")


def _may_date_issue(text: str, sentence: Sentence, date: DateValue) -> bool:
    """Whether *date* can be an issue date: not a deadline, a report date, a future event or a dateline."""
    before = text[max(sentence.start, date.start - 30) : date.start]
    after = text[date.end : date.end + 12]
    if _NOT_ISSUE.search(before) or _REPORTED.search(before) or _FUTURE.search(before):
        return False
    if _EVENT.search(text, max(sentence.start, date.start - 120), date.start):
        return False
    if _ORDERED_TO.search(text, max(sentence.start, date.start - 150), date.start):
        return False  # "ordered members to join the exercises from June 3": when the demanded action is done
    if re.search(r"\w['’]s\s+$", before) and not _DATED_DOCUMENT.match(text, date.end):
        return (
            False  # "during Kim's July 28 tour": someone's dated event, not the act ("the committee's Nov. 2 order" is)
        )
    if _ASIDE.search(text, max(sentence.start, date.start - 80), date.start) and re.match(r"\s*(?:ago)?\s*,", after):
        return False  # "Kim Jong Un, who took power three years ago, is ...": the issuer's own past, in an aside
    if _HEADER.search(text, date.end, min(sentence.end, date.end + 300)):
        return False  # a headline or byline date before the dateline ("date 2022-05-16 ... SEOUL, May 16 (Yonhap) --")
    return not re.match(r"['’]s\b|" + _DATELINE_TAIL, after)


_DATELINE_TAIL = r"\s*\([A-Z][A-Za-z]+\)"
_HEADER = re.compile(r"\([A-Z][A-Za-z]+\)\s*(?:--|—|–)")
# A simple-past issuing verb in a dateline's sentence ("Pyongyang, March 3 (KCNA) -- The Presidium issued a
# decree"): state media report the act on the day it happened, so the dateline dates it.
_DATELINE_ACT = re.compile(
    r"^\s*(?:--|—|–)\s*[^.;]{1,160}?(?<!has )(?<!have )(?<!had )\b(?:issued|adopted|promulgated|handed down"
    r"|announced|decided|convened)\b"
)


def _dateline(text: str, sentence: Sentence, dates: Positioned[DateValue]) -> DateValue | None:
    for date in _in(dates, sentence.start, sentence.end):
        tail = re.match(_DATELINE_TAIL, text[date.end : date.end + 30])
        if tail and _DATELINE_ACT.match(text[date.end + tail.end() : sentence.end]):
            return date
    return None


def _own_dates(
    text: str, sentence: Sentence, dates: Positioned[DateValue], taken: set[tuple[int, int]]
) -> tuple[DateValue | None, DateValue | None]:
    """The first date an issuing word or a start governs in *sentence* ("issued on May 3"), and its first date."""
    first: DateValue | None = None
    for date in _in(dates, sentence.start, sentence.end):
        if (date.start, date.end) in taken or not _may_date_issue(text, sentence, date):
            continue
        if _governed(text, sentence, date):
            return date, first or date
        first = first or date
    return None, first


def _governed(text: str, sentence: Sentence, date: DateValue) -> bool:
    """Whether an issuing word or a start governs *date* ("issued on May 3", "from Aug. 3", "On May 3, ...")."""
    before = text[max(sentence.start, date.start - 45) : date.start]
    return bool(
        _ISSUING.search(before)
        or _START.search(before)
        or _DATED_DOCUMENT.match(text, date.end)
        or date.start == sentence.start + len("On ") * (sentence.text[:3] == "On ")
    )


def sentence_date(
    text: str, sentence: Sentence, dates: Positioned[DateValue], taken: set[tuple[int, int]]
) -> DateValue | None:
    """The date an issuing word or a start gives the act of *sentence* ("ordered in late July", "from Aug. 3").

    The first date of :func:`_own_dates`: the two tests are pure, so the cheaper one (:func:`_governed`) runs first.
    """
    for date in _in(dates, sentence.start, sentence.end):
        if (
            (date.start, date.end) not in taken
            and _governed(text, sentence, date)
            and _may_date_issue(text, sentence, date)
        ):
            return date
    return None


def issue_date(
    text: str,
    evidence: Sequence[Sentence],
    sentences: Sequence[Sentence],
    dates: Positioned[DateValue],
    taken: set[tuple[int, int]],
) -> DateValue | None:
    """When a directive was issued: the first free date its issuing sentences govern.

    *taken* holds the spans of dates already linked to something else (contact
    dates).  A follow-up sentence right after an issuing sentence ("The meeting
    was held on Dec. 20.") counts as well.
    """
    fallback: DateValue | None = None
    for sentence in evidence:
        then = _THEN.match(sentence.text) is not None
        if (then or _THEN_ACT.search(sentence.text)) and 0 < sentence.index <= len(sentences):
            # "At the time, the ministry issued an order": the time the sentence before names; "Kim then
            # issued an order" after "The politburo met on Sunday. During the meeting, ...": the last date told.
            for back in range(1, 2 if then else 4):
                if sentence.index - back < 0:
                    break
                prior = sentences[sentence.index - back]
                free = [d for d in _in(dates, prior.start, prior.end) if (d.start, d.end) not in taken]
                free = [d for d in free if _may_date_issue(text, prior, d)]
                if free and not _in(dates, sentence.start, sentence.end):
                    return free[-1]
        strong, weak = _own_dates(text, sentence, dates, taken)
        if strong is None and (follow := _FOLLOW_UP.search(text, sentence.start, sentence.end)):
            # "The restrictions began to be imposed on Sept. 9" is a rule of the act and dates it too.
            strong = next(iter(_followed(text, follow.end(), sentence.end, dates, taken)), None)
        if strong is not None:
            return strong
        fallback = fallback or weak
    if fallback is not None:
        return fallback
    indices = {s.index for s in evidence}
    # The sentences right after an issuing sentence, then the one right before it ("The order was issued on May
    # 10 ... Each unit held a meeting to deliver the Central Committee's instructions").
    after = sorted({i + step for i in indices for step in (1, 2)} - indices)
    following = after + sorted({i - 1 for i in indices if i > 0} - indices - set(after))
    for index in following:
        if index >= len(sentences):
            continue
        sentence = sentences[index]
        if index in after and _ANOTHER.match(sentence.text):
            continue  # "Similar notices were read out at a gathering held on Jan. 14" tells of another act
        follow = _FOLLOW_UP.search(text, sentence.start, sentence.end)
        if follow is not None:
            # The date the follow-up verb governs ("was held on Dec. 20"), not one in a later clause.
            for date in _followed(text, follow.end(), sentence.end, dates, taken):
                return date
    return _dateline(text, evidence[0], dates) if evidence else None


def _followed(
    text: str, start: int, end: int, dates: Positioned[DateValue], taken: set[tuple[int, int]]
) -> list[DateValue]:
    """The free dates a follow-up verb ending at *start* governs, before any break."""
    return [
        d
        for d in _in(dates, start, min(end, start + _FOLLOW_REACH))
        if (d.start, d.end) not in taken and not _BREAK.search(text, start, d.start)
    ]
