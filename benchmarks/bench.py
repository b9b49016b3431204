"""Throughput benchmark: characters per second per stage, and peak memory.

Usage:
    python benchmarks/bench.py [CORPUS ...] [--repeat N]

CORPUS is a JSON-lines file with a "text" field per line (PolNeAR's
train.jsonl works) or plain UTF-8 text files. Without a corpus it uses the
seed article repeated. Figures are printed, never asserted: this is a
measuring tool, not a test.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from quoteattr import Attributor
from quoteattr.quotes import find_quotes
from quoteattr.segment import paragraph_spans, segment

ROOT = Path(__file__).resolve().parent.parent


def load(paths: list[str]) -> list[str]:
    texts: list[str] = []
    for name in paths:
        path = Path(name)
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as handle:
                texts.extend(json.loads(line)["text"] for line in handle if line.strip())
        else:
            texts.append(path.read_text(encoding="utf-8"))
    return texts


def measure(label: str, texts: list[str], run: Callable[[str], object], rounds: int) -> None:
    chars = sum(map(len, texts))
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            run(text)
        best = min(best, time.perf_counter() - start)
    print(f"{label:34} {chars / best:>12,.0f} chars/s  ({len(texts)} texts, {chars:,} chars)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", help="JSON-lines or text files")
    parser.add_argument("--repeat", type=int, default=200, help="seed copies without a corpus")
    parser.add_argument("--rounds", type=int, default=3, help="best of this many rounds")
    args = parser.parse_args(argv)
    if args.corpus:
        texts = load(args.corpus)
    else:
        seed = (ROOT / "seeds" / "nauert_russia_sanctions.txt").read_text(encoding="utf-8")
        texts = [seed] * args.repeat
    attributor = Attributor()
    splitter = attributor._splitter

    measure("segmentation", texts, lambda t: segment(t, splitter), args.rounds)
    measure(
        "segmentation + quote detection",
        texts,
        lambda t: find_quotes(t, segment(t, splitter).paragraphs),
        args.rounds,
    )
    measure("quote detection alone", texts, lambda t: find_quotes(t, paragraph_spans(t)), 1)
    measure("attribute() (full pipeline)", texts, attributor, args.rounds)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{'peak resident memory':34} {peak / 1024:>12,.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
