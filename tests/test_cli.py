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
    assert "[TERM]" in out


def test_json_is_the_full_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "json", str(SEED)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["file"] == str(SEED)
    assert len(record["quotes"]) == 8
    assert record["quotes"][1]["speaker_name"] == "Heather Nauert"


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
    assert json.loads(result.stdout)["quotes"][7]["speaker_name"] == "Maria Zakharova"
