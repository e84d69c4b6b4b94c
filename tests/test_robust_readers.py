"""Readers under broken and hostile input: typed errors, no silent loss (issue 14)."""

from __future__ import annotations

import codecs
import encodings.aliases
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nkreports
from nkreports import DocumentError, DocumentTooLargeError, InvalidReportError
from nkreports.io import Format, declared_charset, decode, read_document, read_path, sniff_format
from nkreports.io import json as report_json
from nkreports.validate import validate_file, validate_text

BODY = "<p>A source in Hyesan said traders must register their stalls by Friday.</p>"
POST = {
    "title": {"rendered": "Hyesan traders told to register"},
    "content": {"rendered": BODY},
    "excerpt": {"rendered": "<p>Traders told to register.</p>"},
    "link": "https://news.example/hyesan/",
    "date": "2024-03-05T09:00:00",
    "slug": "hyesan",
    "_embedded": {"author": [{"name": "Han Ji"}]},
}
WP_FIELDS = (("title", "rendered"), ("content", "rendered"), ("excerpt", "rendered"), ("link",), ("slug",), ("date",))
CODEC_NAMES = sorted({*encodings.aliases.aliases, *encodings.aliases.aliases.values()} | {
    "rot13", "hex", "base64", "zlib", "uu", "quopri", "undefined", "punycode", "idna", "utf-7", "bz2",
    "unicode_escape", "raw_unicode_escape", "utf-16", "utf-32", "x-user-defined", "no-such-codec",
})  # fmt: skip
SURROGATES = st.integers(min_value=0xD800, max_value=0xDFFF).map(chr)


def _set(post: dict[str, object], field: tuple[str, ...], value: str) -> dict[str, object]:
    copy = json.loads(json.dumps(post))
    if len(field) == 1:
        copy[field[0]] = value
    else:
        copy[field[0]] = {field[1]: value}
    return copy


@settings(max_examples=60, deadline=None)
@given(field=st.sampled_from(WP_FIELDS), surrogate=SURROGATES, where=st.integers(0, 20), escaped=st.booleans())
def test_any_lone_surrogate_in_any_wordpress_field_is_replaced(
    field: tuple[str, ...], surrogate: str, where: int, escaped: bool
) -> None:
    """As a JSON escape or a raw character, a lone surrogate becomes U+FFFD and the report serializes."""
    original = "Hyesan traders told to register their stalls"
    value = original[:where] + surrogate + original[where:]
    text = json.dumps(_set(POST, field, value)) if escaped else json.dumps(_set(POST, field, value), ensure_ascii=False)
    try:
        report = nkreports.parse(text)
    except DocumentError:
        return  # e.g. a content that is only a surrogate leaves no article text
    dumped = report_json.dumps(report)
    dumped.encode("utf-8")  # never a UnicodeEncodeError
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in dumped)


@pytest.mark.parametrize("kind", ["text", "html", "feed"])
def test_lone_surrogates_in_other_formats_are_replaced(kind: str) -> None:
    words = "A source in Hyesan\ud800 said traders\udfff must register."
    documents = {
        "text": words,
        "html": f"<html><body><p>{words}</p></body></html>",
        "feed": f'<?xml version="1.0"?><rss version="2.0"><channel><item><title>T\udc80</title>'
        f"<description>{words}</description></item></channel></rss>",
    }
    report = nkreports.parse(documents[kind])
    assert "traders\ufffd must register" in report.article.text
    report_json.dumps(report).encode("utf-8")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(CODEC_NAMES), st.sampled_from(["html", "xml"]))
def test_any_codec_name_in_a_charset_declaration_is_text_or_a_document_error(codec: str, where: str) -> None:
    """rot13, base64, zlib, undefined, punycode...: never LookupError or UnicodeError."""
    if where == "html":
        data = f'<html><head><meta charset="{codec}"></head><body>{BODY}</body></html>'.encode()
    else:
        data = (
            f'<?xml version="1.0" encoding="{codec}"?><rss version="2.0"><channel><item><title>T</title>'
            f"<description>A source in Hyesan said so.</description></item></channel></rss>"
        ).encode()
    try:
        docs = read_document(data)
    except DocumentError:
        return
    assert docs
    assert declared_charset(data) is None or codecs.lookup(declared_charset(data) or "").name


@pytest.mark.parametrize("codec", ["rot13", "hex", "base64", "zlib", "uu", "quopri", "undefined", "punycode"])
def test_a_transform_codec_is_no_charset(codec: str) -> None:
    page = f'<html><head><meta charset="{codec}"></head><body>{BODY}</body></html>'.encode()
    assert declared_charset(page) is None
    assert "Hyesan" in decode(page)


def test_meta_utf16_on_an_ascii_compatible_page_is_utf8() -> None:
    page = '<html><head><meta charset="utf-16"></head><body><p>Kim’s order in Hyesan.</p></body></html>'
    assert decode(page.encode("utf-8")) == page


def test_one_stray_windows_1252_byte_in_a_utf8_page_is_replaced() -> None:
    page = "<html><body><p>“Prices rose,” the source in Hyesan said. It’s ‘bad’.</p>".encode() + b"\x92</body></html>"
    text = decode(page)
    assert "“Prices rose,”" in text
    assert text.count("\ufffd") == 1


def test_a_windows_1252_page_is_still_windows_1252() -> None:
    page = "<html><body><p>“Prices rose,” the source said. It’s café.</p></body></html>".encode("cp1252")
    assert "“Prices rose,”" in decode(page)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_a_byte_order_mark_is_text(codec: str) -> None:
    words = "A source in Hyesan told Daily NK that traders must register.\n\nA second paragraph."
    assert decode(words.encode(codec)) == words
    assert decode(f"<html><body><p>{words}</p></body></html>".encode(codec)).startswith("<html>")


def test_binary_is_still_binary() -> None:
    with pytest.raises(DocumentError, match="binary"):
        decode(bytes(range(256)) * 4)


def test_a_feed_with_a_stylesheet_instruction_is_a_feed() -> None:
    feed = (
        '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>\n'
        '<rss version="2.0"><channel><item><title>T</title><description>x</description></item></channel></rss>'
    )
    assert sniff_format(feed) is Format.RSS


def test_html_opening_with_a_long_comment_is_html() -> None:
    comment = "<!-- " + "build info " * 1000 + "-->\n"
    assert sniff_format(comment + "<html><body><p>Hello.</p></body></html>") is Format.HTML
    assert sniff_format(comment + "<!DOCTYPE html>\n<title>x</title><p>Hello.</p>") is Format.HTML


@pytest.mark.parametrize(
    "bad", ["null", '{"code": "rest_no_route", "message": "No route", "data": {"status": 404}}', "3"]
)
def test_a_wordpress_list_with_a_non_post_is_an_error_not_prose(bad: str) -> None:
    with pytest.raises(DocumentError, match="item 2"):
        read_document(f"[{json.dumps(POST)}, {bad}]")


def test_a_wordpress_error_object_is_an_error_not_prose() -> None:
    with pytest.raises(DocumentError, match="WordPress REST error"):
        read_document('{"code": "rest_post_invalid_id", "message": "Invalid post ID.", "data": {"status": 404}}')


def test_elements_deeper_than_libxml2_default_limit_are_kept() -> None:
    page = "<html><body>" + "".join(f"<div><p>Paragraph {i} in Hyesan.</p>" for i in range(400)) + "</body></html>"
    (doc,) = read_document(page)
    assert len(doc.blocks) == 400
    assert doc.blocks[-1].text == "Paragraph 399 in Hyesan."


def test_one_unclosed_div_per_paragraph_keeps_every_paragraph() -> None:
    """1,500 levels deep: the walker keeps its own stack, so no RecursionError and no lost tail."""
    page = "<html><body>" + "".join(f"<div><p>Paragraph {i} in Hyesan.</p>" for i in range(1500)) + "</body></html>"
    report = nkreports.parse(page)
    assert len(report.article.blocks) == 1500
    assert report.article.text.endswith("Paragraph 1499 in Hyesan.")


def test_markup_past_every_depth_limit_is_a_document_error() -> None:
    with pytest.raises(DocumentError):
        nkreports.parse("<html><body>" + "<div>" * 3000 + "<p>Deep in Hyesan.</p></body></html>")
    with pytest.raises(DocumentError, match="nested too deeply"):
        nkreports.parse("[" * 100_000 + "]" * 100_000)


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><description>A source in Hyesan said traders must register.</description></item>
<item><title>Two &amp; more</title><description>A broken <b>item about Musan.</description></item>
<item><title>Three</title><description>A source in Chongjin said rice & maize prices rose.</description></item>
</channel></rss>"""


def test_one_malformed_feed_item_does_not_drop_later_items() -> None:
    docs = read_document(FEED)
    assert [d.title for d in docs] == ["One", "Two & more", "Three"]


def test_a_bare_ampersand_keeps_its_text() -> None:
    docs = read_document(FEED)
    assert docs[2].blocks[0].text == "A source in Chongjin said rice & maize prices rose."


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError, match="not a regular file"):
        read_path(fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused() -> None:
    with pytest.raises(DocumentError, match="not a regular file"):
        read_path("/dev/zero", max_bytes=100)


def test_max_bytes_is_enforced_on_what_is_read(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("A source in Hyesan said so. " * 10, encoding="utf-8")
    with pytest.raises(DocumentTooLargeError):
        read_path(doc, max_bytes=50)
    assert read_path(doc, max_bytes=1000)


def test_a_symlink_loop_is_a_document_error(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(DocumentError):
        read_path(loop)


def test_deep_json_is_a_problem_not_a_recursion_error(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    assert [p.code for p in validate_text(deep)] == ["not-json"]
    path = tmp_path / "deep.json"
    path.write_text(deep, encoding="utf-8")
    assert [p.code for p in validate_file(path)] == ["not-json"]
    with pytest.raises(InvalidReportError):
        report_json.loads(deep)


def test_an_overlong_integer_is_an_invalid_report() -> None:
    with pytest.raises(InvalidReportError):
        report_json.loads("9" * 5000)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_json_lines_split_on_newline_only(separator: str) -> None:
    report = nkreports.parse("A source in Hyesan said traders must register.", published="2024-05-02")
    data = report_json.report_to_dict(report)
    data["article"]["author"] = f"Han{separator}Ji"
    line = json.dumps(data, ensure_ascii=False)
    assert separator in line
    problems = validate_text(line + "\n" + line + "\n")
    assert not any(p.code == "not-json" for p in problems)


def test_parse_and_validate_agree_on_directives_without_demands() -> None:
    """A directive without reported demands (an inspection campaign) is legitimate: a warning at most."""
    report = nkreports.parse(
        "The Ministry of State Security launched an inspection campaign in Hyesan last week, a source said.",
        published="2024-05-02",
    )
    assert not any(p.is_error and p.code == "no-demands" for p in nkreports.validate(report))


CONTAINERS = st.sampled_from(
    [
        (b"", b""),
        (b"<html><body><p>", b"</p>"),
        (b'<?xml version="1.0" encoding="utf-16"?><rss><channel><item><description>', b"</description></item>"),
        (b'{"title": {"rendered": "', b'"}}'),
        (b"\xff\xfe", b""),
        (b"\xef\xbb\xbf", b""),
        (b'<meta charset="utf-7"><p>', b"</p>"),
        (b'<meta charset="cp037"><p>', b"</p>"),
    ]
)


@settings(max_examples=150, deadline=None)
@given(CONTAINERS, st.binary(max_size=200))
def test_any_bytes_in_any_container_give_a_report_or_a_typed_error(container: tuple[bytes, bytes], body: bytes) -> None:
    """Whatever the bytes, parse returns a report that serializes as UTF-8, or raises NKReportsError."""
    try:
        report = nkreports.parse(container[0] + body + container[1])
    except nkreports.NKReportsError:
        return
    assert isinstance(report_json.dumps(report).encode("utf-8"), bytes)
