"""Flat rows: one plain dict per quote, for spreadsheets, CSV and dataframes.

This module owns :func:`records` and its column set, :data:`RECORD_COLUMNS`.
A row holds only strings, ints, bools and None, under the same keys in the same
order for every quote, so a list of rows is a table::

    >>> import quoteattr
    >>> doc = quoteattr.attribute("“We regret it,” spokeswoman Heather Nauert said.")
    >>> row = next(quoteattr.records([("seed", doc)]))
    >>> row["document_id"], row["text"], row["speaker_name"], row["role"], row["cue"]
    ('seed', 'We regret it,', 'Heather Nauert', 'spokeswoman', 'said')

With pandas installed, ``pandas.DataFrame(quoteattr.records(documents))`` is
the dataframe (pandas is not a dependency of quoteattr).
"""

from __future__ import annotations

import bisect
from collections.abc import Generator, Iterable
from typing import Any

from quoteattr.batch import Failure, Result
from quoteattr.model import Document, Quote, Span

__all__ = ["RECORD_COLUMNS", "document_records", "records"]

#: The keys of every row :func:`records` yields, in order. The set is stable:
#: columns may be added at the end in a later release, never renamed, removed
#: or reordered.
RECORD_COLUMNS: tuple[str, ...] = (
    "document_id",
    "quote_index",
    "kind",
    "start",
    "end",
    "text",
    "closed",
    "paragraph",
    "sentence",
    "speaker_id",
    "speaker_name",
    "speaker_kind",
    "role",
    "title",
    "affiliation",
    "gender",
    "mention",
    "mention_start",
    "mention_end",
    "cue",
    "cue_start",
    "cue_end",
    "rule",
    "resolution",
)


def _index_of(starts: list[int], spans: tuple[Span, ...], offset: int) -> int | None:
    """Position of the span in ``spans`` (sorted, disjoint) that holds ``offset``, or None."""
    position = bisect.bisect_right(starts, offset) - 1
    if position < 0 or offset >= spans[position].end:
        return None
    return position


def _row(
    document_id: Any,
    index: int,
    quote: Quote,
    text: str,
    paragraph: int | None,
    sentence: int | None,
) -> dict[str, Any]:
    speaker = quote.speaker
    mention = quote.mention
    cue = quote.cue
    return {
        "document_id": document_id,
        "quote_index": index,
        "kind": quote.kind.value,
        "start": quote.span.start,
        "end": quote.span.end,
        "text": quote.text,
        "closed": quote.closed,
        "paragraph": paragraph,
        "sentence": sentence,
        "speaker_id": None if speaker is None else speaker.id,
        "speaker_name": None if speaker is None else speaker.name,
        "speaker_kind": None if speaker is None else speaker.kind.value,
        "role": None if speaker is None else speaker.role,
        "title": None if speaker is None else speaker.title,
        "affiliation": None if speaker is None else speaker.affiliation,
        "gender": None if speaker is None else speaker.gender,
        "mention": None if mention is None else text[mention.start : mention.end],
        "mention_start": None if mention is None else mention.start,
        "mention_end": None if mention is None else mention.end,
        "cue": None if cue is None else text[cue.start : cue.end],
        "cue_start": None if cue is None else cue.start,
        "cue_end": None if cue is None else cue.end,
        "rule": quote.rule,
        "resolution": quote.resolution,
    }


def document_records(document: Document, document_id: Any = None) -> list[dict[str, Any]]:
    """The rows of one document: one dict per quote, keyed by :data:`RECORD_COLUMNS`.

    Args:
        document: an attributed document.
        document_id: the value of every row's ``document_id``.

    Returns:
        A list of rows, in the order of ``document.quotes`` (empty when the
        document has no quotes).

    Raises:
        TypeError: when ``document`` is not a :class:`~quoteattr.Document`.

    Example:
        >>> import quoteattr
        >>> from quoteattr.rows import document_records
        >>> doc = quoteattr.attribute("No quotes here.")
        >>> document_records(doc, "a")
        []
    """
    if not isinstance(document, Document):
        raise TypeError(
            f"document_records() expects a quoteattr.Document, got {type(document).__name__}"
        )
    quotes = document.quotes
    if not quotes:
        return []
    text = document.text
    paragraphs = document.paragraphs
    sentences = document.sentences
    paragraph_starts = [span.start for span in paragraphs]
    sentence_starts = [span.start for span in sentences]
    rows = []
    for index, quote in enumerate(quotes):
        start = quote.span.start
        rows.append(
            _row(
                document_id,
                index,
                quote,
                text,
                _index_of(paragraph_starts, paragraphs, start),
                _index_of(sentence_starts, sentences, start),
            )
        )
    return rows


def _split(position: int, item: object) -> tuple[Any, Document]:
    """An input item as ``(document_id, document)``, or a TypeError naming the item."""
    if isinstance(item, Document):
        return position, item
    if isinstance(item, Result):
        return item.id, item.document
    if isinstance(item, Failure):
        raise TypeError(
            f"records(): item {position} is a Failure (id {item.id!r}: {item.error}); "
            "it has no document. Leave failures out first: (r for r in results if r.ok)"
        )
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Document):
        return item[0], item[1]
    shown = f"a {len(item)}-tuple" if isinstance(item, tuple) else type(item).__name__
    if isinstance(item, tuple) and len(item) == 2:
        shown = f"an (id, {type(item[1]).__name__}) pair"
    raise TypeError(
        f"records(): item {position} must be a quoteattr.Document, an (id, Document) "
        f"pair or a batch Result, got {shown}"
    )


def records(documents: Iterable[object]) -> Generator[dict[str, Any], None, None]:
    """One flat dict per quote of every document, lazily, in input order.

    Every row has the keys of :data:`RECORD_COLUMNS`, in that order, with
    plain values (str, int, bool or None): a value the document does not give
    (no speaker, no cue, an unknown gender) is None. The columns are

    - ``document_id``: the id given with the document, or its position in
      ``documents`` (from 0) for a bare :class:`~quoteattr.Document`;
    - ``quote_index``: the quote's position in ``document.quotes``;
    - ``kind``: ``"direct"``, ``"partial"``, ``"term"`` or ``"indirect"``;
    - ``start``, ``end``, ``text``: the quote's content, half-open offsets
      into the document's text and the slice they cover;
    - ``closed``: the quote has its closing mark;
    - ``paragraph``, ``sentence``: index of the paragraph and the sentence
      where the quote starts (None when it starts in neither);
    - ``speaker_id``: the speaker's entity id, unique within its document
      only; ``speaker_name``, ``speaker_kind`` (``"person"``,
      ``"organization"``, ``"group"``, ``"unnamed"``, ``"document"``),
      ``role``, ``title``, ``affiliation``, ``gender`` (``"f"``, ``"m"``):
      the speaker's, as in :class:`~quoteattr.Entity`;
    - ``mention``, ``mention_start``, ``mention_end``: the words the quote was
      attributed through and their offsets; ``cue``, ``cue_start``,
      ``cue_end``: the reporting cue and its offsets;
    - ``rule``: the attribution rule that decided; ``resolution``: how the
      mention was resolved to the speaker.

    A document without quotes gives no row.

    Args:
        documents: an iterable of :class:`~quoteattr.Document`, ``(id,
            Document)`` pairs, or the :class:`~quoteattr.Result` records of
            :func:`~quoteattr.attribute_many` (whose ids are kept); consumed
            as the rows are taken.

    Yields:
        One dict per quote.

    Raises:
        TypeError: when ``documents`` is not iterable (or is a single
            Document or a string) and, while iterating, when an item is not
            one of the above (a :class:`~quoteattr.Failure` included: it has no
            document, so leave failures out first).

    Example:
        >>> import quoteattr
        >>> docs = [quoteattr.attribute("“Yes,” she said. “No,” Sen. Ann Lee said.")]
        >>> for row in quoteattr.records(docs):
        ...     print(row["document_id"], row["quote_index"], row["text"], row["speaker_name"])
        0 0 Yes, an unnamed woman
        0 1 No, Ann Lee

        A table with pandas (not a dependency of quoteattr)::

            import pandas
            frame = pandas.DataFrame(quoteattr.records(docs))
    """
    if isinstance(documents, Document):
        raise TypeError(
            "records() expects an iterable of Documents, got one Document; use records([document])"
        )
    if isinstance(documents, (str, bytes)) or not isinstance(documents, Iterable):
        raise TypeError(
            "records() expects an iterable of Documents or (id, Document) pairs, "
            f"got {type(documents).__name__}"
        )
    return _records(documents)


def _records(documents: Iterable[object]) -> Generator[dict[str, Any], None, None]:
    for position, item in enumerate(documents):
        document_id, document = _split(position, item)
        yield from document_records(document, document_id)
