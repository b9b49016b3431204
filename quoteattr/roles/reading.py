"""Role readings: what one role phrase says, and the choice among several.

This module owns :class:`RoleReading` (a role phrase with the role, title of
office and affiliation it gives), :func:`role_key` (one key for the spellings
and abbreviations of a role noun) and :func:`choose_role` (the most specific
current role of an entity), with the small helpers that build readings from
tokens.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr.mentions import Token
from quoteattr.model import RoleForm, RolePhrase, span_unchecked
from quoteattr.roles.words import (
    _GENERIC_HEADS,
    _PAST_MARKERS,
    _POSSESSIVE,
    _ROLE_SPELLINGS,
    TITLE_NOUNS,
)

__all__ = ["RoleReading", "choose_role", "role_key"]


@attrs.frozen
class RoleReading:
    """One role phrase read off the text, with what it says.

    Attributes:
        phrase: the evidence: the words of the text and the construction.
        role: the role in the text's words, a leading affiliation left out
            (``"spokeswoman"`` of ``State Department spokeswoman``), or None
            when the phrase gives only an affiliation (``(R-S.C.)``).
        title: the title of office, when the phrase is one (``"Sen."``).
        affiliation: the organization, party, place or person the phrase ties
            the holder to (``"State Department"``, ``"R-S.C."``), or None.
        former: the phrase says the role was held before (``former``, ``was``).
        head: the lowercase head noun of the role (``"spokeswoman"``,
            ``"sen"``), or None.
        party: the role is a party noun (``Democrat`` of ``Democrat Jane
            Roe``, ``a Republican from Ohio``): the role only when the text
            gives the entity no other.
        unlisted: the head is in no role list, read as a role by its ending
            in an apposition after a name (``Ana Ruiz, a cardiologist``):
            ranked after every listed role.
    """

    phrase: RolePhrase
    role: str | None
    title: str | None = None
    affiliation: str | None = None
    former: bool = False
    head: str | None = None
    party: bool = False
    unlisted: bool = False


def _proper_run(tokens: Sequence[Token]) -> Sequence[Token]:
    """The leading run of capitalized words, with ``of``/``and``/``&``/``for``
    between them (``Midwest Growers Association`` of ``Midwest Growers
    Association stated``)."""
    k = 0
    while k < len(tokens) and (
        tokens[k].text[0].isupper()
        or tokens[k].text[0].isdigit()
        or (
            tokens[k].lower in ("of", "and", "&", "for", "on")
            and k + 1 < len(tokens)
            and tokens[k + 1].text[0].isupper()
        )
    ):
        k += 1
    return tokens[: max(k, 1)]


def _is_former(words: Sequence[str]) -> bool:
    """True when the first conjunct of a role phrase's words marks the role as
    held before (``former``, ``ex-``): ``the Republican front-runner and former
    host`` is current."""
    for word in words:
        if word in ("and", "or"):
            return False
        if word in _PAST_MARKERS or word.startswith("ex-"):
            return True
    return False


def _possessive_mark(tokens: Sequence[Token], k: int) -> bool:
    """True when ``tokens[k]`` is an apostrophe that makes the word before it a
    possessor (``Motors’ chief``), not a closing quotation mark."""
    return (
        tokens[k].text in ("’", "'")
        and k > 0
        and tokens[k - 1].text.endswith("s")
        and tokens[k - 1].end == tokens[k].start
        and k + 1 < len(tokens)
        and tokens[k + 1].text[0].islower()
    )


def _slice(text: str, tokens: Sequence[Token]) -> str:
    return text[tokens[0].start : tokens[-1].end]


def _phrase(text: str, tokens: Sequence[Token], form: RoleForm) -> RolePhrase:
    start, end = tokens[0].start, tokens[-1].end
    return RolePhrase(span_unchecked(start, end), text[start:end], form)


def role_key(word: str) -> str:
    """One key for the spellings and abbreviations of a role noun: ``Sen.`` and
    ``senator`` give ``"senator"``, ``spokeswoman`` gives ``"spokesman"``.

    Example:
        >>> [role_key(w) for w in ("Sen.", "spokeswoman", "Gov.", "co-anchor")]
        ['senator', 'spokesman', 'governor', 'anchor']
    """
    word = _POSSESSIVE.sub("", word.lower()).rstrip(".,")
    word = word.removeprefix("co-").removeprefix("ex-")
    word = TITLE_NOUNS.get(word, word)
    return _ROLE_SPELLINGS.get(word, word)


def _head_word(head: str) -> str:
    return role_key(head)


def _first_run(tokens: Sequence[Token], run: Sequence[Token]) -> list[Token]:
    """The first stretch of ``run`` whose tokens follow each other in ``tokens``."""
    out = [run[0]]
    for token in run[1:]:
        if tokens.index(token) != tokens.index(out[-1]) + 1:
            break
        out.append(token)
    return out


def choose_role(readings: Sequence[RoleReading]) -> RoleReading | None:
    """The reading that gives the entity's role: the most specific current one.

    Readings with a role are ranked: any role before a party noun
    (``Democrat``); a specific head before a general one or
    one that only says whom the person sides with (``official``, ``member``,
    ``ally``); a current role before a former one; a bare title (``Sen.``)
    after a title that also names its body (``Senate Budget Committee
    Chairman``) or an office of a body named after it (``co-chairman of the
    Rural Caucus``); a title of office, a
    premodifier or an apposition before a description or a group the
    person is in (``fellow senators``); then the earliest in the text.

    Example:
        >>> from quoteattr.model import RoleForm, RolePhrase, Span
        >>> def reading(text, start, form, former=False):
        ...     phrase = RolePhrase(Span(start, start + len(text)), text, form)
        ...     return RoleReading(phrase, text, former=former, head=text.split()[-1])
        >>> choose_role([
        ...     reading("former governor", 0, RoleForm.APPOSITION, former=True),
        ...     reading("the candidate", 50, RoleForm.DESCRIPTION),
        ...     reading("presidential candidate", 90, RoleForm.APPOSITION),
        ... ]).role
        'presidential candidate'
    """
    # A title that names its body ("Senate Foreign Relations Committee
    # Chairman"), or an office of a body named after it ("co-chairman of the
    # Congressional Progressive Caucus"): more specific than a bare title.
    named_body = any(
        r.role is not None
        and r.affiliation is not None
        and not r.party
        and (
            r.title is not None
            or (
                r.head not in _GENERIC_HEADS
                and r.phrase.form not in (RoleForm.DESCRIPTION, RoleForm.MEMBERSHIP)
                and r.phrase.text.find(r.affiliation) > r.phrase.text.find(r.role)
            )
        )
        for r in readings
    )
    best: RoleReading | None = None
    best_key: tuple[int, int, int, int, int, int, int] | None = None
    for reading in readings:
        if reading.role is None:
            continue
        key = (
            # A party noun ("Democrat") only when nothing else is given.
            int(reading.party),
            # A head no list has ("cardiologist") after every listed one.
            int(reading.unlisted),
            int(reading.head in _GENERIC_HEADS),
            int(reading.former),
            # A bare title ("Sen.") after a title that names the body too
            # ("Senate Foreign Relations Committee Chairman").
            int(named_body and reading.title is not None and reading.affiliation is None),
            int(reading.phrase.form in (RoleForm.DESCRIPTION, RoleForm.MEMBERSHIP)),
            reading.phrase.span.start,
        )
        if best_key is None or key < best_key:
            best, best_key = reading, key
    return best
