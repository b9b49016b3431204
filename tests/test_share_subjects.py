"""A verb after a subject that names a share of a plural group (``Half of the
farmers in each county say``): the noun right before the verb is singular, yet
the verb is a verb, because it agrees with the plural group."""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr.lexicon import Lexicon
from quoteattr.mentions import Vocabulary, tokens_in
from quoteattr.mentions.vocabulary import share_of_group
from quoteattr.model import EntityKind, QuoteKind

_VOCAB = Vocabulary(Lexicon.default())


def _cue_at(text: str, word: str) -> bool:
    tokens = tokens_in(text, 0, len(text))
    (index,) = [k for k, token in enumerate(tokens) if token.text == word]
    return _VOCAB.cue_at(tokens, index)


@pytest.mark.parametrize(
    "text",
    [
        "Half of the farmers in each county say the rules are unfair.",
        "Most of the teachers at the school say they are tired.",
        "About 40 % of the workers at the plant say they are worried.",
        "A majority of the residents in the valley argue the dam failed.",
        "Two-thirds of nurses on the night shift say the wards are full.",
    ],
)
def test_a_share_of_a_plural_group_takes_the_verb(text: str) -> None:
    verb = next(w for w in ("say", "argue") if f" {w} " in text)
    assert _cue_at(text, verb)


@pytest.mark.parametrize(
    "text",
    [
        # The head is singular: a noun in a compound, not a verb.
        "The mayor of the town in the county say campaign was loud.",
        "Most of the money for the campaign fund call was wasted.",
        # No prepositional phrase: the plural stands right before the word.
        "The heads of her adopted home state call center met.",
        # A comma breaks the subject off.
        "Half of the farmers, the county say program said.",
    ],
)
def test_without_a_share_of_a_plural_the_word_is_a_noun(text: str) -> None:
    verb = next(w for w in ("say", "call") if f" {w} " in text)
    assert not _cue_at(text, verb)


def test_the_share_is_the_speaker_of_a_quote_in_its_report() -> None:
    text = "At least half of voters in each district say the new map is “about fair,” a poll found."
    doc = quoteattr.attribute(text)
    (quote,) = [q for q in doc.quotes if q.kind is not QuoteKind.INDIRECT]
    assert quote.speaker is not None
    assert quote.mention is not None
    assert quote.mention.slice(text) == "At least half of voters in each district"
    assert quote.cue is not None and quote.cue.slice(text) == "say"


def test_a_singular_head_gives_no_speaker() -> None:
    text = "The leader of the group in each district say campaign was called “a farce.”"
    doc = quoteattr.attribute(text)
    (quote,) = [q for q in doc.quotes if q.kind is not QuoteKind.INDIRECT]
    assert quote.cue is None or quote.cue.slice(text) != "say"


@pytest.mark.parametrize(
    "text",
    [
        "Most of the staff say the ward is short of beds.",
        "Half of the public insist the war is lost.",
        "Many of the flight crew say the plane was sound.",
        "Some of the faculty argue the dean must resign.",
        "A third of the police say the new rules are unworkable.",
    ],
)
def test_a_collective_noun_after_a_share_takes_a_plural_verb(text: str) -> None:
    verb = next(w for w in ("say", "insist", "argue") if f" {w} " in text)
    assert _cue_at(text, verb)


@pytest.mark.parametrize(
    "text",
    [
        # No share before the collective noun: a compound noun ("staff say").
        "He joined the faculty call list in May.",
        # The share counts something else: the collective noun is the object.
        "Most of the money for the crew say nothing of it.",
        "Half of the cost of the faculty call was paid.",
    ],
)
def test_a_collective_noun_without_a_share_keeps_its_reading(text: str) -> None:
    verb = next(w for w in ("say", "call") if f" {w} " in text)
    assert not _cue_at(text, verb)


def _speaker(text: str) -> tuple[EntityKind, str] | None:
    doc = quoteattr.attribute(text)
    (quote,) = [q for q in doc.quotes if q.kind is not QuoteKind.INDIRECT]
    if quote.speaker is None:
        return None
    return quote.speaker.kind, quote.speaker.name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Half of the growers in the valley say “the water is gone.”",
            "Half of the growers in the valley",
        ),
        (
            "The board met on Monday. Two-thirds of Iowa voters said “taxes are too high.”",
            "Two-thirds of Iowa voters",
        ),
        ("A third of the nurses told us “we cannot keep up.”", "A third of the nurses"),
        ("Forty percent of the dockers said “the port is dying.”", "Forty percent of the dockers"),
        ("A majority of residents said “the plan is wrong.”", "A majority of residents"),
        ("Most of the staff say “we are tired of this.”", "Most of the staff"),
        (
            "Many of the miners at Ashby say “the pit must stay open.”",
            "Many of the miners at Ashby",
        ),
        ("Some of the teachers said “the tests are unfair.”", "Some of the teachers"),
    ],
)
def test_a_share_of_a_group_opening_a_sentence_is_a_group(text: str, name: str) -> None:
    assert _speaker(text) == (EntityKind.GROUP, name)


def test_one_of_a_group_is_not_a_share() -> None:
    text = "One of the growers said “the water is gone.”"
    assert share_of_group(tokens_in(text, 0, 18)) is None
    found = _speaker(text)
    assert found is None or found[0] is not EntityKind.GROUP


def test_a_bare_quantifier_is_still_a_group_named_by_it() -> None:
    assert _speaker("Most said “the water is gone.”") == (EntityKind.GROUP, "Most")


def test_a_person_named_like_a_share_word_stays_a_person() -> None:
    text = "Ana Most, a grower, said “the water is gone.”"
    assert _speaker(text) == (EntityKind.PERSON, "Ana Most")


def test_a_numeric_share_after_a_poll_keeps_the_poll_as_source() -> None:
    text = (
        "In a statewide Harlow poll released Monday, 31% of farmers said they were “very worried.”"
    )
    found = _speaker(text)
    assert found is not None and found[0] is EntityKind.DOCUMENT


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "More than half of the voters in Dane County say “the map is unfair.”",
            "More than half of the voters in Dane County",
        ),
        (
            "Nearly two-thirds of the dockers said “the port is dying.”",
            "Nearly two-thirds of the dockers",
        ),
        # "of them": the group named before, as for a quantifier alone.
        ("Farmers in Iowa were angry. Most of them said “prices are too low.”", "Farmers in Iowa"),
    ],
)
def test_a_share_with_a_lead_or_a_pronoun(text: str, name: str) -> None:
    assert _speaker(text) == (EntityKind.GROUP, name)


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        ("One of the growers said “the water is gone.”", "One of the growers", EntityKind.UNNAMED),
        ("Two of the nurses said “we are exhausted.”", "Two of the nurses", EntityKind.GROUP),
        ("Several of the miners told us “the pit must stay open.”", None, None),
    ],
)
def test_a_counted_part_of_a_group_opening_the_clause_is_the_speaker(
    text: str, mention: str | None, kind: EntityKind | None
) -> None:
    (quote,) = [q for q in quoteattr.attribute(text).quotes if q.kind is not QuoteKind.INDIRECT]
    assert quote.mention is not None and quote.speaker is not None
    expected = mention or text[: text.index(" told")]
    assert quote.mention.slice(text) == expected
    if kind is not None:
        assert quote.speaker.kind is kind


def test_a_share_after_another_clause_does_not_take_that_clause() -> None:
    # The share opens its own clause after "said": the mention never runs back
    # over the outer speaker and cue.
    text = "Aides said two-thirds of the county's voters said “they want a change.”"
    (quote,) = [q for q in quoteattr.attribute(text).quotes if q.kind is not QuoteKind.INDIRECT]
    assert quote.mention is not None
    assert "said" not in quote.mention.slice(text)


def test_a_counted_part_inside_a_clause_is_no_subject() -> None:
    text = "Marsh was listed as one of the donors who called the plan “a scam.”"
    (quote,) = [q for q in quoteattr.attribute(text).quotes if q.kind is not QuoteKind.INDIRECT]
    assert quote.mention is None or quote.mention.slice(text) != "one of the donors"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Forty-two percent of retirees said “the pension is too small.”",
            "Forty-two percent of retirees",
        ),
        (
            "Twenty-five percent of the pilots told us “the schedule is brutal.”",
            "Twenty-five percent of the pilots",
        ),
    ],
)
def test_a_hyphenated_number_leads_a_share(text: str, name: str) -> None:
    assert _speaker(text) == (EntityKind.GROUP, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Some in the crowd shouted, “Go home!”", "Some in the crowd"),
        ("Many among the delegates said “the rules were rigged.”", "Many among the delegates"),
        ("Several in the hall yelled, “Shame!”", "Several in the hall"),
    ],
)
def test_a_part_of_a_group_in_a_place_is_a_group(text: str, name: str) -> None:
    assert _speaker(text) == (EntityKind.GROUP, name)


@pytest.mark.parametrize(
    "text",
    [
        # A name after the quantifier's place: not a share.
        "Twenty-seven said “no” at the vote.",
        # A hyphenated word that is no number.
        "Long-term percent of holders said “hold.”",
    ],
)
def test_no_share_without_a_share_shape(text: str) -> None:
    tokens = tokens_in(text, 0, len(text))
    assert share_of_group(tokens) is None


def test_a_person_in_a_place_is_not_a_part_of_a_group() -> None:
    text = "Someone in the crowd shouted, “Go home!”"
    found = _speaker(text)
    assert found is None or found[0] is not EntityKind.GROUP


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Several retired miners said the pit was “never safe.”", "Several retired miners"),
        ("Both women told us the clinic was “a lifeline.”", "Both women"),
        ("Of the voters polled, those surveyed said taxes were “far too high.”", "those surveyed"),
        ("Some on the night shift said the wards were “chaos.”", "Some on the night shift"),
    ],
)
def test_a_description_of_several_people_is_a_group(text: str, name: str) -> None:
    found = [
        (q.speaker.kind, q.speaker.name)
        for q in quoteattr.attribute(text).quotes
        if q.speaker is not None
    ]
    assert found and all(f == (EntityKind.GROUP, name) for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "One retired miner said the pit was “never safe.”",
        "Another nurse told us the clinic was “a lifeline.”",
    ],
)
def test_a_description_of_one_person_is_not_a_group(text: str) -> None:
    found = [q.speaker.kind for q in quoteattr.attribute(text).quotes if q.speaker is not None]
    assert found and EntityKind.GROUP not in found
