"""Nouns of saying as a predicate or an object with a that-clause (``Her
point was that C``, ``made the case to donors that C``); without a clause or
a possessor nothing is reported.

The cases are in ``golden/reported_nominal.json`` (the schema of
``golden/reported.json``).
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

from quoteattr.reported.nominal import NOMINAL_WORDS, OBJECT_NOUNS, PREDICATE_NOUNS

CASES = _load_reported("reported_nominal.json")


@pytest.mark.parametrize("case", CASES)
def test_nominal(case: dict[str, Any]) -> None:
    _check_reported(case)


def test_nominal_words_are_both_lists() -> None:
    assert NOMINAL_WORDS == PREDICATE_NOUNS | OBJECT_NOUNS
    assert {"point", "answer", "case", "notion"} <= NOMINAL_WORDS
