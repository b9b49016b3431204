"""Closed classes of English words that the mention grammar reads.

This module owns the fixed word sets (pronouns, determiners, prepositions,
auxiliaries, modifiers, sentence adverbs, calendar words, ...) and the
:class:`MentionKind` of a mention phrase. Open classes (reporting verbs, role
nouns, titles, first names, organizations) come from the lexicon's data files
through :class:`~quoteattr.mentions.vocabulary.Vocabulary`.
"""

from __future__ import annotations

import enum

from quoteattr.mentions.tokens import (
    Token,
)

__all__ = [
    "AUXILIARIES",
    "BARE_TIMES",
    "CALENDAR_WORDS",
    "DETERMINERS",
    "FUNCTION_WORDS",
    "MODIFIERS",
    "NAME_PARTICLES",
    "NAME_PREPOSITIONS",
    "NOT_HEADS",
    "PREPOSITIONS",
    "PRONOUNS",
    "ROLE_BLOCKERS",
    "SENTENCE_ADVERBS",
    "MentionKind",
    "is_ly_adverb",
    "is_particle_name",
    "possessive_mark",
]


class MentionKind(enum.Enum):
    """What a mention chunk is headed by."""

    PRONOUN = "pronoun"
    NAME = "name"
    ORGANIZATION = "organization"
    GROUP = "group"
    NOMINAL = "nominal"


PRONOUNS = {
    "he": "m",
    "she": "f",
    "they": "p",
    "it": "n",
    "we": "p",
    "i": "s",
    "him": "m",
    "her": "f",
    "who": "r",
}


DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "this",
        "that",
        "one",
        "another",
        "two",
        "three",
        "several",
        "some",
        "many",
        "other",
        "both",
        "most",
        "few",
        "no",
        "any",
        "each",
        "these",
        "those",
        "all",
        "more",
        "four",
        "five",
        "dozens",
        "hundreds",
    }
)


MODIFIERS = frozenset(
    {
        "former",
        "senior",
        "top",
        "longtime",
        "veteran",
        "presidential",
        "political",
        "deputy",
        "chief",
        "vice",
        "assistant",
        "executive",
        "national",
        "foreign",
        "federal",
        "local",
        "democratic",
        "republican",
        "independent",
        "conservative",
        "liberal",
        "progressive",
        "then",
        "acting",
        "interim",
        "general",
        "press",
        "campaign",
        "communications",
        "state",
        "white",
        "house",
        "junior",
        "ranking",
        "outgoing",
        "incoming",
        "retired",
        "prominent",
        "leading",
        "fellow",
        "rival",
        "u.s.",
        "us",
        "american",
        "british",
        "russian",
        "chinese",
        "anonymous",
        "unnamed",
        "new",
        "influential",
        "military",
        "defense",
        "intelligence",
        "administration",
        "government",
        "party",
        "gop",
        "economic",
        "legal",
        "policy",
        "security",
        "health",
        "energy",
        "trade",
        "finance",
        "justice",
        "under",
        "secretary",
        "spokesperson",
        "close",
        "key",
        "high-ranking",
        "senior-level",
        "top-level",
        "well-known",
        "prime",
        "majority",
        "minority",
        "affairs",
        "relations",
        "director",
    }
)


# Words that cannot end a noun phrase: "the nomination and said" has no head.
NOT_HEADS = frozenset(
    {
        "and",
        "or",
        "but",
        "nor",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "that",
        "which",
        "who",
        "as",
        "than",
        "then",
        "so",
        "if",
        "because",
        "while",
        "when",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "not",
        "also",
    }
)


SENTENCE_ADVERBS = frozenset(
    {
        "hours",
        "minutes",
        "moments",
        "days",
        "weeks",
        "months",
        "years",
        "ever",
        "soon",
        "shortly",
        "but",
        "and",
        "however",
        "meanwhile",
        "also",
        "still",
        "yet",
        "so",
        "then",
        "now",
        "here",
        "there",
        "this",
        "that",
        "it",
        "instead",
        "later",
        "earlier",
        "today",
        "thus",
        "indeed",
    }
)


FUNCTION_WORDS = frozenset(
    {"of", "the", "in", "for", "and", "to", "at", "on", "a", "an", "&", "by", "with"}
)


AUXILIARIES = frozenset(
    {
        "to",
        "will",
        "would",
        "could",
        "should",
        "might",
        "may",
        "must",
        "can",
        "did",
        "does",
        "do",
        "also",
        "often",
        "then",
        "and",
        "who",
        "not",
        "never",
        "still",
        "they",
        "we",
    }
)


PREPOSITIONS = frozenset(
    {
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "of",
        "about",
        "into",
        "en",
        "over",
        "against",
        "toward",
        "towards",
        "after",
        "before",
        "during",
        "than",
        "like",
        "via",
        "under",
        "among",
        "between",
        "through",
        "without",
        "within",
    }
)


#: Prepositions: a name after one in the same clause is its object ("with Mika
#: Brzezinski"), not the subject of the clause.
NAME_PREPOSITIONS = PREPOSITIONS


#: Lower-case words that cannot sit inside a role phrase before a name
#: ("told radio host Hugh Hewitt", "with campaign manager ...").
ROLE_BLOCKERS = PREPOSITIONS | DETERMINERS | FUNCTION_WORDS | AUXILIARIES | frozenset(PRONOUNS)


_LY_NOUNS = frozenset(
    {
        "family",
        "ally",
        "reply",
        "rally",
        "supply",
        "assembly",
        "monopoly",
        "anomaly",
        "belly",
        "bully",
        "lily",
        "july",
        "italy",
        "fly",
        "jelly",
        "homily",
        "melancholy",
        "panoply",
    }
)


def possessive_mark(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is the apostrophe of a plural possessor: a lone
    ``’`` or ``'`` attached to the word of letters in *-s* before it (``the
    reporters’ union``, ``Teamsters' leaders``)."""
    if j < 1:
        return False
    mark, word = tokens[j], tokens[j - 1]
    return (
        mark.text in ("’", "'")
        and word.end == mark.start
        and word.lower[-1:] == "s"
        and word.text.isalpha()
    )


def is_ly_adverb(token: Token) -> bool:
    """A lower-case -ly word that is not a noun ("repeatedly", not "family")."""
    word = token.lower
    return (
        token.text[0].islower()
        and word.endswith("ly")
        and len(word) > 4
        and (word not in _LY_NOUNS)
    )


#: Days and times that stand alone as an adverbial (``Sanders Sunday
#: thanked``, ``announced Monday``).
BARE_TIMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"today", "yesterday", "tonight"}
)


CALENDAR_WORDS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
    }
)


# Articles and particles written in lower case and joined by a hyphen to the
# capitalized part of a surname ("al-Assad", "el-Sisi", "bin-Talal", "ad-Din").
_JOINED_PARTICLES = frozenset(
    {"al", "el", "ad", "ar", "as", "ash", "at", "az", "ud", "ul", "bin", "ibn", "abu", "bint"}
)


#: Particles of personal names, lowercased: written in lower case between the
#: words of a surname ("Frans van der Berg", "Mohammed bin Salman", "Ursula von
#: der Leyen", "Sophie in 't Veld", "Ahmed al Ashry") or capitalized at its
#: start ("Van der Berg", "Abu Bakr", "Ní Bhriain"). In a run of capitalized
#: words, one of these in lower case before a capitalized word (or another
#: particle) belongs to the name.
NAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "del", "della", "da", "di", "du", "dos", "das", "des"}
    | {"dei", "do", "la", "le", "ten", "ter", "op", "'t", "’t", "zu", "al", "el", "bin", "ibn"}
    | {"bint", "abu", "ben", "mac", "st.", "ni", "ní", "nic", "ó"}
)


def is_particle_name(text: str) -> bool:
    """A surname that opens with a lower-case particle joined by a hyphen:
    a name word although its first letter is lower case.

    Examples:
        >>> is_particle_name("al-Assad"), is_particle_name("el-Sisi")
        (True, True)
        >>> is_particle_name("all-American"), is_particle_name("al-qaeda")
        (False, False)
    """
    head, hyphen, rest = text.partition("-")
    return bool(hyphen) and rest[:1].isupper() and head in _JOINED_PARTICLES
