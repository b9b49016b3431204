"""Hypothesis properties: what examples cannot show.

Run longer with ``HYPOTHESIS_PROFILE=fuzz pytest tests/test_properties.py``.
Strategies (news-like text from a small grammar, and arbitrary text) live in
``tests/strategies.py``.
"""

from __future__ import annotations

import itertools
import json
from concurrent.futures import ThreadPoolExecutor

from hypothesis import given
from hypothesis import strategies as st
from strategies import any_text, check_invariants, news_text, newsy, quote_free_paragraphs

import quoteattr
from quoteattr import Attributor, Document, Quote, QuoteKind


@given(any_text)
def test_never_raises_and_spans_slice_back(text: str) -> None:
    doc = quoteattr.attribute(text)
    assert doc.text is text
    previous = -1
    for quote in doc.quotes:
        assert 0 <= quote.span.start <= quote.span.end <= len(text)
        assert text[quote.span.start : quote.span.end] == quote.text
        if quote.kind is QuoteKind.INDIRECT:  # reported speech without marks
            assert quote.open_mark is None and any(ch.isalnum() for ch in quote.text)
            continue
        if quote.open_mark is not None:
            assert quote.open_mark.end <= quote.span.start
        if quote.close_mark is not None:
            assert quote.span.end <= quote.close_mark.start
        assert any(ch.isalnum() for ch in quote.text)
        assert quote.outer.start > previous  # text order, no overlap of starts
        previous = quote.outer.start
        for inner in quote.inner:
            assert quote.span.contains(inner)
        for part in (quote.mention, quote.cue):
            if part is not None and quote.speaker_label is None:
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
    marked = [q for q in doc.quotes if q.kind is not QuoteKind.INDIRECT]
    for before, after in itertools.pairwise(marked):
        assert before.outer.end <= after.outer.start
    # Reported speech holds whole quotes or none of a quote.
    for report in (q for q in doc.quotes if q.kind is QuoteKind.INDIRECT):
        for quote in marked:
            assert report.span.contains(quote.outer) or not report.span.overlaps(quote.outer)


@given(st.one_of(any_text, news_text))
def test_every_invariant_holds(text: str) -> None:
    check_invariants(quoteattr.attribute(text), text)


def _attribution(quote: Quote) -> tuple[object, ...]:
    """What a quote's attribution is, without entity ids (which may renumber)."""
    return (
        quote.span,
        quote.open_mark,
        quote.close_mark,
        quote.kind,
        quote.speaker.name if quote.speaker is not None else None,
        quote.mention,
        quote.cue,
        quote.rule,
    )


@given(st.one_of(news_text, any_text), quote_free_paragraphs)
def test_appending_a_quote_free_paragraph_changes_nothing_before_it(
    text: str, paragraph: str
) -> None:
    before = quoteattr.attribute(text)
    after = quoteattr.attribute(text + "\n\n" + paragraph)
    assert [_attribution(q) for q in after.quotes] == [_attribution(q) for q in before.quotes]


@given(st.lists(st.one_of(news_text, any_text), min_size=1, max_size=12))
def test_threads_give_the_sequential_results(texts: list[str]) -> None:
    attributor = Attributor()
    sequential = [attributor(text) for text in texts]
    with ThreadPoolExecutor(max_workers=6) as pool:
        threaded = list(pool.map(attributor, texts * 3))
    assert threaded == sequential * 3


@given(st.one_of(news_text, any_text))
def test_round_trips_through_json(text: str) -> None:
    doc = quoteattr.attribute(text)
    data = json.loads(json.dumps(doc.to_dict()))
    assert Document.from_dict(data) == doc
    assert Document.from_dict(data).to_dict() == doc.to_dict()


@given(st.one_of(news_text, any_text), st.one_of(news_text, any_text))
def test_results_do_not_depend_on_what_was_attributed_before(first: str, second: str) -> None:
    fresh = Attributor()(second)
    attributor = Attributor()
    attributor(first)
    assert attributor(second) == fresh == quoteattr.attribute(second)
