"""Reporting frames: each pattern that finds a source, a cue and a content.

A frame function reads one candidate cue of a :class:`~quoteattr.reported.grammar.Sentence`
and returns a :class:`Frame` (the provisional content as token indices, the
mention and cue spans, the rule's name) or None. :func:`~quoteattr.reported.settle.settle`
(reported/settle.py) fixes the contents of one sentence's frames and turns them into
:class:`Report` objects.
"""

from __future__ import annotations

import attrs

from quoteattr.mentions import PRONOUNS, chunk_left, chunk_right, is_ly_adverb, span_of
from quoteattr.model import Span, span_unchecked
from quoteattr.reported.asides import as_put_it, aside_start, comma_before, opening_participle
from quoteattr.reported.casting import as_clause
from quoteattr.reported.extent import (
    clause_with_cue,
    coordinated_plural,
    forward_stop,
    infinitive_stop,
    list_continues,
    loose_clause,
    new_clause,
    skip_adjuncts,
)
from quoteattr.reported.grammar import (
    Sentence,
    Verbs,
    clause_starts,
    closing_tail,
    complement,
    is_passive,
    is_word,
    plural_head,
    relative_verb,
    verb_lemma,
    verb_like,
    writer_start,
)
from quoteattr.reported.objects import as_complement, including_run
from quoteattr.reported.report import Frame, Report
from quoteattr.reported.senses import (
    contest_object,
    kept_object,
    likelihood_subject,
    noun_rules,
    noun_state,
)
from quoteattr.reported.sources import (
    CLAIM_NOUNS,
    DISPUTING,
    counted_group,
    inverted_source_end,
    role_premodifier,
    zero_relative,
)
from quoteattr.reported.subjects import subject_before
from quoteattr.reported.words import (
    ADJUNCT_PREPOSITIONS,
    ASKING,
    CLAUSE_ENDS,
    CLAUSE_OPENERS,
    COORDINATORS,
    DETERMINERS,
    EXPECTED,
    FINDING_SUBJECTS,
    FINDING_VERBS,
    FINITE,
    HEARER_LEMMAS,
    IRREGULAR_PAST,
    NEGATIONS,
    NOT_ASIDE,
    NOT_CONTENT,
    PARTICLES,
    PARTICLES_ONLY,
    PASSIVE_AUXILIARIES,
    POLL_NOUNS,
    SENTENCE_END,
    SPEECH_NOUNS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TIME_WORDS,
)
from quoteattr.sieves import Context
from quoteattr.sieves.adjacent import _described_source, _source_by

__all__ = [
    "Frame",
    "Report",
    "according",
    "as_put_it",
    "asked_question",
    "closing_frame",
    "finding",
    "finding_content",
    "main_verb",
    "read_frame",
    "seen_as",
    "speech_act",
    "speech_noun",
    "verb_frame",
]


def read_frame(context: Context, verbs: Verbs, s: Sentence, c: int) -> Frame | None:
    tokens = s.tokens
    word = tokens[c].lower
    if word == "according":
        return according(context, verbs, s, c)
    if word == "as":
        return as_put_it(context, verbs, s, c) or seen_as(context, verbs, s, c)
    if word == "asked":
        frame = asked_question(context, verbs, s, c)
        if frame is not None:
            return frame
    if word in FINDING_VERBS and c > 1 and s.lowers[c - 1] == "to" and s.lowers[c - 2] in EXPECTED:
        return None  # "Analysts are expected to show ...": an expected finding, no report
    lemma = verb_lemma(context, verbs, s, c)
    if lemma is not None:
        frame = verb_frame(context, verbs, s, c, lemma)
        if frame is not None or word not in verbs.object:
            return frame
    if word in verbs.object and verb_lemma(context, verbs, s, c, objects=True) is not None:
        return speech_act(context, verbs, s, c)
    if word in SPEECH_NOUNS:
        return speech_noun(context, s, c)
    if word in FINDING_VERBS:
        return finding(context, verbs, s, c)
    if word in POLL_NOUNS:
        return in_poll(context, verbs, s, c)
    return None


def verb_frame(context: Context, verbs: Verbs, s: Sentence, c: int, lemma: str) -> Frame | None:
    tokens = s.tokens
    n = len(tokens)
    vocab = context.vocab
    word = tokens[c].lower
    clause = word in verbs.clause
    previous = tokens[c - 1].text if c > 0 else ""
    if word[:5] == "state" and noun_state(s, c):
        return None  # "local and state party officials", "in swing states"
    # "..., said Angie Holan, Politifact’s editor." / "Trump, said Sunshine, doesn’t
    # forgive": the speaker after the cue; the content before it, or around it.
    if clause and c + 1 < n and lemma not in HEARER_LEMMAS and comma_before(s, c):
        after = chunk_right(vocab, tokens, c + 1) or counted_group(s, c + 1)
        if after is not None and not s.quoted(*after):
            stop, end = inverted_source_end(s, after[1])  # "said Vell and others"
            after = (after[0], stop)
            if end is not None:
                source = span_of(tokens, after)
                cue = span_unchecked(tokens[c].start, tokens[c].end)
                comma = c - 1 if previous in (",", "—", "–") else c  # after a mark, ``,”``
                return closing_frame(s, c, comma, end, source, cue, "reported_before_cue")
    if lemma == "call" and c + 1 < n and tokens[c + 1].lower == "for" and word in verbs.object:
        # "called for a special prosecutor to investigate ...": what is called
        # for is the object, infinitive and all (read as a speech act).
        return None
    # The content after the cue, read before the subject (the costlier part).
    start, how = complement(context, verbs, s, c + 1, lemma)
    rule = None
    if (
        how == "that"
        and start + 1 < n
        and s.texts[start] == ","
        and s.lowers[start - 1] == "that"
        and s.lowers[start + 1] in SUBJECT_PRONOUNS
        and clause_starts(s, start + 1)
    ):
        # "By the time he said that, he was tired": that is the object, and
        # the clause after its comma is the writer's
        return None
    if how == "that" and start < n and relative_verb(tokens[start], s, start):
        if (
            clause
            and start == c + 2
            and (
                word in THAT_PRONOUN_VERBS
                or (
                    c > 0
                    and tokens[c - 1].lower in SUBJECT_PRONOUNS
                    and tokens[c - 1].lower != "it"
                )
            )
        ):
            # "he says that wasn’t the first time": a verb for certain, whose
            # content opens with the pronoun "that" (not "news reports that would").
            start, rule = start - 1, "reported_clause"
        # else "news reports that would ...": a relative clause
    elif (
        how == "wh"
        and tokens[start].lower in ("when", "where", "who")
        and lemma not in ASKING
        and not (lemma == "say" and tokens[c - 1].lower in NEGATIONS)
    ):
        pass  # "conceded when polls closed": a clause of time; not "wouldn't say when"
    elif how in ("that", "wh", "colon"):
        if clause or (how == "that" and lemma in THAT_INFINITIVES):
            rule = {"that": "reported_that", "wh": "reported_question", "colon": "reported_colon"}[
                how
            ]
    elif how == "to":
        if (
            word in verbs.infinitive
            and not (c > 0 and tokens[c - 1].lower in PASSIVE_AUXILIARIES)
            and not (c > 0 and tokens[c - 1].lower in ("may", "might", "could", "should"))
        ):
            # not "the shift was expected to happen", nor advice or a guess
            # ("may want to check his figures", "could agree to serve")
            rule = "reported_infinitive"
    elif clause and (how == "aside" or (how == "bare" and clause_starts(s, start))):
        rule = "reported_clause"  # "aside": "says, win or lose, C"
    elif how == "bare" and lemma == "say" and _pro_form_end(s, start) is not None:
        rule = "reported_pro_form"  # "said no", "43 percent said the same of Sanders"
    elif clause and how == "bare" and lemma == "say" and loose_clause(s, start):
        rule = "reported_clause"  # "said his friends feel the same way"
    elif how == "bare" and start == c + 1 and lemma in GAP_LEMMAS and _gap_verb(s, start):
        rule = "reported_relative"  # "which officials said will take effect"
    # Where a closing attribution ("C, X said on Tuesday.") ends, for a clause
    # verb: read here when the cue has no complement, else only once the
    # subject is known to follow a comma or dash (its one use).
    closing_end = None
    if rule is None:
        if clause:
            closing_end = closing_tail(s, c + 1, lemma in HEARER_LEMMAS)
        if closing_end is None or not _comma_before_subject(s, c):
            # Without a complement, only "C, X said" is left to find, whose subject
            # follows a comma or dash: with none, the subject need not be read.
            return None
    left = subject_before(context, s, c)
    if left is None:
        if rule is None or rule in ("reported_relative", "reported_pro_form"):
            return None
        return opening_participle(context, verbs, s, c, start, rule)  # "Noting C, X said"
    cue = span_unchecked(tokens[c].start, tokens[c].end)
    if clause and left[0] > 1 and not comma_before(s, left[0]) and closing_end is not None:
        lead = role_premodifier(s, left[0])
        if lead is not None:
            left = (lead, left[1])  # "C, frontman Tomas Vell said": the role is the source's
    if clause and left[0] > 0 and comma_before(s, left[0]) and not is_passive(tokens, c):
        if rule is not None and how not in ("to", "that"):
            # Not "..., Clinton has vowed to repeal the ban, a ...": a cue with
            # its own infinitive or that-clause closes nothing before it.
            closing_end = closing_tail(s, c + 1, lemma in HEARER_LEMMAS)
        if closing_end is not None:
            # "The talks failed, the ministry said." / "The economy, she said, is growing."
            opening = left[0]
            if left[1] - left[0] > 2 and tokens[left[0] + 1].lower in CLAIM_NOUNS:
                if tokens[left[0]].lower not in ("a", "an") or lemma in DISPUTING:
                    return None  # "..., a point Feinstein disputed": not her content
                left = (left[0] + 2, left[1])  # "..., a point Lee also conceded": Lee
            source = span_of(tokens, left)
            comma = opening - 1 if tokens[opening - 1].text in (",", "—", "–") else opening
            return closing_frame(s, c, comma, closing_end, source, cue, "reported_before_mention")
    if (
        rule is None
        or noun_rules(s, c)
        or (how == "bare" and kept_object(s, c, start))
        or (how == "to" and likelihood_subject(s, left, lemma))
    ):
        return None  # "local and state party officials", "maintains a wide lead"
    if rule == "reported_clause" and closes_quote(s, left, c):
        # "“We will win,” Clinton told union workers in Tampa", "... Lee said
        # as she sat down": the quote is what was said; the words after the
        # verb are its hearer, time or circumstances, no second content.
        return None
    if rule == "reported_relative":
        if left[1] - left[0] > 1 and tokens[left[0]].lower in ("that", "which"):
            left = (left[0] + 1, left[1])  # "a charity that prosecutors said was"
        opener = tokens[left[0] - 1].lower if left[0] > 0 else ""
        if opener not in RELATIVIZERS:
            zero = zero_relative(s, left)
            if zero is None:
                return None  # a relative clause whose subject is what was reported
            left = zero
        if left[1] - left[0] > 4 or is_passive(tokens, c):
            return None
        if opener == "what" and (left[0] < 2 or not is_word(tokens[left[0] - 2])):
            return None  # "What he said was true": the subject of the writer's clause
        stop = forward_stop(context, verbs, s, start, subordinate=True)
        if stop <= start:
            return None
        return Frame(start, stop, c, span_of(tokens, left), cue, rule)
    mention: Span | None = span_of(tokens, left)
    if is_passive(tokens, c):
        if left[1] - left[0] != 1 or tokens[left[0]].lower != "it" or how != "that":
            return None  # "the realities have been stated": the subject is what was said
        mention, rule = None, "reported_passive"  # "it was reported that ..."
    opener = tokens[left[0] - 1].lower if left[0] > 0 else ""
    subordinate = opener in SUBORDINATORS or (
        left[1] - left[0] == 1 and tokens[left[0]].lower in ("who", "which")
    )
    if rule == "reported_pro_form":
        stop = _pro_form_end(s, start) or start
    else:
        stop = forward_stop(context, verbs, s, start, subordinate)
        if rule == "reported_infinitive":
            stop = infinitive_stop(s, start, stop)
    if stop <= start:
        return None
    return Frame(start, stop, c, mention, cue, rule)


#: Verb forms that are verbs for certain (never a plural noun, as ``reports``
#: is), so that ``that`` with a verb after them is a pronoun opening the
#: content: ``he says that wasn’t the first time``, ``many think that can be
#: reversed``.
THAT_PRONOUN_VERBS = frozenset(
    {"said", "says", "say", "told", "think", "thinks", "thought", "believe", "believes"}
)

#: Verbs of the infinitive list that also report a that-clause (``ordered
#: that the records be released``); without ``that`` their object is no
#: content (``ordered the records released``).
THAT_INFINITIVES = frozenset({"order"})

#: Verbs whose content may be a relative clause that lost its subject to the
#: antecedent (``the rules, which officials said will take effect in May``).
GAP_LEMMAS = frozenset({"say", "believe", "think", "claim", "contend", "argue", "estimate", "hope"})

#: Words that open a relative clause whose subject was reported.
RELATIVIZERS = frozenset({"which", "that", "who", "whom", "what"})


def _gap_verb(s: Sentence, k: int) -> bool:
    """Whether the word at ``k``, right after a cue, is a finite verb with no
    subject before it (``said will take effect``, ``say left a vacuum``): the
    reported clause's subject is the relative clause's antecedent."""
    if k >= len(s.lowers) or s.quote_of[k] >= 0:
        return False
    word = s.lowers[k]
    if word in ("is", "was", "are", "were", "will", "would", "could", "can", "may", "might"):
        return True
    if word in ("has", "had", "have", "should", "must") or word.endswith(("n’t", "n't")):
        return True
    return word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


def _pro_form_end(s: Sentence, k: int) -> int | None:
    """Where a content that stands for a clause ends: ``said yes``, ``said no (to
    the war)``, ``said the same (of Sanders)``. None when the words at ``k`` are
    none of these or run on (``said no one came``). ``said so`` stays no content:
    the ``so`` points back to the writer's own words."""
    lowers, texts = s.lowers, s.texts
    n = len(lowers)
    word = lowers[k] if k < n else ""
    if s.quote_of[k] >= 0 if k < n else True:
        return None
    if word in ("yes", "no"):
        end = k + 1
        if word == "no" and end + 1 < n and lowers[end] == "to":
            end += 1  # "said no to the Iraq war"
        elif end < n and texts[end][0].isalnum() and lowers[end] not in TIME_WORDS:
            if lowers[end] not in ("in", "on", "at", "during", "after", "before", "last"):
                return None  # "said no one", "said yes votes"
            return end
        else:
            return end
    elif word == "the" and k + 1 < n and lowers[k + 1] == "same":
        end = k + 2
        if end < n and lowers[end] in ("of", "for", "about"):
            end += 1
        else:
            return end if end >= n or not texts[end][0].isalnum() else None
    else:
        return None
    # The phrase after "of" or "to": up to a mark or a time adjunct.
    while end < n and end - k < 10 and texts[end][0].isalnum() and s.quote_of[end] < 0:
        if lowers[end] in TIME_WORDS or lowers[end] in ("in", "on", "during", "after", "before"):
            break
        end += 1
    return end


def _comma_before_subject(s: Sentence, c: int) -> bool:
    """Whether a comma or dash stands where the subject of the cue ``c`` could
    start after one: the subject lies in the writer's words before the cue
    (:func:`subject_before`), so the mark lies in them or just before them."""
    first = max(writer_start(s, c) - 1, 0)
    texts = s.texts[first : c - 1]
    return "," in texts or "—" in texts or "–" in texts


def closing_frame(
    s: Sentence, c: int, comma: int, end: int, mention: Span, cue: Span, rule: str
) -> Frame | None:
    """``C, X said``: the content runs from the clause start to the comma; when
    the attribution is followed by a comma and more words (``C1, X said, C2``),
    the content is the whole sentence around it."""
    tokens = s.tokens
    first = writer_start(s, comma)
    if comma <= first:
        return None
    if end < len(tokens) and tokens[end].text == "," and end + 1 < len(tokens):
        if s.quote_of[end + 1] >= 0 and s.direct[end + 1]:
            return None  # "Eight years ago, he said, “...”": the quote is the content
        following = tokens[end + 1]
        inverted = rule == "reported_before_cue"
        if following.lower in ("and", "but") and any(k > end + 2 for k in s.cues):
            # "C, records show, and experts say C2": the second clause is a
            # report of its own, not the rest of this one
            return Frame(first, comma, c, mention, cue, rule) if comma - first >= 2 else None
        if (
            s.quote_of[end + 1] < 0
            and not following.lower.endswith("ing")
            and following.lower not in ("according", "as")
            and (not inverted or (following.text[0].islower() and following.lower not in NOT_ASIDE))
        ):
            if (
                end > c + 1
                and s.lowers[c + 1] in ("a", "an")
                and s.lowers[end - 1].endswith(("ed", "al", "ive", "ous", "ful", "ic", "ing"))
            ):
                # "Late last month, the company wrote a detailed, six-page letter":
                # an object cut by the comma of its adjectives, no hearer.
                return None
            first = aside_start(s, first, comma)  # "the levy, which, aides say, ..."
            return Frame(first, len(tokens), c, mention, cue, "reported_aside", aside=True)
    if comma - first < 2:
        return None
    if not any(s.quote_of[j] >= 0 or verb_like(s, j) for j in range(first, comma)):
        return None  # "Before the convention, X said ...": an adverbial, not content
    return Frame(first, comma, c, mention, cue, rule)


#: Verbs that name or describe their object with an ``as`` complement.
NAMING = frozenset({"describe", "characterize", "portray", "label", "brand", "dismiss"})


def speech_act(
    context: Context,
    verbs: Verbs,
    s: Sentence,
    c: int,
    left: tuple[int, int] | None = None,
) -> Frame | None:
    """``Halvorson blasted Shuster for cavorting with a lobbyist``: a reporting
    verb whose content is its object, up to the end of its clause. ``left``, the
    subject when the caller has read it (a verb of finding, whose subject may
    run on past its head: ``a poll of the state released Tuesday showed``)."""
    tokens = s.tokens
    n = len(tokens)
    if is_passive(tokens, c) or not tokens[c].text[0].islower() or _not_a_verb(s, c):
        return None
    k = skip_adjuncts(s, c + 1)  # "announced Monday", "sharply criticized"
    # "described the rally-goers as seeming shocked": as opens the complement
    naming = verbs.object.get(tokens[c].lower, "") in NAMING
    particles = PARTICLES.get(verbs.object.get(tokens[c].lower, ""), ())
    if k < n and tokens[k].lower in particles:
        k += 1  # "called for a ban", "lashed out at"
    elif (
        tokens[c].lower in verbs.object
        and verbs.object[tokens[c].lower] in PARTICLES_ONLY
        and not (tokens[c].lower in verbs.reporting and _named_as(s, k))
    ):
        return None  # "called a meeting": "call" reports speech with "for" or "on"
    if k >= n or k > c + 3:
        return None
    if tokens[k].lower == "that" and k > c + 1 and tokens[k - 1].lower == "out":
        # "pointed out that C": a clause after the verb and its particle
        left = subject_before(context, s, c) if left is None else left
        stop = forward_stop(context, verbs, s, k + 1)
        if left is None or stop <= k + 1:
            return None
        cue = span_unchecked(tokens[c].start, tokens[c].end)
        return Frame(k + 1, stop, c, span_of(tokens, left), cue, "reported_that")
    head = tokens[k]
    if s.quote_of[k] < 0 and (
        not is_word(head)
        or (head.lower in NOT_CONTENT and not (left is not None and head.lower == "no"))
        or verb_like(s, k)
    ):
        return None  # but "records show no gifts": a finding's object
    stop = k
    while stop < n:
        token = tokens[stop]
        quote = s.quote_of[stop]
        if quote >= 0:
            stop += 1
            if token.text == "," and s.texts[c - 1] == ",":
                # "Ortiz, citing ''fake polls,'' said C": a comma inside the
                # closing mark and a main verb after it end the object of a
                # participle set off after the subject
                j = stop
                while j < n and s.quote_of[j] == quote and not is_word(tokens[j]):
                    j += 1
                if j > stop and j < n and s.quote_of[j] < 0 and main_verb(verbs, s, j):
                    return _speech_act_frame(context, s, c, k, j, left)
            continue
        if token.text == "(":
            close = next(
                (j for j in range(stop + 1, min(n, stop + 6)) if tokens[j].text == ")"), None
            )
            if close is not None and stop > k and tokens[stop - 1].text[0].isupper():
                stop = close + 1  # "called on Gov. Rick Snyder (R) to resign"
                continue
            break
        if token.text == "," and stop > k:
            after = list_continues(s, stop) or including_run(s, stop)
            if after is not None:
                stop = after  # "the malaise in Mexican society, the lack of jobs and ..."
                continue
        if token.text in SENTENCE_END or token.text in (",", ";", ":", "—", "–"):
            break
        if (
            token.lower in ("and", "but", "while", "because", "as", "when")
            and not (token.lower == "as" and (naming or as_complement(s, stop + 1)))
            and new_clause(s, stop + 1)
        ):
            break
        stop += 1
    if stop <= k or (
        verbs.object.get(tokens[c].lower) == "challenge" and contest_object(s, k, stop)
    ):
        return None  # "who is challenging Rep. Ann Lee": a race for office
    return _speech_act_frame(context, s, c, k, stop, left)


def main_verb(verbs: Verbs, s: Sentence, j: int) -> bool:
    """Whether token ``j`` is a finite verb for certain or a clause cue in
    lower case (``said``, ``is``, ``told``), not an ``-ed`` form that may
    modify a noun (``the “Feed,” anchored by five writers``)."""
    word = s.lowers[j]
    return s.texts[j].islower() and (
        word in verbs.clause or word in FINITE or word in IRREGULAR_PAST
    )


def _speech_act_frame(
    context: Context, s: Sentence, c: int, k: int, stop: int, left: tuple[int, int] | None
) -> Frame | None:
    """The speech act frame of the cue ``c`` whose object runs from ``k`` to
    ``stop``, with its subject (``left``, or read here)."""
    tokens = s.tokens
    if left is None:
        left = subject_before(context, s, c)  # after the object: the costlier part
    if left is None or closes_quote(s, left, c):
        return None  # "“It was hard,” Lee recalled last week": the quote is the content
    cue = span_unchecked(tokens[c].start, tokens[c].end)
    return Frame(k, stop, c, span_of(tokens, left), cue, "reported_speech_act")


def closes_quote(s: Sentence, left: tuple[int, int], c: int) -> bool:
    """Whether the cue ``c`` right follows its subject ``left``, which right
    follows a direct quote that opens the sentence (after its comma, inside
    or outside the closing mark): the cue closes that quote, which is its
    content."""
    if c != left[1]:
        return False  # "“...,” Lee said, citing X": the participle's own object
    j = left[0] - 1
    if j >= 0 and s.quote_of[j] < 0 and s.texts[j] in (",", "—", "–"):
        j -= 1
    # The quote opens the sentence (not "In a talk about “Sins,” the actor
    # discussed X": a title set in marks before the subject).
    return j >= 0 and s.direct[j] and s.quote_of[0] == s.quote_of[j]


def according(context: Context, verbs: Verbs, s: Sentence, c: int) -> Frame | None:
    """``According to X, C``, ``C, according to X``, ``C1, according to X, C2``."""
    tokens = s.tokens
    n = len(tokens)
    if c + 2 >= n or tokens[c + 1].lower != "to":
        return None
    first = writer_start(s, c)
    opening = c == first or (
        c == first + 1 and tokens[first].lower in ("but", "and", "yet", "so", "still")
    )
    if opening:
        frame = _according_to_comma(context, verbs, s, c)
        if frame is not None:
            return frame
    vocab = context.vocab
    chunk = (
        chunk_right(vocab, tokens, c + 2)
        or _source_by(vocab, tokens, c + 2)
        or _described_source(tokens, c + 2)
    )
    if chunk is None and c + 3 < n and tokens[c + 2].text.islower():
        # "According to early results of the exit poll conducted by ..., C": a
        # lower-case phrase the speaker grammar does not chunk, up to its comma.
        tail = _source_tail(s, c + 3, whole_phrase=False)
        if tail is None and c > writer_start(s, c):
            # "C, according to early results of the poll conducted by ...": the
            # source runs to the sentence end.
            tail = _source_tail(s, c + 3, whole_phrase=False, to_end=True)
        if tail is not None and (
            tail > c + 3 or plural_head(s, c + 2)  # not "According to plan,"
        ):
            chunk = (c + 2, tail)
    if chunk is None or s.quoted(*chunk):
        return None
    cue = span_unchecked(tokens[c].start, tokens[c + 1].end)
    mention = span_of(tokens, chunk)
    end = chunk[1]
    if opening:
        mark: int | None = end
        if end < n and tokens[end].text not in (",", "—", "–", ":"):
            mark = _source_tail(s, end)
        if mark is not None and mark < n and tokens[mark].text in (",", "—", "–", ":"):
            return Frame(
                mark + 1, forward_stop(context, verbs, s, mark + 1), c, mention, cue, "according_to"
            )
        return None
    if end + 1 < n and tokens[end].text == "," and tokens[end + 1].text not in SENTENCE_END:
        return Frame(first, n, c, mention, cue, "according_to", aside=True)
    stop = c - 1 if tokens[c - 1].text in (",", "—", "–", "(") else c
    return Frame(first, stop, c, mention, cue, "according_to")


def _according_to_comma(context: Context, verbs: Verbs, s: Sentence, c: int) -> Frame | None:
    """``According to Variety, CNN has ...``, ``According to a Reuters/Ipsos
    poll, the two ...``, ``According to Ann Lee, a spokeswoman, the plan ...``:
    the source runs from ``to`` to the first comma (of at most three, within 25
    words) after which a clause starts; it holds no finite verb or quote."""
    tokens = s.tokens
    lowers, texts = s.lowers, s.texts
    n = len(tokens)
    commas = 0
    for j in range(c + 3, min(n - 2, c + 27)):
        if s.quote_of[j] >= 0:
            return None
        text = texts[j]
        word = lowers[j]
        if text in SENTENCE_END or text in (";", ":", "(", "—", "–"):
            return None
        if word in FINITE or word in IRREGULAR_PAST or word.endswith(("n’t", "n't")):
            return None
        if text != ",":
            continue
        commas += 1
        if commas > 3:
            return None
        if (
            j == c + 3
            and texts[c + 2].islower()
            and lowers[c + 2] not in PRONOUNS
            and not plural_head(s, c + 2)
        ):
            return None  # "According to plan,": no source
        if clause_starts(s, j + 1) and not clause_with_cue(context, verbs, s, j + 1):
            stop = forward_stop(context, verbs, s, j + 1)
            if stop <= j + 1:
                return None
            cue = span_unchecked(tokens[c].start, tokens[c + 1].end)
            mention = span_unchecked(tokens[c + 2].start, tokens[j - 1].end)
            return Frame(j + 1, stop, c, mention, cue, "according_to")
    return None


def _source_tail(
    s: Sentence, k: int, whole_phrase: bool = True, to_end: bool = False
) -> int | None:
    """Where a source that opens a sentence (``According to a poll from the
    university broadcast on MSNBC, ...``) ends when its head phrase, ending at
    ``k``, is followed by more of it: the first comma or dash, before any
    sentence end or quote, with no finite verb on the way other than in a
    relative clause (``cables that were later released``). None when there is
    no such mark: a content without the comma is not read. With
    ``whole_phrase``, the words at ``k`` must go on the phrase (``from``,
    ``conducted by``), not open a new one (``According to Smith the plan``).
    With ``to_end``, the sentence's final mark ends the source as well."""
    lowers = s.lowers
    n = len(lowers)
    if k >= n:
        return None
    head = s.texts[k]
    if whole_phrase and (
        not head.islower()
        or head in DETERMINERS
        or (head in CLAUSE_OPENERS and head not in ADJUNCT_PREPOSITIONS)
        or head in SUBJECT_PRONOUNS
    ):
        return None  # "According to Smith the plan, which ...": a new phrase
    relative = False
    for j in range(k, min(n, k + 30)):
        if s.quote_of[j] >= 0:
            return None
        text = s.texts[j]
        if text in (",", "—", "–", ":"):
            return j
        if text in SENTENCE_END or text in (";", "(", ")"):
            return j if to_end and text in SENTENCE_END and j == n - 1 else None
        word = lowers[j]
        if word in ("that", "who", "which", "whose", "whom"):
            relative = True
        elif not relative and (
            word in FINITE or word in IRREGULAR_PAST or word.endswith(("n’t", "n't"))
        ):
            return None
    return None


def speech_noun(context: Context, s: Sentence, c: int) -> Frame | None:
    """``Trump's claim that C``: a possessor, a speech noun, ``that`` and a clause
    up to the first comma, dash or the sentence end."""
    tokens = s.tokens
    n = len(tokens)
    if c == 0 or c + 2 >= n or tokens[c + 1].lower != "that":
        return None
    possessor = tokens[c - 1]
    if not possessor.lower.endswith(("’s", "'s")) or possessor.lower[:-2] in PRONOUNS:
        return None
    if not possessor.text[0].isupper():
        return None
    chunk = chunk_left(context.vocab, tokens, c)
    first = chunk[0] if chunk is not None and chunk[1] >= c else c - 1
    if s.quoted(first, c):
        return None
    start = c + 2
    if not clause_starts(s, start):
        return None
    # The clause ends at a comma, a dash, the sentence end, or the verb of the
    # sentence the noun phrase is the subject of ("... was safe drew criticism").
    stop = start
    verbs_seen = 0
    while stop < n and tokens[stop].text not in CLAUSE_ENDS:
        if s.quote_of[stop] < 0 and (verb_like(s, stop) or tokens[stop].lower in FINITE):
            previous = tokens[stop - 1].lower
            if verbs_seen and not (
                previous in FINITE
                or previous in NEGATIONS
                or previous in COORDINATORS
                or previous in ("to", "or", "that", "which", "who")
                or is_ly_adverb(tokens[stop - 1])
            ):
                break
            verbs_seen += 1
        stop += 1
    cue = span_unchecked(tokens[c].start, tokens[c].end)
    mention = span_unchecked(tokens[first].start, possessor.end)
    return Frame(start, stop, c, mention, cue, "speech_noun")


def finding(context: Context, verbs: Verbs, s: Sentence, c: int) -> Frame | None:
    """``The report found that C``, ``a poll shows C``, ``polls showed Rubio in
    third``: a document, poll or body of research as the subject of a verb of
    finding; the content is its clause or its object."""
    tokens = s.tokens
    if not tokens[c].text[0].islower() or is_passive(tokens, c):
        return None
    if c > 0 and (tokens[c - 1].lower in DETERMINERS or tokens[c - 1].lower.endswith(("’s", "'s"))):
        return None
    lowers = s.lowers
    # "The authors found that C", "the agency found that C": any source with
    # "that" and a clause (not "found that hard to believe", "showed that much").
    that_clause = (
        c + 2 < len(lowers)
        and lowers[c + 1] == "that"
        and s.quote_of[c + 1] < 0
        and not relative_verb(tokens[c + 2], s, c + 2)
        and clause_starts(s, c + 2)
    )
    if not that_clause and FINDING_SUBJECTS.isdisjoint(lowers[: c + 1]):
        # The subject must hold one of these words, and :func:`subject_before`
        # reads it from the tokens up to the cue: with none there, it need not be read.
        return None
    left = subject_before(context, s, c)
    if left is None or not any(t.lower in FINDING_SUBJECTS for t in tokens[left[0] : left[1]]):
        phrase = _finding_phrase(s, c)
        if phrase is not None or not that_clause:
            left = phrase
    if left is None:
        return None
    cue = span_unchecked(tokens[c].start, tokens[c].end)
    mention = span_of(tokens, left)
    if left[0] > 0 and tokens[left[0] - 1].text in (",", "—", "–"):
        end = closing_tail(s, c + 1)
        if end is not None:
            return closing_frame(s, c, left[0] - 1, end, mention, cue, "reported_finding")
    return finding_content(
        context, verbs, s, c, (mention, cue, left), "reported_finding", clause_only=that_clause
    )


def finding_content(
    context: Context,
    verbs: Verbs,
    s: Sentence,
    c: int,
    source: tuple[Span, Span, tuple[int, int]],
    rule: str,
    *,
    clause_only: bool = False,
    subordinate: bool = False,
) -> Frame | None:
    """What the verb of finding ``c`` reports: its clause (``found that C``,
    ``shows Rubio leads``) to where the content ends, else its object, read like
    a speech act's; None when it has neither. ``source`` is the mention, the cue
    and the source's token range; with ``clause_only``, an object is not read;
    ``subordinate``: the clause modifies a noun (``a poll showing C``), so it
    ends at a comma before a new clause."""
    mention, cue, left = source
    start, how = complement(context, verbs, s, c + 1, "find")
    if how == "that" or (how == "bare" and clause_starts(s, start)):
        stop = forward_stop(context, verbs, s, start, subordinate=subordinate)
        return None if stop <= start else Frame(start, stop, c, mention, cue, rule)
    if clause_only:
        return None
    frame = speech_act(context, verbs, s, c, left)
    return None if frame is None else attrs.evolve(frame, rule=rule)


def in_poll(context: Context, verbs: Verbs, s: Sentence, c: int) -> Frame | None:
    """``In a Gallup poll released Monday, 50 percent chose Clinton``: a poll or
    study named in a phrase with ``in`` that opens the sentence; the content is
    the clause after its comma, unless that clause has a frame of its own
    (``In the survey, most voters said ...``: the voters are the source)."""
    tokens = s.tokens
    n = len(tokens)
    lo = writer_start(s, c)
    if lo < c and tokens[lo].lower in ("but", "and"):
        lo += 1
    if tokens[lo].lower != "in" or not lo + 1 < c <= lo + 8 or s.quoted(lo, c + 1):
        return None
    if any(not is_word(t) and t.text not in ("/", "-", "’", "'", "&") for t in tokens[lo:c]):
        return None
    if s.lowers[lo + 1] in ("his", "her", "their", "its", "my", "our", "your"):
        return None  # "In his study of the war, he ...": a work, not a poll
    comma = c + 1 if c + 1 < n and tokens[c + 1].text == "," else _source_tail(s, c + 1)
    if comma is None or tokens[comma].text != "," or not clause_starts(s, comma + 1):
        return None
    if clause_with_cue(context, verbs, s, comma + 1):
        return None
    stop = forward_stop(context, verbs, s, comma + 1)
    if stop <= comma + 1:
        return None
    cue = span_unchecked(tokens[c].start, tokens[c].end)
    mention = span_unchecked(tokens[lo + 1].start, tokens[c].end)
    return Frame(comma + 1, stop, c, mention, cue, "reported_in_poll")


#: Words before a participle ``asked`` that opens a clause (``When asked whether``).
ASKED_OPENERS = frozenset({"when", "if", "after", "once", "while", "before", "but", "and"})


def asked_question(context: Context, verbs: Verbs, s: Sentence, c: int) -> Frame | None:
    """``Asked whether the mine would reopen, the mayor said ...``, ``When asked
    by a reporter if C``, ``she was asked what C``: the question put to someone,
    whose asker is the source; the text names the asker only with ``by``
    (else the report has no mention). The content is the question, up to the
    clause it opens (``..., the mayor said``)."""
    tokens = s.tokens
    n = len(tokens)
    lo = writer_start(s, c)
    k = c - 1
    while k >= lo and tokens[k].lower in ASKED_OPENERS:
        k -= 1
    opening = k < lo or tokens[k].text in (",", ";", "—", "–", ":")
    if not opening and not is_passive(tokens, c):
        return None  # "the mayor asked whether": a source before the cue, read as usual
    k = c + 1
    mention: Span | None = None
    if k + 1 < n and s.lowers[k] == "by":
        chunk = chunk_right(context.vocab, tokens, k + 1)
        if chunk is None or s.quoted(*chunk):
            return None
        mention = span_of(tokens, chunk)
        k = chunk[1]
    if k < n and s.lowers[k] == "specifically":
        k += 1
    start, how = complement(context, verbs, s, k, "")
    if how != "wh" or start >= n or s.quote_of[start] >= 0:
        return None
    stop = forward_stop(context, verbs, s, start, subordinate=True)
    for j in range(start + 2, stop):
        # "Asked whether C, Trump said yes": the clause the question opens.
        if s.texts[j] == "," and s.quote_of[j] < 0 and clause_with_cue(context, verbs, s, j + 1):
            stop = j
            break
    if stop <= start + 1:
        return None
    cue = span_unchecked(tokens[c].start, tokens[c].end)
    return Frame(start, stop, c, mention, cue, "reported_asked")


#: Verbs of regard whose object and ``as`` complement give a view (``see X as
#: Y``); the lexicon's casting verbs (``Verbs.casting``) are read so too.
SEEING = frozenset({"see", "sees", "saw", "view", "views", "viewed", "regard", "regards"})

#: Words after ``as`` that open no complement (``as he left``, ``as well``).
NOT_AS_COMPLEMENT = SUBJECT_PRONOUNS | frozenset(
    {"well", "if", "though", "soon", "long", "much", "many", "far", "usual", "such", "part"}
)


def seen_as(context: Context, verbs: Verbs, s: Sentence, c: int) -> Frame | None:
    """``Democratic voters see Clinton as the stronger candidate``, ``developers
    view golf courses as wasted space``: a verb of regard, its object and an
    ``as`` complement state the subject's view; the content is the object and
    the complement, to the end of the clause."""
    tokens = s.tokens
    lowers, texts = s.lowers, s.texts
    casting = verbs.casting  # the lexicon's casting_verbs
    n = len(tokens)
    if c + 1 >= n or lowers[c + 1] in NOT_AS_COMPLEMENT or not texts[c + 1][0].isalnum():
        return None
    v = None
    for j in range(c - 1, max(-1, c - 12), -1):
        if s.quote_of[j] >= 0 or not texts[j][0].isalnum():
            return None
        if (lowers[j] in SEEING or lowers[j] in casting) and texts[j].islower():
            v = j
            break
    if v is None or v + 1 >= c or is_passive(tokens, v):
        return None
    if lowers[v] in casting and as_clause(s, c + 1):
        return None  # "cast a vote as the polls closed": as opens a clause of time
    if lowers[v + 1] in ("to", "that", "it", "this") or lowers[v + 1] in ADJUNCT_PREPOSITIONS:
        return None  # "saw to it", "see that ...", "see it as": not an object of regard
    stop = c + 1
    while stop < n and s.quote_of[stop] < 0 and texts[stop] not in CLAUSE_ENDS:
        if (
            lowers[stop] in ("and", "but", "while", "because")
            and new_clause(s, stop + 1)
            and not coordinated_plural(s, stop + 1)  # "as a choice between roads and schools"
        ):
            break
        stop += 1
    left = subject_before(context, s, v)
    if left is None:
        return None
    cue = span_unchecked(tokens[v].start, tokens[v].end)
    return Frame(v + 1, stop, v, span_of(tokens, left), cue, "reported_view")


def _finding_phrase(s: Sentence, c: int) -> tuple[int, int] | None:
    """``A poll conducted by the college in May showed``, ``Polling of union
    voters shows``: the subject's head noun (a poll, a report, ...) before the
    words that go on it, which :func:`subject_before` reads as the subject.
    Read back from the cue over at most 16 words with no mark, finite verb or
    clause word on the way; the phrase is the noun with up to three words
    before it. None when there is no such noun."""
    lo = writer_start(s, c)
    lowers, texts = s.lowers, s.texts
    for j in range(c - 1, max(lo, c - 17) - 1, -1):
        word = lowers[j]
        if s.quote_of[j] >= 0 or not texts[j][0].isalnum():
            return None
        if word in FINITE or word in SUBORDINATORS or word in ("that", "and", "but", "or"):
            return None
        if word in FINDING_SUBJECTS:
            first = j
            while (
                first > lo
                and j - first < 3
                and texts[first - 1][0].isalnum()
                and s.quote_of[first - 1] < 0
                and lowers[first - 1] not in FINITE
                and lowers[first - 1] not in ADJUNCT_PREPOSITIONS
                and lowers[first - 1] not in SUBORDINATORS
                and lowers[first - 1] not in COORDINATORS
                and lowers[first] not in DETERMINERS
            ):
                first -= 1
            return first, j + 1
    return None


def _named_as(s: Sentence, k: int) -> bool:
    """``called him a political opportunist``, ``called them the worst ...``: call
    (a reporting verb) with a personal pronoun at ``k`` and a noun phrase names
    what the source says they are (not ``called it a day``, ``called him a
    cab``)."""
    lowers = s.lowers
    return (
        lowers[k - 1] in ("call", "calls", "called", "calling")
        and k + 2 < len(lowers)
        and lowers[k] in ("him", "her", "them", "me", "us", "it")
        and lowers[k + 1] in ("a", "an", "the")
        and lowers[k + 2] not in ("day", "cab", "taxi", "doctor", "lawyer", "meeting")
        and lowers[k + 1 : k + 3] != ["a", "day"]
    )


def _not_a_verb(s: Sentence, c: int) -> bool:
    """Whether the speech act word ``c`` is a noun or an adjective, not a verb:
    ``the Orlando attack``, ``the Sanders challenge``, ``the most challenging
    moment``."""
    if c == 0:
        return False
    lowers = s.lowers
    previous = lowers[c - 1]
    if c < 2 or lowers[c - 2] not in DETERMINERS:
        return False
    if previous in ("most", "more", "less", "least", "very"):
        return True  # "the most challenging moment"
    if lowers[c].endswith(("ed", "ing")) or lowers[c] in IRREGULAR_PAST:
        return False  # "the two spoke", "a poll this month found"
    if lowers[c][-1:] == "s":
        return s.texts[c - 1][0].isupper()  # "the poll shows": a verb after a noun
    text = s.texts[c - 1]
    # "the Orlando attack"; "a verbal attack", "a pre-emptive attack": an
    # adjective, no plural subject ("the senators attack") nor adverb
    return text[0].isupper() or (
        text.replace("-", "").isalpha() and previous[-1:] != "s" and not previous.endswith("ly")
    )
