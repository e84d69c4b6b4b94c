"""The shipped gazetteer data: regenerated from its inputs, and every record checked."""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from importlib.resources import files
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from nkreports.gazetteer import default_gazetteer
from nkreports.model import RegionKind, check_region_id

ROOT = Path(__file__).resolve().parent.parent
ISO_KP = {
    "KP-01",
    "KP-02",
    "KP-03",
    "KP-04",
    "KP-05",
    "KP-06",
    "KP-07",
    "KP-08",
    "KP-09",
    "KP-10",
    "KP-13",
    "KP-14",
    "KP-15",
}
_SUFFIX = re.compile(r"(guyok|chigu|rodongjagu|si|gun|gu|ri)$")


@pytest.fixture(name="builder", scope="module")
def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(name="data", scope="module")
def _data() -> dict[str, Any]:
    text = files("nkreports.gazetteer").joinpath("data/regions.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def test_json_is_regenerated_from_inputs(builder: ModuleType) -> None:
    """Running tools/build_gazetteer.py reproduces the shipped JSON byte for byte."""
    shipped = files("nkreports.gazetteer").joinpath("data/regions.json").read_text(encoding="utf-8")
    assert builder.render(builder.build(*builder.read_inputs())) == shipped


def test_source_copy_matches_shared(shared: Path) -> None:
    """The repository's copy of regions.csv is the shared file, unchanged."""
    copy = (ROOT / "tools" / "gazetteer" / "regions.csv").read_bytes()
    assert copy == (shared / "data" / "regions.csv").read_bytes()


def test_provenance(data: dict[str, Any]) -> None:
    """The data records its source file, date, digest and revision."""
    source = data["source"]
    assert source["file"] == "shared/data/regions.csv"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", source["date"])
    assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
    assert source["rows"] == len(data["regions"]) == 263
    provenance = default_gazetteer().provenance
    assert provenance is not None
    assert provenance.revision == data["revision"]


def test_ids_are_unique_and_well_formed(data: dict[str, Any]) -> None:
    """Every id is unique and follows the project's region id scheme."""
    ids = [r["id"] for r in data["regions"]]
    assert len(ids) == len(set(ids))
    for region_id in ids:
        assert check_region_id(region_id) == region_id


def test_first_level_codes_are_iso(data: dict[str, Any]) -> None:
    """The North Korean first-level ids are exactly the 13 ISO 3166-2:KP codes."""
    first = {r["id"] for r in data["regions"] if r["parent"] == "KP"}
    assert first == ISO_KP


def test_parents_exist_and_match_the_id_prefix(data: dict[str, Any]) -> None:
    """Every parent exists, and an id's prefix is its first-level ancestor (or country)."""
    gaz = default_gazetteer()
    for record in data["regions"]:
        if record["parent"] is None:
            assert record["kind"] == "country"
            continue
        assert record["parent"] in gaz
        if ":" in record["id"]:
            prefix = record["id"].split(":")[0]
            chain = [a.id for a in gaz.ancestors(record["id"])]
            assert prefix in chain


def test_names_are_present(data: dict[str, Any]) -> None:
    """Names and aliases are non-empty, trimmed and not repeated within a region."""
    for record in data["regions"]:
        assert record["name"].strip() == record["name"] != ""
        assert all(a.strip() == a != "" for a in record["aliases"])
        assert len(record["aliases"]) == len(set(record["aliases"]))
        if record["id"].startswith("KP"):
            assert record["hangul"]
            assert record["name_mr"]
            assert record["name_rr"]


def _slug(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if c.isascii() and c.isalpha()).lower()


def test_slug_rule(data: dict[str, Any]) -> None:
    """A North Korean unit's slug is its MR name folded to ASCII, suffix removed."""
    for record in data["regions"]:
        region_id = record["id"]
        if not region_id.startswith("KP-") or ":" not in region_id or record["kind"] == "special_zone":
            continue
        slug = region_id.split(":")[1].removesuffix("-town")
        mr = _slug(record["name_mr"])
        assert slug in {mr, _SUFFIX.sub("", mr)}, region_id


def test_kinds_are_known(data: dict[str, Any]) -> None:
    """Every record's kind is one of the gazetteer kinds."""
    assert {r["kind"] for r in data["regions"]} <= {k.value for k in RegionKind}


def test_added_spellings_are_listed(data: dict[str, Any]) -> None:
    """Spellings the package adds are among the region's aliases, with a note."""
    added = [r for r in data["regions"] if r["added_aliases"]]
    assert added
    for record in added:
        assert set(record["added_aliases"]) <= set(record["aliases"])
        assert record["added_note"]
