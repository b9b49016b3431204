"""What the rules read and return: a document's :class:`Context`, a :class:`Decision`.

This module owns the shared state of the quote -> mention stage: the text, the
word classes, paragraphs and sentences, the detected quotes and their kinds,
the decisions made so far, and the writer's words between the quotes, tokenized
once per region. It decides nothing itself.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

import attrs

from quoteattr.mentions import (
    Token,
    TokenTable,
    Vocabulary,
    first_token_start,
    token_table,
    tokens_in,
)
from quoteattr.model import QuoteKind, Span, span_unchecked
from quoteattr.quotes import RawQuote
from quoteattr.segment import Segmentation

__all__ = ["WINDOW", "Context", "Decision", "Sieve", "cue_span", "previous_spoken"]

#: The most characters of the writer's text a rule reads on one side of a
#: quote: back from its opening mark towards the start of its sentence, on from
#: its closing mark towards the end. On PolNeAR's training articles no decision
#: changes with any window of 1,000 characters or more (the longest window a
#: decision there needs is far shorter; see docs/limitations.md), so this
#: bound costs nothing on news and keeps every quote's work bounded however
#: long a sentence runs.
WINDOW = 1_000
#: Regions whose tokens are kept at once (the rules ask about a few regions
#: around one quote at a time, so older regions are not asked for again).
CACHED_REGIONS = 256
#: A gap of the writer's text up to this long is tokenized whole once and its
#: regions sliced from it; a longer one has each region tokenized alone.
SHARED_GAP = 4 * WINDOW
#: A paragraph up to this long is tokenized whole, once, and every region inside
#: it (a sieve's, a sentence's for reported speech, a gap's for the name pre-pass,
#: the resolver's) is a slice of its tokens. News paragraphs are far shorter
#: (PolNeAR's longest has 2,573 characters), so a news text is tokenized once;
#: a longer paragraph falls back to its gaps (``SHARED_GAP``) or to each region.
SHARED_PARAGRAPH = 20 * WINDOW
#: The most characters of paragraphs whose tokens are kept at once (about 50 MB
#: of tokens at most); beyond it the paragraph read longest ago is dropped.
KEPT_CHARS = 1_000_000

_SPACE = re.compile(r"\s")
# Besides letters and digits, the characters a token may run on through (see
# quoteattr.mentions.tokens).
_TOKEN_GOES_ON = frozenset("_’'-&,.")


@attrs.frozen
class Decision:
    """What a sieve decided for one quote.

    Attributes:
        rule: the sieve's name.
        mention: the words naming the speaker, or None when ``antecedent`` is set.
        cue: the reporting verb or phrase, or None.
        antecedent: index of an earlier (or later) quote whose speaker this quote shares.
        referent: the words resolved in place of ``mention`` when the mention
            names nobody by itself: the interviewee's name for an answer label
            ``A``. The quote's mention stays ``mention``.
    """

    rule: str
    mention: Span | None = None
    cue: Span | None = None
    antecedent: int | None = None
    referent: Span | None = None

    @property
    def resolved(self) -> Span | None:
        """The words resolved to the speaker: ``referent`` if set, else ``mention``."""
        return self.referent if self.referent is not None else self.mention


class Context:
    """Everything sieves may read about one document, computed once.

    Attributes:
        text: the input.
        vocab: word classes from the lexicon.
        segmentation: paragraphs and sentences.
        quotes: the detected quotes, in text order.
        kinds: the form-based kind of each quote.
        decisions: decisions made so far (filled in by the pipeline, in order).
    """

    def __init__(
        self,
        text: str,
        vocab: Vocabulary,
        segmentation: Segmentation,
        quotes: list[RawQuote],
        kinds: list[QuoteKind],
    ) -> None:
        self.text = text
        self.vocab = vocab
        self.segmentation = segmentation
        self.quotes = quotes
        self.kinds = kinds
        self.decisions: list[Decision | None] = [None] * len(quotes)
        #: Indices of quotes that are titles of works or programmes.
        self.titles: set[int] = set()
        self._sentence_starts = [s.start for s in segmentation.sentences]
        # Tokens by region, the oldest dropped first beyond CACHED_REGIONS.
        self._tokens: dict[tuple[int, int], list[Token]] = {}
        #: The writer's text between the quotes of each paragraph, as spans.
        self.gaps = _writer_gaps(segmentation, quotes)
        self._gap_starts = [start for start, _ in self.gaps]
        self._gap_token_starts: dict[int, list[int]] = {}
        self._quote_starts = [quote.open_mark.start for quote in quotes]
        self._first_token_char: dict[int, int] = {}
        self._before_regions: dict[int, tuple[int, int]] = {}
        self._after_regions: dict[int, tuple[int, int]] = {}
        self._paragraph_starts = [paragraph.start for paragraph in segmentation.paragraphs]
        self._paragraph_ends = [paragraph.end for paragraph in segmentation.paragraphs]
        # Each kept paragraph's tokens: its table, and its Token objects once asked for.
        self._paragraph_tables: dict[int, TokenTable] = {}
        self._paragraph_tokens: dict[int, list[Token]] = {}
        self._kept_chars = 0
        #: The writer's words after the last quote read by the rules that read
        #: a cue after the quote (quote index, then tokens, where the words
        #: begin and the cues): two rules in a row ask for the same quote.
        self.after_cues: tuple[int, tuple[list[Token], int, list[int]]] | None = None

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (or the one before it)."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def window_before(self, lo: int, hi: int) -> int:
        """``lo``, or a later start so that ``text[lo:hi]`` holds at most about
        ``WINDOW`` characters, moved to a space so that no word is cut."""
        if hi - lo <= WINDOW:
            return lo
        space = _SPACE.search(self.text, hi - WINDOW, hi)
        return space.start() if space is not None else hi - WINDOW

    def window_after(self, lo: int, hi: int) -> int:
        """``hi``, or an earlier end so that ``text[lo:hi]`` holds at most about
        ``WINDOW`` characters, moved past a space so that no word is cut."""
        if hi - lo <= WINDOW:
            return hi
        cut = lo + WINDOW
        space = self.text.rfind(" ", lo, cut)
        return space + 1 if space > lo else cut

    def has_tokens(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds any token, as ``bool(self.tokens(start, end))``
        says, without tokenizing it. The first token character at or after each
        ``start`` is looked up once, so asking many times with one ``start``
        (a sentence's) costs no more than asking once."""
        if end <= start:
            return False
        # The first token at or after ``start`` (>= 0), or -n: none before n.
        first = self._first_token_char.get(start)
        if first is None or (first < 0 and end > -first):
            searched = start if first is None else -first
            found = first_token_start(self.text, searched, end)
            first = found if found >= 0 else -end
            if len(self._first_token_char) >= CACHED_REGIONS:
                del self._first_token_char[next(iter(self._first_token_char))]
            self._first_token_char[start] = first
        return 0 <= first < end

    def last_quote_in_sentence(self, index: int) -> int:
        """The index of the last quote that opens in the sentence where quote ``index`` opens."""
        sentences = self.segmentation.sentences
        here = self.sentence_index(self.quotes[index].open_mark.start)
        end = sentences[here].end if sentences else len(self.text)
        return max(index, bisect.bisect_left(self._quote_starts, end) - 1)

    def final_mark(self, index: int, past_closers: bool = False) -> str:
        """The last non-space character of quote ``index``'s content (``""`` if
        none); with ``past_closers``, closing marks of a quote inside it are passed
        over (``... a lesson.'`` ends with ``.``)."""
        quote = self.quotes[index]
        content = self.text[quote.span.start : quote.span.end].rstrip()
        if past_closers:
            content = content.rstrip("'’\"”")
        return content[-1:]

    def outer_end(self, index: int) -> int:
        quote = self.quotes[index]
        return quote.close_mark.end if quote.close_mark is not None else quote.span.end

    def before_region(self, index: int) -> tuple[int, int]:
        """Writer's text before quote ``index`` in its sentence, after any earlier quote.

        Computed once per quote (the kinds and titles are set by then).
        """
        found = self._before_regions.get(index)
        if found is None:
            found = self._before_regions[index] = self._before_region(index)
        return found

    def _before_region(self, index: int) -> tuple[int, int]:
        quote = self.quotes[index]
        sentences = self.segmentation.sentences
        lo = sentences[self.sentence_index(quote.open_mark.start)].start if sentences else 0
        # A title or term before it is part of the writer's words (Trump told
        # ABC’s “This Week” that the deal was “dead on arrival”; held up a sign
        # reading “Nurses For Moreno” and waved it, mouthing “thank you”).
        before = index - 1
        while (
            before >= 0
            and before >= index - 5
            and (before in self.titles or self.kinds[before] is QuoteKind.TERM)
        ):
            before -= 1
        if before >= 0:
            lo = max(lo, self.outer_end(before))
        hi = quote.open_mark.start
        return self.window_before(lo, hi), hi

    def after_region(self, index: int) -> tuple[int, int]:
        """Writer's text after quote ``index`` up to its sentence end or the next quote.

        Computed once per quote (the kinds and titles are set by then).
        """
        found = self._after_regions.get(index)
        if found is None:
            found = self._after_regions[index] = self._after_region(index)
        return found

    def _after_region(self, index: int) -> tuple[int, int]:
        end = self.outer_end(index)
        sentences = self.segmentation.sentences
        hi = len(self.text)
        if sentences:
            sentence = sentences[self.sentence_index(max(end - 1, 0))]
            hi = sentence.end
            if hi <= end:
                # A quote that is a whole sentence may be attributed by the next
                # one (“... missing.” Trump said.).
                following = self.sentence_index(max(end - 1, 0)) + 1
                lo, start = self.before_region(index)
                if following < len(sentences) and not self.has_tokens(lo, start):
                    hi = sentences[following].end
                else:
                    hi = end
        if index + 1 < len(self.quotes):
            hi = min(hi, self.quotes[index + 1].open_mark.start)
        paragraph = self.segmentation.paragraphs[self.quotes[index].paragraph]
        hi = max(end, min(hi, paragraph.end))
        return end, self.window_after(end, hi)

    def tokens(self, start: int, end: int) -> list[Token]:
        """Tokens of ``text[start:end]``, computed once per region (callers must not mutate).

        A region over paragraphs of at most ``SHARED_PARAGRAPH`` characters is
        made of slices of their tokens, only a token cut by the region's edges
        or a final period that depends on what follows (``Sen.`` at the very
        end) being tokenized again (see ``_composed``). A region in a longer
        paragraph is a slice of its gap of the writer's text, or tokenized alone.
        """
        key = (start, end)
        found = self._tokens.get(key)
        if found is None:
            # The commonest region, inside one paragraph, read as one piece
            # here (what ``_composed`` does first).
            paragraphs = self.segmentation.paragraphs
            p = bisect.bisect_right(self._paragraph_ends, start)
            if p < len(paragraphs) and paragraphs[p].start <= start and end <= paragraphs[p].end:
                found = self._piece(p, start, end, end) if start < end else []
            else:
                found = self._composed(start, end)
            if found is None:
                found = self._slice_of_gap(start, end)
            if len(self._tokens) >= CACHED_REGIONS:
                del self._tokens[next(iter(self._tokens))]
            self._tokens[key] = found
        return found

    def paragraph_table(self, paragraph: int) -> TokenTable:
        """The tokens of paragraph number ``paragraph`` in columns. A paragraph of
        at most ``SHARED_PARAGRAPH`` characters is tokenized once and kept (up to
        ``KEPT_CHARS`` characters of paragraphs); a longer one is tokenized at
        each call, so read it once."""
        table = self._kept_table(paragraph)
        if table is None:
            span = self.segmentation.paragraphs[paragraph]
            table = token_table(self.text, span.start, span.end, self.vocab.abbreviations)
        return table

    def paragraph_tokens(self, paragraph: int) -> list[Token] | None:
        """The tokens of a kept paragraph (see :meth:`paragraph_table`), or None
        for a paragraph too long to be kept (callers must not mutate)."""
        found = self._paragraph_tokens.get(paragraph)
        if found is None:
            table = self._kept_table(paragraph)
            if table is None:
                return None
            found = list(map(Token, table.starts, table.ends, table.texts, table.lowers))
            self._paragraph_tokens[paragraph] = found
        return found

    def _kept_table(self, paragraph: int) -> TokenTable | None:
        table = self._paragraph_tables.get(paragraph)
        if table is not None:
            return table
        span = self.segmentation.paragraphs[paragraph]
        if span.end - span.start > SHARED_PARAGRAPH:
            return None
        while self._paragraph_tables and self._kept_chars + len(span) > KEPT_CHARS:
            oldest = next(iter(self._paragraph_tables))
            del self._paragraph_tables[oldest]
            self._paragraph_tokens.pop(oldest, None)
            self._kept_chars -= len(self.segmentation.paragraphs[oldest])
        table = token_table(self.text, span.start, span.end, self.vocab.abbreviations)
        self._paragraph_tables[paragraph] = table
        self._kept_chars += len(span)
        return table

    def _paragraph_slice(self, start: int, end: int) -> tuple[int, int, int] | None:
        """``(paragraph, first, stop)`` when the tokens of ``text[start:end]`` are
        tokens ``first`` to ``stop - 1`` of a kept paragraph, else None."""
        paragraph = bisect.bisect_right(self._paragraph_starts, start) - 1
        if paragraph < 0 or end > self.segmentation.paragraphs[paragraph].end:
            return None
        table = self._kept_table(paragraph)
        if table is None:
            return None
        bounds = _slice_bounds(table.starts, table.ends, table.texts, start, end)
        if bounds is None:
            return None
        return paragraph, *bounds

    def _composed(self, start: int, end: int) -> list[Token] | None:
        """The tokens of ``text[start:end]`` from the kept paragraphs it overlaps,
        or None when a paragraph is too long to be kept or ``start`` cuts a token.

        Tokenizing a region alone gives, paragraph by paragraph, that
        paragraph's tokens inside the region, except for its last token there
        when the region cuts it (``Sen`` of ``Sen.``) or it ends in a period
        that depends on what follows (``Sen.`` at the very end, or ``Jr.`` at
        a paragraph's end that the region goes on past): the scan of the
        tokenizer has reached that token's start as the paragraph's did (the
        text between paragraphs is white space, where no token runs), and what
        it gives from there depends on the text from there only. So that
        token is tokenized again alone, up to the region's end (or one
        character of the white space past its paragraph's end).
        """
        paragraphs = self.segmentation.paragraphs
        p = bisect.bisect_right(self._paragraph_ends, start)
        if p < len(paragraphs):
            span = paragraphs[p]
            if span.start <= start and end <= span.end:
                # The commonest region, inside one paragraph: one piece.
                return self._piece(p, start, end, end) if start < end else []
        found: list[Token] | None = None
        while p < len(paragraphs):
            span = paragraphs[p]
            if span.start >= end:
                break
            lo, hi = max(start, span.start), min(end, span.end)
            if hi <= lo:
                break  # an empty region
            piece = self._piece(p, lo, hi, end)
            if piece is None:
                return None
            found = piece if found is None else found + piece
            p += 1
        return [] if found is None else found

    def _piece(self, p: int, lo: int, hi: int, end: int) -> list[Token] | None:
        """The tokens of ``text[lo:hi]`` inside paragraph ``p`` as a region
        ending at ``end`` (``hi <= end``) gives them (see :meth:`_composed`), or
        None when the paragraph is too long to be kept or ``lo`` cuts a token."""
        text = self.text
        table = self._paragraph_tables.get(p)
        if table is None:
            table = self._kept_table(p)
            if table is None:
                return None
        starts, ends, texts = table.starts, table.ends, table.texts
        first = bisect.bisect_left(starts, lo)
        head: list[Token] | None = None  # the tokens of a cut first token, if any
        if first > 0 and ends[first - 1] > lo:
            # A token cut at the region's start: read alone up to its end,
            # where the scan goes on as the paragraph's did when what
            # follows is white space (read with it, for a final period) or
            # a mark no token runs on through.
            cut_end = ends[first - 1]
            if cut_end >= hi:
                return None
            after = text[cut_end]
            if after.isspace():
                cut_end += 1
            elif after.isalnum() or after in _TOKEN_GOES_ON:
                return None
            head = tokens_in(text, lo, cut_end, self.vocab.abbreviations)
        stop = bisect.bisect_left(starts, hi, first)
        kept = self._paragraph_tokens.get(p)
        if kept is None:
            kept = self.paragraph_tokens(p)
            assert kept is not None  # a kept paragraph has its tokens
        again = stop  # the first token to tokenize again, up to ``until``
        until = hi
        if hi < end:
            # The region runs on past the paragraph's end, into white space:
            # a final period is read as before a space (``Sen.`` whole, where
            # the paragraph alone has ``Sen`` and ``.``).
            if text[hi - 1] == ".":
                if not text[hi].isspace():
                    return None
                again = stop - 1
                if texts[again] == "." and again > first and ends[again - 1] == starts[again]:
                    again -= 1
                until = hi + 1
        elif stop > first and (
            ends[stop - 1] > hi
            or (ends[stop - 1] == hi and texts[stop - 1][-1] == "." != texts[stop - 1])
        ):
            # Cut by the region's end, or a period that depends on what follows.
            again = stop - 1
        piece = head + kept[first:again] if head else kept[first:again]
        if again < stop:
            piece += tokens_in(text, starts[again], until, self.vocab.abbreviations)
        return piece

    def _slice_of_gap(self, start: int, end: int) -> list[Token]:
        g = bisect.bisect_right(self._gap_starts, start) - 1
        if (
            g < 0
            or end > self.gaps[g][1]
            or (start, end) == self.gaps[g]
            or self.gaps[g][1] - self.gaps[g][0] > SHARED_GAP
        ):
            return tokens_in(self.text, start, end, self.vocab.abbreviations)
        everything = self.tokens(*self.gaps[g])
        starts = self._gap_token_starts.get(g)
        if starts is None:
            if len(self._gap_token_starts) >= CACHED_REGIONS:
                del self._gap_token_starts[next(iter(self._gap_token_starts))]
            starts = self._gap_token_starts[g] = [token.start for token in everything]
        first = bisect.bisect_left(starts, start)
        stop = bisect.bisect_left(starts, end, first)
        if first > 0 and everything[first - 1].end > start:
            return tokens_in(self.text, start, end, self.vocab.abbreviations)
        if stop > first:
            last = everything[stop - 1]
            if last.end > end or (last.end == end and last.text[-1] == "." and len(last.text) > 1):
                return tokens_in(self.text, start, end, self.vocab.abbreviations)
        return everything[first:stop]

    def gap_table(self, gap: int) -> TokenTable:
        """The tokens of gap ``gap`` in columns, for the name pre-pass that reads
        every gap: a slice of its paragraph's, from the gap's tokens when a sieve
        has read them, else without making a ``Token`` per word. A gap that
        holds all of its paragraph's tokens (a paragraph without quotes) is
        given its paragraph's table itself (callers must not mutate)."""
        start, end = self.gaps[gap]
        shared = self._paragraph_slice(start, end)
        if shared is not None:
            paragraph, first, stop = shared
            table = self._paragraph_tables[paragraph]
            if first == 0 and stop == len(table.starts):
                return table
            return TokenTable(
                table.starts[first:stop],
                table.ends[first:stop],
                table.texts[first:stop],
                table.lowers[first:stop],
            )
        tokens = self._tokens.get((start, end))
        if tokens is not None:
            return TokenTable(
                [t.start for t in tokens],
                [t.end for t in tokens],
                [t.text for t in tokens],
                [t.lower for t in tokens],
            )
        return token_table(self.text, start, end, self.vocab.abbreviations)

    def region_tokens(self, start: int, end: int) -> list[Token]:
        """The same tokens as :meth:`tokens`, but a region of a gap no sieve has
        read is tokenized alone, not its whole gap (for names all over the text),
        unless it lies in a paragraph short enough to be tokenized whole."""
        found = self._tokens.get((start, end))
        if found is not None or self._shared_paragraph(start, end):
            return self.tokens(start, end) if found is None else found
        g = bisect.bisect_right(self._gap_starts, start) - 1
        if g >= 0 and end <= self.gaps[g][1] and self.gaps[g] not in self._tokens:
            return tokens_in(self.text, start, end, self.vocab.abbreviations)
        return self.tokens(start, end)

    def _shared_paragraph(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies in a paragraph short enough to be kept."""
        paragraph = bisect.bisect_right(self._paragraph_starts, start) - 1
        if paragraph < 0:
            return False
        span = self.segmentation.paragraphs[paragraph]
        return end <= span.end and span.end - span.start <= SHARED_PARAGRAPH


def _slice_bounds(
    starts: list[int], ends: list[int], texts: list[str], start: int, end: int
) -> tuple[int, int] | None:
    """``(first, stop)`` when tokenizing ``text[start:end]`` alone gives exactly
    the tokens ``first`` to ``stop - 1`` of a longer stretch's tokens (columns
    ``starts``, ``ends``, ``texts``); None when a boundary cuts a token, or the
    last token keeps a period that depends on what follows it (``Sen.``)."""
    first = bisect.bisect_left(starts, start)
    stop = bisect.bisect_left(starts, end, first)
    if first > 0 and ends[first - 1] > start:
        return None
    if stop > first:
        last_end, last_text = ends[stop - 1], texts[stop - 1]
        if last_end > end or (last_end == end and last_text[-1] == "." and len(last_text) > 1):
            return None
    return first, stop


def _writer_gaps(segmentation: Segmentation, quotes: list[RawQuote]) -> list[tuple[int, int]]:
    """Non-empty spans of each paragraph outside its quotes (marks included in the quotes)."""
    gaps = []
    k = 0
    for number, paragraph in enumerate(segmentation.paragraphs):
        lo = paragraph.start
        while k < len(quotes) and quotes[k].paragraph == number:
            quote = quotes[k]
            if quote.open_mark.start > lo:
                gaps.append((lo, quote.open_mark.start))
            lo = max(lo, quote.close_mark.end if quote.close_mark is not None else quote.span.end)
            k += 1
        if paragraph.end > lo:
            gaps.append((lo, paragraph.end))
    return gaps


Sieve = Callable[[Context, int], "Decision | None"]


def cue_span(tokens: list[Token], index: int) -> Span:
    """The cue: the verb, plus a following ``reporters``/preposition phrase stays out."""
    return span_unchecked(tokens[index].start, tokens[index].end)


def previous_spoken(context: Context, index: int) -> int | None:
    """The nearest earlier quote that is not an unattributed term or title."""
    for k in range(index - 1, max(-1, index - 6), -1):
        if context.kinds[k] is not QuoteKind.TERM or context.decisions[k] is not None:
            return k
    return None
