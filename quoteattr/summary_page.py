"""The summary page: a :class:`~quoteattr.Summary` as one self-contained HTML page.

This module owns the page's markup: sections of tables (with captions and
header cells) and horizontal bar charts in inline SVG (each an image with a
title and a description listing its figures), inline styles for screen and
print, no script and nothing loaded from elsewhere. :meth:`Summary.to_html`
calls :func:`render_page`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from quoteattr.model import EntityKind, QuoteKind
from quoteattr.summary import GENDERS

if TYPE_CHECKING:
    from quoteattr.summary import Summary

__all__ = ["render_page"]


def render_page(summary: Summary, title: str) -> str:
    """The page of ``summary`` under ``title`` (see :meth:`Summary.to_html`)."""
    return _Page(summary, title).render()


_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; color: #1a1a1a; background: #fff;
  max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: .6rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
th, td { border: 1px solid #bbb; padding: .2rem .55rem; vertical-align: top; }
th { background: #f0f0f0; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: .5rem 0 1rem; }
figcaption { font-size: .9rem; color: #444; }
svg text { font: 12px system-ui, sans-serif; fill: #1a1a1a; }
.note { color: #444; font-size: .92rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  figure, table { break-inside: avoid; }
  svg rect { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""

_BAR_COLOURS = ("#3566a8", "#c4622d", "#4b8b3b", "#8a4f9e", "#a8872a", "#5a5a5a")


def _percent(part: int, whole: int) -> str:
    return "–" if whole == 0 else f"{100 * part / whole:.1f}%"


def _number(value: int) -> str:
    return f"{value:,}"


class _Page:
    """Builds the HTML of a summary, section by section."""

    def __init__(self, summary: Summary, title: str) -> None:
        self.summary = summary
        self.title = title
        self.charts = 0
        self.parts: list[str] = []

    def render(self) -> str:
        s = self.summary
        add = self.parts.append
        add("<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>")
        add("<meta name='viewport' content='width=device-width, initial-scale=1'>")
        add(f"<title>{html.escape(self.title)}</title>\n<style>{_STYLE}</style>\n</head>")
        add(f"<body>\n<main>\n<h1>{html.escape(self.title)}</h1>")
        add(
            f"<p class='note'>{_number(s.documents)} documents, {_number(s.quotes)} quotes, "
            f"{_percent(s.attributed, s.speech_quotes)} of speech quotes attributed to a "
            "speaker. Made by quoteattr; the figures are counts of its output, not "
            "of hand-checked annotations.</p>"
        )
        self._totals()
        self._kinds()
        self._speaker_kinds()
        self._genders()
        self._speakers()
        self._phrases("roles", "Most frequent roles", s.top_roles(), "Role")
        self._phrases(
            "affiliations", "Most frequent affiliations", s.top_affiliations(), "Affiliation"
        )
        self._histogram()
        self._documents()
        add("</main>\n</body>\n</html>\n")
        return "\n".join(self.parts)

    # -- building blocks --

    def _table(
        self,
        ident: str,
        caption: str,
        header: Sequence[str],
        rows: Iterable[Sequence[Any]],
        numeric_from: int = 1,
    ) -> None:
        out = [f"<table id='{ident}'>", f"<caption>{html.escape(caption)}</caption>", "<thead><tr>"]
        out.extend(f"<th scope='col'>{html.escape(h)}</th>" for h in header)
        out.append("</tr></thead>\n<tbody>")
        for row in rows:
            cells = [f"<th scope='row'>{html.escape(str(row[0]))}</th>"]
            for position, value in enumerate(row[1:], 1):
                shown = "" if value is None else value
                if isinstance(shown, int) and not isinstance(shown, bool):
                    shown = _number(shown)
                klass = " class='n'" if position >= numeric_from else ""
                cells.append(f"<td{klass}>{html.escape(str(shown))}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody>\n</table>")
        self.parts.append("\n".join(out))

    def _chart(self, caption: str, bars: Sequence[tuple[str, int]], total: int | None) -> None:
        """A horizontal bar chart; ``total`` given: each bar also shows its share."""
        self.charts += 1
        number = self.charts
        if not bars:
            return
        label_width = min(260, 16 + 7 * max(len(label) for label, _ in bars))
        bar_space, row_height = 300, 24
        width = label_width + bar_space + 110
        height = row_height * len(bars) + 10
        largest = max((value for _, value in bars), default=0) or 1
        described = "; ".join(
            f"{label}: {_number(value)}" + (f" ({_percent(value, total)})" if total else "")
            for label, value in bars
        )
        out = [
            "<figure>",
            f"<svg role='img' aria-labelledby='chart{number}-title chart{number}-desc' "
            f"width='{width}' height='{height}' viewBox='0 0 {width} {height}'>",
            f"<title id='chart{number}-title'>{html.escape(caption)}</title>",
            f"<desc id='chart{number}-desc'>{html.escape(described)}</desc>",
        ]
        for position, (label, value) in enumerate(bars):
            y = 5 + position * row_height
            length = round(bar_space * value / largest)
            colour = _BAR_COLOURS[position % len(_BAR_COLOURS)]
            shown = _short(label, (label_width - 16) // 7)
            figure = _number(value) + (f" ({_percent(value, total)})" if total else "")
            out.append(
                f"<text x='{label_width - 8}' y='{y + 16}' text-anchor='end'>"
                f"{html.escape(shown)}</text>"
                f"<rect x='{label_width}' y='{y + 3}' width='{length}' height='{row_height - 8}'"
                f" fill='{colour}'/>"
                f"<text x='{label_width + length + 6}' y='{y + 16}'>{html.escape(figure)}</text>"
            )
        out.append("</svg>")
        out.append(f"<figcaption>{html.escape(caption)} (the table gives the figures)</figcaption>")
        out.append("</figure>")
        self.parts.append("\n".join(out))

    def _section(self, ident: str, heading: str, note: str = "") -> None:
        self.parts.append(f"<section aria-labelledby='{ident}-heading'>")
        self.parts.append(f"<h2 id='{ident}-heading'>{html.escape(heading)}</h2>")
        if note:
            self.parts.append(f"<p class='note'>{html.escape(note)}</p>")

    def _end(self) -> None:
        self.parts.append("</section>")

    # -- sections --

    def _totals(self) -> None:
        s = self.summary
        self._section("totals", "Totals")
        rows: list[tuple[str, int, str]] = [
            ("Documents", s.documents, ""),
            (
                "Documents with quotes",
                s.documents_with_quotes,
                _percent(s.documents_with_quotes, s.documents),
            ),
            ("Quotes (every kind)", s.quotes, ""),
            ("Speech quotes (direct, partial, indirect)", s.speech_quotes, ""),
            (
                "Speech quotes attributed to a speaker",
                s.attributed,
                _percent(s.attributed, s.speech_quotes),
            ),
            ("Inputs that failed", s.failures, ""),
        ]
        self._table("totals-table", "Totals", ("Figure", "Count", "Share"), rows)
        if s.failure_messages:
            items = "".join(f"<li>{html.escape(m)}</li>" for m in s.failure_messages)
            more = s.failures - len(s.failure_messages)
            tail = f"<p class='note'>and {_number(more)} more.</p>" if more else ""
            self.parts.append(f"<p>Inputs that failed:</p><ul>{items}</ul>{tail}")
        self._end()

    def _kinds(self) -> None:
        s = self.summary
        self._section(
            "kinds",
            "Quotes by kind",
            "A term is a word or title in quotation marks that reports nobody's speech; "
            "terms are never attributed.",
        )
        rows = [
            (
                kind.value,
                s.kinds[kind],
                _percent(s.kinds[kind], s.quotes),
                None if kind is QuoteKind.TERM else s.attributed_kinds[kind],
                None
                if kind is QuoteKind.TERM
                else _percent(s.attributed_kinds[kind], s.kinds[kind]),
            )
            for kind in QuoteKind
        ]
        self._table(
            "kinds-table",
            "Quotes by kind",
            ("Kind", "Quotes", "Share of quotes", "Attributed", "Share attributed"),
            rows,
        )
        self._chart("Quotes by kind", [(kind.value, s.kinds[kind]) for kind in QuoteKind], s.quotes)
        self._end()

    def _speaker_kinds(self) -> None:
        s = self.summary
        self._section(
            "speaker-kinds",
            "Speakers by kind",
            "Attributed speech quotes by the kind of their speaker; speakers are counted "
            "once per document.",
        )
        rows = [
            (
                kind.value,
                s.speaker_kind_quotes[kind],
                _percent(s.speaker_kind_quotes[kind], s.attributed),
                s.speaker_kind_speakers[kind],
            )
            for kind in EntityKind
        ]
        self._table(
            "speaker-kinds-table",
            "Speakers by kind",
            ("Speaker kind", "Quotes", "Share of attributed quotes", "Speakers"),
            rows,
        )
        self._chart(
            "Attributed quotes by speaker kind",
            [(kind.value, s.speaker_kind_quotes[kind]) for kind in EntityKind],
            s.attributed,
        )
        self._end()

    def _genders(self) -> None:
        s = self.summary
        people = sum(s.gender_quotes.values())
        known = s.gender_quotes["f"] + s.gender_quotes["m"]
        self._section(
            "genders",
            "Speakers by gender, where the text shows it",
            "Quotes by individual speakers (kinds person and unnamed). Gender is read from "
            "the text only (pronouns, titles such as Mrs., gendered role nouns); where the "
            "text does not show it, it is not known. Shares of known are among quotes "
            "whose speaker's gender is known.",
        )
        rows = [
            (
                label,
                s.gender_quotes[gender],
                _percent(s.gender_quotes[gender], people),
                "" if gender is None else _percent(s.gender_quotes[gender], known),
                s.gender_speakers[gender],
            )
            for gender, label in GENDERS
        ]
        self._table(
            "genders-table",
            "Quotes by individual speakers, by gender",
            ("Gender", "Quotes", "Share", "Share of known", "Speakers"),
            rows,
        )
        self._chart(
            "Quotes by individual speakers, by gender",
            [(label, s.gender_quotes[gender]) for gender, label in GENDERS],
            people,
        )
        self._end()

    def _estimate_note(self, rows: Sequence[dict[str, Any]]) -> str:
        if any(row["error"] for row in rows):
            return (
                " Some counts are estimates (the corpus has more distinct keys than the "
                "counting table holds): a count may be over by at most the figure in the "
                "last column."
            )
        return ""

    def _speakers(self) -> None:
        s = self.summary
        top = s.top_speakers()
        self._section(
            "speakers",
            "Most-quoted speakers",
            "Speakers are told apart by name and kind: namesakes are one row, and one "
            "person named differently in two documents is two. The role is the one most "
            "often given to the speaker." + self._estimate_note(top),
        )
        header = ["Speaker", "Kind", "Role", "Gender", "Quotes", "Documents"]
        estimates = any(row["error"] for row in top)
        if estimates:
            header.append("May be over by")
        rows = []
        for row in top:
            cells: list[Any] = [
                row["name"],
                row["kind"],
                row["role"],
                row["gender"],
                row["quotes"],
                row["documents"],
            ]
            if estimates:
                cells.append(row["error"])
            rows.append(cells)
        self._table("speakers-table", "Most-quoted speakers", header, rows, numeric_from=4)
        self._chart("Most-quoted speakers", [(row["name"], row["quotes"]) for row in top], None)
        self._end()

    def _phrases(self, ident: str, heading: str, top: Sequence[dict[str, Any]], what: str) -> None:
        self._section(
            ident,
            heading,
            f"{what}s of the speakers of attributed quotes, compared without case; a speaker "
            "counts once per document." + self._estimate_note(top),
        )
        if not top:
            self.parts.append(f"<p>No {what.lower()} in these documents.</p>")
            self._end()
            return
        header = [what, "Quotes", "Speakers"]
        estimates = any(row["error"] for row in top)
        if estimates:
            header.append("May be over by")
        rows = [
            [row["text"], row["quotes"], row["speakers"], *([row["error"]] if estimates else [])]
            for row in top
        ]
        self._table(f"{ident}-table", heading, header, rows)
        self._chart(heading + " (quotes)", [(row["text"], row["quotes"]) for row in top], None)
        self._end()

    def _histogram(self) -> None:
        s = self.summary
        self._section("histogram", "Quotes per document", "Every document is counted here.")
        rows = [(label, count, _percent(count, s.documents)) for label, count in s.histogram_rows()]
        self._table(
            "histogram-table",
            "Documents by number of quotes",
            ("Quotes", "Documents", "Share"),
            rows,
        )
        self._chart(
            "Documents by number of quotes",
            s.histogram_rows(),
            s.documents,
        )
        self._end()

    def _documents(self) -> None:
        s = self.summary
        shown = len(s.per_document)
        note = f"The first {_number(shown)} of {_number(s.documents)} documents, in input order."
        if shown < s.documents:
            note += (
                " The others are left out to keep the page small; `quoteattr summary "
                "--documents-csv FILE` writes every document's row."
            )
        self._section("documents", "Per document", note)
        kinds = [kind.value for kind in QuoteKind]
        self._table(
            "documents-table",
            "Quotes per document",
            ("Document", "Quotes", *kinds, "Attributed", "Speakers"),
            [
                (
                    row["id"],
                    row["quotes"],
                    *(row[k] for k in kinds),
                    row["attributed"],
                    row["speakers"],
                )
                for row in s.per_document
            ],
        )
        self._end()


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"
