"""A verb after a subject that names a share of a plural group (``Half of the
farmers in each county say``): the noun right before the verb is singular, yet
the verb is a verb, because it agrees with the plural group."""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr.lexicon import Lexicon
from quoteattr.mentions import Vocabulary, tokens_in
from quoteattr.model import QuoteKind

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
