"""Evidence from documents, polls and studies reported without quotation marks.

The cases are in ``golden/reported_evidence.json`` (the schema of
``golden/reported.json``); those whose id starts with ``neg-`` expect no report.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

import quoteattr

CASES = _load_reported("reported_evidence.json")


@pytest.mark.parametrize("case", CASES)
def test_evidence(case: dict[str, Any]) -> None:
    _check_reported(case)


def test_document_source_is_typed_document() -> None:
    text = "Despite a county audit showing that reserves fell by half, the board met."
    (quote,) = quoteattr.attribute(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.kind is quoteattr.EntityKind.DOCUMENT
    assert quote.text == "reserves fell by half"


def test_participle_clause_ends_at_the_main_clause() -> None:
    text = (
        "Ruiz, in the wake of a new poll showing her lead down to four points, told donors to wait."
    )
    quotes = quoteattr.attribute(text).quotes
    assert quotes[0].text == "her lead down to four points"
    assert quotes[0].rule == "reported_evidence"
