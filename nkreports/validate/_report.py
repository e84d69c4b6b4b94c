"""Checks on a built :class:`~nkreports.Report` that span several objects.

The model's attrs validators already enforce what one object can check on its
own (vocabularies, id formats, span lengths, date precision); these checks need
the article text, the anchor date, the gazetteer or several objects at once.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator

from nkreports.gazetteer import Gazetteer
from nkreports.model import DateValue, Extent, PartialDate, Report, Source, Span

from ._problem import Problem

__all__ = ["check_report"]


def _last_day(value: PartialDate) -> dt.date:
    """The latest day a partial date can mean."""
    month = value.month or 12
    day = value.day or calendar.monthrange(value.year, month)[1]
    return dt.date(value.year, month, day)


def _spans(report: Report) -> Iterator[tuple[str, Span | Extent]]:
    """Every span and extent of the report with its path."""
    for i, ref in enumerate(report.regions):
        for j, span in enumerate(ref.mentions):
            yield f"regions[{i}].mentions[{j}]", span
    for i, src in enumerate(report.sources):
        for field in ("mentions", "statements"):
            for j, span in enumerate(getattr(src, field)):
                yield f"sources[{i}].{field}[{j}]", span
        if src.contacted is not None:
            yield f"sources[{i}].contacted", src.contacted
    for i, d in enumerate(report.directives):
        for j, span in enumerate(d.issuer.mentions):
            yield f"directives[{i}].issuer.mentions[{j}]", span
        if d.issued is not None:
            yield f"directives[{i}].issued", d.issued
        for field in ("demands", "penalties", "evidence"):
            for j, span in enumerate(getattr(d, field)):
                yield f"directives[{i}].{field}[{j}]", span
    for i, date in enumerate(report.dates):
        yield f"dates[{i}]", date


def _check_spans(report: Report) -> Iterator[Problem]:
    text = report.text
    for path, span in _spans(report):
        if span.end > len(text):
            msg = f"span {span.start}:{span.end} lies outside the article text of {len(text)} characters"
            yield Problem(code="span-out-of-range", path=path, message=msg)
        elif isinstance(span, Span) and not span.slices(text):
            found = text[span.start : span.end]
            msg = f"{span.text[:60]!r} is not the article text at {span.start}:{span.end} ({found[:60]!r})"
            yield Problem(code="span-mismatch", path=f"{path}.text", message=msg)


def _check_regions(report: Report, gazetteer: Gazetteer) -> Iterator[Problem]:
    refs: list[tuple[str, str | None]] = [(f"regions[{i}].id", r.id) for i, r in enumerate(report.regions)]
    refs += [(f"sources[{i}].location", s.location) for i, s in enumerate(report.sources)]
    refs += [(f"directives[{i}].issuer.region", d.issuer.region) for i, d in enumerate(report.directives)]
    for path, region_id in refs:
        if region_id is not None and gazetteer.get(region_id) is None:
            yield Problem(code="unknown-region", path=path, message=f"region {region_id!r} is not in the gazetteer")


def _after_anchor(date: DateValue | None, anchor: dt.date | None) -> bool:
    return date is not None and date.value is not None and anchor is not None and date.value.first_day() > anchor


def _check_dates(report: Report) -> Iterator[Problem]:
    """Dates after the anchor: a contact date is an error, any other date a warning.

    A :class:`~nkreports.DateValue` does not record tense, so a date after
    publication may be an announced plan ("from next month"); only the date a
    source was contacted can never lie in the future.
    """
    anchor = report.anchor
    if anchor is None:
        return
    for i, src in enumerate(report.sources):
        if _after_anchor(src.contacted, anchor):
            assert src.contacted is not None
            msg = f"source contacted on {src.contacted.iso()}, after the anchor date {anchor.isoformat()}"
            yield Problem(code="contact-after-publication", path=f"sources[{i}].contacted", message=msg)
    dated = [(f"directives[{i}].issued", d.issued) for i, d in enumerate(report.directives)]
    dated += [(f"dates[{i}]", d) for i, d in enumerate(report.dates)]
    for path, date in dated:
        if _after_anchor(date, anchor):
            assert date is not None
            msg = f"{date.text!r} resolves to {date.iso()}, after the anchor date {anchor.isoformat()}"
            yield Problem(code="date-after-publication", path=path, message=msg)


def _check_directives(report: Report) -> Iterator[Problem]:
    for i, d in enumerate(report.directives):
        path = f"directives[{i}]"
        if not d.demands:
            yield Problem(
                code="no-demands", path=f"{path}.demands", message=f"directive {d.id!r} has no demands"
            )  # a warning: legitimate
        if d.issuer.text is None:
            yield Problem(code="no-issuer", path=f"{path}.issuer", message=f"directive {d.id!r} names no issuer")
        src = report.source(d.source) if d.source is not None else None
        contacted = src.contacted.value if src is not None and src.contacted is not None else None
        issued = d.issued.value if d.issued is not None else None
        if issued is not None and contacted is not None and issued.first_day() > _last_day(contacted):
            msg = f"issued on {issued.iso()}, after its source {d.source!r} was contacted on {contacted.iso()}"
            yield Problem(code="issued-after-contact", path=f"{path}.issued", message=msg)


def _source_key(src: Source) -> tuple[str, str | None, str | None]:
    return (" ".join(src.descriptor.casefold().split()), src.location, src.role)


def _check_sources(report: Report) -> Iterator[Problem]:
    seen: dict[tuple[str, str | None, str | None], int] = {}
    first_mentions: dict[int, int] = {}
    for i, src in enumerate(report.sources):
        path = f"sources[{i}]"
        if src.location is None:
            msg = f"source {src.descriptor[:60]!r} has no location"
            yield Problem(code="source-without-location", path=f"{path}.location", message=msg)
        if src.contacted is None or src.contacted.value is None:
            msg = f"source {src.descriptor[:60]!r} has no resolved contact date"
            yield Problem(code="source-without-date", path=f"{path}.contacted", message=msg)
        key = _source_key(src)
        start = src.mentions[0].start if src.mentions else None
        earlier = seen.get(key, first_mentions.get(start) if start is not None else None)
        if earlier is not None:
            msg = f"source {src.id!r} looks like the same informant as sources[{earlier}]"
            yield Problem(code="duplicate-source", path=path, message=msg)
        seen.setdefault(key, i)
        if start is not None:
            first_mentions.setdefault(start, i)


def check_report(report: Report, gazetteer: Gazetteer) -> list[Problem]:
    """Every cross-object problem in *report*."""
    return [
        *_check_spans(report),
        *_check_regions(report, gazetteer),
        *_check_dates(report),
        *_check_directives(report),
        *_check_sources(report),
    ]
