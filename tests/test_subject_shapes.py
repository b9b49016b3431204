"""Subject phrases of a reporting verb in two shapes: a capitalized modifier
before a plural noun opening a sentence (``Local unions started urging``), and
a relative ``which`` with auxiliaries or adverbs before its cue (``The union,
which has called the deal``)."""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr.lexicon import Lexicon
from quoteattr.mentions import Vocabulary, tokens_in
from quoteattr.sieves.grammar import clause_subject, subject_of_cue

_VOCAB = Vocabulary(Lexicon.default())


def _marked(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(quote, speaker name, mention, cue) of each quote in quotation marks."""
    doc = quoteattr.attribute(text)
    return [
        (
            q.text,
            q.speaker.name if q.speaker else None,
            q.mention.slice(text) if q.mention else None,
            q.cue.slice(text) if q.cue else None,
        )
        for q in doc.quotes
        if q.kind is not quoteattr.QuoteKind.INDIRECT
    ]


def _subject(region: str, cue: str) -> str | None:
    tokens = tokens_in(region, 0, len(region))
    c = max(i for i, t in enumerate(tokens) if t.text == cue)
    chunk = subject_of_cue(_VOCAB, tokens, c)
    return None if chunk is None else region[tokens[chunk[0]].start : tokens[chunk[1] - 1].end]


@pytest.mark.parametrize(
    ("region", "cue", "subject"),
    [
        ("Local unions started urging members to ", "urging", "Local unions"),
        ("Rural hospitals have been warning patients that ", "warning", "Rural hospitals"),
        ("Coastal towns began asking residents to ", "asking", "Coastal towns"),
        ("And Coastal towns then began asking residents to ", "asking", "Coastal towns"),
    ],
)
def test_a_capitalized_modifier_before_a_plural_opens_the_subject(
    region: str, cue: str, subject: str
) -> None:
    assert _subject(region, cue) == subject


@pytest.mark.parametrize(
    ("region", "subject"),
    [
        # A name the lists know, then a verb in -s and its object: the name.
        ("Trump wants voters started ", "Trump"),
        # A known given name stays a name.
        ("Maria thanks supporters and urged ", "Maria"),
    ],
)
def test_a_name_before_a_verb_in_s_keeps_the_name(region: str, subject: str) -> None:
    tokens = tokens_in(region, 0, len(region))
    chunk = clause_subject(_VOCAB, tokens, len(tokens))
    assert chunk is not None
    assert region[tokens[chunk[0]].start : tokens[chunk[1] - 1].end] == subject


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The strike began on Monday. Local unions started urging members to "
            "“stay home and vote no.”",
            "Local unions",
        ),
        (
            "Prices rose again. Rural hospitals have been warning patients that the cuts "
            "would be “devastating.”",
            "Rural hospitals",
        ),
    ],
)
def test_the_plural_phrase_speaks_not_its_modifier(text: str, speaker: str) -> None:
    assert [(s, m) for _, s, m, _ in _marked(text)] == [(speaker, speaker)]


@pytest.mark.parametrize(
    ("text", "antecedent", "cue"),
    [
        (
            "The union, which has called the deal “a betrayal,” voted to strike.",
            "The union",
            "called",
        ),
        (
            "The Halden Trust, which has long described the levy as “a shakedown,” sued.",
            "The Halden Trust",
            "described",
        ),
        (
            "The board, which is calling the offer “an insult,” met on Monday.",
            "The board",
            "calling",
        ),
        ("The union, which called the deal “a betrayal,” voted to strike.", "The union", "called"),
    ],
)
def test_which_with_an_auxiliary_before_its_cue_speaks(
    text: str, antecedent: str, cue: str
) -> None:
    assert _marked(text)[0][1:] == (antecedent, "which", cue)


@pytest.mark.parametrize(
    "text",
    [
        # A passive: the plan is named, nobody speaks.
        "Lee backed the plan, which is called “Better Roads.”",
        # Not a relative clause set off by a comma.
        "Nobody knew which had “the better plan.”",
    ],
)
def test_which_before_a_passive_or_without_a_comma_speaks_not(text: str) -> None:
    assert all(mention != "which" for _, _, mention, _ in _marked(text))


def test_which_is_the_object_when_a_subject_follows_it() -> None:
    text = "It was a deal, which critics have called “a giveaway.”"
    assert _marked(text)[0][2] == "critics"


@pytest.mark.parametrize(
    ("region", "subject"),
    [
        ("The retired surgeon has provided no details, saying ", "The retired surgeon"),
        ("The town had issued a warning on Monday, saying ", "The town"),
        ("The hospital has already banned visitors, saying ", "The hospital"),
    ],
)
def test_a_plain_subject_before_a_present_perfect_is_the_participles(
    region: str, subject: str
) -> None:
    assert _subject(region, "saying") == subject


def test_a_plain_subject_before_has_and_no_participle_is_not_the_participles() -> None:
    # "has" as the main verb: no past participle follows it.
    assert _subject("The town has a new rule now, saying ", "saying") is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The board of elections on Monday said: “The count is done.”", "The board of elections"),
        ("The department of health said: “Clinics stay open.”", "The department of health"),
        (
            "“Rates are up,” the office of the treasury said on Friday.",
            "the office of the treasury",
        ),
        (
            "In Dayton, the commission of inquiry said: “We need more time.”",
            "the commission of inquiry",
        ),
    ],
)
def test_a_lower_case_organization_with_an_of_phrase_is_the_subject(
    text: str, mention: str
) -> None:
    [(_, speaker, found, _)] = _marked(text)
    assert found == mention
    assert speaker == mention


@pytest.mark.parametrize(
    "text",
    [
        # The "of" phrase after a preposition or a verb is no subject.
        "He wrote to the board of elections on Monday: “The count is late.”",
        "Voters like the office of the mayor, Ann Lowe said: “It works.”",
    ],
)
def test_an_organization_with_an_of_phrase_not_opening_its_clause_speaks_not(text: str) -> None:
    speakers = [speaker for _, speaker, _, _ in _marked(text)]
    assert all(s is None or "of" not in s for s in speakers)
