"""Sources of reported speech that the subject readers do not take as they
stand: a role word before a name after a closing comma (``..., frontman Tomas
Vell revealed``), a counted group after an inverted cue (``..., said a
handful of Democrats``), the subject of a relative clause with no relative
word (``..., a step they believe could help``), and the nouns that take up a
content before a closing cue (``..., a point Lee conceded``), and a subject
whose head has a participle phrase after it (``Democrats trying to regain
the Senate say``).
"""

from __future__ import annotations

from quoteattr.reported.grammar import Sentence, closing_tail, verb_like
from quoteattr.reported.words import (
    ADJUNCT_PREPOSITIONS,
    COORDINATORS,
    DETERMINERS,
    FINITE,
    IRREGULAR_PAST,
    NEGATIONS,
    NOT_IN_SUBJECT,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)

__all__ = [
    "CLAIM_NOUNS",
    "DISPUTING",
    "counted_group",
    "inverted_source_end",
    "participle_subject",
    "role_premodifier",
    "zero_relative",
]

#: Nouns that take up the content before them in a closing relative clause
#: with a cue (``..., a point Feinstein also acknowledged``).
CLAIM_NOUNS = frozenset({"point", "claim", "view", "charge", "assertion", "argument", "contention"})

#: Lemmas of cues that dispute a content rather than state it.
DISPUTING = frozenset({"dispute", "deny", "reject", "contest", "question", "challenge"})

#: Lower-case words before a name that describe no source (``and Vell``).
NOT_ROLE_WORDS = (
    COORDINATORS
    | ADJUNCT_PREPOSITIONS
    | SUBJECT_PRONOUNS
    | frozenset({"then", "also", "even", "only", "just", "said", "says"})
)


#: Words that open a counted group after an inverted cue (``said a handful of
#: Democrats``, ``said several analysts``, ``said six million people``).
COUNT_OPENERS = frozenset(
    {"a", "several", "many", "some", "most", "dozens", "hundreds", "thousands", "millions"}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "few"}
)


def counted_group(s: Sentence, k: int) -> tuple[int, int] | None:
    """A counted group right after an inverted cue at ``k`` (``said a handful
    of Democrats``, ``said several analysts who ...``): words only, at most
    eight, up to a comma, the sentence end or a relative word, ending with a
    plural; None when a verb comes first."""
    lowers, texts = s.lowers, s.texts
    n = len(lowers)
    if k >= n or not (lowers[k] in COUNT_OPENERS or texts[k].isdigit()):
        return None
    if lowers[k] == "a" and (
        k + 1 >= n or lowers[k + 1] not in ("handful", "number", "group", "few")
    ):
        return None
    j = k + 1
    while j < n and j - k <= 8 and (texts[j].isalpha() or texts[j].isdigit() or texts[j] == "-"):
        if lowers[j] in ("who", "whose", "that", "which") or verb_like(s, j):
            break
        j += 1
    last = lowers[j - 1]
    if j - k < 2 or s.quoted(k, j) or not (last[-1:] == "s" or last in ("people", "police")):
        return None
    return k, j


def role_premodifier(s: Sentence, first: int) -> int | None:
    """Where a source in capitals at ``first`` starts when one or two lower-case
    words before it and after a comma or dash describe it (``..., frontman
    Tomas Vell said``, ``..., the singer Ana Lee said``): the first of them."""
    texts = s.texts
    if not texts[first][0].isupper():
        return None
    for j in (first - 1, first - 2):
        if j < 1 or not (texts[j].isalpha() and texts[j].islower()) or verb_like(s, j):
            return None
        word = s.lowers[j]
        if word in NOT_IN_SUBJECT or word in SUBORDINATORS or word in NOT_ROLE_WORDS:
            return None
        if j == first - 1 and (len(word) < 4 or word.endswith(("ing", "thing", "one"))):
            return None  # "and Vell", "something Obama said"
        if texts[j - 1] in (",", "—", "–"):
            return j
    return None


def zero_relative(s: Sentence, left: tuple[int, int]) -> tuple[int, int] | None:
    """The subject of a gap cue that opens a relative clause with no relative
    word (``..., a step they believe could help``, ``..., a tactic Democrats
    hope will work``), or None: an apposition of a determiner and a lower-case
    noun set off by a comma, then the subject, a pronoun or a name or plural
    (read with the noun or without it); with a personal pronoun or a name
    alone as the subject, no comma is needed (``It was a ruling they say
    allowed ...``)."""
    first, stop = left
    lowers, texts = s.lowers, s.texts
    if stop - first > 2 and lowers[first] in ("a", "an", "the"):
        first += 2  # "a tactic Democrats": the subject after the noun
    noun = first - 1
    if noun < 2 or not (texts[noun].isalpha() and texts[noun].islower()) or verb_like(s, noun):
        return None
    if lowers[noun - 1] not in ("a", "an", "the"):
        return None
    alone = stop - first == 1 and (
        lowers[first] in ("they", "we", "he", "she") or texts[first][0].isupper()
    )
    if texts[noun - 2] not in (",", "—", "–") and not alone:
        return None  # not an apposition, nor "a decision they say allowed ..."
    if stop - first == 1 and lowers[first] in ("they", "we", "he", "she", "i"):
        return first, stop
    if texts[first][0].isupper() or lowers[stop - 1][-1:] == "s":
        return first, stop
    return None


#: Cue forms whose subject is plural (``say``, ``believe``): a postmodified
#: plural head is read first for them (``Residents of the valley say``).
PRESENT_PLURAL_CUES = frozenset(
    {"say", "believe", "think", "argue", "warn", "contend", "worry", "fear", "insist", "agree"}
)

#: The cues whose subject may be a head with a participle phrase after it.
PARTICIPLE_SUBJECT_CUES = PRESENT_PLURAL_CUES | {"said", "says"}

#: The most words from the head of such a subject to its cue.
PARTICIPLE_REACH = 12

#: Words in -ing that are nouns after another noun (``campaign spending``).
NOUNS_IN_ING = frozenset(
    {"spending", "building", "meeting", "funding", "polling", "housing", "training"}
    | {"hearing", "ruling", "morning", "evening", "reporting", "voting", "fundraising"}
    | {"wedding", "clothing", "thing", "king", "ring", "wing", "spring", "ceiling"}
)


def participle_subject(s: Sentence, lo: int, c: int) -> tuple[int, int] | None:
    """The subject of the cue ``c`` that opens its clause at ``lo`` when its
    head has a participle phrase after it: ``Democrats trying to regain the
    Senate say``, ``A statement posted on the company's website said``,
    ``Voters heading to the polls on Tuesday said``. The head, with at most
    three words before it, is a plural, a capital or a noun after a
    determiner; a participle in *-ing* follows it, or one in *-ed* with a
    preposition after it; then words only, no finite verb, no *and*, no
    mark, up to the cue, within twelve words of the head. None otherwise."""
    lowers, texts = s.lowers, s.texts
    if c - lo < 3 or c - lo > PARTICIPLE_REACH + 4 or lowers[lo] in NOT_OPENING_HEAD:
        return None
    for j in range(lo, c):
        text = texts[j]
        if not (
            text.isalnum() or text in ("’s", "'s", "-", "%") or text.endswith((".", "’s", "'s"))
        ):
            return None  # a comma, a dash, a quote: no plain noun phrase
    for p in range(lo + 1, min(c - 1, lo + 5)):
        word = lowers[p]
        if not texts[p].islower() or len(word) < 5 or word in NOUNS_IN_ING:
            continue
        if word.endswith("ing"):
            pass  # "Democrats trying to ..."
        elif word.endswith("ed") and lowers[p + 1] in PARTICIPLE_PREPOSITIONS:
            pass  # "A statement posted on ..."
        else:
            continue
        if not _head_before(s, lo, p):
            return None
        for j in range(p + 1, c):
            word = lowers[j]
            if (
                word in FINITE
                or word in IRREGULAR_PAST
                or word in NEGATIONS
                or word in COORDINATORS
                or word in SUBORDINATORS
                or word in SUBJECT_PRONOUNS
                or word in WH_WORDS
            ):
                return None
        after = lowers[c + 1] if c + 1 < len(lowers) else ""
        if after in FINITE or after in IRREGULAR_PAST:
            return None  # "voted for the plan residents say is fair": a gap, no subject
        return lo, c
    return None


#: Words that open a clause inside a subject (``voted for what many say``).
WH_WORDS = frozenset({"who", "which", "that", "whose", "what", "where", "when", "how", "why"})

#: Prepositions after a participle in *-ed* that make it a postmodifier.
PARTICIPLE_PREPOSITIONS = frozenset(
    {"on", "by", "in", "at", "from", "to", "with", "for", "outside", "inside"}
)

#: Words that open no subject with a participle phrase.
NOT_OPENING_HEAD = ADJUNCT_PREPOSITIONS | SUBORDINATORS | COORDINATORS | SUBJECT_PRONOUNS


def _head_before(s: Sentence, lo: int, p: int) -> bool:
    """Whether the words ``lo`` to ``p - 1`` are a noun phrase with its head
    last: a determiner, a count, adjectives or names before a plural, a
    capital or a noun."""
    lowers, texts = s.lowers, s.texts
    head = texts[p - 1]
    word = lowers[p - 1]
    if word in FINITE or word in IRREGULAR_PAST or word in NOT_IN_SUBJECT:
        return False
    if not (
        head[0].isupper()
        or (word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3)
        or word in ("people", "men", "women", "police")
        or (p - 1 > lo and lowers[p - 2] in DETERMINERS)
        or lowers[lo] in DETERMINERS
    ):
        return False
    return all(
        lowers[j] not in FINITE and lowers[j] not in NOT_IN_SUBJECT and not lowers[j].endswith("ly")
        for j in range(lo, p - 1)
    )


#: Words after ``and`` that go on the source of an inverted cue (``said Vell
#: and others``, ``said Lee and other Democrats``).
SOURCE_PARTNERS = frozenset({"others", "other", "several", "some", "many", "two", "three", "his"})
SOURCE_PARTNERS |= frozenset({"her", "their", "its", "a", "the", "fellow"})


def inverted_source_end(s: Sentence, stop: int) -> tuple[int, int | None]:
    """For the source of an inverted cue that ends at ``stop`` (``..., said
    X``), where it really ends and where its closing attribution ends (None
    when a clause goes on after it). The source may go on with *and* and a
    partner of at most four words (``said Vell and others``, ``said Lee and
    two of her aides``), a relative clause (``said Wilcox, an Orlando
    Republican who founded ...``) or, after a comma and *and*, a second
    apposition on *a* or *an* up to the sentence end (``said Steve Bell,
    senior director of the institute, and a Republican who served ...``)."""
    lowers, texts = s.lowers, s.texts
    n = len(lowers)
    if stop + 2 < n and lowers[stop] == "and" and lowers[stop + 1] in SOURCE_PARTNERS:
        for j in range(stop + 2, min(n, stop + 6)):
            word = lowers[j - 1]
            if not texts[j - 1].isalpha() or word in FINITE or word in IRREGULAR_PAST:
                break
            end = closing_tail(s, j)
            if end is not None and (word.endswith("s") or word in ("people", "men", "women")):
                return j, end  # "said Vell and others", "said Ruiz and other growers"
    end = closing_tail(s, stop)
    if end is None and stop < n and lowers[stop] in ("who", "whose"):
        return stop, n  # "..., said Wilcox, an Orlando Republican who founded ..."
    if (
        end == stop
        and stop + 3 < n
        and texts[stop] == ","
        and lowers[stop + 1] == "and"
        and lowers[stop + 2] in ("a", "an")
        and not any(
            lowers[j] in FINITE or lowers[j] in IRREGULAR_PAST or texts[j] in (",", ";", ":")
            for j in range(stop + 3, _relative_or_end(s, stop + 3))
        )
    ):
        return stop, n  # "said Steve Bell, senior director of X, and a Republican who ..."
    return stop, end


def _relative_or_end(s: Sentence, k: int) -> int:
    """The first ``who``, ``whose`` or ``which`` from ``k`` on, or the sentence end."""
    for j in range(k, len(s.lowers)):
        if s.lowers[j] in ("who", "whose", "which") or s.texts[j] in (".", "!", "?"):
            return j
    return len(s.lowers)
