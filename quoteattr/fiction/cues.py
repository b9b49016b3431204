"""The cue grammar of dialogue: the words next to a line that name its speaker.

This module owns the reading of the narration around a line of dialogue: a
subject phrase (a pronoun, a name with its title, a description such as ``the
young girl`` or a calling such as ``the landlady``), a speech verb with its
particle (``went on``), the addressee of a cue (``to Jane``), and the clauses
they make before and after a line: ``said Emma``, ``she replied``, ``Emma
said:``, ``Brenda shook her head.`` The dialogue rules decide what the cues
mean for the conversation.
"""

from __future__ import annotations

from quoteattr.fiction.characters import CharacterTable
from quoteattr.fiction.words import (
    DETERMINERS,
    INTERVENING,
    NAME_PARTICLES,
    PHRASAL,
    SUBJECT_PRONOUNS,
    FictionWords,
)
from quoteattr.mentions import NAME_PREPOSITIONS, Token, is_ly_adverb, tokens_in
from quoteattr.model import Span, span_unchecked

__all__ = ["OPENERS", "STOPS", "Cue", "CueGrammar", "Subject", "span_of_tokens"]

_LEAD = frozenset({",", "—", "–", "-", ";", "…", "(", "_", "!", "?"})
# Sentence ends inside the narration.
STOPS = frozenset({".", "!", "?", ";", '"', "“", "”", "'", "‘", "’"})
# Words that open a clause before its subject ("And then she said:").
OPENERS = frozenset(
    {
        "and",
        "but",
        "then",
        "so",
        "yet",
        "or",
        "now",
        "here",
        "there",
        "at",
        "last",
        "length",
        "presently",
        "again",
        "still",
        "once",
        "finally",
        "suddenly",
        "meanwhile",
    }
)
# Lower-case words after a subject that are not its verb.
_NOT_VERBS = frozenset(
    {
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "with",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "the",
        "a",
        "an",
        "for",
        "from",
        "by",
        "as",
        "than",
        "nor",
        "if",
        "s",
    }
)
# Words after which a subject opens a clause of its own.
_CLAUSE_OPENERS = frozenset({"and", "but", "then", "so", "yet", "when", "till", "until"})
# Words that open a clause depending on another ("though Mrs Smith looked grave").
_DEPENDENT = frozenset(
    {"though", "although", "if", "because", "since", "as", "while", "whilst", "that"}
    | {"who", "whom", "which", "where", "whereas", "unless", "before", "after"}
)
# Heads of a description that point back to someone already there ("the other").
_ANAPHORIC_HEADS = frozenset(
    {"other", "latter", "former", "elder", "younger", "first", "second", "last", "one", "same"}
    | {"two", "three", "rest", "others", "both", "all", "whole", "company", "party", "voice"}
)
# Nouns of a line spoken, owned by its speaker ("was Helen's answer").
_SPEECH_NOUNS = frozenset(
    {"answer", "reply", "response", "rejoinder", "retort", "explanation", "remark", "comment"}
    | {"observation", "exclamation", "question", "greeting", "words", "cry", "verdict"}
)
_POSSESSIVE_PRONOUNS = {"his": "m", "her": "f", "my": "s"}
_PRONOUN_WORDS = {"him": "m", "her": "f", "me": "s"}
_VOICE = frozenset({"voice", "tones", "tone", "lips"})


class Subject:
    """A subject phrase found by the cue grammar."""

    __slots__ = ("first", "gender", "kind", "role", "span", "stop", "surface", "title", "words")

    def __init__(
        self,
        first: int,
        stop: int,
        kind: str,
        span: Span,
        title: str | None = None,
        words: tuple[str, ...] = (),
        gender: str | None = None,
        surface: str = "",
    ) -> None:
        self.first = first
        self.stop = stop
        self.kind = kind
        self.span = span
        self.title = title
        self.words = words
        self.gender = gender
        self.surface = surface
        #: The calling that names a minor character ("landlady"), or None.
        self.role: str | None = None


class Cue:
    """A subject (and maybe a speech verb and an addressee) that names a line's speaker."""

    __slots__ = ("addressee", "rule", "subject", "verb")

    def __init__(
        self, subject: Subject, verb: Span | None, rule: str, addressee: Subject | None
    ) -> None:
        self.subject = subject
        self.verb = verb
        self.rule = rule
        self.addressee = addressee


class CueGrammar:
    """The cue grammar over tokens of the writer's text."""

    def __init__(self, text: str, words: FictionWords, table: CharacterTable) -> None:
        self.text = text
        self.words = words
        self.table = table

    def tokens(self, start: int, end: int) -> list[Token]:
        return tokens_in(self.text, start, end, self.words.abbreviations)

    def subject_at(self, tokens: list[Token], i: int) -> Subject | None:
        """The subject phrase that starts at token ``i``: a pronoun, a name or a
        description of a person."""
        n = len(tokens)
        if i >= n:
            return None
        token = tokens[i]
        lower = token.lower
        if lower in SUBJECT_PRONOUNS and (lower != "i" or token.text == "I"):
            return Subject(
                i, i + 1, "pronoun", span_of_tokens(token, token), gender=SUBJECT_PRONOUNS[lower]
            )
        words = self.words
        table = self.table
        # A name, possibly after a title: "Mr. Bennet", "Lady Catherine de Bourgh".
        j = i
        title = None
        if words.is_title(token):
            title = token.lower.rstrip(".")
            j += 1
        parts: list[str] = []
        while j < n:
            word = tokens[j].text
            if parts and tokens[j].lower in NAME_PARTICLES:
                j += 1
                continue
            stem = word[:-2] if word.endswith(("'s", "’s")) else word
            # "De Griers", "Van Brandt": a particle that opens a name, though
            # the text writes it in lower case elsewhere ("la Princesse de
            # Tarassevitcheva").
            opens = (
                not parts
                and word[0].isupper()
                and tokens[j].lower in NAME_PARTICLES
                and j + 1 < n
                and table.is_name_word(tokens[j + 1].text)
            )
            if not opens and not table.is_name_word(stem):
                break
            parts.append(stem)
            j += 1
            if stem != word:
                # "Emma's sister": a possessor, not the subject; but "Mary's voice
                # came" is Mary speaking.
                if j < n and tokens[j].lower in _VOICE:
                    span = span_unchecked(token.start, tokens[j - 1].end - (len(word) - len(stem)))
                    return Subject(
                        i,
                        j + 1,
                        "name",
                        span,
                        title,
                        tuple(parts),
                        surface=" ".join(self.text[span.start : span.end].split()),
                    )
                return None
        if parts and j + 1 < n and _spaced_possessive(tokens, j):
            # "Helen s sister": a possessor whose apostrophe is a space.
            if tokens[j + 1].lower in _VOICE:
                span = span_unchecked(token.start, tokens[j - 1].end)
                return Subject(
                    i,
                    j + 2,
                    "name",
                    span,
                    title,
                    tuple(parts),
                    surface=" ".join(self.text[span.start : span.end].split()),
                )
            return None
        if parts:
            span = span_unchecked(token.start, tokens[j - 1].end)
            return Subject(
                i,
                j,
                "name",
                span,
                title,
                tuple(parts),
                surface=" ".join(self.text[span.start : span.end].split()),
            )
        if lower not in DETERMINERS:
            return None
        if lower == "the":
            # "the voice of Charles", "the thin, biting voice of Mr. Turton":
            # the one named after "of" speaks.
            k = i + 1
            while k < n and k <= i + 4 and tokens[k].lower not in _VOICE:
                if not (tokens[k].text[0].islower() or tokens[k].text == ","):
                    break
                k += 1
            if k + 2 < n and tokens[k].lower in _VOICE and tokens[k + 1].lower == "of":
                owner = self.subject_at(tokens, k + 2)
                if owner is not None and owner.kind == "name":
                    owner.first = i
                    return owner
        # A description: "the young girl", "his lady", "the Lory", "the Mock Turtle".
        j = i + 1
        capitals: list[Token] = []
        head: Token | None = None
        while j < n and j <= i + 4:
            item = tokens[j]
            if not item.text[0].isalpha():
                break
            if item.text[0].isupper():
                if item.lower in ("i",):
                    break
                capitals.append(item)
                head = item
                j += 1
                continue
            if capitals or item.lower in _NOT_VERBS or item.lower in words.speech_verbs:
                break
            head = item
            j += 1
            if item.lower in words.person_nouns or item.lower in words.character_roles:
                # "the old lady": an adjective that may head a description alone
                following = tokens[j] if j < n else None
                if following is None or not (
                    following.lower in words.person_nouns
                    or following.lower in words.character_roles
                ):
                    break
        if head is None:
            return None
        span = span_unchecked(token.start, head.end)
        if capitals and head is capitals[-1] and lower == "the":
            names = tuple(c.text for c in capitals)
            return Subject(
                i, j, "name", span, None, names, surface=" ".join(t.text for t in capitals)
            )
        if head.lower in words.character_roles:
            found = Subject(i, j, "nominal", span, gender=words.character_roles[head.lower])
            found.role = head.lower
            found.surface = " ".join(self.text[span.start : span.end].split())
            return found
        if head.lower in words.person_nouns:
            return Subject(i, j, "nominal", span, gender=words.person_nouns[head.lower])
        if j < n and words.speech_verb(tokens[j]):
            return Subject(i, j, "nominal", span)
        return None

    def verb_at(self, tokens: list[Token], j: int) -> tuple[int, int] | None:
        """A speech verb (with its particle) at token ``j``."""
        if j >= len(tokens):
            return None
        token = tokens[j]
        if not token.text[0].islower():
            return None
        particles = PHRASAL.get(token.lower)
        if particles is not None and j + 1 < len(tokens) and tokens[j + 1].lower in particles:
            return j, j + 2
        if token.lower in self.words.speech_verbs:
            return j, j + 1
        return None

    @staticmethod
    def skip_adverbs(tokens: list[Token], j: int) -> int:
        n = len(tokens)
        while j < n and (tokens[j].lower in INTERVENING or is_ly_adverb(tokens[j])):
            j += 1
        return j

    def addressee_after(self, tokens: list[Token], j: int) -> Subject | None:
        """``to Jane`` / ``to him`` after a cue."""
        if j + 1 < len(tokens) and tokens[j].lower == "to":
            word = tokens[j + 1]
            if word.lower in _PRONOUN_WORDS:
                return Subject(
                    j + 1,
                    j + 2,
                    "pronoun",
                    span_of_tokens(word, word),
                    gender=_PRONOUN_WORDS[word.lower],
                )
            found = self.subject_at(tokens, j + 1)
            if found is not None and found.kind == "name":
                return found
        return None

    def cue_after(self, tokens: list[Token]) -> Cue | None:
        """The cue that follows a line: ``said Emma``, ``she replied``, ``Brenda smiled``."""
        n = len(tokens)
        k = 0
        while k < n and tokens[k].text in _LEAD:
            k += 1
        if k >= n:
            return None
        j = self.skip_adverbs(tokens, k)
        verb = self.verb_at(tokens, j)
        if verb is not None:
            subject = self.subject_at(tokens, verb[1])
            if subject is None or (
                subject.kind == "nominal" and subject.role is None and subject.gender is None
            ):
                subject = self.inverted_subject(tokens, verb[1]) or subject
            if subject is not None:
                return Cue(
                    subject,
                    span_of_tokens(tokens[verb[0]], tokens[verb[1] - 1]),
                    "dialogue_cue",
                    self.addressee_after(tokens, subject.stop),
                )
            return None
        found = self.reply_noun_cue(tokens, k) or self.inverted_cue(tokens, j)
        if found is not None:
            return found
        return self.clause_cue(tokens, k, after=True)

    def inverted_cue(self, tokens: list[Token], j: int) -> Cue | None:
        """A verb in the past inverted with a named subject right after a line,
        which only a verb of speech allows (``“…,” flashed Helen``, ``“…,”
        quavered Martha, “…”``): the verb needs no word list."""
        n = len(tokens)
        if j + 1 >= n:
            return None
        token = tokens[j]
        if (
            not token.text.isalpha()
            or not token.text.islower()
            or len(token.text) < 5
            or not token.lower.endswith("ed")
            or token.lower in _NOT_VERBS
        ):
            return None
        subject = self.subject_at(tokens, j + 1)
        if subject is None or (
            subject.kind == "nominal" and subject.role is None and subject.gender is None
        ):
            return None
        following = tokens[subject.stop] if subject.stop < n else None
        if following is not None and following.text[0].isalnum() and not following.text.islower():
            return None
        return Cue(
            subject,
            span_of_tokens(token, token),
            "dialogue_cue",
            self.addressee_after(tokens, subject.stop),
        )

    def inverted_subject(self, tokens: list[Token], i: int) -> Subject | None:
        """The subject after an inverted speech verb that :meth:`subject_at`
        does not read: a name after a word that describes it (``said dour Major
        Callendar``, ``said poor Marianne``), or a description of someone the
        story has not named (``said the mariner``, ``said the genial
        passenger``), a character of its own."""
        n = len(tokens)
        if i >= n or not tokens[i].text[0].islower():
            return None
        if i + 1 < n and tokens[i].lower not in DETERMINERS:
            found = self.subject_at(tokens, i + 1)
            if found is not None and found.kind == "name":
                return found
            return None
        if tokens[i].lower not in ("the", "his", "her", "their", "our", "my", "your"):
            return None
        j = i + 1
        while j < n and j <= i + 3 and tokens[j].text.isalpha() and tokens[j].text[0].islower():
            if tokens[j].lower in _NOT_VERBS:
                break
            j += 1
        if j == i + 1:
            return None
        end = tokens[j] if j < n else None
        if end is not None and end.text.isalpha() and end.lower not in _NOT_VERBS:
            return None
        head = tokens[j - 1]
        if head.lower in _ANAPHORIC_HEADS or head.lower.endswith("ly"):
            return None
        span = span_of_tokens(tokens[i], head)
        found = Subject(i, j, "nominal", span, gender=self.words.person_nouns.get(head.lower))
        if tokens[i].lower == "the":
            # "the old sailor" and "the sailor" are one character.
            found.role = head.lower
        found.surface = " ".join(self.text[span.start : span.end].split())
        return found

    def reply_noun_cue(self, tokens: list[Token], k: int) -> Cue | None:
        """``was Helen's answer``, ``had been Anne's reply``, ``was my reply``:
        a noun of speech owned by the speaker, after the line."""
        n = len(tokens)
        j = k
        if j < n and tokens[j].lower in ("was", "came"):
            j += 1
        elif j + 1 < n and tokens[j].lower == "had" and tokens[j + 1].lower == "been":
            j += 2
        else:
            return None
        if j >= n:
            return None
        token = tokens[j]
        if token.lower in _POSSESSIVE_PRONOUNS:
            if j + 1 < n and tokens[j + 1].lower in _SPEECH_NOUNS:
                gender = _POSSESSIVE_PRONOUNS[token.lower]
                subject = Subject(j, j + 1, "pronoun", span_of_tokens(token, token), gender=gender)
                return Cue(
                    subject, span_of_tokens(tokens[j + 1], tokens[j + 1]), "dialogue_cue", None
                )
            return None
        m = j
        while (
            m < n
            and m < j + 4
            and not tokens[m].text.endswith(("'s", "’s"))
            and not (m + 1 < n and _spaced_possessive(tokens, m + 1))
        ):
            m += 1
        if m + 1 < n and _spaced_possessive(tokens, m + 1):
            # "was Helen s answer": the apostrophe given as a space.
            if m + 2 >= n or tokens[m + 2].lower not in _SPEECH_NOUNS:
                return None
            owner = self.subject_at(tokens[: m + 1], j)
            if owner is None or owner.kind != "name" or owner.stop != m + 1:
                return None
            return Cue(owner, span_of_tokens(tokens[m + 2], tokens[m + 2]), "dialogue_cue", None)
        if m >= n or m + 1 >= n or tokens[m + 1].lower not in _SPEECH_NOUNS:
            return None
        owner = self.subject_at([*tokens[:m], _strip_possessive(tokens[m])], j)
        if owner is None or owner.kind != "name" or owner.stop != m + 1:
            return None
        return Cue(owner, span_of_tokens(tokens[m + 1], tokens[m + 1]), "dialogue_cue", None)

    def clause_cue(self, tokens: list[Token], k: int, after: bool) -> Cue | None:
        """A subject at token ``k`` and its verb: a speech verb makes it a cue,
        any other verb a character acting."""
        subject = self.subject_at(tokens, k)
        if subject is None:
            return None
        n = len(tokens)
        j = self.skip_adverbs(tokens, subject.stop)
        if j < n and tokens[j].text == "," and subject.kind == "name":
            # "Catherine, doubtingly, said" / "Elizabeth, smiling, replied"
            m = j + 1
            while m < n and m < j + 4 and tokens[m].text != ",":
                m += 1
            if m < n and tokens[m].text == ",":
                j = self.skip_adverbs(tokens, m + 1)
        verb = self.verb_at(tokens, j)
        if verb is not None:
            return Cue(
                subject,
                span_of_tokens(tokens[verb[0]], tokens[verb[1] - 1]),
                "dialogue_cue",
                self.addressee_after(tokens, verb[1]),
            )
        if j >= n:
            return None
        word = tokens[j]
        if not word.text[0].islower() or word.lower in _NOT_VERBS or not word.text.isalpha():
            return None
        return Cue(subject, None, "action_beat", None)

    def cue_before(self, tokens: list[Token]) -> Cue | None:
        """The cue that introduces a line: ``Emma said:``, ``said she,``, or the
        sentence before it in the same paragraph (``Brenda shook her head.``)."""
        n = len(tokens)
        if not n:
            return None
        last = n - 1
        introduces = tokens[last].text in (",", ":", "—", "-", "–")
        if introduces:
            end = last
            while end > 0 and tokens[end - 1].text in (",", ":", "—", "-", "–"):
                end -= 1
        else:
            end = n
            while end > 0 and tokens[end - 1].text in STOPS:
                end -= 1
        begin = end
        while begin > 0 and tokens[begin - 1].text not in STOPS:
            begin -= 1
        clause = tokens[begin:end]
        if not clause:
            return None
        k = 0
        while k < len(clause) and (
            clause[k].lower in OPENERS or clause[k].text == "," or is_ly_adverb(clause[k])
        ):
            k += 1
        if introduces:
            verb = self.verb_at(clause, k)
            if verb is not None:
                subject = self.subject_at(clause, verb[1])
                if subject is not None:
                    return Cue(
                        subject,
                        span_of_tokens(clause[verb[0]], clause[verb[1] - 1]),
                        "dialogue_cue",
                        self.addressee_after(clause, subject.stop),
                    )
        found = self.relative_cue(clause) if introduces else None
        if found is not None:
            return found
        found = self.clause_cue(clause, k, after=False)
        if found is not None and found.verb is None and introduces:
            # "Owen stood up and said,": the subject's later verb of speech.
            for m in range(len(clause) - 1, found.subject.stop, -1):
                verb = self.verb_at(clause, m)
                if verb is not None:
                    # A later clause's own subject is the verb's ("Ralph, she
                    # supposed, was known, and Mary explained by saying:").
                    nearer = self.clause_subject(clause, m)
                    if nearer is not None and nearer.first > found.subject.first:
                        found.subject = nearer
                    found.verb = span_of_tokens(clause[verb[0]], clause[verb[1] - 1])
                    found.rule = "dialogue_cue"
                    break
        if found is None and introduces:
            found = self.last_verb_cue(clause)
        if found is None and not introduces:
            # An earlier sentence of the paragraph: "Brenda turned. She was pale. “…”"
            for _ in range(3):
                end = begin
                while end > 0 and tokens[end - 1].text in STOPS:
                    end -= 1
                begin = end
                while begin > 0 and tokens[begin - 1].text not in STOPS:
                    begin -= 1
                if begin >= end:
                    break
                clause = tokens[begin:end]
                k = 0
                while k < len(clause) and (
                    clause[k].lower in OPENERS or clause[k].text == "," or is_ly_adverb(clause[k])
                ):
                    k += 1
                found = self.clause_cue(clause, k, after=False)
                if found is not None:
                    break
        if found is not None and not introduces:
            found.rule = "action_beat"
        return found

    def relative_cue(self, clause: list[Token]) -> Cue | None:
        """A speech verb in a relative clause that introduces a line: its
        subject is the name before ``who`` (``he showed the letter to Jock,
        who said,``; ``Hamidullah, who remarked with complete sincerity,``)."""
        for m in range(len(clause) - 1, 1, -1):
            verb = self.verb_at(clause, m)
            if verb is None:
                continue
            j = m - 1
            while j > 0 and (clause[j].lower in INTERVENING or is_ly_adverb(clause[j])):
                j -= 1
            if clause[j].text == "," and j > 2:
                # "Thorpe, who, coming to them with a gayer look, said,", "The
                # driver, who was leaning on the gate, called out,": a relative
                # clause set off by commas right before the verb.
                w = j - 1
                while w > 1 and clause[w].lower != "who":
                    w -= 1
                if clause[w].lower != "who" or clause[w - 1].text != ",":
                    return None
                inside = clause[w + 1 : j]
                if sum(t.text == "," for t in inside) > 1 or any(
                    t.lower in ("and", "but", "or") for t in inside
                ):
                    return None  # more than one clause between
                j = w
            if clause[j].lower != "who" or j < 2 or clause[j - 1].text != ",":
                return None
            end = j - 1
            found = None
            for start in range(end - 1, max(-1, end - 5), -1):
                subject = self.subject_at(clause, start)
                if subject is not None and subject.stop == end and subject.kind == "name":
                    found = subject  # the longest name that ends before "who"
                elif found is not None:
                    break
            if found is None:
                return None
            cue_span = span_of_tokens(clause[verb[0]], clause[verb[1] - 1])
            return Cue(found, cue_span, "dialogue_cue", self.addressee_after(clause, verb[1]))
        return None

    def last_verb_cue(self, clause: list[Token]) -> Cue | None:
        """The last speech verb of a clause that introduces a line, and its
        subject beside it (``After a time she said:``, ``and then, speaking
        through her tears, she added,``)."""
        for m in range(len(clause) - 1, 0, -1):
            verb = self.verb_at(clause, m)
            if verb is None:
                continue
            cue_span = span_of_tokens(clause[verb[0]], clause[verb[1] - 1])
            after = self.subject_at(clause, verb[1])
            if after is not None and after.kind != "nominal":
                return Cue(
                    after, cue_span, "dialogue_cue", self.addressee_after(clause, after.stop)
                )
            j = m - 1
            while j > 0 and (clause[j].lower in INTERVENING or is_ly_adverb(clause[j])):
                j -= 1
            for start in range(j, max(-1, j - 5), -1):
                subject = self.subject_at(clause, start)
                if (
                    subject is not None
                    and subject.kind == "nominal"
                    and start
                    and clause[start - 1].lower in NAME_PREPOSITIONS
                ):
                    # "A voice from the garden called:": the garden does not speak.
                    break
                if subject is not None and subject.stop == j + 1:
                    while subject.kind == "name" and start > 0:
                        # "As they drove away, Mr. Grove said:": the whole
                        # name with its title, not "Grove" alone.
                        longer = self.subject_at(clause, start - 1)
                        if longer is None or longer.kind != "name" or longer.stop != j + 1:
                            break
                        subject, start = longer, start - 1
                    return Cue(
                        subject, cue_span, "dialogue_cue", self.addressee_after(clause, verb[1])
                    )
            subject = self.clause_subject(clause, m)
            if subject is not None:
                return Cue(subject, cue_span, "dialogue_cue", self.addressee_after(clause, verb[1]))
            return None
        return None

    def clause_subject(self, clause: list[Token], verb: int) -> Subject | None:
        """The subject of a verb that stands apart from it: the last subject
        that opens a clause before the verb (``Katharine, with flushed cheeks,
        raised her head and said:``), passing over one in a clause that
        depends on another (``Anne, though Mrs Smith looked grave, replied,``)
        unless no comma closes that clause before the verb (``so pale that
        Ann rose and asked:``)."""
        main: Subject | None = None
        last: Subject | None = None
        k = 0
        while k < verb:
            before = clause[k - 1].lower if k else ""
            if k == 0 or before in _CLAUSE_OPENERS or before in _DEPENDENT or before in (",", ";"):
                subject = self.subject_at(clause, k)
                if subject is not None and subject.stop <= verb and subject.kind != "nominal":
                    following = clause[subject.stop] if subject.stop < len(clause) else None
                    if following is not None and (
                        following.text == ","
                        or (following.text[0].islower() and following.lower not in _NOT_VERBS)
                    ):
                        last = subject
                        if before not in _DEPENDENT:
                            main = subject
                    k = subject.stop
                    continue
            k += 1
        if last is not None and main is not None and last is not main:
            if all(token.text not in (",", ";") for token in clause[last.stop : verb]):
                # No comma closes the dependent clause before the verb: the
                # verb is its own ("so pale that Ann rose and asked:").
                return last
            return main
        return last


def _spaced_possessive(tokens: list[Token], j: int) -> bool:
    """Token ``j`` is the ``s`` of a possessive whose apostrophe the text gives
    as a space (``Helen s answer``)."""
    token = tokens[j]
    return token.text == "s" and j > 0 and token.start == tokens[j - 1].end + 1


def _strip_possessive(token: Token) -> Token:
    """``Helen's`` as ``Helen``."""
    return Token(token.start, token.end - 2, token.text[:-2])


def span_of_tokens(first: Token, last: Token) -> Span:
    """The span from ``first``'s start to ``last``'s end."""
    return span_unchecked(first.start, last.end)


# Rules whose decision rests on words of the paragraph itself.
