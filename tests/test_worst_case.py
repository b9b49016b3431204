"""Worst-case shapes of text, each attributed in a child process under resource limits.

Every shape here once took time or memory that grew with the square of its size
(a sentence of thousands of quotes, thousands of unclosed marks, people who
share a surname...). Each is sized so that such growth would break the child's
limits many times over, while linear work finishes in a second or two: the
address space is capped at 512 MB and the CPU time at 20 s, generous bounds for
a slow machine, not speed targets (``benchmarks/scaling.py`` measures those).
The child gets its text on stdin and prints how many quotes it found.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from collections.abc import Callable

import pytest

MEMORY_CAP = 512 * 2**20  # bytes of address space
CPU_CAP = 20  # seconds

_SYLLABLES = ("ka", "lo", "mi", "ne", "su", "ta", "vo", "ri", "de", "ba", "po", "gu")
_FIRST = ("Alan", "Maria", "Tom", "Grace", "Omar", "Lena", "Victor", "Ruth")


def surname(number: int) -> str:
    """A distinct made-up surname for each number."""
    parts = []
    number += len(_SYLLABLES)
    while number:
        number, digit = divmod(number, len(_SYLLABLES))
        parts.append(_SYLLABLES[digit])
    return "".join(parts).capitalize() + "son"


def _nested(depth: int) -> str:
    opens, closes = "“‘«‹„「『", "”’»›“」』"
    head = "".join(f"{opens[i % 7]}level {i} " for i in range(depth))
    return head + "core" + "".join(closes[i % 7] for i in reversed(range(depth))) + " she said."


SHAPES: dict[str, Callable[[], str]] = {
    "quotes in one sentence": lambda: "He listed " + "“item”, " * 8_000 + "and more, she said.",
    "straight quotes in one sentence": lambda: "He listed " + '"item", ' * 8_000 + "she said.",
    "unclosed marks with cues": lambda: "“We will win, Smith said and " * 2_000,
    "unclosed marks before words": lambda: "“a " * 8_000,
    "no sentence end": lambda: "Smith said “we will” and the official told reporters that " * 1_600,
    "names in one sentence": lambda: (
        "The speakers were "
        + ", ".join(f"{_FIRST[i % 8]} {surname(i)}" for i in range(4_000))
        + ", “all of them,” she said."
    ),
    "short paragraphs, one speaker": lambda: (
        "Senator Alan Kalo spoke.\n\n" + "“Yes,” he said.\n\n" * 2_000
    ),
    "short paragraphs, new speakers": lambda: "\n\n".join(
        f"“Point {i} stands,” said {_FIRST[i % 8]} {surname(i)}, a director." for i in range(2_000)
    ),
    "one surname, many given names": lambda: "\n\n".join(
        f"“Point {i},” said {surname(i)} Smith." for i in range(20_000)
    ),
    "lone surnames": lambda: "\n\n".join(f"“Point {i},” {surname(i)} said." for i in range(12_000)),
    "roles named again": lambda: "\n\n".join(
        f"“Point {i},” said {surname(i)} Kalo. “Again,” the {surname(i).lower()} said."
        for i in range(4_000)
    ),
    "participle chain": lambda: "He defended " + "“a thing,” saying " * 3_200 + "it.",
    "colon quotes": lambda: "He said: " + "“a”: " * 6_000 + "end.",
    "apostrophes and stray closers": lambda: "’’ ” word’ ”” ’tis ' \" » " * 3_200,
    "nested quotes": lambda: _nested(400),
}


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_CAP, CPU_CAP))


CHILD = (
    "import sys, quoteattr\n"
    "text = sys.stdin.buffer.read().decode('utf-8')\n"
    "print(len(quoteattr.attribute(text).quotes))\n"
)


@pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX")
@pytest.mark.parametrize("name", list(SHAPES))
def test_a_worst_case_shape_stays_within_limits(name: str) -> None:
    text = SHAPES[name]()
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        input=text.encode("utf-8"),
        capture_output=True,
        timeout=10 * CPU_CAP,
        preexec_fn=_limits,
        check=False,
    )
    error = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
    assert done.returncode == 0, (
        f"{name} ({len(text):,} chars) failed under {MEMORY_CAP >> 20} MB and {CPU_CAP} s "
        f"of CPU: exit {done.returncode} {error}"
    )
    assert int(done.stdout) >= 0  # the child attributed the text and counted its quotes
