"""Verbs of saying used in another sense, told apart by their object: ``who is
challenging Rep. Lee`` runs against her for office (:func:`contest_object`).
"""

from __future__ import annotations

from quoteattr.reported.grammar import Sentence

__all__ = ["contest_object"]

#: Object pronouns that stand for a person.
_PERSON_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})

#: Words after a challenged person that name what is disputed or asked
#: (``challenged her to a debate``, ``challenged Trump on trade``).
_MATTERS = frozenset({"to", "on", "over", "about", "as", "with", "for", "’s", "'s"})


def contest_object(s: Sentence, k: int, stop: int) -> bool:
    """Whether the object of ``challenge`` from ``tokens[k]`` to ``stop`` is a
    person with no matter of dispute after the name: a contest for office or
    a race (``who is challenging Rep. Ann Lee in the primary``, ``had the money
    to challenge Teachout``, ``Sanders challenged her when she ran``), not a
    speech act (``challenged Lee to a debate``, ``challenged him over his
    remarks``, ``challenged the ruling``)."""
    texts, lowers = s.texts, s.lowers
    if lowers[k] in _PERSON_PRONOUNS:
        j = k + 1
    elif texts[k][0].isupper():
        j = k
        while j < stop and (texts[j][0].isupper() or lowers[j] in ("and", ".")):
            if lowers[j].endswith(("’s", "'s")):
                return False  # "challenged Cruz’s bid": a thing of his
            j += 1  # the name, its title, a second name after "and"
        if lowers[j - 1] == "and":
            return False
    else:
        return False
    return j >= stop or (lowers[j] not in _MATTERS and texts[j][0].islower())
