"""Attribution sieves: ordered rules that link each quote to a speaker mention.

This module owns the quote -> mention stage (after Muzny et al. 2017, who run
deterministic sieves from most to least precise and let the first decision
stand). A sieve is a plain function named after its pattern::

    def sieve(context: Context, index: int) -> Decision | None

It looks at quote ``index`` and either returns a :class:`Decision` (a mention
span, a cue span, and its own name) or ``None`` to abstain. Sieves that link a
quote to another quote's speaker (follow-on quotes, continuation paragraphs)
return a decision that points at that quote; the pipeline copies its mention.

The default order is :data:`DEFAULT_SIEVES`; :class:`~quoteattr.Config` can
reorder, drop or add sieves by name (see :data:`SIEVES`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping

import attrs

from quoteattr.mentions import (
    PRONOUNS,
    MentionKind,
    Token,
    TokenTable,
    Vocabulary,
    chunk_left,
    chunk_right,
    is_ly_adverb,
    span_of,
    token_table,
    tokens_in,
)
from quoteattr.model import QuoteKind, Span, span_unchecked
from quoteattr.quotes import RawQuote
from quoteattr.segment import Segmentation

__all__ = ["DEFAULT_SIEVES", "SIEVES", "Context", "Decision", "Sieve"]


@attrs.frozen
class Decision:
    """What a sieve decided for one quote.

    Attributes:
        rule: the sieve's name.
        mention: the words naming the speaker, or None when ``antecedent`` is set.
        cue: the reporting verb or phrase, or None.
        antecedent: index of an earlier (or later) quote whose speaker this quote shares.
    """

    rule: str
    mention: Span | None = None
    cue: Span | None = None
    antecedent: int | None = None


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
        self._tokens: dict[tuple[int, int], list[Token]] = {}
        #: The writer's text between the quotes of each paragraph, as spans.
        self.gaps = _writer_gaps(segmentation, quotes)
        self._gap_starts = [start for start, _ in self.gaps]
        self._gap_token_starts: dict[int, list[int]] = {}

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (or the one before it)."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

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
        """Writer's text before quote ``index`` in its sentence, after any earlier quote."""
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
        return lo, quote.open_mark.start

    def after_region(self, index: int) -> tuple[int, int]:
        """Writer's text after quote ``index`` up to its sentence end or the next quote."""
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
                if following < len(sentences) and not self.tokens(lo, start):
                    hi = sentences[following].end
                else:
                    hi = end
        if index + 1 < len(self.quotes):
            hi = min(hi, self.quotes[index + 1].open_mark.start)
        paragraph = self.segmentation.paragraphs[self.quotes[index].paragraph]
        return end, max(end, min(hi, paragraph.end))

    def tokens(self, start: int, end: int) -> list[Token]:
        """Tokens of ``text[start:end]``, computed once per region (callers must not mutate).

        A region inside one gap of the writer's text is a slice of that gap's
        tokens, unless a region boundary cuts a token or the last token keeps
        a period that depends on what follows (``Sen.`` at the very end).
        """
        key = (start, end)
        found = self._tokens.get(key)
        if found is None:
            found = self._tokens[key] = self._slice_of_gap(start, end)
        return found

    def _slice_of_gap(self, start: int, end: int) -> list[Token]:
        g = bisect.bisect_right(self._gap_starts, start) - 1
        if g < 0 or end > self.gaps[g][1] or (start, end) == self.gaps[g]:
            return tokens_in(self.text, start, end, self.vocab.abbreviations)
        everything = self.tokens(*self.gaps[g])
        starts = self._gap_token_starts.get(g)
        if starts is None:
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
        every gap: from the gap's tokens when a sieve has read them, else
        without making a ``Token`` per word."""
        start, end = self.gaps[gap]
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
        read is tokenized alone, not its whole gap (for names all over the text)."""
        g = bisect.bisect_right(self._gap_starts, start) - 1
        if g >= 0 and end <= self.gaps[g][1] and self.gaps[g] not in self._tokens:
            return tokens_in(self.text, start, end, self.vocab.abbreviations)
        return self.tokens(start, end)


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

_LEAD = frozenset({",", "—", "–", "-", "(", "…"})


def _cue_span(tokens: list[Token], index: int) -> Span:
    """The cue: the verb, plus a following ``reporters``/preposition phrase stays out."""
    return span_unchecked(tokens[index].start, tokens[index].end)


def _after_cues(context: Context, index: int) -> tuple[list[Token], int, list[int]]:
    """Tokens after the quote, where the writer's words begin, and the cues in
    the clause that follows, nearest first (a period inside parentheses, as in
    ``(D-Nev.)``, does not end it)."""
    lo, hi = context.after_region(index)
    tokens = context.tokens(lo, hi)
    start = 0
    while start < len(tokens) and tokens[start].text in _LEAD:
        start += 1
    vocab = context.vocab
    cues = []
    depth = 0
    for c in range(start, min(len(tokens), start + 40)):
        text = tokens[c].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and text in (".", ";", "?", "!", "“", '"', "‘"):
            if text == "." and _inside_domain(tokens, c):
                continue  # "who founded fivethirtyeight.com tweeted"
            break
        elif depth == 0 and vocab.cue_at(tokens, c):
            cues.append(c)
    return tokens, start, cues


def _inside_domain(tokens: list[Token], k: int) -> bool:
    """Whether the period ``tokens[k]`` joins the parts of a web address
    (``fivethirtyeight.com``): a lower-case word touches it on each side."""
    if k == 0 or k + 1 >= len(tokens):
        return False
    before, period, after = tokens[k - 1], tokens[k], tokens[k + 1]
    return (
        before.end == period.start
        and after.start == period.end
        and after.text.isalpha()
        and after.text.islower()
    )


def quote_mention_cue(context: Context, index: int) -> Decision | None:
    """``“...,” Heather Nauert said.`` / ``“...,” she said.``: mention then cue after the quote.

    The mention opens the writer's words after the quote, or a clause of them
    (``“...” and against the Brady law, Clinton said``). A verb inside an
    apposition (``Zeke Emanuel, an oncologist who advised Obama, said``) is
    passed over for the one whose subject fits.
    """
    tokens, start, cues = _after_cues(context, index)
    if cues and _inside_opening_clause(context, index):
        return None
    for c in cues:
        chunk = chunk_left(context.vocab, tokens, c)
        if chunk is None and c == start + 1 and _lone_surname(context, index, tokens[start]):
            chunk = (start, c)  # "“...,” From said.": a surname that is also a common word
        if chunk is None and _described_before_cue(context, index, tokens, start, c):
            chunk = (start, c)  # "“...,” a welcome message on the website reads."
        if (
            chunk is None
            and c == cues[-1]
            and c - start <= 12
            and context.kinds[index] is QuoteKind.DIRECT
            and context.final_mark(index) in (",", "?", "!")
            and _unclosed_apposition(context, tokens, start, c)
        ):
            chunk = (start, c)  # "“...,” Ann Lowe, who founded lowe.com tweeted."
        if chunk is None:
            if c > 0 and tokens[c - 1].lower in ("who", "which", "that"):
                continue  # a verb in a relative clause: the main verb comes later
            return None
        if tokens[chunk[0]].lower in ("who", "which", "that") and chunk[0] == start:
            continue  # "a “chief trade prosecutor” who reports to ...": the quote's referent
        if chunk[0] != start and tokens[chunk[0] - 1].text not in (",", "—", "–", "-"):
            lead = tokens[start : chunk[0]]
            if not (
                _unknown_premodifiers(lead)
                or _role_premodifiers(context.vocab, lead, tokens[chunk[0]])
                or (c == cues[-1] and _unclosed_apposition(context, tokens, start, c))
                # "“...,” a welcome message on the website reads."
                or _described_before_cue(context, index, tokens, start, c)
            ):
                if not _employer_before_role(context, index, tokens, start, chunk):
                    continue
                # "“...,” Fight for $15 organizing director Ann Lowe said": the
                # employer's name stays out of the mention.
            else:
                chunk = (start, chunk[1])  # "super PAC spokeswoman Kellyanne Conway said"
        elif chunk[0] != start and _reported_before(context, index):
            # "Reynolds says Santilli “broke the story” of the standoff, others
            # argue ...": a fragment inside a reported clause belongs to that clause.
            return None
        mention = span_of(tokens, chunk)
        rule = _after_rule(context, index, mention, "quote_mention_cue")
        if (
            rule == "quote_then_next_sentence"
            and not _closing_attribution_of_question(context, index, tokens, c)
            and split_quote(context, index) is not None
        ):
            return None  # “A,” X said. “B.” He added ...: B is the rest of X's quote
        return Decision(rule, mention, _cue_span(tokens, c))
    return None


def _inside_opening_clause(context: Context, index: int) -> bool:
    """``When Trump said he would “protect our citizens,” the crowd cheered``:
    the quote ends an opening subordinate clause whose own subject reports it,
    so the main clause after it does not attribute it."""
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    if len(tokens) < 3 or tokens[0].lower not in _OPENING_SUBORDINATORS:
        return False
    vocab = context.vocab
    if vocab.cue_at(tokens, 1) or tokens[1].text[0] in (",", "("):
        return False  # "When asked about it, “...,” Trump said": no subject of its own
    if any(t.text in (",", ";", ":", "—", "–") for t in tokens[1:-1]):
        return False  # the opening clause closes before the quote
    return any(vocab.cue_at(tokens, k) for k in range(2, len(tokens)))


# Words that open an aside between a speaker and the cue: a relative clause
# or a participle phrase ("who asked not to be named", "wearing a cap").
_ASIDE_OPENERS = frozenset({"who", "whose", "whom", "which"})


def quote_mention_aside_cue(context: Context, index: int) -> Decision | None:
    """``“...,” an official, who was not authorized to speak, told reporters.`` /
    ``“...,” Jim Kale, wearing a cap and “Kale 2016” pins, said.``: after a direct
    quote, a speaker phrase, then an aside set off by commas (a relative clause or
    a participle phrase, which may hold verbs or a quoted term of its own), then
    the cue."""
    if context.kinds[index] is not QuoteKind.DIRECT:
        return None
    quote = context.quotes[index]
    if context.final_mark(index) not in (",", "?", "!"):
        return None
    end = context.outer_end(index)
    sentence = context.segmentation.sentences[context.sentence_index(max(end - 1, 0))]
    paragraph = context.segmentation.paragraphs[quote.paragraph]
    hi = min(sentence.end, paragraph.end, end + 400)
    if hi <= end:
        return None
    tokens = context.tokens(end, hi)
    start = 0
    while start < len(tokens) and tokens[start].text in _LEAD:
        start += 1
    vocab = context.vocab
    chunk = chunk_right(vocab, tokens, start) or _loose_speaker(tokens, start)
    if chunk is None or chunk[1] + 1 >= len(tokens) or tokens[chunk[1]].text != ",":
        return None
    opener = tokens[chunk[1] + 1]
    if not (
        opener.lower in _ASIDE_OPENERS or (opener.lower.endswith("ing") and opener.text.islower())
    ):
        return None
    for k in range(chunk[1] + 2, min(len(tokens), chunk[1] + 30)):
        text = tokens[k].text
        if text in (".", ";", "?", "!", "(", "—", "–"):
            return None
        if text != ",":
            continue
        c = k + 1
        while c < len(tokens) and _is_adverb_token(tokens[c]):
            c += 1
        if c < len(tokens) and vocab.cue_at(tokens, c):
            return Decision("quote_mention_aside_cue", span_of(tokens, chunk), _cue_span(tokens, c))
        return None
    return None


def _is_adverb_token(token: Token) -> bool:
    """A lower-case ``-ly`` word between an aside and its cue (``, quickly said``)."""
    return token.text.islower() and token.text.isalpha() and token.lower.endswith("ly")


def _closing_attribution_of_question(
    context: Context, index: int, tokens: list[Token], c: int
) -> bool:
    """``“Grizzly Adams?” Maddow repeated.``: after a quote that ends with its own
    question or exclamation mark, a bare ``X said.`` that ends its sentence at the
    cue attributes this quote, not a new one."""
    if context.final_mark(index) not in ("?", "!"):
        return False
    rest = tokens[c + 1 : c + 2]
    return not rest or rest[0].text in (".", "!", "?") or rest[0].text in _QUOTE_MARKS


def _reported_before(context: Context, index: int) -> bool:
    """Whether a fragment quote (not a direct one) follows a reporting verb in its sentence."""
    if context.kinds[index] is QuoteKind.DIRECT:
        return False
    vocab = context.vocab
    tokens = context.tokens(*context.before_region(index))
    return any(vocab.cue_at(tokens, k) for k in range(len(tokens)))


def _unclosed_apposition(context: Context, tokens: list[Token], start: int, c: int) -> bool:
    """``“...,” Katie Packer, who chairs the PAC said``: a name opens the writer's
    words and an apposition after it runs to the cue (the clause's last) with its
    closing comma missing."""
    vocab = context.vocab
    chunk = chunk_right(vocab, tokens, start)
    if chunk is None or chunk[1] >= c - 1 or tokens[chunk[1]].text != ",":
        return False
    if any(t.text in (",", "(", ")") for t in tokens[chunk[1] + 1 : c]):
        return False
    words = tokens[chunk[0] : chunk[1]]
    phrase = context.text[words[0].start : words[-1].end]
    return vocab.kind_of(phrase, words) is MentionKind.NAME


def _described_before_cue(
    context: Context, index: int, tokens: list[Token], start: int, c: int
) -> bool:
    """``“...,” a voice-over in the ad states.``, ``the two write``: right after a
    direct quote, a determiner and a few plain words (a noun phrase, perhaps
    with a prepositional phrase) up to the cue."""
    if context.kinds[index] is not QuoteKind.DIRECT or not 1 < c - start <= 8:
        return False
    if tokens[start].lower not in ("a", "an", "the"):
        return False
    words = tokens[start + 1 : c]
    last = words[-1]
    return (
        last.text.isalpha()
        and last.text[0].islower()
        and not last.lower.endswith("ly")
        and last.lower not in _NOT_VERBS
        and all(
            t.text.replace("-", "").isalnum()
            and t.lower not in _SUBORDINATORS
            and t.lower not in PRONOUNS
            # A verb form used as a modifier is fine ("a welcome message").
            and not context.vocab.cue_at(tokens, k)
            for k, t in enumerate(words, start + 1)
        )
    )


def _employer_before_role(
    context: Context, index: int, tokens: list[Token], start: int, chunk: tuple[int, int]
) -> bool:
    """``“...,” CBS This Morning co-anchor Ann Lowe said``, ``Fight for $15
    organizing director Ann Lowe told``: right after a direct quote, up to six
    words that name the speaker's employer (capitalized, with ``for``, ``of``,
    ``$15``), perhaps a lower-case role, then a speaker phrase that ends in a name.
    Not a preposition opening the words after the quote (``In Iowa Trump said``)."""
    if context.kinds[index] is not QuoteKind.DIRECT or context.final_mark(index) not in (
        ",",
        "?",
        "!",
    ):
        return False
    lead = tokens[start : chunk[0]]
    if not 0 < len(lead) <= 6 or not lead[0].text[0].isupper() or lead[0].lower in _NOT_VERBS:
        return False
    last = tokens[chunk[1] - 1]
    if not (last.text[0].isupper() and last.text.isalpha()):
        return False
    vocab = context.vocab
    for token in lead:
        word = token.lower
        if token.text[0].isupper() or token.text.isdigit() or word in ("$", "&", "-"):
            continue
        if word in ("for", "of", "the", "and") and token is not lead[-1]:
            continue
        if (
            not token.text.replace("-", "").isalpha()
            or word in _NOT_VERBS
            or word in _SENTENCE_LINKS
            or word in _SUBORDINATORS
            or word in PRONOUNS
            or word in vocab.reporting_verbs
            or word.endswith("ly")
        ):
            return False
    return True


def _lone_surname(context: Context, index: int, word: Token) -> bool:
    """A capitalized word alone between a direct quote that ends with a comma (or
    ``?``, ``!``) and its cue: a name, even if it is also a common word."""
    return (
        context.kinds[index] is QuoteKind.DIRECT
        and context.final_mark(index) in (",", "?", "!")
        and word.text.isalpha()
        and word.text[0].isupper()
        and word.lower not in PRONOUNS
    )


def quote_cue_mention(context: Context, index: int) -> Decision | None:
    """``“...,” said Maria Zakharova, the ministry’s spokeswoman.``: cue then mention."""
    tokens, start, cues = _after_cues(context, index)
    if not cues:
        return None
    c = cues[0]
    if c != start and tokens[c - 1].text not in (",", "—", "–"):
        return None
    if tokens[c].lower.endswith("ing"):
        return None  # "“...,” telling reporters ...": a participle's object is no speaker
    chunk = chunk_right(context.vocab, tokens, c + 1) or _described_speaker(tokens, c + 1)
    if chunk is None and c + 2 < len(tokens) and _unknown_premodifiers(tokens[c + 1 : c + 2]):
        # "said retired neurosurgeon Ben Carson"
        inner = chunk_right(context.vocab, tokens, c + 2)
        if inner is not None and tokens[inner[1] - 1].text[0].isupper():
            chunk = (c + 1, inner[1])
    if (
        chunk is None
        and c == start
        and context.kinds[index] is QuoteKind.DIRECT
        and not tokens[c].lower.endswith("ing")
    ):
        chunk = _loose_speaker(tokens, c + 1)
    if chunk is None:
        return None
    mention = span_of(tokens, chunk)
    rule = _after_rule(context, index, mention, "quote_cue_mention")
    if rule == "quote_then_next_sentence" and split_quote(context, index) is not None:
        return None  # “A,” said X. “B.” Added Y ...: B is the rest of X's quote
    return Decision(rule, mention, _cue_span(tokens, c))


_DASHES = frozenset({"-", "—", "–"})


def quote_dash_mention(context: Context, index: int) -> Decision | None:
    """``“... to the top 1 percent.” - Bernie Sanders.``: a name after a dash, right
    after a quote that is a sentence of speech, signs it (fact checks, quote
    roundups, epigraphs)."""
    if context.kinds[index] is not QuoteKind.DIRECT:
        return None
    quote = context.quotes[index]
    mark = context.final_mark(index)
    if not mark or mark not in ".?!…)]":
        return None
    lo, hi = context.after_region(index)
    text = context.text
    paragraphs = context.segmentation.paragraphs
    following = quote.paragraph + 1
    after = text[lo:hi].lstrip()
    if after:
        if after[0] not in "-—–":
            return None
        tokens = context.tokens(lo, hi)
    elif following < len(paragraphs) and hi >= paragraphs[quote.paragraph].end:
        # The signature on a line of its own: "“...”\n\n- Sanders."
        line = paragraphs[following]
        if text[line.start : line.start + 1] not in ("-", "—", "–"):
            return None
        if index + 1 < len(context.quotes) and context.quotes[index + 1].open_mark.start < line.end:
            return None
        tokens = context.tokens(line.start, min(line.end, line.start + 200))
    else:
        return None
    start = 0
    while start < len(tokens) and tokens[start].text in _DASHES:
        start += 1
    if start == 0 or start > 2:
        return None
    chunk = chunk_right(context.vocab, tokens, start)
    if chunk is None or (chunk[1] < len(tokens) and tokens[chunk[1]].text not in (".", ",")):
        return None
    words = tokens[chunk[0] : chunk[1]]
    phrase = context.text[words[0].start : words[-1].end]
    if context.vocab.kind_of(phrase, words) is not MentionKind.NAME:
        return None
    return Decision("quote_dash_mention", span_of(tokens, chunk))


_LOOSE_OPENERS = frozenset(
    {"a", "an", "the", "one", "another", "his", "her", "their", "its", "our", "my"}
)
# Words after which a described speaker's head noun has ended.
_HEAD_ENDERS = frozenset({"who", "whom", "whose", "which", "that", "known", "familiar"})


def _loose_speaker(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """``said his best friend at Lehigh``, ``said one of two witnesses who ...``,
    ``reads a Wednesday editorial in ...``: right after a cue that follows the
    quote, a determiner or possessive and up to five words, up to a preposition,
    a relative word or the clause end."""
    n = len(tokens)
    if start >= n or tokens[start].lower not in _LOOSE_OPENERS:
        return None
    end = start + 1
    if tokens[start].lower == "one" and end < n and tokens[end].lower == "of":
        end += 1  # "one of two witnesses"
    while end < n and end - start < 6:
        token = tokens[end]
        word = token.lower
        if word in _HEAD_ENDERS or word in _NOT_VERBS or word in _SUBORDINATORS:
            break
        if not token.text.replace("-", "").replace("’s", "").replace("'s", "").isalnum():
            break
        end += 1
    if end == n or tokens[end].text in (",", ".", ";", "?", "!"):
        pass
    elif not (tokens[end].lower in _HEAD_ENDERS or tokens[end].lower in _PREPOSITIONS_AFTER):
        return None
    last = tokens[end - 1]
    if end - start < 2 or not last.text.isalpha() or last.lower.endswith("ly"):
        return None
    if last.lower in ("of", "one", "two", "the", "a", "an"):
        return None
    return (start, end)


# Prepositions that can follow a described speaker ("a researcher at ...").
_PREPOSITIONS_AFTER = frozenset({"at", "in", "of", "for", "from", "with", "on"})


def _unknown_premodifiers(lead: list[Token]) -> bool:
    """One or two lower-case adjectives the word lists do not know ("super",
    "nuclear", "retired") before a speaker phrase."""
    return 0 < len(lead) <= 2 and all(
        t.text.replace("-", "").isalpha()  # "warm-and-fuzzy Trump said"
        and t.text[0].islower()
        and t.lower not in _NOT_VERBS
        and t.lower not in _SENTENCE_LINKS
        and t.lower not in _SUBORDINATORS
        and not t.lower.endswith(("ly", "ing"))
        for t in lead
    )


def _role_premodifiers(vocab: Vocabulary, lead: list[Token], first: Token) -> bool:
    """Up to four words that qualify a lower-case role ("DoubleLine Capital
    portfolio manager Bonnie Baha", "Justice Department senior trial counsel"):
    capitalized names of the employer or unknown lower-case nouns, no function
    words, no reporting verbs."""
    if not (first.text[0].islower() and first.lower in vocab.role_words):
        return False
    if len(lead) > 1 and lead[0].lower in ("the", "a", "an") and lead[1].text[0].isupper():
        lead = lead[1:]  # "the Post's senior politics editor Steven Ginsberg"
    return 0 < len(lead) <= 4 and all(
        t.text.replace("-", "").replace("’s", "").replace("'s", "").isalpha()
        and t.lower not in _NOT_VERBS
        and t.lower not in _SENTENCE_LINKS
        and t.lower not in _SUBORDINATORS
        and t.lower not in PRONOUNS
        and (t.text[0].isupper() or t.lower not in vocab.reporting_verbs)
        and not t.lower.endswith("ly")
        for t in lead
    )


# Words that open a subordinate clause, never a speaker phrase.
_SUBORDINATORS = frozenset(
    {
        "until",
        "while",
        "if",
        "although",
        "though",
        "when",
        "whenever",
        "because",
        "since",
        "unless",
        "whereas",
        "where",
        "after",
        "before",
        "once",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "did",
        "does",
        "do",
        "not",
        "who",
        "which",
        "whom",
    }
)


def _described_speaker(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """``said the 46-year-old.`` / ``says a narrator.``: a determiner and up to three
    words that end the clause, when the word lists do not know the noun."""
    if start >= len(tokens) or tokens[start].lower not in ("a", "an", "the", "one", "another"):
        return None
    if tokens[start].lower in ("one", "another") and (
        start + 1 == len(tokens) or tokens[start + 1].text in (",", ".", ";")
    ):
        return (start, start + 1)  # “Anybody but Trump,” read another.
    end = start + 1
    while (
        end < len(tokens)
        and end - start <= 4
        and (tokens[end].text.replace("-", "").isalnum() or tokens[end].text == "-")
    ):
        end += 1
    clause_ends = end == len(tokens) or tokens[end].text in (",", ".", ";", "?", "!")
    last = tokens[end - 1]
    if clause_ends and end > start + 1 and last.text[0].islower() and last.text[-1].isalpha():
        return (start, end)
    return None


def _after_rule(context: Context, index: int, mention: Span, rule: str) -> str:
    """``quote_then_next_sentence`` when the attribution opens the next sentence
    (``“The city is at its breaking point.” He added, ...``), else ``rule``."""
    closing = context.sentence_index(max(context.outer_end(index) - 1, 0))
    return "quote_then_next_sentence" if context.sentence_index(mention.start) > closing else rule


# Any casing of "according" (a token whose lowercase is "according" matches).
_ACCORDING = re.compile("according", re.IGNORECASE)


def according_to(context: Context, index: int) -> Decision | None:
    """``according to X`` in the quote's sentence, before or after it."""
    for lo, hi in (context.after_region(index), context.before_region(index)):
        if _ACCORDING.search(context.text, lo, hi) is None:
            continue  # most regions: no need to walk their tokens
        tokens = context.tokens(lo, hi)
        for k in range(len(tokens) - 2):
            if tokens[k].lower == "according" and tokens[k + 1].lower == "to":
                chunk = (
                    chunk_right(context.vocab, tokens, k + 2)
                    or _source_by(context.vocab, tokens, k + 2)
                    or _described_source(tokens, k + 2)
                )
                if chunk is not None:
                    cue = Span(tokens[k].start, tokens[k + 1].end)
                    return Decision("according_to", span_of(tokens, chunk), cue)
    return None


def _source_by(vocab: Vocabulary, tokens: list[Token], start: int) -> tuple[int, int] | None:
    """``according to calculations by Amy Glasmeier``, ``according to a study
    from the Pew Research Center``: a short plain noun phrase, then ``by`` or
    ``from`` and the source."""
    k = start
    if k < len(tokens) and tokens[k].lower in ("a", "an", "the", "new"):
        k += 1
    first = k
    while k < len(tokens) and k - first < 3 and _plain_word(tokens[k]):
        k += 1
    if k == first or k + 1 >= len(tokens) or tokens[k].lower not in ("by", "from"):
        return None
    chunk = chunk_right(vocab, tokens, k + 1)
    if chunk is None or _not_a_speaker(vocab, tokens[chunk[0] : chunk[1]]):
        return None
    return chunk


def _described_source(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """``according to the newspaper,``, ``according to the recently released
    campaign playbook,``: a determiner and up to six plain words, ending in a
    lower-case noun, up to a comma."""
    if start >= len(tokens) or tokens[start].lower not in ("the", "a", "an"):
        return None
    for end in range(start + 2, min(len(tokens), start + 8)):
        if tokens[end].text in (",", "."):
            last = tokens[end - 1]
            if last.text.isalpha() and last.text.islower() and not last.lower.endswith("ly"):
                return (start, end)
            return None
        word = tokens[end - 1]
        if not word.text.replace("-", "").isalnum() or word.lower in _SUBORDINATORS:
            return None
    return None


def mention_cue_quote(context: Context, index: int) -> Decision | None:
    """``Zakharova said: “...”`` / ``the State Department insisted that ... “maintained”``.

    The nearest reporting verb before the quote in its sentence that has a
    speaker phrase, climbing out of reported clauses (``Carter said he would
    welcome ...``: Carter, not he). A colon
    or comma right before the quote makes it ``mention_cue_colon_quote``; a
    partial quote is ``indirect_speech_partial``.
    """
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    vocab = context.vocab
    direct = context.kinds[index] is QuoteKind.DIRECT
    order = range(len(tokens) - 1, -1, -1)
    if len(tokens) > 2 and tokens[0].lower in vocab.reporting_verbs and tokens[0].text[0].isupper():
        # "Said Dorothy Poynter, who grew up with Ali, “...”": an inverted cue.
        chunk = chunk_right(vocab, tokens, 1)
        if chunk is not None:
            return Decision("mention_cue_quote", span_of(tokens, chunk), _cue_span(tokens, 0))
    c = len(tokens) - 2 if len(tokens) > 1 and tokens[-1].text in (":", ",") else len(tokens) - 1
    bearer = (
        _inscription_bearer(tokens, c)
        if c > 1 and context.kinds[index] is not QuoteKind.TERM
        else None
    )
    if bearer is not None:
        rule = "mention_cue_colon_quote" if c < len(tokens) - 1 else "mention_cue_quote"
        rule = rule if direct else "indirect_speech_partial"
        return Decision(rule, span_of(tokens, bearer), _cue_span(tokens, c))
    nearest: int | None = None
    for c in order:
        if not vocab.cue_at(tokens, c):
            continue
        if c > 0 and tokens[c].lower == "quote" and tokens[c - 1].lower == "i":
            continue  # "Trump said, and I quote, “...”": the writer's aside
        if nearest is None:
            nearest = c
        if _inverted_cue_speaker(vocab, tokens, c) is not None:
            # "Because of ..., explained Rosenberg, “...”": the speaker follows the
            # cue; mention_colon_quote reads it.
            return None
        passive = _passive_cue(tokens, c)
        if passive is not None:
            # "Cruz was asked by the host, “...”": the asker speaks, not the subject.
            agent = chunk_right(vocab, tokens, passive) if passive < len(tokens) else None
            if agent is None or passive == c + 1:
                return None
            return Decision("mention_cue_quote", span_of(tokens, agent), _cue_span(tokens, c))
        chunk = _subject_of_cue(vocab, tokens, c)
        if chunk is None:
            continue
        if direct:
            chunk = _relative_antecedent(vocab, tokens, chunk, nearest)
            chunk = _subordinate_pronoun_subject(tokens, chunk, c)
        if (
            tokens[c].lower in _NAMING_PARTICIPLES
            and chunk[0] > 0
            and tokens[chunk[0]].lower in ("a", "an")
        ):
            # "broadcast a short film called “...”": a naming participle after
            # an object; the clause's subject is the source.
            chunk = _clause_subject(vocab, tokens, chunk[0])
            if chunk is None:
                continue
        # "Carter said he would welcome ...": a cue whose subject directly follows
        # an earlier cue is inside that cue's reported clause; the outer one speaks.
        outer = c
        while True:
            k = chunk[0] - 1
            if (
                k >= 1
                and tokens[k].lower in _OPENING_SUBORDINATORS
                and tokens[k - 1].lower == "that"
            ):
                k -= 2  # "Clinton said that when Warren railed against ...": still reported
            elif k >= 0 and tokens[k].lower in _COMPLEMENTIZERS:
                k -= 1
            if k < 0 or not vocab.cue_at(tokens, k):
                break
            outer_chunk = _subject_of_cue(vocab, tokens, k)
            if outer_chunk is None:
                break
            chunk, outer = outer_chunk, k
        c = outer
        # "Sanders said last week that he plans ...", "Cruz said he’s certain
        # Rubio will ...": an earlier reporting verb of the sentence, whose
        # reported clause holds this one, gives the source.
        opener = chunk[0] - 1 if tokens[chunk[0]].lower != "that" else chunk[0]
        reported = opener >= 0 and tokens[opener].lower == "that"
        for k in range(opener - 1, max(-1, opener - 8), -1) if reported else ():
            if tokens[k].text in (";", ":", ",") or tokens[k].text in _QUOTE_MARKS:
                break
            if not vocab.cue_at(tokens, k):
                continue
            earlier = _subject_of_cue(vocab, tokens, k)
            if (
                earlier is not None
                and earlier[1] <= k
                and not _not_a_speaker(vocab, tokens[earlier[0] : earlier[1]])
            ):
                chunk, c = earlier, k
                break
        if not direct:
            outer_subject = _reporting_clause_subject(vocab, tokens, chunk)
            if outer_subject is not None:
                chunk, c = outer_subject
        if (
            chunk[1] - chunk[0] == 1
            and tokens[chunk[0]].lower in ("he", "she", "they")
            and chunk[0] > 0
            and tokens[chunk[0] - 1].lower == "what"
        ):
            # "Cruz has railed against what he calls the “Washington cartel”": the
            # pronoun repeats the subject of the clause the relative clause is in.
            subject = _clause_subject(vocab, tokens, chunk[0] - 1)
            if subject is not None and tokens[subject[0]].lower not in PRONOUNS:
                chunk = subject
        last = tokens[-1].text if tokens else ""
        if not direct:
            rule = "indirect_speech_partial"
        elif last in (":", ","):
            rule = "mention_cue_colon_quote"
        else:
            rule = "mention_cue_quote"
        return Decision(rule, span_of(tokens, chunk), _cue_span(tokens, c))
    return _participle_after_quote(context, index, tokens)


def _participle_after_quote(context: Context, index: int, tokens: list[Token]) -> Decision | None:
    """``Trump defended “New York values,” saying the city embodied the “...”``:
    the writer's words before the quote open with a participle cue right after
    an earlier quote of the sentence; the subject of the sentence's words
    before that earlier quote is the source (unless the earlier quote went to
    someone else: ``same_sentence_quote`` then decides)."""
    k = 0
    while k < len(tokens) and tokens[k].text in (",", "—", "–"):
        k += 1
    if index == 0 or k >= len(tokens) or not tokens[k].lower.endswith("ing"):
        return None
    if context.text[context.outer_end(index - 1) : tokens[k].start].strip(" ,—–"):
        return None
    if not context.vocab.cue_at(tokens, k):
        return None
    earlier = context.quotes[index - 1]
    sentence = context.segmentation.sentences[context.sentence_index(earlier.open_mark.start)]
    if context.sentence_index(context.quotes[index].open_mark.start) != context.sentence_index(
        earlier.open_mark.start
    ):
        return None
    head = context.tokens(sentence.start, earlier.open_mark.start)
    chunk = _clause_subject(context.vocab, head, len(head)) if head else None
    if chunk is None or _not_a_speaker(context.vocab, head[chunk[0] : chunk[1]]):
        return None
    mention = span_of(head, chunk)
    earlier_decision = context.decisions[index - 1]
    if earlier_decision is not None and earlier_decision.mention != mention:
        return None  # same_sentence_quote shares the earlier quote's speaker
    rule = (
        "mention_cue_quote"
        if context.kinds[index] is QuoteKind.DIRECT
        else "indirect_speech_partial"
    )
    return Decision(rule, mention, _cue_span(tokens, k))


# Things that bear written words (``a sign reading “...”``).
_INSCRIBED = frozenset(
    {"sign", "signs", "placard", "placards", "banner", "banners", "poster", "posters"}
    | {"hat", "hats", "cap", "caps", "shirt", "shirts", "t-shirt", "t-shirts", "button", "buttons"}
    | {"headline", "headlines", "billboard", "billboards", "sticker", "stickers", "mug", "mugs"}
)
_INSCRIPTION_CUES = frozenset({"reading", "read", "reads", "saying", "said", "says"})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your"})


def _inscription_bearer(tokens: list[Token], c: int) -> tuple[int, int] | None:
    """``Lee held up a sign saying “...”``, ``wore a campaign hat reading, “...”``,
    ``under a headline that said, “...”``: the thing that bears the words (a
    determiner, a few modifiers and the noun) is the source, not the subject
    of the sentence."""
    if tokens[c].lower not in _INSCRIPTION_CUES:
        return None
    end = c - 1 if c >= 1 and tokens[c - 1].lower == "that" else c
    if end < 2 or tokens[end - 1].lower not in _INSCRIBED:
        return None
    for start in range(end - 2, max(-1, end - 7), -1):
        word = tokens[start]
        if word.lower in _DETERMINERS or word.lower.endswith(("’s", "'s")):
            return (start, end)
        if not word.text[0].isalnum() or word.lower in _CLOSED_CLASS:
            return None
    return None


_REPORTED_CLAUSE_STOPS = frozenset(
    {
        ";",
        ":",
        "(",
        ",",
        "—",
        "–",
        "-",
        "what",
        "who",
        "which",
        "whom",
        "and",
        "but",
        "when",
        "while",
    }
    | {"although", "though", "because", "after", "before", "if", "since", "as", "until", "whether"}
)


def _reporting_clause_subject(
    vocab: Vocabulary, tokens: list[Token], chunk: tuple[int, int]
) -> tuple[tuple[int, int], int] | None:
    """``Rubio said that over the last five days he has begun “...”``, ``Graham
    assures his audience he will tell the “...”``: a lone personal pronoun whose
    clause sits inside the reported clause of an earlier reporting verb of the
    sentence with a named or described subject; that subject and its cue."""
    if chunk[1] - chunk[0] != 1 or tokens[chunk[0]].lower not in ("he", "she", "they"):
        return None
    for k in range(chunk[0] - 1, max(-1, chunk[0] - 16), -1):
        if tokens[k].text in _REPORTED_CLAUSE_STOPS or tokens[k].text in _QUOTE_MARKS:
            return None
        if tokens[k].lower in _REPORTED_CLAUSE_STOPS:
            return None  # "when he claimed", "although he tweeted": a clause of its own
        if not vocab.cue_at(tokens, k):
            continue
        earlier = _subject_of_cue(vocab, tokens, k)
        if (
            earlier is None
            or earlier[1] > k
            or tokens[earlier[0]].lower in PRONOUNS
            or _not_a_speaker(vocab, tokens[earlier[0] : earlier[1]])
        ):
            return None
        return earlier, k
    return None


def parenthetical_cue_quote(context: Context, index: int) -> Decision | None:
    """``The paradox of the era, says Carl Anthony, a historian, is that she was
    “...”``: a cue and its speaker set off by commas inside the writer's words
    before a partial quote attribute the sentence to that speaker."""
    if context.kinds[index] is not QuoteKind.PARTIAL:
        return None
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    vocab = context.vocab
    for k in range(1, len(tokens) - 2):
        if tokens[k - 1].text != "," or tokens[k].lower not in ("says", "said"):
            continue
        chunk = chunk_right(vocab, tokens, k + 1)
        if chunk is None or chunk[1] >= len(tokens) or tokens[chunk[1]].text != ",":
            continue
        if _not_a_speaker(vocab, tokens[chunk[0] : chunk[1]]):
            continue
        return Decision("parenthetical_cue_quote", span_of(tokens, chunk), _cue_span(tokens, k))
    return None


def _subordinate_pronoun_subject(
    tokens: list[Token], chunk: tuple[int, int], c: int
) -> tuple[int, int]:
    """``Christie ... even as he defended the campaign, saying, “...”``, ``Wilkerson
    started the rant when he brought up ... and later said``: a participle or a
    coordinated cue after a subordinate clause with a pronoun subject goes with
    that clause; the pronoun is the nearer mention of the same speaker."""
    if c == 0 or not (
        tokens[c].lower.endswith("ing") or tokens[c - 1].lower in ("and", "then", "later")
    ):
        return chunk
    for k in range(c - 2, chunk[1], -1):
        if tokens[k].lower in (";", ":") or tokens[k].text in _QUOTE_MARKS:
            break
        if (
            tokens[k].lower in ("as", "when", "while")
            and tokens[k + 1].lower in ("he", "she", "they")
            and tokens[k + 2].text[0].islower()
            and tokens[k + 2].lower.endswith("ed")
        ):
            return (k + 1, k + 2)
    return chunk


# Reporting verbs that take the one spoken to as an object ("told reporters").
_OBJECT_CUES = frozenset(
    {
        "told",
        "tells",
        "tell",
        "asked",
        "asks",
        "ask",
        "warned",
        "reminded",
        "urged",
        "assured",
        "informed",
        "promised",
        "wrote",
        "emailed",
        "texted",
        "messaged",
    }
)


def _inverted_cue_speaker(vocab: Vocabulary, tokens: list[Token], c: int) -> tuple[int, int] | None:
    """``..., explained Rosenberg, “...”``: a cue set off by commas mid-sentence,
    followed by a speaker phrase that runs up to the comma before the quote."""
    if c == 0 or tokens[c - 1].text != "," or len(tokens) < c + 3 or tokens[-1].text != ",":
        return None
    word = tokens[c].lower
    if word.endswith("ing") or word in _OBJECT_CUES:
        return None  # "..., telling reporters, “...”": an object follows
    chunk = chunk_right(vocab, tokens, c + 1)
    if chunk is None or chunk[1] != len(tokens) - 1 or tokens[c + 1].lower in PRONOUNS:
        return None
    return chunk


# Reporting verbs whose passive subject is the one spoken to ("was asked").
_PASSIVE_CUES = frozenset({"asked", "told", "warned", "reminded", "urged"})
_RELATIVE_AUXILIARIES = frozenset(
    {"has", "have", "had", "is", "was", "are", "were", "will", "would", "also", "once", "later"}
)
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "being", "be"})


def _passive_cue(tokens: list[Token], c: int) -> int | None:
    """For a passive ``was asked`` (``Trump was asked, “...”``, ``was asked by
    host Bill Maher``), the index after the cue where an agent phrase starts:
    one past ``by`` when there is one, else ``c + 1``; None for an active cue."""
    if tokens[c].lower not in _PASSIVE_CUES:
        return None
    k = c - 1
    while k >= 0 and tokens[k].lower.endswith("ly") and tokens[k].text[0].islower():
        k -= 1  # "was repeatedly asked"
    if k < 0 or tokens[k].lower not in _PASSIVE_AUXILIARIES:
        return None
    if c + 1 < len(tokens) and tokens[c + 1].lower == "by":
        return c + 2
    return c + 1


def _relative_antecedent(
    vocab: Vocabulary, tokens: list[Token], chunk: tuple[int, int], nearest: int | None
) -> tuple[int, int]:
    """``Mr. Olden, who said last week ..., issued a statement saying``, ``a city
    official who spoke anonymously ... said``: a lone ``who`` whose own verb is
    not the reporting verb nearest the quote is the subject of a relative clause
    only; the phrase it refers to is the subject of the main clause and speaks."""
    if chunk[1] - chunk[0] != 1 or tokens[chunk[0]].lower != "who" or chunk[0] == 0:
        return chunk
    verb = chunk[1]
    while verb < len(tokens) and (
        tokens[verb].lower.endswith("ly") or tokens[verb].lower in _RELATIVE_AUXILIARIES
    ):
        verb += 1  # "who also said", "who has publicly vowed"
    if nearest is None or verb >= nearest or tokens[nearest - 1].lower in _SUBORDINATORS:
        return chunk  # "who told Congress when asked ...": still the relative clause
    antecedent = chunk_left(vocab, tokens, chunk[0])
    if antecedent is None or tokens[antecedent[0]].lower in PRONOUNS:
        return chunk
    return antecedent


def same_sentence_quote(context: Context, index: int) -> Decision | None:
    """``called him a “petulant child” who is acting “as if he is a king”``: a quote
    with no cue of its own after an attributed quote in the same sentence."""
    if index == 0 or context.decisions[index - 1] is None:
        return None
    previous = context.quotes[index - 1]
    if previous.paragraph != context.quotes[index].paragraph:
        return None
    here = context.sentence_index(context.quotes[index].open_mark.start)
    if context.sentence_index(context.outer_end(index - 1) - 1) != here:
        return None
    cue = context.decisions[index - 1].cue  # type: ignore[union-attr]
    if context.decisions[index - 1].rule == "quote_mention_aside_cue" and (  # type: ignore[union-attr]
        cue is not None and context.quotes[index].open_mark.start < cue.start
    ):
        return None  # a term inside the aside before the cue (“Kale 2016” pins)
    return Decision("same_sentence_quote", antecedent=index - 1)


def next_quote_attribution(context: Context, index: int) -> Decision | None:
    """``The program was a “good thing” that yielded “frankly good information,”
    he said.``: a partial quote with no cue of its own shares the speaker of the
    next quote of its sentence when that one is attributed right after it, and
    the writer's words between them hold no reporting verb. A short quote the
    kinds stage took for a term is read the same way."""
    if context.kinds[index] is QuoteKind.DIRECT or index + 1 >= len(context.quotes):
        return None
    quote, following = context.quotes[index], context.quotes[index + 1]
    if quote.paragraph != following.paragraph:
        return None
    if context.sentence_index(following.open_mark.start) != context.sentence_index(
        quote.open_mark.start
    ):
        return None
    between = context.tokens(context.outer_end(index), following.open_mark.start)
    if any(context.vocab.cue_at(between, k) for k in range(len(between))):
        return None
    decision = quote_mention_cue(context, index + 1) or quote_cue_mention(context, index + 1)
    if decision is None:
        return None
    return Decision("next_quote_attribution", decision.mention, decision.cue)


def _subject_of_cue(vocab: Vocabulary, tokens: list[Token], c: int) -> tuple[int, int] | None:
    """The speaker phrase of the cue ``tokens[c]`` inside a before-quote region."""
    previous = tokens[c - 1].lower if c > 0 else ""
    participle = tokens[c].lower.endswith("ing") and previous not in ("is", "was", "were", "are")
    if participle:
        # "with Donald Trump tweeting ... and asking": the subject after "with".
        for k in range(c - 1, max(-1, c - 30), -1):
            if tokens[k].lower == "with" and k + 1 < c:
                chunk = chunk_right(vocab, tokens, k + 1)
                if chunk is not None and all(
                    t.lower.endswith("ly") or vocab.cue_at(tokens, chunk[1])
                    for t in tokens[chunk[1] : c]
                ):
                    return chunk
                if chunk is None and _described_phrase(tokens[k + 1 : c]):
                    return (k + 1, c)  # "with one of her ads asking", "with a voice-over saying"
                break
        if c >= 2 and tokens[0].lower in ("and", "but"):
            # "Ryan saying he was “...” and Trump calling it a “...”": after an
            # earlier quote, a coordinated subject and its participle.
            chunk = chunk_left(vocab, tokens, c)
            if chunk is not None and chunk[0] == 1:
                return chunk
    if previous == "," and not participle:
        # "Jan Brewer, an early supporter of Trump, calls ...": the name before
        # the apposition, when the phrase opens the clause.
        chunk = chunk_left(vocab, tokens, c)
        if (
            chunk is not None
            and chunk[1] == c - 1
            and (chunk[0] == 0 or tokens[chunk[0] - 1].lower in _CLAUSE_STARTERS)
        ):
            return chunk
    if previous == "to" and c > 2:
        # "That record prompted Ann Lowe to state, “...”": the object of a
        # verb that moves someone to speak.
        end = c - 1
        if tokens[end - 1].text == ",":
            # "prompted Ann Lowe, who studies elections, to state": an aside.
            end = next(
                (k for k in range(end - 2, max(0, end - 25), -1) if tokens[k].text == ","), 0
            )
        chunk = chunk_left(vocab, tokens, end) if end > 1 else None
        if chunk is not None and chunk[1] == end:
            # The verb may end up inside the phrase ("The defeat led Sen. Lowe").
            verb = next(
                (k for k in range(end - 2, chunk[0] - 2, -1) if tokens[k].lower in _CAUSATIVES),
                None,
            )
            if verb is not None and verb >= 0 and verb + 1 >= chunk[0]:
                return (verb + 1, end)
    if participle or previous in ("to", "and", "but", "then", "by", ","):
        # "..., saying", "used the question to demand", "and said": the clause subject.
        chunk = _earlier_cue_subject(vocab, tokens, c) or _clause_subject(vocab, tokens, c)
        if chunk is not None:
            return chunk
        if participle:
            return _opening_plain_subject(tokens, c)
        if previous == "to":
            return None
    return (
        chunk_left(vocab, tokens, c)
        or _plain_subject(tokens, c)
        or _quantity_subject(tokens, c)
        or _document_subject(tokens, c)
    )


# Nouns for a written message whose author speaks through it.
_DOCUMENT_NOUNS = frozenset(
    {"email", "letter", "statement", "memo", "release", "post", "tweet", "message", "note"}
)
# Participles that name a document's author with "by" ("sent out by Lowe").
_AUTHOR_PARTICIPLES = frozenset(
    {"sent", "written", "released", "issued", "signed", "posted", "published"}
)


def _document_subject(tokens: list[Token], c: int) -> tuple[int, int] | None:
    """``Lowe’s fundraising email to supporters notes``, ``an email sent out by
    Lowe on Tuesday warned``: a document noun, with its author as a possessor
    or after ``by``, opening the clause of the cue ``c``: the possessor, or
    the whole phrase."""
    start = c
    while start > 0 and c - start < 14 and tokens[start - 1].text not in (",", ";", ":", "(", ")"):
        start -= 1
    if c - start < 2:
        return None
    noun = next(
        (k for k in range(start + 1, c) if tokens[k].lower.rstrip("s") in _DOCUMENT_NOUNS), None
    )
    if noun is None:
        return None
    head = tokens[start:noun]
    mark = next(
        (
            start + j + 1
            for j, t in enumerate(head)
            if t.text in ("’", "'", "’s", "'s") or t.lower.endswith(("’s", "'s"))
        ),
        None,
    )
    possessor = head[0].text[0].isupper() and mark is not None
    if not (possessor or head[0].lower in ("a", "an", "the")):
        return None
    if not all(t.text[0].isalnum() or t.text in ("’", "'") for t in head):
        return None
    rest = tokens[noun + 1 : c]
    k = 0
    if rest and rest[0].lower in _AUTHOR_PARTICIPLES:
        k = 1 + (len(rest) > 1 and rest[1].lower == "out")
        if k >= len(rest) or rest[k].lower != "by" or k + 1 >= len(rest):
            return None
        k += 1
        if not rest[k].text[0].isupper():
            return None
        while k < len(rest) and rest[k].text[0].isupper():
            k += 1
        possessor = True
    if not possessor:
        return None
    adjunct = rest[k:]
    if adjunct and not (
        len(adjunct) <= 4
        and adjunct[0].lower in ("to", "on", "in", "from", "for", "last", "this")
        and all(t.text.isalpha() for t in adjunct)
    ):
        return None
    if k == 0 and mark is not None:
        # The possessor: "Lowe’s", or "Sanders" of "Sanders’".
        return (start, mark - 1 if tokens[mark - 1].text in ("’", "'") else mark)
    return (start, c)


# Verbs whose object is moved to speak ("prompted Lowe to say").
_CAUSATIVES = frozenset(
    {"prompted", "prompting", "prompts", "led", "leading", "forced", "caused", "inspired"}
    | {"moved", "pushed", "spurred", "compelled", "invited", "encouraged"}
)
# Words that make a share of a group the subject ("31% of voters", "at least half").
_QUANTITY_WORDS = frozenset({"%", "percent", "half", "majority", "third", "quarter", "two-thirds"})
# Nouns for a survey whose respondents are given as a share ("In a Pew poll, 60% said").
_SURVEY_NOUNS = frozenset({"poll", "polls", "survey", "surveys"})
_QUANTITY_BOUNDARIES = frozenset(
    {",", ";", ":", "(", "—", "–", "that", "which", "who", "whom", "but", "when", "while"}
    | {"because", "after", "before", "if", "though", "although", "since", "so"}
)
_QUANTITY_SKIPPABLE = frozenset({"have", "has", "had", "also", "still", "now", "would", "will"})


def _quantity_subject(tokens: list[Token], c: int) -> tuple[int, int] | None:
    """``31% of Republicans said``, ``At least half of voters in each state say``:
    a share of a group opening the clause right before the cue ``c``. When the
    sentence names a poll or survey before it (``In a national poll released
    Monday, 31% of ... said``), the poll is the source."""
    end = c
    while end > 0 and (
        tokens[end - 1].lower in _QUANTITY_SKIPPABLE or tokens[end - 1].lower.endswith("ly")
    ):
        end -= 1
    start = end
    while start > 0 and end - start < 10:
        previous = tokens[start - 1]
        if previous.text in _QUOTE_MARKS or previous.lower in _QUANTITY_BOUNDARIES:
            break
        start -= 1
    if start == end:
        return None
    if start == 0 and end > 1 and tokens[0].lower in ("and", "but"):
        start = 1  # "“...” and 14 percent said “...”": a share after an earlier quote
    if any(
        t.lower == "and" and (nxt.text[0].isdigit() or nxt.lower in _QUANTITY_WORDS)
        for t, nxt in zip(tokens[start : end - 1], tokens[start + 1 : end], strict=True)
    ):
        return None  # "39 percent blame X and 22 percent say": two clauses of shares
    head = tokens[start : min(end, start + 5)]
    if not any(t.lower in _QUANTITY_WORDS or t.text.endswith("%") for t in head):
        return None
    if start > 0 and tokens[start - 1].text in _QUOTE_MARKS:
        return None
    for k in range(start - 1, -1, -1):
        if tokens[k].text in (".", ";", ":") or tokens[k].text in _QUOTE_MARKS:
            break
        if tokens[k].lower in _SURVEY_NOUNS:
            first = k
            while (
                first > 0
                and k - first < 8
                and tokens[first - 1].lower not in ("a", "an", "the", "in", ",", "according")
            ):
                first -= 1
            if first > 0 and tokens[first - 1].lower in ("a", "an", "the"):
                first -= 1
            return (first, k + 1)
    return (start, end)


def _plain_subject(tokens: list[Token], c: int) -> tuple[int, int] | None:
    """``A spokesman for the buyer said``, ``The two lawmakers, however, argue``:
    a determiner and one to three plain lower-case words (and at most one
    prepositional phrase) that open the clause right before the cue ``c``,
    when the word lists know none of the nouns."""
    end = c
    while end > 1 and tokens[end - 1].lower in _QUANTITY_SKIPPABLE:
        end -= 1  # "the man had posted"
    if (
        end >= 3
        and tokens[end - 1].text == ","
        and tokens[end - 3].text == ","
        and (tokens[end - 2].lower.endswith("ly") or tokens[end - 2].lower in _ASIDES)
    ):
        end -= 3  # "The two lawmakers, however, argue"
    start = end
    while start > 0 and end - start < 3 and _plain_word(tokens[start - 1]):
        start -= 1
    if start == end or start == 0:
        return None
    if tokens[start - 1].lower in ("the", "a", "an") and end - start <= 2:
        # "the buyer" in "A spokesman for the buyer": an object of a preposition.
        k = start - 2
        if k >= 1 and tokens[k].lower in ("of", "for", "at", "from", "with"):
            inner = k
            while inner > 0 and k - inner < 3 and _plain_word(tokens[inner - 1]):
                inner -= 1
            if inner < k and inner > 0 and tokens[inner - 1].lower in ("the", "a", "an"):
                start = inner
    opener = start - 1
    if tokens[opener].lower not in ("the", "a", "an"):
        return None
    if opener > 0 and tokens[opener - 1].lower not in _CLAUSE_STARTERS:
        return None
    return (opener, end)


def _opening_plain_subject(tokens: list[Token], c: int) -> tuple[int, int] | None:
    """``The town released a statement Wednesday saying``: for a participle cue
    ``c``, a determiner and one or two plain lower-case words that open the
    sentence, followed by a past-tense verb."""
    first = 1 if tokens and tokens[0].lower in ("and", "but") else 0
    if first >= c or tokens[first].lower not in ("the", "a", "an"):
        return None
    for end in (first + 2, first + 3):
        if end >= c or not _plain_word(tokens[end - 1]):
            break
        verb = _after_subject_adjuncts(tokens, end, c)
        if verb < c and _plain_word(tokens[verb]) and tokens[verb].lower.endswith("ed"):
            return (first, end)
    return None


def _plain_word(token: Token) -> bool:
    text = token.text.replace("-", "")
    return (
        text.isalnum()
        and token.text[0].islower()
        and token.lower not in _CLOSED_CLASS
        and not token.lower.endswith("ly")
    )


# Sentence adverbs set off by commas between a subject and its verb.
_ASIDES = frozenset({"however", "though", "too", "meanwhile", "instead", "also", "then"})


def _described_phrase(words: list[Token]) -> bool:
    """``one of her ads``, ``a voice over``: a determiner (or ``one of``) and at
    most four plain lower-case words, a phrase the name lists cannot chunk."""
    if not 2 <= len(words) <= 5 or words[0].lower not in _DETERMINERS | {"one"}:
        return False
    return all(
        t.text.replace("-", "").isalpha() and t.text.islower() and t.lower not in _NOT_VERBS
        for t in words[1:]
        if t.lower not in ("of", "her", "his", "their", "its", "the")
    )


def _earlier_cue_subject(vocab: Vocabulary, tokens: list[Token], c: int) -> tuple[int, int] | None:
    """``Spicer said, adding, “...”``, ``Lazar said he would plead guilty and added``:
    the subject of the nearest earlier reporting verb of the sentence, climbing
    out of a reported clause (``he`` in ``Lazar said he ...``) to its outer verb."""
    k = c - 1
    while k >= 0 and k > c - 25:
        if tokens[k].text in (".", ";", ":") or tokens[k].text in _QUOTE_MARKS:
            return None
        if (k > 0 and tokens[k - 1].text.endswith(("’s", "'s"))) or not vocab.cue_at(tokens, k):
            k -= 1  # "Ryan’s comments, saying": a noun
            continue
        chunk = chunk_left(vocab, tokens, k)
        if chunk is None or _not_a_speaker(vocab, tokens[chunk[0] : chunk[1]]):
            return None
        opener = tokens[chunk[0] - 1].lower if chunk[0] > 0 else ""
        if opener in _COMPLEMENTIZERS or opener in vocab.reporting_verbs:
            k = chunk[0] - 1  # "Ross said Obama had told ...": a reported clause
            continue
        if opener in _NOT_VERBS and opener not in _CLAUSE_STARTERS:
            return None
        return chunk
    return None


def _clause_subject(
    vocab: Vocabulary,
    tokens: list[Token],
    before: int,
    nearest: bool = False,
    held_apposition: bool = True,
) -> tuple[int, int] | None:
    """The subject of the clause a cue belongs to, for ``..., saying “...”``,
    ``and said “...”`` or ``followed that by saying “...”``: the first speaker
    phrase that opens the sentence or a comma-separated part of it and is
    followed by a verb-like word. With ``nearest``, a later coordinated clause
    with a subject of its own (``..., and researchers hope to ...``) wins. With
    ``held_apposition``, a phrase that holds its own apposition may be followed
    by the comma that closes it (``X, a Democrat on the committee, advocates``)."""
    starts = [0] + [k + 1 for k in range(before) if tokens[k].lower in _CLAUSE_STARTERS]
    if (
        before > 1
        and tokens[0].lower in ("then", "later", "now")
        and tokens[1].lower not in _OPENING_SUBORDINATORS
    ):
        starts[0] = 1  # "Then he cut into Bush, calling him ...": an adverb opens the sentence
    if nearest:
        coordinated = [
            k + 1
            for k in range(before)
            if tokens[k].lower in _COORDINATORS and not (k > 0 and tokens[k - 1].text[0].isupper())
        ]
        for start in reversed(coordinated):
            chunk = chunk_right(vocab, tokens, start)
            if chunk is None or chunk[1] >= before:
                continue
            if _not_a_speaker(vocab, tokens[chunk[0] : chunk[1]]):
                continue
            following = tokens[chunk[1]]
            if following.text[0].islower() and following.lower not in _NOT_VERBS:
                return chunk
    opening = _opening_subordinate_clause(tokens, before)
    if opening is not None:
        # "After the court refused ..., Gov. Lee blamed ...": the subject of
        # the main clause, not of the clause that opens the sentence.
        starts = [start for start in starts if start > opening]
    for start in starts:
        if start >= before:
            break
        chunk = chunk_right(vocab, tokens, start)
        if chunk is None or chunk[1] >= before:
            continue
        if _not_a_speaker(vocab, tokens[chunk[0] : chunk[1]]):
            if tokens[chunk[1]].lower in _SUBORDINATORS:
                return None  # "Even if ..., X can ...": the main clause is out of reach
            continue  # "Last year, the governor ...": an opener that names nobody
        end = chunk[1]
        if (
            held_apposition
            and tokens[end].text == ","
            and any(t.text == "," for t in tokens[chunk[0] : end])
        ):
            end += 1  # the phrase already holds its apposition ("X, a Democrat, advocates")
        elif tokens[end].text == ",":
            # "Michael Petrilli, president of the Fordham Institute, tied ...":
            # skip an apposition closed by a comma.
            close = _next_comma(tokens, end + 1, min(before, end + 20))
            if close is not None and close + 1 < before:
                end = close + 1
                # "Washington, star of television’s “Scandal,” thanked ...": the
                # comma closing the apposition sits inside a quoted title.
                while end + 1 < before and tokens[end].text in _QUOTE_MARKS:
                    end += 1
        elif tokens[end].text == "(":
            # "Gov. Pat McCrory (R) blamed ...": a parenthetical party, state or
            # age after the subject.
            close = next(
                (k for k in range(end + 1, min(before, end + 6)) if tokens[k].text == ")"), None
            )
            if close is not None and close + 1 < before:
                end = close + 1
        end = _after_subject_adjuncts(tokens, end, before)
        following = tokens[end]
        if following.lower in _TIME_PHRASE_NOUNS:
            continue  # "Thirteen years earlier, she ...": an opening phrase of time
        if following.text[0].islower() and following.lower not in _NOT_VERBS:
            return chunk
    return None


# Adverbs that may stand between a subject and its verb ("Trump also said").
_SUBJECT_ADVERBS = frozenset(
    {"also", "then", "later", "still", "now", "again", "once", "just", "even", "never"}
)
# Days and times that may stand alone as an adverbial ("Sanders Sunday thanked").
_BARE_TIMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"today", "yesterday", "tonight"}
)
# Nouns that end a time adverbial after a preposition ("on Monday", "last week").
_TIME_ENDS = _BARE_TIMES | {"week", "weekend", "month", "year", "night", "morning", "evening"}
_TIME_WORDS = frozenset({"on", "in", "at", "during", "last", "this", "earlier", "a", "the"})


def _after_subject_adjuncts(tokens: list[Token], end: int, before: int) -> int:
    """Index of the first token at or after ``end`` (and before ``before - 1``)
    past adverbs and short time adverbials between a subject and its verb
    (``Trump on Thursday also ratcheted up``, ``Sanders during a Sunday thanked``)."""
    while end < before - 1:
        word = tokens[end].lower
        if word in _SUBJECT_ADVERBS or word in _BARE_TIMES or is_ly_adverb(tokens[end]):
            end += 1
            continue
        if word not in _TIME_WORDS:
            break
        stop = end
        while stop < min(before - 1, end + 3) and tokens[stop].lower in _TIME_WORDS:
            stop += 1
        if tokens[stop].lower not in _TIME_ENDS:
            break
        end = stop + 1
    return end


# Words after a number or determiner that make a phrase of time, not a subject.
_TIME_PHRASE_NOUNS = frozenset(
    {
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "decade",
        "decades",
        "hour",
        "hours",
        "night",
        "morning",
        "cycle",
    }
)
# Words that join two main clauses.
_COORDINATORS = frozenset({"and", "but", ";", "yet"})
# Words that open a subordinate clause at the start of a sentence.
_OPENING_SUBORDINATORS = frozenset(
    {
        "after",
        "although",
        "as",
        "because",
        "before",
        "if",
        "once",
        "since",
        "though",
        "unless",
        "until",
        "when",
        "where",
        "whereas",
        "while",
    }
)


def _next_comma(tokens: list[Token], start: int, stop: int) -> int | None:
    """Index of the first comma in ``tokens[start:stop]``, or None."""
    return next((k for k in range(start, stop) if tokens[k].text == ","), None)


def _opening_subordinate_clause(tokens: list[Token], before: int) -> int | None:
    """Index of the comma that closes a subordinate clause opening the region
    (``When Trump announced his run, he ...``), or None."""
    first = 1 if before > 1 and tokens[0].lower in ("and", "but", "so", "yet") else 0
    if first + 1 < before and (
        (
            tokens[first].lower in ("ever", "just", "long", "shortly", "soon", "right")
            and tokens[first + 1].lower in _OPENING_SUBORDINATORS
        )
        or (
            tokens[first].lower == "even"
            and tokens[first + 1].lower in ("before", "after", "as", "when", "while", "since")
        )
    ):
        # "Ever since she endorsed ...,", "Shortly after the vote,", "Even before
        # Lowe took the stage, ...": a time clause; "Even if ..." stays a
        # condition the main clause may not reach past.
        first += 1
    if first < before and tokens[first].lower not in _OPENING_SUBORDINATORS:
        first = _after_introductory_phrase(tokens, first, before)
    if first >= before or tokens[first].lower not in _OPENING_SUBORDINATORS:
        return None
    comma = _next_comma(tokens, first + 1, before)
    # "As the band sang in 1980, “...”": the main clause is the quote itself.
    return comma if comma is not None and comma < before - 1 else None


_INTRODUCTORY_PREPOSITIONS = frozenset({"in", "on", "at", "during", "by", "for", "over"})


def _after_introductory_phrase(tokens: list[Token], first: int, before: int) -> int:
    """``In June 2009, after Clinton suffered ...``: the index after the comma
    closing a short introductory prepositional phrase, else ``first``."""
    if tokens[first].lower not in _INTRODUCTORY_PREPOSITIONS:
        return first
    for k in range(first + 1, min(before, first + 6)):
        if tokens[k].text == ",":
            return k + 1
        if not (tokens[k].text[0].isalnum() or tokens[k].text in ("’s", "'s")):
            break
    return first


# Participles that name what precedes them ("a film called", "a group dubbed").
_NAMING_PARTICIPLES = frozenset({"called", "dubbed", "named", "titled", "labeled", "labelled"})
_QUOTE_MARKS = frozenset({"“", "”", '"', "‘", "’", "«", "»"})
# Words that open a reported clause after a cue ("explaining why he is speaking").
_COMPLEMENTIZERS = frozenset({"that", "why", "how", "whether", "what", "if", "when"})
# Words after which a phrase before a colon is still a subject ("More from Jones:").
_COLON_OPENERS = frozenset(
    {",", "that", "and", "but", "when", "while", "as", "from", ";", "-", "—", "–"}
)
# Linking words that can introduce a further quote of the same speaker.
_SENTENCE_LINKS = frozenset(
    {
        "and",
        "but",
        "later",
        "then",
        "also",
        "again",
        "adding",
        "continuing",
        "so",
        "yet",
        "further",
        "finally",
        "still",
        "or",
        "more",
        "elsewhere",
        "earlier",
    }
)
# Words after which a new clause (and its subject) begins.
_CLAUSE_STARTERS = frozenset(
    {
        ",",
        "that",
        "and",
        "but",
        "when",
        "while",
        "as",
        "because",
        "after",
        "before",
        "if",
        "with",
        "though",
        "although",
        "since",
        "so",
        ";",
        "—",
        "–",
    }
)
_NOT_VERBS = frozenset(
    {
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "to",
        "and",
        "or",
        "but",
        "that",
        "the",
        "a",
        "an",
        "as",
        "about",
        "after",
        "before",
        "during",
        "into",
        "over",
        "than",
    }
)


def mention_colon_quote(context: Context, index: int) -> Decision | None:
    """``More from Jones: “...”`` / ``as Tom Ridge put it: “...”``: a speaker phrase
    right before a colon (or ``as X put it``) introduces the quote."""
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    vocab = context.vocab
    n = len(tokens)
    # "as X put it" / "as X puts it", with or without a colon or comma after.
    for k in range(n - 1, 0, -1):
        if tokens[k].lower == "it" and tokens[k - 1].lower in ("put", "puts"):
            found = _as_put_it(vocab, tokens, k)
            if found is None and k < 32 and lo > 0:
                # The aside may hold a title in quotes or an abbreviation
                # ("As Ann Lowe, author of “Home,” put it"), where the before
                # region starts: look a little further back.
                wide = context.tokens(max(0, lo - 200), hi)
                found = _as_put_it(vocab, wide, k + len(wide) - n)
                tokens = wide if found is not None else tokens
            if found is not None:
                cue = Span(tokens[found[1]].start, tokens[found[1] + 1].end)
                return Decision("mention_colon_quote", span_of(tokens, found[0]), cue)
            break
    if n >= 3 and tokens[-1].text in (":", ","):
        # "In other words, explained moderator Nancy Cordes:", "But, said Solovey,":
        # an inverted cue and its speaker close the writer's words.
        for c in range(n - 3, max(-1, n - 12), -1):
            if tokens[c].text == ",":
                break
            if (c == 0 or tokens[c - 1].text == ",") and tokens[c].lower in vocab.reporting_verbs:
                chunk = chunk_right(vocab, tokens, c + 1)
                if chunk is not None and chunk[1] == n - 1:
                    cue = Span(tokens[c].start, tokens[c].end)
                    return Decision("mention_colon_quote", span_of(tokens, chunk), cue)
                break
    if n < 2 or tokens[-1].text != ":":
        return None
    chunk = chunk_left(vocab, tokens, n - 1)
    if chunk is None and n >= 3 and tokens[-3].lower == "from" and tokens[-2].text[0].isupper():
        chunk = (n - 2, n - 1)  # "More from Jones:"
    elif (
        chunk is not None
        and chunk[0] > 0
        and tokens[chunk[0] - 1].lower not in _COLON_OPENERS
        and not _experiencer_object(vocab, tokens, chunk)
    ):
        # "Sanders delivered a snappy retort:": the phrase is an object; the
        # subject of the clause speaks.
        chunk = _clause_subject(vocab, tokens, n - 1)
        if chunk is not None and any(t.lower == "that" for t in tokens[: chunk[0] + 1]):
            # "Axelrod said this was a “...” and that she has learned her
            # lesson: “...”": a reported clause after an earlier quote; its
            # subject is not who speaks.
            return None
    if chunk is None:
        return None
    words = tokens[chunk[0] : chunk[1]]
    phrase = context.text[words[0].start : words[-1].end]
    if vocab.kind_of(phrase, words) is MentionKind.NOMINAL and not vocab.is_nounish(words[-1]):
        return None  # "The verdict: “...”" names no speaker
    cue = Span(tokens[-1].start, tokens[-1].end)
    return Decision("mention_colon_quote", span_of(tokens, chunk), cue)


# Verbs whose object has the feeling and speaks after a colon
# ("The result doesn't surprise pollster Ann Lowe: “...”").
_EXPERIENCER_VERBS = frozenset(
    {"surprise", "surprises", "surprised", "worry", "worries", "worried", "bother", "bothers"}
    | {"puzzle", "puzzles", "puzzled", "frustrate", "frustrates", "frustrated"}
    | {"trouble", "troubles", "troubled", "alarm", "alarms", "alarmed"}
)


def _experiencer_object(vocab: Vocabulary, tokens: list[Token], chunk: tuple[int, int]) -> bool:
    """A name right after a verb of feeling (``doesn't surprise Ann Lowe:``)."""
    if tokens[chunk[0] - 1].lower not in _EXPERIENCER_VERBS:
        return False
    words = tokens[chunk[0] : chunk[1]]
    phrase = " ".join(t.text for t in words)
    return vocab.kind_of(phrase, words) is MentionKind.NAME


# Quote marks around a title, with the doubled apostrophe of some archives.
_TITLE_MARKS = _QUOTE_MARKS | {"'"}


def _as_put_it(
    vocab: Vocabulary, tokens: list[Token], k: int, reach: int = 32
) -> tuple[tuple[int, int], int] | None:
    """The speaker phrase of ``as X put it`` whose ``it`` is ``tokens[k]``
    (``as`` at most ``reach`` tokens before it), and the index of ``put``."""
    for a in range(k - 2, max(-1, k - reach), -1):
        if tokens[a].lower == "as":
            chunk = chunk_right(vocab, tokens, a + 1)
            if chunk is None:
                return None
            last = k - 2
            while last > chunk[1] and tokens[last].text in _TITLE_MARKS:
                last -= 1  # "author of “Home,” put it"
            # Only commas between the name and "put it", or an aside
            # ("As John Cornyn, the No. 2 in the leadership, put it").
            if all(t.text == "," for t in tokens[chunk[1] : k - 1]) or (
                tokens[chunk[1]].text in (",", *_TITLE_MARKS) and tokens[last].text == ","
            ):
                return chunk, k - 1
            return None
    return None


def from_source_colon(context: Context, index: int) -> Decision | None:
    """``From the report: “...”``, ``More from Lowe and Kale: “...”``, ``From
    Lowe's statement: “...”``: a sentence that is only ``from`` and a source
    hands over to a direct quote with a colon; a possessor is the speaker."""
    if context.kinds[index] is not QuoteKind.DIRECT:
        return None
    tokens = context.tokens(*context.before_region(index))
    lead = 0
    while lead < len(tokens) and tokens[lead].text in _LEAD:
        lead += 1  # "-More from ...:" in a list of items
    tokens = tokens[lead:]
    n = len(tokens)
    if n < 3 or tokens[-1].text != ":":
        return None
    for k in range(n - 3, max(0, n - 12), -1):
        if tokens[k].text in _DASHES and tokens[k + 1].text in ("More", "From"):
            # "... were there all along -More from Lowe:": an item of a list
            # run into the sentence before it.
            tokens = tokens[k + 1 :]
            n = len(tokens)
            break
    first = 1 if tokens[0].lower == "from" else 2
    if first == 2 and not (n > 3 and tokens[0].lower == "more" and tokens[1].lower == "from"):
        return None
    words = tokens[first : n - 1]
    if not 1 <= len(words) <= 6 or not all(t.text[0].isalnum() for t in words):
        return None
    if words[0].text[0].islower() and words[0].lower not in ("the", "a", "an", "this", "that"):
        return None
    end = n - 1
    for k, word in enumerate(words):
        if word.lower.endswith(("'s", "’s")) or word.text.endswith(("s'", "s’")):
            end = first + k + 1  # "From Lowe's statement:": Lowe's
            break
    if any(context.vocab.cue_at(tokens, k) for k in range(first, end)):
        return None  # "From what Lowe said:"; but "From the report:" names a source
    colon = Span(tokens[-1].start, tokens[-1].end)
    return Decision("from_source_colon", span_of(tokens, (first, end)), colon)


def closing_attribution(context: Context, index: int) -> Decision | None:
    """``Fundraising was “stagnant for a month” as donors waited, he said.``: a
    partial quote (or a short one the kinds stage took for a term) in a
    sentence whose writer's words close with ``, X said`` (or ``, said X``)
    goes to X."""
    if context.kinds[index] is QuoteKind.DIRECT or not context.segmentation.sentences:
        return None
    quotes = context.quotes
    here = context.sentence_index(quotes[index].open_mark.start)
    sentence = context.segmentation.sentences[here]
    last = index
    while last + 1 < len(quotes) and quotes[last + 1].open_mark.start < sentence.end:
        last += 1
    lo = context.outer_end(last)
    if lo >= sentence.end:
        return None
    tokens = context.tokens(lo, sentence.end)
    n = len(tokens)
    while n > 0 and tokens[n - 1].text in (".", "!", "?"):
        n -= 1
    comma = next((k for k in range(n - 1, -1, -1) if tokens[k].text == ","), None)
    if comma is None or n - comma > 9:
        return None
    vocab = context.vocab
    cues = [k for k in range(comma + 1, n) if vocab.cue_at(tokens, k)]
    if len(cues) != 1:
        return None
    c = cues[0]
    if c == comma + 1:
        chunk = chunk_right(vocab, tokens, c + 1)  # ", said X."
        if chunk is None or chunk[1] != n or tokens[c].lower in ("told", "tells"):
            return None  # ", told the council.": the one spoken to, not the speaker
    else:
        chunk = chunk_left(vocab, tokens, c)  # ", X said."
        if chunk is None or chunk[0] != comma + 1:
            return None
        if any(t.lower in _COMPLEMENTIZERS for t in tokens[c + 1 : n]):
            return None  # ", he said that ...": the clause goes on
    return Decision("closing_attribution", span_of(tokens, chunk), _cue_span(tokens, c))


def agent_after_quote(context: Context, index: int) -> Decision | None:
    """``the race “is a dead heat,” as Cruz said on Monday``, ``being “careless” -
    as described by the FBI director -``, ``often labeled a “witch hunt” by
    Democrats``: right after a partial quote, ``as X said``, ``as <cue>ed by X``,
    or (after a naming participle before the quote) ``by X`` names the source."""
    if context.kinds[index] is not QuoteKind.PARTIAL:
        return None
    lo, hi = context.after_region(index)
    tokens = context.tokens(lo, hi)
    vocab = context.vocab
    k = 0
    while k < len(tokens) and k < 2 and tokens[k].text in (",", "—", "–", "-"):
        k += 1
    if k + 2 >= len(tokens):
        return None
    if tokens[k].lower == "by" and _named_before(context, index):
        chunk = chunk_right(vocab, tokens, k + 1)
        if chunk is not None and _agent(vocab, tokens[chunk[0] : chunk[1]]):
            return Decision("agent_after_quote", span_of(tokens, chunk), _cue_span(tokens, k))
        return None
    if tokens[k].lower != "as":
        return None
    participle = tokens[k + 1].lower
    if tokens[k + 2].lower == "by" and (
        participle in _NAMING_PARTICIPLES
        or (participle.endswith("ed") and participle in vocab.reporting_verbs)
    ):
        # "as described by X"
        chunk = chunk_right(vocab, tokens, k + 3)
        if chunk is not None and _agent(vocab, tokens[chunk[0] : chunk[1]]):
            return Decision("agent_after_quote", span_of(tokens, chunk), _cue_span(tokens, k + 1))
        return None
    chunk = chunk_right(vocab, tokens, k + 1)  # "as X said"
    if chunk is None or chunk[1] >= len(tokens) or not vocab.cue_at(tokens, chunk[1]):
        return None
    if _not_a_speaker(vocab, tokens[chunk[0] : chunk[1]]):
        return None
    return Decision("agent_after_quote", span_of(tokens, chunk), _cue_span(tokens, chunk[1]))


def possessive_speech_noun(context: Context, index: int) -> Decision | None:
    """``her remark that “...”``, ``his call for “a total ban”``, ``Clinton’s claim
    that she “never sent ...”``: a partial quote inside the complement of a
    speech noun (a reporting verb's noun form) goes to the noun's possessor.
    So does a quote set between a possessive name and a speech noun (``Lowe’s
    “no new taxes” pledge``)."""
    if context.kinds[index] is not QuoteKind.PARTIAL:
        return None
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    vocab = context.vocab
    n = len(tokens)
    if n and _possessive_name(tokens[-1]):
        start, end = context.after_region(index)
        following = context.tokens(start, end)[:1]
        if following and following[0].start == start + 1 and _speech_noun(vocab, following[0]):
            owner = tokens[-1]
            return Decision(
                "possessive_speech_noun",
                Span(owner.start, owner.end),
                Span(following[0].start, following[0].end),
            )
    for k in range(n - 1, max(-1, n - 9), -1):
        word = tokens[k]
        if word.text in _QUOTE_MARKS or not word.text[0].isalnum():
            return None
        if k < n - 1 and vocab.cue_at(tokens, k):
            return None  # a verb of its own between the noun and the quote
        if not _speech_noun(vocab, word):
            continue
        if k == n - 1 or tokens[k + 1].lower not in _SPEECH_NOUN_LINKS:
            return None
        p = k - 1
        while p >= 0 and k - p <= 3 and tokens[p].text[0].islower() and _plain_word(tokens[p]):
            p -= 1  # "his most explosive claim"
        if p < 0:
            return None
        owner = tokens[p]
        lower = owner.lower
        if any(vocab.cue_at(tokens, j) for j in range(p)):
            return None  # "Ryan called Trump's remarks “racist”": the clause has its own speaker
        if lower in ("his", "her", "their"):
            return Decision(
                "possessive_speech_noun", Span(owner.start, owner.end), _cue_span(tokens, k)
            )
        if _possessive_name(owner):
            return Decision(
                "possessive_speech_noun", Span(owner.start, owner.end), _cue_span(tokens, k)
            )
        return None
    return None


def _possessive_name(token: Token) -> bool:
    """A capitalized possessive that is not a pronoun's (``Romney’s``, not ``It’s``)."""
    lower = token.lower
    return lower.endswith(("’s", "'s")) and token.text[0].isupper() and lower[:-2] not in PRONOUNS


# Words that open the complement of a speech noun ("claim that", "call for").
_SPEECH_NOUN_LINKS = frozenset({"that", "to", "for", "of", "about", "against", "on"})


def _speech_noun(vocab: Vocabulary, token: Token) -> bool:
    """A noun form of a reporting verb: ``remark``, ``calls``, ``warning``, ``assertion``."""
    word = token.lower
    if not token.text[0].islower():
        return False
    if word in vocab.reporting_verbs:
        return not word.endswith("ed")
    if word.endswith("ions"):
        word = word[:-1]
    if word.endswith("ion"):
        stem = word[:-3]
        return stem in vocab.reporting_verbs or stem + "e" in vocab.reporting_verbs
    return False


def _agent(vocab: Vocabulary, words: list[Token]) -> bool:
    """A phrase after ``by`` that can be a source: a group noun (``Democrats``)
    or a phrase that names somebody."""
    return words[-1].lower in vocab.group_nouns or not _not_a_speaker(vocab, words)


def _named_before(context: Context, index: int) -> bool:
    """A naming participle (``labeled``, ``called as``) right before quote ``index``,
    with at most an article between."""
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    k = len(tokens) - 1
    while k >= 0 and tokens[k].lower in ("a", "an", "the", "as"):
        k -= 1
    return k >= 0 and tokens[k].lower in _NAMING_PARTICIPLES


_FINITE_AUXILIARIES = frozenset(
    {"has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may"}
)


def opening_participle_quote(context: Context, index: int) -> Decision | None:
    """``In declaring the remarks “not Christian,” the pope again showed ...``: a
    sentence opening with a reporting participle (after ``in``, ``by``, ``while``)
    whose object holds a partial quote; the subject after the comma that closes
    the opening phrase is the source."""
    if context.kinds[index] is not QuoteKind.PARTIAL or not context.segmentation.sentences:
        return None
    lo, hi = context.before_region(index)
    sentence = context.segmentation.sentences[
        context.sentence_index(context.quotes[index].open_mark.start)
    ]
    if context.tokens(sentence.start, lo):
        return None
    before = context.tokens(lo, hi)
    vocab = context.vocab
    k = 0
    if k < len(before) and before[k].lower in ("and", "but"):
        k += 1
    if k < len(before) and before[k].lower in ("in", "by", "while", "when", "after"):
        k += 1
    if k >= len(before) or not before[k].lower.endswith("ing"):
        return None
    if before[k].lower not in vocab.reporting_verbs or any(t.text == "," for t in before[k:]):
        return None
    a_lo, a_hi = context.after_region(index)
    after = context.tokens(a_lo, a_hi)
    end = context.outer_end(index)
    inner_comma = context.text[max(end - 2, 0) : end].startswith(",")  # “not Christian,”
    comma = (
        -1
        if inner_comma
        else next((j for j in range(min(len(after), 15)) if after[j].text == ","), None)
    )
    if comma is None:
        return None
    chunk = chunk_right(vocab, after, comma + 1)
    if chunk is None or chunk[1] >= len(after):
        return None
    following = after[chunk[1]]
    if not following.text[0].islower() or (
        following.lower in _CLOSED_CLASS and following.lower not in _FINITE_AUXILIARIES
    ):
        return None
    if _not_a_speaker(vocab, after[chunk[0] : chunk[1]]):
        return None
    return Decision("opening_participle_quote", span_of(after, chunk), _cue_span(before, k))


def clause_subject_quote(context: Context, index: int) -> Decision | None:
    """``Trump defended his manager as a “very decent man”``: a partial quote (or a
    quote after a colon or comma) in a sentence with no reporting verb goes to
    the subject of the sentence, when that subject names someone."""
    kind = context.kinds[index]
    if kind is QuoteKind.TERM:
        return None  # a title, nickname or so-called word: no verb reports it
    quote = context.quotes[index]
    inside = context.tokens(quote.span.start, quote.span.end)
    size = sum(1 for token in inside if token.text[0].isalnum())
    if size < 2 and not _closing_characterization(context, index):
        return None  # a single word is as likely a scare quote as someone's words
    if size < 3 and _modifies_a_noun(context, index):
        return None  # "the “establishment” candidate": a scare-quoted modifier
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    if not tokens:
        return None
    vocab = context.vocab
    if (
        kind is QuoteKind.DIRECT
        and tokens[-1].text not in (":", ",")
        and not _participle_cue_after(context, index)
    ):
        return None
    if any(
        _passive_cue(tokens, c) == c + 1
        for c in range(len(tokens) - 1, max(-1, len(tokens) - 6), -1)
    ):
        return None  # "Trump was asked, “...”": the subject is not who speaks
    # A direct quote after a colon is left to colon_clause_subject.
    held_apposition = kind is QuoteKind.PARTIAL
    chunk = _clause_subject(vocab, tokens, len(tokens), True, held_apposition)
    if chunk is None:
        return None
    words = [t.lower for t in tokens[chunk[0] : chunk[1]]]
    if words[0] in ("it", "this", "that", "there", "what", "which") or words == ["i"]:
        return None
    if _not_a_speaker(vocab, tokens[chunk[0] : chunk[1]]):
        return None
    return Decision("clause_subject_quote", span_of(tokens, chunk))


def _closing_characterization(context: Context, index: int) -> bool:
    """``Merkel heralded the deal as a “breakthrough.”``: a quote that ends its
    sentence right after ``as`` (and an article), itself after a verb's object,
    characterizes something in the subject's words."""
    if context.final_mark(index) not in (".", "!"):
        return False
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    k = len(tokens) - 1
    if k >= 0 and tokens[k].lower in ("a", "an"):
        k -= 1
    return (
        k >= 1
        and tokens[k].lower == "as"
        and _plain_word(tokens[k - 1])
        and tokens[k - 1].lower not in ("such", "known", "so", "same")
    )


def _participle_cue_after(context: Context, index: int) -> bool:
    """``defended “New York values,” saying ...``: a quote that ends with a comma
    inside the writer's sentence, then a reporting participle whose subject is
    the sentence's."""
    if context.final_mark(index) != ",":
        return False
    tokens = context.tokens(*context.after_region(index))
    return bool(tokens) and tokens[0].lower.endswith("ing") and context.vocab.cue_at(tokens, 0)


def _modifies_a_noun(context: Context, index: int) -> bool:
    """True when a lower-case open-class word follows the quote directly
    (``a “supermax” prison``, ``the “stand down” order``): the quote premodifies
    a noun, the way scare quotes and labels do, rather than reporting words."""
    quote = context.quotes[index]
    if not context.text[quote.span.end - 1 : quote.span.end].isalnum():
        return False  # "“top secret,” saying ...": the quote ends a phrase
    start, end = context.after_region(index)
    following = context.tokens(start, end)[:1]
    if not following:
        return False
    word = following[0]
    return (
        word.start == start + 1
        and word.text.isalpha()
        and word.text.islower()
        and word.lower not in _CLOSED_CLASS
        and not word.lower.endswith("ly")
    )


# Function words: after a quote they continue the sentence, not a noun phrase.
_CLOSED_CLASS = frozenset(
    word
    for line in (
        "a about above across after against all also along amid among an and another any",
        "are around as at be because been before behind being below between beyond both",
        "but by can could despite did do does down during each either even every except",
        "for from had has have he her here him his how if in inside into is it its just",
        "less like many may me might more most much must my near neither no nor not now",
        "of off on once only onto or other our out outside over own per same she should",
        "since so some such than that the their them then there these they this those",
        "though through thus to too toward towards under until up upon us versus very via",
        "was we were what when where whether which while who whom whose why will with",
        "within without would yet you your",
    )
    for word in line.split()
)


def _not_a_speaker(vocab: Vocabulary, words: list[Token]) -> bool:
    """A phrase that opens a sentence but names nobody: a capitalized word the
    lists know as never a name ("Even", "Good"), a participle ("Flying home"), or
    a contraction of a pronoun ("It’s", "That’s")."""
    first = words[0]
    word = first.lower
    if word.endswith(("’s", "'s")) and word[:-2] in ("it", "that", "there", "here", "what", "who"):
        return True
    if not first.text[0].isupper() or vocab.is_title(first) or word in vocab.role_words:
        return False
    if len(words) == 1 and word in vocab.non_names and word not in PRONOUNS:
        return True
    return (
        word.endswith("ing")
        and len(words) > 1
        and words[1].text[0].islower()
        and word not in vocab.first_names
    )


def headline_colon(context: Context, index: int) -> Decision | None:
    """``Trump: ‘I’m the Worst Thing ...’``: a name and a colon open the line."""
    quote = context.quotes[index]
    paragraph = context.segmentation.paragraphs[quote.paragraph]
    # A headline is short and its colon comes within the first few words.
    if quote.open_mark.start - paragraph.start > 300:
        return None
    tokens = context.tokens(paragraph.start, min(quote.open_mark.start, paragraph.start + 160))
    for k, token in enumerate(tokens[:8]):
        if token.text == ":":
            if index > 0 and context.quotes[index - 1].open_mark.start > token.start:
                return None  # "Clinton: “A.” Bush: “B.”": B has its own introducer
            chunk = chunk_left(context.vocab, tokens, k)
            if chunk is not None and chunk[0] == 0 and tokens[0].lower != "the":
                return Decision(
                    "headline_colon", span_of(tokens, chunk), Span(token.start, token.end)
                )
            return None
    return None


def capitals_headline_quote(context: Context, index: int) -> Decision | None:
    """``HOW THE DROUGHT HIT THE VALLEY “Farmers in the valley ...”``: in a news
    roundup, an item's headline in capitals runs straight into the quote that
    excerpts it; the headline is the source named (there is no cue)."""
    if context.kinds[index] is not QuoteKind.DIRECT:
        return None
    quote = context.quotes[index]
    paragraph = context.segmentation.paragraphs[quote.paragraph]
    sentence = context.segmentation.sentences[context.sentence_index(quote.open_mark.start)]
    lo = max(paragraph.start, sentence.start)
    if not 0 < quote.open_mark.start - lo <= 160:
        return None
    head = context.text[lo : quote.open_mark.start]
    words = head.split()
    if not 2 <= len(words) <= 16 or any(c.islower() for c in head):
        return None
    if sum(1 for word in words if sum(c.isalpha() for c in word) > 1) < 2:
        return None
    if head.rstrip()[-1:] in (".", ":", "-", "—", "–") or not head[-1:].isspace():
        return None  # a colon or a dash is headline_colon's; a period ends a sentence
    start = lo + len(head) - len(head.lstrip())
    end = lo + len(head.rstrip())
    return Decision("capitals_headline_quote", Span(start, end))


def title_headline_cue(context: Context, index: int) -> Decision | None:
    """``Ann Lowe Says Farm Crisis Is An ‘Act Of Neglect.’`` / ``Farms Are ‘The
    Crisis,’ Ann Lowe Tells Growers``: in a headline in title case, the
    capitalized words right before a capitalized reporting verb (``Says``,
    ``Tells``) open the headline or follow the quote; they speak."""
    if context.kinds[index] is QuoteKind.TERM:
        return None
    quote = context.quotes[index]
    paragraph = context.segmentation.paragraphs[quote.paragraph]
    if quote.paragraph != 0 or paragraph.end - paragraph.start > 200:
        return None
    tokens = context.tokens(paragraph.start, paragraph.end)
    words = [t for t in tokens if t.text.isalpha()]
    if len(words) < 3 or 3 * sum(1 for t in words if t.text[0].isupper()) < 2 * len(words):
        return None
    vocab = context.vocab
    for v in range(1, len(tokens)):
        verb = tokens[v]
        if not (verb.text[0].isupper() and verb.text.endswith("s")):
            continue
        if verb.lower not in vocab.reporting_verbs:
            continue
        if verb.end <= quote.open_mark.start:
            start = 0  # the speaker opens the headline
        elif verb.start >= context.outer_end(index):
            start = v
            while start > 0 and tokens[start - 1].end > context.outer_end(index):
                start -= 1  # the speaker follows the quote and its comma
            while start < v and not tokens[start].text[0].isalnum():
                start += 1
        else:
            continue
        name = tokens[start:v]
        if not 1 <= len(name) <= 4 or not all(t.text[0].isupper() for t in name):
            return None
        if any(t.lower in PRONOUNS or not t.text.replace(".", "").isalpha() for t in name):
            return None
        return Decision("title_headline_cue", span_of(tokens, (start, v)), _cue_span(tokens, v))
    return None


def continuation_paragraph(context: Context, index: int) -> Decision | None:
    """A paragraph that continues a multi-paragraph quote has its speaker."""
    quote = context.quotes[index]
    if (
        quote.continuation
        and index > 0
        and context.quotes[index - 1].continued
        and context.decisions[index - 1] is not None
    ):
        for sieve in (quote_mention_cue, quote_cue_mention):
            decision = sieve(context, index)
            if decision is not None and decision.rule != "quote_then_next_sentence":
                return None  # “... ” he continued.: its own attribution decides
        return Decision("continuation_paragraph", antecedent=index - 1)
    return None


# Rules that attribute a quote through words after it.
_AFTER_RULES = frozenset(
    {
        "quote_mention_cue",
        "quote_cue_mention",
        "quote_then_next_sentence",
        "according_to",
        "quote_mention_aside_cue",
    }
)


def split_quote(context: Context, index: int) -> Decision | None:
    """``“A,” X said. “B.”``: the second half of a quote split by its attribution.

    Fragments quoted inside the attribution itself (``“A,” said Rep. George
    Miller, one of the “big four” negotiators. “B.”``) are passed over.
    """
    before = _previous_spoken(context, index)
    while before is not None and before > 0 and _inside_attribution(context, before, index):
        before = _previous_spoken(context, before)
    if before is None:
        return None
    quote, previous = context.quotes[index], context.quotes[before]
    decision = context.decisions[before]
    if quote.paragraph != previous.paragraph or decision is None:
        return None
    if decision.rule not in _AFTER_RULES:
        return None
    mention = decision.mention
    if mention is None or not context.outer_end(before) <= mention.start < quote.open_mark.start:
        return None
    if decision.cue is not None and quote.open_mark.start < decision.cue.start:
        return None  # a term inside the attribution, before its cue (“Save Our Farms” pins)
    # The attribution's sentence, then this quote: nothing else between them.
    sentence = context.sentence_index(quote.open_mark.start)
    if sentence > context.sentence_index(mention.end) + 1:
        return None
    if sentence > context.sentence_index(mention.end) and _hands_over(context, index):
        return None
    return Decision("split_quote", antecedent=before)


def _hands_over(context: Context, index: int) -> bool:
    """Whether a new sentence of the writer's hands over to quote ``index`` with
    a colon after words other than linking words (“A,” said X. Y resisted: “B.”),
    so that the quote's source is that sentence's, not the last speaker's."""
    lo, hi = context.before_region(index)
    gap = context.tokens(lo, hi)
    if not gap or gap[-1].text != ":":
        return False
    return any(t.text[0].isalnum() and t.lower not in _SENTENCE_LINKS for t in gap)


def interrupted_quote(context: Context, index: int) -> Decision | None:
    """``“I don’t think the conventional wisdom” -- that ... -- “is going to last,” he
    says.``: a direct quote whose sentence goes on, after a few of the writer's
    words with no reporting verb, to a quote attributed right after it."""
    if context.kinds[index] is not QuoteKind.DIRECT or index + 1 >= len(context.quotes):
        return None
    quote, following = context.quotes[index], context.quotes[index + 1]
    if following.paragraph != quote.paragraph or context.kinds[index + 1] is QuoteKind.TERM:
        return None
    if context.sentence_index(following.open_mark.start) != context.sentence_index(
        quote.open_mark.start
    ):
        return None
    gap = context.tokens(context.outer_end(index), following.open_mark.start)
    vocab = context.vocab
    if len(gap) > 20 or any(vocab.cue_at(gap, k) for k in range(len(gap))):
        return None
    for sieve in (quote_mention_cue, quote_cue_mention):
        decision = sieve(context, index + 1)
        if decision is not None and decision.rule != "quote_then_next_sentence":
            return Decision("interrupted_quote", decision.mention, decision.cue)
    return None


def _inside_attribution(context: Context, fragment: int, index: int) -> bool:
    """Whether quote ``fragment``, before quote ``index``, may be a fragment quoted
    inside an attribution (not a direct quote, not attributed from words after it)."""
    decision = context.decisions[fragment]
    return (
        index - fragment < 6
        and context.kinds[fragment] is not QuoteKind.DIRECT
        and context.quotes[fragment].paragraph == context.quotes[index].paragraph
        and (decision is None or decision.mention is None or decision.rule not in _AFTER_RULES)
    )


def _previous_spoken(context: Context, index: int) -> int | None:
    """The nearest earlier quote that is not an unattributed term or title."""
    for k in range(index - 1, max(-1, index - 6), -1):
        if context.kinds[k] is not QuoteKind.TERM or context.decisions[k] is not None:
            return k
    return None


def follow_on_quote(context: Context, index: int) -> Decision | None:
    """A direct quote with no attribution of its own continues the last speaker.

    Right after the previous quote with nothing but punctuation between
    (``“A.” “B.”``) or a linking word and a colon (``And later: “B.”``), or as
    a paragraph that is wholly the quote, right after the paragraph of an
    attributed quote. Looser readings (any later quote in the paragraph) were
    wrong about as often as right on news, so they are left out. Failing that,
    a quote paragraph right before a paragraph that opens with a quote
    attributed after it (``“A.”`` / ``“B,” Lowe said.``) goes on with that speaker.
    """
    if context.kinds[index] is not QuoteKind.DIRECT:
        return None
    before = _previous_spoken(context, index)
    if before is None or context.decisions[before] is None:
        return _attributed_next(context, index)
    quote, previous = context.quotes[index], context.quotes[before]
    if quote.paragraph == previous.paragraph:
        # Only quotes that follow each other with nothing but punctuation between.
        gap = context.tokens(context.outer_end(before), quote.open_mark.start)
        words = [token for token in gap if token.text[0].isalnum()]
        if not words or (
            # "And later: “...”": a few words and a colon, naming nobody;
            # "Indeed, “...”": a sentence adverb and a comma.
            (gap[-1].text == ":" or (gap[-1].text == "," and len(gap) == 2))
            and len(words) <= 3
            and all(w.lower in _SENTENCE_LINKS or w.lower in _FOLLOW_ADVERBS for w in words)
        ):
            return Decision("follow_on_quote", antecedent=before)
        return _attributed_next(context, index)
    paragraph = context.segmentation.paragraphs[quote.paragraph]
    whole = quote.open_mark.start == paragraph.start and context.outer_end(index) >= paragraph.end
    if quote.paragraph == previous.paragraph + 1 and whole:
        return Decision("follow_on_quote", antecedent=before)
    return _attributed_next(context, index)


# Sentence adverbs that carry a speaker's words on ("Indeed, “...”").
_FOLLOW_ADVERBS = frozenset({"indeed", "moreover", "besides", "furthermore"})


def _attributed_next(context: Context, index: int) -> Decision | None:
    """``“A.”`` as a paragraph, then a paragraph opening ``“B,” Lowe said.``: a
    direct quote that is a paragraph of its own, right before another quote
    (nothing but space between) whose attribution follows it, goes on with that
    quote's speaker."""
    following = index + 1
    if following >= len(context.quotes) or context.kinds[following] is not QuoteKind.DIRECT:
        return None
    quote, after = context.quotes[index], context.quotes[following]
    if quote.continued or context.final_mark(index) not in (".", "?", "!"):
        return None  # a quote running on into the next paragraph is one quote
    # “A.” as a paragraph of its own, then a paragraph that opens with “B,” X
    # said. (Within one paragraph, “A.” may as well go on with an earlier speaker.)
    paragraph = context.segmentation.paragraphs[quote.paragraph]
    if (
        after.paragraph != quote.paragraph + 1
        or quote.open_mark.start != paragraph.start
        or context.outer_end(index) < paragraph.end
    ):
        return None
    if context.text[context.outer_end(index) : after.open_mark.start].strip():
        return None
    for sieve in (quote_mention_cue, quote_cue_mention):
        decision = sieve(context, following)
        if decision is not None and decision.rule == sieve.__name__:
            return Decision("follow_on_quote", antecedent=following)
    return None


def colon_clause_subject(context: Context, index: int) -> Decision | None:
    """``A footnote in the report makes that clear: “...”``, ``Ann Lowe, the host
    of “Farm Life,” listed her favorite crop: “...”``: a whole sentence of the
    writer's that hands over to a direct quote with a colon, with no usable cue
    and no speaker phrase right before the colon; the subject of its main clause
    is the source."""
    if context.kinds[index] is not QuoteKind.DIRECT:
        return None
    quote = context.quotes[index]
    lo, hi = context.before_region(index)
    sentence = context.segmentation.sentences[context.sentence_index(quote.open_mark.start)]
    if lo > sentence.start and context.text[sentence.start : lo].strip():
        # Earlier quotes in the sentence must be terms or titles, which the
        # before region already reaches past.
        return None
    tokens = context.tokens(lo, hi)
    if len(tokens) < 3:
        return None
    if tokens[-1].text in ("—", "–"):
        pass  # "Lowe also backed the plan — “...”": a closing dash hands over too
    elif tokens[-1].text == "-" and tokens[-2].text == "-":
        tokens = [*tokens[:-2], Token(tokens[-2].start, tokens[-1].end, "--")]
    elif tokens[-1].text != ":":
        return None
    chunk = _colon_subject(context.vocab, tokens) or _here_is_speaker(context.vocab, tokens)
    if chunk is None:
        return None
    colon = Span(tokens[-1].start, tokens[-1].end)
    return Decision("colon_clause_subject", span_of(tokens, chunk), colon)


def _here_is_speaker(vocab: Vocabulary, tokens: list[Token]) -> tuple[int, int] | None:
    """``Here’s Clinton in December 1992:``, ``Here is Sen. Lowe on the vote:``:
    a name presented with ``here is``, perhaps with a short prepositional
    phrase of time or topic, before the colon."""
    n = len(tokens) - 1
    if tokens[-1].text != ":" or not tokens[0].text.startswith("Here"):
        return None
    if tokens[0].lower in ("here's", "here’s"):
        start = 1
    elif tokens[0].lower == "here" and tokens[1].lower in ("is", "was"):
        start = 2
    else:
        return None
    chunk = chunk_right(vocab, tokens, start)
    if chunk is None or not tokens[chunk[1] - 1].text[0].isupper():
        return None
    words = tokens[chunk[0] : chunk[1]]
    phrase = " ".join(t.text for t in words)
    if vocab.kind_of(phrase, words) is not MentionKind.NAME:
        return None
    rest = tokens[chunk[1] : n]
    if rest and not (
        len(rest) <= 6
        and rest[0].lower in ("in", "on", "at", "during", "from", "about")
        and all(t.text[0].isalnum() for t in rest)
        and not any(_verb_like(t) for t in rest)
    ):
        return None
    return chunk


# Adverbs that open a sentence before its subject ("Likewise, ...").
_OPENING_ADVERBS = frozenset(
    {"likewise", "meanwhile", "however", "instead", "similarly", "still", "also", "again"}
)


def _colon_subject(vocab: Vocabulary, tokens: list[Token]) -> tuple[int, int] | None:
    """The subject phrase opening a sentence that ends with a colon (after an
    opening adverb or prepositional phrase), followed by its verb; a prepositional
    phrase (``A footnote in the report makes``) or an apposition set off by
    commas may come between them."""
    n = len(tokens) - 1  # the colon (or closing dash)
    if any(t.text in ("-", "—", "–", ";") for t in tokens[:n]):
        return None  # a list or a second clause: the colon's clause is unclear
    start = 0
    if n > 2 and tokens[0].lower in _OPENING_ADVERBS and tokens[1].text == ",":
        start = 2
    else:
        comma = _next_comma(tokens, 0, min(n, 8))
        if comma is not None and _opening_phrase(tokens, comma + 1):
            start = comma + 1
    if start >= n:
        return None
    chunk = chunk_right(vocab, tokens, start) or _loose_speaker(tokens, start)
    if chunk is None:
        end = start
        while end < n and end - start < 4 and tokens[end].text[0].isupper():
            end += 1
        if start < end < n and tokens[end].text[0].isdigit():
            end += 1  # "Article 12"
        if end == start:
            return None
        chunk = (start, end)
    else:
        chunk = (chunk[0], _past_section_number(tokens, chunk[1], n))
    words = tokens[chunk[0] : chunk[1]]
    if words[0].lower in ("it", "this", "that", "there", "what", "which", "i", "here", "we"):
        return None
    if _not_a_speaker(vocab, words):
        return None
    end = chunk[1]
    if end < n and tokens[end].text == ",":
        if end + 1 < n and tokens[end + 1].text[0].islower() and chunk[1] - chunk[0] > 3:
            end += 1  # the apposition is part of the chunk already
        else:
            close = _next_comma(tokens, end + 1, min(n, end + 20))
            if close is None:
                return None
            end = close + 1
            while end < n and tokens[end].text in _QUOTE_MARKS:
                end += 1
            if end < n and tokens[end].text[0].isupper() and not _verb_like(tokens[end]):
                # "One supporter, Rep. Lee Zeldin, Republican of New York, gave":
                # a second apposition.
                close = _next_comma(tokens, end + 1, min(n, end + 8))
                if close is None:
                    return None
                end = close + 1
    elif end < n and tokens[end].lower in _PREPOSITIONS_AFTER:
        # "A footnote in the report makes": a short prepositional phrase
        # ("a paper from the left-leaning Hill Institute has").
        stop = end + 1
        while stop < n and stop - end <= 5 and not _verb_like(tokens[stop]):
            stop += 1
        if stop >= n or stop - end > 5:
            return None
        chunk, end = (chunk[0], stop), stop
    if end < n - 1 and tokens[end].lower in ("also", "then", "again", "later", "quickly"):
        end += 1  # "Lowe also backed the plan"
    if end >= n or (
        not _verb_like(tokens[end])
        and not (tokens[end].text[0].islower() and tokens[end].lower in vocab.reporting_verbs)
    ):
        return None
    return chunk


def _past_section_number(tokens: list[Token], end: int, stop: int) -> int:
    """After a capitalized word, the end of a section or verse number that
    follows it (``Article 33``, ``Isaiah 45:1``), else ``end``."""
    if not (0 < end < stop and tokens[end].text.isdigit() and tokens[end - 1].text[0].isupper()):
        return end
    end += 1
    if (
        end + 1 < stop
        and tokens[end].text == ":"
        and tokens[end + 1].text.isdigit()
        and tokens[end - 1].end == tokens[end].start
        and tokens[end].end == tokens[end + 1].start
    ):
        end += 2  # "Isaiah 45:1"
    return end


def _verb_like(token: Token) -> bool:
    """A lower-case word that may be a finite verb (``makes``, ``listed``, ``had``)."""
    word = token.lower
    return (
        token.text.isalpha()
        and token.text[0].islower()
        and word not in _NOT_VERBS
        and word not in _PREPOSITIONS_AFTER
        and (word.endswith(("s", "ed")) or word in ("had", "gave", "put", "sent", "made"))
        and not word.endswith(("ss", "us", "ous"))
        and word not in ("is", "was", "has", "does", "this", "its", "yes", "as")
    )


# Prepositions that open a short adjunct after a closing cue ("said in a statement").
_ADJUNCT_PREPOSITIONS = frozenset({"in", "on", "at", "to"})


def _set_off_cue_ends(tokens: list[Token], c: int) -> bool:
    """Whether a comma closes the cue ``tokens[c]`` (``Ash argued,``) or a short
    prepositional adjunct after it (``Ash argued in his email,``), with more of
    the sentence after the comma."""
    for k in range(c + 1, min(len(tokens) - 2, c + 5)):
        if tokens[k].text == ",":
            rest = tokens[c + 1 : k]
            return not rest or (
                rest[0].lower in _ADJUNCT_PREPOSITIONS
                and all(t.text.isalpha() and t.text.islower() for t in rest)
            )
    return False


def _closing_adjunct(tokens: list[Token]) -> bool:
    """Whether ``tokens`` (what follows a cue that closes a sentence) are only the
    final stop, or a short prepositional adjunct of lowercase words and then the stop."""
    if not tokens or tokens[-1].text not in (".", "!"):
        return all(t.text in (".", "!") for t in tokens)
    rest = tokens[:-1]
    if not rest:
        return True
    return (
        len(rest) <= 3
        and rest[0].lower in _ADJUNCT_PREPOSITIONS
        and all(t.text.isalpha() and t.text.islower() for t in rest)
    )


def previous_sentence_speaker(context: Context, index: int) -> Decision | None:
    """``Nauert said the sanctions would stay. “We ...”``: the speaker of a reporting
    clause in the sentence before a quote that has none."""
    quote = context.quotes[index]
    sentence_index = context.sentence_index(quote.open_mark.start)
    if sentence_index == 0 or context.kinds[index] is not QuoteKind.DIRECT:
        return None
    lo, hi = context.before_region(index)
    if context.tokens(lo, hi):
        return None  # the quote does not open its sentence
    # Closing marks of a quote inside it do not count ("... a lesson.'").
    mark = context.final_mark(index, past_closers=True)
    if not mark or mark not in ".?!…,;:—-":
        return None  # not a sentence of speech (“Stop the Steal” signs lined the road)
    previous = context.segmentation.sentences[sentence_index - 1]
    paragraph = context.segmentation.paragraphs[quote.paragraph]
    if previous.start < paragraph.start and quote.open_mark.start != paragraph.start:
        return None
    lo = previous.start
    if index > 0:
        lo = max(lo, context.outer_end(index - 1))
    tokens = context.tokens(lo, previous.end)
    vocab = context.vocab
    # Only a short attribution sentence counts: "Dianne Bystrom agreed." or a
    # sentence that hands over to the quote with a colon ("He then listed ...:").
    if not tokens:
        return None
    if lo > previous.start and not any(vocab.cue_at(tokens, c) for c in range(len(tokens))):
        found = _reported_fragment_before(context, index, previous.start)
        if found is not None:
            return found
    short = tokens[-1].text == ":" or len(tokens) <= 8
    for c in range(len(tokens)):
        if vocab.cue_at(tokens, c):
            chunk = chunk_left(vocab, tokens, c)
            if chunk is None:
                # "Trump was quick to add that ...", "Bolton distanced himself
                # from the group by saying he ...": the subject opens the sentence.
                chunk = _subject_of_cue(vocab, tokens, c) if c > 2 else None
                if chunk is None or chunk[0] != 0:
                    break
                return Decision(
                    "previous_sentence_speaker", span_of(tokens, chunk), _cue_span(tokens, c)
                )
            # A long sentence counts only when it opens with its speaker and
            # cue ("Nauert said the sanctions would stay.").
            opens_with_speaker = chunk[0] == 0 and chunk[1] >= c - 1
            # "The union will watch the case closely, dos Santos says.": the
            # speaker and cue close the sentence after a comma.
            # A short adjunct may follow the cue ("... said in a statement.").
            first = chunk[0]
            while (
                first > chunk[0] - 2
                and first > 1
                and _unknown_premodifiers(tokens[first - 1 : first])
            ):
                first -= 1  # ", digital consultant Phil Musser says."
            if tokens[first - 1].text == ",":
                chunk = (first, chunk[1])
            closes_sentence = (
                chunk[0] > 0
                and tokens[chunk[0] - 1].text == ","
                and chunk[1] == c
                and _closing_adjunct(tokens[c + 1 :])
            )
            # "On the other side, Cruz tweeted a warning.": an opening phrase,
            # then the speaker and cue.
            after_opener = chunk[1] >= c - 1 and _opening_phrase(tokens, chunk[0])
            # "If anything, Ash argued in his email, the incident shows ...": the
            # speaker and cue set off by commas inside the sentence.
            set_off = (
                chunk[0] > 0
                and tokens[chunk[0] - 1].text == ","
                and chunk[1] >= c - 1
                and _set_off_cue_ends(tokens, c)
            )
            if (
                (short and (chunk[0] <= 1 or tokens[-1].text == ":"))
                or opens_with_speaker
                or closes_sentence
                or after_opener
                or set_off
            ):
                return Decision(
                    "previous_sentence_speaker", span_of(tokens, chunk), _cue_span(tokens, c)
                )
            return None
    if tokens[-1].text == ":" and quote.open_mark.start == paragraph.start:
        return _as_follows_source(tokens) or _colon_paragraph_speaker(vocab, tokens)
    return None


def _reported_fragment_before(context: Context, index: int, start: int) -> Decision | None:
    """``Corker said they were “meticulous” about it. “We ...”``: the sentence
    before quote ``index`` (from ``start``) reports a fragment of someone's
    words with a cue of its own; the quote goes on with that speaker."""
    before = index - 1
    decision = context.decisions[before]
    root = before
    while (
        decision is not None
        and decision.antecedent is not None
        and decision.antecedent < root
        and context.quotes[decision.antecedent].open_mark.start >= start
    ):
        # "they were “meticulous” about ensuring they were “in no way ...”":
        # a fragment that shares the speaker of one before it in the sentence.
        root = decision.antecedent
        decision = context.decisions[root]
    if (
        decision is None
        or decision.mention is None
        or decision.cue is None
        or decision.mention.start < start
    ):
        return None
    return Decision("previous_sentence_speaker", antecedent=before)


def speaker_sentence_between(context: Context, index: int) -> Decision | None:
    """``“A,” said Ann Lowe. She farms 40 acres. “B.”``: a direct quote opening
    its sentence, after one sentence of the writer's (with no quote) whose
    subject is the previous quote's speaker -- a pronoun that the speaker's
    title or given name does not contradict, or the speaker's surname. The
    quote goes on with that speaker."""
    quote = context.quotes[index]
    if index == 0 or context.kinds[index] is not QuoteKind.DIRECT:
        return None
    before = index - 1
    previous_quote = context.quotes[before]
    if quote.paragraph - previous_quote.paragraph > 1:
        return None
    sentence_index = context.sentence_index(quote.open_mark.start)
    lo, hi = context.before_region(index)
    if sentence_index < 2 or context.tokens(lo, hi):
        return None  # the quote does not open its sentence
    mark = context.final_mark(index, past_closers=True)
    if not mark or mark not in ".?!…":
        return None
    between = context.segmentation.sentences[sentence_index - 1]
    end = context.outer_end(before)
    if between.start < end or context.sentence_index(max(end - 1, 0)) != sentence_index - 2:
        return None  # exactly one sentence, without quotes, between the two
    mention = _speaker_mention(context, before)
    if mention is None:
        return None
    words = context.tokens(mention.start, mention.end)
    tokens = context.tokens(between.start, between.end)
    first = 0
    while first < len(tokens) and tokens[first].lower in ("and", "but", "also"):
        first += 1
    if first >= len(tokens) or len(tokens) - first < 3:
        return None
    subject = tokens[first]
    vocab = context.vocab
    if subject.lower in ("he", "she"):
        if not words or _gender(vocab, words) not in (None, "m" if subject.lower == "he" else "f"):
            return None
        return Decision("speaker_sentence_between", antecedent=before)
    if not words or words[0].lower in PRONOUNS:
        return None
    # The name heads the mention ("Ann Lowe, a farmer near Ames").
    lead = 0
    while lead < len(words) and words[lead].text[0].isupper():
        lead += 1
    surname = words[lead - 1] if lead else None
    run = first
    while run < len(tokens) and run - first < 4 and tokens[run].text[0].isupper():
        run += 1
    if surname is None or run == first or tokens[run - 1].text != surname.text:
        return None
    if tokens[first].lower in vocab.non_names:
        return None  # "When Lowe ...": a clause, not a subject
    return Decision("speaker_sentence_between", span_of(tokens, (first, run)))


def _speaker_mention(context: Context, index: int) -> Span | None:
    """The mention of quote ``index``'s speaker, following a few antecedent links."""
    for _ in range(4):
        decision = context.decisions[index]
        if decision is None:
            return None
        if decision.mention is not None:
            return decision.mention
        if decision.antecedent is None or decision.antecedent == index:
            return None
        index = decision.antecedent
    return None


def _gender(vocab: Vocabulary, words: list[Token]) -> str | None:
    """``m``/``f`` from a mention's title or given name, if either tells."""
    first = words[0].lower.rstrip(".")
    if vocab.titles.get(first):
        return vocab.titles[first]
    if first in ("he", "him", "his"):
        return "m"
    if first in ("she", "her"):
        return "f"
    return vocab.first_names.get(first)


def _as_follows_source(tokens: list[Token]) -> Decision | None:
    """``Transcript as follows:`` / ``Partial transcript as follows:``: a short
    source phrase and ``as follows`` hand over to the quote paragraphs after it;
    the source is the mention and the colon the cue."""
    n = len(tokens)
    if not 3 < n <= 7 or [t.lower for t in tokens[-3:-1]] != ["as", "follows"]:
        return None
    words = tokens[: n - 3]
    if not words[0].text[0].isupper() or not all(t.text.isalpha() for t in words):
        return None
    colon = Span(tokens[-1].start, tokens[-1].end)
    return Decision("previous_sentence_speaker", span_of(tokens, (0, n - 3)), colon)


# Prepositions that open an adverbial phrase before a clause's subject.
_OPENING_PREPOSITIONS = frozenset(
    {"on", "at", "in", "after", "during", "with", "by", "for", "from", "under", "before"}
)


def _opening_phrase(tokens: list[Token], subject: int) -> bool:
    """Whether ``tokens[:subject]`` is a short prepositional phrase and its comma
    (``On the other side,``, ``In a statement Tuesday,``) opening the sentence,
    perhaps after linking words (``Then, in 2017,``), or linking words alone
    (``And then``)."""
    if subject == 0:
        return False
    first = 0
    while first < subject and (tokens[first].lower in _SENTENCE_LINKS or tokens[first].text == ","):
        first += 1  # "And then he promised ...", "Then, in 2017, Kerry said ..."
    if first == subject:
        # Linking words alone count when they move the story on in time ("And
        # then"); "But the crowd ..." contrasts and may name anyone.
        return tokens[first - 1].text != "," and any(
            t.lower in ("then", "later", "finally", "earlier") for t in tokens[:first]
        )
    return (
        2 < subject - first <= 8
        and tokens[subject - 1].text == ","
        and tokens[first].lower in _OPENING_PREPOSITIONS
        and all(t.text not in (",", ";", ":", "(", ")") for t in tokens[first + 1 : subject - 1])
    )


def _colon_paragraph_speaker(vocab: Vocabulary, tokens: list[Token]) -> Decision | None:
    """The speaker of a paragraph that hands over to a quote paragraph with a
    colon and no usable cue: ``Stated Stone:``, ``Trump issued the following
    statement:``, ``He then listed the qualities ...:``."""
    colon = Span(tokens[-1].start, tokens[-1].end)
    n = len(tokens) - 1
    chunk: tuple[int, int] | None = None
    if n > 1 and tokens[0].text[0].isupper() and tokens[0].lower in vocab.reporting_verbs:
        chunk = chunk_right(vocab, tokens, 1)  # "Stated Stone:"
        if chunk is not None and chunk[1] != n:
            chunk = None
    if chunk is None:
        first = 0
        if tokens[0].lower in _SUBORDINATORS or tokens[0].lower == "as":
            # "When Wallace died, President Clinton released ...:": the main clause.
            first = next((k + 1 for k in range(n) if tokens[k].text == ","), n)
        inner = _clause_subject(vocab, tokens[first:n], n - first)
        chunk = None if inner is None else (inner[0] + first, inner[1] + first)
    if chunk is None:
        return None
    words = tokens[chunk[0] : chunk[1]]
    if words[0].lower in ("it", "this", "that", "there", "what", "which", "i", "here"):
        return None
    if _not_a_speaker(vocab, words):
        return None
    return Decision("previous_sentence_speaker", span_of(tokens, chunk), colon)


#: Every built-in sieve by name.
SIEVES: Mapping[str, Sieve] = {
    sieve.__name__: sieve
    for sieve in (
        continuation_paragraph,
        according_to,
        quote_mention_cue,
        quote_cue_mention,
        quote_mention_aside_cue,
        quote_dash_mention,
        headline_colon,
        capitals_headline_quote,
        title_headline_cue,
        agent_after_quote,
        possessive_speech_noun,
        mention_cue_quote,
        parenthetical_cue_quote,
        mention_colon_quote,
        from_source_colon,
        same_sentence_quote,
        split_quote,
        follow_on_quote,
        interrupted_quote,
        closing_attribution,
        next_quote_attribution,
        opening_participle_quote,
        clause_subject_quote,
        colon_clause_subject,
        previous_sentence_speaker,
        speaker_sentence_between,
    )
}

#: The default order: most precise first.
DEFAULT_SIEVES: tuple[str, ...] = tuple(SIEVES)
