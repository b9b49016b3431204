"""Adjectives of belief and feeling with a that-clause: ``Ruiz was hopeful
that the talks would resume``, ``I'm glad that C``.

A copula (a form of *be*, *remain*, *seem*, *feel*, *grow*, *become*) and an
adjective of :data:`FEELING_WORDS`, then (after degree words, adverbs in
*-ly* and time words: ``remained cautiously hopeful Tuesday that``) *that*
and a clause, report the clause as a position of the copula's subject (rule
``reported_feeling``); the cue runs from the copula to the adjective. Without
*that* nothing is read (``was hopeful``, ``is sure to win``, ``is aware of
the risk``), nor with a subject that names no one (``it is certain that C``:
the writer's own voice), nor before a noun (``a confident player``).
"""

from __future__ import annotations

from quoteattr.mentions import span_of
from quoteattr.model import span_unchecked
from quoteattr.reported.contracted import FUSED_PRONOUNS
from quoteattr.reported.extent import forward_stop
from quoteattr.reported.grammar import Sentence, Verbs
from quoteattr.reported.report import Frame, frames_at
from quoteattr.reported.subjects import subject_before
from quoteattr.reported.words import TIME_WORDS, word_set
from quoteattr.sieves import Context

__all__ = ["FEELING_WORDS", "feeling_frame", "read_feelings"]

#: Adjectives of belief, hope, worry, awareness and feeling that take a
#: that-clause stating their subject's position, by group.
FEELING_GROUPS = {
    "belief": word_set("confident convinced certain sure positive adamant skeptical"),
    "hope": word_set("hopeful optimistic pessimistic"),
    "worry": word_set("worried concerned afraid fearful"),
    "awareness": word_set("aware"),
    "feeling": word_set("glad aghast"),
}

#: The words without which a sentence holds no such frame.
FEELING_WORDS = frozenset().union(*FEELING_GROUPS.values())

#: Copulas before the adjective.
COPULAS = word_set(
    "is was were are am be been being remain remains remained remaining",
    "seem seems seemed feel feels felt grew grow grows become became becomes",
)

#: Degree words and adverbs between the copula and the adjective.
_DEGREE = word_set("so very quite increasingly more most also still now not never ever all both")

#: Subjects that name no one: the writer's own voice (``it is certain that``).
_NO_SOURCE = word_set("it this that there what which")


def read_feelings(context: Context, verbs: Verbs, s: Sentence) -> list[Frame]:
    """The frames of *X was hopeful that C* in one sentence (none when it has
    no word of :data:`FEELING_WORDS`)."""
    lowers = s.lowers
    if FEELING_WORDS.isdisjoint(lowers):
        return []
    return frames_at(context, verbs, s, FEELING_WORDS, feeling_frame)


def _fused_copula(word: str) -> bool:
    """Whether ``word`` is a pronoun fused with a form of *be* (``I'm``,
    ``they're``, ``she's``)."""
    mark = "’" if "’" in word else "'"
    head, found, tail = word.partition(mark)
    return bool(found) and head in FUSED_PRONOUNS and tail in ("m", "re", "s")


def feeling_frame(context: Context, verbs: Verbs, s: Sentence, k: int) -> Frame | None:
    """The frame whose adjective is token ``k``, or None when it is not one (no
    copula before it, no that-clause after it, no subject that names one)."""
    lowers, texts, tokens = s.lowers, s.texts, s.tokens
    n = len(lowers)
    if k + 2 >= n or not texts[k].islower():
        return None
    j = k + 1
    while (
        j < n
        and j <= k + 3
        and (lowers[j] in TIME_WORDS or (lowers[j][-2:] == "ly" and texts[j].islower()))
    ):
        j += 1  # "were hopeful Tuesday that", "was confident privately that"
    if j + 1 >= n or lowers[j] != "that" or s.quote_of[j] >= 0:
        return None
    c = k - 1
    while c >= 0 and (lowers[c] in _DEGREE or (lowers[c][-2:] == "ly" and len(lowers[c]) > 4)):
        c -= 1  # "was so convinced", "remained cautiously hopeful"
    if c < 0 or s.quote_of[c] >= 0:
        return None
    if _fused_copula(lowers[c]):
        # "I'm aghast that": the pronoun, without the fused auxiliary
        pronoun = len(lowers[c].replace("’", "'").partition("'")[0])
        mention = span_unchecked(tokens[c].start, tokens[c].start + pronoun)
    elif lowers[c] in COPULAS and texts[c].islower():
        left = subject_before(context, s, c)
        if left is None or (left[1] - left[0] == 1 and lowers[left[0]] in _NO_SOURCE):
            return None
        mention = span_of(tokens, left)
    else:
        return None
    start = j + 1
    stop = forward_stop(context, verbs, s, start)
    if stop <= start:
        return None
    cue = span_unchecked(tokens[c].start, tokens[k].end)
    return Frame(start, stop, k, mention, cue, "reported_feeling")
