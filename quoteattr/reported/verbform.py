"""The shape of a finite verb, and the subjects that only a finite verb right
after them makes a clause's subject.

:func:`verb_like` tells the finite verb of a clause by its form (``is``,
``came``, ``changed``, ``grows`` after a singular noun), without a tagger.
:func:`indefinite_subject` reads *nothing* or *something* after a cue as the
subject of the content when a finite verb follows it at once (``said nothing
changed``), and as the cue's object otherwise (``said nothing``, ``said
something else``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteattr.reported.words import (
    DETERMINERS,
    FINITE,
    INDEFINITE_SUBJECTS,
    IRREGULAR_PAST,
    NOT_VERBS_IN_S,
    SINGULAR_S_NOUNS,
)

if TYPE_CHECKING:
    from quoteattr.reported.grammar import Sentence

__all__ = ["indefinite_subject", "verb_like"]


def indefinite_subject(s: Sentence, k: int) -> bool:
    """Whether an indefinite pronoun at ``k`` (``nothing``, ``something``)
    opens a clause as its subject: a finite verb right after it (``said nothing
    changed``, ``said something had gone wrong``), not ``said nothing new``."""
    n = len(s.lowers)
    if s.lowers[k] not in INDEFINITE_SUBJECTS or k + 1 >= n or s.quote_of[k + 1] >= 0:
        return False
    following = s.lowers[k + 1]
    if following in FINITE or following in IRREGULAR_PAST:
        return True
    # "said nothing changed", "said something happened": a past tense in -ed
    return s.texts[k + 1].isalpha() and s.texts[k + 1].islower() and following.endswith("ed")


def verb_like(s: Sentence, j: int) -> bool:
    """Whether token ``j`` of ``s`` looks like the finite verb of a clause."""
    word = s.lowers[j]
    # The last letter is compared before calling ``endswith``, which is slow
    # to call and most words do not end in the letter asked for.
    last = word[-1:]
    if word in FINITE or (last == "t" and word.endswith(("n’t", "n't"))) or word in IRREGULAR_PAST:
        return True
    texts = s.texts
    text = texts[j]
    if not text[0].islower() or not text.isalpha():
        return False
    previous = s.lowers[j - 1]
    if previous in DETERMINERS or (previous[-1:] == "s" and previous.endswith(("’s", "'s"))):
        # "the proposed plan", "the company’s earnings"; but "this includes":
        # no plural noun follows the singular "this"
        return (
            previous == "this"
            and last == "s"
            and len(word) > 3
            and not word.endswith(("ss", "us", "is", "ics", "ous"))
        )
    if last == "d" and word.endswith("ed") and len(word) > 4:
        return True
    return (
        last == "s"
        and len(word) > 3
        and not word.endswith(("ss", "us", "is", "ics", "ous"))
        and word not in NOT_VERBS_IN_S
        and (
            texts[j - 1][0].isupper()
            or previous in ("he", "she", "it", "who", "that", "which")
            or (
                texts[j - 1].isalpha()
                and not previous.endswith(("ing", "ed"))
                # a singular noun in -s: "success depends", "the crisis grows"
                and (
                    previous[-1:] != "s"
                    or previous in SINGULAR_S_NOUNS
                    or (previous.endswith("ness") and previous != "business")
                )
            )
        )
    )
