"""The command line: ``quoteattr [options] FILE... | -``.

This module owns argument parsing, input reading and output formatting for
people who process files. Inputs are text files (one document each) or
JSON-lines files (one ``{"id": ..., "text": ...}`` object per line; a name
ending in ``.jsonl`` or ``.jsonl.gz`` is one, or say so with ``--input-format
jsonl``); gzip-compressed inputs are read as such whatever their name. Every
input gives exactly one output record, written and flushed as soon as it is
ready, in input order: a document, or an error that is also reported on stderr
with the input's name (and line). The other inputs go on; the exit status is 1
when any input failed, 2 on a usage error.

Layout, for whoever extends it:

- :data:`FORMATS` maps each ``--format`` name to a :class:`Writer` class; a new
  format is a new writer (with its ``help``) and one entry there. The
  ``--format`` help is built from the writers' ``help``.
- :data:`EXAMPLES` is the ``--help`` epilog: one example per common task.
- :data:`SUBCOMMANDS` maps a first argument such as ``evaluate`` to a function
  taking the remaining arguments and returning the exit status; anything else
  is the default command, attributing FILEs.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gzip
import io
import json
import os
import sys
import time
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any, BinaryIO, ClassVar, TextIO

import attrs

from quoteattr import __version__
from quoteattr.batch import Failure, Record, Result, attribute_many
from quoteattr.brat import to_brat, write_brat
from quoteattr.config import Config
from quoteattr.errors import LexiconError
from quoteattr.evaluate import run_evaluate
from quoteattr.explain import explain
from quoteattr.html import to_html
from quoteattr.lexicon import Lexicon
from quoteattr.model import Document, QuoteKind
from quoteattr.rows import RECORD_COLUMNS, document_records
from quoteattr.summary_inputs import run_summary

__all__ = [
    "EXAMPLES",
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
        reported = sum(1 for quote in document.quotes if quote.kind is QuoteKind.INDIRECT)
        counts = f"{len(document.quotes) - reported} quotes"
        if reported:
            counts += f", {reported} reported without quotation marks"
        lines.append(f"== {name}: {counts}, {len(document.speakers)} speakers")
    for index, quote in enumerate(document.quotes, 1):
        head = f"{index:3d}. [{quote.kind.name}] {quote.span.start}-{quote.span.end}"
        if quote.kind is QuoteKind.INDIRECT:
            lines.append(f"{head} {_short(quote.text)}")  # reported speech: no marks
        else:
            flags = "" if quote.closed else " (unclosed)"
            lines.append(f"{head}{flags} “{_short(quote.text)}”")
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


#: The first bytes of every gzip stream.
_GZIP_MAGIC = b"\x1f\x8b"
#: Input names read as JSON lines by default (after a ``.gz``, if any).
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: What reading a broken gzip stream raises, besides OSError (gzip.BadGzipFile).
_GZIP_ERRORS = (EOFError, zlib.error)


def _gzip_reason(error: BaseException) -> str:
    if isinstance(error, OSError) and not isinstance(error, gzip.BadGzipFile):
        return _os_reason(error)
    return f"not a valid gzip file: {error}"


def _open_input(name: str, stdin: TextIO, stack: contextlib.ExitStack) -> BinaryIO | None:
    """The bytes of input ``name``, decompressed when they are gzip; None: stdin has no bytes.

    Gzip is recognized by its first bytes, whatever the name (they are never
    the start of UTF-8 text).
    """
    raw: Any
    if name == "-":
        raw = _stdin_bytes(stdin)
        if raw is None:
            return None
    else:
        raw = stack.enter_context(open(name, "rb"))  # noqa: SIM115
    if not hasattr(raw, "peek"):
        raw = io.BufferedReader(raw)
    if raw.peek(2)[:2] == _GZIP_MAGIC:
        return stack.enter_context(gzip.GzipFile(fileobj=raw, mode="rb"))  # type: ignore[return-value]
    return raw  # type: ignore[no-any-return]


def _text_input(name: str, stdin: TextIO) -> Iterator[object]:
    """One item for the text file ``name``: ``(source, text)`` or a :class:`Failure`."""
    source = _Source(name, name)
    try:
        with contextlib.ExitStack() as stack:
            handle = _open_input(name, stdin, stack)
            text = _decode(handle.read()) if handle is not None else stdin.read()
    except (OSError, *_GZIP_ERRORS) as error:
        yield Failure(source, -1, _gzip_reason(error))
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


def _jsonl_input(name: str, stdin: TextIO) -> Iterator[object]:
    """One item per non-blank line of the JSON-lines file ``name``, read as it is consumed."""
    with contextlib.ExitStack() as stack:
        try:
            handle = _open_input(name, stdin, stack)
        except (OSError, *_GZIP_ERRORS) as error:
            yield Failure(_Source(name, name), -1, _gzip_reason(error))
            return
        lines: Any = handle if handle is not None else (s.encode("utf-8") for s in stdin)
        number = 0
        while True:
            try:
                raw = next(lines, None)
            except (OSError, *_GZIP_ERRORS) as error:  # a directory; a broken gzip stream
                where = name if number == 0 else f"{name}:{number + 1}"
                yield Failure(_Source(where, where), -1, _gzip_reason(error))
                break
            if raw is None:
                break
            number += 1
            if raw.strip():
                yield _jsonl_record(f"{name}:{number}", raw)


def _input_format(name: str, requested: str) -> str:
    """``text`` or ``jsonl`` for input ``name``: as requested, or by its name under ``auto``."""
    if requested != "auto":
        return requested
    stem = name.lower().removesuffix(".gz")
    return "jsonl" if stem.endswith(_JSONL_SUFFIXES) else "text"


def _inputs(names: Sequence[str], stdin: TextIO, requested: str) -> Iterator[object]:
    """Every input item of every name, each read as its format says."""
    for name in names:
        yield from _READERS[_input_format(name, requested)](name, stdin)


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

    Subclasses implement :meth:`write` and say what they write in ``help`` (it
    goes into ``--help``); ``options`` is the parsed command line
    (``options.explain`` and any option a new format adds, like an output directory).

    Args:
        out: where records go (standard output, or the ``--output`` file).
        options: the parsed command line.
    """

    #: What this format writes, for ``--help``.
    help: ClassVar[str] = ""
    #: Without ``--output-dir``, the format writes one document's content to the
    #: output, so it takes one text input only.
    single_document: ClassVar[bool] = False

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

    help = "a readable summary (the default)"

    def write(self, item: _Item) -> None:
        """Write one record."""
        if item.document is None:
            self._line(f"== {item.id}: error: {item.message}")
        else:
            self._line(render_text(item.document, str(item.id), self.options.explain))


class JsonWriter(Writer):
    """``--format json``: per input one JSON document ``{"file": ..., ...}`` on one line."""

    help = "the full document as JSON, one line per input, keyed by 'file'"
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

    help = "the same, keyed by 'id'"
    key = "id"


class CsvWriter(Writer):
    """``--format csv``: one row per quote, the columns of :func:`quoteattr.records`.

    One header line first, then each document's rows as soon as it is done,
    with the input's id as ``document_id``; RFC 4180 quoting and line ends
    (``\\r\\n``), UTF-8. An empty field is None; booleans are ``True`` and
    ``False``. An input that failed gives no row (it is reported on stderr).
    """

    help = "one row per quote with the input's id, after one header line"
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

    help = "as csv, with tabs between fields"
    delimiter = "\t"


class _FileWriter(Writer):
    """One document's content to the output, or files per document in ``--output-dir``.

    Without ``--output-dir`` the one input's content (a page, annotations) is
    the whole output; a failed input writes nothing there (the error goes to
    stderr). With it, each document becomes files in that directory and each
    record one line ``== ID: PATHS`` (or ``== ID: error: ...``) on the output.
    File stems come from the ids (a path's name without its extension; other
    characters than letters, digits, ``-``, ``_`` and ``.`` become ``_``), made
    unique with ``-2``, ``-3``, ... when two inputs would share one.
    """

    single_document = True

    def __init__(self, out: TextIO, options: argparse.Namespace) -> None:
        super().__init__(out, options)
        directory = options.output_dir
        self.directory = Path(directory) if directory else None
        self._used: set[str] = set()

    def _stem(self, identifier: Any) -> str:
        name = str(identifier)
        stem = Path(name).stem if os.sep in name or "." in name else name
        if stem.lower().endswith((".txt", ".jsonl")) and name.lower().endswith(".gz"):
            stem = Path(stem).stem  # story.txt.gz -> story
        stem = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in stem).strip(".")
        stem = stem or "document"
        unique, number = stem, 1
        while unique in self._used:
            number += 1
            unique = f"{stem}-{number}"
        self._used.add(unique)
        return unique

    def write(self, item: _Item) -> None:
        """Write one record's content, or its files and a line naming them (or the error)."""
        if self.directory is None:
            if item.document is not None:
                self.out.write(self._content(item.document, self._stem(item.id)))
                self.out.flush()
            return
        if item.document is None:
            self._line(f"== {item.id}: error: {item.message}")
            return
        paths = self._write_files(item.document, self._stem(item.id))
        self._line(f"== {item.id}: " + " ".join(str(path) for path in paths))

    def _content(self, document: Document, stem: str) -> str:
        raise NotImplementedError

    def _write_files(self, document: Document, stem: str) -> tuple[Path, ...]:
        raise NotImplementedError


class BratWriter(_FileWriter):
    """``--format brat``: the ``.ann`` (brat standoff) of one input, or per input in a directory.

    In ``--output-dir``: ``STEM.txt`` (the text) and ``STEM.ann`` per input.
    """

    help = (
        "brat standoff annotations (.ann) of one input; with --output-dir, "
        "STEM.txt + STEM.ann per input"
    )

    def _content(self, document: Document, stem: str) -> str:
        return to_brat(document)

    def _write_files(self, document: Document, stem: str) -> tuple[Path, ...]:
        return write_brat(document, self.directory or Path(), stem)


class HtmlWriter(_FileWriter):
    """``--format html``: a self-contained page of one input, or ``STEM.html`` per input."""

    help = "a self-contained HTML page of one input; with --output-dir, STEM.html per input"

    def _content(self, document: Document, stem: str) -> str:
        return to_html(document, title=stem)

    def _write_files(self, document: Document, stem: str) -> tuple[Path, ...]:
        directory = self.directory or Path()
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"{stem}.html"
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

#: Input formats: ``--input-format`` names and the reader of one input name.
_READERS: Mapping[str, Callable[[str, TextIO], Iterator[object]]] = MappingProxyType(
    {"text": _text_input, "jsonl": _jsonl_input}
)

#: The ``--help`` epilog: one example per common task.
EXAMPLES = """\
examples:
  quoteattr article.txt                        a readable summary of one text
  quoteattr --explain article.txt              ... and which rule decided each quote
  cat article.txt | quoteattr -                read standard input
  quoteattr --format json article.txt          the whole document as JSON
  quoteattr --format html article.txt > article.html
                                               a page with every quote highlighted
  quoteattr --format brat article.txt > article.ann
                                               brat standoff annotations
  quoteattr --format html --output-dir pages/ texts/*.txt
                                               one page per file
  quoteattr --format jsonl -j 0 texts/*.txt > out.jsonl
                                               many files, one process per CPU
  quoteattr --format jsonl corpus.jsonl.gz -o out.jsonl.gz
                                               a corpus of {"id", "text"} JSON lines,
                                               gzip in and out
  quoteattr --format csv corpus.jsonl > quotes.csv
                                               one row per quote, for a spreadsheet
  quoteattr --format jsonl --max-chars 2000000 --time-limit 60 crawl.jsonl > out.jsonl
                                               a web crawl: an error record for any
                                               page too long or too slow, and go on
  quoteattr --lexicons my-lists/ article.txt   add your own word lists
  quoteattr summary corpus.jsonl --output report.html
                                               one page of tables and charts about a corpus
  quoteattr evaluate GOLD_DIR                  score against brat gold annotations
"""


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


def _positive(kind: Callable[[str], Any], what: str) -> Callable[[str], Any]:
    def parse(value: str) -> Any:
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {what}, got {value!r}") from None
        if not number > 0:
            raise argparse.ArgumentTypeError(f"expected {what} above 0, got {value!r}")
        return number

    return parse


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteattr",
        description="Find quoted speech in English news text and say who said it.",
        epilog=EXAMPLES
        + "\nexit status: 0 all inputs done, 1 an input failed (reported on stderr), "
        "2 a usage error or malformed word lists.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="UTF-8 text files, or JSON-lines files (names ending in .jsonl or .jsonl.gz); "
        "gzip-compressed files are read as such; '-' reads standard input",
    )
    parser.add_argument(
        "--format",
        choices=tuple(FORMATS),
        default="text",
        help="; ".join(f"{name}: {writer.help}" for name, writer in FORMATS.items()),
    )
    parser.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write the output to FILE instead of standard output (gzip-compressed "
        "when FILE ends in .gz)",
    )
    parser.add_argument(
        "--output-dir",
        metavar="DIR",
        help="where --format brat and --format html write their files, one set per input "
        "(created if missing)",
    )
    parser.add_argument(
        "--input-format",
        choices=("auto", *_READERS),
        default="auto",
        help="auto: a FILE whose name ends in .jsonl or .jsonl.gz is JSON lines, any other "
        "is text (default); text: each FILE is one document; jsonl: each line of each "
        'FILE is one {"id": ..., "text": ...} object',
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
        "--max-chars",
        type=_positive(int, "a number of characters"),
        metavar="N",
        help="a document longer than N characters is not attributed: it gets an error "
        "record naming the limit (default: no limit)",
    )
    parser.add_argument(
        "--time-limit",
        type=_positive(float, "a number of seconds"),
        metavar="SECONDS",
        help="a document that takes longer is stopped and gets an error record naming "
        "the limit (default: no limit); runs in worker processes",
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


def _check_single(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """A format that writes one document's content needs one text input (or --output-dir)."""
    if not FORMATS[args.format].single_document or args.output_dir:
        return
    if len(args.files) > 1:
        parser.error(
            f"--format {args.format} writes one document to the output; "
            f"for {len(args.files)} inputs give --output-dir DIR"
        )
    if _input_format(args.files[0], args.input_format) == "jsonl":
        parser.error(
            f"--format {args.format} writes one document to the output; "
            "for JSON-lines input give --output-dir DIR"
        )


def _open_output(path: str) -> TextIO:
    """The ``--output`` file for writing text, gzip-compressed when its name ends in ``.gz``."""
    if path.lower().endswith(".gz"):
        return gzip.open(path, "wt", encoding="utf-8", newline="")
    return open(path, "w", encoding="utf-8", newline="")


def _utf8(stream: TextIO) -> TextIO:
    """Standard output as UTF-8 (formats like brat require it), whatever the locale."""
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    if encoding != "utf-8" and isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8")
    return stream


def _attribute(argv: Sequence[str]) -> int:
    """The default command: attribute every input, write one record per input."""
    parser = _parser()
    args = parser.parse_args(argv)
    _check_single(parser, args)
    err = sys.stderr
    config = _config(args.lexicons, err)
    if config is None:
        return 2
    with contextlib.ExitStack() as stack:
        if args.output:
            try:
                out = stack.enter_context(_open_output(args.output))
            except OSError as error:
                err.write(f"quoteattr: --output {args.output}: {_os_reason(error)}\n")
                return 2
        else:
            out = _utf8(sys.stdout)
        return _run(args, config, out, err)
    return 2  # pragma: no cover (mypy: ExitStack may swallow exceptions)


def _run(args: argparse.Namespace, config: Config, out: TextIO, err: TextIO) -> int:
    """Attribute the inputs of ``args`` and write their records to ``out``."""
    items = _inputs(args.files, sys.stdin, args.input_format)
    many = len(args.files) >= AUTO_PROGRESS_INPUTS or any(
        _input_format(name, args.input_format) == "jsonl" for name in args.files
    )
    progress = _Progress(err, args.progress, many)
    writer = FORMATS[args.format](out, args)
    records = attribute_many(
        items,
        config=config,
        processes=args.jobs,
        max_chars=args.max_chars,
        time_limit=args.time_limit,
    )
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
