"""Reported speech without quotation marks: source, cue and content in the writer's text.

This module owns the INDIRECT stage, which runs after the quote sieves. It reads
each sentence of the writer's own words for a reporting frame and returns, for
each, the reported content, the words naming its source and the cue:

* ``X said (that) C``, ``X told reporters on Tuesday (that) C``, ``X warned: C``;
* ``C, X said`` and ``C, said X`` (the content before a closing attribution);
* ``C1, X said, C2`` (an attribution set in the middle of its content);
* ``according to X, C`` and ``C, according to X``; ``as X put it``;
* ``X promised to C``, ``X urged Y to C`` (speech acts with an infinitive);
* ``X asked whether C``; ``X believes (that) C``; ``the report found that C``;
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
from collections.abc import Mapping

import attrs

from quoteattr.mentions import (
    PRONOUNS,
    Token,
    chunk_left,
    chunk_right,
    is_ly_adverb,
    span_of,
    tokens_in,
)
from quoteattr.model import QuoteKind, Span, span_unchecked
from quoteattr.sieves import Context
from quoteattr.sieves.adjacent import _described_source, _source_by
from quoteattr.sieves.grammar import not_a_speaker, subject_of_cue

__all__ = ["Report", "find_reports"]


@attrs.frozen
class Report:
    """One attribution of reported speech found in the writer's text.

    Attributes:
        content: the reported content (half-open offsets into the text).
        mention: the words naming the source, or None when the text names none
            (``it was reported that ...``).
        cue: the reporting verb or phrase.
        rule: the name of the pattern that found it.
    """

    content: Span
    mention: Span | None
    cue: Span
    rule: str


def _words(*lines: str) -> frozenset[str]:
    return frozenset(word for line in lines for word in line.split())


_SENTENCE_END = frozenset({".", "!", "?", "…"})
_EDGE_MARKS = frozenset({".", "!", "?", "…", ",", ";", ":", "—", "–", "-", "(", ")"})
_DASHES = frozenset({"—", "–"})
_SUBJECT_PRONOUNS = _words("i he she we they it you there")
# Words that open a noun phrase or a clause in a reported clause.
_CLAUSE_OPENERS = _words(
    "the a an his her their its our my your this these those some many most all no",
    "every any several both each neither none nobody everyone everybody nothing only",
    "such more fewer one two three four five another other others someone somebody",
    "anyone if when because once unless while although though after before since even",
    "not half nearly almost about roughly less what whoever whatever much little part",
    "without despite given",
)
_DETERMINERS = _words("the a an his her their its our my your this these those every each")
# Finite verbs and auxiliaries that show a clause.
_FINITE = _words(
    "is was are were am be will would can could should shall may might must has have",
    "had does did do cannot isn’t isn't wasn’t wasn't aren’t aren't weren’t weren't",
    "won’t won't wouldn’t wouldn't can’t can't couldn’t couldn't shouldn’t shouldn't",
    "hasn’t hasn't haven’t haven't hadn’t hadn't doesn’t doesn't didn’t didn't don’t",
    "don't ought",
)
# Common irregular past tenses (a clause's verb that does not end in -ed).
_IRREGULAR_PAST = _words(
    "began bought brought built came caught chose cost cut drew drove fell felt fled",
    "forgot fought found gave got grew heard held hid hit hurt kept knew laid led left",
    "lent let lost made meant met overcame overtook paid put quit ran rose sank sat saw",
    "sent set shot shut sold sought spent spoke spread stood stole struck swore took",
    "taught thought threw told understood went won wore wrote",
)
_CONTRACTED = ("’s", "'s", "’re", "'re", "’ll", "'ll", "’ve", "'ve", "’d", "'d", "’m", "'m")
# Words right after a cue that are not the start of its content ("said so").
_NOT_CONTENT = _words(
    "so nothing something anything yes no goodbye hello thanks otherwise",
    "too as to of about for with by in on at from into which and or but than",
    "publicly privately repeatedly",
)
# Prepositions that open an adjunct between a cue and its content.
_ADJUNCT_PREPOSITIONS = _words(
    "on in at during to of after before from via through over with outside inside",
    "since for amid throughout under without ahead following",
)
_TIME_WORDS = _words(
    "today yesterday tonight monday tuesday wednesday thursday friday saturday sunday",
    "again also later earlier once then now recently previously often last this next",
    "week month year night morning afternoon evening weekend ago too however instead",
    "though still even already first flatly bluntly",
)
_COMPLEMENTIZERS = _words("whether if why how what when where who")
# Verbs that ask or tell: "when", "where" and "who" open their content.
_ASKING = _words("ask wonder question inquire explain reveal disclose know tell")
# Reporting verbs that may take the hearer as an object before the content.
_HEARER_LEMMAS = _words(
    "tell inform assure remind warn promise convince persuade advise notify caution",
    "email text write ask urge implore beg press challenge encourage invite instruct",
    "order direct call pressure reassure show",
)
# Coordinators after which a clause with a frame of its own starts.
_COORDINATORS = _words("but while whereas although though yet and ; —")
# Nouns for what was said, after a possessor ("Trump's claim that ...").
_SPEECH_NOUNS = _words(
    "claim claims assertion argument warning insistence suggestion belief view promise",
    "pledge statement contention charge allegation accusation prediction admission",
    "assurance vow threat complaint announcement declaration explanation position",
    "conclusion finding findings hope fear concern suspicion notion insinuation boast",
    "denial theory message point comment remark response answer",
)
# Documents, polls and research whose verbs of finding report a position.
_FINDING_SUBJECTS = _words(
    "report reports study studies survey surveys poll polls polling analysis research",
    "data figures numbers results review audit investigation probe estimates estimate",
    "records documents memo findings census inquiry researchers scientists",
    "investigators analysts economists pollsters models",
)
_FINDING_VERBS = _words(
    "found find finds show shows showed shown reveal reveals revealed indicate",
    "indicates indicated suggest suggests suggested estimate estimates estimated",
    "conclude concludes concluded predict predicts predicted project projects projected",
)
# Auxiliaries of a passive cue ("it was reported that").
_PASSIVE_AUXILIARIES = _words("is was are were been be being")
# Participles that open a new report after a comma ("..., adding that ...").
_LEADS = frozenset({",", "—", "–", ";"})


def _is_word(token: Token) -> bool:
    return token.text[0].isalnum()


class _Sentence:
    """The tokens of one sentence, and for each the quote (if any) it lies in."""

    __slots__ = ("direct", "quote_of", "starts", "tokens")

    def __init__(self, tokens: list[Token], quote_of: list[int], direct: list[bool]) -> None:
        self.tokens = tokens
        self.starts = [token.start for token in tokens]
        self.quote_of = quote_of  # index into context.quotes, or -1
        self.direct = direct  # the token lies in a DIRECT quote

    def quoted(self, first: int, stop: int) -> bool:
        """Whether any of the tokens ``first`` to ``stop - 1`` lies in a quote."""
        return any(q >= 0 for q in self.quote_of[first:stop])


@attrs.frozen
class _Frame:
    """A frame before its content is settled: tokens ``first`` to ``stop - 1``
    are the provisional content; ``cue_at`` is the cue's token index."""

    first: int
    stop: int
    cue_at: int
    mention: Span | None
    cue: Span
    rule: str
    aside: bool = False  # the frame sits inside its own content ("C1, X said, C2")


class _Verbs:
    """The verb lists the stage reads, from the lexicon."""

    __slots__ = ("clause", "infinitive", "object", "reporting")

    def __init__(
        self,
        reporting: Mapping[str, str],
        clause: Mapping[str, str],
        infinitive: Mapping[str, str],
        objects: Mapping[str, str],
    ) -> None:
        self.reporting = reporting
        self.clause = clause
        self.infinitive = infinitive
        self.object = objects


def find_reports(
    context: Context,
    clause_verbs: Mapping[str, str],
    infinitive_verbs: Mapping[str, str],
    object_verbs: Mapping[str, str],
) -> list[Report]:
    """Every reporting frame of the writer's text with content.

    Args:
        context: the document as the sieves saw it.
        clause_verbs: forms of the verbs whose content is a clause, to lemmas.
        infinitive_verbs: forms of the verbs whose content is an infinitive.
        object_verbs: forms of the verbs whose content is their object.

    Returns:
        The reports, sorted by content start (a longer content first).
    """
    text = context.text
    vocab = context.vocab
    verbs = _Verbs(vocab.reporting_verbs, clause_verbs, infinitive_verbs, object_verbs)
    quotes = context.quotes
    outer_starts = [q.open_mark.start for q in quotes]
    outer_ends = [q.close_mark.end if q.close_mark is not None else q.span.end for q in quotes]
    reports: list[Report] = []
    seen: set[Span] = set()
    for sentence in context.segmentation.sentences:
        tokens = tokens_in(text, sentence.start, sentence.end, vocab.abbreviations)
        candidates = [
            k
            for k, token in enumerate(tokens)
            if token.lower in object_verbs
            or token.lower in clause_verbs
            or token.lower in infinitive_verbs
            or token.lower in _FINDING_VERBS
            or token.lower in _SPEECH_NOUNS
            or token.lower == "according"
            or token.lower == "as"
        ]
        q = bisect.bisect_right(outer_ends, sentence.start)
        partials = [
            k
            for k in range(q, bisect.bisect_left(outer_starts, sentence.end))
            if context.kinds[k] is not QuoteKind.DIRECT
            and (decision := context.decisions[k]) is not None
            and decision.cue is not None
            and decision.mention is not None
            and sentence.start <= decision.cue.start
            and decision.cue.end <= quotes[k].open_mark.start
        ]
        if not candidates and not partials:
            continue
        quote_of = [-1] * len(tokens)
        direct = [False] * len(tokens)
        q = bisect.bisect_right(outer_ends, sentence.start)
        if q < len(quotes) and outer_starts[q] < sentence.end:
            for k, token in enumerate(tokens):
                while q < len(quotes) and outer_ends[q] <= token.start:
                    q += 1
                if q < len(quotes) and outer_starts[q] <= token.start:
                    quote_of[k] = q
                    direct[k] = context.kinds[q] is QuoteKind.DIRECT
        s = _Sentence(tokens, quote_of, direct)
        frames = []
        for c in candidates:
            if quote_of[c] < 0:
                frame = _frame(context, verbs, s, c)
                if frame is not None:
                    frames.append(frame)
        settled = _settle(s, frames)
        for k in partials:
            outer = quotes[k].open_mark.start
            if not any(r.content.start <= outer < r.content.end for r in settled):
                report = _around_partial(context, verbs, s, k)
                if report is not None:
                    settled.append(report)
        for report in settled:
            if report.content not in seen:
                seen.add(report.content)
                reports.append(report)
    reports.sort(key=lambda r: (r.content.start, -r.content.end))
    return reports


def _settle(s: _Sentence, frames: list[_Frame]) -> list[Report]:
    """Fix each frame's content: cut it before a later coordinated frame, drop a
    frame whose cue lies inside another frame's content (``X said he thought
    ...``: one report, X's), and trim punctuation at the edges."""
    if not frames:
        return []
    tokens = s.tokens
    stops = []
    for frame in frames:
        stop = frame.stop
        for other in frames:
            if other is frame or not (frame.first < other.cue_at < stop) or frame.aside:
                continue
            opener = _frame_opener(s, other)
            if opener is not None and frame.first < opener < stop:
                stop = opener
        stops.append(stop)
    out = []
    for frame, stop in zip(frames, stops):
        nested = any(
            other is not frame
            and first < frame.cue_at < other_stop
            and not (frame.first < other.cue_at < stop)
            for other, other_stop in zip(frames, stops)
            for first in (other.first,)
        )
        if nested:
            continue
        span = _content_span(s, frame.first, stop)
        if span is None:
            continue
        out.append(Report(span, frame.mention, frame.cue, frame.rule))
    del tokens
    return out


def _around_partial(context: Context, verbs: _Verbs, s: _Sentence, index: int) -> Report | None:
    """``Rubio bemoaned the climate in which people “literally hate each other”
    because ...``: a partial quote the sieves attributed to a cue before it in
    its sentence is reported speech, and so is the clause around it; the
    content runs from the cue's complement to the end of that clause, and the
    quote's speaker, mention and cue are the report's."""
    decision = context.decisions[index]
    assert decision is not None and decision.cue is not None
    c = bisect.bisect_left(s.starts, decision.cue.start)
    if c >= len(s.tokens) or s.quote_of[c] >= 0:
        return None
    lemma = verbs.clause.get(s.tokens[c].lower) or verbs.infinitive.get(s.tokens[c].lower)
    start, how = _complement(context, verbs, s, c + 1, lemma or "")
    if how not in ("that", "bare", "to", "wh", "colon"):
        start = c + 1
    last = max(k for k, q in enumerate(s.quote_of) if q == index)
    if start > last:
        return None
    stop = max(_forward_stop(context, verbs, s, start), last + 1)
    span = _content_span(s, start, stop)
    if span is None or span.end <= context.quotes[index].open_mark.start:
        return None
    return Report(span, decision.mention, decision.cue, "reported_around_partial")


def _frame_opener(s: _Sentence, frame: _Frame) -> int | None:
    """The coordinator or semicolon that opens the clause of ``frame`` (``but``
    in ``..., but Y said ...``), or None when its clause opens with no coordinator."""
    tokens = s.tokens
    if frame.mention is None:
        return None
    m = bisect.bisect_left(s.starts, frame.mention.start)
    if m == 0 or m > frame.cue_at:
        return None
    before = tokens[m - 1]
    if before.lower in _COORDINATORS:
        k = m - 1
        while k > 0 and tokens[k - 1].text == ",":
            k -= 1
        return k
    return None


def _content_span(s: _Sentence, first: int, stop: int) -> Span | None:
    """The span of tokens ``first`` to ``stop - 1`` after trimming punctuation at
    the edges; None when no word outside quotation marks is left. A direct
    quotation ends the content; a quote at either edge stays whole."""
    tokens = s.tokens
    for k in range(first, stop):
        if s.direct[k]:
            stop = k
            break
    while stop > first and s.quote_of[stop - 1] < 0 and tokens[stop - 1].text in _EDGE_MARKS:
        stop -= 1
    while first < stop and s.quote_of[first] < 0 and tokens[first].text in _EDGE_MARKS:
        first += 1
    if stop <= first:
        return None
    if not any(s.quote_of[k] < 0 and _is_word(tokens[k]) for k in range(first, stop)):
        return None
    return span_unchecked(tokens[first].start, tokens[stop - 1].end)


# -- frames ----------------------------------------------------------------------


def _frame(context: Context, verbs: _Verbs, s: _Sentence, c: int) -> _Frame | None:
    tokens = s.tokens
    word = tokens[c].lower
    if word == "according":
        return _according(context, verbs, s, c)
    if word == "as":
        return _as_put_it(context, verbs, s, c)
    lemma = _verb_lemma(context, verbs, s, c)
    if lemma is not None:
        frame = _verb_frame(context, verbs, s, c, lemma)
        if frame is not None or word not in verbs.object:
            return frame
    if word in verbs.object and _verb_lemma(context, verbs, s, c, objects=True) is not None:
        return _speech_act(context, verbs, s, c)
    if word in _SPEECH_NOUNS:
        return _speech_noun(context, s, c)
    if word in _FINDING_VERBS:
        return _finding(context, verbs, s, c)
    return None


def _verb_lemma(
    context: Context, verbs: _Verbs, s: _Sentence, c: int, objects: bool = False
) -> str | None:
    """The lemma when ``tokens[c]`` is a verb of the clause or infinitive lists
    (with ``objects``, of the object list) used as a verb (``the hope``,
    ``Trump’s claims`` are nouns)."""
    tokens = s.tokens
    token = tokens[c]
    word = token.lower
    if objects:
        lemma = verbs.object.get(word)
    else:
        lemma = verbs.clause.get(word) or verbs.infinitive.get(word)
    if lemma is None or not token.text[0].islower():
        return None
    if c > 0:
        previous = tokens[c - 1].lower
        if previous in _DETERMINERS or previous.endswith(("’s", "'s")):
            return None  # "the hope", "Trump’s declared goal"
        if previous == "to" and c > 1 and tokens[c - 2].lower in _IMPERSONAL:
            return None  # "it’s safe to say": the writer's own voice
    if c + 1 < len(tokens) and tokens[c + 1].lower == "up" and lemma in ("add", "sum"):
        return None  # "added up to"
    if word in verbs.reporting and not context.vocab.cue_at(tokens, c):
        return None
    if word in verbs.reporting:
        return lemma
    if c > 0 and word.endswith("ing") and tokens[c - 1].lower.endswith("est"):
        return None  # "the highest calling"
    if word.endswith("s") and word != lemma and c > 0 and word not in verbs.clause:
        # "thanks to", "the attacks on": a plural noun unless a subject is right before it.
        previous = tokens[c - 1]
        if not (previous.text[0].isupper() or previous.lower in ("he", "she", "it", "who", "that")):
            return None
    return lemma


def _writer_start(s: _Sentence, c: int) -> int:
    """The first token of the writer's words before ``c``: after the last direct quote."""
    k = c - 1
    while k >= 0 and not s.direct[k]:
        k -= 1
    return k + 1


def _subject(context: Context, s: _Sentence, c: int) -> tuple[int, int] | None:
    """The source phrase of the cue ``c`` on its left, as sentence token indices."""
    lo = _writer_start(s, c)
    if lo >= c:
        return None
    tokens = s.tokens
    verb = c
    while verb - 1 > lo and tokens[verb - 1].lower in _NEGATIONS:
        verb -= 1  # "Sanders hasn’t said whether": read as "Sanders said"
    region = tokens[lo:verb] + [tokens[c]] if verb < c else tokens[lo : c + 1]
    chunk = (
        subject_of_cue(context.vocab, region, verb - lo)
        or _plain_subject(region, verb - lo)
        or _main_subject(context, region, verb - lo)
    )
    if chunk is None:
        return None
    first, stop = chunk[0] + lo, chunk[1] + lo
    if s.quote_of[first] >= 0 or s.quote_of[stop - 1] >= 0:
        return None
    if not_a_speaker(context.vocab, s.tokens[first:stop]) and not (
        stop == c
        and stop - first == 1
        and not tokens[first].lower.endswith("ing")
        and not tokens[c].lower.endswith("ing")
    ):
        return None  # but "Cuban said": a surname the lists know as a word
    return first, stop


_PARTICIPLE_LINKS = _words("after before while by in when since without , —")


def _main_subject(context: Context, tokens: list[Token], c: int) -> tuple[int, int] | None:
    """For a participle cue after a subordinator (``he is facing skepticism after
    saying``), the subject that opens the sentence when a verb follows it."""
    link = c - 1
    while link > 0 and (tokens[link].lower in _SUBJECT_SKIPPABLE or is_ly_adverb(tokens[link])):
        link -= 1  # "... and has since called"
    if c < 2 or not (
        (tokens[c].lower.endswith("ing") and tokens[c - 1].lower in _PARTICIPLE_LINKS)
        or tokens[link].lower in ("and", "but")
    ):
        return None
    k = 0
    while k < c and tokens[k].lower in ("but", "and", "yet", "so", "still", "now"):
        k += 1
    if k >= c:
        return None
    if tokens[k].lower in _SUBJECT_PRONOUNS and tokens[k].lower not in ("it", "there", "you"):
        chunk: tuple[int, int] | None = (k, k + 1)
    else:
        chunk = chunk_right(context.vocab, tokens, k)
    if chunk is None or chunk[1] >= c:
        return None
    following = tokens[chunk[1]]
    if not (following.text[0].islower() and following.text.isalpha()):
        return None
    if following.lower in _ADJUNCT_PREPOSITIONS or following.lower in _CLAUSE_WORDS:
        return None
    return chunk


_IMPERSONAL = _words("safe fair hard needless suffice enough difficult easy is was")
_NEGATIONS = _words(
    "not never hasn’t hasn't haven’t haven't hadn’t hadn't didn’t didn't doesn’t doesn't",
    "don’t don't won’t won't wouldn’t wouldn't can’t can't couldn’t couldn't isn’t isn't",
    "wasn’t wasn't did does do has have had will would could can",
)
# Words a plain subject phrase never holds: verbs, pronouns, clause words.
_NOT_IN_SUBJECT = _FINITE | _IRREGULAR_PAST | _words(
    "he she it they we i you him them us me who whom whose which that what to by with",
    "as because if when while although though since after before until unless so",
    "not never also said says say told",
)
# Words a subject phrase is opened after: the start of a clause.
_SUBJECT_OPENERS = _words(
    ", ; : — – ( and but yet so that because while although though with",
)
_SUBJECT_SKIPPABLE = _words(
    "has have had also later then would will could did does do reportedly previously",
    "is are was were been being",
    "recently once again often still repeatedly already just now even long",
)


def _plain_subject(tokens: list[Token], c: int) -> tuple[int, int] | None:
    """A noun phrase that opens its clause right before the cue ``tokens[c]``
    (``Some of Clinton’s longtime allies said``, ``Many in the crowd said``,
    ``Edwards and others said``), when the speaker grammar finds none."""
    end = c
    while end > 0 and (tokens[end - 1].lower in _SUBJECT_SKIPPABLE or is_ly_adverb(tokens[end - 1])):
        end -= 1
    if end == 0:
        return None
    head = tokens[end - 1]
    if not head.text.isalnum() and not head.text.endswith(("’", "'")):
        return None
    if head.lower in _NOT_IN_SUBJECT or head.lower in _CLAUSE_WORDS:
        return None
    fallback = None
    j = end - 1
    while j >= 0 and end - j <= 9:
        token = tokens[j]
        word = token.lower
        if word in ("and", "or") and fallback is None and j + 1 < end:
            fallback = j + 1
        if word in _SUBJECT_OPENERS and word not in ("and", "so"):
            break
        if not _is_word(token) and token.text not in ("-", "’", "'", "%", "&", "$"):
            break
        if word in _NOT_IN_SUBJECT and not (
            word == "to"
            and j + 1 < end
            and (tokens[j + 1].lower in _DETERMINERS or tokens[j + 1].text[0].isupper())
        ):
            break
        j -= 1
    start = j + 1
    while start < end and tokens[start].lower in ("and", "or", "so"):
        start += 1
    opened = j < 0 or tokens[j].lower in _SUBJECT_OPENERS
    if not opened or end - j > 9:
        if fallback is None:
            return None
        start = fallback
    if start >= end or tokens[start].lower in _ADJUNCT_PREPOSITIONS:
        return None
    return start, end


_CLAUSE_WORDS = _words(
    "the a an of in on at for from and or but this that these those there here",
    "very more most less least",
)


def _closing_tail(s: _Sentence, k: int) -> int | None:
    """After the last word of a closing attribution (``..., X said on Tuesday.``),
    the index of the sentence end or comma that ends it when only adjuncts come
    first; None when the clause goes on."""
    tokens = s.tokens
    n = len(tokens)
    j = k
    while j < n and j - k < 10:
        token = tokens[j]
        if token.text in _SENTENCE_END or token.text in (";", ",") or token.text in _DASHES:
            return j
        if s.quote_of[j] >= 0:
            return None
        word = token.lower
        if word in _TIME_WORDS or is_ly_adverb(token) or word in _ADJUNCT_PREPOSITIONS:
            j += 1
            continue
        if j > k and (
            token.text[0].isupper()
            or token.text[0].isdigit()
            or word in _DETERMINERS
            or tokens[j - 1].lower in _ADJUNCT_PREPOSITIONS
            or tokens[j - 1].lower in _DETERMINERS
            or tokens[j - 1].text[0].isupper()
        ):
            j += 1  # "in a statement", "on CNN’s State of the Union"
            continue
        return None
    return n if j >= n else None


def _verb_frame(
    context: Context, verbs: _Verbs, s: _Sentence, c: int, lemma: str
) -> _Frame | None:
    tokens = s.tokens
    n = len(tokens)
    vocab = context.vocab
    word = tokens[c].lower
    clause = word in verbs.clause
    cue = span_unchecked(tokens[c].start, tokens[c].end)
    previous = tokens[c - 1].text if c > 0 else ""
    # "..., said Angie Holan, Politifact’s editor." / "Trump, said Sunshine, doesn’t
    # forgive": the speaker after the cue; the content before it, or around it.
    if clause and previous in (",", "—", "–") and c + 1 < n:
        after = chunk_right(vocab, tokens, c + 1)
        if after is not None and not s.quoted(*after):
            end = _closing_tail(s, after[1])
            if end is None and after[1] < n and tokens[after[1]].lower in ("who", "whose"):
                end = n  # "..., said Wilcox, an Orlando Republican who founded ..."
            if end is not None:
                mention = span_of(tokens, after)
                return _closing(s, c, c - 1, end, mention, cue, "reported_before_cue")
    left = _subject(context, s, c)
    if left is None:
        return None
    if clause and left[0] > 0 and tokens[left[0] - 1].text in (",", "—", "–"):
        # "The talks failed, the ministry said." / "The economy, she said, is growing."
        end = _closing_tail(s, c + 1)
        if end is not None:
            mention = span_of(tokens, left)
            return _closing(s, c, left[0] - 1, end, mention, cue, "reported_before_mention")
    start, how = _complement(context, verbs, s, c + 1, lemma)
    mention: Span | None = span_of(tokens, left)
    if how == "that" and start < n and (
        _verb_like(tokens, start) or tokens[start].lower in _FINITE
    ):
        return None  # "news reports that question ...": a relative clause
    if how == "wh" and tokens[start].lower in ("when", "where", "who") and lemma not in _ASKING:
        return None  # "conceded when polls closed": a clause of time
    if how == "that" or how == "wh" or how == "colon":
        if not clause:
            return None
        rule = {"that": "reported_that", "wh": "reported_question", "colon": "reported_colon"}[how]
    elif how == "to":
        if word not in verbs.infinitive or (c > 0 and tokens[c - 1].lower in _PASSIVE_AUXILIARIES):
            return None  # "the shift was expected to happen": nobody's speech act
        rule = "reported_infinitive"
    elif how == "bare" and clause and _clause_starts(s, start):
        rule = "reported_clause"
    else:
        return None
    if _passive(tokens, c):
        if left[1] - left[0] != 1 or tokens[left[0]].lower != "it" or how != "that":
            return None  # "the realities have been stated": the subject is what was said
        mention, rule = None, "reported_passive"  # "it was reported that ..."
    stop = _forward_stop(context, verbs, s, start)
    if stop <= start:
        return None
    return _Frame(start, stop, c, mention, cue, rule)


def _passive(tokens: list[Token], c: int) -> bool:
    """Whether the cue ``tokens[c]`` is a passive participle (``was told``, ``has
    been reported``, ``is widely believed``)."""
    word = tokens[c].lower
    if not (word.endswith(("ed", "en")) or word in _IRREGULAR_PAST):
        return False
    k = c - 1
    while k >= 0 and (is_ly_adverb(tokens[k]) or tokens[k].lower in ("also", "not", "never")):
        k -= 1
    return k >= 0 and tokens[k].lower in _PASSIVE_AUXILIARIES


def _closing(
    s: _Sentence, c: int, comma: int, end: int, mention: Span, cue: Span, rule: str
) -> _Frame | None:
    """``C, X said``: the content runs from the clause start to the comma; when
    the attribution is followed by a comma and more words (``C1, X said, C2``),
    the content is the whole sentence around it."""
    tokens = s.tokens
    first = _writer_start(s, comma)
    if comma - first < 2:
        return None
    if end < len(tokens) and tokens[end].text == "," and end + 1 < len(tokens):
        if s.quote_of[end + 1] >= 0 and s.direct[end + 1]:
            return None  # "Eight years ago, he said, “...”": the quote is the content
        following = tokens[end + 1]
        inverted = rule == "reported_before_cue"
        if (
            s.quote_of[end + 1] < 0
            and not following.lower.endswith("ing")
            and following.lower not in ("according", "as")
            and (not inverted or (following.text[0].islower() and following.lower not in _NOT_ASIDE))
        ):
            return _Frame(first, len(tokens), c, mention, cue, "reported_aside", aside=True)
    if not any(
        s.quote_of[j] >= 0 or _verb_like(tokens, j) for j in range(first, comma)
    ):
        return None  # "Before the convention, X said ...": an adverbial, not content
    return _Frame(first, comma, c, mention, cue, rule)


# Words after "C, said X," that start an apposition or a relative clause of X.
_NOT_ASIDE = _words("who whose whom which where a an the his her their its our")


def _complement(
    context: Context, verbs: _Verbs, s: _Sentence, k: int, lemma: str
) -> tuple[int, str]:
    """From just after a cue, pass over its hearer and adjuncts (``told reporters
    on Tuesday``); return where the content starts and how it is introduced:
    ``"that"``, ``"colon"``, ``"wh"``, ``"to"``, ``"bare"`` or ``"none"``."""
    tokens = s.tokens
    n = len(tokens)
    hearer = lemma in _HEARER_LEMMAS
    for _ in range(8):
        if k >= n:
            return k, "none"
        token = tokens[k]
        word = token.lower
        if s.quote_of[k] >= 0:
            return k, "bare"
        if word == "that":
            return k + 1, "that"
        if word in _COMPLEMENTIZERS and token.text[0].islower():
            return k, "wh"
        if token.text == ":":
            return k + 1, "colon"
        if word == "to" and k + 1 < n and _infinitive_verb(tokens[k + 1]):
            return k, "to"
        if word in ("out", "back", "up") and tokens[k - 1].lower in ("point", "pointed", "points"):
            k += 1
            continue
        if word in ("on", "upon", "for") and lemma == "call":
            k += 1
            continue
        if word in _TIME_WORDS or is_ly_adverb(token):
            k += 1
            continue
        if token.text == ",":
            # "said, however, that ...": an aside set off by commas before "that".
            close = next((j for j in range(k + 1, min(n, k + 10)) if tokens[j].text == ","), None)
            if close is not None and close + 1 < n and tokens[close + 1].lower == "that":
                return close + 2, "that"
            return k, "none"
        if word in _ADJUNCT_PREPOSITIONS and token.text[0].islower():
            end = _adjunct_end(s, k)
            if end is None:
                return k, "none"
            k = end
            continue
        if hearer:
            hearer = False
            chunk = chunk_right(context.vocab, tokens, k)
            if chunk is None and word in ("me", "us", "them", "him", "her", "you"):
                chunk = (k, k + 1)
            if chunk is None:
                chunk = _plain_hearer(s, k)
            if chunk is not None and chunk[1] < n:
                nxt = tokens[chunk[1]]
                if (
                    nxt.lower in ("that", "to", ",", "on", "in", "at", "during", "last", "this")
                    or nxt.lower in _COMPLEMENTIZERS
                    or nxt.lower in _TIME_WORDS
                    or _clause_starts(s, chunk[1])
                ):
                    k = chunk[1]
                    continue
        return k, "bare"
    return k, "none"


def _plain_hearer(s: _Sentence, k: int) -> tuple[int, int] | None:
    """``my husband``, ``the governor``, ``voters in Iowa``: a short phrase the
    speaker grammar does not chunk, up to ``that``, ``to`` or a wh-word."""
    tokens = s.tokens
    for j in range(k + 1, min(len(tokens), k + 6)):
        word = tokens[j].lower
        if word in ("that", "to") or word in _COMPLEMENTIZERS:
            return (k, j)
        if not _is_word(tokens[j]) or s.quote_of[j] >= 0 or _verb_like(tokens, j):
            return None
    return None


def _infinitive_verb(token: Token) -> bool:
    """A word after ``to`` that can be a verb (not ``to reporters``, ``to the``)."""
    word = token.lower
    return (
        token.text[0].islower()
        and token.text.isalpha()
        and word not in _DETERMINERS
        and word not in PRONOUNS
        and word not in _words("me us them you reporters")
    )


def _adjunct_end(s: _Sentence, k: int) -> int | None:
    """The index after a short prepositional phrase opened at ``tokens[k]`` (``in
    a statement``, ``at a rally in Iowa``, ``on CNN’s “State of the Union”``)
    when ``that``, a comma, a clause or the sentence end follows it."""
    tokens = s.tokens
    n = len(tokens)
    j = k + 1
    while j < n and j - k <= 9:
        token = tokens[j]
        word = token.lower
        if word == "that" or token.text in (",", ".", ";", ":", "—") or word in _COMPLEMENTIZERS:
            break
        if word in _SUBJECT_PRONOUNS and not (j == k + 1 and word in ("it", "you")):
            break
        if word.endswith(_CONTRACTED) and word[:-2] in _SUBJECT_PRONOUNS:
            break  # "said for weeks he’s the only one"
        if (
            j > k + 1
            and word in _DETERMINERS
            and tokens[j - 1].lower not in _ADJUNCT_PREPOSITIONS
            and tokens[j - 1].lower not in ("and", "of", "’s", "'s")
            and not tokens[j - 1].lower.endswith(("’s", "'s"))
        ):
            break  # "in a statement the company ...": a new phrase
        if s.quote_of[j] >= 0:
            q = s.quote_of[j]
            while j < n and s.quote_of[j] == q:
                j += 1
            continue
        if _verb_like(tokens, j) and not tokens[j - 1].text[0].isupper():
            return None  # "after Nabisco announced ...": a clause, not a phrase
        j += 1
    if j == k + 1 or j - k > 9:
        return None
    return j


def _clause_starts(s: _Sentence, k: int) -> bool:
    """Whether a reported clause without ``that`` starts at ``tokens[k]``: a
    subject, then a finite verb before any comma."""
    tokens = s.tokens
    n = len(tokens)
    if k >= n:
        return False
    if s.quote_of[k] >= 0:
        # A partial quote opens it ("said “the time” has come"): the quote is the
        # subject; a verb must follow it.
        q = s.quote_of[k]
        j = k
        while j < n and s.quote_of[j] == q:
            j += 1
        return j < n and _verb_like(tokens, j)
    head = tokens[k]
    word = head.lower
    if word in _NOT_CONTENT or not _is_word(head):
        return False
    if word.endswith(_CONTRACTED) and word[:-2] in _SUBJECT_PRONOUNS | {"that", "what", "who"}:
        return True  # "he’s", "it's", "there’s"
    if word.endswith(_CONTRACTED[2:]) and word[:-3] in _SUBJECT_PRONOUNS:
        return True  # "they’re", "we’ll"
    pronoun = word in _SUBJECT_PRONOUNS
    if word in _ADJUNCT_PREPOSITIONS or is_ly_adverb(head) or _verb_like(s.tokens, k):
        return False
    if pronoun:
        j = k + 1
        while j < n and (
            tokens[j].text == ","
            or tokens[j].lower in _PRONOUN_ASIDES
            or is_ly_adverb(tokens[j])
        ):
            j += 1
        if j >= n or s.quote_of[j] >= 0:
            return False
        token = tokens[j]
        if word == "there":
            return token.lower in _FINITE or token.lower in ("seems", "appears", "remains")
        return (
            token.text[0].islower()
            and token.text.isalpha()
            and token.lower not in _ADJUNCT_PREPOSITIONS
            and token.lower not in _CLAUSE_WORDS
            and token.lower not in _SUBJECT_PRONOUNS
        ) or _verb_like(tokens, j)
    for j in range(k + 1, min(n, k + 12)):
        token = tokens[j]
        if s.quote_of[j] >= 0:
            continue
        text = token.text
        if text in (",", ";", ":", ".", "?", "!", "—", "(") or text in _SENTENCE_END:
            return False
        if _verb_like(tokens, j):
            return True
        if token.lower in ("and", "or", "but") and j + 1 < n and _verb_like(tokens, j + 1):
            return False  # "questions X’s ties and has called ...": a second verb phrase
        if token.lower in _SUBORDINATORS:
            return False  # "told his advisers as he labored": the verb is another clause's
    return False


_AS_AUXILIARIES = _words("has have had did does do is was are were well")
_SUBORDINATORS = _words(
    "as because when while after before if since until although though unless whereas",
    "who whom whose which where",
)


_PRONOUN_ASIDES = _words("too also however though still now then just really only")


def _verb_like(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` looks like the finite verb of a clause."""
    token = tokens[j]
    word = token.lower
    if word in _FINITE or word.endswith(("n’t", "n't")) or word in _IRREGULAR_PAST:
        return True
    if not token.text[0].islower() or not token.text.isalpha():
        return False
    previous = tokens[j - 1].lower
    if previous in _DETERMINERS or previous.endswith(("’s", "'s")):
        return False  # "the proposed plan", "the company’s earnings"
    if word.endswith("ed") and len(word) > 4:
        return True
    return (
        word.endswith("s")
        and len(word) > 3
        and not word.endswith(("ss", "us", "is", "ics", "ous"))
        and (
            tokens[j - 1].text[0].isupper()
            or previous in ("he", "she", "it", "who", "that", "which")
            or (
                tokens[j - 1].text.isalpha()
                and not previous.endswith(("s", "ing", "ed"))

            )
        )
    )



def _forward_stop(context: Context, verbs: _Verbs, s: _Sentence, start: int) -> int:
    """Where a content that begins at ``start`` ends: the sentence end, a
    participle that opens a new report (``..., adding that``), ``according to``,
    or a clause with a reporting verb of its own (``..., but Y said``)."""
    tokens = s.tokens
    n = len(tokens)
    # A frame inside a dash or parenthesis aside ends with it.
    aside = any(
        s.quote_of[j] < 0 and tokens[j].text in ("—", "–", "(") for j in range(start)
    ) and (sum(1 for j in range(start) if tokens[j].text in ("—", "–")) % 2 == 1 or any(
        tokens[j].text == "(" for j in range(start)
    ))
    for k in range(start + 1, n - 1):
        if s.quote_of[k] >= 0:
            continue
        text = tokens[k].lower
        if text in _LEADS:
            following = tokens[k + 1].lower
            if following.endswith("ing") and following in verbs.clause:
                return k
            if following == "according" or following in ("compared", "unlike"):
                return k
            if following == "as" and k + 2 < n and tokens[k + 2].lower in _AS_AUXILIARIES:
                return k  # "..., as have other Democrats": the writer's comparison
        if text in ("—", "–", ")") and aside:
            return k  # the end of a dash or parenthesis the frame sits in
        if (
            (text in _LEADS or text in _COORDINATORS)
            and _clause_with_cue(context, verbs, s, k + 1)
            and any(_verb_like(tokens, j) for j in range(start + 1, k))
        ):
            while k > start and tokens[k - 1].text == ",":
                k -= 1
            return k
    return n


def _clause_with_cue(context: Context, verbs: _Verbs, s: _Sentence, k: int) -> bool:
    """Whether a clause opening at ``tokens[k]`` is a subject of at most seven
    words and a cue (``but Y said``, ``some allies questioned``)."""
    tokens = s.tokens
    n = len(tokens)
    if k < n and tokens[k].lower in _COORDINATORS:
        k += 1
    if k >= n or tokens[k].lower in _ADJUNCT_PREPOSITIONS or tokens[k].lower in _COMPLEMENTIZERS:
        return False
    subject = False
    for j in range(k, min(n, k + 8)):
        token = tokens[j]
        if s.quote_of[j] >= 0 or not (_is_word(token) or token.text in ("’", "'", "-")):
            return False
        word = token.lower
        if subject and (word in verbs.clause or word in verbs.reporting or word in verbs.infinitive):
            return _verb_lemma(context, verbs, s, j) is not None
        if word not in _SUBJECT_SKIPPABLE and word not in _PRONOUN_ASIDES and not is_ly_adverb(token):
            subject = True
        if word in _FINITE or word in _IRREGULAR_PAST or word in _NOT_IN_SUBJECT:
            if word not in _SUBJECT_SKIPPABLE and word not in _NEGATIONS:
                return False
    return False


def _speech_act(context: Context, verbs: _Verbs, s: _Sentence, c: int) -> _Frame | None:
    """``Halvorson blasted Shuster for cavorting with a lobbyist``: a reporting
    verb whose content is its object, up to the end of its clause."""
    tokens = s.tokens
    n = len(tokens)
    if _passive(tokens, c) or not tokens[c].text[0].islower():
        return None
    left = _subject(context, s, c)
    if left is None:
        return None
    k = c + 1
    while k < n and (is_ly_adverb(tokens[k]) or tokens[k].lower in ("for", "on", "off", "out", "back", "to", "about", "of", "against", "at", "up")):
        k += 1
    if k >= n or k > c + 3:
        return None
    head = tokens[k]
    if s.quote_of[k] < 0 and (not _is_word(head) or head.lower in _NOT_CONTENT or _verb_like(tokens, k)):
        return None
    stop = k
    while stop < n:
        token = tokens[stop]
        if s.quote_of[stop] >= 0:
            stop += 1
            continue
        if token.text in _SENTENCE_END or token.text in (",", ";", ":", "—", "–", "("):
            break
        if token.lower in ("and", "but", "while", "because", "as", "when") and _new_clause(
            s, stop + 1
        ):
            break
        stop += 1
    if stop <= k:
        return None
    cue = span_unchecked(tokens[c].start, tokens[c].end)
    return _Frame(k, stop, c, span_of(tokens, left), cue, "reported_speech_act")


def _new_clause(s: _Sentence, k: int) -> bool:
    """Whether a clause with a subject of its own (or a second verb) opens at
    ``tokens[k]``: ``and his administration has made ...``, ``and hugged her``."""
    tokens = s.tokens
    n = len(tokens)
    for j in range(k, min(n, k + 7)):
        token = tokens[j]
        if s.quote_of[j] >= 0 or not _is_word(token):
            return False
        if _verb_like(tokens, j) or (
            j > k and token.lower.endswith("ing") and tokens[j - 1].text[0].isupper()
        ):
            return True
    return False


def _according(context: Context, verbs: _Verbs, s: _Sentence, c: int) -> _Frame | None:
    """``According to X, C``, ``C, according to X``, ``C1, according to X, C2``."""
    tokens = s.tokens
    n = len(tokens)
    if c + 2 >= n or tokens[c + 1].lower != "to":
        return None
    vocab = context.vocab
    chunk = (
        chunk_right(vocab, tokens, c + 2)
        or _source_by(vocab, tokens, c + 2)
        or _described_source(tokens, c + 2)
    )
    if chunk is None or s.quoted(*chunk):
        return None
    cue = span_unchecked(tokens[c].start, tokens[c + 1].end)
    mention = span_of(tokens, chunk)
    first = _writer_start(s, c)
    end = chunk[1]
    opening = c == first or (
        c == first + 1 and tokens[first].lower in ("but", "and", "yet", "so", "still")
    )
    if opening:
        if end < n and tokens[end].text in (",", "—", "–", ":"):
            return _Frame(end + 1, _forward_stop(context, verbs, s, end + 1), c, mention, cue, "according_to")
        return None
    if end < n and tokens[end].text == "," and end + 1 < n:
        if tokens[end + 1].text not in _SENTENCE_END:
            return _Frame(first, n, c, mention, cue, "according_to", aside=True)
    stop = c - 1 if tokens[c - 1].text in (",", "—", "–", "(") else c
    return _Frame(first, stop, c, mention, cue, "according_to")


def _as_put_it(context: Context, verbs: _Verbs, s: _Sentence, c: int) -> _Frame | None:
    """``As X put it, C`` / ``C, as X noted``: the clause around the aside."""
    tokens = s.tokens
    n = len(tokens)
    if c + 2 >= n:
        return None
    chunk = chunk_right(context.vocab, tokens, c + 1)
    if chunk is None or s.quoted(*chunk):
        return None
    k = chunk[1]
    while k < n and (tokens[k].lower in ("has", "had", "have", "once", "later", "so") or is_ly_adverb(tokens[k])):
        k += 1
    if k >= n:
        return None
    verb = tokens[k].lower
    if verb in ("put", "puts") and k + 1 < n and tokens[k + 1].lower == "it":
        cue_end = k + 2
    elif verb in verbs.clause and verbs.clause[verb] not in ("expect", "know", "hope", "fear"):
        cue_end = k + 1
    else:
        return None
    if cue_end < n and tokens[cue_end].text not in (",", ".", "—", ";") and tokens[cue_end].text not in _SENTENCE_END:
        return None  # "as X said he would": a clause of time or manner
    cue = span_unchecked(tokens[k].start, tokens[cue_end - 1].end)
    mention = span_of(tokens, chunk)
    first = _writer_start(s, c)
    if c == first and cue_end < n and tokens[cue_end].text == ",":
        return _Frame(cue_end + 1, _forward_stop(context, verbs, s, cue_end + 1), c, mention, cue, "as_put_it")
    if c > first and tokens[c - 1].text in (",", "—", "–"):
        if cue_end < n and tokens[cue_end].text == "," and cue_end + 1 < n:
            return _Frame(first, n, c, mention, cue, "as_put_it", aside=True)
        return _Frame(first, c - 1, c, mention, cue, "as_put_it")
    return None


def _speech_noun(context: Context, s: _Sentence, c: int) -> _Frame | None:
    """``Trump's claim that C``: a possessor, a speech noun, ``that`` and a clause
    up to the first comma, dash or the sentence end."""
    tokens = s.tokens
    n = len(tokens)
    if c == 0 or c + 2 >= n or tokens[c + 1].lower != "that":
        return None
    possessor = tokens[c - 1]
    if not possessor.lower.endswith(("’s", "'s")) or possessor.lower[:-2] in PRONOUNS:
        return None
    if not possessor.text[0].isupper():
        return None
    chunk = chunk_left(context.vocab, tokens, c)
    first = chunk[0] if chunk is not None and chunk[1] >= c else c - 1
    if s.quoted(first, c):
        return None
    start = c + 2
    if not _clause_starts(s, start):
        return None
    stop = start
    while stop < n and tokens[stop].text not in (",", "—", "–", ";") and tokens[stop].text not in _SENTENCE_END:
        stop += 1
    cue = span_unchecked(tokens[c].start, tokens[c].end)
    mention = span_unchecked(tokens[first].start, possessor.end)
    return _Frame(start, stop, c, mention, cue, "speech_noun")


def _finding(context: Context, verbs: _Verbs, s: _Sentence, c: int) -> _Frame | None:
    """``The report found that C``, ``a poll shows C``, ``polls showed Rubio in
    third``: a document, poll or body of research as the subject of a verb of
    finding; the content is its clause or its object."""
    tokens = s.tokens
    if not tokens[c].text[0].islower() or _passive(tokens, c):
        return None
    if c > 0 and (tokens[c - 1].lower in _DETERMINERS or tokens[c - 1].lower.endswith(("’s", "'s"))):
        return None
    left = _subject(context, s, c)
    if left is None or not any(t.lower in _FINDING_SUBJECTS for t in tokens[left[0] : left[1]]):
        return None
    cue = span_unchecked(tokens[c].start, tokens[c].end)
    mention = span_of(tokens, left)
    if left[0] > 0 and tokens[left[0] - 1].text in (",", "—", "–"):
        end = _closing_tail(s, c + 1)
        if end is not None:
            return _closing(s, c, left[0] - 1, end, mention, cue, "reported_finding")
    start, how = _complement(context, verbs, s, c + 1, "find")
    if how == "that" or (how == "bare" and _clause_starts(s, start)):
        stop = _forward_stop(context, verbs, s, start)
        if stop <= start:
            return None
        return _Frame(start, stop, c, mention, cue, "reported_finding")
    frame = _speech_act(context, verbs, s, c)
    return None if frame is None else attrs.evolve(frame, rule="reported_finding")
