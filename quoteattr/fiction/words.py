"""Word classes of narrative dialogue, built once from the lexicon.

This module owns :class:`FictionWords`: the speech verbs (the reporting verbs
both genres read plus the fiction list), forms of address before a name, nouns
that describe a character, given names, and the closed classes the dialogue
rules read (pronouns, determiners, interjections); and how a name is split
into its title and words (:func:`split_name`) or found addressed in a line
(:func:`vocative_patterns`).
"""

from __future__ import annotations

import re

from quoteattr.lexicon import Lexicon
from quoteattr.mentions import Token

__all__ = ["FictionWords", "split_name", "vocative_patterns"]

#: Pronouns that can be the subject of a line's cue, with the gender they carry
#: (``"s"``: the first-person narrator).
SUBJECT_PRONOUNS = {"he": "m", "she": "f", "i": "s"}
#: Words that open a description of a character ("the young girl", "his lady").
DETERMINERS = frozenset(
    {"the", "his", "her", "my", "our", "their", "your", "a", "an", "this", "that"}
)
#: Words that can stand between a subject and its verb ("he then said", "she at once replied").
INTERVENING = frozenset(
    {"then", "again", "now", "still", "at", "once", "last", "length", "also", "too"}
    | {"presently", "had"}
)
#: Verbs of speech that take a particle, with the particles that make them speech.
PHRASAL = {
    "go": frozenset({"on"}),
    "goes": frozenset({"on"}),
    "went": frozenset({"on"}),
    "going": frozenset({"on"}),
    "break": frozenset({"in", "out", "off"}),
    "broke": frozenset({"in", "out", "off"}),
    "breaks": frozenset({"in", "out", "off"}),
    "put": frozenset({"in"}),
    "puts": frozenset({"in"}),
    "cut": frozenset({"in"}),
    "chimed": frozenset({"in"}),
    "burst": frozenset({"out"}),
    "spoke": frozenset({"up", "out"}),
    "speaks": frozenset({"up", "out"}),
    "shot": frozenset({"back"}),
    "fired": frozenset({"back"}),
    "came": frozenset({"in"}),
    "struck": frozenset({"in"}),
}
#: Capitalized words that open a line of dialogue and are never a name
#: (``"Oh, Harry"``: *Oh* is not the one addressed).
INTERJECTIONS = frozenset(
    {
        "oh",
        "ah",
        "ha",
        "eh",
        "hm",
        "hum",
        "hush",
        "alas",
        "pooh",
        "pshaw",
        "bah",
        "hallo",
        "hullo",
        "hello",
        "hey",
        "well",
        "yes",
        "no",
        "nay",
        "aye",
        "ay",
        "indeed",
        "now",
        "come",
        "why",
        "o",
        "lord",
        "god",
        "heavens",
        "goodness",
        "dear",
        "sir",
        "madam",
        "ma'am",
        "thanks",
        "please",
        "nonsense",
        "good",
        "bye",
        "goodbye",
        "look",
        "listen",
        "stop",
        "wait",
        "here",
        "there",
        "so",
        "what",
        "and",
        "but",
        "then",
        "quite",
        "certainly",
        "ahem",
        "oho",
        "aha",
        "hurrah",
        "bravo",
        "damn",
        "mamma",
        "mama",
        "papa",
        "mother",
        "father",
        "dearest",
        "darling",
        "fie",
        "tut",
        "whew",
        "ugh",
        "hark",
        "lo",
        "behold",
        "i",
        "you",
        "we",
        "they",
        "he",
        "she",
        "it",
        "my",
        "your",
        "our",
        "mrs",
        "mr",
        "miss",
    }
)
#: Particles inside a name ("Lady Catherine de Bourgh").
NAME_PARTICLES = frozenset({"de", "van", "von", "du", "la", "le", "di", "da", "del", "der", "d'"})


class FictionWords:
    """The word classes the dialogue rules read, from one :class:`Lexicon`.

    Attributes:
        speech_verbs: every form of every verb of speech, mapped to its lemma.
        titles: forms of address, lowercased without their period, mapped to a
            gender (``"m"``, ``"f"``) or None; single words only.
        person_nouns: nouns that head a description of a character, with gender.
        character_roles: callings that name a minor character, with gender.
        first_names: given names, lowercased, with their usual gender.
        non_names: lowercased capitalizable words that are never names.
        abbreviations: words whose final period does not end a sentence.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.speech_verbs = {**lexicon.reporting_verbs, **lexicon.fiction_verbs}
        titles: dict[str, str | None] = {}
        for title, gender in (*lexicon.titles.items(), *lexicon.fiction_titles.items()):
            if " " not in title:
                titles[title.lower().rstrip(".")] = gender
        self.titles = titles
        self.person_nouns = dict(lexicon.person_nouns)
        self.character_roles = dict(lexicon.character_roles)
        self.first_names = {name.lower(): g for name, g in lexicon.first_names.items()}
        self.non_names = lexicon.non_name_words | INTERJECTIONS
        self.abbreviations = frozenset(a + "." for a in lexicon.abbreviations) | frozenset(
            title.lower()
            for title in (*lexicon.titles, *lexicon.fiction_titles)
            if title.endswith(".")
        )

    def is_title(self, token: Token) -> bool:
        """A capitalized form of address (``Mr.``, ``Lady``, ``Aunt``)."""
        return token.text[0].isupper() and token.lower.rstrip(".") in self.titles

    def speech_verb(self, token: Token) -> bool:
        """A lower-case form of a verb of speech."""
        return token.lower in self.speech_verbs and token.text[0].islower()


def split_name(surface: str, words: FictionWords) -> tuple[str | None, tuple[str, ...]] | None:
    """A name as written as its title (lowercased, no period) and its words.

    Args:
        surface: the name as the text writes it.
        words: the word classes, for the titles.

    Returns:
        ``(title or None, words)``, or None for a title alone.

    Example:
        >>> from quoteattr.lexicon import Lexicon
        >>> split_name("Mrs. Hale", FictionWords(Lexicon.default()))
        ('mrs', ('Hale',))
    """
    parts = surface.split()
    title = None
    if parts and parts[0].lower().rstrip(".") in words.titles:
        title = parts[0].lower().rstrip(".")
        parts = parts[1:]
    if not parts:
        return None
    return title, tuple(parts)


def vocative_patterns(words: FictionWords) -> tuple[re.Pattern[str], ...]:
    """Patterns of a name addressed in a line: at its start (``“Well, Mrs.
    Weston, …”``) and after a comma inside it (``“…, my dear Emma.”``).

    Args:
        words: the word classes, for the titles.

    Returns:
        The two patterns, each with a group ``name``.

    Example:
        >>> from quoteattr.lexicon import Lexicon
        >>> start, inner = vocative_patterns(FictionWords(Lexicon.default()))
        >>> start.match("Well, Mrs. Weston, I think not.").group("name")
        'Mrs. Weston'
    """
    titles = sorted(words.titles, key=len, reverse=True)
    title = "(?:" + "|".join(re.escape(t[:1].upper() + t[1:]) for t in titles if t) + r")\.?\s+"
    word = r"[A-Z][\w'’]*\w(?:-[\w'’]*\w)*"
    name = rf"(?P<name>(?:{title})?{word}(?:[ \t]+{word})?)(?<!['’]s)"
    opener = (
        r"(?:(?i:oh|ah|well|yes|no|nay|now|come|why|dear|my\s+dear|good-?bye|good\s+night"
        r"|good\s+morning|thank\s+you|thanks|indeed|and|but|so|look\s+here|listen|pray|please"
        r"|really|ay|aye|hallo|hullo|hello)[,!]?\s+)*"
    )
    start = re.compile(rf"^\W*{opener}{name}\s*(?=[,!?;:.—–-])")
    inner = re.compile(
        rf"[,;!]\s+(?:(?:my|dear|my\s+dear|my\s+good|good|poor|dearest|you)\s+)?{name}\s*(?=[,!?.;:—–-]|$)"
    )
    return start, inner
