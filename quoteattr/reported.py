"""Reported speech without quotation marks: source, cue and content in the writer's text.

This module owns the INDIRECT stage, which runs after the quote sieves. It reads
each sentence of the writer's own words for a reporting frame and returns, for
each, the reported content, the words naming its source and the cue:

* ``X said (that) C``, ``X told reporters on Tuesday (that) C``, ``X warned: C``;
* ``C, X said`` and ``C, said X`` (the content before a closing attribution);
* ``C1, X said, C2`` (an attribution set in the middle of its content);
* ``according to X, C`` and ``C, according to X``; ``as X put it``;
* ``X promised to C``, ``X urged Y to C`` (speech acts with an infinitive);
* ``X asked whether C``; ``X believes (that) C``, ``the report found that C``;
* ``X's claim that C`` (a speech noun after its possessor).

The content runs from the cue's complement to where the writer's own voice
resumes: the end of the sentence, a coordinated clause with a frame of its own
(``..., but Y said ...``), a participle that opens a new report by the same source
(``..., adding that ...``), or a direct quotation. Quotation marks inside the
content (a partial quote) stay inside it: the partial quote is reported by the
same source, and the INDIRECT span contains it.

Spans are half-open offsets into the untouched text; every mention is a slice of
the sentence's tokens and never lies inside quotation marks.
"""

from __future__ import annotations

import bisect

import attrs

from quoteattr.mentions import (
    PRONOUNS,
    Token,
    Vocabulary,
    chunk_left,
    chunk_right,
    is_ly_adverb,
    span_of,
    tokens_in,
)
from quoteattr.model import QuoteKind, Span, span_unchecked
from quoteattr.sieves import (
    Context,
    _described_source,
    _not_a_speaker,
    _source_by,
    _subject_of_cue,
)

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


# -- word classes ---------------------------------------------------------------

_SENTENCE_END = frozenset({".", "!", "?", "…"})
_TRAILING = frozenset({".", "!", "?", "…", ",", ";", ":", "—", "–", "-", "(", ")"})
_OPEN_MARKS = frozenset({"“", '"', "‘", "'", "«", "‹", "„", "`"})
_CLOSE_MARKS = frozenset({"”", '"', "’", "'", "»", "›"})

# Subjects that open a reported clause.
_SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "we", "they", "it", "you", "there"})
_CLAUSE_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "this",
        "these",
        "those",
        "some",
        "many",
        "most",
        "all",
        "no",
        "every",
        "any",
        "several",
        "both",
        "each",
        "neither",
        "none",
        "nobody",
        "everyone",
        "everybody",
        "nothing",
        "only",
        "such",
        "more",
        "fewer",
        "one",
        "two",
        "three",
        "four",
        "five",
        "another",
        "other",
        "others",
        "someone",
        "somebody",
        "anyone",
        "if",
        "when",
        "because",
        "once",
        "unless",
        "while",
        "although",
        "though",
        "after",
        "before",
        "since",
        "even",
        "not",
    }
)
# Finite verbs and auxiliaries that show a clause.
_FINITE = frozenset(
    {
        "is",
        "was",
        "are",
        "were",
        "am",
        "be",
        "will",
        "would",
        "can",
        "could",
        "should",
        "shall",
        "may",
        "might",
        "must",
        "has",
        "have",
        "had",
        "does",
        "did",
        "do",
        "isn’t",
        "isn't",
        "wasn’t",
        "wasn't",
        "aren’t",
        "aren't",
        "weren’t",
        "weren't",
        "won’t",
        "won't",
        "wouldn’t",
        "wouldn't",
        "can’t",
        "can't",
        "cannot",
        "couldn’t",
        "couldn't",
        "shouldn’t",
        "shouldn't",
        "hasn’t",
        "hasn't",
        "haven’t",
        "haven't",
        "hadn’t",
        "hadn't",
        "doesn’t",
        "doesn't",
        "didn’t",
        "didn't",
        "don’t",
        "don't",
        "needs",
        "wants",
        "knows",
        "thinks",
        "believes",
        "remains",
        "seems",
        "deserves",
        "supports",
        "opposes",
        "plans",
        "lacks",
        "makes",
        "takes",
        "gets",
        "goes",
        "means",
        "becomes",
        "owes",
        "feels",
        "looks",
    }
)
_CONTRACTIONS = ("’s", "'s", "’re", "'re", "’ll", "'ll", "’ve", "'ve", "’d", "'d", "’m", "'m")

# Words after a cue that are not its content: "said so", "said nothing".
_NOT_CONTENT = frozenset(
    {
        "so",
        "nothing",
        "something",
        "anything",
        "much",
        "little",
        "more",
        "less",
        "yes",
        "no",
        "goodbye",
        "hello",
        "thanks",
        "otherwise",
        "too",
        "as",
        "to",
        "of",
        "about",
        "for",
        "with",
        "by",
        "in",
        "on",
        "at",
        "from",
        "into",
        "what",
        "this",
        "that",
        "which",
    }
)
# Prepositions that open an adjunct between a cue and its content.
_ADJUNCT_PREPOSITIONS = frozenset(
    {
        "on",
        "in",
        "at",
        "during",
        "to",
        "of",
        "after",
        "before",
        "from",
        "via",
        "through",
        "over",
        "with",
        "outside",
        "inside",
        "since",
        "earlier",
    }
)
_TIME_WORDS = frozenset(
    {
        "today",
        "yesterday",
        "tonight",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "again",
        "also",
        "later",
        "earlier",
        "once",
        "then",
        "now",
        "recently",
        "previously",
        "often",
        "last",
        "this",
        "next",
        "week",
        "month",
        "year",
        "night",
        "morning",
        "afternoon",
        "evening",
        "weekend",
        "ago",
        "too",
        "however",
        "instead",
        "though",
        "still",
        "even",
        "already",
    }
)
_COMPLEMENTIZERS = frozenset({"whether", "if", "why", "how", "what", "when", "where", "who"})
# Reporting verbs that take the hearer as an object before the content.
_HEARER_VERBS = frozenset(
    {
        "tell",
        "inform",
        "assure",
        "remind",
        "warn",
        "promise",
        "convince",
        "persuade",
        "advise",
        "notify",
        "caution",
        "brief",
        "email",
        "text",
        "write",
        "ask",
        "urge",
        "implore",
        "beg",
        "press",
        "challenge",
        "encourage",
        "invite",
        "instruct",
        "order",
        "direct",
        "call",
        "pressure",
        "signal",
        "show",
        "teach",
    }
)
# Speech acts whose content is an infinitive ("promised to ...", "urged X to ...").
_INFINITIVE_VERBS = frozenset(
    {
        "promise",
        "vow",
        "pledge",
        "threaten",
        "swear",
        "offer",
        "agree",
        "refuse",
        "decline",
        "demand",
        "urge",
        "ask",
        "tell",
        "warn",
        "implore",
        "beg",
        "press",
        "challenge",
        "encourage",
        "invite",
        "instruct",
        "order",
        "direct",
        "call",
        "pressure",
        "advise",
        "request",
        "propose",
        "vote",
        "insist",
        "appeal",
        "push",
        "plead",
        "want",
        "hope",
        "plan",
        "expect",
        "intend",
    }
)
# Verbs that ask: a wh- or whether-clause is their content.
_QUESTION_VERBS = frozenset(
    {"ask", "wonder", "question", "inquire", "explain", "describe", "reveal", "disclose"}
)
# Participles that open a new report by the same source ("..., adding that ...").
_COORDINATORS = frozenset({"but", "while", "whereas", "although", "though", "yet", "and", ";"})
# Nouns for what was said, after a possessor ("Trump's claim that ...").
_SPEECH_NOUNS = frozenset(
    {
        "claim",
        "claims",
        "assertion",
        "argument",
        "warning",
        "insistence",
        "suggestion",
        "belief",
        "view",
        "promise",
        "pledge",
        "statement",
        "contention",
        "charge",
        "allegation",
        "accusation",
        "prediction",
        "admission",
        "assurance",
        "vow",
        "threat",
        "complaint",
        "announcement",
        "declaration",
        "explanation",
        "position",
        "conclusion",
        "finding",
        "findings",
        "hope",
        "fear",
        "concern",
        "suspicion",
        "notion",
        "insinuation",
        "boast",
        "denial",
        "theory",
        "message",
        "point",
        "comment",
        "remark",
        "response",
        "answer",
        "report",
    }
)
# Documents, polls and data whose verbs of finding report a position.
_FINDING_SUBJECTS = frozenset(
    {
        "report",
        "reports",
        "study",
        "studies",
        "survey",
        "surveys",
        "poll",
        "polls",
        "polling",
        "analysis",
        "research",
        "data",
        "figures",
        "numbers",
        "results",
        "review",
        "audit",
        "investigation",
        "probe",
        "estimates",
        "estimate",
        "records",
        "documents",
        "memo",
        "findings",
        "census",
        "inquiry",
        "commission",
        "panel",
        "committee",
        "researchers",
        "scientists",
        "investigators",
        "analysts",
        "economists",
        "experts",
        "pollsters",
        "study’s",
        "report’s",
    }
)
_FINDING_VERBS = frozenset(
    {
        "found",
        "find",
        "finds",
        "show",
        "shows",
        "showed",
        "shown",
        "suggest",
        "suggests",
        "suggested",
        "indicate",
        "indicates",
        "indicated",
        "reveal",
        "reveals",
        "revealed",
        "estimate",
        "estimates",
        "estimated",
        "conclude",
        "concludes",
        "concluded",
        "predict",
        "predicts",
        "predicted",
        "project",
        "projects",
        "projected",
    }
)


def _is_word(token: Token) -> bool:
    return token.text[0].isalnum()


# -- the stage --------------------------------------------------------------------


class _Sentence:
    """The tokens of one sentence and which quote (if any) each lies in."""

    __slots__ = ("direct", "end", "quote_of", "start", "tokens")

    def __init__(self, tokens: list[Token], quote_of: list[int], direct: list[bool]) -> None:
        self.tokens = tokens
        self.quote_of = quote_of  # index into context.quotes, or -1
        self.direct = direct  # the token lies in a DIRECT quote
        self.start = 0
        self.end = len(tokens)


STANCE_VERBS = frozenset(
    "believe believes believed think thinks thought hope hopes hoped fear fears feared "
    "expect expects expected know knows knew feel feels felt worry worries worried "
    "doubt doubts doubted suspect suspects suspected assume assumes assumed "
    "want wants wanted plan plans planned".split()
)


def find_reports(context: Context, stance_verbs: frozenset[str] = STANCE_VERBS) -> list[Report]:
    """Every reporting frame of the writer's text, in text order of content.

    Args:
        context: the document as the sieves saw it (their decisions made).
        stance_verbs: forms of verbs of thought and belief (``believes``,
            ``thinks``) read as cues when a clause follows.

    Returns:
        The reports, sorted by content start.
    """
    text = context.text
    vocab = context.vocab
    quotes = context.quotes
    outer_starts = [q.open_mark.start for q in quotes]
    outer_ends = [q.close_mark.end if q.close_mark is not None else q.span.end for q in quotes]
    reports: list[Report] = []
    seen: set[tuple[int, int]] = set()
    cues = vocab.reporting_verbs
    for sentence in context.segmentation.sentences:
        tokens = tokens_in(text, sentence.start, sentence.end, vocab.abbreviations)
        if not tokens:
            continue
        candidates = [
            k
            for k, token in enumerate(tokens)
            if token.lower in cues
            or token.lower in stance_verbs
            or token.lower in _FINDING_VERBS
            or token.lower == "according"
            or token.lower == "as"
            or token.lower in _SPEECH_NOUNS
        ]
        if not candidates:
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
        found: list[tuple[int, int, Report]] = []
        for c in candidates:
            if quote_of[c] >= 0:
                continue
            report = _frame(context, s, c, stance_verbs)
            if report is not None:
                found.append(report)
        for report in _settle(s, found):
            key = (report.content.start, report.content.end)
            if key not in seen:
                seen.add(key)
                reports.append(report)
    reports.sort(key=lambda r: (r.content.start, -r.content.end))
    return reports


# A frame before its content is settled: (index of the content's first token,
# index one past its last token, the report with a provisional content span).
_Found = tuple[int, int, Report]


def _settle(s: _Sentence, found: list[_Found]) -> list[Report]:
    """Cut each forward content at the next frame that opens a clause of its own."""
    out = []
    tokens = s.tokens
    for first, stop, report in found:
        end = stop
        for other_first, _, other in found:
            if other is report or other.mention is None:
                continue
            m = bisect.bisect_left([t.start for t in tokens], other.mention.start)
            if first < m < end and m > 0:
                before = tokens[m - 1].lower
                if before in _COORDINATORS or before == ",":
                    end = m - 1 if before != "," else m - 1
                    while end > first and tokens[end - 1].text == ",":
                        end -= 1
                    if end > first and tokens[end - 1].lower == "and":
                        end -= 1
        span = _content_span(s, first, end)
        if span is None:
            continue
        out.append(attrs.evolve(report, content=span))
    return out


def _content_span(s: _Sentence, first: int, stop: int) -> Span | None:
    """The span of tokens ``first`` to ``stop - 1`` after trimming punctuation at
    the edges; None when no word outside quotation marks is left or the content
    is a direct quotation."""
    tokens = s.tokens
    # A direct quotation ends the content ("said the plan was simple: “...”").
    for k in range(first, stop):
        if s.direct[k]:
            stop = k
            break
    while stop > first and tokens[stop - 1].text in _TRAILING and s.quote_of[stop - 1] < 0:
        stop -= 1
    while first < stop and tokens[first].text in _TRAILING and s.quote_of[first] < 0:
        first += 1
    if stop <= first:
        return None
    words = sum(1 for k in range(first, stop) if s.quote_of[k] < 0 and _is_word(tokens[k]))
    if words == 0:
        return None
    # Never cut through a quote: keep a quote's marks inside the content.
    start, end = tokens[first].start, tokens[stop - 1].end
    return span_unchecked(start, end)


def _frame(
    context: Context, s: _Sentence, c: int, stance_verbs: frozenset[str]
) -> _Found | None:
    tokens = s.tokens
    word = tokens[c].lower
    if word == "according":
        return _according(context, s, c)
    if word == "as":
        return _as_put_it(context, s, c)
    if word in _SPEECH_NOUNS and word not in context.vocab.reporting_verbs:
        return _speech_noun(context, s, c)
    vocab = context.vocab
    lemma = vocab.reporting_verbs.get(word)
    stance = False
    if lemma is None or not vocab.cue_at(tokens, c):
        if word in stance_verbs and tokens[c].text[0].islower():
            stance = True
            lemma = word
        elif word in _FINDING_VERBS and tokens[c].text[0].islower():
            return _finding(context, s, c)
        else:
            if word in _SPEECH_NOUNS:
                return _speech_noun(context, s, c)
            return None
    assert lemma is not None
    return _verb_frame(context, s, c, lemma, stance)


def _writer_start(s: _Sentence, c: int) -> int:
    """The first token of the writer's words before ``c``: after the last direct quote."""
    k = c - 1
    while k >= 0 and not s.direct[k]:
        k -= 1
    return k + 1


def _subject(context: Context, s: _Sentence, c: int) -> tuple[int, int] | None:
    """The source phrase of the cue ``c`` on its left, as sentence token indices."""
    lo = _writer_start(s, c)
    tokens = s.tokens[lo : c + 1]
    chunk = _subject_of_cue(context.vocab, tokens, c - lo)
    if chunk is None:
        return None
    first, stop = chunk[0] + lo, chunk[1] + lo
    if any(s.quote_of[k] >= 0 for k in range(first, stop)) and not all(
        s.quote_of[k] < 0 for k in (first, stop - 1)
    ):
        return None
    if _not_a_speaker(context.vocab, s.tokens[first:stop]):
        return None
    return first, stop


def _skip_adjuncts(context: Context, s: _Sentence, k: int, lemma: str) -> tuple[int, str]:
    """From just after a cue, pass over its hearer and adjuncts (``told reporters
    on Tuesday``); return where the content starts and how it is introduced:
    ``"that"``, ``"colon"``, ``"wh"``, ``"to"`` or ``"bare"``."""
    tokens = s.tokens
    n = len(tokens)
    vocab = context.vocab
    hearer_done = lemma not in _HEARER_VERBS
    steps = 0
    while k < n and steps < 8:
        steps += 1
        token = tokens[k]
        word = token.lower
        if s.quote_of[k] >= 0:
            return k, "bare"
        if word == "that":
            return k + 1, "that"
        if word in _COMPLEMENTIZERS:
            return k, "wh"
        if word == "to" and lemma in _INFINITIVE_VERBS and k + 1 < n and tokens[k + 1].text.islower():
            nxt = tokens[k + 1].lower
            if nxt not in ("the", "a", "an", "his", "her", "their", "reporters", "me", "him", "them", "us"):
                return k, "to"
        if token.text == ":":
            return k + 1, "colon"
        if word in ("out", "up", "back", "on") and k == 0:
            k += 1
            continue
        if word in _TIME_WORDS or (is_ly_adverb(token) and token.text[0].islower()):
            k += 1
            continue
        if token.text == ",":
            # "said, however, that ...": an aside set off by commas before "that".
            close = next((j for j in range(k + 1, min(n, k + 10)) if tokens[j].text == ","), None)
            if close is not None and close + 1 < n and tokens[close + 1].lower == "that":
                return close + 2, "that"
            return k, "comma"
        if word in _ADJUNCT_PREPOSITIONS and token.text[0].islower():
            # A short prepositional phrase: "in a statement", "on CNN’s “State of the
            # Union”", "at a rally in Iowa".
            j = k + 1
            while j < n and j - k <= 8:
                t = tokens[j]
                if t.lower == "that" or t.text in (",", ".", ";", ":") or t.lower in _SUBJECT_PRONOUNS:
                    break
                if j > k + 1 and t.lower in ("the", "a", "an") and tokens[j - 1].text[0].isalnum() and tokens[j - 1].lower not in _ADJUNCT_PREPOSITIONS and tokens[j - 1].lower not in ("of", "and", "for"):
                    break
                j += 1
            if j == k + 1:
                return k, "bare"
            k = j
            continue
        if not hearer_done:
            hearer_done = True
            chunk = chunk_right(vocab, tokens, k)
            if chunk is None and word in ("me", "us", "them", "him", "her", "you", "reporters"):
                chunk = (k, k + 1)
            if chunk is not None and chunk[1] < n:
                k = chunk[1]
                continue
        return k, "bare"
    return k, "bare"


def _looks_like_clause(s: _Sentence, first: int, stop: int) -> bool:
    """A reported clause without ``that``: a subject, then a finite verb soon after."""
    tokens = s.tokens
    if first >= stop:
        return False
    head = tokens[first]
    if s.quote_of[first] >= 0:
        return True  # "said “the time is now”..." when words follow outside the marks
    word = head.lower
    if word in _NOT_CONTENT and word not in _CLAUSE_DETERMINERS:
        return False
    if not (
        word in _SUBJECT_PRONOUNS
        or word in _CLAUSE_DETERMINERS
        or head.text[0].isupper()
        or head.text[0].isdigit()
        or word.endswith(("’s", "'s"))
    ):
        return False
    for k in range(first + 1, min(stop, first + 12)):
        w = tokens[k].lower
        if w in _FINITE or w.endswith(("n’t", "n't")):
            return True
        if w.endswith("ed") and len(w) > 4 and tokens[k].text[0].islower():
            return True
        if w in _CONTRACTIONS:
            return True
        if (
            tokens[k - 1].lower in _SUBJECT_PRONOUNS
            and w.endswith("s")
            and tokens[k].text[0].islower()
        ):
            return True
    return word.endswith(("’s", "'s")) and word[:-2] in _SUBJECT_PRONOUNS


def _verb_frame(
    context: Context, s: _Sentence, c: int, lemma: str, stance: bool
) -> _Found | None:
    tokens = s.tokens
    n = len(tokens)
    vocab = context.vocab
    cue = span_unchecked(tokens[c].start, tokens[c].end)
    left = _subject(context, s, c)
    # "..., said X." / "..., X said.": a closing attribution, content before it.
    after = c + 1
    inverted = None
    if left is None and not stance and c > 0 and tokens[c - 1].text in (",", "—", "–"):
        inverted = chunk_right(vocab, tokens, after)
        if inverted is not None and any(s.quote_of[k] >= 0 for k in range(*inverted)):
            inverted = None
    if inverted is not None:
        end = _clause_tail(s, inverted[1])
        if end is not None:
            return _before_content(context, s, c - 1, inverted, cue, end, "reported_before_cue")
        return None
    if left is None:
        return None
    if not stance and left[0] > 0 and tokens[left[0] - 1].text in (",", "—", "–"):
        end = _clause_tail(s, c + 1)
        if end is not None:
            if end < n and tokens[end].text == ",":
                # "The economy, she said, is growing": an aside inside its content.
                span = _content_span(s, _writer_start(s, left[0]), n)
                if span is None:
                    return None
                report = Report(span, span_of(tokens, left), cue, "reported_aside")
                return (_writer_start(s, left[0]), n, report)
            return _before_content(
                context, s, left[0] - 1, left, cue, end, "reported_before_mention"
            )
    start, how = _skip_adjuncts(context, s, after, lemma)
    if how == "comma":
        return None
    if how == "to":
        if lemma not in _INFINITIVE_VERBS:
            return None
        rule = "reported_infinitive"
    elif how == "wh":
        if lemma not in _QUESTION_VERBS:
            return None
        rule = "reported_question"
    elif how == "that":
        rule = "reported_that"
    elif how == "colon":
        rule = "reported_colon"
    else:
        if not _looks_like_clause(s, start, n):
            return None
        rule = "reported_clause"
    if stance and how not in ("that", "bare"):
        return None
    if stance:
        rule = "reported_stance"
    stop = _forward_stop(context, s, start)
    if stop <= start:
        return None
    report = Report(span_unchecked(tokens[start].start, tokens[stop - 1].end), span_of(tokens, left), cue, rule)
    return (start, stop, report)


def _forward_stop(context: Context, s: _Sentence, start: int) -> int:
    """Where a content that begins at ``start`` ends: the sentence end, or a
    participle that opens a new report (``..., adding that``), or ``according to``."""
    tokens = s.tokens
    vocab = context.vocab
    n = len(tokens)
    for k in range(start + 1, n - 1):
        if s.quote_of[k] >= 0 or tokens[k].text not in (",", "—", "–", ";"):
            continue
        nxt = tokens[k + 1]
        if nxt.lower.endswith("ing") and nxt.lower in vocab.reporting_verbs:
            return k
        if nxt.lower == "according":
            return k
        if nxt.lower in ("as", "he", "she", "they") and k + 2 < n:
            pass
    return n


def _clause_tail(s: _Sentence, k: int) -> int | None:
    """After a closing attribution's last word, the index where it ends if only
    adjuncts follow up to the sentence end or a comma; None otherwise."""
    tokens = s.tokens
    n = len(tokens)
    j = k
    while j < n and j - k < 10:
        t = tokens[j]
        if t.text in _SENTENCE_END or t.text in (";",):
            return j
        if t.text == ",":
            return j
        if s.quote_of[j] >= 0:
            return None
        if t.lower in _TIME_WORDS or is_ly_adverb(t) or t.lower in _ADJUNCT_PREPOSITIONS:
            j += 1
            continue
        if j > k and (t.text[0].isupper() or t.lower in ("the", "a", "an", "his", "her", "their", "its", "an", "interview", "statement", "reporters")):
            j += 1
            continue
        if j > k and tokens[j - 1].lower in _ADJUNCT_PREPOSITIONS | {"the", "a", "an"}:
            j += 1
            continue
        return None
    return n if j >= n else None


def _before_content(
    context: Context,
    s: _Sentence,
    comma: int,
    mention: tuple[int, int],
    cue: Span,
    end: int,
    rule: str,
) -> _Found | None:
    """``C, X said``: the content runs from the clause start to the comma."""
    tokens = s.tokens
    first = _writer_start(s, comma)
    # The content is the writer's clause; a coordinated frame before it ends it.
    if comma - first < 2:
        return None
    report = Report(
        span_unchecked(tokens[first].start, tokens[comma - 1].end),
        span_of(tokens, mention),
        cue,
        rule,
    )
    return (first, comma, report)


def _according(context: Context, s: _Sentence, c: int) -> _Found | None:
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
    if chunk is None or any(s.quote_of[k] >= 0 for k in range(*chunk)):
        return None
    cue = span_unchecked(tokens[c].start, tokens[c + 1].end)
    mention = span_of(tokens, chunk)
    first = _writer_start(s, c)
    opening = c == first or (
        c == first + 1 and tokens[first].lower in ("but", "and", "yet", "so", "still")
    )
    end = chunk[1]
    if opening:
        if end < n and tokens[end].text in (",", "—", "–", ":"):
            start = end + 1
            stop = _forward_stop(context, s, start)
            return (start, stop, Report(cue, mention, cue, "according_to_clause"))
        return None
    if tokens[c - 1].text in (",", "—", "–", "(") or c > first:
        tail = end
        if tail < n and tokens[tail].text == "," and tail + 1 < n and tokens[tail + 1].text not in _SENTENCE_END:
            # "The economy, according to X, is growing": an aside in its content.
            return (first, n, Report(cue, mention, cue, "according_to_clause"))
        stop = c - 1 if tokens[c - 1].text in (",", "—", "–", "(") else c
        return (first, stop, Report(cue, mention, cue, "according_to_clause"))
    return None


def _as_put_it(context: Context, s: _Sentence, c: int) -> _Found | None:
    """``As X put it, C`` / ``C, as X noted``: the clause around the aside."""
    tokens = s.tokens
    n = len(tokens)
    vocab = context.vocab
    if c + 2 >= n:
        return None
    chunk = chunk_right(vocab, tokens, c + 1)
    if chunk is None:
        return None
    k = chunk[1]
    while k < n and (tokens[k].lower in ("has", "had", "have", "once", "later") or is_ly_adverb(tokens[k])):
        k += 1
    if k >= n:
        return None
    verb = tokens[k].lower
    if verb in ("put", "puts") and k + 1 < n and tokens[k + 1].lower == "it":
        cue_end = k + 2
    elif verb in vocab.reporting_verbs and verb not in ("see", "call", "calls", "called"):
        cue_end = k + 1
    else:
        return None
    if any(s.quote_of[j] >= 0 for j in range(c, cue_end)):
        return None
    cue = span_unchecked(tokens[k].start, tokens[cue_end - 1].end)
    mention = span_of(tokens, chunk)
    first = _writer_start(s, c)
    if c == first and cue_end < n and tokens[cue_end].text == ",":
        start = cue_end + 1
        return (start, _forward_stop(context, s, start), Report(cue, mention, cue, "as_put_it"))
    if c > first and tokens[c - 1].text in (",", "—", "–") and _clause_tail(s, cue_end) is not None:
        return (first, c - 1, Report(cue, mention, cue, "as_put_it"))
    return None


def _speech_noun(context: Context, s: _Sentence, c: int) -> _Found | None:
    """``Trump's claim that C``: a possessor, a speech noun, ``that`` and a clause
    up to the first comma, dash or the sentence end."""
    tokens = s.tokens
    n = len(tokens)
    if c == 0 or c + 2 >= n or tokens[c + 1].lower != "that":
        return None
    possessor = tokens[c - 1]
    if not possessor.lower.endswith(("’s", "'s")) or possessor.lower[:-2] in ("it", "that"):
        return None
    chunk = chunk_left(context.vocab, tokens, c)
    if chunk is None:
        chunk = (c - 1, c)
    chunk = (chunk[0], min(chunk[1], c))
    if any(s.quote_of[k] >= 0 for k in range(*chunk)):
        return None
    start = c + 2
    stop = start
    while stop < n and tokens[stop].text not in (",", "—", "–", ";") and tokens[stop].text not in _SENTENCE_END:
        stop += 1
    if stop - start < 3:
        return None
    cue = span_unchecked(tokens[c].start, tokens[c].end)
    mention = span_unchecked(tokens[chunk[0]].start, possessor.end)
    return (start, stop, Report(cue, mention, cue, "speech_noun_that"))


def _finding(context: Context, s: _Sentence, c: int) -> _Found | None:
    """``The report found that C``, ``a poll shows C``: a document, poll or body
    of research as the subject of a verb of finding."""
    left = _subject(context, s, c)
    tokens = s.tokens
    if left is None:
        return None
    head = tokens[left[1] - 1].lower
    if head not in _FINDING_SUBJECTS:
        return None
    start, how = _skip_adjuncts(context, s, c + 1, tokens[c].lower)
    if how not in ("that", "bare"):
        return None
    if how == "bare" and not _looks_like_clause(s, start, len(tokens)):
        return None
    stop = _forward_stop(context, s, start)
    if stop <= start:
        return None
    cue = span_unchecked(tokens[c].start, tokens[c].end)
    return (start, stop, Report(cue, span_of(tokens, left), cue, "reported_finding"))
