"""The command line: output formats and one-line errors for bad input."""

from __future__ import annotations

import gc
import io
import json
import sys
from pathlib import Path

import pytest

from nkreports import cli
from nkreports.cli import main

ARTICLE = (
    "The Hyesan City People’s Committee ordered traders to register their stalls, Daily NK has learned.\n\n"
    "A source in Yanggang Province told Daily NK on Tuesday that the order came on March 3.\n"
)


@pytest.fixture(name="article")
def _article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_parse_json(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`parse --format json` prints one report with the contract's top-level keys."""
    assert main(["parse", str(article), "--published", "2024-03-21", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"article", "regions", "sources", "directives", "dates"} <= data.keys()
    assert data["article"]["published"] == "2024-03-21"


def test_parse_text(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--format text` prints a readable summary with the section headings."""
    assert main(["parse", str(article), "--format", "text"]) == 0
    out = capsys.readouterr().out
    for heading in ("Regions", "Sources", "Directives", "Dates"):
        assert heading in out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`-` reads the document from standard input."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    assert main(["parse", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["text"].startswith("The Hyesan")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"   \n\n  \t", "empty"),
        (b"\xff\xfe\xfa broken", "not valid UTF-8"),
        (b"\x00\x01\x02binary", "binary"),
    ],
)
def test_bad_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str) -> None:
    """Missing, empty and undecodable files exit non-zero with one clear line, no traceback."""
    path = tmp_path / "doc.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["parse", str(path)]) != 0
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_bad_date_is_usage_error(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed --published is a usage error (exit 2)."""
    assert main(["parse", str(article), "--published", "2024-13-01"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_unknown_outlet(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --outlet names the registered ones."""
    assert main(["parse", str(article), "--outlet", "nosuch"]) != 0
    assert "registered" in capsys.readouterr().err


def test_outlets_lists_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    """`outlets` lists the built-in outlets."""
    assert main(["outlets"]) == 0
    out = capsys.readouterr().out
    assert "dailynk" in out
    assert "generic" in out


def test_parse_collects_garbage_less_often_and_restores_the_collector(
    article: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`parse` runs with the raised collector thresholds; the caller's thresholds are back afterwards."""
    seen: list[tuple[int, ...]] = []
    parse = cli._cmd_parse

    def spy(args: object, out: object) -> int:
        seen.append(gc.get_threshold())
        return parse(args, out)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "_cmd_parse", spy)
    before = gc.get_threshold()
    assert main(["parse", str(article)]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["text"].startswith("The Hyesan")
    assert seen == [cli.GC_THRESHOLDS]
    assert gc.get_threshold() == before
    assert main(["outlets"]) == 0  # other commands leave the collector alone
    assert gc.get_threshold() == before
