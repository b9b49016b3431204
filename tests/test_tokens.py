"""Tokens of the writer's text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from quoteattr.mentions.tokens import (
    _INVISIBLE,
    _TOKEN,
    _abbreviated_before_comma,
    _party_state,
    _pronoun_before_period,
    token_table,
    tokens_in,
)
from quoteattr.model import Span

# The token pattern in its plainest form: initialisms, short capitalized
# abbreviations, words (ending in a word character), numbers, single marks
# (zero-width and format characters are no tokens).
_PLAIN_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}|[A-Z][a-z]{0,3}\.(?=\s)|[^\W\d_](?:[\w’'\-&]*\w)?|\d[\d,.]*\d|\d|[^\w\s]"
)

_PIECES = [
    *"aZé9.,’'-&_ \t(\u200b\u00ad\u2066",
    "U.S.",
    "Sen.",
    "War.",
    "don’t",
    "R-Ky.",
    "AT&T",
    "ß",
    "Jr.,",
    "I-Vt.)",
    "..",
    "3.5",
    "p.m.",
    "Mass.,",
    "I.",
    " I. ",
    "said I. ",
    "M. ",
    "Kahn",
    "“",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_token_pattern_matches_its_plain_form(text: str) -> None:
    plain = [m.span() for m in _PLAIN_TOKEN.finditer(text) if m.group() not in _INVISIBLE]
    assert [m.span() for m in _TOKEN.finditer(text)] == plain


def test_tokens_keep_abbreviation_periods_only() -> None:
    text = "Sen. Cruz, R-Tex., met U.S. officials in War. Then J. Smith left."
    words = [t.text for t in tokens_in(text, 0, len(text), frozenset({"sen."}))]
    assert words == [
        *["Sen.", "Cruz", ",", "R-Tex.", ",", "met", "U.S.", "officials", "in", "War", "."],
        *["Then", "J.", "Smith", "left", "."],
    ]


def _plain_tokens(
    text: str, start: int, end: int, abbreviations: frozenset[str]
) -> list[tuple[int, int, str]]:
    """Tokens the plainest way: each match in turn, with its period split off
    (``War.``) or a lone period joined to the word before (``R-Ky.``, ``Jr.,``)."""
    out: list[tuple[int, int, str]] = []
    for match in _TOKEN.finditer(text, start, end):
        word, (s, e) = match.group(), match.span()
        dotted = word[-1] == "." and len(word) > 2 and word[-3] != "."
        pronoun = word == "I." and _pronoun_before_period(text, out[-1][2] if out else "", e)
        if (dotted and word.lower() not in abbreviations) or pronoun:
            out += [(s, e - 1, word[:-1]), (e - 1, e, ".")]
        elif (
            word == "."
            and out
            and out[-1][1] == s
            and (_party_state(out[-1][2]) or _abbreviated_before_comma(text, out[-1][2], e))
        ):
            out[-1] = (out[-1][0], e, out[-1][2] + ".")
        else:
            out.append((s, e, word))
    return out


@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.integers(0, 200),
    st.integers(0, 200),
)
def test_token_table_and_tokens_agree_with_the_plain_reading(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    abbreviations = frozenset({"sen.", "mass."})
    expected = _plain_tokens(text, start, end, abbreviations)
    table = token_table(text, start, end, abbreviations)
    assert list(zip(table.starts, table.ends, table.texts, strict=True)) == expected
    assert table.lowers == [word.lower() for word in table.texts]
    tokens = tokens_in(text, start, end, abbreviations)
    assert [(t.start, t.end, t.text) for t in tokens] == expected


def test_token_table_columns() -> None:
    text = "Said Sen. Cruz, R-Tex., and Jr.,"
    table = token_table(text, 5, len(text), frozenset({"sen."}))
    assert table.texts == ["Sen.", "Cruz", ",", "R-Tex.", ",", "and", "Jr.", ","]
    assert table.lowers[0] == "sen."
    assert table.span(1, 4) == Span(10, 22)
    assert text[10:22] == "Cruz, R-Tex."


def test_capital_i_with_a_period_is_an_initial_only_before_more_of_a_name() -> None:
    def words(text: str) -> list[str]:
        return [t.text for t in tokens_in(text, 0, len(text))]

    # The pronoun ends a sentence: before a quotation mark, after a lowercase word.
    assert words("“No,” answered I. “Never.”")[5:8] == ["I", ".", "“"]
    assert words("“Go,” cried I.\n\n“Now!”")[5:7] == ["I", "."]
    assert words("Neither do I. Ask Ruth.")[2:5] == ["I", ".", "Ask"]
    assert words("marked A through I. Panel I showed it")[3:5] == ["I", "."]
    # An initial stands before another part of the name.
    assert words("said Louis I. Kahn, the architect")[2] == "I."
    assert words("the architect I. M. Pei said")[2:4] == ["I.", "M."]
    assert words("I. Lewis Libby said")[0] == "I."
