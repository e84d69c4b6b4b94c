"""The ``nkreports`` command line: a thin layer over the public API.

Exit codes: 0 success, 1 problems found (a document could not be parsed, or a
report has errors), 2 usage error (bad options, unknown outlet).  Every error
is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from nkreports import __version__
from nkreports._cli_tables import add_db_parser, add_export_parser, cmd_db, cmd_export, cmd_parse_db
from nkreports._pipeline import parse_all, parse_document
from nkreports._scaffold import new_outlet_package
from nkreports._summary import summarize
from nkreports.batch import DEFAULT_TIMEOUT
from nkreports.batch import run as run_batch
from nkreports.exceptions import DocumentError, DocumentTooLargeError, NKReportsError, UnknownOutletError
from nkreports.gazetteer import default_gazetteer
from nkreports.io import DEFAULT_MAX_BYTES, decode, read_path
from nkreports.io import json as report_json
from nkreports.io._indent import dumps_indented
from nkreports.model import Report
from nkreports.outlets import Plugin, default_registry
from nkreports.testing import add_fixture
from nkreports.validate import Problem, has_errors, validate_file, validate_text

__all__ = ["main"]

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

GC_THRESHOLDS = (50_000, 20, 100)
"""The cyclic garbage collector's thresholds while ``nkreports parse`` runs (Python's default: 700, 10, 10).

A parse allocates millions of objects that live as long as the document and
makes few reference cycles; at the default the collector walks the young
objects every 700 allocations and all of them ever more often as the document
grows (about 5 % of the CPU time of a 20 MiB document).
"""

OUTPUT_SUFFIXES = (".jsonl", ".ndjson")
"""File name endings ``nkreports parse --output`` writes (JSON Lines); any other is a usage error."""


def _date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"{value!r} is not a date of the form YYYY-MM-DD"
        raise argparse.ArgumentTypeError(msg) from None


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = 0.0
    if not number > 0 or number == float("inf"):
        msg = f"{value!r} is not a positive number of seconds"
        raise argparse.ArgumentTypeError(msg)
    return number


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        msg = f"{value!r} is not a positive whole number"
        raise argparse.ArgumentTypeError(msg)
    return number


def _add_parse_parser(sub: Any) -> None:
    p = sub.add_parser(
        "parse",
        help="extract reports from documents",
        description="Extract a report from a document; with --output, from many documents into JSON Lines.",
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="document file (text, HTML, WordPress JSON, RSS/Atom) or - for stdin; "
        "with --output also directories and globs",
    )
    p.add_argument(
        "--published", type=_date_arg, metavar="YYYY-MM-DD", help="publication date (anchor for relative dates)"
    )
    p.add_argument("--outlet", metavar="KEY", help="force an outlet instead of detecting it")
    p.add_argument("--format", choices=("json", "text"), default="json", help="output format (default: json)")
    p.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse documents larger than N bytes (default: {DEFAULT_MAX_BYTES})",
    )
    batch = p.add_argument_group("batch mode (with --output)")
    batch.add_argument(
        "--output",
        metavar="FILE",
        help=f"write one JSON report per line to FILE (JSON Lines: {', '.join(OUTPUT_SUFFIXES)})",
    )
    batch.add_argument("--errors", metavar="FILE", help="where failed documents go (default: FILE.errors.jsonl)")
    batch.add_argument("--jobs", type=_positive_int, default=1, metavar="N", help="parse in N processes (default: 1)")
    batch.add_argument("--resume", action="store_true", help="skip documents already in the output or errors file")
    batch.add_argument("--progress", action="store_true", help="show a progress bar even when stderr is not a terminal")
    batch.add_argument("--db", metavar="FILE", help="store reports in the SQLite corpus database FILE (see 'db')")
    batch.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up on a document after SECONDS and record it as an error (default: {DEFAULT_TIMEOUT:g})",
    )


def _add_validate_parser(sub: Any) -> None:
    p = sub.add_parser(
        "validate",
        help="check report JSON files",
        description="Check saved or hand-written report JSON (one report, a list, or JSON Lines). "
        "Exits 1 when errors are found; warnings alone exit 0.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="report JSON file, or - for stdin")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")


def _add_outlet_parser(sub: Any) -> None:
    p = sub.add_parser(
        "outlet",
        help="start an outlet plug-in and its fixtures",
        description="Tools for outlet authors (see the 'Writing a parser for a new outlet' page).",
    )
    tools = p.add_subparsers(dest="tool", required=True, metavar="TOOL")
    new = tools.add_parser(
        "new",
        help="write the skeleton of an outlet package",
        description="Write nkreports-KEY/: the BaseOutlet declaration, its entry point in pyproject.toml, "
        "a tests/fixtures/ folder and a test running assert_outlet_reads.",
    )
    new.add_argument("key", metavar="KEY", help="the outlet key, a lowercase identifier such as nkwatch")
    new.add_argument("--host", required=True, help="the site's host name, such as nkwatch.example")
    new.add_argument("--name", help="the site's name as readers know it (default: KEY)")
    new.add_argument("--dir", default=".", metavar="DIR", help="where to create the package (default: .)")
    fixture = tools.add_parser(
        "fixture",
        help="turn a saved page into a fixture with its expected reading",
        description="Copy a saved page (HTML, text, WordPress JSON, feed) into the fixtures folder and write "
        "CASE.expected.json from the outlet's reading, to be checked by eye. URLs are not fetched: save the "
        "page first.",
    )
    fixture.add_argument("file", metavar="FILE", help="the saved page")
    fixture.add_argument("--outlet", required=True, metavar="KEY", help="the installed outlet that reads it")
    fixture.add_argument(
        "--dir", default="tests/fixtures", metavar="DIR", help="the fixtures folder (default: tests/fixtures)"
    )
    fixture.add_argument("--name", metavar="CASE", help="the case name (default: the file's stem)")
    fixture.add_argument("--force", action="store_true", help="overwrite an existing case")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nkreports", description="Structured facts from reporting on North Korea.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_parse_parser(sub)
    _add_validate_parser(sub)
    add_export_parser(sub)
    add_db_parser(sub)
    sub.add_parser(
        "outlets",
        help="list registered outlets",
        description="List registered outlets with the package that provides each; broken plug-ins are named (exit 1).",
    )
    _add_outlet_parser(sub)

    r = sub.add_parser(
        "regions", help="look up regions in the gazetteer", description="Look up regions by any spelling."
    )
    r.add_argument(
        "query", nargs="?", metavar="QUERY", help="a place name in any spelling (Yangkang, Gapsan, Chung-Jin)"
    )
    r.add_argument("--level", metavar="LEVEL", help="only regions of this level or kind (province, city, county, ...)")
    return parser


def _read_stdin(max_bytes: int) -> bytes:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        msg = f"stdin: the document is over the {max_bytes}-byte limit"
        raise DocumentTooLargeError(msg)
    return data


def _parse_one(args: argparse.Namespace) -> tuple[Report, ...]:
    try:
        return _parse_path(args)
    except RecursionError:
        msg = f"{args.paths[0]}: the document is nested too deeply to parse"
        raise DocumentError(msg) from None


def _parse_path(args: argparse.Namespace) -> tuple[Report, ...]:
    path = args.paths[0]
    if path == "-":
        return parse_all(_read_stdin(args.max_bytes), published=args.published, outlet=args.outlet)
    if args.max_bytes == DEFAULT_MAX_BYTES:
        return parse_all(Path(path), published=args.published, outlet=args.outlet)
    documents = read_path(path, max_bytes=args.max_bytes)
    return tuple(parse_document(d, published=args.published, outlet=args.outlet) for d in documents)


def _cmd_parse(args: argparse.Namespace, out: TextIO) -> int:
    if args.db is not None:
        status = _cmd_batch(args) if args.output is not None else EXIT_OK
        return max(status, cmd_parse_db(args))
    if args.output is not None:
        return _cmd_batch(args)
    reports = _parse_one(args)
    if args.format == "text":
        out.write("\n\n".join(summarize(r) for r in reports) + "\n")
        return EXIT_OK
    payload = [report_json.report_to_dict(r) for r in reports]
    out.write(dumps_indented(payload[0] if len(payload) == 1 else payload) + "\n")
    return EXIT_OK


def _cmd_batch(args: argparse.Namespace) -> int:
    summary = run_batch(
        args.paths,
        output=args.output,
        errors=args.errors,
        jobs=args.jobs,
        resume=args.resume,
        published=args.published,
        outlet=args.outlet,
        max_bytes=args.max_bytes,
        progress=True if args.progress else None,
        timeout=args.timeout,
    )
    line = f"nkreports: {summary.documents} documents, {summary.reports} reports -> {summary.output}"
    if summary.skipped:
        line += f", {summary.skipped} skipped (already done)"
    if summary.errors:
        line += f", {summary.errors} failed -> {summary.errors_path}"
    print(_visible(line), file=sys.stderr)
    return EXIT_OK if summary.ok else EXIT_PROBLEMS


def _validate_one(name: str) -> tuple[Problem, ...]:
    try:
        if name == "-":
            return validate_text(decode(sys.stdin.buffer.read(), name="stdin"))
        return validate_file(name)
    except DocumentError as exc:
        return (Problem(code="unreadable", message=str(exc)),)


def _cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    found = [(name, problem) for name in args.files for problem in _validate_one(name)]
    if args.format == "json":
        records = [{"file": name, **problem.to_dict()} for name, problem in found]
        out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    else:
        for name, problem in found:
            out.write(_visible(f"{name}: {problem}") + "\n")
        errors = sum(p.is_error for _, p in found)
        print(f"nkreports: {len(args.files)} files, {errors} errors, {len(found) - errors} warnings", file=sys.stderr)
    return EXIT_PROBLEMS if has_errors(p for _, p in found) else EXIT_OK


def _package(plugin: Plugin | None) -> str:
    if plugin is None or plugin.package is None:
        return "-"
    return f"{plugin.package} {plugin.version}" if plugin.version else plugin.package


def _cmd_outlets(_args: argparse.Namespace, out: TextIO) -> int:
    registry = default_registry()
    rows = [("KEY", "NAME", "PACKAGE", "HOSTS")]
    for outlet in registry:
        hosts = getattr(outlet, "hosts", ())
        rows.append((outlet.key, outlet.name, _package(registry.plugin(outlet.key)), ", ".join(hosts) or "-"))
    for plugin in registry.broken:
        rows.append((plugin.name, "BROKEN (left out)", _package(plugin), "-"))
    width = [max(len(r[i]) for r in rows) for i in range(3)]
    for key, name, package, hosts in rows:
        out.write(f"{key:<{width[0]}}  {name:<{width[1]}}  {package:<{width[2]}}  {hosts}\n")
    for plugin in registry.broken:
        print(f"nkreports: {_one_line(Exception(plugin.error))}", file=sys.stderr)
    return EXIT_PROBLEMS if registry.broken else EXIT_OK


def _cmd_outlet(args: argparse.Namespace, out: TextIO) -> int:
    try:
        if args.tool == "new":
            root = new_outlet_package(args.key, args.host, args.dir, name=args.name)
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                out.write(f"{path}\n")
            return EXIT_OK
        if "://" in args.file:
            print(
                f"nkreports outlet fixture: error: {args.file} is a URL; save the page to a file first "
                "(nkreports reads no network)",
                file=sys.stderr,
            )
            return EXIT_USAGE
        outlet = default_registry().get(args.outlet)
        document, expected = add_fixture(outlet, args.file, args.dir, name=args.name, overwrite=args.force)
    except (ValueError, FileExistsError, FileNotFoundError) as exc:
        print(f"nkreports outlet {args.tool}: error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    out.write(expected.read_text(encoding="utf-8"))
    print(f"nkreports: wrote {document} and {expected}; check the reading by eye", file=sys.stderr)
    return EXIT_OK


def _cmd_regions(args: argparse.Namespace, out: TextIO) -> int:
    gaz = default_gazetteer()
    found = list(gaz.lookup_all(args.query)) if args.query else list(gaz)
    if args.query and not found:
        needle = args.query.casefold()
        found = [r for r in gaz if any(needle in s.casefold() for s in r.spellings)]
    if args.level:
        try:
            wanted = {r.id for r in gaz.by_level(args.level)}
        except ValueError as exc:
            print(f"nkreports regions: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        found = [r for r in found if r.id in wanted]
    if not found:
        print(f"nkreports: no region matches {args.query or args.level!r}", file=sys.stderr)
        return EXIT_PROBLEMS
    for region in found:
        chain = " > ".join(a.name for a in gaz.ancestors(region))
        out.write(f"{region.id:<24} {region.level.value:<9} {region.name}" + (f"  ({chain})" if chain else "") + "\n")
    return EXIT_OK


def _unwritable(output: str) -> str | None:
    """Why ``--output`` *output* is refused (its ending names a format batch mode does not write), or ``None``."""
    suffix = Path(output).suffix
    if suffix.lower() in OUTPUT_SUFFIXES:
        return None
    found = f"a {suffix!r} file" if suffix else "a file without an extension"
    allowed = " or ".join(OUTPUT_SUFFIXES)
    return f"nkreports parse: error: --output {output}: batch mode writes JSON Lines ({allowed}), not {found}"


def _visible(text: str) -> str:
    """*text* safe for a terminal: control characters (escape sequences) and undecodable bytes shown escaped."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape", "backslashreplace").decode() for ch in text)


def _one_line(exc: BaseException) -> str:
    return _visible(" ".join(str(exc).split())[:1000]) or type(exc).__name__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help and --version exit 0; argparse errors exit 2 after printing usage
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    batch_mode = args.command == "parse" and (args.output is not None or args.db is not None)
    if args.command == "parse" and not batch_mode and len(args.paths) > 1:
        print("nkreports parse: error: several PATHs need --output (batch mode)", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "parse" and args.output is not None and _unwritable(args.output):
        print(_unwritable(args.output), file=sys.stderr)
        return EXIT_USAGE
    if batch_mode and "-" in args.paths:
        print("nkreports parse: error: batch mode (--output) reads files, not stdin (-)", file=sys.stderr)
        return EXIT_USAGE
    thresholds = gc.get_threshold()
    if args.command == "parse":
        gc.set_threshold(*GC_THRESHOLDS)  # collect less often while parsing (forked workers inherit it)
    commands = {
        "parse": _cmd_parse,
        "validate": _cmd_validate,
        "outlets": _cmd_outlets,
        "outlet": _cmd_outlet,
        "regions": _cmd_regions,
        "export": cmd_export,
        "db": cmd_db,
    }
    try:
        return commands[args.command](args, sys.stdout)
    except UnknownOutletError as exc:
        print(f"nkreports: error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except NKReportsError as exc:
        print(f"nkreports: error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_PROBLEMS
    except RecursionError:
        print("nkreports: error: the document is nested too deeply to parse", file=sys.stderr)
        return EXIT_PROBLEMS
    except MemoryError:
        print("nkreports: error: out of memory", file=sys.stderr)
        return EXIT_PROBLEMS
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("nkreports: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # the last boundary: a bug must still end in one line (NKREPORTS_TRACEBACK=1 shows it)
        if os.environ.get("NKREPORTS_TRACEBACK"):
            raise
        print(f"nkreports: internal error: {type(exc).__name__}: {_one_line(exc)}", file=sys.stderr)
        return EXIT_PROBLEMS
    finally:
        gc.set_threshold(*thresholds)
