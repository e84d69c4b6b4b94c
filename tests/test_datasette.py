"""The corpus database in Datasette: metadata, canned queries and a view through the JSON API (in-process)."""

from __future__ import annotations

import asyncio
import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from nkreports.db import VIEWS, CorpusDatabase, datasette_metadata
from nkreports.tables import COLUMNS, TABLES

from .devcorpus import order_report


def test_shipped_metadata_matches_the_schema() -> None:
    shipped = json.loads(files("nkreports.db").joinpath("datasette-metadata.json").read_text(encoding="utf-8"))
    assert shipped == datasette_metadata("corpus")
    described = shipped["databases"]["corpus"]["tables"]
    for table in TABLES:
        assert set(described[table]["columns"]) == {c.name for c in COLUMNS[table]}
    assert set(VIEWS) <= set(shipped["databases"]["corpus"]["queries"])


async def _get(db_path: Path, *urls: str) -> list[Any]:
    from datasette.app import Datasette

    ds = Datasette([str(db_path)], metadata=datasette_metadata(db_path.stem))
    await ds.invoke_startup()
    out = []
    for url in urls:
        response = await ds.client.get(url)
        assert response.status_code == 200, url
        out.append(response.json())
    return out


def test_datasette_serves_a_view_and_a_canned_query(tmp_path: Path) -> None:
    pytest.importorskip("datasette", reason="the datasette extra is not installed")
    path = tmp_path / "corpus.sqlite"
    with CorpusDatabase(path) as db:
        db.add(order_report())
    view, canned, search, table = asyncio.run(
        _get(
            path,
            "/corpus/directives_per_province_month.json?_shape=array",
            "/corpus/orders_by_issuer_body.json?_shape=array",
            "/corpus/search_articles.json?words=stalls&_shape=array",
            "/corpus/articles.json?_search=register&_shape=array",
        )
    )
    assert view == [
        {"province_id": "KP-10", "province": "Ryanggang", "month": "2024-05", "directives": 1, "articles": 1}
    ]
    assert sum(r["directives"] for r in canned) == 1
    assert [r["outlet"] for r in search] == ["dailynk"]
    assert len(table) == 1


def test_db_serve_runs_datasette_with_the_metadata(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nkreports.cli import main
    from nkreports.db import _datasette

    seen: dict[str, Any] = {}

    def fake_call(command: list[str]) -> int:
        meta = Path(command[command.index("-m", 3) + 1])
        seen["command"] = command
        seen["metadata"] = json.loads(meta.read_text(encoding="utf-8"))
        return 0

    monkeypatch.setattr(_datasette.subprocess, "call", fake_call)
    path = tmp_path / "mine.sqlite"
    CorpusDatabase(path).close()
    assert main(["db", "serve", str(path), "--port", "8123"]) == 0
    assert seen["command"][1:4] == ["-m", "datasette", "serve"]
    assert seen["command"][-2:] == ["-p", "8123"]
    assert "mine" in seen["metadata"]["databases"]
    assert main(["db", "serve", str(tmp_path / "missing.sqlite")]) == 1
