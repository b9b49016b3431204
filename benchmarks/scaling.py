"""Scaling benchmark: does attribute() take time proportional to the text's length?

Usage:
    python benchmarks/scaling.py [CORPUS.jsonl] [--sizes 1,2,4,8,16] [--only NAME]
                                 [--base-chars N] [--profile NAME]

Each material is built at 1x, 2x, 4x, 8x and 16x of a base size and attributed
(best of a few rounds); the table gives the time per character at each size and
the max/min ratio of those times. Linear work gives a flat row: the target is every
size within +-30% of the row's median. Materials:

* the seed article (seeds/nauert_russia_sanctions.txt) repeated as paragraphs;
* a corpus, when a JSON-lines path with a "text" field is given: its texts joined
  as paragraphs, the first --base-chars characters (at a paragraph end) being 1x;
* adversarial inputs: a paragraph with no punctuation, runs of quotation marks,
  quotes nested deeper and deeper, nothing but apostrophes, many one-line
  paragraphs, one huge quote, and others.

``--profile NAME`` runs cProfile on the largest size of that material and prints
the functions with the most time. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import quoteattr

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "nauert_russia_sanctions.txt"
TOLERANCE = 0.30
MIN_SECONDS = 0.3  # repeat small sizes until a round takes at least this long


def _nested(depth: int) -> str:
    opens, closes = "“‘«‹„「『", "”’»›“」』"
    head = "".join(f"{opens[i % 7]}level {i} " for i in range(depth))
    tail = "".join(closes[i % 7] for i in reversed(range(depth)))
    return head + "core" + tail + " she said."


def materials(corpus: str | None, base_chars: int) -> dict[str, Callable[[int], str]]:
    """Name -> function building the material at a multiple of its base size."""
    seed = SEED.read_text(encoding="utf-8").strip()
    found: dict[str, Callable[[int], str]] = {
        "seed article": lambda k: "\n\n".join([seed] * k),
    }
    if corpus is not None:
        base = _corpus_base(corpus, base_chars)
        found["corpus"] = lambda k: "\n\n".join([base] * k)
    found.update(
        {
            "unpunctuated paragraph": lambda k: "word " * (12_500 * k),  # 1 MB at 16x
            "quotation marks “": lambda k: "“" * (6_250 * k),
            'quotation marks "': lambda k: '"' * (6_250 * k),
            "quoted words “a ": lambda k: "“a " * (2_000 * k),
            'quoted words "a ': lambda k: '"a ' * (2_000 * k),
            "nested quotes": lambda k: _nested(100 * k),
            "apostrophes '": lambda k: "'" * (12_500 * k),
            "don’t words": lambda k: "don’t " * (4_000 * k),
            "one-line quote paragraphs": lambda k: "“Yes,” Smith said.\n" * (250 * k),
            "one-line plain paragraphs": lambda k: "Smith said.\n" * (1_000 * k),
            "one huge quote": lambda k: "“" + "word " * (12_500 * k) + "” she said.",
            "names, no punctuation": lambda k: "John Smith " * (2_000 * k),
            "sentences of periods": lambda k: ". " * (5_000 * k),
            # Short capitalized words with a period, split from it one by one,
            # and party tags whose period joins them: no paragraph breaks.
            "abbreviation-like words": lambda k: "Ab. Cd R-Ky. " * (800 * k),
        }
    )
    return found


def _corpus_base(path: str, base_chars: int) -> str:
    parts: list[str] = []
    size = 0
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            text = json.loads(line)["text"]
            parts.append(text)
            size += len(text) + 2
            if size >= base_chars:
                break
    return "\n\n".join(parts)


def seconds_per_char(text: str, rounds: int) -> float:
    """Best CPU time per character over ``rounds`` rounds (small texts repeat in a round).

    CPU time of this process (not wall-clock time), so other load on the machine
    disturbs the figures less.
    """
    start = time.process_time()
    quoteattr.attribute(text)
    once = time.process_time() - start
    repeat = max(1, int(MIN_SECONDS / max(once, 1e-9)))
    best = once
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(repeat):
            quoteattr.attribute(text)
        best = min(best, (time.process_time() - start) / repeat)
    return best / max(1, len(text))


def profile(text: str, limit: int = 15) -> str:
    """cProfile of one attribution, the functions with the most own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    quoteattr.attribute(text)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(limit)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", help="JSON-lines file with a 'text' field")
    parser.add_argument("--sizes", default="1,2,4,8,16", help="multiples of the base size")
    parser.add_argument("--rounds", type=int, default=3, help="best of this many rounds")
    parser.add_argument("--base-chars", type=int, default=50_000, help="corpus base size")
    parser.add_argument("--only", action="append", help="run only materials with this name")
    parser.add_argument("--profile", metavar="NAME", help="cProfile NAME at the largest size")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    built = materials(args.corpus, args.base_chars)
    if args.profile:
        if args.profile not in built:
            parser.error(f"unknown material {args.profile!r}; known: {', '.join(built)}")
        text = built[args.profile](max(sizes))
        print(f"profile of {args.profile!r} at {max(sizes)}x ({len(text):,} chars)")
        print(profile(text))
        return 0
    quoteattr.attribute("warm up “the” set-up, she said.")
    print("CPU time per character (microseconds) at each multiple of the base size")
    largest = f"{max(sizes)}x chars"
    header = f"{'material':26} {largest:>10} " + " ".join(f"{f'{k}x':>7}" for k in sizes)
    print(f"{header} {'max/min':>8}  verdict")
    worst: list[tuple[float, str]] = []
    for name, build in built.items():
        if args.only and name not in args.only:
            continue
        per_char = [seconds_per_char(build(k), args.rounds) * 1e6 for k in sizes]
        median = statistics.median(per_char)
        ratio = max(per_char) / min(per_char)
        flat = all(abs(value - median) <= TOLERANCE * median for value in per_char)
        verdict = "flat" if flat else "NOT FLAT"
        cells = " ".join(f"{value:7.2f}" for value in per_char)
        print(f"{name:26} {len(build(max(sizes))):>10,} {cells} {ratio:8.2f}  {verdict}")
        sys.stdout.flush()
        worst.append((ratio, name))
    if worst:
        ratio, name = max(worst)
        print(f"\nlargest max/min ratio: {ratio:.2f} ({name}); target: each size within +-30%")
        print("of the row's median ('flat'). Profile a row with --profile NAME.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
