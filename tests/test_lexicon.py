"""Word lists: loading, validation with every bad line reported, composition."""

from __future__ import annotations

from pathlib import Path

import pytest

import quoteattr
from quoteattr import Config, Lexicon, LexiconError


def test_builtin_lists_load_and_hold_the_basics() -> None:
    lexicon = Lexicon.default()
    assert lexicon.reporting_verbs["said"] == "say"
    assert lexicon.reporting_verbs["tweeted"] == "tweet"
    assert "spokeswoman" in lexicon.role_nouns
    assert "sen" in lexicon.abbreviations
    assert lexicon.titles["Ms."] == "f"
    assert Lexicon.default() is lexicon  # loaded once per process


def test_every_bad_line_is_reported_at_once(tmp_path: Path) -> None:
    (tmp_path / "reporting_verbs.txt").write_text("# verbs\nsay said\nbad!verb x\n\n9lives\n")
    (tmp_path / "titles.txt").write_text("# titles\nMr. | m\nDame | x\n")
    (tmp_path / "colours.txt").write_text("red\n")
    with pytest.raises(LexiconError) as caught:
        Lexicon.from_directory(tmp_path)
    problems = caught.value.problems
    assert len(problems) == 4
    assert any("reporting_verbs.txt:3" in p for p in problems)
    assert any("reporting_verbs.txt:5" in p for p in problems)
    assert any("titles.txt:3" in p for p in problems)
    assert any("colours.txt" in p for p in problems)
    assert "4 malformed word-list lines" in str(caught.value)


def test_extension_by_composition_changes_attribution() -> None:
    text = "“We will prevail,” the senator harrumphed."
    assert quoteattr.attribute(text).quotes[0].speaker is None
    extra = Lexicon.from_lines({"reporting_verbs": ["harrumph harrumphs harrumphed"]})
    config = Config(lexicon=Lexicon.default().extended(extra))
    quote = quoteattr.attribute(text, config).quotes[0]
    assert quote.cue is not None and quote.cue.slice(text) == "harrumphed"
    assert "harrumphed" not in Lexicon.default().reporting_verbs  # nothing was mutated


def test_missing_directory() -> None:
    with pytest.raises(FileNotFoundError):
        Lexicon.from_directory("/no/such/word/lists")
