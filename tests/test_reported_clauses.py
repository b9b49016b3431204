"""Clauses after a cue: a that-clause that ends on its own past verb (``said
that the treasurer knew``) and a participle clause of time passed over
between the cue and its content (``said when asked about the merger, C``).

The cases are in ``golden/reported_clauses.json`` (the schema of
``golden/reported.json``).
"""

from __future__ import annotations

from typing import Any

import pytest
from test_golden import _check_reported, _load_reported

import quoteattr
from quoteattr.mentions.tokens import tokens_in
from quoteattr.reported.adjuncts import when_asked_end
from quoteattr.reported.grammar import Sentence

CASES = _load_reported("reported_clauses.json")


@pytest.mark.parametrize("case", CASES)
def test_clauses(case: dict[str, Any]) -> None:
    _check_reported(case)


@pytest.mark.xfail(
    reason="without that, a clause ending on a cue verb is taken for a frame of its own "
    "and dropped; reading it measured no better on PolNeAR (docs/limitations.md)",
    strict=True,
)
def test_bare_verb_clause_without_that() -> None:
    doc = quoteattr.attribute("Ines Marlow said the treasurer knew.")
    assert [q.text for q in doc.quotes] == ["the treasurer knew"]


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("said when asked about it, the", 1, 6),
        ("said, when pressed on it, the", 1, 7),
        ("said while campaigning, that", 1, 4),
        ("said when the plant closed, the", 1, None),
        ("said when asked about it", 1, None),
        ("said when asked about it.", 1, None),
        ("said when asked about Lund, who", 1, None),
        ("said so, then left", 2, None),
        ("said after losing it, the", 1, 5),
        ("said after the mill closed, the", 1, None),
        ("said after elected, the", 1, None),
        ("said, before clarifying that she, Lund, was", 1, None),
        ("said, , campaigning in Iowa, that", 1, None),
    ],
)
def test_when_asked_end(text: str, at: int, expected: int | None) -> None:
    words = tokens_in(text, 0, len(text))
    n = len(words)
    assert when_asked_end(Sentence(words, [-1] * n, [False] * n, {}), at) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz said on the long-running KTV {}Morning Desk{} show at noon that the levy passed.",
        "Ruiz said on KTV's {}Morning Desk{} on Sunday that the levy would pass.",
    ],
)
def test_two_apostrophes_read_as_curly_marks(sentence: str) -> None:
    """An adjunct holding a title in '' is as long as one in curly marks: the
    same reports, whichever marks the title has."""

    def reports(text: str) -> list[tuple[str, str | None]]:
        doc = quoteattr.attribute(text)
        return [(q.text.replace("''", "\u201c"), q.rule) for q in doc.quotes]

    curly = reports(sentence.format("\u201c", "\u201d"))
    assert reports(sentence.format("''", "''")) == [
        (text.replace("\u201d", "\u201c"), rule) for text, rule in curly
    ]
