"""Settling a sentence's frames into reports: which frame keeps the words two
frames share, where each content ends against the others, and which source a
second cue of the same subject takes (``told her C1 and said C2``).

:func:`settle` is the last step of reading one sentence (the frames come from
:mod:`quoteattr.reported.frames` and the readers beside it).
"""

from __future__ import annotations

import bisect

import attrs

from quoteattr.model import Span
from quoteattr.reported.extent import content_span, relative_stop
from quoteattr.reported.grammar import Sentence, verb_like
from quoteattr.reported.report import Frame, Report
from quoteattr.reported.words import (
    COORDINATORS,
    EDGE_MARKS,
    IRREGULAR_PAST,
    NOUN_PREPOSITIONS,
    SENTENCE_END,
    SUBJECT_PRONOUNS,
)

__all__ = ["OBJECT_RULES", "UNFRAMED", "frame_opener", "settle"]


#: Rules whose content is a headline: it may end with a word that is also a cue.
UNFRAMED = frozenset({"reported_headline_colon"})

#: Rules whose content may be an object that ends with a plural noun that is
#: also a cue word (``citing the council's budget rules``, ``by six points``).
OBJECT_RULES = frozenset(
    {"reported_speech_act", "reported_finding", "reported_evidence", "reported_long_finding"}
    | {"reported_stance", "reported_phrasal"}
)


def settle(s: Sentence, frames: list[Frame]) -> list[Report]:
    """Fix each frame's content: cut it before a later coordinated frame, drop a
    frame whose cue lies inside another frame's content (``X said he thought
    ...``: one report, X's), and trim punctuation at the edges."""
    if not frames:
        return []
    if len(frames) == 1:
        # No other frame to cut this one or to hold its cue.
        frame = frames[0]
        stop = _main_verb_stop(s, frame, frame.stop)
        if _verbless_relative(s, frame, stop):
            return []
        span = content_span(
            s, frame.first, stop, _framed(s, frame, stop), frame.rule in OBJECT_RULES
        )
        return [] if span is None else [Report(span, frame.mention, frame.cue, frame.rule)]
    stops = []
    for frame in frames:
        stop = _main_verb_stop(s, frame, frame.stop)
        who = frame.mention
        if (
            who is not None
            and who.end - who.start == 3
            and s.lowers[bisect.bisect_left(s.starts, who.start)] == "who"
        ):
            for other in frames:
                mention = other.mention
                if (
                    other is not frame
                    and mention is not None
                    and (
                        mention.start < who.start < mention.end
                        or _set_off_after(s, mention.end, who.start)
                        or _antecedent_before(s, mention, who.start)
                    )
                    and frame.first <= other.cue_at < stop
                ):
                    # "The man who wrote the report said C": the relative clause in
                    # another frame's source ends before that frame's cue.
                    stop = _before_aside(s, other.cue_at)
        for other in frames:
            if other is frame or frame.aside or not (frame.first < other.cue_at < stop):
                continue
            opener = frame_opener(s, other)
            if (
                opener is not None
                and frame.first < opener < stop
                and not (
                    opener == frame.first + 1
                    and s.lowers[frame.first] in SUBJECT_PRONOUNS
                    and s.lowers[opener] == "and"
                )
            ):
                # but "said she and her aides joked about it": the other frame's
                # source is the second of two subjects of this content's clause
                stop = opener
        stops.append(stop)
    frames = _second_cue_sources(s, frames, stops)
    out = []
    for frame, stop in zip(frames, stops, strict=True):
        nested = any(
            other is not frame
            and other.first < frame.cue_at < other_stop
            and not (frame.first < other.cue_at < stop)
            for other, other_stop in zip(frames, stops, strict=True)
        )
        if nested or _verbless_relative(s, frame, stop):
            continue
        span = content_span(
            s, frame.first, stop, _framed(s, frame, stop), frame.rule in OBJECT_RULES
        )
        if span is not None:
            out.append(Report(span, frame.mention, frame.cue, frame.rule))
    return out


def _framed(s: Sentence, frame: Frame, stop: int) -> bool:
    """Whether a content that ends on a cue is taken for a frame of its own and
    dropped (``“It is over,” Warren said, according to aides``); not when the
    cue is the past verb of a short that-clause at the content's end (``said
    that the mayor knew``, ``cited the memo as evidence that nobody agreed``).
    Without *that* (``said the mayor knew``) the content is still dropped:
    measured on PolNeAR, no better."""
    if frame.rule in UNFRAMED:
        return False
    if frame.cue_at > frame.first:
        return True  # "C, X said": the content before the cue
    lowers = s.lowers
    last = stop - 1
    while last > frame.first and s.texts[last] in EDGE_MARKS:
        last -= 1
    word = lowers[last]
    if not (word in IRREGULAR_PAST or (word[-2:] == "ed" and len(word) > 4)):
        return True
    that = next((j for j in range(last - 2, last - 5, -1) if j >= 0 and lowers[j] == "that"), None)
    return not (
        that is not None
        and that >= frame.first - 1
        and s.quote_of[last] < 0
        and all(
            s.texts[j].isalpha() and lowers[j] not in NOUN_PREPOSITIONS
            for j in range(that + 1, last)
        )
    )


def _before_aside(s: Sentence, stop: int) -> int:
    """``stop``, or the comma that opens a short aside right before it, or
    before the comma at ``stop`` (``The judges who ruled that C, for
    instance, said``: C ends before *for instance*)."""
    texts = s.texts
    end = stop + 1 if stop < len(texts) and texts[stop] == "," else stop
    if end < 2 or texts[end - 1] != ",":
        return stop
    for j in range(end - 2, max(0, end - 5), -1):
        if texts[j] == ",":
            return j if j < end - 2 else stop
        if not (texts[j].isalpha() and texts[j].islower()):
            return stop
    return stop


def _set_off_after(s: Sentence, end: int, start: int) -> bool:
    """Whether the word at offset ``start`` (*who*) follows a comma or dash
    right after a source that ends at offset ``end`` (``Donald Trump - who
    said C - said``: the source stops before a set-off clause that holds a
    quotation)."""
    r = bisect.bisect_left(s.starts, start)
    return r >= 2 and s.tokens[r - 2].end == end and s.texts[r - 1] in (",", "-", "—", "–")


def _antecedent_before(s: Sentence, mention: Span, start: int) -> bool:
    """Whether the word at offset ``start`` (*who*) comes right after
    ``mention``, a source that opens the sentence: the antecedent of a
    restrictive relative clause in the subject (``The man who wrote that C
    said``: C ends before *said*; not ``Lee, a Republican who has refused to
    endorse Ruiz, said``)."""
    r = bisect.bisect_left(s.starts, start)
    return (
        r >= 1
        and s.tokens[r - 1].end == mention.end
        and bisect.bisect_left(s.starts, mention.start) <= 1
    )


def _main_verb_stop(s: Sentence, frame: Frame, stop: int) -> int:
    """``stop``, or the main clause's verb before it when the frame's source is
    the relative pronoun ``who`` of the sentence's subject (``Voters who oppose
    the levy turned out early``: see :func:`~quoteattr.reported.extent.relative_stop`)."""
    mention = frame.mention
    if mention is None or mention.end - mention.start != 3:
        return stop
    r = bisect.bisect_left(s.starts, mention.start)
    if s.lowers[r] != "who":
        return stop
    return _before_aside(s, relative_stop(s, r, frame.rule, frame.first, stop))


def _verbless_relative(s: Sentence, frame: Frame, stop: int) -> bool:
    """Whether ``frame`` reads a bare clause after the cue of a relative clause
    (its source ``who`` or ``which``) whose content, ended before the main
    clause's verb, holds no verb (``The man who knew Ana Ruiz said C``: what
    ``knew`` takes is the object ``Ana Ruiz``, no reported clause)."""
    mention = frame.mention
    if frame.rule != "reported_clause" or mention is None or mention.end - mention.start > 5:
        return False
    r = bisect.bisect_left(s.starts, mention.start)
    if s.lowers[r] not in ("who", "which"):
        return False
    if (
        s.lowers[r] == "who"
        and frame.cue_at <= r + 2
        and _main_clause_inside(s, r, frame.first, stop)
    ):
        return True
    return s.lowers[frame.first] not in SUBJECT_PRONOUNS and not any(
        verb_like(s, j) for j in range(frame.first, stop)
    )


def _main_clause_inside(s: Sentence, r: int, first: int, stop: int) -> bool:
    """Whether the bare clause read after the cue of a restrictive relative
    clause on ``who`` (``tokens[r]``) in the sentence's subject holds the main
    clause's verb: no verb comes before the pronoun, the content runs to the
    sentence end and holds one verb only (``The man who knew Ana
    Ruiz left early``: what ``knew`` takes is ``Ana Ruiz``; ``left`` is the
    verb of ``The man``)."""
    texts = s.texts
    if (
        r == 0
        or not texts[r - 1].isalpha()
        or (stop < len(texts) and texts[stop] not in SENTENCE_END)
    ):
        return False
    if any(texts[j][0].islower() and verb_like(s, j) for j in range(r)):
        return False  # "Ruiz thanked voters who say C": the main verb comes first
    if sum(verb_like(s, j) for j in range(first, stop)) != 1:
        return False  # "Voters who say the economy matters most backed Ruiz": two verbs
    return relative_stop(s, r, "reported_clause", first, stop) == stop


def _second_cue_sources(s: Sentence, frames: list[Frame], stops: list[int]) -> list[Frame]:
    """A frame whose cue is the second verb of another frame's subject (``He
    called her “weak” and said she had ...``: the first content ends at
    ``and``) has that frame's source, not a phrase read inside its content."""
    out = list(frames)
    for i, frame in enumerate(frames):
        link = frame.cue_at - 1
        if link < 1 or s.lowers[link] not in ("and", "but"):
            continue
        for other, stop in zip(frames, stops, strict=True):
            if (
                other is not frame
                and stop == link
                and other.mention is not None
                and other.first < link
                and (frame.mention is None or frame.mention.start >= s.starts[other.first])
            ):
                out[i] = attrs.evolve(frame, mention=other.mention)
                break
    return out


def frame_opener(s: Sentence, frame: Frame) -> int | None:
    """The coordinator or semicolon that opens the clause of ``frame`` (``but``
    in ``..., but Y said ...``), or None when its clause opens with no coordinator."""
    tokens = s.tokens
    if frame.mention is None:
        return None
    m = bisect.bisect_left(s.starts, frame.mention.start)
    if m == 0 or m > frame.cue_at:
        return None
    before = tokens[m - 1]
    if before.lower in COORDINATORS:
        k = m - 1
        while k > 0 and tokens[k - 1].text == ",":
            k -= 1
        return k
    return None
