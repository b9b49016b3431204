"""Mention chunks: the noun phrase that names a speaker next to a cue.

This module owns :func:`chunk_left` (the phrase that ends right before a cue:
``State Department spokeswoman Heather Nauert said``) and :func:`chunk_right`
(the phrase that starts right after it: ``said Maria Zakharova, the ministry’s
spokeswoman``), walking tokens outwards under a small grammar of word classes;
an apposition, age, affiliation or relative clause stays part of the chunk.
"""

from __future__ import annotations

from quoteattr.mentions.names import (
    capital_head,
    self_ok,
)
from quoteattr.mentions.tokens import (
    Token,
)
from quoteattr.mentions.vocabulary import (
    Vocabulary,
    contracted_pronoun,
    share_of_group,
)
from quoteattr.mentions.words import (
    CALENDAR_WORDS,
    DETERMINERS,
    MODIFIERS,
    NAME_PARTICLES,
    NOT_HEADS,
    PREPOSITIONS,
    PRONOUNS,
    SENTENCE_ADVERBS,
    is_ly_adverb,
    possessive_mark,
)

__all__ = ["chunk_left", "chunk_right", "time_in_name"]


#: Words that join the capitalized words of a name (``Bank of America``,
#: ``Ursula von der Leyen``).
_CONNECTORS = NAME_PARTICLES | {"of", "for", "at", "’s", "'s", "and", "&", "in", "on", "to", "from"}


def _particle_pair(tokens: list[Token], j: int, step: int) -> bool:
    """Whether ``tokens[j]`` and the token ``step`` away from it are two name
    particles in a row (``von der``, ``de la``), followed (in that direction)
    by a capitalized word."""
    k = j + step
    after = k + step
    return (
        0 <= after < len(tokens)
        and tokens[j].lower in NAME_PARTICLES
        and tokens[k].lower in NAME_PARTICLES
        and tokens[k].text[0].islower()
        and tokens[after].text[0].isupper()
    )


_SKIPPABLE = frozenset(
    {
        "however",
        "meanwhile",
        "though",
        "too",
        "nonetheless",
        "therefore",
        "also",
        "has",
        "had",
        "have",
        "later",
        "then",
        "previously",
        "recently",
        "once",
        "again",
        "further",
        "would",
        "will",
        "was",
        "is",
        "even",
        "still",
        "often",
        "never",
        "first",
        "just",
        "already",
        "finally",
        "reportedly",
        "subsequently",
        "long",
        "not",
        "did",
        "does",
        "do",
        "could",
        "might",
        "may",
        "can",
        "should",
        "been",
        "being",
        "be",
        "ultimately",
        "initially",
        "privately",
        "publicly",
        "simply",
        "earlier",
        "today",
        "yesterday",
        "tonight",
        "tuesday",
        "monday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "last",
        "week",
        "night",
        "morning",
        "afternoon",
        "evening",
        "month",
        "year",
        "this",
        "on",
    }
)


_QUANTIFIER_SUBJECTS = frozenset(
    {"another", "others", "some", "many", "most", "one", "both", "several", "few", "all"}
)


_PHRASE_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})


def _plain_word(token: Token) -> bool:
    """A lower-case word of letters only ("bespectacled")."""
    return token.text.isalpha() and token.text[0].islower()


def _plain_possessive(token: Token) -> bool:
    """A lower-case possessive noun ("paper's", "group’s")."""
    text = token.text
    return text.endswith(("'s", "’s")) and len(text) > 3 and _plain_word(Token(0, 0, text[:-2]))


def _age_start(tokens: list[Token], j: int) -> int | None:
    """Start of an age ending at ``tokens[j]``: ``71-year-old`` (one token, or
    ``71``, ``-``, ``year-old``) or ``seven-month-old``."""
    if j < 0:
        return None
    word = tokens[j].lower
    if not word.endswith("-old"):
        return None  # every form below ends so
    for unit in ("year-old", "month-old"):
        if word == unit:
            if j >= 2 and tokens[j - 1].text == "-" and tokens[j - 2].text.isalnum():
                return j - 2
            return None
        if word.endswith("-" + unit) and word[: -len(unit) - 1].replace("-", "").isalnum():
            return j
    return None


def _group_of_start(vocab: Vocabulary, tokens: list[Token], of: int) -> int | None:
    """``Leaders of the organization``, ``some members of the panel``: start of a
    plural group noun (with a determiner) whose "of" phrase ends the speaker
    phrase, when it opens the clause; ``tokens[of]`` is the preposition."""
    group = of - 1
    if tokens[of].lower != "of" or group < 0:
        return None
    if not (tokens[group].lower in vocab.group_nouns or tokens[group].lower in vocab.role_plurals):
        return None
    if group > 0 and tokens[group - 1].lower in DETERMINERS:
        group -= 1
    if group == 0 or tokens[group - 1].text in (",", "“", '"', "(", "—", "–"):
        return group
    if tokens[group - 1].lower in ("and", "but", "that", "while", "as", "when"):
        return group
    return None


def _organization_of(vocab: Vocabulary, tokens: list[Token], last: int) -> int | None:
    """Start of ``the board of elections``, ``the department of the treasury``:
    an organization word in lower case with its determiner and an ``of``
    phrase of a plain noun ending at ``tokens[last]``, opening its clause."""
    head = tokens[last]
    if last < 3 or not (head.text.isalpha() and head.text.islower()) or head.lower in NOT_HEADS:
        return None
    of = last - 2 if tokens[last - 1].lower == "the" else last - 1
    if tokens[of].lower != "of" or of < 2:
        return None
    noun = tokens[of - 1]
    if not (noun.text.islower() and noun.lower in vocab.org_words):
        return None
    start = of - 2
    if tokens[start].lower not in ("the", "a", "an", "this", "that", "its"):
        return None
    if (
        start > 0
        and tokens[start - 1].text not in (",", "“", '"', "—", "–")
        and (tokens[start - 1].lower not in ("and", "but", "that", "while", "as", "when"))
    ):
        return None
    return start


def _chunk_core(vocab: Vocabulary, tokens: list[Token], last: int) -> int | None:
    """Start index of the speaker phrase whose last token is ``tokens[last]``."""
    if last < 0:
        return None
    if tokens[last].text == ")":
        # "Rep. Zoe Lofgren (D-Calif.)": the phrase before the parenthesis.
        k = last - 1
        while k >= 0 and tokens[k].text != "(" and last - k < 8:
            k -= 1
        if k <= 0 or tokens[k].text != "(":
            return None
        return _chunk_core(vocab, tokens, k - 1)
    if tokens[last].lower in PRONOUNS and tokens[last].lower not in ("him", "her"):
        return last
    if contracted_pronoun(tokens[last].lower) not in (None, "it"):
        return last  # "and she's predicting", "he'd say": a pronoun and its auxiliary
    if tokens[last].lower in _QUANTIFIER_SUBJECTS and (
        last == 0 or not tokens[last - 1].text.isalpha() or tokens[last - 1].lower in ("yet",)
    ):
        return last  # "Yet another said", "Most said"
    j = last
    if tokens[last].text[0].isupper() and (
        (
            not self_ok(vocab, tokens[last])
            and tokens[last].lower not in NOT_HEADS
            and tokens[last].lower not in SENTENCE_ADVERBS
        )
        or time_in_name(tokens, last)
    ):
        j -= 1  # "Cuban said", "From said", "USA Today said": a name that is also a common word
    stopped_on_word = False
    while j >= 0:
        token = tokens[j]
        word = token.lower
        if word == "that" and j < last and tokens[j + 1].text[0].isupper():
            break  # "shows that Reines asked": a conjunction before a name, not a determiner
        if j < last and _cardinal(token) and j > 0 and tokens[j - 1].lower in _NUMBERED:
            j -= 2  # "The three mayors", "the 12 protesters": the article before a number
            break
        if j < last and _cardinal(token) and (j == 0 or not tokens[j - 1].text[0].isalnum()):
            j -= 1  # "Three mayors said": a number opening the clause
            break
        if word in ("the", "a", "an") or (word in DETERMINERS and token.text[0].islower()):
            j -= 1
            break
        if self_ok(vocab, token):
            j -= 1
            continue
        if j > 1 and j < last and _particle_pair(tokens, j, -1):
            j -= 2  # "Ursula von der Leyen said"
            continue
        if (
            word in _CONNECTORS
            and j > 0
            and self_ok(vocab, tokens[j - 1])
            and j < last
            # "retired in Cambridge": a modifier before a preposition heads nothing.
            and not (
                tokens[j - 1].lower in MODIFIERS
                and tokens[j - 1].text[0].islower()
                and tokens[j - 1].lower not in vocab.role_words
            )
        ):
            j -= 1
            continue
        if j < last and possessive_mark(tokens, j) and self_ok(vocab, tokens[j - 1]):
            j -= 1  # "the reporters’ union said": a plural possessor
            continue
        stopped_on_word = True
        break
    start = j + 1
    # "the gambling tycoon", "his friend Mahamat Saleh Oumar": a determiner
    # and adjectives the word lists do not know, before a known phrase.
    age = _age_start(tokens, j) if stopped_on_word and start <= last else None
    if age is not None:
        # "the bespectacled, 71-year-old diplomat", "81-year-old Parker Eaton":
        # an age before the phrase, with a determiner and an adjective before it.
        start = age
        for d in (age - 1, age - 2, age - 3):
            if d >= 0 and tokens[d].lower in _PHRASE_DETERMINERS:
                lead = tokens[d + 1 : age]
                plain = all(_plain_word(Token(0, 0, t.text.replace("-", ""))) for t in lead[:1])
                tail = [t.text for t in lead[1:]]
                # "In the end, 71-year-old Jane Roe": not an adjective list.
                opens = d == 0 or tokens[d - 1].lower not in PREPOSITIONS
                if plain and (tail == [] or (tail == [","] and opens)):
                    start = d
                break
    elif stopped_on_word and start <= last:
        for d in (j - 1, j - 2):
            if (
                d >= 0
                and tokens[d].lower in _PHRASE_DETERMINERS
                # "the paper's editorial board": a possessive noun is a modifier too.
                and all(_plain_word(t) or _plain_possessive(t) for t in tokens[d + 1 : j + 1])
                and not any(
                    t.lower in NOT_HEADS or t.lower in PREPOSITIONS for t in tokens[d + 1 : j + 1]
                )
            ):
                start = d
                break
    head = tokens[last]
    if start > last or not (
        capital_head(vocab, head) or vocab.is_nounish(head) or (start < last and j < last - 1)
    ):
        # "another commenter said", "the real estate developer said": any noun
        # phrase after a determiner.
        of = _organization_of(vocab, tokens, last)
        if of is not None:
            return of
        for width in (1, 2, 3, 4):
            d = last - width
            if (
                d >= 0
                and tokens[d].lower in DETERMINERS
                and head.text[0].islower()
                and head.text.replace("-", "").isalpha()
                and head.lower not in NOT_HEADS
                and not head.lower.endswith(("ly", "ing"))
                and all(
                    t.text == "-" or t.text.replace("-", "").isalnum() for t in tokens[d : last + 1]
                )
                and not any(t.lower in NOT_HEADS for t in tokens[d + 1 : last])
            ):
                if d > 0 and tokens[d - 1].lower in PREPOSITIONS:
                    return _group_of_start(vocab, tokens, d - 1)
                return d
        return None
    if (
        head.lower in MODIFIERS
        and not head.text[0].isupper()
        and head.lower not in vocab.org_words
        and head.lower not in vocab.role_heads
    ):
        return None
    if (
        start > 0
        and tokens[start - 1].lower in PREPOSITIONS
        and (tokens[start - 1].lower not in ("after", "before", "since"))
    ):
        group = _group_of_start(vocab, tokens, start - 1)
        if group is not None:
            return group
        # "At the convention Sen. Elizabeth Warren said": a prepositional phrase
        # opens the clause; the capitalized name after it is the subject.
        name = last
        while (
            name > start and tokens[name - 1].text[0].isupper() and self_ok(vocab, tokens[name - 1])
        ):
            name -= 1
        if (
            name > start
            and tokens[name - 1].text[0].islower()
            and tokens[name - 1].lower not in DETERMINERS
            and tokens[name - 1].lower not in PREPOSITIONS
            and tokens[name - 1].lower not in ("and", "or", "nor", "but")
            and capital_head(vocab, head)
        ):
            return name
        return None  # the object of a preposition, not a subject
    return start


def _number_sign(tokens: list[Token], k: int) -> bool:
    """Whether the period ``tokens[k]`` closes ``No`` before a number (``the
    No. 2 Republican``): a number sign, not a sentence's end."""
    return (
        tokens[k].text == "."
        and k > 0
        and tokens[k - 1].text == "No"
        and k + 1 < len(tokens)
        and tokens[k + 1].text[0].isdigit()
    )


# Quantifiers that open a share of a group as a subject ("Most of the staff").
_QUANTIFIER_SHARES = frozenset({"most", "many", "some", "several", "all", "few"})


def _share_start(tokens: list[Token], i: int) -> int | None:
    """``Most of the staff``, ``Many of the farmers in Iowa``: the start of a
    quantifier's share of a group that opens its clause and ends at
    ``tokens[i]`` (a word), else None. Numeric shares (``31% of voters``,
    ``half of them``) are left to the rules that find the poll behind them."""
    if not tokens[i].text.isalpha():
        return None
    for s in range(i - 1, max(-1, i - 10), -1):
        word = tokens[s]
        if not (word.text.isalnum() or word.text in ("%", "-") or "-" in word.text):
            return None
        of = share_of_group(tokens[s : i + 1])
        if of is None:
            continue
        if tokens[s + of - 1].lower not in _QUANTIFIER_SHARES:
            return None  # "31% of voters", "half of them": numeric shares go to the survey rules
        if (
            s == 0
            or tokens[s - 1].text in (",", ";", ":", "“", '"')
            or tokens[s - 1].lower
            in (
                "and",
                "but",
                "that",
            )
        ):
            return s
    return None


def chunk_left(vocab: Vocabulary, tokens: list[Token], end: int) -> tuple[int, int] | None:
    """The speaker phrase ending just before ``tokens[end]`` (a cue), as token indices.

    Skips auxiliaries and adverbs (``has also said``); keeps an apposition
    (``Heather Nauert, a State Department spokeswoman, said``) or a relative
    clause (``Zeke Emanuel, an oncologist who advised Obama, said``) as part of
    the mention.
    """
    i = end - 1
    while i >= 0:
        word = tokens[i]
        if (word.lower in _SKIPPABLE and word.text[0].islower()) or is_ly_adverb(word):
            i -= 1  # "has also said"; a capitalized "Will" or "Still" is a name
            continue
        opener = _time_adverbial_start(tokens, i)
        if opener is None:
            break
        i = opener - 1  # "Trump at the time said", "Cruz on Tuesday said"
    if i >= 0 and tokens[i].text == ")":
        # "Harry M. Reid (D-Nev.) said": a parenthetical after the name.
        k = i - 1
        while k >= 0 and tokens[k].text != "(" and i - k < 8:
            k -= 1
        if k >= 0 and tokens[k].text == "(":
            start = _chunk_core(vocab, tokens, k - 1)
            if start is None and k > 0:
                # "Speaker of the House Paul Ryan (R-Wis.) said"
                start = _affiliated_start(vocab, tokens, k - 1)
            if start is not None:
                return (start, i + 1)
    if i < 0:
        return None
    if tokens[i].text in ("—", "–") or (
        tokens[i].text == "-" and i > 0 and tokens[i - 1].text == "-"
    ):
        # "John McCain -- who lost the 2008 election -- said": a dash-set aside.
        close = i if tokens[i].text != "-" else i - 1  # "--" is two tokens
        dash = tokens[close].text
        for k in range(close - 1, max(-1, close - 40), -1):
            if tokens[k].text in (".", ";", ":", "“", "”", '"'):
                break
            if tokens[k].text != dash:
                continue
            opener = k
            if dash == "-":
                if k == 0 or tokens[k - 1].text != "-":
                    continue  # a hyphen, not a "--"
                opener = k - 1
            start = _chunk_core(vocab, tokens, opener - 1)
            if start is not None and (start == 0 or tokens[start - 1].text == ","):
                return (start, close)
            break
        return None
    if tokens[i].text != ",":
        start = _chunk_core(vocab, tokens, i)
        if start is None:
            start = _affiliated_start(vocab, tokens, i)
        if start is None:
            start = _share_start(tokens, i)
        return None if start is None else (start, i + 1)
    # "X, <apposition or clause>, said": find the comma that opens the aside,
    # the nearest one whose left side is a speaker phrase opening its clause.
    for k in range(i - 1, max(-1, i - 40), -1):
        if tokens[k].text in (".", ";", ":", "“", "”", '"') and not _number_sign(tokens, k):
            break
        if tokens[k].text != ",":
            continue
        start = _chunk_core(vocab, tokens, k - 1)
        if start is None:
            continue
        if (
            start == 0
            or tokens[start - 1].text in (",", "“", '"', "—", "–")
            or tokens[start - 1].lower in ("and", "but", "that", "while", "as", "when")
        ):
            if k + 2 == i and tokens[k + 1].lower in _ASIDE_ADVERBS:
                return (start, k)  # "The donors, meanwhile, argue": no apposition
            outer = _relative_antecedent(vocab, tokens, start - 1, i - 40)
            return (start, i) if outer is None else (outer, i)
    start = _chunk_core(vocab, tokens, i - 1)
    return None if start is None else (start, i)


#: Sentence adverbs set off by commas between a subject and its verb.
_ASIDE_ADVERBS = frozenset(
    {"however", "though", "too", "meanwhile", "instead", "also", "then", "likewise", "nonetheless"}
)


def _relative_antecedent(vocab: Vocabulary, tokens: list[Token], k: int, limit: int) -> int | None:
    """``Mr. Slinker, whose latest start-up, Paradata, uses data, said``: when the
    phrase found after the comma ``tokens[k]`` sits inside a relative clause
    opened by an earlier ``, who`` / ``, whose``, the start of that clause's
    antecedent, which is the speaker."""
    for m in range(k - 1, max(0, limit), -1):
        text = tokens[m].text
        if text in (".", ";", ":", "“", "”", '"', "(", ")", "—", "–"):
            return None
        if text != "," or tokens[m + 1].lower not in ("who", "whose"):
            continue
        start = _chunk_core(vocab, tokens, m - 1)
        if start is not None and (start == 0 or tokens[start - 1].text in (",", "“", '"')):
            return start
        return None
    return None


_AFFILIATIONS = frozenset({"of", "at", "from", "with", "for"})


def _affiliated_start(vocab: Vocabulary, tokens: list[Token], last: int) -> int | None:
    """Start of ``James Pethokoukis of the American Enterprise Institute`` or
    ``a researcher at the Brookings Institution``: a name or role, a preposition,
    and a capitalized phrase ending at ``tokens[last]``."""
    if not tokens[last].text[0].isupper():
        return None
    for p in range(last - 1, max(0, last - 8), -1):
        word = tokens[p].lower
        if word in _AFFILIATIONS:
            before = tokens[p - 1]
            if not (vocab.is_name_word(before) or before.lower in vocab.role_words):
                if before.text[0].isupper():
                    continue  # "the James Martin Center for Nonproliferation Studies"
                return None
            start = _chunk_core(vocab, tokens, p - 1)
            if start is None and before.text[0].isupper():
                continue  # "the Armenian Patriarchate of Jerusalem": an inner "of"
            return None if start is None or start == p else start
        if not (tokens[p].text[0].isupper() or word in ("the", "’s", "'s", "&", "for", "and")):
            return None
    return None


_TIME_NOUNS = frozenset(
    {"time", "week", "weekend", "month", "year", "night", "morning", "afternoon", "evening", "day"}
    | {"past", "weeks", "months", "years", "days"}
)


_TIME_OPENERS = frozenset({"at", "on", "in", "last", "this", "that", "earlier", "late", "early"})


def _time_adverbial_start(tokens: list[Token], last: int) -> int | None:
    """Start of a time adverbial ending at ``tokens[last]`` ("at the time", "on
    Tuesday", "last week", "earlier this month"), or None."""
    word = tokens[last].lower.rstrip(".")
    if word == "ago":
        return _ago_start(tokens, last)
    if word not in _TIME_NOUNS and word not in CALENDAR_WORDS:
        return None
    if word in ("today", "yesterday", "tonight"):
        if time_in_name(tokens, last):
            return None  # "USA Today reported": the end of a name, not a time
        return last
    for k in range(last - 1, max(-1, last - 5), -1):
        lower = tokens[k].lower
        if lower in _TIME_OPENERS:
            start = k
            while start > 0 and tokens[start - 1].lower in _TIME_OPENERS:
                start -= 1
            return start
        if lower not in _TIME_MODIFIERS and not tokens[k].text[0].isupper():
            return None
    return None


def time_in_name(tokens: list[Token], k: int) -> bool:
    """Whether a capitalized ``Today``, ``Tonight`` or ``Yesterday`` at ``k``
    ends a name (``USA Today``, ``The Tonight Show``): it follows a capitalized
    word of the name, not the end of a sentence or a day (``Monday``); a time
    in running text is in lower case (``Ruiz today said``)."""
    if k == 0 or tokens[k].lower not in ("today", "tonight", "yesterday"):
        return False
    text = tokens[k - 1].text
    return (
        tokens[k].text[0].isupper()
        and text[0].isupper()
        and text.isalpha()
        and text.lower() not in CALENDAR_WORDS
        and tokens[k - 1].end + 1 >= tokens[k].start
    )


# Words inside a time adverbial before its noun ("in recent weeks", "in the past few days").
_TIME_MODIFIERS = frozenset({"the", "a", "recent", "past", "few", "several", "two", "three"})


_AGO_WORDS = frozenset(
    {
        "a",
        "an",
        "about",
        "some",
        "less",
        "more",
        "than",
        "nearly",
        "almost",
        "just",
        "few",
        "several",
    }
)


_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"}
)


#: Determiners that can come before a number in a speaker phrase ("the three
#: mayors", "their two lawyers").
_NUMBERED = frozenset({"the", "these", "those", "his", "her", "their", "our", "its"})


def _cardinal(token: Token) -> bool:
    """A number before a noun: ``three``, ``twelve``, ``12``, ``1,200``."""
    text = token.text
    return token.lower in _NUMBER_WORDS or (text[0].isdigit() and text.replace(",", "").isdigit())


def _ago_start(tokens: list[Token], last: int) -> int | None:
    """Start of ``two weeks ago``, ``less than a year ago`` ending at ``tokens[last]``."""
    k = last - 1
    if k < 0 or tokens[k].lower.rstrip(".") not in _TIME_NOUNS:
        return None
    start = k
    while start > 0 and last - start < 6:
        word = tokens[start - 1].lower
        if word not in _AGO_WORDS and word not in _NUMBER_WORDS and not word.isdigit():
            break
        start -= 1
    return start if start < k else None


def _rank_at(vocab: Vocabulary, tokens: list[Token], j: int) -> bool:
    """``No. 2`` at ``tokens[j]`` before a word of a speaker phrase (``No. 2
    Senate Democrat``): a rank, not the determiner ``no``."""
    return (
        tokens[j].text == "No"
        and j + 3 < len(tokens)
        and tokens[j + 1].text == "."
        and tokens[j + 2].text[0].isdigit()
        and self_ok(vocab, tokens[j + 3])
    )


def chunk_right(vocab: Vocabulary, tokens: list[Token], start: int) -> tuple[int, int] | None:
    """The speaker phrase starting at ``tokens[start]`` (after a cue: ``said X``)."""
    n = len(tokens)
    if start >= n:
        return None
    if tokens[start].lower in PRONOUNS and tokens[start].lower not in ("him", "her", "it", "who"):
        return (start, start + 1)
    j = start
    if tokens[j].lower in DETERMINERS and not _rank_at(vocab, tokens, j):
        j += 1
    first = j
    while j < n:
        token = tokens[j]
        if self_ok(vocab, token) or (j > first and time_in_name(tokens, j)):
            j += 1  # "said USA Today"
            continue
        if (
            j > first
            and token.text[0].isupper()
            and token.text.isalpha()
            and tokens[j - 1].lower in vocab.first_names
        ):
            j += 1  # "Al From", "Bryan English": a surname that is also a common word
            continue
        if token.lower in _CONNECTORS and j + 1 < n and self_ok(vocab, tokens[j + 1]) and j > first:
            j += 1
            continue
        if j > first and j + 1 < n and possessive_mark(tokens, j) and self_ok(vocab, tokens[j + 1]):
            j += 1  # "told the dockers’ union": a plural possessor
            continue
        if (
            token.lower == "of"
            and j == first + 1
            and vocab.is_title(tokens[first])
            and j + 2 < n
            and tokens[j + 1].lower == "the"
            and tokens[j + 2].text[0].isupper()
            and self_ok(vocab, tokens[j + 2])
        ):
            j += 2  # "said Speaker of the House Ana Ruiz": a title with its body
            continue
        if j > first and _particle_pair(tokens, j, 1):
            j += 2  # "said Oscar de la Hoya"
            continue
        if _rank_at(vocab, tokens, j):
            j += 3  # "said No. 2 Senate Democrat Ana Ruiz": a rank
            continue
        if j > first and _modifier_gap(vocab, tokens, first, j):
            j += 1  # "former tech executive Carly Fiorina": a modifier the lists lack
            continue
        break
    # Trim trailing connectors (a capitalized one is a name: "Al From").
    while j > first and tokens[j - 1].lower in _CONNECTORS and not tokens[j - 1].text[0].isupper():
        j -= 1
    if j <= first:
        return None
    if (
        j == first + 1
        and tokens[first].lower.endswith(("ing", "ed"))
        and tokens[first].lower not in vocab.first_names
        and j < n
        and tokens[j].text[0].islower()
    ):
        return None  # "Facing mounting criticism, ...": a participle, not a name
    head = tokens[j - 1]
    surname_after_given = (
        j - 1 > first and head.text[0].isupper() and tokens[j - 2].lower in vocab.first_names
    )
    if not (
        capital_head(vocab, head)
        or vocab.is_nounish(head)
        or surname_after_given
        or time_in_name(tokens, j - 1)
    ):
        return None
    # Apposition: "said the White House spokesman, Josh Earnest".
    if j + 1 < n and tokens[j].text == "," and not tokens[j - 1].text[0].isupper():
        k = j + 1
        while k < n and vocab.is_name_word(tokens[k]):
            k += 1
        if k > j + 2 and (k == n or tokens[k].text in (",", ".", ";")):
            return (start, k)
    # Apposition: "said Maria Zakharova, the ministry’s spokeswoman", "said Jensen
    # Huang, Nvidia’s chief executive", "a political scientist at the University
    # of Virginia": up to the next comma or the sentence end, if a role is in it.
    if (
        j + 1 < n
        and tokens[j].text == ","
        and (
            tokens[j + 1].lower in ("a", "an", "the")
            or tokens[j + 1].text.endswith(("’s", "'s"))
            or vocab.is_nounish(tokens[j + 1])
        )
    ):
        k = j + 1
        while k < n and k - j <= 16 and tokens[k].text not in (",", ".", ";", ":", "“", '"'):
            if not tokens[k].text[0].isalnum() and tokens[k].text not in ("’", "'", "-"):
                break
            k += 1
        if any(
            t.lower in vocab.role_words or (vocab.is_nounish(t) and t.lower not in MODIFIERS)
            for t in tokens[j + 1 : k]
        ):
            j = k
    return (start, j)


def _modifier_gap(vocab: Vocabulary, tokens: list[Token], first: int, j: int) -> bool:
    """True when ``tokens[j]`` is an unknown lower-case word inside a run of role
    premodifiers: everything from ``first`` is a lower-case modifier or role
    word, and a role word follows within two words, or a given name right
    after the unknown word."""
    word = tokens[j].text
    if not word.isalpha() or not word[0].islower():
        return False  # what the loop below answers first, before reading the run
    if not all(
        t.text[0].islower() and (t.lower in MODIFIERS or t.lower in vocab.role_words)
        for t in tokens[first:j]
    ):
        return False
    for k in range(j, min(j + 2, len(tokens))):
        token = tokens[k]
        if k > j and token.text.isalpha() and token.lower in vocab.first_names:
            return token.text[0].isupper()  # "retired neurosurgeon Ben Carson"
        if not token.text.isalpha() or not token.text[0].islower():
            return False
        if token.lower in vocab.role_words:
            return True
        if token.lower in NOT_HEADS or token.lower in PREPOSITIONS or token.lower in PRONOUNS:
            return False
    return False
