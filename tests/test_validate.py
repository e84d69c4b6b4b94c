"""validate(), validate_data() and validate_file(): the problems an analyst would flag, with paths."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import nkreports as nk
from nkreports.io import json as report_json
from nkreports.validate import CODES, has_errors, validate_file, validate_text

from .strategies import reports

TEXT = (
    "Hyesan traders were ordered to register their stalls.\n\n"
    "A source in Yanggang Province told Daily NK on Tuesday that the city party committee "
    "issued the order on March 3 and that traders must pay a fee."
)


def _span(text: str, phrase: str, cls: type[Any] = nk.Span, **fields: Any) -> Any:
    start = TEXT.index(phrase)
    return cls(start=start, end=start + len(phrase), text=phrase, **fields)


def _report(**changes: Any) -> nk.Report:
    article = nk.Article(
        outlet="dailynk",
        text=TEXT,
        blocks=[nk.Block(kind="paragraph", span=nk.Span.of(TEXT, 0, TEXT.index("\n")))],
        published=nk.PartialDate(2024, 3, 7).first_day(),
    )
    tuesday = _span(TEXT, "Tuesday", nk.DateValue, precision="day", value=nk.PartialDate(2024, 3, 5), relative=True)
    march3 = _span(TEXT, "March 3", nk.DateValue, precision="day", value=nk.PartialDate(2024, 3, 3))
    source = nk.Source(
        id="s1",
        descriptor="A source in Yanggang Province",
        location="KP-10",
        contacted=tuesday,
        mentions=[_span(TEXT, "A source in Yanggang Province")],
    )
    directive = nk.Directive(
        id="d1",
        issuer=nk.Issuer(body="party", text="the city party committee", level="city", region="KP-10:hyesan"),
        issued=march3,
        audience=["traders"],
        demands=[_span(TEXT, "traders must pay a fee", nk.Demand, modality="obligation")],
        source="s1",
    )
    report = nk.Report(
        article=article,
        anchor=article.published,
        sources=[source],
        directives=[directive],
        dates=[tuesday, march3],
    )
    return attrs.evolve(report, **changes)


def _codes(problems: tuple[nk.Problem, ...]) -> list[tuple[str, str]]:
    return [(p.code, p.path) for p in problems]


def test_a_clean_report_has_no_problems() -> None:
    """A consistent report validates without errors or warnings."""
    assert nk.validate(_report()) == ()


def test_span_that_does_not_slice_back() -> None:
    """A span whose text is not the article text at its offsets is a span-mismatch with its path."""
    report = _report()
    bad = attrs.evolve(report.directives[0].demands[0], text="traders must pay a tax")
    directive = attrs.evolve(report.directives[0], demands=[bad])
    problems = nk.validate(attrs.evolve(report, directives=[directive]))
    assert _codes(problems) == [("span-mismatch", "directives[0].demands[0].text")]
    assert problems[0].severity is nk.Severity.ERROR


def test_span_past_the_end() -> None:
    """A span beyond the text's end is span-out-of-range."""
    far = nk.DateValue(start=5000, end=5007, text="Tuesday", precision="day")
    problems = nk.validate(_report(dates=[far]))
    assert _codes(problems) == [("span-out-of-range", "dates[0]")]


def test_region_not_in_gazetteer() -> None:
    """A well-formed region id the gazetteer does not know is unknown-region."""
    src = attrs.evolve(_report().sources[0], location="KP-10:atlantis")
    assert _codes(nk.validate(_report(sources=[src]))) == [("unknown-region", "sources[0].location")]


def test_contact_after_publication_is_an_error() -> None:
    """A source cannot be contacted after publication."""
    report = _report(anchor=nk.PartialDate(2024, 3, 4).first_day())
    problems = nk.validate(report)
    assert ("contact-after-publication", "sources[0].contacted") in _codes(problems)
    assert has_errors(problems)


def test_other_dates_after_publication_are_warnings() -> None:
    """Other dates after the anchor may be announced plans: a warning, not an error."""
    report = _report(anchor=nk.PartialDate(2024, 3, 2).first_day())
    found = {(p.code, p.path): p.severity for p in nk.validate(report)}
    assert found[("date-after-publication", "directives[0].issued")] is nk.Severity.WARNING
    assert found[("date-after-publication", "dates[1]")] is nk.Severity.WARNING


def test_issued_after_contact() -> None:
    """An order its source reported cannot be issued after the source was contacted."""
    report = _report()
    later = _span(TEXT, "March 3", nk.DateValue, precision="day", value=nk.PartialDate(2024, 3, 6))
    directive = attrs.evolve(report.directives[0], issued=later)
    assert ("issued-after-contact", "directives[0].issued") in _codes(
        nk.validate(attrs.evolve(report, directives=[directive]))
    )


def test_month_precision_issue_date_in_contact_month_is_fine() -> None:
    """A month-precision issue date is only 'after' when its whole month is."""
    report = _report()
    month = _span(TEXT, "March 3", nk.DateValue, precision="month", value=nk.PartialDate(2024, 3))
    directive = attrs.evolve(report.directives[0], issued=month)
    assert nk.validate(attrs.evolve(report, directives=[directive])) == ()


def test_directive_without_demands_or_issuer() -> None:
    """No demands (a campaign the article does not detail) and no issuer (a passive-voice order) are warnings."""
    directive = attrs.evolve(_report().directives[0], demands=[], issuer=nk.Issuer(body="unknown"))
    found = {(p.code, p.path): p.severity for p in nk.validate(_report(directives=[directive]))}
    assert found == {
        ("no-demands", "directives[0].demands"): nk.Severity.WARNING,
        ("no-issuer", "directives[0].issuer"): nk.Severity.WARNING,
    }


def test_source_without_location_or_date_warns() -> None:
    """A source with neither location nor contact date gets two warnings and no error."""
    src = attrs.evolve(_report().sources[0], location=None, contacted=None)
    problems = nk.validate(_report(sources=[src]))
    assert _codes(problems) == [
        ("source-without-location", "sources[0].location"),
        ("source-without-date", "sources[0].contacted"),
    ]
    assert not has_errors(problems)


def test_duplicate_sources() -> None:
    """The same informant listed twice is flagged on the second entry."""
    first = _report().sources[0]
    second = attrs.evolve(first, id="s2")
    assert ("duplicate-source", "sources[1]") in _codes(nk.validate(_report(sources=[first, second])))


def _data() -> dict[str, Any]:
    return report_json.report_to_dict(_report())


@pytest.mark.parametrize(
    ("path", "value", "code", "where"),
    [
        (("directives", 0, "demands", 0, "modality"), "must", "unknown-word", "directives[0].demands[0].modality"),
        (("sources", 0, "channel"), "phone", "unknown-word", "sources[0].channel"),
        (("directives", 0, "audience", 0), "Traders", "bad-audience", "directives[0].audience[0]"),
        (("directives", 0, "issuer", "body"), "committee", "unknown-word", "directives[0].issuer.body"),
        (("sources", 0, "location"), "Hyesan", "bad-region-id", "sources[0].location"),
        (("sources", 0, "location"), "KP-77", "unknown-region", "sources[0].location"),
        (("dates", 0, "value"), "2024-02-30", "bad-date", "dates[0].value"),
        (("anchor",), "March 7", "bad-date", "anchor"),
        (("dates", 0, "start"), "12", "wrong-type", "dates[0].start"),
        (("directives", 0, "demands"), {}, "wrong-type", "directives[0].demands"),
        (("directives", 0, "source"), "s9", "unknown-source", "directives[0].source"),
        (("sources", 0, "id"), "s 1", "bad-id", "sources[0].id"),
        (("directives", 0, "demands", 0, "text"), "pay", "span-mismatch", "directives[0].demands[0].text"),
        (("directives", 0, "demands", 0, "start"), 1, "span-mismatch", "directives[0].demands[0].text"),
        (("dates", 1, "end"), 9999, "span-out-of-range", "dates[1]"),
        (("article", "blocks", 0, "end"), 9999, "span-out-of-range", "article.blocks[0]"),
        (("sources", 0, "mentions", 0, "text"), "A source", "descriptor-mismatch", "sources[0].mentions[0].text"),
        (("sources", 0, "tipster"), True, "unknown-field", "sources[0].tipster"),
        (("dates", 0, "precision"), "month", "invalid-data", "dates[0]"),
    ],
)
def test_hand_written_json_problems_have_paths(path: tuple[Any, ...], value: Any, code: str, where: str) -> None:
    """Each kind of bad hand-written field is reported with its code and the path to the field."""
    data = _data()
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    problems = nk.validate_data(data)
    assert (code, where) in _codes(problems), problems
    assert problems[0].message


def test_missing_fields_and_wrong_shapes() -> None:
    """Missing required fields are reported one by one; a non-object is one problem."""
    data = _data()
    del data["sources"][0]["descriptor"]
    del data["directives"][0]["issuer"]
    codes = _codes(nk.validate_data(data))
    assert ("missing-field", "sources[0].descriptor") in codes
    assert ("missing-field", "directives[0].issuer") in codes
    assert _codes(nk.validate_data([1, 2])) == [("wrong-type", "")]


def test_duplicate_ids_in_json() -> None:
    """Two sources with one id is an error the model would refuse; it gets a path."""
    data = _data()
    data["sources"].append(copy.deepcopy(data["sources"][0]))
    assert ("duplicate-id", "sources[1].id") in _codes(nk.validate_data(data))


def test_batch_lines_with_path_key_validate() -> None:
    """A batch output line (report keys plus "path") is a valid report."""
    assert nk.validate_data({"path": "in/a.txt", **_data()}) == ()


def test_every_code_is_documented() -> None:
    """Every problem code appears in docs/validation.md with its severity."""
    page = (Path(__file__).resolve().parent.parent / "docs" / "validation.md").read_text(encoding="utf-8")
    for code, (severity, _description) in CODES.items():
        assert f"`{code}`" in page, code
        assert severity.value in page


def test_problem_is_a_value() -> None:
    """Problems print as one readable line and turn into JSON-ready dicts."""
    problem = nk.Problem(code="no-demands", path="directives[0].demands", message="directive 'd1' has no demands")
    assert str(problem) == "directives[0].demands: warning: directive 'd1' has no demands [no-demands]"
    assert problem.to_dict()["severity"] == "warning"
    with pytest.raises(ValueError, match="code"):
        nk.Problem(code="no-such-code", message="x")


def test_validate_text_handles_lists_and_json_lines() -> None:
    """A list and JSON Lines are validated item by item, with the item index in the path."""
    good, bad = _data(), _data()
    bad["sources"][0]["channel"] = "pigeon"
    as_list = validate_text(json.dumps([good, bad]))
    as_lines = validate_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n")
    assert _codes(as_list) == _codes(as_lines) == [("unknown-word", "[1].sources[0].channel")]
    assert _codes(validate_text(json.dumps(good) + "\n{not json\n")) == [("not-json", "[1]")]
    assert _codes(validate_text("")) == [("not-json", "")]


def test_validate_file_unreadable(tmp_path: Path) -> None:
    """A binary file raises DocumentError; a missing one too."""
    path = tmp_path / "r.json"
    path.write_bytes(b"{\x00\x01\x02 binary")
    with pytest.raises(nk.DocumentError):
        validate_file(path)
    with pytest.raises(nk.DocumentError):
        validate_file(tmp_path / "missing.json")


@given(reports())
def test_data_and_object_validation_agree(report: nk.Report) -> None:
    """For any valid report, checking its JSON finds exactly what checking the object finds."""
    assert set(nk.validate_data(report_json.report_to_dict(report))) == set(nk.validate(report))


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5000) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


@given(st.data())
def test_validate_data_never_raises_and_flags_what_the_model_refuses(data: st.DataObject) -> None:
    """Overwrite any field of a valid report with any JSON: no exception, and an error whenever the model refuses."""
    doc = _data()
    target: Any = doc
    while True:
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        if not keys:
            break
        key = data.draw(st.sampled_from(keys))
        if not isinstance(target[key], dict | list) or data.draw(st.booleans()):
            break
        target = target[key]
    if keys:
        target[key] = data.draw(_JSON)
    problems = nk.validate_data(doc)
    try:
        report_json.report_from_dict(doc)
    except nk.InvalidReportError:
        assert has_errors(problems)
