"""Configuration: one frozen object, changed with ``attrs.evolve``.

This module owns :class:`Config`. Every field is validated when a config is
built, so a bad value fails at once with the field's name, not deep inside a
run. Configs hold no mutable state and pickle cleanly, so one config can be
shared by threads and sent to worker processes.

Example:
    >>> import attrs
    >>> from quoteattr import Config
    >>> config = attrs.evolve(Config(), term_max_words=3)
    >>> config.term_max_words
    3
"""

from __future__ import annotations

from typing import Any

import attrs

from quoteattr.errors import ConfigError
from quoteattr.fiction.characters import Character
from quoteattr.fiction.genre import Genre
from quoteattr.lexicon import Lexicon
from quoteattr.segment import LineBreaks
from quoteattr.sieves import SIEVES, Sieve

__all__ = ["Config"]


def _check_lexicon(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, Lexicon):
        raise ConfigError(
            f"Config.{attribute.name} must be a quoteattr.lexicon.Lexicon, "
            f"got {type(value).__name__}"
        )


def _check_count(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if type(value) is not int or value < 0:
        raise ConfigError(f"Config.{attribute.name} must be an int >= 0, got {value!r}")


def _default_sieves() -> tuple[str | Sieve, ...]:
    # The pipeline holds the default order; it imports this module, so it is
    # read when a Config is made, not when this module is imported.
    from quoteattr.pipeline import DEFAULT_SIEVES

    return DEFAULT_SIEVES


def _check_sieves(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple):
        raise ConfigError(
            f"Config.sieves must be a tuple of sieve names or functions, got {type(value).__name__}"
        )
    bad = [item for item in value if not (callable(item) or item in SIEVES)]
    if bad:
        known = ", ".join(sorted(SIEVES))
        raise ConfigError(f"Config.sieves has unknown sieves {bad!r} (known: {known})")


def _check_flag(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if type(value) is not bool:
        raise ConfigError(f"Config.{attribute.name} must be True or False, got {value!r}")


def _check_genre(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, Genre):
        known = ", ".join(f"Genre.{genre.name}" for genre in Genre)
        raise ConfigError(f"Config.genre must be a quoteattr.Genre ({known}), got {value!r}")


def _check_cast(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple) or not all(isinstance(c, Character) for c in value):
        raise ConfigError(
            "Config.cast must be a tuple of quoteattr.Character, "
            f"got {type(value).__name__}"
            + ("" if not isinstance(value, tuple) else " holding something else")
        )


def _check_line_breaks(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, LineBreaks):
        known = ", ".join(f"LineBreaks.{member.name}" for member in LineBreaks)
        raise ConfigError(f"Config.line_breaks must be one of {known}, got {value!r}")


@attrs.frozen
class Config:
    """Settings for :class:`~quoteattr.Attributor`.

    Attributes:
        lexicon: the word lists (reporting verbs, roles, titles, ...). Extend the
            built-in lists with ``Lexicon.default().extended(...)``.
        term_max_words: an unattributed fragment of at most this many words is
            read as a scare quote or term (TERM) rather than a partial quote.
        sieves: the attribution rules to run, in order, by name (see
            :data:`quoteattr.sieves.SIEVES`) or as functions with the sieve
            signature; the first rule that decides wins. The default is
            :data:`quoteattr.pipeline.DEFAULT_SIEVES`.
        indirect_speech: also report speech without quotation marks (quotes of
            kind INDIRECT: ``Nauert said the sanctions would stay``); False
            keeps to what stands in quotation marks.
        genre: which rules attribute the quotes: ``Genre.NEWS`` (a speaker named
            next to each quote), ``Genre.FICTION`` (the dialogue of a narrative:
            cues, action beats, addressees, turn-taking), or ``Genre.AUTO`` (the
            default), decided per document by what its quotes look like.
        cast: the characters of a story, with their aliases and gender; in
            fiction, speakers resolve to them where a name fits (see
            :class:`~quoteattr.Character`).
        line_breaks: how line breaks are read: decided per text (``AUTO``, the
            default), or fixed for every text (see :class:`~quoteattr.LineBreaks`).
    """

    lexicon: Lexicon = attrs.field(factory=Lexicon.default, validator=_check_lexicon)
    term_max_words: int = attrs.field(default=1, validator=_check_count)
    sieves: tuple[str | Sieve, ...] = attrs.field(factory=_default_sieves, validator=_check_sieves)
    indirect_speech: bool = attrs.field(default=True, validator=_check_flag)
    genre: Genre = attrs.field(default=Genre.AUTO, validator=_check_genre)
    cast: tuple[Character, ...] = attrs.field(default=(), validator=_check_cast)
    line_breaks: LineBreaks = attrs.field(default=LineBreaks.AUTO, validator=_check_line_breaks)

    def sieve_functions(self) -> tuple[Sieve, ...]:
        """The configured sieves as functions, in order."""
        return tuple(SIEVES[item] if isinstance(item, str) else item for item in self.sieves)
