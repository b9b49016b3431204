"""Stances reported without quotation marks (``Ruiz supports the levy``).

The cases are in ``golden/reported_stances.json`` (the schema of
``golden/reported.json``); those whose id starts with ``neg-`` expect no report.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

import quoteattr
from quoteattr import Lexicon

CASES = _load_reported("reported_stances.json")


@pytest.mark.parametrize("case", CASES)
def test_stance(case: dict[str, Any]) -> None:
    _check_reported(case)


def test_stance_forms_come_from_the_data_file() -> None:
    stance_verbs = Lexicon.default().stance_verbs
    assert stance_verbs["supported"] == "support"
    assert "supporting" not in stance_verbs  # a participle names no stated position
    assert stance_verbs["backed"] == "back"
    assert stance_verbs["prefers"] == "prefer"
    assert "favored" not in stance_verbs  # a poll's breakdown, mostly


def test_stance_source_is_resolved_like_any_speaker() -> None:
    text = "Ana Ruiz spoke on Monday. Ruiz supports the new levy."
    doc = quoteattr.attribute(text)
    (quote,) = doc.quotes
    assert quote.rule == "reported_stance"
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"
    assert quote.text == "the new levy"
