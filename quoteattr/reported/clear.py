"""Making a position clear: ``Ruiz made it clear that she would run``.

A form of *make* followed by *clear* or *it clear*, then (after a hearer with
*to* and adjuncts of time or place, ``made clear to donors on Monday``) a
that-clause, reports the clause: its source is the subject of *make* (rule
``reported_made_clear``). The clause ends where a reported clause ends
(the sentence end, a clause with a cue of its own). Without *that* nothing is
read: ``made the rules clear``, ``made clear progress``, ``made it clear how``
name no stated content the same way, and ``clear`` alone is an adjective.
"""

from __future__ import annotations

from quoteattr.mentions import span_of
from quoteattr.model import span_unchecked
from quoteattr.reported.extent import forward_stop
from quoteattr.reported.grammar import Sentence, Verbs, adjunct_end, is_passive
from quoteattr.reported.report import Frame
from quoteattr.reported.subjects import subject_before
from quoteattr.reported.words import TIME_WORDS
from quoteattr.sieves import Context

__all__ = ["CLEAR_WORDS", "made_clear", "read_made_clear"]

#: The forms of *make* that open the construction.
MAKE_FORMS = frozenset({"made", "make", "makes", "making"})

#: The word without which a sentence holds no such frame.
CLEAR_WORDS = frozenset({"clear"})

#: Words that may stand between *clear* and *that* besides adjuncts: a hearer
#: opens with *to* (read as an adjunct), an adverb of time is passed over.
_SKIPPABLE = TIME_WORDS | frozenset({"very", "quite", "abundantly", "perfectly", "crystal"})


def read_made_clear(context: Context, verbs: Verbs, s: Sentence) -> list[Frame]:
    """The frames of *made (it) clear that C* in one sentence (none when it has
    no *clear*)."""
    lowers = s.lowers
    if CLEAR_WORDS.isdisjoint(lowers):
        return []
    frames = []
    for k, word in enumerate(lowers):
        if word == "clear" and s.quote_of[k] < 0:
            frame = made_clear(context, verbs, s, k)
            if frame is not None:
                frames.append(frame)
    return frames


def made_clear(context: Context, verbs: Verbs, s: Sentence, k: int) -> Frame | None:
    """The frame whose *clear* is token ``k``, or None when it is not one
    (no form of *make* before it, no that-clause after it, no subject)."""
    lowers, texts, tokens = s.lowers, s.texts, s.tokens
    n = len(lowers)
    c = k - 1
    while c >= 0 and lowers[c] in _SKIPPABLE:
        c -= 1  # "made very clear", "made it abundantly clear"
    if c >= 0 and lowers[c] == "it":
        c -= 1
    if c < 0 or lowers[c] not in MAKE_FORMS or not texts[c].islower() or s.quote_of[c] >= 0:
        return None
    if is_passive(tokens, c):
        return None  # "it was made clear that": no source
    j = k + 1
    for _ in range(6):
        if j >= n or lowers[j] == "that":
            break
        if lowers[j] in _SKIPPABLE or (lowers[j].endswith("ly") and texts[j].islower()):
            j += 1
            continue
        if lowers[j] in ("to", "on", "in", "at", "during", "after", "before", "from"):
            end = adjunct_end(s, j)
            if end is None or end <= j:
                return None
            j = end
            continue
        return None
    if j >= n or lowers[j] != "that" or j + 1 >= n:
        return None
    start = j + 1
    stop = forward_stop(context, verbs, s, start)
    if stop <= start:
        return None
    left = subject_before(context, s, c)
    if left is None:
        return None
    cue = span_unchecked(tokens[c].start, tokens[k].end)
    return Frame(start, stop, c, span_of(tokens, left), cue, "reported_made_clear")
