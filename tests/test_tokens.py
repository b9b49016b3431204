"""Tokens of the writer's text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from quoteattr.mentions import _INVISIBLE, _TOKEN, tokens_in

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
