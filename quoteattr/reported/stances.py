"""Stances: ``Sanders supports raising the minimum wage``, ``voters prefer Ruiz``.

A verb of the ``stance_verbs`` list (*support*, *endorse*, *back*, *favor*,
*prefer*, *oppose*) in a finite form, right after its source (auxiliaries, a
negated auxiliary, an adverb in *-ly* or the comma closing an apposition
between: *did support*, *has long supported*, *personally opposes*, *Okafor, a
former mayor, has supported*), reports the source's position: the content is
its object, read like a speech act's, to the end of its clause (rule
``reported_stance``). The source is a name, a pronoun or a common noun phrase.
The same words are ordinary verbs and nouns too (*beams supporting the roof*,
*a super PAC backing Ruiz*, *their support*, *45 percent support among women*,
*backed down*, *walked back*), and a reading after a relative pronoun (*donors
who backed Bush*), a bare count (*42 percent favored*), a negated source, or
with a poll's margin or a condition in the content carries the annotated
source less than two times in three on PolNeAR: those are not read.
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
from quoteattr.reported.words import DETERMINERS
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
    """``Sanders supports raising the minimum wage``, ``voters prefer Sanders``:
    the frame of the stance verb ``c``, or None when it is not one (a noun, a
    participle, an infinitive, a passive, a particle verb, a poll's margin, a
    source that is a relative pronoun or a bare count)."""
    lowers = s.lowers
    word = lowers[c]
    if word.endswith("ing") or c == 0:
        return None  # "a super PAC supporting X": the group, not a stated stance
    previous = lowers[c - 1]
    if previous in DETERMINERS or previous.endswith(("’s", "'s")) or previous == "to":
        return None  # "their support", "Trump's backing", "to support": another subject
    n = len(lowers)
    after = lowers[c + 1] if c + 1 < n else ""
    if after in REFLEXIVES:
        return None  # "supported himself by driving a cab": a living, not a stance
    if word in BACK_FORMS and (
        after in BACK_PARTICLES
        or (c + 2 < n and lowers[c + 2] == "up")
        or previous in BACK_AFTER
        or previous.endswith(("ed", "ing"))
    ):
        return None  # "backed down", "backed her up", "walked back", "cut back"
    if word in SUPPORT_NOUNS and (
        after in SUPPORT_NOUN_NEXT or previous in STANCE_COUNTS or previous.endswith("%")
    ):
        return None  # "support among women", "45 percent support": the noun
    frame = speech_act(context, verbs, s, c)
    if frame is None or frame.mention is None:
        return None
    tokens = s.tokens
    first = next((j for j in range(c) if tokens[j].start == frame.mention.start), c)
    last = next((j for j in range(first, c) if tokens[j].end == frame.mention.end), c)
    if last >= c:
        return None
    if not all(map(_gap_word, lowers[last + 1 : c])):
        return None  # "Sanders will work to support ...": the verb's own subject only
    head = lowers[last]
    if (
        lowers[first] in NOT_STANCE_SOURCES
        or head in NOT_STANCE_SOURCES
        or head in STANCE_COUNTS
        or head[0].isdigit()
        or (first > 0 and lowers[first - 1] in NOT_STANCE_SOURCES)
    ):
        return None  # "who backed Bush", "it", "Neither Clinton", "42 percent", "most"
    content = lowers[frame.first : frame.stop]
    if "if" in content or not MARGIN_WORDS.isdisjoint(content):
        return None  # "would support him if ...", "favor Clinton 51 percent to 24 percent"
    return attrs.evolve(frame, rule="reported_stance")


#: Forms of *back*, also an adverb and a particle (``walked back``, ``back down``).
BACK_FORMS = frozenset({"back", "backs", "backed"})

#: Words after a form of *back* that make it a particle verb, not a stance
#: (``backed down``, ``back away from``, ``backed out of``).
BACK_PARTICLES = frozenset(
    {"down", "away", "off", "out", "up", "from", "under", "into", "against", "on", "in"}
    | {"over", "onto", "to", "at", "home", "then", "when", "and"}
)

#: Words before *back* that make it an adverb (``cut back``, ``fired back``,
#: ``goes back``, ``weeks back``): verbs that take it as a particle, and nouns of time.
BACK_AFTER = frozenset(
    {"cut", "beat", "roll", "go", "goes", "come", "comes", "fight", "fights", "push"}
    | {"pushes", "bring", "brings", "walk", "walks", "hit", "hits", "fire", "fires"}
    | {"step", "steps", "turn", "turns", "get", "gets", "look", "looks", "write", "wrote"}
    | {"call", "calls", "set", "put", "puts", "take", "takes", "give", "gives", "pull"}
    | {"pulls", "scale", "scales", "dial", "dials", "hold", "holds", "pay", "pays", "way"}
    | {"weeks", "years", "days", "months", "him", "her", "them", "it"}
)

#: The forms of *support* that are nouns too (``strong support among women``).
SUPPORT_NOUNS = frozenset({"support"})

#: Words after *support* that make it the noun (``support among``, ``support base``).
SUPPORT_NOUN_NEXT = frozenset(
    {"among", "base", "from", "for", "of", "in", "network", "system", "staff", "group"}
    | {"groups", "is", "was", "has"}
)

#: Counts and shares: ``45 percent support``, ``42 percent favored``, ``most
#: support Sanders`` (a poll's breakdown, annotated with its respondents elsewhere).
STANCE_COUNTS = frozenset({"percent", "%", "point", "points", "few", "most", "all", "some"})

#: Words of a poll's margin in the content (``favored Trump 46 percent to 32 percent``).
MARGIN_WORDS = frozenset({"percent", "%", "margin", "margins", "points"})

#: Sources a stance is not read after: relative pronouns (``a donor who backed
#: Bush``: a description, mostly not annotated as a stance), *it* and a negated
#: source (``Neither Clinton nor Sanders supported``).
NOT_STANCE_SOURCES = frozenset({"who", "which", "that", "whom", "it", "neither", "nor", "none"})


#: Reflexive pronouns: ``supported herself`` names no position.
REFLEXIVES = frozenset(
    {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"}
)

#: Words that may stand between a named source and its stance verb.
GAP = frozenset(
    {"has", "have", "had", "also", "strongly", "still", "now", "did", "does", "do", "already"}
    | {"long", "previously", "publicly", "generally", "would", "will", "never", "not", "once"}
)


def _gap_word(word: str) -> bool:
    """Whether ``word`` may stand between a source and its stance verb: a word
    of GAP, an adverb in *-ly* (``personally opposes``), a negated auxiliary
    (``wouldn't back``), or the comma or dash closing an apposition (``Sanders,
    a Vermont senator, has supported``)."""
    return (
        word in GAP
        or word in (",", "—", "–")
        or (len(word) > 4 and word.endswith("ly"))
        or word.endswith(("n't", "n’t"))
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
