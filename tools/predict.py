#!/usr/bin/env python3
"""Write one report JSON per answer key, parsing in one process, for ``score.py --predictions``.

Usage: python tools/predict.py TEXTS_DIR KEYS_DIR OUT_DIR

Each key ``NAME.gold.json`` names its document ``TEXTS_DIR/NAME.{txt,html,json,xml}``
and its anchor date. Parsing in one process loads every table and model once,
where ``score.py``'s default runs the command line once per document.

Real-corpus figures, texts fetched as ``../shared/corpus/real/README.md`` says::

    python tools/predict.py .realtexts ../shared/corpus/real/keys /tmp/preds
    python ../shared/tools/score.py .realtexts --keys ../shared/corpus/real/keys --predictions /tmp/preds -v
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nkreports
from nkreports.io import json as report_json

SUFFIXES = (".txt", ".html", ".htm", ".json", ".xml")


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    texts, keys, out = map(Path, argv)
    out.mkdir(parents=True, exist_ok=True)
    for key in sorted(keys.glob("*.gold.json")):
        name = key.name[: -len(".gold.json")]
        doc = next((texts / (name + s) for s in SUFFIXES if (texts / (name + s)).exists()), None)
        if doc is None:
            print(f"no document for {name}", file=sys.stderr)
            continue
        gold = json.loads(key.read_text(encoding="utf-8"))
        anchor = (gold[0] if isinstance(gold, list) else gold)["anchor"]  # a key per article of a page
        try:
            reports = nkreports.parse_all(doc, published=anchor)
        except nkreports.NKReportsError as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            continue
        if len(reports) == 1:
            body = report_json.dumps(reports[0])
        else:
            body = json.dumps([report_json.report_to_dict(r) for r in reports], ensure_ascii=False)
        (out / (name + ".json")).write_text(body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
