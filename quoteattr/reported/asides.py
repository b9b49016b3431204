"""Attributions set off from their content by a comma (reported speech).

``C, X said`` closes its content with a comma; the comma may stand inside the
closing mark of a partial quote that ends the content (``Teachers are “very
pro-Bernie,” Kilfoyle said``), as the writers of American English put it.
"""

from __future__ import annotations

from quoteattr.reported.grammar import Sentence

__all__ = ["comma_before"]


#: Marks that set a closing attribution off from the content before it.
SETTING_OFF = frozenset({",", "—", "–"})


def comma_before(s: Sentence, k: int) -> bool:
    """Whether the token before ``k`` sets off what precedes it: a comma or a
    dash, or the closing mark of a partial quote with a comma inside it
    (``... “very pro-Bernie,” Kilfoyle said``; not a DIRECT quote, which is
    the content of its own attribution)."""
    if k < 1:
        return False
    j = k - 1
    if s.texts[j] in SETTING_OFF:
        return True
    q = s.quote_of[j]
    if q < 0 or s.direct[j] or (k < len(s.quote_of) and s.quote_of[k] == q):
        return False
    while j > 0 and s.texts[j] in CLOSING_MARKS and s.quote_of[j - 1] == q:
        j -= 1  # "''" is two tokens
    return j < k - 1 and s.texts[j] == ","


#: The tokens of a closing quotation mark.
CLOSING_MARKS = frozenset({"”", '"', "'", "’", "»", "''"})
