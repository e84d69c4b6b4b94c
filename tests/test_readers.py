"""Document readers: format detection, decoding, HTML, WordPress JSON, RSS and Atom."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkreports import DocumentError
from nkreports.io import Format, decode, read_document, sniff_format

PAGE = """<!DOCTYPE html><html lang="en"><head>
<meta property="og:url" content="https://news.example/story-1/">
<meta property="article:published_time" content="2024-03-05T09:00:00+09:00">
<meta name="author" content="Han Ji">
<title>Hyesan market closes early - Example News</title></head><body>
<header role="banner"><nav><a href="/">Home</a><a href="/c/">China</a></nav></header>
<article>
<h1>Hyesan market closes early</h1>
<div class="byline">By Han Ji</div><time datetime="2024-03-05">March 5, 2024</time>
<div class="entry-content">
<p>Market managers in Hyesan told vendors to close at 5 PM.
<p>Vendors who stay open will be fined, a source said.</p>
<figure><img src="a.jpg" alt="market stalls"><figcaption>Stalls in Hyesan. (Daily NK)</figcaption></figure>
</div>
<div class="share-buttons"><a href="#">Share on Facebook</a></div>
<div class="related-posts"><h3>Wonsan beach closed</h3></div>
<section id="comments"><p>Greetings from Sinuiju</p></section>
</article>
<footer><p>Copyright 2024. Seoul office.</p></footer>
</body></html>"""


def texts(doc):
    return [b.text for b in doc.blocks]


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        ("A source told Daily NK on Monday.", None, Format.TEXT),
        ("<html><body><p>x</p></body></html>", None, Format.HTML),
        ("<p>A fragment of a page.</p>", None, Format.HTML),
        ("<p>Bare fragment", "page.html", Format.HTML),
        ('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', None, Format.RSS),
        ('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "x.txt", Format.ATOM),
        ('{"title": {"rendered": "T"}, "content": {"rendered": "<p>x</p>"}}', None, Format.WPJSON),
        ('[{"title": {"rendered": "T"}, "content": {"rendered": ""}}]', None, Format.WPJSON),
        ("<Inside N. Korea>A related headline\n\nBody text.", "story.txt", Format.TEXT),
    ],
)
def test_format_is_detected_from_content(content, name, expected):
    """The format comes from the content; the file name only breaks ties."""
    assert sniff_format(content, name) is expected


def test_html_page_keeps_article_and_drops_chrome():
    """Title, URL, date and author come from the page; nav, share, related, comments and footer are dropped."""
    (doc,) = read_document(PAGE)
    assert doc.format is Format.HTML
    assert doc.title == "Hyesan market closes early"
    assert doc.url == "https://news.example/story-1/"
    assert doc.published == dt.date(2024, 3, 5)
    assert doc.author == "Han Ji"
    joined = "\n".join(texts(doc))
    assert "Market managers in Hyesan told vendors to close at 5 PM." in texts(doc)
    for chrome in ("Home", "Share on Facebook", "Wonsan", "Sinuiju", "Copyright", "Seoul", "market stalls"):
        assert chrome not in joined
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds["Stalls in Hyesan. (Daily NK)"] == "caption"
    assert kinds["March 5, 2024"] == "dateline"
    assert kinds["By Han Ji"] == "byline"


def test_html_date_from_json_ld_and_time():
    """Without meta tags the date comes from JSON-LD, else from a <time datetime>."""
    ld = (
        '<script type="application/ld+json">'
        '{"@graph": [{"@type": "NewsArticle", "datePublished": "2023-01-02T10:00:00Z"}]}</script>'
    )
    (doc,) = read_document(f"<html><head>{ld}</head><body><p>Text.</p></body></html>")
    assert doc.published == dt.date(2023, 1, 2)
    (doc,) = read_document('<html><body><time datetime="2022-12-31">Dec 31</time><p>Text.</p></body></html>')
    assert doc.published == dt.date(2022, 12, 31)


@pytest.mark.parametrize("encoding", ["cp1252", "euc-kr", "utf-8", "utf-16"])
def test_declared_charset_is_honoured(encoding):
    """HTML bytes decode with their declared charset (meta tag), a BOM, or UTF-8."""
    text = "Café owners in Sinuiju said “yes”." if encoding != "euc-kr" else "혜산 시장 Hyesan market"
    page = f'<html><head><meta charset="{encoding}"></head><body><p>{text}</p></body></html>'
    (doc,) = read_document(page.encode(encoding))
    assert texts(doc) == [text]


def test_undeclared_legacy_encoding_falls_back():
    """Undeclared non-UTF-8 HTML falls back to Windows-1252 instead of failing."""
    (doc,) = read_document("<html><body><p>the city’s market</p></body></html>".encode("cp1252"))
    assert texts(doc) == ["the city’s market"]


def test_xml_declaration_encoding():
    """A feed's XML declaration names its encoding."""
    feed = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>'
        "<rss><channel><item><title>Caf\xe9</title><description>Body.</description></item></channel></rss>"
    )
    (doc,) = read_document(feed.encode("latin-1"))
    assert doc.title == "Café"


def test_plain_text_must_be_utf8():
    """Plain text that is not UTF-8 is a DocumentError naming the problem."""
    with pytest.raises(DocumentError, match="not valid UTF-8"):
        decode("caf\xe9 owners".encode("latin-1"))


def test_wordpress_post_and_list():
    """A WordPress REST post (or a list of them) gives title, link, local date and content blocks."""
    post = {
        "date": "2025-06-12T23:30:00",
        "link": "https://www.example.org/2025/06/post/",
        "title": {"rendered": "Musan mine&#8217;s quota"},
        "content": {"rendered": "<p>First&nbsp;paragraph.</p>\n<h2>Head</h2>\n<p>Second.</p>"},
        "excerpt": {"rendered": "<p>First paragraph [&hellip;]</p>"},
    }
    (doc,) = read_document(json.dumps(post))
    assert (doc.format, doc.title, doc.url) == (Format.WPJSON, "Musan mine’s quota", post["link"])
    assert doc.published == dt.date(2025, 6, 12)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "First\u00a0paragraph."),
        ("heading", "Head"),
        ("paragraph", "Second."),
    ]
    assert len(read_document(json.dumps([post, post]))) == 2


def test_json_that_is_not_a_post_is_text_or_error():
    """Other JSON is not mistaken for a post."""
    assert sniff_format('{"a": 1}') is Format.TEXT


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example feed</title>
<item><title>First &amp; only</title><link>https://example.org/a/</link><dc:creator>Lee</dc:creator>
<pubDate>Wed, 12 Mar 2025 06:25:00 +0000</pubDate>
<description><![CDATA[Short teaser]]></description>
<content:encoded><![CDATA[<p>Full body one.</p><p>Full body two.</p>]]></content:encoded></item>
<item><title>Second</title><link>https://example.org/b/</link><pubDate>Tue, 11 Mar 2025 06:25:00 +0000</pubDate>
<description><![CDATA[<p>Only a description.</p>]]></description></item>
</channel></rss>"""


def test_rss_items_are_articles():
    """Each RSS item is one document; content:encoded wins over description."""
    first, second = read_document(RSS)
    assert (first.title, first.url, first.author, first.site) == (
        "First & only",
        "https://example.org/a/",
        "Lee",
        "Example feed",
    )
    assert first.published == dt.date(2025, 3, 12)
    assert texts(first) == ["Full body one.", "Full body two."]
    assert texts(second) == ["Only a description."]


def test_atom_entries():
    """Atom entries give title, alternate link, published date and html or xhtml content."""
    atom = """<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
    <entry><title>A</title><link rel="alternate" href="https://e.org/a"/><published>2024-05-02T08:00:00Z</published>
    <content type="html">&lt;p&gt;Body A.&lt;/p&gt;</content></entry>
    <entry><title>B</title><link href="https://e.org/b"/><updated>2024-05-01T08:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body B.</p></div></content></entry></feed>"""
    a, b = read_document(atom)
    assert (a.format, a.url, a.published, texts(a)) == (
        Format.ATOM,
        "https://e.org/a",
        dt.date(2024, 5, 2),
        ["Body A."],
    )
    assert (b.url, b.published, texts(b)) == ("https://e.org/b", dt.date(2024, 5, 1), ["Body B."])


def test_feed_entities_are_not_expanded(tmp_path):
    """External entities are never resolved and entity bombs never expand."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<rss><channel><item><title>T</title><description>a &x; b</description></item></channel></rss>"
    )
    (doc,) = read_document(xxe)
    assert doc.format is Format.RSS
    assert "TOPSECRET" not in "".join(texts(doc))
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        "<rss><channel><item><title>T</title><description>&c;</description></item></channel></rss>"
    )
    (doc,) = read_document(bomb)
    assert doc.format is Format.RSS
    assert len("".join(texts(doc))) < 100


def test_broken_feed_is_a_document_error():
    """A feed with no items is refused with a clear error."""
    with pytest.raises(DocumentError, match="no items"):
        read_document("<rss><channel><title>Empty</title></channel></rss>")


@given(st.text(max_size=300))
def test_any_text_reads_or_fails_cleanly(text):
    """Arbitrary input either reads into non-empty blocks or raises DocumentError."""
    try:
        docs = read_document(text)
    except DocumentError:
        return
    assert docs
    for doc in docs:
        assert all(block.text.strip() for block in doc.blocks)


@given(
    st.lists(
        st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<b>", "x y", "<br>", "<figure>", "<li>", "Hyesan."]),
        max_size=30,
    )
)
def test_tag_soup_never_crashes(parts):
    """Malformed markup is repaired, never fatal."""
    page = "<html><body>" + "".join(parts) + "</body></html>"
    (doc,) = read_document(page)
    assert all(block.text == block.text.strip() for block in doc.blocks)


def test_logo_h1_is_not_the_title():
    """A theme that wraps its logo in <h1> does not give the page title."""
    page = (
        '<html><head><meta property="og:site_name" content="Border Wire">'
        '<meta property="og:title" content="Dandong traders wait"></head>'
        "<body><h1>Border Wire</h1><article><h1>Dandong traders wait</h1><p>Body.</p></article></body></html>"
    )
    (doc,) = read_document(page)
    assert doc.title == "Dandong traders wait"


def test_html_language_versions_become_article_links() -> None:
    """hreflang alternates and "Read in Korean" anchors are kept as translation links on the article."""
    import nkreports as nk

    page = (
        '<html lang="en"><head><link rel="alternate" hreflang="ko" href="https://example.org/ko/7">'
        '<link rel="alternate" hreflang="x-default" href="https://example.org/7"></head>'
        "<body><article><h1>Rason port reopens</h1><p>Officials in Rason reopened the port on Monday.</p>"
        '<p><a href="https://example.org/ko/7">Read in Korean</a> <a href="https://example.org/ja/7">日本語</a></p>'
        "</article></body></html>"
    )
    links = nk.parse(page, published="2024-03-20").article.links
    assert [(link.url, link.rel, link.language) for link in links] == [
        ("https://example.org/ko/7", "translation", "ko")
    ]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_plain_text_with_a_utf16_or_utf32_mark_is_read(encoding: str) -> None:
    """Prose saved as UTF-16/32 with a byte-order mark decodes; binary with a stray mark still does not."""
    import nkreports as nk
    from nkreports.io import decode

    assert decode("A source in Hyesan said so.".encode(encoding)) == "A source in Hyesan said so."
    with pytest.raises(nk.DocumentError, match="binary"):
        decode(b"\xff\xfe" + bytes(range(32)) * 4)
