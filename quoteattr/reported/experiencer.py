"""Verbs of feeling whose object feels: ``It amazes me that C``.

*it*, a verb of :data:`EXPERIENCER_WORDS` (*amaze*, *worry*, *trouble*,
*surprise*, *strike*, ...), its object and *that* with a clause report the
clause as the position of the one the object names (``It worries me that the
board has not met``: the source is *me*; ``It surprised many growers that C``:
*many growers*); the cue is the verb (rule ``reported_experiencer``). The
subject *it* names no one and is not the source. A reading of the same verb
with *it* as its subject (``worries`` is also a verb of the clause list) is
dropped. Without *that* and a clause nothing is read (``It worries me.``,
``It surprised me that much``), nor with a subject other than *it* (``The
levy worries growers``: a stance of no one named), nor a passive (``I was
amazed that C``, read as an adjective of feeling when its list has it).
"""

from __future__ import annotations

from itertools import compress, count

from quoteattr.model import span_unchecked
from quoteattr.reported.extent import forward_stop
from quoteattr.reported.grammar import Sentence, Verbs, clause_starts
from quoteattr.reported.report import Frame
from quoteattr.reported.words import NEGATIONS, word_set
from quoteattr.sieves import Context

__all__ = ["EXPERIENCER_WORDS", "read_experiencers"]

#: Verbs of feeling whose object is the one who feels, in the forms that
#: follow *it* (``it amazes``, ``it has amazed``, ``it didn't amaze``).
EXPERIENCER_WORDS = word_set(
    "amaze amazes amazed worry worries worried trouble troubles troubled",
    "bother bothers bothered surprise surprises surprised astonish astonishes astonished",
    "frustrate frustrates frustrated infuriate infuriates infuriated anger angers angered",
    "sadden saddens saddened disturb disturbs disturbed baffle baffles baffled",
    "puzzle puzzles puzzled stun stuns stunned shock shocks shocked dismay dismays dismayed",
    "strike strikes struck irk irks irked annoy annoys annoyed",
)

#: Object pronouns that name the one who feels.
_OBJECT_PRONOUNS = word_set("me us him her them you")

#: Words between *it* and the verb: auxiliaries, negations, adverbs.
_BETWEEN = NEGATIONS | word_set("has had have does did do will would always never still also")

#: Words before *it* that open its clause (``But it amazes me that C``, ``So
#: it worries us that C``), unlike a verb whose object *it* is (``made it worry``).
_BEFORE_IT = word_set("and but so yet or now still then because since although though as")

#: Words of a noun-phrase object before *that* (``many growers``, ``the
#: council``) besides capitalized words and plural nouns.
_OBJECT_OPENERS = word_set("the many most some several both all few other our their his her")


def read_experiencers(
    context: Context, verbs: Verbs, s: Sentence, frames: list[Frame]
) -> list[Frame]:
    """``frames`` without the readings of a verb of feeling after *it* that
    has an object and a that-clause, and with that verb's reading: the object
    as source, the clause as content."""
    lowers, texts, tokens = s.lowers, s.texts, s.tokens
    n = len(lowers)
    for c in compress(count(), map(EXPERIENCER_WORDS.__contains__, lowers)):  # found in C
        if c == 0 or c + 3 >= n or s.quote_of[c] >= 0:
            continue
        j = c - 1
        while j > 0 and lowers[j] in _BETWEEN:
            j -= 1
        if lowers[j] != "it" or (
            j > 0 and texts[j - 1].isalpha() and lowers[j - 1] not in _BEFORE_IT
        ):
            continue  # not "made it worry", "found it amazed": it opens the clause
        that = _object_end(s, c + 1)
        if that is None or not clause_starts(s, that + 1):
            continue
        stop = forward_stop(context, verbs, s, that + 1)
        if stop <= that + 1:
            continue
        frames = [frame for frame in frames if frame.cue_at != c]
        source = span_unchecked(tokens[c + 1].start, tokens[that - 1].end)
        cue = span_unchecked(tokens[c].start, tokens[c].end)
        frames.append(Frame(that + 1, stop, c, source, cue, "reported_experiencer"))
    return frames


def _object_end(s: Sentence, k: int) -> int | None:
    """The index of the *that* after a verb's object at ``k``: a pronoun, or a
    noun phrase of at most four words opened by a determiner, a quantifier or
    a capitalized word (``many growers``, ``Ines Marlow``); None otherwise."""
    lowers, texts = s.lowers, s.texts
    n = len(lowers)
    if lowers[k] in _OBJECT_PRONOUNS:
        return k + 1 if k + 1 < n and lowers[k + 1] == "that" else None
    if not (lowers[k] in _OBJECT_OPENERS or texts[k][:1].isupper()):
        return None
    for j in range(k + 1, min(n - 1, k + 5)):
        if lowers[j] == "that":
            return j if s.quote_of[j] < 0 else None
        if not texts[j].isalpha() or s.quote_of[j] >= 0:
            return None
    return None
