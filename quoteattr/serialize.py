"""JSON-ready dicts for documents, and back.

This module owns the JSON form of a :class:`~quoteattr.Document`. Spans are
``[start, end]`` pairs of half-open ``str`` offsets into ``text``; enums are
their lower-case values; a quote names its speaker by entity ``id``, so each
entity is written once. ``document_from_dict(document_to_dict(doc)) == doc``.

Layout versions: 2 added the entity fields ``title``, ``affiliation`` and
``roles`` (role phrases with their spans and forms), the entity kinds
``unnamed`` and ``document``, and the quote kind ``indirect`` (whose
``open_mark`` is null), and the quote field ``speaker_label`` (the label of a
transcript turn). Version 1 documents are still read; the fields they lack
take their defaults.

Example:
    >>> import quoteattr
    >>> doc = quoteattr.attribute("“Yes,” she said.")
    >>> data = doc.to_dict()
    >>> data["schema_version"], data["quotes"][0]["span"]
    (2, [1, 5])
    >>> quoteattr.Document.from_dict(data) == doc
    True
"""

from __future__ import annotations

from typing import Any

from quoteattr.model import (
    Document,
    Entity,
    EntityKind,
    Quote,
    QuoteKind,
    RoleForm,
    RolePhrase,
    Span,
)

__all__ = ["READABLE_VERSIONS", "SCHEMA_VERSION", "document_from_dict", "document_to_dict"]

#: Version of the JSON layout written; bumped on any incompatible change.
SCHEMA_VERSION = 2

#: Versions :func:`document_from_dict` reads.
READABLE_VERSIONS = (1, 2)


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _expect(condition: bool, where: str, expected: str, value: Any) -> None:
    if not condition:
        shown = f"{type(value).__name__} {value!r:.60}"
        raise ValueError(f"document_from_dict: {where} must be {expected}, got {shown}")


def _unspan(value: Any, where: str = "span") -> Span | None:
    if value is None:
        return None
    _expect(
        isinstance(value, (list, tuple))
        and len(value) == 2
        and all(type(item) is int and item >= 0 for item in value),
        where,
        "a [start, end] pair of ints >= 0",
        value,
    )
    start, end = value
    _expect(start <= end, where, "a [start, end] pair with start <= end", value)
    return Span(start, end)


def _span_of(value: Any, where: str) -> Span:
    span = _unspan(value, where)
    _expect(span is not None, where, "a [start, end] pair of ints >= 0", value)
    assert span is not None
    return span


def _spans(value: Any, where: str) -> tuple[Span, ...]:
    _expect(isinstance(value, (list, tuple)), where, "a list of [start, end] pairs", value)
    return tuple(_span_of(item, f"{where}[{k}]") for k, item in enumerate(value))


def _optional_str(value: Any, where: str) -> str | None:
    _expect(value is None or isinstance(value, str), where, "a str or null", value)
    return value  # type: ignore[no-any-return]


def _enum(kind: type[Any], value: Any, where: str) -> Any:
    known = [member.value for member in kind]
    _expect(value in known, where, "one of " + ", ".join(map(repr, known)), value)
    return kind(value)


def _records(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key, ())
    _expect(isinstance(value, (list, tuple)), key, "a list of objects", value)
    for k, item in enumerate(value):
        _expect(isinstance(item, dict), f"{key}[{k}]", "an object", item)
    return list(value)


def _field(record: dict[str, Any], key: str, where: str) -> Any:
    if key not in record:
        raise ValueError(f"document_from_dict: {where} has no {key!r}")
    return record[key]


def _entity_to_dict(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind.value,
        "role": entity.role,
        "gender": entity.gender,
        "title": entity.title,
        "affiliation": entity.affiliation,
        "roles": [
            {"span": _span(r.span), "text": r.text, "form": r.form.value} for r in entity.roles
        ],
        "mentions": [_span(m) for m in entity.mentions],
    }


def _roles(value: Any, text: str, where: str) -> tuple[RolePhrase, ...]:
    _expect(isinstance(value, (list, tuple)), where, "a list of role objects", value)
    roles = []
    for k, item in enumerate(value):
        here = f"{where}[{k}]"
        _expect(isinstance(item, dict), here, "an object", item)
        span = _span_of(_field(item, "span", here), f"{here}.span")
        phrase = _field(item, "text", here)
        _expect(
            isinstance(phrase, str) and phrase == span.slice(text),
            f"{here}.text",
            "text[span.start:span.end]",
            phrase,
        )
        form = _enum(RoleForm, _field(item, "form", here), f"{here}.form")
        roles.append(RolePhrase(span=span, text=phrase, form=form))
    return tuple(roles)


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
        "speaker_label": _span(quote.speaker_label),
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
        ValueError: when the schema version is not one this release reads, or a
            field is missing or malformed (the message names the field and what
            was expected).
    """
    if not isinstance(data, dict):
        raise TypeError(f"document_from_dict expects a dict, got {type(data).__name__}")
    version = data.get("schema_version")
    if version not in READABLE_VERSIONS or type(version) is not int:
        readable = ", ".join(map(str, READABLE_VERSIONS))
        raise ValueError(f"unsupported schema_version {version!r} (this release reads {readable})")
    text = _field(data, "text", "the document")
    _expect(isinstance(text, str), "text", "a str", text)
    entities = []
    for k, e in enumerate(_records(data, "entities")):
        where = f"entities[{k}]"
        entity_id = _field(e, "id", where)
        _expect(entity_id == k and type(entity_id) is int, f"{where}.id", f"the int {k}", entity_id)
        name = _field(e, "name", where)
        _expect(isinstance(name, str), f"{where}.name", "a str", name)
        entities.append(
            Entity(
                id=entity_id,
                name=name,
                kind=_enum(EntityKind, _field(e, "kind", where), f"{where}.kind"),
                role=_optional_str(e.get("role"), f"{where}.role"),
                mentions=_spans(e.get("mentions", ()), f"{where}.mentions"),
                gender=_optional_str(e.get("gender"), f"{where}.gender"),
                title=_optional_str(e.get("title"), f"{where}.title"),
                affiliation=_optional_str(e.get("affiliation"), f"{where}.affiliation"),
                roles=_roles(e.get("roles", ()), text, f"{where}.roles"),
            )
        )
    quotes = []
    for k, q in enumerate(_records(data, "quotes")):
        where = f"quotes[{k}]"
        span = _span_of(_field(q, "span", where), f"{where}.span")
        quote_text = _field(q, "text", where)
        _expect(
            isinstance(quote_text, str) and quote_text == span.slice(text),
            f"{where}.text",
            "text[span.start:span.end]",
            quote_text,
        )
        speaker = q.get("speaker")
        _expect(
            speaker is None or (type(speaker) is int and 0 <= speaker < len(entities)),
            f"{where}.speaker",
            "null or the id of an entity",
            speaker,
        )
        quotes.append(
            Quote(
                span=span,
                text=quote_text,
                kind=_enum(QuoteKind, _field(q, "kind", where), f"{where}.kind"),
                open_mark=_unspan(_field(q, "open_mark", where), f"{where}.open_mark"),
                close_mark=_unspan(q.get("close_mark"), f"{where}.close_mark"),
                continued=bool(q.get("continued", False)),
                continuation=bool(q.get("continuation", False)),
                inner=_spans(q.get("inner", ()), f"{where}.inner"),
                speaker=None if speaker is None else entities[speaker],
                mention=_unspan(q.get("mention"), f"{where}.mention"),
                cue=_unspan(q.get("cue"), f"{where}.cue"),
                rule=_optional_str(q.get("rule"), f"{where}.rule"),
                resolution=_optional_str(q.get("resolution"), f"{where}.resolution"),
                speaker_label=_unspan(q.get("speaker_label"), f"{where}.speaker_label"),
            )
        )
    notes = data.get("notes", ())
    _expect(
        isinstance(notes, (list, tuple)) and all(isinstance(n, str) for n in notes),
        "notes",
        "a list of str",
        notes,
    )
    return Document(
        text=text,
        quotes=tuple(quotes),
        entities=tuple(entities),
        paragraphs=_spans(data.get("paragraphs", ()), "paragraphs"),
        sentences=_spans(data.get("sentences", ()), "sentences"),
        notes=tuple(notes),
    )
