"""The domain model validates at construction and rejects bad values with clear errors."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import nkreports as nk

TEXT = "A source in Hyesan told Daily NK on Tuesday."


class TestSpan:
    def test_of_slices_text(self) -> None:
        """Span.of takes its text from the article."""
        span = nk.Span.of(TEXT, 12, 18)
        assert span.text == "Hyesan"
        assert span.slices(TEXT)

    def test_end_before_start(self) -> None:
        """An end before the start is refused."""
        with pytest.raises(ValueError, match="before its start"):
            nk.Span(start=5, end=2, text="")

    def test_text_length_must_match(self) -> None:
        """The text must be as long as the span."""
        with pytest.raises(ValueError, match="length"):
            nk.Span(start=0, end=3, text="ab")

    def test_outside_text(self) -> None:
        """Span.of refuses bounds outside the text."""
        with pytest.raises(ValueError, match="outside"):
            nk.Span.of(TEXT, 0, 1000)

    @given(st.text(), st.data())
    def test_of_round_trips(self, text: str, data: st.DataObject) -> None:
        """Any in-range bounds give a span that slices back to its text."""
        a = data.draw(st.integers(0, len(text)))
        b = data.draw(st.integers(a, len(text)))
        assert nk.Span.of(text, a, b).slices(text)


class TestPartialDate:
    @pytest.mark.parametrize(("iso", "precision"), [("2021", "year"), ("2021-12", "month"), ("2021-12-20", "day")])
    def test_parse_and_precision(self, iso: str, precision: str) -> None:
        """ISO strings of each precision parse and print back unchanged."""
        value = nk.PartialDate.parse(iso)
        assert value.iso() == iso
        assert value.precision == precision

    def test_month_13(self) -> None:
        """Month 13 is refused."""
        with pytest.raises(ValueError, match="month 13"):
            nk.PartialDate(2021, 13)

    def test_february_30(self) -> None:
        """A day the month does not have is refused."""
        with pytest.raises(ValueError, match="no day 30"):
            nk.PartialDate(2021, 2, 30)

    @pytest.mark.parametrize("bad", ["2021-1", "21-01-01", "2021/01/01", ""])
    def test_parse_rejects_malformed(self, bad: str) -> None:
        """Strings that are not YYYY[-MM[-DD]] are refused."""
        with pytest.raises(ValueError, match="not a date"):
            nk.PartialDate.parse(bad)

    @given(st.dates(min_value=dt.date(1, 1, 1)), st.sampled_from(nk.Precision))
    def test_from_date_round_trip(self, day: dt.date, precision: nk.Precision) -> None:
        """Cutting a date to a precision and parsing its ISO form gives it back."""
        value = nk.PartialDate.from_date(day, precision)
        assert nk.PartialDate.parse(value.iso()) == value
        assert value.precision is precision


class TestDateValue:
    def test_precision_must_match_value(self) -> None:
        """A day-precision expression cannot carry a month value."""
        with pytest.raises(ValueError, match="precision"):
            nk.DateValue(start=0, end=3, text="Dec", precision="day", value=nk.PartialDate(2021, 12))

    def test_unresolved_keeps_text(self) -> None:
        """Without an anchor a weekday stays unresolved but keeps its text."""
        value = nk.DateValue(start=0, end=7, text="Tuesday", precision="day", relative=True)
        assert not value.resolved
        assert value.iso() is None

    def test_range_end_before_start(self) -> None:
        """A range cannot end before it starts."""
        with pytest.raises(ValueError, match="range end"):
            nk.DateValue(
                start=0,
                end=3,
                text="Aug",
                precision="day",
                value=nk.PartialDate(2023, 8, 7),
                until=nk.PartialDate(2023, 8, 3),
            )


class TestVocabularies:
    def test_unknown_word(self) -> None:
        """Unknown vocabulary words name the allowed ones."""
        with pytest.raises(ValueError, match="allowed: telephone"):
            nk.Source(id="s1", descriptor="a source", channel="carrier pigeon")

    def test_words_convert_to_members(self) -> None:
        """Vocabulary words given as strings become enum members."""
        demand = nk.Demand(start=0, end=1, text="A", modality="prohibition")
        assert demand.modality is nk.Modality.PROHIBITION

    def test_issuer_needs_text_unless_unknown(self) -> None:
        """Only an unknown issuer may lack its text."""
        assert nk.Issuer(body="unknown").text is None
        with pytest.raises(ValueError, match="needs its text"):
            nk.Issuer(body="party")

    def test_audience_lower_case(self) -> None:
        """Audience words are lower-case noun phrases."""
        with pytest.raises(ValueError, match="lower-case"):
            nk.Directive(id="d1", issuer=nk.Issuer(body="unknown"), audience=["Traders"])


class TestRegionIds:
    @pytest.mark.parametrize("good", ["KP", "KP-10", "KP-10:hyesan", "CN-LN:dandong", "KR:seoul", "KP-03:sinuiju-zone"])
    def test_well_formed(self, good: str) -> None:
        """Ids of the scheme are accepted."""
        assert nk.Source(id="s1", descriptor="a source", location=good).location == good

    @pytest.mark.parametrize("bad", ["kp-10", "KP10", "KP-10:Hyesan", "KP-10:", "North Korea", "KP-10:hye san"])
    def test_malformed(self, bad: str) -> None:
        """Malformed ids are refused at construction."""
        with pytest.raises(ValueError, match="malformed region id"):
            nk.Source(id="s1", descriptor="a source", location=bad)


class TestArticleAndReport:
    def test_blocks_must_slice_text(self) -> None:
        """Blocks index the article text."""
        with pytest.raises(ValueError, match="does not slice"):
            nk.Article(outlet="dailynk", text="abc", blocks=[nk.Block(kind="title", span=nk.Span.of("xyz", 0, 3))])

    def test_outlet_key(self) -> None:
        """Outlet keys are lower-case words; the gold format's keys (``38north``) are accepted."""
        assert nk.Article(outlet="38north", text="abc").outlet == "38north"
        with pytest.raises(ValueError, match="outlet"):
            nk.Article(outlet="Daily NK", text="abc")

    def test_frozen(self) -> None:
        """Model values are immutable; updates go through attrs.evolve."""
        article = nk.Article(outlet="dailynk", text="abc")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            article.text = "x"  # type: ignore[misc]
        assert attrs.evolve(article, title="T").title == "T"

    def test_directive_source_must_exist(self) -> None:
        """A directive can only point at a source of the same report."""
        article = nk.Article(outlet="dailynk", text="abc")
        directive = nk.Directive(id="d1", issuer=nk.Issuer(body="unknown"), source="s9")
        with pytest.raises(ValueError, match="unknown source"):
            nk.Report(article=article, directives=[directive])

    def test_paragraphs_and_captions(self) -> None:
        """Block kinds separate paragraphs from captions."""
        text = "Body.\n\nA caption."
        article = nk.Article(
            outlet="dailynk",
            text=text,
            blocks=[
                nk.Block(kind="paragraph", span=nk.Span.of(text, 0, 5)),
                nk.Block(kind="caption", span=nk.Span.of(text, 7, 17)),
            ],
        )
        assert article.paragraphs == ("Body.",)
        assert article.captions == ("A caption.",)
        assert article.block_at(8) is not None
        assert article.block_at(8).kind is nk.BlockKind.CAPTION  # type: ignore[union-attr]
