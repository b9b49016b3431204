"""Verbs of finding out reported without quotation marks (``she learned that C``).

The cases are in ``golden/reported_discovery.json`` (the schema of
``golden/reported.json``); those whose id starts with ``neg-`` expect no report.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

import quoteattr
from quoteattr import Lexicon

CASES = _load_reported("reported_discovery.json")


@pytest.mark.parametrize("case", CASES)
def test_discovery(case: dict[str, Any]) -> None:
    _check_reported(case)


def test_discovery_forms_come_from_the_data_file() -> None:
    discovery_verbs = Lexicon.default().discovery_verbs
    assert discovery_verbs["learned"] == "learn"
    assert discovery_verbs["realised"] == "realize"
    assert "learning" not in discovery_verbs


def test_a_document_finding_is_left_to_the_evidence_reader() -> None:
    text = "The audit found that two contracts had been signed twice."
    (quote,) = quoteattr.attribute(text).quotes
    assert quote.rule == "reported_finding"
    assert quote.text == "two contracts had been signed twice"


def test_discovery_source_is_resolved_like_any_speaker() -> None:
    text = "Ana Ruiz joined the board in May. Ruiz soon learned that the fund was empty."
    doc = quoteattr.attribute(text)
    (quote,) = doc.quotes
    assert quote.rule == "reported_that"
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"
    assert quote.text == "the fund was empty"
