"""The corpus summary page in a real browser: headless Chromium renders it, the DOM
is read back and its tables must hold the summary's figures; it also prints to PDF.

Chromium is found as ``chromium`` or ``chromium-browser`` on PATH. Without it
the tests are skipped, unless ``QUOTEATTR_REQUIRE_BROWSER`` is set (as CI does),
in which case they fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_summary import corpus

import quoteattr
from quoteattr import Entity, EntityKind


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("QUOTEATTR_REQUIRE_BROWSER"):
        pytest.fail(
            "QUOTEATTR_REQUIRE_BROWSER is set but neither chromium nor chromium-browser is on PATH"
        )
    pytest.skip("no chromium on PATH (set QUOTEATTR_REQUIRE_BROWSER=1 to make this a failure)")


def _run_chromium(page: str, folder: Path, *action: str) -> subprocess.CompletedProcess[str]:
    path = folder / "summary.html"
    path.write_text(page, encoding="utf-8")
    command = [
        _chromium(),
        "--headless",
        "--disable-gpu",
        "--no-sandbox",
        "--no-first-run",
        f"--user-data-dir={folder / 'profile'}",
        *action,
        path.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


class _Dom(HTMLParser):
    """Tables (by id: rows of cell texts), SVG charts (their title and desc), tag counts."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.captions: dict[str, str] = {}
        self.charts: list[dict[str, str]] = []
        self.tags: dict[str, int] = {}
        self.row_headers = 0
        self._table: str | None = None
        self._cell: list[str] | None = None
        self._chart_part: str | None = None
        self._caption: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        attributes = dict(attrs)
        if tag == "table":
            self._table = attributes.get("id") or f"table{len(self.tables)}"
            self.tables[self._table] = []
        elif tag == "tr" and self._table is not None:
            self.tables[self._table].append([])
        elif tag in ("td", "th"):
            self._cell = []
            if tag == "th" and attributes.get("scope") == "row":
                self.row_headers += 1
        elif tag == "caption":
            self._caption = []
        elif tag == "svg":
            assert attributes.get("role") == "img"
            self.charts.append({"labelledby": attributes.get("aria-labelledby") or ""})
        elif tag in ("title", "desc") and self.charts:
            self._chart_part = tag
            self.charts[-1][tag] = ""
            self.charts[-1][tag + "_id"] = attributes.get("id") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._table is not None:
            self.tables[self._table][-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "table":
            self._table = None
        elif tag == "caption" and self._caption is not None and self._table is not None:
            self.captions[self._table] = "".join(self._caption)
            self._caption = None
        elif tag in ("title", "desc"):
            self._chart_part = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._caption is not None:
            self._caption.append(data)
        if self._chart_part is not None and self.charts:
            self.charts[-1][self._chart_part] += data


def _number(cell: str) -> int:
    return int(cell.replace(",", ""))


def test_browser_shows_the_summary_figures(tmp_path: Path) -> None:
    awkward = Entity(id=0, name="<b>Bold</b> & “Co”", kind=EntityKind.ORGANIZATION)
    from test_summary import _one_quote_document

    items = [*corpus(30), ("awkward <id>", _one_quote_document(awkward))]
    summary = quoteattr.summarize(items, top=50, documents_shown=12)
    dom = _Dom()
    dom.feed(_run_chromium(summary.to_html(), tmp_path, "--dump-dom").stdout)

    assert dom.tags.get("script", 0) == 0
    totals = {row[0]: row[1] for row in dom.tables["totals-table"][1:]}
    assert _number(totals["Documents"]) == summary.documents == 32
    assert _number(totals["Quotes (every kind)"]) == summary.quotes
    assert _number(totals["Speech quotes attributed to a speaker"]) == summary.attributed
    kinds = {row[0]: _number(row[1]) for row in dom.tables["kinds-table"][1:]}
    assert kinds == {kind.value: count for kind, count in summary.kinds.items()}
    speakers = [(row[0], _number(row[4])) for row in dom.tables["speakers-table"][1:]]
    assert speakers == [(row["name"], row["quotes"]) for row in summary.top_speakers()]
    assert "<b>Bold</b> & “Co”" in [name for name, _ in speakers]  # text, not markup
    documents = [row[0] for row in dom.tables["documents-table"][1:]]
    assert documents == [str(row["id"]) for row in summary.per_document]
    assert len(documents) == 12
    # every table has a caption and a header row; every chart is labelled
    assert set(dom.captions) == set(dom.tables)
    assert all(table[0] for table in dom.tables.values())
    assert dom.row_headers == sum(len(table) - 1 for table in dom.tables.values())
    assert len(dom.charts) >= 6
    for chart in dom.charts:
        assert chart["title"] and chart["desc"]
        assert chart["labelledby"] == f"{chart['title_id']} {chart['desc_id']}"
    kind_chart = next(c for c in dom.charts if c["title"] == "Quotes by kind")
    assert f"direct: {summary.kinds[quoteattr.QuoteKind.DIRECT]:,}" in kind_chart["desc"]


def test_summary_prints_to_pdf(tmp_path: Path) -> None:
    summary = quoteattr.summarize(corpus(12))
    pdf = tmp_path / "summary.pdf"
    _run_chromium(summary.to_html(), tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
