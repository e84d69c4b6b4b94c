"""The report contract for users: to_dict/from_dict, short reprs, batch lines with their path, --output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given

import nkreports as nk
from nkreports.batch import run
from nkreports.cli import OUTPUT_SUFFIXES, main
from nkreports.io import json as report_json

from .strategies import reports

TEXT = "Officials in Hyesan banned sales on March 3."


def _long_report(title: str = "Hyesan bans sales") -> nk.Report:
    text = (TEXT + " ") * 200
    return nk.Report(
        article=nk.Article(outlet="dailynk", text=text, title=title, published=nk.PartialDate(2024, 3, 5).first_day()),
        regions=[nk.RegionRef(region=nk.Region(id="KP-10:hyesan", kind="city", name="Hyesan"))],
    )


def test_repr_is_short_and_says_what_is_there() -> None:
    """repr(report) names outlet, title, date and counts, never the article text."""
    report = _long_report()
    assert repr(report) == (
        "<Report dailynk 'Hyesan bans sales' 2024-03-05: 1 region, 0 sources, 0 directives, 0 dates>"
    )
    assert repr(report.article) == "<Article dailynk 'Hyesan bans sales' 2024-03-05 en, 9,000 characters>"


def test_repr_cuts_long_titles_and_names_missing_ones() -> None:
    """A long title is cut with an ellipsis; no title and no date read as such."""
    assert "…" in repr(_long_report(title="Hyesan " * 30))
    bare = nk.Report(article=nk.Article(outlet="rfa", text=TEXT))
    assert repr(bare) == "<Report rfa untitled undated: 0 regions, 0 sources, 0 directives, 0 dates>"


@given(reports())
def test_repr_is_bounded(report: nk.Report) -> None:
    """Whatever the report holds, its repr and its article's stay one short line."""
    for text in (repr(report), repr(report.article)):
        assert len(text) < 200
        assert "\n" not in text


def test_html_repr_is_an_escaped_table() -> None:
    """_repr_html_ is a small table, with markup in the data escaped."""
    report = _long_report(title="<script>alert(1)</script> & more")
    page = report._repr_html_()
    assert page.startswith("<table>")
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "<th>regions</th><td>1</td>" in page
    assert "KP-10:hyesan" in page
    assert TEXT not in page
    assert "<th>characters</th><td>9,000</td>" in report.article._repr_html_()


def test_to_dict_is_the_json_module() -> None:
    """Report.to_dict is report_to_dict; from_dict refuses bad data with the typed error."""
    report = _long_report()
    assert report.to_dict() == report_json.report_to_dict(report)
    with pytest.raises(nk.InvalidReportError):
        nk.Report.from_dict({"article": {"outlet": "dailynk"}, "sources": "none"})


def _batch(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("A source in Hyesan said traders must register.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("Officials in Musan banned sales of corn.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run([tmp_path / "in"], output=out)
    return out


def test_loads_line_keeps_the_path(tmp_path: Path) -> None:
    """loads_line gives each batch line's input path with its report; loads drops it."""
    out = _batch(tmp_path)
    line = out.read_text(encoding="utf-8").splitlines()[0]
    path, report = report_json.loads_line(line)
    assert path is not None
    assert path.endswith("a.txt")
    assert report == report_json.loads(line)
    assert report_json.loads_line(report_json.dumps(report)) == (None, report)


def test_read_jsonl_reads_every_line(tmp_path: Path) -> None:
    """read_jsonl yields (path, report) per line, skipping blank lines."""
    out = _batch(tmp_path)
    out.write_text(out.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    found = list(report_json.read_jsonl(out))
    assert [Path(p or "").name for p, _ in found] == ["a.txt", "b.txt"]
    assert all(isinstance(r, nk.Report) for _, r in found)


def test_read_jsonl_names_the_bad_line(tmp_path: Path) -> None:
    """A bad line is an InvalidReportError naming the file's line number."""
    out = _batch(tmp_path)
    out.write_text(out.read_text(encoding="utf-8") + '{"article": 5}\n', encoding="utf-8")
    with pytest.raises(nk.InvalidReportError, match="line 3"):
        list(report_json.read_jsonl(out))


def test_parse_output_carries_the_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`nkreports parse` prints the schema version first."""
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    assert main(["parse", str(doc)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert next(iter(data)) == "schema_version"
    assert data["schema_version"] == report_json.SCHEMA_VERSION


@pytest.mark.parametrize("name", ["out.csv", "out.json", "out.parquet", "out"])
def test_output_refuses_what_it_will_not_write(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    """--output with an ending batch mode does not write exits 2, says why, and writes nothing."""
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    assert main(["parse", str(doc), "--output", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert "--output" in err
    assert all(suffix in err for suffix in OUTPUT_SUFFIXES)
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("name", ["out.jsonl", "out.ndjson", "OUT.JSONL"])
def test_output_takes_json_lines(tmp_path: Path, name: str) -> None:
    """.jsonl and .ndjson (any case) are JSON Lines."""
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    assert main(["parse", str(doc), "--output", str(tmp_path / name)]) == 0
    assert report_json.loads_line((tmp_path / name).read_text(encoding="utf-8"))[0] == str(doc)


def test_loads_line_refuses_overlong_integers_and_deep_nesting_with_a_typed_error() -> None:
    """A batch line that is not a report raises InvalidReportError, never a bare ValueError."""
    import pytest

    from nkreports import InvalidReportError
    from nkreports.io.json import loads_line

    for bad in ("9" * 5000, "[" * 100_000):
        with pytest.raises(InvalidReportError):
            loads_line(bad)
