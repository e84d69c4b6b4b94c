"""The lead and the body: a lead's act restated by the issuer the body names is one act, its demand kept once."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

from nkreports.model import Body, DateValue

from .._sentences import Sentence
from ._demands import DemandSpan
from ._drafts import PAST, Draft, other_date

__all__ = ["CAMPAIGN", "SEPARATE_ACT", "absorb_lead", "drop_restated", "same_act"]

CAMPAIGN = re.compile(
    r"\b(?:crackdowns?|crack down|cracking down|inspections?|campaigns?|searches|lockdown|struggle session|inspecting"
    r"|searching)\b"
)


SEPARATE_ACT = re.compile(
    r"\b(?:a separate|another|a second|an additional|a different|a further|[Ii]n addition to (?:the|this|that|its))\b"
    r"(?: [\w-]+){0,2}? (?:order|instruction|notice|directive|decree|ban|measure|campaign|crackdown)s?\b"
)


# Words that name an act again besides the vocabulary's directive nouns ("these measures", "the rules").
_RESTATING = ("order", "orders", "instruction", "instructions", "ban", "measure", "measures", "rules", "decision")


@cache
def _same_act(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A definite mention of an act by one of *nouns* (the vocabulary's directive nouns) or their plurals."""
    words = {*nouns, *_RESTATING, *(n + "s" for n in nouns if not n.endswith("s"))}
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Ss]uch an?) (?:\w+ ){0,2}?(?:" + alternation + r")\b")


# An organ that enforces or carries out the act ("prosecutors began enforcing the ban"), or acts after it
# ("immediately after the lockdown order, prosecutors ..."), does not issue it.
_ENFORCED = re.compile(
    r"\b(?:enforc\w*|implement\w*|carr(?:y|ied|ying) out|execut(?:e|ed|ing)|follow\w*|obey\w*|comply\w*"
    r"|after|since|in the wake of)\s+$"
)


def same_act(old: Draft, sentence: Sentence, text: str, nouns: tuple[str, ...]) -> bool:
    """Whether the named issuer's *sentence* states the lead's act (a definite back-reference or its demand)."""
    if SEPARATE_ACT.search(sentence.text):
        return False
    same = _same_act(nouns).search(sentence.text)
    if same is not None and _ENFORCED.search(sentence.text[: same.start()]):
        return False
    if same is not None:
        return True
    if CAMPAIGN.search(sentence.text) and any(CAMPAIGN.search(s.text) for s in old.evidence):
        return True  # a generic crackdown in the lead, the organ running it in the body
    words = set(re.findall(r"[a-z]{4,}", sentence.text.lower()))
    for d in old.demands:
        wanted = set(re.findall(r"[a-z]{4,}", text[d.start : d.end].lower()))
        if wanted and len(wanted & words) >= 0.5 * len(wanted):
            return True
    return False


def absorb_lead(
    drafts: list[Draft],
    new: Draft,
    sentence: Sentence,
    lead_paragraph: int,
    text: str,
    *,
    nouns: tuple[str, ...],
    first: int = 0,
    when: DateValue | None = None,
) -> list[Draft]:
    """A passive or generic lead ("officials have been ordered ...") belongs to the named issuer of the same act.

    The lead folds in only when the named issuer's sentence points back to the act ("issued the
    order") or restates its demand; "a separate instruction" by another organ stays its own act.
    Returns the drafts folded into *new*.
    """
    folded: list[Draft] = []
    if sentence.paragraph > lead_paragraph + 3 or PAST.match(sentence.text):
        return folded  # "At the time, the ministry issued an order ...": an act of the past is not the lead's
    for old in list(drafts):
        lead = old.generic and old.evidence[0].paragraph == lead_paragraph and not new.generic
        if (
            lead
            and (old.body is Body.UNKNOWN or len(drafts) == 1)
            and (same_act(old, sentence, text, nouns) or _attributes(old, drafts, sentence, first, when))
        ):
            for s in old.evidence:
                new.add(s, old.demands)
            # A passive or generic lead says what was ordered without naming the organ; the body rarely repeats it.
            new.keep.update(d.start for d in old.demands)
            new.mentions.extend(old.mentions)
            drafts.remove(old)
            folded.append(old)
    return folded


_ALSO = re.compile(r"\balso\b")


def _attributes(old: Draft, drafts: Sequence[Draft], sentence: Sentence, first: int, when: DateValue | None) -> bool:
    """Whether *sentence*, the next act right after the lead's, names who issued the lead's act.

    "Security agents have been ordered to ..." then "A source said the Central Committee instructed the
    bureau on May 6 to ...": news leads state the act, the next sentences attribute it.  An act "also"
    issued, one set apart ("a separate order") or in the past ("At the time, the ministry issued ..."), one
    dated otherwise, and any act after an article's opening sentences are others.
    """
    told = old.evidence[0].index  # the lead itself: its first sentence and those right after it in its paragraph
    for s in sorted(old.evidence[1:], key=lambda s: s.index):
        if s.paragraph != old.evidence[0].paragraph or s.index != told + 1:
            break
        told = s.index
    if old is not drafts[-1] or old.evidence[0].index - first > 2 or sentence.index - told > 2:
        return False
    if other_date(old, when):
        return False
    return not (_ALSO.search(sentence.text) or SEPARATE_ACT.search(sentence.text))


_CRACKDOWN_TARGET = re.compile(r"\b(?:crackdown|clampdown|crack down|cracking down) on ([^,;.]{3,80})")


def drop_restated(draft: Draft, text: str, lead_paragraph: int) -> list[DemandSpan]:
    """Lead demands that the body spells out again are dropped in favour of the body's wording."""
    if not draft.evidence or draft.evidence[0].paragraph > lead_paragraph:
        return sorted(draft.demands, key=lambda d: d.start)
    starts = [s.start for s in draft.evidence]
    lead = [d for d in draft.demands if _paragraph_of(draft, d, starts) == lead_paragraph]
    in_lead = set(lead)
    body = [d for d in draft.demands if d not in in_lead]
    kept = list(body)
    body_words: list[set[str]] | None = None  # each body demand's words, made once when first needed
    for d in lead:
        words = set(re.findall(r"\w+", text[d.start : d.end].lower()))
        if d.start in draft.keep and any(b.modality is d.modality and _shared(text, d, b) >= 3 for b in body):
            continue  # a kept lead still yields to a body demand that names the same goods or acts
        target = _CRACKDOWN_TARGET.search(text, d.start, d.end)
        if target is not None:
            # A lead crackdown whose target the body's demands name ("crackdown on Chinese phones") is restated.
            wanted = set(re.findall(r"[a-z]{4,}", target.group(1).lower()))
            if wanted and any(
                len(wanted & set(re.findall(r"[a-z]{4,}", text[b.start : b.end].lower()))) >= 0.5 * len(wanted)
                for b in body
            ):
                continue
        if body_words is None:
            body_words = [set(re.findall(r"\w+", text[b.start : b.end].lower())) for b in body]
        if any(len(words & found) >= 0.5 * max(1, len(words)) for found in body_words):
            continue
        kept.append(d)
    return sorted(kept, key=lambda d: d.start)


def _shared(text: str, a: DemandSpan, b: DemandSpan) -> int:
    """How many longer words (five letters or more) two demands share."""
    first = set(re.findall(r"[a-z]{5,}", text[a.start : a.end].lower()))
    return len(first & set(re.findall(r"[a-z]{5,}", text[b.start : b.end].lower())))


def _paragraph_of(draft: Draft, demand: DemandSpan, starts: Sequence[int]) -> int:
    """The paragraph of the evidence sentence holding *demand*; *starts* are the evidence sentences' starts."""
    i = bisect_right(starts, demand.start) - 1
    return draft.evidence[i].paragraph if i >= 0 else -1
