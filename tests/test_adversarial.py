"""Adversarial input: odd line ends, odd Unicode, huge and degenerate texts, wrong types.

Every text must give a :class:`~quoteattr.Document` (never an exception) that keeps
every invariant of :func:`strategies.check_invariants`. The big inputs are sized to
finish in about a second each; ``benchmarks/scaling.py`` times them at several sizes.
"""

from __future__ import annotations

import json
import time
from typing import Any

import attrs
import pytest
from strategies import check_invariants

import quoteattr
from quoteattr import Attributor, Config, ConfigError, Document, Quote, Span

ARTICLE = (
    "“We regret the decision,” spokeswoman Heather Nauert said on Tuesday.\n"
    "\n"
    "Russia’s foreign ministry said the talks were “no longer possible.”\n"
    "“It is a pity,” Sergei Ryabkov told reporters. “We will respond.”\n"
    "\n"
    "“The sanctions remain,” she said.\n"
)


def attributed(text: str) -> Document:
    """Attribute ``text`` and check every invariant."""
    doc = quoteattr.attribute(text)
    check_invariants(doc, text)
    return doc


def summary(doc: Document) -> list[tuple[object, ...]]:
    """Quote attributions without offsets: text, kind, speaker, mention, cue, rule."""

    def words(span: Span | None) -> str | None:
        return None if span is None else doc.text[span.start : span.end]

    def one(q: Quote) -> tuple[object, ...]:
        name = q.speaker.name if q.speaker is not None else None
        return (q.text, q.kind, name, words(q.mention), words(q.cue), q.rule, q.continued)

    return [one(q) for q in doc.quotes]


# -- line ends -------------------------------------------------------------------------


def test_the_reference_article_attributes_its_quotes() -> None:
    doc = attributed(ARTICLE)
    speakers = [q.speaker.name if q.speaker else None for q in doc.quotes]
    assert speakers[0] == "Heather Nauert"
    assert "Sergei Ryabkov" in speakers


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028", "\x85", "\n\r\n"])
def test_other_line_ends_attribute_like_lf(newline: str) -> None:
    lf = attributed(ARTICLE)
    other = attributed(ARTICLE.replace("\n", newline))
    assert summary(other) == summary(lf)
    assert len(other.paragraphs) == len(lf.paragraphs)


def test_crlf_offsets_map_to_the_lf_offsets(seed_text: str) -> None:
    lf = attributed(seed_text)
    crlf_text = seed_text.replace("\n", "\r\n")
    crlf = attributed(crlf_text)

    def shift(offset: int) -> int:  # LF offset -> CRLF offset
        return offset + seed_text.count("\n", 0, offset)

    assert len(crlf.quotes) == len(lf.quotes) > 0
    for a, b in zip(lf.quotes, crlf.quotes, strict=True):
        assert (shift(a.span.start), shift(a.span.end)) == (b.span.start, b.span.end)
        assert (a.speaker and a.speaker.name) == (b.speaker and b.speaker.name)
        assert a.rule == b.rule


def test_multi_paragraph_quote_across_crlf() -> None:
    text = (
        "“We will not accept this,” Mr. Lavrov said. “The sanctions are illegal.\r\n"
        "\r\n"
        "“They will fail,” he added.\r\n"
    )
    doc = attributed(text)
    lf = attributed(text.replace("\r\n", "\n"))
    assert summary(doc) == summary(lf)
    assert any(q.continued for q in doc.quotes)


# -- odd characters --------------------------------------------------------------------

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00a0", "\u200e", "\u200f"]


@pytest.mark.parametrize("char", ZERO_WIDTH, ids=lambda c: f"U+{ord(c):04X}")
def test_invisible_characters_inside_names_and_around_marks(char: str) -> None:
    text = (
        f"{char}“We{char} regret it{char},”{char} spokeswoman Hea{char}ther "
        f"Nau{char}ert said.{char}\n“Yes,”{char}she{char}said."
    )
    doc = attributed(text)
    assert doc.quotes


@pytest.mark.parametrize("char", ["\u00a0", "\u2009", "\u3000"], ids=lambda c: f"U+{ord(c):04X}")
def test_unicode_spaces_between_words_keep_the_attribution(char: str) -> None:
    doc = attributed(f"“We regret it,” she{char}said.")
    quote = doc.quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "an unnamed woman"
    assert quote.mention is not None and quote.mention.slice(doc.text) == "she"


@pytest.mark.parametrize(
    "char",
    ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u00ad"],
    ids=lambda c: f"U+{ord(c):04X}",
)
def test_invisible_characters_between_words_keep_the_attribution(char: str) -> None:
    doc = attributed(f"“We regret it,” she{char} said.")
    quote = doc.quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "an unnamed woman"
    assert quote.mention is not None and quote.mention.slice(doc.text).startswith("she")


def test_bom_at_the_start_keeps_the_attribution() -> None:
    doc = attributed("\ufeff" + ARTICLE)
    assert summary(doc) == summary(attributed(ARTICLE))


@pytest.mark.parametrize(
    "text",
    [
        "“We regret it,”\tspokeswoman\tHeather Nauert\tsaid.",
        "“We\x00regret it,” she said.\x00",
        "\x00" * 1000,
        "“Lone \ud800 surrogate,” she said. \udfff",
        "\ud800\udc00\udbff",
        "“We love it 👩‍👩‍👧‍👦,” said 🇺🇸 spokeswoman Heather Nauert 🙂.",
        "👩‍👩‍👧" * 2000,
        "“Cafe\u0301 na\u0308ive,” said Zoe\u0308 Garci\u0301a.",
        "\u0301" * 2000 + "“x,” she said.",
        "“مرحبا بكم،” قال المتحدث. \u200f«السلام عليكم» قال أحمد.",
        "\u200f“שלום לכם,”\u200f אמר \u200eDavid Cohen\u200e. “כן,” הוא אמר.",
        "«Nous regrettons», a déclaré Heather Nauert. «Bien sûr» dit-elle.",
        "„Wir bedauern das“, sagte Sprecherin Heather Nauert. »Ja«, sagte sie.",
        "‚Einzeln‘ sagte er. ‹Simple› dit-il. 「引用」と彼は言った。『二重』",
        "``We regret it,'' spokeswoman Heather Nauert said. ''Odd'' ``",
        "\x0b\x0c\x1c\x1d\x1e\u2029“Yes,” she said.\u2029",
        "Senator Ann Lowe last week “a very decent man.”",
        "The governor on Thursday “very decent man”",
        "‹é.\n›",
    ],
    ids=[
        "tabs",
        "nul",
        "nul-only",
        "lone-surrogate",
        "surrogates-only",
        "emoji",
        "zwj-emoji-run",
        "combining",
        "combining-run",
        "arabic",
        "hebrew-rlm-lrm",
        "guillemets",
        "german-low9",
        "single-and-cjk",
        "ascii-doubled",
        "vertical-separators",
        "subject-and-time-phrase-before-the-quote",
        "subject-and-day-before-the-quote",
        "sentence-then-a-lone-closing-mark-paragraph",
    ],
)
def test_odd_text_gives_a_document(text: str) -> None:
    attributed(text)


def test_guillemets_and_low9_quotes_are_found() -> None:
    assert [q.text for q in attributed("«Nous regrettons», dit-elle.").quotes] == [
        "Nous regrettons"
    ]
    assert [q.text for q in attributed("„Wir bedauern das“, sagte sie.").quotes] == [
        "Wir bedauern das"
    ]


# -- degenerate shapes -----------------------------------------------------------------

SINGLE_MARKS = [*"“”‘’\"'«»‹›„‚「」『』`", "''", "``"]


@pytest.mark.parametrize("mark", SINGLE_MARKS)
def test_a_single_mark_alone(mark: str) -> None:
    for text in (mark, f" {mark} ", f"a{mark}", f"{mark}a", f"{mark}\n{mark}"):
        attributed(text)


@pytest.mark.parametrize("text", ["", " ", "\n", "\r\n", " \t\n\r\u3000\u00a0" * 5000])
def test_only_whitespace(text: str) -> None:
    doc = attributed(text)
    assert doc.quotes == () and doc.paragraphs == () and doc.sentences == ()


@pytest.mark.parametrize("mark", ["'", "’", "‘", "' ", "'s ", "don’t "])
def test_nothing_but_apostrophes(mark: str) -> None:
    doc = attributed(mark * (20_000 // len(mark)))
    assert all(q.kind is not None for q in doc.quotes)


def test_quotes_nested_twenty_deep() -> None:
    opens, closes = "“‘«‹„「『", "”’»›“」』"
    depth = 20
    text = (
        "".join(opens[i % 7] + f"level {i} " for i in range(depth))
        + "core"
        + "".join(closes[i % 7] for i in reversed(range(depth)))
        + " she said."
    )
    doc = attributed(text)
    assert doc.quotes
    # Mixed ASCII nesting too.
    attributed('"a ' * depth + "core" + '"' * depth + " he said.")
    attributed("“" * depth + "core" + "”" * depth)


def _timed(text: str, limit: float = 5.0) -> Document:
    # A guard against work that grows faster than the input (these texts take
    # about a second of CPU), not a speed measurement: the limit is on this
    # process's CPU time, which other load on the machine does not inflate as
    # it does wall time. Speed is measured by benchmarks/bench.py.
    start = time.process_time()
    doc = attributed(text)
    elapsed = time.process_time() - start
    assert elapsed < limit, f"{len(text):,} chars took {elapsed:.1f}s of CPU"
    return doc


def test_a_megabyte_paragraph_without_punctuation() -> None:
    doc = _timed("word " * 200_000)
    assert len(doc.paragraphs) == 1 and doc.quotes == ()


def test_a_hundred_thousand_quotation_marks() -> None:
    _timed("“" * 100_000)
    _timed('"' * 100_000)
    _timed("'" * 100_000)


def test_one_huge_quote() -> None:
    doc = _timed("“" + "word " * 100_000 + "” she said.")
    assert len(doc.quotes) == 1 and doc.quotes[0].speaker is not None


def test_many_one_line_paragraphs() -> None:
    doc = _timed("“Yes,” Smith said.\n" * 3_000)
    assert len(doc.quotes) == 3_000


# -- wrong argument types --------------------------------------------------------------

NOT_TEXT: list[Any] = [None, 3, 2.5, b"bytes", bytearray(b"x"), ["a"], {"text": "a"}, Span(0, 1)]


@pytest.mark.parametrize("value", NOT_TEXT, ids=lambda v: type(v).__name__)
def test_attribute_and_attributor_call_reject_non_str(value: Any) -> None:
    with pytest.raises(TypeError, match="expects text as str"):
        quoteattr.attribute(value)
    with pytest.raises(TypeError, match="expects text as str"):
        Attributor()(value)


def test_bytes_message_says_to_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        quoteattr.attribute(b"\xe2\x80\x9cYes\xe2\x80\x9d")


@pytest.mark.parametrize("value", ["config", {}, 1, Config])
def test_attributor_and_attribute_reject_a_non_config(value: Any) -> None:
    with pytest.raises(TypeError, match=r"quoteattr\.Config"):
        Attributor(value)
    with pytest.raises(TypeError, match=r"quoteattr\.Config"):
        quoteattr.attribute("text", config=value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("term_max_words", "3"),
        ("term_max_words", 1.5),
        ("term_max_words", True),
        ("term_max_words", -1),
        ("term_max_words", None),
        ("lexicon", None),
        ("lexicon", {"reporting_verbs": ["say"]}),
        ("sieves", ["quote_mention_cue"]),
        ("sieves", "quote_mention_cue"),
        ("sieves", ("no_such_sieve",)),
        ("sieves", (42,)),
    ],
)
def test_config_fields_are_validated(field: str, value: Any) -> None:
    with pytest.raises(ConfigError, match=f"Config.{field}"):
        Config(**{field: value})
    with pytest.raises(ValueError, match=f"Config.{field}"):
        attrs.evolve(Config(), **{field: value})


@pytest.mark.parametrize("value", [None, "text", {"text": "x"}, 1])
def test_explain_rejects_non_documents(value: Any) -> None:
    with pytest.raises(TypeError, match=r"quoteattr\.Document"):
        quoteattr.explain(value)


@pytest.mark.parametrize("value", [None, "text", ["text"], 1])
def test_from_dict_rejects_non_dicts(value: Any) -> None:
    with pytest.raises(TypeError, match="expects a dict"):
        Document.from_dict(value)


def _good() -> dict[str, Any]:
    return quoteattr.attribute(ARTICLE).to_dict()


def _with(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = _good()
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "schema_version"),
        ({"schema_version": 99, "text": ""}, "schema_version"),
        (_with(("text",), KeyError), "no 'text'"),
        (_with(("text",), 5), "text must be a str"),
        (_with(("quotes",), 5), "quotes must be a list"),
        (_with(("quotes", 0), "q"), r"quotes\[0\] must be an object"),
        (_with(("quotes", 0, "span"), KeyError), r"quotes\[0\] has no 'span'"),
        (_with(("quotes", 0, "span"), [1]), r"quotes\[0\].span must be a \[start, end\]"),
        (_with(("quotes", 0, "span"), [5, 2]), r"quotes\[0\].span must be .*start <= end"),
        (_with(("quotes", 0, "span"), [0.5, 2]), r"quotes\[0\].span must be"),
        (_with(("quotes", 0, "text"), "other"), r"quotes\[0\].text must be text\[span"),
        (_with(("quotes", 0, "kind"), "bogus"), r"quotes\[0\].kind must be one of"),
        (_with(("quotes", 0, "speaker"), 99), r"quotes\[0\].speaker must be null or the id"),
        (_with(("quotes", 0, "rule"), 3), r"quotes\[0\].rule must be a str or null"),
        (_with(("entities", 0, "name"), KeyError), r"entities\[0\] has no 'name'"),
        (_with(("entities", 0, "kind"), "alien"), r"entities\[0\].kind must be one of"),
        (_with(("entities", 0, "id"), 7), r"entities\[0\].id must be the int 0"),
        (_with(("paragraphs",), [["a", "b"]]), r"paragraphs\[0\] must be"),
        (_with(("sentences",), 3), "sentences must be a list"),
        (_with(("notes",), "abc"), "notes must be a list of str"),
    ],
)
def test_from_dict_names_the_malformed_field(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Document.from_dict(data)


@pytest.mark.parametrize(
    "text", ["“Lone \ud800 surrogate,” she said.", "“Nul\x00,” he said.\r\n“🇺🇸,” she said."]
)
def test_odd_text_round_trips_through_json(text: str) -> None:
    doc = attributed(text)
    assert Document.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc
