"""Word classes from the lexicon, cues, and the head and kind of a mention phrase.

This module owns :class:`Vocabulary`: the lexicon's word lists turned into the
tests the rules ask (is this a title, a role noun, a first name, a noun?), the
cue test :meth:`Vocabulary.cue_at` (reporting verbs in every form, phrasal cues
such as ``told reporters``), and :meth:`Vocabulary.kind_of`, which reads a
mention phrase's head (:func:`noun_phrase_head`, after
:func:`split_apposition`) to say whether it is a name, pronoun, nominal,
organization or group.
"""

from __future__ import annotations

from quoteattr.lexicon import Lexicon
from quoteattr.mentions.tokens import (
    Token,
)
from quoteattr.mentions.words import (
    AUXILIARIES,
    DETERMINERS,
    FUNCTION_WORDS,
    MODIFIERS,
    NOT_HEADS,
    PREPOSITIONS,
    PRONOUNS,
    MentionKind,
    is_ly_adverb,
    is_particle_name,
)

__all__ = [
    "SHARE_LEADS",
    "Vocabulary",
    "contracted_pronoun",
    "contraction_subject",
    "is_pronoun_contraction",
    "noun_phrase_head",
    "share_lead",
    "share_of_group",
    "split_apposition",
]

# The pronouns and pro-forms that take a contracted verb ("I'm", "They’re", "It's").
_CONTRACTED_PRONOUNS = frozenset(
    {"i", "you", "he", "she", "it", "we", "they", "that", "there", "here", "what", "who"}
)
_CONTRACTED_VERBS = frozenset({"m", "s", "re", "ve", "ll", "d"})


def contracted_pronoun(word: str) -> str | None:
    """The personal pronoun of a contraction (``"she"`` of ``"she’s"``), else None.

    Examples:
        >>> contracted_pronoun("they're"), contracted_pronoun("that's")
        ('they', None)
    """
    head = contraction_subject(word)
    return head if head in PRONOUNS else None


def contraction_subject(word: str) -> str | None:
    """The subject of a pronoun with a contracted verb, lowercased (``"they"``
    of ``"they’re"``, ``"that"`` of ``"that's"``), else None.

    Examples:
        >>> contraction_subject("they’re"), contraction_subject("who'll")
        ('they', 'who')
        >>> contraction_subject("o'neill"), contraction_subject("clinton's")
        (None, None)
    """
    for mark in ("'", "’"):
        head, found, tail = word.partition(mark)
        if found:
            return head if head in _CONTRACTED_PRONOUNS and tail in _CONTRACTED_VERBS else None
    return None


def is_pronoun_contraction(word: str) -> bool:
    """A pronoun with a contracted verb, lowercased (``"i'm"``, ``"they’re"``):
    a clause's subject and verb, never a name.

    Examples:
        >>> is_pronoun_contraction("i’m"), is_pronoun_contraction("we'll")
        (True, True)
        >>> is_pronoun_contraction("o'neill"), is_pronoun_contraction("clinton's")
        (False, False)
    """
    return contraction_subject(word) is not None


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


# Compound words of political leaning ("right-wing", "far-left",
# "centre-right"): modifiers of a speaker phrase ("other right-wing leaders").
_LEANING_STARTS = ("right-", "left-", "far-", "center-", "centre-")
_LEANING_ENDS = ("-wing", "-right", "-left")


def _leaning(word: str) -> bool:
    return word.startswith(_LEANING_STARTS) and word.endswith(_LEANING_ENDS)


class Vocabulary:
    """Word classes from a :class:`~quoteattr.lexicon.Lexicon`, precomputed once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.reporting_verbs = lexicon.reporting_verbs
        #: Every form of every verb of a stance (``favor``), mapped to its lemma.
        self.stance_verbs = lexicon.stance_verbs
        self.role_words = frozenset(
            word
            for entry in lexicon.role_nouns
            for word in entry.split()
            if word not in FUNCTION_WORDS
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
        #: Family names written before the given name ("xi" of "Xi Jinping").
        self.family_names = lexicon.family_names
        self.non_names = lexicon.non_name_words
        # Plural forms of role nouns name groups too ("officials", "senators").
        self.role_plurals = frozenset(_plural(head) for head in self.role_heads)
        #: Plurals of organization words and of the singular source nouns
        #: ("companies", "groups", "sources", "associates"): groups that speak.
        self.group_plurals = frozenset(
            _plural(word)
            for word in lexicon.organization_words | lexicon.group_nouns
            if not word.endswith("s")
        )
        #: Nouns of texts that speak for their authors ("poll", "report").
        self.documents = lexicon.document_nouns
        #: The lowercased words :meth:`cue_at` can accept (reporting verbs in
        #: every form and the verbs of phrasal cues): a cheap exact test first.
        self.cue_words = frozenset(self.reporting_verbs) | frozenset(_PHRASAL_CUES)

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
            or word in MODIFIERS
            or ("-" in word and _leaning(word))
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
        if word not in self.cue_words:
            return False  # neither a reporting verb nor a phrasal cue's verb
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
        if lemma in _ASPECT_VERBS and index + 1 < len(tokens) and tokens[index + 1].lower == "to":
            return False  # "will continue to be": aspect, not speech
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
                    following.text[0].isupper() or following.lower in DETERMINERS
                )
            prev = previous.lower
            if prev.endswith(("’s", "'s")) and prev[:-2] not in PRONOUNS:
                return False  # "Trump’s comments", "Clinton’s claims": a noun after a possessive
            if (
                prev not in PRONOUNS
                and prev not in AUXILIARIES
                and previous.text[0].islower()
                and _singular_noun_before_base_form(word, lemma, prev)
            ):
                # "Half of the farmers in each county say": the verb agrees with
                # the share of a plural group, not with the noun before it.
                return _share_of_plural_before(tokens, index)
            if (
                prev in PRONOUNS
                or previous.text[0].isupper()
                or prev in self.role_words
                or prev in self.group_nouns
                or prev in self.role_plurals
                or prev in _SOURCE_NOUNS
                or prev in AUXILIARIES
                or (word == lemma and prev in _PLURAL_NUMBERS)
                # "The narrator continues that ...": a determiner, a noun, then
                # a singular verb and "that".
                or (
                    word != lemma
                    and index > 1
                    and tokens[index - 2].lower in ("the", "a", "an", "this", "its")
                    and previous.text.isalpha()
                    and prev not in PREPOSITIONS
                    and index + 1 < len(tokens)
                    and tokens[index + 1].lower == "that"
                )
                or prev.endswith("ly")
                # "Most of the staff say": a collective noun after a share of it.
                or (prev in _COLLECTIVE_NOUNS and _share_of_plural_before(tokens, index))
                # "Jan Brewer, an early supporter of Trump, calls": after an apposition.
                or (prev == "," and index + 1 < len(tokens) and tokens[index + 1].text != ",")
            ):
                return True
            # "the conference call": a noun after a determiner and a noun.
            before = tokens[index - 2].lower if index > 1 else ""
            return (
                previous.text.isalpha()
                and before not in _NOUN_MARKERS
                and prev not in NOT_HEADS
                and prev not in PREPOSITIONS
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
        relative = next(
            (k for k in range(1, len(head_tokens)) if head_tokens[k].lower in ("who", "which")),
            None,
        )
        if relative is not None:
            head_tokens = head_tokens[:relative]  # "sources who have seen the letter"
        if not head_tokens:
            return MentionKind.NOMINAL
        if len(head_tokens) == 1 and (
            head_tokens[0].lower in PRONOUNS or contracted_pronoun(head_tokens[0].lower)
        ):
            return MentionKind.PRONOUN  # "she", or "She's" (She's said ...)
        head_text = " ".join(t.lower for t in head_tokens)
        if head_text in self.organizations or head_text.removeprefix("the ") in self.organizations:
            return MentionKind.ORGANIZATION
        for k in range(1, len(head_tokens) - 1):
            before = head_tokens[k - 1]
            if (
                head_tokens[k].lower == "of"
                and before.text[0].isupper()
                and before.lower in self.org_words
                and all(
                    (t.text[0].isupper() and t.lower not in self.first_names)
                    or t.lower in ("of", "and", "the", "&")
                    for t in head_tokens[k + 1 :]
                )
            ):
                # "the Bureau of Labor Statistics", "the University of Michigan".
                return MentionKind.ORGANIZATION
        for k in range(1, min(len(head_tokens) - 1, 4)):
            if head_tokens[k].lower != "to":
                continue
            noun = head_tokens[k - 2 if head_tokens[k - 1].lower == "close" and k > 1 else k - 1]
            bare_noun = noun.lower
            if (
                bare_noun in self.group_nouns
                or bare_noun in self.role_plurals
                or bare_noun in self.group_plurals
            ) and bare_noun.endswith(("s", "people")):
                # "Aides to Clinton", "sources close to her campaign": a group.
                return MentionKind.GROUP
            break
        while len(head_tokens) > 2 and (
            head_tokens[-1].lower.rstrip(".") in _NAME_SUFFIXES
            or (head_tokens[-1].text == "." and head_tokens[-2].lower in _NAME_SUFFIXES)
        ):
            head_tokens = head_tokens[:-1]  # "Mayor Lyle Dunmore Sr.": the name before it
        if (
            len(head_tokens) > 2
            and head_tokens[-1].text == "."
            and head_tokens[-2].lower in self.org_words
            and head_tokens[-2].text[0].isupper()
        ):
            head_tokens = head_tokens[:-1]  # "Acme Corp.", "Holt Inc.": the word before the period
        head = head_tokens[-1]
        word = head.lower.rstrip(".")
        bare = word[:-2] if word.endswith(("’s", "'s")) else word
        if bare in self.org_words and head.text[0].isupper():
            return MentionKind.ORGANIZATION
        if (
            head.text[0].isupper()
            and bare not in self.first_names
            and (bare in _NAMED_DOCUMENTS or len(head_tokens) == 1)
        ):
            # "Polls show", "Surveys of shoppers", "Sources say" opening a
            # sentence; "the Gallup Poll", "New County Poll" in a headline.
            if len(head_tokens) == 1 and bare in self.group_plurals:
                return MentionKind.GROUP
            if bare in _NAMED_DOCUMENTS or self.is_document(bare):
                return MentionKind.NOMINAL
        if self.is_name_word(head) or (
            len(head_tokens) > 1
            and head.text[0].isupper()
            and head.text.isalpha()
            and self.is_name_word(head_tokens[-2])
            and (
                head_tokens[-2].lower in self.first_names
                or len(head_tokens[-2].text) <= 2
                # "Billie Jean King": two plain name words before a title word
                or (
                    len(head_tokens) > 2
                    and head_tokens[-2].text.isalpha()
                    and head_tokens[-3].text.isalpha()
                    and self.is_name_word(head_tokens[-3])
                )
            )
        ):
            return MentionKind.NAME  # "Howard Dean": a surname that is also a role word
        if apposition and self.is_name_word(apposition[0]):
            return MentionKind.NAME  # "the White House spokesman, Josh Earnest"
        if bare in self.org_words:
            return MentionKind.ORGANIZATION
        if (
            bare in self.group_nouns
            or bare in self.role_plurals
            or bare in _PLURAL_NUMBERS
            or bare in self.group_plurals
        ):
            return MentionKind.GROUP  # "officials", "the two", "both"
        return MentionKind.NOMINAL

    def is_document(self, word: str) -> bool:
        """A lowercased noun, singular or plural, of a text that speaks for
        its authors (``poll``, ``surveys``, ``studies``, ``findings``)."""
        documents = self.documents
        return (
            word in documents
            or (word.endswith("s") and word[:-1] in documents)
            or (word.endswith("ies") and word[:-3] + "y" in documents)
        )

    def is_name_word(self, token: Token) -> bool:
        """A capitalized word that can be part of a personal name."""
        if not (token.text[0].isupper() or is_particle_name(token.text)) or self.is_title(token):
            return False
        word = token.lower.rstrip(".")
        if is_pronoun_contraction(word):
            return False  # "I'm", "We’re": a subject and its verb
        if word.endswith(("’s", "'s")):
            word = word[:-2]
        if word in self.role_words or word in self.org_words or word in self.non_names:
            return False
        return word not in MODIFIERS and word not in self.group_nouns


# Document nouns that end a capitalized name and keep it a document ("the
# Gallup Poll", "a CNN/ORC International Poll", "the U.S. Census").
_NAMED_DOCUMENTS = frozenset({"poll", "polls", "census"})

# Suffixes after a surname ("Jr.", "Sr.", "III"), no head of a mention.
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

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


# Reporting verbs that before "to" and a verb mark aspect, not speech.
_ASPECT_VERBS = frozenset({"continue"})


# Numbers that stand for a plural subject ("the two write", "both argue").
_PLURAL_NUMBERS = frozenset({"two", "three", "four", "five", "both"})

# Words for a share of a group ("half of the farmers", "40 % of voters"): with
# "of" and a plural they make a plural subject.
_SHARES = frozenset(
    {"half", "most", "many", "some", "all", "several", "few", "majority", "minority"}
    | {"plurality", "third", "thirds", "quarter", "quarters", "fifth", "fifths"}
    | {"two-thirds", "three-quarters", "percent", "%", "number"}
)


# Collective nouns that take a plural verb after a share of them ("most of the
# staff say", "half of the public think").
_COLLECTIVE_NOUNS = frozenset(
    {"staff", "public", "faculty", "police", "crew", "personnel", "clergy", "electorate"}
    | {"workforce", "membership"}
)


# Words that may come before a share word ("a third", "the majority", "40
# percent", "two-thirds", "nearly half", "more than half").
#: Words that may come before a share word: articles, approximators, counts
#: (``about half``, ``a slim majority``, ``fully 40 percent``, ``one in five``).
SHARE_LEADS = frozenset(
    {"a", "an", "the", "about", "almost", "nearly", "roughly", "just", "over", "under"}
    | {"only", "more", "less", "fewer", "than", "at", "least", "vast", "slim", "narrow"}
    | {"some", "fully", "barely", "well", "per", "one", "two", "three", "four", "five"}
    | {"six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty"}
    | {"sixty", "seventy", "eighty", "ninety", "hundred"}
)


def share_lead(word: str) -> bool:
    """A lower-case word that may come before a share word, a hyphenated number
    among them (``Forty-two percent``, ``twenty-five percent``)."""
    if word in SHARE_LEADS:
        return True
    return "-" in word and all(part in SHARE_LEADS for part in word.split("-"))


def share_of_group(tokens: list[Token]) -> int | None:
    """The index of ``of`` when ``tokens`` open with a share of a group
    (``Half of the growers``, ``Two-thirds of Iowa voters``, ``A third of the
    nurses``, ``40 percent of farmers``, ``Most of the staff``), else None. Such a
    phrase names a part of a group: a plural subject, never one person.

    Examples:
        >>> from quoteattr.mentions.tokens import tokens_in
        >>> text = "Nearly half of the growers"
        >>> share_of_group(tokens_in(text, 0, len(text)))
        2
        >>> text = "Forty-two percent of voters"
        >>> share_of_group(tokens_in(text, 0, len(text)))
        2
        >>> text = "One of the growers"
        >>> share_of_group(tokens_in(text, 0, len(text))) is None
        True
    """
    for k in range(1, min(len(tokens) - 1, 6)):
        if tokens[k].lower != "of":
            continue
        share = tokens[k - 1]
        if share.lower not in _SHARES and not share.text.endswith("%"):
            return None
        if share.lower == "some" and k > 1:
            return None  # "for some of": not a share opening the phrase
        if all(share_lead(t.lower) or t.text[0].isdigit() for t in tokens[: k - 1]):
            return k
        return None
    return None


def _share_of_plural_before(tokens: list[Token], index: int) -> bool:
    """``Half of the farmers in each county say``: the verb at ``index`` follows a
    subject that names a share of a plural group, then a prepositional phrase
    whose singular noun stands right before the verb. The verb agrees with the
    plural, so it is a verb, not a noun in a compound (``each county say``).

    Only plain lower-case words may come between ``of`` and the verb, and one
    of them must be a preposition after a plural noun, unless the word before
    the verb is a collective noun (``Most of the staff say``)."""
    plural_at = None
    for k in range(index - 1, max(index - 9, 0), -1):
        token = tokens[k]
        word = token.lower
        if word == "of":
            if tokens[index - 1].lower in _COLLECTIVE_NOUNS:
                # "Most of the staff say", "Half of the flight crew say": a
                # collective noun that takes a plural verb after a share of it.
                return (
                    k > 0
                    and tokens[k - 1].lower in _SHARES
                    and not any(t.lower in PREPOSITIONS for t in tokens[k + 1 : index - 1])
                )
            return (
                plural_at is not None
                and tokens[k - 1].lower in _SHARES
                and plural_at < index - 1
                and any(t.lower in PREPOSITIONS for t in tokens[plural_at + 1 : index - 1])
            )
        if not token.text.isalpha():
            return False
        if word.endswith("s") or word in _IRREGULAR_PLURALS:
            plural_at = k
    return False
