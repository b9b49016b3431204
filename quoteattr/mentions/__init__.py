"""Mentions and cues: the words around a quote that name a speaker or report speech.

This package owns the reading of the writer's own words (never quote content),
one module per part:

* :mod:`~quoteattr.mentions.tokens`: tokens of a stretch of text, with offsets;
* :mod:`~quoteattr.mentions.words`: closed word classes (pronouns,
  determiners, prepositions, ...);
* :mod:`~quoteattr.mentions.vocabulary`: word classes from the lexicon, the cue
  test (reporting verbs in every form, ``according to``, colons that introduce a
  quote) and the kind of a mention phrase;
* :mod:`~quoteattr.mentions.names`: the pre-pass that finds every name in the
  writer's text;
* :mod:`~quoteattr.mentions.phrases`: mention chunks, the noun phrase just left
  of a cue (``spokeswoman Heather Nauert said``) or just right of it (``said
  Maria Zakharova, the ministry’s spokeswoman``), an apposition kept as part of
  the mention.

Chunks are found by walking tokens from the cue outwards under a small grammar
of word classes; spans are token offsets, so every mention is a slice of the
input.
"""

from __future__ import annotations

from quoteattr.mentions.names import named_chunks, self_ok
from quoteattr.mentions.phrases import chunk_left, chunk_right
from quoteattr.mentions.tokens import (
    Token,
    TokenTable,
    first_token_start,
    span_of,
    token_table,
    tokens_in,
)
from quoteattr.mentions.vocabulary import Vocabulary, noun_phrase_head, split_apposition
from quoteattr.mentions.words import (
    BARE_TIMES,
    NAME_PREPOSITIONS,
    PRONOUNS,
    ROLE_BLOCKERS,
    MentionKind,
    is_ly_adverb,
    possessive_mark,
)

__all__ = [
    "BARE_TIMES",
    "NAME_PREPOSITIONS",
    "PRONOUNS",
    "ROLE_BLOCKERS",
    "MentionKind",
    "Token",
    "TokenTable",
    "Vocabulary",
    "chunk_left",
    "chunk_right",
    "first_token_start",
    "is_ly_adverb",
    "named_chunks",
    "noun_phrase_head",
    "possessive_mark",
    "self_ok",
    "span_of",
    "split_apposition",
    "token_table",
    "tokens_in",
]
