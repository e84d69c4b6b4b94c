"""The ``nkreports`` command line: a thin layer over the public API.

Exit codes: 0 success, 1 problems found (errors in a document or report), 2 usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from nkreports import __version__
from nkreports._pipeline import parse_all
from nkreports._summary import summarize
from nkreports.exceptions import NKReportsError
from nkreports.io import json as report_json
from nkreports.outlets import default_registry

__all__ = ["main"]

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def _date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"{value!r} is not a date of the form YYYY-MM-DD"
        raise argparse.ArgumentTypeError(msg) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nkreports", description="Structured facts from reporting on North Korea.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "parse", help="extract a report from a document", description="Extract a report from a document."
    )
    p.add_argument("path", metavar="PATH", help="document file (text, HTML, WordPress JSON, RSS/Atom) or - for stdin")
    p.add_argument(
        "--published", type=_date_arg, metavar="YYYY-MM-DD", help="publication date (anchor for relative dates)"
    )
    p.add_argument("--outlet", metavar="KEY", help="force an outlet instead of detecting it")
    p.add_argument("--format", choices=("json", "text"), default="json", help="output format (default: json)")

    sub.add_parser("outlets", help="list registered outlets", description="List registered outlets.")
    return parser


def _cmd_parse(args: argparse.Namespace, out: TextIO) -> int:
    source: bytes | Path = sys.stdin.buffer.read() if args.path == "-" else Path(args.path)
    reports = parse_all(source, published=args.published, outlet=args.outlet)
    if args.format == "text":
        out.write("\n\n".join(summarize(r) for r in reports) + "\n")
        return EXIT_OK
    payload = [report_json.report_to_dict(r) for r in reports]
    out.write(json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def _cmd_outlets(_args: argparse.Namespace, out: TextIO) -> int:
    rows = [("KEY", "NAME", "HOSTS")]
    for outlet in default_registry():
        hosts = getattr(outlet, "hosts", ())
        rows.append((outlet.key, outlet.name, ", ".join(hosts) if hosts else "-"))
    width = [max(len(r[i]) for r in rows) for i in range(2)]
    for key, name, hosts in rows:
        out.write(f"{key:<{width[0]}}  {name:<{width[1]}}  {hosts}\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    commands = {"parse": _cmd_parse, "outlets": _cmd_outlets}
    try:
        return commands[args.command](args, sys.stdout)
    except NKReportsError as exc:
        print(f"nkreports: error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except ValueError as exc:
        print(f"nkreports: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
