"""The extent of a reported content in the tokens of one sentence: a clause
after ``say`` whose verb the finite-verb test of
:func:`~quoteattr.reported.grammar.clause_starts` does not see
(:func:`loose_clause`), where a content ends (:func:`forward_stop`, at a
clause with a frame of its own, :func:`clause_with_cue`), and its span once
settled (:func:`content_span`).
"""

from __future__ import annotations

from itertools import compress

from quoteattr.mentions import BARE_TIMES, is_ly_adverb
from quoteattr.model import Span, span_unchecked
from quoteattr.reported.grammar import (
    Sentence,
    Verbs,
    bare_list_end,
    clause_starts,
    is_word,
    plural_head,
    verb_lemma,
    verb_like,
)
from quoteattr.reported.words import (
    ADJUNCT_PREPOSITIONS,
    AS_AUXILIARIES,
    CLAUSE_WORDS,
    COMPLEMENTIZERS,
    COORDINATORS,
    DETERMINERS,
    EDGE_MARKS,
    FINDING_VERBS,
    FINITE,
    IRREGULAR_PAST,
    LEADS,
    NEGATIONS,
    NOT_IN_SUBJECT,
    POLL_NOUNS,
    PRONOUN_ASIDES,
    SPEECH_NOUNS,
    SUBJECT_PRONOUNS,
    SUBJECT_SKIPPABLE,
    SUBORDINATORS,
    TIME_WORDS,
)
from quoteattr.sieves import Context

__all__ = [
    "clause_with_cue",
    "content_span",
    "coordinated_plural",
    "forward_stop",
    "infinitive_stop",
    "list_continues",
    "loose_clause",
    "new_clause",
    "relative_stop",
    "skip_adjuncts",
]

#: Cue words that are nouns only: a content may end with one.
NOUN_CUES = POLL_NOUNS | SPEECH_NOUNS


#: The words at which :func:`forward_stop` may end a content: the marks that
#: lead a new report, the coordinators before a clause with a frame of its own,
#: and the marks that close an aside (tokens are compared lowercased).
_STOP_WORDS = LEADS | COORDINATORS | {"—", "–", ")"}


#: Words that are no plain present-tense verb after a plural subject.
_NOT_PLAIN_VERBS = (
    ADJUNCT_PREPOSITIONS
    | CLAUSE_WORDS
    | SUBORDINATORS
    | COORDINATORS
    | DETERMINERS
    | SUBJECT_PRONOUNS
    | TIME_WORDS
    | NOT_IN_SUBJECT
    | frozenset({"by", "as", "than", "like", "such", "own", "alike", "together", "who"})
)


#: Plural nouns without an ``-s`` that may be the subject of a plain present
#: tense (``said people misunderstand him``).
IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "police"})


def loose_clause(s: Sentence, k: int) -> bool:
    """After ``say`` (a verb for certain once its subject is read),
    whether a reported clause without ``that`` starts at ``k`` when its verb is
    a plain present tense (``said his friends feel``, ``said smugglers dig``,
    ``said he and Trump differ``) or follows a relative clause set off by
    commas (``said the decision, which struck down ..., illustrates``), which
    :func:`clause_starts` does not take: a noun phrase, then, within twelve
    words, a verb."""
    lowers, texts = s.lowers, s.texts
    n = len(lowers)
    if k + 2 >= n or s.quote_of[k] >= 0:
        return False
    head = texts[k]
    if not (
        lowers[k] in DETERMINERS
        or lowers[k] in ("their", "our", "my", "your", "some", "many", "most", "all")
        or (head[0].isupper() and head.isalpha())
        or (lowers[k] in SUBJECT_PRONOUNS and lowers[k + 1] == "and")
        or (head.islower() and head.isalpha() and plural_head(s, k) and len(head) > 3)
        or lowers[k] in IRREGULAR_PLURALS
    ):
        return False
    j = k + 1
    while j < min(n, k + 12):
        if s.quote_of[j] >= 0:
            return False
        text = texts[j]
        if text == "," and j + 1 < n and j > k:
            # "the decision, which struck down ..., illustrates", "Omar Mir, the
            # guard who ..., held", "the upside, particularly in May, would":
            # over an aside set off by commas, to the verb right after it.
            relative = lowers[j + 1] in ("which", "who", "whose")
            close = next((i for i in range(j + 2, min(n, j + 30)) if texts[i] == ","), None)
            if close is None or s.quoted(j, close) or close + 1 >= n:
                return False
            word = lowers[close + 1]
            return texts[close + 1].islower() and (
                word in FINITE
                or word in IRREGULAR_PAST
                or (word.endswith("ed") and len(word) > 4)
                or (relative and word.endswith("s") and word not in _NOT_PLAIN_VERBS)
            )
        if not text.isalpha():
            if text[0].isupper() and text.endswith(".") and text[:-1].isalpha():
                j += 1
                continue  # "Mr.", "Gov.": a title in the subject
            return False
        if verb_like(s, j) and j > k + 1:
            return True
        word = lowers[j]
        previous = texts[j - 1]
        if (
            text.islower()
            and len(word) > 2
            and word not in _NOT_PLAIN_VERBS
            and not word.endswith(("ly", "ing", "s", "ed", "’s", "'s"))
            and (
                (previous.islower() and plural_head(s, j - 1) and len(previous) > 3)
                or lowers[j - 1] in IRREGULAR_PLURALS
                or (previous[0].isupper() and previous.isalpha() and j - 1 > k)
            )
        ):
            return True  # "friends feel", "Trump differ"
        j += 1
    return False


def forward_stop(
    context: Context, verbs: Verbs, s: Sentence, start: int, subordinate: bool = False
) -> int:
    """Where a content that begins at ``start`` ends: the sentence end, a
    participle that opens a new report (``..., adding that``), ``according to``,
    or a clause with a reporting verb of its own (``..., but Y said``). With
    ``subordinate`` (the frame is in a clause that opens the sentence, ``While X
    said ...``, or a relative clause, ``X, who said ...,``), a comma before a
    new clause ends it too."""
    tokens = s.tokens
    n = len(tokens)
    quote_of = s.quote_of
    # A frame inside a dash or parenthesis aside ends with it (most sentences
    # have no such mark before the content: looked for in C first).
    head = s.texts[:start]
    aside = (
        ("—" in head or "–" in head or "(" in head)
        and any(quote_of[j] < 0 and tokens[j].text in ("—", "–", "(") for j in range(start))
        and (
            sum(1 for j in range(start) if tokens[j].text in ("—", "–")) % 2 == 1
            or any(tokens[j].text == "(" for j in range(start))
        )
    )
    lowers = s.lowers
    # Only the stop words can end the content (each test below asks for one):
    # the others are passed over in C.
    for k in compress(
        range(start + 1, n - 1), map(_STOP_WORDS.__contains__, lowers[start + 1 : n - 1])
    ):
        if quote_of[k] >= 0:
            if lowers[k] == ",":
                # "could be “messy,” adding that ...": a comma inside the closing
                # mark, then a participle that opens a new report
                j = k + 1
                while j < n and quote_of[j] == quote_of[k] and not is_word(tokens[j]):
                    j += 1
                if (
                    j > k + 1
                    and j < n
                    and quote_of[j] < 0
                    and lowers[j][-3:] == "ing"
                    and lowers[j] in verbs.clause
                ):
                    return j
            continue
        text = lowers[k]
        if text in LEADS:
            following = lowers[k + 1]
            if following.endswith("ing") and following in verbs.clause:
                return k
            if following == "according" or following in ("compared", "unlike"):
                return k
            if following == "as" and k + 2 < n and lowers[k + 2] in AS_AUXILIARIES:
                return k  # "..., as have other Democrats": the writer's comparison
        if text in ("—", "–", ")") and aside:
            return k  # the end of a dash or parenthesis the frame sits in
        if text in ("and", "but") and _second_cue(verbs, s, k + 1):
            return k  # "could question the plan but said C": the subject's second verb
        if (
            subordinate
            and text == ","
            and (new_clause(s, k + 1) or (k + 1 < n and lowers[k + 1] in SUBJECT_PRONOUNS))
            and not (k == start + 1 and bare_list_end(s, k) is not None)
        ):
            # "While Ramos said that ..., he appears": the main clause; not
            # "who say taxes, fees and rents are": a list of nouns as subject
            return k
        if (
            (text in LEADS or text in COORDINATORS)
            and clause_with_cue(context, verbs, s, k + 1)
            and (
                any(verb_like(s, j) for j in range(start + 1, k))
                or "to" in lowers[start:k]  # an infinitive: "wanted to win, X said ..."
                or (text in COORDINATORS and "," in s.texts[max(start, k - 2) : k])
            )  # an object: "called the fire “an attack,” but she also noted ..."
        ):
            while k > start and s.texts[k - 1] == ",":
                k -= 1
            return k
    return n


#: Rules whose content is a clause with a finite verb of its own (the others
#: report an object or an infinitive, which have none).
CLAUSE_RULES = frozenset({"reported_clause", "reported_that", "reported_question"})

#: Rules whose content :func:`relative_stop` may end at the main clause's verb.
RELATIVE_STOP_RULES = CLAUSE_RULES | {"reported_speech_act", "reported_infinitive"}

#: Words that open a clause inside a content, whose verb is not the main one.
_INNER_OPENERS = SUBORDINATORS | COMPLEMENTIZERS | frozenset({"that", "and", "or", "but", ";"})

#: Words before a verb form that make it part of a verb phrase, not a new verb.
_IN_VERB_PHRASE = FINITE | NEGATIONS | frozenset({"to", "be", "been", "being", "having", "not"})

#: Words after which an ``-ed`` form is a participle or adjective, not a verb
#: (``with organized labor``).
_BEFORE_PARTICIPLE = ADJUNCT_PREPOSITIONS | frozenset(
    {"with", "of", "for", "by", "from", "in", "on", "at", "about", "and", "or", "it"}
    | {"them", "him", "her", "us", "me"}  # "want it closed"
)


def relative_stop(s: Sentence, r: int, rule: str, first: int, stop: int) -> int:
    """Where a content ends whose source is the relative pronoun at ``tokens[r]``
    of a restrictive relative clause in the sentence's subject (``Voters who say
    C were divided``, ``Voters who oppose the levy turned out early``): before
    the main clause's verb, the first finite verb that the content's own clause
    (and the clauses opened inside it) does not take. ``stop`` when the
    sentence had a verb before the pronoun (``Ruiz thanked voters who say C``),
    the relative clause is set off by a comma, or no such verb follows."""
    lowers, texts, quote_of = s.lowers, s.texts, s.quote_of
    if r == 0 or rule not in RELATIVE_STOP_RULES or not is_word(s.tokens[r - 1]):
        return stop
    inner = False
    for j in range(r):
        if lowers[j] in ("who", "that", "which", "whom", "whose"):
            inner = True  # "A mayor who won the race and who hoped ...": its own verb
        elif not inner and texts[j][0].islower() and verb_like(s, j):
            return stop  # the main clause's verb comes before the pronoun
    need = 1 if rule in CLAUSE_RULES else 0
    seen = 0
    # "Voters who say taxes, fees and rents are ...": the and of a list of
    # nouns opening the content opens no clause.
    listed = bare_list_end(s, first + 1) if first + 1 < stop and texts[first + 1] == "," else None
    for j in range(listed or first, stop):
        if quote_of[j] >= 0:
            continue
        word = lowers[j]
        if word in _INNER_OPENERS:
            need += 1
        elif seen == 0 and need == 1 and _present_verb(s, j, first):
            seen = 1  # "Voters who say the economy matters most backed": its own verb
        elif (
            texts[j][0].islower()
            and lowers[j - 1] not in _IN_VERB_PHRASE
            and not is_ly_adverb(s.tokens[j - 1])
            and (_certain_verb(s, j) or (word in ("said", "says", "say") and j > first))
        ):
            seen += 1
            if seen > need:
                while j > first and texts[j - 1] in EDGE_MARKS:
                    j -= 1
                return j
    return stop


def _present_verb(s: Sentence, j: int, first: int) -> bool:
    """Whether the word in ``-s`` at ``j``, after the first word of a content
    from ``first``, is the present verb of the content's clause: it looks like
    a verb, no determiner stands before it and no verb after it (``the economy
    matters most``; not ``property taxes are``, whose ``taxes`` is a noun)."""
    word = s.lowers[j]
    return (
        j > first
        and word[-1:] == "s"
        and s.texts[j].isalpha()
        and s.texts[j].islower()
        and s.lowers[j - 1] not in DETERMINERS
        and verb_like(s, j)
        and j + 1 < len(s.lowers)
        and not verb_like(s, j + 1)
        and s.lowers[j + 1] not in FINITE
    )


def _certain_verb(s: Sentence, j: int) -> bool:
    """Whether token ``j`` is a finite verb for certain: an auxiliary, a
    negated or irregular past form, or an ``-ed`` form that no verb or ``by``
    follows and no preposition precedes (not ``the budget balanced will``,
    ``with organized labor``); a form in ``-s`` may be a plural noun."""
    word = s.lowers[j]
    if word in FINITE or word in IRREGULAR_PAST or word.endswith(("n’t", "n't")):
        return True
    after = s.lowers[j + 1] if j + 1 < len(s.lowers) else ""
    return (
        word.endswith("ed")
        and s.lowers[j - 1] not in _BEFORE_PARTICIPLE
        and verb_like(s, j)
        and after != "by"  # "the speech delivered by ...": a participle
        and not (after and verb_like(s, j + 1))
    )


#: The most tokens :func:`list_continues` reads past a comma.
LIST_REACH = 25

#: Marks that end a list of noun phrases.
_LIST_ENDS = frozenset({";", ":", "—", "–", "(", ")", ".", "!", "?"})


def list_continues(s: Sentence, p: int) -> int | None:
    """After an object that reaches the comma at ``tokens[p]``, where the object
    goes on when the comma sets off a list of noun phrases (``the malaise in
    Mexican society, the lack of jobs and education, ...``; ``of covering up,
    delaying, and withholding facts``): the index after the ``and`` or ``or``
    that closes the list, when the words up to it hold no verb, cue or quote;
    None when the comma ends the object (``criticized the plan, saying``,
    ``..., the mayor said``, ``..., and the mayor agreed``)."""
    lowers, texts, quote_of = s.lowers, s.texts, s.quote_of
    n = len(lowers)
    if p + 2 >= n:
        return None
    first = p + 1
    if lowers[first] in ("and", "or"):
        # "X, and Y": a second item, not a clause with a verb of its own.
        return None if _verb_follows(s, first + 1) else first + 1
    head = texts[first]
    if not (
        lowers[first] in DETERMINERS
        or lowers[first] in ("his", "her", "their", "its", "our")
        or (
            head.islower()
            and lowers[first].endswith("ing")
            and lowers[first] not in ("including", "according", "following", "regarding")
            and lowers[p - 1] != "including"
            and any(word.endswith("ing") for word in lowers[max(0, p - 6) : p])
        )  # "of covering up, delaying, and withholding": a list of gerunds
    ):
        return None
    for j in range(first, min(n, first + LIST_REACH)):
        word = lowers[j]
        if quote_of[j] >= 0 or texts[j] in _LIST_ENDS or j in s.cues:
            return None
        if word in ("and", "or") and j > first:
            return None if _verb_follows(s, j + 1) else j + 1
        if word in SUBORDINATORS or word in ("that", "who", "which") or _certain_verb(s, j):
            return None
    return None


def _verb_follows(s: Sentence, k: int) -> bool:
    """Whether a verb for certain or a cue comes within twelve words after
    ``tokens[k]``, before a comma (``and the mayor agreed``), or ``tokens[k]``
    is an ``-ed`` form (``and beefed up ...``)."""
    if k < len(s.lowers) and s.lowers[k].endswith("ed") and s.texts[k].islower():
        return True  # "and beefed up ...": a second verb of the clause
    for j in range(k, min(len(s.lowers), k + 12)):
        if s.texts[j] == ",":
            return False
        if j in s.cues or _certain_verb(s, j):
            return True
    return False


def _second_cue(verbs: Verbs, s: Sentence, k: int) -> bool:
    """Whether ``tokens[k]`` is a clause verb in a past form right after a
    coordinator, with its own complement (``but said the group could``, ``and
    added that``): a second verb of the same subject, which reports by itself."""
    if k + 1 >= len(s.lowers) or s.quote_of[k] >= 0:
        return False
    word = s.lowers[k]
    lemma = verbs.clause.get(word)
    if lemma is None or lemma == word:
        return False
    if word.endswith("ed") or word in IRREGULAR_PAST or word == "said":
        return s.lowers[k + 1] == "that" or clause_starts(s, k + 1)
    # "says C1 but argues that C2": a present form, with "that" (not a plural
    # noun: "and claims that were false" is rare beside it)
    return word[-1:] == "s" and s.lowers[k + 1] == "that" and word in (lemma + "s", lemma + "es")


def clause_with_cue(context: Context, verbs: Verbs, s: Sentence, k: int) -> bool:
    """Whether a clause opening at ``tokens[k]`` is a subject of at most seven
    words and a cue (``but Y said``, ``some allies questioned``)."""
    tokens = s.tokens
    n = len(tokens)
    if k < n and tokens[k].lower in COORDINATORS:
        k += 1
    if k + 2 < n and tokens[k].lower == "at" and tokens[k + 1].lower in ("least", "most"):
        k += 2  # "but at least a dozen members said": a quantity, not an adjunct
    if k >= n or tokens[k].lower in ADJUNCT_PREPOSITIONS or tokens[k].lower in COMPLEMENTIZERS:
        return False
    subject = False
    for j in range(k, min(n, k + 8)):
        token = tokens[j]
        if subject and token.text == "," and tokens[j - 1].text[0].isupper():
            # "and Ann Lee, the city’s adviser, said": a name, its apposition, the cue.
            close = next((i for i in range(j + 2, min(n, j + 12)) if s.texts[i] == ","), None)
            return (
                close is not None
                and close + 1 < n
                and not s.quoted(j, close + 2)
                and s.lowers[close + 1] in verbs.clause
                and not any(verb_like(s, i) for i in range(j + 1, close))
                and verb_lemma(context, verbs, s, close + 1) is not None
            )
        if s.quote_of[j] >= 0 or not (is_word(token) or token.text in ("’", "'", "-")):
            return False
        word = token.lower
        if subject and (
            word in verbs.clause or word in verbs.reporting or word in verbs.infinitive
        ):
            if (
                verbs.clause.get(word, verbs.infinitive.get(word)) == word
                and s.lowers[j - 1] not in ("they", "we", "i", "you", "others")
                and not s.lowers[j - 1].endswith("s")
            ):
                return False  # "the unredacted Bash email and ...": a noun after a singular
            return verb_lemma(context, verbs, s, j) is not None
        if subject and word in FINDING_VERBS and token.text.islower() and j + 1 < n:
            # "..., while 9 percent found that ...": a verb of finding with its clause
            return s.lowers[j + 1] == "that" or clause_starts(s, j + 1)
        if (
            word not in SUBJECT_SKIPPABLE
            and word not in PRONOUN_ASIDES
            and not (word.endswith("ly") and is_ly_adverb(token))
        ):
            subject = True
        if (word in FINITE or word in IRREGULAR_PAST or word in NOT_IN_SUBJECT) and not (
            word in SUBJECT_SKIPPABLE or word in NEGATIONS
        ):
            return False
    return False


def new_clause(s: Sentence, k: int) -> bool:
    """Whether a clause with a subject of its own (or a second verb) opens at
    ``tokens[k]``: ``and his administration has made ...``, ``and hugged her``."""
    tokens = s.tokens
    n = len(tokens)
    for j in range(k, min(n, k + 7)):
        token = tokens[j]
        if s.quote_of[j] >= 0 or not is_word(token):
            return False
        if (verb_like(s, j) and not _plural_object(s, k, j)) or (
            j > k and token.lower.endswith("ing") and tokens[j - 1].text[0].isupper()
        ):
            return True
    return False


def _plural_object(s: Sentence, k: int, j: int) -> bool:
    """Whether the word in ``-s`` at ``j``, after a coordinator before ``k``,
    is the plural head of a second object, not a verb: words with no verb
    before it from ``k`` and a preposition, a mark or the end after it (``and
    other new taxes on fuel``, ``and Social Security cuts.``); not after a lone
    capitalized word (``and Vell agrees.``: a name and its verb)."""
    lowers = s.lowers
    word = lowers[j]
    if j == k or word[-1:] != "s" or word in FINITE:
        return False  # "and kneels to no one": a verb right after "and"
    if j == k + 1 and s.texts[k][:1].isupper() and s.lowers[k - 1] in ("and", "or"):
        return False  # "and Vell agrees": a name and its verb ("as Chinese bases" stays)
    after = lowers[j + 1] if j + 1 < len(lowers) else "."
    if after not in NOUN_PREPOSITIONS and after.isalnum():
        return False  # "and the levy passes easily": a verb
    return all(not verb_like(s, i) for i in range(k, j))


#: Prepositions whose object may be two coordinated plural nouns (``between
#: roads and schools``).
NOUN_PREPOSITIONS = frozenset(
    {"between", "about", "against", "by", "into", "among", "like", "of", "for", "than"}
    | {"on", "in", "at", "to", "from", "with", "over", "under", "without"}
)


def coordinated_plural(s: Sentence, k: int) -> bool:
    """Whether the word in ``-s`` at ``k`` follows ``and`` or ``or`` after a
    plural noun that is a preposition's object (``a choice between roads and
    schools``): a second plural noun, not the verb of a new clause."""
    lowers = s.lowers
    return (
        k > 2
        and lowers[k][-1:] == "s"
        and lowers[k - 1] in ("and", "or")
        and lowers[k - 2][-1:] == "s"
        and lowers[k - 3] in NOUN_PREPOSITIONS
    )


def content_span(
    s: Sentence, first: int, stop: int, framed: bool = True, noun: bool = False
) -> Span | None:
    """The span of tokens ``first`` to ``stop - 1`` after trimming punctuation at
    the edges; None when no word outside quotation marks is left. A direct
    quotation ends the content; a quote at either edge stays whole."""
    tokens = s.tokens
    if s.any_direct and first < stop and True in s.direct[first:stop]:
        k = s.direct.index(True, first, stop)  # the first token in a direct quote
        inner = next((j for j in range(k - 1, max(first, k - 4) - 1, -1) if j in s.cues), None)
        if inner is not None:
            link = inner - 1
            while link > first and s.lowers[link] in ("also", "then", "later", "again"):
                link -= 1
            if link <= first + 1 or s.lowers[link] not in ("and", "but"):
                # "Nauert said Zakharova had told her: “...”": the quote is the
                # content of a frame inside this one, which reports nothing else.
                return None
            k = link  # "X said C and said, “...”": the second verb's quote is its own
        stop = k
    # A quote that begins before the content or ends after it (the sentence
    # splitter cut it) stays out whole.
    q = s.quote_of[first] if first < stop else -1
    if q >= 0 and s.bounds[q][0] < tokens[first].start:
        while first < stop and s.quote_of[first] == q:
            first += 1
    q = s.quote_of[stop - 1] if first < stop else -1
    if q >= 0 and s.bounds[q][1] > tokens[stop - 1].end:
        while stop > first and s.quote_of[stop - 1] == q:
            stop -= 1
    while stop > first and s.quote_of[stop - 1] < 0 and tokens[stop - 1].text in EDGE_MARKS:
        stop -= 1
    while first < stop and s.quote_of[first] < 0 and tokens[first].text in EDGE_MARKS:
        first += 1
    if stop <= first:
        return None
    quote_of, texts = s.quote_of, s.texts
    for k in range(first, stop):
        if quote_of[k] < 0 and texts[k][0].isalnum():
            break  # a word outside quotation marks
    else:
        return None
    if (
        framed
        and stop - 1 in s.cues
        and s.quote_of[stop - 1] < 0
        and s.lowers[stop - 1] not in NOUN_CUES  # "... in the earlier poll": a noun
        and not (noun and _plural_noun_end(s, first, stop))
        and not (
            stop - 2 >= first
            and (
                s.lowers[stop - 2] in DETERMINERS
                or s.lowers[stop - 2].endswith(("’s", "'s"))
                or s.lowers[stop - 2] == "to"
            )
        )  # "declined to comment (on the report)": an infinitive, or a noun
        and not any(verb_like(s, k) for k in range(first + 1, stop - 1))
    ):
        return None  # "“It is over,” Warren said, according to two aides": a frame, no content
    return span_unchecked(tokens[first].start, tokens[stop - 1].end)


def _plural_noun_end(s: Sentence, first: int, stop: int) -> bool:
    """Whether an object content ends with a plural noun that is also a cue
    word (``citing the council's budget rules``): an ``-s`` word after a lower-
    case word that is not a pronoun."""
    if stop - 2 < first:
        return False
    word, previous = s.lowers[stop - 1], s.texts[stop - 2]
    return (
        word.endswith("s")
        and not word.endswith("ss")
        and previous.isalpha()
        and previous.islower()
        and previous not in SUBJECT_PRONOUNS
    )


#: Words in ``-ing`` after a comma that open no participle phrase.
_NOT_PARTICIPLES = frozenset(
    {"including", "according", "following", "regarding", "during", "notwithstanding"}
    | {"something", "nothing", "anything", "everything", "morning", "evening", "thing"}
)

#: Coordinators and subordinators that may open a clause of the writer's after
#: a comma in an infinitive content.
_CLAUSE_LINKS = frozenset({"but", "and", "while", "though", "although", "yet", "so"})


def infinitive_stop(s: Sentence, start: int, stop: int) -> int:
    """Where an infinitive content from ``start`` ends, within ``stop``: an
    infinitive is a verb phrase, which ends at a comma before a clause with a
    subject of its own (``vowed to appeal, but the court ...``, ``refused to
    fight, though it cost him ...``) or before a participle phrase, the
    writer's comment on the act (``pledged to bolster its army, reversing
    decades of ...``)."""
    lowers, texts, quote_of = s.lowers, s.texts, s.quote_of
    for j in range(start + 2, stop - 2):
        if (
            lowers[j] in _SUBORDINATORS
            and texts[j - 1] != ","
            and quote_of[j] < 0
            and _clause_at(s, j + 1, stop)
        ):
            # "refused to speak to reporters as she left": a clause of the
            # writer's right after the verb phrase
            return j
        if texts[j] != "," or quote_of[j] >= 0 or quote_of[j + 1] >= 0:
            continue
        word = lowers[j + 1]
        if word in _CLAUSE_LINKS:
            after = j + 2
            if after < len(texts) and lowers[after] == "the":
                after += 1
            if quote_of[after] < 0 and (
                lowers[after] in SUBJECT_PRONOUNS
                or lowers[after] in ("this", "these", "those")
                or (texts[after][0].isupper() and texts[after].isalpha())
            ):
                return j
        elif (
            word[-3:] == "ing"
            and texts[j + 1].isalpha()
            and texts[j + 1].islower()
            and word not in _NOT_PARTICIPLES
        ):
            return j
    return stop


#: Subordinators that open a clause of time, cause or condition.
_SUBORDINATORS = frozenset({"after", "before", "as", "because", "when", "until", "since", "once"})


def _clause_at(s: Sentence, k: int, stop: int) -> bool:
    """Whether a clause with a subject of its own starts at token ``k`` (within
    ``stop``): a subject pronoun, or one or two capitalized words, then a verb."""
    lowers, texts = s.lowers, s.texts
    if k >= stop or s.quote_of[k] >= 0:
        return False
    if lowers[k] in SUBJECT_PRONOUNS:
        return k + 1 < stop and verb_like(s, k + 1)
    if not (texts[k][0].isupper() and texts[k].isalpha()):
        return False
    v = k + 1
    if v < stop and texts[v][0].isupper() and texts[v].isalpha():
        v += 1
    return v < stop and verb_like(s, v)


#: Units of time after *last* or *next* in a time adjunct (*last week*).
_TIME_UNITS = frozenset({"week", "month", "year", "weekend", "night", "morning"})


def skip_adjuncts(s: Sentence, k: int) -> int:
    """The first token from ``k`` that is not an adverb in *-ly* or a time
    adjunct (*announced Monday*, *unveiled last week*): the object of a speech
    act starts there, and a verb or a mark there means there is none (*the
    merger announced Monday would ...*, *the deal, announced Friday, ...*)."""
    tokens, lowers = s.tokens, s.lowers
    n = len(lowers)
    while k < n:
        if is_ly_adverb(tokens[k]) or lowers[k] in BARE_TIMES:
            k += 1
        elif lowers[k] in ("last", "next") and k + 1 < n and lowers[k + 1] in _TIME_UNITS:
            k += 2
        else:
            break
    return k
