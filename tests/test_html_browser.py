"""The HTML page in a real browser: headless Chromium renders it, the DOM is checked.

Chromium is found as ``chromium`` or ``chromium-browser`` on PATH. Without it
the test is skipped, unless ``QUOTEATTR_REQUIRE_BROWSER`` is set (as CI does),
in which case it fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from html_marks import parse_page

import quoteattr
from quoteattr import Document
from quoteattr.html import to_html

ESCAPING_TEXT = (
    "<script>document.title='hacked'</script> & co: “<b>Bold</b> & brave,” said Ann Lee.\n\n"
    "“A & B <i>,” the mayor said. “Get out now!” The crowd was angry."
)


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


def _dump_dom(page: str, folder: Path) -> str:
    path = folder / "page.html"
    path.write_text(page, encoding="utf-8")
    command = [
        _chromium(),
        "--headless",
        "--disable-gpu",
        "--no-sandbox",
        "--no-first-run",
        f"--user-data-dir={folder / 'profile'}",
        "--dump-dom",
        path.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.parametrize("which", ["seed", "escaping"])
def test_browser_shows_every_quote_with_its_speaker(
    which: str, seed_doc: Document, tmp_path: Path
) -> None:
    document = seed_doc if which == "seed" else quoteattr.attribute(ESCAPING_TEXT)
    page = to_html(document, title=f"{which} <test>")
    dom = parse_page(_dump_dom(page, tmp_path))
    expected = [
        ("" if q.speaker is None else q.speaker.name, q.kind.value, q.text) for q in document.quotes
    ]
    assert [(m.speaker, m.kind, m.text) for m in dom.marks] == expected
    assert len(expected) >= 3
    assert dom.tags.get("script", 0) == 0
    assert dom.tags["p"] == len(document.paragraphs)
