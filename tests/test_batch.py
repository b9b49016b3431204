"""The batch API: every item gives one record, in order, with 1 and 2 processes."""

from __future__ import annotations

import itertools
import os
import pickle
import time
from collections.abc import Iterator

import attrs
import pytest

import quoteattr
from quoteattr import Config, Failure, Result, attribute_many
from quoteattr.lexicon import Lexicon

TEXTS = (
    "“We regret it,” spokeswoman Heather Nauert said.",
    "“Yes,” said Sen. Ted Cruz. “It is done.”",
    "The ministry called the move “not the moment.”",
    "",
    "No quotes at all.",
    "“Unclosed, the official said.",
)
BROKEN = {17: None, 250: b"bytes", 251: 42, 999: ("id", None)}


def corpus(size: int = 1000) -> list[object]:
    items: list[object] = [TEXTS[i % len(TEXTS)] + f" ({i})" for i in range(size)]
    for index, item in BROKEN.items():
        items[index] = item
    return items


@pytest.mark.parametrize("processes", [1, 2])
def test_a_thousand_documents_in_order_with_failures(processes: int) -> None:
    items = corpus()
    records = list(attribute_many(items, processes=processes, chunk_chars=2_000))
    assert len(records) == len(items)
    assert [r.index for r in records] == list(range(len(items)))
    failures = {r.index: r for r in records if isinstance(r, Failure)}
    assert sorted(failures) == sorted(BROKEN)
    assert "got NoneType" in failures[17].error
    assert "got bytes" in failures[250].error
    assert "got int" in failures[251].error
    assert failures[999].id == "id"
    for record in records:
        if isinstance(record, Result):
            assert record.ok and record.id == record.index
            assert record.document == quoteattr.attribute(items[record.index])  # type: ignore[arg-type]
        else:
            assert not record.ok
            assert record.id == ("id" if record.index == 999 else record.index)


def test_pairs_keep_their_ids() -> None:
    items = [("a", TEXTS[0]), ("b", TEXTS[1])]
    records = list(attribute_many(items))
    assert [(r.id, r.index) for r in records] == [("a", 0), ("b", 1)]
    assert isinstance(records[0], Result)
    assert records[0].document.quotes[0].speaker is not None


def test_a_wrong_sized_tuple_is_a_failure() -> None:
    (record,) = attribute_many([("a", "b", "c")])
    assert isinstance(record, Failure)
    assert "(id, text) pair" in record.error


def test_reader_failures_pass_through_in_place() -> None:
    items = [TEXTS[0], Failure("missing.txt", -1, "No such file or directory"), TEXTS[1]]
    for processes in (1, 2):
        records = list(attribute_many(items, processes=processes))
        assert records[1] == Failure("missing.txt", 1, "No such file or directory")
        assert [r.ok for r in records] == [True, False, True]


def test_input_is_consumed_lazily() -> None:
    taken: list[int] = []

    def source() -> Iterator[str]:
        for i in itertools.count():
            taken.append(i)
            yield TEXTS[0]

    records = attribute_many(source())
    first = list(itertools.islice(records, 3))
    assert len(first) == 3 and len(taken) == 3


def test_parallel_reads_at_most_a_window_ahead() -> None:
    taken: list[int] = []

    def source() -> Iterator[str]:
        for i in range(10_000):
            taken.append(i)
            yield TEXTS[i % len(TEXTS)]

    records = attribute_many(source(), processes=2, window=2, chunk_chars=100)
    first = next(records)
    assert first.index == 0
    # Two chunks in flight of a few short documents each, not the whole input.
    assert len(taken) < 50
    records.close()  # stopping early ends the workers without hanging


def test_an_exception_inside_attribution_is_a_failure() -> None:
    def broken_sieve(context: object, index: int) -> None:
        raise RuntimeError("sieve exploded")

    config = attrs.evolve(Config(), sieves=(broken_sieve,))
    records = list(attribute_many([TEXTS[0], "no quotes"], config=config))
    assert isinstance(records[0], Failure)
    assert records[0].error == "RuntimeError: sieve exploded"
    assert isinstance(records[1], Result)


def test_custom_config_reaches_the_workers() -> None:
    extra = Lexicon.from_lines({"reporting_verbs": ["skeet skeets skeeted skeeting"]})
    config = attrs.evolve(Config(), lexicon=Lexicon.default().extended(extra))
    text = "“Subscribe now,” Jane Doe skeeted."
    (record,) = attribute_many([text], config=config, processes=2)
    assert isinstance(record, Result)
    assert record.document == quoteattr.attribute(text, config)
    assert record.document.quotes[0].speaker is not None


def test_unpicklable_ids_still_give_records() -> None:
    items = [(lambda: None, TEXTS[0]), ("ok", TEXTS[1])]
    records = list(attribute_many(items, processes=2))
    assert [r.ok for r in records] == [True, True]
    assert records[1].id == "ok"


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"processes": 0}, ValueError),
        ({"processes": 1.5}, ValueError),
        ({"window": 0}, ValueError),
        ({"chunk_chars": -1}, ValueError),
        ({"max_chars": 0}, ValueError),
        ({"max_chars": 2.5}, ValueError),
        ({"time_limit": -1}, ValueError),
        ({"time_limit": "10"}, ValueError),
        ({"config": {"term_max_words": 2}}, TypeError),
    ],
)
def test_bad_arguments_fail_at_once(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        attribute_many([TEXTS[0]], **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("items", ["a text, not a list", b"bytes", 42])
def test_items_must_be_an_iterable_of_items(items: object) -> None:
    with pytest.raises(TypeError, match="iterable"):
        attribute_many(items)  # type: ignore[arg-type]


def test_config_documents_and_records_pickle() -> None:
    extra = Lexicon.from_lines({"role_nouns": ["podcaster"]})
    config = attrs.evolve(Config(), lexicon=Lexicon.default().extended(extra), term_max_words=3)
    assert pickle.loads(pickle.dumps(config)) == config
    document = quoteattr.attribute(TEXTS[1])
    assert pickle.loads(pickle.dumps(document)) == document
    for record in (Result("a", 0, document), Failure("b", 1, "ValueError: bad")):
        assert pickle.loads(pickle.dumps(record)) == record


# -- limits and faults ----------------------------------------------------------


def _trap(context: object, index: int) -> None:
    """A sieve that ends its process on a text with CRASH and stalls on one with STALL."""
    text = getattr(context, "text", "")
    if "CRASH" in text:
        os._exit(3)
    if "STALL" in text:
        time.sleep(60)


TRAPPED = attrs.evolve(Config(), sieves=(_trap, *Config().sieves))


def _faulty_items(count: int = 12) -> list[tuple[str, str]]:
    items = [(f"doc{i}", f"“Point {i} stands,” said Alan Brook.") for i in range(count)]
    items[3] = ("crash", "“Stop here,” CRASH said Mary Stone.")
    items[7] = ("stall", "“Wait here,” STALL said Mary Stone.")
    return items


def test_a_document_over_the_size_limit_is_a_failure_naming_the_limit() -> None:
    items = [("short", TEXTS[0]), ("long", "“Yes,” she said. " * 100), ("after", TEXTS[1])]
    for processes in (1, 2):
        records = list(attribute_many(items, processes=processes, max_chars=1_000))
        assert [r.ok for r in records] == [True, False, True]
        assert isinstance(records[1], Failure)
        assert records[1].id == "long"
        assert records[1].error == (
            "SizeLimitExceeded: 1,700 characters, more than max_chars=1,000"
        )


@pytest.mark.parametrize("processes", [1, 2])
def test_a_document_over_the_time_limit_is_stopped_and_the_batch_goes_on(processes: int) -> None:
    items = _faulty_items()
    items[3] = ("doc3", "“Point 3 stands,” said Alan Brook.")
    start = time.monotonic()
    records = list(
        attribute_many(items, config=TRAPPED, processes=processes, time_limit=1.0, chunk_chars=50)
    )
    assert time.monotonic() - start < 30
    assert [r.id for r in records] == [ident for ident, _ in items]
    assert [r.index for r in records] == list(range(len(items)))
    failed = [r for r in records if not r.ok]
    assert [r.id for r in failed] == ["stall"]
    assert isinstance(failed[0], Failure)
    assert failed[0].error.startswith("TimeLimitExceeded: ")
    assert "time_limit=1 seconds" in failed[0].error
    ok = [r for r in records if isinstance(r, Result)]
    assert all(r.document == quoteattr.attribute(dict(items)[r.id]) for r in ok)


@pytest.mark.parametrize("processes", [1, 2])
def test_a_dead_worker_is_replaced_and_its_document_gets_a_failure(processes: int) -> None:
    items = _faulty_items()
    items[7] = ("doc7", "“Point 7 stands,” said Alan Brook.")
    # Many documents per chunk: the ones after the crash in its chunk are redone.
    options = {"processes": 2, "chunk_chars": 10_000} if processes == 2 else {"time_limit": 60}
    records = list(attribute_many(items + items[:3], config=TRAPPED, **options))
    assert [r.index for r in records] == list(range(len(items) + 3))
    failed = [r for r in records if isinstance(r, Failure)]
    assert [(r.id, r.index) for r in failed] == [("crash", 3)]
    assert failed[0].error == (
        "WorkerDied: the worker process attributing this document died (exit code 3)"
    )
    assert sum(r.ok for r in records) == len(items) + 2


def test_several_dead_workers_in_a_row_do_not_stop_the_batch() -> None:
    items = [(f"crash{i}", f"“No {i},” CRASH said Mary Stone.") for i in range(5)]
    items += [("fine", TEXTS[0])]
    records = list(attribute_many(items, config=TRAPPED, processes=2, chunk_chars=1))
    assert [r.ok for r in records] == [False] * 5 + [True]
    assert all("WorkerDied" in r.error for r in records if isinstance(r, Failure))
