"""Word lists: loading, validation with every bad line reported, composition."""

from __future__ import annotations

from pathlib import Path

import pytest

import quoteattr
from quoteattr import Config, Lexicon, LexiconError
from quoteattr.cli import main


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


def _quotes(text: str, lists: dict[str, list[str]] | None = None) -> list[tuple[str, str, str]]:
    """``(rule, content, speaker)`` of every quote of ``text``, with ``lists``
    added to the built-in lexicon when given."""
    config = Config()
    if lists is not None:
        config = Config(lexicon=Lexicon.default().extended(Lexicon.from_lines(lists)))
    return [
        (q.rule or "", q.text, q.speaker.name if q.speaker else "")
        for q in quoteattr.attribute(text, config).quotes
    ]


def test_a_new_stance_verb_is_read() -> None:
    text = "Mara Quist spoke on Friday. Quist champions the new ferry tax."
    assert _quotes(text) == []
    extra = {"stance_verbs": ["champion champions championed"]}
    assert _quotes(text, extra) == [("reported_stance", "the new ferry tax", "Mara Quist")]


def test_a_new_casting_verb_is_read() -> None:
    text = "Oren Blad spoke on Friday. Blad pegged the governor as a friend of developers."
    assert _quotes(text) == []
    extra = {"casting_verbs": ["peg pegs pegged pegging"]}
    expected = ("reported_view", "the governor as a friend of developers", "Oren Blad")
    assert _quotes(text, extra) == [expected]
    # "as" opening a clause of time still reports nothing, for the new verb too.
    assert _quotes("Blad pegged the tent as the storm arrived.", extra) == []


def test_a_new_phrasal_cue_is_read_and_keeps_the_built_in_particles() -> None:
    text = "Ivo Marsh spoke on Friday. Marsh hit out at the harbour board."
    assert _quotes(text) == []
    extra = {"phrasal_cues": ["hit hits hitting : out at"]}
    assert _quotes(text, extra) == [("reported_phrasal", "the harbour board", "Ivo Marsh")]
    lexicon = Lexicon.default().extended(Lexicon.from_lines(extra))
    assert lexicon.phrasal_cues["hit"] == (("back", "at"), ("out", "at"))
    assert Lexicon.default().phrasal_cues["hit"] == (("back", "at"),)  # nothing was mutated


def test_phrasal_cues_are_read_longest_particles_first() -> None:
    lexicon = Lexicon.from_lines(
        {"phrasal_cues": ["come came : out", "come came : out in favor of"]}
    )
    assert lexicon.phrasal_cues["came"] == (("out", "in", "favor", "of"), ("out",))


def test_a_bad_line_of_the_new_lists_is_reported(tmp_path: Path) -> None:
    (tmp_path / "phrasal_cues.txt").write_text(
        "# phrasal\nrail rails railed : against\nrail railed against\nrail : \nr@il : at\n"
    )
    (tmp_path / "stance_verbs.txt").write_text("# stances\nback backs backed\nbac!k\n")
    (tmp_path / "casting_verbs.txt").write_text("# casting\npeg pegs pegged\npeg | m\n")
    with pytest.raises(LexiconError) as caught:
        Lexicon.from_directory(tmp_path)
    problems = caught.value.problems
    assert len(problems) == 5
    assert any("phrasal_cues.txt:3: expected 'forms : particles'" in p for p in problems)
    assert any("phrasal_cues.txt:4: expected 'forms : particles'" in p for p in problems)
    assert any("phrasal_cues.txt:5: not a word form: 'r@il'" in p for p in problems)
    assert any("stance_verbs.txt:3" in p for p in problems)
    assert any("casting_verbs.txt:3" in p for p in problems)


def test_lexicons_option_reaches_the_stance_verbs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lists = tmp_path / "lists"
    lists.mkdir()
    (lists / "stance_verbs.txt").write_text("champion champions championed\n", encoding="utf-8")
    text = tmp_path / "story.txt"
    text.write_text(
        "Mara Quist spoke on Friday. Quist champions the new ferry tax.", encoding="utf-8"
    )
    assert main([str(text)]) == 0
    assert "[INDIRECT]" not in capsys.readouterr().out
    assert main(["--lexicons", str(lists), str(text)]) == 0
    out = capsys.readouterr().out
    assert "[INDIRECT] 44-61 the new ferry tax" in out and "speaker: Mara Quist" in out
