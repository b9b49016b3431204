"""quoteattr: find quoted speech in English news text and say who said it.

The one obvious function is :func:`attribute`::

    >>> import quoteattr
    >>> doc = quoteattr.attribute("“We regret it,” spokeswoman Heather Nauert said.")
    >>> quote = doc.quotes[0]
    >>> quote.text, quote.span.start, quote.span.end
    ('We regret it,', 1, 14)

Offsets are half-open ``str`` indices into the untouched input. For many
documents, :func:`attribute_many` yields one record per input, in order,
optionally in worker processes.
"""

from quoteattr.batch import Failure, Record, Result, attribute_many
from quoteattr.config import Config
from quoteattr.errors import BratError, ConfigError, LexiconError, QuoteattrError
from quoteattr.explain import explain
from quoteattr.fiction import Character, Genre
from quoteattr.lexicon import Lexicon
from quoteattr.model import (
    Document,
    Entity,
    EntityKind,
    Quote,
    QuoteKind,
    RoleForm,
    RolePhrase,
    Span,
    Speaker,
)
from quoteattr.pipeline import Attributor, attribute
from quoteattr.rows import RECORD_COLUMNS, records
from quoteattr.segment import LineBreaks
from quoteattr.summary import Summary, summarize

#: The version of quoteattr, as a string (``"0.1.0"``).
__version__ = "0.1.0"

__all__ = [  # noqa: RUF022 (plain sorted order)
    "Attributor",
    "BratError",
    "Character",
    "Config",
    "ConfigError",
    "Document",
    "Entity",
    "EntityKind",
    "Failure",
    "Genre",
    "Lexicon",
    "LexiconError",
    "LineBreaks",
    "Quote",
    "QuoteKind",
    "QuoteattrError",
    "RECORD_COLUMNS",
    "Record",
    "Result",
    "RoleForm",
    "RolePhrase",
    "Span",
    "Speaker",
    "Summary",
    "__version__",
    "attribute",
    "attribute_many",
    "explain",
    "records",
    "summarize",
]
