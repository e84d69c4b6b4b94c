"""``applies_to`` reads the places inside a directive's spans by bisection: the same as testing every place."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import nkreports as nk
from nkreports.extract._applies import fill_applies_to
from nkreports.gazetteer import RegionMatch, default_gazetteer

_TEXT = "x" * 400
_IDS = ("KP", "KP-10", "KP-10:hyesan", "KP-10:kapsan", "KP-09", "KP-09:hoeryong", "CN", "KR", "KP-04")


def _naive(directive: nk.Directive, matches: list[RegionMatch]) -> tuple[str, ...]:
    """The rule as written: every North Korean place whose characters the spans cover, less those containing another."""
    gaz = default_gazetteer()
    covered = {n for s in (*directive.evidence, *directive.demands) for n in range(s.start, s.end)}
    ids = [
        m.region.id
        for m in matches
        if m.region.id.startswith("KP") and covered.issuperset(range(m.span.start, m.span.end))
    ]
    found = tuple(dict.fromkeys(ids))
    return tuple(i for i in found if not any(o != i and gaz.contains(i, o) for o in found))


_spans = st.tuples(st.integers(0, 390), st.integers(1, 60)).map(lambda p: (p[0], min(400, p[0] + p[1])))


@settings(max_examples=200, deadline=None)
@given(
    evidence=st.lists(_spans, min_size=1, max_size=4),
    places=st.lists(st.tuples(_spans, st.sampled_from(_IDS)), max_size=12),
)
def test_places_inside_the_spans_as_if_each_were_tested(
    evidence: list[tuple[int, int]], places: list[tuple[tuple[int, int], str]]
) -> None:
    gaz = default_gazetteer()
    matches = [RegionMatch(region=gaz[rid], span=nk.Span.of(_TEXT, s, e)) for (s, e), rid in places]
    directive = nk.Directive(
        id="d1",
        issuer=nk.Issuer(body="government", text="the authorities", region="KP-04"),
        evidence=[nk.Span.of(_TEXT, s, e) for s, e in evidence],
    )
    (found,) = fill_applies_to([directive], matches, gaz)
    assert found.applies_to == (_naive(directive, matches) or ("KP-04",))
