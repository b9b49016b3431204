"""Relative-clause readings: a role given by the clause after ``who``.

This module owns the reading of ``Ana Ruiz, who heads the Center for Fiscal
Policy,``, ``who served as White House counsel``, ``who is the party's
treasurer`` and ``who helped found the group``: a copula with a role noun
phrase (read through :meth:`RoleReader.noun_phrase
<quoteattr.roles.reader.RoleReader.noun_phrase>`), or a verb of office with
its object (*heads*, *chairs*, *worked for*; past forms say the role was held
before). It also reads a candidacy: ``who is running for governor`` gives the
role *running for governor* with the head *candidate*, as the person is then
the one *the candidate* names later; running *for cover* or *for his life*
names no office and gives none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from quoteattr.mentions import Token
from quoteattr.model import RoleForm
from quoteattr.roles.reading import RoleReading, _head_word, _phrase, _slice
from quoteattr.roles.words import (
    _CLAUSE_BREAKS,
    _CLOSERS,
    _COPULAS,
    _HELPED_VERBS,
    _MAX_ROLE_WORDS,
    _RELATIVE_ADVERBS,
    _ROLE_VERBS,
)

if TYPE_CHECKING:
    from quoteattr.roles.reader import RoleReader

__all__ = ["relative_reading"]


def relative_reading(
    reader: RoleReader, text: str, tokens: Sequence[Token], k: int
) -> RoleReading | None:
    """A role from a relative clause starting at ``tokens[k]`` (after ``who``)."""
    n = len(tokens)
    while k < n and tokens[k].lower in _RELATIVE_ADVERBS:
        k += 1
    if k >= n:
        return None
    end = k
    while end < n and end - k <= 20 and tokens[end].text not in _CLOSERS:
        end += 1
    candidacy = _candidacy(reader, text, tokens, k, end)
    if candidacy is not None:
        return candidacy
    for words, past in _COPULAS.items():
        if tuple(t.lower for t in tokens[k : k + len(words)]) == words:
            begin = k + len(words)
            while begin < end and tokens[begin].lower in _RELATIVE_ADVERBS:
                begin += 1  # "who is now a program officer"
            reading = reader.noun_phrase(text, tokens, begin, end, RoleForm.RELATIVE_CLAUSE)
            if reading is not None and past and not reading.former:
                reading = attrs.evolve(reading, former=True)
            return reading
    verb = tokens[k].lower
    first = k
    if verb == "helped" and k + 2 < end and tokens[k + 1].lower in _HELPED_VERBS:
        # "who helped found the group": a share in founding or leading it.
        k += 1
        verb = _HELPED_VERBS[tokens[k].lower]
    if verb in ("works", "worked"):
        if not (k + 2 < end and tokens[k + 1].lower == "for"):
            return None  # "who worked hard": no office
        obj = tokens[k + 2]
        if not (obj.lower in ("the", "a", "an") or obj.text[0].isupper()):
            return None
    if verb in _ROLE_VERBS and k + 1 < end:
        obj = tokens[k + 1] if verb not in ("works", "worked") else tokens[k + 2]
        if not (obj.lower in ("the", "a", "an") or obj.text[0].isupper()):
            return None
        stop = min(end, first + _MAX_ROLE_WORDS)
        for j in range(k + 2, stop):
            if tokens[j].lower in _CLAUSE_BREAKS or (
                tokens[j].lower in ("and", "but")
                and j + 1 < stop
                and tokens[j + 1].text[0].islower()
            ):
                stop = j  # "who worked for Gov. Ann Lee before she ...": the office only
                break
        phrase = _phrase(text, tokens[first:stop], RoleForm.RELATIVE_CLAUSE)
        body = tokens[k + (2 if verb in ("works", "worked") else 1) : stop]
        if body and body[0].lower in ("the", "a", "an"):
            body = body[1:]
        affiliation = _slice(text, body) if body and body[0].text[0].isupper() else None
        return RoleReading(
            phrase, phrase.text, None, affiliation, _ROLE_VERBS[verb], _head_word(verb)
        )
    return None


# "who is running for governor", "who ran for the Senate": the verb of a
# candidacy after its auxiliary, and whether the candidacy is over.
_RUNNING = {
    ("is", "running"): False,
    ("are", "running"): False,
    ("was", "running"): True,
    ("has", "been", "running"): False,
    ("ran",): True,
    ("is", "campaigning"): False,
    ("was", "campaigning"): True,
}
# Objects of a candidacy that are no office's name but still make one a candidate.
_RUNNING_OBJECTS = frozenset({"re-election", "reelection", "office", "president", "congress"})


def _candidacy(
    reader: RoleReader, text: str, tokens: Sequence[Token], k: int, end: int
) -> RoleReading | None:
    """``who is running for governor``: a candidacy for an office (a role
    noun, a capitalized body, *re-election*, *office*), read with the head
    *candidate*; ``running for cover`` names no office and gives none."""
    for words, past in _RUNNING.items():
        at = k + len(words)
        if tuple(t.lower for t in tokens[k:at]) != words:
            continue
        if at + 1 >= end or tokens[at].lower != "for":
            return None
        j = at + 1
        if tokens[j].lower in ("the", "a") and j + 1 < end:
            j += 1
        obj = tokens[j]
        if not (
            reader.is_head(obj.lower)
            or obj.lower in _RUNNING_OBJECTS
            or (obj.text[0].isupper() and obj.text.isalpha())
        ):
            return None
        stop = j + 1
        while (
            stop < end
            and stop - j < 4
            and (tokens[stop].text[0].isupper() or tokens[stop].lower in ("of", "in"))
            and tokens[stop].lower not in _CLAUSE_BREAKS
        ):
            stop += 1  # "for the Senate in Ohio", "for Secretary of State"
        while stop > j + 1 and tokens[stop - 1].lower in ("of", "in"):
            stop -= 1
        phrase = _phrase(text, tokens[k:stop], RoleForm.RELATIVE_CLAUSE)
        role = _slice(text, tokens[k + len(words) - 1 : stop])
        return RoleReading(phrase, role, former=past, head=_head_word("candidate"))
    return None
