"""Floating quantifiers before a cue: ``The senators each said``.

``each`` is read as a determiner before a noun (``each report``), but after a
subject and before a verb in the past tense it floats off that subject and the
word after it is the verb (``The two men each said that ...``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteattr.reported.words import DETERMINERS, IRREGULAR_PAST

if TYPE_CHECKING:
    from quoteattr.reported.grammar import Sentence

__all__ = ["floating_each"]


def floating_each(s: Sentence, c: int) -> bool:
    """Whether the word at ``c`` is a verb in the past tense after a floating
    ``each`` that follows a plural subject, a name or a pronoun (``The
    senators each said``, ``They each wrote``), not a noun or a participle
    after the determiner (``each report``, ``stamped each signed form``)."""
    if c < 2 or s.lowers[c - 1] != "each":
        return False
    word, before = s.lowers[c], s.lowers[c - 2]
    return (
        (word[-2:] == "ed" or word in IRREGULAR_PAST or word == "said")
        and before not in DETERMINERS
        and (
            before in ("they", "we", "you", "have", "had", "both")
            or s.texts[c - 2][:1].isupper()
            or (before[-1:] == "s" and before[-2:] != "ss" and s.texts[c - 2].isalpha())
        )
    )
