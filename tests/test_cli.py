"""The command line: readable and JSON output, stdin, bad paths."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quoteattr.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "nauert_russia_sanctions.txt"


def test_text_summary_names_speakers_and_roles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "8 quotes" in out
    assert "speaker: Heather Nauert (spokeswoman) via “she”, cue “said”" in out
    assert "[PARTIAL]" in out  # “irritants”, a partial quote inside Shannon's reported hope


def test_json_is_the_full_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "json", str(SEED)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["file"] == str(SEED)
    marked = [q for q in record["quotes"] if q["kind"] != "indirect"]
    # and 6 reported without marks (one, the question put to a spokeswoman)
    assert len(marked) == 8 and len(record["quotes"]) == 14
    assert marked[1]["speaker_name"] == "Heather Nauert"


def test_explain_lists_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--explain", str(SEED)]) == 0
    assert "rule quote_mention_cue" in capsys.readouterr().out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("“Yes,” said Sen. Ted Cruz."))
    assert main(["-"]) == 0
    assert "Ted Cruz" in capsys.readouterr().out


def test_missing_file_is_reported_and_others_still_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "missing.txt"), str(SEED)]) == 1
    captured = capsys.readouterr()
    assert "missing.txt" in captured.err
    assert "8 quotes" in captured.out


def test_invalid_utf8_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa not utf-8")
    assert main([str(bad)]) == 1
    assert "bad.txt" in capsys.readouterr().err


def test_python_dash_m_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quoteattr", "--format", "json", str(SEED)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout)["quotes"][-1]["speaker_name"] == "Maria Zakharova"


# -- the bad-input matrix: every input gives one record, the others go on ------


def _records(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 \xff")
    locked = tmp_path / "locked.txt"
    locked.write_text("“Hidden,” he said.", encoding="utf-8")
    return {
        "missing": tmp_path / "missing.txt",
        "directory": tmp_path,
        "locked": locked,
        "bad": bad,
        "empty": empty,
        "seed": SEED,
    }


@pytest.fixture
def locked_is_unreadable(monkeypatch: pytest.MonkeyPatch, inputs: dict[str, Path]) -> None:
    """Make ``locked.txt`` fail as a chmod 000 file does (tests run as root, who may read it)."""
    real_open = open

    def fake_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(inputs["locked"]):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", fake_open)


REASONS = {
    "missing": "No such file or directory",
    "directory": "Is a directory",
    "locked": "Permission denied",
    "bad": "not valid UTF-8 (byte 0xe9 at offset 3)",
}


@pytest.mark.usefixtures("locked_is_unreadable")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_bad_text_input_is_one_error_record(
    inputs: dict[str, Path], jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    names = [str(path) for path in inputs.values()]
    assert main(["--format", "jsonl", "--jobs", jobs, *names]) == 1
    captured = capsys.readouterr()
    records = _records(captured.out)
    assert [r["id"] for r in records] == names
    for (key, path), record in zip(inputs.items(), records, strict=True):
        if key in REASONS:
            assert record == {"id": str(path), "error": REASONS[key]}
            assert f"quoteattr: {path}: {REASONS[key]}\n" in captured.err
        else:
            assert "error" not in record
    assert records[4]["text"] == "" and records[4]["quotes"] == []  # empty is a document
    assert len(records[5]["quotes"]) == 14  # type: ignore[arg-type]
    assert captured.err.count("quoteattr: ") == len(REASONS)


@pytest.mark.usefixtures("locked_is_unreadable")
def test_text_format_writes_an_error_block_per_bad_input(
    inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(path) for path in inputs.values()]) == 1
    out = capsys.readouterr().out
    headings = [line for line in out.splitlines() if line.startswith("== ")]
    assert headings == [
        f"== {inputs['missing']}: error: No such file or directory",
        f"== {inputs['directory']}: error: Is a directory",
        f"== {inputs['locked']}: error: Permission denied",
        f"== {inputs['bad']}: error: not valid UTF-8 (byte 0xe9 at offset 3)",
        f"== {inputs['empty']}: 0 quotes, 0 speakers",
        f"== {SEED}: 8 quotes, 6 reported without quotation marks, 7 speakers",
    ]


def test_json_format_keeps_the_file_key_for_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "missing.txt")
    assert main(["--format", "json", missing, str(SEED)]) == 1
    first, second = _records(capsys.readouterr().out)
    assert first == {"file": missing, "error": "No such file or directory"}
    assert second["file"] == str(SEED)


JSONL_LINES = [
    '{"id": "a", "text": "“Yes,” said Sen. Ted Cruz."}',
    "{not json",
    "",
    '{"id": 7, "text": 5}',
    '{"text": "“No,” he said."}',
    '["a", "list"]',
    '{"id": "no-text"}',
    '{"id": ["x"], "text": "t"}',
]


def _jsonl_file(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    data = "\n".join(JSONL_LINES).encode("utf-8") + b'\n{"id": "latin", "text": "caf\xe9"}\n'
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_input_malformed_lines_become_error_records(
    tmp_path: Path, jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _jsonl_file(tmp_path)
    argv = ["--input-format", "jsonl", "--format", "jsonl", "--jobs", jobs, str(path)]
    assert main(argv) == 1
    captured = capsys.readouterr()
    records = _records(captured.out)
    where = f"{path}:"
    assert [r["id"] for r in records] == [
        "a",
        f"{where}2",
        7,
        f"{where}5",
        f"{where}6",
        "no-text",
        f"{where}8",
        f"{where}9",  # not decodable, so its id is unknown
    ]
    assert records[0]["quotes"][0]["speaker_name"] == "Ted Cruz"  # type: ignore[index]
    assert str(records[1]["error"]).startswith("malformed JSON: ")
    assert records[2]["error"] == f'{where}4: "text" must be a string, got int'
    assert "error" not in records[3]
    assert records[4]["error"] == "expected a JSON object, got list"
    assert records[5]["error"] == f'{where}7: no "text" field'
    assert records[6]["error"] == "\"id\" must be a string or an integer: ['x']"
    assert records[7]["error"] == "not valid UTF-8 (byte 0xe9 at offset 28)"
    for number in (2, 4, 6, 7, 8, 9):
        assert f"quoteattr: {where}{number}: " in captured.err


def test_jsonl_from_stdin_and_a_missing_jsonl_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = '{"id": "s", "text": "“Yes,” she said."}\n{oops\n'
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    missing = str(tmp_path / "missing.jsonl")
    assert main(["--input-format", "jsonl", "--format", "jsonl", "-", missing]) == 1
    records = _records(capsys.readouterr().out)
    assert [r["id"] for r in records] == ["s", "-:2", missing]
    assert records[2]["error"] == "No such file or directory"


def test_all_good_inputs_exit_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "good.jsonl"
    path.write_text('{"id": 1, "text": "“Yes,” she said."}\n\n', encoding="utf-8")
    assert main(["--input-format", "jsonl", "--format", "jsonl", str(path)]) == 0
    assert [r["id"] for r in _records(capsys.readouterr().out)] == [1]


def test_output_is_flushed_record_by_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Recorder(io.StringIO):
        def __init__(self) -> None:
            super().__init__()
            self.flushed: list[int] = []

        def flush(self) -> None:
            self.flushed.append(self.getvalue().count("\n"))

    out = Recorder()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["--format", "jsonl", str(SEED), str(SEED), str(SEED)]) == 0
    assert out.flushed[:3] == [1, 2, 3]


def test_lexicons_extend_the_word_lists(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lists = tmp_path / "lists"
    lists.mkdir()
    (lists / "reporting_verbs.txt").write_text("skeet skeets skeeted skeeting\n", encoding="utf-8")
    text = tmp_path / "post.txt"
    text.write_text("“Subscribe now,” Jane Doe skeeted.", encoding="utf-8")
    assert main([str(text)]) == 0
    assert "speaker: -" in capsys.readouterr().out
    assert main(["--lexicons", str(lists), str(text)]) == 0
    assert "speaker: Jane Doe" in capsys.readouterr().out


def test_malformed_lexicons_list_every_bad_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "reporting_verbs.txt").write_text("ok oks\nb@d\n", encoding="utf-8")
    (tmp_path / "titles.txt").write_text("Sen. | x\n", encoding="utf-8")
    assert main(["--lexicons", str(tmp_path), str(SEED)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "2 malformed word-list lines" in captured.err
    assert "reporting_verbs.txt:2" in captured.err and "titles.txt:1" in captured.err


def test_missing_lexicon_directory_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lexicons", str(tmp_path / "nope"), str(SEED)]) == 2
    assert "word-list directory not found" in capsys.readouterr().err


def test_progress_line_on_request(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--progress", "--format", "jsonl", str(SEED), str(SEED)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("\rquoteattr: ") and "2 done, 0 failed" in err and "docs/s" in err


def test_no_progress_when_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "jsonl", *[str(SEED)] * 25]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("jobs", ["-1", "two"])
def test_bad_jobs_is_a_usage_error(jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--jobs", jobs, str(SEED)])
    assert exit_info.value.code == 2
    assert "--jobs" in capsys.readouterr().err


def test_jobs_zero_means_every_cpu(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jobs", "0", "--format", "jsonl", str(SEED)]) == 0
    assert len(_records(capsys.readouterr().out)) == 1


def test_jsonl_stream_through_a_subprocess_with_jobs(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(300):
            handle.write(json.dumps({"id": number, "text": f"“Yes {number},” she said."}) + "\n")
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[150] = "{oops"  # line 151 becomes malformed JSON
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "quoteattr", "--input-format", "jsonl", "--format", "jsonl"]
    result = subprocess.run(
        [*command, "--jobs", "2", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    records = _records(result.stdout)
    assert len(records) == 300
    assert [r["id"] for r in records[:150]] == list(range(150))
    assert records[150]["id"] == f"{path}:151" and "error" in records[150]
    assert result.stderr.startswith(f"quoteattr: {path}:151: malformed JSON")
