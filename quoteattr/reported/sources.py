"""Sources of reported speech that the subject readers do not take as they
stand: a role word before a name after a closing comma (``..., frontman Tomas
Vell revealed``), a counted group after an inverted cue (``..., said a
handful of Democrats``), the subject of a relative clause with no relative
word (``..., a step they believe could help``), and the nouns that take up a
content before a closing cue (``..., a point Lee conceded``).
"""

from __future__ import annotations

from quoteattr.reported.grammar import Sentence, verb_like
from quoteattr.reported.words import (
    ADJUNCT_PREPOSITIONS,
    COORDINATORS,
    NOT_IN_SUBJECT,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)

__all__ = [
    "CLAIM_NOUNS",
    "DISPUTING",
    "counted_group",
    "role_premodifier",
    "zero_relative",
]

#: Nouns that take up the content before them in a closing relative clause
#: with a cue (``..., a point Feinstein also acknowledged``).
CLAIM_NOUNS = frozenset({"point", "claim", "view", "charge", "assertion", "argument", "contention"})

#: Lemmas of cues that dispute a content rather than state it.
DISPUTING = frozenset({"dispute", "deny", "reject", "contest", "question", "challenge"})

#: Lower-case words before a name that describe no source (``and Vell``).
NOT_ROLE_WORDS = (
    COORDINATORS
    | ADJUNCT_PREPOSITIONS
    | SUBJECT_PRONOUNS
    | frozenset({"then", "also", "even", "only", "just", "said", "says"})
)


#: Words that open a counted group after an inverted cue (``said a handful of
#: Democrats``, ``said several analysts``, ``said six million people``).
COUNT_OPENERS = frozenset(
    {"a", "several", "many", "some", "most", "dozens", "hundreds", "thousands", "millions"}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "few"}
)


def counted_group(s: Sentence, k: int) -> tuple[int, int] | None:
    """A counted group right after an inverted cue at ``k`` (``said a handful
    of Democrats``, ``said several analysts who ...``): words only, at most
    eight, up to a comma, the sentence end or a relative word, ending with a
    plural; None when a verb comes first."""
    lowers, texts = s.lowers, s.texts
    n = len(lowers)
    if k >= n or not (lowers[k] in COUNT_OPENERS or texts[k].isdigit()):
        return None
    if lowers[k] == "a" and (
        k + 1 >= n or lowers[k + 1] not in ("handful", "number", "group", "few")
    ):
        return None
    j = k + 1
    while j < n and j - k <= 8 and (texts[j].isalpha() or texts[j].isdigit() or texts[j] == "-"):
        if lowers[j] in ("who", "whose", "that", "which") or verb_like(s, j):
            break
        j += 1
    last = lowers[j - 1]
    if j - k < 2 or s.quoted(k, j) or not (last[-1:] == "s" or last in ("people", "police")):
        return None
    return k, j


def role_premodifier(s: Sentence, first: int) -> int | None:
    """Where a source in capitals at ``first`` starts when one or two lower-case
    words before it and after a comma or dash describe it (``..., frontman
    Tomas Vell said``, ``..., the singer Ana Lee said``): the first of them."""
    texts = s.texts
    if not texts[first][0].isupper():
        return None
    for j in (first - 1, first - 2):
        if j < 1 or not (texts[j].isalpha() and texts[j].islower()) or verb_like(s, j):
            return None
        word = s.lowers[j]
        if word in NOT_IN_SUBJECT or word in SUBORDINATORS or word in NOT_ROLE_WORDS:
            return None
        if j == first - 1 and (len(word) < 4 or word.endswith(("ing", "thing", "one"))):
            return None  # "and Vell", "something Obama said"
        if texts[j - 1] in (",", "—", "–"):
            return j
    return None


def zero_relative(s: Sentence, left: tuple[int, int]) -> tuple[int, int] | None:
    """The subject of a gap cue that opens a relative clause with no relative
    word (``..., a step they believe could help``, ``..., a tactic Democrats
    hope will work``), or None: an apposition of a determiner and a lower-case
    noun set off by a comma, then the subject, a pronoun or a name or plural
    (read with the noun or without it)."""
    first, stop = left
    lowers, texts = s.lowers, s.texts
    if stop - first > 2 and lowers[first] in ("a", "an", "the"):
        first += 2  # "a tactic Democrats": the subject after the noun
    noun = first - 1
    if noun < 2 or not (texts[noun].isalpha() and texts[noun].islower()) or verb_like(s, noun):
        return None
    if lowers[noun - 1] not in ("a", "an", "the") or texts[noun - 2] not in (",", "—", "–"):
        return None  # not an apposition to the clause before
    if stop - first == 1 and lowers[first] in ("they", "we", "he", "she", "i"):
        return first, stop
    if texts[first][0].isupper() or lowers[stop - 1][-1:] == "s":
        return first, stop
    return None
