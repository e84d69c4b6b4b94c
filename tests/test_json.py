"""Report JSON: the contract keys and a lossless round trip."""

from __future__ import annotations

import json

import pytest
from hypothesis import given

import nkreports as nk
from nkreports.io import json as report_json

from .strategies import reports

CONTRACT_ARTICLE = {"outlet", "title", "url", "published", "language"}
CONTRACT_REGION = {"id", "level", "name", "mentions"}
CONTRACT_SOURCE = {"descriptor", "location", "channel", "contacted", "anonymous"}
CONTRACT_DIRECTIVE = {"issuer", "issued", "audience", "demands"}
CONTRACT_ISSUER = {"body", "level", "region", "text"}
CONTRACT_DEMAND = {"text", "modality"}
CONTRACT_DATE = {"text", "value"}
CONTRACT_MENTION = {"text", "start", "end"}


@given(reports())
def test_round_trip(report: nk.Report) -> None:
    """Any valid report survives dumps/loads unchanged."""
    assert report_json.loads(report_json.dumps(report)) == report


@given(reports())
def test_contract_keys(report: nk.Report) -> None:
    """Every report carries the keys of the report contract."""
    data = json.loads(report_json.dumps(report))
    assert {"article", "regions", "sources", "directives", "dates"} <= data.keys()
    assert data["article"].keys() >= CONTRACT_ARTICLE
    for region in data["regions"]:
        assert region.keys() >= CONTRACT_REGION
        for mention in region["mentions"]:
            assert mention.keys() >= CONTRACT_MENTION
    for source in data["sources"]:
        assert source.keys() >= CONTRACT_SOURCE
        assert source["contacted"] is None or source["contacted"].keys() >= CONTRACT_DATE
    for directive in data["directives"]:
        assert directive.keys() >= CONTRACT_DIRECTIVE
        assert directive["issuer"].keys() >= CONTRACT_ISSUER
        for demand in directive["demands"]:
            assert demand.keys() >= CONTRACT_DEMAND
    for date in data["dates"]:
        assert date.keys() >= CONTRACT_DATE


def test_golden_shape() -> None:
    """A report of a small invented article has exactly the documented shape."""
    text = "Officials in Hyesan banned sales on March 3."
    article = nk.Article(outlet="dailynk", text=text)
    date = nk.DateValue(start=35, end=42, text="March 3", precision="day", value=nk.PartialDate(2024, 3, 3))
    report = nk.Report(
        article=article,
        directives=[
            nk.Directive(
                id="d1",
                issuer=nk.Issuer(body="government", text="Officials in Hyesan", level="city", region="KP-10:hyesan"),
                issued=date,
                audience=["traders"],
                demands=[nk.Demand(start=20, end=32, text="banned sales", modality="prohibition")],
            )
        ],
        dates=[date],
    )
    data = report_json.report_to_dict(report)
    assert data["directives"][0]["issuer"] == {
        "body": "government",
        "text": "Officials in Hyesan",
        "level": "city",
        "region": "KP-10:hyesan",
        "mentions": [],
    }
    assert data["directives"][0]["issued"]["value"] == "2024-03-03"
    assert data["directives"][0]["demands"] == [
        {"start": 20, "end": 32, "text": "banned sales", "modality": "prohibition"}
    ]
    assert data["dates"][0]["text"] == "March 3"


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ("not json", "not JSON"),
        ("[]", "report"),
        (
            '{"article": {"outlet": "dailynk", "text": "x"}, '
            '"sources": [{"id": "s1", "descriptor": "a", "channel": "fax"}]}',
            r"sources\[0\]\.channel",
        ),
    ],
)
def test_invalid_json_is_a_typed_error(payload: str, message: str) -> None:
    """Bad report JSON raises InvalidReportError (also a ValueError) naming the problem."""
    with pytest.raises(nk.InvalidReportError, match=message):
        report_json.loads(payload)
