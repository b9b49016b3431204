"""A capitalized common word opening a sentence before a noun (``Good
information can ...``, ``Nuclear proliferation experts said``) is no name: no
quote goes to it as a person."""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr.lexicon import Lexicon
from quoteattr.mentions import Vocabulary, tokens_in
from quoteattr.mentions.names import common_word_opening
from quoteattr.model import EntityKind

_VOCAB = Vocabulary(Lexicon.default())


def _opening(text: str, word: str) -> bool:
    tokens = tokens_in(text, 0, len(text))
    k = max(i for i, t in enumerate(tokens) if t.text == word)
    return common_word_opening(_VOCAB, text, tokens[k], tokens[k + 1])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The coastal towns flooded. Coastal erosion will “eat the road,” she said.", "Coastal"),
        ("It was a rural county. Rural hospitals could “close by spring.”", "Rural"),
        ("A tidal surge hit. (Tidal flooding has “no end,” locals said.)", "Tidal"),
    ],
)
def test_a_common_word_written_in_lower_case_elsewhere_opens_no_name(text: str, word: str) -> None:
    assert _opening(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Capitalized inside a sentence too: a name.
        ("Ana Coastal ran. The coastal road shut. Coastal warned of “a long summer.”", "Coastal"),
        # Never written in lower case.
        ("Rurik spoke. Rurik hospitals are “full,” he said.", "Rurik"),
        # Inside a sentence: capitalized on purpose.
        ("The rural vote, Rural groups say, is “up for grabs.”", "Rural"),
        # A verb, a cue or an adverb after it: the word is the subject.
        ("Marsh grass grew in the marsh. Marsh told reporters it was “a joke.”", "Marsh"),
        ("The mill was quiet. Mill also said the plant was “safe.”", "Mill"),
        # A plural: the subject itself ("Others say").
        ("Some left, others stayed. Others say the town is “finished.”", "Others"),
        # A given name, a pronoun.
        ("The rose was red. Rose wants the rules “rewritten.”", "Rose"),
        ("It rained. It seems the plan is “dead.”", "It"),
    ],
)
def test_names_verbs_and_plurals_are_left_alone(text: str, word: str) -> None:
    assert not _opening(text, word)


def _speakers(text: str) -> list[tuple[EntityKind, str] | None]:
    doc = quoteattr.attribute(text)
    return [None if q.speaker is None else (q.speaker.kind, q.speaker.name) for q in doc.quotes]


def test_good_information_is_not_the_speaker() -> None:
    text = (
        "It was good news for the port, Lena Ortiz said. Good information can still beat "
        "rumor, but only when “the facts are simple.”"
    )
    for found in _speakers(text):
        assert found is None or found[1] != "Good"


def test_a_capitalized_adjective_before_the_subject_is_not_a_person() -> None:
    text = "The tidal gauges failed. Tidal flood experts said the sea could rise “a foot by 2050.”"
    for found in _speakers(text):
        assert found is None or found[0] is not EntityKind.PERSON or found[1] != "Tidal"


def test_a_person_named_like_a_common_word_keeps_the_quote() -> None:
    text = (
        "Residents met on the good side of town. Maya Good, who chairs the board, said "
        "the vote was “long overdue.” Good also said the plan is “a start.”"
    )
    found = _speakers(text)
    assert found and all(f == (EntityKind.PERSON, "Maya Good") for f in found)


def test_an_adverb_after_a_name_keeps_the_name() -> None:
    text = "At Norvik, hiring is slow. Norvik long had a rule that new staff “must wait.”"
    tokens = tokens_in(text, 0, len(text))
    k = [i for i, t in enumerate(tokens) if t.text == "Norvik"][1]
    assert not common_word_opening(_VOCAB, text, tokens[k], tokens[k + 1], tokens[k + 2])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Some stayed home, others came. Others said the hall was “far too small.”", "Others"),
        (
            "The guests arrived by bus. Guests told the porter the rooms were “freezing.”",
            "Guests",
        ),
        (
            "Few of the voters knew. Voters in Ashby said the count was “a mess.”",
            None,  # a longer phrase: not the one-word plural of this rule
        ),
        # Never written in lower case, but its verb is plural: no surname.
        ("The survey is out. Boomers favor the levy, which they call “fair.”", "Boomers"),
        ("Renters argue that the new fee is “a tax by another name.”", "Renters"),
        ("Commuters are saying the new timetable is “a disgrace.”", "Commuters"),
    ],
)
def test_a_plural_common_word_opening_a_sentence_is_a_group(text: str, name: str | None) -> None:
    found = [f for f in _speakers(text) if f is not None]
    assert found
    if name is not None:
        assert all(f == (EntityKind.GROUP, name) for f in found)
    else:
        assert all(f[0] is not EntityKind.PERSON for f in found)


@pytest.mark.parametrize(
    "text",
    [
        # A surname in -s that the text capitalizes inside a sentence.
        "The reynolds wrap tore. Ann Reynolds spoke. Reynolds said it was “a fluke.”",
        # Never written in lower case: a surname, as far as the text shows.
        "Briggs said the deal was “done.”",
        # A verb of one person after it: a surname.
        "Harkins favors the levy, which he calls “fair.”",
        "Dawes argues that the new fee is “a tax by another name.”",
        "Hollis is saying the new timetable is “a disgrace.”",
    ],
)
def test_a_surname_in_s_stays_a_person(text: str) -> None:
    found = [f for f in _speakers(text) if f is not None]
    assert found and all(f[0] is EntityKind.PERSON for f in found)
