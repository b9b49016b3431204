"""Command-line output formats compared: wall time of ``--format csv`` (and ``tsv``)
against ``--format jsonl`` on the same JSON-lines batch, and the summary's memory.

Usage:
    python benchmarks/formats.py CORPUS.jsonl [--rounds N] [--formats jsonl,csv,tsv]
    python benchmarks/formats.py --summary-documents N [--rounds 1]

CORPUS is a JSON-lines file; each line's "text" is attributed and its "id" (or
"doc_id", or the line number) is its id. The batch is copied to a temporary
{"id", "text"} file, then each round runs ``python -m quoteattr --input-format
jsonl --format F`` once per format, in turn (so that a change in the machine's
load hits every format alike), writing to /dev/null. The best and the median
wall time and CPU time (user + system, less sensitive to other processes on
the machine) per format are printed, with each format's best relative to jsonl's;
then the writers alone (the batch attributed once, in this process, then
written in each format to memory), which is the part the formats differ in.

``--summary-documents N`` instead runs ``quoteattr summary`` on N synthetic
short documents (a quote or two each, thousands of distinct speakers) and
prints its wall time and peak memory (maximum resident set size), next to the
same for a tenth of N: memory that stays flat while N grows tenfold is bounded.

Figures are printed, never asserted: this is a measuring tool, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _batch(corpus: str, folder: Path) -> Path:
    path = folder / "batch.jsonl"
    with open(corpus, encoding="utf-8") as source, path.open("w", encoding="utf-8") as out:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            data = json.loads(line)
            ident = data.get("id", data.get("doc_id", number))
            out.write(json.dumps({"id": ident, "text": data["text"]}, ensure_ascii=False) + "\n")
    return path


def _run(arguments: list[str]) -> tuple[float, int, float]:
    """Wall seconds, peak RSS (KiB) and CPU seconds (user + system) of
    ``python -m quoteattr ARGUMENTS``, its output sent to /dev/null."""
    start = time.perf_counter()
    with open(os.devnull, "w") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "quoteattr", *arguments], stdout=sink, cwd=ROOT
        )
        _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"quoteattr {' '.join(arguments)} failed")
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def compare_formats(corpus: str, rounds: int, formats: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        batch = _batch(corpus, Path(folder))
        documents = sum(1 for _ in batch.open(encoding="utf-8"))
        characters = sum(len(json.loads(line)["text"]) for line in batch.open(encoding="utf-8"))
        print(f"batch: {documents} documents, {characters:,} characters; {rounds} rounds")
        times: dict[str, list[float]] = {name: [] for name in formats}
        cpu: dict[str, list[float]] = {name: [] for name in formats}
        for _ in range(rounds):
            for name in formats:
                elapsed, _, seconds = _run(
                    ["--input-format", "jsonl", "--format", name, str(batch)]
                )
                times[name].append(elapsed)
                cpu[name].append(seconds)
        for label, figures in (("wall", times), ("cpu", cpu)):
            reference = min(figures["jsonl"]) if "jsonl" in figures else None
            for name in formats:
                best, median = min(figures[name]), statistics.median(figures[name])
                relative = (
                    "" if reference is None else f"  best vs jsonl: {best / reference - 1:+.1%}"
                )
                print(
                    f"--format {name:6s} {label:4s} best {best:6.2f} s  median {median:6.2f} s"
                    f"{relative}"
                )


def writers_only(corpus: str, rounds: int, formats: list[str]) -> None:
    """The writers alone: the batch attributed once, then written in each format."""
    import argparse as _argparse
    import io

    from quoteattr import attribute
    from quoteattr.cli import FORMATS, _Item

    items = []
    with open(corpus, encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            if line.strip():
                data = json.loads(line)
                ident = data.get("id", data.get("doc_id", number))
                items.append(_Item(ident, str(ident), document=attribute(data["text"])))
    options = _argparse.Namespace(explain=False)
    for name in formats:
        best = float("inf")
        for _ in range(rounds):
            out = io.StringIO()
            start = time.perf_counter()
            writer = FORMATS[name](out, options)
            for item in items:
                writer.write(item)
            writer.close()
            best = min(best, time.perf_counter() - start)
        size = len(out.getvalue().encode("utf-8"))
        print(
            f"writer {name:6s} alone: best {best:6.3f} s for {len(items)} documents, "
            f"{size / 1e6:.1f} MB written"
        )


def _synthetic(path: Path, count: int) -> None:
    first = ["Ann", "Tom", "Maria", "Kwame", "Li", "Dee", "Omar", "Ines", "Raj", "Eva"]
    last = ["Lee", "Birch", "Ortiz", "Mensah", "Wei", "Fox", "Haddad", "Sousa", "Rao", "Berg"]
    roles = ["spokeswoman", "senator", "professor", "minister", "mayor", "analyst"]
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            name = f"{first[number % 10]} {last[(number // 10) % 10]}{number % 997 or ''}"
            role = roles[number % len(roles)]
            text = (
                f"“We will decide on item {number},” {role} {name} said on Monday. "
                f"“It is not over,” {name.split()[0]} added."
            )
            out.write(json.dumps({"id": f"doc-{number}", "text": text}) + "\n")


def summary_memory(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for size in (max(1, count // 10), count):
            path = Path(folder) / f"synthetic-{size}.jsonl"
            _synthetic(path, size)
            report = Path(folder) / "report.html"
            elapsed, peak, _ = _run(["summary", str(path), "--output", str(report)])
            print(
                f"summary of {size:,} documents: {elapsed:.1f} s, peak RSS {peak / 1024:.0f} MiB, "
                f"page {report.stat().st_size / 1024:.0f} KiB"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", help="a JSON-lines file with a 'text' per line")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--formats", default="jsonl,csv,tsv")
    parser.add_argument("--summary-documents", type=int, metavar="N")
    args = parser.parse_args()
    if args.summary_documents:
        summary_memory(args.summary_documents)
    if args.corpus:
        compare_formats(args.corpus, args.rounds, args.formats.split(","))
        writers_only(args.corpus, args.rounds, args.formats.split(","))
    if not args.corpus and not args.summary_documents:
        parser.error("give a CORPUS or --summary-documents N")


if __name__ == "__main__":
    main()
