"""Resolution: mentions -> entities across the document.

This module owns the mention -> speaker stage and the entity list:

* names are grouped by surname (``Heather Nauert``, ``Nauert``, ``Ms. Nauert``);
* roles come from premodifiers (``spokeswoman Heather Nauert``, ``Russia’s
  Deputy Foreign Minister Sergei Ryabkov``) and appositions (``Maria Zakharova,
  the ministry’s spokeswoman``);
* pronouns go to the nearest earlier person (or, for *they*/*it*, group or
  organization) whose gender and number fit;
* nominals (``the spokeswoman``) go to the nearest earlier person with that role;
* organizations and groups are entities of their own.

Every resolution says how it was made, for :func:`quoteattr.explain`.
"""

from __future__ import annotations

from quoteattr.resolve.builder import EntityBuilder

__all__ = ["EntityBuilder"]
