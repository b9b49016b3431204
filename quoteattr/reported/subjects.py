"""The source phrase before a cue: the subject of a reporting verb.

:func:`subject_before` reads it with the speaker grammar of the quote rules
first, then with the plainer readers of this package: a noun phrase that
opens its clause (``Some of Clinton's allies said``), the subject of the
sentence for a participle (``..., saying``), a long noun phrase before
``said``, and a subject set off from its cue by an apposition (``John Ruiz,
the No. 2 official in the county, said``).
"""

from __future__ import annotations

from quoteattr.mentions import Token, chunk_right, is_ly_adverb, possessive_mark
from quoteattr.mentions.phrases import time_in_name
from quoteattr.reported.asides import comma_before
from quoteattr.reported.contracted import fused_subject, told_passive
from quoteattr.reported.grammar import (
    Sentence,
    clause_starts,
    plain_subject,
    postmodified_subject,
    verb_like,
    writer_start,
)
from quoteattr.reported.sources import (
    COUNT_OPENERS,
    PARTICIPLE_SUBJECT_CUES,
    PRESENT_PLURAL_CUES,
    participle_subject,
)
from quoteattr.reported.words import (
    ADJUNCT_PREPOSITIONS,
    CLAUSE_WORDS,
    COMPLEMENTIZERS,
    DETERMINERS,
    FINITE,
    IRREGULAR_PAST,
    MID_ADVERBS,
    NEGATIONS,
    NOT_IN_SUBJECT,
    PARTICIPLE_LINKS,
    SUBJECT_ADVERBS,
    SUBJECT_PRONOUNS,
    SUBJECT_SKIPPABLE,
    SUBORDINATORS,
    TIME_WORDS,
    word_set,
)
from quoteattr.sieves import Context
from quoteattr.sieves.grammar import not_a_speaker, subject_of_cue

__all__ = ["main_subject", "relative_plural_cue", "subject_before"]


def subject_before(context: Context, s: Sentence, c: int) -> tuple[int, int] | None:
    """The source phrase of the cue ``c`` on its left, as sentence token indices."""
    lo = writer_start(s, c)
    if lo >= c:
        return None
    tokens = s.tokens
    if tokens[c].lower[-3:] == "ing" and "with" in s.lowers[max(lo, c - 9) : c]:
        group = _with_group(s, lo, c)
        if group is not None:
            return group  # "..., with 30 percent of voters saying C": the counted group
    if (
        tokens[c].lower.endswith("ing")
        and tokens[c - 1].text == ","
        and any(
            tokens[j].lower in PERCEPTION_VERBS
            and tokens[j].text.isalpha()
            and any(tokens[i].lower.endswith("ing") for i in range(j + 2, c - 1))
            for j in range(lo, c)
        )
    ):
        # "I remember the governor standing on the steps, declaring ...": the
        # participle belongs to the one remembered or seen, not to the subject.
        return None
    if tokens[c - 1].text == "," and tokens[c].lower[-3:] == "ing":
        later = _later_clause_subject(context, s, lo, c)
        if later is not None:
            return later  # "X charged ... and Emanuel fired ..., acknowledging C"
    verb = c
    while verb - 1 > lo and (
        tokens[verb - 1].lower in NEGATIONS
        or (tokens[verb - 1].lower in MID_ADVERBS and _adverb_after_subject(s, lo, verb - 1))
        or (tokens[verb - 1].lower == "only" and tokens[verb - 2].lower in NEGATIONS)
        or (tokens[verb - 1].lower == "since" and tokens[verb - 2].lower in HAVE_FORMS)
    ):
        # "Sanders hasn’t said whether", "would only say", "She has since said":
        # read as "Sanders said"
        verb -= 1
    if verb == c and tokens[c - 1].text == ")":
        verb = _clause_in_parenthesis(s, lo, c - 1) or c  # "Lund (a Democrat who ...) says"
    region = [*tokens[lo:verb], tokens[c]] if verb < c else tokens[lo : c + 1]
    if verb == c and ("’" in s.lowers[c - 1] or "'" in s.lowers[c - 1]):
        if told_passive(s, c):
            return None  # "He's told that C": the pronoun is the hearer
        fused = fused_subject(s, lo, c)
        if fused is not None:
            return fused  # "He's predicting", "They've said": the pronoun and its auxiliary
    if verb == c and s.lowers[c] in PRESENT_PLURAL_CUES:
        found = postmodified_subject(s, lo, c)
        if found is not None:
            return found  # "Officials in the county say": the head and its postmodifier
    if verb == c and s.lowers[c] in PARTICIPLE_SUBJECT_CUES:
        found = participle_subject(s, lo, c)
        if found is not None:
            return found  # "Democrats trying to regain the Senate say"
    chunk = subject_of_cue(context.vocab, region, verb - lo)
    if chunk is not None:
        owner = _plural_possessor(s, lo, chunk[0] + lo)
        if owner is not None and owner - 1 > lo and s.lowers[owner - 1] == "by":
            found = _irregular_participle_subject(context, s, lo, verb, c)
            if found is not None:
                return found  # "The memo seen by the reporters’ union said"
        if owner is not None:
            chunk = owner - lo, chunk[1]  # "The reporters’ union said": not "union"
    if (
        chunk is not None
        and chunk[1] + lo + 1 < verb
        and _noun_after_role(context, tokens, chunk[1] + lo)
    ):
        chunk = chunk[0], chunk[1] + 1  # "The chief engineer defended ..., arguing"
    if chunk is not None and _cut_before_noun(s, chunk[0] + lo, chunk[1] + lo, verb):
        j = chunk[1] + lo
        while j < verb and _cut_before_noun(s, chunk[0] + lo, j, verb, modifier=False):
            j += 1
        after = s.lowers[j]
        if j == verb or (
            s.texts[j].isalpha()
            and (after in FINITE or after in SUBJECT_SKIPPABLE or after.endswith(("s", "ed", "ly")))
        ):
            chunk = (chunk[0], j - lo)  # "The NeverTrump faction continues": its head
        else:
            chunk = None  # "Ebeling reminisced about her days as a Goldwater girl, and said"
    if chunk is not None and all(
        s.lowers[j] in TIME_WORDS for j in range(chunk[0] + lo, chunk[1] + lo)
    ):
        chunk = None  # "Bush, who has raised more money this year, hopes": no source
    if chunk is not None and _clause_after_that(s, chunk[0] + lo, chunk[1] + lo):
        # "Farmers who warned that the dam would break, in fact, say": a clause
        return _who_before(s, lo, chunk[0] + lo, verb)
    chunk = chunk or plain_subject(region, verb - lo) or main_subject(context, region, verb - lo)
    if chunk is None and s.lowers[c] in ("said", "say", "says"):
        # "Majorities of Democrats in five states going to the polls Tuesday
        # say": a long subject, one noun phrase with no verb in it.
        chunk = plain_subject(region, verb - lo, LONG_REACH)
        if chunk is not None and not _one_noun_phrase(s, chunk[0] + lo, chunk[1] + lo):
            return None
    if chunk is None or (
        verb - chunk[1] - lo < 3 and not RELATIVE_WORDS.isdisjoint(s.lowers[lo : chunk[0] + lo])
    ):
        relative = _relative_subject(s, lo, verb)
        if relative is not None:
            return relative  # "Voters who backed the levy said": not "the levy"
    if chunk is None and "by" in s.lowers[lo:verb]:
        found = _irregular_participle_subject(context, s, lo, verb, c)
        if found is not None:
            return found  # "The memo seen by reporters said": the head and its participle
    if chunk is None:
        found = _reported_in_relative(s, lo, verb)
        if found is not None:
            return found  # "The man who wrote that the plan was flawed said"
        return _set_off_subject(context, s, lo, verb)
    first, stop = chunk[0] + lo, chunk[1] + lo
    if (
        stop + 2 < c
        and s.texts[stop + 1] == ","
        and s.lowers[stop + 2] in ("who", "which")
        and s.texts[stop].isalpha()
        and s.texts[stop].islower()
        and s.lowers[stop].endswith("s")
    ):
        stop += 1  # "Local unions, which backed Ruiz, said": the head, not its modifier
    if s.quoted(first, stop):
        # A mention never holds quotation marks; "Ruiz, citing ''a sham,'' said":
        # the subject before a participle set off with a partial quote.
        return _set_off_subject(context, s, lo, verb) if stop == verb else None
    if stop - first == 1 and _adjective_after_copula(s, first):
        return None  # "Voters who say taxes are too high backed Ruiz": no source
    if not_a_speaker(context.vocab, s.tokens[first:stop]) and not (
        stop - first == 1
        and (
            (
                stop == c
                and not tokens[first].lower.endswith("ing")
                and not tokens[c].lower.endswith("ing")
            )
            or tokens[first].lower in context.vocab.group_nouns
        )
    ):
        # but "Cuban said": a surname the lists know as a word; "Republicans
        # have blocked the bills, saying": a group the lists know as no name
        return None
    if stop == first + 1 and s.lowers[first] == "who" and stop + 1 < verb:
        return _antecedent_of_who(s, lo, first, verb)
    while (
        stop - first > 1
        and stop == verb
        and s.lowers[stop - 1] in SUBJECT_ADVERBS
        and not time_in_name(s.tokens, stop - 1)
    ):
        stop -= 1  # "The senators now argue": not "now"; but "USA Today argues"
    if first > lo and s.lowers[first - 1] in QUANTIFIERS and _opens_subject(s, lo, first - 1):
        first -= 1  # "Many economists say": the quantifier is the source's, as annotated
    return first, stop


def _clause_in_parenthesis(s: Sentence, lo: int, close: int) -> int | None:
    """The index of the ``(`` that opens the parenthesis closed at ``close``
    when it holds a verb and follows a name (``Sen. Dana Lund (a Democrat so
    young she has been mistaken for an intern) says``: the subject is before
    it); None otherwise (``Lund (D-Vt.) says`` is read whole)."""
    texts = s.texts
    for j in range(close - 1, max(lo, close - 30), -1):
        if texts[j] == "(":
            if j - 1 < lo or not texts[j - 1][:1].isupper() or not texts[j - 1].isalpha():
                return None  # not "the dueling (and justified) fears": a name before it
            return j if any(verb_like(s, k) for k in range(j + 1, close)) else None
        if texts[j] in (")", ".", ";", ":") or s.quote_of[j] >= 0:
            return None
    return None


#: Irregular past participles that may follow a subject's head with *by* and
#: an agent (``the memo seen by reporters``); those in *-ed* are read with the
#: rest of the subject.
IRREGULAR_PARTICIPLES = word_set(
    "seen written taken given shown drawn made done known held found sent kept",
    "bought brought built chosen run",
)


def _irregular_participle_subject(
    context: Context, s: Sentence, lo: int, verb: int, c: int
) -> tuple[int, int] | None:
    """``The memo seen by reporters said``, ``A copy of the report written by
    the auditors says``: a noun phrase, an irregular past participle, *by* and
    a short agent right before the cue; the whole phrase is the source."""
    lowers, texts = s.lowers, s.texts
    by = next((j for j in range(verb - 2, max(lo, verb - 6), -1) if lowers[j] == "by"), None)
    if by is None or by - 1 <= lo or lowers[by - 1] not in IRREGULAR_PARTICIPLES:
        return None
    if not all(
        texts[j].isalpha()
        or texts[j][-2:] in ("’s", "'s")
        or (texts[j] in ("’", "'") and _plural_possessor(s, lo, j + 1) is not None)
        for j in range(by + 1, verb)
    ):
        return None
    head = subject_of_cue(context.vocab, [*s.tokens[lo : by - 1], s.tokens[c]], by - 1 - lo)
    if head is None or head[1] + lo != by - 1:
        return None
    return head[0] + lo, verb


def _plural_possessor(s: Sentence, lo: int, first: int) -> int | None:
    """The start of a plural possessor right before the head at ``first``
    (``the reporters’ union``, ``Teamsters' leaders``): an apostrophe attached
    to a word in *-s*, with that word's determiner and modifiers; None if none."""
    tokens, lowers, texts = s.tokens, s.lowers, s.texts
    mark = first - 1
    if mark - 1 < lo or s.quote_of[mark] >= 0 or not possessive_mark(tokens, mark):
        return None
    start = mark - 1
    while (
        start - 1 >= lo
        and mark - start < 4
        and texts[start - 1].isalpha()
        and lowers[start] not in DETERMINERS
        and lowers[start - 1] not in _NOT_IN_POSSESSOR
        and lowers[start - 1] not in FINITE
        and lowers[start - 1] not in IRREGULAR_PARTICIPLES
    ):
        start -= 1  # "the nurses’", "the state teachers’"
    return start


#: Words that end a plural possessor on its left (``seen by the reporters’``).
_NOT_IN_POSSESSOR = ADJUNCT_PREPOSITIONS | {"by", "and", "or", "of", "that", "who", "which"}


#: Quantifiers before a plural subject that belong to the source (``Many
#: economists``, ``Some critics``, ``Both candidates``).
QUANTIFIERS = word_set("many most some several few both all")


def _opens_subject(s: Sentence, lo: int, j: int) -> bool:
    """Whether the word at ``j`` opens the subject's clause: it is the first
    of the clause, or follows a comma, *and*, *but* or *that* (not ``the most
    senior aides``, ``for some, critics``)."""
    return j == lo or (s.lowers[j - 1] in (",", "and", "but", "that", ";") and j - 1 >= lo)


def _adverb_after_subject(s: Sentence, lo: int, j: int) -> bool:
    """Whether the adverb or floating quantifier at ``j`` (``always``,
    ``both``) follows a subject word or an auxiliary rather than opening a
    phrase of its own (``of them all``, ``the first``): the word before it is
    a word, not a determiner or preposition."""
    before = s.lowers[j - 1]
    return (
        j - 1 >= lo
        and s.texts[j - 1][:1].isalpha()
        and before not in DETERMINERS
        and before not in ADJUNCT_PREPOSITIONS
        and before not in ("of", "and", "or", "but", "that", "who", "which")
    )


def _adjective_after_copula(s: Sentence, j: int) -> bool:
    """Whether the lower-case word at ``j`` follows a copula and a degree word
    (``are too high backed``): an adjective that ends a clause, no source."""
    return (
        j >= 2
        and s.texts[j].islower()
        and s.lowers[j - 1] in ("too", "very", "so", "more", "less", "most", "least")
    )


def _clause_after_that(s: Sentence, first: int, stop: int) -> bool:
    """Whether the phrase from ``first`` to ``stop`` follows *that* and holds
    a finite verb: a reported clause, no source."""
    return (
        first > 0
        and s.lowers[first - 1] == "that"
        and any(s.lowers[j] in FINITE for j in range(first, stop))
    )


def _who_before(s: Sentence, lo: int, first: int, verb: int) -> tuple[int, int] | None:
    """For a clause read as the source of the cue at ``verb``, the antecedent
    of a relative clause on *who* before it (:func:`_antecedent_of_who`), or
    None."""
    r = next((j for j in range(first - 1, lo, -1) if s.lowers[j] == "who"), None)
    if r is None:
        return None
    # "The man who wrote that the plan was flawed said": the relative clause
    # ends with the reported clause, set off or not, and the cue is the main verb.
    found = _antecedent_of_who(s, lo, r, verb, set_off=False)
    return None if found == (r, r + 1) else found


def _antecedent_of_who(
    s: Sentence, lo: int, r: int, verb: int, set_off: bool = True
) -> tuple[int, int] | None:
    """The source when the grammar found the relative word ``who`` at ``r``,
    its clause over before the cue at ``verb`` (``The judges who ruled that
    the law was void, for instance, said``): the antecedent that opens the
    sentence, when the relative clause holds a verb of its own and a comma
    follows it (with ``set_off`` false, also when none does); ``who`` itself
    otherwise (``Ruiz, who also said``)."""
    if (set_off and "," not in s.texts[r + 1 : verb]) or not any(
        verb_like(s, j) and s.lowers[j] not in SUBJECT_SKIPPABLE for j in range(r + 1, verb)
    ):
        return r, r + 1  # "Growers who have long opposed": who is the cue's subject
    chunk = plain_subject(s.tokens[lo : r + 1], r - lo)
    if chunk is None or chunk[1] + lo != r or chunk[0] > 1:
        return r, r + 1
    first = chunk[0] + lo
    if s.lowers[first] in NOT_BEFORE_SUBJECT or any(verb_like(s, j) for j in range(lo, first)):
        return r, r + 1
    return first, r


def _cut_before_noun(s: Sentence, first: int, stop: int, verb: int, modifier: bool = True) -> bool:
    """Whether a subject read as the words ``first`` to ``stop - 1`` is cut
    before the lower-case noun that they modify: a possessive (``Trump's ad``)
    or a capitalized word after *a*, *an* or *the* (``a Goldwater girl``,
    ``the Vermont senator``), with a lower-case noun after it that is no verb,
    adverb, preposition, conjunction or time, and the cue later. Without
    ``modifier``, only whether the word at ``stop`` is such a noun."""
    if stop >= verb:
        return False
    last = s.texts[stop - 1]
    if modifier and not (
        last.endswith(("’s", "'s"))
        or (stop - first >= 2 and s.lowers[first] in ("a", "an", "the") and last[0].isupper())
    ):
        return False
    text = s.texts[stop]
    word = s.lowers[stop]
    return (
        text.isalpha()
        and text.islower()
        and word not in ADJUNCT_PREPOSITIONS
        and word not in SUBJECT_SKIPPABLE
        and word not in FINITE
        and word not in IRREGULAR_PAST
        and word not in CLAUSE_WORDS
        and word not in TIME_WORDS
        and word not in ("and", "or", "but", "who", "which", "that", "further", "however")
        and not word.endswith(("ed", "ly", "s"))
    )


#: Words that open a restrictive relative clause in a source (``Voters who
#: backed the levy said``, ``Groups that backed it said``).
RELATIVE_WORDS = frozenset({"who", "that", "which"})

#: Plural heads without ``-s`` before a relative ``that`` (``people that``).
PEOPLE = frozenset({"people", "police", "men", "women", "staff", "public"})

#: Words after ``who`` that are no verb of its clause (``the man who he said``).
NOT_AFTER_WHO = DETERMINERS | SUBJECT_PRONOUNS | ADJUNCT_PREPOSITIONS

#: The most tokens a restrictive relative clause in a source may hold.
RELATIVE_REACH = 12

#: Marks and words that end a one-verb relative clause in a source.
RELATIVE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")", "who", "and", "or", "but"})


def relative_plural_cue(s: Sentence, lo: int, c: int) -> bool:
    """Whether the base form ``c`` (``argue``, ``say``) is the verb of a subject
    with a restrictive relative clause on *who* (``Some who advocate free
    speech argue that``, ``Economists who favor the tax agree that``), which
    opens its sentence, with *that* or a clause after it."""
    lowers = s.lowers
    if c + 1 >= len(lowers) or "who" not in lowers[max(lo, c - RELATIVE_REACH) : c - 1]:
        return False
    if lowers[c + 1] != "that" and not clause_starts(s, c + 1):
        return False
    return _relative_subject(s, lo, c) is not None


def _relative_subject(s: Sentence, lo: int, verb: int) -> tuple[int, int] | None:
    """A subject with a restrictive relative clause on ``who`` right before the
    cue at ``verb`` (``Voters who backed the levy said``, ``A woman who accused
    the governor of fraud said``): the antecedent and its clause, when the
    antecedent opens the sentence and the clause holds one verb, right after
    ``who``, and no comma or quotation mark."""
    lowers, texts = s.lowers, s.texts
    r = next(
        (
            j
            for j in range(verb - 2, max(lo, verb - RELATIVE_REACH) - 1, -1)
            if lowers[j] in RELATIVE_WORDS
        ),
        None,
    )
    if r is None or r == lo or not texts[r - 1].isalpha() or s.quoted(r, verb):
        return None
    if any(text in RELATIVE_BREAKS for text in lowers[r + 1 : verb]):
        return None  # one relative clause with one verb phrase
    after = texts[r + 1]
    if not (after.isalpha() and after.islower()) or after in NOT_AFTER_WHO:
        return None  # "who" opens no clause with its verb: "who" is the subject itself
    if any(
        verb_like(s, j)
        and lowers[j - 1] not in FINITE
        and lowers[j - 1] not in SUBJECT_SKIPPABLE
        and not is_ly_adverb(s.tokens[j - 1])
        for j in range(r + 2, verb)
    ):
        return None  # a second verb: the cue may be the clause's own
    chunk = plain_subject(s.tokens[lo : r + 1], r - lo)
    if chunk is None or chunk[1] + lo != r:
        return None
    head = texts[r - 1]
    if lowers[r] != "who" and not (
        head[0].isupper() or (head[-1:] == "s" and not head.endswith("ss")) or head in PEOPLE
    ):
        return None  # "The laws require that doctors ...": "that" after a verb, no relative
    first = chunk[0] + lo
    if (
        any(verb_like(s, j) for j in range(lo, first))
        or first > lo + 1
        or lowers[first] in NOT_BEFORE_SUBJECT
        or lowers[first] == "among"
    ):
        return None  # the antecedent does not open the sentence: "Ruiz thanked voters who ..."
    if lowers[r] == "that":
        return first, r  # "Groups that backed Okafor said": the head, not a name in its clause
    return first, verb


def _reported_in_relative(s: Sentence, lo: int, verb: int) -> tuple[int, int] | None:
    """The antecedent that opens the sentence when a restrictive relative
    clause on ``who`` between it and the cue at ``verb`` is a report of its
    own, a cue and ``that`` right after ``who`` (``The man who wrote that the
    plan was flawed said``, ``Officials who argued that the levy was unfair
    now say``): the clause after ``that`` ends at the main verb, the cue."""
    lowers = s.lowers
    w = next((j for j in range(lo + 1, verb) if lowers[j] == "who"), None)
    if w is None or w + 3 >= verb:
        return None
    k = w + 2 if is_ly_adverb(s.tokens[w + 1]) else w + 1
    if not (k in s.cues or verb_like(s, k)) or lowers[k + 1] != "that" or s.quoted(w, verb):
        return None
    if any(text in RELATIVE_BREAKS or text == "who" for text in lowers[k + 2 : verb]):
        return None
    if not any(verb_like(s, j) for j in range(k + 3, verb)):
        return None  # no finite verb in the reported clause
    chunk = plain_subject(s.tokens[lo : w + 1], w - lo)
    if chunk is None or chunk[1] + lo != w:
        return None
    first = chunk[0] + lo
    if (
        first > lo + 1
        or any(verb_like(s, j) for j in range(lo, first))
        or lowers[first] in NOT_BEFORE_SUBJECT
    ):
        return None  # the antecedent does not open the sentence
    return first, w


#: Marks that set off an apposition between a subject and its cue.
SET_OFF = frozenset({",", "—", "–", "-", "--"})

#: Marks between a set-off subject and its cue that rule the reading out.
SET_OFF_BREAKS = frozenset({"!", "?", ";", ":", "(", ")"})

#: Words before a noun phrase that make it no subject (``In Iowa, for example,``).
NOT_BEFORE_SUBJECT = ADJUNCT_PREPOSITIONS | word_set("of to by for from with about against")

#: Adverbs set off between a subject and its cue (``Smith, meanwhile, said``).
ASIDE_ADVERBS = SUBJECT_SKIPPABLE | word_set(
    "meanwhile however though too instead in turn for example"
)

#: The most tokens an apposition between a subject and its cue may hold.
SET_OFF_REACH = 30


def _set_off_subject(context: Context, s: Sentence, lo: int, verb: int) -> tuple[int, int] | None:
    """``John Ruiz, the No. 2 official in the county, said``, ``Democrats —
    and some Republicans — say``: a subject that opens its clause, then an
    apposition set off by commas or dashes right before the verb ``verb``.
    The mention runs from the subject to the apposition's end."""
    close = verb - 1
    if close - 2 <= lo or s.lowers[verb].endswith("ing"):
        return None  # not "X, drew a contrast, saying": a participle's subject is the clause's
    mark = s.texts[close] not in SET_OFF
    if mark and not comma_before(s, verb):
        return None
    comma = mark or s.texts[close] == ","  # "Ruiz, who calls it a “sham,” said"
    p = close - 2
    stop = max(lo, close - SET_OFF_REACH)
    while p > stop:
        text = s.texts[p]
        if text in SET_OFF_BREAKS or s.direct[p]:
            return None
        if s.quote_of[p] < 0 and ((text == ",") if comma else (text in SET_OFF and text != ",")):
            break
        p -= 1
    else:
        return None
    tokens = s.tokens
    region = [*tokens[lo:p], tokens[verb]]
    chunk = subject_of_cue(context.vocab, region, p - lo) or plain_subject(region, p - lo)
    if chunk is None or chunk[1] != p - lo:
        return None
    first = chunk[0] + lo
    if first > 0 and s.lowers[first - 1] in NOT_BEFORE_SUBJECT:
        return None  # "In Iowa, for example, ..."
    if s.quoted(first, p) or (p - first > 1 and not_a_speaker(context.vocab, tokens[first:p])):
        return None  # but "Democrats — and some Republicans — say"
    if all(s.lowers[j] in ASIDE_ADVERBS or is_ly_adverb(tokens[j]) for j in range(p + 1, close)):
        return first, p  # "Smith, meanwhile, said": the aside is no part of the source
    if s.quoted(p + 1, close):
        return first, p  # a mention never holds quotation marks
    return first, close


def _later_clause_subject(context: Context, s: Sentence, lo: int, c: int) -> tuple[int, int] | None:
    """The subject of the participle ``c`` set off after two clauses joined by
    *and* or *but* (``Prosecutors charged the officer and Emanuel fired his
    chief, acknowledging C``): the second clause's subject, a name or a
    personal pronoun right after the coordinator with a past or finite verb
    after it; None when no such clause opens before the participle."""
    lowers = s.lowers
    if "and" not in lowers[lo:c] and "but" not in lowers[lo:c]:
        return None
    tokens = s.tokens
    for j in range(c - 3, lo, -1):
        if lowers[j] not in ("and", "but") or s.quote_of[j] >= 0:
            continue
        first = tokens[j + 1]
        if first.lower in ("he", "she", "they", "we"):
            chunk: tuple[int, int] | None = (j + 1, j + 2)
        elif first.text[0].isupper() and first.text.isalpha():
            chunk = chunk_right(context.vocab, tokens, j + 1)
        else:
            continue
        if chunk is None or chunk[1] >= c - 1:
            continue
        verb = tokens[chunk[1]]
        if verb.text.islower() and (
            verb.lower in FINITE
            or verb.lower in IRREGULAR_PAST
            or (verb.lower.endswith("ed") and len(verb.lower) > 4)
        ):
            return chunk
    return None


#: The auxiliaries before *since* in a perfect (``She has since said``).
HAVE_FORMS = frozenset({"has", "have", "had", "’ve", "'ve"})

#: How far back a long subject of ``said`` is read (``Majorities of Democrats
#: in five states going to the polls Tuesday say``), its opener included.
LONG_REACH = 14


def _one_noun_phrase(s: Sentence, first: int, stop: int) -> bool:
    """Whether tokens ``first`` to ``stop - 1`` read as one noun phrase: it opens
    with a determiner, a count or a capital, and holds no finite verb or past
    tense, no dash and no comparison."""
    head = s.texts[first]
    if not (head[0].isupper() or s.lowers[first] in DETERMINERS or head[0].isdigit()):
        return False
    for j in range(first + 1, stop):
        word = s.lowers[j]
        if word in ("than", "both", "all", "-") or word in FINITE or word in IRREGULAR_PAST:
            return False
        if s.texts[j].islower() and word.endswith("ed") and s.lowers[j - 1] not in ("the", "a"):
            return False
    return True


def main_subject(context: Context, tokens: list[Token], c: int) -> tuple[int, int] | None:
    """For a participle cue after a subordinator (``he is facing skepticism after
    saying``), the subject that opens the sentence when a verb follows it."""
    link = c - 1
    while link > 0 and (tokens[link].lower in SUBJECT_SKIPPABLE or is_ly_adverb(tokens[link])):
        link -= 1  # "... and has since called"
    if c < 2 or not (
        (tokens[c].lower.endswith("ing") and tokens[c - 1].lower in PARTICIPLE_LINKS)
        or tokens[link].lower in ("and", "but")
    ):
        return None
    k = 0
    while k < c and tokens[k].lower in ("but", "and", "yet", "so", "still", "now"):
        k += 1
    if k >= c:
        return None
    if tokens[k].lower in SUBJECT_PRONOUNS and tokens[k].lower not in ("it", "there", "you"):
        chunk: tuple[int, int] | None = (k, k + 1)
    else:
        chunk = chunk_right(context.vocab, tokens, k)
        if chunk is not None and chunk[1] + 1 < c and _noun_after_role(context, tokens, chunk[1]):
            chunk = chunk[0], chunk[1] + 1  # "Its chief engineer, X, defended ..."
    if chunk is not None and chunk[1] < c:
        following = tokens[chunk[1]]
        if (
            following.text[0].islower()
            and following.text.isalpha()
            and following.lower not in ADJUNCT_PREPOSITIONS
            and following.lower not in CLAUSE_WORDS
        ):
            return chunk
    if tokens[c - 1].text == ",":
        if chunk is not None and chunk[0] == k and chunk[1] < c:
            close = _set_off_close(context, tokens, chunk[1], c)
        elif tokens[k].lower in DETERMINERS and tokens[k].lower not in ("this", "these"):
            close = _set_off_close(context, tokens, k + 1, c)  # "the other candidate, X,"
        else:
            close = None
        if close is not None:
            return k, close  # "Republicans, who hold ..., have blocked ..., saying"
    return _phrase_before_verb(context, tokens, k, c)


def _noun_after_role(context: Context, tokens: list[Token], j: int) -> bool:
    """Whether token ``j``, right after a subject that ends on a role word
    (``Its chief``), is the head noun the lists lack (``Its chief engineer,
    X, defended``): a lower-case word that is no verb form, adverb,
    preposition or clause word, with a past or finite verb after it or a
    comma and a capital (an apposition)."""
    head, word, after = tokens[j - 1], tokens[j], tokens[j + 1]
    lower = word.lower
    if not (
        head.text.islower()
        and head.lower in context.vocab.role_words
        and word.text.isalpha()
        and word.text.islower()
    ):
        return False
    if (
        lower in FINITE
        or lower in IRREGULAR_PAST
        or lower.endswith(("s", "ed", "ing", "ly", "self", "selves"))
        or lower in TIME_WORDS
        or lower in SUBJECT_SKIPPABLE
        or lower in ADJUNCT_PREPOSITIONS
        or lower in CLAUSE_WORDS
        or lower in NOT_IN_SUBJECT
    ):
        return False
    if after.text == ",":
        return j + 2 < len(tokens) and tokens[j + 2].text[0].isupper()  # ", Mark Dolan,"
    return after.text.islower() and (
        after.lower in FINITE
        or after.lower in IRREGULAR_PAST
        or after.lower in SUBJECT_SKIPPABLE
        or after.lower.endswith("ed")
    )


#: The most tokens of a phrase set off by commas after the subject of a
#: participle's clause (``Republicans, who hold a majority in the Senate,``).
SET_OFF_MAIN_REACH = 25


def _set_off_close(context: Context, tokens: list[Token], stop: int, c: int) -> int | None:
    """For a participle ``c`` after a comma (``..., saying``), the end of a
    relative clause or an apposition set off by commas after the sentence's
    subject (which ends at ``stop``, perhaps with a prepositional phrase after
    it): ``Republicans, who hold a majority, have blocked ...``, ``But the
    other candidate on the stage, Hillary Clinton, drew a contrast``. The
    phrase opens with *who*, *which*, a determiner, a capital or a role word,
    holds no quotation and no other mark than commas inside names, and a
    lowercase past or finite verb, the clause's, follows its closing comma
    before the participle's comma. None otherwise."""
    opening = stop
    limit = min(c - 1, stop + 6)
    while opening < limit and tokens[opening].text != ",":
        token = tokens[opening]
        if not token.text.isalpha() or token.lower in NOT_IN_SUBJECT:
            return None  # "the other candidate on the stage,": words only
        opening += 1
    if opening >= limit or tokens[opening].text != ",":
        return None
    head = tokens[opening + 1]
    word = head.lower
    if not (
        word in ("who", "which")
        or word in DETERMINERS
        or (head.text[0].isupper() and head.text.isalpha())
        or word in context.vocab.role_words
        or word in ("former", "then")
    ):
        return None
    for close in range(opening + 2, min(c - 2, opening + SET_OFF_MAIN_REACH)):
        text = tokens[close].text
        if text == ",":
            verb = tokens[close + 1]
            if verb.text.islower() and (
                verb.lower in FINITE
                or verb.lower in IRREGULAR_PAST
                or (verb.lower.endswith("ed") and len(verb.lower) > 4)
            ):
                return close
            if not (verb.text[0].isupper() or verb.lower in ("who", "which")):
                return None
        elif not (text.isalnum() or text in ("’", "'", "-", ".") or text.endswith(".")):
            return None  # a quote, a dash or a parenthesis: not one set-off phrase
    return None


#: Verbs of perception and memory whose object may do what a later participle
#: says (``remember X going on TV, declaring``, ``watched her walk out, saying``).
PERCEPTION_VERBS = word_set(
    "remember remembers remembered recall recalls recalled see sees saw seen watch watches",
    "watched hear hears heard imagine imagines imagined picture pictured",
)


def _phrase_before_verb(
    context: Context, tokens: list[Token], k: int, c: int
) -> tuple[int, int] | None:
    """``One employee at a software firm declined ..., saying``: the words from
    ``k`` up to an auxiliary or a past tense, when they are a noun phrase (a
    determiner, a count or a capital first; words only, at most ten) whose
    head may speak (a name, a role or group noun, a plural)."""
    first = tokens[k]
    word = first.lower
    if word in ADJUNCT_PREPOSITIONS or word in SUBORDINATORS or word in COMPLEMENTIZERS:
        return None  # "When his family ...", "On Sunday morning ..."
    if not (
        (word in DETERMINERS and word not in ("this", "that", "these", "those"))
        or word in ("one", "some", "many", "most", "several", "other", "two", "three")
        or (first.text[0].isupper() and first.text.isalpha() and word not in CLAUSE_WORDS)
    ):
        return None
    vocab = context.vocab
    for j in range(k + 1, min(c, k + 11)):
        token = tokens[j]
        word = token.lower
        if word in FINITE or word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4):
            if not token.text.islower():
                return None
            head = tokens[j - 1]
            bare = head.lower.rstrip("’'").removesuffix("’s").removesuffix("'s")
            if (
                head.text[0].isupper()
                or bare in vocab.role_words
                or bare in vocab.group_nouns
                or bare in vocab.role_plurals
                or (bare.endswith("s") and not bare.endswith(("ss", "us", "is")))
            ):
                return k, j
            return None
        if not token.text[0].isalnum() and token.text not in ("’", "'", "-", "&"):
            return None
        if word in NOT_IN_SUBJECT or word in SUBORDINATORS:
            return None
    return None


def _with_group(s: Sentence, lo: int, c: int) -> tuple[int, int] | None:
    """The subject of the participle ``c`` after ``with`` when it is a counted
    group (``..., with 30 percent of voters saying C``, ``with three in 10
    saying C``): the words from the count to the participle, within nine
    words and no comma; the sentence's subject does not say it."""
    lowers, texts = s.lowers, s.texts
    for j in range(c - 1, max(lo, c - 9) - 1, -1):
        if s.quote_of[j] >= 0 or not (texts[j].isalnum() or texts[j] in ("-", "%")):
            return None
        if lowers[j] == "with":
            k = j + 1
            if k < c and lowers[k] != "a" and (lowers[k] in COUNT_OPENERS or texts[k][0].isdigit()):
                return k, c
            return None
    return None
