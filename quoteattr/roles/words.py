"""The word classes role-phrase reading relies on, beyond the lexicon's lists.

This module owns the small closed classes of English that decide where a role
phrase starts and stops (determiners, prepositions, clause words, copulas and
the verbs of office in relative clauses), the title abbreviations and the role
nouns they stand for, and the role heads too general to be the chosen role.
The open classes (role nouns, titles, honorifics, party nouns, ...) are the
lexicon's data files.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quoteattr.mentions import Token, Vocabulary

_POSSESSIVE = re.compile(r"[’']s?$")
# "R-S.C.", "D-Calif.", "I-Vt.", "R-Texas", "D-N.Y.", "D" alone inside parentheses.
_PARTY_STATE = re.compile(r"^[RDIL](?:\s?-\s?[A-Z][A-Za-z.]{0,8}(?:\s?[A-Z][A-Za-z.]{0,8})?)?$")
_AGE = re.compile(r"^\d{1,3}$")
_DETERMINERS = frozenset({"the", "a", "an", "another", "one"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "your"})
# Words that mark a role as held before: "former Gov. Jeb Bush", "the then-senator".
_PAST_MARKERS = frozenset({"former", "ex", "then", "onetime", "one-time", "erstwhile", "late"})
# Lower-case modifiers ending like verbs or adverbs that still sit inside role phrases.
_VERBAL_MODIFIERS = frozenset(
    {
        "acting",
        "elected",
        "leading",
        "outgoing",
        "ranking",
        "retired",
        "designated",
        "appointed",
        "founding",
        "managing",
        "presiding",
        "sitting",
        "early",
        "only",
        "likely",
        "nationally",
        "internationally",
        "widely",
    }
)
# Endings of lower-case adjectives and nouns that modify a role noun ("digital
# mastermind", "business mogul", "longtime aide"); other unknown words may be verbs.
_MODIFIER_ENDINGS = (
    "al",
    "ic",
    "ive",
    "ous",
    "ary",
    "ian",
    "ese",
    "ish",
    "ful",
    "less",
    "ern",
    "time",
    "er",
    "or",
    "ist",
    "ism",
    "ment",
    "tion",
    "sion",
    "ity",
    "ship",
    "ness",
    "ance",
    "ence",
    "ant",
    "ent",
)
# Words after which an unknown lower-case word opens a noun phrase, not a verb
# phrase ("with film critic Jane Roe", "the tennis great").
_PHRASE_OPENERS = frozenset(
    {"the", "a", "an", "and", "with", "by", "of", "for", "as", "from", "like", "his", "her"}
    | {"their", "its", "our", "another", "one", "including", "among", "between", "about"}
)
# Lower-case words ending in -s that are not plurals ("sports reporter", "news anchor").
_S_MODIFIERS = frozenset(
    {
        "news",
        "sports",
        "politics",
        "affairs",
        "relations",
        "services",
        "sales",
        "arms",
        "humanities",
    }
)
_PREPOSITIONS = frozenset(
    {"of", "at", "for", "from", "with", "in", "on", "to", "under", "since", "during", "until"}
    | {"after", "before", "through", "across", "about", "over", "between", "among", "against"}
    | {"within", "without", "including", "like", "near", "inside", "outside", "as", "by"}
)
# Lower-case words that open or join clauses, or are verbs and adverbs, never
# modifiers of a role: the phrase before a name stops at them ("although US
# President Donald Trump", "is spokeswoman Jane Roe").
_NOT_MODIFIERS = frozenset(
    {
        "although",
        "though",
        "but",
        "and",
        "while",
        "whereas",
        "when",
        "where",
        "because",
        "since",
        "if",
        "unless",
        "until",
        "after",
        "before",
        "so",
        "yet",
        "or",
        "nor",
        "even",
        "just",
        "only",
        "now",
        "then",
        "still",
        "already",
        "never",
        "ever",
        "not",
        "too",
        "very",
        "also",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "said",
        "says",
        "say",
        "told",
        "tell",
        "tells",
        "asked",
        "met",
        "meet",
        "meets",
        "saw",
        "see",
        "sees",
        "thank",
        "thanked",
        "called",
        "named",
        "including",
        "like",
        "than",
        "whom",
        "whose",
        "which",
        "that",
        "what",
        "who",
        "how",
        "why",
        "here",
        "there",
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "ago",
        "later",
        "earlier",
        "again",
        "once",
        "twice",
    }
)
# Tokens that close an apposition or a relative clause.
_CLOSERS = frozenset(
    {",", ".", ";", ":", "—", "–", "(", ")", "“", "”", '"', "''", "'", "‘", "’", "?", "!", "--"}
)
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
# The age compound before a role ("82-year-old widow"): never part of the role.
_AGE_WORDS = ("year-old", "years-old")
# Words that end the object of a verb of office in a relative clause.
_CLAUSE_BREAKS = frozenset(
    {"before", "after", "when", "while", "until", "because", "since", "where"}
)
# Verbs of a relative clause that give the holder a role, present and past:
# "who heads the Center for ...", "who served as White House counsel".
_ROLE_VERBS = {
    "heads": False,
    "leads": False,
    "runs": False,
    "chairs": False,
    "directs": False,
    "manages": False,
    "oversees": False,
    "owns": False,
    "represents": False,
    "hosts": False,
    "anchors": False,
    "coaches": False,
    "edits": False,
    "founded": False,
    "co-founded": False,
    "cofounded": False,
    "headed": True,
    "led": True,
    "ran": True,
    "chaired": True,
    "directed": True,
    "managed": True,
    "oversaw": True,
    "represented": True,
    "hosted": True,
    "coached": True,
    # With "for" after them ("who worked for Gov. Scott Walker").
    "works": False,
    "worked": True,
}
# Verbs after "helped" in a relative clause of office ("who helped found the
# group"), with the verb of office they stand for.
_HELPED_VERBS = {
    "found": "founded",
    "start": "founded",
    "launch": "founded",
    "create": "founded",
    "lead": "led",
    "run": "ran",
}
# Copulas of a relative clause before a role noun phrase: "who is the party’s
# treasurer", "who served as White House counsel"; True when the role was held before.
_COPULAS = {
    ("is",): False,
    ("was",): True,
    ("becomes",): False,
    ("became",): False,
    ("serves", "as"): False,
    ("served", "as"): True,
    ("works", "as"): False,
    ("worked", "as"): True,
    ("has", "been"): False,
    ("had", "been"): True,
}
_RELATIVE_ADVERBS = frozenset(
    {"now", "currently", "also", "previously", "once", "later", "still", "formerly"}
)
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_MAX_ROLE_WORDS = 15


# Title abbreviations and the role nouns they stand for: "the senator" after "Sen. X".
TITLE_NOUNS = {
    "sen": "senator",
    "sens": "senator",
    "rep": "representative",
    "reps": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "gov": "governor",
    "govs": "governor",
    "lt. gov": "lieutenant governor",
    "gen": "general",
    "lt. gen": "general",
    "maj. gen": "general",
    "brig. gen": "general",
    "adm": "admiral",
    "rear adm": "admiral",
    "vice adm": "admiral",
    "col": "colonel",
    "lt. col": "colonel",
    "capt": "captain",
    "maj": "major",
    "lt": "lieutenant",
    "sgt": "sergeant",
    "cmdr": "commander",
    "pres": "president",
    "sec": "secretary",
    "atty. gen": "attorney general",
    "amb": "ambassador",
    "del": "delegate",
    "prof": "professor",
    "supt": "superintendent",
    "det": "detective",
    "rev": "reverend",
    "msgr": "monsignor",
    "fr": "father",
}


# Spellings of one role noun, folded to one key ("spokeswoman" = "spokesman").
_ROLE_SPELLINGS = {
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "chairwoman": "chairman",
    "chairperson": "chairman",
    "chair": "chairman",
    "businesswoman": "businessman",
    "frontrunner": "front-runner",
    "advisor": "adviser",
    "councilwoman": "councilman",
    "assemblywoman": "assemblyman",
    "congressperson": "representative",
    "lawmaker": "legislator",
}


# Role nouns too general, or saying only whom a person sides with, to be the
# most specific role when another is given ("Former House speaker Newt
# Gingrich, a Trump ally": the office, though former).
_GENERIC_HEADS = frozenset(
    {
        "member",
        "official",
        "leader",
        "person",
        "resident",
        "citizen",
        "voter",
        "head",
        "chief",
        "ally",
        "supporter",
        "backer",
        "critic",
        "surrogate",
        "fan",
        "advocate",
        "activist",
        "friend",
    }
)


# Endings of nouns that name what a person does ("cardiologist", "auctioneer",
# "retiree", "beekeeper", "sculptor"): read as a role head in an apposition
# after a name even when no list has the word.
_AGENTIVE_ENDING = re.compile(r"[a-z]{3,}(?:ist|ician|ologist|eer|ee|er|or|man|woman|person|smith)")


def agentive_noun(word: str, not_agentive: frozenset[str] = frozenset()) -> bool:
    """A lower-case noun whose ending names a person by what they do
    (``cardiologist``, ``auctioneer``, ``retiree``, ``sculptor``), not one of
    ``not_agentive`` (the lexicon's ``not_agentive_nouns``: ``number``,
    ``populist``).

    Examples:
        >>> agentive_noun("cardiologist"), agentive_noun("auctioneer")
        (True, True)
        >>> agentive_noun("number", frozenset({"number"})), agentive_noun("Tucson")
        (False, False)
    """
    return (
        word.isalpha()
        and word.islower()
        and word not in not_agentive
        and _AGENTIVE_ENDING.fullmatch(word) is not None
    )


def body_end(vocab: Vocabulary, tokens: Sequence[Token], k: int) -> int:
    """End of a place or body after ``of``: ``the New York delegation``,
    ``Oklahoma``, ``Rice University`` (capitalized words, joiners, one
    lower-case noun at the end)."""
    n = len(tokens)
    start = k
    if k < n and tokens[k].lower == "the":
        k += 1
    capitals = 0
    while k < n and (
        tokens[k].text[0].isupper()
        or (
            capitals
            and tokens[k].lower in ("of", "and", "&")
            and k + 1 < n
            and tokens[k + 1].text[0].isupper()
        )
    ):
        if vocab.is_title(tokens[k]):
            break
        capitals += tokens[k].text[0].isupper()
        k += 1
    if capitals == 0:
        return start
    if k < n and tokens[k].text[0].islower() and tokens[k].lower in vocab.org_words:
        k += 1  # "the New York delegation"
    return k
