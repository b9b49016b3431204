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


# A title-case headline or list heading that opens with a name the story names
# again, then a verb that reports no speech: the quote in it is that person's.
@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Dana Whitlow Sides With Growers Against ‘Bridge Tolls.’\n\nWhitlow spoke.",
            "Dana Whitlow",
            None,
        ),
        (
            "Lowe Told A Council Member Not To ‘Whine’ About Taxes.\n\nLowe left.",
            "Lowe",
            "Told",
        ),
        (
            "Farm report.\n\n7\n\nTomas Vell Asked Farmers Everywhere To “Plant Early.”\n\n"
            "Vell grows corn.",
            "Tomas Vell",
            "Asked",
        ),
        (
            "Mayor Okafor Just Shared This ‘Quiet Promise’ About The Levy\n\nOkafor said more.",
            "Okafor",
            None,
        ),
        (
            "Ines Marlow Explained Why She Felt “Unseen” At School.\n\nMarlow is a teacher.",
            "Ines Marlow",
            "Explained",
        ),
    ],
)
def test_a_headline_subject_before_a_verb_speaks(text: str, speaker: str, cue: str | None) -> None:
    assert _marked(text) == [(speaker, cue)]


@pytest.mark.parametrize(
    "text",
    [
        # The name goes on with a noun, not a verb.
        "Whitlow Camp Declining To Meet – Whatever Happened To “Any Time.”\n\nWhitlow left.",
        # Two names and a comma: the word after the first name is a name the story repeats.
        "Dana Whitlow, Tomas Vell Wear ‘Farms First’ Hats At Fair\n\nWhitlow and Vell came.",
        # The name comes nowhere in the story.
        "Dana Whitlow Sides With Growers Against ‘Bridge Tolls.’\n\nThe mayor spoke.",
        # A comma hands over to an attribution after the quote.
        "Vell Is A ‘Real Farmer,’ Growers Union Finds.\n\nVell won.",
        # A title of a programme.
        "Lowe Appears On “Farm Hour” Again\n\nLowe spoke.",
        # A plural and its verb before the name: no name runs past the plural.
        "Voters Hope Whitlow Backs New ‘Bridge Tolls.’\n\nWhitlow spoke.",
        "Growers Think Vell Wants More ‘Farm Aid.’\n\nVell spoke.",
    ],
)
def test_headlines_a_subject_does_not_speak(text: str) -> None:
    assert [speaker for speaker, _ in _marked(text)] == [None]


def test_a_sentence_in_lower_case_is_no_headline() -> None:
    text = "Lowe sides with growers against ‘bridge tolls’ in the plan.\n\nLowe spoke."
    rules = [q.rule for q in quoteattr.attribute(text).quotes]
    assert rules and "title_headline_subject" not in rules
