"""What a source did not mention, reported without quotation marks.

The cases are in ``golden/reported_unmentioned.json`` (the schema of
``golden/reported.json``); those whose id starts with ``neg-`` expect no report.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

CASES = _load_reported("reported_unmentioned.json")


@pytest.mark.parametrize("case", CASES)
def test_unmentioned(case: dict[str, Any]) -> None:
    _check_reported(case)
