"""A title-case headline that closes with its attribution after a comma
(``‘We will not back down’ on Tariffs, Ann Lowe Says``): the name before the
capitalized cue speaks, even when the quote itself is in sentence case or
opens the headline as a term."""

from __future__ import annotations

import pytest

import quoteattr


def _marked(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker name, cue) of each quote in quotation marks."""
    doc = quoteattr.attribute(text)
    return [
        (q.speaker.name if q.speaker else None, q.cue.slice(text) if q.cue else None)
        for q in doc.quotes
        if q.kind is not quoteattr.QuoteKind.INDIRECT
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "‘We will not back down’ on Tariffs, Ann Lowe Says\n\nThe mayor spoke.",
            "Ann Lowe",
            "Says",
        ),
        (
            "‘Fake Populist’ Mayor Is Like A Bad Landlord, Tomas Vell Says.\n\nThe mayor spoke.",
            "Tomas Vell",
            "Says",
        ),
        (
            "‘The levy is a shakedown’ For Growers, Dana Whitlow Tells Council\n\nText.",
            "Dana Whitlow",
            "Tells",
        ),
    ],
)
def test_a_headline_closing_with_its_attribution_after_a_comma(
    text: str, speaker: str, cue: str
) -> None:
    assert _marked(text) == [(speaker, cue)]


@pytest.mark.parametrize(
    "text",
    [
        # No comma before the name: the words after the quote are too many.
        "‘Bridge Fund’ Vote Set For Tuesday As Mayor Says No\n\nText.",
        # A term after a determiner is left alone.
        "Why the ‘Bridge Fund’ Failed, and What Lowe Says Now\n\nText.",
    ],
)
def test_headlines_without_a_closing_attribution_give_no_speaker(text: str) -> None:
    assert [speaker for speaker, _ in _marked(text)] == [None]
