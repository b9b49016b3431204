"""Dialogue in narrative text: golden passages for each rule, the cast, the genre.

Golden cases live in ``tests/golden/dialogue.json`` (schema in its description):
passages written for these tests, one construction each, with negatives.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

import quoteattr
from quoteattr import Character, Config, ConfigError, Genre, QuoteKind
from quoteattr.fiction import reads_as_fiction
from quoteattr.lexicon import Lexicon
from quoteattr.quotes import find_quotes
from quoteattr.segment import paragraph_spans

GOLDEN = Path(__file__).parent / "golden" / "dialogue.json"
_CASE_KEYS = {"id", "note", "genre", "cast", "text", "quotes", "xfail"}
_QUOTE_KEYS = {"text", "speaker", "mention", "cue", "rule"}


def _load() -> list[Any]:
    data = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert data["schema"] == 1
    params = []
    for case in data["cases"]:
        assert set(case) <= _CASE_KEYS, f"dialogue.json:{case.get('id')}: unknown keys"
        for quote in case["quotes"]:
            assert set(quote) <= _QUOTE_KEYS, f"dialogue.json:{case['id']}: unknown quote keys"
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _config(case: dict[str, Any]) -> Config:
    cast = tuple(
        Character(member["name"], tuple(member.get("aliases", ())), member.get("gender"))
        for member in case.get("cast", ())
    )
    return Config(genre=Genre(case.get("genre", "fiction")), cast=cast)


@pytest.mark.parametrize("case", _load())
def test_dialogue(case: dict[str, Any]) -> None:
    doc = quoteattr.attribute(case["text"], _config(case))
    text = doc.text
    assert [q.text for q in doc.quotes] == [q["text"] for q in case["quotes"]]
    for got, want in zip(doc.quotes, case["quotes"], strict=True):
        label = want["text"][:30]
        assert (got.speaker.name if got.speaker else None) == want["speaker"], label
        if "mention" in want:
            assert got.mention is not None and got.mention.slice(text) == want["mention"], label
        if "cue" in want:
            assert got.cue is not None and got.cue.slice(text) == want["cue"], label
        if "rule" in want:
            assert got.rule == want["rule"], label


def test_golden_ids_are_unique() -> None:
    ids = [param.id for param in _load()]
    assert len(ids) == len(set(ids))


def test_one_speaker_is_one_entity_across_name_forms() -> None:
    story = (
        "Emma Woodhouse sat by the fire.\n“You are quiet,” said Mr. Elton.\n"
        "“Am I?” said Emma.\n“Indeed you are.”\n“Then I shall talk,” said Emma Woodhouse."
    )
    doc = quoteattr.attribute(story, Config(genre=Genre.FICTION))
    emma = {q.speaker.id for q in doc.quotes if q.speaker and q.speaker.name == "Emma Woodhouse"}
    assert len(emma) == 1
    assert len(doc.quotes) == 4
    assert doc.quotes[1].speaker is doc.quotes[3].speaker


def test_pronoun_gender_comes_from_titles() -> None:
    doc = quoteattr.attribute(
        "“It rains,” said Mrs. Pryce.\n“It does,” said Mr. Vane.\n“I said so,” she replied.",
        Config(genre=Genre.FICTION),
    )
    assert [q.speaker.name for q in doc.quotes if q.speaker] == [
        "Mrs. Pryce",
        "Mr. Vane",
        "Mrs. Pryce",
    ]
    assert doc.quotes[0].speaker is not None and doc.quotes[0].speaker.gender == "f"


def _gender_of(text: str, name: str) -> str | None:
    doc = quoteattr.attribute(text, Config(genre=Genre.FICTION))
    return next(e.gender for e in doc.entities if e.name == name)


def test_pronoun_gender_from_a_clear_majority_of_the_pronouns_after_a_name() -> None:
    # Three "he" to two "she" after a name no title or given name genders: a man
    # (the two "she" are someone else's: a name is often followed by another's
    # pronoun); two to two leaves the gender open.
    opening = (
        "Quill walked up from the mill; he was tired. Later Quill sat down by the "
        "fire, and he lit his pipe. Quill looked at the clock; he said nothing. "
    )
    rest = (
        "When Quill came to the door, she was already gone. Nobody told Quill "
        "where she had been.\n\n“And it took the bridge,” said Quill.\n\n"
        "“It rose last spring too,” said Rosa Lane."
    )
    assert _gender_of(opening + rest, "Quill") == "m"
    even = opening.rsplit("Quill looked", 1)[0]
    assert _gender_of(even + rest, "Quill") is None


def test_gender_of_a_character_called_by_a_noun_of_kin_alone() -> None:
    # "Granny" is no given name, but "Grandmother" alone, as a name, is a
    # woman's: her pronoun finds her; a noun of either gender ("Stranger")
    # gives none.
    story = (
        "Grandmother came down the stairs slowly.\n\n"
        "“Where is the carriage?” asked Grandmother.\n\n"
        "“It is late,” said Boris Orlov.\n\n"
        "“Then we walk,” she said."
    )
    doc = quoteattr.attribute(story, Config(genre=Genre.FICTION))
    assert [q.speaker.name for q in doc.quotes if q.speaker] == [
        "Grandmother",
        "Boris Orlov",
        "Grandmother",
    ]
    assert _gender_of(story, "Grandmother") == "f"
    assert _gender_of(story.replace("Grandmother", "Grandfather"), "Grandfather") == "m"
    assert _gender_of(story.replace("Grandmother", "Stranger"), "Stranger") is None


def test_explain_names_the_dialogue_rule() -> None:
    doc = quoteattr.attribute(
        "“Has the post come?” said Tom.\n“Not yet,” said Ada.\n“Are you sure?”",
        Config(genre=Genre.FICTION),
    )
    assert "rule turn_taking" in quoteattr.explain(doc)


def test_short_line_with_a_cue_is_no_term() -> None:
    story = (
        "Ida Marsh and Carl Ostrow waited by the gate.\n"
        "“Is the ferry running?” asked Carl.\n"
        "Ida looked at the river; but “No!” cried Ida Marsh, and turned away.\n"
        "They called the old boat “Lucky Star” in those days."
    )
    doc = quoteattr.attribute(story, Config(genre=Genre.FICTION))
    kinds = {q.text: q.kind for q in doc.quotes}
    assert kinds["No!"] is QuoteKind.DIRECT  # a whole utterance, not a fragment
    assert kinds["Lucky Star"] is QuoteKind.TERM


def test_news_genre_forces_the_news_rules() -> None:
    story = "“Has the post come?” said Tom.\n“Not yet,” replied Ada.\n“Are you sure?”"
    doc = quoteattr.attribute(story, Config(genre=Genre.NEWS))
    assert all(q.rule != "turn_taking" for q in doc.quotes)


def test_reads_as_fiction_is_false_for_news() -> None:
    article = (
        "“We regret it,” spokeswoman Heather Nauert said.\n"
        "“The sanctions will stay,” she said. “We are firm.”\n"
        "Russia’s foreign ministry called the move “unfriendly.”"
    )
    paragraphs = paragraph_spans(article)
    quotes = find_quotes(article, paragraphs)
    assert not reads_as_fiction(article, paragraphs, quotes, Lexicon.default().fiction_verbs)


def test_fiction_never_raises_on_messy_text() -> None:
    texts = ("", "“", "”said he", "“Ann,” said", "\n\n“ ”\n“Mr.”", "said I “", "“A” B “C")
    # No-break and other Unicode spaces before a capitalized word: the
    # character finder reads the word before it across any kind of space.
    texts += ("\xa0Lowe said it.", "Ann met" + "\xa0" * 12 + "Lowe.", "Ann met\u2003\u2003Lowe.")
    for config in (
        Config(genre=Genre.FICTION, cast=(Character("Ann"),)),
        Config(genre=Genre.FICTION),
    ):
        for text in texts:
            doc = quoteattr.attribute(text, config)
            for quote in doc.quotes:
                assert doc.text[quote.span.start : quote.span.end] == quote.text


def test_character_validates_its_fields() -> None:
    with pytest.raises(TypeError, match="aliases"):
        Character("Ann", ["Annie"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="gender"):
        Character("Ann", (), "female")
    with pytest.raises(ValueError, match="empty"):
        Character(" ")
    with pytest.raises(TypeError, match="name"):
        Character(3)  # type: ignore[arg-type]


def test_config_validates_genre_and_cast() -> None:
    with pytest.raises(ConfigError, match="genre"):
        Config(genre="fiction")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="cast"):
        Config(cast=[Character("Ann")])  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="cast"):
        Config(cast=("Ann",))  # type: ignore[arg-type]
    config = attrs.evolve(Config(), genre=Genre.FICTION, cast=(Character("Ann", ("Annie",)),))
    assert config.cast[0].aliases == ("Annie",)


@pytest.mark.parametrize("space", [" ", "\xa0", "\u2003"])
def test_subject_after_any_kind_of_space(space: str) -> None:
    # A name that opens its sentence after a no-break or em space is its
    # subject, as after a plain space: the pronoun finds it, not the object.
    story = (
        f"The rain had stopped.{space}Tom Birch stood up and looked at John Kemp. "
        "“It is late,” he said."
    )
    doc = quoteattr.attribute(story, Config(genre=Genre.FICTION))
    assert [q.speaker.name for q in doc.quotes if q.speaker] == ["Tom Birch"]
