"""A quote no sieve attributed, inside the content of reported speech."""

from __future__ import annotations

import quoteattr
from quoteattr.model import QuoteKind

_TEXT = "Senator Hale blamed the shortfall on “greedy” lenders and left the hall."


def _marked(doc: quoteattr.Document) -> list[quoteattr.Quote]:
    return [q for q in doc.quotes if q.kind is not QuoteKind.INDIRECT]


def test_the_report_gives_its_source_and_cue() -> None:
    doc = quoteattr.attribute(_TEXT)
    (quote,) = _marked(doc)
    assert quote.kind is QuoteKind.PARTIAL and quote.rule == "inside_report"
    assert quote.mention is not None and quote.mention.slice(_TEXT) == "Senator Hale"
    assert quote.cue is not None and quote.cue.slice(_TEXT) == "blamed"


def test_without_reported_speech_the_quote_stays_a_term() -> None:
    config = quoteattr.Config(indirect_speech=False)
    (quote,) = _marked(quoteattr.attribute(_TEXT, config))
    assert quote.speaker is None and quote.kind is QuoteKind.TERM


def test_without_sieves_no_quote_in_marks_is_attributed() -> None:
    (quote,) = _marked(quoteattr.attribute(_TEXT, quoteattr.Config(sieves=())))
    assert quote.speaker is None


def test_a_quote_past_an_opening_clause_is_not_the_reports() -> None:
    # The report stands in an opening subordinate clause; a quote after the
    # comma that closes it is in the main clause, not the source's words.
    for text in (
        "When Vell called the plan “a fraud,” Lowe was “furious.”",
        "After Ines Ruiz branded the levy “theft,” the council stayed “calm.”",
        "Because Okafor called the fine “a disgrace,” Marsh was “stunned.”",
    ):
        first, second = _marked(quoteattr.attribute(text))
        assert first.speaker is not None and first.mention is not None
        assert second.rule != "inside_report", text
        assert second.mention is None or second.mention != first.mention, text


def test_a_quote_inside_the_opening_clause_keeps_the_source() -> None:
    text = "When Vell called the plan “a fraud” and a “sham,” the hall went quiet."
    quotes = _marked(quoteattr.attribute(text))
    assert [q.text for q in quotes] == ["a fraud", "sham,"]
    for quote in quotes:
        assert quote.mention is not None and quote.mention.slice(text) == "Vell"
