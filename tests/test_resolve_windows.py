"""The resolver's windows of the writer's text: a window whose ends cut words or
that runs into the next paragraph is read in pieces (the cut words alone, the
rest line by line) and gives exactly the tokens of tokenizing it whole; the
first word after a mention, read alone, is the first of those tokens."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from strategies import newsy

from quoteattr import QuoteKind
from quoteattr.mentions import tokens_in
from quoteattr.pipeline import Attributor
from quoteattr.quotes import find_quotes
from quoteattr.resolve.builder import _LOWER_WORD
from quoteattr.resolve.core import _Core
from quoteattr.resolve.names import _leading_tokens, _whole_word_starts
from quoteattr.segment import segment
from quoteattr.sieves.context import Context

# Pieces whose tokens depend on what follows them or on where a window cuts them.
_PIECES = [
    "Sen.",
    "Sen. Cruz",
    "Gen.",
    "U.S.",
    "War.",
    "R-Ky.",
    "Jr.,",
    "Inc.",
    "3.5",
    "3,000",
    "p.m.",
    "don’t",
    "“Yes,” he said.",
    "AT&T",
    "\u200b",
    "_",
    "\t",
    ",",
    ".",
    " ",
    "  ",
    "\n\n",
    "\n",
    "word",
    "said",
    "said.",
    "told,",
    "am-",
    "ab'",
    "a.m.",
    "is:",
]
_texts = st.one_of(newsy, st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
_ATTRIBUTOR = Attributor()


def _plain(tokens: list) -> list[tuple[int, int, str, str]]:
    return [(t.start, t.end, t.text, t.lower) for t in tokens]


def _cores(text: str) -> list[_Core]:
    """A resolver that tokenizes each region alone, and one that reads the
    pipeline's shared paragraph tokens."""
    vocab = _ATTRIBUTOR._vocab
    segmentation = segment(text, _ATTRIBUTOR._splitter)
    quotes = find_quotes(text, segmentation.paragraphs)
    context = Context(text, vocab, segmentation, quotes, [QuoteKind.PARTIAL] * len(quotes))
    return [_Core(text, vocab), _Core(text, vocab, context.region_tokens)]


@given(_texts, st.data())
def test_a_window_read_in_pieces_gives_the_tokens_of_the_whole(
    text: str, data: st.DataObject
) -> None:
    abbreviations = _ATTRIBUTOR._vocab.abbreviations
    for core in _cores(text):
        for _ in range(4):
            lo = data.draw(st.integers(0, len(text)))
            hi = data.draw(st.integers(lo, len(text)))
            assert _plain(core._window(lo, hi)) == _plain(tokens_in(text, lo, hi, abbreviations))


@given(_texts, st.data())
def test_the_leading_tokens_begin_the_tokens_of_the_whole(text: str, data: st.DataObject) -> None:
    abbreviations = _ATTRIBUTOR._vocab.abbreviations
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    whole = _plain(tokens_in(text, lo, hi, abbreviations))
    leading = _leading_tokens(text, lo, hi, abbreviations)
    if leading is not None:
        assert (leading == []) == (whole == [])
        assert _plain(leading) == whole[: len(leading)]


@given(_texts, st.data())
def test_a_lower_case_word_after_spaces_is_the_first_token(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    word = _LOWER_WORD.match(text, lo, hi)
    if word is not None:
        first = tokens_in(text, lo, hi, _ATTRIBUTOR._vocab.abbreviations)[0]
        assert (first.start, first.end, first.text) == (word.start(1), word.end(1), word.group(1))


def test_abbreviations_and_paragraph_ends() -> None:
    text = "He met Sen.\n\nCruz, the U.S. envoy, and Gen. Smith.\nSaid Inc. \n\nThen"
    abbreviations = _ATTRIBUTOR._vocab.abbreviations
    for core in _cores(text):
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 1):
                expected = _plain(tokens_in(text, lo, hi, abbreviations))
                assert _plain(core._window(lo, hi)) == expected, (lo, hi)


def test_lower_case_words_after_a_mention() -> None:
    text = "Cruz said. Cruz told, Cruz am-bled Cruz ab'c Cruz a.m. Cruz is: Cruz said2 x"
    abbreviations = _ATTRIBUTOR._vocab.abbreviations
    matched = 0
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            word = _LOWER_WORD.match(text, lo, hi)
            if word is not None:
                matched += 1
                first = tokens_in(text, lo, hi, abbreviations)[0]
                assert (first.start, first.end, first.text) == (
                    word.start(1),
                    word.end(1),
                    word.group(1),
                )
    assert matched > 100


@given(
    st.lists(st.sampled_from(["Warren", "Warren’s", "warren", "_", "é", "2", " ", ".", "\n"])).map(
        "".join
    ),
    st.sampled_from(["Warren", "Wa", "O'Neil", "U.S.", "Warren.", "._"]),
    st.data(),
)
def test_whole_words_are_found_where_a_word_boundary_pattern_finds_them(
    text: str, word: str, data: st.DataObject
) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    pattern = re.compile(r"\b" + re.escape(word) + r"\b")
    expected = [found.start() for found in pattern.finditer(text, lo, hi)]
    assert _whole_word_starts(text, word, lo, hi) == expected
