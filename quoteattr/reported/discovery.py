"""Finding out: ``Mr. Autor and his colleagues found that C``, ``she learned that C``.

A verb of the lexicon's ``discovery_verbs`` list (*find*, *learn*, *discover*,
*realize*) with ``that`` right after it and a subject before it reports what the
source found out: the content is the clause after ``that``, to where the
writer's own voice resumes (rule ``reported_that``). A verb another reader has
already read as a cue (a document's finding: ``the poll found that``) is left to
it. Without ``that`` the same verbs take objects and small clauses (*found it
difficult*, *find his message chilling*) and are not read; nor is a passive
(*it was found that*), which names no source.
"""

from __future__ import annotations

from itertools import compress, count

from quoteattr.mentions import span_of
from quoteattr.model import span_unchecked
from quoteattr.reported.extent import forward_stop
from quoteattr.reported.frames import Frame
from quoteattr.reported.grammar import Sentence, Verbs, is_passive, subject_before
from quoteattr.reported.words import DETERMINERS, PASSIVE_AUXILIARIES
from quoteattr.sieves import Context

__all__ = ["read_discoveries"]


#: Words after ``that`` that show it is a pronoun, not the start of a clause
#: (``learned that in 1990``, ``found that out``, ``learned that, too``).
NOT_A_CLAUSE = frozenset(
    {"in", "on", "at", "from", "after", "before", "during", "since", "when", "out", "too"}
    | {",", ".", ";", ":", "?", "!", "—", "–", "-", "and", "or", "about", "by"}
)


#: Adjectives after ``that`` that make it a pronoun object (``found that hard
#: to believe``, ``found that odd``).
JUDGMENTS = frozenset(
    {"hard", "difficult", "easy", "odd", "strange", "interesting", "funny", "troubling"}
    | {"surprising", "ironic", "curious", "impossible", "unacceptable", "offensive"}
    | {"appalling", "disturbing", "ridiculous", "amusing", "puzzling", "encouraging"}
)

#: Adverbs that may stand between the subject and the verb (``soon learned``).
ADVERBS = frozenset({"soon", "later", "also", "then", "never", "quickly", "eventually", "since"})


def read_discoveries(
    context: Context, verbs: Verbs, s: Sentence, frames: list[Frame]
) -> list[Frame]:
    """The frames of the verbs of finding out in one sentence with ``that``
    after them, whose cue no frame of ``frames`` (read before) holds."""
    lowers = s.lowers
    n = len(lowers)
    taken = {frame.cue_at for frame in frames}
    found = []
    for c in compress(count(), map(verbs.discovery.__contains__, lowers)):  # found in C
        if (
            c == 0
            or c + 2 >= n
            or lowers[c + 1] != "that"
            or lowers[c + 2] in NOT_A_CLAUSE
            or lowers[c + 2] in JUDGMENTS
            or c in taken
            or s.quote_of[c] >= 0
            or s.quote_of[c + 1] >= 0
            or is_passive(s.tokens, c)
        ):
            continue
        j = c  # the subject stands before the adverbs: "Ruiz soon learned that"
        while j > 1 and _adverb(lowers, j - 1):
            j -= 1
        if lowers[j - 1] in PASSIVE_AUXILIARIES:  # a passive
            continue  # "it was later learned that": a passive names no source
        left = subject_before(context, s, j)
        if left is None:
            continue
        stop = forward_stop(context, verbs, s, c + 2)
        if stop <= c + 2:
            continue
        tokens = s.tokens
        cue = span_unchecked(tokens[c].start, tokens[c].end)
        found.append(Frame(c + 2, stop, c, span_of(tokens, left), cue, "reported_that"))
    return found


def _adverb(lowers: list[str], k: int) -> bool:
    """Whether ``lowers[k]`` is an adverb before the verb: one of ADVERBS, or a
    word in *-ly* after no determiner or possessive (*Ruiz quickly learned*,
    not *the family learned*, *Lund's family learned*)."""
    word = lowers[k]
    if word in ADVERBS:
        return True
    if len(word) <= 4 or not word.endswith("ly") or k == 0:
        return False
    previous = lowers[k - 1]
    return previous not in DETERMINERS and not previous.endswith(("'s", "’s"))
