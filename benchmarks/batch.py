"""Batch throughput: characters per second with 1 and 2 processes, and the speed-up.

Usage:
    python benchmarks/batch.py [CORPUS.jsonl] [--repeat N] [--rounds R] [--processes 1 2]

CORPUS is a JSON-lines file with a "text" field per line (PolNeAR's
train.jsonl works). Without one it uses the seed article repeated. Each
setting runs R rounds and the best (fastest) round is reported, since other
work on the machine only ever slows a round down; rounds of the settings are
interleaved so that each setting meets the same background load. Each round
also prints the CPU seconds used by this process and by its workers. Figures
are printed, never asserted: this is a measuring tool, not a test.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from quoteattr.batch import attribute_many

ROOT = Path(__file__).resolve().parent.parent


def load(path: str) -> list[str]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def cpu_seconds() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def one_round(texts: list[str], processes: int) -> float:
    """Seconds for one pass; prints the wall time and CPU time of the round."""
    own0, children0 = cpu_seconds()
    start = time.perf_counter()
    count = sum(1 for _ in attribute_many(texts, processes=processes))
    elapsed = time.perf_counter() - start
    own1, children1 = cpu_seconds()
    if count != len(texts):
        raise RuntimeError(f"expected {len(texts)} records, got {count}")
    print(
        f"  processes={processes}: {elapsed:6.2f} s wall, CPU {own1 - own0:5.2f} s here"
        f" + {children1 - children0:5.2f} s in workers"
    )
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", help="a JSON-lines file with a 'text' field")
    parser.add_argument("--repeat", type=int, default=400, help="seed copies without a corpus")
    parser.add_argument("--rounds", type=int, default=5, help="best of this many rounds")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args(argv)
    if args.corpus:
        texts = load(args.corpus)
    else:
        seed = (ROOT / "seeds" / "nauert_russia_sanctions.txt").read_text(encoding="utf-8")
        texts = [seed] * args.repeat
    print(f"{len(texts)} texts, {sum(map(len, texts)):,} chars, best of {args.rounds} rounds")
    chars = sum(map(len, texts))
    best = {processes: float("inf") for processes in args.processes}
    for _ in range(args.rounds):
        for processes in args.processes:
            best[processes] = min(best[processes], one_round(texts, processes))
    rates = {processes: chars / seconds for processes, seconds in best.items()}
    for processes, rate in rates.items():
        print(f"processes={processes:<3} {rate:>12,.0f} chars/s (best round)")
    first = args.processes[0]
    for processes in args.processes[1:]:
        print(f"speed-up {processes} vs {first}: {rates[processes] / rates[first]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
