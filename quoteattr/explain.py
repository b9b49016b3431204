"""Explanations: which rule attributed each quote, through what, and why.

This module owns :func:`explain`, which turns the record every quote carries
(rule, mention, cue, resolution) into readable text.
"""

from __future__ import annotations

from quoteattr.model import Document, Quote, QuoteKind

__all__ = ["explain", "explain_quote"]


def _quoted(document: Document, quote: Quote) -> str:
    text = " ".join(quote.text.split())
    return text if len(text) <= 60 else text[:59] + "…"


def explain_quote(document: Document, quote: Quote) -> str:
    """One quote's explanation, as a line or two of text."""
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
    return f"{head}\n    {', '.join(parts)} -> {speaker}{how}"


def explain(document: Document) -> str:
    """Say, for every quote of ``document``, which rule attributed it and why.

    Example:
        >>> import quoteattr
        >>> print(quoteattr.explain(quoteattr.attribute("No quotes here.")))
        no quotes
    """
    if not isinstance(document, Document):
        raise TypeError(f"explain() expects a quoteattr.Document, got {type(document).__name__}")
    if not document.quotes:
        return "no quotes"
    return "\n".join(explain_quote(document, q) for q in document.quotes)
