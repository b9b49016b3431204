"""Transcript turns: speaker labels, the quotes they open, and what is not a turn."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import quoteattr
from quoteattr import Config, Document, Lexicon
from quoteattr.model import Span
from quoteattr.segment import paragraph_spans
from quoteattr.turns import find_turns, label_name

TRANSCRIPT = (
    "Fox News host Dana Whitfield pressed Sen. Robert Okafor on Sunday.\n\n"
    "WHITFIELD: Will the bill pass?\n\n"
    "OKAFOR: It will. We have the votes.\n\n"
    "WHITFIELD: When?"
)


def test_label_name_leaves_out_captions_and_affiliations() -> None:
    text = ">> Sen. HOLLIS (R-Texas): Yes."
    assert label_name(text, Span(0, 24)).slice(text) == "Sen. HOLLIS"


def test_turns_are_direct_quotes_without_marks() -> None:
    doc = quoteattr.attribute(TRANSCRIPT)
    assert [q.text for q in doc.quotes] == [
        "Will the bill pass?",
        "It will. We have the votes.",
        "When?",
    ]
    for quote in doc.quotes:
        assert quote.kind is quoteattr.QuoteKind.DIRECT
        assert quote.open_mark is None and quote.close_mark is None
        assert quote.speaker_label is not None
    assert doc.notes == ()
    assert [q.speaker.name for q in doc.quotes if q.speaker] == [
        "Dana Whitfield",
        "Robert Okafor",
        "Dana Whitfield",
    ]


def test_turns_round_trip_through_json() -> None:
    doc = quoteattr.attribute(TRANSCRIPT)
    data = doc.to_dict()
    assert data["quotes"][0]["speaker_label"] == [68, 77]
    assert Document.from_dict(data) == doc


def test_a_section_label_added_to_the_lexicon_is_no_speaker() -> None:
    extra = Lexicon.from_lines({"section_labels": ["whitfield"]})
    config = Config(lexicon=Lexicon.default().extended(extra))
    doc = quoteattr.attribute(TRANSCRIPT, config)
    # Only OKAFOR is left as a label, and one label in capitals is no transcript.
    assert all(q.speaker_label is None for q in doc.quotes)


def test_a_single_answer_label_is_not_an_interview() -> None:
    assert quoteattr.attribute("A: The answer is no.\n\nThe hearing ended.").quotes == ()


def test_labels_of_unnamed_people_alone_are_no_transcript() -> None:
    # Two "Reporter:"/"Moderator:" lines with nobody answering them are a byline
    # and a note, not turns.
    text = "Reporter: Dana Pryce\n\nThe vote passed.\n\nModerator: Kim Oduya\n\nIt was close."
    assert quoteattr.attribute(text).quotes == ()


def test_a_turn_in_marks_leaves_its_label_out_of_the_quote() -> None:
    text = "The record reads:\n\n“NOLAN: Were you there?\n\n“VOSS: I was not.”"
    doc = quoteattr.attribute(text)
    assert [q.text for q in doc.quotes] == ["Were you there?", "I was not."]
    first = doc.quotes[0]
    assert first.open_mark is not None and first.open_mark.slice(text) == "“"
    assert first.speaker_label is not None and first.speaker_label.slice(text) == "NOLAN"
    assert [q.speaker.name if q.speaker else None for q in doc.quotes] == ["NOLAN", "VOSS"]


def test_a_name_answering_once_is_no_label() -> None:
    # One answer is no dialogue, and the interviewer's lines alone are no transcript.
    text = "The panel met.\n\nInterviewer: Why?\n\nVance: Because.\n\nInterviewer: And now?"
    assert quoteattr.attribute(text).quotes == ()


def test_marked_quotes_in_a_turn_are_nested() -> None:
    text = "KESSLER: What did she say?\n\nBRANDT: She said “wait,” and I waited."
    doc = quoteattr.attribute(text)
    assert [q.text for q in doc.quotes] == [
        "What did she say?",
        "She said “wait,” and I waited.",
    ]
    assert [s.slice(text) for s in doc.quotes[1].inner] == ["wait,"]


def test_a_turn_of_one_quotation_keeps_its_marks() -> None:
    text = "KESSLER: Did you know?\n\nBRANDT: “I did not, and I said so.”"
    doc = quoteattr.attribute(text)
    last = doc.quotes[-1]
    assert last.open_mark is not None and last.speaker_label is not None
    assert last.speaker is not None and last.speaker.name == "BRANDT"


def test_a_turn_goes_on_until_a_writer_quote_or_a_stage_direction() -> None:
    text = (
        "KESSLER: Did you know?\n\nBRANDT: No.\n\nI learned it later.\n\n"
        "(CROSSTALK)\n\nKESSLER: When?\n\n“It was May,” he said later.\n\nBRANDT: In May."
    )
    doc = quoteattr.attribute(text)
    assert [(q.text, q.continued, q.continuation) for q in doc.quotes] == [
        ("Did you know?", False, False),
        ("No.", True, False),
        ("I learned it later.", False, True),
        ("When?", False, False),
        ("It was May,", False, False),
        ("In May.", False, False),
    ]


_PIECES = st.lists(
    st.sampled_from(
        [
            "KESSLER: Did you know?",
            "BRANDT: No “never” at all.",
            "Q: Why?",
            "A: Because.",
            "(CROSSTALK)",
            "“A quote,” he said.",
            "UPDATE: none.",
            ">> Yes.",
            "Plain prose here.",
            "BRANDT:",
            "“Open quote",
        ]
    ),
    max_size=8,
)


@given(_PIECES, st.sampled_from(["\n\n", "\n"]))
def test_turns_stay_in_text_order_and_do_not_overlap(pieces: list[str], joiner: str) -> None:
    text = joiner.join(pieces)
    paragraphs = paragraph_spans(text)
    doc = quoteattr.attribute(text)
    end = 0
    for quote in doc.quotes:
        if quote.kind is quoteattr.QuoteKind.INDIRECT:
            continue  # reported speech may hold quotes (tests/test_reported.py)
        outer = quote.outer
        assert outer.start >= end
        assert quote.text == text[quote.span.start : quote.span.end]
        end = outer.end
    assert find_turns(text, paragraphs, []) == find_turns(text, paragraphs, [])
