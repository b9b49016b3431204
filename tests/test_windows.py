"""The bounds that keep attribution linear: rule windows, token tests without
tokenizing, a sentence's last quote, and short accounts of long chains."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from strategies import newsy

import quoteattr
from quoteattr.mentions import first_token_start, tokens_in
from quoteattr.pipeline import Attributor
from quoteattr.quotes import find_quotes
from quoteattr.segment import segment
from quoteattr.sieves.context import WINDOW, Context


def _context(text: str) -> Context:
    attributor = Attributor()
    segmentation = segment(text, attributor._splitter)
    quotes = find_quotes(text, segmentation.paragraphs)
    kinds = [quoteattr.QuoteKind.PARTIAL] * len(quotes)
    return Context(text, attributor._vocab, segmentation, quotes, kinds)


@given(newsy, st.data())
def test_has_tokens_says_what_tokenizing_says(text: str, data: st.DataObject) -> None:
    context = _context(text)
    start = data.draw(st.integers(0, len(text)))
    for end in sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=4))):
        expected = bool(tokens_in(text, start, end)) if end > start else False
        assert context.has_tokens(start, end) == expected
        found = first_token_start(text, start, end)
        assert (found >= 0) == expected
        if expected:
            assert tokens_in(text, start, end)[0].start == found


def test_windows_keep_at_most_the_window_and_cut_at_a_space() -> None:
    text = "word " * 1_000 + "“Yes,” she said " + "and more " * 1_000 + "."
    context = _context(text)
    lo, hi = context.before_region(0)
    assert hi == text.index("“") and hi - lo <= WINDOW
    assert text[lo] == " "  # no word is cut
    lo, hi = context.after_region(0)
    assert lo == text.index("”") + 1 and hi - lo <= WINDOW
    assert text[hi - 1] == " "
    short = _context("He said “yes” today.")
    assert short.before_region(0) == (0, 8)


def test_last_quote_in_sentence() -> None:
    context = _context("He listed “a”, “b” and “c”. Then “d” came.")
    assert [context.last_quote_in_sentence(i) for i in range(4)] == [2, 2, 2, 3]


def test_a_long_chain_of_quotes_sharing_a_speaker_has_a_short_account() -> None:
    text = "He listed " + "“item”, " * 40 + "and more, she said."
    doc = quoteattr.attribute(text)
    accounts = [quote.resolution or "" for quote in doc.quotes]
    chained = [a for a in accounts if a.startswith("same speaker as quote")]
    assert chained, accounts
    longest = max(chained, key=len)
    assert longest.count("same speaker as quote") == 12
    assert "more links, the last to quote" in longest
    assert len(longest) < 600
    # A short chain is named in full.
    short = quoteattr.attribute("He listed “a”, “b” and “c”, she said.")
    assert [q.resolution for q in short.quotes if q.resolution][-1].count("same speaker") <= 2
