"""Party readings: a party noun beside a name as the person's party.

This module owns the readings whose role is a party noun (``Democrat Jane
Roe``, ``Texas Republican Jane Roe``, ``Jane Roe, a lifelong Democrat from
Ohio,``, ``Republican rival Jane Roe``). A party noun says what the person is
in the text's own words, so it is the role, but the lowest ranked one: any
other role phrase for the same person wins (see
:func:`~quoteattr.roles.reading.choose_role`). It is the affiliation too, with
the capitalized words before it (``Texas Republican``) or the place after it
(``Democrat of Ohio``). A party adjective before a role noun (``Republican
presidential nominee``) is no party reading: the role noun is the role.
"""

from __future__ import annotations

from collections.abc import Sequence

from quoteattr.mentions import Token
from quoteattr.model import RoleForm
from quoteattr.roles.reading import RoleReading, _is_former, _phrase, _slice

__all__ = ["party_apposition", "party_before_relational", "party_premodifier"]


def party_premodifier(
    text: str, tokens: Sequence[Token], start: int, end: int, kinds: Sequence[str]
) -> RoleReading | None:
    """The party noun ``tokens[end - 1]`` and its modifiers ``tokens[start:end - 1]``
    (of kinds ``kinds``) before a name: the whole phrase is the role, the
    capitalized words ending at the party noun the affiliation. A possessor
    (``Ohio’s Republican``) gives none.

    Example:
        >>> from quoteattr.mentions import tokens_in
        >>> text = "said veteran Texas Republican Jane Roe"
        >>> tokens = tokens_in(text, 0, 30, frozenset())
        >>> reading = party_premodifier(text, tokens, 1, 4, ["lower", "proper", "proper"])
        >>> reading.role, reading.affiliation, reading.party
        ('veteran Texas Republican', 'Texas Republican', True)
    """
    if "possessor" in kinds:
        return None
    phrase = _phrase(text, tokens[start:end], RoleForm.PREMODIFIER)
    p = len(kinds)
    while p > 0 and kinds[p - 1] == "proper":
        p -= 1
    affiliation = _slice(text, tokens[start + p : end])
    former = _is_former([t.lower for t in tokens[start:end]])
    head = tokens[end - 1].lower
    return RoleReading(phrase, phrase.text, None, affiliation, former, head, party=True)


def party_before_relational(
    text: str, tokens: Sequence[Token], at: int, form: RoleForm
) -> RoleReading:
    """The party noun ``tokens[at]`` before a noun that says how the person stands
    to another (``Republican rival``, ``his Republican opponent``): the relational
    noun is no role, the party noun alone is.

    Example:
        >>> from quoteattr.mentions import tokens_in
        >>> text = "said Republican rival Jane Roe"
        >>> tokens = tokens_in(text, 0, 21, frozenset())
        >>> reading = party_before_relational(text, tokens, 1, RoleForm.PREMODIFIER)
        >>> reading.phrase.text, reading.role, reading.affiliation
        ('Republican rival', 'Republican', 'Republican')
    """
    party = tokens[at]
    phrase = _phrase(text, tokens[at : at + 2], form)
    return RoleReading(phrase, party.text, None, party.text, False, party.lower, party=True)


def party_apposition(
    text: str,
    tokens: Sequence[Token],
    role_start: int,
    head_end: int,
    end: int,
    form: RoleForm,
    role: bool,
) -> RoleReading:
    """An apposition ``tokens[role_start:end]`` headed by the party noun
    ``tokens[head_end - 1]``, with a place after ``from``/``of``/``in``
    (``a lifelong Democrat from Ohio``): the words up to the party noun are
    the role (only when ``role``: not for a description or after a possessor),
    the party noun and the place the affiliation.

    Example:
        >>> from quoteattr.mentions import tokens_in
        >>> text = "a lifelong Democrat from Ohio"
        >>> tokens = tokens_in(text, 0, len(text), frozenset())
        >>> reading = party_apposition(text, tokens, 1, 3, 5, RoleForm.APPOSITION, True)
        >>> reading.role, reading.affiliation
        ('lifelong Democrat', 'Democrat of Ohio')
    """
    phrase = _phrase(text, tokens[role_start:end], form)
    head = tokens[head_end - 1]
    place = _slice(text, tokens[head_end + 1 : end]) if head_end + 1 < end else None
    affiliation = head.text + (f" of {place}" if place else "")
    if not role:
        return RoleReading(phrase, None, affiliation=affiliation)
    words = [t.lower for t in tokens[role_start:head_end]]
    return RoleReading(
        phrase,
        _slice(text, tokens[role_start:head_end]),
        None,
        affiliation,
        _is_former(words),
        head.lower,
        party=True,
    )
