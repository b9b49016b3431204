"""The source of reported speech where the grammar around the cue is easy to
misread: a relative clause in the subject, a closing phrase with a noun that
takes up the content, plural nouns after a preposition, a second present cue.

The cases are in ``golden/reported_sources.json`` (the schema of
``golden/reported.json``); those whose id starts with ``neg-`` expect no report.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

import quoteattr

CASES = _load_reported("reported_sources.json")


@pytest.mark.parametrize("case", CASES)
def test_reported_source(case: dict[str, Any]) -> None:
    _check_reported(case)


@pytest.mark.xfail(
    reason="a count before the last noun of the subject (two clerks) is read with the cue's "
    "number: a singular cue after it (says) gives no report, though the head (The audit) "
    "agrees with it",
    strict=True,
)
@pytest.mark.parametrize(
    "text",
    [
        "The audit written by two clerks says the ledger was altered.",
        "The audit by two clerks says the ledger was altered.",
    ],
)
def test_count_in_agent_before_singular_cue(text: str) -> None:
    doc = quoteattr.attribute(text)
    assert [q.text for q in doc.quotes] == ["the ledger was altered"]
