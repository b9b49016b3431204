"""The public API: types, validation, the seed article, serialization."""

from __future__ import annotations

import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteattr
from quoteattr import Config, ConfigError, QuoteKind, Span
from quoteattr.model import span_unchecked


@pytest.mark.parametrize("value", [None, 42, 3.5, ["text"], {"text": "x"}])
def test_wrong_types_raise_type_error_naming_str(value: object) -> None:
    with pytest.raises(TypeError, match="expects text as str"):
        quoteattr.attribute(value)  # type: ignore[arg-type]


def test_bytes_are_told_to_decode_first() -> None:
    with pytest.raises(TypeError, match="decode it first"):
        quoteattr.attribute(b"\xe2\x80\x9cHi,\xe2\x80\x9d she said.")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\ufeff", "“", "”", "'", '"', "''", "“”"])
def test_degenerate_text_gives_empty_document(text: str) -> None:
    doc = quoteattr.attribute(text)
    assert doc.text == text
    assert doc.quotes == ()


def test_public_names_are_sorted_and_exported() -> None:
    assert list(quoteattr.__all__) == sorted(quoteattr.__all__)
    for name in quoteattr.__all__:
        assert hasattr(quoteattr, name), name


SEED_QUOTES = [
    ("irritants", True),
    (
        "We regret that Russia has decided to turn away from an opportunity to discuss bilateral "
        "obstacles that hinder US- Russia relations,",
        True,
    ),
    ("maintained", True),
    ("We have regularly updated these sanctions twice a year since they were first imposed,", True),
    ("Let’s remember that these sanctions didn’t just come out of nowhere.", False),
    (
        "Our targeted sanctions were imposed in response to Russia’s ongoing violation of the "
        "sovereignty and territorial integrity of its neighbor, Ukraine,",
        True,
    ),
    ("not the moment", True),
    ("I have no confirmation that these consultations will take place.", True),
]


def test_seed_article_has_its_eight_quoted_spans(seed_doc: quoteattr.Document) -> None:
    got = [(q.text, q.closed) for q in seed_doc.quotes]
    assert got == SEED_QUOTES
    for quote in seed_doc.quotes:
        assert seed_doc.text[quote.span.start : quote.span.end] == quote.text
        assert seed_doc.text[quote.open_mark.start : quote.open_mark.end] == "“"


def test_seed_quote_still_open_when_next_opens_is_cut_before_it(
    seed_doc: quoteattr.Document,
) -> None:
    let_us, ours = seed_doc.quotes[4], seed_doc.quotes[5]
    assert not let_us.closed and not let_us.continued
    assert seed_doc.text[let_us.span.end : ours.open_mark.start] == " "
    assert any("unclosed" in note for note in seed_doc.notes)


def test_seed_kinds_from_form(seed_doc: quoteattr.Document) -> None:
    kinds = [q.kind for q in seed_doc.quotes]
    assert kinds[1] is QuoteKind.DIRECT
    assert kinds[3] is QuoteKind.DIRECT
    assert kinds[7] is QuoteKind.DIRECT
    assert kinds[6] is QuoteKind.PARTIAL  # it was “not the moment” to hold talks


def test_document_round_trips_through_dict_and_pickle(seed_full: quoteattr.Document) -> None:
    assert quoteattr.Document.from_dict(seed_full.to_dict()) == seed_full
    assert pickle.loads(pickle.dumps(seed_full)) == seed_full


def test_from_dict_rejects_unknown_schema(seed_doc: quoteattr.Document) -> None:
    data = seed_doc.to_dict()
    data["schema_version"] = 999
    with pytest.raises(ValueError, match="schema_version"):
        quoteattr.Document.from_dict(data)


def test_from_dict_reads_schema_version_1(seed_doc: quoteattr.Document) -> None:
    """A version-1 document (no title, affiliation or roles) still reads; the
    new fields take their defaults."""
    data = seed_doc.to_dict()
    data["schema_version"] = 1
    for entity in data["entities"]:
        for key in ("title", "affiliation", "roles"):
            del entity[key]
    doc = quoteattr.Document.from_dict(data)
    assert [e.name for e in doc.entities] == [e.name for e in seed_doc.entities]
    assert all(e.title is None and e.roles == () for e in doc.entities)


def test_role_phrases_round_trip() -> None:
    text = "“No,” said Sen. Ann Lee, a Democrat."
    phrase = quoteattr.RolePhrase(
        span=quoteattr.Span(25, 35), text=text[25:35], form=quoteattr.RoleForm.APPOSITION
    )
    entity = quoteattr.Entity(
        id=0,
        name="Ann Lee",
        kind=quoteattr.EntityKind.PERSON,
        role="Democrat",
        title="Sen.",
        roles=(phrase,),
    )
    doc = quoteattr.Document(text=text, entities=(entity,))
    data = doc.to_dict()
    assert data["entities"][0]["roles"] == [
        {"span": [25, 35], "text": "a Democrat", "form": "apposition"}
    ]
    assert quoteattr.Document.from_dict(data) == doc
    data["entities"][0]["roles"][0]["text"] = "Democrat"
    with pytest.raises(ValueError, match=r"roles\[0\]\.text"):
        quoteattr.Document.from_dict(data)


def test_attributor_reuse_matches_attribute(seed_text: str) -> None:
    attributor = quoteattr.Attributor()
    assert attributor(seed_text) == quoteattr.attribute(seed_text)
    assert attributor(seed_text) == attributor(seed_text)
    clone = pickle.loads(pickle.dumps(attributor))
    assert clone(seed_text) == attributor(seed_text)


def test_config_is_frozen_and_validated() -> None:
    config = Config()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        config.term_max_words = 5  # type: ignore[misc]
    with pytest.raises(ConfigError, match="term_max_words"):
        Config(term_max_words=-1)
    with pytest.raises(ConfigError, match="lexicon"):
        Config(lexicon="words")  # type: ignore[arg-type]
    assert attrs.evolve(config, term_max_words=4).term_max_words == 4


def test_attributor_rejects_non_config() -> None:
    with pytest.raises(TypeError, match="Config"):
        quoteattr.Attributor(config={"term_max_words": 3})  # type: ignore[arg-type]


def test_span_validation() -> None:
    assert Span(2, 5).slice("abcdefg") == "cde"
    with pytest.raises(ValueError):
        Span(5, 2)
    with pytest.raises(ValueError):
        Span(-1, 2)
    with pytest.raises(TypeError):
        Span(1.0, 2)  # type: ignore[arg-type]


_SPANS = st.tuples(st.integers(0, 6), st.integers(0, 6)).map(lambda p: Span(min(p), max(p)))


@given(_SPANS, _SPANS)
def test_spans_order_by_start_then_end(a: Span, b: Span) -> None:
    key_a, key_b = (a.start, a.end), (b.start, b.end)
    assert (a < b, a <= b, a > b, a >= b) == (
        key_a < key_b,
        key_a <= key_b,
        key_a > key_b,
        key_a >= key_b,
    )


@given(_SPANS)
def test_unchecked_spans_are_plain_spans(span: Span) -> None:
    made = span_unchecked(span.start, span.end)
    assert type(made) is Span
    assert made == span and hash(made) == hash(span) and repr(made) == repr(span)
    assert pickle.loads(pickle.dumps(made)) == span
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.start = 0  # type: ignore[misc]


def test_spans_do_not_order_against_other_types() -> None:
    with pytest.raises(TypeError):
        _ = Span(1, 2) < (1, 2)  # type: ignore[operator]


def test_explain_rejects_non_documents() -> None:
    with pytest.raises(TypeError, match="Document"):
        quoteattr.explain("text")  # type: ignore[arg-type]
