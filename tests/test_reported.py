"""Reported speech without quotation marks (INDIRECT quotes): the data model,
the switch, and every output form. The constructions themselves are golden
cases in tests/golden/reported.json."""

from __future__ import annotations

import json

import attrs
import pytest
from strategies import check_invariants

import quoteattr
from quoteattr import Config, ConfigError, Document, EntityKind, QuoteKind
from quoteattr.brat import read_brat, to_brat
from quoteattr.cli import render_text
from quoteattr.html import to_html
from quoteattr.lexicon import Lexicon

PARTIAL_INSIDE = "The minister said the proposal was “not serious” and would be rejected."
MIXED = (
    "“We regret it,” spokeswoman Dana Ruiz said. "
    "Officials said the talks would resume, according to two aides.\n"
    "It was reported that the envoy had left. "
    "The board, which met on Monday, denied that it had been warned."
)


def test_a_report_holds_its_partial_quote_and_comes_before_it() -> None:
    doc = quoteattr.attribute(PARTIAL_INSIDE)
    check_invariants(doc, PARTIAL_INSIDE)
    report, partial = doc.quotes
    assert report.kind is QuoteKind.INDIRECT and partial.kind is QuoteKind.PARTIAL
    assert report.span.contains(partial.outer)  # the marks are inside the report
    assert report.open_mark is None and report.close_mark is None and report.outer == report.span
    assert report.speaker is partial.speaker or report.speaker == partial.speaker
    assert (report.mention, report.cue) == (partial.mention, partial.cue)
    assert [s.name for s in doc.speakers] == ["The minister"]


def test_every_report_has_a_cue_and_a_rule_and_slices_back() -> None:
    doc = quoteattr.attribute(MIXED)
    check_invariants(doc, MIXED)
    reports = [q for q in doc.quotes if q.kind is QuoteKind.INDIRECT]
    assert [r.text for r in reports] == [
        "Officials said the talks would resume",
        "the envoy had left",
        "it had been warned",
    ]
    for report in reports:
        assert report.cue is not None and report.rule is not None
        assert MIXED[report.span.start : report.span.end] == report.text
    # A report inside a report is part of the outer one: the aides report
    # what the officials said.
    assert reports[0].cue is not None and reports[0].cue.slice(MIXED) == "according to"
    assert reports[0].speaker is not None and reports[0].speaker.name == "two aides"
    # A passive with "it" names no source.
    assert reports[1].speaker is None and reports[1].mention is None
    assert reports[1].rule == "reported_passive"
    # A relative clause stays in the mention; the board speaks.
    assert reports[2].mention is not None
    assert reports[2].mention.slice(MIXED) == "The board, which met on Monday"
    assert reports[2].speaker is not None
    assert reports[2].speaker.kind is EntityKind.ORGANIZATION


def test_the_switch_leaves_quotes_in_marks_as_they_are() -> None:
    on = quoteattr.attribute(MIXED)
    off = quoteattr.attribute(MIXED, Config(indirect_speech=False))
    assert all(q.kind is not QuoteKind.INDIRECT for q in off.quotes)
    marked = [q for q in on.quotes if q.kind is not QuoteKind.INDIRECT]
    assert [(q.span, q.kind, q.mention, q.cue, q.rule) for q in off.quotes] == [
        (q.span, q.kind, q.mention, q.cue, q.rule) for q in marked
    ]
    with pytest.raises(ConfigError, match="indirect_speech"):
        Config(indirect_speech=1)  # type: ignore[arg-type]
    assert attrs.evolve(Config(), indirect_speech=False).indirect_speech is False


def test_documents_and_polls_are_document_speakers() -> None:
    doc = quoteattr.attribute(
        "A new poll shows the mayor trailing. The audit found that the fund was empty."
    )
    kinds = [(q.speaker.name, q.speaker.kind) for q in doc.quotes if q.speaker is not None]
    assert kinds == [("new poll", EntityKind.DOCUMENT), ("The audit", EntityKind.DOCUMENT)]


def test_a_paraphrased_speaker_is_resolved_with_the_quoted_ones() -> None:
    text = (
        "“We will appeal,” said Dana Ruiz. Ruiz added that the ruling was wrong. She said it twice."
    )
    doc = quoteattr.attribute(text)
    speakers = {q.speaker.name for q in doc.quotes if q.speaker is not None}
    assert speakers == {"Dana Ruiz"}
    report = next(q for q in doc.quotes if q.kind is QuoteKind.INDIRECT)
    assert report.text == "the ruling was wrong" and report.resolution == "name variant"


def test_json_round_trip_keeps_reports_with_null_marks() -> None:
    doc = quoteattr.attribute(PARTIAL_INSIDE)
    data = json.loads(json.dumps(doc.to_dict()))
    report = data["quotes"][0]
    assert report["kind"] == "indirect"
    assert report["open_mark"] is None and report["close_mark"] is None
    assert Document.from_dict(data) == doc


def test_brat_writes_a_report_as_a_quote_of_kind_indirect() -> None:
    doc = quoteattr.attribute(PARTIAL_INSIDE)
    ann = to_brat(doc)
    assert "Kind T3 INDIRECT" in ann.replace("\t", " ")
    brat = read_brat(doc.text, ann)
    quotes = [t.text for t in brat.textbounds if t.label == "Quote"]
    assert quotes == ["the proposal was “not serious” and would be rejected", "not serious"]


def test_html_shows_a_report_as_a_span_around_its_quote() -> None:
    page = to_html(quoteattr.attribute(PARTIAL_INSIDE))
    start = page.index('<span class="reported speaker-0 kind-indirect"')
    inner = page.index('<mark class="quote speaker-0 kind-partial"')
    assert start < inner < page.index("</span>", inner)
    assert 'data-kind="indirect"' in page
    assert "Speakers (1 quote, 1 reported without quotation marks)" in page


def test_explain_and_the_text_summary_show_reports_without_marks() -> None:
    doc = quoteattr.attribute("It was reported that the envoy had left. Ruiz said it was true.")
    explanation = quoteattr.explain(doc)
    assert "the envoy had left [INDIRECT] at 21-39" in explanation
    assert "rule reported_passive, cue “reported”: the text names no source" in explanation
    summary = render_text(doc, name="x")
    heading = "== x: 0 quotes, 2 reported without quotation marks, 1 speakers"
    assert summary.splitlines()[0] == heading
    assert "  1. [INDIRECT] 21-39 the envoy had left" in summary


def test_a_lexicon_extension_adds_a_cue_for_reported_speech() -> None:
    text = "The critic opined that the sequel was better."
    assert quoteattr.attribute(text).quotes == ()
    extra = Lexicon.from_lines({"clause_verbs": ["opine opines opined opining"]})
    config = Config(lexicon=Lexicon.default().extended(extra))
    (report,) = quoteattr.attribute(text, config).quotes
    assert report.text == "the sequel was better" and report.rule == "reported_that"
