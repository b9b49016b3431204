"""The package layout: one module per family of rules, each one documented and
of a size a newcomer can read, and the order of the rules in one place."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import quoteattr
import quoteattr.pipeline
import quoteattr.sieves
from quoteattr.sieves import SIEVES

_PACKAGE = Path(quoteattr.__file__).parent
_MODULES = sorted(str(path.relative_to(_PACKAGE)) for path in _PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("name", _MODULES)
def test_every_module_says_what_it_owns_and_stays_readable(name: str) -> None:
    source = (_PACKAGE / name).read_text(encoding="utf-8")
    docstring = ast.get_docstring(ast.parse(source))
    assert docstring and docstring.strip(), f"{name} has no module docstring"
    lines = source.count("\n")
    assert lines <= 1000, f"{name} has {lines} lines; split it by what it decides"


def test_the_default_order_covers_every_registered_rule_once() -> None:
    order = quoteattr.pipeline.DEFAULT_SIEVES
    assert len(order) == len(set(order))
    assert set(order) == set(SIEVES)


def test_the_order_is_the_pipelines_and_still_importable_from_sieves() -> None:
    assert quoteattr.sieves.DEFAULT_SIEVES is quoteattr.pipeline.DEFAULT_SIEVES
    assert quoteattr.Config().sieves == quoteattr.pipeline.DEFAULT_SIEVES
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = quoteattr.sieves.no_such_name  # type: ignore[attr-defined]


def test_rule_functions_are_named_after_their_registry_key() -> None:
    for name, rule in SIEVES.items():
        assert rule.__name__ == name
        assert rule.__doc__, f"rule {name} has no docstring"
