"""Attributions set off from their content by a comma (reported speech).

``C, X said`` closes its content with a comma; the comma may stand inside the
closing mark of a partial quote that ends the content (``Teachers are “very
pro-Bernie,” Kilfoyle said``), as the writers of American English put it.
``As X noted, C`` and ``C, as X reported on Tuesday`` set an aside with
``as`` before or after the content (:func:`as_put_it`).
"""

from __future__ import annotations

from quoteattr.mentions import chunk_right, is_ly_adverb, span_of
from quoteattr.model import span_unchecked
from quoteattr.reported.extent import forward_stop
from quoteattr.reported.grammar import (
    Sentence,
    Verbs,
    closing_tail,
    verb_like,
    writer_start,
)
from quoteattr.reported.report import Frame
from quoteattr.reported.words import (
    ADJUNCT_PREPOSITIONS,
    CLAUSE_WORDS,
    DETERMINERS,
    FINITE,
    HEARER_OBJECTS,
    PARTICIPLE_OPENERS,
    SENTENCE_END,
    SUBJECT_PRONOUNS,
    word_set,
)
from quoteattr.sieves import Context

__all__ = ["as_put_it", "aside_start", "comma_before", "opening_participle"]


#: Marks that set a closing attribution off from the content before it.
SETTING_OFF = frozenset({",", "—", "–"})


def comma_before(s: Sentence, k: int) -> bool:
    """Whether the token before ``k`` sets off what precedes it: a comma or a
    dash, or the closing mark of a partial quote with a comma inside it
    (``... “very pro-Bernie,” Kilfoyle said``; not a DIRECT quote, which is
    the content of its own attribution)."""
    if k < 1:
        return False
    j = k - 1
    if s.texts[j] in SETTING_OFF:
        return True
    q = s.quote_of[j]
    if q < 0 or s.direct[j] or (k < len(s.quote_of) and s.quote_of[k] == q):
        return False
    while j > 0 and s.texts[j] in CLOSING_MARKS and s.quote_of[j - 1] == q:
        j -= 1  # "''" is two tokens
    return j < k - 1 and s.texts[j] == ","


#: The tokens of a closing quotation mark.
CLOSING_MARKS = frozenset({"”", '"', "'", "’", "»", "''"})


#: Words that may open a sentence before ``as`` (``But as X noted, C``).
AS_LEADS = word_set("but and yet so still just even")

#: Words after which an aside with ``as`` precedes the content (``given
#: that, as X reported, C``).
AS_OPENERS = word_set("that because but and since although though while")

#: Adverbs between ``as`` and a passive cue (``as first reported by X``).
AS_ADVERBS = word_set("first previously originally earlier also once")

#: Clause verbs that do not report after ``as`` (``as expected``, ``as X knows``).
NOT_AS_CUES = frozenset({"expect", "know", "hope", "fear"})


def as_put_it(context: Context, verbs: Verbs, s: Sentence, c: int) -> Frame | None:
    """``As X put it, C`` / ``C, as X noted`` / ``But as X told CNN on Monday,
    C`` / ``C, as first reported by X``: the clause around the aside.

    The aside's verb is a clause verb (or ``put it``), with at most a hearer
    (``told The Times``) and adjuncts (``on Tuesday``) before the comma or the
    sentence end: ``as X said he would`` is a clause of manner, ``as she told
    the story`` one of time."""
    tokens = s.tokens
    n = len(tokens)
    if c + 2 >= n:
        return None
    rest = s.lowers[c + 1 :]
    if verbs.clause.keys().isdisjoint(rest) and "put" not in rest and "puts" not in rest:
        return None  # no verb after "as": the source need not be read
    passive = _passive_aside(context, verbs, s, c)
    if passive is not None:
        k, chunk, cue_end = passive
    else:
        found = chunk_right(context.vocab, tokens, c + 1) or _noun_phrase(verbs, s, c + 1)
        if found is None or s.quoted(*found):
            return None
        chunk = found
        k = chunk[1]
        while k < n and (
            tokens[k].lower in ("has", "had", "have", "once", "later", "so")
            or is_ly_adverb(tokens[k])
        ):
            k += 1
        if k >= n:
            return None
        verb = tokens[k].lower
        if verb in ("put", "puts") and k + 1 < n and tokens[k + 1].lower == "it":
            cue_end = k + 2
        elif (
            verb in verbs.clause
            and verbs.clause[verb] not in NOT_AS_CUES
            and not (verbs.clause[verb] == verb and tokens[chunk[0]].lower in ("a", "an"))
        ):
            # not "As a general rule, C": a base form after a singular noun phrase
            # is a noun of that phrase, not its verb.
            cue_end = k + 1
            if verbs.clause[verb] == "tell":
                cue_end = _hearer_end(s, cue_end)  # "as she told CNN"
                if cue_end == k + 1:
                    return None  # "as she told the story": a clause of time
        else:
            return None
    end = closing_tail(s, cue_end) if cue_end < n else n
    if end is None:
        return None  # "as X said he would": a clause of time or manner
    cue = span_unchecked(
        tokens[k].start, tokens[k + 1 if tokens[k].lower in ("put", "puts") else k].end
    )
    mention = span_of(tokens, chunk)
    first = writer_start(s, c)
    lead = first
    while lead < c and s.lowers[lead] in AS_LEADS:
        lead += 1
    if c == lead and end < n and tokens[end].text == ",":
        return Frame(
            end + 1, forward_stop(context, verbs, s, end + 1), c, mention, cue, "as_put_it"
        )
    if c > first and tokens[c - 1].text in (",", "—", "–"):
        if c - 2 >= first and s.lowers[c - 2] in AS_OPENERS and end < n and tokens[end].text == ",":
            # "given that, as The Times reported, he has ...": the clause after it
            return Frame(
                end + 1, forward_stop(context, verbs, s, end + 1), c, mention, cue, "as_put_it"
            )
        if c - 2 >= first and s.lowers[c - 2] in verbs.clause:
            return None  # "she said, as recalled by X": an attribution, not content
        if end < n and tokens[end].text == "," and end + 1 < n:
            return Frame(first, n, c, mention, cue, "as_put_it", aside=True)
        if end < n and tokens[end].text not in SENTENCE_END and tokens[end].text != ",":
            return None
        return Frame(first, c - 1, c, mention, cue, "as_put_it")
    return None


def _passive_aside(
    context: Context, verbs: Verbs, s: Sentence, c: int
) -> tuple[int, tuple[int, int], int] | None:
    """``as (first) reported by X``: the cue's index, the source after ``by``
    and the index after it; None when ``as`` opens no such aside."""
    k = c + 1
    n = len(s.tokens)
    while k < n and (s.lowers[k] in AS_ADVERBS or is_ly_adverb(s.tokens[k])):
        k += 1
    if k + 2 >= n or s.lowers[k + 1] != "by" or not s.lowers[k].endswith("ed"):
        return None
    if verbs.clause.get(s.lowers[k]) in (None, *NOT_AS_CUES):
        return None
    chunk = chunk_right(context.vocab, s.tokens, k + 2)
    if chunk is None or s.quoted(*chunk):
        return None
    if "," in s.texts[chunk[0] : chunk[1]]:
        # "As first reported by Politico, the ...": the source ends at the comma
        chunk = (chunk[0], s.texts.index(",", chunk[0]))
    return k, chunk, chunk[1]


def _hearer_end(s: Sentence, k: int) -> int:
    """After ``told`` at ``k - 1``, the index after its hearer when it is a
    name, an organization (capitalized, with ``the`` or ``a`` before it) or a
    pronoun or ``reporters``; ``k`` when none is."""
    n = len(s.tokens)
    if k >= n:
        return k
    if s.lowers[k] in HEARER_OBJECTS and s.lowers[k] not in ("him", "her", "them"):
        return k + 1  # not "as he told her, she left": a clause of time
    j = k + 1 if s.lowers[k] in DETERMINERS and s.lowers[k] in ("the", "a", "an") else k
    stop = j
    while stop < n and (s.texts[stop][0].isupper() or (stop > j and s.lowers[stop] in ("of", "&"))):
        stop += 1
    while stop > j and s.lowers[stop - 1] in ("of", "&"):
        stop -= 1
    return stop if stop > j else k


def _noun_phrase(verbs: Verbs, s: Sentence, k: int) -> tuple[int, int] | None:
    """A plain noun phrase of at most five words from ``k`` up to a clause verb
    (``as the engineers reported``), opening with a determiner or a capital,
    when the speaker grammar reads none."""
    lowers, texts = s.lowers, s.texts
    if not (lowers[k] in DETERMINERS or texts[k][0].isupper()):
        return None
    for j in range(k + 1, min(k + 6, len(lowers))):
        if lowers[j] in verbs.clause:
            return (k, j) if j > k + (lowers[k] in DETERMINERS) else None
        if not texts[j].replace("-", "").isalpha() or lowers[j] in FINITE:
            return None
    return None


def opening_participle(
    context: Context, verbs: Verbs, s: Sentence, c: int, start: int, rule: str
) -> Frame | None:
    """``Noting that C, X said ...``, ``After saying C, X ...``: a participle
    cue that opens its sentence reports the content before the comma after
    which the sentence's subject and its verb come; the subject is the source.
    ``start`` is the first token of the cue's complement, ``rule`` the rule
    its complement gives."""
    lowers, texts, tokens = s.lowers, s.texts, s.tokens
    if not lowers[c].endswith("ing") or lowers[c] not in verbs.reporting:
        return None  # not "Knowing the vote was close, ...": a verb of saying
    if rule == "reported_clause" and lowers[start] not in SUBJECT_PRONOUNS:
        return None  # a clause without "that" only after a pronoun: "After saying he was"
    if rule not in ("reported_clause", "reported_that", "reported_question"):
        return None
    k = writer_start(s, c)
    while k < c and lowers[k] in PARTICIPLE_OPENERS:
        k += 1
    if k != c:
        return None
    n = len(tokens)
    for j in range(start + 1, n - 2):
        text = texts[j]
        if s.quote_of[j] >= 0 or text != ",":
            if text in (";", ":") or (s.quote_of[j] < 0 and text in SENTENCE_END):
                return None
            continue
        for chunk in (chunk_right(context.vocab, tokens, j + 1), _clause_subject(s, j + 1)):
            if (
                chunk is not None
                and chunk[1] < n
                and not s.quoted(*chunk)
                and _verb_after(verbs, s, chunk[1])
            ):
                cue = span_unchecked(tokens[c].start, tokens[c].end)
                return Frame(start, j, c, span_of(tokens, chunk), cue, rule)
    return None


def _clause_subject(s: Sentence, k: int) -> tuple[int, int] | None:
    """A plain subject from ``k``: a personal pronoun, or at most six words
    opening with a determiner or a capital, up to a word that looks like a
    finite verb (``the clerk closed``, ``farmers in the valley have``)."""
    lowers, texts = s.lowers, s.texts
    n = len(lowers)
    if lowers[k] in SUBJECT_PRONOUNS and lowers[k] not in ("it", "there", "you"):
        return k, k + 1
    if not (lowers[k] in DETERMINERS or texts[k][0].isupper() or lowers[k].endswith("s")):
        return None
    for j in range(k + 1, min(n, k + 7)):
        if verb_like(s, j):
            return k, j
        if not texts[j].replace("-", "").replace("’", "").replace("'", "").isalpha():
            return None
    return None


def _verb_after(verbs: Verbs, s: Sentence, v: int) -> bool:
    """Whether the verb of a clause comes at ``v``, perhaps after adverbs or an
    auxiliary (``Okafor said``, ``the clerk has also offered``)."""
    lowers, texts = s.lowers, s.texts
    n = len(lowers)
    start = v
    while v < n - 1 and (lowers[v] in ("also", "then", "later") or is_ly_adverb(s.tokens[v])):
        v += 1
    if lowers[v] in ("has", "had", "have", "is", "was", "were", "are", "will", "would"):
        return v + 1 < n and texts[v + 1][0].islower() and texts[v + 1].isalpha()
    if lowers[v] in CLAUSE_WORDS or (v == start and lowers[v] in DETERMINERS):
        return False
    return lowers[v] in verbs.clause or verb_like(s, v)


def aside_start(s: Sentence, first: int, comma: int) -> int:
    """Where the content of an attribution set off by commas (``C1, X said,
    C2``) starts, given its clause start ``first`` and the comma before the
    attribution: at a relative pronoun or *and* right before that comma, the
    attribution is about that clause only (``the levy, which, its backers say,
    would ...``; ``sell the farm and, his lawyers argue, to settle ...``); not
    after a preposition (``Because of that, officials said, ...``)."""
    lowers = s.lowers
    if (
        comma - 1 > first
        and lowers[comma - 1] in ("which", "who", "that", "and")
        and lowers[comma - 2] not in ADJUNCT_PREPOSITIONS
    ):
        return comma - 1
    return first
