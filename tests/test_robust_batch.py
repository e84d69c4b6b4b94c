"""Batch mode under hostile conditions: refusals, spellings, odd names, timeouts, dying parents (issue 14)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nkreports as nk
from nkreports._workers import in_workers
from nkreports.batch import errors_path_for, run
from nkreports.cli import main

ARTICLE = "Authorities in Hyesan ordered traders on {n} streets to register, a source in Yanggang Province said.\n"


def _doc(path: Path, n: int = 1) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE.format(n=n), encoding="utf-8")
    return path


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_bytes().decode("utf-8").splitlines()]


def test_errors_file_equal_to_output_is_refused(tmp_path: Path) -> None:
    doc = _doc(tmp_path / "a.txt")
    out = tmp_path / "out.jsonl"
    with pytest.raises(nk.OutputError, match="same file"):
        run([doc], output=out, errors=tmp_path / "." / "out.jsonl")
    assert not out.exists()


def test_output_naming_an_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    doc = _doc(tmp_path / "a.txt")
    before = doc.read_bytes()
    for output, errors in ((doc, None), (tmp_path / "o.jsonl", doc)):
        with pytest.raises(nk.OutputError, match="names the input"):
            run([str(doc)], output=output, errors=errors)
    with pytest.raises(nk.OutputError, match="names the input"):
        run([str(tmp_path / "*.txt")], output=doc)
    assert doc.read_bytes() == before


def test_cli_refusal_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _doc(tmp_path / "a.jsonl")  # an ending --output accepts, so the refusal is about the file itself
    assert main(["parse", str(doc), "--output", str(doc)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("nkreports: error: --output")
    assert "internal" not in err
    assert doc.read_text(encoding="utf-8") == ARTICLE.format(n=1)


def test_unwritable_output_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _doc(tmp_path / "a.txt")
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(nk.OutputError, match="cannot write"):
        run([doc], output=blocker / "out.jsonl")
    assert main(["parse", str(doc), "--output", str(blocker / "out.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "cannot write" in err
    assert "internal error" not in err


SPELLINGS = ("relative", "dot", "absolute", "symlink", "updown")


def _spell(path: Path, how: str, link: Path) -> str:
    if how == "relative":
        return os.path.relpath(path)
    if how == "dot":
        return os.path.join(".", os.path.relpath(path))  # noqa: PTH118
    if how == "symlink":
        return str(link)
    if how == "updown":
        return str(path.parent / ".." / path.parent.name / path.name)
    return str(path.resolve())


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SPELLINGS), min_size=1, max_size=6), st.lists(st.sampled_from(SPELLINGS), min_size=1))
def test_any_arrangement_of_names_for_one_file_parses_it_once(first: list[str], second: list[str]) -> None:
    """Relative, ./, absolute, .. and symlink spellings: one line, and a resume with any other spelling skips it."""
    with tempfile.TemporaryDirectory() as folder:
        doc = _doc(Path(folder) / "in" / "a.txt")
        link = Path(folder) / "link.txt"
        link.symlink_to(doc)
        out = Path(folder) / "out.jsonl"
        summary = run([_spell(doc, h, link) for h in first], output=out, timeout=None)
        assert (summary.documents, len(_records(out))) == (1, 1)
        again = run([_spell(doc, h, link) for h in second], output=out, resume=True, timeout=None)
        assert again.documents == 0
        assert len(_records(out)) == 1


@pytest.mark.skipif(sys.platform == "darwin" or os.name != "posix", reason="needs byte file names")
def test_a_file_name_that_is_not_utf8_gives_a_record(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.path.join(os.fsencode(folder), b"caf\xe9.txt")  # noqa: PTH118
    with open(raw, "wb") as handle:  # noqa: PTH123
        handle.write(ARTICLE.format(n=1).encode())
    with open(os.path.join(os.fsencode(folder), b"empty\xff.txt"), "wb"):  # noqa: PTH118, PTH123
        pass
    out = tmp_path / "out.jsonl"
    summary = run([folder], output=out)
    assert (summary.documents, summary.reports, summary.errors) == (2, 1, 1)
    (line,) = _records(out)
    assert os.fsencode(str(line["path"])) == raw  # the exact name, kept as escapes in valid UTF-8
    (error,) = _records(errors_path_for(out))
    assert error["error"] == "DocumentError"
    assert run([folder], output=out, resume=True).documents == 0


def test_symlink_loops_give_records(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _doc(folder / "a.txt")
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)
    (tmp_path / "elsewhere").mkdir()
    _doc(tmp_path / "elsewhere" / "b.txt")
    (folder / "side").symlink_to(tmp_path / "elsewhere")  # a link to another folder is walked, not an error
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    out = tmp_path / "out.jsonl"
    summary = run([folder, loop], output=out)
    assert summary.reports == 2
    failed = {Path(str(r["path"])).name: str(r["message"]) for r in _records(errors_path_for(out))}
    assert set(failed) == {"self.txt", "up", "loop.txt"}
    assert "symlink loop" in failed["up"]


def test_unreadable_subdirectory_and_empty_named_directory_leave_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    _doc(folder / "a.txt")
    locked = folder / "locked"
    _doc(locked / "b.txt")
    empty = tmp_path / "empty"
    empty.mkdir()
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if os.fspath(path) == str(locked):  # type: ignore[call-overload]
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out.jsonl"
    summary = run([folder, empty], output=out, timeout=None)
    assert summary.reports == 1
    messages = {Path(str(r["path"])).name: str(r["message"]) for r in _records(errors_path_for(out))}
    assert "cannot read the directory" in messages["locked"]
    assert "no documents" in messages["empty"]


def test_resume_streams_the_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Resuming never reads the whole output into memory: it goes line by line."""
    docs = [_doc(tmp_path / "in" / f"d{n}.txt", n) for n in range(3)]
    out = tmp_path / "out.jsonl"
    run(docs[:2], output=out, timeout=None)
    with out.open("ab") as handle:
        handle.write(b'{"path": "torn')

    def refuse(*_args: object, **_kwargs: object) -> bytes:
        msg = "the whole file was read"
        raise AssertionError(msg)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    summary = run(docs, output=out, resume=True, timeout=None)
    monkeypatch.undo()
    assert (summary.documents, summary.skipped) == (1, 2)
    assert sorted(str(r["path"]) for r in _records(out)) == sorted(map(str, docs))


def _work(path: str, _arg: None) -> str:
    if path.startswith("slow"):
        time.sleep(120)
    if path.startswith("crash"):
        os._exit(3)
    return path


def test_a_document_over_the_timeout_is_recorded_and_its_worker_replaced() -> None:
    results = list(
        in_workers(
            ["slow", "a", "crash", "b"],
            _work,
            None,
            jobs=2,
            timeout=10.0,  # far above any fast result, far below the slow one
            on_timeout=lambda p: f"timeout:{p}",
            on_crash=lambda p: f"crash:{p}",
        )
    )
    assert sorted(results) == ["a", "b", "crash:crash", "timeout:slow"]
    assert results[-1] == "timeout:slow"  # the others were written as they finished, not after it


_HOLDER = """
import os, sys, time
sys.path.insert(0, {tests!r})
from nkreports._workers import in_workers
from test_robust_batch import _work
results = in_workers(["slow1", "slow2"], _work, None, jobs=2, timeout=None, on_timeout=str, on_crash=str)
try:
    next(results)
except StopIteration:
    pass
"""


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to find the workers")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_with_their_parent(how: signal.Signals) -> None:
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER.format(tests=str(Path(__file__).parent))])
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while time.monotonic() < deadline and len(workers) < 2:
            workers = _children(holder.pid)
            time.sleep(0.05)
        assert len(workers) == 2
        holder.send_signal(how)
        holder.wait(timeout=60)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.05)
        assert not any(_alive(w) for w in workers)
    finally:
        if holder.poll() is None:
            holder.kill()


def test_timeout_option(tmp_path: Path) -> None:
    doc = _doc(tmp_path / "a.txt")
    with contextlib.redirect_stderr(io.StringIO()):
        assert main(["parse", str(doc), "--output", str(tmp_path / "o.jsonl"), "--timeout", "30"]) == 0
        assert main(["parse", str(doc), "--output", str(tmp_path / "o.jsonl"), "--timeout", "0"]) == 2
    with pytest.raises(ValueError, match="timeout"):
        run([doc], output=tmp_path / "p.jsonl", timeout=0)


@pytest.mark.parametrize("name", ["evil\x1b[2J\x1b]0;pwned\x07.txt", "bell\x07.txt"])
def test_terminal_escapes_in_file_names_are_escaped_on_stderr(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_text("", encoding="utf-8")
    assert main(["parse", str(path)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "\x07" not in err
    assert "\\x1b" in err or "\\x07" in err
