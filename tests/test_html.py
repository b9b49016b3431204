"""The HTML page: every quote highlighted with its speaker, escaping, colours, legend."""

from __future__ import annotations

import pytest
from html_marks import parse_page
from hypothesis import given
from hypothesis import strategies as st

import quoteattr
from quoteattr import Document, QuoteKind
from quoteattr.html import PALETTE, to_html


def _expected_speaker(quote: quoteattr.Quote) -> str:
    return "" if quote.speaker is None else quote.speaker.name


def test_every_seed_quote_is_highlighted_with_its_speaker(seed_doc: Document) -> None:
    page = parse_page(to_html(seed_doc))
    assert [(m.text, m.speaker, m.kind, m.rule) for m in page.marks] == [
        (q.text, _expected_speaker(q), q.kind.value, q.rule or "") for q in seed_doc.quotes
    ]
    assert page.tags["p"] == len(seed_doc.paragraphs)


def test_speaker_colours_follow_the_order_of_first_quotes(seed_doc: Document) -> None:
    page = parse_page(to_html(seed_doc))
    order = [speaker.name for speaker in seed_doc.speakers]
    for mark in page.marks:
        if mark.speaker:
            assert f"speaker-{order.index(mark.speaker)}" in mark.classes
        else:
            assert "unattributed" in mark.classes
    again = quoteattr.attribute(seed_doc.text, quoteattr.Config(indirect_speech=False))
    assert to_html(seed_doc) == to_html(again)


def test_tooltip_names_speaker_rule_and_cue(seed_doc: Document) -> None:
    page = parse_page(to_html(seed_doc))
    nauert = page.marks[1]
    assert nauert.title == (
        "Speaker: Heather Nauert (spokeswoman)\nKind: direct\nRule: quote_mention_cue\nCue: said"
    )
    term = page.marks[0]
    assert term.classes == ("quote", "unattributed", "kind-term")
    assert term.title == "Speaker: unattributed\nKind: term\nRule: -\nCue: -"


def test_legend_lists_speakers_roles_and_counts(seed_doc: Document) -> None:
    page = parse_page(to_html(seed_doc))
    assert page.legend == [
        "Heather Nauert, spokeswoman: 4 quotes",
        "the State Department: 1 quote",
        "Russia’s foreign ministry: 1 quote",
        "Maria Zakharova, spokeswoman: 1 quote",
        "terms (words in quotation marks, nobody's speech): 1",
    ]


def test_mentions_and_cues_are_underlined(seed_doc: Document) -> None:
    page = to_html(seed_doc)
    assert '<span class="mention speaker-0">spokeswoman Heather Nauert</span>' in page
    assert '<span class="cue">said</span>' in page
    assert '<span class="mention speaker-3">spokeswoman Maria Zakharova</span>' in page


def test_everything_is_escaped() -> None:
    text = (
        "<script>alert('x')</script> & co: “<b>Bold</b> & brave,” said Ann Lee.\n\n"
        "“A & B <i>,” the <em>mayor</em> said."
    )
    document = quoteattr.attribute(text)
    html = to_html(document, title="<script>t</script> & <b>")
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "<em>mayor" not in html
    assert "<p>&lt;script&gt;alert(&#x27;" in html
    assert "&#x27;)&lt;/script&gt; &amp; co: “" in html
    assert "<title>&lt;script&gt;t&lt;/script&gt; &amp; &lt;b&gt;</title>" in html
    page = parse_page(html)
    assert [m.text for m in page.marks] == [q.text for q in document.quotes]
    assert "<b>Bold</b> & brave," in [m.text for m in page.marks]


def test_page_is_self_contained(seed_doc: Document) -> None:
    page = to_html(seed_doc).lower()
    for needle in ("http:", "https:", "<script", "<link", "src=", "url(", "@import"):
        assert needle not in page


def test_palette_cycles_for_many_speakers() -> None:
    names = [
        "Ann Lee",
        "Bob Stone",
        "Carl Diaz",
        "Dora Kent",
        "Eve Marsh",
        "Finn Hale",
        "Gus Ortiz",
        "Hana Sato",
        "Ivan Petrov",
        "Jon Baker",
        "Kim Novak",
    ]
    text = "\n\n".join(f"“Point number {i},” {name} said." for i, name in enumerate(names))
    document = quoteattr.attribute(text)
    assert [s.name for s in document.speakers] == names
    page = parse_page(to_html(document))
    classes = [next(c for c in m.classes if c.startswith("speaker-")) for m in page.marks]
    assert classes == [f"speaker-{i % len(PALETTE)}" for i in range(len(names))]
    assert classes[-1] == "speaker-0"


def test_unattributed_quote_and_plain_text() -> None:
    document = quoteattr.attribute(
        "Nobody speaks here.\n\nThe film “Keep Out of the Yard” opens today."
    )
    page = parse_page(to_html(document))
    assert page.tags["p"] == 2
    assert page.legend == ["terms (words in quotation marks, nobody's speech): 1"]
    (mark,) = page.marks
    assert mark.speaker == ""
    assert "unattributed" in mark.classes


def test_unattributed_speech_is_counted_in_the_legend() -> None:
    document = quoteattr.attribute("“Get out now!” The crowd was angry.")
    page = parse_page(to_html(document))
    assert page.legend == ["unattributed: 1 quote"]
    assert page.marks[0].classes == ("quote", "unattributed", "kind-direct")


def test_empty_document_has_a_page() -> None:
    page = parse_page(to_html(quoteattr.attribute("")))
    assert page.marks == []
    assert page.legend == ["No quotes found."]


@pytest.mark.parametrize("title", [3, b"x"])
def test_wrong_types_are_named(title: object) -> None:
    with pytest.raises(TypeError, match="title as str or None"):
        to_html(quoteattr.attribute("x"), title=title)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"expects a quoteattr\.Document"):
        to_html("x")  # type: ignore[arg-type]


def test_kind_values_are_data_attributes() -> None:
    document = quoteattr.attribute(
        "She pledged a “political revolution”, she said on “Meet the Press”."
    )
    page = parse_page(to_html(document))
    assert [m.kind for m in page.marks] == [q.kind.value for q in document.quotes]
    assert {q.kind for q in document.quotes} <= set(QuoteKind)


@given(
    st.lists(
        st.sampled_from(["“", "”", '"', "'", "<", ">", "&", "said", "she", "Ann Lee", " ", "\n"])
        | st.text(max_size=6),
        max_size=25,
    ).map("".join)
)
def test_messy_text_gives_a_page_with_every_quote(text: str) -> None:
    document = quoteattr.attribute(text)
    page = parse_page(to_html(document))
    # Quotes in marks are <mark class="quote">; reported speech without marks
    # is <span class="reported"> (garbage such as "0said:said“" can be read so).
    marked = [q.text for q in document.quotes if q.kind is not QuoteKind.INDIRECT]
    reported = [q.text for q in document.quotes if q.kind is QuoteKind.INDIRECT]
    assert [m.text for m in page.marks] == marked
    assert page.reports == reported


def test_reported_speech_is_a_span_of_its_own() -> None:
    document = quoteattr.attribute("Ann Lee said the plan was doomed. “Not yet,” she added.")
    page = parse_page(to_html(document))
    assert [m.text for m in page.marks] == ["Not yet,"]
    assert page.reports == ["the plan was doomed"]
