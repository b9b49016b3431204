"""Golden cases for quote detection, kept as data in tests/golden/.

Schema (``schema: 1``) of ``detection.json`` and ``detection_negative.json``::

    {"schema": 1, "description": "...", "cases": [
        {"id": "unique-id", "note": "what it checks", "text": "input",
         "quotes": [{"text": "content", "closed": true, "opened": true,
                     "continued": false, "kind": "DIRECT"}],
         "xfail": "reason (optional: a known failure, kept visible)"}]}

``text`` is required in each expected quote; ``closed``, ``opened``,
``continued`` and ``kind`` are checked only where given. Negative cases expect no quote at all.
These files are about quoted speech: reported speech without marks (INDIRECT)
is left out here and checked in ``reported.json``.
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


def _marked(doc: quoteattr.Document) -> list[quoteattr.Quote]:
    """The quotes in quotation marks (reported speech without marks left out)."""
    return [q for q in doc.quotes if q.kind is not quoteattr.QuoteKind.INDIRECT]


def _check(case: dict[str, Any]) -> None:
    doc = quoteattr.attribute(case["text"])
    expected = case["quotes"]
    quotes = _marked(doc)
    assert [q.text for q in quotes] == [q["text"] for q in expected]
    for got, want in zip(quotes, expected, strict=False):
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
    quotes = _marked(doc)
    assert [q.text for q in quotes] == [q["text"] for q in case["quotes"]]
    for got, want in zip(quotes, case["quotes"], strict=True):
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


# Reported speech without quotation marks (``reported.json``,
# ``reported_negative.json`` and one ``reported_<family>.json`` per family of cues,
# ``schema: 1``): each case lists every INDIRECT quote in text order, with its
# ``text`` and optionally ``speaker`` (canonical name, or null when the text names
# no source), ``mention``, ``cue`` and ``rule``. Negative cases (verbs of saying
# that report nothing; their ids start with ``neg-``) list none.
_REPORT_KEYS = {"text", "speaker", "mention", "cue", "rule"}
_REPORTED_CASE_KEYS = {"id", "note", "text", "reports", "xfail"}


def _load_reported(name: str) -> list[Any]:
    data = json.loads((GOLDEN / name).read_text(encoding="utf-8"))
    assert data["schema"] == 1, f"{name}: unknown schema {data['schema']!r}"
    params = []
    for case in data["cases"]:
        assert set(case) <= _REPORTED_CASE_KEYS, f"{name}:{case.get('id')}: unknown keys"
        for report in case["reports"]:
            assert set(report) <= _REPORT_KEYS, f"{name}:{case['id']}: unknown report keys"
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _check_reported(case: dict[str, Any]) -> None:
    if case["id"].startswith("neg-"):
        assert case["reports"] == [], f"{case['id']}: a negative case expects no report"
    doc = quoteattr.attribute(case["text"])
    text = doc.text
    reports = [q for q in doc.quotes if q.kind is quoteattr.QuoteKind.INDIRECT]
    assert [r.text for r in reports] == [r["text"] for r in case["reports"]]
    for got, want in zip(reports, case["reports"], strict=True):
        label = want["text"][:30]
        assert got.open_mark is None and got.close_mark is None, label
        if "speaker" in want:
            assert (got.speaker.name if got.speaker else None) == want["speaker"], label
        if "mention" in want:
            assert got.mention is not None and got.mention.slice(text) == want["mention"], label
        if "cue" in want:
            assert got.cue is not None and got.cue.slice(text) == want["cue"], label
        if "rule" in want:
            assert got.rule == want["rule"], label
    # Switched off, no report is made and the quotes with marks stay the same.
    quoted_only = quoteattr.attribute(text, quoteattr.Config(indirect_speech=False))

    def form(quotes: Any) -> list[tuple[Any, ...]]:
        return [(q.span, q.kind, q.mention, q.cue, q.rule) for q in quotes]

    assert form(quoted_only.quotes) == form(_marked(doc))


@pytest.mark.parametrize("case", _load_reported("reported.json"))
def test_reported(case: dict[str, Any]) -> None:
    _check_reported(case)


@pytest.mark.parametrize("case", _load_reported("reported_negative.json"))
def test_reported_negative(case: dict[str, Any]) -> None:
    assert case["reports"] == []
    _check_reported(case)


def test_reported_ids_are_unique() -> None:
    """Across every golden file of reported speech (``reported*.json``)."""
    params = [
        p for path in sorted(GOLDEN.glob("reported*.json")) for p in _load_reported(path.name)
    ]
    ids = [p.id for p in params]
    assert len(ids) == len(set(ids))
