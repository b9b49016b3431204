"""brat standoff: write a document as ``.txt`` + ``.ann``, and read ``.ann`` files back.

This module owns the brat form of a :class:`~quoteattr.Document` and a strict
reader for brat annotation files. The ``.txt`` is the input text, untouched;
offsets in the ``.ann`` are the same half-open ``str`` offsets quoteattr uses
(brat reads the ``.txt`` as UTF-8 and counts characters, without translating
line ends, so ``\\r\\n`` counts as two characters in both).

What :func:`to_brat` writes, ids numbered in text order:

- ``T`` lines, labelled ``Quote`` (the content between the marks, or the
  reported content of reported speech without marks), ``Mention`` (the words
  that name the speaker) and ``Cue`` (the reporting verb or phrase). A mention
  or cue shared by several quotes is written once; a partial quote inside
  reported speech is a ``Quote`` of its own inside the report's.
- ``A<n>\\tKind T<q> DIRECT`` (``PARTIAL``, ``TERM``, ``INDIRECT``): the kind of
  each quote.
- ``R<n>\\tSource Arg1:T<q> Arg2:T<m>`` linking a quote to its mention, and
  ``R<n>\\tCue Arg1:T<q> Arg2:T<c>`` linking it to its cue.
- ``#<n>\\tAnnotatorNotes T<q>\\t...`` on each quote: the rule, the resolved
  speaker's name and role; and on each mention: the entity it resolves to,
  with its role, title of office, affiliation and kind.

brat rejects a line break inside one fragment, so a span that contains line
breaks is written in brat's discontinuous form ``start end;start end``, split
at the breaks (the annotation text is then the fragments joined by one space,
as brat writes it). Fragments that would be empty are left out; a span with no
text left at all is written as one zero-width fragment.

Example:
    >>> import quoteattr
    >>> from quoteattr.brat import read_brat, to_brat
    >>> doc = quoteattr.attribute("“We regret it,” she said.")
    >>> for line in to_brat(doc).splitlines():  # tab-separated fields
    ...     print(line.split("\\t"))
    ['T1', 'Quote 1 14', 'We regret it,']
    ['T2', 'Mention 16 19', 'she']
    ['T3', 'Cue 20 24', 'said']
    ['A1', 'Kind T1 DIRECT']
    ['R1', 'Source Arg1:T1 Arg2:T2']
    ['R2', 'Cue Arg1:T1 Arg2:T3']
    ['#1', 'AnnotatorNotes T1', 'rule=quote_mention_cue; speaker=an unnamed woman']
    ['#2', 'AnnotatorNotes T2', 'speaker=an unnamed woman; kind=unnamed']
    >>> brat = read_brat(doc.text, to_brat(doc))
    >>> [(t.label, t.text) for t in brat.textbounds]
    [('Quote', 'We regret it,'), ('Mention', 'she'), ('Cue', 'said')]

Reading (:func:`read_brat`) follows the brat standoff format: ``T`` text-bound
annotations, ``R`` relations, ``E`` events, ``A``/``M`` attributes and ``#``
notes are read; equivalences (``*``) and normalizations (``N``) are not used by
quoteattr and are skipped, each listed in :attr:`BratDocument.skipped`. Blank
lines are ignored. Every other line must be well formed and every id it names
must be defined, or the whole file is rejected with one :class:`~quoteattr.BratError`
listing every bad line.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

import attrs

from quoteattr.errors import BratError
from quoteattr.model import Document, Span
from quoteattr.segment import LINE_BREAK_CHARS

__all__ = [
    "BratAttribute",
    "BratDocument",
    "BratEvent",
    "BratNote",
    "BratRelation",
    "BratTextBound",
    "read_brat",
    "to_brat",
    "write_brat",
]

# Characters str.splitlines() breaks at: none may appear inside one brat fragment.
_LINE_BREAK = re.compile(f"\r\n|[{LINE_BREAK_CHARS}]")
_ID = re.compile(r"[TREAMN#*]\S*\Z")
_OFFSETS = re.compile(r"(\d+) (\d+)\Z")
_ARGUMENT = re.compile(r"([^\s:]+):(\S+)\Z")


@attrs.frozen
class BratTextBound:
    """A text-bound annotation (``T`` line).

    Attributes:
        id: the annotation id (``"T1"``).
        label: the annotation type (``"Quote"``, ``"Source"``).
        fragments: the spans it covers, in file order (one unless discontinuous).
        text: the text after the second tab (brat joins fragments with one space).
        line: the 1-based line number in the ``.ann``.
    """

    id: str
    label: str
    fragments: tuple[Span, ...]
    text: str
    line: int = 0

    @property
    def span(self) -> Span:
        """The smallest span covering every fragment."""
        return Span(
            min(fragment.start for fragment in self.fragments),
            max(fragment.end for fragment in self.fragments),
        )


@attrs.frozen
class BratRelation:
    """A binary relation (``R`` line), e.g. ``R1\\tSource Arg1:T1 Arg2:T2``.

    Attributes:
        id: the relation id.
        label: the relation type.
        arguments: ``(role, id)`` pairs in file order (``("Arg1", "T1")``).
        line: the 1-based line number in the ``.ann``.
    """

    id: str
    label: str
    arguments: tuple[tuple[str, str], ...]
    line: int = 0


@attrs.frozen
class BratEvent:
    """An event (``E`` line), e.g. ``E1\\tAttribution:T4 Source:T1 Cue:T2 Content:T3``.

    Attributes:
        id: the event id.
        label: the event type.
        trigger: id of the text-bound trigger annotation.
        arguments: ``(role, id)`` pairs after the trigger, in file order.
        line: the 1-based line number in the ``.ann``.
    """

    id: str
    label: str
    trigger: str
    arguments: tuple[tuple[str, str], ...]
    line: int = 0


@attrs.frozen
class BratAttribute:
    """An attribute (``A`` or ``M`` line), e.g. ``A1\\tKind T1 DIRECT``.

    Attributes:
        id: the attribute id.
        name: the attribute name.
        target: id of the annotation it qualifies.
        value: the value, or None for a binary attribute.
        line: the 1-based line number in the ``.ann``.
    """

    id: str
    name: str
    target: str
    value: str | None
    line: int = 0


@attrs.frozen
class BratNote:
    """A note (``#`` line), e.g. ``#1\\tAnnotatorNotes T1\\tsome text``.

    Attributes:
        id: the note id.
        kind: the note type (``"AnnotatorNotes"``).
        target: id of the annotation it is about.
        text: the note text (may be empty).
        line: the 1-based line number in the ``.ann``.
    """

    id: str
    kind: str
    target: str
    text: str
    line: int = 0


@attrs.frozen
class BratDocument:
    """A text and its brat annotations, as read by :func:`read_brat`.

    Attributes:
        text: the ``.txt`` text the offsets index.
        textbounds: ``T`` annotations in file order.
        relations: ``R`` annotations in file order.
        events: ``E`` annotations in file order.
        attributes: ``A``/``M`` annotations in file order.
        notes: ``#`` annotations in file order.
        skipped: lines not used (equivalences, normalizations), as ``"name:line: reason"``.
    """

    text: str
    textbounds: tuple[BratTextBound, ...] = ()
    relations: tuple[BratRelation, ...] = ()
    events: tuple[BratEvent, ...] = ()
    attributes: tuple[BratAttribute, ...] = ()
    notes: tuple[BratNote, ...] = ()
    skipped: tuple[str, ...] = ()

    def textbound(self, id: str) -> BratTextBound | None:
        """The text-bound annotation with this id, or None."""
        for textbound in self.textbounds:
            if textbound.id == id:
                return textbound
        return None

    def with_label(self, label: str) -> tuple[BratTextBound, ...]:
        """The text-bound annotations whose label equals ``label``, ignoring case."""
        wanted = label.casefold()
        return tuple(t for t in self.textbounds if t.label.casefold() == wanted)


# -- writing -----------------------------------------------------------------


def _fragments(text: str, span: Span) -> tuple[Span, ...]:
    """``span`` split at line breaks, empty pieces left out."""
    pieces = []
    start = span.start
    for match in _LINE_BREAK.finditer(text, span.start, span.end):
        if match.start() > start:
            pieces.append(Span(start, match.start()))
        start = match.end()
    if span.end > start:
        pieces.append(Span(start, span.end))
    if not pieces:
        return (Span(span.start, span.start),)
    return tuple(pieces)


def _textbound_line(id: str, label: str, text: str, span: Span) -> str:
    fragments = _fragments(text, span)
    offsets = ";".join(f"{f.start} {f.end}" for f in fragments)
    covered = " ".join(f.slice(text) for f in fragments)
    return f"{id}\t{label} {offsets}\t{covered}"


def _note_text(value: str) -> str:
    """A note value on one line, tabs and line breaks turned into spaces."""
    return " ".join(value.split())


def to_brat(document: Document) -> str:
    """The brat ``.ann`` text for ``document`` (the ``.txt`` is ``document.text`` itself).

    Args:
        document: an attributed document.

    Returns:
        The annotation file's text, one annotation per line, ending with a newline
        (empty when the document has no quotes).

    Raises:
        TypeError: ``document`` is not a :class:`~quoteattr.Document`.
    """
    if not isinstance(document, Document):
        raise TypeError(f"to_brat() expects a quoteattr.Document, got {type(document).__name__}")
    text = document.text
    order = {"Quote": 0, "Mention": 1, "Cue": 2}
    wanted: set[tuple[str, Span]] = set()
    for quote in document.quotes:
        wanted.add(("Quote", quote.span))
        if quote.mention is not None:
            wanted.add(("Mention", quote.mention))
        if quote.cue is not None:
            wanted.add(("Cue", quote.cue))
    ordered = sorted(wanted, key=lambda item: (item[1].start, item[1].end, order[item[0]]))
    ids = {item: f"T{index}" for index, item in enumerate(ordered, 1)}
    lines = [_textbound_line(ids[item], item[0], text, item[1]) for item in ordered]

    quote_ids = [ids[("Quote", quote.span)] for quote in document.quotes]
    for index, (quote, tid) in enumerate(zip(document.quotes, quote_ids, strict=True), 1):
        lines.append(f"A{index}\tKind {tid} {quote.kind.name}")
    relation = 0
    for quote, tid in zip(document.quotes, quote_ids, strict=True):
        if quote.mention is not None:
            relation += 1
            lines.append(f"R{relation}\tSource Arg1:{tid} Arg2:{ids[('Mention', quote.mention)]}")
        if quote.cue is not None:
            relation += 1
            lines.append(f"R{relation}\tCue Arg1:{tid} Arg2:{ids[('Cue', quote.cue)]}")

    notes: list[tuple[str, str]] = []
    described: set[Span] = set()
    for quote, tid in zip(document.quotes, quote_ids, strict=True):
        parts = []
        if quote.rule is not None:
            parts.append(f"rule={quote.rule}")
        if quote.speaker is not None:
            parts.append(f"speaker={quote.speaker.name}")
            if quote.speaker.role:
                parts.append(f"role={quote.speaker.role}")
        if parts:
            notes.append((tid, "; ".join(parts)))
    for quote in document.quotes:
        if quote.mention is None or quote.speaker is None or quote.mention in described:
            continue
        described.add(quote.mention)
        speaker = quote.speaker
        parts = [f"speaker={speaker.name}"]
        if speaker.role:
            parts.append(f"role={speaker.role}")
        if speaker.title:
            parts.append(f"title={speaker.title}")
        if speaker.affiliation:
            parts.append(f"affiliation={speaker.affiliation}")
        parts.append(f"kind={speaker.kind.value}")
        notes.append((ids[("Mention", quote.mention)], "; ".join(parts)))
    for index, (target, note) in enumerate(notes, 1):
        lines.append(f"#{index}\tAnnotatorNotes {target}\t{_note_text(note)}")
    return "".join(line + "\n" for line in lines)


def write_brat(
    document: Document, directory: str | os.PathLike[str], name: str
) -> tuple[Path, Path]:
    """Write ``name.txt`` (the text, byte for byte) and ``name.ann`` into ``directory``.

    Both files are UTF-8 and written with ``newline=""`` so no line end is
    translated and the offsets in the ``.ann`` stay valid. The directory is
    created when missing.

    Args:
        document: an attributed document.
        directory: where to write.
        name: the file stem, without directory parts or extension.

    Returns:
        The paths of the ``.txt`` and ``.ann`` files written.

    Raises:
        TypeError: an argument has the wrong type.
        ValueError: ``name`` is empty or contains a path separator.
    """
    if not isinstance(document, Document):
        raise TypeError(f"write_brat() expects a quoteattr.Document, got {type(document).__name__}")
    if not isinstance(directory, (str, os.PathLike)):
        raise TypeError(
            f"write_brat() expects directory as str or path, got {type(directory).__name__}"
        )
    if not isinstance(name, str):
        raise TypeError(f"write_brat() expects name as str, got {type(name).__name__}")
    if not name or name in {".", ".."} or "/" in name or os.sep in name or "\0" in name:
        raise ValueError(f"write_brat() expects a plain file stem as name, got {name!r}")
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    txt, ann = folder / f"{name}.txt", folder / f"{name}.ann"
    with txt.open("w", encoding="utf-8", newline="") as handle:
        handle.write(document.text)
    with ann.open("w", encoding="utf-8", newline="") as handle:
        handle.write(to_brat(document))
    return txt, ann


# -- reading -----------------------------------------------------------------


class _Problems:
    """Collects ``name:line: reason`` strings while one file is read."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.items: list[tuple[int, str]] = []

    def add(self, line: int, reason: str) -> None:
        self.items.append((line, f"{self.name}:{line}: {reason}"))

    def sorted(self) -> list[str]:
        """The problems in line order (stable within one line)."""
        return [message for _, message in sorted(self.items, key=lambda item: item[0])]


def _same_text(expected: str, given: str) -> bool:
    """brat writes fragments joined by a space; older files may have other spacing."""
    return expected == given or expected.split() == given.split()


def _read_textbound(
    ident: str, fields: list[str], text: str, number: int, problems: _Problems
) -> BratTextBound | None:
    if len(fields) < 3:
        problems.add(number, f"{ident}: expected 'ID<TAB>Label START END<TAB>text'")
        return None
    head, given = fields[1], fields[2]
    label, _, offsets = head.partition(" ")
    if not label or not offsets:
        problems.add(number, f"{ident}: expected 'Label START END' before the text")
        return None
    fragments = []
    for piece in offsets.split(";"):
        match = _OFFSETS.match(piece.strip())
        if match is None:
            problems.add(number, f"{ident}: bad offsets {piece.strip()!r} (want 'START END')")
            return None
        start, end = int(match.group(1)), int(match.group(2))
        if end < start:
            problems.add(number, f"{ident}: fragment {start} {end} ends before it starts")
            return None
        if end > len(text):
            problems.add(
                number, f"{ident}: fragment {start} {end} runs past the text ({len(text)} chars)"
            )
            return None
        fragments.append(Span(start, end))
    expected = " ".join(fragment.slice(text) for fragment in fragments)
    if not _same_text(expected, given):
        problems.add(
            number, f"{ident}: text {given!r} does not match the text at its offsets {expected!r}"
        )
        return None
    return BratTextBound(ident, label, tuple(fragments), given, number)


def _read_arguments(
    ident: str, items: Iterable[str], number: int, problems: _Problems
) -> tuple[tuple[str, str], ...] | None:
    arguments = []
    for item in items:
        match = _ARGUMENT.match(item)
        if match is None:
            problems.add(number, f"{ident}: bad argument {item!r} (want 'Role:ID')")
            return None
        arguments.append((match.group(1), match.group(2)))
    return tuple(arguments)


def read_brat(text: str, ann: str, name: str = "<ann>") -> BratDocument:
    """Read a brat ``.ann`` file against its ``.txt`` text, checking every line.

    Every text-bound annotation must slice back: the text after its second tab
    must equal its fragments of ``text`` joined by one space (differences in
    whitespace only are accepted). Every id an annotation refers to must be
    defined in the file, and ids must be unique.

    Args:
        text: the ``.txt`` contents, read as UTF-8 without translating line ends.
        ann: the ``.ann`` contents.
        name: the file name used in error messages.

    Returns:
        The annotations, in file order.

    Raises:
        TypeError: an argument is not a ``str``.
        BratError: one or more lines are malformed; the error lists them all as
            ``name:line: reason``.

    Example:
        >>> doc = read_brat("Flynn says yes", "T1\\tSource 0 5\\tFlynn\\nT2\\tCue 6 10\\tsays\\n")
        >>> [(t.id, t.label, t.fragments[0].start) for t in doc.textbounds]
        [('T1', 'Source', 0), ('T2', 'Cue', 6)]
    """
    for argument, value in (("text", text), ("ann", ann), ("name", name)):
        if not isinstance(value, str):
            raise TypeError(f"read_brat() expects {argument} as str, got {type(value).__name__}")
    problems = _Problems(name)
    textbounds: list[BratTextBound] = []
    relations: list[BratRelation] = []
    events: list[BratEvent] = []
    attributes: list[BratAttribute] = []
    notes: list[BratNote] = []
    skipped: list[str] = []
    seen: dict[str, int] = {}
    references: list[tuple[int, str, str]] = []  # (line, from id, to id)

    for number, raw in enumerate(ann.split("\n"), 1):
        line = raw[:-1] if raw.endswith("\r") else raw
        if not line.strip():
            continue
        fields = line.split("\t", 2)
        ident = fields[0].strip()
        if not _ID.match(ident):
            problems.add(number, f"unknown annotation id {ident[:20]!r}")
            continue
        if ident != "*":
            if ident in seen:
                problems.add(number, f"{ident}: id already used on line {seen[ident]}")
                continue
            seen[ident] = number
        kind = ident[0]
        if kind in "*N":
            what = "equivalence" if kind == "*" else "normalization"
            skipped.append(f"{name}:{number}: {what} not used")
            continue
        if kind == "T":
            textbound = _read_textbound(ident, fields, text, number, problems)
            if textbound is not None:
                textbounds.append(textbound)
            continue
        if len(fields) < 2 or not fields[1].strip():
            problems.add(number, f"{ident}: nothing after the id")
            continue
        words = fields[1].split()
        if kind == "R":
            arguments = _read_arguments(ident, words[1:], number, problems)
            if arguments is None:
                continue
            if len(arguments) != 2:
                problems.add(
                    number, f"{ident}: a relation needs two arguments, got {len(arguments)}"
                )
                continue
            relations.append(BratRelation(ident, words[0], arguments, number))
            references.extend((number, ident, target) for _, target in arguments)
        elif kind == "E":
            arguments = _read_arguments(ident, words, number, problems)
            if arguments is None:
                continue
            (label, trigger), rest = arguments[0], arguments[1:]
            events.append(BratEvent(ident, label, trigger, rest, number))
            references.extend((number, ident, target) for _, target in arguments)
        elif kind in "AM":
            if len(words) not in (2, 3):
                problems.add(number, f"{ident}: expected 'Name TARGET [VALUE]'")
                continue
            setting = words[2] if len(words) == 3 else None
            attributes.append(BratAttribute(ident, words[0], words[1], setting, number))
            references.append((number, ident, words[1]))
        else:  # '#'
            if len(words) != 2:
                problems.add(number, f"{ident}: expected 'Type TARGET<TAB>note'")
                continue
            note = fields[2] if len(fields) > 2 else ""
            notes.append(BratNote(ident, words[0], words[1], note, number))
            references.append((number, ident, words[1]))

    for number, ident, target in references:
        if target not in seen:
            problems.add(number, f"{ident}: refers to undefined annotation {target!r}")
    if problems.items:
        raise BratError(problems.sorted())
    return BratDocument(
        text,
        tuple(textbounds),
        tuple(relations),
        tuple(events),
        tuple(attributes),
        tuple(notes),
        tuple(skipped),
    )
