"""One tokenization per paragraph: every region the rules ask for is a slice of
its paragraph's tokens, and slicing gives exactly what tokenizing the region
alone gives (periods of abbreviations at a region's end, tokens cut by a
region's edge), whether the paragraph is kept, too long to be kept, or dropped."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import newsy

from quoteattr import QuoteKind
from quoteattr.mentions import token_table, tokens_in
from quoteattr.pipeline import Attributor
from quoteattr.quotes import find_quotes
from quoteattr.segment import segment
from quoteattr.sieves import context as context_module
from quoteattr.sieves.context import Context

# Pieces whose tokens depend on what follows them or on where a region cuts them.
_PIECES = [
    "Sen.",
    "Sen. Cruz",
    "U.S.",
    "War.",
    "R-Ky.",
    "Jr.,",
    "3.5",
    "p.m.",
    "don’t",
    "“Yes,” he said.",
    "AT&T",
    ",",
    ".",
    " ",
    "\n\n",
    "\n",
    "word",
    # Abbreviations and marks at a paragraph's end, words that run on, and
    # characters that start no token.
    "Inc.",
    "Abc.",
    "I-Vt.",
    "(D-Nev.)",
    "A.B.C",
    "a1,2",
    "x_y",
    "\u200b",
    " \n \n",
    "\r\n",
]
_texts = st.one_of(newsy, st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))


def _context(text: str) -> Context:
    attributor = Attributor()
    segmentation = segment(text, attributor._splitter)
    quotes = find_quotes(text, segmentation.paragraphs)
    kinds = [QuoteKind.PARTIAL] * len(quotes)
    return Context(text, attributor._vocab, segmentation, quotes, kinds)


def _plain(tokens: list) -> list[tuple[int, int, str, str]]:
    return [(t.start, t.end, t.text, t.lower) for t in tokens]


def _check(text: str, regions: list[tuple[int, int]]) -> None:
    context = _context(text)
    abbreviations = context.vocab.abbreviations
    for start, end in regions:
        expected = _plain(tokens_in(text, start, end, abbreviations))
        assert _plain(context.tokens(start, end)) == expected, (start, end)
        assert _plain(context.region_tokens(start, end)) == expected, (start, end)
    for gap, (start, end) in enumerate(context.gaps):
        table = context.gap_table(gap)
        expected_table = token_table(text, start, end, abbreviations)
        assert table.starts == expected_table.starts
        assert table.texts == expected_table.texts
        assert table.lowers == expected_table.lowers
    for number, paragraph in enumerate(context.segmentation.paragraphs):
        table = context.paragraph_table(number)
        assert table.texts == token_table(text, paragraph.start, paragraph.end, abbreviations).texts
        tokens = context.paragraph_tokens(number)
        if tokens is not None:
            expected = _plain(tokens_in(text, paragraph.start, paragraph.end, abbreviations))
            assert _plain(tokens) == expected


_regions = st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=8)


@given(_texts, _regions)
def test_region_tokens_are_slices_of_their_paragraph(text: str, regions: list) -> None:
    spans = [tuple(sorted((min(a, len(text)), min(b, len(text))))) for a, b in regions]
    _check(text, spans)


@pytest.mark.parametrize(("shared", "kept"), [(8, 1_000_000), (10_000, 20)])
def test_long_or_dropped_paragraphs_give_the_same_tokens(
    monkeypatch: pytest.MonkeyPatch, shared: int, kept: int
) -> None:
    # Paragraphs too long to be kept, then paragraphs dropped to keep few characters.
    monkeypatch.setattr(context_module, "SHARED_PARAGRAPH", shared)
    monkeypatch.setattr(context_module, "KEPT_CHARS", kept)
    text = "Sen. Cruz met U.S. officials.\n\n“Yes,” he said. R-Ky.\n\nThe War. Jr., p.m. 3.5"
    regions = [(a, b) for a in range(0, len(text), 3) for b in range(a, len(text) + 1, 4)]
    _check(text, regions)


def test_a_news_text_is_tokenized_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int]] = []

    def counted(text: str, start: int, end: int, abbreviations: frozenset[str] = frozenset()):
        calls.append((start, end))
        return token_table(text, start, end, abbreviations)

    monkeypatch.setattr(context_module, "token_table", counted)
    text = "Heather Nauert, the spokeswoman, said on Tuesday that the sanctions stay.\n\n" * 3
    Attributor()(text)
    assert len(calls) == len(set(calls)) == 3  # one table per paragraph
