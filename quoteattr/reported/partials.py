"""Reported speech around a partial quote: a partial quote the sieves attributed
to a cue before it in its sentence is reported speech, and so is the clause or
noun phrase around it (``Rubio bemoaned the climate in which people “hate each
other”``, ``Ruiz’s broadside against “printing money”``)."""

from __future__ import annotations

import bisect

from quoteattr.mentions import is_ly_adverb
from quoteattr.reported.extent import content_span, forward_stop
from quoteattr.reported.frames import Report, main_verb
from quoteattr.reported.grammar import (
    Sentence,
    Verbs,
    clause_starts,
    complement,
    plural_head,
    verb_like,
)
from quoteattr.reported.words import ADJUNCT_PREPOSITIONS, SUBJECT_SKIPPABLE
from quoteattr.sieves import Context

__all__ = ["around_partial"]


def around_partial(context: Context, verbs: Verbs, s: Sentence, index: int) -> Report | None:
    """``Rubio bemoaned the climate in which people “literally hate each other”
    because ...``: a partial quote the sieves attributed to a cue before it in
    its sentence is reported speech, and so is the clause around it; the
    content runs from the cue's complement to the end of that clause, and the
    quote's speaker, mention and cue are the report's."""
    decision = context.decisions[index]
    assert decision is not None and decision.cue is not None and decision.mention is not None
    c = bisect.bisect_left(s.starts, decision.cue.start)
    if c >= len(s.tokens) or s.quote_of[c] >= 0 or not s.tokens[c].text[0].isalpha():
        return None  # a word cue only: not a headline's colon
    lemma = verbs.clause.get(s.tokens[c].lower) or verbs.infinitive.get(s.tokens[c].lower)
    start, how = complement(context, verbs, s, c + 1, lemma or "")
    if how not in ("that", "bare", "to", "wh", "colon"):
        start = c + 1
    clause = how in ("that", "to", "wh", "colon") or (
        how == "bare" and s.lowers[start] not in NOUN_COMPLEMENTS and clause_starts(s, start)
    )
    last = max(k for k, q in enumerate(s.quote_of) if q == index)
    if start > last:
        return None
    stop = max(forward_stop(context, verbs, s, start), last + 1)
    # "Ortiz, citing “...,” said", "Ortiz, who calls the fine “...,” called":
    # a participle or a relative clause set off after the subject.
    w = c - 1
    while w > 1 and (s.lowers[w] in SUBJECT_SKIPPABLE or is_ly_adverb(s.tokens[w])):
        w -= 1  # "Ruiz, who once called the levy “...,” said"
    relative = w > 1 and s.texts[w - 1] == "," and s.lowers[w] in ("who", "which")
    if (
        (relative or (c > 0 and s.texts[c - 1] == ","))
        and last + 1 < stop
        and (main_verb(verbs, s, last + 1) or (relative and verb_like(s, last + 1)))
    ):
        inner = last
        while inner > start and s.texts[inner] != "," and not s.texts[inner][0].isalnum():
            inner -= 1
        if s.texts[inner] == ",":
            # "Ortiz, citing “internal polls,” said C": the comma inside the
            # closing mark ends the participle's object; the verb is the main one
            stop = last + 1
    mention = bisect.bisect_left(s.starts, decision.mention.start)
    if (
        not clause
        and c > 0
        and s.tokens[c - 1].end == decision.mention.end
        and _possessive(s.lowers[c - 1])
    ):
        # "Ruiz’s broadside against “printing money” surprised allies": the cue
        # is a noun with a prepositional complement, and the content ends with
        # its noun phrase, before the verb of the writer's clause.
        verb = next(
            (
                j
                for j in range(last + 1, stop)
                if s.quote_of[j] < 0
                and verb_like(s, j)
                # not "for “a complete freeze” on permits": a plural noun
                and not (s.lowers[j - 1] in ADJUNCT_PREPOSITIONS and plural_head(s, j))
            ),
            None,
        )
        if verb is not None:
            stop = verb
    if c < mention < stop:
        # "In describing the merger as “...,” Mayor Ortiz showed ...": the source
        # comes after the content, which ends before it.
        stop = max(mention, last + 1)
    span = content_span(s, start, stop)
    if span is None or span.end <= context.quotes[index].open_mark.start:
        return None
    return Report(span, decision.mention, decision.cue, "reported_around_partial")


#: Prepositions that open a speech noun's complement (``broadside against``).
NOUN_COMPLEMENTS = frozenset({"against", "about", "of", "on", "over", "at", "toward", "towards"})


def _possessive(word: str) -> bool:
    """Whether a lowercased word is a possessive (``Ruiz’s``, ``his``, ``their``)."""
    return word.endswith(("’s", "'s", "s’", "s'")) or word in ("his", "her", "their", "its", "our")
