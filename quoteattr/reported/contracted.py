"""A pronoun subject fused with its auxiliary before a cue: ``He's predicting``,
``They're hoping``, ``She's said``, ``We've argued``.

The speaker grammar reads a subject and a cue as separate words; a contraction
is one token holding both the pronoun and the auxiliary. :func:`fused_subject`
reads that token as the subject when its auxiliary fits the form of the cue: a
form of *be* (``'s``, ``'re``, ``'m``) before a participle in ``-ing``, a form
of *have* (``'s``, ``'ve``, ``'d``) before a past participle. ``It's said``,
``That's saying`` and ``There's talk`` are not read: ``it`` and the pro-forms
are no source there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteattr.reported.words import IRREGULAR_PAST, NEGATIONS, word_set

if TYPE_CHECKING:
    from quoteattr.reported.grammar import Sentence

__all__ = ["after_auxiliary", "fused_subject", "possessive", "told_passive"]

# The personal pronouns a fused auxiliary may follow as the source of a cue.
FUSED_PRONOUNS = word_set("i he she we they you")

# The contracted auxiliaries of "be" and of "have".
BE_TAILS = word_set("s re m")
HAVE_TAILS = word_set("s ve d")


def fused_subject(s: Sentence, lo: int, c: int) -> tuple[int, int] | None:
    """The token just before the cue ``c`` as its subject when it is a personal
    pronoun fused with an auxiliary that fits the cue (``he's saying``,
    ``they've said``), else None; ``lo`` is where the writer's clause starts.

    Examples:
        >>> from quoteattr.mentions.tokens import tokens_in
        >>> from quoteattr.reported.grammar import Sentence
        >>> def read(text):
        ...     words = list(tokens_in(text, 0, len(text)))
        ...     n = len(words)
        ...     return fused_subject(Sentence(words, [-1] * n, [False] * n, {}), 0, 1)
        >>> read("He's predicting he will win."), read("They've said it is over.")
        ((0, 1), (0, 1))
        >>> read("It's said he will win."), read("He'd say it is over.")
        (None, None)
        >>> read("She's told reporters it is over."), read("She's told that it is over.")
        ((0, 1), None)
    """
    if c - 1 < lo:
        return None
    word = s.lowers[c - 1]
    mark = "’" if "’" in word else "'"
    head, found, tail = word.partition(mark)
    if not found or head not in FUSED_PRONOUNS:
        return None
    cue = s.lowers[c]
    if cue[-3:] == "ing":
        return (c - 1, c) if tail in BE_TAILS else None
    if tail in HAVE_TAILS and (cue[-2:] == "ed" or cue == "said" or cue in IRREGULAR_PAST):
        if tail == "s" and told_passive(s, c):
            return None  # "He's told that C": he is told, the hearer, no source
        return c - 1, c
    return None


#: Past participles of verbs of telling that take their hearer first (``has
#: told reporters that``): right before ``that`` or a question, ``'s`` is *is*.
TELLING_PARTICIPLES = word_set(
    "told informed assured reminded notified convinced persuaded reassured advised"
)

#: Words after a verb of telling that open its content with no hearer before it.
_CONTENT_OPENERS = word_set("that whether if how what why when where who , :")


def told_passive(s: Sentence, c: int) -> bool:
    """Whether the cue at ``c`` is a verb of telling in the passive after a
    pronoun fused with ``'s`` (*is*): its content, or nothing, follows with no
    hearer between (``He's told that C``, ``She's informed whether C``), so
    the pronoun is the hearer, not the source (``She's told reporters C`` is
    *has told*)."""
    if c < 1 or s.lowers[c] not in TELLING_PARTICIPLES:
        return False
    head, _, tail = s.lowers[c - 1].replace("’", "'").partition("'")
    if tail != "s" or head not in FUSED_PRONOUNS:
        return False
    return c + 1 >= len(s.lowers) or s.lowers[c + 1] in _CONTENT_OPENERS or s.texts[c + 1] == "."


def possessive(word: str) -> bool:
    """Whether a lowercased word in ``'s`` is a possessive (``trump’s``,
    ``it's`` as before), not a personal pronoun fused with *is* or *has*
    (``he's``, ``she’s``).

    Examples:
        >>> possessive("clinton’s"), possessive("he's"), possessive("she’s")
        (True, False, False)
    """
    return word.endswith(("’s", "'s")) and word[:-2] not in FUSED_PRONOUNS


def after_auxiliary(s: Sentence, c: int, lemma: str) -> bool:
    """``wouldn't say``, ``would only say``, ``has only said``: a reporting verb
    after a negated auxiliary, or after an auxiliary and ``only`` or ``not``."""
    if c < 1:
        return False
    previous = s.lowers[c - 1]
    if previous.endswith(("n’t", "n't")) and previous in NEGATIONS:
        return s.lowers[c] == lemma  # a base form: "wouldn't say", not "didn't said"
    return (
        previous in ("only", "not")
        and c > 1
        and s.lowers[c - 2] in NEGATIONS
        and not s.lowers[c - 2].endswith(("n’t", "n't"))
    )
