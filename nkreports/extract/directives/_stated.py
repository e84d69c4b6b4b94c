"""Acts stated as plain verb phrases: the act clause itself is the demand.

"The authorities closed the markets in the city" or "residents were ordered indoors" state an
act with no modal or directive complement. When such an act has no other demand, its verb
phrase, from the act verb to the clause end (cut by the usual clause rules), is the demand:
closing, barring or banning forbids, forcing, mobilizing or ordering obliges, lifting or
reopening permits. Habits ("each spring ...") other than mobilizations, denied acts and
completed enforcement (arrests, executions) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nkreports._starts import guarded
from nkreports.model import Modality

from .._sentences import Sentence
from ._cuts import clauses, trim
from ._demands import DemandSpan

__all__ = ["stated_demand"]

_PROHIBIT = (
    r"clos(?:ed|ing|es)|shut(?:ting|s)? down|shut(?:ting)? off|barr(?:ed|ing)|bans?|bann(?:ed|ing)"
    r"|prohibit(?:ed|ing|s)?|forb(?:ade|idding)|outlaw(?:ed|ing|s)|block(?:ed|ing) off|block(?:ed|ing)"
    r"|seal(?:ed|ing) off"
    r"|suspend(?:ed|ing)|tighten(?:ed|ing)|restrict(?:ed|ing)|limit(?:ed|ing)|cracked down on|cracking down on"
    r"|lock(?:ed|ing) down|imposed|imposing|halt(?:ed|ing)"
)
_OBLIGE = (
    r"forc(?:ed|ing)|mobiliz(?:e|ed|ing|es)|ordered|ordering|requir(?:ed|ing|es)|compell(?:ed|ing)"
    r"|launch(?:ed|ing)|set(?:ting)? up|establish(?:ed|ing)|stepp(?:ed|ing) up|issued|defined|threaten(?:ed|ing)"
    r"|(?:released|published|posted|distributed)(?= (?:an? |the )?(?:new |official )?list of\b)"
)
_PERMIT = r"lift(?:ed|ing|s)|reopen(?:ed|ing|s)|re-open(?:ed|ing|s)|eas(?:ed|ing)"
# Passive voice keeps its auxiliary ("were ordered indoors"); active starts at the verb.
_ACT = re.compile(
    r"\b(?:(?P<aux>(?:is|are|was|were|has been|have been|had been|being) (?:\w+ly )?)"
    r"(?=(?:forced|mobilized|ordered|required|compelled|barred|banned|prohibited|forbidden|told) "
    r"(?!by\b)))?"
    r"(?P<verb>(?:" + _PROHIBIT + r"|" + _OBLIGE + r"|" + _PERMIT + r"|told|forbidden)) (?!of\b)"
    # "locked down Hyesan", "sealed off Sinuiju": a place named as the object
    r"(?P<rest>[a-z“\"]|(?:(?<=down )|(?<=d off )|(?<=closed )|(?<=ealed ))[A-Z](?=[a-z]+\b(?! [A-Z])))"
)
# _ACT's matches, each place tested first for a character a match can begin with (cheaper here than
# :func:`nkreports._starts.find_all`, whose scan of start words is Python work per candidate).
_ACT_FOUND = guarded(_ACT)
_MODALITY = (
    (re.compile(r"(?:" + _PERMIT + r")$"), Modality.PERMISSION),
    (re.compile(r"(?:" + _PROHIBIT + r"|forbidden)$"), Modality.PROHIBITION),
)
# What an act that sets something up or launches it aims at: punishment warns, curbs forbid, else it obliges.
_PUNISHING = re.compile(r"\b(?:punish\w*|penalt\w+)\b")
_CURBING = re.compile(
    r"\b(?:discourag\w*|censor\w*|suppress\w*|prevent\w*|crack\w* down|crackdowns?|block\w*|stop\w*|eradicat\w*"
    r"|crimes?|illegal|ban\w*|restrict\w*|shut\w*|curb\w*)\b"
)
_NOT_ACT = re.compile(
    r"\b(?:not|never|no longer|denied|deny|denies|rumou?rs?|reportedly considering|plans? to|would|could|might"
    r"|may)\s+(?:\w+\s+){0,2}$"
)
# A habit or trend is an act only when it is a mobilization ("each spring, students are mobilized").
_HABIT = re.compile(
    r"\b(?:every (?:year|spring|summer|autumn|fall|winter|month)|each (?:year|spring|summer|autumn|fall|winter)"
    r"|annually|usually|typically|traditionally|routinely|often|steadily|gradually|increasingly|long|in recent years"
    r"|over the (?:past |last )?(?:years|decades?)|for (?:years|decades))\b",
    re.IGNORECASE,
)
_HABIT = guarded(_HABIT)  # the same matches, tried only where a match can begin
# What a verb phrase closing or barring something must be followed by: an object or a place, not a time alone.
_WEAK_OBJECT = re.compile(r"(?:by|for|to|in|at|on|after|before|because|due|as|and|or|with|from|up)\b")
_ENFORCEMENT = re.compile(r"\b(?:arrest\w*|execut\w*|sentenc\w*|detain\w*|jail\w*|shot|punished)\b")
_ENFORCEMENT = guarded(_ENFORCEMENT)  # the same matches, tried only where a match can begin
_MIN_WORDS = 2  # words after the verb: "were ordered to" cut short states nothing
# "issued the order" names the act but states none of its content.
# "issued" states an act only with what it imposes ("issued a mobilization period"), not "issued a decision on".
_IMPOSED = re.compile(r"mobiliz|\bban|restrict|lockdown|curfew|clos|prohibit|forbid|\bto [a-z]")
# "released a list of items barred from stalls" states its act only with what the list bars or imposes.
_LISTING = frozenset({"released", "published", "posted", "distributed"})
_BARE = re.compile(
    r"\w+(?: \w+)? (?:the|an?|its|their|this|that) (?:\w+ )?(?:order|decree|directive|instruction|notice|ban)s?"
)


def _modality(verb: str, phrase: str) -> Modality:
    for regex, modality in _MODALITY:
        if regex.match(verb):
            return modality
    if _PUNISHING.search(phrase):
        return Modality.WARNING
    if _CURBING.search(phrase):
        return Modality.PROHIBITION
    return Modality.OBLIGATION


def stated_demand(
    text: str, sentence: Sentence, *, passive: bool = False, cuts: Sequence[tuple[int, int]] | None = None
) -> DemandSpan | None:
    """The first act *sentence* states as a verb phrase, as a demand; only a passive order if *passive*.

    *cuts* are the sentence's :func:`~._cuts.clauses`, when the caller has them already.
    """
    for c_start, c_end in clauses(text, sentence.start, sentence.end) if cuts is None else cuts:
        for m in _ACT_FOUND.finditer(text, c_start, c_end):
            verb = m.group("verb")
            if passive and not m.group("aux"):
                continue
            if _NOT_ACT.search(text, max(c_start, m.start() - 40), m.start()):
                continue
            if not m.group("aux") and _WEAK_OBJECT.match(text, m.start("rest"), c_end):
                continue  # "markets closed at 6 PM": no object, a time
            start, end = trim(text, m.start(), c_end)
            if start != m.start() or len(text[m.end("verb") : end].split()) < _MIN_WORDS:
                continue
            listed = verb in _LISTING
            if _BARE.fullmatch(text, start, end) or (
                (verb == "issued" or listed) and not _IMPOSED.search(text, start, end)
            ):
                continue
            if (_HABIT.search(sentence.text) and "mobiliz" not in sentence.text) or _ENFORCEMENT.search(sentence.text):
                # A habit, or completed enforcement ("closed the case after arresting ..."): the sentence states
                # no act.  Tested only once an act is found, as most sentences have none.
                return None
            return DemandSpan(start=start, end=end, modality=_modality(verb, text[start:end]), verb=True)
    return None
