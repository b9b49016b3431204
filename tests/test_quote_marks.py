"""The quotation-mark pattern against its plain form."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from quoteattr.quotes import _MARK

# One branch per kind of mark, in order of preference: a run of two or more ',
# ``, a double mark, a single mark that is not between two letters or digits.
_PLAIN_MARK = re.compile("'{2,}|``|[\"“”«»‹›„「」『』]|[‘’'`‚](?:(?<![^\\W_].)|(?![^\\W_]))")

_PIECES = [*"a1_ .x'`‘’‚\"“”«»‹›„「」『』", "don’t", "''", "``", "'90s"]


@given(
    st.lists(st.sampled_from(_PIECES), max_size=25).map("".join),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_mark_pattern_matches_its_plain_form(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    expected = [m.span() for m in _PLAIN_MARK.finditer(text, lo, hi)]
    assert [m.span() for m in _MARK.finditer(text, lo, hi)] == expected


def test_apostrophes_inside_words_are_no_marks() -> None:
    text = "“Don’t,” O’Brien said of the '90s ''hit'' and ``it''."
    assert [m.group() for m in _MARK.finditer(text)] == ["“", "”", "'", "''", "''", "``", "''"]
