"""A corpus at a glance: streaming counts over many documents, as one HTML page.

This module owns :class:`Summary` (the counts, gathered one document at a time
in bounded memory), :func:`summarize` (a summary of an iterable of documents)
and the page :meth:`Summary.to_html` writes: tables and inline SVG charts, no
script, nothing fetched from elsewhere.

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

import collections
import csv
import gzip
import html
import json
import sys
from collections.abc import Callable, Generator, Hashable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO, cast

import attrs

from quoteattr.batch import Failure, Result, attribute_many
from quoteattr.config import Config
from quoteattr.model import Document, EntityKind, QuoteKind

__all__ = ["Summary", "read_inputs", "run_summary", "summarize", "summary_documents"]

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
_GENDERS = (("f", "women"), ("m", "men"), (None, "not known"))
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


@attrs.frozen
class _Kept:
    """A pre-attributed document carried past :func:`attribute_many` (see
    :func:`summary_documents`): its id, while the document waits in order."""

    id: Any


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
                for gender, _ in _GENDERS
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
        return _Page(self, title).render()


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


# -- reading inputs -------------------------------------------------------------


def _open(path: str) -> BinaryIO:
    if path.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _json_item(data: object, where: str) -> object:
    """One JSON value as ``(id, text)``, ``(_Kept(id), document)`` or a Failure."""
    if not isinstance(data, dict):
        return Failure(where, -1, f"expected a JSON object, got {type(data).__name__}")
    ident = data.get("id", data.get("file", where))
    place = "" if ident == where else f"{where}: "
    if "schema_version" in data and "quotes" in data:
        try:
            return (_Kept(ident), Document.from_dict(data))
        except (TypeError, ValueError) as error:
            return Failure(ident, -1, f"{place}{error}")
    if "text" in data:
        text = data["text"]
        if not isinstance(text, str):
            return Failure(ident, -1, f'{place}"text" must be a string')
        return (ident, text)
    if isinstance(data.get("error"), str):
        return Failure(ident, -1, data["error"])
    return Failure(ident, -1, f'{place}neither a quoteattr document nor a "text" field')


def _json_lines(name: str, lines: Iterable[bytes]) -> Iterator[object]:
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            data = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            yield Failure(where, -1, f"malformed JSON: {error}")
            continue
        if isinstance(data, list):  # a whole .json array on one line
            for position, value in enumerate(data):
                yield _json_item(value, f"{where}[{position}]")
        else:
            yield _json_item(data, where)


def _json_file(name: str, handle: BinaryIO) -> Iterator[object]:
    """A ``.json`` file: JSON lines (what ``--format json`` writes), or one JSON value."""
    first = handle.readline()
    try:
        json.loads(first)
    except (UnicodeDecodeError, json.JSONDecodeError):
        try:
            data = json.loads(first + handle.read())
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            yield Failure(name, -1, f"malformed JSON: {error}")
            return
        values = data if isinstance(data, list) else [data]
        for position, value in enumerate(values):
            yield _json_item(value, f"{name}[{position}]" if isinstance(data, list) else name)
        return
    yield from _json_lines(name, _chain_first(first, handle))


def _chain_first(first: bytes, rest: Iterable[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def read_inputs(
    paths: Sequence[str], input_format: str = "auto", stdin: BinaryIO | None = None
) -> Iterator[object]:
    """The items of input files, read lazily: what :func:`summary_documents` takes.

    Args:
        paths: file names; ``-`` is standard input.
        input_format: ``"auto"`` (by extension: ``.jsonl``, ``.ndjson`` and
            ``.json``, each optionally ``.gz``, are JSON; anything else,
            standard input included, is one text), ``"text"`` (each file is
            one text) or ``"jsonl"`` (every file is JSON lines).
        stdin: where ``-`` reads from (``sys.stdin.buffer`` when None).

    Yields:
        ``(id, text)`` for a text to attribute, ``(kept, Document)`` for a
        document quoteattr wrote earlier (JSON with a ``schema_version``), or
        a :class:`~quoteattr.Failure` for an input that cannot be read. A JSON
        object with ``"text"`` is a text whose id is its ``"id"`` (or
        ``"file"``); an object with only an ``"error"`` is a failure that
        quoteattr recorded.

    Raises:
        ValueError: when ``input_format`` is unknown.
    """
    if input_format not in ("auto", "text", "jsonl"):
        raise ValueError(f"input_format must be auto, text or jsonl, got {input_format!r}")
    for name in paths:
        stem = name[:-3] if name.endswith(".gz") else name
        kind = input_format
        if kind == "auto":
            kind = "json" if stem.endswith(".json") else "text"
            if stem.endswith((".jsonl", ".ndjson")):
                kind = "jsonl"
        try:
            if name == "-":
                handle: BinaryIO = stdin if stdin is not None else sys.stdin.buffer
                close = False
            else:
                handle = _open(name)
                close = True
        except OSError as error:
            yield Failure(name, -1, str(error.strerror or error))
            continue
        try:
            if kind == "text":
                data = handle.read()
                try:
                    yield (name, data.decode("utf-8"))
                except UnicodeDecodeError as error:
                    yield Failure(name, -1, f"not valid UTF-8 ({error.reason})")
            elif kind == "json":
                yield from _json_file(name, handle)
            else:
                yield from _json_lines(name, handle)
        except (OSError, EOFError, gzip.BadGzipFile) as error:
            yield Failure(name, -1, str(error))
        finally:
            if close:
                handle.close()


def summary_documents(
    items: Iterable[object], *, config: Config | None = None, processes: int = 1
) -> Generator[object, None, None]:
    """Attribute the texts among ``items`` and pass documents through, in order.

    Args:
        items: what :func:`read_inputs` yields.
        config: settings for the texts; the default when None.
        processes: worker processes for the texts (see
            :func:`~quoteattr.attribute_many`).

    Yields:
        ``(id, Document)`` pairs and :class:`~quoteattr.Failure` records, one
        per item, in input order (what :func:`summarize` takes).
    """
    waiting: collections.deque[Document] = collections.deque()  # in order; a window at most

    def feed() -> Iterator[object]:
        for item in items:
            if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], _Kept):
                waiting.append(item[1])
                yield Failure(item[0], -1, "")
            else:
                yield item

    for record in attribute_many(feed(), config=config, processes=processes):
        if isinstance(record, Failure) and isinstance(record.id, _Kept):
            yield (record.id.id, waiting.popleft())
        elif isinstance(record, Result):
            yield (record.id, record.document)
        else:
            yield record


# -- the page -------------------------------------------------------------------

_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; color: #1a1a1a; background: #fff;
  max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: .6rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
th, td { border: 1px solid #bbb; padding: .2rem .55rem; vertical-align: top; }
th { background: #f0f0f0; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: .5rem 0 1rem; }
figcaption { font-size: .9rem; color: #444; }
svg text { font: 12px system-ui, sans-serif; fill: #1a1a1a; }
.note { color: #444; font-size: .92rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  figure, table { break-inside: avoid; }
  svg rect { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""

_BAR_COLOURS = ("#3566a8", "#c4622d", "#4b8b3b", "#8a4f9e", "#a8872a", "#5a5a5a")


def _percent(part: int, whole: int) -> str:
    return "–" if whole == 0 else f"{100 * part / whole:.1f}%"


def _number(value: int) -> str:
    return f"{value:,}"


class _Page:
    """Builds the HTML of a summary, section by section."""

    def __init__(self, summary: Summary, title: str) -> None:
        self.summary = summary
        self.title = title
        self.charts = 0
        self.parts: list[str] = []

    def render(self) -> str:
        s = self.summary
        add = self.parts.append
        add("<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>")
        add("<meta name='viewport' content='width=device-width, initial-scale=1'>")
        add(f"<title>{html.escape(self.title)}</title>\n<style>{_STYLE}</style>\n</head>")
        add(f"<body>\n<main>\n<h1>{html.escape(self.title)}</h1>")
        add(
            f"<p class='note'>{_number(s.documents)} documents, {_number(s.quotes)} quotes, "
            f"{_percent(s.attributed, s.speech_quotes)} of speech quotes attributed to a "
            "speaker. Made by quoteattr; the figures are counts of its output, not "
            "of hand-checked annotations.</p>"
        )
        self._totals()
        self._kinds()
        self._speaker_kinds()
        self._genders()
        self._speakers()
        self._phrases("roles", "Most frequent roles", s.top_roles(), "Role")
        self._phrases(
            "affiliations", "Most frequent affiliations", s.top_affiliations(), "Affiliation"
        )
        self._histogram()
        self._documents()
        add("</main>\n</body>\n</html>\n")
        return "\n".join(self.parts)

    # -- building blocks --

    def _table(
        self,
        ident: str,
        caption: str,
        header: Sequence[str],
        rows: Iterable[Sequence[Any]],
        numeric_from: int = 1,
    ) -> None:
        out = [f"<table id='{ident}'>", f"<caption>{html.escape(caption)}</caption>", "<thead><tr>"]
        out.extend(f"<th scope='col'>{html.escape(h)}</th>" for h in header)
        out.append("</tr></thead>\n<tbody>")
        for row in rows:
            cells = [f"<th scope='row'>{html.escape(str(row[0]))}</th>"]
            for position, value in enumerate(row[1:], 1):
                shown = "" if value is None else value
                if isinstance(shown, int) and not isinstance(shown, bool):
                    shown = _number(shown)
                klass = " class='n'" if position >= numeric_from else ""
                cells.append(f"<td{klass}>{html.escape(str(shown))}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody>\n</table>")
        self.parts.append("\n".join(out))

    def _chart(self, caption: str, bars: Sequence[tuple[str, int]], total: int | None) -> None:
        """A horizontal bar chart; ``total`` given: each bar also shows its share."""
        self.charts += 1
        number = self.charts
        if not bars:
            return
        label_width = min(260, 16 + 7 * max(len(label) for label, _ in bars))
        bar_space, row_height = 300, 24
        width = label_width + bar_space + 110
        height = row_height * len(bars) + 10
        largest = max((value for _, value in bars), default=0) or 1
        described = "; ".join(
            f"{label}: {_number(value)}" + (f" ({_percent(value, total)})" if total else "")
            for label, value in bars
        )
        out = [
            "<figure>",
            f"<svg role='img' aria-labelledby='chart{number}-title chart{number}-desc' "
            f"width='{width}' height='{height}' viewBox='0 0 {width} {height}'>",
            f"<title id='chart{number}-title'>{html.escape(caption)}</title>",
            f"<desc id='chart{number}-desc'>{html.escape(described)}</desc>",
        ]
        for position, (label, value) in enumerate(bars):
            y = 5 + position * row_height
            length = round(bar_space * value / largest)
            colour = _BAR_COLOURS[position % len(_BAR_COLOURS)]
            shown = _short(label, (label_width - 16) // 7)
            figure = _number(value) + (f" ({_percent(value, total)})" if total else "")
            out.append(
                f"<text x='{label_width - 8}' y='{y + 16}' text-anchor='end'>"
                f"{html.escape(shown)}</text>"
                f"<rect x='{label_width}' y='{y + 3}' width='{length}' height='{row_height - 8}'"
                f" fill='{colour}'/>"
                f"<text x='{label_width + length + 6}' y='{y + 16}'>{html.escape(figure)}</text>"
            )
        out.append("</svg>")
        out.append(f"<figcaption>{html.escape(caption)} (the table gives the figures)</figcaption>")
        out.append("</figure>")
        self.parts.append("\n".join(out))

    def _section(self, ident: str, heading: str, note: str = "") -> None:
        self.parts.append(f"<section aria-labelledby='{ident}-heading'>")
        self.parts.append(f"<h2 id='{ident}-heading'>{html.escape(heading)}</h2>")
        if note:
            self.parts.append(f"<p class='note'>{html.escape(note)}</p>")

    def _end(self) -> None:
        self.parts.append("</section>")

    # -- sections --

    def _totals(self) -> None:
        s = self.summary
        self._section("totals", "Totals")
        rows: list[tuple[str, int, str]] = [
            ("Documents", s.documents, ""),
            (
                "Documents with quotes",
                s.documents_with_quotes,
                _percent(s.documents_with_quotes, s.documents),
            ),
            ("Quotes (every kind)", s.quotes, ""),
            ("Speech quotes (direct, partial, indirect)", s.speech_quotes, ""),
            (
                "Speech quotes attributed to a speaker",
                s.attributed,
                _percent(s.attributed, s.speech_quotes),
            ),
            ("Inputs that failed", s.failures, ""),
        ]
        self._table("totals-table", "Totals", ("Figure", "Count", "Share"), rows)
        if s.failure_messages:
            items = "".join(f"<li>{html.escape(m)}</li>" for m in s.failure_messages)
            more = s.failures - len(s.failure_messages)
            tail = f"<p class='note'>and {_number(more)} more.</p>" if more else ""
            self.parts.append(f"<p>Inputs that failed:</p><ul>{items}</ul>{tail}")
        self._end()

    def _kinds(self) -> None:
        s = self.summary
        self._section(
            "kinds",
            "Quotes by kind",
            "A term is a word or title in quotation marks that reports nobody's speech; "
            "terms are never attributed.",
        )
        rows = [
            (
                kind.value,
                s.kinds[kind],
                _percent(s.kinds[kind], s.quotes),
                None if kind is QuoteKind.TERM else s.attributed_kinds[kind],
                None
                if kind is QuoteKind.TERM
                else _percent(s.attributed_kinds[kind], s.kinds[kind]),
            )
            for kind in QuoteKind
        ]
        self._table(
            "kinds-table",
            "Quotes by kind",
            ("Kind", "Quotes", "Share of quotes", "Attributed", "Share attributed"),
            rows,
        )
        self._chart("Quotes by kind", [(kind.value, s.kinds[kind]) for kind in QuoteKind], s.quotes)
        self._end()

    def _speaker_kinds(self) -> None:
        s = self.summary
        self._section(
            "speaker-kinds",
            "Speakers by kind",
            "Attributed speech quotes by the kind of their speaker; speakers are counted "
            "once per document.",
        )
        rows = [
            (
                kind.value,
                s.speaker_kind_quotes[kind],
                _percent(s.speaker_kind_quotes[kind], s.attributed),
                s.speaker_kind_speakers[kind],
            )
            for kind in EntityKind
        ]
        self._table(
            "speaker-kinds-table",
            "Speakers by kind",
            ("Speaker kind", "Quotes", "Share of attributed quotes", "Speakers"),
            rows,
        )
        self._chart(
            "Attributed quotes by speaker kind",
            [(kind.value, s.speaker_kind_quotes[kind]) for kind in EntityKind],
            s.attributed,
        )
        self._end()

    def _genders(self) -> None:
        s = self.summary
        people = sum(s.gender_quotes.values())
        known = s.gender_quotes["f"] + s.gender_quotes["m"]
        self._section(
            "genders",
            "Speakers by gender, where the text shows it",
            "Quotes by individual speakers (kinds person and unnamed). Gender is read from "
            "the text only (pronouns, titles such as Mrs., gendered role nouns); where the "
            "text does not show it, it is not known. Shares of known are among quotes "
            "whose speaker's gender is known.",
        )
        rows = [
            (
                label,
                s.gender_quotes[gender],
                _percent(s.gender_quotes[gender], people),
                "" if gender is None else _percent(s.gender_quotes[gender], known),
                s.gender_speakers[gender],
            )
            for gender, label in _GENDERS
        ]
        self._table(
            "genders-table",
            "Quotes by individual speakers, by gender",
            ("Gender", "Quotes", "Share", "Share of known", "Speakers"),
            rows,
        )
        self._chart(
            "Quotes by individual speakers, by gender",
            [(label, s.gender_quotes[gender]) for gender, label in _GENDERS],
            people,
        )
        self._end()

    def _estimate_note(self, rows: Sequence[dict[str, Any]]) -> str:
        if any(row["error"] for row in rows):
            return (
                " Some counts are estimates (the corpus has more distinct keys than the "
                "counting table holds): a count may be over by at most the figure in the "
                "last column."
            )
        return ""

    def _speakers(self) -> None:
        s = self.summary
        top = s.top_speakers()
        self._section(
            "speakers",
            "Most-quoted speakers",
            "Speakers are told apart by name and kind: namesakes are one row, and one "
            "person named differently in two documents is two. The role is the one most "
            "often given to the speaker." + self._estimate_note(top),
        )
        header = ["Speaker", "Kind", "Role", "Gender", "Quotes", "Documents"]
        estimates = any(row["error"] for row in top)
        if estimates:
            header.append("May be over by")
        rows = []
        for row in top:
            cells: list[Any] = [
                row["name"],
                row["kind"],
                row["role"],
                row["gender"],
                row["quotes"],
                row["documents"],
            ]
            if estimates:
                cells.append(row["error"])
            rows.append(cells)
        self._table("speakers-table", "Most-quoted speakers", header, rows, numeric_from=4)
        self._chart("Most-quoted speakers", [(row["name"], row["quotes"]) for row in top], None)
        self._end()

    def _phrases(self, ident: str, heading: str, top: Sequence[dict[str, Any]], what: str) -> None:
        self._section(
            ident,
            heading,
            f"{what}s of the speakers of attributed quotes, compared without case; a speaker "
            "counts once per document." + self._estimate_note(top),
        )
        if not top:
            self.parts.append(f"<p>No {what.lower()} in these documents.</p>")
            self._end()
            return
        header = [what, "Quotes", "Speakers"]
        estimates = any(row["error"] for row in top)
        if estimates:
            header.append("May be over by")
        rows = [
            [row["text"], row["quotes"], row["speakers"], *([row["error"]] if estimates else [])]
            for row in top
        ]
        self._table(f"{ident}-table", heading, header, rows)
        self._chart(heading + " (quotes)", [(row["text"], row["quotes"]) for row in top], None)
        self._end()

    def _histogram(self) -> None:
        s = self.summary
        self._section("histogram", "Quotes per document", "Every document is counted here.")
        rows = [(label, count, _percent(count, s.documents)) for label, count in s.histogram_rows()]
        self._table(
            "histogram-table",
            "Documents by number of quotes",
            ("Quotes", "Documents", "Share"),
            rows,
        )
        self._chart(
            "Documents by number of quotes",
            s.histogram_rows(),
            s.documents,
        )
        self._end()

    def _documents(self) -> None:
        s = self.summary
        shown = len(s.per_document)
        note = f"The first {_number(shown)} of {_number(s.documents)} documents, in input order."
        if shown < s.documents:
            note += (
                " The others are left out to keep the page small; `quoteattr summary "
                "--documents-csv FILE` writes every document's row."
            )
        self._section("documents", "Per document", note)
        kinds = [kind.value for kind in QuoteKind]
        self._table(
            "documents-table",
            "Quotes per document",
            ("Document", "Quotes", *kinds, "Attributed", "Speakers"),
            [
                (
                    row["id"],
                    row["quotes"],
                    *(row[k] for k in kinds),
                    row["attributed"],
                    row["speakers"],
                )
                for row in s.per_document
            ],
        )
        self._end()


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


#: The columns ``--documents-csv`` writes, in order.
DOCUMENT_COLUMNS = ("id", "quotes", *(kind.value for kind in QuoteKind), "attributed", "speakers")


def run_summary(args: Any, config: Config, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Run ``quoteattr summary`` with parsed arguments (see :mod:`quoteattr.cli`).

    Args:
        args: the parsed command line: ``inputs``, ``input_format``, ``output``,
            ``title``, ``top``, ``documents``, ``documents_csv``, ``jobs``.
        config: settings for the texts to attribute.
        stdin: where ``-`` reads from.
        stdout: where the page goes with ``--output -``.
        stderr: where failed inputs are reported.

    Returns:
        0 when every input was summarized, 1 when an input failed, 2 when an
        output file cannot be written.
    """
    summary = Summary(top=args.top, documents_shown=args.documents, capacity=max(10_000, args.top))
    binary_stdin = getattr(stdin, "buffer", None)
    items = read_inputs(args.inputs, args.input_format, binary_stdin)
    rows_out: TextIO | None = None
    try:
        if args.documents_csv:
            rows_out = open(args.documents_csv, "w", encoding="utf-8", newline="")  # noqa: SIM115
            rows = csv.writer(rows_out, lineterminator="\r\n")
            rows.writerow(DOCUMENT_COLUMNS)
        for record in summary_documents(items, config=config, processes=args.jobs):
            if isinstance(record, Failure):
                summary.add_failure(record.id, record.error)
                stderr.write(f"quoteattr: {record.id}: {record.error}\n")
                continue
            ident, document = cast("tuple[Any, Document]", record)
            row = summary.add(document, ident)
            if rows_out is not None:
                rows.writerow(row[column] for column in DOCUMENT_COLUMNS)
        page = summary.to_html(args.title)
        if args.output == "-":
            stdout.write(page)
            stdout.flush()
        else:
            Path(args.output).write_text(page, encoding="utf-8")
    except OSError as error:
        stderr.write(f"quoteattr: {error.filename or ''}: {error.strerror or error}\n")
        return 2
    finally:
        if rows_out is not None:
            rows_out.close()
    return 1 if summary.failures else 0
