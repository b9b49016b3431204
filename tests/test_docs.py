"""Documentation coverage: every public name has a docstring and a place in the docs.

The Sphinx build (``python -m sphinx -W -b html docs docs/_build/html``) checks
that the docs render without warnings; these tests check, without Sphinx, that
nothing public is left out of them.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import attrs
import pytest

import quoteattr
from quoteattr.sieves import DEFAULT_SIEVES

DOCS = Path(__file__).resolve().parent.parent / "docs"
PUBLIC = [name for name in quoteattr.__all__ if name != "__version__"]
_DIRECTIVE = re.compile(r"^\s*\.\. (?:auto\w+|py:\w+):: (?P<name>[\w.]+)", re.MULTILINE)
_CURRENT_MODULE = re.compile(r"^\s*\.\. currentmodule:: (?P<module>[\w.]+)", re.MULTILINE)


def _documented_in_api_page() -> dict[str, set[str]]:
    """Names given an autodoc or ``py:`` directive in docs/api.md, by current module."""
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    documented: dict[str, set[str]] = {}
    module = ""
    position = 0
    while True:
        directive = _DIRECTIVE.search(text, position)
        if directive is None:
            return documented
        for switch in _CURRENT_MODULE.finditer(text, position, directive.start()):
            module = switch["module"]
        documented.setdefault(module, set()).add(directive["name"])
        position = directive.end()


@pytest.mark.parametrize("name", PUBLIC)
def test_public_name_has_a_docstring(name: str) -> None:
    doc = inspect.getdoc(getattr(quoteattr, name))
    assert doc is not None and doc.strip(), f"quoteattr.{name} has no docstring"


@pytest.mark.parametrize("name", PUBLIC)
def test_public_name_is_in_the_api_reference(name: str) -> None:
    assert name in _documented_in_api_page().get("quoteattr", set()), (
        f"quoteattr.{name} is not documented in docs/api.md; add an autodoc directive for it"
    )


def test_api_reference_documents_only_public_names() -> None:
    assert _documented_in_api_page()["quoteattr"] <= set(quoteattr.__all__)


@pytest.mark.parametrize("name", PUBLIC)
def test_public_members_have_docstrings(name: str) -> None:
    obj = getattr(quoteattr, name)
    if not inspect.isclass(obj):
        return
    for member, value in vars(obj).items():
        if member.startswith("_") and member != "__call__":
            continue
        if isinstance(value, (classmethod, staticmethod)):
            value = value.__func__
        if inspect.isfunction(value) or isinstance(value, property):
            assert inspect.getdoc(value), f"quoteattr.{name}.{member} has no docstring"


@pytest.mark.parametrize("name", [n for n in PUBLIC if attrs.has(getattr(quoteattr, n))])
def test_every_attrs_field_is_described(name: str) -> None:
    cls = getattr(quoteattr, name)
    doc = inspect.getdoc(cls) or ""
    _, _, section = doc.partition("Attributes:\n")
    described = set(re.findall(r"^    (\w+):", section, re.MULTILINE))
    missing = [field.name for field in attrs.fields(cls) if field.name not in described]
    assert not missing, f"{name} docstring 'Attributes:' lacks {missing}"


@pytest.mark.parametrize("sieve", DEFAULT_SIEVES)
def test_every_default_sieve_has_a_section_in_how_it_works(sieve: str) -> None:
    text = (DOCS / "how-it-works.md").read_text(encoding="utf-8")
    assert re.search(rf"^### {sieve}$", text, re.MULTILINE), (
        f"docs/how-it-works.md has no '### {sieve}' section"
    )


def test_index_toctree_lists_every_page() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    toctree = index.partition("```{toctree}")[2].partition("```")[0]
    listed = {line.strip() for line in toctree.splitlines() if line.strip() and ":" not in line}
    pages = {path.stem for path in DOCS.glob("*.md")} - {"index"}
    assert listed == pages
