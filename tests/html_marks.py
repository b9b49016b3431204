"""Parse quoteattr's HTML pages back: the highlighted quotes, legend entries and paragraphs."""

from __future__ import annotations

from html.parser import HTMLParser

import attrs


@attrs.frozen
class Mark:
    """One highlighted quote element as found in a page."""

    classes: tuple[str, ...]
    speaker: str | None
    rule: str | None
    kind: str | None
    title: str | None
    text: str


class PageParser(HTMLParser):
    """Collects every ``mark.quote`` element and every ``span.reported`` (reported
    speech without marks) with its text, and counts tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[Mark] = []
        self.reports: list[str] = []
        self._spans: list[list[str] | None] = []
        self.tags: dict[str, int] = {}
        self.legend: list[str] = []
        self._open: list[tuple[dict[str, str | None], list[str]]] = []
        self._depth = 0
        self._legend_item: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        values = dict(attrs)
        if tag == "mark" and "quote" in (values.get("class") or "").split():
            self._open.append((values, []))
        if tag == "span":
            reported = "reported" in (values.get("class") or "").split()
            self._spans.append([] if reported else None)
        if tag == "li":
            self._legend_item = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._open:
            values, parts = self._open.pop()
            self.marks.append(
                Mark(
                    classes=tuple((values.get("class") or "").split()),
                    speaker=values.get("data-speaker"),
                    rule=values.get("data-rule"),
                    kind=values.get("data-kind"),
                    title=values.get("title"),
                    text="".join(parts),
                )
            )
        if tag == "span" and self._spans:
            parts = self._spans.pop()
            if parts is not None:
                self.reports.append("".join(parts))
        if tag == "li" and self._legend_item is not None:
            self.legend.append("".join(self._legend_item))
            self._legend_item = None

    def handle_data(self, data: str) -> None:
        for _, parts in self._open:
            parts.append(data)
        for span in self._spans:
            if span is not None:
                span.append(data)
        if self._legend_item is not None:
            self._legend_item.append(data)


def parse_page(page: str) -> PageParser:
    """Parse ``page`` and return the filled parser."""
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser
