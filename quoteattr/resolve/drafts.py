"""Entities under construction: what the resolver knows of each so far.

This module owns :class:`_Draft` (a mutable entity: name, kind, gender,
mentions, every role phrase read for it, an age) and the gender a role noun
implies (``spokeswoman``, ``widower``).
"""

from __future__ import annotations

import bisect

from quoteattr.model import EntityKind, Span
from quoteattr.resolve.names import _place_words
from quoteattr.roles import RoleReading, choose_role, role_key

_FEMALE_HEADS = frozenset(
    {"mother", "wife", "sister", "daughter", "queen", "widow", "actress", "princess", "girl"}
)

_MALE_HEADS = frozenset({"father", "husband", "brother", "son", "king", "widower", "prince", "boy"})


def _gender_of_role(role: str | None) -> str | None:
    if not role:
        return None
    head = role.split()[-1].lower()
    if head.endswith("woman") or head in _FEMALE_HEADS:
        return "f"
    if head.endswith("man") or head in _MALE_HEADS:
        return "m"
    return None


def _gender_of_reading(reading: RoleReading) -> str | None:
    """The gender of a role phrase's head noun as written: the head key joins
    spellings (``chair`` and ``spokeswoman`` both give ``chairman``/``spokesman``),
    so the word of the text decides (``chair`` of a woman says nothing)."""
    if reading.head is None:
        return None
    for word in reversed(reading.phrase.text.split()):
        if role_key(word) == reading.head:
            return _gender_of_role(word)
    return None


#: Entity kinds that stand for one person: what "he" and "she" can refer to.
_INDIVIDUALS = (EntityKind.PERSON, EntityKind.UNNAMED)


class _Draft:
    """A mutable entity under construction (frozen into an Entity at the end)."""

    def __init__(
        self, name: str, kind: EntityKind, key: str, changed: list[_Draft] | None = None
    ) -> None:
        self.name = name
        self.kind = kind
        self.key = key
        self.gender: str | None = None
        self.mentions: list[Span] = []
        # The (start, end) of every mention, for a quick test of a repeat.
        self.seen: set[tuple[int, int]] = set()
        #: The starts of the mentions, sorted (for the latest before a point).
        self.starts: list[int] = []
        #: Every role phrase read for this entity, in the order found.
        self.readings: list[RoleReading] = []
        # The spans of those phrases: a phrase is read once.
        self._reading_spans: set[tuple[int, int]] = set()
        self._role_words: set[str] = set()
        self._places: set[str] = set()
        self._indexed = True
        # How many readings ``_role_words`` and ``_places`` hold the words of:
        # both only grow, so a new reading adds its words to them.
        self._indexed_readings = 0
        #: An age the text gives (``Jane Roe, 46,``), for "the 46-year-old".
        self.age: str | None = None
        # Where a draft puts itself when it gets readings after its role words
        # were last indexed (the resolver's index of role words reads it).
        self._changed = changed

    @property
    def role(self) -> str | None:
        chosen = choose_role(self.readings)
        return None if chosen is None else chosen.role

    def note_start(self, start: int) -> None:
        if not self.starts or start >= self.starts[-1]:
            self.starts.append(start)
        else:
            bisect.insort(self.starts, start)

    def latest_before(self, start: int) -> int | None:
        """The start of the last mention before ``start``, if any."""
        at = bisect.bisect_left(self.starts, start)
        return self.starts[at - 1] if at else None

    def add_reading(self, reading: RoleReading) -> None:
        span = reading.phrase.span
        if (span.start, span.end) in self._reading_spans:
            return
        self._reading_spans.add((span.start, span.end))
        self.readings.append(reading)
        if self._indexed and self._changed is not None:
            self._changed.append(self)
        self._indexed = False
        if self.gender is None:
            self.gender = _gender_of_reading(reading)

    def _index(self) -> None:
        """Fill :attr:`role_words` and :attr:`places` from the readings (on
        demand: only descriptions need them)."""
        if self._indexed:
            return
        self._indexed = True
        role_words, places = self._role_words, self._places
        for reading in self.readings[self._indexed_readings :]:
            if reading.head:
                role_words.add(reading.head)
            if reading.title:
                role_words.add(role_key(reading.title))
            for words in (reading.role, reading.affiliation):
                if words:
                    role_words.update(role_key(word) for word in words.split())
            if reading.affiliation:
                places.update(
                    role_key(word)
                    for word in _place_words(reading.affiliation)
                    if word[0].isupper()
                )
        self._indexed_readings = len(self.readings)

    @property
    def role_words(self) -> set[str]:
        """Role head nouns and words of the readings ("senator" for "Sen.")."""
        self._index()
        return self._role_words

    @property
    def places(self) -> set[str]:
        """Capitalized affiliation words (places, parties, bodies), a
        party-state tag spelled out ("R-Fla." gives "r" and "fla")."""
        self._index()
        return self._places
