"""Golden cases for quote detection, kept as data in tests/golden/.

Schema (``schema: 1``) of ``detection.json`` and ``detection_negative.json``::

    {"schema": 1, "description": "...", "cases": [
        {"id": "unique-id", "note": "what it checks", "text": "input",
         "quotes": [{"text": "content", "closed": true, "opened": true,
                     "continued": false, "kind": "DIRECT"}],
         "xfail": "reason (optional: a known failure, kept visible)"}]}

``text`` is required in each expected quote; ``closed``, ``opened``,
``continued`` and ``kind`` are checked only where given. Negative cases expect no quote at all.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import quoteattr

GOLDEN = Path(__file__).parent / "golden"
_CASE_KEYS = {"id", "note", "text", "quotes", "xfail"}
_QUOTE_KEYS = {"text", "closed", "opened", "continued", "kind"}


def _load(name: str) -> list[Any]:
    data = json.loads((GOLDEN / name).read_text(encoding="utf-8"))
    assert data["schema"] == 1, f"{name}: unknown schema {data['schema']!r}"
    params = []
    for case in data["cases"]:
        assert set(case) <= _CASE_KEYS, f"{name}:{case.get('id')}: unknown keys"
        for quote in case["quotes"]:
            assert set(quote) <= _QUOTE_KEYS, f"{name}:{case['id']}: unknown quote keys"
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _check(case: dict[str, Any]) -> None:
    doc = quoteattr.attribute(case["text"])
    expected = case["quotes"]
    assert [q.text for q in doc.quotes] == [q["text"] for q in expected]
    for got, want in zip(doc.quotes, expected, strict=False):
        assert doc.text[got.span.start : got.span.end] == got.text
        if "closed" in want:
            assert got.closed == want["closed"], f"closed flag of {want['text']!r}"
        if "opened" in want:
            opened = got.open_mark is not None
            assert opened == want["opened"], f"opened flag of {want['text']!r}"
        if "continued" in want:
            assert got.continued == want["continued"], f"continued flag of {want['text']!r}"
        if "kind" in want:
            assert got.kind.name == want["kind"], f"kind of {want['text']!r}"


@pytest.mark.parametrize("case", _load("detection.json"))
def test_detection(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize("case", _load("detection_negative.json"))
def test_detection_negative(case: dict[str, Any]) -> None:
    assert case["quotes"] == []
    _check(case)


def test_golden_ids_are_unique() -> None:
    ids = [p.id for name in ("detection.json", "detection_negative.json") for p in _load(name)]
    assert len(ids) == len(set(ids))


# Attribution golden cases (``attribution.json``, ``schema: 1``): each expected
# quote gives ``text`` and ``speaker`` (canonical name or null), and optionally
# ``role``, ``mention`` (the exact words), ``cue`` and ``rule``.
_ATTRIBUTION_KEYS = {"text", "speaker", "role", "mention", "cue", "rule"}


def _load_attribution() -> list[Any]:
    data = json.loads((GOLDEN / "attribution.json").read_text(encoding="utf-8"))
    assert data["schema"] == 1
    params = []
    for case in data["cases"]:
        assert set(case) <= _CASE_KEYS, f"attribution.json:{case.get('id')}: unknown keys"
        for quote in case["quotes"]:
            assert set(quote) <= _ATTRIBUTION_KEYS, f"attribution.json:{case['id']}: bad keys"
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


@pytest.mark.parametrize("case", _load_attribution())
def test_attribution(case: dict[str, Any]) -> None:
    doc = quoteattr.attribute(case["text"])
    text = doc.text
    assert [q.text for q in doc.quotes] == [q["text"] for q in case["quotes"]]
    for got, want in zip(doc.quotes, case["quotes"], strict=True):
        label = want["text"][:30]
        assert (got.speaker.name if got.speaker else None) == want["speaker"], label
        if "role" in want:
            assert got.speaker is not None and got.speaker.role == want["role"], label
        if "mention" in want:
            assert got.mention is not None and got.mention.slice(text) == want["mention"], label
        if "cue" in want:
            assert got.cue is not None and got.cue.slice(text) == want["cue"], label
        if "rule" in want:
            assert got.rule == want["rule"], label
