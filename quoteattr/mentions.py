"""Mentions and cues: the words around a quote that name a speaker or report speech.

This module owns the reading of the writer's own words (never quote content):

* tokens of a stretch of text, each with its offsets and a word class
  (pronoun, determiner, capitalized word, role noun, organization word, ...);
* cues: reporting verbs in every form (``said``, ``tweeted``), ``according to``,
  and colons that introduce a quote;
* mention chunks: the noun phrase just left of a cue (``spokeswoman Heather
  Nauert said``) or just right of it (``said Maria Zakharova, the ministry’s
  spokeswoman``), with an apposition kept as part of the mention.

Chunks are found by walking tokens from the cue outwards under a small grammar
of word classes; spans are token offsets, so every mention is a slice of the
input.
"""

from __future__ import annotations

import bisect
import enum
import itertools
import re

from quoteattr.lexicon import Lexicon
from quoteattr.model import Span, span_unchecked

__all__ = ["MentionKind", "Token", "Vocabulary", "tokens_in"]

# Zero-width and format characters, and the soft hyphen: no tokens of their own.
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u00ad"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

# Initialisms (U.S.), short capitalized abbreviations (Sen., Gen., J.), words, numbers,
# and single punctuation marks. A period stays on a word only in the first two.
# Every character but spaces, underscores and invisible ones starts a token: the
# pattern opens with that one class (so the engine skips spaces without trying
# each branch), then goes on by what the first character was. All word branches
# share their first letter; a word runs through inner apostrophes, hyphens and
# ampersands, never ending on one.
_TOKEN = re.compile(
    r"[^\s_" + "".join(sorted(_INVISIBLE)) + "]"
    r"(?:(?<=[^\W\d_])(?:\.(?:[^\W\d_]\.)+|(?<=[A-Z])[a-z]{0,3}\.(?=\s)|\w*(?:[’'\-&]+\w+)*)"
    r"|(?<=\d)[\d,.]*\d|(?<=\d)"
    r"|(?<=[^\w\s]))"
)
# The same pattern as one group: splitting on it gives skipped text and tokens in turn.
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")


class MentionKind(enum.Enum):
    """What a mention chunk is headed by."""

    PRONOUN = "pronoun"
    NAME = "name"
    ORGANIZATION = "organization"
    GROUP = "group"
    NOMINAL = "nominal"


class Token:
    """A token of the writer's text: offsets, its text and its lowercased text
    (computed unless given).

    A plain slotted class rather than an attrs class: tokens are the most
    numerous objects the pipeline makes, and treated as read-only.
    """

    __slots__ = ("end", "lower", "start", "text")

    def __init__(self, start: int, end: int, text: str, lower: str | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower() if lower is None else lower

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return (self.start, self.end, self.text) == (other.start, other.end, other.text)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))

    def __repr__(self) -> str:
        return f"Token(start={self.start}, end={self.end}, text={self.text!r})"


def tokens_in(
    text: str, start: int, end: int, abbreviations: frozenset[str] = frozenset()
) -> list[Token]:
    """Tokens of ``text[start:end]``.

    A period stays on an initialism (``U.S.``), an initial (``J.``) or a word in
    ``abbreviations`` (lowercased, with the period: ``"sen."``); elsewhere it is
    a token of its own (``War.`` is ``War`` and ``.``).
    """
    table = token_table(text, start, end, abbreviations)
    return list(map(Token, table.starts, table.ends, table.texts, table.lowers))


class TokenTable:
    """The tokens of a region as parallel lists, without a :class:`Token` per word.

    What :func:`tokens_in` returns, in columns: the name pre-pass reads every
    word of the writer's text once and needs no objects for it.
    """

    __slots__ = ("ends", "lowers", "starts", "texts")

    def __init__(
        self,
        starts: list[int],
        ends: list[int],
        texts: list[str],
        lowers: list[str] | None = None,
    ) -> None:
        self.starts = starts
        self.ends = ends
        self.texts = texts
        self.lowers = list(map(str.lower, texts)) if lowers is None else lowers

    def span(self, first: int, stop: int) -> Span:
        """The span of tokens ``first`` to ``stop - 1`` (``first < stop``)."""
        return span_unchecked(self.starts[first], self.ends[stop - 1])


def token_table(
    text: str, start: int, end: int, abbreviations: frozenset[str] = frozenset()
) -> TokenTable:
    """The tokens of ``text[start:end]`` (as :func:`tokens_in` gives them) in columns."""
    region = text[start:end]
    # Splitting on the token pattern alternates skipped text and tokens, so the
    # offsets are running sums of the part lengths.
    parts = _TOKEN_SPLIT.split(region)
    offsets = list(itertools.accumulate(map(len, parts), initial=start))
    texts = parts[1::2]
    starts = offsets[1:-1:2]
    ends = offsets[2::2]
    # Only a token ending in a period can change: a word gives its period up
    # ("War." is "War" and "."), or a lone period joins the word before it
    # ("R-Ky.", "Jr.,"). Decided in text order, then applied in one pass.
    edits: list[tuple[int, int | None]] = []  # (token, offset of the period to split at or None)
    last_text: dict[int, str] = {}  # a changed token's text as the next token sees it
    at = region.find(".")
    while at >= 0:
        period = start + at
        at = region.find(".", at + 1)
        k = bisect.bisect_right(starts, period) - 1
        if ends[k] != period + 1:
            continue  # a period inside a token ("U.S.", "3.5")
        word = texts[k]
        if len(word) > 2 and word[-3] != "." and word.lower() not in abbreviations:
            edits.append((k, ends[k] - 1))
            last_text[k] = "."
        elif word == "." and k > 0 and ends[k - 1] == starts[k]:
            before = last_text.get(k - 1, texts[k - 1])
            if ("-" in before and _party_state(before)) or _abbreviated_before_comma(
                text, before, ends[k]
            ):
                edits.append((k, None))
                last_text[k] = before + "."
    if not edits:
        return TokenTable(starts, ends, texts)
    # One pass over the columns (edits in place would shift the lists each time).
    out_starts: list[int] = []
    out_ends: list[int] = []
    out_texts: list[str] = []
    done = 0
    for k, cut in edits:
        out_starts += starts[done:k]
        out_ends += ends[done:k]
        out_texts += texts[done:k]
        done = k + 1
        if cut is not None:
            word, at = texts[k], cut - starts[k]
            out_starts += (starts[k], cut)
            out_ends += (cut, ends[k])
            out_texts += (word[:at], word[at:])
        else:  # the period joins the token before it, as far as it has been built
            out_ends[-1] = ends[k]
            out_texts[-1] += texts[k]
    out_starts += starts[done:]
    out_ends += ends[done:]
    out_texts += texts[done:]
    return TokenTable(out_starts, out_ends, out_texts)


def _abbreviated_before_comma(text: str, word: str, end: int) -> bool:
    """A short capitalized word whose period is followed by a comma ("Jr.,",
    "Mass.,", "Inc.,"): an abbreviation, since a comma never follows a sentence end."""
    return (
        end < len(text)
        and text[end] == ","
        and len(word) <= 5
        and word.isalpha()
        and word[0].isupper()
    )


def _party_state(word: str) -> bool:
    """A party-and-state tag before its period: "R-Ky", "D-Calif", "I-Vt"."""
    party, _, state = word.partition("-")
    return len(party) == 1 and party.isupper() and 1 < len(state) <= 5 and state[0].isupper()


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
_DETERMINERS = frozenset(
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
_CONNECTORS = frozenset(
    {"of", "for", "at", "’s", "'s", "and", "&", "in", "on", "to", "from"}
    # Lower-case particles inside personal names ("Michery el Soheil").
    | {"de", "el", "al", "van", "von", "der", "del", "da", "di", "bin", "ibn", "dos", "du"}
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
_MODIFIERS = frozenset(
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
_NOT_HEADS = frozenset(
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
_QUANTIFIER_SUBJECTS = frozenset(
    {"another", "others", "some", "many", "most", "one", "both", "several", "few", "all"}
)
_SENTENCE_ADVERBS = frozenset(
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
_FUNCTION_WORDS = frozenset(
    {"of", "the", "in", "for", "and", "to", "at", "on", "a", "an", "&", "by", "with"}
)
# Endings of lower-case adjectives ("investigative", "explosive", "sympathetic").
_ADJECTIVE_ENDINGS = ("ive", "ic", "ous", "ful", "able", "ible", "less", "est")
_NOUN_MARKERS = frozenset(
    {
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "whose",
        "such",
        "no",
        "any",
        "each",
        "every",
    }
)
_AUXILIARIES = frozenset(
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


# Written sources that "say" things in news: "the statement said".
_SOURCE_NOUNS = frozenset(
    {
        "statement",
        "statements",
        "editorial",
        "email",
        "emails",
        "letter",
        "report",
        "memo",
        "release",
        "ad",
        "advertisement",
        "post",
        "tweet",
        "message",
        "study",
        "survey",
        "poll",
        "complaint",
        "lawsuit",
        "filing",
        "document",
        "website",
        "article",
        "petition",
        "video",
        "book",
        "ruling",
        "opinion",
        "indictment",
        "transcript",
        "sign",
        "signs",
        "banner",
        "headline",
        "platform",
        "policy",
        "suit",
        "motion",
        "brief",
        "analysis",
        "note",
    }
)


class Vocabulary:
    """Word classes from a :class:`~quoteattr.lexicon.Lexicon`, precomputed once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.reporting_verbs = lexicon.reporting_verbs
        self.role_words = frozenset(
            word
            for entry in lexicon.role_nouns
            for word in entry.split()
            if word not in _FUNCTION_WORDS
        )
        self.abbreviations = frozenset(a + "." for a in lexicon.abbreviations) | frozenset(
            title.lower() for title in lexicon.titles if title.endswith(".")
        )
        self.role_heads = frozenset(entry.split()[-1] for entry in lexicon.role_nouns)
        self.role_phrases = frozenset(
            " ".join(entry.split()[:2]) for entry in lexicon.role_nouns if " " in entry
        )
        self.group_nouns = lexicon.group_nouns
        self.org_words = lexicon.organization_words
        self.organizations = frozenset(name.lower() for name in lexicon.organizations)
        # The words a known organization's name can start with, "the" left out.
        self.organization_starts = frozenset(
            name.removeprefix("the ").split(maxsplit=1)[0]
            for name in self.organizations
            if name.removeprefix("the ").strip()
        )
        self.titles = {
            title.lower().rstrip("."): gender for title, gender in lexicon.titles.items()
        }
        self.first_names = {name.lower(): g for name, g in lexicon.first_names.items()}
        self.non_names = lexicon.non_name_words
        # Plural forms of role nouns name groups too ("officials", "senators").
        self.role_plurals = frozenset(_plural(head) for head in self.role_heads)

    def is_title(self, token: Token) -> bool:
        return self.is_title_word(token.text, token.lower)

    def is_title_word(self, text: str, lower: str) -> bool:
        """A title (``Sen.``, ``President``), given a word and its lowercase."""
        return lower.rstrip(".") in self.titles and text[0].isupper()

    def is_nounish(self, token: Token) -> bool:
        """Lower-case words that can head or modify a speaker phrase."""
        word = token.lower
        if word.endswith(("’s", "'s")):
            word = word[:-2]
        if word.startswith(("co-", "ex-")):
            word = word[3:]  # "co-anchor", "ex-husband": the role after the prefix
        return (
            word in _SOURCE_NOUNS
            or word in self.role_words
            or word in self.group_nouns
            or word in self.org_words
            or word in self.role_plurals
            or word in _MODIFIERS
        )

    def cue_at(self, tokens: list[Token], index: int) -> bool:
        """True when ``tokens[index]`` is a reporting verb used as a verb.

        A form after a determiner is a noun or adjective (``the reported
        bomber``, ``a call``). A present-tense form that could be a plural noun
        (``calls``, ``claims``, ``notes``) counts only after a pronoun, a name,
        a role or group noun, or an auxiliary.
        """
        token = tokens[index]
        word = token.lower
        lemma = self.reporting_verbs.get(word)
        if lemma is None and word in _PHRASAL_CUES and token.text[0].islower():
            # "“...,” Trump went on.", "she shot back": a verb and its particle.
            if index + 1 >= len(tokens) or tokens[index + 1].lower != _PHRASAL_CUES[word]:
                return False
            # Not "the Senate goes on recess", "who went on to work": the
            # particle ends the clause, or an adverb or "to" + a reporting verb follows.
            rest = tokens[index + 2 : index + 4]
            return (
                not rest
                or not rest[0].text[0].isalnum()
                or is_ly_adverb(rest[0])
                # "Bennett shot back with a laugh", "fired back at critics"
                or (_PHRASAL_CUES[word] == "back" and rest[0].lower in ("with", "at", "in"))
                or (
                    rest[0].lower == "to"
                    and len(rest) > 1
                    and rest[1].lower in self.reporting_verbs
                )
            )
        if lemma is None or not token.text[0].islower():
            return False
        if index + 1 < len(tokens) and f"{word} {tokens[index + 1].lower}" in self.role_phrases:
            return False  # "press secretary", "counsel general": part of a role
        previous = tokens[index - 1] if index > 0 else None
        if previous is not None and previous.lower in _NOUN_MARKERS:
            return False
        if word == lemma or (word in (lemma + "s", lemma + "es") and lemma not in ("say", "tell")):
            if previous is None:
                # "“...,” writes Kevin Williamson": right after a quote, before its speaker.
                following = tokens[index + 1] if index + 1 < len(tokens) else None
                return following is not None and (
                    following.text[0].isupper() or following.lower in _DETERMINERS
                )
            prev = previous.lower
            if prev.endswith(("’s", "'s")) and prev[:-2] not in PRONOUNS:
                return False  # "Trump’s comments", "Clinton’s claims": a noun after a possessive
            if (
                prev not in PRONOUNS
                and prev not in _AUXILIARIES
                and previous.text[0].islower()
                and _singular_noun_before_base_form(word, lemma, prev)
            ):
                return False
            if (
                prev in PRONOUNS
                or previous.text[0].isupper()
                or prev in self.role_words
                or prev in self.group_nouns
                or prev in self.role_plurals
                or prev in _SOURCE_NOUNS
                or prev in _AUXILIARIES
                or (word == lemma and prev in _PLURAL_NUMBERS)
                # "The narrator continues that ...": a determiner, a noun, then
                # a singular verb and "that".
                or (
                    word != lemma
                    and index > 1
                    and tokens[index - 2].lower in ("the", "a", "an", "this", "its")
                    and previous.text.isalpha()
                    and prev not in _PREPOSITIONS
                    and index + 1 < len(tokens)
                    and tokens[index + 1].lower == "that"
                )
                or prev.endswith("ly")
                # "Jan Brewer, an early supporter of Trump, calls": after an apposition.
                or (prev == "," and index + 1 < len(tokens) and tokens[index + 1].text != ",")
            ):
                return True
            # "the conference call": a noun after a determiner and a noun.
            before = tokens[index - 2].lower if index > 1 else ""
            return (
                previous.text.isalpha()
                and before not in _NOUN_MARKERS
                and prev not in _NOT_HEADS
                and prev not in _PREPOSITIONS
                # "investigative reports", "a more sympathetic tweet": an adjective
                # before a noun.
                and not prev.endswith(_ADJECTIVE_ENDINGS)
            )
        return True

    def kind_of(self, text: str, tokens: list[Token]) -> MentionKind:
        """Classify a mention chunk by its head: the last word before any
        apposition or parenthesis (``Heather Nauert, a spokeswoman``)."""
        head_tokens, apposition = split_apposition(tokens)
        head_tokens = noun_phrase_head(head_tokens)
        if not head_tokens:
            return MentionKind.NOMINAL
        if len(head_tokens) == 1 and head_tokens[0].lower in PRONOUNS:
            return MentionKind.PRONOUN
        head_text = " ".join(t.lower for t in head_tokens)
        if head_text in self.organizations or head_text.removeprefix("the ") in self.organizations:
            return MentionKind.ORGANIZATION
        head = head_tokens[-1]
        word = head.lower.rstrip(".")
        bare = word[:-2] if word.endswith(("’s", "'s")) else word
        if bare in self.org_words and head.text[0].isupper():
            return MentionKind.ORGANIZATION
        if self.is_name_word(head) or (
            len(head_tokens) > 1
            and head.text[0].isupper()
            and head.text.isalpha()
            and self.is_name_word(head_tokens[-2])
            and (head_tokens[-2].lower in self.first_names or len(head_tokens[-2].text) <= 2)
        ):
            return MentionKind.NAME  # "Howard Dean": a surname that is also a role word
        if apposition and self.is_name_word(apposition[0]):
            return MentionKind.NAME  # "the White House spokesman, Josh Earnest"
        if bare in self.org_words:
            return MentionKind.ORGANIZATION
        if bare in self.group_nouns or bare in self.role_plurals:
            return MentionKind.GROUP
        return MentionKind.NOMINAL

    def is_name_word(self, token: Token) -> bool:
        """A capitalized word that can be part of a personal name."""
        if not token.text[0].isupper() or self.is_title(token):
            return False
        word = token.lower.rstrip(".")
        if word.endswith(("’s", "'s")):
            word = word[:-2]
        if word in self.role_words or word in self.org_words or word in self.non_names:
            return False
        return word not in _MODIFIERS and word not in self.group_nouns


# Verbs that report speech only with their particle ("went on", "shot back").
_PHRASAL_CUES = {
    "go": "on",
    "goes": "on",
    "went": "on",
    "shoot": "back",
    "shoots": "back",
    "shot": "back",
    "fire": "back",
    "fires": "back",
    "fired": "back",
    "hit": "back",
    "hits": "back",
}

_HEAD_CUTTERS = frozenset({"of", "at", "for", "from", "with", "in", "on"})


def noun_phrase_head(tokens: list[Token]) -> list[Token]:
    """The part of a phrase up to its head noun: words before a prepositional
    phrase (``Senator Chuck Schumer`` of New York, ``analysts`` at Goldman
    Sachs, ``the chief executive`` of JPMorgan Chase). An ``of`` inside a
    capitalized name (``the Department of Justice``) stays."""
    for k in range(1, len(tokens) - 1):
        word = tokens[k].lower
        if word not in _HEAD_CUTTERS:
            continue
        before, after = tokens[k - 1], tokens[k + 1]
        if (
            word == "of"
            and before.text[0].isupper()
            and after.text[0].isupper()
            and (before.lower in _ORG_OF_HEADS or before.lower.rstrip("s") in _ORG_OF_HEADS)
        ):
            continue  # "Department of Justice", "Secretary of State"
        return tokens[:k]
    return tokens


# Capitalized words that take "of" inside a proper name or title.
_ORG_OF_HEADS = frozenset(
    {
        "department",
        "ministry",
        "secretary",
        "bank",
        "university",
        "chamber",
        "house",
        "board",
        "bureau",
        "office",
        "council",
        "court",
        "school",
        "institute",
        "college",
        "league",
        "federation",
        "association",
        "union",
        "church",
        "republic",
        "kingdom",
        "state",
        "states",
        "city",
        "county",
        "minister",
        "chairman",
        "chief",
        "director",
        "governor",
        "attorney",
        "speaker",
        "leader",
        "commissioner",
        "president",
        "members",
    }
)


def split_apposition(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """A mention's head part and its apposition: split at the first comma or
    dash, and drop a parenthesis (``Rep. Steve Israel (D-N.Y.)``)."""
    head: list[Token] = []
    depth = 0
    for k, token in enumerate(tokens):
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif token.text in (",", "—", "–") or (
            token.text == "-" and k + 1 < len(tokens) and tokens[k + 1].text == "-"
        ):
            # "Heather Nauert, a spokeswoman" / "Lena Ortiz — who won a second term"
            return head, [
                t for t in tokens[k + 1 :] if t.text not in ("(", ")", ",", "—", "–", "-")
            ]
        else:
            head.append(token)
    return head, []


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


_PREPOSITIONS = frozenset(
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
NAME_PREPOSITIONS = _PREPOSITIONS

# Words after which capitalized words name a place, a thing or an object, not a
# person in apposition ("the Trans-Pacific Partnership, the trade deal", "the suburb
# of Santa Catarina, a worker").
_NOT_BEFORE_NAMES = _PREPOSITIONS | _DETERMINERS

#: Lower-case words that cannot sit inside a role phrase before a name
#: ("told radio host Hugh Hewitt", "with campaign manager ...").
ROLE_BLOCKERS = _PREPOSITIONS | _DETERMINERS | _FUNCTION_WORDS | _AUXILIARIES | frozenset(PRONOUNS)


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


def is_ly_adverb(token: Token) -> bool:
    """A lower-case -ly word that is not a noun ("repeatedly", not "family")."""
    word = token.lower
    return (
        token.text[0].islower()
        and word.endswith("ly")
        and len(word) > 4
        and (word not in _LY_NOUNS)
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
    if group > 0 and tokens[group - 1].lower in _DETERMINERS:
        group -= 1
    if group == 0 or tokens[group - 1].text in (",", "“", '"', "(", "—", "–"):
        return group
    if tokens[group - 1].lower in ("and", "but", "that", "while", "as", "when"):
        return group
    return None


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
    if tokens[last].lower in _QUANTIFIER_SUBJECTS and (
        last == 0 or not tokens[last - 1].text.isalpha() or tokens[last - 1].lower in ("yet",)
    ):
        return last  # "Yet another said", "Most said"
    j = last
    if (
        tokens[last].text[0].isupper()
        and not self_ok(vocab, tokens[last])
        and tokens[last].lower not in _NOT_HEADS
        and tokens[last].lower not in _SENTENCE_ADVERBS
    ):
        j -= 1  # "Cuban said", "From said": a name that is also a common word
    stopped_on_word = False
    while j >= 0:
        token = tokens[j]
        word = token.lower
        if word == "that" and j < last and tokens[j + 1].text[0].isupper():
            break  # "shows that Reines asked": a conjunction before a name, not a determiner
        if word in ("the", "a", "an") or (word in _DETERMINERS and token.text[0].islower()):
            j -= 1
            break
        if self_ok(vocab, token):
            j -= 1
            continue
        if (
            word in _CONNECTORS
            and j > 0
            and self_ok(vocab, tokens[j - 1])
            and j < last
            # "retired in Cambridge": a modifier before a preposition heads nothing.
            and not (
                tokens[j - 1].lower in _MODIFIERS
                and tokens[j - 1].text[0].islower()
                and tokens[j - 1].lower not in vocab.role_words
            )
        ):
            j -= 1
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
                opens = d == 0 or tokens[d - 1].lower not in _PREPOSITIONS
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
                    t.lower in _NOT_HEADS or t.lower in _PREPOSITIONS for t in tokens[d + 1 : j + 1]
                )
            ):
                start = d
                break
    head = tokens[last]
    if start > last or not (
        _capital_head(vocab, head) or vocab.is_nounish(head) or (start < last and j < last - 1)
    ):
        # "another commenter said", "the real estate developer said": any noun
        # phrase after a determiner.
        for width in (1, 2, 3, 4):
            d = last - width
            if (
                d >= 0
                and tokens[d].lower in _DETERMINERS
                and head.text[0].islower()
                and head.text.replace("-", "").isalpha()
                and head.lower not in _NOT_HEADS
                and not head.lower.endswith(("ly", "ing"))
                and all(
                    t.text == "-" or t.text.replace("-", "").isalnum() for t in tokens[d : last + 1]
                )
                and not any(t.lower in _NOT_HEADS for t in tokens[d + 1 : last])
            ):
                if d > 0 and tokens[d - 1].lower in _PREPOSITIONS:
                    return _group_of_start(vocab, tokens, d - 1)
                return d
        return None
    if (
        head.lower in _MODIFIERS
        and not head.text[0].isupper()
        and head.lower not in vocab.org_words
        and head.lower not in vocab.role_heads
    ):
        return None
    if (
        start > 0
        and tokens[start - 1].lower in _PREPOSITIONS
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
            and tokens[name - 1].lower not in _DETERMINERS
            and tokens[name - 1].lower not in _PREPOSITIONS
            and tokens[name - 1].lower not in ("and", "or", "nor", "but")
            and _capital_head(vocab, head)
        ):
            return name
        return None  # the object of a preposition, not a subject
    return start


# Plurals without an "s" that take a base-form verb ("the people say").
_IRREGULAR_PLURALS = frozenset(
    {"people", "police", "staff", "men", "women", "children", "media", "public", "clergy"}
)

# Words after which a base form is a verb ("to say", "would never say", "cannot tell").
_BEFORE_BASE_FORM = frozenset(
    {
        "to",
        "not",
        "cannot",
        "never",
        "also",
        "just",
        "often",
        "still",
        "always",
        "even",
        "only",
        "then",
        "now",
        "ever",
        "and",
        "or",
        "but",
        "let",
        "please",
        "i",
        "we",
        "you",
    }
)


def _singular_noun_before_base_form(word: str, lemma: str, previous: str) -> bool:
    """``the private server email story``, ``her adopted home state``: a reporting
    verb's base form right after a lower-case word that is not a plural is a noun
    in a compound; a present-tense verb would agree with a plural subject only."""
    return (
        word == lemma
        and word != "read"  # also a past tense: "the statement read"
        and previous.isalpha()
        and not previous.endswith(("s", "ly"))
        and previous not in _IRREGULAR_PLURALS
        and previous not in _BEFORE_BASE_FORM
        and previous not in _PLURAL_NUMBERS
    )


# Numbers that stand for a plural subject ("the two write", "both argue").
_PLURAL_NUMBERS = frozenset({"two", "three", "four", "five", "both"})


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
        return None if start is None else (start, i + 1)
    # "X, <apposition or clause>, said": find the comma that opens the aside,
    # the nearest one whose left side is a speaker phrase opening its clause.
    for k in range(i - 1, max(-1, i - 40), -1):
        if tokens[k].text in (".", ";", ":", "“", "”", '"'):
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
            outer = _relative_antecedent(vocab, tokens, start - 1, i - 40)
            return (start, i) if outer is None else (outer, i)
    start = _chunk_core(vocab, tokens, i - 1)
    return None if start is None else (start, i)


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
    if word not in _TIME_NOUNS and word not in _CALENDAR_WORDS:
        return None
    if word in ("today", "yesterday", "tonight"):
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


def _capital_head(vocab: Vocabulary, token: Token) -> bool:
    """A capitalized word that can end a speaker phrase ("Cuban", "David French")."""
    return token.text[0].isupper() and self_ok(vocab, token)


def self_ok(vocab: Vocabulary, token: Token) -> bool:
    """A token that can be part of a speaker phrase."""
    if token.text[0].isupper():
        return _capital_ok(token.text, token.lower)
    return vocab.is_nounish(token) or token.text in ("’s", "'s")


def _capital_ok(text: str, lower: str) -> bool:
    """A capitalized word that can be part of a speaker phrase."""
    if len(text) == 2 and text[1] == ".":
        return True  # a middle initial: "Jill A. Martin"
    # Capitalized words join a name ("South", "Democrat", "American"), except
    # dates and function words.
    return lower.rstrip(".") not in _NOT_IN_NAMES


_CALENDAR_WORDS = frozenset(
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


def chunk_right(vocab: Vocabulary, tokens: list[Token], start: int) -> tuple[int, int] | None:
    """The speaker phrase starting at ``tokens[start]`` (after a cue: ``said X``)."""
    n = len(tokens)
    if start >= n:
        return None
    if tokens[start].lower in PRONOUNS and tokens[start].lower not in ("him", "her", "it", "who"):
        return (start, start + 1)
    j = start
    if tokens[j].lower in _DETERMINERS:
        j += 1
    first = j
    while j < n:
        token = tokens[j]
        if self_ok(vocab, token):
            j += 1
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
    if not (_capital_head(vocab, head) or vocab.is_nounish(head) or surname_after_given):
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
            t.lower in vocab.role_words or (vocab.is_nounish(t) and t.lower not in _MODIFIERS)
            for t in tokens[j + 1 : k]
        ):
            j = k
    return (start, j)


def _modifier_gap(vocab: Vocabulary, tokens: list[Token], first: int, j: int) -> bool:
    """True when ``tokens[j]`` is an unknown lower-case word inside a run of role
    premodifiers: everything from ``first`` is a lower-case modifier or role
    word, and a role word follows within two words, or a given name right
    after the unknown word."""
    if not all(
        t.text[0].islower() and (t.lower in _MODIFIERS or t.lower in vocab.role_words)
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
        if token.lower in _NOT_HEADS or token.lower in _PREPOSITIONS or token.lower in PRONOUNS:
            return False
    return False


def span_of(tokens: list[Token], chunk: tuple[int, int]) -> Span:
    return Span(tokens[chunk[0]].start, tokens[chunk[1] - 1].end)


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
    n = len(texts)
    i = 0
    while i < n:
        first = texts[i][0]
        if not first.isupper() and not (first.islower() and lowers[i] in role_words):
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
                    and (lower.rstrip(".") in titles or texts[j].endswith(("’s", "'s")))
                )
                or lower in role_words
                or lower in _MODIFIERS
                or (lower == "of" and j > i)
            ):
                break
            j += 1
        k = j
        while k < n and texts[k][0].isupper():
            word = lowers[k].rstrip(".")
            if word in non_names or word in titles or lowers[k] in org_words:
                break
            k += 1
        names = k - j
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
            ):
                i += 1  # "Senators Mitch McConnell, the majority leader"
            out.append((i, apposition_end, "person"))
            i = apposition_end
            continue
        # "Democratic lawmakers", "US officials": capitalized modifiers and a group noun.
        g = i
        while g < n and g - i < 4 and texts[g][0].isupper() and _capital_ok(texts[g], lowers[g]):
            g += 1
        if g > i and g < n and (lowers[g] in vocab.group_nouns or lowers[g] in vocab.role_plurals):
            out.append((i, g + 1, "group"))
            i = g + 1
            continue
        # "Russia’s foreign ministry": a possessor, modifiers and an organization word.
        if texts[i].endswith(("’s", "'s")) and i + 1 < n:
            m = i + 1
            while (
                m < n
                and m - i <= 3
                and texts[m][0].islower()
                and (lowers[m] in _MODIFIERS or lowers[m] in org_words)
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


def _known_organization(vocab: Vocabulary, phrase: str) -> bool:
    return phrase in vocab.organizations or "the " + phrase in vocab.organizations


_NOT_IN_NAMES = (
    _CALENDAR_WORDS
    | _NOT_HEADS
    | _SENTENCE_ADVERBS
    | frozenset(PRONOUNS)
    | _DETERMINERS
    | _PREPOSITIONS
)
