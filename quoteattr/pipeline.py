"""The pipeline: the one place that knows the order of the stages.

    text -> segment -> quotes -> kinds -> Document

:func:`attribute` is the one obvious function; :class:`Attributor` holds the
set-up (sentence splitter, word lists) for processing many texts with one
configuration. Both accept any ``str`` and never raise on its content.
"""

from __future__ import annotations

import bisect
import functools

from quoteattr.config import Config
from quoteattr.kinds import classify
from quoteattr.model import Document, Quote, Span
from quoteattr.quotes import find_quotes
from quoteattr.segment import SentenceSplitter, segment

__all__ = ["Attributor", "attribute"]


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            "attribute() expects text as str, got bytes: decode it first, e.g. data.decode('utf-8')"
        )
    raise TypeError(f"attribute() expects text as str, got {type(text).__name__}")


class Attributor:
    """Finds and attributes quotes, reusing one set-up for many texts.

    Args:
        config: the settings; the default :class:`Config` when omitted.

    Example:
        >>> from quoteattr import Attributor
        >>> attributor = Attributor()
        >>> doc = attributor("“We regret it,” she said.")
        >>> [quote.text for quote in doc.quotes]
        ['We regret it,']
    """

    def __init__(self, config: Config | None = None) -> None:
        if config is None:
            config = Config()
        elif not isinstance(config, Config):
            raise TypeError(f"Attributor expects a quoteattr.Config, got {type(config).__name__}")
        self._config = config
        self._splitter = SentenceSplitter(config.lexicon.abbreviations)

    @property
    def config(self) -> Config:
        """The configuration this attributor was built with."""
        return self._config

    def __call__(self, text: str) -> Document:
        """Attribute one text; see :func:`attribute`."""
        text = _check_text(text)
        segmentation = segment(text, self._splitter)
        raw_quotes = find_quotes(text, segmentation.paragraphs)
        sentence_starts = [s.start for s in segmentation.sentences]
        quotes = []
        notes = []
        for raw in raw_quotes:
            sentence = _sentence_at(segmentation.sentences, sentence_starts, raw.open_mark.start)
            kind = classify(text, raw, sentence, segmentation.paragraphs[raw.paragraph])
            quotes.append(
                Quote(
                    span=raw.span,
                    text=text[raw.span.start : raw.span.end],
                    kind=kind,
                    open_mark=raw.open_mark,
                    close_mark=raw.close_mark,
                    continued=raw.continued,
                    continuation=raw.continuation,
                    inner=raw.inner,
                )
            )
            if raw.close_mark is None and not raw.continued:
                notes.append(f"unclosed quotation mark at {raw.open_mark.start}")
        return Document(
            text=text,
            quotes=tuple(quotes),
            paragraphs=segmentation.paragraphs,
            sentences=segmentation.sentences,
            notes=tuple(notes),
        )


def _sentence_at(sentences: tuple[Span, ...], starts: list[int], offset: int) -> Span | None:
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and sentences[index].start <= offset < max(sentences[index].end, offset + 1):
        return sentences[index]
    return None


@functools.lru_cache(maxsize=1)
def _default_attributor() -> Attributor:
    """The attributor for the default config, built once per process."""
    return Attributor()


def attribute(text: str, config: Config | None = None) -> Document:
    """Find every quote in ``text`` and attribute it.

    Args:
        text: the article, as ``str``. Any string is accepted; messy input
            (unbalanced quotation marks, odd Unicode, empty text) degrades
            gracefully and is described in :attr:`Document.notes`.
        config: settings; the default :class:`Config` when omitted.

    Returns:
        A :class:`Document` whose offsets index into ``text`` unchanged.

    Raises:
        TypeError: when ``text`` is not a ``str`` (bytes must be decoded first).

    Example:
        >>> import quoteattr
        >>> doc = quoteattr.attribute("“We regret it,” spokeswoman Heather Nauert said.")
        >>> doc.quotes[0].text
        'We regret it,'
    """
    text = _check_text(text)
    if config is not None:
        return Attributor(config)(text)
    return _default_attributor()(text)
