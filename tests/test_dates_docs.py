"""The examples in docs/dates.md run and show what they claim."""

from __future__ import annotations

import doctest
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "dates.md"


def test_dates_page_examples_pass() -> None:
    lines = ["" if line.startswith("```") else line for line in DOC.read_text(encoding="utf-8").splitlines()]
    test = doctest.DocTestParser().get_doctest("\n".join(lines), {}, "dates.md", str(DOC), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert test.examples
    assert result.failed == 0
