"""`nkreports regions`: look up places from the command line."""

from __future__ import annotations

import pytest

from nkreports.cli import main


def test_query_any_spelling(capsys: pytest.CaptureFixture[str]) -> None:
    """A press spelling prints the region's id, level, name and hierarchy."""
    assert main(["regions", "Yangkang"]) == 0
    out = capsys.readouterr().out
    assert out.split()[:3] == ["KP-10", "province", "Ryanggang"]
    assert "North Korea" in out


def test_query_county(capsys: pytest.CaptureFixture[str]) -> None:
    """Gapsan is Kapsan county in Ryanggang."""
    assert main(["regions", "Gapsan"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("KP-10:kapsan")
    assert "county" in line
    assert "Ryanggang > North Korea" in line


def test_shared_name_lists_both(capsys: pytest.CaptureFixture[str]) -> None:
    """A name two places share prints both."""
    assert main(["regions", "Unsan"]) == 0
    out = capsys.readouterr().out
    assert "KP-02:unsan" in out
    assert "KP-03:unsan" in out


def test_level_lists(capsys: pytest.CaptureFixture[str]) -> None:
    """`--level province` lists every province, and nothing else."""
    assert main(["regions", "--level", "province"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 13
    assert all(line.split()[1] == "province" for line in lines)


def test_partial_name(capsys: pytest.CaptureFixture[str]) -> None:
    """A query that is no full name falls back to names containing it."""
    assert main(["regions", "Hyes"]) == 0
    assert "KP-10:hyesan" in capsys.readouterr().out


def test_no_match(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown place exits 1 with a message on stderr."""
    assert main(["regions", "Atlantis"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no region matches" in captured.err


def test_bad_level(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown level is a usage error."""
    assert main(["regions", "--level", "planet"]) == 2
    assert "unknown level" in capsys.readouterr().err
