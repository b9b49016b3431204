"""The command line's files: JSON lines by name, gzip in and out, --output, limits, --help."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

import quoteattr
from quoteattr.cli import main

TEXT = "“We regret it,” spokeswoman Heather Nauert said."
LINES = [
    {"id": "a", "text": "“Yes,” said Sen. Ted Cruz."},
    {"id": "b", "text": "No quotes here."},
    {"id": "c", "text": TEXT},
]


def _jsonl(lines: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()


def _records(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.mark.parametrize("name", ["corpus.jsonl", "corpus.JSONL", "corpus.jsonl.gz"])
def test_a_jsonl_name_is_read_as_json_lines(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    data = _jsonl(LINES)
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    assert main(["--format", "jsonl", str(path)]) == 0
    records = _records(capsys.readouterr().out)
    assert [r["id"] for r in records] == ["a", "b", "c"]
    assert records[2]["quotes"] == quoteattr.attribute(TEXT).to_dict()["quotes"]


def test_input_format_text_still_reads_a_jsonl_name_as_one_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(_jsonl(LINES))
    assert main(["--input-format", "text", "--format", "jsonl", str(path)]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert record["text"] == path.read_text(encoding="utf-8")


def test_text_and_jsonl_inputs_mix_in_one_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(_jsonl(LINES[:2]))
    assert main(["--format", "jsonl", str(story), str(corpus)]) == 0
    assert [r["id"] for r in _records(capsys.readouterr().out)] == [str(story), "a", "b"]


def test_gzip_text_is_read_whatever_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("story.txt.gz", "story-compressed.txt"):
        (tmp_path / name).write_bytes(gzip.compress(TEXT.encode()))
    argv = [
        "--format",
        "jsonl",
        str(tmp_path / "story.txt.gz"),
        str(tmp_path / "story-compressed.txt"),
    ]
    assert main(argv) == 0
    records = _records(capsys.readouterr().out)
    assert [r["text"] for r in records] == [TEXT, TEXT]


def test_gzip_on_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(gzip.compress(_jsonl(LINES))), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["--input-format", "jsonl", "--format", "jsonl", "-"]) == 0
    assert [r["id"] for r in _records(capsys.readouterr().out)] == ["a", "b", "c"]


def test_a_broken_gzip_file_is_an_error_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    truncated = tmp_path / "cut.txt.gz"
    truncated.write_bytes(gzip.compress(TEXT.encode() * 50)[:30])
    cut_lines = tmp_path / "cut.jsonl.gz"
    cut_lines.write_bytes(gzip.compress(_jsonl(LINES) * 50)[:60])
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    assert main(["--format", "jsonl", str(truncated), str(cut_lines), str(good)]) == 1
    captured = capsys.readouterr()
    records = _records(captured.out)
    assert records[0]["error"].startswith("not a valid gzip file: ")  # type: ignore[union-attr]
    assert "not a valid gzip file" in str(records[-2]["error"])
    assert records[-1]["id"] == str(good) and "quotes" in records[-1]
    assert f"quoteattr: {truncated}: not a valid gzip file" in captured.err


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz"])
def test_output_file_plain_or_gzip(name: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(_jsonl(LINES))
    out = tmp_path / name
    assert main(["--format", "jsonl", str(corpus), "-o", str(out)]) == 0
    data = out.read_bytes()
    if name.endswith(".gz"):
        assert data[:2] == b"\x1f\x8b"
        data = gzip.decompress(data)
    records = _records(data.decode("utf-8"))
    assert [r["id"] for r in records] == ["a", "b", "c"]


def test_an_output_file_that_cannot_be_opened_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing-dir" / "out.jsonl"
    assert main(["--format", "jsonl", "-o", str(out), "-"]) == 2
    assert "--output" in capsys.readouterr().err


def test_html_to_an_output_file(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    page = tmp_path / "story.html.gz"
    assert main(["--format", "html", str(story), "--output", str(page)]) == 0
    html = gzip.decompress(page.read_bytes()).decode("utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Heather Nauert" in html


def test_max_chars_gives_an_error_record_naming_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "crawl.jsonl"
    corpus.write_bytes(_jsonl([*LINES[:1], {"id": "long", "text": TEXT * 40}, LINES[2]]))
    assert main(["--format", "jsonl", "--max-chars", "1000", str(corpus)]) == 1
    captured = capsys.readouterr()
    records = _records(captured.out)
    assert [("error" in r) for r in records] == [False, True, False]
    assert "SizeLimitExceeded" in str(records[1]["error"])
    assert "max_chars=1,000" in str(records[1]["error"])
    assert "SizeLimitExceeded" in captured.err


def test_time_limit_runs_the_documents_in_a_worker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "crawl.jsonl"
    corpus.write_bytes(_jsonl(LINES))
    assert main(["--format", "jsonl", "--time-limit", "30", str(corpus)]) == 0
    records = _records(capsys.readouterr().out)
    assert records[2]["quotes"] == quoteattr.attribute(TEXT).to_dict()["quotes"]


@pytest.mark.parametrize(
    "argv",
    [["--max-chars", "0"], ["--max-chars", "many"], ["--time-limit", "-3"], ["--time-limit", "x"]],
)
def test_bad_limits_are_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main([*argv, "-"])
    assert raised.value.code == 2
    assert "expected" in capsys.readouterr().err


def test_help_shows_an_example_per_common_task(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for example in (
        "quoteattr article.txt",
        "quoteattr --format html article.txt > article.html",
        "quoteattr --format brat article.txt > article.ann",
        "quoteattr --format jsonl corpus.jsonl.gz -o out.jsonl.gz",
        "quoteattr --format html --output-dir pages/",
        "-j 0",
        "--max-chars",
        "quoteattr evaluate GOLD_DIR",
        "cat article.txt | quoteattr -",
    ):
        assert example in out
