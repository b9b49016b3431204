"""Hypothesis properties: what examples cannot show.

Run longer with ``HYPOTHESIS_PROFILE=fuzz pytest tests/test_properties.py``.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import quoteattr

MARKS = "“”‘’\"'«»‹›„‚「」『』`"
# Text built from news-like pieces and every kind of mark, so quotes really form.
pieces = st.sampled_from(
    [
        *MARKS,
        "''",
        "``",
        " ",
        "\n",
        "\r\n",
        "said",
        " she said.",
        "Mr. Smith",
        ",",
        ".",
        "—",
        "don't",
        "O’Brien",
        "the '90s",
        '<a href="x">',
        "Hello world",
        "U.S.",
        "\t",
        "\u200b",
        "\ufeff",
        "é",
        "🙂",
        "\u0301",
        "שלום",
    ]
)
newsy = st.lists(pieces, max_size=40).map("".join)
any_text = st.one_of(st.text(max_size=300), newsy, st.text(alphabet=MARKS + " a\n", max_size=80))


@given(any_text)
def test_never_raises_and_spans_slice_back(text: str) -> None:
    doc = quoteattr.attribute(text)
    assert doc.text is text
    previous = -1
    for quote in doc.quotes:
        assert 0 <= quote.span.start <= quote.span.end <= len(text)
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.open_mark.end <= quote.span.start
        if quote.close_mark is not None:
            assert quote.span.end <= quote.close_mark.start
        assert any(ch.isalnum() for ch in quote.text)
        assert quote.open_mark.start > previous  # text order, no overlap of starts
        previous = quote.open_mark.start
        for inner in quote.inner:
            assert quote.span.contains(inner)
        for part in (quote.mention, quote.cue):
            if part is not None:
                assert not part.overlaps(quote.span)
    for sentence in doc.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)


@given(any_text)
def test_deterministic(text: str) -> None:
    assert quoteattr.attribute(text) == quoteattr.attribute(text)


@given(any_text)
def test_round_trips_through_dict(text: str) -> None:
    doc = quoteattr.attribute(text)
    assert quoteattr.Document.from_dict(doc.to_dict()) == doc


@given(newsy)
def test_quotes_do_not_overlap(text: str) -> None:
    doc = quoteattr.attribute(text)
    for before, after in zip(doc.quotes, doc.quotes[1:], strict=False):
        assert before.outer.end <= after.open_mark.start
