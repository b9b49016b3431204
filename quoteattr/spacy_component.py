"""quoteattr as a spaCy pipeline component (the ``spacy`` extra).

This module owns the ``"quoteattr"`` factory and the extension attributes it
sets. It is the only module that imports spaCy, and nothing else in quoteattr
imports it: install the extra (``pip install 'quoteattr[spacy]'``) and spaCy
finds the factory through its ``spacy_factories`` entry point::

    import spacy

    nlp = spacy.blank("en")          # or any trained pipeline
    nlp.add_pipe("quoteattr")
    doc = nlp("“We regret it,” spokeswoman Heather Nauert said.")
    quote = doc._.quotes[0]          # a spaCy Span
    quote._.speaker, quote._.role    # 'Heather Nauert', 'spokeswoman'

The component runs :func:`quoteattr.attribute` on ``doc.text`` (the tokens,
tags and entities of the other components are not used) and stores:

- ``doc.spans["quotes"]``: one span per quote, labelled with its kind
  (``DIRECT``, ``PARTIAL``, ``TERM``, ``INDIRECT``); ``doc._.quotes`` is the
  same as a tuple (empty when the component did not run).
- ``span._.quote_record``: the quote's row as :func:`quoteattr.records`
  gives it (``document_id`` None), with the exact character offsets.
- ``span._.speaker``, ``span._.role``: the speaker's name and role (None when
  the quote is unattributed or no role is stated); ``span._.mention`` and
  ``span._.cue``: the words that name the speaker and the reporting cue, as
  spans of the doc (None when there are none).

quoteattr's offsets are characters; a spaCy span is made of whole tokens. A
quote, mention or cue whose boundary falls inside a token is widened to the
whole tokens (``alignment_mode="expand"``), so ``span.text`` may hold a little
more than the quote (``“reform”was`` when the tokenizer keeps those together);
``span._.quote_record`` keeps the exact offsets and text. A quote whose
content is empty or only spaces is given the span of its quotation marks.
Two quotes widened to the same tokens share their extension values (spaCy
keys them by character offsets); quoteattr's quotes never overlap, so this
needs a tokenizer that puts two quotes in one token.

Everything stored is plain data, so ``Doc.to_bytes``, ``DocBin`` and
``nlp.pipe(..., n_process=N)`` carry it.
"""

from __future__ import annotations

from typing import Any

from quoteattr.config import Config
from quoteattr.lexicon import Lexicon
from quoteattr.pipeline import Attributor
from quoteattr.rows import document_records

try:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
except ImportError:  # the extra is not installed: the module imports, the component says why not
    _HAVE_SPACY = False
else:
    _HAVE_SPACY = True

__all__ = ["SPANS_KEY", "QuoteattrComponent", "make_quoteattr"]

#: The key of ``doc.spans`` that holds the quotes.
SPANS_KEY = "quotes"


def _quotes(doc: Doc) -> tuple[Span, ...]:
    return tuple(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else ()


def _field(name: str) -> Any:
    def getter(span: Span) -> Any:
        record = span._.quote_record
        return None if record is None else record[name]

    return getter


def _part(name: str) -> Any:
    def getter(span: Span) -> Span | None:
        record = span._.quote_record
        if record is None or record[f"{name}_start"] is None:
            return None
        part: Span | None = span.doc.char_span(
            record[f"{name}_start"], record[f"{name}_end"], alignment_mode="expand"
        )
        return part

    return getter


def _register_extensions() -> None:
    """Declare the extension attributes once (spaCy's registry is per process)."""
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", getter=_quotes)
    if not Span.has_extension("quote_record"):
        Span.set_extension("quote_record", default=None)
    for name, getter in (
        ("speaker", _field("speaker_name")),
        ("role", _field("role")),
        ("mention", _part("mention")),
        ("cue", _part("cue")),
    ):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)


class QuoteattrComponent:
    """The pipeline component: quoteattr on ``doc.text``, quotes as spans.

    Made by the ``"quoteattr"`` factory (``nlp.add_pipe("quoteattr")``);
    see the module's description for what it sets.

    Args:
        nlp: the pipeline (unused; spaCy passes it to every factory).
        name: the component's name in the pipeline.
        lexicons: a directory of word lists (``NAME.txt`` files) that extend
            the built-in ones, as the command line's ``--lexicons``; None for
            the built-in lists.

    Raises:
        TypeError: when ``lexicons`` is neither None nor a ``str``.
        ImportError: when spaCy is not installed.
    """

    def __init__(
        self, nlp: Language | None = None, name: str = "quoteattr", lexicons: str | None = None
    ):
        if not _HAVE_SPACY:
            raise ImportError(
                "the quoteattr spaCy component needs spaCy: pip install 'quoteattr[spacy]'"
            )
        if lexicons is not None and not isinstance(lexicons, str):
            raise TypeError(
                f"the quoteattr component expects lexicons as a directory name (str), "
                f"got {type(lexicons).__name__}"
            )
        _register_extensions()
        self.name = name
        config = Config()
        if lexicons is not None:
            config = Config(lexicon=Lexicon.default().extended(Lexicon.from_directory(lexicons)))
        self.attributor = Attributor(config)

    def __call__(self, doc: Doc) -> Doc:
        """Find the quotes of ``doc.text`` and store them on ``doc``.

        Raises:
            TypeError: when ``doc`` is not a spaCy ``Doc``.
        """
        if not isinstance(doc, Doc):
            raise TypeError(
                f"the quoteattr component expects a spacy.tokens.Doc, got {type(doc).__name__}"
            )
        document = self.attributor(doc.text)
        spans = []
        for quote, record in zip(document.quotes, document_records(document), strict=True):
            label = quote.kind.name
            span = doc.char_span(
                quote.span.start, quote.span.end, label=label, alignment_mode="expand"
            )
            if span is None or len(span) == 0:
                outer = quote.outer
                span = doc.char_span(outer.start, outer.end, label=label, alignment_mode="expand")
            if span is None or len(span) == 0:  # pragma: no cover (marks are always tokens)
                continue
            span._.quote_record = record
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


def make_quoteattr(nlp: Language, name: str, lexicons: str | None) -> QuoteattrComponent:
    """The ``"quoteattr"`` factory: ``nlp.add_pipe("quoteattr")``.

    Args:
        nlp: the pipeline.
        name: the component's name.
        lexicons: a directory of extra word lists, or None
            (``nlp.add_pipe("quoteattr", config={"lexicons": "my_lists"})``).

    Returns:
        The component.
    """
    return QuoteattrComponent(nlp, name, lexicons=lexicons)


if _HAVE_SPACY:
    Language.factory("quoteattr", default_config={"lexicons": None}, func=make_quoteattr)
