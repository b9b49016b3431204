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
