"""Resolution: mentions -> entities across the document.

This module owns the mention -> speaker stage and the entity list:

* names are grouped by surname (``Heather Nauert``, ``Nauert``, ``Ms. Nauert``);
* roles come from premodifiers (``spokeswoman Heather Nauert``, ``Russia’s
  Deputy Foreign Minister Sergei Ryabkov``) and appositions (``Maria Zakharova,
  the ministry’s spokeswoman``);
* pronouns go to the nearest earlier person (or, for *they*/*it*, group or
  organization) whose gender and number fit;
* nominals (``the spokeswoman``) go to the nearest earlier person with that role;
* organizations and groups are entities of their own.

Every resolution says how it was made, for :func:`quoteattr.explain`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

import attrs

from quoteattr.lexicon import Lexicon
from quoteattr.mentions import (
    NAME_PREPOSITIONS,
    PRONOUNS,
    ROLE_BLOCKERS,
    MentionKind,
    Token,
    Vocabulary,
    noun_phrase_head,
    split_apposition,
    tokens_in,
)
from quoteattr.model import Entity, EntityKind, RoleForm, Span
from quoteattr.roles import RoleReader, RoleReading, choose_role, role_key

__all__ = ["EntityBuilder"]

_POSSESSIVE = re.compile(r"[’']s?$")
_NAME_PARTICLES = frozenset(
    {
        "de",
        "van",
        "von",
        "der",
        "del",
        "da",
        "di",
        "la",
        "le",
        "bin",
        "al",
        "el",
        "ibn",
        "dos",
        "du",
        "das",
        "do",
        "della",
        "dei",
        "den",
        "ten",
        "ter",
        "op",
        "'t",
        "’t",
        "zu",
        "abu",
        "bint",
        "ben",
        "mac",
        "st.",
    }
)
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# Particles and a capitalized surname right after a name ("in 't Veld", "van der Berg").
_NAME_TAIL = re.compile(
    r"(?:[ ]{1,3}(?:in[ ]{1,3}['’]t|van|von|de|der|den|del|della|da|di|du|dos|das"
    r"|ten|ter|op|bin|ibn))+[ ]{1,3}[A-Z][\w’'-]{0,30}\w"
)
# The word before a position on its line; what can follow a name with a role.
_ROLE_AFTER = re.compile(r"[^\S\n]{0,3}(?:[,(—–]|--|of\s)")
_CAPITALIZED = re.compile(r"\b[A-Z][\w’'-]*")
# The last word (or comma) before a position, and the first word after one.
_LAST_WORD = re.compile(r"(\w{1,40}|[,;—])\W{0,5}\Z")
_FIRST_WORD = re.compile(r"[\s’']{0,5}(\w+)")
# Words after which a description opens a clause of its own.
_CLAUSE_OPENING_WORDS = frozenset(
    {"when", "while", "as", "after", "before", "because", "since", "if", "although"}
    | {"though", "that", "saying", "says", "said", "and", "but", "where", "until", ",", ";", "—"}
)
# Lower-case words after a description that are not its verb.
_AFTER_NOT_VERB = frozenset(
    {"of", "in", "on", "at", "for", "with", "from", "to", "by", "and", "or", "who", "whom"}
    | {"whose", "which", "that", "as", "than"}
)
# He or she anywhere in a sentence (not "her" or "him": objects of verbs).
_PRONOUN_WORD = {
    "m": re.compile(r"\b[Hh]e\b"),
    "f": re.compile(r"\b[Ss]he\b"),
    "mf": re.compile(r"\b(?:[Hh]e|[Ss]he)\b"),
}
# Possessive pronouns and the pronoun whose referent they share.
_POSSESSIVE_PRONOUNS = {"his": "he", "its": "it", "their": "they", "our": "we", "my": "i"}
# What follows a person's full name where the text introduces them.
_INTRODUCTION = re.compile(r",\s+(?:who|whose)\b|,\s+\d{1,3},")
# Quotations inside a sentence, left out when finding where a clause opens.
_QUOTED = re.compile(r"“[^“”]*”?|\"[^\"]*\"?|''(?:(?!'').)*(?:'')?|‘[^‘’]*’")
_OPENING_NOISE = " \t\n,;:—–-\"“”'‘’()…"
# How a speaker known only by a pronoun that finds no antecedent is described.
_UNNAMED_BY_PRONOUN = {
    "m": "an unnamed man",
    "f": "an unnamed woman",
    "s": "an unnamed speaker",
    "p": "an unnamed group",
    "n": "an unnamed organization",
}
# Words that open a description of a person who is not named.
_DESCRIBERS = frozenset({"the", "a", "an", "one", "another"})
_OPENING_CONJUNCTIONS = frozenset(
    {"And", "But", "So", "Yet", "Then", "Still", "Now", "Instead", "Later", "Meanwhile"}
)
# A sentence whose subject is "he" or "she" (after an opening phrase and comma).
_SUBJECT_PRONOUN = {
    "m": re.compile(r"\W{0,5}(?:[A-Z][^,.]{0,60},\s{0,3})?(?:He|he)\b"),
    "f": re.compile(r"\W{0,5}(?:[A-Z][^,.]{0,60},\s{0,3})?(?:She|she)\b"),
    "mf": re.compile(r"\W{0,5}(?:[A-Z][^,.]{0,60},\s{0,3})?(?:He|he|She|she)\b"),
}
_AGE_NOUN = re.compile(r"(\d{1,3})\s?-\s?year-old")
_SENTENCE_STOPS = frozenset({".", ";", ":", "“", "”", '"', "''", "?", "!"})
# Tokens that end a clause before a name: the name opens a new phrase.
_CLAUSE_OPENERS = frozenset({".", ",", ";", ":", "(", "—", "–", "“", "”", '"', "‘", "’", "''", "'"})


_FEMALE_HEADS = frozenset(
    {"mother", "wife", "sister", "daughter", "queen", "widow", "actress", "princess", "girl"}
)
_MALE_HEADS = frozenset({"father", "husband", "brother", "son", "king", "widower", "prince", "boy"})


def _gender_of_role(role: str | None) -> str | None:
    if not role:
        return None
    head = role.split()[-1].lower()
    if head.endswith("woman") or head in _FEMALE_HEADS:
        return "f"
    if head.endswith("man") or head in _MALE_HEADS:
        return "m"
    return None


#: Entity kinds that stand for one person: what "he" and "she" can refer to.
_INDIVIDUALS = (EntityKind.PERSON, EntityKind.UNNAMED)


class _Draft:
    """A mutable entity under construction (frozen into an Entity at the end)."""

    def __init__(self, name: str, kind: EntityKind, key: str) -> None:
        self.name = name
        self.kind = kind
        self.key = key
        self.gender: str | None = None
        self.mentions: list[Span] = []
        self.seen: set[Span] = set()
        #: Every role phrase read for this entity, in the order found.
        self.readings: list[RoleReading] = []
        #: Role head nouns and role words of those readings ("senator" for "Sen.").
        self.role_words: set[str] = set()
        #: Capitalized affiliation words (places, parties, bodies), a party-state
        #: tag spelled out ("R-Fla." gives "r" and "fla").
        self.places: set[str] = set()
        #: An age the text gives (``Jane Roe, 46,``), for "the 46-year-old".
        self.age: str | None = None

    @property
    def role(self) -> str | None:
        chosen = choose_role(self.readings)
        return None if chosen is None else chosen.role

    def add_reading(self, reading: RoleReading) -> None:
        if any(r.phrase.span == reading.phrase.span for r in self.readings):
            return
        self.readings.append(reading)
        if reading.head:
            self.role_words.add(reading.head)
        if reading.title:
            self.role_words.add(role_key(reading.title))
        for words in (reading.role, reading.affiliation):
            if words:
                self.role_words.update(role_key(word) for word in words.split())
        if reading.affiliation:
            self.places.update(
                role_key(word) for word in _place_words(reading.affiliation) if word[0].isupper()
            )
        if self.gender is None:
            self.gender = _gender_of_role(reading.head)


class EntityBuilder:
    """Collects entities for one document and resolves mentions to them."""

    def __init__(
        self,
        text: str,
        vocab: Vocabulary,
        tokens: Callable[[int, int], list[Token]] | None = None,
        roles: RoleReader | None = None,
        sentences: Sequence[Span] = (),
    ) -> None:
        self.text = text
        self.vocab = vocab
        #: Reads role phrases around names; built from the default lists when not given.
        self.roles = roles if roles is not None else RoleReader(vocab, Lexicon.default())
        # Name spans whose surroundings were read for role phrases.
        self._read: set[tuple[int, int]] = set()
        self._read_ends: set[int] = set()  # where those names end (possessive left out)
        #: Sentence starts, for salience (the subject of a recent sentence);
        #: without them a pronoun goes to the nearest earlier person that fits.
        self._sentence_starts = [sentence.start for sentence in sentences]
        # Sentence index -> the described person its subject names, once read.
        self._described_subjects: dict[int, tuple[int, int] | None] = {}
        #: Tokens of a region of ``text``; the pipeline shares the sieves' cache.
        self._tokens = tokens if tokens is not None else self._tokenize
        self.drafts: list[_Draft] = []
        self._by_key: dict[tuple[EntityKind, str], int] = {}
        # Every person draft by surname: "Hillary Clinton" and "Bill Clinton" share one.
        self._surnames: dict[str, list[int]] = {}
        # (offset, draft index) of every mention seen so far, kept sorted by offset.
        self._positions: list[int] = []
        self._owners: list[int] = []
        # Possible full names with an unknown given name ("Elon Musk"), by surname:
        # they become persons when the surname is met again ("Mr. Musk said").
        self._full_names: dict[str, tuple[list[Token], Span]] = {}
        # The first words of every name given to a draft of more than one word:
        # a word not in it begins no known name ("Ban" of "Ban Ki-moon").
        self._first_words: set[str] = set()

    def _tokenize(self, start: int, end: int) -> list[Token]:
        return tokens_in(self.text, start, end, self.vocab.abbreviations)

    # -- registering ---------------------------------------------------------

    def _note(self, index: int, span: Span) -> None:
        draft = self.drafts[index]
        if span not in draft.seen:
            draft.seen.add(span)
            draft.mentions.append(span)
            at = bisect.bisect_right(self._positions, span.start)
            self._positions.insert(at, span.start)
            self._owners.insert(at, index)

    def _entity(self, kind: EntityKind, key: str, name: str) -> int:
        found = self._by_key.get((kind, key))
        if found is not None:
            draft = self.drafts[found]
            if len(name) > len(draft.name) and kind is EntityKind.PERSON:
                self._rename(draft, name)
            return found
        self.drafts.append(_Draft(name, kind, key))
        self._rename(self.drafts[-1], name)
        self._by_key[(kind, key)] = len(self.drafts) - 1
        return len(self.drafts) - 1

    def _rename(self, draft: _Draft, name: str) -> None:
        draft.name = name
        if " " in name:
            self._first_words.add(name.split(maxsplit=1)[0].lower())

    def _person_from_tokens(self, tokens: list[Token], span: Span) -> tuple[int, str] | None:
        """Register the person a name chunk names; returns (draft index, how)."""
        vocab = self.vocab
        # Split at an apposition comma: "Name, a role" / "the spokesman, Josh Earnest".
        head, apposition = split_apposition(tokens)
        whole = head
        head = noun_phrase_head(head)
        found = _name_run(vocab, head)
        if found is None and len(whole) > len(head):
            # "secretary of State under President Obama": a title right before
            # the name at the end, after a cut the head rule made.
            run = _name_run(vocab, whole)
            if (
                run is not None
                and run[1] == len(whole)
                and run[0] > 0
                and vocab.is_title(whole[run[0] - 1])
            ):
                head, found = whole, run
        if found is None and apposition:
            found = _name_run(vocab, apposition, leading=True)
            if found is not None:
                head, apposition = apposition, head
        if found is None:
            return None
        start, end = found
        name_tokens = head[start:end]
        while name_tokens and name_tokens[-1].lower in _SUFFIXES and len(name_tokens) > 1:
            name_tokens = name_tokens[:-1]
        if any(_POSSESSIVE.search(t.text) for t in name_tokens[:-1]):
            # "Russia’s Sergei Ryabkov": the possessor is not part of the name.
            cut = max(k for k, t in enumerate(name_tokens[:-1]) if _POSSESSIVE.search(t.text))
            name_tokens = name_tokens[cut + 1 :]
        premodifier = head[:start]
        tail = _NAME_TAIL.match(self.text, name_tokens[-1].end)
        if tail is not None and not _POSSESSIVE.search(name_tokens[-1].text):
            # "Sophie in 't Veld": particles and a surname after the words given.
            name_tokens = name_tokens + self._tokens(tail.start(), tail.end())
        # The words as written, one space between them ("Sophie in 't Veld").
        name = _POSSESSIVE.sub(
            "", " ".join(self.text[name_tokens[0].start : name_tokens[-1].end].split())
        )
        surname = _POSSESSIVE.sub("", name_tokens[-1].text).lower().rstrip(".")
        first = name_tokens[0].lower
        title_gender = next(
            (
                vocab.titles[t.lower.rstrip(".")]
                for t in premodifier
                if vocab.titles.get(t.lower.rstrip("."))
            ),
            None,
        )
        index = self._match_person(surname, first, len(name_tokens), title_gender)
        how = "name variant" if index is not None else "new name"
        earlier_surname = False
        if index is None:
            earlier_surname = surname not in self._surnames
            key = surname if surname not in self._surnames else f"{surname}|{first}"
            index = self._entity(EntityKind.PERSON, key, name)
            self._surnames.setdefault(surname, []).append(index)
        draft = self.drafts[index]
        if len(name) > len(draft.name):
            self._rename(draft, name)
        gender = vocab.first_names.get(first) or title_gender
        if gender in ("m", "f") and draft.gender is None:
            draft.gender = gender
        self._read_roles(index, name_tokens[0], name_tokens[-1])
        if earlier_surname:
            self._read_earlier_surnames(index, name_tokens[-1])
        self._note(index, span)
        return index, how

    def _read_earlier_surnames(self, index: int, last: Token) -> None:
        """Read the roles around earlier uses of a new person's surname that
        named nobody known then (``resemble Sen. Warren’s ...`` before ``Warren
        said``)."""
        bare = _POSSESSIVE.sub("", last.text)
        if len(bare) < 3 or not bare[0].isupper():
            return
        lo = max(0, last.start - 5000)
        if self.text.find(bare, lo, last.start) < 0:
            return
        pattern = re.compile(r"\b" + re.escape(bare) + r"\b")
        for found in pattern.finditer(self.text, lo, last.start):
            if found.end() in self._read_ends:
                continue  # a mention already read
            end = found.end()
            if self.text[end : end + 2] in ("’s", "'s"):
                end += 2
            token = Token(found.start(), end, self.text[found.start() : end])
            self._read_roles(index, token, token)

    def _read_roles(self, index: int, first: Token, last: Token) -> None:
        """Read the role phrases around one mention of a person's name (its
        first and last tokens) into the person's draft, once per mention."""
        key = (first.start, last.end)
        if key in self._read:
            return
        self._read.add(key)
        self._read_ends.add(last.start + len(_POSSESSIVE.sub("", last.text)))
        text = self.text
        draft = self.drafts[index]
        line_start = text.rfind("\n", 0, first.start) + 1
        # The word before the name decides whether a role can end there: most
        # names follow a verb or a function word ("said", "and", "with").
        previous = _previous_word(text, line_start, first.start)
        before: list[Token] = []
        if previous and self.roles.may_end_role(previous):
            reach = 110 if previous[-1] in ",—–" else 70
            lo = max(line_start, first.start - reach)
            while lo > line_start and not text[lo - 1].isspace():
                lo += 1  # start the window at a word's beginning
            before = self._tokens(lo, first.start) if lo < first.start else []
        if before and before[-1].end <= first.start:
            for reading in self.roles.before(text, before):
                draft.add_reading(reading)
            if before[-1].text in (",", "—", "–"):
                apposed = self.roles.apposition_before(text, before)
                if apposed is not None:
                    draft.add_reading(apposed)
        if _POSSESSIVE.search(last.text):
            return  # "Clinton’s campaign chairman": the words after belong to another
        line_end = text.find("\n", last.end)
        if line_end < 0:
            line_end = len(text)
        if not _ROLE_AFTER.match(text, last.end):
            return  # no comma, dash, parenthesis or "of" after the name
        hi = min(line_end, last.end + 160)
        while hi < line_end and not text[hi].isspace():
            hi += 1
        if hi <= last.end or text[last.end : last.end + 1].isalnum():
            return
        after = self._tokens(last.end, hi)
        for reading in self.roles.after(text, after):
            draft.add_reading(reading)
        if (
            draft.age is None
            and len(after) > 2
            and after[0].text == ","
            and after[1].text.isdigit()
            and after[2].text in (",", ".")
        ):
            draft.age = after[1].text

    def _introduced(self, tokens: list[Token]) -> bool:
        """True when capitalized words with an unknown given name are written
        as a person is introduced: with an initial (``C. Boyden Gray``), or
        followed by ``, who``, by an apposition with a role (``, a lawyer``),
        or by an age (``, 46,``)."""
        if _INITIALS.fullmatch(tokens[0].text) or (
            len(tokens) > 2 and _INITIALS.fullmatch(tokens[1].text)
        ):
            return True
        end = tokens[-1].end
        after = self.text[end : end + 60]
        if _INTRODUCTION.match(after):
            return True
        if after.startswith(", "):
            following = self._tokens(end, min(len(self.text), end + 120))
            return bool(self.roles.after(self.text, following))
        return False

    def _possible_name_subject(self, lo: int, hi: int) -> tuple[int, str] | None:
        """The earliest possible full name (``Elon Musk``: given name unknown)
        that opens a clause between ``lo`` and ``hi``, as ``(start, surname)``."""
        best: tuple[int, str] | None = None
        for surname, (_, span) in self._full_names.items():
            if (
                lo <= span.start < hi
                and (best is None or span.start < best[0])
                and self._is_subject(span.start, lo)
            ):
                best = (span.start, surname)
        return best

    def _promote_at(self, surname: str) -> int | None:
        """Register the possible full name with this surname as a person; its index."""
        self._promote(surname)
        candidates = self._surnames.get(surname)
        return self._latest(candidates) if candidates else None

    def _promote(self, surname: str) -> None:
        """Register the possible full name with this surname as a person."""
        tokens, span = self._full_names.pop(surname)
        self._person_from_tokens(tokens, span)

    def _match_person(
        self, surname: str, first: str, length: int, gender: str | None = None
    ) -> int | None:
        """The known person a name refers to: the same full name, or for a
        surname alone the one of that surname mentioned last."""
        if length == 1 and surname not in self._surnames and surname in self._full_names:
            self._promote(surname)  # "Mr. Musk" after "Elon Musk"
        candidates = self._surnames.get(surname, [])
        if candidates and length > 1 and len(first) > 2 and not first.endswith("."):
            # "Bill Clinton" after "Hillary Clinton": a given name must agree.
            for index in candidates:
                known = self.drafts[index].name.split()
                if len(known) == 1 or known[0].lower() == first:
                    return index
            return None
        if candidates:
            fitting = [i for i in candidates if self.drafts[i].gender in (gender, None)]
            return self._latest(fitting or candidates)
        if length == 1:
            # A lone first name ("Hillary") or a surname we have not met.
            for index, draft in enumerate(self.drafts):
                if draft.kind is EntityKind.PERSON and draft.name.split()[0].lower() == surname:
                    return index
        return None

    def register(self, span: Span, kind: str) -> int | None:
        """Register a name found in the writer's text by the pre-pass.

        ``kind`` is ``"person"``, ``"organization"``, ``"group"`` or ``"single"`` (a lone
        capitalized word, kept only when it is the surname of a known person).
        """
        if kind == "full name?":
            full = _full_name_tokens(self.vocab, self._tokens(span.start, span.end))
            if full is None:
                return None
            tokens = full
            surname = _POSSESSIVE.sub("", tokens[-1].lower).rstrip(".")
            if surname in self._surnames:
                first = tokens[0].lower
                for index in self._surnames[surname]:
                    known = self.drafts[index].name.split()
                    if len(known) == 1 or known[0].lower() == first:
                        # "Chris Christie" after "Christie": the same person.
                        found_person = self._person_from_tokens(tokens, span)
                        return None if found_person is None else found_person[0]
                # "Following Sanders", "Team Clinton": the known surname alone.
                return self.register(Span(tokens[-1].start, tokens[-1].end), "single")
            if self._introduced(tokens):
                found_person = self._person_from_tokens(tokens, span)
                return None if found_person is None else found_person[0]
            self._full_names[surname] = (tokens, Span(tokens[0].start, tokens[-1].end))
            return None
        if kind == "single":
            word = _POSSESSIVE.sub("", self.text[span.start : span.end]).lower()
            candidates = self._surnames.get(word)
            if not candidates and word in self._full_names:
                # "Musk" after "Elon Musk": the full name was a person's.
                self._promote(word)
                candidates = self._surnames.get(word)
            if not candidates and word in self._first_words and word not in self.vocab.first_names:
                # "Ban" after "Ban Ki-moon": a family name written first.
                candidates = [
                    index
                    for index, draft in enumerate(self.drafts)
                    if draft.kind is EntityKind.PERSON
                    and " " in draft.name
                    and draft.name.split()[0].lower() == word
                    and all(part[0].isupper() for part in draft.name.split())
                ]
            if not candidates:
                return None
            found = self._latest(candidates)
            self._note(found, span)
            token = Token(span.start, span.end, self.text[span.start : span.end])
            self._read_roles(found, token, token)
            return found
        if kind == "description":
            return self._register_description(span)
        if kind in ("organization", "group"):
            entity_kind = EntityKind.ORGANIZATION if kind == "organization" else EntityKind.GROUP
            name = " ".join(self.text[span.start : span.end].split())
            index = self._entity(entity_kind, name.lower().removeprefix("the "), name)
            self._note(index, span)
            return index
        tokens = self._tokens(span.start, span.end)
        found_person = self._person_from_tokens(tokens, span)
        return None if found_person is None else found_person[0]

    # -- resolving ------------------------------------------------------------

    def resolve(self, span: Span) -> tuple[int | None, str]:
        """The entity a speaker mention refers to, and how it was resolved."""
        tokens = self._tokens(span.start, span.end)
        if not tokens:
            return None, "empty mention"
        text = self.text[span.start : span.end]
        kind = self.vocab.kind_of(text, tokens)
        if kind is MentionKind.PRONOUN:
            return self._resolve_pronoun(tokens[0].lower, span)
        if len(tokens) == 1 and tokens[0].lower in _POSSESSIVE_PRONOUNS:
            # "his" alone as a mention ("his ... statement"): the pronoun.
            return self._resolve_pronoun(_POSSESSIVE_PRONOUNS[tokens[0].lower], span)
        beside = self._name_after(tokens, span) or self._name_before(tokens, span, kind)
        if beside is not None:
            return beside
        if len(tokens) == 2 and tokens[0].lower.rstrip(".") in self.roles.honorifics:
            # "Mr. King" after "Charlie King": a surname that is also a title word.
            word = _POSSESSIVE.sub("", tokens[1].lower)
            gender = self.vocab.titles.get(tokens[0].lower.rstrip("."))
            if word in self._surnames or word in self._full_names:
                index = self._match_person(word, word, 1, gender)
                if index is not None:
                    self._note(index, span)
                    return index, "name variant"
        if kind is MentionKind.NAME:
            found = self._person_from_tokens(tokens, span)
            if found is not None:
                return found
            kind = MentionKind.NOMINAL
        if kind is MentionKind.NOMINAL:
            found_title_name = self._title_word_surname(tokens, span)
            if found_title_name is not None:
                return found_title_name, "name variant"
            # "Former secretary of state Hillary Rodham Clinton": a role with
            # "of" before a full name.
            run = _name_run(self.vocab, tokens)
            if (
                run is not None
                and all(t.lower.rstrip(".") in _SUFFIXES or t.text == "." for t in tokens[run[1] :])
                and run[1] - run[0] >= 2
                and tokens[run[0]].lower in self.vocab.first_names
            ):
                found = self._person_from_tokens(tokens[run[0] :], span)
                if found is not None:
                    return found
        if kind is MentionKind.ORGANIZATION:
            if len(tokens) == 2 and tokens[0].lower == "the" and tokens[1].text[0].islower():
                # "the ministry": the nearest earlier organization with that head.
                earlier = self._earlier(span, tokens[1].lower, EntityKind.ORGANIZATION)
                if earlier is not None:
                    self._note(earlier, span)
                    return earlier, f"nominal '{text}': earlier organization"
            name = _strip_article(text)
            index = self._entity(EntityKind.ORGANIZATION, name.lower().removeprefix("the "), name)
            self._note(index, span)
            return index, "organization"
        if kind is MentionKind.GROUP and tokens[0].lower in ("a", "an", "one", "another"):
            # "a senior official", "one source": one individual, described.
            return self._resolve_nominal(tokens, span, text)
        if kind is MentionKind.GROUP:
            name = _strip_article(text)
            index = self._entity(EntityKind.GROUP, name.lower(), name)
            self._note(index, span)
            return index, "group"
        return self._resolve_nominal(tokens, span, text)

    def _title_word_surname(self, tokens: list[Token], span: Span) -> int | None:
        """The person whose surname is a title word (``King``, ``Bishop``) that
        the mention names alone or after a courtesy title (``Mr. King``,
        ``King``): a given name and that word earlier in the text
        (``Charlie King``)."""
        word = tokens[-1]
        bare = _POSSESSIVE.sub("", word.text)
        if (
            len(tokens) > 2
            or not self.vocab.is_title(word)
            or (len(tokens) == 2 and tokens[0].lower.rstrip(".") not in self.roles.honorifics)
            or not bare.isalpha()
        ):
            return None
        pattern = re.compile(
            r"\b([A-Z][a-z]+)((?:\s+[A-Z][a-z]*\.?)?)\s+" + re.escape(bare) + r"\b"
        )
        found = None
        for match in pattern.finditer(self.text, max(0, span.start - 20000), span.start):
            found = match  # the last one before the mention
        if found is None:
            return None
        name_tokens = self._tokens(found.start(), found.end())
        if not all(_is_name_word(self.vocab, t) for t in name_tokens[:-1]):
            return None
        surname = bare.lower()
        index = self._match_person(surname, name_tokens[0].lower, len(name_tokens))
        if index is None:
            name = " ".join(t.text for t in name_tokens)
            index = self._entity(EntityKind.PERSON, surname, name)
            self._surnames.setdefault(surname, []).append(index)
            draft = self.drafts[index]
            draft.gender = self.vocab.first_names.get(name_tokens[0].lower)
            name_span = Span(found.start(), found.end())
            self._note(index, name_span)
            self._read_roles(index, name_tokens[0], name_tokens[-1])
        self._note(index, span)
        return index

    def _name_after(self, tokens: list[Token], span: Span) -> tuple[int, str] | None:
        """The person a mention only premodifies: ``Air Force`` in ``said Air Force
        1st Lt. Tyler Livingston``, ``Radio`` in ``Radio talk host Rush Limbaugh``,
        the initials ``J.J.`` of ``J.J. MacNab``. The words after the mention are
        a role (lower-case words with a role word or a title) and then a full name."""
        if any(t.text in (",", "(", "—", "–") for t in tokens):
            return None
        vocab = self.vocab
        last = _POSSESSIVE.sub("", tokens[-1].lower).rstrip(".")
        if last in self._surnames or (
            tokens[0].lower in vocab.first_names and _is_name_word(vocab, tokens[-1])
        ):
            return None  # the mention names a person itself
        after = self._tokens(span.end, min(len(self.text), span.end + 100))
        if not after or not self.text[span.end : after[0].start].isspace():
            return None  # the mention ends inside a word or at a mark
        k = 0
        if all(_INITIALS.fullmatch(t.text) for t in tokens):
            found = _name_run(vocab, after[:4], leading=True)
            if found is None or found[0] != 0:
                return None
        else:
            # Lower-case modifiers ("talk", "1st", "nutritional-supplement"), not
            # verbs or function words; the role word or title comes last.
            while k < len(after) and k < 6:
                token = after[k]
                word = token.lower
                if not (
                    vocab.is_title(token)
                    or token.text.isdigit()
                    or (
                        token.text[0].islower()
                        and token.text[0].isalpha()
                        and word not in vocab.reporting_verbs
                        and word not in ROLE_BLOCKERS
                        and not word.endswith(("ed", "ing", "ly"))
                    )
                ):
                    break
                k += 1
            if k == 0 or k >= len(after):
                return None
            head = after[k - 1]
            if not (
                vocab.is_title(head)
                or head.lower.rstrip(".") in vocab.role_words
                or self.roles.is_head(head.lower)
            ):
                return None
            comma = k < len(after) and after[k].text == ","
            # "another Twitter user, Johanna Bayer": the role, a comma, the name.
            found = _name_run(vocab, after[k + comma : k + comma + 4], leading=True)
            if found is None or found[0] != 0 or found[1] < 2:
                return None
            if comma:
                name = after[k + 1 : k + 1 + found[1]]
                return self._person_from_tokens(name, span)
        return self._person_from_tokens(tokens + after[: k + found[1]], span)

    def _name_before(
        self, tokens: list[Token], span: Span, kind: MentionKind
    ) -> tuple[int, str] | None:
        """The person a mention stands in apposition to: ``Tom Fitton, the
        president of Judicial Watch, said``: a full name (or the surname of a
        known person) just before the mention and a comma. A possessive mention
        (``Christie, New Jersey’s governor``) names the person's place, not the
        person. A mention whose head can name no speaker (``times`` in ``Donald
        Trump, the most unusual candidate in modern times, ...``) may sit further
        inside the name's apposition."""
        if kind is MentionKind.NAME and not _POSSESSIVE.search(tokens[-1].text):
            return None
        if kind is MentionKind.PRONOUN:
            return None
        vocab = self.vocab
        head = tokens[-1]
        inside = not vocab.is_nounish(head) and head.text[0].islower()
        if kind is MentionKind.GROUP and not inside:
            return None
        before = self._tokens(max(0, span.start - (160 if inside else 80)), span.start)
        commas = 0
        for comma in range(len(before) - 1, 0, -1):
            token = before[comma]
            if token.text in _SENTENCE_STOPS or token.lower == "which":
                return None  # "..., which an FBI investigation said": another clause
            if token.text != ",":
                if not inside:
                    return None
                continue
            commas += 1
            if commas > 3:
                return None
            if comma == len(before) - 1 and not self.text[token.end : span.start].isspace():
                return None
            name_tokens = self._apposed_name(before, comma)
            if name_tokens is not None:
                adjacent = comma == len(before) - 1
                break
            if not inside:
                return None
        else:
            return None
        found_person = self._person_from_tokens(name_tokens, span)
        if found_person is None:
            return None
        index, _ = found_person
        if adjacent:
            # The mention is the name's apposition ("Tom Fitton, the president of ...").
            reading = self.roles.description(self.text, split_apposition(tokens)[0])
            if reading is not None:
                self.drafts[index].add_reading(
                    attrs.evolve(
                        reading, phrase=attrs.evolve(reading.phrase, form=RoleForm.APPOSITION)
                    )
                )
        return index, "apposition to the name before it"

    def _apposed_name(self, before: list[Token], comma: int) -> list[Token] | None:
        """The personal name that ends just before ``before[comma]``, a comma,
        when it opens its clause (not an object: ``After meeting Tom Fitton,``)."""
        vocab = self.vocab
        found = _name_run(vocab, before[:comma])
        if found is None or found[1] != comma:
            return None
        start, end = found
        name_tokens = before[start:end]
        surname = _POSSESSIVE.sub("", name_tokens[-1].lower).rstrip(".")
        if len(name_tokens) == 1:
            if surname not in self._surnames:
                return None
        elif name_tokens[0].lower not in vocab.first_names and surname not in self._surnames:
            return None
        if start > 0:
            previous = before[start - 1]
            word = previous.lower.rstrip(".")
            if not (
                previous.text in _CLAUSE_OPENERS
                or word in ("and", "but")
                or word in vocab.role_words
                or vocab.is_title(previous)
                or previous.text[0].isupper()
                or word.endswith("-old")
            ):
                return None  # "After meeting Tom Fitton, the senator said"
            for token in reversed(before[:start]):
                if token.text in _CLAUSE_OPENERS:
                    break
                if token.lower in NAME_PREPOSITIONS:
                    return None  # "In an interview with Mika Brzezinski, the candidate said"
        return name_tokens

    def _latest(self, candidates: list[int]) -> int:
        """Of several drafts, the one mentioned last so far."""
        for k in range(len(self._owners) - 1, -1, -1):
            if self._owners[k] in candidates:
                return self._owners[k]
        return candidates[-1]

    def _earlier(self, span: Span, head: str, kind: EntityKind) -> int | None:
        """The nearest entity of ``kind`` mentioned before ``span`` whose name
        ends with the word ``head``."""
        at = bisect.bisect_left(self._positions, span.start)
        for k in range(at - 1, max(-1, at - 200), -1):
            draft = self.drafts[self._owners[k]]
            if draft.kind is kind and draft.name.lower().split()[-1] == head:
                return self._owners[k]
        return None

    def _is_subject(self, position: int, sentence_start: int) -> bool:
        """True when the mention at ``position`` opens its clause: nothing but
        quotations before it in its sentence, an opening conjunction, or an
        introductory phrase closed by a comma (``On the eve of the vote,
        Trump ...``), as a subject does; not after a verb or a preposition."""
        before = _QUOTED.sub("", self.text[sentence_start:position])
        before = before.lstrip(_OPENING_NOISE).rstrip()
        if not before:
            return True
        if before in _OPENING_CONJUNCTIONS:
            return True
        if before.endswith(",") and len(before.split()) <= 10 and "," not in before[:-1]:
            return True
        # "Former secretary of State Clinton was ...", "Tennis great Ilse Brandt
        # remembered ...": a bare role phrase before the name.
        words = before.split()
        return len(words) <= 6 and all(
            word in ("of", "the") or self.roles.is_modifier_word(word) for word in words
        )

    def _salient_person(
        self, span: Span, gender: str | None, named_only: bool = False, reach: int = 8
    ) -> tuple[int, str] | None:
        """The person a ``he`` or ``she`` at ``span`` refers to, by salience.

        Sentences are read from the pronoun's own backwards. In each, the
        subject (the first person that opens a clause) that fits the gender
        wins; a sentence whose subject is itself ``he``/``she`` of that gender
        passes the search on to the sentence before (that pronoun has the same
        antecedent); otherwise the nearest person that fits in the sentence.
        """
        starts = self._sentence_starts
        sentence = bisect.bisect_right(starts, span.start) - 1
        if sentence < 0:
            return None
        k = bisect.bisect_left(self._positions, span.start) - 1
        pronoun_subject = _SUBJECT_PRONOUN.get(gender or "", _SUBJECT_PRONOUN["mf"])
        pronoun_word = _PRONOUN_WORD.get(gender or "", _PRONOUN_WORD["mf"])
        genders = (gender, None) if gender else ("m", "f", None)
        kinds = (EntityKind.PERSON,) if named_only else _INDIVIDUALS
        for s in range(sentence, max(-1, sentence - reach), -1):
            lo = starts[s]
            fitting: list[tuple[int, int]] = []
            while k >= 0 and self._positions[k] >= lo:
                owner = self._owners[k]
                draft = self.drafts[owner]
                if draft.kind in kinds and draft.gender in genders:
                    fitting.append((self._positions[k], owner))
                k -= 1
            subjects = [m for m in fitting if self._is_subject(m[0], lo)]
            hi = starts[s + 1] if s + 1 < len(starts) else len(self.text)
            unknown = self._possible_name_subject(lo, min(hi, span.start))
            if unknown is not None and (not subjects or unknown[0] < subjects[-1][0]):
                # "Adaeze Okonkwo met ...": a full name with a given name the
                # lists do not know, as the subject: a person after all.
                index = self._promote_at(unknown[1])
                if index is not None and self.drafts[index].gender in genders:
                    subjects.append((unknown[0], index))
                    subjects.sort()
            if named_only:
                fitting = subjects  # a description stands for a subject, not an object
            described = self._subject_description(s) if s < sentence and not named_only else None
            if described is not None and (not subjects or described[0] < subjects[-1][0]):
                # "The mayor arrived. “No,” he said.": a described subject.
                index = described[1]
                if self.drafts[index].gender in genders:
                    return index, "described subject of a recent sentence"
            elif subjects:
                return subjects[-1][1], "subject of a recent sentence"
            if s < sentence and pronoun_subject.match(_QUOTED.sub("", self.text[lo:hi])):
                continue  # "She witnessed ...": the same antecedent, further back
            if s < sentence and fitting:
                # "..., he noted, so ... Trump ...": a pronoun of that gender
                # before any person who fits stands for the one sought.
                first = fitting[-1][0]
                inner = _QUOTED.sub(lambda m: " " * len(m.group()), self.text[lo:first])
                if pronoun_word.search(inner):
                    continue
            if fitting:
                return fitting[0][1], "nearest earlier person that fits"
        return None

    def _subject_description(self, sentence: int) -> tuple[int, int] | None:
        """The person a sentence's subject describes without naming (``The
        mayor``, ``A senior official``, ``The Florida senator``), as ``(start,
        entity)``, the description registered as a mention; or None."""
        if sentence in self._described_subjects:
            return self._described_subjects[sentence]
        self._described_subjects[sentence] = None
        starts = self._sentence_starts
        lo = starts[sentence]
        hi = starts[sentence + 1] if sentence + 1 < len(starts) else len(self.text)
        tokens = self._tokens(lo, min(hi, lo + 160))
        i = 0
        if tokens and tokens[0].text in _OPENING_CONJUNCTIONS:
            i = 1
        comma = next((k for k in range(i, min(len(tokens), 10)) if tokens[k].text == ","), None)
        if (
            comma is not None
            and (i == len(tokens) or tokens[i].lower not in _DESCRIBERS)
            and any(t.text[0].islower() for t in tokens[i:comma])
        ):
            i = comma + 1  # "On Monday, the mayor ...", not "Bill Bruch, a delegate"
        if i >= len(tokens) or tokens[i].lower not in _DESCRIBERS:
            return None
        for t in range(i + 1, min(len(tokens) - 1, i + 6)):
            token = tokens[t]
            if not token.text[0].isalnum():
                return None
            word = token.lower
            follower = tokens[t + 1]
            if (self.roles.is_head(word) or word.endswith("year-old")) and (
                follower.text in (",", "—")
                or (follower.text[0].islower() and follower.lower != "of")
            ):
                if (
                    follower.text in (",", "—")
                    and t + 2 < len(tokens)
                    and _is_name_word(self.vocab, tokens[t + 2])
                ):
                    return None  # "An enthusiastic supporter, David Seacord, ...": named

                phrase = tokens[i : t + 1]
                span = Span(phrase[0].start, phrase[-1].end)
                index, _ = self._resolve_nominal(phrase, span, self.text[span.start : span.end])
                if index is None or self.drafts[index].kind not in _INDIVIDUALS:
                    return None
                found = (span.start, index)
                self._described_subjects[sentence] = found
                return found
        return None

    def _resolve_pronoun(self, pronoun: str, span: Span) -> tuple[int | None, str]:
        want = PRONOUNS.get(pronoun)
        if want in ("m", "f") and self._sentence_starts:
            found = self._salient_person(span, want)
            if found is not None:
                index, how = found
                if self.drafts[index].gender is None:
                    self.drafts[index].gender = want  # the pronoun tells the gender
                self._note(index, span)
                return index, f"pronoun '{pronoun}': {how}"
        at = bisect.bisect_left(self._positions, span.start)
        for k in range(at - 1, max(-1, at - 60), -1):
            draft = self.drafts[self._owners[k]]
            if want in ("m", "f"):
                if draft.kind in _INDIVIDUALS and draft.gender in (want, None):
                    self._note(self._owners[k], span)
                    return self._owners[k], f"pronoun '{pronoun}': nearest earlier person that fits"
            elif want == "p":
                if draft.kind in (EntityKind.GROUP, EntityKind.ORGANIZATION):
                    self._note(self._owners[k], span)
                    return self._owners[k], f"pronoun '{pronoun}': nearest earlier group"
            elif want == "r":
                # "Beck, who said ...": the relative pronoun's antecedent.
                self._note(self._owners[k], span)
                return self._owners[k], f"relative pronoun '{pronoun}': the phrase it follows"
            elif want == "n" and draft.kind in (EntityKind.ORGANIZATION, EntityKind.DOCUMENT):
                self._note(self._owners[k], span)
                return self._owners[k], f"pronoun '{pronoun}': nearest earlier organization"
        if want == "n":
            found_org = self._subject_organization(span)
            if found_org is not None:
                self._note(found_org, span)
                return (
                    found_org,
                    f"pronoun '{pronoun}': the organization a recent sentence opens with",
                )
        kind = (
            EntityKind.UNNAMED
            if want in ("m", "f", "s")
            else (EntityKind.ORGANIZATION if want == "n" else EntityKind.GROUP)
        )
        description = _UNNAMED_BY_PRONOUN.get(want or "", "an unnamed speaker")
        index = self._entity(kind, "pronoun:" + (want or pronoun), description)
        if want in ("m", "f"):
            self.drafts[index].gender = want  # "she" and "he" are not one speaker
        self._note(index, span)
        return index, f"pronoun '{pronoun}': no earlier entity fits; {description}"

    def _subject_organization(self, span: Span) -> int | None:
        """For ``it``: the capitalized name a recent sentence opens with, not a
        person's (``Microsoft reported ... . “...,” it said``), registered as
        an organization."""
        starts = self._sentence_starts
        current = bisect.bisect_right(starts, span.start) - 1
        for s in range(current - 1, max(-1, current - 3), -1):
            lo = starts[s]
            tokens = self._tokens(lo, min(starts[s + 1], lo + 120))
            k = 0
            while (
                k < len(tokens)
                and k < 5
                and (tokens[k].text[0].isupper() or (k and tokens[k].lower in ("&", "of", "and")))
            ):
                k += 1
            if k == 0 or k >= len(tokens) or not tokens[k].text[0].islower():
                continue
            name_tokens = tokens[:k]
            first = name_tokens[0].lower
            if (
                first in self.vocab.first_names
                or first in _DESCRIBERS
                or first in PRONOUNS
                or self.vocab.is_title(name_tokens[0])
                or _POSSESSIVE.sub("", name_tokens[-1].lower) in self._surnames
                or not all(
                    _is_name_word(self.vocab, t) or t.lower in ("&", "of", "and")
                    for t in name_tokens
                )
            ):
                continue
            name = self.text[name_tokens[0].start : name_tokens[-1].end]
            index = self._entity(EntityKind.ORGANIZATION, name.lower(), name)
            self._note(index, Span(name_tokens[0].start, name_tokens[-1].end))
            return index
        return None

    def _resolve_nominal(
        self, tokens: list[Token], span: Span, text: str
    ) -> tuple[int | None, str]:
        head_tokens = noun_phrase_head(split_apposition(tokens)[0]) or tokens
        head = _POSSESSIVE.sub("", head_tokens[-1].lower)
        documents = self.roles.documents
        if head in documents or (head.endswith("s") and head[:-1] in documents):
            # "the statement", "a poll", "A footnote in the report": a text.
            name = _strip_article(text)
            index = self._entity(EntityKind.DOCUMENT, "document:" + name.lower(), name)
            self._note(index, span)
            return index, f"nominal '{text}': a document"
        reading = self.roles.description(self.text, tokens)
        if tokens[0].lower in ("the", "his", "her", "their", "its"):
            found = self._described(tokens, span, reading)
            if found is None and reading is not None and len(tokens) >= 3:
                found = self._named_before_in_sentence(span, reading)
            if (
                found is None
                and reading is not None
                and reading.phrase.span.end == tokens[-1].end
                and tokens[0].lower == "the"
                and len(tokens) >= 3
                and self._sentence_starts
            ):
                # "the billionaire business mogul told People": a description
                # with modifiers, written instead of the name of someone just
                # mentioned; the salient person who fits.
                gender = _gender_of_role(reading.head)
                salient = self._salient_person(span, gender, named_only=True)
                if salient is not None:
                    found = salient[0]
            if found is not None:
                if reading is not None:
                    self.drafts[found].add_reading(reading)
                self._note(found, span)
                return found, f"nominal '{text}': earlier person with that role"
        name = _strip_article(text)
        index = self._entity(EntityKind.UNNAMED, "nominal:" + name.lower(), name)
        draft = self.drafts[index]
        if reading is not None:
            draft.add_reading(reading)
        self._note(index, span)
        return index, f"nominal '{text}': a person described, not named"

    def _register_description(self, span: Span) -> int | None:
        """A definite description in the writer's text (``the Texas senator
        said``): the earlier person it describes gets its words as a role
        phrase; a description that fits nobody is left alone."""
        tokens = self._tokens(span.start, span.end)
        reading = self.roles.description(self.text, tokens)
        if reading is None:
            return None
        found = self._described(tokens, span, reading)
        if found is None and len(tokens) >= 3:
            found = self._named_before_in_sentence(span, reading)
        if found is None and len(tokens) >= 3 and self._sentence_starts:
            # "Hillary Clinton wants ... . The Democratic frontrunner wrote":
            # a described subject right after a sentence whose subject is named.
            starts = self._sentence_starts
            sentence = bisect.bisect_right(starts, span.start) - 1
            if sentence > 0 and self._is_subject(span.start, starts[sentence]):
                previous = Span(starts[sentence] - 1, starts[sentence] - 1)
                salient = self._salient_person(
                    previous, _gender_of_role(reading.head), named_only=True, reach=1
                )
                if salient is not None:
                    found = salient[0]
        if found is None:
            return None
        self.drafts[found].add_reading(reading)
        self._note(found, span)
        return found

    def _named_before_in_sentence(self, span: Span, reading: RoleReading) -> int | None:
        """The named person nearest before a description with modifiers in its
        own sentence (``will meet with Donald Trump when the Republican
        presidential front-runner arrives``; ``to question Cruz’s temperament,
        saying the Texas senator could not``), when gender and titles of office
        agree."""
        starts = self._sentence_starts
        if not starts:
            return None
        lo = starts[bisect.bisect_right(starts, span.start) - 1]
        # The description must open a clause of its own ("when the ...
        # arrives", "saying the ... could not"), not be a predicate or an
        # object ("would be the first woman president", "against the ...").
        opener = _LAST_WORD.search(self.text, lo, span.start)
        if opener is None or opener.group(1).lower() not in _CLAUSE_OPENING_WORDS:
            return None
        after = _FIRST_WORD.match(self.text, span.end)
        if after is None or not after.group(1)[0].islower() or after.group(1) in _AFTER_NOT_VERB:
            return None
        gender = _gender_of_role(reading.head)
        k = bisect.bisect_left(self._positions, span.start) - 1
        # A known surname the pre-pass did not register ("Cruz’s temperament").
        surname_at, surname_owner = -1, -1
        for word in _CAPITALIZED.finditer(self.text, lo, span.start):
            bare = _POSSESSIVE.sub("", word.group()).lower()
            if bare in self._surnames:
                surname_at, surname_owner = word.start(), self._latest(self._surnames[bare])
        for surname, (_, name_span) in list(self._full_names.items()):
            # "meet with Oskar Lind when the ... front-runner arrives".
            if lo <= name_span.start < span.start and name_span.start > surname_at:
                index = self._promote_at(surname)
                if index is not None:
                    surname_at, surname_owner = name_span.start, index
                    k = bisect.bisect_left(self._positions, span.start) - 1
        if surname_at >= 0 and (k < 0 or self._positions[k] < surname_at):
            return surname_owner if self._fits(surname_owner, gender, reading) else None
        while k >= 0 and self._positions[k] >= lo:
            owner = self._owners[k]
            if self.drafts[owner].kind is EntityKind.PERSON:
                # The nearest person decides: when they do not fit, nobody is sure.
                return owner if self._fits(owner, gender, reading) else None
            k -= 1
        return None

    def _fits(self, index: int, gender: str | None, reading: RoleReading) -> bool:
        """True when a description (its gender and role head) can describe the
        person: the genders agree and no title of office contradicts it."""
        draft = self.drafts[index]
        titles = {r.head for r in draft.readings if r.title}
        return (gender is None or draft.gender in (gender, None)) and (
            not titles or reading.head in titles
        )

    def _described(
        self, tokens: list[Token], span: Span, reading: RoleReading | None
    ) -> int | None:
        """The earlier person a definite description refers to: ``the Florida
        senator`` -> the person given ``Sen.`` (and ``Florida``, if several),
        ``the 46-year-old`` -> the person whose age is 46."""
        words = [role_key(t.text) for t in tokens[1:] if t.text[0].isalnum()]
        if not words:
            return None
        age = None
        if words[-1].endswith("year-old"):
            found_age = _AGE_NOUN.search(self.text, tokens[0].end, tokens[-1].end)
            if found_age is None:
                return None
            age = found_age.group(1)
        head = reading.head if reading is not None else words[-1]
        if head is None:
            return None
        gender = _gender_of_role(tokens[-1].lower)
        modifiers = {w for w in words[:-1] if w not in ("former", "new")}
        # Places and parties the description names ("Florida" of "the Florida senator").
        proper = {
            role_key(t.text) for t in tokens[1:-1] if t.text[0].isupper() and t.text[0].isalpha()
        }
        best: tuple[int, int] | None = None
        found = None
        at = bisect.bisect_left(self._positions, span.start)
        seen: set[int] = set()
        for k in range(at - 1, -1, -1):
            owner = self._owners[k]
            if owner in seen:
                continue
            seen.add(owner)
            draft = self.drafts[owner]
            if draft.kind is not EntityKind.PERSON:
                continue
            if age is not None:
                if draft.age == age:
                    return owner
                continue
            if head not in draft.role_words or draft.gender not in (
                gender,
                None,
                *(() if gender else ("m", "f")),
            ):
                continue
            if proper and draft.places and not proper & draft.places:
                continue  # "the Florida senator" is not the senator from Iowa
            score = (len(modifiers & draft.role_words), -len(seen))
            if best is None or score > best:
                best, found = score, owner
        return found

    # -- result ---------------------------------------------------------------

    def entities(self) -> list[Entity]:
        """The entities, in order of first mention, with mentions sorted."""
        order = sorted(
            range(len(self.drafts)),
            key=lambda i: min((m.start for m in self.drafts[i].mentions), default=0),
        )
        out = []
        for new_id, old in enumerate(order):
            draft = self.drafts[old]
            readings = sorted(draft.readings, key=lambda r: r.phrase.span)
            chosen = choose_role(readings)
            title = chosen.title if chosen is not None and chosen.title else None
            affiliation = chosen.affiliation if chosen is not None else None
            if title is None:
                title = next((r.title for r in readings if r.title), None)
            if affiliation is None:
                affiliation = next((r.affiliation for r in readings if r.affiliation), None)
            out.append(
                Entity(
                    new_id,
                    draft.name,
                    draft.kind,
                    None if chosen is None else chosen.role,
                    tuple(sorted(draft.mentions)),
                    draft.gender,
                    title,
                    affiliation,
                    tuple(r.phrase for r in readings),
                )
            )
        self._renumber = {old: new for new, old in enumerate(order)}
        return out

    def final_id(self, draft_index: int) -> int:
        return self._renumber[draft_index]


def _previous_word(text: str, line_start: int, end: int) -> str:
    """The word written just before ``end`` on its line, after spaces ("" when
    none: the line starts there or no space precedes ``end``)."""
    k = end
    while k > line_start and text[k - 1] in " \t\u00a0":
        k -= 1
    if k == end:
        return ""
    start = k
    while start > line_start and start > k - 40 and not text[start - 1].isspace():
        start -= 1
    return text[start:k]


def _place_words(affiliation: str) -> list[str]:
    """The words of an affiliation, a party-state tag split (``R-Fla.`` ->
    ``R``, ``Fla``)."""
    return [word for word in re.split(r"[\s\-–]+", affiliation) if word]


def _full_name_tokens(vocab: Vocabulary, tokens: list[Token]) -> list[Token] | None:
    """The personal name in a run of two or three capitalized words, or None.

    Every word must be a name word; of three words, the first is dropped unless
    the middle one is an initial (``Robert A. Pruzan``) or the run opens with a
    hyphenated given name."""
    if not all(_is_name_word(vocab, t) for t in tokens):
        return None
    if any(t.text.isupper() and len(t.text) > 2 for t in tokens):
        return None  # "FBI Director", headlines in capitals
    first = tokens[0].lower
    if first in vocab.reporting_verbs or (
        first.endswith(("ing", "ly")) and first not in vocab.first_names
    ):
        return None  # "Urges Britain", "Following Sanders,", "Interestingly Blocher"
    if len(tokens) == 3 and not _INITIALS.fullmatch(tokens[1].text):
        tokens = tokens[1:]
    return tokens if len(tokens) >= 2 else None


def _strip_article(text: str) -> str:
    text = " ".join(text.split())
    for article in ("a ", "an ", "A ", "An "):
        if text.startswith(article):
            return text[len(article) :]
    return text


def _name_run(
    vocab: Vocabulary, tokens: list[Token], leading: bool = False
) -> tuple[int, int] | None:
    """Token range of the personal name in ``tokens``: the last run of name words
    (or, with ``leading``, the first), with a capitalized role word kept after a
    first name (``Howard Dean``, ``Peter T. King``)."""
    n = len(tokens)
    if leading:
        start = 0
        while start < n and not _is_name_word(vocab, tokens[start]):
            start += 1
        end = start
        while end < n and _is_name_word(vocab, tokens[end]):
            end += 1
    else:
        end = n
        while end > 1 and (
            tokens[end - 1].lower.rstrip(".") in _SUFFIXES
            or (tokens[end - 1].text == "." and tokens[end - 2].lower in _SUFFIXES)
        ):
            end -= 1
        if end == 0:
            return None
        last = tokens[end - 1]
        howard_dean = (
            end >= 2
            and last.text[0].isupper()
            and last.text.isalpha()
            and _is_name_word(vocab, tokens[end - 2])
            and (
                tokens[end - 2].lower in vocab.first_names
                or len(tokens[end - 2].text) <= 2
                # "Martin Luther King": a given name, a middle name, the surname
                or (
                    end >= 3
                    and tokens[end - 3].lower in vocab.first_names
                    and _is_name_word(vocab, tokens[end - 3])
                )
            )
        )
        if not (_is_name_word(vocab, last) or howard_dean):
            return None  # the phrase ends in a role or a common word: no name
        start = end - 1 if end > 0 and not _is_name_word(vocab, tokens[end - 1]) else end
        while start > 0 and (
            _is_name_word(vocab, tokens[start - 1])
            or (tokens[start - 1].lower in _NAME_PARTICLES and start - 1 > 0)
            # "Sophie in 't Veld": "in" before the particle "'t"
            or (
                tokens[start - 1].lower == "in"
                and start - 1 > 0
                and tokens[start].lower in ("'t", "’t")
            )
        ):
            start -= 1
        while start < end and tokens[start].text in _NAME_PARTICLES | {"in"}:
            start += 1  # a name does not open with a lower-case particle ("Al", "Ben" may)
    return (start, end) if start < end else None


def _is_name_word(vocab: Vocabulary, token: Token) -> bool:
    word = token.lower.rstrip(".")
    if not token.text[0].isupper() or vocab.is_title(token):
        return False
    if len(token.text) == 2 and token.text[1] == ".":
        return True  # an initial, even one that reads as a word ("A.", "I.")
    bare = _POSSESSIVE.sub("", word)
    if bare.startswith(("co-", "ex-")):
        bare = bare[3:]  # "Co-anchor Norah O’Donnell"
    if bare in vocab.role_words or bare in vocab.org_words or bare in vocab.non_names:
        return False
    return token.text not in (",", ".")


def _role_from(vocab: Vocabulary, tokens: list[Token]) -> str | None:
    """The role in a premodifier or apposition: from the first role-like word on."""
    words = [t for t in tokens if t.text not in (",", ".")]
    while words and words[-1].lower in ("of", "for", "at", "the", "a", "an"):
        words = words[:-1]
    start = None
    for k, token in enumerate(words):
        word = _POSSESSIVE.sub("", token.lower).rstrip(".")
        if _POSSESSIVE.search(token.text) or token.text in ("’", "'"):
            start = None  # "Russia’s ...", "the president’s ...": an affiliation
            continue
        if start is None and (word in vocab.role_words or vocab.is_title(token)):
            start = k
    if start is None:
        return None
    role_tokens = noun_phrase_head(words[start:])  # "a political scientist" at the ...
    if not any(_POSSESSIVE.sub("", t.lower).rstrip(".") in vocab.role_words for t in role_tokens):
        return None
    role = " ".join(t.text for t in role_tokens)
    return role if role.lower().rstrip(".") not in ("mr", "mrs", "ms", "dr") else None
