"""A self-contained HTML page showing a document's quotes and speakers.

This module owns the HTML form of a :class:`~quoteattr.Document`:
:func:`to_html` returns one page with inline CSS, no scripts, no external
assets and nothing fetched over the network. The page shows:

- the text, one ``<p>`` per paragraph (spacing inside a paragraph kept);
- every quote as a ``<mark class="quote ...">`` around its content (marks
  excluded, so the element's text is exactly :attr:`~quoteattr.Quote.text`),
  coloured per speaker, with ``data-speaker`` (the speaker's name, empty when
  unattributed), ``data-rule``, ``data-kind`` (``direct``, ``partial``, ``term``)
  and a ``title`` tooltip naming the speaker (with role, title of office and
  affiliation), the rule and the cue;
  unattributed quotes are outlined in grey and TERM quotes are dashed and italic;
- reported speech without quotation marks (INDIRECT) as a ``<span class="reported
  ...">`` around its content, with the same attributes (``data-kind`` is
  ``indirect``) and a thick underline in the speaker's colour; a quote inside
  it is a ``<mark>`` inside the span;
- speaker mentions (underlined, with a band of the speaker's colour) and cues
  (dotted underline);
- a legend with each speaker's colour, name, role, affiliation and quote count.

Colours come from a fixed palette, assigned in the order of each speaker's
first quote (:attr:`~quoteattr.Document.speakers`) and cycled when there are
more speakers than colours, so the same document always gives the same page.
All text is HTML-escaped.

Example:
    >>> import quoteattr
    >>> from quoteattr.html import to_html
    >>> page = to_html(quoteattr.attribute("“We regret it,” she said."), title="Demo")
    >>> page.startswith("<!DOCTYPE html>")
    True
    >>> '<mark class="quote speaker-0 kind-direct" data-speaker="an unnamed woman"' in page
    True
"""

from __future__ import annotations

import html
from collections import Counter

from quoteattr.model import Document, Quote, QuoteKind, Span

__all__ = ["PALETTE", "to_html"]

#: Background colours for speakers, in order of each speaker's first quote.
PALETTE: tuple[str, ...] = (
    "#fde68a",
    "#bfdbfe",
    "#bbf7d0",
    "#fecaca",
    "#ddd6fe",
    "#fed7aa",
    "#a5f3fc",
    "#fbcfe8",
    "#d9f99d",
    "#e7e5e4",
)

_BASE_CSS = """\
body { font-family: Georgia, 'Times New Roman', serif; max-width: 48em; margin: 2em auto;
       padding: 0 1em; line-height: 1.6; color: #1f2937; background: #ffffff; }
h1 { font-size: 1.4em; }
h2 { font-size: 1.1em; margin-top: 1.5em; }
p { white-space: pre-wrap; }
mark.quote { padding: 0 0.1em; border-radius: 0.2em; color: inherit; }
mark.unattributed { background: #f3f4f6; outline: 1px solid #9ca3af; }
mark.kind-term { font-style: italic; background: transparent; outline: 1px dashed #9ca3af; }
span.reported { border-bottom: 0.2em solid #9ca3af; }
.mention { text-decoration: underline solid 1px; text-underline-offset: 0.2em; }
.cue { text-decoration: underline dotted 2px; text-underline-offset: 0.2em; }
.legend { list-style: none; padding: 0; }
.legend li { margin: 0.2em 0; }
.swatch { display: inline-block; width: 1em; height: 1em; vertical-align: middle;
          margin-right: 0.4em; border-radius: 0.2em; }
"""


def _css() -> str:
    rules = [_BASE_CSS]
    for index, colour in enumerate(PALETTE):
        rules.append(
            f"mark.speaker-{index}, .swatch.speaker-{index} {{ background: {colour}; }}\n"
            f".mention.speaker-{index} {{ box-shadow: inset 0 -0.35em {colour}; }}\n"
            f"span.reported.speaker-{index} {{ border-bottom-color: {colour}; }}\n"
        )
    rules.append(".swatch.unattributed { background: #f3f4f6; outline: 1px solid #9ca3af; }\n")
    rules.append(".swatch.kind-term { outline: 1px dashed #9ca3af; }\n")
    return "".join(rules)


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


class _Page:
    """Builds the body of one page; holds the speaker colours of one document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.colour = {
            speaker.id: index % len(PALETTE) for index, speaker in enumerate(document.speakers)
        }

    def quote_open(self, quote: Quote) -> str:
        text = self.document.text
        speaker = quote.speaker
        classes = ["quote"]
        if speaker is not None:
            classes.append(f"speaker-{self.colour[speaker.id]}")
        else:
            classes.append("unattributed")
        classes.append(f"kind-{quote.kind.value}")
        if speaker is None:
            who = "unattributed"
        else:
            who = speaker.name + (f" ({speaker.role})" if speaker.role else "")
        tip = [f"Speaker: {who}", f"Kind: {quote.kind.value}"]
        if speaker is not None and speaker.title:
            tip.append(f"Title: {speaker.title}")
        if speaker is not None and speaker.affiliation:
            tip.append(f"Affiliation: {speaker.affiliation}")
        tip.append(f"Rule: {quote.rule if quote.rule is not None else '-'}")
        cue = "-" if quote.cue is None else " ".join(quote.cue.slice(text).split())
        tip.append(f"Cue: {cue}")
        attributes = {
            "class": " ".join(classes),
            "data-speaker": "" if speaker is None else speaker.name,
            "data-rule": quote.rule or "",
            "data-kind": quote.kind.value,
            "title": "\n".join(tip),
        }
        rendered = " ".join(f'{key}="{_escape(value)}"' for key, value in attributes.items())
        if quote.kind is QuoteKind.INDIRECT:
            rendered = rendered.replace('class="quote ', 'class="reported ', 1)
            return f"<span {rendered}>"
        return f"<mark {rendered}>"

    def underlines(self) -> list[tuple[Span, str]]:
        """Mention and cue spans with their classes, in text order, without overlaps."""
        classes: dict[Span, list[str]] = {}
        for quote in self.document.quotes:
            if quote.mention is not None:
                names = classes.setdefault(quote.mention, [])
                if "mention" not in names:
                    names.append("mention")
                    if quote.speaker is not None:
                        names.append(f"speaker-{self.colour[quote.speaker.id]}")
            if quote.cue is not None:
                names = classes.setdefault(quote.cue, [])
                if "cue" not in names:
                    names.append("cue")
        result: list[tuple[Span, str]] = []
        end = 0
        for span in sorted(classes):
            if span.end <= end:
                continue
            start = max(span.start, end)
            if start < span.end:
                result.append((Span(start, span.end), " ".join(classes[span])))
                end = span.end
        return result

    def plain(self, start: int, end: int, underlines: list[tuple[Span, str]]) -> str:
        """``text[start:end]`` with the underlines that fall in it."""
        text = self.document.text
        out = []
        position = start
        for span, names in underlines:
            lo, hi = max(span.start, start), min(span.end, end)
            if lo >= hi:
                continue
            out.append(_escape(text[position:lo]))
            out.append(f'<span class="{names}">{_escape(text[lo:hi])}</span>')
            position = hi
        out.append(_escape(text[position:end]))
        return "".join(out)

    def region(
        self, start: int, end: int, underlines: list[tuple[Span, str]], inside: bool = False
    ) -> str:
        """``text[start:end]`` with quotes highlighted and underlines drawn (with
        ``inside``, the region is a report's content: only quotes with marks)."""
        out = []
        position = start
        for quote in self.document.quotes:
            span = quote.span
            if span.start < start or span.end > end or span.start < position:
                continue
            if quote.kind is QuoteKind.INDIRECT:
                if inside:
                    continue
                out.append(self.plain(position, span.start, underlines))
                out.append(self.quote_open(quote))
                out.append(self.region(span.start, span.end, underlines, inside=True))
                out.append("</span>")
                position = span.end
                continue
            out.append(self.plain(position, span.start, underlines))
            out.append(self.quote_open(quote))
            out.append(self.plain(span.start, span.end, underlines))
            out.append("</mark>")
            position = span.end
        out.append(self.plain(position, end, underlines))
        return "".join(out)

    def paragraphs(self) -> list[Span]:
        """The paragraph spans, plus any non-blank text outside them, in order."""
        text = self.document.text
        spans = sorted(self.document.paragraphs)
        result: list[Span] = []
        position = 0
        for span in [*spans, Span(len(text), len(text))]:
            if span.start < position:
                continue
            gap = text[position : span.start]
            if gap.strip():
                lead = len(gap) - len(gap.lstrip())
                trail = len(gap) - len(gap.rstrip())
                result.append(Span(position + lead, span.start - trail))
            if span.end > span.start:
                result.append(span)
            position = span.end
        # A quote never crosses a line break, but keep it whole if one ever does.
        for quote in self.document.quotes:
            touched = [i for i, span in enumerate(result) if span.overlaps(quote.span)]
            if len(touched) > 1:
                first, last = touched[0], touched[-1]
                result[first : last + 1] = [Span(result[first].start, result[last].end)]
        return result

    def body(self) -> str:
        underlines = self.underlines()
        return "\n".join(
            f"<p>{self.region(span.start, span.end, underlines)}</p>" for span in self.paragraphs()
        )

    def legend(self) -> str:
        counts = Counter(
            quote.speaker.id
            for quote in self.document.quotes
            if quote.speaker is not None and quote.kind is not QuoteKind.INDIRECT
        )
        reports = Counter(
            quote.speaker.id
            for quote in self.document.quotes
            if quote.speaker is not None and quote.kind is QuoteKind.INDIRECT
        )
        items = []
        for speaker in self.document.speakers:
            described = [speaker.role] if speaker.role else []
            if speaker.affiliation and speaker.affiliation not in (speaker.role or ""):
                described.append(speaker.affiliation)
            role = "".join(f", {_escape(part)}" for part in described)
            count = counts[speaker.id]
            reported = reports[speaker.id]
            tally = f"{count} quote{'s' if count != 1 else ''}"
            if reported:
                tally += f", {reported} reported without quotation marks"
            items.append(
                f'<li data-speaker="{_escape(speaker.name)}">'
                f'<span class="swatch speaker-{self.colour[speaker.id]}"></span>'
                f"<strong>{_escape(speaker.name)}</strong>{role}: {tally}</li>"
            )
        unattributed = [
            q
            for q in self.document.quotes
            if q.speaker is None and q.kind is not QuoteKind.INDIRECT
        ]
        terms = sum(1 for q in unattributed if q.kind is QuoteKind.TERM)
        others = len(unattributed) - terms
        if others:
            items.append(
                '<li><span class="swatch unattributed"></span>unattributed: '
                f"{others} quote{'s' if others != 1 else ''}</li>"
            )
        if terms:
            items.append(
                '<li><span class="swatch kind-term"></span><em>terms</em> '
                f"(words in quotation marks, nobody's speech): {terms}</li>"
            )
        if not items:
            items.append("<li>No quotes found.</li>")
        return '<ul class="legend">\n' + "\n".join(items) + "\n</ul>"


def to_html(document: Document, title: str | None = None) -> str:
    """A self-contained HTML page showing ``document`` with its quotes highlighted.

    Args:
        document: an attributed document.
        title: the page title and heading; ``"Quotes and speakers"`` when None.

    Returns:
        The page, an HTML5 document as a ``str`` (inline CSS, no scripts, no
        external assets).

    Raises:
        TypeError: ``document`` is not a Document or ``title`` is not a str or None.
    """
    if not isinstance(document, Document):
        raise TypeError(f"to_html() expects a quoteattr.Document, got {type(document).__name__}")
    if title is not None and not isinstance(title, str):
        raise TypeError(f"to_html() expects title as str or None, got {type(title).__name__}")
    heading = _escape("Quotes and speakers" if title is None else title)
    page = _Page(document)
    reported = sum(1 for quote in document.quotes if quote.kind is QuoteKind.INDIRECT)
    count = len(document.quotes) - reported
    tally = f"{count} quote{'s' if count != 1 else ''}"
    if reported:
        tally += f", {reported} reported without quotation marks"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{heading}</title>\n<style>\n{_css()}</style>\n</head>\n<body>\n"
        f"<h1>{heading}</h1>\n"
        f"<h2>Speakers ({tally})</h2>\n"
        f"{page.legend()}\n"
        f'<h2>Text</h2>\n<article class="text">\n{page.body()}\n</article>\n'
        "</body>\n</html>\n"
    )
