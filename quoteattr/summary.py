"""A corpus at a glance: streaming counts over many documents, as one HTML page.

This module owns :class:`Summary` (the counts, gathered one document at a time
in bounded memory) and :func:`summarize` (a summary of an iterable of
documents). The page :meth:`Summary.to_html` writes is built in
:mod:`quoteattr.summary_page`; reading files for ``quoteattr summary`` is in
:mod:`quoteattr.summary_inputs`.

    >>> import quoteattr
    >>> docs = [quoteattr.attribute("“Yes,” Sen. Ann Lee said. “No,” said Bob Hill.")]
    >>> summary = quoteattr.summarize(docs)
    >>> summary.documents, summary.quotes, summary.attributed
    (1, 2, 2)
    >>> [(speaker["name"], speaker["quotes"]) for speaker in summary.top_speakers()]
    [('Ann Lee', 1), ('Bob Hill', 1)]

Memory does not grow with the number of documents. The totals are exact. The
most-quoted speakers, roles and affiliations are counted in tables of at most
``2 * capacity`` entries each (the Space-Saving scheme of Metwally, Agrawal
and El Abbadi, 2005, pruned in batches): while a table has fewer distinct keys
than that its counts are exact; past it the rarest keys are dropped, a key
that comes back is counted from the largest count dropped so far, and every
count is then an upper bound whose ``error`` says by how much it may be over.
The per-document table keeps the first ``documents_shown`` documents in input
order; the histogram of quotes per document covers all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any, cast

from quoteattr.batch import Failure, Result
from quoteattr.model import Document, EntityKind, QuoteKind

__all__ = ["GENDERS", "HISTOGRAM_BINS", "Summary", "summarize"]

#: Bins of the quotes-per-document histogram: (label, lowest, highest or None).
HISTOGRAM_BINS: tuple[tuple[str, int, int | None], ...] = (
    ("0", 0, 0),
    ("1", 1, 1),
    ("2", 2, 2),
    ("3–4", 3, 4),
    ("5–9", 5, 9),
    ("10–19", 10, 19),
    ("20–49", 20, 49),
    ("50 or more", 50, None),
)

_SPEECH_KINDS = (QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.INDIRECT)
#: Genders as the page names them: (value of ``Entity.gender``, label).
GENDERS: tuple[tuple[str | None, str], ...] = (("f", "women"), ("m", "men"), (None, "not known"))
#: Different roles remembered per speaker (the most frequent is shown).
_ROLES_PER_SPEAKER = 4
#: Failure messages kept for the page.
_FAILURES_SHOWN = 20


class _TopCounter:
    """Counts per key in bounded memory: exact until ``2 * capacity`` keys, then
    Space-Saving estimates (never under the true count; over by at most ``error``).

    Each entry is a list ``[count, error, *extra]``; callers keep their own
    figures in ``extra`` (made by ``make_extra`` when a key enters).
    """

    def __init__(self, capacity: int, make_extra: Callable[[], list[Any]] = list) -> None:
        self.capacity = capacity
        self.make_extra = make_extra
        self.entries: dict[Hashable, list[Any]] = {}
        self.floor = 0  # the largest count dropped so far
        self.pruned = False

    def add(self, key: Hashable, amount: int = 1) -> list[Any]:
        entry = self.entries.get(key)
        if entry is None:
            if len(self.entries) >= 2 * self.capacity:
                self._prune()
            entry = [self.floor + amount, self.floor, *self.make_extra()]
            self.entries[key] = entry
        else:
            entry[0] += amount
        return entry

    def _prune(self) -> None:
        ranked = sorted(self.entries.items(), key=lambda item: item[1][0], reverse=True)
        kept, dropped = ranked[: self.capacity], ranked[self.capacity :]
        self.floor = max(self.floor, max(entry[0] for _, entry in dropped))
        self.entries = dict(kept)
        self.pruned = True

    def top(self, number: int) -> list[tuple[Hashable, list[Any]]]:
        """The ``number`` largest counts, largest first (ties in order of arrival)."""
        ranked = sorted(self.entries.items(), key=lambda item: item[1][0], reverse=True)
        return ranked[:number]


def _speaker_extra() -> list[Any]:
    # documents, serial of the last document counted, roles, gender
    return [0, -1, _TopCounter(_ROLES_PER_SPEAKER), None]


def _phrase_extra() -> list[Any]:
    # speakers (one per document that gives a speaker the phrase), display form
    return [0, None]


class Summary:
    """Counts over a corpus, gathered one document at a time in bounded memory.

    Add documents with :meth:`add` (and inputs that failed with
    :meth:`add_failure`), then read the figures (:meth:`to_dict`) or write
    the page (:meth:`to_html`). :func:`summarize` does the adding for an
    iterable. The totals are exact; see the module's description for the
    bounded tables.

    A speech quote is a DIRECT, PARTIAL or INDIRECT one (a TERM in quotation
    marks reports nobody's speech); "attributed" counts speech quotes with a
    speaker. Speakers across documents are told apart by name and kind only:
    two people of the same name are one row, and one person named differently
    in two documents is two.

    Args:
        top: rows in each "most frequent" table (speakers, roles, affiliations).
        documents_shown: documents listed in the per-document table (the
            first ones, in input order); 0 lists none.
        capacity: entries kept per counting table before the rarest are
            dropped (at most twice this many are held).

    Raises:
        ValueError: when a number is not an int in range (``top`` and
            ``capacity`` >= 1, ``documents_shown`` >= 0, ``capacity >= top``).

    Attributes:
        documents: documents added.
        failures: inputs that gave no document.
        quotes: quotes of every kind.
        attributed: speech quotes with a speaker.
        documents_with_quotes: documents with at least one quote.
        kinds: quotes by :class:`~quoteattr.QuoteKind`.
        attributed_kinds: attributed quotes by kind.
        per_document: the rows :meth:`add` returned for the first
            ``documents_shown`` documents.
        failure_messages: the first twenty failures, as ``"id: error"``.
    """

    def __init__(self, *, top: int = 20, documents_shown: int = 1000, capacity: int = 10_000):
        for name, value, lowest in (
            ("top", top, 1),
            ("documents_shown", documents_shown, 0),
            ("capacity", capacity, 1),
        ):
            if type(value) is not int or value < lowest:
                raise ValueError(f"Summary() expects {name} as an int >= {lowest}, got {value!r}")
        if capacity < top:
            raise ValueError(f"Summary() expects capacity >= top, got {capacity} < {top}")
        self.top = top
        self.documents_shown = documents_shown
        self.documents = 0
        self.failures = 0
        self.quotes = 0
        self.attributed = 0
        self.documents_with_quotes = 0
        self.kinds = dict.fromkeys(QuoteKind, 0)
        self.attributed_kinds = dict.fromkeys(QuoteKind, 0)
        self.speaker_kind_quotes = dict.fromkeys(EntityKind, 0)
        self.speaker_kind_speakers = dict.fromkeys(EntityKind, 0)
        self.gender_quotes: dict[str | None, int] = dict.fromkeys(("f", "m", None), 0)
        self.gender_speakers: dict[str | None, int] = dict.fromkeys(("f", "m", None), 0)
        self.histogram = [0] * len(HISTOGRAM_BINS)
        self.per_document: list[dict[str, Any]] = []
        self.failure_messages: list[str] = []
        self._speakers = _TopCounter(capacity, _speaker_extra)
        self._roles = _TopCounter(capacity, _phrase_extra)
        self._affiliations = _TopCounter(capacity, _phrase_extra)

    # -- adding -----------------------------------------------------------------

    def add(self, document: Document, document_id: Any = None) -> dict[str, Any]:
        """Count one document.

        Args:
            document: an attributed document.
            document_id: its id, shown in the per-document table; its position
                among the documents added (from 0) when None.

        Returns:
            The document's own counts, a dict with ``id``, ``quotes``, one count per quote
            kind (``direct``, ``partial``, ``term``, ``indirect``),
            ``attributed`` and ``speakers`` (distinct speakers of speech
            quotes).

        Raises:
            TypeError: when ``document`` is not a :class:`~quoteattr.Document`.
        """
        if not isinstance(document, Document):
            raise TypeError(
                f"Summary.add() expects a quoteattr.Document, got {type(document).__name__}"
            )
        serial = self.documents
        self.documents += 1
        kinds = dict.fromkeys(QuoteKind, 0)
        attributed = 0
        speakers: dict[int, Any] = {}  # entity id -> (entity, quotes)
        for quote in document.quotes:
            kinds[quote.kind] += 1
            speaker = quote.speaker
            if speaker is None or quote.kind is QuoteKind.TERM:
                continue
            attributed += 1
            self.attributed_kinds[quote.kind] += 1
            self.speaker_kind_quotes[speaker.kind] += 1
            if speaker.kind in (EntityKind.PERSON, EntityKind.UNNAMED):
                self.gender_quotes[speaker.gender if speaker.gender in ("f", "m") else None] += 1
            seen = speakers.get(speaker.id)
            speakers[speaker.id] = (speaker, 1 if seen is None else seen[1] + 1)
        for speaker, count in speakers.values():
            self._count_speaker(speaker, count, serial)
        total = len(document.quotes)
        self.quotes += total
        self.attributed += attributed
        self.documents_with_quotes += total > 0
        for kind, count in kinds.items():
            self.kinds[kind] += count
        for position, (_, lowest, highest) in enumerate(HISTOGRAM_BINS):
            if total >= lowest and (highest is None or total <= highest):
                self.histogram[position] += 1
                break
        row = {
            "id": serial if document_id is None else document_id,
            "quotes": total,
            **{kind.value: count for kind, count in kinds.items()},
            "attributed": attributed,
            "speakers": len(speakers),
        }
        if len(self.per_document) < self.documents_shown:
            self.per_document.append(row)
        return row

    def _count_speaker(self, speaker: Any, count: int, serial: int) -> None:
        self.speaker_kind_speakers[speaker.kind] += 1
        if speaker.kind in (EntityKind.PERSON, EntityKind.UNNAMED):
            self.gender_speakers[speaker.gender if speaker.gender in ("f", "m") else None] += 1
        entry = self._speakers.add((speaker.name, speaker.kind.value), count)
        if entry[3] != serial:
            entry[2] += 1
            entry[3] = serial
        if speaker.role:
            role_entry = entry[4].add(speaker.role.casefold(), count)
            if len(role_entry) == 2:
                role_entry.append(speaker.role)
        if speaker.gender in ("f", "m"):
            entry[5] = speaker.gender
        for counter, phrase in (
            (self._roles, speaker.role),
            (self._affiliations, speaker.affiliation),
        ):
            if phrase:
                phrase_entry = counter.add(phrase.casefold(), count)
                phrase_entry[2] += 1
                if phrase_entry[3] is None:
                    phrase_entry[3] = phrase

    def add_failure(self, document_id: Any, error: str) -> None:
        """Count an input that gave no document (the first few messages are kept).

        Args:
            document_id: the input's id.
            error: why it failed.
        """
        self.failures += 1
        if len(self.failure_messages) < _FAILURES_SHOWN:
            self.failure_messages.append(f"{document_id}: {error}")

    # -- reading ----------------------------------------------------------------

    @property
    def speech_quotes(self) -> int:
        """DIRECT, PARTIAL and INDIRECT quotes (every quote but TERM)."""
        return sum(self.kinds[kind] for kind in _SPEECH_KINDS)

    @property
    def approximate(self) -> bool:
        """True when a counting table dropped keys, so its counts are estimates."""
        return self._speakers.pruned or self._roles.pruned or self._affiliations.pruned

    def histogram_rows(self) -> list[tuple[str, int]]:
        """Documents by number of quotes: ``(bin label, documents)`` pairs, in
        the order of ``quoteattr.summary.HISTOGRAM_BINS``."""
        return [
            (label, count)
            for (label, _, _), count in zip(HISTOGRAM_BINS, self.histogram, strict=True)
        ]

    def top_speakers(self) -> list[dict[str, Any]]:
        """The most-quoted speakers, most quotes first.

        Returns:
            Up to ``top`` dicts with ``name``, ``kind``, ``quotes`` (speech
            quotes), ``documents``, ``role`` (the most frequent one, or None),
            ``gender`` and ``error`` (0 while the counts are exact).
        """
        rows = []
        for key, entry in self._speakers.top(self.top):
            name, kind = cast("tuple[str, str]", key)
            roles = entry[4].top(1)
            rows.append(
                {
                    "name": name,
                    "kind": kind,
                    "quotes": entry[0],
                    "documents": entry[2],
                    "role": roles[0][1][2] if roles else None,
                    "gender": entry[5],
                    "error": entry[1],
                }
            )
        return rows

    def _top_phrases(self, counter: _TopCounter) -> list[dict[str, Any]]:
        return [
            {"text": entry[3], "quotes": entry[0], "speakers": entry[2], "error": entry[1]}
            for _, entry in counter.top(self.top)
        ]

    def top_roles(self) -> list[dict[str, Any]]:
        """The roles of the most-quoted speakers (compared without case).

        Returns:
            Up to ``top`` dicts with ``text``, ``quotes`` (speech quotes by
            speakers with that role), ``speakers`` (speakers with that role,
            counted once per document) and ``error``.
        """
        return self._top_phrases(self._roles)

    def top_affiliations(self) -> list[dict[str, Any]]:
        """The affiliations of the most-quoted speakers, as :meth:`top_roles`."""
        return self._top_phrases(self._affiliations)

    def to_dict(self) -> dict[str, Any]:
        """Every figure of the page, as JSON-ready dicts, lists and numbers."""
        return {
            "documents": self.documents,
            "failures": self.failures,
            "documents_with_quotes": self.documents_with_quotes,
            "quotes": self.quotes,
            "speech_quotes": self.speech_quotes,
            "attributed": self.attributed,
            "kinds": {kind.value: count for kind, count in self.kinds.items()},
            "attributed_kinds": {kind.value: n for kind, n in self.attributed_kinds.items()},
            "speaker_kinds": {
                kind.value: {
                    "quotes": self.speaker_kind_quotes[kind],
                    "speakers": self.speaker_kind_speakers[kind],
                }
                for kind in EntityKind
            },
            "genders": {
                (gender or "unknown"): {
                    "quotes": self.gender_quotes[gender],
                    "speakers": self.gender_speakers[gender],
                }
                for gender, _ in GENDERS
            },
            "histogram": dict(self.histogram_rows()),
            "top_speakers": self.top_speakers(),
            "top_roles": self.top_roles(),
            "top_affiliations": self.top_affiliations(),
            "per_document": list(self.per_document),
            "approximate": self.approximate,
            "failure_messages": list(self.failure_messages),
        }

    def to_html(self, title: str = "Quotes in a corpus") -> str:
        """The summary as one self-contained HTML page.

        The page has no script and loads nothing: styles are inline, charts
        are inline SVG with a ``title`` and a ``desc``, and every chart has a
        table with the same figures beside it (what a screen reader reads,
        and what prints).

        Args:
            title: the page's title and heading.

        Returns:
            The page, as a ``str``.

        Raises:
            TypeError: when ``title`` is not a ``str``.
        """
        if not isinstance(title, str):
            raise TypeError(f"to_html() expects title as str, got {type(title).__name__}")
        from quoteattr.summary_page import render_page

        return render_page(self, title)


def summarize(
    items: Iterable[object],
    *,
    top: int = 20,
    documents_shown: int = 1000,
    capacity: int = 10_000,
) -> Summary:
    """A :class:`Summary` of many documents, consumed one at a time.

    Args:
        items: :class:`~quoteattr.Document` objects, ``(id, Document)`` pairs,
            or the records of :func:`~quoteattr.attribute_many` (a
            :class:`~quoteattr.Failure` is counted as a failed input).
        top: rows in each "most frequent" table.
        documents_shown: documents listed in the per-document table.
        capacity: entries per counting table (see :class:`Summary`).

    Returns:
        The summary; ``summary.to_html()`` is the page.

    Raises:
        TypeError: when ``items`` is not iterable or an item is none of the above.
        ValueError: when a number is out of range (see :class:`Summary`).

    Example:
        >>> import quoteattr
        >>> texts = [("a", "“Go,” she said."), ("b", "No quote."), ("c", None)]
        >>> summary = quoteattr.summarize(quoteattr.attribute_many(texts))
        >>> summary.documents, summary.failures, summary.quotes
        (2, 1, 1)
        >>> page = summary.to_html()
    """
    if isinstance(items, (str, bytes, Document)) or not isinstance(items, Iterable):
        raise TypeError(f"summarize() expects an iterable of Documents, got {type(items).__name__}")
    summary = Summary(top=top, documents_shown=documents_shown, capacity=capacity)
    for position, item in enumerate(items):
        if isinstance(item, Document):
            summary.add(item)
        elif isinstance(item, Result):
            summary.add(item.document, item.id)
        elif isinstance(item, Failure):
            summary.add_failure(item.id, item.error)
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Document):
            summary.add(item[1], item[0])
        else:
            raise TypeError(
                f"summarize(): item {position} must be a quoteattr.Document, an (id, Document) "
                f"pair or a batch record, got {type(item).__name__}"
            )
    return summary
