"""Fiction: the dialogue of novels and stories, attributed to its characters.

This package owns the narrative-dialogue side of the library, one module each:

* :mod:`~quoteattr.fiction.genre`: whether a text reads as news or as fiction;
* :mod:`~quoteattr.fiction.words`: the word classes of dialogue (verbs of
  speech, forms of address, descriptions of people);
* :mod:`~quoteattr.fiction.characters`: the characters of one text, their name
  variants and gender, the narrator, and an optional cast given by the user;
* :mod:`~quoteattr.fiction.cues`: the cue grammar (subjects, speech verbs,
  the clauses before and after a line);
* :mod:`~quoteattr.fiction.dialogue`: the rules that give each line of a
  conversation its speaker (cues, action beats, addressees, turn-taking).
"""

from __future__ import annotations

from quoteattr.fiction.characters import Character
from quoteattr.fiction.genre import Genre, reads_as_fiction

__all__ = ["Character", "Genre", "reads_as_fiction"]
