"""Phrasal speech acts reported without quotation marks (``X lashed out at Y``).

The cases are in ``golden/reported_phrasal.json`` (the schema of
``golden/reported.json``); those whose id starts with ``neg-`` expect no report.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

import quoteattr
from quoteattr import Lexicon

CASES = _load_reported("reported_phrasal.json")


@pytest.mark.parametrize("case", CASES)
def test_phrasal(case: dict[str, Any]) -> None:
    _check_reported(case)


def test_phrasal_cues_come_from_the_data_file() -> None:
    cues = Lexicon.default().phrasal_cues
    assert ("out", "at") in cues["lashed"]
    assert ("back", "on") in cues["push"] and ("back", "against") in cues["push"]
    assert "went" not in cues  # went after: measured and left out


def test_phrasal_source_is_resolved_like_any_speaker() -> None:
    text = "Lena Vell spoke on Monday. Vell lashed out at the council."
    doc = quoteattr.attribute(text)
    (quote,) = doc.quotes
    assert quote.rule == "reported_phrasal"
    assert quote.speaker is not None and quote.speaker.name == "Lena Vell"
    assert quote.text == "the council"
