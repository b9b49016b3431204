"""Concessive openers of a reported clause: ``said no matter what happens,
C``, ``says regardless of the vote, C``, ``said even if the plant closes, C``.

The reported clause may open with a subordinate clause or phrase set off by a
comma (``said despite the losses, the party ...``; the words of
``words.LEADING_SUBORDINATORS``). :func:`concession_opens` adds the openers
of more than one word: ``no matter`` and a wh-word, ``regardless of``, and
``even`` before ``if``, ``though``, ``when`` or ``as``. The grammar of
reported clauses then asks, as for the one-word openers, for a comma within
the next words and a clause after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteattr.reported.words import word_set

if TYPE_CHECKING:
    from quoteattr.reported.grammar import Sentence

__all__ = ["concession_opens"]

#: The wh-words after ``no matter``.
NO_MATTER_WH = word_set("what who which how where when whether")

#: The subordinators after ``even``.
EVEN_SUBORDINATORS = word_set("if though when as")


def concession_opens(s: Sentence, k: int) -> bool:
    """Whether a concessive opener of more than one word starts at ``k``
    (``no matter what``, ``regardless of``, ``even if``).

    Examples:
        >>> from quoteattr.mentions.tokens import tokens_in
        >>> from quoteattr.reported.grammar import Sentence
        >>> def opens(text):
        ...     words = list(tokens_in(text, 0, len(text)))
        ...     n = len(words)
        ...     return concession_opens(Sentence(words, [-1] * n, [False] * n, {}), 0)
        >>> opens("no matter what happens"), opens("regardless of the vote")
        (True, True)
        >>> opens("even if it rains")
        True
        >>> opens("no decision was made"), opens("even the mayor")
        (False, False)
    """
    lowers = s.lowers
    if k + 2 >= len(lowers):
        return False
    word, after = lowers[k], lowers[k + 1]
    if word == "no":
        return after == "matter" and lowers[k + 2] in NO_MATTER_WH
    if word == "regardless":
        return after == "of"
    return word == "even" and after in EVEN_SUBORDINATORS
