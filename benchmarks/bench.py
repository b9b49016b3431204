"""Throughput benchmark: characters per second per stage, and peak memory.

Usage:
    python benchmarks/bench.py [CORPUS ...] [--seed-repeat N] [--rounds N]

CORPUS is a JSON-lines file with a "text" field per line (PolNeAR's
train.jsonl works) or plain UTF-8 text files. Without a corpus it measures the
seed article (seeds/nauert_russia_sanctions.txt) as N separate texts (200 by
default); with a corpus, ``--seed-repeat N`` adds that seed section after the
corpus figures, which are printed as before. Figures are printed, never
asserted: this is a measuring tool, not a test.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from nltk.tokenize.punkt import PunktSentenceTokenizer

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


def measure(label: str, texts: list[str], run: Callable[[str], object], rounds: int) -> float:
    """Print and return the best characters per second of ``run`` over ``texts``."""
    chars = sum(map(len, texts))
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            run(text)
        best = min(best, time.perf_counter() - start)
    print(f"{label:34} {chars / best:>12,.0f} chars/s  ({len(texts)} texts, {chars:,} chars)")
    return chars / best


def report(texts: list[str], attributor: Attributor, rounds: int) -> None:
    """Print chars/s for each stage over ``texts``, then the process's peak memory."""
    splitter = attributor._splitter
    measure("segmentation", texts, lambda t: segment(t, splitter), rounds)
    measure(
        "segmentation + quote detection",
        texts,
        lambda t: find_quotes(t, segment(t, splitter).paragraphs),
        rounds,
    )
    measure("quote detection alone", texts, lambda t: find_quotes(t, paragraph_spans(t)), 1)
    # NLTK's Punkt as it comes (no trained parameters), splitting sentences and
    # nothing else: the yardstick for the full pipeline's speed in the same run.
    punkt = PunktSentenceTokenizer()
    split = measure(
        "NLTK Punkt sentences alone", texts, lambda t: list(punkt.span_tokenize(t)), rounds
    )
    full = measure("attribute() (full pipeline)", texts, attributor, rounds)
    print(f"{'attribute() / NLTK Punkt':34} {full / split:>12.2f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{'peak resident memory':34} {peak / 1024:>12,.1f} MiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", help="JSON-lines or text files")
    parser.add_argument(
        "--seed-repeat",
        "--repeat",
        dest="seed_repeat",
        type=int,
        default=None,
        metavar="N",
        help="also measure the seed article as N texts (default without a corpus: 200)",
    )
    parser.add_argument("--rounds", type=int, default=3, help="best of this many rounds")
    args = parser.parse_args(argv)
    if args.seed_repeat is not None and args.seed_repeat < 1:
        parser.error("--seed-repeat must be at least 1")
    attributor = Attributor()
    if args.corpus:
        report(load(args.corpus), attributor, args.rounds)
    if not args.corpus or args.seed_repeat is not None:
        repeat = 200 if args.seed_repeat is None else args.seed_repeat
        seed = (ROOT / "seeds" / "nauert_russia_sanctions.txt").read_text(encoding="utf-8")
        if args.corpus:
            print()
        print(f"seed article x {repeat} ({len(seed):,} chars each)")
        report([seed] * repeat, attributor, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
