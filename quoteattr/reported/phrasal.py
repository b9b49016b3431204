"""Phrasal speech acts: ``Ruiz went after Okafor's record``, ``Vell weighed in on the deal``.

A verb of the ``phrasal_cues`` list followed by all of its particles (``lashed
out at``, ``laid out``, ``shrugged off``; an adverb may stand between) reports
its object, read like a speech act's to the end of its clause (rule
``reported_phrasal``); the source is the verb's subject. The verbs alone are
ordinary verbs (``went home``, ``laid the cable``, ``pushed the cart``) and
report nothing; a passive (``was laid out``) names no source.
"""

from __future__ import annotations

from itertools import compress, count

from quoteattr.mentions import is_ly_adverb, span_of
from quoteattr.model import span_unchecked
from quoteattr.reported.extent import new_clause
from quoteattr.reported.grammar import Sentence, Verbs, is_passive, is_word, verb_like
from quoteattr.reported.report import Frame
from quoteattr.reported.subjects import subject_before
from quoteattr.reported.words import NOT_CONTENT, SENTENCE_END
from quoteattr.sieves import Context

__all__ = ["object_frame", "phrasal_act", "read_phrasal"]

#: Marks that end an object's clause.
_ENDS = frozenset({",", ";", ":", "—", "–"}) | SENTENCE_END


def read_phrasal(context: Context, verbs: Verbs, s: Sentence) -> list[Frame]:
    """The phrasal speech-act frames of one sentence (none when it has no
    phrasal cue verb)."""
    lowers = s.lowers
    cues = verbs.phrasal_words  # the forms of the lexicon's phrasal_cues
    if cues.isdisjoint(lowers):
        return []
    frames = []
    for c in compress(count(), map(cues.__contains__, lowers)):  # found in C
        if s.quote_of[c] < 0 and s.texts[c].islower():
            frame = phrasal_act(context, verbs, s, c)
            if frame is not None:
                frames.append(frame)
    return frames


def _particles_end(verbs: Verbs, s: Sentence, c: int) -> int | None:
    """The index after the particles of the cue verb ``c``, or None when they
    do not follow it."""
    lowers = s.lowers
    n = len(lowers)
    start = c + 1
    if start < n and is_ly_adverb(s.tokens[start]):
        start += 1  # "lashed out angrily at" is read at the particles' place only
    for particles in verbs.phrasal[lowers[c]]:
        end = start + len(particles)
        if end <= n and tuple(lowers[start:end]) == particles:
            return end
    return None


def phrasal_act(context: Context, verbs: Verbs, s: Sentence, c: int) -> Frame | None:
    """The frame of the phrasal cue verb ``c``, or None when its particles do
    not follow it, it is passive, it has no object or no subject."""
    tokens = s.tokens
    n = len(tokens)
    word = tokens[c].lower
    if word.endswith("ing") or (c > 0 and tokens[c - 1].lower == "to"):
        return None  # "going after", "to lay out": often the writer's own account
    k = _particles_end(verbs, s, c)
    if k is None or k >= n or is_passive(tokens, c):
        return None
    return object_frame(context, s, c, k, "reported_phrasal")


def object_frame(
    context: Context,
    s: Sentence,
    c: int,
    k: int,
    rule: str,
    cue_first: int | None = None,
    verb: int | None = None,
) -> Frame | None:
    """The frame of the cue verb ``c`` whose object starts at token ``k``: the
    object to the end of its clause, the verb's subject as source (None when
    ``k`` opens no object or the verb has no subject, or it is a possessive).
    The cue runs from ``cue_first`` (``c`` unless given) to just before ``k``;
    the subject is read before ``verb`` (``c`` unless given)."""
    tokens = s.tokens
    n = len(tokens)
    head = tokens[k]
    if s.quote_of[k] < 0 and (not is_word(head) or head.lower in NOT_CONTENT or verb_like(s, k)):
        return None
    stop = k
    while stop < n:
        if s.quote_of[stop] >= 0:
            stop += 1
            continue
        token = tokens[stop]
        if token.text in _ENDS or token.text in ("(", ")"):
            break
        if token.lower in ("and", "but", "while", "because", "as", "when") and new_clause(
            s, stop + 1
        ):
            break
        stop += 1
    if stop <= k:
        return None
    left = subject_before(context, s, c if verb is None else verb)
    if left is None or tokens[left[1] - 1].lower.endswith(("’s", "'s")):
        return None  # "Sanders's push for": a noun, not a verb
    first = c if cue_first is None else cue_first
    cue = span_unchecked(tokens[first].start, tokens[k - 1].end)
    return Frame(k, stop, c, span_of(tokens, left), cue, rule)
