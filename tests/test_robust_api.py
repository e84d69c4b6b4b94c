"""The public API's input contract: a str is text, a path is a path, wrong types are clear errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import nkreports

ARTICLE = "A source in Hyesan told Daily NK on Monday that traders must register their stalls."


def test_a_string_naming_a_file_is_parsed_as_text(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("The password of the night watchman in Hyesan is swordfish.", encoding="utf-8")
    report = nkreports.parse(str(secret))
    assert report.article.text == str(secret)
    assert "swordfish" not in report.article.text


def test_a_path_object_is_read(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(ARTICLE, encoding="utf-8")
    assert nkreports.parse(doc).article.text == ARTICLE
    assert nkreports.parse_file(str(doc)).article.text == ARTICLE
    assert nkreports.parse_file(doc).article.text == ARTICLE


def test_parse_file_of_a_missing_file_is_a_document_error(tmp_path: Path) -> None:
    with pytest.raises(nkreports.DocumentError, match="no such file"):
        nkreports.parse_file(str(tmp_path / "nope.txt"))


class _FsPath(os.PathLike[str]):
    def __init__(self, path: Path) -> None:
        self._path = path

    def __fspath__(self) -> str:
        return str(self._path)


def test_any_path_like_is_read(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(ARTICLE, encoding="utf-8")
    assert nkreports.parse(_FsPath(doc)).article.text == ARTICLE


@pytest.mark.parametrize("document", [None, 123, 1.5, ["text"], {"text": "x"}])
def test_a_document_of_the_wrong_type_is_a_clear_type_error(document: object) -> None:
    with pytest.raises(TypeError, match=r"document must be the text \(str\)"):
        nkreports.parse(document)  # type: ignore[arg-type]


@pytest.mark.parametrize("outlet", [123, 1.5, object()])
def test_an_outlet_of_the_wrong_type_is_a_clear_type_error(outlet: object) -> None:
    with pytest.raises(TypeError, match="outlet must be an outlet key"):
        nkreports.parse(ARTICLE, outlet=outlet)  # type: ignore[arg-type]


@pytest.mark.parametrize("published", [2024, 2024.5, ["2024-01-01"]])
def test_a_published_date_of_the_wrong_type_is_a_clear_type_error(published: object) -> None:
    with pytest.raises(TypeError, match=r"published must be a datetime\.date"):
        nkreports.parse(ARTICLE, published=published)  # type: ignore[arg-type]


def test_no_spelling_of_a_file_name_reads_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Relative, ./, absolute, ~-less or with a trailing newline: a str is text, whatever it names."""
    secret = tmp_path / "notes.txt"
    secret.write_text("Hidden words about Musan county market guards.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for spelling in ("notes.txt", "./notes.txt", str(secret), f"{tmp_path}/./notes.txt", "notes.txt\n"):
        assert "Musan" not in nkreports.parse(spelling).article.text


@given(st.text(min_size=1, max_size=80))
def test_any_string_is_text_or_a_typed_error(text: str) -> None:
    """On any one-line string parse returns a report of that text or raises NKReportsError."""
    try:
        report = nkreports.parse(text)
    except nkreports.NKReportsError:
        return
    assert set("".join(report.article.text.split())) <= set(text) | {"\ufffd"}  # nothing read from elsewhere
