"""The ``export`` and ``db`` commands and ``parse --db`` (called from :mod:`nkreports.cli`)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any, TextIO

from nkreports.exceptions import CorpusDatabaseError
from nkreports.tables import FORMATS, TABLE_DESCRIPTIONS, TABLES, Row, read_reports, tables_from_reports, write_table
from nkreports.tables._parse import ParseOptions
from nkreports.tables._write import write_rows

__all__ = ["add_db_parser", "add_export_parser", "cmd_db", "cmd_export", "cmd_parse_db"]

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def _table_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--table", choices=TABLES, default="directives", help="which table (default: directives)")
    p.add_argument("--format", choices=FORMATS, default="csv", help="output format (default: csv)")
    p.add_argument("--output", metavar="FILE", help="write to FILE (default: stdout; parquet needs a file)")


def add_export_parser(sub: Any) -> None:
    """``nkreports export REPORTS.jsonl --table T --format F``."""
    p = sub.add_parser(
        "export",
        help="flatten reports (JSON Lines) into a table",
        description="Turn the JSON Lines written by 'parse --output' into one tidy table "
        "(" + ", ".join(TABLES) + ") as CSV, JSON Lines or Parquet.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="JSON Lines file of reports")
    _table_options(p)


def add_db_parser(sub: Any) -> None:
    """``nkreports db query|list|search|export|load|metadata|serve``."""
    p = sub.add_parser(
        "db", help="query, list, export or serve a corpus database", description="Work with a corpus database."
    )
    db_sub = p.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    q = db_sub.add_parser("query", help="run an SQL query", description="Run one SQL statement (read-only).")
    q.add_argument("database", metavar="DB")
    q.add_argument("sql", metavar="SQL")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output (default: table)")
    lst = db_sub.add_parser("list", help="list tables and views with row counts", description="List tables and views.")
    lst.add_argument("database", metavar="DB")
    s = db_sub.add_parser("search", help="full-text search of article text", description="FTS5 search.")
    s.add_argument("database", metavar="DB")
    s.add_argument("words", metavar="QUERY", help='FTS5 query: words, "phrases", AND, OR, NOT')
    s.add_argument("--limit", type=int, default=20, metavar="N", help="at most N articles (default: 20)")
    e = db_sub.add_parser("export", help="export a table", description="Export one table of the database.")
    e.add_argument("database", metavar="DB")
    _table_options(e)
    ld = db_sub.add_parser("load", help="store reports from JSON Lines", description="Store batch output in DB.")
    ld.add_argument("database", metavar="DB")
    ld.add_argument("files", nargs="+", metavar="FILE", help="JSON Lines file written by 'parse --output'")
    m = db_sub.add_parser("metadata", help="print Datasette metadata", description="Print Datasette metadata JSON.")
    m.add_argument("--database", default="corpus", metavar="NAME", help="database name (file stem; default: corpus)")
    sv = db_sub.add_parser("serve", help="browse with Datasette", description="Serve DB with Datasette and metadata.")
    sv.add_argument("database", metavar="DB")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=8001)


def _write(rows: list[Row], args: argparse.Namespace, out: TextIO) -> int:
    if args.output is not None:
        count = write_table(rows, args.table, args.output, args.format)
        print(f"nkreports: {count} {args.table} rows -> {args.output}", file=sys.stderr)
        return EXIT_OK
    if args.format == "parquet":
        print("nkreports: error: --format parquet needs --output FILE", file=sys.stderr)
        return EXIT_USAGE
    write_rows(rows, args.table, out, args.format)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    """Flatten JSON Lines reports into one table."""
    reports = [item for name in args.files for item in read_reports(name)]
    return _write(tables_from_reports(reports)[args.table], args, out)


def cmd_parse_db(args: argparse.Namespace) -> int:
    """``parse PATH... --db FILE``: store reports as they are parsed (after writing --output, if given)."""
    from nkreports.db import CorpusDatabase, parse_into  # noqa: PLC0415 - sqlite3 and the corpus database load only when a command uses them

    options = ParseOptions(published=args.published, outlet=args.outlet, max_bytes=args.max_bytes)
    with CorpusDatabase(args.db) as db:
        summary = parse_into(
            db,
            args.paths,
            options=options,
            jobs=args.jobs,
            on_error=lambda p, m: print(f"nkreports: {p}: {m}", file=sys.stderr),
        )
        total = len(db)
    line = f"nkreports: {summary.documents} documents, {summary.reports} reports -> {args.db} ({total} articles)"
    if summary.errors:
        line += f", {len(summary.errors)} failed"
    print(line, file=sys.stderr)
    return EXIT_PROBLEMS if summary.errors else EXIT_OK


def _print_table(names: list[str], rows: list[tuple[Any, ...]], out: TextIO, *, width: int = 60) -> None:
    def cell(value: Any) -> str:
        text = "" if value is None else str(value)
        text = " ".join(text.split())
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    out.write("  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip() + "\n")
    for r in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")


def _cmd_query(args: argparse.Namespace, out: TextIO) -> int:
    from nkreports.db import CorpusDatabase  # noqa: PLC0415 - sqlite3 and the corpus database load only when a command uses them

    with CorpusDatabase(args.database, readonly=True) as db:
        names, rows = db.query(args.sql)
    if args.format == "json":
        out.write(json.dumps([dict(zip(names, r, strict=True)) for r in rows], ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
    else:
        _print_table(names, rows, out)
    return EXIT_OK


def _cmd_db(args: argparse.Namespace, out: TextIO) -> int:
    from nkreports.db import VIEWS, CorpusDatabase, datasette_metadata, serve  # noqa: PLC0415 - sqlite3 and the corpus database load only when a command uses them

    action = args.db_command
    if action == "query":
        return _cmd_query(args, out)
    if action == "metadata":
        out.write(json.dumps(datasette_metadata(args.database), ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if action == "serve":
        return serve(args.database, host=args.host, port=args.port)
    if action == "load":
        with CorpusDatabase(args.database) as db:
            count = db.add_all(item for name in args.files for item in read_reports(name))
            total = len(db)
        print(f"nkreports: {count} reports -> {args.database} ({total} articles)", file=sys.stderr)
        return EXIT_OK
    with CorpusDatabase(args.database, readonly=True) as db:
        if action == "list":
            counts = db.counts()
            descriptions = {**TABLE_DESCRIPTIONS, **{k: v.title for k, v in VIEWS.items()}}
            _print_table(["name", "rows", "description"], [(k, v, descriptions[k]) for k, v in counts.items()], out)
            return EXIT_OK
        if action == "search":
            found = db.search(args.words, limit=args.limit)
            _print_table(
                ["article_id", "outlet", "published", "snippet"],
                [(r["article_id"], r["outlet"], r["published"], r["snippet"]) for r in found],
                out,
                width=200,
            )
            return EXIT_OK if found else EXIT_PROBLEMS
        return _write(db.rows(args.table), args, out)


def cmd_db(args: argparse.Namespace, out: TextIO) -> int:
    """Dispatch ``nkreports db ACTION``; database errors are one line and exit 1."""
    try:
        return _cmd_db(args, out)
    except CorpusDatabaseError as exc:
        print(f"nkreports db: error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
