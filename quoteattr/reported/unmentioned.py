"""What a source left unsaid: ``Ruiz did not mention Okafor by name``.

*mention* after a negation (*did not*, *never*, *hasn't*, *doesn't*) reports
its object: what the source did not bring up is part of the report of what
they said (rule ``reported_unmentioned``). The content is the object to the end
of its clause, the cue runs from the negation to the verb, the source is the
verb's subject. *mention* without a negation is not read (*mentioned the
weather*, *the mentioned study*: its readings carry the annotated source too
rarely), nor a passive (*was never mentioned by the moderators*).
"""

from __future__ import annotations

from quoteattr.reported.grammar import Sentence, Verbs, is_passive
from quoteattr.reported.phrasal import object_frame
from quoteattr.reported.report import Frame
from quoteattr.sieves import Context

__all__ = ["MENTION_WORDS", "read_unmentioned", "unmentioned"]

#: The forms of *mention* read after a negation.
MENTION_WORDS = frozenset({"mention", "mentioned", "mentions"})

#: Negations before *mention*, with the auxiliary that may come first.
_NEGATIONS = frozenset(
    {"not", "never", "didn’t", "didn't", "doesn’t", "doesn't", "hasn’t", "hasn't"}
    | {"haven’t", "haven't", "hadn’t", "hadn't", "don’t", "don't", "n’t", "n't"}
)
_AUXILIARIES = frozenset({"did", "does", "do", "has", "have", "had"})
_ADVERBS = frozenset({"even", "once", "specifically", "directly", "explicitly", "ever"})


def read_unmentioned(context: Context, verbs: Verbs, s: Sentence) -> list[Frame]:
    """The frames of a negated *mention* in one sentence (none without one)."""
    lowers = s.lowers
    if MENTION_WORDS.isdisjoint(lowers):
        return []
    frames = []
    for c, word in enumerate(lowers):
        if word in MENTION_WORDS and s.quote_of[c] < 0 and s.texts[c].islower():
            frame = unmentioned(context, s, c)
            if frame is not None:
                frames.append(frame)
    return frames


def unmentioned(context: Context, s: Sentence, c: int) -> Frame | None:
    """The frame of the negated *mention* at ``c``, or None when no negation
    comes before it, it is passive or it has no object or subject."""
    lowers = s.lowers
    j = c - 1
    while j >= 0 and lowers[j] in _ADVERBS:
        j -= 1  # "did not even mention"
    if j < 0 or lowers[j] not in _NEGATIONS:
        return None
    first = j
    if lowers[j] == "not" and j > 0 and lowers[j - 1] in _AUXILIARIES:
        first = j - 1  # "did not mention"; "never mentioned" stands alone
    elif lowers[j] in ("n’t", "n't") and j > 0 and lowers[j - 1] in _AUXILIARIES:
        first = j - 1  # "did n't" split by the tokenizer
    if c + 1 >= len(lowers) or is_passive(s.tokens, c):
        return None
    # "didn't even mention": the subject is read before the negation, past the
    # adverb the subject reader does not skip.
    verb = c if j == c - 1 else j
    return object_frame(context, s, c, c + 1, "reported_unmentioned", cue_first=first, verb=verb)
