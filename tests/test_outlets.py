"""Outlet parsers: registry, detection, the contract fixtures, head parsing and boilerplate."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import nkreports
from nkreports import BlockKind
from nkreports.cli import main
from nkreports.io import Document, Format, RawBlock, read_document, read_path
from nkreports.outlets import (
    BaseOutlet,
    Layout,
    Outlet,
    OutletRegistry,
    default_registry,
    is_tag_line,
    looks_like_title,
    printed_date,
)
from nkreports.testing import assert_outlet_reads, outlet_problems, protocol_problems, write_expected

FIXTURES = Path(__file__).parent / "outlets"
BUILT_INS = ("asiapress", "dailynk", "generic", "kcna", "nkeconwatch", "nknews", "rfa", "rodong", "yonhap")


def test_builtins_register_through_entry_points():
    """Every built-in outlet comes through the ``nkreports.outlets`` entry-point group."""
    registry = OutletRegistry.from_entry_points()
    assert set(BUILT_INS) <= set(registry.names())
    assert all(isinstance(o, Outlet) for o in registry)


def test_outlets_command_lists_key_name_package_hosts(capsys):
    """`nkreports outlets` prints a key, name, package and hosts table."""
    assert main(["outlets"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["KEY", "NAME", "PACKAGE", "HOSTS"]
    rfa = next(line for line in out.splitlines() if line.startswith("rfa "))
    assert "rfa.org" in rfa
    assert f"nkreports {nkreports.__version__}" in rfa


@pytest.mark.parametrize("key", BUILT_INS)
def test_builtin_passes_its_contract(key):
    """Each built-in outlet reads its fixtures as their expected files say."""
    assert_outlet_reads(default_registry().get(key), FIXTURES / key)


@pytest.mark.parametrize(
    "path",
    sorted(
        p for p in FIXTURES.glob("*/*") if p.suffix in {".txt", ".html", ".json", ".xml"} and ".expected" not in p.name
    ),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_fixture_is_detected_as_its_outlet(path):
    """Detection (URL, markup or text) picks the fixture's own outlet."""
    for doc in read_path(path):
        assert default_registry().detect(doc).key == path.parent.name


def test_contract_reports_mismatches(tmp_path):
    """The contract names every disagreement, including boilerplate left in the text."""
    (tmp_path / "a.txt").write_text("Short title here\nA source in Hyesan told Daily NK on Monday.\n\nRead in Korean\n")
    (tmp_path / "a.expected.json").write_text('{"outlet": "dailynk", "title": "Other", "absent": ["Hyesan"]}')
    problems = outlet_problems(default_registry().get("dailynk"), tmp_path)
    assert any("title is 'Short title here'" in p for p in problems)
    assert any("'Hyesan' should not be" in p for p in problems)
    with pytest.raises(AssertionError, match="fails its fixtures"):
        assert_outlet_reads(default_registry().get("dailynk"), tmp_path)


def test_write_expected_round_trips_and_keeps_absent(tmp_path):
    """Regenerated expected files pass, and hand-written ``absent`` lists survive."""
    (tmp_path / "a.txt").write_text("A source in Hyesan told Daily NK on Monday.\n\nRead in Korean\n")
    (tmp_path / "a.expected.json").write_text('{"absent": ["Read in Korean"]}')
    outlet = default_registry().get("dailynk")
    write_expected(outlet, tmp_path)
    assert '"absent"' in (tmp_path / "a.expected.json").read_text()
    assert outlet_problems(outlet, tmp_path) == []


def test_protocol_problems_for_a_broken_outlet():
    """An object without the protocol's members is reported, not crashed on."""
    assert protocol_problems(object())
    outlet = attrs.evolve(BaseOutlet(key="fine", name="x"))
    object.__setattr__(outlet, "key", "Bad Key")  # a hand-made outlet with a bad key
    assert protocol_problems(outlet)


def test_base_outlet_refuses_a_bad_declaration():
    """A key that is no lowercase identifier, an empty name or a layout changing no field fails at once."""
    with pytest.raises(ValueError, match="key"):
        BaseOutlet(key="Bad Key", name="x")
    with pytest.raises(ValueError, match="name"):
        BaseOutlet(key="fine", name="")
    with pytest.raises(ValueError, match="unknown fields bolierplate"):
        BaseOutlet(key="fine", name="x", layouts=[Layout(name="old", changes={"bolierplate": ()})])


def test_testing_module_imports_no_test_framework():
    """Importing nkreports.testing pulls in neither pytest nor hypothesis."""
    code = "import sys, nkreports.testing; sys.exit(int('pytest' in sys.modules or 'hypothesis' in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_outlet_forced_by_key():
    """``outlet=`` overrides detection."""
    report = nkreports.parse("A source in Hyesan told Daily NK on Monday.", outlet="rfa")
    assert report.article.outlet == "rfa"


def test_url_host_wins_over_text():
    """A URL on an outlet's host decides, whatever the text says."""
    doc = Document(
        format=Format.HTML, url="https://www.rfa.org/english/x.html", blocks=[RawBlock(text="told Daily NK")]
    )
    assert default_registry().detect(doc).key == "rfa"


def test_rfa_url_gives_publication_date():
    """RFA's URL tail MMDDYYYY + time is a publication date when nothing else states one."""
    doc = Document(
        format=Format.HTML,
        url="https://www.rfa.org/english/news/korea/x-11062020173455.html",
        blocks=[RawBlock(text="Body.")],
    )
    assert str(default_registry().get("rfa").article(doc).published) == "2020-11-06"


def test_caption_places_are_marked_as_captions():
    """A caption stays in the text as a CAPTION block; block_at() tells a mention came from it."""
    text = (
        "A source told Daily NK on Monday.\n\nhyesan river view\nHouses in Hyesan, seen from China. / Image: Daily NK\n"
    )
    article = default_registry().get("dailynk").article(read_document(text)[0])
    offset = article.text.index("Hyesan")
    assert article.block_at(offset).kind is BlockKind.CAPTION
    assert "hyesan river view" not in article.text
    assert "Image: Daily NK" not in article.text


def test_asiapress_keeps_phone_note():
    """The ASIAPRESS ※ note is kept as a paragraph: it states how partners are contacted."""
    article = nkreports.parse(FIXTURES / "asiapress" / "report.txt").article
    assert any(p.startswith("※") for p in article.paragraphs)


def test_crawl_date_is_not_publication_date():
    """NK News's crawl-time header date is dropped; the byline date is the publication date."""
    article = nkreports.parse(FIXTURES / "nknews" / "header.txt").article
    assert str(article.published) == "2025-01-15"
    assert "2026" not in article.text


def test_boilerplate_yields_no_regions():
    """Related posts, navigation, comments and footers never produce regions."""
    report = nkreports.parse(FIXTURES / "dailynk" / "page.html")
    names = {ref.region.name for ref in report.regions}
    assert not names & {"Seoul", "South Korea", "Sariwon", "China"}


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80))
def test_sentences_are_not_titles(text):
    """A line ending in a full stop is never taken for a headline or a tag line."""
    line = text.strip() + "."
    assert not looks_like_title(line, "Next line.")
    assert not is_tag_line(line)


@given(st.dates(min_value=dt.date(1950, 1, 1)))
def test_printed_dates_round_trip(date):
    """Printed date forms parse back to the same day."""
    forms = [
        date.isoformat(),
        date.strftime("%Y.%m.%d"),
        f"{date:%B} {date.day}, {date.year}",
        f"{date.day} {date:%B} {date.year}",
    ]
    assert {printed_date(f) for f in forms} == {date}
    assert printed_date(date.strftime("%d/%m/%Y"), day_first=True) == date


def test_alt_text_line_is_not_article_text():
    """An alt-text line before an uncredited caption is dropped; the caption stays, once."""
    text = (
        "A source told Daily NK on Monday.\n\n"
        "hyesan houses\nHouses in Hyesan seen from the river.\n\n"
        "Same words.\nSame words.\n"
    )
    article = default_registry().get("dailynk").article(read_document(text)[0])
    assert article.captions == ("Houses in Hyesan seen from the river.", "Same words.")
    assert "hyesan houses" not in article.text


def test_repeated_figure_captions_are_kept_once():
    """A caption printed several times on a page appears once."""
    fig = "<figure><img src='a.png'><figcaption>Trucks near Sinuiju.</figcaption></figure>"
    page = f"<html><body><article><p>Body text here.</p>{fig}{fig}{fig}</article></body></html>"
    article = default_registry().get("generic").article(read_document(page)[0])
    assert article.captions == ("Trucks near Sinuiju.",)


def test_html_byline_date_line_gives_publication_date():
    """An old-style byline ``Name | 2014-05-09 03:17`` in a page is a dateline and the publication date."""
    page = "<html><body><h1>Old story</h1><p>Park Eun Ha | 2014-06-11 08:42</p><p>Body text.</p></body></html>"
    article = default_registry().get("dailynk").article(read_document(page)[0])
    assert str(article.published) == "2014-06-11"
    assert article.texts(BlockKind.DATELINE) == ("Park Eun Ha | 2014-06-11 08:42",)


def test_republisher_weather_and_date_header_is_dropped():
    """A republisher's weather line and current date before the title are chrome, not the publication date."""
    text = "36.2 C\nMonday, April 22, 2024\nTraders in Hyesan told to register\nA source told Daily NK on Sunday.\n"
    article = default_registry().get("dailynk").article(read_document(text)[0])
    assert article.published is None
    assert article.title == "Traders in Hyesan told to register"
    assert "36.2" not in article.text


def test_image_block_before_the_lead_is_not_a_title():
    """Tag line, alt text and credited caption at the top: no title, the caption is a caption."""
    text = (
        "power cuts, bribery\nManpo riverside\n"
        "Rooftops of Manpo seen across the Yalu River. / Image: Daily NK\n\n"
        "A source in Chagang Province told Daily NK on Friday that notices arrived.\n"
    )
    article = default_registry().get("dailynk").article(read_document(text)[0])
    assert article.title is None
    assert article.captions == ("Rooftops of Manpo seen across the Yalu River.",)


def test_kcna_watch_header_lines():
    """KCNA Watch chrome (crawl date, agency line, Date: line, link) is dropped; the Date: line dates it."""
    text = (
        "November 14, 2025Nov 14, 2025\nKorean Central News Agency of DPRK\nKim Jong Un Inspects Farm\n"
        "Date: 29/01/2023 | Source: KCNA\nhttp://kcna.kp/en/article/q/abc.kcmsf\n"
        "Pyongyang, January 29 (KCNA) -- Kim Jong Un inspected a farm.\n"
    )
    document = read_document(text)[0]
    outlet = default_registry().detect(document)
    article = outlet.article(document)
    assert (outlet.key, article.title, str(article.published)) == ("kcna", "Kim Jong Un Inspects Farm", "2023-01-29")
    assert article.paragraphs == ("Pyongyang, January 29 (KCNA) -- Kim Jong Un inspected a farm.",)


class MinimalOutlet:
    """A third-party outlet written from scratch, without BaseOutlet."""

    key = "minimal"
    name = "Minimal Outlet"
    self_names = ("Minimal",)

    def detect(self, document: Document) -> float:
        return 1.0 if any("told Minimal" in b.text for b in document.blocks) else 0.0

    def article(self, document: Document) -> nkreports.Article:
        from nkreports.outlets import assemble

        text, blocks = assemble((BlockKind.PARAGRAPH, b.text) for b in document.blocks)
        return nkreports.Article(outlet=self.key, text=text, blocks=blocks)


def test_protocol_is_implementable_without_base_outlet():
    """An outlet that only has the protocol's five members registers, is detected and parses."""
    outlet = MinimalOutlet()
    assert protocol_problems(outlet) == []
    registry = OutletRegistry.from_entry_points()
    registry.register(outlet)
    report = nkreports.parse("A trader in Hyesan told Minimal on Monday.", registry=registry)
    assert report.article.outlet == "minimal"


def test_hard_wrapped_lead_is_not_a_title():
    """An old export's lead broken into short lines does not give a headline."""
    text = (
        "The provincial party committee ordered residents of\n"
        "Hyesan to report any neighbor who plans to cross the\n"
        "river, according to a source in Yangkang Province.\n\n"
        "A source told The Daily NK on the 5th that the order came down.\n"
    )
    article = default_registry().get("dailynk").article(read_document(text)[0])
    assert article.title is None
    assert article.paragraphs[0].startswith("The provincial party committee ordered residents of Hyesan")


def test_api_reads_as_written():
    """help(BaseOutlet) shows pattern defaults by name, reprs leave compiled patterns out, io.json hides its imports."""
    import inspect
    import pydoc

    import nkreports.io.json as report_json
    from nkreports.outlets.dailynk import OUTLET

    page = pydoc.render_doc(BaseOutlet, renderer=pydoc.plaintext)
    assert "re.compile(" not in page
    signature = str(inspect.signature(BaseOutlet))
    assert "boilerplate: 'Iterable[str | re.Pattern[str]]' = GENERIC_BOILERPLATE" in signature
    assert "re.compile(" not in repr(OUTLET)
    assert repr(OUTLET).startswith("BaseOutlet(key='dailynk', name='Daily NK'")
    assert not {"cattrs", "dt", "json"} & set(dir(report_json))
    assert "report_to_dict" in dir(report_json)
