"""The command line: ``quoteattr [options] FILE... | -``.

This module owns argument parsing, input reading and output formatting for
people who process files. Inputs are text files (one document each) or
JSON-lines files (``--input-format jsonl``: one ``{"id": ..., "text": ...}``
object per line). Every input gives exactly one output record, written and
flushed as soon as it is ready, in input order: a document, or an error that is
also reported on stderr with the input's name (and line). The other inputs go
on; the exit status is 1 when any input failed, 2 on a usage error.

Layout, for whoever extends it:

- :data:`FORMATS` maps each ``--format`` name to a :class:`Writer` class; a new
  format (one file per document in an ``--output-dir``, say) is a new writer
  and one entry there, plus its option in :func:`_parser`.
- :data:`SUBCOMMANDS` maps a first argument such as ``evaluate`` to a function
  taking the remaining arguments and returning the exit status; anything else
  is the default command, attributing FILEs.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any, BinaryIO, TextIO

import attrs

from quoteattr import __version__
from quoteattr.batch import Failure, Record, Result, attribute_many
from quoteattr.brat import write_brat
from quoteattr.config import Config
from quoteattr.errors import LexiconError
from quoteattr.evaluate import run_evaluate
from quoteattr.explain import explain
from quoteattr.html import to_html
from quoteattr.lexicon import Lexicon
from quoteattr.model import Document
from quoteattr.rows import RECORD_COLUMNS, document_records
from quoteattr.summary_inputs import run_summary

__all__ = [
    "FORMATS",
    "SUBCOMMANDS",
    "BratWriter",
    "CsvWriter",
    "HtmlWriter",
    "JsonLinesWriter",
    "JsonWriter",
    "TextWriter",
    "TsvWriter",
    "Writer",
]
__all__ += ["main", "render_text"]

#: Inputs at or above this count show progress on a terminal without ``--progress``.
AUTO_PROGRESS_INPUTS = 20


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_text(document: Document, name: str = "", show_rules: bool = False) -> str:
    """A readable summary of ``document``: one block per quote.

    Args:
        document: the attributed document.
        name: a heading naming the input; none when empty.
        show_rules: add :func:`~quoteattr.explain`'s account of every rule.

    Returns:
        The summary, without a final newline.
    """
    lines = []
    if name:
        lines.append(f"== {name}: {len(document.quotes)} quotes, {len(document.speakers)} speakers")
    for index, quote in enumerate(document.quotes, 1):
        flags = "" if quote.closed else " (unclosed)"
        lines.append(
            f"{index:3d}. [{quote.kind.name}] {quote.span.start}-{quote.span.end}{flags}"
            f" “{_short(quote.text)}”"
        )
        if quote.speaker is not None:
            role = f" ({quote.speaker.role})" if quote.speaker.role else ""
            mention = (
                "" if quote.mention is None else f" via “{quote.mention.slice(document.text)}”"
            )
            cue = "" if quote.cue is None else f", cue “{quote.cue.slice(document.text)}”"
            lines.append(f"     speaker: {quote.speaker.name}{role}{mention}{cue}")
        else:
            lines.append("     speaker: -")
    if show_rules:
        lines.append("")
        lines.append(explain(document))
    return "\n".join(lines)


# -- inputs -------------------------------------------------------------------


@attrs.frozen
class _Source:
    """Where an input came from: its id and, for messages, its place (``file:line``)."""

    id: Any
    where: str


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


def _os_reason(error: OSError) -> str:
    return error.strerror or str(error)


def _stdin_bytes(stdin: TextIO) -> BinaryIO | None:
    buffer = getattr(stdin, "buffer", None)
    return buffer if buffer is not None else None


def _text_inputs(names: Sequence[str], stdin: TextIO) -> Iterator[object]:
    """One item per name: ``(source, text)`` or a :class:`Failure` saying why not."""
    for name in names:
        source = _Source(name, name)
        try:
            if name == "-":
                buffer = _stdin_bytes(stdin)
                text = _decode(buffer.read()) if buffer is not None else stdin.read()
            else:
                with open(name, "rb") as handle:
                    text = _decode(handle.read())
        except OSError as error:
            yield Failure(source, -1, _os_reason(error))
        except ValueError as error:
            yield Failure(source, -1, str(error))
        else:
            yield (source, text)


def _jsonl_record(where: str, raw: bytes) -> object:
    """One JSON line as ``(source, text)`` or a :class:`Failure` naming ``where``."""
    try:
        line = _decode(raw)
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return Failure(_Source(where, where), -1, f"malformed JSON: {error}")
    except ValueError as error:
        return Failure(_Source(where, where), -1, str(error))
    if not isinstance(data, dict):
        return Failure(
            _Source(where, where), -1, f"expected a JSON object, got {type(data).__name__}"
        )
    ident = data.get("id", where)
    if isinstance(ident, bool) or not isinstance(ident, (str, int)):
        return Failure(_Source(where, where), -1, f'"id" must be a string or an integer: {ident!r}')
    source = _Source(ident, where)
    if "text" not in data:
        return Failure(source, -1, 'no "text" field')
    text = data["text"]
    if not isinstance(text, str):
        return Failure(source, -1, f'"text" must be a string, got {type(text).__name__}')
    return (source, text)


def _jsonl_inputs(names: Sequence[str], stdin: TextIO) -> Iterator[object]:
    """One item per non-blank line of every JSON-lines file, read as it is consumed."""
    for name in names:
        label = "-" if name == "-" else name
        try:
            if name == "-":
                buffer = _stdin_bytes(stdin)
                lines: Any = buffer if buffer is not None else (s.encode("utf-8") for s in stdin)
                handle = None
            else:
                handle = open(name, "rb")  # noqa: SIM115 (closed below, after the lines)
                lines = handle
        except OSError as error:
            yield Failure(_Source(name, name), -1, _os_reason(error))
            continue
        try:
            number = 0
            while True:
                try:
                    raw = next(lines, None)
                except OSError as error:  # e.g. a directory: reading fails, opening does not
                    where = name if number == 0 else f"{label}:{number + 1}"
                    yield Failure(_Source(where, where), -1, _os_reason(error))
                    break
                if raw is None:
                    break
                number += 1
                if raw.strip():
                    yield _jsonl_record(f"{label}:{number}", raw)
        finally:
            if handle is not None:
                handle.close()


# -- outputs ------------------------------------------------------------------


@attrs.frozen
class _Item:
    """One output record as the writers see it: a document or an error."""

    id: Any
    where: str
    document: Document | None = None
    error: str | None = None

    @property
    def message(self) -> str:
        """The error, naming the place when the id does not (a JSON line's ``file:line``)."""
        reason = self.error or ""
        return reason if self.where == str(self.id) else f"{self.where}: {reason}"


class Writer:
    """Writes output records one by one, flushing each, in a format of its own.

    Subclasses implement :meth:`write`; ``options`` is the parsed command line
    (``options.explain`` and any option a new format adds, like an output directory).

    Args:
        out: where records go.
        options: the parsed command line.
    """

    def __init__(self, out: TextIO, options: argparse.Namespace) -> None:
        self.out = out
        self.options = options

    def write(self, item: _Item) -> None:
        """Write one record."""
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output (nothing to do for stream formats)."""

    def _line(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()


class TextWriter(Writer):
    """``--format text``: a readable block per input; ``== NAME: error: ...`` for failures."""

    def write(self, item: _Item) -> None:
        """Write one record."""
        if item.document is None:
            self._line(f"== {item.id}: error: {item.message}")
        else:
            self._line(render_text(item.document, str(item.id), self.options.explain))


class JsonWriter(Writer):
    """``--format json``: per input one JSON document ``{"file": ..., ...}`` on one line."""

    key = "file"

    def write(self, item: _Item) -> None:
        """Write one record."""
        record: dict[str, Any] = {self.key: item.id}
        if item.document is None:
            record["error"] = item.message
        else:
            record.update(item.document.to_dict())
            if self.options.explain:
                record["explanation"] = explain(item.document)
        self._line(json.dumps(record, ensure_ascii=False))


class JsonLinesWriter(JsonWriter):
    """``--format jsonl``: ``{"id": ..., ...document}`` or ``{"id": ..., "error": ...}``."""

    key = "id"


class CsvWriter(Writer):
    """``--format csv``: one row per quote, the columns of :func:`quoteattr.records`.

    One header line first, then each document's rows as soon as it is done,
    with the input's id as ``document_id``; RFC 4180 quoting and line ends
    (``\\r\\n``), UTF-8. An empty field is None; booleans are ``True`` and
    ``False``. An input that failed gives no row (it is reported on stderr).
    """

    delimiter = ","

    def __init__(self, out: TextIO, options: argparse.Namespace) -> None:
        super().__init__(out, options)
        encoding = getattr(out, "encoding", None)
        reconfigure = getattr(out, "reconfigure", None)
        if encoding is not None and encoding.lower().replace("-", "") != "utf8" and reconfigure:
            reconfigure(encoding="utf-8")
        self._rows = csv.writer(out, delimiter=self.delimiter, lineterminator="\r\n")
        self._rows.writerow(RECORD_COLUMNS)
        out.flush()

    def write(self, item: _Item) -> None:
        """Write one document's rows (none for an error)."""
        if item.document is not None:
            self._rows.writerows(row.values() for row in document_records(item.document, item.id))
            self.out.flush()


class TsvWriter(CsvWriter):
    """``--format tsv``: as ``csv``, with tabs between fields (quoted as in ``csv``)."""

    delimiter = "\t"


class _FileWriter(Writer):
    """Writes each document as files in ``--output-dir`` and one line per record to ``out``.

    File stems come from the ids (a path's name without its extension; other
    characters than letters, digits, ``-``, ``_`` and ``.`` become ``_``), made
    unique with ``-2``, ``-3``, ... when two inputs would share one.
    """

    def __init__(self, out: TextIO, options: argparse.Namespace) -> None:
        super().__init__(out, options)
        self.directory = Path(options.output_dir)
        self._used: set[str] = set()

    def _stem(self, identifier: Any) -> str:
        name = str(identifier)
        stem = Path(name).stem if os.sep in name or "." in name else name
        stem = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in stem).strip(".")
        stem = stem or "document"
        unique, number = stem, 1
        while unique in self._used:
            number += 1
            unique = f"{stem}-{number}"
        self._used.add(unique)
        return unique

    def write(self, item: _Item) -> None:
        """Write one record's files and a line naming them (or the error)."""
        if item.document is None:
            self._line(f"== {item.id}: error: {item.message}")
            return
        paths = self._write_files(item.document, self._stem(item.id))
        self._line(f"== {item.id}: " + " ".join(str(path) for path in paths))

    def _write_files(self, document: Document, stem: str) -> tuple[Path, ...]:
        raise NotImplementedError


class BratWriter(_FileWriter):
    """``--format brat``: ``STEM.txt`` and ``STEM.ann`` (brat standoff) per input."""

    def _write_files(self, document: Document, stem: str) -> tuple[Path, ...]:
        return write_brat(document, self.directory, stem)


class HtmlWriter(_FileWriter):
    """``--format html``: a self-contained ``STEM.html`` page per input."""

    def _write_files(self, document: Document, stem: str) -> tuple[Path, ...]:
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"{stem}.html"
        path.write_text(to_html(document, title=stem), encoding="utf-8")
        return (path,)


#: ``--format`` names and their writers.
FORMATS: Mapping[str, type[Writer]] = MappingProxyType(
    {
        "text": TextWriter,
        "json": JsonWriter,
        "jsonl": JsonLinesWriter,
        "csv": CsvWriter,
        "tsv": TsvWriter,
        "brat": BratWriter,
        "html": HtmlWriter,
    }
)
#: Formats that write files into ``--output-dir``.
_FILE_FORMATS = frozenset({"brat", "html"})

#: Input modes: ``--input-format`` names and their readers.
_READERS: Mapping[str, Callable[[Sequence[str], TextIO], Iterator[object]]] = MappingProxyType(
    {"text": _text_inputs, "jsonl": _jsonl_inputs}
)


class _Progress:
    """A carriage-return counter on stderr: records done, failures, documents per second."""

    def __init__(self, stream: TextIO, mode: bool | None, many: bool) -> None:
        isatty = getattr(stream, "isatty", None)
        tty = bool(isatty()) if isatty is not None else False
        self.stream = stream
        self.enabled = mode if mode is not None else (tty and many)
        self.start = time.monotonic()
        self.shown = 0.0
        self.count = 0
        self.failed = 0

    def update(self, ok: bool) -> None:
        self.count += 1
        self.failed += not ok
        now = time.monotonic()
        if self.enabled and now - self.shown >= 0.2:
            self.shown = now
            self._show(now)

    def _show(self, now: float) -> None:
        rate = self.count / max(now - self.start, 1e-9)
        self.stream.write(
            f"\rquoteattr: {self.count} done, {self.failed} failed, {rate:,.1f} docs/s"
        )
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self._show(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


# -- the command --------------------------------------------------------------


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of processes, got {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"expected 0 (every CPU) or more, got {jobs}")
    if jobs == 0:
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # pragma: no cover (not on every platform)
            return max(1, os.cpu_count() or 1)
    return jobs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteattr",
        description="Find quoted speech in English news text and say who said it.",
        epilog="Exit status: 0 all inputs done, 1 an input failed (reported on stderr), "
        "2 a usage error or malformed word lists.",
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="UTF-8 text files (or JSON-lines files with --input-format jsonl); "
        "'-' reads standard input",
    )
    parser.add_argument(
        "--format",
        choices=tuple(FORMATS),
        default="text",
        help="text: a readable summary (default); json: the full document as JSON, "
        "one line per input, keyed by 'file'; jsonl: the same keyed by 'id'; "
        "csv, tsv: one row per quote with the input's id, after one header line; "
        "brat: STEM.txt + STEM.ann per input in --output-dir; html: STEM.html per input "
        "in --output-dir",
    )
    parser.add_argument(
        "--output-dir",
        metavar="DIR",
        help="where --format brat and --format html write their files (created if missing)",
    )
    parser.add_argument(
        "--input-format",
        choices=tuple(_READERS),
        default="text",
        help="text: each FILE is one document (default); jsonl: each line of each FILE is "
        'one {"id": ..., "text": ...} object',
    )
    parser.add_argument(
        "--explain", action="store_true", help="say which rule attributed each quote, and why"
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="attribute in N worker processes (default 1; 0: one per CPU)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress line on stderr (default: when stderr is a terminal "
        f"and there are {AUTO_PROGRESS_INPUTS} or more inputs)",
    )
    parser.add_argument(
        "--lexicons",
        metavar="DIR",
        help="extend the built-in word lists with the NAME.txt files in DIR",
    )
    parser.add_argument("--version", action="version", version=f"quoteattr {__version__}")
    return parser


def _config(directory: str | None, err: TextIO) -> Config | None:
    """The configuration, with ``--lexicons`` if given; None (reported on ``err``) on an error."""
    if directory is None:
        return Config()
    try:
        extra = Lexicon.from_directory(directory)
    except LexiconError as error:
        err.write(f"quoteattr: --lexicons {directory}: {error}\n")
        return None
    except (OSError, UnicodeDecodeError) as error:
        reason = _os_reason(error) if isinstance(error, OSError) else error
        err.write(f"quoteattr: --lexicons {directory}: {reason}\n")
        return None
    return Config(lexicon=Lexicon.default().extended(extra))


def _item(record: Record) -> _Item:
    source = record.id
    if not isinstance(source, _Source):  # not from our readers; never expected
        source = _Source(source, str(source))
    if isinstance(record, Result):
        return _Item(source.id, source.where, document=record.document)
    return _Item(source.id, source.where, error=record.error)


def _attribute(argv: Sequence[str]) -> int:
    """The default command: attribute every input, write one record per input."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.format in _FILE_FORMATS and not args.output_dir:
        parser.error(f"--format {args.format} needs --output-dir DIR")
    out, err = sys.stdout, sys.stderr
    config = _config(args.lexicons, err)
    if config is None:
        return 2
    items = _READERS[args.input_format](args.files, sys.stdin)
    many = args.input_format == "jsonl" or len(args.files) >= AUTO_PROGRESS_INPUTS
    progress = _Progress(err, args.progress, many)
    writer = FORMATS[args.format](out, args)
    records = attribute_many(items, config=config, processes=args.jobs)
    status = 0
    try:
        for record in records:
            item = _item(record)
            if item.error is not None:
                status = 1
                if progress.enabled:
                    err.write("\n")
                err.write(f"quoteattr: {item.where}: {item.error}\n")
                err.flush()
            writer.write(item)
            progress.update(item.error is None)
        writer.close()
    except BrokenPipeError:  # the reader went away (`quoteattr ... | head`)
        records.close()
        _silence_stdout()
        return 1
    finally:
        progress.finish()
    return status


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the exit flush does not fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (a test's capture)
        pass


def _evaluate(argv: Sequence[str]) -> int:
    """``quoteattr evaluate GOLD_DIR``: score quoteattr against brat gold annotations."""
    parser = argparse.ArgumentParser(
        prog="quoteattr evaluate",
        description="Compare quoteattr with brat standoff gold (X.txt + X.ann pairs with "
        "Source/Cue/Content attributions) and print quote detection and speaker "
        "precision, recall and F1.",
        epilog="Exit status: 0 every file evaluated, 1 some files left out (listed), "
        "2 no usable gold, a usage error or malformed word lists.",
    )
    parser.add_argument("gold_dir", metavar="GOLD_DIR", help="directory of .txt + .ann pairs")
    parser.add_argument(
        "--lexicons",
        metavar="DIR",
        help="extend the built-in word lists with the NAME.txt files in DIR",
    )
    args = parser.parse_args(argv)
    config = _config(args.lexicons, sys.stderr)
    if config is None:
        return 2
    return run_evaluate(args.gold_dir, sys.stdout, config)


def _summary(argv: Sequence[str]) -> int:
    """``quoteattr summary INPUT... --output report.html``: one page about a corpus."""
    parser = argparse.ArgumentParser(
        prog="quoteattr summary",
        description="Count quotes, speakers, roles and affiliations over many documents and "
        "write one self-contained HTML page of tables and charts. Inputs are texts, JSON "
        'lines of {"id", "text"} objects, or the JSON / JSON lines quoteattr wrote '
        "(--format json or jsonl), which are not attributed again.",
        epilog="Exit status: 0 every input summarized, 1 an input failed (reported on stderr "
        "and on the page), 2 a usage error or malformed word lists.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files: .jsonl, .ndjson and .json (optionally .gz) are read as JSON, anything "
        "else as one UTF-8 text; '-' reads standard input",
    )
    parser.add_argument(
        "--output", "-o", metavar="FILE", default="-", help="the page (default: standard output)"
    )
    parser.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="auto: by file extension (default); text: every input is one text; "
        "jsonl: every input is JSON lines",
    )
    parser.add_argument("--title", default="Quotes in a corpus", help="the page's heading")
    parser.add_argument(
        "--top", type=_count, default=20, metavar="N", help="rows per most-frequent table (20)"
    )
    parser.add_argument(
        "--documents",
        type=_count,
        default=1000,
        metavar="N",
        help="documents listed in the per-document table: the first N (default 1000)",
    )
    parser.add_argument(
        "--documents-csv",
        metavar="FILE",
        help="also write every document's counts to FILE as CSV, one row per document",
    )
    parser.add_argument(
        "--jobs", "-j", type=_jobs, default=1, metavar="N", help="worker processes (0: per CPU)"
    )
    parser.add_argument(
        "--lexicons",
        metavar="DIR",
        help="extend the built-in word lists with the NAME.txt files in DIR",
    )
    args = parser.parse_args(argv)
    if args.top < 1:
        parser.error("--top must be 1 or more")
    config = _config(args.lexicons, sys.stderr)
    if config is None:
        return 2
    return run_summary(args, config, sys.stdin, sys.stdout, sys.stderr)


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {number}")
    return number


#: Subcommands by their first argument; each takes the remaining arguments and
#: returns the exit status. Any other first argument runs the default command.
SUBCOMMANDS: Mapping[str, Callable[[Sequence[str]], int]] = MappingProxyType(
    {"evaluate": _evaluate, "summary": _summary}
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: the arguments after the program name; ``sys.argv[1:]`` when None.

    Returns:
        The exit status: 0 every input done, 1 an input failed, 2 a usage error
        or malformed word lists (argparse exits with 2 itself on bad options).
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        return SUBCOMMANDS[args[0]](args[1:])
    return _attribute(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
