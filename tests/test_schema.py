"""The report JSON Schema: generated from the model, shipped, and in agreement with validate."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import nkreports as nk
from nkreports.io import json as report_json
from nkreports.io import read_path
from nkreports.schema import CONTRACT_KEYS, SCHEMA_FILE, SCHEMA_VERSION, build_schema, report_schema, schema_text
from nkreports.validate import has_errors

from .strategies import reports

ROOT = Path(__file__).resolve().parent.parent
VALIDATOR = jsonschema.Draft202012Validator(
    report_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
# The problem codes for what a schema can state: types, required keys, unknown keys, words, id and date shapes.
# A key the writer writes but the checker does not know (a new model field) is an `unknown-field` here:
# add it to nkreports/validate/_data.py too.
SCHEMA_CODES = frozenset(
    {
        "wrong-type",
        "missing-field",
        "unknown-field",
        "unknown-word",
        "bad-region-id",
        "bad-date",
        "bad-id",
        "bad-schema-version",
    }
)


def _schema_errors(data: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(data)]


def test_shipped_schema_is_the_generated_one() -> None:
    """The committed file is exactly what the model gives; after a model change run tools/build_schema.py."""
    shipped = files("nkreports.schema").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    assert shipped == schema_text(), "report.schema.json is stale: run `python tools/build_schema.py`"


def test_build_script_checks_the_file() -> None:
    """`tools/build_schema.py --check` passes on the committed file."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_schema.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_schema_is_draft_2020_12() -> None:
    """The schema is itself valid JSON Schema 2020-12 and names its version."""
    schema = report_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA_VERSION in schema["$id"]
    assert schema["required"][0] == "schema_version"


def test_report_schema_is_a_fresh_copy() -> None:
    """Changing the returned dict cannot change what later callers get."""
    report_schema()["properties"].clear()
    assert "article" in report_schema()["properties"]


def test_contract_keys_are_required() -> None:
    """Every key of the report contract (shared/spec/report-json.md) is required where it sits."""
    defs = build_schema()["$defs"]
    for cls, keys in CONTRACT_KEYS.items():
        required = set(build_schema()["required"] if cls is nk.Report else defs[cls.__name__]["required"])
        assert keys <= required, cls.__name__
    for subclass in (nk.Demand, nk.DateValue):
        assert {"start", "end", "text"} <= set(defs[subclass.__name__]["required"])


def test_vocabularies_come_from_the_enums() -> None:
    """Each closed vocabulary is the enum's words, in order."""
    defs = build_schema()["$defs"]
    for enum_type in (nk.Channel, nk.Body, nk.IssuerLevel, nk.Modality, nk.RegionLevel, nk.Precision, nk.BlockKind):
        assert defs[enum_type.__name__]["enum"] == [m.value for m in enum_type]


@given(reports())
def test_generated_reports_match_the_schema(report: nk.Report) -> None:
    """Any valid report, as written, validates against the schema, and validate finds no shape problem."""
    data = json.loads(report_json.dumps(report))
    assert _schema_errors(data) == []
    assert not [p for p in nk.validate_data(data) if p.code in SCHEMA_CODES]


@given(reports())
def test_to_dict_round_trip(report: nk.Report) -> None:
    """Report.to_dict / Report.from_dict give back an equal report, with the schema version first."""
    data = report.to_dict()
    assert next(iter(data)) == "schema_version"
    assert data["schema_version"] == SCHEMA_VERSION
    assert nk.Report.from_dict(data) == report
    assert nk.Report.from_dict(json.loads(json.dumps(data))) == report


def _corpus_reports(shared: Path) -> Iterator[tuple[str, nk.Report]]:
    for folder in (shared / "corpus" / "dev", ROOT / "examples"):
        for path in sorted(folder.iterdir()):
            if path.suffix in {".txt", ".html", ".json", ".xml"} and not path.name.endswith(".gold.json"):
                for document in read_path(path):
                    yield path.name, nk.parse_document(document, published="2024-01-01")


def test_every_corpus_report_matches_the_schema(shared: Path) -> None:
    """Every report of the dev corpus and the examples validates against the schema and the checker."""
    checked = 0
    for name, report in _corpus_reports(shared):
        data = report.to_dict()
        assert _schema_errors(data) == [], name
        assert not [p for p in nk.validate_data(data) if p.code in SCHEMA_CODES], name
        checked += 1
    assert checked >= 30


def test_batch_lines_match_the_schema(tmp_path: Path) -> None:
    """Batch output lines (with their input path) validate against the schema."""
    from nkreports.batch import run

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("A source in Hyesan said traders must register.", encoding="utf-8")
    run([tmp_path / "in"], output=tmp_path / "out.jsonl", published=nk.PartialDate(2024, 5, 2).first_day())
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert _schema_errors(json.loads(lines[0])) == []


TEXT = "Officials in Hyesan banned sales on March 3. A source in Hyesan said so."


def _sample() -> dict[str, Any]:
    """A report with one of everything, as JSON data."""
    date = nk.DateValue(start=36, end=43, text="March 3", precision="day", value=nk.PartialDate(2024, 3, 3))
    source = nk.Source(
        id="s1",
        descriptor="A source in Hyesan",
        location="KP-10:hyesan",
        contacted=date,
        mentions=[nk.Span.of(TEXT, 45, 63)],
    )
    report = nk.Report(
        article=nk.Article(
            outlet="dailynk",
            text=TEXT,
            blocks=[nk.Block(kind="paragraph", span=nk.Span.of(TEXT, 0, 44))],
            published=nk.PartialDate(2024, 3, 5).first_day(),
        ),
        anchor=nk.PartialDate(2024, 3, 5).first_day(),
        regions=[nk.RegionRef(region=nk.Region(id="KP-10:hyesan", kind="city", name="Hyesan"))],
        sources=[source],
        directives=[
            nk.Directive(
                id="d1",
                issuer=nk.Issuer(body="government", text="Officials in Hyesan", level="city", region="KP-10:hyesan"),
                issued=date,
                audience=["traders"],
                demands=[nk.Demand(start=20, end=32, text="banned sales", modality="prohibition")],
                source="s1",
                applies_to=["KP-10:hyesan"],
            )
        ],
        dates=[date],
    )
    return report.to_dict()


def _set(path: str, value: Any) -> Callable[[Any], Any]:
    *parents, last = path.split(".")

    def change(data: Any) -> Any:
        target: Any = data
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        if value is _DELETE:
            del target[last]
        else:
            target[int(last) if last.isdigit() else last] = value
        return data

    return change


_DELETE = object()
BREAKAGES = {
    "unknown channel": _set("sources.0.channel", "fax"),
    "unknown modality": _set("directives.0.demands.0.modality", "request"),
    "unknown body": _set("directives.0.issuer.body", "committee"),
    "unknown region kind": _set("regions.0.kind", "village"),
    "unknown block kind": _set("article.blocks.0.kind", "footer"),
    "unknown precision": _set("dates.0.precision", "week"),
    "text not a string": _set("article.text", 5),
    "regions not a list": _set("regions", {}),
    "anonymous not a boolean": _set("sources.0.anonymous", "yes"),
    "offset not an integer": _set("directives.0.demands.0.start", "20"),
    "impossible month": _set("dates.0.value", "2024-13"),
    "published not a date": _set("article.published", "March 5"),
    "malformed region id": _set("sources.0.location", "kp-10"),
    "malformed applies_to id": _set("directives.0.applies_to.0", "Hyesan"),
    "malformed source id": _set("sources.0.id", "s 1"),
    "no outlet": _set("article.outlet", _DELETE),
    "no article": _set("article", _DELETE),
    "no source id": _set("sources.0.id", _DELETE),
    "no issuer": _set("directives.0.issuer", _DELETE),
    "no modality": _set("directives.0.demands.0.modality", _DELETE),
    "no precision": _set("dates.0.precision", _DELETE),
    "no region kind": _set("regions.0.kind", _DELETE),
    "future major version": _set("schema_version", "2.0"),
    "malformed version": _set("schema_version", "one"),
    "report not an object": lambda _data: [],
}


def test_sample_is_valid_for_both() -> None:
    """The sample the breakages start from is valid for the schema and the checker."""
    data = _sample()
    assert _schema_errors(data) == []
    assert not has_errors(nk.validate_data(data))


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_broken_reports_are_rejected_by_both(breakage: str) -> None:
    """The schema and `nkreports validate` both reject a report broken in a way a schema can state."""
    data = BREAKAGES[breakage](_sample())
    assert _schema_errors(data), breakage
    assert has_errors(nk.validate_data(data)), breakage


@given(st.sampled_from(sorted(BREAKAGES)), st.sampled_from(sorted(BREAKAGES)))
def test_two_breakages_are_rejected_by_both(first: str, second: str) -> None:
    """Two breakages at once are still rejected by both."""
    data = _sample()
    for name in (first, second):
        with contextlib.suppress(KeyError, IndexError, TypeError):  # the first removed what the second changes
            data = BREAKAGES[name](data)
    assert _schema_errors(data)
    assert has_errors(nk.validate_data(data))


def test_unversioned_reports_still_read() -> None:
    """A report written before schema_version existed reads as 1.0 and validates without problems."""
    data = _sample()
    del data["schema_version"]
    assert nk.Report.from_dict(data).to_dict()["schema_version"] == SCHEMA_VERSION
    assert not nk.validate_data(data)


@pytest.mark.parametrize("version", ["1.0", "1.7"])
def test_any_minor_version_reads(version: str) -> None:
    """Minor versions only add optional keys, so every 1.x reads."""
    data = {**_sample(), "schema_version": version}
    assert nk.Report.from_dict(data).article.outlet == "dailynk"


def test_another_major_version_is_refused() -> None:
    """A report of a major version this library does not know is a typed error naming the version."""
    with pytest.raises(nk.InvalidReportError, match=r"'2\.0' is not supported"):
        nk.Report.from_dict({**_sample(), "schema_version": "2.0"})
    codes = {p.code for p in nk.validate_data({**_sample(), "schema_version": "2.0"})}
    assert "bad-schema-version" in codes


def test_the_walk_covers_new_field_types() -> None:
    """A field type another developer may add gets a schema, or an error saying where to teach the walk."""
    from nkreports.schema._build import _Walk

    @attrs.frozen(kw_only=True)
    class Extra:
        """An invented class."""

        words: list[str]
        counts: dict[str, int]
        mode: Literal["a", "b"] = "a"
        when: dt.date | None = None

    walk = _Walk()
    assert walk.of_type(Extra) == {"$ref": "#/$defs/Extra"}
    shape = walk.defs["Extra"]
    assert shape["required"] == ["words", "counts"]
    assert shape["properties"]["words"] == {"type": "array", "items": {"type": "string"}}
    assert shape["properties"]["counts"] == {"type": "object", "additionalProperties": {"type": "integer"}}
    assert shape["properties"]["mode"] == {"enum": ["a", "b"]}
    assert shape["properties"]["when"] == {"anyOf": [{"$ref": "#/$defs/Date"}, {"type": "null"}]}
    with pytest.raises(TypeError, match=r"schema/_build\.py"):
        walk.of_type(complex)
