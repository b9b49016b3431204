"""Headlines that name their source before a colon, reported without quotation
marks (``Okafor camp: The budget puts hospitals at risk``).

The cases are in ``golden/reported_headlines.json`` (the schema of
``golden/reported.json``); those whose id starts with ``neg-`` expect no report.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

import quoteattr

CASES = _load_reported("reported_headlines.json")


@pytest.mark.parametrize("case", CASES)
def test_headline_colon(case: dict[str, Any]) -> None:
    _check_reported(case)


def test_headline_colon_quote_inside_the_report_keeps_its_speaker() -> None:
    text = "Reyna: Governor Ruiz’s ‘Plan Is Dead On Arrival’ Before the Vote.\n\nTomas Reyna spoke."
    doc = quoteattr.attribute(text)
    report = next(q for q in doc.quotes if q.kind is quoteattr.QuoteKind.INDIRECT)
    inner = [q for q in doc.quotes if q.open_mark is not None]
    assert inner and all(report.span.start <= q.span.start < report.span.end for q in inner)
    assert report.speaker is not None and report.speaker.name == "Tomas Reyna"


def test_headline_colon_topic_after_on_is_not_the_mention() -> None:
    text = "Ruiz on Water Rates: Families will pay less next year.\n\nGovernor Ana Ruiz spoke."
    (quote,) = quoteattr.attribute(text).quotes
    assert quote.mention is not None and quote.mention.slice(text) == "Ruiz"
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"
