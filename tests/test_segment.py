"""Segmentation: paragraphs, sentences and tokens as spans of the input."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from quoteattr.lexicon import Lexicon
from quoteattr.model import Span
from quoteattr.segment import SentenceSplitter, paragraph_spans, segment, token_spans

SPLITTER = SentenceSplitter(Lexicon.default().abbreviations)


def sentences(text: str) -> list[str]:
    return [s.slice(text) for s in segment(text, SPLITTER).sentences]


def test_paragraphs_handle_every_line_break() -> None:
    text = "One.\r\nTwo.\rThree.\u2029Four.\n\n\n  Five.  "
    assert [p.slice(text) for p in paragraph_spans(text)] == [
        "One.",
        "Two.",
        "Three.",
        "Four.",
        "Five.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ted Cruz spoke. Gov. Jerry Brown did not.",
        "The U.S. Senate voted. Rep. Smith objected.",
        "Lt. Gen. Michael Flynn spoke on Jan. 5. Mr. Trump agreed.",
    ],
)
def test_abbreviations_do_not_end_sentences(text: str) -> None:
    assert len(sentences(text)) == 2


def test_sentence_ends_after_closing_quote() -> None:
    text = "He said “no.” Then he left. She asked, “Why?” Nobody knew."
    assert sentences(text) == [
        "He said “no.”",
        "Then he left.",
        "She asked, “Why?”",
        "Nobody knew.",
    ]


def test_straight_quote_after_period_stays_with_its_sentence() -> None:
    text = 'He said "yes." Then he left.'
    assert sentences(text) == ['He said "yes."', "Then he left."]


def test_lowercase_after_exclamation_continues_the_sentence() -> None:
    text = "“Stop!” she said. “Now!” he shouted."
    assert sentences(text) == ["“Stop!” she said.", "“Now!” he shouted."]


def test_sentences_never_cross_paragraphs() -> None:
    text = "First line without end\nSecond line."
    assert sentences(text) == ["First line without end", "Second line."]


def test_tokens_are_spans() -> None:
    text = "Russia’s U.S.-based envoy didn't say."
    tokens = [t.slice(text) for t in token_spans(text)]
    assert tokens == ["Russia’s", "U.S", ".", "-", "based", "envoy", "didn't", "say", "."]
    assert token_spans(text, Span(0, 8)) == (Span(0, 8),)


@pytest.mark.parametrize(
    "text",
    [
        "But Sen. Richard J. Durbin (D-Ill.), noting the size of the list, said it helps.",
        "Rep. Zoe Lofgren (D-Calif.); her office declined to comment.",
    ],
)
def test_no_break_before_a_comma_or_closing_bracket(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "(Mr. Hannity had urged Mr. Trump to choose Mr. Gingrich.)",
        "“And I’m not close to Sen. Cruz.”",
        "He would not do business with Mr. Trump.” Then he left.",
    ],
)
def test_abbreviation_before_a_sentence_final_word_does_not_break(text: str) -> None:
    # Punkt, left alone, breaks after "Mr." here: the next token ("Gingrich.")
    # is itself a sentence end, and Punkt asks about the whole context.
    assert not any(s.endswith(("Mr.", "Sen.")) for s in sentences(text))


_CONTEXT_WORDS = st.one_of(
    st.sampled_from(["Sen", "Mr", "Inc", "NOV", "J", "U.S", "9", "p.m", "it’s", "Ms", "etc"]),
    st.sampled_from(["then-Sen", "al-Assad", "D.C", "2011", "-1", "$5", "(D-Va", "Jr"]),
    st.from_regex(r"[A-Za-z]{1,6}", fullmatch=True),
)
_CONTEXT_NEXT = st.sampled_from(
    [
        *["The", "the", "Gingrich.", "Cruz.”", "“We", "8.”", "(AP)", "And", "...", "Trump.)"],
        *["—", "1", "FIREWORKS", "'", "i", "é", "É"],
    ]
)


@given(
    word=_CONTEXT_WORDS,
    marks=st.sampled_from([".", "?", "!", "!!", "?!", ".."]),
    space=st.sampled_from([" ", "  ", "\t"]),
    after=_CONTEXT_NEXT,
)
@example(word="said", marks=".", space="", after="”")
def test_plain_contexts_are_decided_as_punkt_decides(
    word: str, marks: str, space: str, after: str
) -> None:
    # The fast path for plain contexts must give Punkt's own answer.
    punkt = SPLITTER._punkt
    context = word + marks + space + after
    tail = len(space + after)
    assert punkt._ends_sentence(context, tail) == punkt._punkt_ends_sentence(context, tail)


_PIECES = [*" .?!”“’)(\"'-,:;»\t", "  ", "said", "Sen", "W", "U.S", "2011", "al-Assad", "Jr", "We"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_every_candidate_is_decided_as_punkt_decides(text: str) -> None:
    from quoteattr.segment import _candidates

    punkt = SPLITTER._punkt
    for match, context in _candidates(text):
        tail = len(match["after_tok"])
        assert punkt._ends_sentence(context, tail) == punkt._punkt_ends_sentence(context, tail)


@given(
    st.lists(
        st.sampled_from([*"aZ. ?!\t\n”“’)(\"'-,:;\u00a0", "Mr", "U.S", "said", "...", "  "]),
        max_size=40,
    ).map("".join)
)
def test_candidate_ends_are_punkts(text: str) -> None:
    # The candidates and contexts the splitter decides are those NLTK's Punkt finds.
    from quoteattr.segment import _candidates

    def shape(pairs: object) -> list[tuple[object, ...]]:
        return [(m.span(), m["after_tok"], m["next_tok"], c) for m, c in pairs]  # type: ignore[attr-defined]

    ours = shape(_candidates(text))
    assert ours == shape(SPLITTER._punkt._match_potential_end_contexts(text))
