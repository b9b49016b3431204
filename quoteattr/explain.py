"""Explanations: which rule attributed each quote, through what, and why.

This module owns :func:`explain`, which turns the record every quote carries
(rule, mention, cue, resolution) into readable text, and says where each
speaker's role came from (:func:`explain_role`).
"""

from __future__ import annotations

from quoteattr.model import Document, Entity, Quote, QuoteKind

__all__ = ["explain", "explain_quote", "explain_role"]


def _quoted(document: Document, quote: Quote) -> str:
    text = " ".join(quote.text.split())
    return text if len(text) <= 60 else text[:59] + "…"


def explain_quote(document: Document, quote: Quote, with_role: bool = True) -> str:
    """One quote's explanation, as a line or two of text (a third says where
    the speaker's role came from, unless ``with_role`` is false)."""
    # Reported speech has no quotation marks: its content is shown without them.
    shown = _quoted(document, quote)
    if quote.kind is not QuoteKind.INDIRECT:
        shown = f"“{shown}”"
    head = f"{shown} [{quote.kind.name}] at {quote.span.start}-{quote.span.end}"
    if quote.rule is not None and quote.speaker is None and quote.cue is not None:
        # "it was reported that ...": a report whose source the text never names.
        cue = quote.cue.slice(document.text)
        return f"{head}\n    rule {quote.rule}, cue “{cue}”: the text names no source"
    if quote.speaker is None or quote.rule is None:
        return f"{head}\n    unattributed: no rule found a speaker"
    parts = [f"rule {quote.rule}"]
    if quote.mention is not None:
        parts.append(
            f"mention “{quote.mention.slice(document.text)}” at "
            f"{quote.mention.start}-{quote.mention.end}"
        )
    if quote.cue is not None:
        parts.append(f"cue “{quote.cue.slice(document.text)}”")
    speaker = quote.speaker.name + (f" ({quote.speaker.role})" if quote.speaker.role else "")
    how = f"; {quote.resolution}" if quote.resolution else ""
    line = f"{head}\n    {', '.join(parts)} -> {speaker}{how}"
    source = explain_role(quote.speaker) if with_role else None
    return line if source is None else f"{line}\n    {source}"


def explain_role(entity: Entity) -> str | None:
    """Where an entity's role came from: the role phrase it was read from
    (its construction and span), with the title of office and affiliation; None
    when the entity has no role.

    Example:
        >>> import quoteattr
        >>> doc = quoteattr.attribute("“No,” said Sen. Ted Cruz (R-Texas).")
        >>> for part in explain_role(doc.quotes[0].speaker).split("; "):
        ...     print(part)
        role “Sen.” from the title “Sen.” at 11-15
        title “Sen.”
        affiliation “R-Texas”
        also (apposition) “R-Texas” at 26-33
    """
    if entity.role is None:
        return None
    chosen = next((phrase for phrase in entity.roles if entity.role in phrase.text), None)
    if chosen is None:
        return f"role “{entity.role}”"
    form = chosen.form.value.replace("_", " ")
    where = f"{chosen.span.start}-{chosen.span.end}"
    parts = [f"role “{entity.role}” from the {form} “{chosen.text}” at {where}"]
    if entity.title:
        parts.append(f"title “{entity.title}”")
    if entity.affiliation:
        parts.append(f"affiliation “{entity.affiliation}”")
    others = [
        f"({phrase.form.value.replace('_', ' ')}) “{phrase.text}” at "
        f"{phrase.span.start}-{phrase.span.end}"
        for phrase in entity.roles
        if phrase is not chosen
    ]
    if others:
        parts.append("also " + ", ".join(others[:3]) + (" ..." if len(others) > 3 else ""))
    return "; ".join(parts)


def explain(document: Document) -> str:
    """Say, for every quote of ``document``, which rule attributed it and why,
    and, at each speaker's first quote, where the speaker's role came from.

    Example:
        >>> import quoteattr
        >>> print(quoteattr.explain(quoteattr.attribute("No quotes here.")))
        no quotes
    """
    if not isinstance(document, Document):
        raise TypeError(f"explain() expects a quoteattr.Document, got {type(document).__name__}")
    if not document.quotes:
        return "no quotes"
    lines = []
    explained: set[int] = set()
    for quote in document.quotes:
        # Where a speaker's role came from is said once, at their first quote.
        first = quote.speaker is not None and quote.speaker.id not in explained
        lines.append(explain_quote(document, quote, with_role=first))
        if quote.speaker is not None:
            explained.add(quote.speaker.id)
    return "\n".join(lines)
