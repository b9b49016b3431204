"""Evidence from documents, polls and studies: ``with polls showing C``,
``Surveys of voters taken as they left showed C``, ``C, a new poll finds.``,
and the whole object of ``the survey showed X with a lead, followed by Y``.

The verbs of finding (``found``, ``showed``, ``suggests``, ...) after a
document, poll or study are read by :func:`quoteattr.reported.frames.finding`;
this module adds what it does not read:

* a participle after such a noun in an adjunct (``in the wake of a new poll
  showing Trump's standing down to 14 percent``, ``despite polls showing her
  well behind``): the noun phrase is the source, the participle's clause or
  object the content (``reported_evidence``); not the object of another verb
  (``dispute the polls showing ...``);
* a title-case headline with a capitalized verb of finding after a poll or
  study noun (``New Poll Shows Large Gap Emerging``): ``reported_title_headline``;
* a verb of finding after a subject that opens the sentence with such a noun
  and runs on past it (``Early results of exit polls conducted by Edison
  Research show C``, ``The little polling that was done in the state showed
  C``), or after such a noun phrase closing the sentence (``C, a new USA
  TODAY/Suffolk University Poll finds.``): ``reported_long_finding``;
* the whole object of a finding: a poll's or study's object runs past a comma
  or ``and`` to the end of its clause (``showed Clinton with a healthy lead, earning 51
  percent``, ``have shown Cruz, Rubio and Bush in a jumble``).
"""

from __future__ import annotations

from itertools import compress, count

import attrs

from quoteattr.mentions import span_of
from quoteattr.model import span_unchecked
from quoteattr.reported.extent import forward_stop, loose_clause
from quoteattr.reported.frames import Frame, finding_content
from quoteattr.reported.grammar import (
    Sentence,
    Verbs,
    complement,
    is_passive,
    subject_before,
    verb_like,
    writer_start,
)
from quoteattr.reported.stances import title_case_frame
from quoteattr.reported.words import (
    FINDING_SUBJECTS,
    FINDING_VERBS,
    FINITE,
    SENTENCE_END,
    SUBORDINATORS,
    word_set,
)
from quoteattr.sieves import Context

__all__ = ["EVIDENCE_PARTICIPLES", "read_evidence"]

#: Words that open an adjunct whose noun phrase, with the participle after it,
#: states evidence of its own (``with polls showing C``, ``despite polls
#: showing C``), not the object of another verb (``dispute the polls showing C``).
ADJUNCT_OPENERS = word_set("with despite amid after of")

#: Verbs of finding read in a title-case headline after a poll or study noun.
HEADLINE_FINDINGS = word_set("shows show finds find suggests suggest reveals reveal")

#: Participles of the verbs of finding read after a document, poll or study.
EVIDENCE_PARTICIPLES = word_set("showing finding suggesting indicating revealing")

#: The words read_evidence reads in a sentence.
_EVIDENCE_WORDS = EVIDENCE_PARTICIPLES | FINDING_VERBS


def read_evidence(
    context: Context, verbs: Verbs, s: Sentence, frames: list[Frame], headline: bool = False
) -> list[Frame]:
    """``frames``, the frames read so far in one sentence, with the evidence of
    documents and polls they miss: participles of finding, verbs of finding
    after a long subject or closing the sentence, a title-case headline (when
    ``headline``: the sentence is a paragraph of its own), and the whole object
    or subject of a finding they hold."""
    lowers = s.lowers
    if headline and not frames and not HEADLINE_FINDINGS.isdisjoint(lowers):
        # "New Poll Shows Large Gap Emerging Between Candidates"
        frame = title_case_frame(s, HEADLINE_FINDINGS, FINDING_SUBJECTS)
        if frame is not None:
            return [frame]
    participles = not EVIDENCE_PARTICIPLES.isdisjoint(lowers)
    if not participles and FINDING_VERBS.isdisjoint(lowers):
        return frames
    read = {frame.cue_at: i for i, frame in enumerate(frames)}
    out = list(frames)
    # Only the participles and verbs of finding are read (found in C).
    for c in compress(count(), map(_EVIDENCE_WORDS.__contains__, lowers)):
        word = lowers[c]
        if c == 0 or s.quote_of[c] >= 0:
            continue
        if participles and word in EVIDENCE_PARTICIPLES and c not in read:
            frame = participle(context, verbs, s, c)
        elif word in FINDING_VERBS:
            frame = long_finding(context, verbs, s, c)
            if frame is None and c not in read:
                frame = loose_finding(context, verbs, s, c)
            if c in read and frame is not None:
                # "Early results of polls conducted by Edison Research show":
                # the finding read with a source inside this subject (Edison
                # Research) has the whole subject as its source.
                i = read[c]
                old = out[i]
                if (
                    old.rule == "reported_finding"
                    and old.mention is not None
                    and frame.mention is not None
                    and frame.mention.contains(old.mention)
                    and FINDING_SUBJECTS.isdisjoint(
                        token.text  # not "Research" in a name
                        for token in s.tokens
                        if old.mention.start <= token.start < old.mention.end
                    )
                ):
                    out[i] = attrs.evolve(old, mention=frame.mention)
                continue  # the finding read stays
        else:
            continue
        if frame is not None:
            out.append(frame)
    return widen_findings(context, verbs, s, out)


def participle(context: Context, verbs: Verbs, s: Sentence, c: int) -> Frame | None:
    """``a new poll showing C``: the frame of the participle ``c`` right after
    a noun of the documents, polls and studies, or None."""
    lowers = s.lowers
    if lowers[c - 1] not in FINDING_SUBJECTS or not s.texts[c].islower():
        return None
    # The noun phrase back to the word that opens the adjunct it stands in.
    opener = None
    for j in range(c - 2, max(-1, c - 9), -1):
        word = lowers[j]
        if word in ADJUNCT_OPENERS:
            opener = j
            break
        if (
            s.quote_of[j] >= 0
            or word in FINITE
            or not (s.texts[j][0].isalnum() or s.texts[j] in ("/", "-", "&", "’", "'"))
        ):
            return None
    if opener is None:
        return None  # "dispute the polls showing C": the object of another verb
    left = (opener + 1, c)
    tokens = s.tokens
    cue = span_unchecked(tokens[c].start, tokens[c].end)
    # A participle's clause modifies a noun: it ends at a comma before a new
    # clause (``a poll showing C, told Fox News``).
    source = (span_of(tokens, left), cue, left)
    return finding_content(context, verbs, s, c, source, "reported_evidence", subordinate=True)


#: Relative pronouns that open a clause inside a subject.
RELATIVES = word_set("that which who whose")

#: Adverbs between a subject and its verb that are not part of the source.
TRAILING_ADVERBS = word_set("also there now still again too already even")

#: The most words of a subject that opens the sentence with a noun of the
#: documents, polls and studies (``Surveys of caucus-goers taken as they
#: entered caucus sites showed``).
LONG_SUBJECT = 24


def long_finding(context: Context, verbs: Verbs, s: Sentence, c: int) -> Frame | None:
    """``Early results of exit polls conducted by Edison Research for The
    Associated Press show C``: the verb of finding ``c`` after a subject that
    opens the sentence with a noun of the documents, polls and studies within
    its first four words and runs on (a relative clause, a participle) with no
    punctuation up to the cue; or ``C, a new Suffolk University poll finds.``,
    such a noun phrase after a comma closing the sentence."""
    tokens = s.tokens
    texts, lowers = s.texts, s.lowers
    n = len(tokens)
    if not texts[c].islower() or is_passive(tokens, c):
        return None
    if lowers[c - 1] in RELATIVES or lowers[c - 1] == "to":
        return None  # "the polls that show C have ...", "are expected to show"
    lo = writer_start(s, c)
    if lo < c and lowers[lo] in ("but", "and", "yet", "still"):
        lo += 1
    comma = None
    for j in range(c - 1, max(lo, c - LONG_SUBJECT) - 1, -1):
        if s.quote_of[j] >= 0:
            return None
        if not texts[j][0].isalnum() and texts[j] not in ("/", "-", "&", "’", "'"):
            if texts[j] != "," or j < lo + 3:
                return None
            comma = j
            break
    first = lo if comma is None else comma + 1
    if c - first < 2 or (comma is None and c - first > LONG_SUBJECT - 1):
        return None
    if lowers[first] in SUBORDINATORS or lowers[first] in ("that", "which", "even"):
        return None
    last = c
    while last > first + 1 and lowers[last - 1] in TRAILING_ADVERBS:
        last -= 1  # "The poll also shows": the source is "The poll"
    cue = span_unchecked(tokens[c].start, tokens[c].end)
    mention = span_of(tokens, (first, last))
    if comma is not None:
        # "C, a new Suffolk University poll finds.": a noun phrase of at most
        # eight words closing the sentence, with no verb in it.
        if (c + 1 < n and texts[c + 1] not in SENTENCE_END) or c - first > 8:
            return None
        if lowers[c - 1] not in FINDING_SUBJECTS or any(verb_like(s, j) for j in range(first, c)):
            return None
        return Frame(lo, comma, c, mention, cue, "reported_long_finding")
    head = next((j for j in range(first, min(c, first + 4)) if lowers[j] in FINDING_SUBJECTS), None)
    if head is None or any(verb_like(s, j) for j in range(first, head)):
        return None  # "Sanders highlighted polls that show": the subject is Sanders
    relative = False
    for j in range(head + 1, c):
        relative = relative or lowers[j] in RELATIVES
        if lowers[j] in FINITE and not relative:
            return None  # "Gainor will be interviewed about ABC's TV show"
    source = (mention, cue, (first, c))
    return finding_content(context, verbs, s, c, source, "reported_long_finding")


def loose_finding(context: Context, verbs: Verbs, s: Sentence, c: int) -> Frame | None:
    """``Polls show voters trust Ruiz more than the others``: after a verb of
    finding whose subject holds a noun of the documents, polls and studies, a
    clause without ``that`` whose verb is a plain present tense (which the
    clause test after other verbs does not take)."""
    tokens = s.tokens
    if not s.texts[c].islower() or is_passive(tokens, c):
        return None
    left = subject_before(context, s, c)
    if left is None or FINDING_SUBJECTS.isdisjoint(s.lowers[left[0] : left[1]]):
        return None
    start, how = complement(context, verbs, s, c + 1, "find")
    if how != "bare" or not loose_clause(s, start):
        return None
    stop = forward_stop(context, verbs, s, start)
    if stop <= start + 1:
        return None
    cue = span_unchecked(tokens[c].start, tokens[c].end)
    return Frame(start, stop, c, span_of(tokens, left), cue, "reported_finding")


def widen_findings(context: Context, verbs: Verbs, s: Sentence, frames: list[Frame]) -> list[Frame]:
    """``frames`` with each finding's object that stops at a comma or ``and``
    run on to the end of its clause (where a new report begins)."""
    out = frames
    texts = s.texts
    for i, frame in enumerate(frames):
        if (
            frame.rule in ("reported_finding", "reported_long_finding")
            and frame.stop < len(texts)
            and texts[frame.stop] in (",", "and")
            and frame.first > frame.cue_at
        ):
            stop = forward_stop(context, verbs, s, frame.first)
            if stop > frame.stop:
                if out is frames:
                    out = list(frames)
                out[i] = attrs.evolve(frame, stop=stop)
    return out
