"""The analyst tutorial (docs/tutorial-analyst.md) as one runnable script.

    python docs/tutorial_analyst.py ../shared/corpus/dev /tmp/analysis [--figures docs/_static]

Each step sits between ``# [name]`` and ``# [/name]`` markers, which the page
includes; tests/test_tutorial.py runs the whole script on the dev corpus.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def step_parse(corpus: Path, out: Path) -> Path:
    # [parse]
    import nkreports
    from nkreports.db import CorpusDatabase

    def published(doc: Path) -> str:
        """The publication date, from the answer key beside each dev-corpus document."""
        key = json.loads(doc.with_suffix(".gold.json").read_text(encoding="utf-8"))
        return (key[0] if isinstance(key, list) else key)["anchor"]

    documents = sorted(
        p for p in corpus.iterdir() if p.suffix in {".txt", ".html", ".json", ".xml"} and ".gold" not in p.suffixes
    )
    database = out / "corpus.sqlite"
    with CorpusDatabase(database) as db:
        for doc in documents:
            for report in nkreports.parse_all(doc, published=published(doc)):
                db.add(report, path=doc.name)
        print(f"{len(db)} articles in {database.name}")
    # [/parse]
    return database


def step_browse(database: Path) -> None:
    # [browse]
    from nkreports.cli import main

    main(["db", "list", str(database)])
    main(["db", "query", str(database), "SELECT * FROM orders_by_issuer_body LIMIT 5"])
    main(["db", "search", str(database), "smuggling OR smugglers", "--limit", "3"])
    # [/browse]


def step_tables(database: Path) -> Any:
    # [tables]
    from nkreports import tables
    from nkreports.db import CorpusDatabase

    with CorpusDatabase(database, readonly=True) as db:
        directives = tables.to_pandas(db.rows("directives"), "directives")
        where = tables.to_pandas(db.rows("directive_regions"), "directive_regions")
    print(directives[["directive_id", "issuer_body", "issuer_level", "month"]].head())

    counted = (
        where.merge(directives[["directive_id", "month"]], on="directive_id")
        .dropna(subset=["province", "month"])
        .drop_duplicates(["directive_id", "province"])
    )
    per_month = counted.pivot_table(
        index="month", columns="province", values="directive_id", aggfunc="count", fill_value=0
    )
    print(per_month)
    # [/tables]
    return per_month


def step_view(database: Path) -> list[tuple[Any, ...]]:
    # [view]
    from nkreports.db import CorpusDatabase

    with CorpusDatabase(database, readonly=True) as db:
        names, rows = db.query(
            "SELECT province, month, directives FROM directives_per_province_month"
            " WHERE month IS NOT NULL ORDER BY month, province"
        )
    for row in rows[:5]:
        print(dict(zip(names, row, strict=True)))
    # [/view]
    return rows


def step_export(database: Path, out: Path) -> None:
    # [export]
    from nkreports.cli import main

    main(["db", "export", str(database), "--table", "directives", "--format", "parquet",
          "--output", str(out / "directives.parquet")])  # fmt: skip
    main(["db", "export", str(database), "--table", "sources", "--format", "csv", "--output", str(out / "sources.csv")])
    # [/export]


def step_plot(per_month: Any, figures: Path) -> Path:
    # [plot]
    import matplotlib

    matplotlib.use("Agg")  # draw to files, no window
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 4), layout="constrained")
    per_month.plot.bar(stacked=True, ax=ax, width=0.8)
    ax.set_xlabel("month (issued, else published)")
    ax.set_ylabel("directives")
    ax.set_title("Directives per province per month (dev corpus)")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="province", fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1))
    figure = figures / "tutorial-directives-per-province-month.png"
    fig.savefig(figure, dpi=100)
    plt.close(fig)
    # [/plot]
    per_month.to_csv(figures / "tutorial-directives-per-province-month.csv")
    return figure


def run(corpus: Path, out: Path, figures: Path | None = None) -> dict[str, Any]:
    """Every step, in order; returns what each produced (for the test)."""
    out.mkdir(parents=True, exist_ok=True)
    database = step_parse(corpus, out)
    step_browse(database)
    per_month = step_tables(database)
    rows = step_view(database)
    step_export(database, out)
    figure = step_plot(per_month, figures or out)
    return {"database": database, "per_month": per_month, "view": rows, "figure": figure}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--figures", type=Path, help="where the figure and its table go (default: OUT)")
    args = parser.parse_args()
    run(args.corpus, args.out, args.figures)
