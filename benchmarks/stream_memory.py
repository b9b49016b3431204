"""Streaming memory: peak RSS while a large JSON-lines file goes through the command line.

Usage:
    python benchmarks/stream_memory.py [--size-mb 1000] [--jobs 2] [--input FILE] [--keep]

Without --input it writes a JSON-lines file of about --size-mb megabytes of
news-like text (the seed article, numbered) to a temporary directory, runs
``quoteattr --input-format jsonl --format jsonl --jobs N FILE > /dev/null`` on
it, and prints the time, the throughput, the peak RSS of the largest single
process (``getrusage(RUSAGE_CHILDREN)``: the command and its workers) and the
peak of the summed RSS of the command and its workers (sampled from /proc
every 0.1 s, Linux only). The generated file is deleted afterwards unless
--keep is given. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def generate(path: Path, size_mb: float) -> int:
    seed = (ROOT / "seeds" / "nauert_russia_sanctions.txt").read_text(encoding="utf-8")
    target = int(size_mb * 1_000_000)
    written = count = 0
    with path.open("w", encoding="utf-8") as handle:
        while written < target:
            line = json.dumps({"id": count, "text": f"Story {count}.\n\n{seed}"}) + "\n"
            handle.write(line)
            written += len(line.encode("utf-8"))
            count += 1
    return count


def tree_rss(pid: int) -> int:
    """Summed RSS in bytes of ``pid`` and its descendants, from /proc (0 elsewhere)."""
    try:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat", encoding="ascii") as handle:
                        fields = handle.read().rsplit(")", 1)[1].split()
                    children.setdefault(int(fields[1]), []).append(int(entry))
                except OSError:
                    continue
        total, todo = 0, [pid]
        while todo:
            current = todo.pop()
            todo.extend(children.get(current, ()))
            try:
                with open(f"/proc/{current}/statm", encoding="ascii") as handle:
                    total += int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            except OSError:
                continue
        return total
    except OSError:
        return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", help="an existing JSON-lines file (else one is generated)")
    parser.add_argument("--size-mb", type=float, default=1000.0, help="size to generate")
    parser.add_argument("--jobs", type=int, default=1, help="quoteattr --jobs")
    parser.add_argument("--keep", action="store_true", help="keep the generated file")
    args = parser.parse_args(argv)
    workdir = None
    if args.input:
        path = Path(args.input)
    else:
        workdir = tempfile.mkdtemp(prefix="quoteattr-stream-")
        path = Path(workdir) / "stream.jsonl"
        start = time.perf_counter()
        lines = generate(path, args.size_mb)
        print(f"generated {path} ({lines:,} lines) in {time.perf_counter() - start:.0f} s")
    size = path.stat().st_size
    command = [sys.executable, "-m", "quoteattr", "--input-format", "jsonl", "--format", "jsonl"]
    command += ["--jobs", str(args.jobs), str(path)]
    try:
        start = time.perf_counter()
        with open(os.devnull, "w", encoding="utf-8") as sink:
            process = subprocess.Popen(command, stdout=sink)
            peak_sum = 0
            shown = start
            while process.poll() is None:
                peak_sum = max(peak_sum, tree_rss(process.pid))
                time.sleep(0.1)
                if time.perf_counter() - shown >= 60:  # a sign of life on long runs
                    shown = time.perf_counter()
                    print(
                        f"  {shown - start:,.0f} s: summed RSS peak so far "
                        f"{peak_sum / 2**20:,.0f} MiB",
                        flush=True,
                    )
        elapsed = time.perf_counter() - start
        peak_one = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        print(f"input {size / 1e6:,.0f} MB, --jobs {args.jobs}, exit status {process.returncode}")
        print(f"time {elapsed:,.0f} s, {size / elapsed / 1e6:,.2f} MB/s")
        print(f"peak RSS, largest single process: {peak_one / 2**20:,.0f} MiB")
        print(f"peak RSS, command + workers summed: {peak_sum / 2**20:,.0f} MiB")
    finally:
        if workdir is not None and not args.keep:
            path.unlink(missing_ok=True)
            os.rmdir(workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
