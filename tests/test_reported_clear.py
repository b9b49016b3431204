"""A position made clear, reported without quotation marks (``X made it clear that C``).

The cases are in ``golden/reported_clear.json`` (the schema of
``golden/reported.json``); those whose id starts with ``neg-`` expect no report.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

import quoteattr

CASES = _load_reported("reported_clear.json")


@pytest.mark.parametrize("case", CASES)
def test_made_clear(case: dict[str, Any]) -> None:
    _check_reported(case)


def test_made_clear_source_is_resolved_like_any_speaker() -> None:
    text = "Lena Vell spoke on Monday. Vell has made it clear that she wants the job."
    doc = quoteattr.attribute(text)
    (quote,) = doc.quotes
    assert quote.rule == "reported_made_clear"
    assert quote.speaker is not None and quote.speaker.name == "Lena Vell"
    assert quote.text == "she wants the job"


def test_made_clear_content_ends_before_a_report_of_its_own() -> None:
    text = "Ruiz made clear that the levy stays, but Okafor said it would go."
    doc = quoteattr.attribute(text)
    assert [(q.text, q.rule) for q in doc.quotes] == [
        ("the levy stays", "reported_made_clear"),
        ("it would go", "reported_clause"),
    ]
