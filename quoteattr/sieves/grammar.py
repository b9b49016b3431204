"""The reporting clause's grammar, shared by the rule families.

This module owns the word classes of the writer's syntax that several families
read (subordinators, complementizers, linking words, words that are never verbs)
and the one question most rules come back to: which noun phrase is the subject
of a clause, and may it speak? :func:`clause_subject` reads a whole clause
(past opening time phrases and subordinate clauses, adverbs and appositions);
:func:`subject_of_cue` reads the subject of one reporting verb (plain subjects,
documents and their authors, poll quantities, causatives); :func:`not_a_speaker`
turns away phrases that cannot speak. It decides nothing itself.
"""

from __future__ import annotations

from quoteattr.mentions import (
    BARE_TIMES,
    PRONOUNS,
    Token,
    Vocabulary,
    chunk_left,
    chunk_right,
    is_ly_adverb,
)
from quoteattr.sieves.documents import document_subject
from quoteattr.sieves.shares import QUANTITY_SKIPPABLE, quantity_subject

__all__ = [
    "CLOSED_CLASS",
    "COMPLEMENTIZERS",
    "DASHES",
    "DETERMINERS",
    "LEAD",
    "NAMING_PARTICIPLES",
    "NOT_VERBS",
    "OPENING_SUBORDINATORS",
    "PERCEPTION_VERBS",
    "PREPOSITIONS_AFTER",
    "QUOTE_MARKS",
    "SENTENCE_LINKS",
    "SUBORDINATORS",
    "clause_subject",
    "loose_speaker",
    "next_comma",
    "not_a_speaker",
    "opening_phrase",
    "plain_word",
    "subject_and_verb",
    "subject_of_cue",
    "unknown_premodifiers",
]


LEAD = frozenset({",", "—", "–", "-", "(", "…"})


DASHES = frozenset({"-", "—", "–"})


_LOOSE_OPENERS = frozenset(
    {"a", "an", "the", "one", "another", "his", "her", "their", "its", "our", "my"}
)


# Words after which a described speaker's head noun has ended.
_HEAD_ENDERS = frozenset({"who", "whom", "whose", "which", "that", "known", "familiar"})


def loose_speaker(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """``said his best friend at Lehigh``, ``said one of two witnesses who ...``,
    ``reads a Wednesday editorial in ...``: right after a cue that follows the
    quote, a determiner or possessive and up to five words, up to a preposition,
    a relative word or the clause end."""
    n = len(tokens)
    if start >= n or tokens[start].lower not in _LOOSE_OPENERS:
        return None
    end = start + 1
    if tokens[start].lower == "one" and end < n and tokens[end].lower == "of":
        end += 1  # "one of two witnesses"
    while end < n and end - start < 6:
        token = tokens[end]
        word = token.lower
        if word in _HEAD_ENDERS or word in NOT_VERBS or word in SUBORDINATORS:
            break
        if not token.text.replace("-", "").replace("’s", "").replace("'s", "").isalnum():
            break
        end += 1
    if end == n or tokens[end].text in (",", ".", ";", "?", "!"):
        pass
    elif not (tokens[end].lower in _HEAD_ENDERS or tokens[end].lower in PREPOSITIONS_AFTER):
        return None
    last = tokens[end - 1]
    if end - start < 2 or not last.text.isalpha() or last.lower.endswith("ly"):
        return None
    if last.lower in ("of", "one", "two", "the", "a", "an"):
        return None
    return (start, end)


# Prepositions that can follow a described speaker ("a researcher at ...").
PREPOSITIONS_AFTER = frozenset({"at", "in", "of", "for", "from", "with", "on"})


def unknown_premodifiers(lead: list[Token]) -> bool:
    """One or two lower-case adjectives the word lists do not know ("super",
    "nuclear", "retired") before a speaker phrase."""
    return 0 < len(lead) <= 2 and all(
        t.text.replace("-", "").isalpha()  # "warm-and-fuzzy Trump said"
        and t.text[0].islower()
        and t.lower not in NOT_VERBS
        and t.lower not in SENTENCE_LINKS
        and t.lower not in SUBORDINATORS
        and not t.lower.endswith(("ly", "ing"))
        for t in lead
    )


# Words that open a subordinate clause, never a speaker phrase.
SUBORDINATORS = frozenset(
    {
        "until",
        "while",
        "if",
        "although",
        "though",
        "when",
        "whenever",
        "because",
        "since",
        "unless",
        "whereas",
        "where",
        "after",
        "before",
        "once",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "did",
        "does",
        "do",
        "not",
        "who",
        "which",
        "whom",
    }
)


DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your"})


def subject_of_cue(vocab: Vocabulary, tokens: list[Token], c: int) -> tuple[int, int] | None:
    """The speaker phrase of the cue ``tokens[c]`` inside a before-quote region."""
    previous = tokens[c - 1].lower if c > 0 else ""
    participle = tokens[c].lower.endswith("ing") and previous not in ("is", "was", "were", "are")
    if participle:
        # "with Donald Trump tweeting ... and asking": the subject after "with".
        for k in range(c - 1, max(-1, c - 30), -1):
            if tokens[k].lower == "with" and k + 1 < c:
                chunk = chunk_right(vocab, tokens, k + 1)
                if chunk is not None and all(
                    t.lower.endswith("ly") or vocab.cue_at(tokens, chunk[1])
                    for t in tokens[chunk[1] : c]
                ):
                    return chunk
                if chunk is None and _described_phrase(tokens[k + 1 : c]):
                    return (k + 1, c)  # "with one of her ads asking", "with a voice-over saying"
                break
        if previous != "," and c >= 2:
            # "I remember Reagan declaring “...”", "voters heard the mayor
            # calling it “...”": the object of a verb of perception or memory
            # is the participle's subject.
            chunk = chunk_left(vocab, tokens, c)
            if (
                chunk is not None
                and chunk[1] == c
                and chunk[0] > 0
                and tokens[chunk[0] - 1].lower in PERCEPTION_VERBS
                and not not_a_speaker(vocab, tokens[chunk[0] : chunk[1]])
            ):
                return chunk
        if previous == "," and c >= 2:
            # "Mr. Lowe, citing “...,” said ...": a participle set off after the
            # name or role that opens the sentence modifies that subject.
            chunk = chunk_left(vocab, tokens, c - 1)
            if (
                chunk is not None
                and chunk[1] == c - 1
                and (chunk[0] == 0 or (chunk[0] == 1 and tokens[0].lower in ("and", "but")))
                and (tokens[c - 2].text[0].isupper() or tokens[c - 2].lower in vocab.role_words)
                # not "The mayor met Ana Lee, citing": a verb and its object
                and not any(
                    tokens[k].text[0].islower()
                    and tokens[k + 1].text[0].isupper()
                    and tokens[k].lower not in vocab.role_words
                    and tokens[k].lower not in _NAME_LINKS
                    and not tokens[k].lower.endswith(("’s", "'s"))
                    for k in range(chunk[0], chunk[1] - 1)
                )
                and not not_a_speaker(vocab, tokens[chunk[0] : chunk[1]])
            ):
                return chunk
        if c >= 2 and tokens[0].lower in ("and", "but"):
            # "Ryan saying he was “...” and Trump calling it a “...”": after an
            # earlier quote, a coordinated subject and its participle.
            chunk = chunk_left(vocab, tokens, c)
            if chunk is not None and chunk[0] == 1:
                return chunk
    if previous == "," and not participle:
        counted = _before_counting_aside(vocab, tokens, c)
        if counted is not None:
            return counted
        # "Jan Brewer, an early supporter of Trump, calls ...": the name before
        # the apposition, when the phrase opens the clause.
        chunk = chunk_left(vocab, tokens, c)
        if (
            chunk is not None
            and chunk[1] == c - 1
            and (chunk[0] == 0 or tokens[chunk[0] - 1].lower in _CLAUSE_STARTERS)
        ):
            return chunk
    if previous == "to" and c > 2:
        # "That record prompted Ann Lowe to state, “...”": the object of a
        # verb that moves someone to speak.
        moved = _causative_object(vocab, tokens, c - 1)
        if moved is not None:
            return moved
    if previous == "and" and c > 3 and _plain_form(tokens[c].lower):
        # "prompted Ann Lowe to make a joke and call Okafor “...”": a cue
        # coordinated with the infinitive after that object shares its subject
        # (not "encouraged Ruiz to run and said “...”": a past tense goes with
        # the verb that moves, and its subject).
        for k in range(c - 3, max(1, c - 12), -1):
            if tokens[k].text in (",", ";", ":", ".") or tokens[k].text in QUOTE_MARKS:
                break
            if tokens[k].lower == "to":
                moved = _causative_object(vocab, tokens, k)
                if moved is not None:
                    return moved
                break
    if participle or previous in ("to", "and", "but", "then", "by", ","):
        # "..., saying", "used the question to demand", "and said": the clause subject.
        chunk = _earlier_cue_subject(vocab, tokens, c) or clause_subject(vocab, tokens, c)
        if chunk is not None:
            return chunk
        if participle:
            return _opening_plain_subject(tokens, c)
        if previous == "to":
            return None
    return (
        chunk_left(vocab, tokens, c)
        or _plain_subject(tokens, c)
        or quantity_subject(tokens, c, QUOTE_MARKS)
        or document_subject(tokens, c)
        or _relative_which(vocab, tokens, c)
    )


#: Past tenses of cues that end in neither ``-s`` nor ``-ed``.
_IRREGULAR_CUE_PAST = frozenset({"said", "told", "wrote", "spoke", "gave", "thought", "felt"})


def _plain_form(word: str) -> bool:
    """Whether a cue word may be a verb's plain form (``call``, ``say``), as after
    *to*: no ``-s``, ``-ed`` or ``-ing`` and no irregular past (``said``)."""
    return not word.endswith(("s", "ed", "ing")) and word not in _IRREGULAR_CUE_PAST


def _causative_object(vocab: Vocabulary, tokens: list[Token], to: int) -> tuple[int, int] | None:
    """``prompted Ann Lowe to``: the object of a verb that moves someone to
    act, right before the infinitive's ``to`` at ``tokens[to]``, or None."""
    end = to
    if tokens[end - 1].text == ",":
        # "prompted Ann Lowe, who studies elections, to state": an aside.
        end = next((k for k in range(end - 2, max(0, end - 25), -1) if tokens[k].text == ","), 0)
    chunk = chunk_left(vocab, tokens, end) if end > 1 else None
    if chunk is None or chunk[1] != end:
        return None
    # The verb may end up inside the phrase ("The defeat led Sen. Lowe").
    verb = next(
        (k for k in range(end - 2, chunk[0] - 2, -1) if tokens[k].lower in _CAUSATIVES),
        None,
    )
    if verb is not None and verb >= 0 and verb + 1 >= chunk[0]:
        return (verb + 1, end)
    return None


# Auxiliaries and adverbs between a relative pronoun and its verb ("which has
# long called").
_RELATIVE_SKIPPABLE = frozenset(
    {"has", "have", "had", "would", "will", "could", "can", "may", "might", "did", "does"}
    | {"also", "still", "long", "once", "again", "often", "already", "just", "now", "even"}
    | {"since", "then", "later", "never", "repeatedly", "recently", "previously"}
)


def _relative_which(vocab: Vocabulary, tokens: list[Token], c: int) -> tuple[int, int] | None:
    """``The union, which has called the deal``: a ``which`` set off by a
    comma after a phrase, then perhaps auxiliaries and adverbs, right before
    the cue ``c``: the relative pronoun is its subject (speaker resolution
    reads the phrase before it), when the cue is a reporting verb (not a
    verb of stance: ``The union, which endorsed Ruiz``). A passive (``which
    is called``) is no speech: a form of *be* only comes before a cue in
    *-ing* (``which is calling``)."""
    if tokens[c].lower not in vocab.reporting_verbs:
        return None
    k = c - 1
    progressive = tokens[c].lower.endswith("ing")
    while k > 2 and (
        tokens[k].lower in _RELATIVE_SKIPPABLE
        or is_ly_adverb(tokens[k])
        or (progressive and tokens[k].lower in ("is", "are", "was", "were", "been"))
    ):
        k -= 1
    if (
        k >= 2
        and tokens[k].lower == "which"
        and tokens[k - 1].text == ","
        and tokens[k - 2].text[0].isalnum()
    ):
        return (k, k + 1)
    return None


# Words that open an aside counting part of the phrase before it ("many of them").
_COUNTING = frozenset({"many", "most", "some", "all", "several", "half", "none", "both", "few"})


def _before_counting_aside(
    vocab: Vocabulary, tokens: list[Token], c: int
) -> tuple[int, int] | None:
    """``His critics in the United States, many of them conservative Catholics,
    argue``: an aside that counts part of the phrase before it (``many of them``,
    ``some of whom``) sits between the subject and the cue ``c``; the phrase
    before the aside is the subject."""
    for k in range(c - 2, max(0, c - 14), -1):
        if tokens[k].text != ",":
            continue
        if not (
            k + 3 < c
            and tokens[k + 1].lower in _COUNTING
            and tokens[k + 2].lower == "of"
            and tokens[k + 3].lower in ("them", "whom", "us")
        ):
            return None
        chunk = chunk_left(vocab, tokens, k)
        if chunk is not None and chunk[1] == k:
            return chunk
        # "His critics in the United States": a phrase with its own
        # prepositional phrase, opening the sentence or a clause.
        start = k
        while start > 0 and k - start < 10 and tokens[start - 1].lower not in _CLAUSE_STARTERS:
            start -= 1
        if start > 0 and tokens[start - 1].lower not in _CLAUSE_STARTERS:
            return None
        first = tokens[start]
        if start < k and (first.lower in _SUBJECT_OPENERS or first.text[0].isupper()):
            return (start, k)
        return None
    return None


# Verbs of perception and memory whose object does what a participle after it
# says ("remember Reagan declaring", "heard the mayor calling").
PERCEPTION_VERBS = frozenset(
    {
        "remember",
        "remembers",
        "remembered",
        "recall",
        "recalls",
        "recalled",
        "see",
        "sees",
        "saw",
        "seen",
        "watch",
        "watches",
        "watched",
        "hear",
        "hears",
        "heard",
        "imagine",
        "imagines",
        "imagined",
        "picture",
    }
)

# Lower-case words a subject phrase holds before a capitalized word ("the
# president of Acme", "a lawyer for Lee").
_NAME_LINKS = frozenset({"of", "for", "at", "the", "a", "an", "and", "with", "from", "in"})

# Determiners and possessives that open a subject phrase ("His critics in ...").
_SUBJECT_OPENERS = frozenset({"the", "his", "her", "their", "its", "our", "my", "these", "those"})


# Verbs whose object is moved to speak ("prompted Lowe to say").
_CAUSATIVES = frozenset(
    {"prompted", "prompting", "prompts", "led", "leading", "forced", "caused", "inspired"}
    | {"moved", "pushed", "spurred", "compelled", "invited", "encouraged"}
)


def _plain_subject(tokens: list[Token], c: int) -> tuple[int, int] | None:
    """``A spokesman for the buyer said``, ``The two lawmakers, however, argue``:
    a determiner and one to three plain lower-case words (and at most one
    prepositional phrase) that open the clause right before the cue ``c``,
    when the word lists know none of the nouns."""
    end = c
    while end > 1 and tokens[end - 1].lower in QUANTITY_SKIPPABLE:
        end -= 1  # "the man had posted"
    if (
        end >= 3
        and tokens[end - 1].text == ","
        and tokens[end - 3].text == ","
        and (tokens[end - 2].lower.endswith("ly") or tokens[end - 2].lower in _ASIDES)
    ):
        end -= 3  # "The two lawmakers, however, argue"
    start = end
    while start > 0 and end - start < 3 and plain_word(tokens[start - 1]):
        start -= 1
    if start == end or start == 0:
        return None
    if tokens[start - 1].lower in ("the", "a", "an") and end - start <= 2:
        # "the buyer" in "A spokesman for the buyer": an object of a preposition.
        k = start - 2
        if k >= 1 and tokens[k].lower in ("of", "for", "at", "from", "with"):
            inner = k
            while inner > 0 and k - inner < 3 and plain_word(tokens[inner - 1]):
                inner -= 1
            if inner < k and inner > 0 and tokens[inner - 1].lower in ("the", "a", "an"):
                start = inner
    opener = start - 1
    if tokens[opener].lower not in ("the", "a", "an"):
        return None
    if opener > 0 and tokens[opener - 1].lower not in _CLAUSE_STARTERS:
        return None
    return (opener, end)


def _opening_plain_subject(tokens: list[Token], c: int) -> tuple[int, int] | None:
    """``The town released a statement Wednesday saying``, ``The retired
    surgeon has provided no details, saying``: for a participle cue ``c``, a
    determiner and one or two plain lower-case words that open the sentence,
    followed by a past-tense verb or a present perfect."""
    first = 1 if tokens and tokens[0].lower in ("and", "but") else 0
    if first >= c or tokens[first].lower not in ("the", "a", "an"):
        return None
    for end in (first + 2, first + 3):
        if end >= c or not plain_word(tokens[end - 1]):
            break
        verb = _after_subject_adjuncts(tokens, end, c)
        if verb + 1 < c and tokens[verb].lower in ("has", "have", "had"):
            # "The retired surgeon has provided no details, saying"
            verb = _after_subject_adjuncts(tokens, verb + 1, c)
        if verb < c and plain_word(tokens[verb]) and tokens[verb].lower.endswith("ed"):
            return (first, end)
    return None


def plain_word(token: Token) -> bool:
    text = token.text.replace("-", "")
    return (
        text.isalnum()
        and token.text[0].islower()
        and token.lower not in CLOSED_CLASS
        and not token.lower.endswith("ly")
    )


# Sentence adverbs set off by commas between a subject and its verb.
_ASIDES = frozenset({"however", "though", "too", "meanwhile", "instead", "also", "then"})


def _described_phrase(words: list[Token]) -> bool:
    """``one of her ads``, ``a voice over``: a determiner (or ``one of``) and at
    most four plain lower-case words, a phrase the name lists cannot chunk."""
    if not 2 <= len(words) <= 5 or words[0].lower not in DETERMINERS | {"one"}:
        return False
    return all(
        t.text.replace("-", "").isalpha() and t.text.islower() and t.lower not in NOT_VERBS
        for t in words[1:]
        if t.lower not in ("of", "her", "his", "their", "its", "the")
    )


def _earlier_cue_subject(vocab: Vocabulary, tokens: list[Token], c: int) -> tuple[int, int] | None:
    """``Spicer said, adding, “...”``, ``Lazar said he would plead guilty and added``:
    the subject of the nearest earlier reporting verb of the sentence, climbing
    out of a reported clause (``he`` in ``Lazar said he ...``) to its outer verb."""
    k = c - 1
    while k >= 0 and k > c - 25:
        if tokens[k].text in (".", ";", ":") or tokens[k].text in QUOTE_MARKS:
            return None
        if (k > 0 and tokens[k - 1].text.endswith(("’s", "'s"))) or not vocab.cue_at(tokens, k):
            k -= 1  # "Ryan’s comments, saying": a noun
            continue
        chunk = chunk_left(vocab, tokens, k)
        if chunk is None or not_a_speaker(vocab, tokens[chunk[0] : chunk[1]]):
            return None
        opener = tokens[chunk[0] - 1].lower if chunk[0] > 0 else ""
        if opener in COMPLEMENTIZERS or opener in vocab.reporting_verbs:
            k = chunk[0] - 1  # "Ross said Obama had told ...": a reported clause
            continue
        if opener in NOT_VERBS and opener not in _CLAUSE_STARTERS:
            return None
        return chunk
    return None


# Words after a plural subject that show it is the subject ("Local unions
# have", "Rural hospitals started").
_PLURAL_VERBS = frozenset(
    {"are", "were", "have", "had", "do", "did", "can", "could", "will", "would"}
    | {"may", "might", "must", "should", "also", "still", "now", "then", "began"}
)


def _modifier_of_plural(
    vocab: Vocabulary, tokens: list[Token], chunk: tuple[int, int], before: int
) -> bool:
    """``Local unions started urging``, ``Rural hospitals have been warning``:
    a lone capitalized word the word lists do not know as a name, title, role
    or organization, opening the sentence (or one of its clauses) before a
    lower-case plural noun and then a verb in -ed, an auxiliary or a reporting
    verb, modifies that noun: the two words are the subject phrase. ``Trump
    wants voters to``, where the lower-case word is no plural subject (the word
    after it is no verb), keeps the name."""
    start, end = chunk
    if end != start + 1 or end + 1 >= before:
        return False
    word, noun, verb = tokens[start], tokens[end], tokens[end + 1]
    lower = word.lower
    if not (
        word.text.isalpha()
        and word.text[0].isupper()
        and word.text[1:].islower()
        and (start == 0 or tokens[start - 1].lower in _CLAUSE_STARTERS)
        and lower not in PRONOUNS
        and lower not in DETERMINERS
        and lower not in vocab.first_names
        and lower not in vocab.family_names
        and lower not in vocab.titles
        and lower not in vocab.role_words
        and lower not in vocab.org_words
    ):
        return False
    plural = noun.text
    if not (
        plural.isalpha()
        and plural.islower()
        and len(plural) > 3
        and plural.endswith("s")
        and not plural.endswith(("ss", "us", "is"))
        and noun.lower not in vocab.cue_words
        and noun.lower not in NOT_VERBS
    ):
        return False
    following = verb.lower
    return verb.text[0].islower() and (
        following in _PLURAL_VERBS
        or (following.endswith("ed") and following.isalpha())
        or following in vocab.reporting_verbs
    )


def _adverb_before_participle(tokens: list[Token], chunk: tuple[int, int]) -> bool:
    """A one-word phrase that opens the sentence with a capital, ends in -ly
    and stands before a lower-case -ing word (``Hastily politicizing``): an
    adverb of the participle, not a name."""
    start, end = chunk
    word = tokens[start].lower
    return (
        start == 0
        and end == 1
        and word.endswith("ly")
        and len(word) > 5
        and end < len(tokens)
        and tokens[end].text[0].islower()
        and tokens[end].lower.endswith("ing")
    )


def clause_subject(
    vocab: Vocabulary,
    tokens: list[Token],
    before: int,
    nearest: bool = False,
    held_apposition: bool = True,
) -> tuple[int, int] | None:
    """The subject phrase of :func:`subject_and_verb`, without its verb."""
    found = subject_and_verb(vocab, tokens, before, nearest, held_apposition)
    return None if found is None else found[0]


def subject_and_verb(
    vocab: Vocabulary,
    tokens: list[Token],
    before: int,
    nearest: bool = False,
    held_apposition: bool = True,
) -> tuple[tuple[int, int], int] | None:
    """The subject of the clause a cue belongs to, for ``..., saying “...”``,
    ``and said “...”`` or ``followed that by saying “...”``: the first speaker
    phrase that opens the sentence or a comma-separated part of it and is
    followed by a verb-like word. With ``nearest``, a later coordinated clause
    with a subject of its own (``..., and researchers hope to ...``) wins. With
    ``held_apposition``, a phrase that holds its own apposition may be followed
    by the comma that closes it (``X, a Democrat on the committee, advocates``).
    Returns the subject phrase and the index of the verb-like word after it."""
    starts = [0] + [k + 1 for k in range(before) if tokens[k].lower in _CLAUSE_STARTERS]
    if (
        before > 1
        and tokens[0].lower in ("then", "later", "now")
        and tokens[1].lower not in OPENING_SUBORDINATORS
    ):
        starts[0] = 1  # "Then he cut into Bush, calling him ...": an adverb opens the sentence
    if nearest:
        coordinated = [
            k + 1
            for k in range(before)
            if tokens[k].lower in _COORDINATORS and not (k > 0 and tokens[k - 1].text[0].isupper())
        ]
        for start in reversed(coordinated):
            chunk = chunk_right(vocab, tokens, start)
            if chunk is None or chunk[1] >= before:
                continue
            if not_a_speaker(vocab, tokens[chunk[0] : chunk[1]]):
                continue
            following = tokens[chunk[1]]
            if following.text[0].islower() and following.lower not in NOT_VERBS:
                return chunk, chunk[1]
    opening = _opening_subordinate_clause(tokens, before)
    if opening is not None:
        # "After the court refused ..., Gov. Lee blamed ...": the subject of
        # the main clause, not of the clause that opens the sentence.
        starts = [start for start in starts if start > opening]
    for start in starts:
        if start >= before:
            break
        chunk = chunk_right(vocab, tokens, start)
        if chunk is None or chunk[1] >= before:
            continue
        if _adverb_before_participle(tokens, chunk):
            continue  # "Hastily politicizing the tragedy, Trump cast ...": no subject
        if _modifier_of_plural(vocab, tokens, chunk, before):
            chunk = (chunk[0], chunk[1] + 1)  # "Local unions started urging": the whole phrase
        if not_a_speaker(vocab, tokens[chunk[0] : chunk[1]]):
            if tokens[chunk[1]].lower in SUBORDINATORS:
                return None  # "Even if ..., X can ...": the main clause is out of reach
            continue  # "Last year, the governor ...": an opener that names nobody
        end = chunk[1]
        if (
            held_apposition
            and tokens[end].text == ","
            and any(t.text == "," for t in tokens[chunk[0] : end])
        ):
            end += 1  # the phrase already holds its apposition ("X, a Democrat, advocates")
        elif tokens[end].text == ",":
            # "Michael Petrilli, president of the Fordham Institute, tied ...":
            # skip an apposition closed by a comma.
            close = next_comma(tokens, end + 1, min(before, end + 20))
            if close is not None and close + 1 < before:
                end = close + 1
                # "Washington, star of television’s “Scandal,” thanked ...": the
                # comma closing the apposition sits inside a quoted title.
                while end + 1 < before and tokens[end].text in QUOTE_MARKS:
                    end += 1
        elif tokens[end].text == "(":
            # "Gov. Pat McCrory (R) blamed ...": a parenthetical party, state or
            # age after the subject.
            close = next(
                (k for k in range(end + 1, min(before, end + 6)) if tokens[k].text == ")"), None
            )
            if close is not None and close + 1 < before:
                end = close + 1
        end = _after_subject_adjuncts(tokens, end, before)
        if end >= len(tokens):
            continue  # "Senator Smith last week “...”": no verb follows the subject
        following = tokens[end]
        if following.lower in _TIME_PHRASE_NOUNS:
            continue  # "Thirteen years earlier, she ...": an opening phrase of time
        if following.text[0].islower() and following.lower not in NOT_VERBS:
            return chunk, end
    return None


# Adverbs that may stand between a subject and its verb ("Trump also said").
_SUBJECT_ADVERBS = frozenset(
    {"also", "then", "later", "still", "now", "again", "once", "just", "even", "never"}
)


# Nouns that end a time adverbial after a preposition ("on Monday", "last week").
_TIME_ENDS = BARE_TIMES | {"week", "weekend", "month", "year", "night", "morning", "evening"}


_TIME_WORDS = frozenset({"on", "in", "at", "during", "last", "this", "earlier", "a", "the"})


def _after_subject_adjuncts(tokens: list[Token], end: int, before: int) -> int:
    """Index of the first token at or after ``end`` (and before ``before - 1``)
    past adverbs and short time adverbials between a subject and its verb
    (``Trump on Thursday also ratcheted up``, ``Sanders during a Sunday thanked``)."""
    while end < before - 1:
        word = tokens[end].lower
        if word in _SUBJECT_ADVERBS or word in BARE_TIMES or is_ly_adverb(tokens[end]):
            end += 1
            continue
        if word not in _TIME_WORDS:
            break
        stop = end
        while stop < min(before - 1, end + 3) and tokens[stop].lower in _TIME_WORDS:
            stop += 1
        if tokens[stop].lower not in _TIME_ENDS:
            break
        end = stop + 1
    return end


# Words after a number or determiner that make a phrase of time, not a subject.
_TIME_PHRASE_NOUNS = frozenset(
    {
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "decade",
        "decades",
        "hour",
        "hours",
        "night",
        "morning",
        "cycle",
    }
)


# Words that join two main clauses.
_COORDINATORS = frozenset({"and", "but", ";", "yet"})


# Words that open a subordinate clause at the start of a sentence.
OPENING_SUBORDINATORS = frozenset(
    {
        "after",
        "although",
        "as",
        "because",
        "before",
        "if",
        "once",
        "since",
        "though",
        "unless",
        "until",
        "when",
        "where",
        "whereas",
        "while",
    }
)


def next_comma(tokens: list[Token], start: int, stop: int) -> int | None:
    """Index of the first comma in ``tokens[start:stop]``, or None."""
    return next((k for k in range(start, stop) if tokens[k].text == ","), None)


def _opening_subordinate_clause(tokens: list[Token], before: int) -> int | None:
    """Index of the comma that closes a subordinate clause opening the region
    (``When Trump announced his run, he ...``), or None."""
    first = 1 if before > 1 and tokens[0].lower in ("and", "but", "so", "yet") else 0
    if first + 1 < before and (
        (
            tokens[first].lower in ("ever", "just", "long", "shortly", "soon", "right")
            and tokens[first + 1].lower in OPENING_SUBORDINATORS
        )
        or (
            tokens[first].lower == "even"
            and tokens[first + 1].lower in ("before", "after", "as", "when", "while", "since")
        )
    ):
        # "Ever since she endorsed ...,", "Shortly after the vote,", "Even before
        # Lowe took the stage, ...": a time clause; "Even if ..." stays a
        # condition the main clause may not reach past.
        first += 1
    if first < before and tokens[first].lower not in OPENING_SUBORDINATORS:
        first = _after_introductory_phrase(tokens, first, before)
    if first >= before or tokens[first].lower not in OPENING_SUBORDINATORS:
        return None
    comma = next_comma(tokens, first + 1, before)
    # "As the band sang in 1980, “...”": the main clause is the quote itself.
    return comma if comma is not None and comma < before - 1 else None


_INTRODUCTORY_PREPOSITIONS = frozenset(
    # and the words of a time that opens a sentence ("Last month, when ...")
    {"in", "on", "at", "during", "by", "for", "over", "last", "earlier", "yesterday", "today"}
)


def _after_introductory_phrase(tokens: list[Token], first: int, before: int) -> int:
    """``In June 2009, after Clinton suffered ...``: the index after the comma
    closing a short introductory prepositional phrase, else ``first``."""
    if tokens[first].lower not in _INTRODUCTORY_PREPOSITIONS:
        return first
    for k in range(first + 1, min(before, first + 6)):
        if tokens[k].text == ",":
            return k + 1
        if not (tokens[k].text[0].isalnum() or tokens[k].text in ("’s", "'s")):
            break
    return first


# Participles that name what precedes them ("a film called", "a group dubbed").
NAMING_PARTICIPLES = frozenset({"called", "dubbed", "named", "titled", "labeled", "labelled"})


QUOTE_MARKS = frozenset({"“", "”", '"', "‘", "’", "«", "»"})


# Words that open a reported clause after a cue ("explaining why he is speaking").
COMPLEMENTIZERS = frozenset({"that", "why", "how", "whether", "what", "if", "when"})


# Linking words that can introduce a further quote of the same speaker.
SENTENCE_LINKS = frozenset(
    {
        "and",
        "but",
        "later",
        "then",
        "also",
        "again",
        "adding",
        "continuing",
        "so",
        "yet",
        "further",
        "finally",
        "still",
        "or",
        "more",
        "elsewhere",
        "earlier",
    }
)


# Words after which a new clause (and its subject) begins.
_CLAUSE_STARTERS = frozenset(
    {
        ",",
        "that",
        "and",
        "but",
        "when",
        "while",
        "as",
        "because",
        "after",
        "before",
        "if",
        "with",
        "though",
        "although",
        "since",
        "so",
        ";",
        "—",
        "–",
    }
)


NOT_VERBS = frozenset(
    {
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "to",
        "and",
        "or",
        "but",
        "that",
        "the",
        "a",
        "an",
        "as",
        "about",
        "after",
        "before",
        "during",
        "into",
        "over",
        "than",
    }
)


# Function words: after a quote they continue the sentence, not a noun phrase.
CLOSED_CLASS = frozenset(
    word
    for line in (
        "a about above across after against all also along amid among an and another any",
        "are around as at be because been before behind being below between beyond both",
        "but by can could despite did do does down during each either even every except",
        "for from had has have he her here him his how if in inside into is it its just",
        "less like many may me might more most much must my near neither no nor not now",
        "of off on once only onto or other our out outside over own per same she should",
        "since so some such than that the their them then there these they this those",
        "though through thus to too toward towards under until up upon us versus very via",
        "was we were what when where whether which while who whom whose why will with",
        "within without would yet you your",
    )
    for word in line.split()
)


def not_a_speaker(vocab: Vocabulary, words: list[Token]) -> bool:
    """A phrase that opens a sentence but names nobody: a capitalized word the
    lists know as never a name ("Even", "Good"), a participle ("Flying home"), or
    a contraction of a pronoun ("It’s", "That’s")."""
    first = words[0]
    word = first.lower
    if word.endswith(("’s", "'s")) and word[:-2] in ("it", "that", "there", "here", "what", "who"):
        return True
    if not first.text[0].isupper() or vocab.is_title(first) or word in vocab.role_words:
        return False
    if len(words) == 1 and word in vocab.non_names and word not in PRONOUNS:
        return True
    return (
        word.endswith("ing")
        and len(words) > 1
        and words[1].text[0].islower()
        and word not in vocab.first_names
    )


# Prepositions that open an adverbial phrase before a clause's subject.
_OPENING_PREPOSITIONS = frozenset(
    {"on", "at", "in", "after", "during", "with", "by", "for", "from", "under", "before"}
)


# Participles that open a sentence about the question its subject answers
# ("Asked about the gap, she said ...").
_OPENING_PARTICIPLES = frozenset({"asked", "pressed", "questioned", "responding", "speaking"})


def opening_phrase(tokens: list[Token], subject: int, longest: int = 8) -> bool:
    """Whether ``tokens[:subject]`` is a short prepositional phrase and its comma
    (``On the other side,``, ``In a statement Tuesday,``) or a participle of
    answering (``Asked about the gap,``) opening the sentence,
    perhaps after linking words (``Then, in 2017,``), or linking words alone
    (``And then``); the phrase has at most ``longest`` tokens."""
    if subject == 0:
        return False
    first = 0
    while first < subject and (tokens[first].lower in SENTENCE_LINKS or tokens[first].text == ","):
        first += 1  # "And then he promised ...", "Then, in 2017, Kerry said ..."
    if first == subject:
        # Linking words alone count when they move the story on in time ("And
        # then"); "But the crowd ..." contrasts and may name anyone.
        return tokens[first - 1].text != "," and any(
            t.lower in ("then", "later", "finally", "earlier") for t in tokens[:first]
        )
    return (
        2 < subject - first <= longest
        and tokens[subject - 1].text == ","
        and tokens[first].lower in _OPENING_PREPOSITIONS | _OPENING_PARTICIPLES
        and all(t.text not in (",", ";", ":", "(", ")") for t in tokens[first + 1 : subject - 1])
    )
