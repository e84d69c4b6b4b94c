"""Batch mode: JSON Lines output, an errors file, parallel workers, resuming after a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import nkreports as nk
from nkreports.batch import errors_path_for, expand_paths, run
from nkreports.io import json as report_json

ARTICLE = "Authorities in Hyesan ordered traders on {n} streets to register, a source in Yanggang Province said.\n"
FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>'
    "<item><title>One</title><description>Traders in Hyesan were told to register.</description></item>"
    "<item><title>Two</title><description>Residents in Musan were told to report visitors.</description></item>"
    "</channel></rss>\n"
)


def _docs(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"doc{n:03d}.txt"
        path.write_text(ARTICLE.format(n=n), encoding="utf-8")
        paths.append(str(path))
    return paths


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_good_report_and_every_error_is_written(tmp_path: Path) -> None:
    """Good documents give one line each with their path; bad ones go to the errors file."""
    paths = _docs(tmp_path / "in", 5)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02")
    out = tmp_path / "out.jsonl"
    summary = run([tmp_path / "in"], output=out)
    lines = _lines(out)
    assert [line["path"] for line in lines] == paths
    assert summary.documents == 7
    assert summary.reports == 5
    assert summary.errors == 2
    assert not summary.ok
    errors = _lines(tmp_path / "out.errors.jsonl")
    assert {e["error"] for e in errors} == {"DocumentError"}
    assert {Path(str(e["path"])).name for e in errors} == {"empty.txt", "binary.txt"}


def test_lines_read_back_as_reports(tmp_path: Path) -> None:
    """Each output line, "path" key and all, reads back with nkreports.io.json and validates."""
    _docs(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    run([tmp_path / "in"], output=out, published=nk.PartialDate(2024, 5, 2).first_day())
    for line in out.read_text(encoding="utf-8").splitlines():
        report = report_json.loads(line)
        assert report.anchor == nk.PartialDate(2024, 5, 2).first_day()
        assert not any(p.is_error for p in nk.validate_data(json.loads(line)))


def test_jobs_give_the_same_output_as_one_process(tmp_path: Path) -> None:
    """Parallel workers write the same lines (in the order documents finish: path identifies each)."""
    _docs(tmp_path / "in", 20)
    (tmp_path / "in" / "bad.txt").write_bytes(b"\xff\xfe")
    run([tmp_path / "in"], output=tmp_path / "one.jsonl")
    summary = run([tmp_path / "in"], output=tmp_path / "four.jsonl", jobs=4, chunk_size=3)
    one, four = ((tmp_path / name).read_bytes().splitlines() for name in ("one.jsonl", "four.jsonl"))
    assert sorted(one) == sorted(four)
    assert summary.errors == 1
    assert (tmp_path / "one.errors.jsonl").read_text() == (tmp_path / "four.errors.jsonl").read_text()


def test_a_feed_gives_one_line_per_item(tmp_path: Path) -> None:
    """A document holding several articles writes several lines with the same path."""
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED, encoding="utf-8")
    count = len(nk.parse_all(feed))
    summary = run([feed], output=tmp_path / "out.jsonl")
    lines = _lines(tmp_path / "out.jsonl")
    assert len(lines) == summary.reports == count
    assert {line["path"] for line in lines} == {str(feed)}


def test_resume_skips_done_paths_and_drops_a_torn_line(tmp_path: Path) -> None:
    """--resume keeps complete lines, cuts a partial last line, and parses only what is missing."""
    paths = _docs(tmp_path / "in", 6)
    out = tmp_path / "out.jsonl"
    run([tmp_path / "in"], output=out)
    full = out.read_bytes()
    lines = full.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:3]) + lines[3][:40])  # killed while writing the fourth line
    summary = run([tmp_path / "in"], output=out, resume=True)
    assert summary.skipped == 3
    assert summary.documents == 3
    assert out.read_bytes() == full
    assert [line["path"] for line in _lines(out)] == paths


def test_resume_drops_an_incomplete_feed(tmp_path: Path) -> None:
    """Lines of a document whose last line was torn are redone, so no feed item goes missing."""
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run([feed], output=out)
    full = out.read_bytes()
    lines = full.splitlines(keepends=True)
    if len(lines) < 2:
        pytest.skip("the RSS reader has not landed: a feed gives one report")
    out.write_bytes(lines[0] + lines[1][:30])
    run([feed], output=out, resume=True)
    assert out.read_bytes() == full


def test_without_resume_the_files_start_afresh(tmp_path: Path) -> None:
    """A new run replaces the output and errors files of an old one."""
    _docs(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    out.write_text("stale\n")
    errors_path_for(out).write_text("stale\n")
    run([tmp_path / "in"], output=out)
    assert len(_lines(out)) == 2
    assert errors_path_for(out).read_text() == ""


def test_a_killed_run_loses_nothing(tmp_path: Path) -> None:
    """Kill a run part-way, resume it: every document ends up in the output exactly once."""
    paths = _docs(tmp_path / "in", 300)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "nkreports", "parse", str(tmp_path / "in"), "--output", str(out)]
    proc = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.stat().st_size > 20_000:
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.01)
    proc.wait(timeout=120)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    killed_at = len(_lines_tolerant(out))
    assert 0 < killed_at < len(paths)
    done = subprocess.run([*command, "--resume"], capture_output=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    assert sorted(str(line["path"]) for line in _lines(out)) == sorted(paths)


def _lines_tolerant(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.endswith("}")]


def test_expand_paths(tmp_path: Path) -> None:
    """Directories are walked (hidden files skipped), globs expanded, repeats dropped, unknown names kept."""
    paths = _docs(tmp_path / "in", 3)
    (tmp_path / "in" / ".hidden.txt").write_text("x")
    found = expand_paths([tmp_path / "in", str(tmp_path / "in" / "doc00*.txt"), str(tmp_path / "nope.txt")])
    assert found == [*paths, str(tmp_path / "nope.txt")]


def test_errors_path_for() -> None:
    """The errors file sits next to the output."""
    assert errors_path_for("runs/out.jsonl") == Path("runs/out.errors.jsonl")
    assert errors_path_for("out") == Path("out.errors.jsonl")


def test_progress_bar_goes_to_the_given_stream(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With progress=True a bar is drawn on stderr; by default (not a TTY) nothing is."""
    _docs(tmp_path / "in", 3)
    run([tmp_path / "in"], output=tmp_path / "a.jsonl")
    assert capsys.readouterr().err == ""
    run([tmp_path / "in"], output=tmp_path / "b.jsonl", progress=True)
    assert "3/3 documents" in capsys.readouterr().err


def test_jobs_must_be_positive(tmp_path: Path) -> None:
    """jobs < 1 is refused."""
    with pytest.raises(ValueError, match="jobs"):
        run([], output=tmp_path / "out.jsonl", jobs=0)


def test_output_inside_the_input_folder_is_not_read(tmp_path: Path) -> None:
    """A run writing into the folder it walks never parses its own output or errors file."""
    paths = _docs(tmp_path / "in", 3)
    out = tmp_path / "in" / "out.jsonl"
    summary = run([tmp_path / "in"], output=out)
    assert summary.documents == 3
    assert [line["path"] for line in _lines(out)] == paths
    again = run([tmp_path / "in"], output=out, resume=True)
    assert again.documents == 0
