"""Exceptions raised by quoteattr.

Text never raises: any ``str`` gives a :class:`~quoteattr.Document`. Errors are
for wrong argument types (plain ``TypeError``), invalid configuration
(:class:`ConfigError`), malformed word lists (:class:`LexiconError`) and
malformed brat standoff files (:class:`BratError`).
"""

from __future__ import annotations

__all__ = ["BratError", "ConfigError", "LexiconError", "QuoteattrError"]


class QuoteattrError(Exception):
    """Base class of the errors quoteattr raises on purpose."""


class ConfigError(QuoteattrError, ValueError):
    """A :class:`~quoteattr.Config` field has an invalid value; the message names the field."""


class LexiconError(QuoteattrError, ValueError):
    """One or more word-list lines are malformed.

    Attributes:
        problems: every problem found, each as ``"file:line: message"``.
    """

    def __init__(self, problems: list[str] | tuple[str, ...]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        head = f"{count} malformed word-list line{'s' if count != 1 else ''}:"
        super().__init__("\n  ".join([head, *self.problems]))


class BratError(QuoteattrError, ValueError):
    """One or more lines of a brat ``.ann`` file are malformed.

    Attributes:
        problems: every problem found, each as ``"name:line: reason"``.
    """

    def __init__(self, problems: list[str] | tuple[str, ...]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        head = f"{count} malformed brat annotation line{'s' if count != 1 else ''}:"
        super().__init__("\n  ".join([head, *self.problems]))
