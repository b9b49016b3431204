"""A named person's view, reported without quotation marks (``To X, C``).

The cases are in ``golden/reported_view.json`` (the schema of
``golden/reported.json``); those whose id starts with ``neg-`` expect no report.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

import quoteattr

CASES = _load_reported("reported_view.json")


@pytest.mark.parametrize("case", CASES)
def test_view(case: dict[str, Any]) -> None:
    _check_reported(case)


def test_view_source_is_resolved_like_any_speaker() -> None:
    text = "Dana Okafor farms near Dover. To Okafor, the new levy is a tax on the poor."
    doc = quoteattr.attribute(text)
    (quote,) = doc.quotes
    assert quote.rule == "reported_to_view"
    assert quote.speaker is not None and quote.speaker.name == "Dana Okafor"
    assert quote.text == "the new levy is a tax on the poor"


def test_view_needs_to_to_open_the_sentence() -> None:
    text = "The vote is close. Ruiz spoke to Okafor, the levy is a tax."
    doc = quoteattr.attribute(text)
    assert [q.rule for q in doc.quotes if q.rule == "reported_to_view"] == []
