"""The Dask recipe in docs/scale.md runs as written (skipped only without dask)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

import quoteattr

PAGE = Path(__file__).resolve().parent.parent / "docs" / "scale.md"


def recipe() -> tuple[str, str]:
    """The Dask example of docs/scale.md and the output the page says it prints."""
    text = PAGE.read_text(encoding="utf-8")
    section = text[text.index("## Dask") :]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    printed = re.search(r"\nprints\n\n((?:    .*\n)+)", section)
    assert code is not None and printed is not None
    return code.group(1), "\n".join(line[4:] for line in printed.group(1).splitlines()) + "\n"


def test_the_page_recipe_runs_on_the_processes_scheduler() -> None:
    pytest.importorskip("dask.bag")
    code, expected = recipe()
    assert 'scheduler="processes"' in code
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, str(PAGE), "exec"), {"__name__": "scale_recipe"})
    assert out.getvalue() == expected


def test_partitions_on_the_synchronous_scheduler_match_attribute() -> None:
    bag_module = pytest.importorskip("dask.bag")
    code, _ = recipe()
    namespace: dict[str, object] = {"__name__": "scale_recipe"}
    definition = code[: code.index("items = [")]
    exec(compile(definition, str(PAGE), "exec"), namespace)
    texts = [f"“Point {n},” the minister said. “And more.”" for n in range(40)] + [b"raw"]
    items = list(enumerate(texts))
    bag = bag_module.from_sequence(items, npartitions=5).map_partitions(
        namespace["attribute_partition"]
    )
    records = bag.compute(scheduler="synchronous")
    assert [r["id"] for r in records] == list(range(41))
    for number, record in enumerate(records[:40]):
        assert record == {"id": number, **quoteattr.attribute(texts[number]).to_dict()}  # type: ignore[arg-type]
    assert "got bytes" in records[40]["error"]
