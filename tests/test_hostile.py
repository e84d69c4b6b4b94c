"""Hostile input: every case ends in a result or one clear error line, never a hang or a traceback.

The cases live in ``tests/hostile_cases.py`` (``benchmarks/hostile_sweep.py`` runs
the same ones and prints each outcome).  CLI cases run in a subprocess with a
very generous timeout, so a catastrophic regex shows up as a failure, not as a
suite that never ends.

Work per call is bounded by construction (no nested unbounded quantifiers,
bounded repetition); ``test_parse_cost_grows_linearly`` checks it without
depending on the machine's speed: it compares the cost of parsing an input
with the cost of parsing the same input repeated four times more, in a fresh
subprocess, with two measures.  The *deterministic* one counts Python function
calls (a profile hook), so quadratic loops in the extractors show up exactly
(bounded memo caches, ``lru_cache`` with a ``maxsize``, are cleared before every
measured run so a repeated text is not served from memory; the unbounded data
caches, such as the gazetteer, stay warm);
the *CPU-time* one (minimum of three runs, inputs grown until a run takes at
least 50 ms) catches backtracking inside the regex engine, which no hook can
count.  A third measure, the size of the JSON report, catches output that
copies text per fact (statements once copied a long sentence per source).
Only the ratio is asserted: linear work gives about 4, quadratic about
16, exponential never finishes (the timeout); a slow machine changes both runs
alike, so the ratio does not move.  The same holds for the growth shapes of
``benchmarks/hostile_sweep.py`` (``GROWTH`` in ``tests/hostile_cases.py``).
"""

from __future__ import annotations

import concurrent.futures
import importlib
import json
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nkreports
from nkreports.batch import run

from .hostile_cases import CASES, GROWTH, Case, Growth, write_case

LIGHT = [c for c in CASES if not c.heavy]
TIMEOUT = 600  # seconds; only a hang comes near it


def _cli(path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "nkreports", "parse", str(path), *args]
    return subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)


@pytest.fixture(scope="module", name="outcomes")
def _outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, subprocess.CompletedProcess[bytes]]:
    """Every light case run through the CLI, several at a time (each in its own process)."""
    folder = tmp_path_factory.mktemp("hostile")
    with concurrent.futures.ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        futures = {c.name: pool.submit(_cli, write_case(c, folder), *c.args) for c in LIGHT}
        return {name: future.result() for name, future in futures.items()}


@pytest.mark.parametrize("case", LIGHT, ids=[c.name for c in LIGHT])
def test_cli_ends_in_result_or_one_error_line(
    case: Case, outcomes: dict[str, subprocess.CompletedProcess[bytes]]
) -> None:
    """`nkreports parse` prints JSON (exit 0) or exactly one error line (exit 1 or 2), never a traceback."""
    done = outcomes[case.name]
    err = done.stderr.decode("utf-8", "replace")
    if done.returncode == 0:
        data = json.loads(done.stdout)
        assert isinstance(data, dict | list)
    else:
        assert done.returncode in (1, 2), err
        assert len(err.strip().splitlines()) == 1, err
        assert err.startswith("nkreports: error: ")
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("empty", "empty"),
        ("whitespace-only", "empty"),
        ("binary", "binary"),
        ("invalid-utf8", "UTF-8"),
        ("over-20mb", "limit"),
        ("max-bytes", "1000-byte limit"),
    ],
)
def test_unreadable_documents_say_why(
    name: str, fragment: str, outcomes: dict[str, subprocess.CompletedProcess[bytes]]
) -> None:
    """Documents that cannot be read exit 1 with a message naming the reason."""
    done = outcomes[name]
    assert done.returncode == 1
    assert fragment in done.stderr.decode()


def test_too_large_is_a_typed_error(tmp_path: Path) -> None:
    """The size limit raises DocumentTooLargeError, a DocumentError and a ValueError."""
    path = tmp_path / "doc.txt"
    path.write_text("Traders in Hyesan were told to register.", encoding="utf-8")
    with pytest.raises(nkreports.DocumentTooLargeError) as info:
        nkreports.io.read_path(path, max_bytes=10)
    assert isinstance(info.value, nkreports.DocumentError)
    assert isinstance(info.value, ValueError)


def test_batch_survives_every_hostile_case(tmp_path: Path) -> None:
    """A batch over the smaller hostile cases, in two processes, accounts for every document exactly once."""
    folder = tmp_path / "in"
    folder.mkdir()
    paths = {str(write_case(c, folder)) for c in LIGHT if not c.args and len(c.content) <= 60_000}
    summary = run([folder], output=tmp_path / "out.jsonl", jobs=2, max_bytes=20 * 1024 * 1024)
    good = {json.loads(line)["path"] for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()}
    errors = [json.loads(line) for line in summary.errors_path.read_text(encoding="utf-8").splitlines()]
    bad = {e["path"] for e in errors}
    assert good | bad == paths
    assert not good & bad
    assert summary.documents == len(paths)
    assert all(e["error"] and e["message"] for e in errors)


@given(st.text(max_size=300))
def test_parse_returns_report_or_raises_typed_error(text: str) -> None:
    """On any text, parse() returns a Report or raises NKReportsError, nothing else."""
    try:
        report = nkreports.parse(text, published="2024-05-02")
    except nkreports.NKReportsError:
        return
    assert isinstance(report, nkreports.Report)
    assert not any(p.code.startswith("span") for p in nkreports.validate(report))


FRAGMENTS = (
    "a source in ",
    "Province ",
    "must ",
    "on Tuesday ",
    "Korean Workers Party ",
    "People\u2019s Committee ",
    "Hyesan ",
    '"',
    "\u201c",
    "\u2019",
    "Dec. 20, ",
    "early March ",
    "ordered ",
    "residents to ",
    "told Daily NK ",
    "according to ",
    "not ",
    ", ",
    ". ",
    "-",
    "\n",
    "\n\n",
    "x",
    "Aa ",
)

_PROBE = r"""
import importlib, json, pkgutil, sys, time
import nkreports
import nkreports.io.json

MEMOS = []
for info in pkgutil.walk_packages(nkreports.__path__, "nkreports."):
    if not info.name.endswith("__main__"):
        for value in vars(importlib.import_module(info.name)).values():
            params = getattr(value, "cache_parameters", None)
            if params is not None and params()["maxsize"] is not None:
                MEMOS.append(value)

def run(text):
    for memo in MEMOS:  # bounded memos (per word, per text) would serve a repeated text from memory
        memo.cache_clear()
    return nkreports.parse(text, published="2024-05-02")

def calls(text):
    count = 0
    def hook(frame, event, arg):
        nonlocal count
        count += 1
    sys.setprofile(hook)
    try:
        run(text)
    except nkreports.NKReportsError:
        pass
    finally:
        sys.setprofile(None)
    return count

def cpu(text):
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        try:
            run(text)
        except nkreports.NKReportsError:
            pass
        best = min(best, time.process_time() - start)
    return best

def size(text):
    try:
        return len(nkreports.io.json.dumps(run(text)))
    except nkreports.NKReportsError:
        return 0

def ratios(shape):
    head, unit, tail = shape
    doc = lambda n: head + unit * n + tail
    small = max(1, 2_000 // len(unit))
    while len(unit) * small < 40_000 and cpu(doc(small)) < 0.03:
        small *= 2
    out = {"unit": unit, "n": small, "chars": len(doc(small))}
    out["calls"] = calls(doc(4 * small)) / max(calls(doc(small)), 1)
    out["cpu"] = cpu(doc(4 * small)) / max(cpu(doc(small)), 1e-3)
    out["json"] = size(doc(4 * small)) / max(size(doc(small)), 1)
    return out

run("warm up: a source in Hyesan said on Tuesday that traders must register.")
print(json.dumps([ratios(shape) for shape in json.loads(sys.argv[1])]))
"""


def _growth(units: list[str] | list[Growth], processes: int = 4) -> list[dict[str, float | str]]:
    """Cost ratios (function calls, CPU time, JSON size) of parsing each unit repeated 4n versus n times.

    A unit is a fragment or a :class:`Growth` shape (``head + unit * n + tail``).
    Units are shared among a few subprocesses run side by side; CPU time is per
    process, so running them together does not change the ratios.
    """
    shapes = [(u.head, u.unit, u.tail) if isinstance(u, Growth) else ("", u, "") for u in units]
    groups = [shapes[i::processes] for i in range(processes) if shapes[i::processes]]
    procs = [
        subprocess.Popen([sys.executable, "-c", _PROBE, json.dumps(g)], stdout=subprocess.PIPE, text=True)
        for g in groups
    ]
    result: list[dict[str, float | str]] = []
    for proc in procs:
        out, _ = proc.communicate(timeout=TIMEOUT)
        assert proc.returncode == 0
        result += json.loads(out.strip().splitlines()[-1])
    return result


def _linear(ratio: dict[str, float | str]) -> bool:
    return float(ratio["calls"]) < 8 and float(ratio["cpu"]) < 10 and float(ratio["json"]) < 8


def test_each_fragment_scales_linearly() -> None:
    """Every adversarial fragment, repeated four times more, costs about four times the work."""
    ratios = _growth(list(FRAGMENTS))
    assert [r for r in ratios if not _linear(r)] == []


def test_each_growth_shape_scales_linearly() -> None:
    """The sweep's growth shapes (one sentence naming many sources, one issuer named again and again,
    many demands, many dates, many paragraphs, nested ``<article>``/``<main>``), four times larger,
    cost about four times the work and give about four times the JSON."""
    ratios = _growth(list(GROWTH))
    assert [r for r in ratios if not _linear(r)] == []


@settings(max_examples=3, derandomize=True, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=2, max_size=4).map("".join))
def test_parse_cost_grows_linearly(unit: str) -> None:
    """Four times the input costs about four times the work, never sixteen (see the module docstring)."""
    (ratio,) = _growth([unit])
    assert _linear(ratio), ratio


def _separator_led(body: object) -> bool:
    """Whether a repeated *body* starts with punctuation, like ``(-[a-z]+)*``: each round is then unambiguous."""
    items = list(body)  # type: ignore[call-overload]
    while len(items) == 1 and str(items[0][0]) == "SUBPATTERN":
        items = list(items[0][1][-1])
    if not items:
        return False
    op, arg = items[0]
    if str(op) == "LITERAL":
        chars = [arg]
    elif str(op) == "IN" and all(str(kind) == "LITERAL" for kind, _ in arg):
        chars = [c for _, c in arg]
    else:
        return False
    return all(not chr(c).isalnum() and not chr(c).isspace() for c in chars)


def _nested_unbounded(pattern: str) -> bool:
    """Whether *pattern* repeats, without bound, something that itself repeats without bound.

    A repeated group that starts with punctuation (``(-[a-z0-9]+)*``) is let
    through: the separator fixes where each round begins, so it cannot backtrack
    catastrophically.
    """

    def walk(items: object, inside: bool) -> bool:
        for op, arg in items:  # type: ignore[attr-defined]
            name = str(op)
            if name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
                _low, high, body = arg
                unbounded = high == _parser.MAXREPEAT and not _separator_led(body)
                if unbounded and inside:
                    return True
                if walk(body, inside or unbounded):
                    return True
            elif name == "SUBPATTERN":
                if walk(arg[-1], inside):
                    return True
            elif name == "BRANCH":
                if any(walk(b, inside) for b in arg[1]):
                    return True
            elif name in {"ASSERT", "ASSERT_NOT"} and walk(arg[1], inside):
                return True
        return False

    return walk(_parser.parse(pattern), inside=False)


def _package_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: list[tuple[str, re.Pattern[str]]] = []
    for info in pkgutil.walk_packages(nkreports.__path__, "nkreports."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            items = value.values() if isinstance(value, dict) else value if isinstance(value, tuple | list) else [value]
            found += [(f"{info.name}.{name}", p) for p in items if isinstance(p, re.Pattern)]
    return found


def test_nested_quantifier_detector() -> None:
    """The detector below flags the classic catastrophic shapes and passes bounded ones."""
    assert _nested_unbounded(r"(a+)+b")
    assert _nested_unbounded(r"(\w+\s?)*$")
    assert not _nested_unbounded(r"(?:\w+\s){0,6}must")
    assert not _nested_unbounded(r"\s+\w+")
    assert not _nested_unbounded(r"^[a-z]+(-[a-z0-9]+)*$")
    assert not _nested_unbounded(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
    assert _nested_unbounded(r"(?:[a'][a-z]+)*$")


REVIEWED = {
    # word(['’ʼ...]word)* with nothing after it: ʼ (a letter) is both a separator and a word
    # character, but a match can never fail once the first word matched, so nothing backtracks.
    "nkreports.gazetteer._keys._UNIT",
    # _UNIT with possessive quantifiers ([a-zA-Z]++ inside (...)++): a possessive repeat never gives back what it
    # took, so nothing can backtrack (tests/test_gazetteer_units.py checks it finds _UNIT's units).
    "nkreports.gazetteer._keys._SPLIT",
}
"""Patterns the detector flags that were read and found safe, each with the reason."""


def test_no_module_regex_nests_unbounded_quantifiers() -> None:
    """No regex the package keeps at module level repeats an unbounded repeat without bound."""
    patterns = _package_patterns()
    assert patterns, "expected the package to keep some compiled patterns"
    offenders = [name for name, p in patterns if _nested_unbounded(p.pattern) and name not in REVIEWED]
    assert not offenders
