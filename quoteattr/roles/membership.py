"""Membership readings: ``fellow`` and a plural role or party noun after a name.

This module owns the reading of a group the text says a person belongs to:
``Jane Roe is pushing fellow Senate Democrats to ...``, ``Jane Roe wrote to
her fellow senators``. The subject shares what the group is, so the singular
of the plural (a slice of the text without its final ``s``) is a role phrase
of the person (:attr:`~quoteattr.model.RoleForm.MEMBERSHIP`): a party noun is
read as a party reading (the role only when the text gives no other), a role
noun as a role. Only ``and`` right after the name (``Jane Roe and fellow
senators``) or a short run of lower-case words (a verb, a preposition, a
possessive pronoun) may stand between the name and ``fellow``: a comma, a
clause word or another name ends the search, and a singular (``fellow
Democrat Jane Roe``) is a premodifier of the name after it, not of this one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quoteattr.mentions import Token
from quoteattr.model import RoleForm, RolePhrase, span_unchecked
from quoteattr.roles.reading import RoleReading, _is_former
from quoteattr.roles.words import _PAST_MARKERS, _VERBAL_MODIFIERS

if TYPE_CHECKING:
    from quoteattr.roles.reader import RoleReader

__all__ = ["fellow_reading"]

# Words between a name and "fellow" that end the name's clause.
_CLAUSE_WORDS = frozenset(
    {
        "and",
        "or",
        "but",
        "that",
        "who",
        "whom",
        "which",
        "than",
        "while",
        "as",
        "because",
        "if",
        "when",
        "whether",
        "like",
        "not",
    }
)
# Modifiers of rank that a sentence start capitalizes ("Senior Okafor
# strategists"): not part of the group's affiliation.
_RANK_MODIFIERS = frozenset(
    {"senior", "junior", "top", "longtime", "veteran", "prominent", "key", "many", "several"}
)
_MAX_BETWEEN = 6
_MAX_MODIFIERS = 3


def fellow_reading(reader: RoleReader, text: str, tokens: Sequence[Token]) -> RoleReading | None:
    """The membership reading in ``tokens``, the words right after a name, or None.

    Example:
        >>> from quoteattr.lexicon import Lexicon
        >>> from quoteattr.mentions import Vocabulary, tokens_in
        >>> from quoteattr.roles import RoleReader
        >>> lexicon = Lexicon.default()
        >>> reader = RoleReader(Vocabulary(lexicon), lexicon)
        >>> text = "Ana Silva urged fellow Senate Democrats to vote no."
        >>> reading = fellow_reading(reader, text, tokens_in(text, 9, len(text), frozenset()))
        >>> reading.phrase.text, reading.role, reading.affiliation, reading.party
        ('Senate Democrats', 'Senate Democrat', 'Senate Democrat', True)
        >>> text = "Ana Silva told Omar Haddad that fellow senators agree."
        >>> fellow_reading(reader, text, tokens_in(text, 9, len(text), frozenset())) is None
        True
    """
    at = None
    for k, token in enumerate(tokens[: _MAX_BETWEEN + 1]):
        word = token.lower
        if word == "fellow":
            at = k
            break
        if k == 0 and word == "and":
            continue  # "Jane Roe and fellow senators"
        if not token.text[0].isalpha() or not token.text[0].islower() or word in _CLAUSE_WORDS:
            return None
    if at is None:
        return None
    return plural_reading(reader, text, tokens, at + 1, min(len(tokens), at + 2 + _MAX_MODIFIERS))


def plural_reading(
    reader: RoleReader, text: str, tokens: Sequence[Token], start: int, stop: int
) -> RoleReading | None:
    """A group's plural role or party noun phrase starting at ``tokens[start]``
    (modifiers, then a plural head before ``tokens[stop]``) read as one member's
    role: the singular, a slice of the text without the final ``s``, or None.
    A plural followed by capitalized words (``fellow candidates Ted Cruz``)
    is a premodifier of those names and gives none."""
    for k in range(start, stop):
        token = tokens[k]
        word = token.lower
        singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else ""
        if singular and (singular in reader.parties or reader.is_head(singular)):
            follower = tokens[k + 1].text if k + 1 < len(tokens) else "."
            if follower[0].isupper():
                return None  # "fellow candidates Ted Cruz and ...": names follow
            begin, end = tokens[start].start, token.end - 1
            phrase = RolePhrase(
                span_unchecked(begin, token.end), text[begin : token.end], RoleForm.MEMBERSHIP
            )
            former = _is_former([t.lower for t in tokens[start:k]])
            proper = [
                t
                for t in tokens[start:k]
                # "Leading Clinton advisers": a modifier capitalized at a sentence start.
                if t.text[0].isupper()
                and not (
                    t is tokens[start]
                    and (
                        t.lower in _VERBAL_MODIFIERS
                        or t.lower in _PAST_MARKERS
                        or t.lower in _RANK_MODIFIERS
                    )
                )
            ]
            if singular in reader.parties:
                party = text[(proper[0].start if proper else token.start) : end]
                return RoleReading(phrase, text[begin:end], None, party, former, singular, True)
            body = text[proper[0].start : proper[-1].end] if proper else None
            role_start = proper[-1].end + 1 if proper else begin
            return RoleReading(phrase, text[role_start:end].strip(), None, body, former, singular)
        if not (token.text[0].isupper() or reader.is_modifier_word(token.text)):
            return None
    return None


def example_of_group(
    reader: RoleReader, text: str, tokens: Sequence[Token]
) -> tuple[int, int, RoleReading] | None:
    """A speaker mention that names one example of a group (``Clinton economic
    advisers like Gene Sperling``, ``senators such as Ana Silva``,
    ``lawmakers, including Ana Silva``), with the words after it up to a verb:
    the token range of the name and the group's role read for that person,
    or None. A list of names
    (``like Ana Silva and Omar Haddad``) gives none: the group speaks.

    Example:
        >>> from quoteattr.lexicon import Lexicon
        >>> from quoteattr.mentions import Vocabulary, tokens_in
        >>> from quoteattr.roles import RoleReader
        >>> lexicon = Lexicon.default()
        >>> reader = RoleReader(Vocabulary(lexicon), lexicon)
        >>> text = "leading Clinton economic advisers like Gene Sperling"
        >>> found = example_of_group(reader, text, tokens_in(text, 0, len(text), frozenset()))
        >>> found[0], found[1], found[2].role, found[2].affiliation
        (5, 7, 'economic adviser', 'Clinton')
    """
    for k in range(1, len(tokens) - 1):
        word = tokens[k].lower
        if word == "such" and tokens[k + 1].lower == "as":
            at = k + 2
        elif word in ("like", "including"):
            at = k + 1
        else:
            continue
        head = k - 1 if tokens[k - 1].text != "," else k - 2
        end = at
        while end < len(tokens) and (tokens[end].text[0].isupper() or tokens[end].text == "."):
            end += 1
        names = tokens[at:end]
        if (
            head < 0
            or not names
            or len(names) > 4
            or (end < len(tokens) and not tokens[end].text[0].islower())
            or (end < len(tokens) and tokens[end].lower in ("and", "or", "of", "&"))
        ):
            return None  # no name, a list of names, or a name that goes on
        first = 0
        while first < head and tokens[first].lower in ("the", "a", "an", "some", "other", "many"):
            first += 1
        reading = plural_reading(reader, text, tokens, first, head + 1)
        if reading is None or reading.phrase.span.end != tokens[head].end:
            return None
        return at, end, reading
    return None
