"""Reusable Hypothesis strategies and the document invariants the tests check.

The strategies build news-like text from a small grammar (names, titles, roles,
reporting verbs, pronouns, quotation marks of every style, paragraphs) and
arbitrary text; :func:`check_invariants` asserts everything that must hold for
any :class:`quoteattr.Document`, whatever the input.
"""

from __future__ import annotations

import bisect
import itertools

from hypothesis import strategies as st

import quoteattr
from quoteattr import Document, QuoteKind, Span

#: Every quotation mark the detector knows, one string each.
MARKS = ("“", "”", "‘", "’", '"', "'", "«", "»", "‹", "›", "„", "‚", "「", "」", "『", "』", "`")
#: Opening and closing pairs of every style, including the doubled ASCII ones.
PAIRS = (
    ("“", "”"),
    ("‘", "’"),
    ('"', '"'),
    ("'", "'"),
    ("``", "''"),
    ("«", "»"),
    ("»", "«"),
    ("‹", "›"),
    ("„", "“"),
    ("‚", "‘"),
    ("「", "」"),
    ("『", "』"),
)

FIRST = ("Heather", "John", "Maria", "Sergei", "Ali", "Zoë", "Mary-Kate", "O’Neil")
LAST = ("Nauert", "Smith", "Lavrov", "García", "O’Brien", "Ryabkov", "Al-Hassan", "Kim")
TITLES = ("Mr.", "Mrs.", "Sen.", "Gen.", "Dr.", "President", "Secretary of State")
ROLES = ("spokeswoman", "spokesman", "the minister", "an official", "the senator", "aides")
ORGS = ("the State Department", "Russia’s foreign ministry", "the White House", "NATO")
VERBS = ("said", "says", "told reporters", "added", "argued", "warned", "according to")
PRONOUNS = ("she", "he", "they", "it", "I", "we")
WORDS = (
    "the",
    "sanctions",
    "were",
    "a",
    "political revolution",
    "don’t",
    "U.S.",
    "'90s",
    "rock 'n' roll",
    "on Tuesday",
    "2018",
    "Moscow",
    "not",
    "regret",
    "decision",
)

names = st.one_of(
    st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)).map(" ".join),
    st.tuples(st.sampled_from(TITLES), st.sampled_from(LAST)).map(" ".join),
    st.tuples(st.sampled_from(ROLES), st.sampled_from(FIRST), st.sampled_from(LAST)).map(" ".join),
    st.sampled_from(ORGS),
    st.sampled_from(ROLES),
)
speakers = st.one_of(names, st.sampled_from(PRONOUNS))
clauses = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)


def _capitalized(words: str) -> str:
    return words[:1].upper() + words[1:]


@st.composite
def quoted(draw: st.DrawFn) -> str:
    """A clause between a pair of quotation marks of any style."""
    opener, closer = draw(st.sampled_from(PAIRS))
    end = draw(st.sampled_from(("", ",", ".", "?", "!")))
    return f"{opener}{_capitalized(draw(clauses))}{end}{closer}"


@st.composite
def news_sentence(draw: st.DrawFn) -> str:
    """One sentence of reported speech (or plain narrative), news style."""
    who, verb, quote = draw(speakers), draw(st.sampled_from(VERBS)), draw(quoted())
    shape = draw(st.integers(0, 6))
    if shape == 0:
        return f"{quote} {who} {verb}."
    if shape == 1:
        return f"{quote} {verb} {who}."
    if shape == 2:
        return f"{_capitalized(who)} {verb}: {quote}"
    if shape == 3:
        return f"{_capitalized(who)} {verb} the plan was {quote}."
    if shape == 4:
        return f"{quote} {who} {verb}. {draw(quoted())}"
    if shape == 5:
        return f"{_capitalized(who)} {verb} {draw(clauses)}."
    return quote  # a bare quote paragraph, as in multi-paragraph quotes


news_paragraph = st.lists(news_sentence(), min_size=1, max_size=3).map(" ".join)
news_text = st.lists(news_paragraph, min_size=1, max_size=6).map("\n\n".join)

# Fragments of messy text: marks, odd whitespace and Unicode, markup.
pieces = st.sampled_from(
    [
        *MARKS,
        "''",
        "``",
        " ",
        "\n",
        "\r\n",
        "\r",
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
        "\x00",
        "\u00a0",
        "\u200b",
        "\u200d",
        "\u2060",
        "\ufeff",
        "\u2028",
        "é",
        "🙂",
        "👩‍👩‍👧",
        "🇺🇸",
        "\u0301",
        "שלום",
        "\u200f",
        "مرحبا",
    ]
)
newsy = st.lists(pieces, max_size=40).map("".join)
any_text = st.one_of(
    st.text(max_size=300),
    st.text(st.characters(exclude_categories=()), max_size=100),  # lone surrogates too
    newsy,
    news_text,
    st.text(alphabet="".join(MARKS) + " a\n", max_size=80),
)

#: Paragraphs with no quotation mark, apostrophe or name-like word: appending one
#: after a text must not change how anything before it is attributed.
quote_free_paragraphs = st.lists(
    st.sampled_from(
        ("the", "weather", "was", "mild", "on", "most", "days", "and", "rain", "fell", "later")
    ),
    min_size=1,
    max_size=12,
).map(lambda words: _capitalized(" ".join(words)) + ".")


def _within(span: Span, length: int) -> bool:
    return 0 <= span.start <= span.end <= length


def check_invariants(doc: Document, text: str) -> None:
    """Assert every property any document must have, whatever the input.

    Args:
        doc: the result of attributing ``text``.
        text: the input.
    """
    n = len(text)
    assert isinstance(doc, Document)
    assert doc.text == text
    # Paragraphs: in order, disjoint, non-empty, trimmed, covering every non-space character.
    previous_end = 0
    for paragraph in doc.paragraphs:
        assert _within(paragraph, n) and paragraph.start < paragraph.end
        assert paragraph.start >= previous_end
        assert text[previous_end : paragraph.start].strip() == ""
        assert not text[paragraph.start].isspace() and not text[paragraph.end - 1].isspace()
        previous_end = paragraph.end
    assert text[previous_end:].strip() == ""
    # Sentences: in order, disjoint, each inside one paragraph, covering its non-space text.
    paragraph_starts = [p.start for p in doc.paragraphs]

    def paragraph_holding(span: Span) -> int:
        index = bisect.bisect_right(paragraph_starts, span.start) - 1
        assert index >= 0 and doc.paragraphs[index].contains(span), (span, doc.paragraphs)
        return index

    paragraph_of = []
    for sentence in doc.sentences:
        assert _within(sentence, n) and sentence.start < sentence.end
        paragraph_of.append(paragraph_holding(sentence))
    for before, after in zip(doc.sentences, doc.sentences[1:], strict=False):
        assert before.end <= after.start
        assert text[before.end : after.start].strip() == ""
    assert paragraph_of == sorted(paragraph_of)
    # Quotes: offsets slice back, marks around content, mention and cue outside
    # content (but for a transcript turn in marks, whose label is inside them).
    entity_ids = {entity.id for entity in doc.entities}
    marked = [q for q in doc.quotes if q.kind is not QuoteKind.INDIRECT]
    quote_starts = [q.span.start for q in marked]

    def overlaps_a_quote(span: Span) -> bool:
        # Quote contents are disjoint and in text order: only the last quote
        # starting before span.end, and those before it up to span.start, can overlap.
        k = bisect.bisect_left(quote_starts, span.end) - 1
        while k >= 0 and marked[k].outer.end > span.start:
            if marked[k].span.overlaps(span):
                return True
            k -= 1
        return False

    # Every quote in text order of its outer span; a report before the quotes it holds.
    order = [(q.outer.start, -q.outer.end) for q in doc.quotes]
    assert order == sorted(order)
    previous = -1
    for quote in marked:
        assert _within(quote.span, n)
        assert text[quote.span.start : quote.span.end] == quote.text
        if quote.open_mark is not None:
            assert _within(quote.open_mark, n)
            assert quote.open_mark.end <= quote.span.start
        else:
            assert quote.continuation or quote.speaker_label is not None, quote
        assert quote.outer.start > previous
        previous = quote.outer.start
        if quote.close_mark is not None:
            assert _within(quote.close_mark, n)
            assert quote.span.end <= quote.close_mark.start
        paragraph_holding(quote.outer)
        for inner in quote.inner:
            assert quote.span.contains(inner)
        label = quote.speaker_label
        if label is not None:
            assert _within(label, n)
            label = Span(label.start, min(n, label.end + 1))  # with its colon
        for part in (quote.mention, quote.cue):
            if part is not None:
                assert _within(part, n)
                inside_label = label is not None and label.contains(part)
                assert inside_label or not overlaps_a_quote(part), (part, quote)
        if quote.speaker is not None:
            assert quote.speaker.id in entity_ids
            assert quote.rule is not None
    for before, after in itertools.pairwise(marked):
        assert before.outer.end <= after.outer.start
    # Reported speech without marks: inside one paragraph, never cutting a quote,
    # never overlapping another report.
    reports = [q for q in doc.quotes if q.kind is QuoteKind.INDIRECT]
    for report in reports:
        assert report.open_mark is None and report.close_mark is None and not report.inner
        assert _within(report.span, n) and report.span.start < report.span.end
        assert text[report.span.start : report.span.end] == report.text
        paragraph_holding(report.span)
        assert report.cue is not None and report.rule is not None
        for part in (report.mention, report.cue):
            if part is not None:
                assert _within(part, n) and not overlaps_a_quote(part), (part, report)
        if report.speaker is not None:
            assert report.speaker.id in entity_ids
        for quote in marked:
            outer = quote.outer
            assert report.span.contains(outer) or not report.span.overlaps(outer), (report, quote)
    for before, after in itertools.pairwise(reports):
        assert before.span.end <= after.span.start
    for index, entity in enumerate(doc.entities):
        assert entity.id == index
        for mention in entity.mentions:
            assert _within(mention, n)
    # The explanation and the JSON form never fail either.
    assert isinstance(quoteattr.explain(doc), str)
    data = doc.to_dict()
    rebuilt = Document.from_dict(data)
    assert rebuilt.to_dict() == data
    if len(doc.quotes) <= 200:
        # Document equality compares each quote's speaker with all its mentions,
        # so it costs quotes x mentions: the dict comparison above is the linear one.
        assert rebuilt == doc
