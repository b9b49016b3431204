"""The spaCy component (the ``spacy`` extra), and the core's independence from spaCy.

Without spaCy installed the component's tests are skipped, unless
``QUOTEATTR_REQUIRE_SPACY`` is set (as CI does), in which case they fail.
"""

from __future__ import annotations

import contextlib
import io
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import quoteattr

PAGE = Path(__file__).resolve().parent.parent / "docs" / "spacy.md"
TEXT = (
    "“We regret it,” spokeswoman Heather Nauert said. “It is wrong,” she added.\n\n"
    "The so-called“reform”was dead, according to Sen. Tom Birch."
)


def _spacy() -> ModuleType:
    try:
        import spacy
    except ImportError:
        if os.environ.get("QUOTEATTR_REQUIRE_SPACY"):
            pytest.fail("QUOTEATTR_REQUIRE_SPACY is set but spaCy is not installed")
        pytest.skip("spaCy is not installed (set QUOTEATTR_REQUIRE_SPACY=1 to make this a failure)")
    return spacy


def _pipeline(**config: Any) -> Any:
    nlp = _spacy().blank("en")
    nlp.add_pipe("quoteattr", config=config)
    return nlp


def test_quotes_are_token_spans_with_speaker_role_mention_and_cue() -> None:
    nlp = _pipeline()
    doc = nlp(TEXT)
    document = quoteattr.attribute(TEXT)
    spans = doc._.quotes
    assert len(spans) == len(document.quotes) >= 3
    assert list(doc.spans["quotes"]) == list(spans)
    for span, quote, row in zip(spans, document.quotes, quoteattr.records([document]), strict=True):
        assert span.start_char <= quote.span.start and quote.span.end <= span.end_char
        assert span.label_ == quote.kind.name
        assert span._.quote_record == dict(row, document_id=None)
        assert span._.speaker == (None if quote.speaker is None else quote.speaker.name)
        assert span._.role == (None if quote.speaker is None else quote.speaker.role)
        for part, name in ((quote.mention, "mention"), (quote.cue, "cue")):
            value = getattr(span._, name)
            if part is None:
                assert value is None
            else:
                assert value.start_char <= part.start and part.end <= value.end_char
                assert value.doc is doc
    first = spans[0]
    assert (first.text, first._.speaker, first._.role) == (
        "We regret it,",
        "Heather Nauert",
        "spokeswoman",
    )
    assert first._.mention.text == "spokeswoman Heather Nauert" and first._.cue.text == "said"
    assert spans[1]._.mention.text == "she" and spans[1]._.speaker == "Heather Nauert"


def test_offsets_inside_a_token_are_widened_to_whole_tokens() -> None:
    doc = _pipeline()(TEXT)
    term = next(span for span in doc._.quotes if span._.quote_record["text"] == "reform")
    # the tokenizer keeps “called“reform”was” as one token: the span is that token
    assert term.text == "called“reform”was" and len(term) == 1
    record = term._.quote_record
    assert doc.text[record["start"] : record["end"]] == "reform"
    assert term.label_ == "TERM"


def test_empty_quote_gets_the_span_of_its_marks() -> None:
    text = "He said “” and left."
    doc = _pipeline()(text)
    document = quoteattr.attribute(text)
    assert len(doc._.quotes) == len(document.quotes)
    for span, quote in zip(doc._.quotes, document.quotes, strict=True):
        assert len(span) >= 1 and span.start_char <= quote.outer.start


def test_beside_other_components_and_their_entities() -> None:
    spacy = _spacy()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Heather Nauert"}])
    nlp.add_pipe("quoteattr", last=True)
    assert nlp.pipe_names == ["sentencizer", "entity_ruler", "quoteattr"]
    doc = nlp(TEXT)
    assert [ent.text for ent in doc.ents] == ["Heather Nauert"]
    assert len(list(doc.sents)) >= 3
    speaker_entity = doc._.quotes[0]._.mention.ents
    assert [ent.label_ for ent in speaker_entity] == ["PERSON"]


def test_no_quotes_and_not_run() -> None:
    spacy = _spacy()
    assert _pipeline()("Nothing quoted.")._.quotes == ()
    nlp = spacy.blank("en")
    _pipeline()  # the extensions exist once the component has been made
    assert nlp("“Yes,” she said.")._.quotes == ()


def test_what_is_stored_survives_serialization() -> None:
    spacy = _spacy()
    from spacy.tokens import Doc, DocBin

    nlp = _pipeline()
    doc = nlp(TEXT)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(s.text, s._.speaker, s._.role) for s in again._.quotes] == [
        (s.text, s._.speaker, s._.role) for s in doc._.quotes
    ]
    assert again._.quotes[0]._.cue.text == "said"
    docs = list(DocBin(store_user_data=True, docs=[doc]).get_docs(spacy.blank("en").vocab))
    assert [s._.quote_record for s in docs[0]._.quotes] == [s._.quote_record for s in doc._.quotes]


def test_pipeline_saved_and_loaded_finds_the_factory(tmp_path: Path) -> None:
    """spaCy finds the factory through the package's entry point, in a fresh process
    that never imports quoteattr itself."""
    _pipeline().to_disk(tmp_path / "pipeline")
    script = (
        "import spacy, sys\n"
        f"nlp = spacy.load({str(tmp_path / 'pipeline')!r})\n"
        "doc = nlp('“Go,” said Sen. Ann Lee.')\n"
        "print(nlp.pipe_names, doc._.quotes[0]._.speaker)\n"
        "fresh = spacy.blank('en')\n"
        "fresh.add_pipe('quoteattr')\n"
        "print(fresh('“No,” Bob Hill said.')._.quotes[0]._.speaker)\n"
    )
    _spacy()
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines() == ["['quoteattr'] Ann Lee", "Bob Hill"]


def test_lexicons_setting(tmp_path: Path) -> None:
    lists = tmp_path / "lists"
    lists.mkdir()
    (lists / "reporting_verbs.txt").write_text(
        "# Extra verbs.\nharrumph harrumphs harrumphed harrumphing\n", encoding="utf-8"
    )
    text = "“Not today,” harrumphed Ann Lee."
    plain = _pipeline()(text)._.quotes[0]
    extended = _pipeline(lexicons=str(lists))(text)._.quotes[0]
    assert extended._.cue is not None and extended._.cue.text == "harrumphed"
    assert extended._.speaker == "Ann Lee"
    assert plain._.cue is None and plain._.speaker is None


def test_component_checks_its_input() -> None:
    _spacy()
    from quoteattr.spacy_component import QuoteattrComponent

    with pytest.raises(TypeError, match=r"expects a spacy\.tokens\.Doc, got str"):
        QuoteattrComponent()("text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="lexicons as a directory name"):
        QuoteattrComponent(lexicons=3)  # type: ignore[arg-type]


def test_the_page_example_prints_what_it_says() -> None:
    _spacy()
    text = PAGE.read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", text, re.DOTALL)
    printed = re.search(r"\nprints\n\n((?:    .*\n)+)", text)
    assert code is not None and printed is not None
    expected = "\n".join(line[4:] for line in printed.group(1).splitlines()) + "\n"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code.group(1), str(PAGE), "exec"), {"__name__": "spacy_example"})
    assert out.getvalue() == expected


def test_the_core_library_never_imports_spacy() -> None:
    """Every module but the component, the command line included, runs without spaCy."""
    modules = sorted(
        module.name
        for module in pkgutil.walk_packages(quoteattr.__path__, "quoteattr.")
        if module.name not in ("quoteattr.__main__", "quoteattr.spacy_component")
    )
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "import quoteattr\n"
        "from quoteattr.cli import main\n"
        "doc = quoteattr.attribute('“Yes,” she said.')\n"
        "list(quoteattr.records([doc])); quoteattr.summarize([doc]).to_html()\n"
        "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('spacy.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[]"
    assert len(modules) >= 15
