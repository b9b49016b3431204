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


# -- line structure ------------------------------------------------------------

_STORY = (
    "The county board met for three hours on Thursday night, and most of that "
    "time went to the question of the bridge. “We have been told for six years "
    "that the money is coming,” said Rosa Delgado, who chairs the board. “I no "
    "longer believe it.” The state transportation office did not answer calls "
    "on Friday, and a spokesman for the governor said only that the request "
    "was under review."
)
_SECOND = (
    "Residents who cross the river every day said they had stopped waiting. "
    "Some now drive forty minutes to the next crossing, and others take the ferry."
)


def _wrap(paragraph: str, width: int) -> str:
    """``paragraph`` wrapped greedily at ``width`` (as ``textwrap.fill`` does)."""
    import textwrap

    return textwrap.fill(paragraph, width)


@pytest.mark.parametrize("width", [40, 60, 72, 79, 100])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_hard_wrapped_text_is_told_at_any_width_and_line_end(width: int, newline: str) -> None:
    from quoteattr.segment import LineBreaks, detect_line_breaks

    text = (_wrap(_STORY, width) + "\n\n" + _wrap(_SECOND, width)).replace("\n", newline)
    assert detect_line_breaks(text) is LineBreaks.WRAPPED
    paragraphs = [p.slice(text) for p in paragraph_spans(text)]
    assert len(paragraphs) == 2
    assert " ".join(paragraphs[0].split()) == _STORY


def test_a_paragraph_per_line_is_not_wrapped() -> None:
    from quoteattr.segment import LineBreaks, detect_line_breaks

    text = "\n".join([_STORY, _SECOND, "A short one.", _STORY[:150] + ".", _SECOND])
    assert detect_line_breaks(text) is LineBreaks.PARAGRAPH
    assert len(paragraph_spans(text)) == 5
    crlf = text.replace("\n", "\r\n")
    assert [p.slice(crlf) for p in paragraph_spans(crlf)] == [
        p.slice(text) for p in paragraph_spans(text)
    ]


def test_few_line_breaks_are_read_line_by_line() -> None:
    from quoteattr.segment import LineBreaks, detect_line_breaks

    # Two short lines could be a wrap, but two breaks are too few to tell.
    text = "Trump wins in Iowa\nCruz second\nDES MOINES, Iowa — The results came in late."
    assert detect_line_breaks(text) is LineBreaks.PARAGRAPH
    assert len(paragraph_spans(text)) == 3


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        # A comma before the break (inside closing marks too): the line goes on.
        ("“We will not go back,”\nthe mayor said.", 1),
        ("The mayor, who spoke last,\nsaid nothing new.", 1),
        # A word, then lower case: a sentence going on.
        ("The vote was close and the\nresult was never in doubt.", 1),
        # A quote the next line closes without reopening it.
        ("She said: “We will win this\nElection in November.” Then she left.", 1),
        # A word, then a capital: a headline and its article.
        ("Mayor Wins Second Term\nThe mayor won easily.", 2),
        # A sentence end, then a new line: a new paragraph.
        ("The mayor spoke.\nthe council did not.", 2),
        # A colon ends a line that announces what follows.
        ("The statement read:\n“We regret the delay.”", 2),
        # The next line opens a new quote: the multi-paragraph convention.
        ("“We were not ready.\n“That is on me,” she said.", 2),
        # A card's signature line is not part of its quote.
        ("“We will win.\nSen. Jane Doe, Democrat of Ohio.”", 2),
    ],
)
def test_line_by_line_reading_joins_lines_that_go_on(text: str, paragraphs: int) -> None:
    assert len(paragraph_spans(text)) == paragraphs


def test_wrapped_text_without_blank_lines_splits_at_indentation_and_short_lines() -> None:
    from quoteattr.segment import LineBreaks

    lines = _wrap(_STORY, 60).split("\n")
    second = _wrap(_SECOND, 60).split("\n")
    indented = "\n".join(["    " + lines[0], *lines[1:], "    " + second[0], *second[1:]])
    assert len(paragraph_spans(indented, LineBreaks.WRAPPED)) == 2
    flush = "\n".join(lines + second)
    assert len(paragraph_spans(flush, LineBreaks.WRAPPED)) == 2


def test_forced_line_breaks() -> None:
    from quoteattr.segment import LineBreaks

    text = "One line,\nand the next.\n\nA new one."
    assert len(paragraph_spans(text, LineBreaks.PARAGRAPH)) == 2
    assert len(paragraph_spans(text, LineBreaks.WRAPPED)) == 2
    assert len(paragraph_spans("One.\nTwo.\n\nThree.", LineBreaks.WRAPPED)) == 2
    assert len(paragraph_spans("One.\nTwo.\n\nThree.", LineBreaks.PARAGRAPH)) == 3
    # Paragraph separators and form feeds end a paragraph in every reading.
    assert len(paragraph_spans("One,\u2029two,\x0cthree.", LineBreaks.WRAPPED)) == 3


def test_detect_line_breaks_rejects_other_types() -> None:
    from quoteattr.segment import detect_line_breaks

    with pytest.raises(TypeError, match="expects text as str"):
        detect_line_breaks(b"bytes")  # type: ignore[arg-type]


def test_sentences_cross_a_wrapped_line() -> None:
    text = _wrap(_STORY, 50) + "\n\n" + _wrap(_SECOND, 50)
    got = [" ".join(s.split()) for s in sentences(text)]
    assert got == sentences(_STORY + "\n\n" + _SECOND)


_LAYOUT = st.text(alphabet=st.sampled_from(list("ab ,.“”\"'\n\r\t\u2029")), max_size=80)


@given(_LAYOUT, st.sampled_from(["AUTO", "PARAGRAPH", "WRAPPED"]))
@example("a\n\nb", "WRAPPED")
@example("“a\n”", "AUTO")
def test_paragraphs_cover_every_word_in_order(text: str, mode: str) -> None:
    from quoteattr.segment import LineBreaks

    spans = paragraph_spans(text, LineBreaks[mode])
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()
        previous_end = span.end
    covered = sorted(i for span in spans for i in range(span.start, span.end))
    assert all(text[i].isspace() or (covered and i in set(covered)) for i in range(len(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Ruiz, the No. 3 official at the agency, resigned. She left.", 2),
        ("The bill was ranked No. 12 on the list. It failed.", 2),
        ("Asked if she would run, she said No. Then she left.", 2),
    ],
)
def test_no_before_a_number_is_a_number_sign(text: str, expected: int) -> None:
    # "No." before a digit is the number sign (the No. 2 Republican); before a
    # word it is the word "no" and may end a sentence.
    assert len(sentences(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will appeal,” said J.K. Osei-Bonsu, the minister. He left.", 2),
        ("Former president George H.W. Bush spoke. Then he left.", 2),
        ("“It is over,” T.R. Okafor said on Monday.", 1),
        ("She wrote it last year. R.L. Stine praised it.", 2),
        # Initials of a place or a time after a determiner, a preposition, a
        # comma or a number end a sentence as Punkt decides.
        ("He moved to the U.K. Smith stayed behind.", 1),
        ("She lives in Columbia, S.C. Her father said no.", 1),
        ("The talks ended at 10 P.M. Then the vote began.", 1),
    ],
)
def test_initials_of_a_name_end_no_sentence(text: str, expected: int) -> None:
    # Initials written together before a capitalized surname belong to the
    # name; the initials of a place keep Punkt's decision.
    assert len(sentences(text)) == expected
