"""The object of a speech act with an ``as`` complement (``cited the memo as
evidence that C``) or a second plural object after ``and`` (``opposed the levy
and the new parking fees``); ``as`` opening a clause of time ends it.

The cases are in ``golden/reported_objects.json`` (the schema of
``golden/reported.json``).
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

from quoteattr.mentions.tokens import tokens_in
from quoteattr.reported.grammar import Sentence
from quoteattr.reported.objects import as_complement

CASES = _load_reported("reported_objects.json")


@pytest.mark.parametrize("case", CASES)
def test_objects(case: dict[str, Any]) -> None:
    _check_reported(case)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tout the bill as a boon to farmers", True),
        ("dismissed the claim as nonsense", True),
        ("praised the bill as voters watched", False),
        ("praised the bill as long as it passes", False),
        ("praised the bill as a whole", False),
        ("praised the bill as they left", False),
    ],
)
def test_as_complement(text: str, expected: bool) -> None:
    words = tokens_in(text, 0, len(text))
    n = len(words)
    k = [w.lower for w in words].index("as") + 1
    assert as_complement(Sentence(words, [-1] * n, [False] * n, {}), k) is expected
