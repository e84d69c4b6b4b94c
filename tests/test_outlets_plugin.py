"""A third-party outlet package, installed offline, is found through the entry-point group and can do everything
the built-in outlets do: the example package (``tests/example_outlet``) sets every field they use."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from nkreports import BlockKind, Body, parse
from nkreports.cli import main
from nkreports.io import read_document, read_path
from nkreports.outlets import BaseOutlet, OutletRegistry, default_registry
from nkreports.testing import assert_outlet_reads

from .plugin_install import install_offline

ROOT = Path(__file__).parent.parent
EXAMPLE = Path(__file__).parent / "example_outlet"
FIXTURES = EXAMPLE / "fixtures"


@pytest.fixture(name="installed", scope="module")
def _installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Install the example package into a private folder, offline, once, and put it on sys.path."""
    target = install_offline(EXAMPLE, tmp_path_factory.mktemp("example"))
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(target))
        default_registry.cache_clear()
        yield target
    default_registry.cache_clear()
    sys.modules.pop("nkreports_borderwire", None)


@pytest.fixture(name="outlet")
def _outlet(installed: Path) -> BaseOutlet:
    found = OutletRegistry.from_entry_points().get("borderwire")
    assert isinstance(found, BaseOutlet)
    return found


def test_entry_point_discovery(installed: Path) -> None:
    """``OutletRegistry.from_entry_points()`` picks up the installed package, beside the built-ins."""
    assert (installed / "nkreports_borderwire" / "__init__.py").exists()
    registry = OutletRegistry.from_entry_points()
    assert "borderwire" in registry
    assert "dailynk" in registry
    outlet = registry.get("borderwire")
    assert outlet.name == "Border Wire"
    plugin = registry.plugin("borderwire")
    assert plugin is not None
    assert (plugin.package, plugin.version) == ("nkreports-borderwire", "0.1.0")
    assert_outlet_reads(outlet, FIXTURES)
    report = parse(FIXTURES / "dispatch.txt", registry=registry)
    assert report.article.outlet == "borderwire"
    assert str(report.article.published) == "2024-06-03"


def test_outlets_command_names_the_plugin_package(installed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``nkreports outlets`` lists the plug-in with its package and version."""
    assert main(["outlets"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("borderwire "))
    assert line.split()[:6] == ["borderwire", "Border", "Wire", "nkreports-borderwire", "0.1.0", "borderwire.example"]


def _builtin_fields() -> set[str]:
    """Every BaseOutlet field some built-in outlet sets to other than its default."""
    plain = BaseOutlet(key="plain", name="Plain")
    names = {f.name for f in attrs.fields(BaseOutlet) if f.init}
    return {n for n in names for o in default_registry() if getattr(o, n) != getattr(plain, n, None)}


def test_example_sets_every_field_the_builtins_use(outlet: BaseOutlet) -> None:
    """Nothing a built-in declares is out of a plug-in's reach: the example sets each such field."""
    plain = BaseOutlet(key="plain", name="Plain")
    wanted = _builtin_fields() | {"date_lines", "credits", "vocabulary"}  # and what the tutorial shows
    assert {"layouts", "meta_date_lines", "day_first", "crawl_lines", "end_marks"} <= wanted
    unset = sorted(n for n in wanted if getattr(outlet, n) == getattr(plain, n, None))
    assert unset == []


def test_every_field_is_documented() -> None:
    """Each field of the declaration is explained on the outlet authors' page."""
    page = (ROOT / "docs" / "outlets.md").read_text(encoding="utf-8")
    missing = [f.name for f in attrs.fields(BaseOutlet) if f.init and f"`{f.name}`" not in page]
    assert missing == []


def test_self_names_are_no_place_and_no_source(outlet: BaseOutlet) -> None:
    """ "NK" in the masthead "NK Border Wire" gives no KP and the outlet is not an informant."""
    registry = OutletRegistry.from_entry_points()
    report = parse(FIXTURES / "page.html", registry=registry)
    assert report.article.outlet == "borderwire"
    assert [r.region.id for r in report.regions] == ["KP-10:hyesan"]
    assert report.sources
    assert not any("Border Wire" in s.descriptor for s in report.sources)
    # Without the declaration the same page reads "NK" as the country.
    bare = OutletRegistry()
    bare.register(BaseOutlet(key="generic", name="Generic"))
    assert "KP" in [r.region.id for r in parse(FIXTURES / "page.html", registry=bare).regions]


def test_other_outlets_names_are_no_place(installed: Path) -> None:
    """A plug-in's names stay out of regions in any outlet's article that cites it."""
    text = "Traders in Hyesan told reporters, as NK Border Wire first reported, that the market had reopened."
    report = parse(text, outlet="generic", registry=OutletRegistry.from_entry_points())
    assert [r.region.id for r in report.regions] == ["KP-10:hyesan"]


def test_date_lines_on_html_and_text(outlet: BaseOutlet) -> None:
    """A meta date line dates an HTML page (day first) and leaves it; a printed date line stays in a text export."""
    page = outlet.article(read_path(FIXTURES / "page.html")[0])
    assert page.published == dt.date(2025, 3, 14)
    assert "Posted" not in page.text
    text = outlet.article(read_path(FIXTURES / "dispatch.txt")[0])
    assert text.published == dt.date(2024, 6, 3)
    assert "Filed 2024-06-03 | Border Wire" in text.text
    in_text = outlet.article(
        read_document("Posted: 02.01.2025\n\nGuards in Musan searched houses, a resident said.")[0]
    )
    assert in_text.published == dt.date(2025, 1, 2)
    assert "Posted" not in in_text.text


def test_crawl_line_url_date_title_tag_and_byline(outlet: BaseOutlet) -> None:
    """A crawl stamp is not the date, URL dates count, editor tags leave the title, the sign-off names the author."""
    article = outlet.article(read_path(FIXTURES / "update.txt")[0])
    assert article.published == dt.date(2025, 1, 6)
    assert article.title == "Patrols tighten along the Tumen after a night crossing"
    assert article.author == "Kim Soo-jin"
    assert "Readers in Musan" not in article.text
    assert outlet.url_date("https://borderwire.example/dispatch/20240603-bridge") == dt.date(2024, 6, 3)


def test_vocabulary_changes_reach_extraction(outlet: BaseOutlet) -> None:
    """The example's own issuer is found as the directive's issuer, and only with its vocabulary."""
    registry = OutletRegistry.from_entry_points()
    report = parse(FIXTURES / "update.txt", registry=registry)
    issuers = [d.issuer for d in report.directives]
    assert any(i.text and "Tumen Patrol Board" in i.text and i.body is Body.MILITARY for i in issuers)
    without = attrs.evolve(outlet, vocabulary=())
    plain = parse(FIXTURES / "update.txt", outlet=without, registry=registry)
    assert not any(d.issuer.text and "Tumen Patrol Board" in d.issuer.text for d in plain.directives)


def test_layouts_by_marker_and_by_date(outlet: BaseOutlet) -> None:
    """The pre-2020 layout applies where its header shows, or to articles published before 2020."""
    archive = read_path(FIXTURES / "archive.txt")[0]
    layout = outlet.layout_for(archive)
    assert layout is not None
    assert layout.name == "pre-2020"
    assert outlet.article(archive).published == dt.date(2019, 3, 2)
    # No marker: the date chooses, be it the document's, the URL's or the one read from the page.
    undated = read_document("Grain prices climb in Chongjin\nDispatch of 2 March 2019\n\nRice prices rose.")[0]
    assert outlet.layout_for(undated) is None
    old = attrs.evolve(undated, published=dt.date(2018, 5, 1))
    assert outlet.layout_for(old) is layout
    assert outlet.article(old).texts(BlockKind.DATELINE) == ("Dispatch of 2 March 2019",)
    assert outlet.layout_for(attrs.evolve(undated, url="https://borderwire.example/dispatch/20190302-grain")) is layout
    assert outlet.layout_for(attrs.evolve(undated, published=dt.date(2024, 5, 1))) is None
    filed = read_document("Filed 2019-03-02 | Border Wire\nGrain prices climb\nDispatch of 2 March 2019\n\nRice.")[0]
    article = outlet.article(filed)  # read with the current layout, dated 2019, so read again with the old one
    assert article.published == dt.date(2019, 3, 2)
    assert "Dispatch of 2 March 2019" in article.texts(BlockKind.DATELINE)
    assert outlet.layout("pre-2020").date_lines[0].pattern.startswith("^dispatch of")


def test_broken_plugins_are_named_not_fatal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    """A plug-in that fails to import or declares a bad outlet is listed as broken; parsing goes on."""
    project = tmp_path / "broken"
    package = project / "src" / "nkreports_broken"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("raise ImportError('no module named lxml2')\n", encoding="utf-8")
    (package / "bad.py").write_text("KEY = 'Not A Key'\n\nclass OUTLET:\n    key = KEY\n", encoding="utf-8")
    (project / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools>=64"]\nbuild-backend = "setuptools.build_meta"\n\n'
        '[project]\nname = "nkreports-broken"\nversion = "0.2.0"\n\n'
        '[project.entry-points."nkreports.outlets"]\nbroken = "nkreports_broken:OUTLET"\n'
        'badkey = "nkreports_broken.bad:OUTLET"\n',
        encoding="utf-8",
    )
    (package / "__init__.py").write_text("raise ImportError('no module named lxml2')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(install_offline(project, tmp_path)))
    registry = OutletRegistry.from_entry_points()
    assert {p.name for p in registry.broken} == {"broken", "badkey"}
    assert all(p.package == "nkreports-broken" and p.error for p in registry.broken)
    assert "dailynk" in registry
    assert parse("A source in Hyesan told Daily NK on Monday.", registry=registry).regions
    with pytest.raises(ImportError, match="broken"):
        OutletRegistry.from_entry_points(strict=True)
    default_registry.cache_clear()
    try:
        assert main(["outlets"]) == 1
    finally:
        default_registry.cache_clear()
        sys.modules.pop("nkreports_broken", None)
    captured = capsys.readouterr()
    assert re.search(r"^broken\s+BROKEN \(left out\)\s+nkreports-broken 0\.2\.0", captured.out, re.MULTILINE)
    assert "no module named lxml2" in captured.err
