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

CASES = _load_reported("reported_sources.json")


@pytest.mark.parametrize("case", CASES)
def test_reported_source(case: dict[str, Any]) -> None:
    _check_reported(case)
