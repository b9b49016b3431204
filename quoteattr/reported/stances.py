"""Stances: ``Sanders supports raising the minimum wage``, ``Ruiz supported the levy``.

A verb of the ``stance_verbs`` list (*support*) in a finite form, right after
a named source (auxiliaries and a few adverbs between: *did support*, *has
long supported*), reports the source's position: the content is its object,
read like a speech act's, to the end of its clause (rule ``reported_stance``).
The same words are ordinary verbs and nouns too (*beams supporting the roof*,
*a super PAC supporting Ruiz*, *their support*), and after a pronoun, a
relative pronoun, a count or a common noun phrase their readings carry the
annotated source less than three times in four on PolNeAR: those are not read.
A title-case headline with a capitalized stance verb after its source (``Pence
Endorses Ryan``) is read like one with ``Says`` (``reported_title_headline``).
"""

from __future__ import annotations

from itertools import compress, count

import attrs

from quoteattr.model import span_unchecked
from quoteattr.reported.frames import Frame, speech_act
from quoteattr.reported.grammar import Sentence, Verbs
from quoteattr.reported.headlines import TITLE_SMALL_WORDS
from quoteattr.reported.words import DETERMINERS, SUBJECT_PRONOUNS
from quoteattr.sieves import Context

__all__ = ["HEADLINE_STANCES", "read_stances", "title_case_frame"]


def read_stances(
    context: Context, verbs: Verbs, s: Sentence, headline: bool = False
) -> list[Frame]:
    """The stance frames of one sentence (none when it has no stance verb);
    ``headline``, whether the sentence is a paragraph of its own."""
    lowers = s.lowers
    if headline and not HEADLINE_STANCES.isdisjoint(lowers):
        frame = title_case_frame(s, HEADLINE_STANCES)
        if frame is not None:
            return [frame]
    stance_words = verbs.stance  # the lexicon's stance_verbs
    if stance_words.isdisjoint(lowers):
        return []
    frames = []
    for c in compress(count(), map(stance_words.__contains__, lowers)):  # found in C
        if s.quote_of[c] < 0:
            frame = stance(context, verbs, s, c)
            if frame is not None:
                frames.append(frame)
    return frames


def stance(context: Context, verbs: Verbs, s: Sentence, c: int) -> Frame | None:
    """``Sanders supports raising the minimum wage``: the frame of the stance
    verb ``c``, or None when it is not one (a noun, a participle, an
    infinitive, a passive, a source that is not a name)."""
    lowers, texts = s.lowers, s.texts
    word = lowers[c]
    if word.endswith("ing") or c == 0:
        return None  # "a super PAC supporting X": the group, not a stated stance
    previous = lowers[c - 1]
    if previous in DETERMINERS or previous.endswith(("’s", "'s")) or previous == "to":
        return None  # "their support", "Trump's backing", "to support": another subject
    if c + 1 < len(lowers) and lowers[c + 1] in REFLEXIVES:
        return None  # "supported himself by driving a cab": a living, not a stance
    frame = speech_act(context, verbs, s, c)
    if frame is None or frame.mention is None:
        return None
    tokens = s.tokens
    first = next((j for j in range(c) if tokens[j].start == frame.mention.start), c)
    last = next((j for j in range(first, c) if tokens[j].end == frame.mention.end), c)
    if last >= c:
        return None
    if any(lowers[j] not in GAP for j in range(last + 1, c)):
        return None  # "Sanders will work to support ...": the verb's own subject only
    if (
        lowers[first] in DETERMINERS
        or lowers[first] in SUBJECT_PRONOUNS
        or not all(
            texts[j][0].isupper() or not texts[j][0].isalpha() for j in range(first, last + 1)
        )
    ):
        return None  # a named source only: "the senators", "they", "who"
    return attrs.evolve(frame, rule="reported_stance")


#: Reflexive pronouns: ``supported herself`` names no position.
REFLEXIVES = frozenset(
    {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"}
)

#: Words that may stand between a named source and its stance verb.
GAP = frozenset(
    {"has", "have", "had", "also", "strongly", "still", "now", "did", "does", "do", "already"}
    | {"long", "previously", "publicly", "generally", "would", "will", "never", "not", "once"}
)


#: Stance verbs read in a title-case headline (``Pence Endorses Ryan``).
HEADLINE_STANCES = frozenset({"endorses", "supports", "opposes"})


def title_case_frame(
    s: Sentence, cues: frozenset[str], heads: frozenset[str] | None = None
) -> Frame | None:
    """``Carly Fiorina Endorses Ted Cruz``, ``New Poll Shows Large Gap``: a
    paragraph of one sentence in title case, a capitalized verb of ``cues``
    (present tense) after a source of at most six capitalized words (whose last
    word is one of ``heads``, when given); the content is the rest, most of it
    capitalized."""
    texts, lowers = s.texts, s.lowers
    n = len(texts)
    for c in range(1, min(n - 1, 7)):
        if lowers[c] not in cues or not texts[c][0].isupper():
            continue
        if s.quoted(0, c + 1) or not texts[0][0].isupper():
            return None
        if heads is not None and lowers[c - 1] not in heads:
            return None
        if any(not (texts[j][0].isupper() or lowers[j] in TITLE_SMALL_WORDS) for j in range(c)):
            return None
        if lowers[c - 1] in TITLE_SMALL_WORDS:
            return None
        stop = n
        if s.any_direct and True in s.direct[c + 1 :]:
            stop = s.direct.index(True, c + 1)
        words = [j for j in range(c + 1, stop) if texts[j][0].isalpha() and s.quote_of[j] < 0]
        capitals = sum(1 for j in words if texts[j][0].isupper())
        if not words or 2 * capitals < len(words) + 1:
            return None  # not title case
        tokens = s.tokens
        mention = span_unchecked(tokens[0].start, tokens[c - 1].end)
        cue = span_unchecked(tokens[c].start, tokens[c].end)
        return Frame(c + 1, stop, c, mention, cue, "reported_title_headline")
    return None
