"""Adjectives of belief and feeling with a that-clause (``was hopeful that
C``, ``I'm aghast that C``): the clause is the position of the copula's
subject; no clause, no copula or no source subject reports nothing.

The cases are in ``golden/reported_feeling.json`` (the schema of
``golden/reported.json``).
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

from quoteattr.reported.feeling import FEELING_GROUPS, FEELING_WORDS, _fused_copula

CASES = _load_reported("reported_feeling.json")


@pytest.mark.parametrize("case", CASES)
def test_feeling(case: dict[str, Any]) -> None:
    _check_reported(case)


def test_feeling_words_are_the_groups() -> None:
    assert frozenset().union(*FEELING_GROUPS.values()) == FEELING_WORDS
    assert {"hopeful", "confident", "worried", "aware", "aghast"} <= FEELING_WORDS


@pytest.mark.parametrize(
    ("word", "expected"),
    [("i'm", True), ("they’re", True), ("she's", True), ("it's", False), ("trump's", False)],
)
def test_fused_copula(word: str, expected: bool) -> None:
    assert _fused_copula(word) is expected
