"""The data model: spans, quotes, entities and documents.

This module owns the public result types. Every class is a frozen attrs class;
collections are tuples; kinds are enums. Offsets are half-open ``str`` indices
into the untouched input text, and every ``text`` attribute is a slice of it.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

__all__ = [
    "Document",
    "Entity",
    "EntityKind",
    "Quote",
    "QuoteKind",
    "RoleForm",
    "RolePhrase",
    "Span",
    "Speaker",
]


def _non_negative_int(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int:
        raise TypeError(f"{attribute.name} must be an int, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _rebuild_span(start: int, end: int) -> Span:
    """Unpickle a :class:`Span` (its values were checked when it was made)."""
    return span_unchecked(start, end)


def span_unchecked(start: int, end: int) -> Span:
    """A :class:`Span` of offsets the pipeline has just computed, ``0 <= start
    <= end``, made without the checks (for internal use only).

    Spans are made by the hundred thousand; the checked constructor costs
    more than twice as much.
    """
    span: Span = _new(Span)
    _set_start(span, start)
    _set_end(span, end)
    return span


@attrs.frozen(order=False)
class Span:
    """A half-open range ``[start, end)`` of ``str`` indices into a text.

    Spans order by ``(start, end)``.

    Attributes:
        start: index of the first character covered, an ``int >= 0``.
        end: index just past the last character covered, an ``int >= start``.

    Example:
        >>> span = Span(4, 9)
        >>> span.slice("the quick fox")
        'quick'
        >>> len(span)
        5
    """

    start: int = attrs.field(validator=_non_negative_int)
    end: int = attrs.field(validator=_non_negative_int)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"Span end ({self.end}) is before its start ({self.start})")

    def __reduce__(self) -> tuple[Any, tuple[int, int]]:
        # Spans are the most numerous objects in a pickled Document (batch
        # results cross process boundaries): two ints, rebuilt without the
        # checks they passed when the span was made.
        return (_rebuild_span, (self.start, self.end))

    # Ordering by (start, end), written out: attrs' generated comparisons build
    # tuples through a generator, and spans are sorted often.
    def __lt__(self, other: Span) -> bool:
        if other.__class__ is not Span:
            return NotImplemented
        return self.start < other.start or (self.start == other.start and self.end < other.end)

    def __le__(self, other: Span) -> bool:
        if other.__class__ is not Span:
            return NotImplemented
        return self.start < other.start or (self.start == other.start and self.end <= other.end)

    def __gt__(self, other: Span) -> bool:
        if other.__class__ is not Span:
            return NotImplemented
        return self.start > other.start or (self.start == other.start and self.end > other.end)

    def __ge__(self, other: Span) -> bool:
        if other.__class__ is not Span:
            return NotImplemented
        return self.start > other.start or (self.start == other.start and self.end >= other.end)

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


# For span_unchecked: the slots' own setters, past the frozen class's __setattr__.
_new = object.__new__
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__


class QuoteKind(enum.Enum):
    """What a pair of quotation marks is doing.

    Attributes:
        DIRECT: a quotation of speech that stands as a sentence or clause
            (``“We regret the decision,” she said.``).
        PARTIAL: a fragment of someone's words quoted inside the writer's own
            sentence (``pledged a “political revolution”``).
        TERM: marks around a title, nickname, so-called word or scare quote,
            reporting nobody's speech (``on “Saturday Night Live”``).
        INDIRECT: reported speech without quotation marks (``Nauert said the
            sanctions would stay``); the span is the reported content and the
            quote has no marks.
    """

    DIRECT = "direct"
    PARTIAL = "partial"
    TERM = "term"
    INDIRECT = "indirect"


class EntityKind(enum.Enum):
    """What sort of thing an entity is.

    Attributes:
        PERSON: a named or described individual (``Heather Nauert``, ``the spokeswoman``).
        ORGANIZATION: an institution, company, party or government body
            (``the State Department``, ``Russia’s foreign ministry``).
        GROUP: a plural source (``US officials``, ``aides``, ``critics``).
        UNNAMED: one individual the text describes but never names (``a senior
            official``, ``one voter``, ``a source close to the campaign``).
        DOCUMENT: a text that speaks for its authors (``the report``, ``a
            poll``, ``the statement``).
    """

    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    UNNAMED = "unnamed"
    DOCUMENT = "document"


class RoleForm(enum.Enum):
    """The construction a role phrase was read from.

    Attributes:
        PREMODIFIER: before the name (``spokeswoman Heather Nauert``).
        TITLE: a title of office (``Sen. Lindsey Graham``).
        APPOSITION: set off by commas or dashes (``X, a political scientist,``).
        RELATIVE_CLAUSE: a relative clause (``X, who heads the Center``).
        POSSESSIVE: a possessor's role noun (``Clinton's campaign chairman John Podesta``).
        PREDICATE: a copula (``X is the department's spokeswoman``).
        DESCRIPTION: the mention itself describes the entity (``the spokeswoman``).
        MEMBERSHIP: a group the text puts the entity in (``X urged fellow
            Senate Democrats``).
    """

    PREMODIFIER = "premodifier"
    TITLE = "title"
    APPOSITION = "apposition"
    RELATIVE_CLAUSE = "relative_clause"
    POSSESSIVE = "possessive"
    PREDICATE = "predicate"
    DESCRIPTION = "description"
    MEMBERSHIP = "membership"


@attrs.frozen
class RolePhrase:
    """One place where the text gives an entity a role: the evidence for a role.

    Attributes:
        span: the role phrase in the text (``spokeswoman`` in ``spokeswoman
            Heather Nauert``).
        text: ``document.text[span.start:span.end]``.
        form: the construction it was read from.
    """

    span: Span
    text: str
    form: RoleForm


@attrs.frozen
class Entity:
    """A person, organization or group the text names, resolved across the document.

    Attributes:
        id: position of this entity in :attr:`Document.entities`.
        name: canonical name (``"Heather Nauert"``, ``"the State Department"``).
        kind: person, organization, group, unnamed individual or document.
        role: the role or office the text gives the entity (``"spokeswoman"``), or None.
        mentions: every span of the text that refers to the entity, in text order.
        gender: ``"f"``, ``"m"`` or None where the text does not show it.
        title: the title of office on its own (``"Sen."``), or None.
        affiliation: the organization, party or state the text ties the entity
            to (``"State Department"``, ``"D-S.C."``), or None.
        roles: every role phrase the text gives the entity, in text order (the
            evidence ``role`` was chosen from).
    """

    id: int
    name: str
    kind: EntityKind
    role: str | None = None
    mentions: tuple[Span, ...] = ()
    gender: str | None = None
    title: str | None = None
    affiliation: str | None = None
    roles: tuple[RolePhrase, ...] = ()


#: The entity that speaks a quote. Speakers are entities; the alias names the role.
Speaker = Entity


@attrs.frozen
class Quote:
    """One quoted span of the text, and what is known about who said it.

    Attributes:
        span: the content inside the quotation marks (marks excluded). For an
            unclosed quote it runs to where the quote was cut off, trailing
            whitespace excluded. For an INDIRECT quote, the reported content.
        text: ``document.text[span.start:span.end]``.
        kind: DIRECT, PARTIAL, TERM or INDIRECT.
        open_mark: the span of the opening quotation mark, or None when the
            quote has none: an INDIRECT quote, or a later paragraph of a
            multi-paragraph quote that does not reopen the mark.
        close_mark: the span of the closing mark, or None when the quote is unclosed.
        continued: the quote is unclosed at the end of its paragraph and goes
            on in the next one, which either reopens it with a mark (the
            newspaper convention) or closes it later without reopening it.
        continuation: the quote continues a quote begun in an earlier paragraph.
        inner: spans of quotations nested inside this one, in text order.
        speaker: the entity that said it, or None when unattributed.
        mention: the words near the quote that name its speaker (``"she"``), or None.
        cue: the reporting verb or phrase (``"said"``, ``"according to"``), or None.
        rule: name of the attribution rule that decided, or None.
        resolution: how the mention was resolved to the speaker, or None.
        speaker_label: for a turn of a transcript or interview, the label
            that names its speaker (``TAPPER`` in ``TAPPER: Do you ...``,
            ``Q``, ``CRUZ (R-Texas)``), or None. A turn the writer did not put
            in quotation marks is a DIRECT quote with no ``open_mark`` and no
            ``close_mark``: its span is the turn's text after the label (one
            quote per paragraph, ``continued`` into the paragraphs it runs on
            through).
    """

    span: Span
    text: str
    kind: QuoteKind
    open_mark: Span | None = None
    close_mark: Span | None = None
    continued: bool = False
    continuation: bool = False
    inner: tuple[Span, ...] = ()
    speaker: Entity | None = None
    mention: Span | None = None
    cue: Span | None = None
    rule: str | None = None
    resolution: str | None = None
    speaker_label: Span | None = None

    @property
    def closed(self) -> bool:
        """True when the quote has its own closing mark."""
        return self.close_mark is not None

    @property
    def outer(self) -> Span:
        """The quote including its marks (up to the content end when unclosed;
        the content itself for an INDIRECT quote)."""
        start = self.open_mark.start if self.open_mark is not None else self.span.start
        end = self.close_mark.end if self.close_mark is not None else self.span.end
        return Span(start, end)


@attrs.frozen
class Document:
    """The result of attributing one text.

    Attributes:
        text: the input, untouched.
        quotes: every top-level quoted span, in text order.
        entities: every person, organization and group the text names, with
            role where stated (speakers are among them).
        paragraphs: paragraph spans, surrounding space excluded. A paragraph
            is a line, or in hard-wrapped text a block of lines between blank
            lines, so it may hold line breaks (see :class:`~quoteattr.LineBreaks`).
        sentences: sentence spans, in text order.
        notes: diagnostics about messy input (quotation marks left unclosed), in
            text order; the text is still processed.
    """

    text: str
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def speakers(self) -> tuple[Entity, ...]:
        """The entities that speak at least one quote, one per distinct speaker,
        in order of their first quote."""
        seen: dict[int, Entity] = {}
        for quote in self.quotes:
            if quote.speaker is not None and quote.speaker.id not in seen:
                seen[quote.speaker.id] = quote.speaker
        return tuple(seen.values())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the whole document (see :mod:`quoteattr.serialize`)."""
        from quoteattr.serialize import document_to_dict

        return document_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict` output."""
        from quoteattr.serialize import document_from_dict

        return document_from_dict(data)
