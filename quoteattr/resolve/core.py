"""The resolver's state and its core moves: entities, mentions, names, roles.

This module owns :class:`_Core`, the state every resolution step shares (the
drafts, the sorted mention positions, surnames, possible full names, sentence
starts) and the steps all others build on: registering an entity or a mention,
matching a name to a known person, and reading the role phrases around a
mention of a name (:mod:`quoteattr.roles`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from quoteattr.lexicon import Lexicon
from quoteattr.mentions import Token, Vocabulary, noun_phrase_head, split_apposition, tokens_in
from quoteattr.mentions.words import NAME_PARTICLES, PREPOSITIONS
from quoteattr.model import EntityKind, Span
from quoteattr.resolve.drafts import _Draft
from quoteattr.resolve.names import (
    _INITIALS,
    _NAME_TAIL,
    _POSSESSIVE,
    _SUFFIXES,
    _name_run,
    _previous_word,
    _whole_word_starts,
)
from quoteattr.roles import RoleReader
from quoteattr.roles.membership import fellow_reading
from quoteattr.roles.predicate import COPULA_AFTER_NAME, predicate_reading

# The word before a position on its line; what can follow a name with a role.
_ROLE_AFTER = re.compile(r"[^\S\n]{0,3}([,(—–]|--|of\s)")
_FOLLOWING_WORD = re.compile(r"[^\S\n]{0,3}([\w’'-]{1,40})")
# After a possessive name: "’s new role as ", "’s tenure as " (a role follows).
_ROLE_AS = re.compile(
    r"(?:[’']s)?[^\S\n]{1,3}(?:(?:new|current|former|previous|brief|short)[^\S\n]{1,3})?"
    r"(?:role|job|post|position|tenure|stint|time)[^\S\n]{1,3}as[^\S\n]{1,3}"
)

# The only token whose reading depends on a space after it (see _Core._window).
_ABBREVIATION_END = re.compile(r"[A-Z][a-z]{0,3}\.\Z")

# What follows a person's full name where the text introduces them.
_INTRODUCTION = re.compile(r",\s+(?:who|whose)\b|,\s+\d{1,3},")


def _word_end(text: str, hi: int, limit: int) -> int:
    """``hi`` moved on to the end of the word it cuts, but not past ``limit``:
    a window read for roles ends between words."""
    while hi < limit and not text[hi].isspace():
        hi += 1
    return hi


# The last words of a business's name ("Industries", "Corp.", "Group").
_COMPANY_ENDS = frozenset(
    {
        "airlines",
        "bank",
        "co",
        "company",
        "corp",
        "corporation",
        "enterprises",
        "group",
        "holdings",
        "inc",
        "industries",
        "llc",
        "ltd",
        "motors",
        "plc",
        "technologies",
    }
)


# Nouns that refer back to a business ("the company said") and the words a
# business's name may hold (a name with another organization word, "the State
# Department", is another kind of organization).
_FIRM_NOUNS = frozenset(
    {"company", "firm", "corporation", "carrier", "airline", "automaker", "retailer", "insurer"}
)
_FIRM_WORDS = _COMPANY_ENDS | frozenset({"airline", "capital", "exchange", "insurance", "partners"})
# Nouns that refer back to a news publication or broadcaster ("the newspaper
# said") and the words of such a name ("The Boston Herald", "CBS News").
_PUBLICATION_NOUNS = frozenset(
    {"newspaper", "paper", "network", "magazine", "broadcaster", "channel", "outlet", "daily"}
)
_PUBLICATION_WORDS = frozenset(
    {"broadcasting", "chronicle", "gazette", "globe", "guardian", "herald", "journal"}
    | {"magazine", "media", "news", "post", "press", "radio", "telegraph", "television"}
    | {"times", "tribune", "tv", "network", "daily", "abc", "bbc", "cbs", "cnn", "msnbc"}
    | {"nbc", "npr", "pbs", "ap", "afp", "reuters", "bloomberg", "fox"}
)
# A personal pronoun, and the end of a sentence (what ``_bare_name`` reads).
_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]im|[Hh]er|[Hh]imself|[Hh]erself)\b")
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s")
# A run of word characters: one whole word of the text.
_WORD_CHARS = re.compile(r"\w+")
# What a publication does ("BFMTV reported"): such a name is no firm.
_NEWS_VERB = re.compile(r"[^\S\n]+(?:reported|wrote|published|broadcast|aired)\b")
# A firm's name as the text writes it ("United Technologies", "Holt Corp.",
# "GunBroker.com"): capitalized words ending with a word of a firm's name, or
# a web address.
_FIRM_NAME = re.compile(
    r"\b(?:(?:[A-Z][\w&’'-]*[^\S\n]){1,4}"
    r"(?:Industries|Technologies|Holdings|Enterprises|Airlines|Motors|Corporation"
    r"|Corp\.|Inc\.|Co\.|LLC|Ltd\.|PLC|plc)"
    r"|[A-Z][\w-]{1,30}\.com)(?![\w-])"
)
# How far before "the company" its antecedent may be named.
_REFERENT_REACH = 2000


class _Core:
    """The state of one document's resolution and the moves every step uses."""

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
        # Sentence start -> its quotations' starts and ends and the characters
        # outside quotations before each (see _Salience._unquoted_before).
        self._unquoted: dict[int, tuple[list[int], list[int], list[int]]] = {}
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
        # Every whole word of the text as written, once a lookup needs them.
        self._text_words: frozenset[str] | None = None
        # The first words of every name given to a draft of more than one word:
        # a word not in it begins no known name ("Ban" of "Ban Ki-moon").
        self._first_words: set[str] = set()
        # Possible full names whose family name comes first ("Park Geun-hye",
        # "Moon Jae-in": a given name hyphenated in lower case; "Xi Jinping": a
        # listed family name), by that family name: the surname key of
        # ``_full_names``.
        self._family_first: dict[str, str] = {}
        # The last two or more words of every person's name of three or more
        # ("García Márquez" of "Gabriel García Márquez") -> that person.
        self._name_tails: dict[str, int] = {}
        # Where each possible full name starts (some since became persons).
        self._full_name_starts: list[tuple[int, str]] = []
        # Indexes that keep name lookups from reading every draft or mention
        # (linear time on a text of thousands of names): each person draft's
        # first word and number of words; person drafts by first word, lowest
        # index first; when each draft was last mentioned (offset, then order);
        # per surname, where in its list a one-word name and each first word
        # first occur (rebuilt when a listed draft is renamed).
        self._name_words: dict[int, tuple[str, int]] = {}
        self._by_first_word: dict[str, list[int]] = {}
        self._last_seen: dict[int, tuple[int, int]] = {}
        self._given: dict[str, tuple[int, int, int | None, dict[str, int]]] = {}
        self._renamed = 0
        # Person drafts by the words of their roles and by the age the text
        # gives them (for descriptions: "the senator", "the 46-year-old"),
        # brought up to date with the drafts that got readings since.
        self._changed: list[_Draft] = []
        self._draft_index: dict[int, int] = {}
        self._by_role_word: dict[str, set[int]] = {}
        self._by_age: dict[str, list[int]] = {}

    def _tokenize(self, start: int, end: int) -> list[Token]:
        return tokens_in(self.text, start, end, self.vocab.abbreviations)

    def _window(self, lo: int, hi: int) -> list[Token]:
        """The tokens of ``text[lo:hi]`` (what ``_tokens(lo, hi)`` gives), for a
        window whose ends may cut words (``span.start - 80``, ``lo + 160``) or
        that may run into the next paragraph.

        Such a window is no slice of one paragraph's tokens, so it would be
        tokenized whole; here only the words it cuts are, on their own, and the
        rest is read line by line through ``_tokens`` (a slice when the line
        lies in a kept paragraph). Exact: no token spans a space and nothing
        that decides a token looks past the space after it, so the tokens of a
        region split after a space are those of the part before followed by
        those of the part after; and spaces that end a part change no token
        unless the part ends in a short capitalized word and a period (``Sen.``
        is one token before a space, two at the end of a text)."""
        text = self.text
        a = lo
        if lo > 0 and text[lo - 1] not in " \n":
            cuts = [k for k in (text.find(" ", lo, hi), text.find("\n", lo, hi)) if k >= 0]
            if not cuts:
                return self._tokens(lo, hi)
            a = min(cuts) + 1
        b = max(text.rfind(" ", a, hi), text.rfind("\n", a, hi)) + 1
        if b <= a:
            b = hi
        if a == lo and b == hi and text.find("\n", lo, hi) < 0:
            return self._tokens(lo, self._trimmed(lo, hi))
        out = self._tokenize(lo, a) if a > lo else []
        start = a
        while start < b:
            newline = text.find("\n", start, b)
            end = b if newline < 0 else newline + 1
            stop = self._trimmed(start, end)
            if stop > start:
                out += self._tokens(start, stop)
            start = end
        if b < hi:
            out += self._tokenize(b, hi)
        return out

    def _trimmed(self, start: int, end: int) -> int:
        """Where ``text[start:end]`` ends without the spaces and newlines at its
        end when leaving them out changes none of its tokens (see :meth:`_window`),
        else ``end``; ``start`` when it holds nothing but those."""
        text = self.text
        stop = end
        while stop > start and text[stop - 1] in " \n":
            stop -= 1
        if (
            stop > start
            and text[stop - 1] == "."
            and _ABBREVIATION_END.search(text, max(start, stop - 5), stop)
        ):
            return end
        return stop

    def _note(self, index: int, span: Span) -> None:
        draft = self.drafts[index]
        key = (span.start, span.end)  # a tuple hashes faster than a Span
        if key not in draft.seen:
            draft.seen.add(key)
            draft.mentions.append(span)
            at = bisect.bisect_right(self._positions, span.start)
            self._positions.insert(at, span.start)
            self._owners.insert(at, index)
            seen = (span.start, len(self._owners))
            if seen > self._last_seen.get(index, (-1, -1)):
                self._last_seen[index] = seen
            draft.note_start(span.start)

    def _entity(self, kind: EntityKind, key: str, name: str) -> int:
        found = self._by_key.get((kind, key))
        if found is not None:
            draft = self.drafts[found]
            if len(name) > len(draft.name) and kind is EntityKind.PERSON:
                self._rename(draft, name)
            return found
        self.drafts.append(_Draft(name, kind, key, self._changed))
        self._draft_index[id(self.drafts[-1])] = len(self.drafts) - 1
        self._by_key[(kind, key)] = len(self.drafts) - 1
        self._rename(self.drafts[-1], name)
        return len(self.drafts) - 1

    def _rename(self, draft: _Draft, name: str) -> None:
        if draft.kind is EntityKind.PERSON:
            index = self._by_key[(draft.kind, draft.key)]
            words = name.split()
            new = (words[0].lower() if words else "", len(words))
            old = self._name_words.get(index)
            if old != new:
                if old is not None:
                    self._renamed += 1
                    self._by_first_word[old[0]].remove(index)
                bisect.insort(self._by_first_word.setdefault(new[0], []), index)
                self._name_words[index] = new
            for k in range(1, len(words) - 1):
                self._name_tails[" ".join(words[k:]).lower()] = index
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
                and (
                    vocab.is_title(whole[run[0] - 1])
                    # "Former secretary of state Hilda Brandt": a lower-case
                    # role word of the title's "of" phrase before the name.
                    or (
                        run[1] - run[0] >= 2
                        and whole[run[0] - 1].text[0].islower()
                        and whole[run[0] - 1].lower in vocab.role_words
                    )
                )
            ):
                head, found = whole, run
        if found is None and apposition:
            found = _name_run(vocab, apposition, leading=True)
            if found is not None:
                head, apposition = apposition, head
        if found is None:
            return None
        start, end = found
        if (
            end - start >= 3
            and head[start].lower in self.roles.heads
            and head[start].lower not in vocab.first_names
        ):
            # "Comedian Sarah Silverman" in a headline: a capitalized role noun
            # before a given name and a surname is the role, not the name.
            start += 1
        if (
            end - start == 1
            and start > 0
            and head[start - 1].text[0].isupper()
            and head[start - 1].lower in vocab.first_names
            and vocab.is_title(head[start - 1])
            and (start == 1 or not vocab.is_title(head[start - 2]))
        ):
            # "Dean Baker": a title word that is also a given name, before a
            # lone surname, is the given name ("Dean Ann Roe" keeps the title).
            start -= 1
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
        title_gender = None  # the gender of the first title that has one
        for t in premodifier:
            gender = vocab.titles.get(t.lower.rstrip("."))
            if gender:
                title_gender = gender
                break
        length = len(name_tokens)
        if all(t.lower in NAME_PARTICLES for t in name_tokens[:-1]):
            length = 1  # "Van der Berg" after "Jean-Claude Van der Berg": the surname alone
        index = self._match_person(surname, first, length, title_gender, name)
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
        # Roles are read around the name as written, suffix included
        # ("Robert Downey Jr., the ...").
        last, k = name_tokens[-1], end
        while k < len(head) and head[k].start > last.start:
            if head[k].lower.rstrip(".") not in _SUFFIXES:
                break
            last, k = head[k], k + 1
        self._read_roles(index, name_tokens[0], last)
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
        for start in _whole_word_starts(self.text, bare, lo, last.start):
            end = start + len(bare)
            if end in self._read_ends:
                continue  # a mention already read
            if self.text[end : end + 2] in ("’s", "'s"):
                end += 2
            token = Token(start, end, self.text[start:end])
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
        # Only the last 200 characters matter (a bounded search keeps long
        # lines linear).
        line_start = text.rfind("\n", max(0, first.start - 200), first.start) + 1
        line_start = max(line_start, first.start - 200)
        # The word before the name decides whether a role can end there: most
        # names follow a verb or a function word ("said", "and", "with").
        previous = _previous_word(text, line_start, first.start)
        before: list[Token] = []
        if (
            previous
            and (
                self.roles.may_end_role(previous)
                # "The leader of the Anti-Defamation League, Jonathan Greenblatt":
                # a role noun further back in the apposition.
                or (
                    previous[-1] in ",—–"
                    and any(
                        self.roles.is_head(word)
                        # "The No. 2 Democrat in the Senate, Ana Ruiz": a party noun.
                        or (word[0].isupper() and word.lower() in self.roles.parties)
                        for word in text[max(line_start, first.start - 80) : first.start].split()
                    )
                )
            )
        ):
            reach = 100 if previous[-1] in ",—–" else 50  # an apposition is longer
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
        # "Mr. Murdoch’s new role as the interim chief of Fox News".
        role_as = _ROLE_AS.match(text, last.end)
        if role_as is not None:
            hi = text.find("\n", role_as.end(), role_as.end() + 120)
            if hi < 0:
                limit = min(len(text), role_as.end() + 160)
                hi = _word_end(text, min(len(text), role_as.end() + 120), limit)
            held = self.roles.role_as(text, self._tokens(role_as.end(), hi))
            if held is not None:
                draft.add_reading(held)
        if _POSSESSIVE.search(last.text) or role_as is not None:
            return  # "Clinton’s campaign chairman": the words after belong to another
        # "Sanders is pushing fellow Senate Democrats": a group the person is in.
        fellow = text.find("fellow ", last.end, last.end + 80)
        if fellow >= 0 and "\n" not in text[last.end : fellow]:
            hi = _word_end(text, min(len(text), fellow + 60), len(text))
            member = fellow_reading(self.roles, text, self._tokens(last.end, hi))
            if member is not None:
                draft.add_reading(member)
        line_end = text.find("\n", last.end, last.end + 200)
        if line_end < 0:
            line_end = min(len(text), last.end + 200)
        copula = COPULA_AFTER_NAME.match(text, last.end)
        if copula is not None and (not previous or previous.lower() not in PREPOSITIONS):
            # "Ana Ruiz is the city's budget director", the name its subject
            # (not "the first taste of Donald Trump is his ...").
            hi = _word_end(text, min(line_end, copula.end() + 120), line_end)
            said = predicate_reading(self.roles, text, self._tokens(copula.end(), hi), copula[1])
            if said is not None:
                draft.add_reading(said)
            return
        opening = _ROLE_AFTER.match(text, last.end)
        if opening is None:
            return  # no comma, dash, parenthesis or "of" after the name
        if opening.group(1) in ",—–":
            following = _FOLLOWING_WORD.match(text, opening.end())
            if following is None or not self.roles.may_start_apposition(following.group(1)):
                return  # ", said", ", and": no apposition
        hi = _word_end(text, min(line_end, last.end + 160), line_end)
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
            self._by_age.setdefault(draft.age, []).append(index)

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
            following = self._window(end, min(len(self.text), end + 120))
            return bool(self.roles.after(self.text, following))
        return False

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
        self, surname: str, first: str, length: int, gender: str | None = None, name: str = ""
    ) -> int | None:
        """The known person a name refers to: the same full name, or for a
        surname alone the one of that surname mentioned last."""
        if length == 1 and surname not in self._surnames:
            if surname in self._full_names:
                self._promote(surname)  # "Mr. Musk" after "Elon Musk"
            elif surname in self._family_first:
                # "Park" after "Park Geun-hye": the family name written first.
                return self._promote_at(self._family_first.pop(surname))
        candidates = self._surnames.get(surname, [])
        if candidates and length > 1 and len(first) > 2 and not first.endswith("."):
            # "Bill Clinton" after "Hillary Clinton": a given name must agree.
            found = self._given_name_match(surname, candidates, first)
            if found is not None and " " not in self.drafts[found].name:
                # "Dena Grayson" after "Grayson ... he": a surname alone whose
                # gender the text gave does not take a given name of the other.
                held, given = self.drafts[found].gender, self.vocab.first_names.get(first)
                if held in ("m", "f") and given in ("m", "f") and held != given:
                    found = None
            if found is None and name:
                # "García Márquez" after "Gabriel García Márquez": the last
                # words of a longer name are its double surname.
                found = self._name_tails.get(" ".join(name.lower().split()))
            if found is None and name.count(" ") >= 2:
                # "Norbert Leo Butz" after "Leo Butz": a name of two words or
                # more met before as the last words of a longer one.
                words = name.lower().split()
                found = next(
                    (
                        index
                        for index in candidates
                        if 2 <= len(known := self.drafts[index].name.lower().split()) < len(words)
                        and words[-len(known) :] == known
                        and not any(word in self.roles.heads for word in words[: -len(known)])
                    ),
                    None,
                )
            return found
        if candidates:
            fitting = [i for i in candidates if self.drafts[i].gender in (gender, None)]
            return self._latest(fitting or candidates)
        if length == 1:
            # A lone first name ("Hillary") or a surname we have not met: the
            # first person whose name begins with it.
            named = self._by_first_word.get(surname)
            return named[0] if named else None
        return None

    def _given_name_match(self, surname: str, candidates: list[int], first: str) -> int | None:
        """The first of ``candidates`` (the persons of ``surname``) whose name is one
        word or begins with ``first``, from an index of the list kept up to date."""
        renamed, done, single, firsts = self._given.get(surname, (self._renamed, 0, None, {}))
        if renamed != self._renamed:
            done, single, firsts = 0, None, {}
        for at in range(done, len(candidates)):
            word, count = self._name_words[candidates[at]]
            if count == 1 and single is None:
                single = at
            firsts.setdefault(word, at)
        self._given[surname] = (self._renamed, len(candidates), single, firsts)
        found = min(
            (at for at in (single, firsts.get(first)) if at is not None),
            default=None,
        )
        return None if found is None else candidates[found]

    def _latest(self, candidates: list[int]) -> int:
        """Of several drafts, the one mentioned last so far (the last when none was)."""
        seen = [(self._last_seen[i], i) for i in candidates if i in self._last_seen]
        return max(seen)[1] if seen else candidates[-1]

    def _holding_role_word(self, word: str) -> set[int]:
        """The person drafts, named or described (``a senior official``), whose
        role words hold ``word`` (``senator``, ``official``)."""
        changed = self._changed[:]
        self._changed.clear()  # the drafts hold this list
        for draft in changed:
            if draft.kind in (EntityKind.PERSON, EntityKind.UNNAMED):
                index = self._draft_index[id(draft)]
                for role_word in draft.role_words:
                    self._by_role_word.setdefault(role_word, set()).add(index)
        return self._by_role_word.get(word, set())

    def _earlier_company(self, span: Span) -> int | None:
        """The nearest organization mentioned before ``span`` whose name ends
        like a firm's (``Acme Industries``, ``Holt Corp.``, ``Vane Group``)."""
        at = bisect.bisect_left(self._positions, span.start)
        for k in range(at - 1, max(-1, at - 200), -1):
            draft = self.drafts[self._owners[k]]
            if draft.kind is EntityKind.ORGANIZATION:
                last = draft.name.lower().split()[-1].rstrip(".")
                if last in _COMPANY_ENDS:
                    return self._owners[k]
        return None

    def _earlier_business(self, span: Span, noun: str) -> int | None:
        """The business (``the company``, ``noun`` in ``_FIRM_NOUNS``) or
        publication (``the newspaper``) named last before ``span``, when no
        other organization was named between them.

        The nearest earlier organization decides: one whose name has no
        organization word of another kind (``Verizon``, ``Acme Corp.``; for a
        publication ``The Boston Herald``, ``CBS News``) is the referent, any
        other (``the State Department``) means none. A speaker named by one
        capitalized word and never otherwise (no first name or family name of
        the lists, no title, no ``he``/``she``, no role), taken so far for a
        person, is the referent too, and becomes an organization: ``Verizon
        said it would cut jobs. ... the company added``. Other people between
        are passed over (a spokeswoman quoted in between).
        """
        words = _FIRM_WORDS if noun in _FIRM_NOUNS else _PUBLICATION_WORDS
        org_words = self.vocab.org_words
        rivals = self._names_before_in_clause(span)
        at = bisect.bisect_left(self._positions, span.start)
        lo = span.start - _REFERENT_REACH
        for k in range(at - 1, max(-1, at - 60), -1):
            if self._positions[k] < lo:
                break
            index = self._owners[k]
            draft = self.drafts[index]
            if draft.kind is EntityKind.ORGANIZATION:
                if not draft.name[:1].isupper():
                    continue  # "the company" itself, unresolved before
                name = draft.name.lower()
                bares = [word.rstrip(".") for word in name.split()]
                if any(bare in org_words and bare not in words for bare in bares):
                    return None  # another kind of organization between
                listed = self.vocab.organizations
                if (name in listed or name.removeprefix("the ") in listed) and not any(
                    bare in words for bare in bares
                ):
                    # A listed institution ("Greenpeace") is no firm; a listed
                    # publication has a publication word ("The New York Times").
                    return None
                return index if rivals <= set(bares) else None
            if draft.kind is EntityKind.PERSON and self._bare_name(draft):
                if not rivals <= {draft.name.lower()}:
                    return None
                if words is _FIRM_WORDS and any(
                    _NEWS_VERB.match(self.text, m.end) for m in draft.mentions
                ):
                    return None  # "BFMTV reported": a publication, no firm
                draft.kind = EntityKind.ORGANIZATION
                return index
        return None

    def _firm_named_before(self, span: Span) -> int | None:
        """The firm the text names last before ``span`` (within
        ``_REFERENT_REACH`` characters) by a firm's name (``United
        Technologies``, ``Holt Corp.``, ``GunBroker.com``), though never as a
        speaker, when no other organization is named after it; as a new
        organization: ``United Technologies moved the plant to Mexico. ...
        “...,” the company said``."""
        lo = max(0, span.start - _REFERENT_REACH)
        found = None
        for match in _FIRM_NAME.finditer(self.text, lo, span.start):
            found = match
        if found is None:
            return None
        org_words = self.vocab.org_words
        for token in self._tokens(found.end(), span.start):
            if token.text[0].isupper() and token.lower.rstrip(".") in org_words:
                return None  # another organization named after it
        name = found.group().removeprefix("The ").removeprefix("the ")
        if not self._names_before_in_clause(span) <= {
            word.rstrip(".") for word in name.lower().split()
        }:
            return None  # "... with EgyptAir, the airline said"
        return self._entity(EntityKind.ORGANIZATION, name.lower(), name)

    def _names_before_in_clause(self, span: Span) -> set[str]:
        """The capitalized words that can name a person or an organization
        (not a sentence's first word) before ``span`` in its sentence and after
        its last quotation mark: ``... flying hours with EgyptAir, the airline
        said`` gives ``egyptair``, a nearer referent than any named before."""
        starts = self._sentence_starts
        at = bisect.bisect_right(starts, span.start) - 1
        lo = max(starts[at] if at >= 0 else 0, span.start - 300)
        lo = max(
            lo, self.text.rfind("”", lo, span.start) + 1, self.text.rfind('"', lo, span.start) + 1
        )
        found: set[str] = set()
        vocab = self.vocab
        first = starts[at] if at >= 0 else 0
        for token in self._tokens(lo, span.start):
            if (
                token.start > first
                and token.text[0].isupper()
                and (vocab.is_name_word(token) or token.lower in vocab.org_words)
            ):
                found.add(token.lower.removesuffix("’s").rstrip("."))
        return found

    def _bare_name(self, draft: _Draft) -> bool:
        """Whether a person draft is known only by one capitalized word that
        no list gives as a first name or family name, written alone at every
        mention (no title, no pronoun, no role)."""
        name = draft.name
        if " " in name or not name[:1].isupper() or draft.gender is not None or draft.readings:
            return False
        lower = name.lower()
        vocab = self.vocab
        if lower in vocab.first_names or lower in vocab.family_names or lower in vocab.non_names:
            return False
        if lower in vocab.org_words or lower in vocab.role_words or lower in vocab.group_nouns:
            return False
        if self._written_in_lower_case(lower):
            return False  # a common word the text also writes in lower case ("Newspaper")
        text = self.text
        for mention in draft.mentions:
            if text[mention.start : mention.end].removesuffix("’s") != name:
                return False
            # "Morrison said he would ...", "Morrison left. She said ...": a person.
            rest = text[mention.end : mention.end + 300]
            stop = _SENTENCE_END.search(rest)
            upto = stop.end() + 12 if stop else len(rest)
            if _PERSONAL_PRONOUN.search(rest, 0, upto):
                return False
        return True

    def _written_in_lower_case(self, word: str) -> bool:
        """Whether the text writes ``word`` (in lower case) as a whole word.

        The text's words are read once: asking for each name must not scan the
        whole text again (``_bare_name`` asks for every bare name before every
        ``the company``).
        """
        if _WORD_CHARS.fullmatch(word) is None:
            return re.search(rf"\b{re.escape(word)}\b", self.text) is not None
        if self._text_words is None:
            self._text_words = frozenset(_WORD_CHARS.findall(self.text))
        return word in self._text_words

    def _earlier_ending(self, span: Span, ends: frozenset[str]) -> int | None:
        """The nearest organization mentioned before ``span`` whose name ends
        with one of ``ends`` (``the State Department`` for ``department``), or
        has one of them before ``of`` (``the Bureau of Fisheries``)."""
        at = bisect.bisect_left(self._positions, span.start)
        for k in range(at - 1, max(-1, at - 200), -1):
            draft = self.drafts[self._owners[k]]
            if draft.kind is EntityKind.ORGANIZATION and draft.name[:1].isupper():
                words = draft.name.lower().split()
                if words[-1].rstrip(".") in ends:
                    return self._owners[k]
                if "of" in words[1:] and words[words.index("of", 1) - 1] in ends:
                    return self._owners[k]
        return None

    def _earlier(self, span: Span, head: str, kind: EntityKind) -> int | None:
        """The nearest entity of ``kind`` mentioned before ``span`` whose name
        ends with the word ``head``, or has it before ``of`` (``the Bureau of
        Fisheries`` for ``bureau``)."""
        at = bisect.bisect_left(self._positions, span.start)
        for k in range(at - 1, max(-1, at - 200), -1):
            draft = self.drafts[self._owners[k]]
            if draft.kind is kind:
                words = draft.name.lower().split()
                if words[-1] == head or (
                    " of " in draft.name
                    and "of" in words[1:]
                    and words[words.index("of", 1) - 1] == head
                ):
                    return self._owners[k]
        return None
