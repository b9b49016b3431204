"""Segmentation: paragraphs, sentences and tokens, all as spans of the input.

This module owns every split of the text, and it is the only module that imports
NLTK. Sentences come from NLTK's Punkt algorithm (Kiss & Strunk 2006) with no
trained model: the parameters hold only the project's abbreviation list, so no
``nltk_data`` is needed. Punkt decides candidate boundaries at ``.?!``; two
corrections follow, both on spans, never on rewritten text:

* closing quotation marks and brackets right after a sentence end belong to
  that sentence (``He said “no.”`` ends after the ``”``);
* a "sentence" that starts in lower case continues the previous one
  (``“Stop!” she said.`` is one sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from quoteattr.model import Span, span_unchecked

__all__ = ["Segmentation", "SentenceSplitter", "paragraph_spans", "segment", "token_spans"]

_LINE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+")
_TOKEN = re.compile(r"\w+(?:[’'.\-]\w+)*|[^\w\s]")
_SENTENCE_END = re.compile(r"[.?!]")
_CONTINUERS = frozenset(",;:)]")
_CLOSERS = frozenset("”’\"'»›」』)]}")
# What may follow a paragraph's last sentence end: more ends, closing marks, space.
_TRAILING = ".?!… \t" + "".join(sorted(_CLOSERS))


def paragraph_spans(text: str) -> tuple[Span, ...]:
    """Spans of the non-blank lines of ``text``, surrounding whitespace excluded.

    Every line-break convention counts (``\\n``, ``\\r\\n``, lone ``\\r``,
    Unicode line and paragraph separators).

    Example:
        >>> paragraph_spans("One.\\r\\n\\n  Two. ")
        (Span(start=0, end=4), Span(start=9, end=13))
    """
    out = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(span_unchecked(start, end))
    return tuple(out)


def token_spans(text: str, span: Span | None = None) -> tuple[Span, ...]:
    """Word and punctuation token spans of ``text`` (or of ``span`` within it).

    Words keep internal apostrophes, hyphens and periods (``don’t``, ``U.S``,
    ``Shannon-Ryabkov``); every other non-space character is a token.

    Example:
        >>> text = "Nauert didn’t say."
        >>> [text[t.start:t.end] for t in token_spans(text)]
        ['Nauert', 'didn’t', 'say', '.']
    """
    lo, hi = (0, len(text)) if span is None else (span.start, span.end)
    return tuple(Span(m.start(), m.end()) for m in _TOKEN.finditer(text, lo, hi))


class _NewsLanguageVars(PunktLanguageVars):  # type: ignore[misc]
    """Punkt language variables that see curly quotes and guillemets as punctuation.

    A period directly followed by ``”`` must still be a candidate boundary; older
    NLTK releases only knew the ASCII quotes here.
    """

    _re_non_word_chars = r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb?!])"


# Punkt's candidate sentence end: an end mark followed by punctuation, or by
# whitespace and the next token (NLTK's period context, compiled with ``re``).
_CANDIDATE = re.compile(
    r"[.?!](?=(?P<after_tok>" + _NewsLanguageVars._re_non_word_chars + r"|\s+(?P<next_tok>\S+)))"
)
# Whitespace as Punkt's word-before search knows it (``string.whitespace``).
_ASCII_SPACE = " \t\n\r\x0b\x0c"

# Candidate ends in their commonest shapes, which Punkt with no trained
# parameters beyond abbreviations decides from the word alone: after a word
# (``said.”``, ``U.S. is``, ``al-Assad. The``) a break unless the word is an
# abbreviation; after ``?`` or ``!`` always; after an initial (``W. Bush``)
# never; after a number, when the next word is capitalized.
_CLOSING_RUN = r"(?:\s+\S+|[”’\"')\]»])"
_PLAIN_END = re.compile(
    r"(?P<word>[A-Za-z]{2,}|(?:[A-Za-z]\.)+[A-Za-z]|[A-Za-z]+(?:-[A-Za-z]+)+)\."
    + _CLOSING_RUN
    + r"|[A-Za-z]+[?!]+"
    + _CLOSING_RUN
    + r"|(?P<initial>[A-Za-z])\.\s+[A-Za-z]\S*"
    + r"|\d+\.\s+(?P<after_number>[A-Za-z])\S*"
)


class _NewsPunkt(PunktSentenceTokenizer):  # type: ignore[misc]
    """Punkt that asks, at each candidate end, about that candidate only.

    NLTK's Punkt decides a candidate from a context of the word before it, the
    end marks and the next token, and breaks if *any* token of that context but
    the last is a sentence end. When the next token itself ends in a period
    (``Mr. Gingrich.)``, ``Sen. Cruz.”``), the abbreviation's period is taken for
    a break. Here only the tokens up to the candidate's end marks count; the
    next token still informs Punkt's orthographic heuristic.

    The commonest contexts (``said. The``, ``now?”``, ``W. Bush``) are decided
    without tokenizing (see ``_PLAIN_END``); ``tests/test_segment.py`` checks
    that both paths agree.
    """

    def _slices_from_text(self, text: str) -> Iterator[slice]:
        last_break = 0
        for match, context in _candidates(text):
            if self._ends_sentence(context, len(match.group("after_tok"))):
                yield slice(last_break, match.end())
                next_token = match.group("next_tok")
                last_break = match.start("next_tok") if next_token else match.end()
        yield slice(last_break, len(text.rstrip()))

    def _ends_sentence(self, context: str, after: int) -> bool:
        """Whether the candidate in ``context`` ends a sentence.

        ``context`` is the word before the candidate, its end marks and, in its
        last ``after`` characters, what follows them.
        """
        plain = _PLAIN_END.fullmatch(context)
        if plain is None:
            return self._punkt_ends_sentence(context, after)
        word = plain["word"]
        if word is not None:
            word = word.lower()
            abbreviations = self._params.abbrev_types
            return word not in abbreviations and word.rpartition("-")[2] not in abbreviations
        if plain["initial"] is not None:
            return False
        if plain["after_number"] is not None:
            return bool(plain["after_number"].isupper())
        return True

    def _punkt_ends_sentence(self, context: str, after: int) -> bool:
        """Punkt's own decision, on the tokens up to the candidate's end marks."""
        head = sum(1 for _ in self._tokenize_words(context[: len(context) - after]))
        tokens = list(self._annotate_tokens(self._tokenize_words(context)))
        return len(tokens) > head and any(token.sentbreak for token in tokens[:head])


def _candidates(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Punkt's candidate ends in ``text``, each with its context.

    The context is the word before the end marks (back to the last ASCII
    whitespace, or to the previous candidate's word), the marks, and what
    follows them. Of a run of marks (``!!!``) only the last is a candidate.
    This is NLTK's ``_match_potential_end_contexts``, on the standard ``re``
    engine: NLTK 3.10 runs its patterns on ``regex`` under a timeout, which is
    slower, and a timeout would surface as an exception.
    """
    previous: re.Match[str] | None = None
    word_start = word_end = 0
    for match in _CANDIDATE.finditer(text, 0):
        start = match.start()
        space = max(text.rfind(c, word_end, start) for c in _ASCII_SPACE)
        # Punkt's quirk, kept: a space right at the previous word's end counts as none.
        begin = space + 1 if space > word_end else word_start
        if previous is not None and word_end <= begin:
            yield previous, text[word_start:word_end] + previous.group() + previous["after_tok"]
        previous, word_start, word_end = match, begin, start
    if previous is not None:
        yield previous, text[word_start:word_end] + previous.group() + previous["after_tok"]


class SentenceSplitter:
    """Punkt sentence splitting with a fixed abbreviation list, on spans.

    Args:
        abbreviations: lowercased abbreviations without their final period
            (``"sen"``, ``"u.s"``, ``"lt"``).
    """

    def __init__(self, abbreviations: Iterable[str]) -> None:
        params = PunktParameters()
        params.abbrev_types = {a.lower().rstrip(".") for a in abbreviations}
        self._punkt = _NewsPunkt(params, lang_vars=_NewsLanguageVars())

    def __getstate__(self) -> dict[str, object]:
        return {"abbreviations": sorted(self._punkt._params.abbrev_types)}

    def __setstate__(self, state: dict[str, object]) -> None:
        abbreviations = state["abbreviations"]
        assert isinstance(abbreviations, list)
        self.__init__(abbreviations)  # type: ignore[misc]

    def split(self, text: str, paragraph: Span) -> list[Span]:
        """Sentence spans inside one paragraph span of ``text``."""
        chunk = text[paragraph.start : paragraph.end]
        base = paragraph.start
        if _SENTENCE_END.search(chunk.rstrip(_TRAILING)) is None:
            # Punkt breaks only at .?! : with none before the paragraph's end,
            # the paragraph is one sentence (and Punkt need not run).
            return [paragraph]
        raw: list[tuple[int, int]] = []
        for start, end in self._punkt.span_tokenize(chunk, realign_boundaries=False):
            if start >= end:
                continue
            if raw:
                # Closing marks that Punkt left at the start of this sentence
                # belong to the previous one.
                run = start
                while run < end and chunk[run] in _CLOSERS:
                    run += 1
                if run == end or chunk[run].isspace():
                    start = run  # a closing run, not the opening mark of the next sentence
                prev_start, _ = raw[-1]
                raw[-1] = (prev_start, start)
                while start < end and chunk[start].isspace():
                    start += 1
                if start >= end:
                    continue
                if chunk[start].islower() or chunk[start] in _CONTINUERS:
                    # "(D-Ill.), noting ...": a break before lower case or before
                    # a comma or closing bracket is an abbreviation's period.
                    raw[-1] = (prev_start, end)
                    continue
            raw.append((start, end))
        out = []
        for start, end in raw:
            while end > start and chunk[end - 1].isspace():
                end -= 1
            out.append(span_unchecked(base + start, base + end))
        return out


@attrs.frozen
class Segmentation:
    """Paragraphs and sentences of one text.

    Attributes:
        paragraphs: non-blank line spans.
        sentences: sentence spans, in text order, never crossing a paragraph.
        sentence_paragraph: for each sentence, the index of its paragraph.
    """

    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    sentence_paragraph: tuple[int, ...]


def segment(text: str, splitter: SentenceSplitter) -> Segmentation:
    """Split ``text`` into paragraphs and sentences."""
    paragraphs = paragraph_spans(text)
    sentences: list[Span] = []
    owner: list[int] = []
    for index, paragraph in enumerate(paragraphs):
        for sentence in splitter.split(text, paragraph):
            sentences.append(sentence)
            owner.append(index)
    return Segmentation(paragraphs, tuple(sentences), tuple(owner))
