"""A clause of time without a subject between a cue and its content.

``Ruiz said when asked about the deal, the mayor had signed it``, ``Okafor
told reporters, while campaigning in Iowa, that C`` and ``Ruiz said after
losing the primary, she would run again``: the words from *when*, *while*,
*after* or *before* to the comma are the circumstances of the saying (a
participle whose subject is the source, in *-ing* after *after* and
*before*), part of neither the cue nor the content, which starts after the
comma. With a subject of its own (``said when the plant closed``),
with no comma to close it, or opened by *if* (``said if elected, she would``:
the condition is part of what was said), the clause is not passed over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteattr.reported.words import IRREGULAR_PAST

if TYPE_CHECKING:
    from quoteattr.reported.grammar import Sentence

__all__ = ["WHEN_WORDS", "when_asked_end"]

#: The words that open a participle clause of time: *when* and *while*, and
#: *after* and *before* with a participle in *-ing*; a comma before them is
#: looked at too (``said, when asked, C``).
WHEN_WORDS = frozenset({"when", "while", "after", "before", ","})

#: Words after the comma that show it closes no clause of time.
_NOT_AFTER = frozenset({"who", "which", "whom", "whose", "where", "and", "but", "or", "\u201d"})

#: Words and marks that a clause of time passed over does not hold.
_NOT_INSIDE = frozenset({".", ";", ":", "—", "–", "?", "!", "that"})

#: The most tokens from *when* to the comma that closes its clause.
_MOST_TOKENS = 12


def when_asked_end(s: Sentence, k: int) -> int | None:
    """The index after the comma that closes a participle clause of time opened
    at ``k`` by *when* or *while* (or *after* or *before* with a participle in
    *-ing*; or a comma before one of them): ``when asked about the deal,``,
    ``while campaigning in Iowa,``, ``after losing it,``; None when there is
    none (``when the plant closed``, ``when asked`` with no comma after it)."""
    texts, lowers = s.texts, s.lowers
    n = len(texts)
    if texts[k] == ",":
        k += 1
        if k >= n or lowers[k] not in WHEN_WORDS or lowers[k] == ",":
            return None
    if k + 2 >= n or s.quote_of[k + 1] >= 0:
        return None
    word = lowers[k + 1]
    if not (
        texts[k + 1].isalpha()
        and (
            word[-3:] == "ing"
            or (lowers[k] in ("when", "while") and (word[-2:] == "ed" or word in IRREGULAR_PAST))
        )
    ):
        return None
    for j in range(k + 2, min(n - 1, k + _MOST_TOKENS)):
        if s.quote_of[j] >= 0 or texts[j] in _NOT_INSIDE:
            return None  # not "before clarifying that he, Ruiz, was": a clause of its own
        if texts[j] == ",":
            # not "when asked if he had met Lee, who leads ...": a relative
            # clause after the comma belongs to the question's object
            return j + 1 if j + 1 < n and lowers[j + 1] not in _NOT_AFTER else None
    return None
