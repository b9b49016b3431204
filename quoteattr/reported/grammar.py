"""The clause grammar of reported speech: where a source, a cue and a content
begin and end in the tokens of one sentence.

* :class:`Sentence`: a sentence's tokens and the quote each token lies in;
* subjects: the source phrase left of a cue (the speaker grammar of the sieves
  first, then a plain noun phrase that opens its clause, then the subject of
  the sentence for a participle);
* complements: past a cue's hearer and adjuncts (``told reporters on Tuesday``)
  to ``that``, a colon, a wh-word, ``to`` or a bare clause;
* clauses: whether a reported clause starts at a token (a subject, then a
  finite verb), and where a content ends.
"""

from __future__ import annotations

from quoteattr.mentions import PRONOUNS, Token, chunk_right, is_ly_adverb, possessive_mark
from quoteattr.mentions.vocabulary import contraction_subject
from quoteattr.reported.adjuncts import WHEN_WORDS, when_asked_end
from quoteattr.reported.contracted import after_auxiliary, possessive
from quoteattr.reported.floating import floating_each
from quoteattr.reported.fronted import concession_opens
from quoteattr.reported.verbform import indefinite_subject, verb_like
from quoteattr.reported.verbs import Verbs
from quoteattr.reported.words import (
    ADJUNCT_PREPOSITIONS,
    AMOUNTS,
    APPROXIMATORS,
    CLAUSE_MARKS,
    CLAUSE_OPENERS,
    CLAUSE_WORDS,
    CLOSING_STOPS,
    COMPLEMENTIZERS,
    CONTRACTED_SUBJECTS,
    COUNT_WORDS,
    DASHES,
    DETERMINERS,
    FINITE,
    FRACTIONS,
    HEARER_LEMMAS,
    HEARER_OBJECTS,
    IMPERSONAL,
    IRREGULAR_PAST,
    LEADING_SUBORDINATORS,
    NEGATIONS,
    NOT_CONTENT,
    NOT_HEARER_PREPOSITIONS,
    NOT_IN_SUBJECT,
    NOUN_PREPOSITIONS,
    OBJECT_WORDS,
    PARTICIPLE_OPENERS,
    PARTITIVES,
    PASSIVE_AUXILIARIES,
    PLURAL_SUBJECT_ENDS,
    PLURALS_WITHOUT_S,
    POSTMODIFIERS,
    PRONOUN_ASIDES,
    SENTENCE_END,
    SUBJECT_ADVERBS,
    SUBJECT_OPENERS,
    SUBJECT_PRONOUNS,
    SUBJECT_SKIPPABLE,
    SUBJECT_TIME_WORDS,
    SUBORDINATORS,
    THIS_TIMES,
    TIME_WORDS,
)
from quoteattr.sieves import Context

__all__ = [
    "Sentence",
    "Verbs",
    "adjunct_end",
    "bare_list_end",
    "clause_starts",
    "closing_tail",
    "complement",
    "infinitive_verb",
    "is_passive",
    "is_word",
    "plain_hearer",
    "plain_subject",
    "relative_verb",
    "subject_before",
    "verb_lemma",
    "verb_like",
    "writer_start",
]


def is_word(token: Token) -> bool:
    return token.text[0].isalnum()


class Sentence:
    """The tokens of one sentence, and for each the quote (if any) it lies in."""

    __slots__ = (
        "any_direct",
        "bounds",
        "cues",
        "direct",
        "lowers",
        "quote_of",
        "starts",
        "texts",
        "tokens",
    )

    def __init__(
        self,
        tokens: list[Token],
        quote_of: list[int],
        direct: list[bool],
        bounds: dict[int, tuple[int, int]],
        starts: list[int] | None = None,
        texts: list[str] | None = None,
        lowers: list[str] | None = None,
    ) -> None:
        self.tokens = tokens
        self.starts = [token.start for token in tokens] if starts is None else starts
        # Each token's text and lowercased text, as columns (given, they must
        # be those of ``tokens``): a word or a mark is looked for in them in C,
        # and the rules' hot loops read them in place of the Token objects.
        self.texts = [token.text for token in tokens] if texts is None else texts
        self.lowers = [token.lower for token in tokens] if lowers is None else lowers
        self.quote_of = quote_of  # index into context.quotes, or -1
        self.direct = direct  # the token lies in a DIRECT quote
        self.any_direct = True in direct  # most sentences hold no direct quote
        self.bounds = bounds  # each quote's outer span (marks included), by index
        self.cues: frozenset[int] = frozenset()  # indices of the candidate cue words

    def quoted(self, first: int, stop: int) -> bool:
        """Whether any of the tokens ``first`` to ``stop - 1`` lies in a quote."""
        if not self.bounds:
            return False  # no quote in the sentence
        # Indices are -1 outside quotes, so any token in one makes the maximum >= 0.
        part = self.quote_of[first:stop]
        return bool(part) and max(part) >= 0


def writer_start(s: Sentence, c: int) -> int:
    """The first token of the writer's words before ``c``: after the last direct quote."""
    if not s.any_direct:
        return 0
    head = s.direct[:c]
    if True not in head:
        return 0
    return c - head[::-1].index(True)  # found in C, from the cue back


def verb_lemma(
    context: Context, verbs: Verbs, s: Sentence, c: int, objects: bool = False
) -> str | None:
    """The lemma when ``tokens[c]`` is a verb of the clause or infinitive lists
    (with ``objects``, of the object list) used as a verb (``the hope``,
    ``Trump’s claims`` are nouns)."""
    lowers = s.lowers
    word = lowers[c]
    if objects:
        lemma = verbs.object.get(word)
    else:
        lemma = verbs.clause.get(word) or verbs.infinitive.get(word)
    if lemma is None:
        return None
    # The last letter is compared before calling ``endswith`` (slow to call).
    last = word[-1:]
    if (
        last == "g"
        and word.endswith("ing")
        and all(lowers[k] in PARTICIPLE_OPENERS for k in range(writer_start(s, c), c))
    ):
        # "Noting that ..., X said", "After saying ..., X": a participle that
        # opens its sentence (read by its complement and the subject after it)
        return lemma
    if not s.texts[c][0].islower():
        return None
    if c > 0:
        previous = lowers[c - 1]
        if (previous in DETERMINERS and not floating_each(s, c)) or (
            previous[-1:] == "s" and possessive(previous)
        ):
            return None  # "the hope", "Trump’s declared goal"; not "he's saying"
        if previous == "to" and c > 1 and lowers[c - 2] in IMPERSONAL:
            return None  # "it’s safe to say": the writer's own voice
    if c + 1 < len(lowers) and lowers[c + 1] == "up" and lemma in ("add", "sum"):
        return None  # "added up to"
    if (
        word != lemma
        and last == "s"
        and c > 0
        and (lowers[c - 1] in COUNT_WORDS or lowers[c - 1].isdigit())
    ):
        return None  # "voters in six states said", "10 claims": a counted noun
    if (
        word != lemma
        and last == "s"
        and c > 1
        and (lowers[c - 2] in COUNT_WORDS or lowers[c - 2].isdigit())
        and s.texts[c - 1].isalpha()
        and s.texts[c - 1].islower()
        and lowers[c - 1] not in SUBJECT_PRONOUNS
    ):
        return None  # "two primary reasons", "three new claims": a counted noun
    if (
        last == "d"
        and c > 0
        and c + 1 < len(lowers)
        and word.endswith("ed")
        and (lowers[c - 1].replace(",", "").isdigit() or lowers[c - 1] in COUNT_WORDS)
        and lowers[c + 1][-1:] == "s"
        and s.texts[c + 1].isalpha()
        and s.texts[c + 1].islower()
    ):
        return None  # "475 pledged delegates": an adjective between a count and its noun
    if word in verbs.reporting:
        if context.vocab.cue_at(s.tokens, c) or after_auxiliary(s, c, lemma):
            return lemma
        if floating_each(s, c):
            return lemma  # "The senators each said"
        if _plural_subject_cue(s, c, lemma) or _second_present_cue(verbs, s, c, lemma):
            return lemma
        from quoteattr.reported import sources, subjects

        lo = writer_start(s, c)
        if (word in sources.PARTICIPLE_SUBJECT_CUES and sources.participle_subject(s, lo, c)) or (
            word == lemma and subjects.relative_plural_cue(s, lo, c)
        ):
            return lemma  # "Democrats trying to win say", "Some who ... argue that"
        return None
    if c > 0 and last == "g" and word.endswith("ing") and lowers[c - 1].endswith("est"):
        return None  # "the highest calling"
    if (
        last == "s"
        and word != lemma
        and c > 0
        and word not in verbs.clause
        and not (s.texts[c - 1][0].isupper() or lowers[c - 1] in ("he", "she", "it", "who", "that"))
        and not _noun_then_infinitive(s, c)
    ):
        return None  # "thanks to", "the attacks on": a plural noun without a subject before it
    return lemma


def _second_present_cue(verbs: Verbs, s: Sentence, c: int, lemma: str) -> bool:
    """``Ruiz says C1 but insists that C2``: a present form in ``-s`` after
    ``and`` or ``but`` with ``that`` after it, in a sentence whose earlier
    clause verb is a present form in ``-s`` too (the same subject's two cues)."""
    lowers = s.lowers
    word = lowers[c]
    if (
        c < 3
        or word[-1:] != "s"
        or word == lemma
        or lowers[c - 1] not in ("and", "but")
        or c + 1 >= len(lowers)
        or lowers[c + 1] != "that"
    ):
        return False
    clause = verbs.clause
    return any(
        lowers[j][-1:] == "s" and clause.get(lowers[j], lowers[j]) != lowers[j]
        for j in range(1, c - 1)
    )


def subject_before(context: Context, s: Sentence, c: int) -> tuple[int, int] | None:
    """The source phrase of the cue ``c`` on its left, as sentence token indices:
    :func:`quoteattr.reported.subjects.subject_before`, which reads it (kept
    importable from here for the readers that import it from this module)."""
    from quoteattr.reported.subjects import subject_before as read

    return read(context, s, c)


def _this_subject(s: Sentence, k: int) -> bool:
    """Whether ``this`` at ``k``, after a cue, opens the content as its subject
    or determiner: a verb after it or after the noun it goes with (``believe
    this provides``, ``say this exclusion costs``), not a time noun (``said this
    week``) and not an object (``knew this from the start``)."""
    n = len(s.lowers)
    if k + 2 >= n or s.lowers[k + 1] in THIS_TIMES:
        return False
    if verb_like(s, k + 1):
        return True
    return s.texts[k + 1].isalpha() and s.texts[k + 1].islower() and verb_like(s, k + 2)


def _even_opens(s: Sentence, k: int) -> bool:
    """Whether ``even`` at ``k``, after a cue, is the first word of the content:
    it opens a concession (``said even though C``) or stresses the subject of
    a clause (``said even more people would come``, ``said even Democrats
    were worried``), not a time (``said even then C``)."""
    if concession_opens(s, k):
        return True
    return k + 1 < len(s.lowers) and s.lowers[k + 1] not in TIME_WORDS and clause_starts(s, k + 1)


def _plural_subject_cue(s: Sentence, c: int, lemma: str) -> bool:
    """``Six in 10 say he is``, ``a mere 9 percent say that``, ``tech executives
    believe that``: a base-form cue after a number, a count word or a
    lower-case plural noun, with a clause after it (``that`` or a subject and
    a verb), which the cue grammar of quoted speech does not take."""
    lowers, texts = s.lowers, s.texts
    if c == 0 or lowers[c] != lemma or c + 1 >= len(lowers):
        return False
    b = c - 2 if c > 1 and lowers[c - 1] in SUBJECT_ADVERBS else c - 1  # "experts now say"
    previous = lowers[b].rpartition("-")[2]  # "three-fourths", "two-thirds"
    if postmodified_subject(s, 0, c) is not None:
        # "Officials in the county say", "Sources close to her campaign say"
        return lowers[c + 1] == "that" or clause_starts(s, c + 1)
    if not (
        previous.isdigit()
        or previous in ("—", "–", ",")  # "Democrats — and some Republicans — say"
        or previous in PLURAL_SUBJECT_ENDS
        or (
            previous.isalpha()
            and texts[b].islower()
            and previous.endswith("s")
            and not previous.endswith(("ss", "us", "is"))
        )
    ):
        return False
    return lowers[c + 1] == "that" or clause_starts(s, c + 1) or _set_off_plural(s, c)


def _set_off_plural(s: Sentence, c: int) -> bool:
    """``The plan will fail, some argue.``, ``That attitude, many experts say,
    could ...``: a base-form cue right before a comma or the sentence end, its
    plural subject of at most three lower-case words set off by a comma."""
    texts = s.texts
    if texts[c + 1] not in (",", ".", ";", "—", "–"):
        return False
    for j in range(c - 1, max(0, c - 4) - 1, -1):
        text = texts[j]
        if text in (",", "—", "–"):
            return j < c - 1 and j > 0
        if not (text.isalpha() and text.islower()):
            return False
    return False


def postmodified_subject(s: Sentence, lo: int, c: int) -> tuple[int, int] | None:
    """A subject of the plain-present cue ``c`` whose plural head has a
    postmodifier (``Officials in the county say``, ``Sources close to her
    campaign say``, ``People briefed on the talks say that``): the head, with
    at most two words before it, opens its clause (after ``lo``), and at most
    eight words follow it, with no verb or mark among them."""
    lowers, texts = s.lowers, s.texts
    if c < 2 or lowers[c - 1] in ("who", "that", "which"):
        return None  # "Republicans in Congress who say": the relative clause's subject
    for j in range(c - 2, max(lo - 1, c - 10), -1):
        word = lowers[j]
        if not texts[j].replace("-", "").replace("’", "").replace("'", "").isalnum():
            return None
        if word in FINITE or word in IRREGULAR_PAST or word in SUBORDINATORS or word in NEGATIONS:
            return None
        if lowers[j + 1] not in POSTMODIFIERS or not (
            word in PLURALS_WITHOUT_S
            or (
                word.endswith("s")
                and not word.endswith(("ss", "us", "is", "’s", "'s"))
                and word.isalpha()
                and len(word) > 3
            )
        ):
            continue
        start = j
        while (
            start > lo
            and j - start < 2
            and texts[start - 1].isalpha()
            and lowers[start - 1] not in SUBJECT_OPENERS
            and lowers[start - 1] not in ADJUNCT_PREPOSITIONS
            and lowers[start - 1] not in FINITE
            and lowers[start - 1] not in ("and", "or", "but", "that", "this", "there")
        ):
            start -= 1
        if start == lo or lowers[start - 1] in SUBJECT_OPENERS:
            return start, c
        return None
    return None


def _noun_then_infinitive(s: Sentence, c: int) -> bool:
    """``the mayor vows to``, ``the union wants to``: an ``-s`` verb of the
    infinitive list after a singular noun, before ``to`` and a verb."""
    lowers, texts = s.lowers, s.texts
    previous = lowers[c - 1]
    return (
        c + 2 < len(lowers)
        and lowers[c + 1] == "to"
        and infinitive_verb(s.tokens[c + 2])
        and texts[c - 1].isalpha()
        and not previous.endswith("s")
        and previous not in ADJUNCT_PREPOSITIONS
        and previous not in CLAUSE_OPENERS
        and previous not in FINITE
        and (c < 2 or lowers[c - 2] not in ("his", "her", "their", "its", "our", "my", "your"))
    )  # not "his campaign promises to": a noun compound after a possessive


def plain_subject(tokens: list[Token], c: int, reach: int = 9) -> tuple[int, int] | None:
    """A noun phrase that opens its clause right before the cue ``tokens[c]``
    (``Some of Clinton’s longtime allies said``, ``Many in the crowd said``,
    ``Edwards and others said``), when the speaker grammar finds none."""
    end = c
    while end > 0 and (tokens[end - 1].lower in SUBJECT_SKIPPABLE or is_ly_adverb(tokens[end - 1])):
        end -= 1
    if end == 0:
        return None
    head = tokens[end - 1]
    if not head.text.replace("-", "").isalnum() and not head.text.endswith(("’", "'")):
        return None  # but "three-fifths said"
    if (
        head.lower in ("them", "us", "you")
        and end >= 3
        and tokens[end - 2].lower == "of"
        and tokens[end - 3].lower in PARTITIVES
    ):
        # "most of them said", "two of us believe": a part of a group
        first = end - 3
        if first > 0 and tokens[first - 1].lower in ("a", "the", "all"):
            first -= 1
        return first, end
    if head.lower in NOT_IN_SUBJECT or head.lower in CLAUSE_WORDS:
        return None
    fallback = None
    j = end - 1
    while j >= 0 and end - j <= reach:
        token = tokens[j]
        word = token.lower
        if word in ("and", "or") and fallback is None and j + 1 < end:
            fallback = j + 1
        if word in SUBJECT_OPENERS and word not in ("and", "so"):
            break
        if not is_word(token) and token.text not in ("-", "’", "'", "%", "&", "$"):
            break
        if word in NOT_IN_SUBJECT and not (
            word == "to"
            and j + 1 < end
            and (tokens[j + 1].lower in DETERMINERS or tokens[j + 1].text[0].isupper())
        ):
            break
        j -= 1
    start = j + 1
    while start < end and tokens[start].lower in ("and", "or", "so"):
        start += 1
    opened = j < 0 or tokens[j].lower in SUBJECT_OPENERS
    if not opened or end - j > reach:
        if fallback is None:
            return None
        start = fallback
    if start >= end or tokens[start].lower in ADJUNCT_PREPOSITIONS:
        return None
    return start, end


def closing_tail(s: Sentence, k: int, hearer: bool = False) -> int | None:
    """After the last word of a closing attribution (``..., X said on Tuesday.``),
    the index of the sentence end or comma that ends it when only adjuncts come
    first; None when the clause goes on. With ``hearer`` (a verb such as
    ``told``), its object may come first (``..., X told The Times.``)."""
    texts, lowers = s.texts, s.lowers
    n = len(texts)
    j = k
    while j < n and j - k < 10:
        text = texts[j]
        if text in CLOSING_STOPS:
            return j
        if s.quote_of[j] >= 0:
            return None
        word = lowers[j]
        if (
            hearer
            and j == k
            and (text[0].isupper() or word in DETERMINERS or word in HEARER_OBJECTS)
        ):
            j += 1  # "told The Wall Street Journal", "told a Senate panel", "told reporters"
            continue
        if (
            word in TIME_WORDS
            or (word.endswith("ly") and is_ly_adverb(s.tokens[j]))
            or word in ADJUNCT_PREPOSITIONS
        ):
            j += 1
            continue
        if j > k and (
            text[0].isupper()
            or text[0].isdigit()
            or word in DETERMINERS
            or lowers[j - 1] in ADJUNCT_PREPOSITIONS
            or lowers[j - 1] in DETERMINERS
            or texts[j - 1][0].isupper()
            or (j > k + 1 and lowers[j - 2] in DETERMINERS and texts[j - 1].isalpha())
        ):
            j += 1  # "in a statement", "on CNN’s State of the Union"
            continue
        return None
    return n if j >= n else None


def is_passive(tokens: list[Token], c: int) -> bool:
    """Whether the cue ``tokens[c]`` is a passive participle (``was told``, ``has
    been reported``, ``is widely believed``)."""
    word = tokens[c].lower
    if not (word.endswith(("ed", "en")) or word in IRREGULAR_PAST):
        return False
    k = c - 1
    while k >= 0 and (is_ly_adverb(tokens[k]) or tokens[k].lower in ("also", "not", "never")):
        k -= 1
    if k < 0:
        return False
    before = tokens[k].lower
    # "we’re told", "I'm told": a pronoun contracted with a form of be.
    return before in PASSIVE_AUXILIARIES or before.endswith(("’re", "'re", "’m", "'m"))


def complement(context: Context, verbs: Verbs, s: Sentence, k: int, lemma: str) -> tuple[int, str]:
    """From just after a cue, pass over its hearer and adjuncts (``told reporters
    on Tuesday``); return where the content starts and how it is introduced:
    ``"that"``, ``"colon"``, ``"wh"``, ``"to"``, ``"bare"`` or ``"none"``."""
    texts, lowers = s.texts, s.lowers
    n = len(texts)
    hearer = lemma in HEARER_LEMMAS
    for _ in range(8):
        if k >= n:
            return k, "none"
        word = lowers[k]
        text = texts[k]
        if s.quote_of[k] >= 0:
            return k, "bare"
        if word in WHEN_WORDS and (end := when_asked_end(s, k)) is not None:
            k = end  # "said when asked about it, C": the circumstances of the saying
            continue
        if word == "that":
            return k + 1, "that"
        if (
            word == "after"
            and lowers[k - 1] in ("soon", "shortly")
            and k + 2 < n
            and lowers[k + 1] == "that"
            and clause_starts(s, k + 2)
        ):
            return k + 2, "that"  # "complained soon after that C"
        if word in COMPLEMENTIZERS and text[0].islower():
            return k, "wh"
        if text == ":":
            return k + 1, "colon"
        if word == "to" and k + 1 < n and infinitive_verb(s.tokens[k + 1]):
            return k, "to"
        if word in ("out", "back", "up") and lowers[k - 1] in ("point", "pointed", "points"):
            k += 1
            continue
        if word in ("on", "upon", "for") and lemma == "call":
            k += 1
            continue
        if (
            (word in TIME_WORDS or (word.endswith("ly") and is_ly_adverb(s.tokens[k])))
            and not (k + 1 < n and lowers[k + 1] in FINITE and word in SUBJECT_TIME_WORDS)
            and not (word == "this" and _this_subject(s, k))
            and not (word == "even" and _even_opens(s, k))
        ):
            # not "say this is a rough patch", "believe this provides": "this"
            # opens the content there, a time only before a time noun
            k += 1
            continue
        if text in DASHES:
            # "said — on Twitter, as it happens — that ...": an aside in dashes.
            close = next((j for j in range(k + 1, min(n, k + 14)) if texts[j] == text), None)
            if (
                close is not None
                and close + 1 < n
                and lowers[close + 1] == "that"
                and not s.quoted(k, close)
            ):
                return close + 2, "that"
            return k, "none"
        if text == ",":
            # "said, however, that ...": an aside set off by commas before "that".
            close = next((j for j in range(k + 1, min(n, k + 10)) if texts[j] == ","), None)
            if close is not None and close + 1 < n and lowers[close + 1] == "that":
                return close + 2, "that"
            if (
                close is not None
                and close > k + 1
                and k > 0
                and lowers[k - 1] in ("said", "says", "say")
                and not any(s.quote_of[j] >= 0 or verb_like(s, j) for j in range(k + 1, close))
                and clause_starts(s, close + 1)
            ):
                # "says, win or lose on Tuesday, he’s staying": an aside, then the
                # clause; the aside is part of the content unless it is an adjunct.
                first = close + 1 if lowers[k + 1] in ADJUNCT_PREPOSITIONS else k + 1
                return first, "aside"
            return k, "none"
        if word in ADJUNCT_PREPOSITIONS and text[0].islower():
            end = adjunct_end(s, k)
            if end is None:  # but "said after the plant closed, C": its clause first
                return k, "bare" if clause_starts(s, k) else "none"
            k = end
            continue
        if hearer and word in NOT_HEARER_PREPOSITIONS and text[0].islower():
            # "warns about a war that serves as ...": a preposition opens no
            # hearer, and the "that" after its object opens a relative clause.
            return k, "bare"
        if hearer:
            hearer = False
            far = _far_that(s, k)
            if far is not None:
                return far + 1, "that"  # "told a banquet hall in Baltimore on Friday that"
            tokens = s.tokens
            chunk = chunk_right(context.vocab, tokens, k)
            if chunk is None and word in ("me", "us", "them", "him", "her", "you"):
                chunk = (k, k + 1)
            if chunk is None:
                chunk = plain_hearer(s, k)
            if chunk is not None and chunk[1] < n:
                end = chunk[1]
                title = s.quote_of[end]
                if title >= 0 and not s.direct[end]:
                    while end < n and s.quote_of[end] == title:
                        end += 1  # "told ABC’s “This Week” that": a title in the hearer
                nxt = tokens[end] if end < n else tokens[-1]
                if end < n and (
                    nxt.lower in ("that", "to", ",", "on", "in", "at", "during", "last", "this")
                    or nxt.lower in COMPLEMENTIZERS
                    or nxt.lower in TIME_WORDS
                    or clause_starts(s, end)
                ):
                    k = end
                    continue
        if lemma == "want" and _object_infinitive(s, k):
            return k, "to"  # "wants voters to know ...": the object and its infinitive
        return k, "bare"
    return k, "none"


def _object_infinitive(s: Sentence, k: int) -> bool:
    """Whether a noun phrase of at most six words from ``k`` is followed by
    ``to`` and an infinitive (``wants voters to know``, ``want all the
    ferries to be sold``)."""
    texts, lowers = s.texts, s.lowers
    n = len(texts)
    if not (
        lowers[k] in DETERMINERS
        or lowers[k] in OBJECT_WORDS
        or lowers[k] in ("him", "her", "all", "more", "every")
        or texts[k][0].isupper()
        or lowers[k].endswith("s")
    ):
        return False
    for j in range(k + 1, min(n - 1, k + 7)):
        if lowers[j] == "to":
            return j > k and infinitive_verb(s.tokens[j + 1])
        if s.quote_of[j] >= 0 or not texts[j].replace("-", "").replace("’s", "").isalpha():
            return False
        if lowers[j] in CLAUSE_WORDS or lowers[j] in FINITE or lowers[j] in IRREGULAR_PAST:
            return False
    return False


def _far_that(s: Sentence, k: int) -> int | None:
    """The ``that`` after a long hearer of ``told`` (``told The Post and Courier
    newspaper of Charleston on Saturday that``): within 14 words with no mark,
    quote or finite verb on the way, and a clause after it."""
    lowers, texts = s.lowers, s.texts
    n = len(lowers)
    for j in range(k + 1, min(n - 1, k + 15)):
        word = lowers[j]
        if word == "that":
            return j if clause_starts(s, j + 1) else None
        if (
            s.quote_of[j] >= 0
            or not (texts[j].isalnum() or texts[j] in ("’s", "'s", "-", "&"))
            or word in FINITE
            or word in IRREGULAR_PAST
            or word in COMPLEMENTIZERS
            or word in ("to", "who", "which")
        ):
            return None
    return None


def plain_hearer(s: Sentence, k: int) -> tuple[int, int] | None:
    """``my husband``, ``the governor``, ``voters in Iowa``: a short phrase the
    speaker grammar does not chunk, up to ``that``, ``to`` or a wh-word."""
    tokens = s.tokens
    for j in range(k + 1, min(len(tokens), k + 6)):
        word = tokens[j].lower
        if word in ("that", "to") or word in COMPLEMENTIZERS:
            return (k, j)
        if possessive_mark(tokens, j) and s.quote_of[j] < 0:
            continue  # "told the dockers’ union that": a plural possessor
        if not is_word(tokens[j]) or s.quote_of[j] >= 0 or verb_like(s, j):
            return None
    return None


def infinitive_verb(token: Token) -> bool:
    """A word after ``to`` that can be a verb (not ``to reporters``, ``to the``)."""
    word = token.lower
    return (
        token.text[0].islower()
        and token.text.isalpha()
        and word not in DETERMINERS
        and word not in PRONOUNS
        and word not in OBJECT_WORDS
    )


def adjunct_end(s: Sentence, k: int) -> int | None:
    """The index after a short prepositional phrase opened at ``tokens[k]`` (``in
    a statement``, ``at a rally in Iowa``, ``on CNN’s “State of the Union”``)
    when ``that``, a comma, a clause or the sentence end follows it."""
    tokens = s.tokens
    n = len(tokens)
    j = k + 1
    while j < n and j - k <= 9:
        token = tokens[j]
        word = token.lower
        if word == "that" or token.text in (",", ".", ";", ":", "—") or word in COMPLEMENTIZERS:
            break
        if word in SUBJECT_PRONOUNS and not (j == k + 1 and word in ("it", "you")):
            break
        if word[-2:-1] in ("’", "'") and contraction_subject(word) in SUBJECT_PRONOUNS:
            break  # "said for weeks he’s the only one"; not after 're, 'll, 've (no better)
        if (
            j > k + 1
            and word in DETERMINERS
            and tokens[j - 1].lower not in ADJUNCT_PREPOSITIONS
            and tokens[j - 1].lower not in ("and", "of", "’s", "'s")
            and not tokens[j - 1].lower.endswith(("’s", "'s"))
        ):
            break  # "in a statement the company ...": a new phrase
        if s.quote_of[j] >= 0:
            q = s.quote_of[j]
            while j < n and s.quote_of[j] == q:
                k, j = k + (tokens[j].text == tokens[j - 1].text == "'"), j + 1  # '' as one “
            continue
        if (
            verb_like(s, j)
            and not tokens[j - 1].text[0].isupper()
            and not (tokens[j - 1].lower in ADJUNCT_PREPOSITIONS and plural_head(s, j))
        ):
            # "after Nabisco announced ...": a clause, not a phrase; but after a
            # preposition a word in -s is its plural object ("for weeks").
            return None
        j += 1
    if j == k + 1 or j - k > 9:
        return None
    return j


def clause_starts(s: Sentence, k: int) -> bool:
    """Whether a reported clause without ``that`` starts at ``tokens[k]``: a
    subject, then a finite verb before any comma."""
    tokens = s.tokens
    n = len(tokens)
    if k >= n:
        return False
    if s.quote_of[k] >= 0:
        # A partial quote as subject ("said “the time” has come"): a verb must follow it.
        q = s.quote_of[k]
        j = k
        while j < n and s.quote_of[j] == q:
            j += 1
        return j < n and verb_like(s, j)
    head = tokens[k]
    word = head.lower
    if (word in LEADING_SUBORDINATORS or concession_opens(s, k)) and not head.text[0].isupper():
        # "says despite being an alumna, she plans ...": a subordinate clause
        # first, then the reported clause after its comma.
        close = next((j for j in range(k + 2, min(n, k + 16)) if s.texts[j] in CLAUSE_MARKS), None)
        return (
            close is not None
            and s.texts[close] == ","
            and not s.quoted(k, close)
            and clause_starts(s, close + 1)
        )
    if word == "no" and k + 2 < n and s.texts[k + 1].isalpha():
        # "said no decision had been made", "said no one came": a subject with
        # "no", then its finite verb (not "said no to the plan").
        for j in range(k + 1, min(n, k + 5)):
            if s.quote_of[j] >= 0 or not s.texts[j].isalpha():
                return False
            if j > k + 1 and (s.lowers[j] in FINITE or s.lowers[j] in IRREGULAR_PAST):
                return True
        return False
    if (
        word in APPROXIMATORS
        and k + 1 < n
        and (
            s.lowers[k + 1] in AMOUNTS
            or s.lowers[k + 1] in COUNT_WORDS
            or s.texts[k + 1][0].isdigit()
            or (s.lowers[k + 1] == "a" and k + 2 < n and s.lowers[k + 2] in FRACTIONS)
        )
    ):
        # "said about half of the rise came ...", not "said about two hours
        # later that ...": a time adjunct before the content
        later = ("later", "ago", "earlier", "that", "after", "before")
        return not any(w in later for w in s.lowers[k + 1 : k + 6]) and clause_starts(s, k + 1)
    if indefinite_subject(s, k):
        return True  # "said nothing changed", "said something had gone wrong"
    if word in NOT_CONTENT or not is_word(head):
        return False
    if ("’" in word or "'" in word) and contraction_subject(word) in CONTRACTED_SUBJECTS:
        return True  # "he’s", "it's", "there’s", "they’re", "we’ll"
    pronoun = word in SUBJECT_PRONOUNS
    if (
        word in ADJUNCT_PREPOSITIONS
        or (word.endswith("ly") and is_ly_adverb(head))
        or (verb_like(s, k) and not plural_head(s, k))
    ):
        return False
    if not pronoun and verb_like(s, k):
        # A plural noun (``said officials were``): a plain finite verb follows
        # it closely; the loose ``-s`` reading of a verb is not enough here. A
        # prepositional phrase may stand between (``said members of the Supreme
        # Court shouldn't``).
        reach = 9 if k + 1 < n and s.lowers[k + 1] in NOUN_PREPOSITIONS else 5
        listed = bare_list_end(s, k + 1)
        if listed is not None:
            # "said taxes, fees and rents are too high": a list of plural nouns
            return listed < n and (s.lowers[listed] in FINITE or s.lowers[listed] in IRREGULAR_PAST)
        for j in range(k + 1, min(n, k + reach)):
            word = s.lowers[j]
            if s.quote_of[j] < 0 and word.endswith(("n’t", "n't")) and word[:-3].isalpha():
                return True  # "said officials shouldn't"
            if s.quote_of[j] >= 0 or not s.texts[j].isalpha():
                return False
            if j == k + 1 and plural_head(s, j) and s.texts[j][0].islower():
                return False  # "told reporters lawmakers had": the hearer, then the clause
            if word in FINITE or word in IRREGULAR_PAST:
                return True
        return False
    if pronoun and k + 1 < n and tokens[k + 1].lower == "and":
        pronoun = False  # "he and his staff were": a compound subject, read below
    if pronoun:
        j = k + 1
        while j < n and (
            tokens[j].text == "," or tokens[j].lower in PRONOUN_ASIDES or is_ly_adverb(tokens[j])
        ):
            j += 1
        if j >= n or s.quote_of[j] >= 0:
            return False
        token = tokens[j]
        if word == "there":
            return token.lower in FINITE or token.lower in ("seems", "appears", "remains")
        return (
            token.text[0].islower()
            and token.text.isalpha()
            and token.lower not in ADJUNCT_PREPOSITIONS
            and token.lower not in CLAUSE_WORDS
            and token.lower not in SUBJECT_PRONOUNS
        ) or verb_like(s, j)
    depth = 0
    quote_of, texts, lowers = s.quote_of, s.texts, s.lowers
    for j in range(k + 1, min(n, k + 20)):
        if quote_of[j] >= 0:
            continue
        text = texts[j]
        if text == "(":
            depth += 1  # "his invocation of Vermont (though he ...) doesn’t fly"
            continue
        if depth:
            depth -= text == ")"
            continue
        if text == "," and j == k + 1:
            listed = bare_list_end(s, j)
            if listed is not None:
                # "said taxes, fees and rents are too high": a list of nouns
                return listed < n and (lowers[listed] in FINITE or lowers[listed] in IRREGULAR_PAST)
        if text in (",", ";", ":", ".", "?", "!", "—") or text in SENTENCE_END:
            return False
        if verb_like(s, j):
            return True
        word = lowers[j]
        if word in ("and", "or", "but") and j + 1 < n and verb_like(s, j + 1):
            return False  # "questions X’s ties and has called ...": a second verb phrase
        if word in SUBORDINATORS:
            return False  # "told his advisers as he labored": the verb is another clause's
    return False


def bare_list_end(s: Sentence, p: int) -> int | None:
    """When the comma at ``tokens[p]`` follows a one-word plural noun and opens
    a list of one-word nouns closed by ``and`` or ``or`` (``taxes, fees and
    rents``, ``wages, rents, and prices``): the index after the list's last
    noun; None otherwise."""
    texts, lowers = s.texts, s.lowers
    n = len(texts)
    j = p
    while j + 1 < n and texts[j] == ",":
        j += 1
        if lowers[j] in ("and", "or"):
            break
        if not (texts[j].isalpha() and texts[j].islower()) or lowers[j] in FINITE:
            return None
        j += 1
    if j == p or j + 1 >= n or lowers[j] not in ("and", "or"):
        return None
    last = texts[j + 1]
    if not (last.isalpha() and last.islower()) or lowers[j + 1] in FINITE:
        return None
    return j + 2


def plural_head(s: Sentence, k: int) -> bool:
    """Whether token ``k``, which :func:`verb_like` reads as a verb only for its
    final ``-s``, may be a plural noun that opens a clause (``said officials
    were``, ``told reporters voters deserve``): a verb must then follow it."""
    word = s.lowers[k]
    return (
        word.endswith("s")
        and word not in FINITE
        and word not in IRREGULAR_PAST
        and not word.endswith(("n’t", "n't"))
    )


def relative_verb(token: Token, s: Sentence | None = None, j: int = -1) -> bool:
    """Whether a word right after ``that`` is a verb, so that ``that`` opens a
    relative clause (``reports that would ...``), not a reported one. Given
    the sentence ``s`` and the word's index ``j``, a word in *-ed* before a
    plural noun and a verb is an adjective (``argued that unnamed officials
    agree``)."""
    word = token.lower
    if word in FINITE or word in IRREGULAR_PAST or word.endswith(("n’t", "n't")):
        return True
    if not (word.endswith("ed") and len(word) > 4 and token.text[0].islower()):
        return False
    return s is None or not _adjective_before_plural(s, j)


def _not_open_word(word: str) -> bool:
    """A function word, a time word or an adverb: no noun, no plain verb."""
    return (
        word in CLAUSE_WORDS
        or word in ADJUNCT_PREPOSITIONS
        or word in TIME_WORDS
        or word in SUBJECT_SKIPPABLE
        or word in NOT_IN_SUBJECT
        or word in DETERMINERS
        or word.endswith(("ly", "ing"))
    )


def _adjective_before_plural(s: Sentence, j: int) -> bool:
    """Whether the word in *-ed* at ``j`` modifies a plural noun (perhaps after
    one more modifier) that a verb follows: ``unnamed officials agree``,
    ``unnamed county officials agree``, ``elected leaders have``; not
    ``surfaced last week``, ``included tax cuts``."""
    lowers, texts = s.lowers, s.texts
    for k in range(j + 1, min(j + 3, len(lowers) - 1)):
        noun = lowers[k]
        if not (texts[k].isalpha() and texts[k].islower()) or _not_open_word(noun):
            return False
        if noun[-1:] != "s" or noun.endswith(("ss", "us", "is")):
            continue  # "county" in "unnamed county officials"
        verb = lowers[k + 1]
        if not (texts[k + 1].isalpha() and texts[k + 1].islower()):
            return False
        if verb in FINITE or verb in IRREGULAR_PAST:
            return True
        return not _not_open_word(verb) and verb[-1:] != "s"
    return False
