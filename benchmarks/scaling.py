"""Scaling benchmark: do attribute()'s time and memory grow in proportion to the text?

Usage:
    python benchmarks/scaling.py [CORPUS.jsonl] [--sizes 1,4,16] [--only NAME]
                                 [--huge] [--timeout S] [--memory-cap GB]
                                 [--base-chars N] [--profile NAME]

Each material is built at 1x, 4x and 16x of a base size (``--sizes`` to change)
and attributed in a child process of its own, under a memory cap (``--memory-cap``,
4 GB by default, as an address-space limit) and a cap on its CPU time
(``--timeout``, 60 s by default), so a quadratic input shows as ``>60s`` or
``MemoryError`` instead of hanging the machine. For each size the table gives
the CPU time per character (best of a few rounds; small texts repeat within a
round) and the growth of the child's peak resident memory during the first
attribution, in MiB. The last
columns give the time per character at the largest size over that at the
smallest (the target: under 1.5) and the same ratio for memory per character.

Materials:

* the seed article (seeds/nauert_russia_sanctions.txt) repeated as paragraphs;
* a corpus, when a JSON-lines path with a "text" field is given: its texts joined
  as paragraphs, the first --base-chars characters (at a paragraph end) being 1x;
* worst-case shapes, generated: many closed quotes in one sentence, many
  unclosed marks in one paragraph, one huge paragraph with no sentence end,
  thousands of names in one sentence, thousands of short paragraphs (one
  speaker, or a new speaker in each), runs of apostrophes and stray closing
  marks, quotes nested deeper and deeper, and older adversarial inputs;
* with ``--huge``: one document of 50 MB at 16x (the seed article repeated;
  3 MB at 1x). It takes minutes and gigabytes, so it is not run by default.

``--profile NAME`` runs cProfile on the largest size of that material in this
process and prints the functions with the most time. Figures are printed, never
asserted; ``tests/test_scale.py`` runs mid-size shapes under caps in CI.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import math
import pstats
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "nauert_russia_sanctions.txt"
MIN_SECONDS = 0.3  # repeat small sizes until a round takes at least this long
TARGET = 1.5  # time per character, largest size over smallest
HUGE_CHARS = 50_000_000  # the --huge document at 16x


def _nested(depth: int) -> str:
    opens, closes = "“‘«‹„「『", "”’»›“」』"
    head = "".join(f"{opens[i % 7]}level {i} " for i in range(depth))
    tail = "".join(closes[i % 7] for i in reversed(range(depth)))
    return head + "core" + tail + " she said."


_SYLLABLES = ("ka", "lo", "mi", "ne", "su", "ta", "vo", "ri", "de", "ba", "po", "gu")


def surname(number: int) -> str:
    """A distinct capitalized made-up surname for each number (``Kalo``, ``Kami``...)."""
    parts = []
    number += len(_SYLLABLES)  # at least two syllables
    while number:
        number, digit = divmod(number, len(_SYLLABLES))
        parts.append(_SYLLABLES[digit])
    return "".join(parts).capitalize() + "son"


_FIRST = ("Alan", "Maria", "Tom", "Grace", "Omar", "Lena", "Victor", "Ruth")


def _names_sentence(count: int) -> str:
    names = ", ".join(f"{_FIRST[i % len(_FIRST)]} {surname(i)}" for i in range(count))
    return f"The list of speakers included {names} and others, “all of them,” she said."


def _speaker_paragraphs(count: int) -> str:
    return "\n\n".join(
        f"“Point {i} stands,” said {_FIRST[i % len(_FIRST)]} {surname(i)}, a director."
        for i in range(count)
    )


def _huge(k: int) -> str:
    seed = SEED.read_text(encoding="utf-8").strip()
    repeat = max(1, (HUGE_CHARS // 16 * k) // (len(seed) + 2))
    return "\n\n".join([seed] * repeat)


def materials(corpus: str | None, base_chars: int, huge: bool) -> dict[str, Callable[[int], str]]:
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
            # -- worst-case shapes -------------------------------------------
            # A list of short quoted items in one sentence.
            "quotes in one sentence “”": lambda k: (
                "He listed " + "“item”, " * (1_000 * k) + "and more, she said."
            ),
            'quotes in one sentence ""': lambda k: (
                "He listed " + '"item", ' * (1_000 * k) + "and more, she said."
            ),
            # Opening marks that never close, with reporting verbs among them.
            "unclosed marks, one paragraph": lambda k: "“We will win, Smith said and " * (500 * k),
            # A scraped page: quotes, names and cues, and never a sentence end.
            "paragraph without sentence ends": lambda k: (
                "Smith said “we will” and the official told reporters that " * (400 * k)
            ),
            "names in one sentence": lambda k: _names_sentence(1_000 * k),
            "short paragraphs, one speaker": lambda k: (
                "Senator Alan Kalo spoke.\n\n" + "“Yes,” he said.\n\n" * (1_000 * k)
            ),
            "short paragraphs, new speakers": lambda k: _speaker_paragraphs(500 * k),
            # People who share a surname, people known by a surname alone, and
            # people named again by their role: the entity lookups.
            "one surname, many given names": lambda k: "\n\n".join(
                f"“Point {i},” said {surname(i)} Smith." for i in range(400 * k)
            ),
            "lone surnames": lambda k: "\n\n".join(
                f"“Point {i},” {surname(i)} said." for i in range(400 * k)
            ),
            "roles named again": lambda k: "\n\n".join(
                f"“Point {i},” said {surname(i)} Kalo. “Again,” the {surname(i).lower()} said."
                for i in range(200 * k)
            ),
            # A participle cue after each quote sends a rule back to the sentence start.
            "participle chain": lambda k: "He defended " + "“a thing,” saying " * (400 * k) + "it.",
            "colon quotes, one sentence": lambda k: "He said: " + "“a”: " * (1_500 * k) + "end.",
            # Dialogue turns with no attribution, and a transcript of speaker labels.
            "dialogue without attributions": lambda k: (
                "“Hello,” said Mary.\n\n" + "“Yes.”\n\n“No.”\n\n" * (250 * k)
            ),
            "transcript lines": lambda k: "\n".join(
                f"SMITH: Point {i}.\nJONES: Reply {i}." for i in range(250 * k)
            ),
            "apostrophes and stray closers": lambda k: "’’ ” word’ ”” ’tis ' \" » " * (800 * k),
            "stray closing marks ”": lambda k: "” " * (6_000 * k),
            "nested quotes": lambda k: _nested(100 * k),
            # -- older adversarial inputs ------------------------------------
            "unpunctuated paragraph": lambda k: "word " * (12_500 * k),
            "quotation marks “": lambda k: "“" * (6_250 * k),
            'quotation marks "': lambda k: '"' * (6_250 * k),
            "quoted words “a ": lambda k: "“a " * (2_000 * k),
            'quoted words "a ': lambda k: '"a ' * (2_000 * k),
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
    if huge:
        found["huge document (50 MB at 16x)"] = _huge
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


def _peak_bytes() -> int:
    """This process's peak resident memory so far, in bytes (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def measure(text: str, rounds: int) -> dict[str, float]:
    """Best CPU time per character, and the peak memory growth of the first run.

    CPU time of this process (not wall-clock time), so other load on the machine
    disturbs the figures less. Run it in a fresh process: the memory figure is
    the growth of the process's high-water mark.
    """
    import quoteattr

    quoteattr.attribute("warm up “the” set-up, she said.")
    before = _peak_bytes()
    start = time.process_time()
    quoteattr.attribute(text)
    once = time.process_time() - start
    grown = _peak_bytes() - before
    repeat = min(10_000, max(1, int(MIN_SECONDS / max(once, 1e-6))))
    # A run too short for the clock to see does not count; rounds repeat it.
    best = once if once >= MIN_SECONDS else float("inf")
    for _ in range(max(1, rounds) if once < MIN_SECONDS else (rounds if once < 5 else 0)):
        start = time.process_time()
        for _ in range(repeat):
            quoteattr.attribute(text)
        best = min(best, (time.process_time() - start) / repeat)
    return {"per_char": best / max(1, len(text)), "memory": grown, "chars": len(text)}


def _child(args: argparse.Namespace) -> int:
    """``--child NAME K``: measure one material at one size, print the result as JSON."""
    name, size = args.child
    text = materials(args.corpus, args.base_chars, args.huge)[name](int(size))
    try:
        result: dict[str, object] = dict(measure(text, args.rounds))
    except MemoryError:
        result = {"error": "MemoryError", "chars": len(text)}
    print(json.dumps(result))
    return 0


def _limit(memory: int, cpu: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))

    return apply


def run_capped(args: argparse.Namespace, name: str, size: int) -> dict[str, object]:
    """Measure ``name`` at ``size`` in a child process under the memory and time caps."""
    command = [sys.executable, __file__, "--child", name, str(size)]
    command += ["--rounds", str(args.rounds), "--base-chars", str(args.base_chars)]
    command += [args.corpus] if args.corpus else []
    command += ["--huge"] if args.huge else []
    cap = int(args.memory_cap * 2**30)
    too_long = {"error": f">{args.timeout:g}s"}
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=10 * args.timeout,  # wall-clock time, for a machine under load
            preexec_fn=_limit(cap, math.ceil(args.timeout)),
            check=False,
        )
    except subprocess.TimeoutExpired:
        return too_long
    lines = done.stdout.strip().splitlines()
    if done.returncode == -signal.SIGXCPU:
        return too_long
    if done.returncode != 0 or not lines:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        print(f"  {name} at {size}x: {last}", file=sys.stderr)
        if "MemoryError" in last:
            return {"error": "MemoryError"}
        return {"error": "died" if done.returncode >= 0 else f"signal {-done.returncode}"}
    result: dict[str, object] = json.loads(lines[-1])
    return result


def profile(text: str, limit: int = 15) -> str:
    """cProfile of one attribution, the functions with the most own time."""
    import quoteattr

    profiler = cProfile.Profile()
    profiler.enable()
    quoteattr.attribute(text)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(limit)
    return out.getvalue()


def _cell(result: dict[str, object]) -> str:
    if "error" in result:
        return f"{result['error']:>15}"
    per_char = float(result["per_char"]) * 1e6  # type: ignore[arg-type]
    memory = float(result["memory"]) / 2**20  # type: ignore[arg-type]
    return f"{per_char:7.2f} {memory:7.1f}"


def _ratios(results: list[dict[str, object]]) -> tuple[str, str, bool]:
    """Time and memory per character, largest size over smallest; whether time is on target."""
    first, last = results[0], results[-1]
    if "error" in first or "error" in last:
        return f"{'-':>6}", f"{'-':>6}", False
    if not float(first["per_char"]) > 0:  # type: ignore[arg-type]
        return f"{'-':>6}", f"{'-':>6}", False
    time_ratio = float(last["per_char"]) / float(first["per_char"])  # type: ignore[arg-type]
    per_char = [
        float(r["memory"]) / float(r["chars"])  # type: ignore[arg-type]
        for r in (first, last)
    ]
    memory = f"{per_char[1] / per_char[0]:6.2f}" if per_char[0] > 0 else f"{'-':>6}"
    return f"{time_ratio:6.2f}", memory, time_ratio < TARGET


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", help="JSON-lines file with a 'text' field")
    parser.add_argument("--sizes", default="1,4,16", help="multiples of the base size")
    parser.add_argument("--rounds", type=int, default=3, help="best of this many rounds")
    parser.add_argument("--base-chars", type=int, default=50_000, help="corpus base size")
    parser.add_argument("--only", action="append", help="run only materials with this name")
    parser.add_argument("--huge", action="store_true", help="add a 50 MB document at 16x")
    parser.add_argument("--timeout", type=float, default=60.0, help="CPU seconds per run (60)")
    parser.add_argument("--memory-cap", type=float, default=4.0, help="GB per run (4)")
    parser.add_argument("--profile", metavar="NAME", help="cProfile NAME at the largest size")
    parser.add_argument("--child", nargs=2, metavar=("NAME", "K"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args)
    sizes = [int(s) for s in args.sizes.split(",")]
    built = materials(args.corpus, args.base_chars, args.huge)
    if args.profile:
        if args.profile not in built:
            parser.error(f"unknown material {args.profile!r}; known: {', '.join(built)}")
        text = built[args.profile](max(sizes))
        print(f"profile of {args.profile!r} at {max(sizes)}x ({len(text):,} chars)")
        print(profile(text))
        return 0
    print("CPU time per character (microseconds) and peak memory growth (MiB) at each size;")
    print(
        f"each run in a child process capped at {args.memory_cap:g} GB "
        f"and {args.timeout:g} s of CPU time."
    )
    ratio = f"{max(sizes)}x/{min(sizes)}x"
    header = f"{'material':32} {f'{max(sizes)}x chars':>11} "
    header += " ".join(f"{f'{k}x µs':>7} {'MiB':>7}" for k in sizes)
    print(f"{header} {'time ' + ratio:>12} {'mem ' + ratio:>11}  verdict")
    failed = []
    for name, build in built.items():
        if args.only and name not in args.only:
            continue
        results = [run_capped(args, name, k) for k in sizes]
        chars = results[-1].get("chars") or len(build(max(sizes)))
        time_ratio, memory_ratio, ok = _ratios(results)
        verdict = "ok" if ok else "SLOW"
        if not ok:
            failed.append(name)
        cells = " ".join(_cell(r) for r in results)
        print(f"{name:32} {chars:>11,} {cells} {time_ratio:>12} {memory_ratio:>11}  {verdict}")
        sys.stdout.flush()
    print(f"\ntarget: time per character at {ratio} under {TARGET}, memory per character flat.")
    print("SLOW: " + (", ".join(failed) if failed else "none"))
    print("Profile a row with --profile NAME.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
