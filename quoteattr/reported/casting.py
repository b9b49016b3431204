"""Casting someone as something: ``Clinton cast her rival as out of touch``.

The verbs of the lexicon's ``casting_verbs`` list with an object and an ``as``
complement state the subject's view, read like the verbs of regard (``voters
see Clinton as the stronger candidate``): the content is the object and the
complement, to the end of the clause (rule ``reported_view``, read by
``frames.seen_as`` when it meets ``as``). This module holds the test that
``as`` opens a clause of time instead (``cast a vote as the polls closed``),
which reports nothing.
"""

from __future__ import annotations

from quoteattr.reported.grammar import Sentence
from quoteattr.reported.words import FINITE, IRREGULAR_PAST, SUBJECT_PRONOUNS

__all__ = ["as_clause"]


#: Words that show the phrase after ``as`` is no clause's subject: a relative
#: pronoun, an infinitive or a preposition after its head.
_NOT_IN_SUBJECT = frozenset(
    {"that", "who", "which", "whose", "whom", "to", "of", "for", "with", "in", "on", "at"}
    | {"by", "from", "than", "and", "or"}
)


def as_clause(s: Sentence, k: int) -> bool:
    """Whether the words from ``k`` (just after ``as``) open a clause: a subject
    pronoun, or a short noun phrase and a finite verb (``as the polls closed``,
    ``as voters watched``), not a complement (``as a sign that ...``)."""
    lowers, texts = s.lowers, s.texts
    n = len(lowers)
    if k >= n:
        return False
    if lowers[k] in SUBJECT_PRONOUNS:
        return True
    for j in range(k + 1, min(n, k + 4)):
        if not texts[j].isalpha() or s.quote_of[j] >= 0:
            return False
        word = lowers[j]
        if word in _NOT_IN_SUBJECT:
            return False  # "as an issue that is", "as unfit to be": a complement
        if word in FINITE or word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4):
            return True
    return False
