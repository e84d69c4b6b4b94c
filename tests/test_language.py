"""Language detection: only English text is read; other languages are a typed error naming the language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import nkreports as nk
from nkreports._language import LANGUAGE_NAMES
from nkreports.batch import run
from nkreports.cli import main

# Invented sentences in the outlets' styles, one per language.
SAMPLES = {
    "en": "A Daily NK informant in Ryanggang Province said on Tuesday that the provincial party committee "
    "ordered traders in Hyesan to register their stalls with the market management office by Friday.",
    "ko": "양강도 소식통은 화요일 데일리NK에 도당위원회가 혜산시 장사꾼들에게 "
    "금요일까지 매대를 등록하라고 지시했다고 전했다.",
    "zh": "据两江道消息人士周二透露，道党委命令惠山市场的商人在周五之前登记他们的摊位。",
    "ja": "両江道の消息筋は火曜日、道党委員会が恵山の商人に金曜日までに売り場を登録するよう指示したと伝えた。",
    "ru": "Источник в провинции Рянгандо сообщил во вторник, что провинциальный комитет партии приказал "
    "торговцам в Хесане зарегистрировать свои прилавки до пятницы.",
    "fr": "Selon une source dans la province de Ryanggang, le comité provincial du parti a ordonné aux "
    "commerçants de Hyesan de faire enregistrer leurs étals auprès du bureau du marché avant vendredi, "
    "et les contrôles sont devenus plus stricts.",
    "de": "Nach Angaben einer Quelle in der Provinz Ryanggang hat das Parteikomitee der Provinz den Händlern "
    "in Hyesan befohlen, ihre Stände bis Freitag bei der Marktverwaltung anzumelden, und die Kontrollen "
    "sind strenger geworden.",
    "es": "Según una fuente en la provincia de Ryanggang, el comité provincial del partido ordenó a los "
    "comerciantes de Hyesan que registraran sus puestos en la oficina del mercado antes del viernes, y "
    "los controles se han vuelto más estrictos.",
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_detects_the_language(language: str) -> None:
    """Each sample is named by its ISO 639-1 code."""
    assert nk.detect_language(SAMPLES[language]) == language


def test_english_with_korean_names_stays_english() -> None:
    """Korean place names and a French phrase inside English text do not make it Korean or French."""
    text = SAMPLES["en"] + " The market (혜산시장, Hyesan market) was, as one trader put it, a fait accompli."
    assert nk.detect_language(text) == "en"


@pytest.mark.parametrize("text", ["", "2024-05-02", "Hyesan", "Le marché"])
def test_too_little_text_is_english(text: str) -> None:
    """With too few words to tell, the text is taken as English."""
    assert nk.detect_language(text) == "en"


@given(st.text(max_size=300))
def test_any_text_gets_a_known_code(text: str) -> None:
    """Any text gets one of the named codes, never an exception."""
    assert nk.detect_language(text) in LANGUAGE_NAMES


@pytest.mark.parametrize("language", ["ko", "zh", "ru", "fr"])
def test_other_languages_are_a_typed_error(language: str) -> None:
    """A non-English document raises UnsupportedLanguageError (a DocumentError) naming the language."""
    with pytest.raises(nk.UnsupportedLanguageError, match=LANGUAGE_NAMES[language]) as caught:
        nk.parse(SAMPLES[language], published="2024-05-02")
    assert caught.value.language == language
    assert isinstance(caught.value, nk.DocumentError)


def test_english_article_says_english_whatever_the_page_declares() -> None:
    """The detected language wins over a page's wrong lang attribute."""
    page = f'<html lang="ko"><head><title>Market rules</title></head><body><p>{SAMPLES["en"]}</p></body></html>'
    report = nk.parse(page.encode(), published="2024-05-02")
    assert report.article.language == "en"


def test_batch_records_the_language_error(tmp_path: Path) -> None:
    """In batch mode a Korean document is a recorded error; the English one is parsed."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "en.txt").write_text(SAMPLES["en"], encoding="utf-8")
    (tmp_path / "in" / "ko.txt").write_text(SAMPLES["ko"], encoding="utf-8")
    summary = run([tmp_path / "in"], output=tmp_path / "out.jsonl")
    assert (summary.reports, summary.errors) == (1, 1)
    record = json.loads(summary.errors_path.read_text(encoding="utf-8"))
    assert record["error"] == "UnsupportedLanguageError"
    assert "Korean" in record["message"]


def test_cli_names_the_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`nkreports parse` on a Korean document exits 1 with one line naming Korean."""
    doc = tmp_path / "ko.txt"
    doc.write_text(SAMPLES["ko"], encoding="utf-8")
    assert main(["parse", str(doc)]) == 1
    err = capsys.readouterr().err
    assert "Korean (ko)" in err
    assert "English text only" in err
