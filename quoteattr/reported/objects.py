"""Where the object of a speech act runs on past its head: an ``as``
complement (``cited the memo as evidence that ...``, ``mocked Ruiz as a
neophyte who ...``) and examples set off by ``, including`` (``cited several
factors, including the new rules``).

The reader of speech acts (``frames.speech_act``) stops the object at ``as``
when a clause follows and at a comma; these tests tell it where the object's
own complement or examples go on instead. ``as`` opening a clause
of time (``as the crowd cheered``) or a fixed phrase (``as a result``, ``as
well as``, ``as expected``) is no complement.
"""

from __future__ import annotations

from quoteattr.reported.casting import as_clause
from quoteattr.reported.grammar import Sentence, verb_like
from quoteattr.reported.words import SENTENCE_END, word_set

__all__ = ["as_complement", "including_run"]

#: Words after ``as`` that open a fixed phrase or a clause, not a complement.
AS_NOT_COMPLEMENT = word_set(
    "well long soon much many far usual expected such if though of to for part",
    "ever always yet recently early late often now then before after if",
)

#: Nouns that make ``as a`` a fixed phrase (``as a result``, ``as a whole``).
AS_A_FIXED = word_set("result whole rule consequence matter")

#: Words that end the noun phrase after ``as``: what follows them is its own
#: modifier or complement (``as a sign that``, ``as a neophyte who``).
AS_PHRASE_ENDS = word_set("that who which whom whose to of for with from about in on at by")


def as_complement(s: Sentence, k: int) -> bool:
    """Whether the words from ``k``, just after an ``as`` that follows a
    speech act's object, are the object's complement (``as evidence that``,
    ``as a neophyte who``, ``as a debate-eve conversion``).

    Examples:
        >>> from quoteattr.mentions.tokens import tokens_in
        >>> def after_as(text):
        ...     words = list(tokens_in(text, 0, len(text)))
        ...     n = len(words)
        ...     k = [w.lower for w in words].index("as") + 1
        ...     return as_complement(Sentence(words, [-1] * n, [False] * n, {}), k)
        >>> after_as("cited the memo as evidence that he knew.")
        True
        >>> after_as("praised Ruiz as the crowd cheered."), after_as("hit Ruiz as a result.")
        (False, False)
    """
    lowers, texts = s.lowers, s.texts
    n = len(lowers)
    if k >= n or s.quote_of[k] >= 0 or not texts[k].isalpha():
        return False
    word = lowers[k]
    if word in AS_NOT_COMPLEMENT or verb_like(s, k):
        return False  # "as well as", "as expected", "as noted"
    if word in ("a", "an") and k + 1 < n and lowers[k + 1] in AS_A_FIXED:
        return False  # "as a result"
    for j in range(k + 1, min(n, k + 5)):
        if lowers[j] in AS_PHRASE_ENDS or not texts[j].isalpha() or s.quote_of[j] >= 0:
            break
        if verb_like(s, j):
            return False  # "as scrutiny heats up": a clause of time
    return not as_clause(s, k)


#: Marks that end the examples after ``, including``.
INCLUDING_ENDS = SENTENCE_END | {";", ":", "—", "–", "(", ")"}


def including_run(s: Sentence, comma: int) -> int | None:
    """Where examples set off by ``, including`` after an object end (``cited
    several factors, including the new rules and the heat``): before the next
    mark that ends a clause, or a comma and a verb or a coordinated clause;
    None when ``including`` does not follow the comma at ``comma``.

    Examples:
        >>> from quoteattr.mentions.tokens import tokens_in
        >>> text = "cited two factors, including the rules and the heat, and left."
        >>> words = list(tokens_in(text, 0, len(text)))
        >>> n = len(words)
        >>> including_run(Sentence(words, [-1] * n, [False] * n, {}), 3)  # the comma after heat
        10
    """
    from quoteattr.reported.extent import new_clause

    lowers, texts = s.lowers, s.texts
    n = len(lowers)
    if comma + 2 >= n or lowers[comma + 1] != "including":
        return None
    for j in range(comma + 2, min(n, comma + 40)):
        if s.quote_of[j] >= 0:
            continue
        if texts[j] in INCLUDING_ENDS:
            return j
        if texts[j] == "," and j + 1 < n:
            following = lowers[j + 1]
            if verb_like(s, j + 1) or (following in ("and", "but") and new_clause(s, j + 2)):
                return j
    return None
