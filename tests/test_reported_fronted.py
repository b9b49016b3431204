"""A reported clause that opens with a concessive or a clause of time set off
by a comma (``said no matter what ..., C``, ``said after the mill closed, C``),
and a time adverbial between the cue and ``that`` (``complained soon after
that C``).

The cases are in ``golden/reported_fronted.json`` and
``golden/reported_adverbs.json`` (the schema of ``golden/reported.json``);
those whose id starts with ``neg-`` expect no report.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

from quoteattr.mentions.tokens import tokens_in
from quoteattr.reported.fronted import concession_opens
from quoteattr.reported.grammar import Sentence

CASES = _load_reported("reported_fronted.json")
ADVERB_CASES = _load_reported("reported_adverbs.json")


@pytest.mark.parametrize("case", CASES)
def test_fronted(case: dict[str, Any]) -> None:
    _check_reported(case)


@pytest.mark.parametrize("case", ADVERB_CASES)
def test_adverb_before_that(case: dict[str, Any]) -> None:
    _check_reported(case)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no matter how the vote goes", True),
        ("even though it rained", True),
        ("no matter .", False),
        ("regardless , it", False),
        ("even when", False),
    ],
)
def test_concession_opens(text: str, expected: bool) -> None:
    words = tokens_in(text, 0, len(text))
    n = len(words)
    assert concession_opens(Sentence(words, [-1] * n, [False] * n, {}), 0) is expected
