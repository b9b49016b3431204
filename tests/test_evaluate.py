"""Evaluation against hand-made brat gold: exact figures, and files that cannot be used."""

from __future__ import annotations

import io
from pathlib import Path

import attrs
import pytest

from quoteattr import Config
from quoteattr.evaluate import Score, evaluate_directory, run_evaluate

# a: relations, in both directions; "Trojan horse" is not annotated as anyone's words.
A_TXT = (
    "“We regret the decision,” spokeswoman Heather Nauert said on Tuesday.\n"
    "The meeting was called off, Russian officials said, describing the talks as “not useful”.\n"
    "Critics called the plan a “Trojan horse” for new sanctions.\n"
)
A_ANN = (
    "T1\tContent 0 25\t“We regret the decision,”\n"
    "T2\tSource 26 52\tspokeswoman Heather Nauert\n"
    "T3\tCue 53 57\tsaid\n"
    "R1\tSource Arg1:T1 Arg2:T2\n"
    "R2\tCue Arg1:T1 Arg2:T3\n"
    "T4\tsource 98 115\tRussian officials\n"
    "T5\tCUE 122 132\tdescribing\n"
    "T6\tcontent 133 158\tthe talks as “not useful”\n"
    "R3\tAttributedTo Arg1:T4 Arg2:T6\n"
    "R4\tCue Arg1:T6 Arg2:T5\n"
)
# b: PolNeAR-style events, one Content in two fragments; a headline the gold counts as
# the paper's words, which quoteattr reads as a title (TERM).
B_TXT = (
    "“There is no deal,” the minister told reporters. “We will keep talking.”\n"
    "Asked whether Moscow would return, he answered “never”.\n"
    "The paper ran a story headlined “Talks Collapse” on Monday.\n"
)
B_ANN = (
    "T1\tContent 0 19;49 72\t“There is no deal,” “We will keep talking.”\n"
    "T2\tSource 20 32\tthe minister\n"
    "T3\tCue 33 37\ttold\n"
    "T4\tAttribution 33 37\ttold\n"
    "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n"
    "T5\tSource 108 110\the\n"
    "T6\tCue 111 119\tanswered\n"
    "T7\tContent 120 127\t“never”\n"
    "T8\tAttribution 111 119\tanswered\n"
    "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7\n"
    "T9\tSource 129 138\tThe paper\n"
    "T10\tCue 151 160\theadlined\n"
    "T11\tContent 161 177\t“Talks Collapse”\n"
    "T12\tAttribution 151 160\theadlined\n"
    "E3\tAttribution:T12 Source:T9 Cue:T10 Content:T11\n"
)
# c: the gold source is the cited governor, not the report; one Content without a source.
C_TXT = (
    "“Prices will rise,” the report warned, citing the governor. "
    "Analysts were “cautiously optimistic” about the outlook.\n"
)
C_ANN = (
    "T1\tContent 0 19\t“Prices will rise,”\n"
    "T2\tSource 46 58\tthe governor\n"
    "T3\tCue 31 37\twarned\n"
    "R1\tSource Arg1:T1 Arg2:T2\n"
    "R2\tCue Arg1:T1 Arg2:T3\n"
    "T4\tContent 74 97\t“cautiously optimistic”\n"
)


def _write(folder: Path, name: str, text: str | bytes) -> None:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        with path.open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    for name, text, ann in (("a", A_TXT, A_ANN), ("b", B_TXT, B_ANN), ("c", C_TXT, C_ANN)):
        _write(tmp_path, f"{name}.txt", text)
        _write(tmp_path, f"{name}.ann", ann)
    return tmp_path


def test_exact_figures(gold: Path) -> None:
    report = evaluate_directory(gold)
    assert report.problems == ()
    got = {f.name: (f.quotes, f.speakers) for f in report.files}
    assert got == {
        # quotes: (correct, predicted, gold); speakers likewise
        "a": (Score(2, 3, 2), Score(2, 3, 2)),
        "b": (Score(3, 3, 4), Score(3, 3, 4)),
        "c": (Score(2, 2, 2), Score(0, 2, 1)),
    }
    assert report.quotes == Score(7, 8, 8)
    assert (report.quotes.precision, report.quotes.recall) == (0.875, 0.875)
    assert report.quotes.f1 == pytest.approx(0.875)
    assert report.speakers == Score(5, 8, 7)
    assert report.speakers.precision == 0.625
    assert report.speakers.recall == pytest.approx(5 / 7)
    assert report.speakers.f1 == pytest.approx(2 / 3)


def test_format_is_a_readable_table(gold: Path) -> None:
    table = evaluate_directory(gold).format()
    lines = table.splitlines()
    assert lines[0] == f"Evaluation against {gold}: 3 files, 0 problems"
    assert "file    gold  pred match     src  ment right     src  ment right" in lines
    assert "a          2     3     2       2     3     2       2     4     2" in lines
    assert "c          2     2     2       1     2     0       1     3     0" in lines
    assert "total      8     8     7       7     8     5       6    10     4" in lines
    assert "quotes             0.875  0.875  0.875" in lines
    assert "speakers           0.625  0.714  0.667" in lines
    assert "all attributions   0.400  0.667  0.500" in lines
    assert "Problems" not in table


def test_every_attribution_counts_reported_speech(gold: Path) -> None:
    # a: the officials' description of the talks is reported speech around a
    # partial quote (one prediction, right); the two other reports have no gold.
    # b: the minister's two quotes share one gold Content (one match); "never" is
    # right. c: the quote goes to the report, not the governor the gold names;
    # "citing the governor" is the report's own report (its object, the governor,
    # is a source in the gold, not a content).
    got = {f.name: f.attributions for f in evaluate_directory(gold).files}
    assert got == {"a": Score(2, 4, 2), "b": Score(2, 3, 3), "c": Score(0, 3, 1)}
    quoted_only = evaluate_directory(gold, Config(indirect_speech=False))
    assert quoted_only.attributions == Score(3, 8, 6)
    # The quote measures leave reported speech out: the switch does not move them.
    assert quoted_only.quotes == evaluate_directory(gold).quotes


def test_crlf_text_keeps_brat_offsets(tmp_path: Path) -> None:
    text = "Intro line.\r\n“We regret it,” she said.\r\n"
    _write(tmp_path, "d.txt", text)
    _write(
        tmp_path,
        "d.ann",
        "T1\tContent 13 28\t“We regret it,”\nT2\tSource 29 32\tshe\nR1\tSource Arg1:T1 Arg2:T2\n",
    )
    report = evaluate_directory(tmp_path)
    assert report.problems == ()
    assert (report.quotes, report.speakers) == (Score(1, 1, 1), Score(1, 1, 1))


def test_unusable_files_are_listed_and_the_rest_evaluated(gold: Path) -> None:
    _write(gold, "lonely.txt", "“Hi,” she said.")
    _write(gold, "orphan.ann", "T1\tSource 0 2\tHi\n")
    _write(gold, "broken.txt", "Flynn says yes")
    _write(
        gold, "broken.ann", "T1\tSource 0 5\tFlynn\nT2\tCue 6 10\tsaid\nR1\tCue Arg1:T1 Arg2:T9\n"
    )
    _write(gold, "latin.txt", '"Caf\xe9," she said.'.encode("latin-1"))
    _write(gold, "latin.ann", "")
    report = evaluate_directory(gold)
    assert [f.name for f in report.files] == ["a", "b", "c"]
    assert report.quotes == Score(7, 8, 8)
    assert report.problems[:2] == (
        "lonely.txt: no lonely.ann next to it",
        "orphan.ann: no orphan.txt next to it",
    )
    assert report.problems[2:4] == (
        "broken.ann:2: T2: text 'said' does not match the text at its offsets 'says'",
        "broken.ann:3: R1: refers to undefined annotation 'T9'",
    )
    assert report.problems[4].startswith("latin: cannot read: 'utf-8' codec can't decode")
    assert len(report.problems) == 5
    table = report.format()
    assert "3 files, 5 problems" in table.splitlines()[0]
    assert "Problems (files left out):\n  lonely.txt: no lonely.ann next to it" in table


def test_run_evaluate_prints_and_returns_status(
    gold: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    out = io.StringIO()
    assert run_evaluate(gold, out) == 0
    assert out.getvalue() == evaluate_directory(gold).format() + "\n"

    _write(gold, "lonely.txt", "“Hi,” she said.")
    out = io.StringIO()
    assert run_evaluate(str(gold), out) == 1
    assert "lonely.txt: no lonely.ann next to it" in out.getvalue()

    empty = tmp_path_factory.mktemp("empty")
    out = io.StringIO()
    assert run_evaluate(empty, out) == 2
    assert "0 files" in out.getvalue()

    out = io.StringIO()
    assert run_evaluate(empty / "missing", out) == 2
    assert out.getvalue().startswith("error: gold directory")


def test_config_is_used(gold: Path) -> None:
    config = attrs.evolve(Config(), sieves=())
    report = evaluate_directory(gold, config)
    assert report.speakers.predicted == 0
    assert report.speakers.correct == 0


def test_wrong_arguments_are_named(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="gold_dir as str or path"):
        evaluate_directory(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"quoteattr\.Config or None"):
        evaluate_directory(tmp_path, config="strict")  # type: ignore[arg-type]
    with pytest.raises(NotADirectoryError, match="is not a directory"):
        evaluate_directory(tmp_path / "nope")
    with pytest.raises(TypeError, match="text stream"):
        run_evaluate(tmp_path, out="stdout")  # type: ignore[arg-type]


def test_score_with_nothing_is_zero() -> None:
    assert (Score().precision, Score().recall, Score().f1) == (0.0, 0.0, 0.0)
