"""The batch API: every item gives one record, in order, with 1 and 2 processes."""

from __future__ import annotations

import itertools
import pickle
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
