"""The command line's file formats (brat, HTML) and the ``evaluate`` subcommand."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

import quoteattr
from quoteattr import QuoteKind
from quoteattr.brat import read_brat
from quoteattr.cli import main
from quoteattr.html import to_html

SEED = Path(__file__).resolve().parent.parent / "seeds" / "nauert_russia_sanctions.txt"
TEXT = "“We regret it,” spokeswoman Heather Nauert said. “It is wrong,” she added.\n"


def test_brat_writes_one_pair_per_input_and_reads_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in" / "story.txt"
    source.parent.mkdir()
    source.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    status = main(["--format", "brat", "--output-dir", str(out), str(source), str(source)])
    assert status == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2  # one record per input
    assert sorted(p.name for p in out.iterdir()) == [
        "story-2.ann",
        "story-2.txt",
        "story.ann",
        "story.txt",
    ]
    text = (out / "story.txt").read_text(encoding="utf-8")
    assert text == TEXT
    brat = read_brat(text, (out / "story.ann").read_text(encoding="utf-8"), "story.ann")
    quotes = [t for t in brat.textbounds if t.label == "Quote"]
    document = quoteattr.attribute(TEXT)
    assert [(q.fragments[0].start, q.fragments[-1].end) for q in quotes] == [
        (q.span.start, q.span.end) for q in document.quotes
    ]


def test_brat_reports_a_failed_input_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    missing = tmp_path / "missing.txt"
    status = main(["--format", "brat", "--output-dir", str(out), str(missing), str(SEED)])
    assert status == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 2
    assert "error" in lines[0] and str(missing) in captured.err
    assert (out / "nauert_russia_sanctions.ann").exists()


class _Marks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.speakers: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "mark" and "quote" in (values.get("class") or "").split():
            self.speakers.append(values.get("data-speaker"))


def test_html_writes_a_page_per_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pages"
    assert main(["--format", "html", "--output-dir", str(out), str(SEED)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    page = (out / "nauert_russia_sanctions.html").read_text(encoding="utf-8")
    marks = _Marks()
    marks.feed(page)
    document = quoteattr.attribute(SEED.read_text(encoding="utf-8"))
    marked = [q for q in document.quotes if q.kind is not quoteattr.QuoteKind.INDIRECT]
    assert len(marks.speakers) == len(marked)
    assert page.count('<span class="reported ') == len(document.quotes) - len(marked)
    assert "Heather Nauert" in marks.speakers


@pytest.mark.parametrize("format_name", ["brat", "html"])
def test_file_formats_need_an_output_directory_for_several_inputs(
    format_name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--format", format_name, str(SEED), str(SEED)])
    assert raised.value.code == 2
    assert "for 2 inputs give --output-dir" in capsys.readouterr().err
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit) as raised:
        main(["--format", format_name, str(corpus)])
    assert raised.value.code == 2
    assert "for JSON-lines input give --output-dir" in capsys.readouterr().err


def test_html_of_one_input_goes_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "html", str(SEED)]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>")
    document = quoteattr.attribute(SEED.read_text(encoding="utf-8"))
    assert page == to_html(document, title="nauert_russia_sanctions")
    marks = _Marks()
    marks.feed(page)
    in_marks = [quote for quote in document.quotes if quote.kind is not QuoteKind.INDIRECT]
    assert len(marks.speakers) == len(in_marks)


def test_brat_of_one_input_goes_to_standard_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "story.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["--format", "brat", str(source)]) == 0
    ann = capsys.readouterr().out
    brat = read_brat(TEXT, ann, "story.ann")
    quotes = [t for t in brat.textbounds if t.label == "Quote"]
    document = quoteattr.attribute(TEXT)
    assert [(q.fragments[0].start, q.fragments[-1].end) for q in quotes] == [
        (q.span.start, q.span.end) for q in document.quotes
    ]


def test_a_single_document_format_writes_nothing_for_a_failed_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--format", "html", str(tmp_path / "missing.txt")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "missing.txt: No such file or directory" in captured.err


def test_evaluate_subcommand_scores_brat_gold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.txt").write_text(TEXT, encoding="utf-8")
    start = TEXT.index("spokeswoman")
    (gold / "a.ann").write_text(
        "T1\tContent 0 15\t“We regret it,”\n"
        f"T2\tSource {start} {start + 26}\tspokeswoman Heather Nauert\n"
        f"T3\tCue {start + 27} {start + 31}\tsaid\n"
        "R1\tSource Arg1:T1 Arg2:T2\n"
        "R2\tCue Arg1:T1 Arg2:T3\n",
        encoding="utf-8",
    )
    assert main(["evaluate", str(gold)]) == 0
    report = capsys.readouterr().out
    assert "quotes" in report and "speakers" in report
    assert "1.000" in report  # the one gold quote is found, with its speaker


def test_evaluate_subcommand_without_gold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", str(tmp_path / "nowhere")]) == 2
    assert "nowhere" in capsys.readouterr().out
