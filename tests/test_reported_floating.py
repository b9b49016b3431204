"""Adverbs and floating quantifiers between a subject, its auxiliaries and a
cue (``has always said``, ``have both urged``, ``each said``): skipped, part
of neither the source nor the content.

The cases are in ``golden/reported_floating.json`` (the schema of
``golden/reported.json``).
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

from quoteattr.mentions.tokens import tokens_in
from quoteattr.reported.floating import floating_each
from quoteattr.reported.grammar import Sentence

CASES = _load_reported("reported_floating.json")


@pytest.mark.parametrize("case", CASES)
def test_floating(case: dict[str, Any]) -> None:
    _check_reported(case)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The senators each said", "said", True),
        ("Ruiz and Lee each argued", "argued", True),
        ("They each wrote", "wrote", True),
        ("She stamped each signed form", "signed", False),
        ("We have each signed", "signed", True),
        ("Each said", "said", False),
        ("a copy for each signed form", "signed", False),
        ("The senators each report", "report", False),
    ],
)
def test_floating_each(text: str, word: str, expected: bool) -> None:
    words = tokens_in(text, 0, len(text))
    n = len(words)
    c = [w.lower for w in words].index(word)
    assert floating_each(Sentence(words, [-1] * n, [False] * n, {}), c) is expected
