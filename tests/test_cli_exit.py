"""Exit codes and one-line errors: 0 ok, 1 problems found, 2 usage; `validate`; batch mode from the CLI."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

import nkreports.cli
from nkreports.cli import main

from .test_validate import _data

ARTICLE = "The Musan County People’s Committee ordered residents to report visitors, a source said on Monday.\n"


@pytest.fixture(name="article")
def _article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_help_prints_and_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    """--help prints usage to stdout and exits 0, for the program and each command."""
    assert main(["--help"]) == 0
    assert "usage: nkreports" in capsys.readouterr().out
    assert main(["parse", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--output" in out
    assert "--max-bytes" in out


def test_version_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the version and exits 0."""
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("nkreports ")


@pytest.mark.parametrize(
    "argv",
    [[], ["nosuch"], ["parse"], ["parse", "x.txt", "--format", "xml"], ["parse", "x.txt", "--jobs", "0"]],
)
def test_usage_errors_exit_two_with_usage(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Argparse errors exit 2 and print argparse's usage message."""
    assert main(argv) == 2
    assert "usage: nkreports" in capsys.readouterr().err


def test_several_paths_need_output(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Several PATHs without --output is a usage error."""
    assert main(["parse", str(article), str(article)]) == 2
    assert "--output" in capsys.readouterr().err


def test_batch_does_not_read_stdin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`-` with --output is a usage error."""
    assert main(["parse", "-", "--output", str(tmp_path / "out.jsonl")]) == 2
    assert "stdin" in capsys.readouterr().err


def test_unknown_outlet_is_a_usage_error(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --outlet exits 2 with one line."""
    assert main(["parse", str(article), "--outlet", "nosuch"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_max_bytes(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--max-bytes refuses a larger document with exit 1 and names the limit."""
    assert main(["parse", str(article), "--max-bytes", "20"]) == 1
    assert "20-byte limit" in capsys.readouterr().err
    assert main(["parse", str(article), "--max-bytes", "100000"]) == 0


def test_max_bytes_on_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The limit holds for standard input too."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    assert main(["parse", "-", "--max-bytes", "10"]) == 1
    assert "limit" in capsys.readouterr().err


def test_single_document_output_is_unchanged(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`parse PATH` prints the same indented JSON report as the library's report_to_dict."""
    assert main(["parse", str(article), "--published", "2024-03-21"]) == 0
    printed = capsys.readouterr().out
    report = nkreports.parse(article, published="2024-03-21")
    expected = json.dumps(nkreports.io.json.report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
    assert printed == expected


def test_internal_errors_are_one_line(
    article: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug deep inside still ends in one line and exit 1, not a traceback."""

    def broken(*_args: object, **_kwargs: object) -> None:
        msg = "something\nbroke"
        raise RuntimeError(msg)

    monkeypatch.setattr(nkreports.cli, "parse_all", broken)
    monkeypatch.delenv("NKREPORTS_TRACEBACK", raising=False)
    assert main(["parse", str(article)]) == 1
    err = capsys.readouterr().err
    assert err == "nkreports: internal error: RuntimeError: something broke\n"


def test_recursion_is_one_line(
    article: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Input nested too deeply for a reader ends in one line and exit 1."""

    def deep(*_args: object, **_kwargs: object) -> None:
        raise RecursionError

    monkeypatch.setattr(nkreports.cli, "parse_all", deep)
    assert main(["parse", str(article)]) == 1
    assert capsys.readouterr().err == f"nkreports: error: {article}: the document is nested too deeply to parse\n"


def test_batch_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`parse DIR --output` writes JSON Lines and an errors file; exit 1 when a document failed."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(folder), "--output", str(out), "--jobs", "2"]) == 1
    err = capsys.readouterr().err
    assert "1 failed" in err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert main(["parse", str(folder), "--output", str(out), "--resume"]) == 0
    assert "2 skipped" in capsys.readouterr().err


def _write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_validate_clean_file_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A clean report validates with exit 0 and no problem lines."""
    assert main(["validate", str(_write(tmp_path, "r.json", _data()))]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "0 errors" in captured.err


def test_validate_errors_exit_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Errors exit 1 and print one readable line each, naming the file and the field."""
    data = _data()
    data["directives"][0]["demands"][0]["modality"] = "must"
    path = _write(tmp_path, "r.json", data)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{path}: directives[0].demands[0].modality: error: ")
    assert out.rstrip().endswith("[unknown-word]")


def test_validate_warnings_alone_exit_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Warnings are printed but do not fail the run."""
    data = _data()
    data["sources"][0]["location"] = None
    assert main(["validate", str(_write(tmp_path, "r.json", data))]) == 0
    assert "source-without-location" in capsys.readouterr().out


def test_validate_json_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format json prints a list of problems with file, code, severity, path and message."""
    data = _data()
    data["sources"][0]["channel"] = "pigeon"
    path = _write(tmp_path, "r.json", [data, data])
    assert main(["validate", str(path), "--format", "json"]) == 1
    records = json.loads(capsys.readouterr().out)
    assert [r["path"] for r in records] == ["[0].sources[0].channel", "[1].sources[0].channel"]
    assert set(records[0]) == {"file", "code", "severity", "path", "message"}


def test_validate_unreadable_and_not_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Missing, undecodable and non-JSON files are errors, one line each."""
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe\x00")
    text = tmp_path / "text.json"
    text.write_text("A source said so.", encoding="utf-8")
    assert main(["validate", str(tmp_path / "missing.json"), str(bad), str(text)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.rsplit("[", 1)[1] for line in lines] == ["unreadable]", "unreadable]", "not-json]"]


def test_validate_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`validate -` reads report JSON from standard input."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(json.dumps(_data()).encode())))
    assert main(["validate", "-"]) == 0
    assert capsys.readouterr().out == ""


def test_batch_output_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What batch mode writes, `validate` accepts without errors."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(folder), "--output", str(out), "--published", "2024-03-21"]) == 0
    assert main(["validate", str(out)]) == 0
    assert "0 errors" in capsys.readouterr().err
