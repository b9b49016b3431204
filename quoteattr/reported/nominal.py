"""Nouns of saying as a predicate or an object with a that-clause: ``His point
was that C``, ``Ruiz made the case to donors that C``.

Two shapes, each read only when the sentence holds *that* (rule
``reported_nominal``):

* a possessor (a name's possessive or a possessive pronoun), a noun of
  :data:`PREDICATE_NOUNS`, a form of *be* and *that* with a clause (``Ruiz's
  answer was that C``, ``Her point is that C``): the possessor is the source,
  the cue runs from the noun to the copula;
* a verb of :data:`PUTTING_VERBS` and its object, a noun of
  :data:`OBJECT_NOUNS` after *the*, *a* or a possessive pronoun, then a
  hearer with *to* or other adjuncts and *that* with a clause (``made the
  case that C``, ``floated the notion that C``, ``pressed his attack that
  C``): the subject of the verb is the source, the cue runs from the verb to
  the noun.

Without *that* and a clause nothing is read (``the point was moot``, ``made
the case for a levy``), nor without a possessor (``The point was that C``:
the writer's voice), nor after another verb (``rejected the notion that C``
is no position of the subject's).
"""

from __future__ import annotations

from quoteattr.mentions import span_of
from quoteattr.model import span_unchecked
from quoteattr.reported.extent import forward_stop
from quoteattr.reported.grammar import Sentence, Verbs, adjunct_end, clause_starts
from quoteattr.reported.report import Frame, frames_at
from quoteattr.reported.subjects import subject_before
from quoteattr.reported.words import word_set
from quoteattr.sieves import Context

__all__ = ["NOMINAL_WORDS", "nominal_frame", "read_nominals"]

#: Nouns whose possessor's position a predicate that-clause states.
PREDICATE_NOUNS = word_set(
    "point answer argument response message view position contention claim",
    "belief hope fear concern complaint explanation reply conclusion",
)

#: Nouns that a verb of putting forward takes as object before *that*.
OBJECT_NOUNS = word_set("case notion idea argument attack theory point")

#: Verbs that put a position forward as their object.
PUTTING_VERBS = word_set(
    "make makes made making float floats floated floating press presses pressed",
    "pressing advance advances advanced advancing",
)

#: The words without which a sentence holds no such frame.
NOMINAL_WORDS = PREDICATE_NOUNS | OBJECT_NOUNS

_COPULAS = word_set("is was remains remained")
_POSSESSIVE_PRONOUNS = word_set("his her their my our your")
_OBJECT_OPENERS = word_set("the a an his her their my our")


def read_nominals(context: Context, verbs: Verbs, s: Sentence) -> list[Frame]:
    """The frames of *X's point was that C* and *X made the case that C* in one
    sentence (none without *that* or a word of :data:`NOMINAL_WORDS`)."""
    lowers = s.lowers
    if "that" not in lowers or NOMINAL_WORDS.isdisjoint(lowers):
        return []
    return frames_at(context, verbs, s, NOMINAL_WORDS, nominal_frame)


def nominal_frame(context: Context, verbs: Verbs, s: Sentence, k: int) -> Frame | None:
    """The frame whose noun is token ``k``, or None when it is not one."""
    lowers, tokens = s.lowers, s.tokens
    n = len(lowers)
    if k < 1 or k + 2 >= n or not s.texts[k].islower():
        return None
    word = lowers[k]
    if word in PREDICATE_NOUNS and lowers[k + 1] in _COPULAS and lowers[k + 2] == "that":
        start = k + 3
        possessor = lowers[k - 1]
        if possessor in _POSSESSIVE_PRONOUNS:
            mention = span_unchecked(tokens[k - 1].start, tokens[k - 1].end)
        elif possessor[-2:] in ("'s", "’s"):
            left = subject_before(context, s, k)
            if left is None or left[1] != k or s.quoted(left[0], k):
                return None
            # "The treasurer’s answer": the possessor without its "’s"
            mention = span_unchecked(tokens[left[0]].start, tokens[k - 1].end - 2)
        else:
            return None
        cue = span_unchecked(tokens[k].start, tokens[k + 1].end)
    elif word in OBJECT_NOUNS and k >= 2 and lowers[k - 1] in _OBJECT_OPENERS:
        v = k - 2
        if lowers[v] not in PUTTING_VERBS or s.quote_of[v] >= 0:
            return None
        j = k + 1
        if lowers[j] in ("to", "on", "in", "at", "during", "before", "after"):
            end = adjunct_end(s, j)  # "made the case to donors on Monday that"
            if end is None or end <= j:
                return None
            j = end
        if j + 1 >= n or lowers[j] != "that":
            return None
        start = j + 1
        left = subject_before(context, s, v)
        if left is None:
            return None
        mention = span_of(tokens, left)
        cue = span_unchecked(tokens[v].start, tokens[k].end)
    else:
        return None
    if start >= n or not clause_starts(s, start):
        return None
    stop = forward_stop(context, verbs, s, start)
    if stop <= start:
        return None
    return Frame(start, stop, k, mention, cue, "reported_nominal")
