"""Sphinx configuration for the quoteattr documentation.

Build with ``python -m sphinx -W --keep-going -b html docs docs/_build/html``
after ``pip install -e '.[docs]'``. The pages are Markdown (MyST); the API
reference is generated from the package's Google-style docstrings.
"""

from __future__ import annotations

import quoteattr

project = "quoteattr"
author = "The quoteattr developers"
copyright = "The quoteattr developers"
version = release = quoteattr.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_generated", ".venv", "Thumbs.db", ".DS_Store"]

# Markdown: GitHub-style anchors for headings, so links such as
# ``how-it-works.md#5-resolution`` work on GitHub and in the built site alike.
myst_heading_anchors = 3

# API reference: Google-style docstrings, signatures with their type hints,
# members in source order.
napoleon_google_docstring = True
napoleon_numpy_docstring = False
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_class_signature = "mixed"
add_module_names = False
python_use_unqualified_type_names = True

html_theme = "furo"
html_title = f"quoteattr {release}"

# Every cross-reference must resolve. The standard library is not linked (no
# intersphinx: the build needs no network), so its names are let through.
nitpicky = True
nitpick_ignore_regex = [("py:class", r"(collections\.abc|os|pathlib|typing)\.\w+")]
# ``Sieve`` (quoteattr.sieves.Sieve, a type alias) appears unqualified in
# quoteattr.config's annotations; Sphinx before 9 cannot resolve it there.
# ``Token`` and ``TokenTable`` (quoteattr.mentions) are internal; they show in
# the signatures of ``Context.tokens``, which custom sieves call, and
# ``Context.gap_table``.
nitpick_ignore = [
    ("py:class", "Sieve"),
    ("py:class", "quoteattr.mentions.Token"),
    ("py:class", "quoteattr.mentions.tokens.Token"),
    ("py:class", "quoteattr.mentions.TokenTable"),
    ("py:class", "quoteattr.mentions.tokens.TokenTable"),
]
