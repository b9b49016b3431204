"""The command line: ``quoteattr FILE... | -``.

This module owns argument parsing and output formatting for people who process
files. It reads each input as UTF-8 text, attributes it, and prints a readable
summary (``--format text``, the default) or the full document as JSON
(``--format json``). An input that cannot be read is reported on stderr with
its name; the other inputs are still processed and the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from quoteattr import __version__
from quoteattr.explain import explain
from quoteattr.model import Document
from quoteattr.pipeline import Attributor

__all__ = ["main", "render_text"]


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_text(document: Document, name: str = "", show_rules: bool = False) -> str:
    """A readable summary of ``document``: one block per quote."""
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteattr",
        description="Find quoted speech in English news text and say who said it.",
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="UTF-8 text files to read; '-' reads standard input",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: a readable summary (default); json: the full document",
    )
    parser.add_argument(
        "--explain", action="store_true", help="say which rule attributed each quote, and why"
    )
    parser.add_argument("--version", action="version", version=f"quoteattr {__version__}")
    return parser


def _read(name: str, stdin: TextIO) -> str:
    if name == "-":
        return stdin.read()
    with open(name, encoding="utf-8") as handle:
        return handle.read()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 an input failed)."""
    args = _parser().parse_args(argv)
    attributor = Attributor()
    status = 0
    out = sys.stdout
    for name in args.files:
        try:
            text = _read(name, sys.stdin)
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            print(f"quoteattr: {name}: {reason}", file=sys.stderr)
            status = 1
            continue
        document = attributor(text)
        if args.format == "json":
            record = {"file": name, **document.to_dict()}
            if args.explain:
                record["explanation"] = explain(document)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            out.write(render_text(document, name, args.explain) + "\n")
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
