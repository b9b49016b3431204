"""Verbs of feeling whose object feels: ``It amazes me that C``, ``It
surprised many growers that C`` (the object is the source).

The cases are in ``golden/reported_experiencer.json`` (the schema of
``golden/reported.json``).
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

CASES = _load_reported("reported_experiencer.json")


@pytest.mark.parametrize("case", CASES)
def test_experiencer(case: dict[str, Any]) -> None:
    _check_reported(case)
