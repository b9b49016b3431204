"""Attribution on the seed article and on single patterns: speaker, mention, cue and rule."""

from __future__ import annotations

import attrs
import pytest

import quoteattr
from quoteattr import Config, ConfigError, EntityKind, QuoteKind


def _mention(doc: quoteattr.Document, index: int) -> str | None:
    mention = doc.quotes[index].mention
    return None if mention is None else mention.slice(doc.text)


def _cue(doc: quoteattr.Document, index: int) -> str | None:
    cue = doc.quotes[index].cue
    return None if cue is None else cue.slice(doc.text)


# (speaker name, mention, cue, rule) for each of the seed article's eight quotes.
SEED_ATTRIBUTIONS = [
    (None, None, None, None),  # “irritants”: a term, nobody's speech
    ("Heather Nauert", "spokeswoman Heather Nauert", "said", "quote_mention_cue"),
    ("the State Department", "the State Department", "insisted", "indirect_speech_partial"),
    ("Heather Nauert", "Nauert", "explained", "quote_mention_cue"),
    ("Heather Nauert", "Nauert", "explained", "split_quote"),
    ("Heather Nauert", "she", "said", "quote_mention_cue"),
    ("Russia’s foreign ministry", "Russia’s foreign ministry", "said", "indirect_speech_partial"),
    ("Maria Zakharova", "spokeswoman Maria Zakharova", "said", "mention_cue_colon_quote"),
]


@pytest.mark.parametrize("index", range(len(SEED_ATTRIBUTIONS)))
def test_seed_attributions(seed_doc: quoteattr.Document, index: int) -> None:
    name, mention, cue, rule = SEED_ATTRIBUTIONS[index]
    quote = seed_doc.quotes[index]
    assert (quote.speaker.name if quote.speaker else None) == name
    assert _mention(seed_doc, index) == mention
    assert _cue(seed_doc, index) == cue
    assert quote.rule == rule


def test_seed_kinds_after_attribution(seed_doc: quoteattr.Document) -> None:
    kinds = [q.kind for q in seed_doc.quotes]
    assert kinds[0] is QuoteKind.TERM
    assert kinds[2] is QuoteKind.PARTIAL
    assert kinds[6] is QuoteKind.PARTIAL


def test_seed_pronoun_resolves_to_nauert(seed_doc: quoteattr.Document) -> None:
    quote = seed_doc.quotes[5]
    assert _mention(seed_doc, 5) == "she"
    assert quote.speaker is not None and quote.speaker.name == "Heather Nauert"
    assert quote.resolution is not None and "pronoun" in quote.resolution


SEED_ROLES = {
    "Heather Nauert": "spokeswoman",
    "Maria Zakharova": "spokeswoman",
    "Tom Shannon": "Under Secretary of State",
    "Sergei Ryabkov": "Deputy Foreign Minister",
    "Donald Trump": "President",
    "Petro Poroshenko": "President",
}


def test_seed_entities_and_roles(seed_doc: quoteattr.Document) -> None:
    roles = {e.name: e.role for e in seed_doc.entities if e.kind is EntityKind.PERSON}
    for name, role in SEED_ROLES.items():
        assert roles.get(name) == role, name
    for entity in seed_doc.entities:
        for mention in entity.mentions:
            assert 0 <= mention.start < mention.end <= len(seed_doc.text)


def test_seed_speakers_are_distinct_entities(seed_doc: quoteattr.Document) -> None:
    names = [s.name for s in seed_doc.speakers]
    assert names == [
        "Heather Nauert",
        "the State Department",
        "Russia’s foreign ministry",
        "Maria Zakharova",
    ]
    assert seed_doc.speakers[1].kind is EntityKind.ORGANIZATION
    assert {s.id for s in seed_doc.speakers} <= {e.id for e in seed_doc.entities}
    nauert = seed_doc.speakers[0]
    assert [m.slice(seed_doc.text) for m in nauert.mentions] == [
        "spokeswoman Heather Nauert",
        "Nauert",
        "she",
    ]


def test_explain_names_rule_mention_and_resolution(seed_doc: quoteattr.Document) -> None:
    text = quoteattr.explain(seed_doc)
    assert "rule quote_mention_cue" in text
    assert "mention “she”" in text
    assert "unattributed" in text  # “irritants”
    assert text.count("\n") >= 2 * len(seed_doc.quotes) - 1


@pytest.mark.parametrize(
    ("text", "speaker", "mention", "rule"),
    [
        (
            "“We will win,” said Maria Zakharova, the ministry’s spokeswoman.",
            "Maria Zakharova",
            "Maria Zakharova, the ministry’s spokeswoman",
            "quote_cue_mention",
        ),
        (
            "Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment’",
            "Trump",
            "Trump",
            "headline_colon",
        ),
        (
            "The deal is “dead on arrival,” according to Senate Majority Leader Mitch McConnell.",
            "Mitch McConnell",
            "Senate Majority Leader Mitch McConnell",
            "according_to",
        ),
        (
            "Heather Nauert, a State Department spokeswoman, said: “We regret it.”",
            "Heather Nauert",
            "Heather Nauert, a State Department spokeswoman",
            "mention_cue_colon_quote",
        ),
    ],
)
def test_single_patterns(text: str, speaker: str, mention: str, rule: str) -> None:
    doc = quoteattr.attribute(text)
    quote = doc.quotes[0]
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert _mention(doc, 0) == mention
    assert quote.rule == rule


def test_multi_paragraph_quote_shares_its_speaker() -> None:
    text = (
        "“We will not back down,” Sen. Ted Cruz said. “This is a fight for the country.\n"
        "“And we intend to win it.”"
    )
    doc = quoteattr.attribute(text)
    assert [q.rule for q in doc.quotes] == [
        "quote_mention_cue",
        "split_quote",
        "continuation_paragraph",
    ]
    assert {q.speaker.name for q in doc.quotes if q.speaker} == {"Ted Cruz"}
    assert doc.quotes[2].mention == doc.quotes[0].mention


def test_unattributed_scare_quote_is_a_term() -> None:
    doc = quoteattr.attribute("The company described the layoffs as a “reset” of its plans.")
    report, quote = doc.quotes  # the description is reported speech that holds the quote
    assert report.kind is QuoteKind.INDIRECT and report.span.contains(quote.outer)
    assert quote.kind in (QuoteKind.TERM, QuoteKind.PARTIAL)
    doc = quoteattr.attribute("Markets had a “reset” in the spring.")
    assert doc.quotes[0].kind is QuoteKind.TERM and doc.quotes[0].speaker is None


def test_sieve_order_is_configurable() -> None:
    text = "“We regret it,” spokeswoman Heather Nauert said."
    only_colon = Config(sieves=("mention_cue_quote",))
    assert quoteattr.attribute(text, only_colon).quotes[0].speaker is None
    assert quoteattr.attribute(text).quotes[0].rule == "quote_mention_cue"

    def everyone_is_anonymous(context: object, index: int) -> None:
        return None

    config = attrs.evolve(Config(), sieves=(everyone_is_anonymous,))
    assert quoteattr.attribute(text, config).quotes[0].speaker is None


def test_unknown_sieve_names_are_rejected() -> None:
    with pytest.raises(ConfigError, match="no_such_rule"):
        Config(sieves=("quote_mention_cue", "no_such_rule"))


def test_people_sharing_a_surname_stay_apart() -> None:
    text = (
        "Hillary Clinton spoke first. “We will win,” Clinton said. Later, Bill Clinton "
        "took the stage. “She will win,” Clinton said. “I know it,” Mrs. Clinton added."
    )
    doc = quoteattr.attribute(text)
    assert [q.speaker.name for q in doc.quotes if q.speaker] == [
        "Hillary Clinton",
        "Bill Clinton",
        "Hillary Clinton",
    ]


def test_nickname_between_name_parts_is_a_term() -> None:
    doc = quoteattr.attribute("The former operative John “Tig” Tiegen said it was planned.")
    assert doc.quotes[0].kind is QuoteKind.TERM
    assert doc.quotes[0].speaker is None


def test_a_title_case_headline_word_cut_by_the_window_is_no_lower_case_word() -> None:
    # The words before the quote are read from its last 30 characters; the tail
    # of a word cut there ("aria" of "Maria") is no word in lower case, so a
    # title-case headline is not read as "Name “Nickname” Name".
    from quoteattr.kinds import TITLE, classify
    from quoteattr.model import Span
    from quoteattr.quotes import find_quotes

    for text, is_title in (
        ("Maria Hinojosa Explained Why She Felt “Invisible” As A Child.", False),
        ("The former operative John Dwight “Tig” Tiegen said it was planned.", True),
    ):
        paragraph = Span(0, len(text))
        (raw,) = find_quotes(text, (paragraph,))
        assert (classify(text, raw, None, paragraph)[1] == TITLE) is is_title


def test_unresolved_pronouns_of_different_gender_are_different_speakers() -> None:
    doc = quoteattr.attribute("“Yes,” she said. “No,” he said.")
    first, second = (q.speaker for q in doc.quotes)
    assert first is not None and second is not None
    assert first.id != second.id
    assert (first.gender, second.gender) == ("f", "m")
