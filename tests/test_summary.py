"""The corpus summary: its figures equal counts computed from the records; bounded
memory; the page; ``quoteattr summary`` on texts, JSON lines and quoteattr's own output."""

from __future__ import annotations

import collections
import csv
import gzip
import io
import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
from test_records import _hand_built

import quoteattr
from quoteattr import Document, Entity, EntityKind, Quote, QuoteKind, Span, Summary
from quoteattr.cli import main
from quoteattr.summary import HISTOGRAM_BINS, _TopCounter
from quoteattr.summary_inputs import read_inputs, summary_documents

SPEECH = {"direct", "partial", "indirect"}

NAMES = ["Ann Lee", "Tom Birch", "Maria Ortiz", "Kwame Mensah", "Li Wei", "the ministry"]
TEMPLATES = [
    "“{a},” said {role} {name}. “{b},” {pronoun} added.",
    "{name}, the {role}, called it a “{a}”. Critics said “{b}”.",
    "“{a}!” {name} told reporters.\n\n“{b},” said Mrs. Dee Fox.",
    "Nothing quoted in this one about {name}.",
    "{name} appeared on “Meet the Press”. “{a},” {name} said.",
]


def corpus(count: int = 40, hand: bool = True) -> list[tuple[str, Document]]:
    generator = random.Random(17)
    items = []
    for number in range(count):
        template = TEMPLATES[number % len(TEMPLATES)]
        text = template.format(
            a=f"We will win round {number}",
            b=generator.choice(["It is over", "No comment", "Ask the mayor"]),
            name=generator.choice(NAMES),
            role=generator.choice(["spokeswoman", "Senator", "minister", "professor"]),
            pronoun=generator.choice(["she", "he"]),
        )
        items.append((f"doc-{number}", quoteattr.attribute(text)))
    if hand:
        items.append(("hand", _hand_built()))
    return items


def expected_from_records(items: list[tuple[str, Document]]) -> dict[str, Any]:
    """Every figure of the summary, computed independently from the flat rows."""
    rows = list(quoteattr.records(items))
    speech = [row for row in rows if row["kind"] in SPEECH]
    attributed = [row for row in speech if row["speaker_name"] is not None]
    per_document: dict[Any, list[dict[str, Any]]] = {ident: [] for ident, _ in items}
    for row in rows:
        per_document[row["document_id"]].append(row)
    # speakers, once per document
    appearances = {(row["document_id"], row["speaker_id"]): row for row in attributed}.values()
    individual = [r for r in attributed if r["speaker_kind"] in ("person", "unnamed")]
    individual_speakers = [r for r in appearances if r["speaker_kind"] in ("person", "unnamed")]
    speakers = collections.Counter((r["speaker_name"], r["speaker_kind"]) for r in attributed)
    speaker_documents = collections.Counter(
        (r["speaker_name"], r["speaker_kind"]) for r in appearances
    )
    roles = collections.Counter(r["role"].casefold() for r in attributed if r["role"])
    affiliations = collections.Counter(
        r["affiliation"].casefold() for r in attributed if r["affiliation"]
    )
    histogram = collections.Counter()
    for document_rows in per_document.values():
        total = len(document_rows)
        for label, lowest, highest in HISTOGRAM_BINS:
            if lowest <= total and (highest is None or total <= highest):
                histogram[label] += 1
    kinds = collections.Counter(row["kind"] for row in rows)
    return {
        "documents": len(items),
        "documents_with_quotes": sum(1 for r in per_document.values() if r),
        "quotes": len(rows),
        "speech_quotes": len(speech),
        "attributed": len(attributed),
        "kinds": {kind.value: kinds[kind.value] for kind in QuoteKind},
        "attributed_kinds": {
            kind.value: sum(1 for r in attributed if r["kind"] == kind.value) for kind in QuoteKind
        },
        "speaker_kinds": {
            kind.value: {
                "quotes": sum(1 for r in attributed if r["speaker_kind"] == kind.value),
                "speakers": sum(1 for r in appearances if r["speaker_kind"] == kind.value),
            }
            for kind in EntityKind
        },
        "genders": {
            key: {
                "quotes": sum(1 for r in individual if r["gender"] == gender),
                "speakers": sum(1 for r in individual_speakers if r["gender"] == gender),
            }
            for key, gender in (("f", "f"), ("m", "m"), ("unknown", None))
        },
        "histogram": {label: histogram[label] for label, _, _ in HISTOGRAM_BINS},
        "speakers": speakers,
        "speaker_documents": speaker_documents,
        "roles": roles,
        "affiliations": affiliations,
        "per_document": [
            {
                "id": ident,
                "quotes": len(per_document[ident]),
                **{
                    kind.value: sum(1 for r in per_document[ident] if r["kind"] == kind.value)
                    for kind in QuoteKind
                },
                "attributed": sum(
                    1 for r in per_document[ident] if r["kind"] in SPEECH and r["speaker_name"]
                ),
                "speakers": len(
                    {
                        r["speaker_id"]
                        for r in per_document[ident]
                        if r["kind"] in SPEECH and r["speaker_name"]
                    }
                ),
            }
            for ident, _ in items
        ],
    }


def test_summary_figures_equal_counts_from_the_records() -> None:
    items = corpus()
    figures = quoteattr.summarize(items, top=50).to_dict()
    expected = expected_from_records(items)
    for key in (
        "documents",
        "documents_with_quotes",
        "quotes",
        "speech_quotes",
        "attributed",
        "kinds",
        "attributed_kinds",
        "speaker_kinds",
        "genders",
        "histogram",
        "per_document",
    ):
        assert figures[key] == expected[key], key
    assert figures["failures"] == 0 and figures["approximate"] is False
    # the corpus exercises what it should
    assert expected["kinds"]["term"] and expected["kinds"]["indirect"]
    assert expected["genders"]["f"]["quotes"] and expected["genders"]["m"]["quotes"]
    assert expected["speaker_kinds"]["unnamed"]["quotes"] and expected["affiliations"]
    top = figures["top_speakers"]
    assert len(top) == len(expected["speakers"]) <= 50
    for row in top:
        key = (row["name"], row["kind"])
        assert row["quotes"] == expected["speakers"][key]
        assert row["documents"] == expected["speaker_documents"][key]
        assert row["error"] == 0
    assert [row["quotes"] for row in top] == sorted(expected["speakers"].values(), reverse=True)
    for name in ("top_roles", "top_affiliations"):
        counter = expected["roles" if name == "top_roles" else "affiliations"]
        assert {r["text"].casefold(): r["quotes"] for r in figures[name]} == dict(counter)


def test_top_is_the_most_frequent() -> None:
    items = corpus()
    expected = expected_from_records(items)["speakers"]
    top = quoteattr.summarize(items, top=3).top_speakers()
    assert [row["quotes"] for row in top] == sorted(expected.values(), reverse=True)[:3]


def test_failures_are_counted_and_listed() -> None:
    texts = [("a", "“Go,” she said."), ("b", None), ("c", b"bytes")]
    summary = quoteattr.summarize(quoteattr.attribute_many(texts))
    assert (summary.documents, summary.failures) == (1, 2)
    assert summary.failure_messages[0].startswith("b: TypeError")


def _person(number: int) -> Entity:
    return Entity(id=0, name=f"Person {number}", kind=EntityKind.PERSON, role=f"role {number}")


def _one_quote_document(speaker: Entity) -> Document:
    text = "“Yes,” X said."
    quote = Quote(span=Span(1, 5), text="Yes,", kind=QuoteKind.DIRECT, speaker=speaker)
    return Document(text=text, quotes=(quote,), entities=(speaker,))


def test_counting_tables_stay_bounded_and_counts_are_bounds() -> None:
    """Many distinct speakers: at most 2 * capacity entries, every count an upper bound
    at most ``error`` over, and the heavy hitters still on top."""
    generator = random.Random(3)
    heavy = {number: 250 - 50 * number for number in range(4)}  # Person 0..3: 250 ... 100
    stream = [number for number, times in heavy.items() for _ in range(times)]
    stream += list(range(100, 2100))  # 2000 speakers quoted once
    generator.shuffle(stream)
    summary = Summary(top=4, capacity=50)
    truth: collections.Counter[str] = collections.Counter()
    for number in stream:
        summary.add(_one_quote_document(_person(number)))
        truth[f"Person {number}"] += 1
        assert len(summary._speakers.entries) <= 100
        assert len(summary._roles.entries) <= 100
    assert summary.approximate
    top = summary.top_speakers()
    assert [row["name"] for row in top] == [f"Person {n}" for n in range(4)]
    for row in top:
        assert row["quotes"] - row["error"] <= truth[row["name"]] <= row["quotes"]
    assert summary.quotes == summary.attributed == len(stream)  # totals stay exact
    page = summary.to_html()
    assert ("May be over by" in page) == any(row["error"] for row in top)


def test_top_counter_is_exact_below_capacity() -> None:
    counter = _TopCounter(5)
    for key in "abracadabra":
        counter.add(key)
    assert not counter.pruned
    assert [(key, entry[0], entry[1]) for key, entry in counter.top(2)] == [
        ("a", 5, 0),
        ("b", 2, 0),
    ]


def test_per_document_table_is_bounded() -> None:
    items = corpus(30)
    summary = quoteattr.summarize(items, documents_shown=10)
    assert [row["id"] for row in summary.per_document] == [ident for ident, _ in items[:10]]
    page = summary.to_html()
    assert "The first 10 of 31 documents" in page
    assert page.count("<tr><th scope='row'>doc-") == 10


def test_summary_checks_its_arguments() -> None:
    with pytest.raises(TypeError, match="iterable of Documents, got str"):
        quoteattr.summarize("text")
    with pytest.raises(TypeError, match="iterable of Documents, got Document"):
        quoteattr.summarize(quoteattr.attribute("x"))
    with pytest.raises(TypeError, match="item 0 must be"):
        quoteattr.summarize(["text"])
    with pytest.raises(ValueError, match="top as an int >= 1"):
        Summary(top=0)
    with pytest.raises(ValueError, match="capacity >= top"):
        Summary(top=10, capacity=5)
    with pytest.raises(TypeError, match=r"expects a quoteattr\.Document"):
        Summary().add("text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="title as str"):
        Summary().to_html(title=3)  # type: ignore[arg-type]


def test_page_is_self_contained_and_escapes_names() -> None:
    speaker = Entity(id=0, name="<script>alert(1)</script> & Co", kind=EntityKind.ORGANIZATION)
    summary = quoteattr.summarize([_one_quote_document(speaker)] + [d for _, d in corpus(8)])
    page = summary.to_html(title="A <b>corpus</b>")
    assert "<script" not in page and "&lt;script&gt;" in page
    assert "<title>A &lt;b&gt;corpus&lt;/b&gt;</title>" in page
    assert not re.search(r"(?:src|href)\s*=", page)  # nothing loaded from anywhere
    assert "http" not in page
    assert page.count("<svg") == page.count("<title id=") == page.count("<desc id=") >= 6
    assert page.count("<table") == page.count("<caption>") >= 7


# -- the command line ---------------------------------------------------------------


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")


def test_command_reads_texts_jsonl_and_quoteattr_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = corpus(12, hand=False)
    texts = [(ident, document.text) for ident, document in items]
    plain = tmp_path / "one.txt"
    plain.write_text(texts[0][1], encoding="utf-8")
    lines_in = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in texts[1:6])
    batch = tmp_path / "batch.jsonl.gz"
    with gzip.open(batch, "wt", encoding="utf-8") as handle:
        handle.write(lines_in)
    # quoteattr's own output is read, not attributed again: an edited speaker shows
    plain_batch = tmp_path / "batch.jsonl"
    plain_batch.write_text(lines_in, encoding="utf-8")
    written = tmp_path / "written.jsonl"
    assert main(["--input-format", "jsonl", "--format", "jsonl", str(plain_batch)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    for record in lines:
        for entity in record["entities"]:
            entity["name"] = "Edited " + entity["name"]
    _write_jsonl(written, lines)
    single = tmp_path / "single.json"
    single.write_text(json.dumps({"id": "solo", **_hand_built().to_dict()}), encoding="utf-8")
    as_list = tmp_path / "list.json"
    as_list.write_text(json.dumps([{"id": i, "text": t} for i, t in texts[6:]]), "utf-8")
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x", "text": "“Hi,” he said."}\nnot json\n{"error": "was bad"}\n')
    report = tmp_path / "report.html"
    documents_csv = tmp_path / "documents.csv"
    arguments = [str(p) for p in (plain, batch, written, single, as_list, broken)]
    status = main(["summary", *arguments, "-o", str(report), "--documents-csv", str(documents_csv)])
    captured = capsys.readouterr()
    assert status == 1
    assert "broken.jsonl:2: malformed JSON" in captured.err
    assert "broken.jsonl:3: was bad" in captured.err
    page = report.read_text(encoding="utf-8")
    assert "Edited " in page
    rows = list(csv.DictReader(documents_csv.open(encoding="utf-8", newline="")))
    ids = [row["id"] for row in rows]
    expected_ids = [str(plain)] + [i for i, _ in texts[1:6]] * 2 + ["solo"]
    expected_ids += [i for i, _ in texts[6:]] + ["x"]
    assert ids == expected_ids
    # the same figures as summarizing the documents directly
    direct = [(str(plain), items[0][1]), *list(items[1:6])]
    direct += [(r["id"], Document.from_dict(r)) for r in lines]
    direct += [("solo", _hand_built()), *list(items[6:])]
    direct += [("x", quoteattr.attribute("“Hi,” he said."))]
    summary = quoteattr.summarize(direct)
    for row, expected in zip(rows, summary.per_document, strict=True):
        assert row == {key: str(value) for key, value in expected.items()}
    assert f"<td class='n'>{summary.quotes:,}</td>" in page


def test_command_in_worker_processes_matches_one_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = corpus(10, hand=False)
    mixed = tmp_path / "mixed.jsonl"
    records: list[dict[str, Any]] = []
    for number, (ident, document) in enumerate(items):
        if number % 2:
            records.append({"id": ident, **document.to_dict()})
        else:
            records.append({"id": ident, "text": document.text})
    _write_jsonl(mixed, records)
    pages = []
    for jobs in ("1", "2"):
        assert main(["summary", str(mixed), "--jobs", jobs, "--title", "T"]) == 0
        pages.append(capsys.readouterr().out)
    assert pages[0] == pages[1]
    assert pages[0] == quoteattr.summarize(items).to_html(title="T")


def test_read_inputs_treats_unknown_extensions_as_text(tmp_path: Path) -> None:
    odd = tmp_path / "story.md"
    odd.write_text('{"text": "not JSON for this reader"}', encoding="utf-8")
    assert list(read_inputs([str(odd)])) == [(str(odd), odd.read_text(encoding="utf-8"))]
    assert list(read_inputs(["-"], "text", io.BytesIO("“A,” he said.".encode()))) == [
        ("-", "“A,” he said.")
    ]
    with pytest.raises(ValueError, match="input_format"):
        list(read_inputs([str(odd)], "xml"))
    missing = list(read_inputs([str(tmp_path / "none.txt")]))
    assert isinstance(missing[0], quoteattr.Failure)


def test_summary_documents_keeps_input_order() -> None:
    items = corpus(6, hand=False)
    mixed: list[object] = []
    for number, (ident, document) in enumerate(items):
        if number % 3 == 0:
            mixed.append((ident, document.text))
        else:
            kept = next(iter(read_inputs_from({"id": ident, **document.to_dict()})))
            mixed.append(kept)
    out = list(summary_documents(mixed, processes=2))
    assert [ident for ident, _ in out] == [ident for ident, _ in items]  # type: ignore[misc]
    assert [document for _, document in out] == [document for _, document in items]  # type: ignore[misc]


def read_inputs_from(record: dict[str, Any]) -> list[object]:
    from quoteattr.summary_inputs import _json_item

    return [_json_item(record, "here")]


def test_command_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["summary"])
    assert stop.value.code == 2
    with pytest.raises(SystemExit):
        main(["summary", "x.txt", "--top", "many"])
    assert "expected a number" in capsys.readouterr().err
