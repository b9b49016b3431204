"""Reading a corpus for the summary, and the ``quoteattr summary`` command's work.

This module owns :func:`read_inputs` (texts, JSON lines, and the JSON quoteattr
wrote earlier, read lazily), :func:`summary_documents` (texts attributed, kept
documents passed through, in input order) and :func:`run_summary`, which the
command line calls with its parsed arguments.
"""

from __future__ import annotations

import collections
import csv
import gzip
import json
import sys
from collections.abc import Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO, cast

import attrs

from quoteattr.batch import Failure, Result, attribute_many
from quoteattr.config import Config
from quoteattr.model import Document, QuoteKind
from quoteattr.summary import Summary

__all__ = ["DOCUMENT_COLUMNS", "read_inputs", "run_summary", "summary_documents"]


@attrs.frozen
class _Kept:
    """A pre-attributed document carried past :func:`attribute_many` (see
    :func:`summary_documents`): its id, while the document waits in order."""

    id: Any


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
