"""Predicate readings: a role given by a copula after a name.

This module owns the reading of ``Ana Ruiz is the city's budget director``
and ``Omar Haddad was a Navy pilot``: a noun phrase after *is* or *was* (and
*has been*, *had been*, *remains*) whose head is a listed role noun says what
the subject is (*was*, *had been*: was before). Only a phrase that opens with
a determiner or a possessive is read (``is the``, ``was a``, ``is Hale's``),
so that ``is expected`` or ``was running`` give none; the phrase ends at a
comma, a semicolon, a dash, a parenthesis or the sentence's end, and the role
noun must be in the role lists (a noun read by its ending alone gives no role
here, as ``the favorite`` or ``a fighter`` often say no more than a stance).
The form is :attr:`~quoteattr.model.RoleForm.DESCRIPTION`: a description said
of the person, ranked after titles, premodifiers, appositions and relative
clauses when the article gives several. The name must be the clause's subject:
not after a preposition (``the first taste of Donald Trump is his ...``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from quoteattr.mentions import Token
from quoteattr.model import RoleForm
from quoteattr.roles.reading import RoleReading
from quoteattr.roles.words import _CLOSERS

if TYPE_CHECKING:
    from quoteattr.roles.reader import RoleReader

__all__ = ["COPULA_AFTER_NAME", "predicate_reading"]

#: A copula right after a name and the determiner or possessive that opens
#: its noun phrase; group 1 is the copula (``was`` and ``had been`` say the
#: role was held before).
COPULA_AFTER_NAME = re.compile(
    r"[^\S\n]{1,3}(is|was|has[^\S\n]been|had[^\S\n]been|remains)"
    r"[^\S\n]{1,3}(?:(?:also|now|still)[^\S\n]{1,3})?"
    r"(?=(?:the|a|an|its|his|her|their|[A-Z][\w.&-]*[’']s?)[^\S\n])"
)
_PAST = frozenset({"was", "had been"})
# The most words the noun phrase after the copula may have.
_MAX_PHRASE = 14
# Words that end the noun phrase: a second clause or a relative clause.
_CLAUSE_WORDS = frozenset(
    {"and", "but", "who", "whom", "whose", "which", "that", "since", "until", "during"}
)
_TIME_NOUNS = frozenset(
    {"year", "years", "decade", "decades", "month", "months", "week", "weeks", "term", "terms"}
)


def _time_adjunct(tokens: Sequence[Token], k: int) -> bool:
    """``for a decade``, ``in 2008``, ``for two terms``: a time after the role."""
    if tokens[k].lower not in ("for", "in", "from") or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1].lower
    if nxt[:1].isdigit() or nxt in _TIME_NOUNS:
        return True
    return k + 2 < len(tokens) and tokens[k + 2].lower in _TIME_NOUNS


def predicate_reading(
    reader: RoleReader, text: str, tokens: Sequence[Token], copula: str
) -> RoleReading | None:
    """The role in ``tokens``, the words after a copula that follows a name.

    Example:
        >>> from quoteattr.lexicon import Lexicon
        >>> from quoteattr.mentions import Vocabulary, tokens_in
        >>> from quoteattr.roles import RoleReader
        >>> lexicon = Lexicon.default()
        >>> reader = RoleReader(Vocabulary(lexicon), lexicon)
        >>> text = "the city's budget director, and she said so."
        >>> predicate_reading(reader, text, tokens_in(text, 0, len(text)), "is").role
        'budget director'
    """
    end = 0
    while end < len(tokens) and end < _MAX_PHRASE and tokens[end].text not in _CLOSERS:
        if tokens[end].lower in _CLAUSE_WORDS or _time_adjunct(tokens, end):
            break  # "is the city's budget director and has served since 2010"
        end += 1
    if end == 0 or end == _MAX_PHRASE:
        return None  # no phrase, or one that runs on past the words read
    reading = reader.noun_phrase(text, tokens, 0, end, RoleForm.DESCRIPTION)
    if reading is None or reading.unlisted or reading.role is None:
        return None
    head = next((w for w in reversed(reading.role.split()) if w.lower() == reading.head), "")
    if head[:1].isupper():
        return None  # "is the Manchurian Candidate": the title of a work, not a role
    if " ".join(copula.split()) in _PAST and not reading.former:
        reading = attrs.evolve(reading, former=True)
    return reading
