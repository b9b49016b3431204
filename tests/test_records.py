"""Flat rows per quote (``quoteattr.records``) and the command line's CSV and TSV."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import quoteattr
from quoteattr import (
    Document,
    Entity,
    EntityKind,
    Quote,
    QuoteKind,
    RoleForm,
    RolePhrase,
    Span,
)
from quoteattr.cli import main
from quoteattr.rows import RECORD_COLUMNS, document_records

TEXTS = [
    "“We regret it,” spokeswoman Heather Nauert said. “It is wrong,” she added.",
    "No quotation here at all.",
    "The mayor called it a “disgrace”. “Leave now,” said Sen. Tom Birch, a Democrat.",
]


def _hand_built() -> Document:
    """A document whose entities carry every field a row reads (the pipeline may not
    fill them all yet): title, affiliation, role phrases, an unnamed source, and an
    indirect quote without marks."""
    text = (
        "Sen. Ann Lee, the Ohio Democrat, said the plan “would fail”.\n\n"
        "A senior official said talks would resume."
    )
    lee = Entity(
        id=0,
        name="Ann Lee",
        kind=EntityKind.PERSON,
        role="senator",
        mentions=(Span(0, 12),),
        gender="f",
        title="Sen.",
        affiliation="Democrat",
        roles=(RolePhrase(Span(14, 31), text[14:31], RoleForm.APPOSITION),),
    )
    unnamed = text.index("A senior official")
    official = Entity(
        id=1,
        name="a senior official",
        kind=EntityKind.UNNAMED,
        role="official",
        mentions=(Span(unnamed, unnamed + 17),),
    )
    partial = text.index("would fail")
    indirect = text.index("talks would resume")
    quotes = (
        Quote(
            span=Span(partial, partial + 10),
            text="would fail",
            kind=QuoteKind.PARTIAL,
            open_mark=Span(partial - 1, partial),
            close_mark=Span(partial + 10, partial + 11),
            speaker=lee,
            mention=Span(0, 12),
            cue=Span(33, 37),
            rule="hand_built",
            resolution="new name",
        ),
        Quote(
            span=Span(indirect, indirect + 18),
            text="talks would resume",
            kind=QuoteKind.INDIRECT,
            speaker=official,
            mention=Span(unnamed, unnamed + 17),
            cue=Span(unnamed + 18, unnamed + 22),
            rule="hand_built_indirect",
        ),
    )
    return Document(
        text=text,
        quotes=quotes,
        entities=(lee, official),
        paragraphs=(Span(0, unnamed - 2), Span(unnamed, len(text))),
        sentences=(Span(0, unnamed - 2), Span(unnamed, len(text))),
    )


def test_hand_built_document_fills_every_column() -> None:
    document = _hand_built()
    assert document.text[33:37] == "said" == document.quotes[1].cue.slice(document.text)  # type: ignore[union-attr]
    first, second = quoteattr.records([("h", document)])
    assert first == {
        "document_id": "h",
        "quote_index": 0,
        "kind": "partial",
        "start": document.quotes[0].span.start,
        "end": document.quotes[0].span.end,
        "text": "would fail",
        "closed": True,
        "paragraph": 0,
        "sentence": 0,
        "speaker_id": 0,
        "speaker_name": "Ann Lee",
        "speaker_kind": "person",
        "role": "senator",
        "title": "Sen.",
        "affiliation": "Democrat",
        "gender": "f",
        "mention": "Sen. Ann Lee",
        "mention_start": 0,
        "mention_end": 12,
        "cue": "said",
        "cue_start": 33,
        "cue_end": 37,
        "rule": "hand_built",
        "resolution": "new name",
    }
    assert second["kind"] == "indirect" and second["closed"] is False
    assert (second["speaker_kind"], second["speaker_name"]) == ("unnamed", "a senior official")
    assert (second["paragraph"], second["sentence"]) == (1, 1)
    assert second["mention"] == "A senior official"
    assert second["title"] is None and second["gender"] is None


def test_rows_have_the_documented_columns_in_order(seed_doc: Document) -> None:
    rows = list(quoteattr.records([seed_doc]))
    assert len(rows) == len(seed_doc.quotes) >= 5
    for row, quote in zip(rows, seed_doc.quotes, strict=True):
        assert tuple(row) == RECORD_COLUMNS
        assert all(value is None or type(value) in (str, int, bool) for value in row.values())
        assert row["text"] == seed_doc.text[row["start"] : row["end"]] == quote.text
        assert row["kind"] == quote.kind.value
        paragraph = seed_doc.paragraphs[row["paragraph"]]
        assert paragraph.start <= row["start"] < paragraph.end
        sentence = seed_doc.sentences[row["sentence"]]
        assert sentence.start <= row["start"] < sentence.end
        if quote.speaker is None:
            assert row["speaker_name"] is row["speaker_id"] is None
        else:
            assert seed_doc.entities[row["speaker_id"]] == quote.speaker
            assert row["speaker_name"] == quote.speaker.name
        if row["mention"] is not None:
            assert row["mention"] == seed_doc.text[row["mention_start"] : row["mention_end"]]
        if row["cue"] is not None:
            assert row["cue"] == seed_doc.text[row["cue_start"] : row["cue_end"]]
    nauert = [row for row in rows if row["speaker_name"] == "Heather Nauert"]
    assert nauert and all(row["role"] == "spokeswoman" for row in nauert)


def test_ids_from_positions_pairs_and_batch_results() -> None:
    documents = [quoteattr.attribute(text) for text in TEXTS]
    assert {row["document_id"] for row in quoteattr.records(documents)} == {0, 2}
    pairs = list(zip(["a", "b", "c"], documents, strict=True))
    # c: the mayor's words are reported speech around a partial quote, then the quote.
    assert [row["document_id"] for row in quoteattr.records(pairs)] == ["a", "a", "c", "c", "c"]
    results = quoteattr.attribute_many(zip(["x", "y", "z"], TEXTS, strict=True))
    rows = list(quoteattr.records(results))
    assert [row["document_id"] for row in rows] == ["x", "x", "z", "z", "z"]
    assert rows == [dict(row, document_id=row["document_id"]) for row in rows]
    assert [row["quote_index"] for row in rows] == [0, 1, 0, 1, 2]


def test_rows_are_lazy() -> None:
    endless = itertools.repeat(quoteattr.attribute(TEXTS[0]))
    rows = list(itertools.islice(quoteattr.records(endless), 5))
    assert [row["document_id"] for row in rows] == [0, 0, 1, 1, 2]


def test_no_quotes_no_rows() -> None:
    assert list(quoteattr.records([quoteattr.attribute(""), quoteattr.attribute(TEXTS[1])])) == []


@pytest.mark.parametrize(
    ("documents", "message"),
    [
        (quoteattr.attribute("“A,” he said."), "got one Document; use records([document])"),
        ("some text", "got str"),
        (42, "got int"),
        (None, "got NoneType"),
    ],
)
def test_records_rejects_what_is_not_an_iterable_of_documents(documents: Any, message: str) -> None:
    with pytest.raises(TypeError, match=re.escape(message)):
        quoteattr.records(documents)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("“A,” he said.", "item 1 must be a quoteattr.Document.*got str"),
        (("id", "text"), r"got an \(id, str\) pair"),
        ((1, 2, 3), "got a 3-tuple"),
        (quoteattr.Failure("f", 1, "TypeError: no"), "item 1 is a Failure .*r.ok"),
    ],
)
def test_records_names_the_bad_item(item: object, message: str) -> None:
    rows = quoteattr.records([quoteattr.attribute("No quotes."), item])
    with pytest.raises(TypeError, match=message):
        list(rows)


def test_document_records_checks_its_input() -> None:
    with pytest.raises(TypeError, match=r"expects a quoteattr\.Document, got str"):
        document_records("text")  # type: ignore[arg-type]


# -- the command line -------------------------------------------------------------


def _as_csv_text(value: object) -> str:
    """How the csv module writes a row value (the documented convention)."""
    return "" if value is None else str(value)


def _expected(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [{key: _as_csv_text(value) for key, value in row.items()} for row in rows]


def test_csv_of_a_text_file_reads_back_as_the_records(
    seed_text: str, seed_full: Document, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = str(Path(__file__).resolve().parent.parent / "seeds" / "nauert_russia_sanctions.txt")
    assert main(["--format", "csv", seed]) == 0
    out = capsys.readouterr().out
    assert out.startswith(",".join(RECORD_COLUMNS) + "\r\n")
    assert out.count(",".join(RECORD_COLUMNS)) == 1
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert rows == _expected(list(quoteattr.records([(seed, seed_full)])))


@pytest.mark.parametrize(("name", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_jsonl_batch_one_header_ids_in_rows_and_failures_left_out(
    name: str, delimiter: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    awkward = 'Tabs\tand "quotes", commas. “Yes,\tsir, “no”,” said Dr. Al Ames.\n\n“Fine,” he said.'
    lines = [
        {"id": "first", "text": TEXTS[0]},
        {"id": 7, "text": TEXTS[1]},
        {"id": "bad", "text": 3},
        {"id": "awkward", "text": awkward},
        {"id": "third", "text": TEXTS[2]},
    ]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    status = main(["--input-format", "jsonl", "--format", name, str(batch)])
    captured = capsys.readouterr()
    assert status == 1 and "batch.jsonl:3" in captured.err
    rows = list(csv.DictReader(io.StringIO(captured.out, newline=""), delimiter=delimiter))
    expected = quoteattr.records(
        (line["id"], quoteattr.attribute(line["text"]))
        for line in lines
        if isinstance(line["text"], str)
    )
    assert rows == _expected(list(expected))
    assert {row["document_id"] for row in rows} == {"first", "awkward", "third"}
    assert any("\t" in row["text"] for row in rows)


def test_csv_header_alone_when_no_quote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "plain.txt"
    source.write_text(TEXTS[1], encoding="utf-8")
    assert main(["--format", "csv", str(source)]) == 0
    assert capsys.readouterr().out == ",".join(RECORD_COLUMNS) + "\r\n"


def test_csv_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    source = tmp_path / "accents.txt"
    source.write_text("“Ça ira, señor,” said Zoë Brontë.", encoding="utf-8")
    environment = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}
    result = subprocess.run(
        [sys.executable, "-m", "quoteattr", "--format", "csv", str(source)],
        capture_output=True,
        env=environment,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"), newline="")))
    assert rows[0]["text"] == "Ça ira, señor,"
    assert rows[0]["speaker_name"] == "Zoë Brontë"


def test_csv_rows_of_each_document_are_flushed_when_it_is_done(tmp_path: Path) -> None:
    """Streaming: each document's rows reach the reader before the next input is read."""
    script = (
        "import sys\n"
        "from quoteattr.cli import main\n"
        "sys.exit(main(['--input-format', 'jsonl', '--format', 'csv', '-']))\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        assert process.stdout.readline().startswith("document_id,")
        for number in range(3):
            line = json.dumps({"id": f"d{number}", "text": f"“Point {number},” she said."})
            process.stdin.write(line + "\n")
            process.stdin.flush()
            assert process.stdout.readline().startswith(f"d{number},0,direct,")
    finally:
        process.stdin.close()
        process.wait(timeout=60)
    assert process.returncode == 0
