"""Casting someone as something, reported without quotation marks (``X cast Y as Z``).

The cases are in ``golden/reported_casting.json`` (the schema of
``golden/reported.json``); those whose id starts with ``neg-`` expect no report.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

from quoteattr import Lexicon

CASES = _load_reported("reported_casting.json")


@pytest.mark.parametrize("case", CASES)
def test_casting(case: dict[str, Any]) -> None:
    _check_reported(case)


def test_casting_verbs_come_from_the_data_file() -> None:
    casting_verbs = Lexicon.default().casting_verbs
    assert {"cast", "casts", "painted", "framed"} <= casting_verbs.keys()
    assert "casting" not in casting_verbs  # a participle: "a casting call"
