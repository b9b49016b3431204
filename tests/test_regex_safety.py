"""Regular-expression safety: no pattern of the package backtracks catastrophically.

Every compiled pattern at module level of every ``quoteattr`` module (and of its
classes), every pattern string written inline in a ``re.*`` call of the package
source, and the Punkt patterns the sentence splitter builds from our language
variables are run, the way the package calls them (``finditer``, ``search``,
``match``, ...), on pathological 50,000-character inputs: long runs of one
character, alternating character classes, nearly-matching prefixes, letters
followed by a non-match.

Python's ``re`` has no timeout and cannot be interrupted from another thread, so
the runs happen in a child process: each check reports its own time (which must
stay under :data:`BOUND` seconds, a generous bound, not a benchmark) and the parent
kills the child if the whole audit exceeds :data:`HANG_LIMIT`, naming the check
that was running. A catastrophic pattern is exponential or quadratic on these
inputs, so it exceeds the bound by orders of magnitude rather than by a margin.
"""

from __future__ import annotations

import ast
import importlib
import multiprocessing
import pkgutil
import queue
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import quoteattr

N = 50_000
BOUND = 1.0  # seconds per pattern, method and input
# The whole Punkt splitter does Python work per candidate boundary (about 50 us per
# character on ". . . ."); it is linear (benchmarks/scaling.py), so its bound is looser.
# It runs on the first SPLITTER_SIZE characters of each input to keep the suite fast.
SPLITTER_BOUND = 5.0
SPLITTER_SIZE = 20_000
HANG_LIMIT = 120.0  # seconds for the whole audit before the child is killed
PACKAGE = Path(quoteattr.__file__).parent
METHODS = ("finditer", "findall", "search", "match", "fullmatch", "sub", "split")


def _fill(unit: str, size: int = N) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def pathological_inputs() -> dict[str, str]:
    """Named inputs of (about) :data:`N` characters."""
    runs = {f"run {c!r}": _fill(c) for c in "aA1.,'’“\"`<>-&_ \n\té\u200b"}
    alternating = {
        f"alt {u!r}": _fill(u)
        for u in [
            "a.",
            "A.",
            "Ab.",
            "Abcd. ",
            "a ",
            "a'",
            "a’",
            "'a",
            "a-",
            "a&",
            "1,",
            "1.",
            "<a",
            "a<",
            ". ",
            "' ",
            "’s",
            "''",
            "``",
            "a\n",
            "“a” ",
            '"a ',
            "a_",
            ".\u201d ",
            ". ”",
        ]
    }
    near_misses = {
        "tag never closed": "<a" + _fill("b", N - 2),
        "tag broken by newline": _fill("<a" + "b" * 998 + "\n"),
        "letter then apostrophes": "a" + _fill("'", N - 2) + " ",
        "letter then hyphens then bang": "a" + _fill("-", N - 2) + "!",
        "digit then commas": "1" + _fill(",", N - 1),
        "initials then digit": _fill("a.", N - 1) + "1",
        "capital run then period no space": "A" + _fill("a", N - 2) + ".",
        "abbreviations no space": _fill("Abc."),
        "word then underscore": _fill("a", N - 1) + "_",
        "word then nul": _fill("a", N - 1) + "\x00",
        "word then bang": _fill("a", N - 1) + "!",
        "spaces then word": _fill(" ", N - 1) + "a",
        "period then spaces then long token": "." + _fill(" ", N // 2) + _fill("x", N // 2),
        "pipe entry": "a" + _fill("|", N - 1),
        "lexicon form then space": "a" + _fill("b", N - 2) + " ",
        "possessive then letter": _fill("’s", N - 1) + "x",
    }
    return {**runs, **alternating, **near_misses}


def _module_names() -> list[str]:
    # ``quoteattr.__main__`` runs the command line when imported and holds no pattern.
    return ["quoteattr"] + [
        f"quoteattr.{info.name}"
        for info in pkgutil.iter_modules(quoteattr.__path__)
        if info.name != "__main__"
    ]


def _methods_used(source: str, name: str) -> tuple[str, ...]:
    used = set(re.findall(rf"\b{re.escape(name)}\.(\w+)\(", source)) & set(METHODS)
    return tuple(sorted(used)) or ("finditer", "search", "match")


def _inline_patterns(source: str) -> Iterator[tuple[str, str, int]]:
    """(method, pattern, line) of every ``re.method("literal", ...)`` call."""
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.func.attr, node.args[0].value, node.lineno


def collect_patterns() -> dict[str, tuple[Any, tuple[str, ...]]]:
    """Every pattern to audit: label -> (compiled pattern, methods to run)."""
    found: dict[str, tuple[Any, tuple[str, ...]]] = {}
    for module_name in _module_names():
        module = importlib.import_module(module_name)
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        spaces: list[tuple[str, dict[str, Any]]] = [(module_name, vars(module))]
        spaces += [
            (f"{module_name}.{name}", vars(value))
            for name, value in vars(module).items()
            if isinstance(value, type) and value.__module__ == module_name
        ]
        for prefix, namespace in spaces:
            for name, value in namespace.items():
                if isinstance(value, re.Pattern):
                    found[f"{prefix}.{name}"] = (value, _methods_used(source, name))
        for method, pattern, line in _inline_patterns(source):
            if method == "compile":
                continue  # compiled at module level: collected above
            label = f"{module_name}:{line} re.{method}"
            found[label] = (re.compile(pattern), (method,))
    # Punkt builds its patterns from our language variables (quoteattr.segment).
    from quoteattr.segment import _NewsLanguageVars

    lang_vars = _NewsLanguageVars()
    found["punkt period_context_re (our _re_non_word_chars)"] = (
        lang_vars.period_context_re(),
        ("finditer",),
    )
    found["punkt word tokenizer (our _re_non_word_chars)"] = (
        lang_vars._word_tokenizer_re(),
        ("findall",),
    )
    found["punkt re_boundary_realignment"] = (lang_vars.re_boundary_realignment, ("match",))
    return found


def _run(pattern: Any, method: str, text: str) -> None:
    if method == "finditer":
        for _ in pattern.finditer(text):
            pass
    elif method == "sub":
        pattern.sub("", text)
    else:
        getattr(pattern, method)(text)


def _checks() -> Iterator[tuple[str, Callable[[], object]]]:
    from quoteattr import Lexicon
    from quoteattr.segment import SentenceSplitter, paragraph_spans

    inputs = pathological_inputs()
    for label, (pattern, methods) in collect_patterns().items():
        for method in methods:
            for name, text in inputs.items():
                yield (
                    f"{label} {method} | {name}",
                    lambda p=pattern, m=method, t=text: _run(p, m, t),
                )
    splitter = SentenceSplitter(Lexicon.default().abbreviations)
    for name, whole in inputs.items():
        text = whole[:SPLITTER_SIZE]
        for paragraph in paragraph_spans(text)[:1]:
            yield (
                f"SentenceSplitter.split | {name}",
                lambda t=text, p=paragraph: splitter.split(t, p),
            )


def _audit(results: Any) -> None:
    """Child process: run every check, reporting (label, seconds) as it goes."""
    for label, check in _checks():
        results.put(("start", label, 0.0))
        start = time.perf_counter()
        check()
        results.put(("done", label, time.perf_counter() - start))
    results.put(("end", "", 0.0))


@pytest.fixture(scope="module")
def timings() -> dict[str, float]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    child = context.Process(target=_audit, args=(results,), daemon=True)
    child.start()
    deadline = time.monotonic() + HANG_LIMIT
    times: dict[str, float] = {}
    running = ""
    try:
        while True:
            try:
                event, label, seconds = results.get(timeout=0.5)
            except queue.Empty:
                if not child.is_alive():
                    pytest.fail(f"regex audit process died (exit {child.exitcode}) in: {running}")
                if time.monotonic() > deadline:
                    pytest.fail(f"regex audit still running after {HANG_LIMIT:.0f}s, in: {running}")
                continue
            if event == "start":
                running = label
            elif event == "done":
                times[label] = seconds
            else:
                break
    finally:
        if child.is_alive():
            child.kill()
        child.join()
    return times


def test_patterns_are_found() -> None:
    labels = collect_patterns()
    modules_using_re = {
        f"quoteattr.{path.stem}"
        for path in PACKAGE.glob("*.py")
        if re.search(r"^import re$", path.read_text(encoding="utf-8"), re.M)
    }
    assert modules_using_re
    for module_name in modules_using_re:
        assert any(label.startswith(module_name + ".") for label in labels), module_name
    assert len(labels) >= 10


def test_no_pattern_exceeds_the_bound(timings: dict[str, float]) -> None:
    expected = sum(1 for _ in _checks())
    assert len(timings) == expected
    slow = {
        label: round(seconds, 3)
        for label, seconds in timings.items()
        if seconds >= (SPLITTER_BOUND if label.startswith("SentenceSplitter") else BOUND)
    }
    assert not slow, slow


def test_the_audit_covers_each_pattern(timings: dict[str, float]) -> None:
    for label in collect_patterns():
        assert any(key.startswith(label + " ") for key in timings), label
