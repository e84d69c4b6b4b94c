"""Batch inputs: the files that paths, directories and globs name, each once, and which outputs are safe.

A directory is walked (hidden names skipped); a subdirectory that cannot be
read, an explicitly named directory without documents and a symlink loop stay
in the list so that the run records them as errors instead of losing them
silently.  Names that are not valid UTF-8 are kept as Python gives them
(surrogate escapes), so the file can still be opened.
"""

# os.path, not pathlib, throughout: realpath never raises on a symlink loop (Path.resolve does) and
# walking by strings keeps names exactly as the user spelled them.
# ruff: noqa: PTH100, PTH112, PTH114, PTH118, PTH120

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from pathlib import Path

from nkreports.exceptions import OutputError

__all__ = ["canonical", "check_outputs", "expand_paths", "is_loop", "unique_documents"]

_GLOB_CHARS = frozenset("*?[")


def canonical(path: str) -> str:
    """One spelling for every name of a file: absolute, symlinks resolved (a loop is left as far as it goes)."""
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return os.path.abspath(path)


def is_loop(path: str) -> bool:
    """Whether the directory *path* is a symlink to itself or to one of its own ancestors."""
    if not os.path.islink(path):
        return False
    real, parent = canonical(path), canonical(os.path.dirname(path))
    return parent == real or parent.startswith(real.rstrip(os.sep) + os.sep)


def _walk(top: str) -> list[str]:
    """Files under *top*, sorted; unreadable subdirectories and symlink loops are listed as entries to report."""
    found: list[str] = []
    seen = {canonical(top)}

    def unreadable(error: OSError) -> None:
        if error.filename is not None and os.fspath(error.filename) != top:
            found.append(os.fspath(error.filename))

    for folder, dirs, files in os.walk(top, onerror=unreadable, followlinks=True):
        keep = []
        for name in sorted(dirs):
            if name.startswith("."):
                continue
            full = os.path.join(folder, name)
            real = canonical(full)
            if real in seen:  # walked already: a link back up the tree is recorded, any other skipped
                if is_loop(full):
                    found.append(full)
                continue
            seen.add(real)
            keep.append(name)
        dirs[:] = keep
        found.extend(os.path.join(folder, name) for name in files if not name.startswith("."))
    if not found:
        found.append(top)  # a named directory without documents is worth a record
    return sorted(found)


def expand_paths(inputs: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Files named by *inputs*: files as given, directories walked (hidden names skipped), globs expanded.

    The result is sorted within each input and free of repeats; a name that is
    neither a file, a directory nor a matching glob is kept, so that the run
    reports it as an error (so are unreadable subdirectories, symlink loops and
    an explicitly named directory holding no documents).
    """
    found: dict[str, None] = {}
    for item in inputs:
        name = os.fspath(item)
        if os.path.isdir(name):
            found.update(dict.fromkeys(_walk(name)))
        elif not os.path.lexists(name) and _GLOB_CHARS & set(name):
            matches = glob.glob(name, recursive=True)  # noqa: PTH207  (Path.glob takes no absolute patterns)
            found.update(dict.fromkeys(sorted(m for m in matches if not os.path.isdir(m))))
        else:
            found[name] = None
    return list(found)


def unique_documents(paths: Iterable[str], skip: set[str]) -> list[str]:
    """*paths* with every file once (first spelling kept), leaving out files whose canonical name is in *skip*."""
    seen = set(skip)
    unique = []
    for path in paths:
        key = canonical(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def check_outputs(inputs: Iterable[str | os.PathLike[str]], output: Path, errors: Path) -> None:
    """Refuse outputs that would lose data: errors file = output, or either one naming an input file.

    An output inside a directory being walked is allowed: the run leaves its own
    output and errors files out of the walk by their resolved names.
    """
    out, err = canonical(str(output)), canonical(str(errors))
    if out == err:
        msg = f"--errors {errors} is the same file as --output {output}; they must differ"
        raise OutputError(msg)
    for item in inputs:
        name = os.fspath(item)
        literal = not (_GLOB_CHARS & set(name)) or os.path.lexists(name)
        named = [name] if literal else glob.glob(name, recursive=True)  # noqa: PTH207
        for path in named:
            if os.path.isdir(path):
                continue
            real = canonical(path)
            for flag, target in (("--output", out), ("--errors", err)):
                if real == target:
                    given = output if flag == "--output" else errors
                    msg = f"{flag} {given} names the input {path}; it would be overwritten"
                    raise OutputError(msg)
