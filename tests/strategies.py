"""Hypothesis strategies for the model types, shared by the test modules."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

import nkreports as nk

_WORDS = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), min_size=1, max_size=30
).filter(str.strip)
region_ids = st.sampled_from(["KP", "KP-10", "KP-10:hyesan", "KP-09:chongjin", "CN-LN:dandong", "KR:seoul"])


@st.composite
def partial_dates(draw: st.DrawFn, precision: nk.Precision | None = None) -> nk.PartialDate:
    day = draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)))
    precision = precision or draw(st.sampled_from(nk.Precision))
    return nk.PartialDate.from_date(day, precision)


@st.composite
def texts_with_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(st.text(min_size=1, max_size=200))
    bounds = draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), min_size=1, max_size=8))
    return text, [(min(a, b), max(a, b)) for a, b in bounds]


@st.composite
def reports(draw: st.DrawFn) -> nk.Report:
    """Any valid report: every span slices its article's text."""
    text, bounds = draw(texts_with_spans())
    spans = [nk.Span.of(text, a, b) for a, b in bounds]

    def span() -> nk.Span:
        return draw(st.sampled_from(spans))

    def date_value() -> nk.DateValue:
        s = span()
        precision = draw(st.sampled_from(nk.Precision))
        value = draw(st.none() | partial_dates(precision))
        return nk.DateValue(
            start=s.start,
            end=s.end,
            text=s.text,
            precision=precision,
            value=value,
            modifier=draw(st.none() | st.sampled_from(nk.PartOfMonth)),
            relative=draw(st.booleans()),
        )

    blocks = [nk.Block(kind=draw(st.sampled_from(nk.BlockKind)), span=span()) for _ in range(draw(st.integers(0, 3)))]
    article = nk.Article(
        outlet=draw(st.sampled_from(["dailynk", "rfa", "generic", "my_outlet2"])),
        text=text,
        blocks=blocks,
        title=draw(st.none() | _WORDS),
        url=draw(st.none() | st.just("https://example.org/a/1")),
        published=draw(st.none() | st.dates(min_value=dt.date(1990, 1, 1))),
        author=draw(st.none() | _WORDS),
        links=[nk.Link(url="https://example.org/ko/1", rel="translation", language="ko")]
        if draw(st.booleans())
        else [],
    )
    region = nk.Region(
        id=draw(region_ids),
        kind=draw(st.sampled_from(nk.RegionKind)),
        name=draw(_WORDS),
        parent=draw(st.none() | region_ids),
        hangul=draw(st.none() | st.just("혜산시")),
        aliases=draw(st.lists(_WORDS, max_size=2)),
        lat=None,
        lon=None,
    )
    sources = []
    for i in range(draw(st.integers(0, 2))):
        first = span()
        sources.append(
            nk.Source(
                id=f"s{i + 1}",
                descriptor=first.text or "x",
                mentions=[first] if first.text else [],
                location=draw(st.none() | region_ids),
                channel=draw(st.sampled_from(nk.Channel)),
                contacted=draw(st.none() | st.builds(date_value)),
                anonymous=draw(st.booleans()),
                role=draw(st.none() | _WORDS),
                statements=[span()],
            )
        )
    directives = []
    for i in range(draw(st.integers(0, 2))):
        body = draw(st.sampled_from(nk.Body))
        issuer = nk.Issuer(
            body=body,
            text=None if body is nk.Body.UNKNOWN else draw(_WORDS),
            level=None if body is nk.Body.UNKNOWN else draw(st.sampled_from(nk.IssuerLevel)),
            region=None if body is nk.Body.UNKNOWN else draw(st.none() | region_ids),
        )
        demands = []
        for _ in range(draw(st.integers(0, 3))):
            s = span()
            demands.append(
                nk.Demand(start=s.start, end=s.end, text=s.text, modality=draw(st.sampled_from(nk.Modality)))
            )
        directives.append(
            nk.Directive(
                id=f"d{i + 1}",
                issuer=issuer,
                issued=draw(st.none() | st.builds(date_value)),
                audience=draw(st.lists(st.sampled_from(["traders", "residents", "market managers"]), max_size=2)),
                demands=demands,
                penalties=[span()] if draw(st.booleans()) else [],
                source=sources[0].id if sources and draw(st.booleans()) else None,
                evidence=[span()],
                applies_to=draw(st.lists(region_ids, max_size=2, unique=True)),
            )
        )
    return nk.Report(
        article=article,
        anchor=article.published,
        regions=[nk.RegionRef(region=region, mentions=[span()])],
        sources=sources,
        directives=directives,
        dates=[date_value() for _ in range(draw(st.integers(0, 3)))],
    )
