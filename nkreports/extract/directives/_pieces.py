"""A demand's separate demands: ordered acts joined by "and", the topics of a law, chained triggers.

"ordered its branches to file reports every week and arrest officials ..." holds two ordered acts;
'enacted laws on "guarding archives," training "athletes" and ...' one demand a topic;
"mobilized security personnel to crack down on residents" one demand, not two.
"""

from __future__ import annotations

import re

from nkreports.model import Modality

from .._word_tables import COMPLEMENT_VERBS

__all__ = ["ENACTED", "FORBIDDING", "pieces", "unchained"]

_ORDERED_TO = re.compile(r"\b(?:ordered|told|instructed|required|forced) (?:not )?to\b")
# Topics of a law listed after "on": 'on "guarding archives," training "athletes" and managing ...'.
_TOPIC_SEP = re.compile(r"(?:(?:,[”\"]?|[”\"],?) (?:and |or )?|[”\"]? (?:and|or) )(?=[“\"]?[a-z]{3,}ing\b)")
# "ordered its branches to file reports every week and arrest officials ...": a second ordered act.
_SECOND_ACT = re.compile(r" and (?=(?:" + "|".join(COMPLEMENT_VERBS) + r") (?!and\b|or\b)[a-z“\"])")
ENACTED = re.compile(r"(?:passed|enacted|adopted|approved|promulgated|declared)\b")
FORBIDDING = re.compile(r"\b(?:prevent\w*|prohibit\w*|ban\w*|secrets?|crimes?|illegal|anti-\w+)\b", re.I)


def unchained(text: str, triggers: list[tuple[int, int, Modality, bool]]) -> list[tuple[int, int, Modality, bool]]:
    """Drop a verb trigger that opens the complement of the one before it ("mobilized X to crack down on ...")."""
    out: list[tuple[int, int, Modality, bool]] = []
    for t in triggers:
        before = out[-1] if out else None
        if (
            before is not None
            and t[3]
            and before[3]
            and text.startswith("to ", t[0])
            and before[1] <= t[0]
            and "," not in text[before[1] : t[0]]
            and len(text[before[1] : t[0]].split()) <= 14
        ):
            continue
        out.append(t)
    return out


def _second_act(text: str, start: int, end: int) -> re.Match[str] | None:
    """The "and" before a second ordered act, when the first has an object of its own and is no list."""
    second = _SECOND_ACT.search(text, start, end)
    to = text.find(" to ", start, second.start()) if second is not None else -1
    if second is None or to < 0:
        return None
    first_act = text[to + 4 : second.start()]
    return second if len(first_act.split()) >= 3 and ", " not in first_act else None


def pieces(
    text: str, start: int, end: int, *, verb_end: int, modality: Modality, is_verb: bool
) -> list[tuple[int, int, Modality]]:
    """A demand cut into its separate demands: ordered acts joined by "and (to)", topics of a law."""
    out = []
    for s, e in _split_and_to(text, start, end, is_verb):
        law = is_verb and ENACTED.match(text, s)
        sep = _TOPIC_SEP.search(text, verb_end, e) if law else None
        first = text.rfind(" on ", verb_end, sep.start()) + 4 if sep is not None else -1
        if sep is not None and first >= 4 and not re.search(r"[,;]", text[first : sep.start()]):
            # 'enacted laws on "guarding archives," training "athletes" and ...': one demand a topic
            pos, piece_modality = s, modality
            for sep in _TOPIC_SEP.finditer(text, first, e):
                out.append((pos, sep.start(), piece_modality))
                pos = sep.end()
                piece_modality = Modality.PROHIBITION if FORBIDDING.search(text, pos, e) else Modality.OBLIGATION
            out.append((pos, e, piece_modality))
            continue
        second = _second_act(text, s, e) if is_verb else None
        if second is not None:  # not "to plant trees, repair roads and ..."
            out.extend(((s, second.start(), modality), (second.end(), e, modality)))
            continue
        out.append((s, e, modality))
    return out


def _split_and_to(text: str, start: int, end: int, is_verb: bool) -> list[tuple[int, int]]:
    if not is_verb and not _ORDERED_TO.search(text, start, end):
        return [(start, end)]
    pieces = []
    pos = start
    for m in re.finditer(r",? and (?=(?:not )?to [a-z])", text[start:end]):
        pieces.append((pos, start + m.start()))
        pos = start + m.end()
    pieces.append((pos, end))
    return pieces
