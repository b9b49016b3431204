"""brat standoff: writing, reading back, discontinuous spans and malformed files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import quoteattr
from quoteattr import BratError, Document, Quote, QuoteKind, Span
from quoteattr.brat import BratDocument, read_brat, to_brat, write_brat

OTHER_TEXTS = [
    "“We regret it,” spokeswoman Heather Nauert said. “It is a shame.”",
    "“Yes,” she said.\r\n\r\n“No,” he replied, according to aides.\r\n",
    "The minister called it a “political revolution” 🎉 and said: “We will win.”",
    "'Fine,' said Mr. O'Brien. \"It's settled,\" the mayor told reporters.",
    "No quotes at all here.",
    "",
    "“Unclosed quote runs on\nand the next line",
]


def _by_id(brat: BratDocument) -> dict[str, Span]:
    return {t.id: t.span for t in brat.textbounds}


def _check_round_trip(document: Document) -> None:
    brat = read_brat(document.text, to_brat(document))
    spans = _by_id(brat)
    labels = {(t.label, t.span) for t in brat.textbounds}
    kinds = {a.target: a.value for a in brat.attributes if a.name == "Kind"}
    relations = {
        (r.label, spans[r.arguments[0][1]], spans[r.arguments[1][1]]) for r in brat.relations
    }
    for textbound in brat.textbounds:
        assert textbound.text == " ".join(f.slice(document.text) for f in textbound.fragments)
    quote_ids = {t.span: t.id for t in brat.textbounds if t.label == "Quote"}
    assert len(quote_ids) == len(document.quotes)
    for quote in document.quotes:
        assert ("Quote", quote.span) in labels
        assert kinds[quote_ids[quote.span]] == quote.kind.name
        if quote.mention is not None:
            assert ("Mention", quote.mention) in labels
            assert ("Source", quote.span, quote.mention) in relations
        if quote.cue is not None:
            assert ("Cue", quote.cue) in labels
            assert ("Cue", quote.span, quote.cue) in relations
    expected_relations = sum((q.mention is not None) + (q.cue is not None) for q in document.quotes)
    assert len(brat.relations) == expected_relations


def test_seed_round_trip(seed_doc: Document) -> None:
    _check_round_trip(seed_doc)
    brat = read_brat(seed_doc.text, to_brat(seed_doc))
    assert [t.label for t in brat.textbounds].count("Quote") == 8
    notes = {n.target: n.text for n in brat.notes}
    nauert = next(t.id for t in brat.textbounds if t.text.startswith("We regret that Russia"))
    assert notes[nauert] == "rule=quote_mention_cue; speaker=Heather Nauert; role=spokeswoman"


@pytest.mark.parametrize("text", OTHER_TEXTS)
def test_other_texts_round_trip(text: str) -> None:
    _check_round_trip(quoteattr.attribute(text))


@given(
    st.lists(
        st.sampled_from(["“", "”", '"', "'", "‘", "’", "said", "she", "Ann Lee", " ", "\n", "\r\n"])
        | st.text(max_size=6),
        max_size=25,
    ).map("".join)
)
@example("“\x0b0”")  # a vertical tab after the mark is a line break, as \n is
def test_messy_text_round_trips(text: str) -> None:
    _check_round_trip(quoteattr.attribute(text))


def _doc_with_quote(text: str, start: int, end: int) -> Document:
    quote = Quote(
        span=Span(start, end),
        text=text[start:end],
        kind=QuoteKind.DIRECT,
        open_mark=Span(start - 1, start),
        close_mark=Span(end, end + 1),
    )
    return Document(text=text, quotes=(quote,))


@pytest.mark.parametrize(
    ("text", "offsets", "shown"),
    [
        ("“ab\ncd” x", "1 3;4 6", "ab cd"),
        ("“ab\r\ncd” x", "1 3;5 7", "ab cd"),
        ("“ab\n\ncd\u2028e” x", "1 3;5 7;8 9", "ab cd e"),
    ],
)
def test_span_with_line_breaks_is_written_discontinuous(
    text: str, offsets: str, shown: str
) -> None:
    document = _doc_with_quote(text, 1, text.index("”"))
    ann = to_brat(document)
    assert ann.splitlines()[0] == f"T1\tQuote {offsets}\t{shown}"
    brat = read_brat(text, ann)
    assert brat.textbounds[0].span == document.quotes[0].span
    assert brat.textbounds[0].text == shown


def test_write_brat_keeps_the_text_byte_for_byte(tmp_path: Path) -> None:
    text = "“Yes,” she said.\r\n\r\n“No,” he replied.\n"
    document = quoteattr.attribute(text)
    txt, ann = write_brat(document, tmp_path / "out", "doc")
    assert txt.read_bytes() == text.encode("utf-8")
    assert ann.read_bytes() == to_brat(document).encode("utf-8")
    with txt.open(encoding="utf-8", newline="") as handle:
        again = handle.read()
    _check_round_trip(quoteattr.attribute(again))


@pytest.mark.parametrize("name", ["", ".", "..", "a/b", "x\0y"])
def test_write_brat_rejects_bad_names(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match="plain file stem"):
        write_brat(quoteattr.attribute("x"), tmp_path, name)


def test_wrong_types_are_named() -> None:
    with pytest.raises(TypeError, match=r"expects a quoteattr\.Document"):
        to_brat("text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expects ann as str"):
        read_brat("text", b"T1")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expects directory"):
        write_brat(quoteattr.attribute("x"), 3, "a")  # type: ignore[arg-type]


POLNEAR_STYLE = (
    "“He's right. There's a problem,” Flynn said. “I mean it.”\n",
    "T1\tSource 33 38\tFlynn\n"
    "T2\tCue 39 43\tsaid\n"
    "T3\tContent 0 32;45 57\t“He's right. There's a problem,” “I mean it.”\n"
    "T4\tAttribution 39 43\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "A1\tNegated E1\n"
    "#1\tAnnotatorNotes T3\tchecked\ttwice\n"
    "*\tEquiv T1 T1\n"
    "N1\tReference T1 Wikidata:Q1\tFlynn\n"
    "\n",
)


def test_reads_events_attributes_notes_and_discontinuous_spans() -> None:
    brat = read_brat(*POLNEAR_STYLE, name="flynn.ann")
    content = brat.textbound("T3")
    assert content is not None
    assert content.fragments == (Span(0, 32), Span(45, 57))
    assert content.span == Span(0, 57)
    assert [t.id for t in brat.with_label("content")] == ["T3"]
    (event,) = brat.events
    assert (event.label, event.trigger) == ("Attribution", "T4")
    assert event.arguments == (("Content", "T3"), ("Cue", "T2"), ("Source", "T1"))
    assert [(a.name, a.target, a.value) for a in brat.attributes] == [("Negated", "E1", None)]
    assert [(n.kind, n.target, n.text) for n in brat.notes] == [
        ("AnnotatorNotes", "T3", "checked\ttwice")
    ]
    assert brat.skipped == (
        "flynn.ann:8: equivalence not used",
        "flynn.ann:9: normalization not used",
    )
    assert brat.textbound("T99") is None


def test_crlf_ann_and_whitespace_differences_are_accepted() -> None:
    text = "He said\nyes."
    brat = read_brat(text, "T1\tCue 3 12\tsaid yes.\r\nT2\tCue 0 2\tHe\r\n")
    assert [t.id for t in brat.textbounds] == ["T1", "T2"]


def test_every_bad_line_is_listed_in_one_error() -> None:
    text = "Flynn says yes"
    ann = (
        "T1\tSource 0 5\tFlynn\n"
        "T2\tCue 6 10\tsaid\n"
        "T3\tCue 6 99\tsays\n"
        "T4\tCue 10 6\tx\n"
        "T5\tCue six ten\tsays\n"
        "T1\tCue 6 10\tsays\n"
        "X1\tfoo\n"
        "R1\tSource Arg1:T1 Arg2:T42\n"
        "R2\tSource Arg1:T1\n"
        "E1\tAttribution:T1 Source\n"
        "A1\tKind\n"
        "#1\tAnnotatorNotes\tnote\n"
        "T6\tCue\n"
        "R3\n"
    )
    with pytest.raises(BratError) as caught:
        read_brat(text, ann, name="bad.ann")
    assert caught.value.problems == (
        "bad.ann:2: T2: text 'said' does not match the text at its offsets 'says'",
        "bad.ann:3: T3: fragment 6 99 runs past the text (14 chars)",
        "bad.ann:4: T4: fragment 10 6 ends before it starts",
        "bad.ann:5: T5: bad offsets 'six ten' (want 'START END')",
        "bad.ann:6: T1: id already used on line 1",
        "bad.ann:7: unknown annotation id 'X1'",
        "bad.ann:8: R1: refers to undefined annotation 'T42'",
        "bad.ann:9: R2: a relation needs two arguments, got 1",
        "bad.ann:10: E1: bad argument 'Source' (want 'Role:ID')",
        "bad.ann:11: A1: expected 'Name TARGET [VALUE]'",
        "bad.ann:12: #1: expected 'Type TARGET<TAB>note'",
        "bad.ann:13: T6: expected 'ID<TAB>Label START END<TAB>text'",
        "bad.ann:14: R3: nothing after the id",
    )
    assert str(caught.value).startswith("13 malformed brat annotation lines:\n  bad.ann:2:")
    assert isinstance(caught.value, quoteattr.QuoteattrError)
    assert isinstance(caught.value, ValueError)
