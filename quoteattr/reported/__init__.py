"""Reported speech without quotation marks: source, cue and content in the writer's text.

This package owns the INDIRECT stage, which runs after the quote sieves. It reads
each sentence of the writer's own words for a reporting frame and returns, for
each, the reported content, the words naming its source and the cue:

* ``X said (that) C``, ``X told reporters on Tuesday (that) C``, ``X warned: C``;
* ``C, X said`` and ``C, said X`` (the content before a closing attribution);
* ``C1, X said, C2`` (an attribution set in the middle of its content);
* ``according to X, C`` and ``C, according to X``; ``as X put it``;
* ``X promised to C``, ``X urged Y to C`` (speech acts with an infinitive);
* ``X asked whether C``; ``X believes (that) C``; ``the report found that C``;
* ``with polls showing C``; ``Surveys of voters taken as they left showed C``;
* ``Ruiz supports C``, ``voters prefer C`` (a source's stance);
* ``it was reported that C`` (no source named); ``X's claim that C``.

A verb is a cue here only with the complement that carries content: a clause for
the verbs of ``clause_verbs`` (``said the talks failed``), an infinitive for those
of ``infinitive_verbs`` (``vowed to fight on``). ``the bill says``, ``experts
say`` with no content, ``said bill`` and ``so-called`` report nothing.

The content runs from the complement to where the writer's own voice resumes:
the sentence end, a clause with a frame of its own (``..., but Y said ...``), a
participle that opens a new report (``..., adding that ...``), ``according to``,
or a direct quotation. Quotation marks inside the content (a partial quote) stay
inside it, whole: the INDIRECT span contains the partial quote's marks.

Spans are half-open offsets into the untouched text; every mention is a slice of
the sentence's tokens and lies outside quotation marks.
"""

from __future__ import annotations

import bisect
import functools
from itertools import compress, count

from quoteattr.mentions import Token, TokenTable
from quoteattr.model import QuoteKind, Span
from quoteattr.reported.clear import CLEAR_WORDS, read_made_clear
from quoteattr.reported.discovery import read_discoveries
from quoteattr.reported.evidence import EVIDENCE_PARTICIPLES, HEADLINE_FINDINGS, read_evidence
from quoteattr.reported.experiencer import EXPERIENCER_WORDS, read_experiencers
from quoteattr.reported.feeling import FEELING_WORDS, read_feelings
from quoteattr.reported.frames import Report, read_frame
from quoteattr.reported.grammar import Sentence, Verbs
from quoteattr.reported.headlines import headline_colon, title_headline
from quoteattr.reported.nominal import NOMINAL_WORDS, read_nominals
from quoteattr.reported.partials import around_partial
from quoteattr.reported.phrasal import read_phrasal
from quoteattr.reported.settle import settle
from quoteattr.reported.stances import HEADLINE_STANCES, read_stances
from quoteattr.reported.unmentioned import MENTION_WORDS, read_unmentioned
from quoteattr.reported.view import to_view
from quoteattr.reported.words import FINDING_VERBS
from quoteattr.sieves import Context

__all__ = ["Report", "Verbs", "find_reports"]


#: The most tokens of one sentence that are read together: a longer sentence
#: is read in pieces of this many tokens, so that the work per token stays
#: bounded however long a sentence runs (a scraped page with no sentence end,
#: hundreds of cues in one "sentence"). News sentences are far shorter:
#: PolNeAR's longest has 198 tokens.
SENTENCE_TOKENS = 500


#: The words without which read_evidence reads nothing (its headline words
#: among them); every one is a word of ``_cue_words``. read_stances reads
#: nothing without a stance verb (``Verbs.stance``) or a word of HEADLINE_STANCES.
_EVIDENCE_WORDS = EVIDENCE_PARTICIPLES | FINDING_VERBS | HEADLINE_FINDINGS

#: Cue words that no reader reads without *that* in the sentence (``was
#: hopeful that C``, ``made the case that C``): alone, the sentence is skipped.
_THAT_WORDS = FEELING_WORDS | frozenset({"case", "idea"})


@functools.lru_cache(maxsize=8)
def _that_words(verbs: Verbs) -> frozenset[str]:
    """:data:`_THAT_WORDS` and the verbs whose object feels that are no cue
    words of the verb lists (``amazes``: read only with *that*)."""
    return _THAT_WORDS | (EXPERIENCER_WORDS - verbs.cue_words)


@functools.lru_cache(maxsize=8)
def _cue_words(verbs: Verbs) -> frozenset[str]:
    """The words without which a sentence holds no frame: the verb lists' cue
    words, the participles of finding (``polls showing ...``) and the stance
    verbs (``Ruiz supports ...``, ``Pence Endorses Ryan``), ``clear``
    (``made it clear that``), the phrasal cue verbs (``lashed out at``), the
    casting verbs (``cast her rival as ...``) and *mention* (``did not mention
    Ruiz``). A
    sentence that opens with ``To`` is read too (``To Ruiz, C``: view.py)."""
    return (
        verbs.cue_words
        | EVIDENCE_PARTICIPLES
        | verbs.stance
        | HEADLINE_STANCES
        | CLEAR_WORDS
        | FEELING_WORDS
        | NOMINAL_WORDS
        | verbs.phrasal_words
        | verbs.casting
        | MENTION_WORDS
        | verbs.discovery
        | EXPERIENCER_WORDS
    )


def find_reports(context: Context, verbs: Verbs) -> list[Report]:
    """Every reporting frame of the writer's text with content.

    Args:
        context: the document as the sieves saw it.
        verbs: the verb lists, made once per set-up.

    Returns:
        The reports in text order; no two contents overlap.
    """
    quotes = context.quotes
    outer_starts = [q.open_mark.start for q in quotes]
    outer_ends = [q.close_mark.end if q.close_mark is not None else q.span.end for q in quotes]
    # The partial quotes a sieve attributed with a cue, by index, and where
    # each cue starts: a report may be read around such a quote in a sentence
    # with no cue word of its own.
    attributed: list[int] = []
    partial_cues: list[int] = []
    for k, decision in enumerate(context.decisions):
        if (
            decision is not None
            and decision.cue is not None
            and decision.mention is not None
            and context.kinds[k] is not QuoteKind.DIRECT
        ):
            attributed.append(k)
            partial_cues.append(decision.cue.start)
    partial_cues.sort()
    cue_words = _cue_words(verbs)
    segmentation = context.segmentation
    reports: list[Report] = []
    seen: set[Span] = set()
    table = None
    table_paragraph = -1
    starts: list[int] = []
    shared: list[Token] | None = None
    stop = 0
    paragraph_span = None
    outer = (outer_starts, outer_ends, attributed)
    for sentence, paragraph in zip(
        segmentation.sentences, segmentation.sentence_paragraph, strict=True
    ):
        if paragraph != table_paragraph:
            # The paragraph's tokens, shared with the sieves and the resolver
            # (read once here: a paragraph too long to be kept is tokenized anew).
            table = context.paragraph_table(paragraph)
            table_paragraph = paragraph
            starts = table.starts
            shared = None
            stop = 0
            paragraph_span = segmentation.paragraphs[paragraph]
        assert paragraph_span is not None
        assert table is not None
        # Sentences follow each other: this one's tokens start after the last one's.
        first = bisect.bisect_left(starts, sentence.start, stop)
        stop = bisect.bisect_left(starts, sentence.end, first)
        lowers = table.lowers[first:stop]
        # The sentence's cue words, found in one pass in C: the readers below
        # are each asked only when one of their words is among them.
        hits = cue_words.intersection(lowers)
        any_cue = bool(hits) or (stop > first and lowers[0] == "to")
        # A paragraph of one sentence may be a headline: "Lynch: No outside
        # influence on FBI probe" (a colon after a name, read with no cue
        # word), "Mayor Says Budget Is Balanced" (a capitalized cue).
        headline = sentence.start == paragraph_span.start and sentence.end == paragraph_span.end
        if not any_cue and not (headline and ":" in lowers[1:5]):
            # No cue word: only a partial quote's cue in the sentence can give a
            # report (``_read_sentence`` reads nothing else), and most have none.
            p = bisect.bisect_left(partial_cues, sentence.start)
            if p == len(partial_cues) or partial_cues[p] >= sentence.end:
                continue
        if shared is None:
            # The paragraph's Token objects, shared with the sieves and the
            # resolver (empty for a paragraph too long to be kept).
            shared = context.paragraph_tokens(paragraph) or []
        for piece in range(first, max(stop, first + 1), SENTENCE_TOKENS):
            piece_stop = min(stop, piece + SENTENCE_TOKENS)
            start = sentence.start if piece == first else starts[piece]
            end = sentence.end if piece_stop == stop else starts[piece_stop]
            if piece_stop - piece < stop - first:
                # A piece of a long sentence: its own words.
                lowers = table.lowers[piece:piece_stop]
                hits = cue_words.intersection(lowers)
                any_cue = bool(hits) or lowers[0] == "to"
            read = _read_sentence(
                context,
                table,
                shared,
                (start, end),
                (piece, piece_stop),
                (lowers, hits, any_cue, headline and piece == first),
                outer,
                verbs,
            )
            for report in read:
                if report.content not in seen:
                    seen.add(report.content)
                    reports.append(report)
    reports.sort(key=lambda r: (r.content.start, -r.content.end))
    # Reports never overlap: where two contents do, the one that starts first stays.
    kept: list[Report] = []
    for report in reports:
        if not kept or kept[-1].content.end <= report.content.start:
            kept.append(report)
    return kept


def _read_sentence(
    context: Context,
    table: TokenTable,
    shared: list[Token],
    chars: tuple[int, int],
    indices: tuple[int, int],
    words: tuple[list[str], frozenset[str], bool, bool],
    outer: tuple[list[int], list[int], list[int]],
    verbs: Verbs,
) -> list[Report]:
    """The reports of one sentence (or piece of one): characters ``chars``, tokens
    ``indices`` of its paragraph's ``table`` (and of ``shared``, its Token
    objects, unless empty: a paragraph too long to be kept). ``words`` holds
    its lowercased tokens, the cue words among them (of ``_cue_words``),
    whether it may hold a frame without a partial quote's cue (a cue word, or
    ``To`` first) and whether the sentence is a whole paragraph (a possible
    headline); ``outer``, the start and end of each quote, marks included,
    and the partial quotes a sieve attributed with a cue, by index."""
    quotes = context.quotes
    start, end = chars
    first, stop = indices
    lowers, hits, any_cue, headline = words
    outer_starts, outer_ends, attributed = outer
    q = bisect.bisect_right(outer_ends, start)
    q_end = bisect.bisect_left(outer_starts, end, q)
    partials: list[int] = []
    if q < q_end and attributed:  # most sentences hold no quote
        # The attributed partial quotes among the sentence's quotes whose cue
        # is in the sentence, before the quote.
        a = bisect.bisect_left(attributed, q)
        b = bisect.bisect_left(attributed, q_end, a)
        if a < b:
            decisions = context.decisions
            partials = [
                k
                for k in attributed[a:b]
                if (decision := decisions[k]) is not None
                and decision.cue is not None
                and start <= decision.cue.start
                and decision.cue.end <= quotes[k].open_mark.start
            ]
    if hits and hits <= _that_words(verbs) and "that" not in lowers:
        any_cue = lowers[0] == "to"  # "sure", "the case" and no clause: no frame
    # Words without which a sentence holds no frame: read a sentence's tokens
    # only when one is in it (or a partial quote's cue is).
    if not partials and not any_cue and not (headline and ":" in lowers[1:5]):
        return []
    starts = table.starts[first:stop]
    texts = table.texts[first:stop]
    if shared:
        tokens = shared[first:stop]
    else:
        tokens = list(map(Token, starts, table.ends[first:stop], texts, lowers))
    # The candidate cue words, by index (found in C: most words are none).
    candidates = list(compress(count(), map(verbs.candidates.__contains__, lowers)))
    quote_of = [-1] * len(tokens)
    direct = [False] * len(tokens)
    bounds = {}
    for k in range(q, q_end):
        # The tokens of quote k: those that start inside its marks.
        a = bisect.bisect_left(starts, outer_starts[k])
        b = bisect.bisect_left(starts, outer_ends[k], a)
        if a < b:
            quote_of[a:b] = [k] * (b - a)
            if context.kinds[k] is QuoteKind.DIRECT:
                direct[a:b] = [True] * (b - a)
            bounds[k] = (outer_starts[k], outer_ends[k])
    s = Sentence(tokens, quote_of, direct, bounds, starts, texts, lowers)
    s.cues = frozenset(candidates)
    frames = []
    if headline:
        # Each headline reader is asked only when its word is in the first few
        # tokens: a colon after at most nine words, a cue word (its capitalized
        # verb of the clause list) after at most six.
        frame = headline_colon(context, verbs, s) if ":" in texts[1:10] else None
        if frame is None and any_cue and not hits.isdisjoint(lowers[1:7]):
            frame = title_headline(context, verbs, s)
        if frame is not None:
            frames.append(frame)
    for c in candidates:
        if quote_of[c] < 0:
            frame = read_frame(context, verbs, s, c)
            if frame is not None:
                frames.append(frame)
    # The readers below find nothing in a sentence without their words: each
    # is asked only when the sentence holds one (most hold none).
    if hits:
        if not _EVIDENCE_WORDS.isdisjoint(hits):
            # Evidence of documents and polls the frames above do not read (evidence.py).
            frames = read_evidence(context, verbs, s, frames, headline)
        if not verbs.stance.isdisjoint(hits) or not HEADLINE_STANCES.isdisjoint(hits):
            frames.extend(read_stances(context, verbs, s, headline))  # stances.py
        if not CLEAR_WORDS.isdisjoint(hits):
            frames.extend(read_made_clear(context, verbs, s))  # clear.py
        if not FEELING_WORDS.isdisjoint(hits):
            frames.extend(read_feelings(context, verbs, s))  # feeling.py
        if not NOMINAL_WORDS.isdisjoint(hits):
            frames.extend(read_nominals(context, verbs, s))  # nominal.py
        if not verbs.phrasal_words.isdisjoint(hits):
            frames.extend(read_phrasal(context, verbs, s))  # phrasal.py
        if not MENTION_WORDS.isdisjoint(hits):
            frames.extend(read_unmentioned(context, verbs, s))  # unmentioned.py
        if not verbs.discovery.isdisjoint(hits):
            frames.extend(read_discoveries(context, verbs, s, frames))  # discovery.py
        if not EXPERIENCER_WORDS.isdisjoint(hits):
            frames = read_experiencers(context, verbs, s, frames)  # experiencer.py
    if lowers and lowers[0] == "to":
        view = to_view(context, verbs, s, len(frames))  # view.py
        if view is not None:
            frames.append(view)
    settled = settle(s, frames)
    for k in partials:
        opening = quotes[k].open_mark.start
        if not any(r.content.start <= opening < r.content.end for r in settled):
            report = around_partial(context, verbs, s, k)
            if report is not None:
                settled.append(report)
    return settled
