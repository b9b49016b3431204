"""Attribution sieves: rules that link each quote to a speaker mention.

This package owns the quote -> mention stage (after Muzny et al. 2017, who run
deterministic sieves from most to least precise and let the first decision
stand). A sieve is a plain function named after its pattern::

    def sieve(context: Context, index: int) -> Decision | None

It looks at quote ``index`` and either returns a :class:`Decision` (a mention
span, a cue span, and its own name) or ``None`` to abstain. Sieves that link a
quote to another quote's speaker (follow-on quotes, continuation paragraphs)
return a decision that points at that quote; the pipeline copies its mention.

The rules come in families, one module each:

* :mod:`~quoteattr.sieves.adjacent`: the attribution right next to the quote
  (``“...,” Nauert said``, ``according to X``);
* :mod:`~quoteattr.sieves.sentence`: the quote's own sentence (a reporting
  clause before it, its subject, a closing ``, he said``);
* :mod:`~quoteattr.sieves.colon`: colons and headlines (``More from Jones:``);
* :mod:`~quoteattr.sieves.across`: across sentences and paragraphs (follow-on
  quotes, the speaker of the sentence before);
* :mod:`~quoteattr.sieves.forms`: the speaker given by the text's layout
  (transcript turns).

:mod:`~quoteattr.sieves.context` holds what every rule reads and
:mod:`~quoteattr.sieves.grammar` the clause grammar they share. The families
do not know each other's order: the default order is
:data:`quoteattr.pipeline.DEFAULT_SIEVES` (also importable from here as
``DEFAULT_SIEVES``), and :class:`~quoteattr.Config` can reorder, drop or add
sieves by name (see :data:`SIEVES`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from quoteattr.sieves import across, adjacent, colon, forms, sentence
from quoteattr.sieves.context import Context, Decision, Sieve

__all__ = ["DEFAULT_SIEVES", "SIEVES", "Context", "Decision", "Sieve"]

#: Every built-in sieve by name (the families' rules; the order is the pipeline's).
SIEVES: Mapping[str, Sieve] = {
    rule.__name__: rule
    for family in (adjacent, sentence, colon, across, forms)
    for rule in family.RULES
}


def __getattr__(name: str) -> Any:
    # The default order lives with the pipeline, which alone knows the order of
    # the stages and rules; ``quoteattr.sieves.DEFAULT_SIEVES`` stays importable.
    if name == "DEFAULT_SIEVES":
        from quoteattr.pipeline import DEFAULT_SIEVES

        return DEFAULT_SIEVES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
