"""A reported clause whose source is a pronoun fused with its auxiliary
(``She's predicting C``, ``They've told friends C``), and a content that
opens with a pronoun and a second subject (``said she and her aides joked``).

The cases are in ``golden/reported_fused.json`` (the schema of
``golden/reported.json``); those whose id starts with ``neg-`` expect no report.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

from quoteattr.reported.contracted import possessive

CASES = _load_reported("reported_fused.json")


@pytest.mark.parametrize("case", CASES)
def test_fused(case: dict[str, Any]) -> None:
    _check_reported(case)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("okafor’s", True), ("it's", True), ("that’s", True), ("she's", False), ("they’s", False)],
)
def test_possessive_keeps_names_and_pro_forms(word: str, expected: bool) -> None:
    assert possessive(word) is expected
