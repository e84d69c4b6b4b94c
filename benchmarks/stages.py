"""CPU time of each stage of one realistic document (synthetic articles one after another).

    python benchmarks/stages.py                 # 1 MiB, the better of two parses
    python benchmarks/stages.py --size 4194304 --runs 1

The document is built as the hostile sweep builds its 20 MiB one
(``benchmarks/synth.py``, text articles joined by blank lines).  After a
warm-up parse (which loads the dependency parser), the document is parsed
``--runs`` times in this process with the same garbage-collector thresholds as
``nkreports parse``; the stages of the fastest run are printed as JSON, CPU
seconds each, with the report's JSON written as the CLI writes it.  Stages
nest: ``directives`` holds the triggers, demands, issuers and the clause
actors (which hold the bounded dependency parse, a fixed cost per document).
"""

from __future__ import annotations

import argparse
import collections
import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import make_document

import nkreports
import nkreports.extract as extract_module
import nkreports.extract.directives._linking as linking_module
from nkreports.cli import GC_THRESHOLDS
from nkreports.io import json as report_json
from nkreports.io._indent import dumps_indented
from nkreports.outlets import BaseOutlet

_STAGES = {
    extract_module: {
        "find_regions": "regions",
        "find_dates": "dates",
        "split_sentences": "sentences",
        "find_sources": "sources",
        "find_directives": "directives",
        "fill_applies_to": "applies_to",
    },
    linking_module: {
        "find_triggers": "directives: triggers",
        "find_demands": "directives: demands",
        "find_issuers": "directives: issuers",
        "clause_actors": "directives: clause actors and the dependency parse",
    },
}


def document(size: int) -> str:
    """Synthetic text articles joined by blank lines, up to *size* bytes of UTF-8."""
    parts: list[str] = []
    total = 0
    index = 0
    while True:
        text = make_document(index, kind="text").content
        if total + len(text.encode("utf-8")) + 2 > size:
            return "\n\n".join(parts)
        parts.append(text)
        total += len(text.encode("utf-8")) + 2
        index += 1


def _timed(function: Callable[..., Any], label: str, spent: collections.Counter[str]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - started

    return timed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2**20, help="document size in bytes (default 1 MiB)")
    parser.add_argument("--runs", type=int, default=2, help="parses of the document; the fastest is shown")
    args = parser.parse_args()
    spent: collections.Counter[str] = collections.Counter()
    for module, names in _STAGES.items():
        for name, label in names.items():
            setattr(module, name, _timed(getattr(module, name), label, spent))
    BaseOutlet.article = _timed(BaseOutlet.article, "outlet blocks (article)", spent)  # type: ignore[method-assign]
    text = document(args.size)
    nkreports.parse("Warm-up. The Ministry of State Security ordered traders to register.")
    gc.set_threshold(*GC_THRESHOLDS)
    best: dict[str, float] = {}
    for _ in range(args.runs):
        spent.clear()
        started = time.process_time()
        report = nkreports.parse(text)
        spent["parse (all stages)"] = time.process_time() - started
        started = time.process_time()
        dumps_indented(report_json.report_to_dict(report))
        spent["report JSON"] = time.process_time() - started
        if not best or spent["parse (all stages)"] < best["parse (all stages)"]:
            best = dict(spent)
    print(json.dumps({"bytes": len(text.encode("utf-8")), **{k: round(v, 2) for k, v in best.items()}}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
