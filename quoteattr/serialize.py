"""JSON-ready dicts for documents, and back.

This module owns the JSON form of a :class:`~quoteattr.Document`. Spans are
``[start, end]`` pairs of half-open ``str`` offsets into ``text``; enums are
their lower-case values; a quote names its speaker by entity ``id``, so each
entity is written once. ``document_from_dict(document_to_dict(doc)) == doc``.

Example:
    >>> import quoteattr
    >>> doc = quoteattr.attribute("“Yes,” she said.")
    >>> data = doc.to_dict()
    >>> data["schema_version"], data["quotes"][0]["span"]
    (1, [1, 5])
    >>> quoteattr.Document.from_dict(data) == doc
    True
"""

from __future__ import annotations

from typing import Any

from quoteattr.model import Document, Entity, EntityKind, Quote, QuoteKind, Span

__all__ = ["SCHEMA_VERSION", "document_from_dict", "document_to_dict"]

#: Version of the JSON layout; bumped on any incompatible change.
SCHEMA_VERSION = 1


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _unspan(value: Any) -> Span | None:
    if value is None:
        return None
    start, end = value
    return Span(int(start), int(end))


def _entity_to_dict(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind.value,
        "role": entity.role,
        "gender": entity.gender,
        "mentions": [_span(m) for m in entity.mentions],
    }


def _quote_to_dict(quote: Quote) -> dict[str, Any]:
    return {
        "span": _span(quote.span),
        "text": quote.text,
        "kind": quote.kind.value,
        "open_mark": _span(quote.open_mark),
        "close_mark": _span(quote.close_mark),
        "closed": quote.closed,
        "continued": quote.continued,
        "continuation": quote.continuation,
        "inner": [_span(s) for s in quote.inner],
        "speaker": None if quote.speaker is None else quote.speaker.id,
        "speaker_name": None if quote.speaker is None else quote.speaker.name,
        "mention": _span(quote.mention),
        "cue": _span(quote.cue),
        "rule": quote.rule,
        "resolution": quote.resolution,
    }


def document_to_dict(document: Document) -> dict[str, Any]:
    """The document as plain dicts, lists, strings, numbers and None."""
    return {
        "schema_version": SCHEMA_VERSION,
        "text": document.text,
        "quotes": [_quote_to_dict(q) for q in document.quotes],
        "entities": [_entity_to_dict(e) for e in document.entities],
        "paragraphs": [_span(s) for s in document.paragraphs],
        "sentences": [_span(s) for s in document.sentences],
        "notes": list(document.notes),
    }


def document_from_dict(data: dict[str, Any]) -> Document:
    """Rebuild a document from :func:`document_to_dict` output.

    Raises:
        TypeError: when ``data`` is not a dict.
        ValueError: when the schema version is not one this release reads.
    """
    if not isinstance(data, dict):
        raise TypeError(f"document_from_dict expects a dict, got {type(data).__name__}")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise ValueError(f"unsupported schema_version {version!r} (expected {SCHEMA_VERSION})")
    entities = tuple(
        Entity(
            id=int(e["id"]),
            name=e["name"],
            kind=EntityKind(e["kind"]),
            role=e.get("role"),
            mentions=tuple(_unspan(m) for m in e.get("mentions", ())),  # type: ignore[misc]
            gender=e.get("gender"),
        )
        for e in data.get("entities", ())
    )
    by_id = {e.id: e for e in entities}
    quotes = []
    for q in data.get("quotes", ()):
        span = _unspan(q["span"])
        open_mark = _unspan(q["open_mark"])
        assert span is not None and open_mark is not None
        quotes.append(
            Quote(
                span=span,
                text=q["text"],
                kind=QuoteKind(q["kind"]),
                open_mark=open_mark,
                close_mark=_unspan(q.get("close_mark")),
                continued=bool(q.get("continued", False)),
                continuation=bool(q.get("continuation", False)),
                inner=tuple(_unspan(s) for s in q.get("inner", ())),  # type: ignore[misc]
                speaker=None if q.get("speaker") is None else by_id[int(q["speaker"])],
                mention=_unspan(q.get("mention")),
                cue=_unspan(q.get("cue")),
                rule=q.get("rule"),
                resolution=q.get("resolution"),
            )
        )
    return Document(
        text=data["text"],
        quotes=tuple(quotes),
        entities=entities,
        paragraphs=tuple(_unspan(s) for s in data.get("paragraphs", ())),  # type: ignore[misc]
        sentences=tuple(_unspan(s) for s in data.get("sentences", ())),  # type: ignore[misc]
        notes=tuple(data.get("notes", ())),
    )
