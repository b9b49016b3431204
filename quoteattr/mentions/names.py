"""Names in the writer's text: the pre-pass that registers every name.

This module owns :func:`named_chunks`, which reads every gap of the writer's
words for runs of capitalized words that name a person or an organization (so
that a later ``Nauert`` or ``she`` can be resolved to them), and the tests of
which capitalized words may stand in a name.
"""

from __future__ import annotations

import functools
import re

from quoteattr.mentions.tokens import (
    Token,
    TokenTable,
)
from quoteattr.mentions.vocabulary import (
    Vocabulary,
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
    is_particle_name,
)

__all__ = [
    "capital_head",
    "common_plural_opening",
    "common_word_opening",
    "named_chunks",
    "self_ok",
]


# Words after which capitalized words name a place, a thing or an object, not a
# person in apposition ("the Trans-Pacific Partnership, the trade deal", "the suburb
# of Santa Catarina, a worker").
_NOT_BEFORE_NAMES = PREPOSITIONS | DETERMINERS


# Auxiliaries and modals: after a word that follows a capitalized one, they
# show that word to be the subject's noun ("Good information can ...").
_AUXILIARIES = frozenset(
    {"can", "could", "will", "would", "may", "might", "must", "should", "shall"}
    | {"is", "are", "was", "were", "has", "have", "had", "does", "do", "did"}
)

# Adverbs that may stand between a subject and its verb ("Google long had").
_ADVERBS = frozenset(
    {"long", "still", "often", "once", "never", "already", "always", "also", "just", "now"}
    | {"then", "later", "soon", "even", "again", "first", "ever", "too", "not", "only"}
)

# What may stand between a sentence's end and the word that opens the next one.
_SENTENCE_BREAK = re.compile(r"(?:^|[.!?:;\n])[\s\"'“”‘’()\[\]]*$")


def common_word_opening(
    vocab: Vocabulary, text: str, token: Token, following: Token, after: Token | None = None
) -> bool:
    """``Good information can still drive out bad``: a capitalized word that
    opens a sentence before a lower-case word that is no verb in -ed, cue or
    sentence adverb (a noun, as far as that shows), is a common word (an
    adjective or a noun's modifier), not a name, when an auxiliary comes next
    (``after``: the lower-case word is then the subject's noun) or when the
    text writes it in lower case elsewhere but never capitalized inside a
    sentence. Pronouns,
    determiners, plurals in -s (``Others say``: the subject itself), given
    names, titles, role and organization words and the family names the
    lexicon knows are never taken for such words.

    Examples:
        >>> from quoteattr.lexicon import Lexicon
        >>> from quoteattr.mentions.tokens import tokens_in
        >>> vocab = Vocabulary(Lexicon.default())
        >>> text = "It is a rural county. Rural hospitals face cuts."
        >>> tokens = tokens_in(text, 0, len(text))
        >>> common_word_opening(vocab, text, tokens[6], tokens[7])
        True
        >>> text = "He said so. Good information can win."
        >>> tokens = tokens_in(text, 0, len(text))
        >>> common_word_opening(vocab, text, tokens[4], tokens[5], tokens[6])
        True
        >>> text = "Ann Good ran. Good told them so. It is good news."
        >>> tokens = tokens_in(text, 0, len(text))
        >>> common_word_opening(vocab, text, tokens[4], tokens[5])
        False
    """
    word = token.text
    if not (
        len(word) > 1
        and _capitalized(word)
        and not word.endswith("s")
        and following.text.isalpha()
        and following.text[0].islower()
    ):
        return False  # a plural ("Others say") may be the subject itself
    next_word = following.lower
    if (
        next_word.endswith(("ed", "ly"))
        or next_word in vocab.cue_words
        or next_word in SENTENCE_ADVERBS
        or next_word in _ADVERBS
    ):
        return False  # "Marsh told", "Lowe also said": a verb or an adverb, not a noun
    lower = token.lower
    if lower in DETERMINERS or lower in vocab.role_words or _listed(vocab, lower):
        return False
    in_lower_case = _opening_in_lower_case(text, token)
    if in_lower_case is None:
        return False  # capitalized on purpose, here or elsewhere ("at Google"): a name
    if after is not None and after.lower in _AUXILIARIES:
        return True  # "Good information can": the lower-case word is the subject's noun
    # Written in lower case elsewhere: a common word, as far as the text shows.
    return in_lower_case


def common_plural_opening(
    vocab: Vocabulary, text: str, token: Token, following: Token | None = None
) -> bool:
    """``Others say``, ``Guests are asked``, ``Millennials favor``: a lone
    capitalized plural in *-s* that opens a sentence, that the text never
    capitalizes inside a sentence and writes in lower case elsewhere (or
    ``Others``), or whose verb ``following`` it is plural (``are``, ``were``,
    ``have``, or the bare form of a verb of saying or of a stance: ``favor``,
    ``say``, ``argue``; a surname takes ``favors``), is a common plural noun, a
    group, not a surname. Given names, family names the lexicon knows, titles,
    organization words and pronouns are never taken for such plurals (a plural
    role word, ``Officials``, may be).

    Examples:
        >>> from quoteattr.lexicon import Lexicon
        >>> from quoteattr.mentions.tokens import tokens_in
        >>> vocab = Vocabulary(Lexicon.default())
        >>> text = "The guests came early. Guests are asked to wait."
        >>> common_plural_opening(vocab, text, tokens_in(text, 0, len(text))[5])
        True
        >>> text = "Ann Reynolds spoke. Reynolds said the reynolds wrap tore."
        >>> common_plural_opening(vocab, text, tokens_in(text, 0, len(text))[4])
        False
        >>> text = "The poll is out. Zoomers favor the plan."
        >>> words = tokens_in(text, 0, len(text))
        >>> common_plural_opening(vocab, text, words[5], words[6])
        True
    """
    word = token.text
    if not (
        len(word) > 3
        and _capitalized(word)
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
    ):
        return False
    lower = token.lower
    if _listed(vocab, lower):
        return False
    in_lower_case = _opening_in_lower_case(text, token)
    if in_lower_case is None:
        return False  # capitalized on purpose, here or elsewhere
    return (
        in_lower_case
        or lower == "others"
        or (following is not None and _plural_verb(vocab, following))
    )


# Verbs whose form after a subject is plural whatever the tense.
_PLURAL_AUXILIARIES = frozenset({"are", "were", "have", "do", "don’t", "don't", "aren’t", "aren't"})


def _plural_verb(vocab: Vocabulary, token: Token) -> bool:
    """Whether ``token`` is a verb a plural subject takes and one person does
    not: a plural auxiliary, or the bare form of a verb of saying or of a
    stance that has a form in *-s* (``favor``, ``argue``; not ``said``)."""
    word = token.text
    if not word[:1].islower():
        return False
    if word in _PLURAL_AUXILIARIES:
        return True
    for verbs in (vocab.reporting_verbs, vocab.stance_verbs):
        if verbs.get(word) == word and (word + "s" in verbs or word + "es" in verbs):
            return True
    return False


def _capitalized(word: str) -> bool:
    """A word of letters with only its first one in upper case (``Good``)."""
    return word.isalpha() and word[0].isupper() and word[1:].islower()


def _listed(vocab: Vocabulary, lower: str) -> bool:
    """A pronoun, or a word the lexicon lists as a given or family name, a title
    or an organization word: never taken for a common word opening a sentence."""
    return (
        lower in PRONOUNS
        or lower in vocab.first_names
        or lower in vocab.family_names
        or lower in vocab.titles
        or lower in vocab.org_words
    )


def _opening_in_lower_case(text: str, token: Token) -> bool | None:
    """For a word that opens a sentence, whether ``text`` writes it in lower
    case elsewhere; None when it is capitalized on purpose: ``token`` does not
    open a sentence, or the text capitalizes the word inside one too."""
    if _SENTENCE_BREAK.search(text, max(0, token.start - 6), token.start) is None:
        return None
    inside, in_lower_case = _written(text, token.text)
    return None if inside else in_lower_case


def _written(text: str, word: str) -> tuple[bool, bool]:
    """Whether ``text`` writes the capitalized ``word`` inside a sentence (after
    a lower-case letter or a comma and a space), and whether it writes it in
    lower case, as whole words."""
    return _words_of(text).written(word)


class _TextWords:
    """What one text writes, asked word by word: the first words asked are
    searched for in the text (two plain string searches each, answers kept);
    past ``SEARCHED`` distinct words, the text's words are read once into two
    sets, so a text with thousands of distinct words opening its sentences is
    not searched again for each (time stays linear in the text)."""

    SEARCHED = 24

    __slots__ = ("answers", "inside", "lower", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.answers: dict[str, tuple[bool, bool]] = {}
        self.inside: frozenset[str] | None = None
        self.lower: frozenset[str] = frozenset()

    def written(self, word: str) -> tuple[bool, bool]:
        if self.inside is not None:
            return word in self.inside, word.lower() in self.lower
        answer = self.answers.get(word)
        if answer is None:
            if len(self.answers) >= self.SEARCHED:
                text = self.text
                self.inside = frozenset(m for m in _WORD_INSIDE.findall(text) if m[0].isupper())
                self.lower = frozenset(m for m in _WORD.findall(text) if m.islower())
                return word in self.inside, word.lower() in self.lower
            answer = self.answers[word] = _search(self.text, word)
        return answer


# A whole word of letters (no digit, apostrophe or hyphen joined to it), and
# such a word right after a lower-case letter or a comma and a space.
_WORD = re.compile(r"(?<![\w’'-])[^\W\d_]+(?![\w’'-])")
_WORD_INSIDE = re.compile(r"(?<=[a-z,] )[^\W\d_]+(?![\w’'-])")


@functools.lru_cache(maxsize=2)
def _words_of(text: str) -> _TextWords:
    """The answers about one text (the last two texts are kept: a document's
    sieves and its resolver ask about the same text)."""
    return _TextWords(text)


def _search(text: str, word: str) -> tuple[bool, bool]:
    """``_written`` by plain string search: whether the capitalized ``word``
    stands inside a sentence, and whether its lower case stands as a word."""
    inside = False
    at = text.find(word, 2)
    while at >= 0 and not inside:
        before = text[at - 2]
        inside = (
            text[at - 1] == " "
            and (before == "," or "a" <= before <= "z")
            and not _joined(text, at + len(word))
        )
        at = text.find(word, at + 1)
    lower = word.lower()
    at = text.find(lower)
    while at >= 0:
        if (at == 0 or not _joined(text, at - 1)) and not _joined(text, at + len(lower)):
            return inside, True
        at = text.find(lower, at + 1)
    return inside, False


def _joined(text: str, at: int) -> bool:
    """Whether the character at ``at`` would join a word next to it (a letter,
    a digit, an apostrophe or a hyphen)."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "’'-_")


def capital_head(vocab: Vocabulary, token: Token) -> bool:
    """A capitalized word that can end a speaker phrase ("Cuban", "David French")."""
    return (token.text[0].isupper() or is_particle_name(token.text)) and self_ok(vocab, token)


def self_ok(vocab: Vocabulary, token: Token) -> bool:
    """A token that can be part of a speaker phrase."""
    if token.text[0].isupper():
        return _capital_ok(token.text, token.lower)
    return vocab.is_nounish(token) or token.text in ("’s", "'s") or is_particle_name(token.text)


def _capital_ok(text: str, lower: str) -> bool:
    """A capitalized word that can be part of a speaker phrase."""
    if len(text) == 2 and text[1] == ".":
        return True  # a middle initial: "Jill A. Martin"
    # Capitalized words join a name ("South", "Democrat", "American"), except
    # dates and function words.
    return lower.rstrip(".") not in _NOT_IN_NAMES


def _of_proper_noun(vocab: Vocabulary, table: TokenTable, i: int, j: int) -> bool:
    """True when the premodifier ``tokens[i:j]`` ends in ``of`` and capitalized
    words that are no title or role (``mayor of New``), so the capitalized words
    after it continue a place or firm (``the mayor of New York``), not a name;
    ``Secretary of State John Kerry`` keeps its name."""
    texts, lowers = table.texts, table.lowers
    for k in range(j - 1, i - 1, -1):
        if lowers[k] == "of":
            return True
        if (
            not texts[k][0].isupper()
            or vocab.is_title_word(texts[k], lowers[k])
            or lowers[k] in vocab.role_words
        ):
            return False
    return False


# Lower-case particles found in persons' names and hardly in places' names.
_PERSON_PARTICLES = frozenset(
    {"van", "von", "der", "den", "ten", "ter", "zu", "bin", "ibn", "bint"}
)

# Capitalized particles a name may open with or hold ("Abu Bakr", "Ní Bhriain",
# "Van Thieu"): three such words are one name, not a word and a name.
_NAME_OPENING_PARTICLES = frozenset(
    {"abu", "bin", "ibn", "al", "el", "van", "von", "de", "da", "di", "ni", "ní", "nic", "ó"}
)


def named_chunks(vocab: Vocabulary, table: TokenTable) -> list[tuple[int, int, str]]:
    """Chunks of the tokens in ``table`` that name someone, as ``(start, end, kind)``.

    Kinds: ``"person"``: a title or role before capitalized words (``Sen. Ted
    Cruz``, ``spokeswoman Heather Nauert``) or a known first name followed by
    capitalized words (``Heather Nauert``), premodifying roles kept in the chunk
    so the role can be read off it; ``"organization"``: capitalized words ending
    in an organization word (``the State Department``), a known institution, or
    a possessor with an organization word (``Russia’s foreign ministry``);
    ``"group"``: capitalized modifiers and a group noun (``Democratic lawmakers``);
    ``"single"``: a lone capitalized word, a surname only if a person of that
    name is already known; ``"full name?"``: two or three capitalized words
    with no title and no known given name (``Elon Musk``), a person only if
    that surname is met again.
    """
    out: list[tuple[int, int, str]] = []
    texts, lowers = table.texts, table.lowers
    role_words, org_words, is_title = vocab.role_words, vocab.org_words, vocab.is_title_word
    titles, non_names = vocab.titles, vocab.non_names
    skipped, known, joining = _word_classes(vocab)
    n = len(texts)
    i = 0
    while i < n:
        first = texts[i][0]
        # Most words are lower case and no role word: one call and one lookup.
        if not first.isupper() and (lowers[i] not in role_words or not first.islower()):
            i += 1
            continue
        # Stops that the reading below passes over without a chunk, found at
        # once: a capitalized function word or date ("The", "He", "Tuesday")
        # and a lower-case role word ("campaign"), each before a lower-case
        # word that no premodifier, "of" or organization run takes up.
        if i + 1 == n or (not texts[i + 1][0].isupper() and lowers[i + 1] not in _RUN_ON_WORDS):
            if first.isupper():
                if lowers[i] in skipped:
                    i += 1
                    continue
                # "Clinton said": a lone capitalized word that no list knows,
                # before a word that neither joins a name nor makes a group.
                if (
                    i + 1 < n
                    and lowers[i] not in known
                    and lowers[i + 1] not in joining
                    and texts[i + 1] != ","
                    and "-" not in texts[i + 1]
                    and lowers[i][-1] != "."
                    and not texts[i].endswith(("’s", "'s"))
                ):
                    out.append((i, i + 1, "single"))
                    i += 1
                    continue
            elif (
                i + 1 == n or (lowers[i + 1] not in role_words and lowers[i + 1] not in MODIFIERS)
            ) and not texts[i].endswith(("’s", "'s")):
                i += 1
                continue
        # Premodifier: titles, role words, modifiers, possessors ("Russia’s").
        # Titles (Vocabulary.is_title_word) are tested inline here: every
        # capitalized word of the writer's text goes through these loops.
        j = i
        while j < n:
            lower = lowers[j]
            if not (
                (
                    texts[j][0].isupper()
                    and (
                        (lower.rstrip(".") if lower[-1] == "." else lower) in titles
                        or (lower[-1] == "s" and texts[j].endswith(("’s", "'s")))
                    )
                )
                or lower in role_words
                or lower in MODIFIERS
                or (lower == "of" and j > i)
            ):
                break
            j += 1
        k = j
        particles = 0
        while k < n and (
            texts[k][0].isupper() or (k > j and "-" in texts[k] and is_particle_name(texts[k]))
        ):
            word = lowers[k]
            if word[-1] == ".":
                word = word.rstrip(".")
            if (word in non_names or word in titles or lowers[k] in org_words) and not (
                k + 1 < n
                and texts[k + 1][0].islower()
                and (
                    j == 0
                    or not texts[j - 1][0].isupper()
                    or lowers[j - 1].rstrip(".") in titles
                    or lowers[j - 1] in role_words
                )
                and (
                    # "George Will reignited": a word that is mostly not a
                    # name, capitalized in running text after a given name.
                    (
                        k == j + 1
                        and word in non_names
                        and lowers[j] in vocab.first_names
                        and word not in _NOT_IN_NAMES
                    )
                    # "Billie Jean King remembered": a title word as the
                    # surname after a given name and another name word.
                    or (
                        k >= j + 2
                        and word in titles
                        and not texts[k].endswith(".")
                        and (
                            lowers[j] in vocab.first_names
                            # an unknown given name and a middle name
                            or (
                                k == j + 2
                                and texts[j].isalpha()
                                and texts[j + 1].isalpha()
                                and lowers[j] not in non_names
                                and lowers[j + 1] not in non_names
                            )
                        )
                        and lowers[k + 1] != "of"
                    )
                )
            ):
                break
            k += 1
            # "Frans van der Berg", "Mohammed bin Salman": lower-case particles
            # before a capitalized word go on with the name.
            p = k
            while p < n and p - k < 3 and lowers[p] in NAME_PARTICLES and texts[p][0].islower():
                p += 1
            if (
                p > k
                and p < n
                and texts[p][0].isupper()
                and texts[p][-1:] != "."
                # "Universidad de Chile", "Rio de Janeiro": a Romance particle
                # joins a person's name only after a known given name.
                and (lowers[k] in _PERSON_PARTICLES or lowers[j] in vocab.first_names)
            ):
                particles += p - k
                k = p
        names = k - j - particles
        if names == 0 and j > i + 1:
            # "Mr. Murdoch’s new role": a title and a possessive surname, read
            # as a possessor by the loop above.
            t = next(
                (
                    t
                    for t in range(i + 1, j)
                    if texts[t].endswith(("’s", "'s"))
                    and texts[t][0].isupper()
                    and lowers[t - 1].rstrip(".") in titles
                ),
                0,
            )
            if t:
                out.append((i, t + 1, "person"))
                i = t + 1
                continue
        if (
            names == 0
            and j == i + 1
            and texts[i].endswith(("’s", "'s"))
            and texts[i][0].isupper()
            and lowers[i][:-2] not in non_names
            and (j == n or texts[j][0].islower())
        ):
            # "hearing Rubio’s strategy": a possessive surname, kept in case
            # it is a known person's (the builder decides).
            out.append((i, i + 1, "single"))
            i += 1
            continue
        # "Heather Nauert, the department’s spokeswoman,": an apposition with a role.
        apposition_end = k
        if (
            names >= 1
            and k + 2 < n
            and texts[k] == ","
            and (lowers[k + 1] in ("a", "an", "the") or texts[k + 1].endswith("’s"))
        ):
            e = k + 1
            while e < n and e - k <= 10 and texts[e] not in (",", ".", ";", "“", '"'):
                e += 1
            if any(word in role_words for word in lowers[k + 1 : e]):
                apposition_end = e
        if names >= 1 and (
            (
                j > i
                # "the chief executive of JPMorgan Chase": after "of", a place or a firm
                and not _of_proper_noun(vocab, table, i, j)
                and any(
                    is_title(texts[t], lowers[t]) or lowers[t] in role_words for t in range(i, j)
                )
            )
            or (names >= 2 and lowers[j] in vocab.first_names)
            # "Jamie Dimon, the chief executive of ...": an unknown given name, but a role.
            or (
                2 <= names <= 3
                and j == i
                and apposition_end > k
                and (i == 0 or lowers[i - 1] not in _NOT_BEFORE_NAMES)
                and not lowers[i].endswith(("ing", "ly"))
            )
        ):
            if (
                names == 3
                and j == i
                and lowers[i] not in vocab.first_names
                and not (len(texts[i + 1]) == 2 and texts[i + 1].endswith("."))
                # "Abu Bakr al-Baghdadi", "Siobhán Ní Bhriain": a particle holds the name
                and lowers[i] not in _NAME_OPENING_PARTICLES
                and lowers[i + 1] not in _NAME_OPENING_PARTICLES
                and lowers[i + 1] not in NAME_PARTICLES
            ):
                i += 1  # "Senators Mitch McConnell, the majority leader"
            out.append((i, apposition_end, "person"))
            i = apposition_end
            continue
        # "Democratic lawmakers", "US officials": capitalized modifiers and a group noun.
        g = i
        while g < n and g - i < 4 and texts[g][0].isupper():
            # _capital_ok, inline: a middle initial, or no date or function word.
            word = lowers[g]
            if (len(texts[g]) != 2 or texts[g][1] != ".") and (
                word.rstrip(".") if word[-1] == "." else word
            ) in _NOT_IN_NAMES:
                break
            g += 1
        if g > i and g < n and (lowers[g] in vocab.group_nouns or lowers[g] in vocab.role_plurals):
            out.append((i, g + 1, "group"))
            i = g + 1
            continue
        # "Russia’s foreign ministry": a possessor, modifiers and an organization word.
        if texts[i][-1] == "s" and texts[i].endswith(("’s", "'s")) and i + 1 < n:
            m = i + 1
            while (
                m < n
                and m - i <= 3
                and texts[m][0].islower()
                and (lowers[m] in MODIFIERS or lowers[m] in org_words)
            ):
                m += 1
            if m > i + 1 and lowers[m - 1] in org_words:
                out.append((i, m, "organization"))
                i = m
                continue
        # An organization: capitalized words up to an organization word.
        m = i
        while m < n and (texts[m][0].isupper() or (m > i and lowers[m] in ("of", "for", "&"))):
            m += 1
        has_article = i > 0 and lowers[i - 1] == "the"
        if m > i and (
            (lowers[m - 1] in org_words and texts[m - 1][0].isupper())
            or (
                lowers[i] in vocab.organization_starts
                and _known_organization(vocab, " ".join(lowers[i:m]))
            )
        ):
            start = i - 1 if has_article else i
            out.append((start, m, "organization"))
            i = m
            continue
        if names == 1 and j == i:
            out.append((i, i + 1, "single"))
        elif 2 <= names <= 3 and j == i and (k == n or not texts[k][0].isupper()):
            # "Elon Musk": capitalized words that may be a full name with a given
            # name we do not know; kept in case the surname is met again.
            out.append((i, k, "full name?"))
            i = k
            continue
        i = j if j > i else i + 1
    return out


# Lower-case words that carry a premodifier or an organization's name on.
_RUN_ON_WORDS = frozenset({"of", "for", "&"})


@functools.lru_cache(maxsize=8)
def _word_classes(vocab: Vocabulary) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The word classes of :func:`named_chunks`'s quick stops, per vocabulary.

    Lowercased words it passes over, capitalized and before a lower-case word
    other than ``of``, ``for`` or ``&`` (words never names that are no title,
    role, modifier, organization word or opening of a known organization's
    name, and no initial or possessive); the words any list of the reading
    knows (a capitalized word outside them, alone, is a ``"single"``); and the
    lower-case words after it that may join a name or make a group.
    """
    listed = (
        frozenset(vocab.titles)
        | vocab.role_words
        | MODIFIERS
        | vocab.org_words
        | vocab.organization_starts
    )
    known = listed | vocab.non_names
    skipped = frozenset(
        word
        for word in (vocab.non_names & _NOT_IN_NAMES) - listed
        if "." not in word and not word.endswith(("’s", "'s"))
    )
    joining = _RUN_ON_WORDS | NAME_PARTICLES | vocab.group_nouns | vocab.role_plurals
    return skipped, known, joining


def _known_organization(vocab: Vocabulary, phrase: str) -> bool:
    return phrase in vocab.organizations or "the " + phrase in vocab.organizations


_NOT_IN_NAMES = (
    CALENDAR_WORDS | NOT_HEADS | SENTENCE_ADVERBS | frozenset(PRONOUNS) | DETERMINERS | PREPOSITIONS
)
