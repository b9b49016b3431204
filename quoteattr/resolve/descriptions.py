"""Descriptions: people described, not named, and whom they describe.

This module owns :class:`_Descriptions`: a describing mention (``the Florida
senator``, ``the 46-year-old``, ``a senior official``) goes to the person the
text gave that role or age, to the named person it follows in a clause it
opens, or to the named subject just before; otherwise it is an unnamed
individual. Texts that speak (``the report``) are documents, or their author
when they name one at their end (``a report by the nonprofit E3G``).
"""

from __future__ import annotations

import bisect
import re

from quoteattr.mentions import Token, noun_phrase_head, split_apposition
from quoteattr.model import EntityKind, Span
from quoteattr.resolve.drafts import _gender_of_reading, _gender_of_role
from quoteattr.resolve.names import _POSSESSIVE, _strip_article
from quoteattr.resolve.salience import _Salience
from quoteattr.roles import RoleReading, role_key

_CAPITALIZED = re.compile(r"\b[A-Z][\w’'-]*")

# The last word (or comma) before a position, and the first word after one.
_LAST_WORD = re.compile(r"(\w{1,40}|[,;—])\W{0,5}\Z")

_FIRST_WORD = re.compile(r"[\s’'“\"‘]{0,5}(\w+)")

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

# Words before a description that make it a predicate, not a mention of
# someone ("became the first woman", "is the senator", "as the nominee").
_PREDICATE_WORDS = frozenset(
    {"is", "was", "are", "were", "be", "been", "being", "became", "become", "becomes"}
    | {"remain", "remains", "remained", "as", "named", "elected", "appointed"}
)

# Words after a document's head noun that begin what is said of it ("a study
# by ...", "a letter to ...", "the investigation into ...").
_DOCUMENT_CUTTERS = frozenset({"by", "to", "into", "about", "of", "from", "on", "in", "for"})

# The rest of a noun phrase after a speaker mention: up to punctuation (the
# period of an initial or of Mr./Ms./Dr. goes on: "by Yulia V. Tymoshenko").
_PHRASE_REST = re.compile(
    r"(?:[^.,;:!?“”\"()\[\]—–\n]|(?<=\s[A-Z])\.|(?<=\s(?:Mr|Ms|Dr|St))\.){0,100}"
)
# Participles before "by" whose agent wrote or issued the text.
_AUTHORING = frozenset(
    {"conducted", "released", "published", "written", "filed", "commissioned", "sponsored"}
    | {"issued", "signed", "authored", "co-authored", "produced", "prepared", "compiled"}
    | {"posted", "funded", "released", "edited"}
)
# Words after a document's head that open a clause about it ("the polling
# that was done", "exit polls taken in Iowa", "a poll out Thursday").
_DOCUMENT_CLAUSE_WORDS = frozenset({"that", "which", "taken", "done", "out", "made", "carried"})

# Document nouns that end a capitalized name and keep it a document ("the
# Gallup Poll", "the U.S. Census").
_NAMED_DOCUMENTS = frozenset({"poll", "polls", "census"})

_APPOSITION_START = re.compile(r",\s+(?:a|an|the)\s")

# Pieces a periodical publishes in its own voice: "an editorial in The Register".
_PIECES = frozenset({"editorial", "op-ed", "column", "commentary", "article", "piece", "essay"})

# Words after a comma that open a description's relative clause or apposition
# ("a senior official, who spoke ...", "a resident, a retired teacher"); not a
# second adjective ("the soft-spoken, 64-year-old mayor").
_AFTER_DESCRIPTION_COMMA = frozenset({"who", "whom", "whose", "which", "that", "a", "an"})

_AGE_NOUN = re.compile(r"(\d{1,3})\s?-\s?year-old")


class _Descriptions(_Salience):
    """Describing mentions and the people they describe."""

    def _resolve_nominal(
        self, tokens: list[Token], span: Span, text: str
    ) -> tuple[int | None, str]:
        document = self._document(tokens, span, text)
        if document is not None:
            return document
        comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
        if (
            comma is not None
            and comma > 1
            and comma + 1 < len(tokens)
            and tokens[comma + 1].lower in _AFTER_DESCRIPTION_COMMA
        ):
            # "A senior official, who spoke on condition of anonymity,": the
            # description, not its relative clause or apposition.
            tokens = tokens[:comma]
            text = self.text[tokens[0].start : tokens[-1].end]
        reading = self.roles.description(self.text, tokens)
        if tokens[0].lower in ("the", "his", "her", "their", "its"):
            found = self._described(tokens, span, reading)
            if found is None and reading is not None and len(tokens) >= 3:
                found = self._named_before_in_sentence(span, reading)
            if (
                found is None
                and tokens[0].lower == "the"
                and self._sentence_starts
                and tokens[-1].lower.endswith("year-old")
                and _AGE_NOUN.search(self.text, tokens[0].end, tokens[-1].end)
            ):
                # "said the 46-year-old": an age written instead of the name of
                # someone just mentioned (when no one was given that age).
                salient = self._salient_person(span, None, named_only=True, reach=6)
                if salient is not None:
                    found = salient[0]
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
                gender = _gender_of_reading(reading)
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

    def _document(self, tokens: list[Token], span: Span, text: str) -> tuple[int, str] | None:
        """A speaker phrase headed by a noun of a text that speaks for its
        authors (``the statement``, ``a poll of voters``, ``A new study by the
        institute``, ``A footnote in the report``) names a DOCUMENT."""
        head_tokens = split_apposition(tokens)[0]
        named = len(head_tokens)
        for k in range(1, len(head_tokens)):
            word = head_tokens[k].lower
            if word in _DOCUMENT_CUTTERS:
                head_tokens = head_tokens[:k]  # "a study by the institute": its author follows
                break
            if word in _AUTHORING or word in _DOCUMENT_CLAUSE_WORDS:
                # "A Coastal Monitor poll released Monday", "The little
                # polling that was done": the head before its postmodifier.
                head_tokens = head_tokens[:k]
                named = k
                break
        head_tokens = noun_phrase_head(head_tokens) or tokens
        last = head_tokens[-1]
        head = _POSSESSIVE.sub("", last.lower)
        if not self.vocab.is_document(head) or (
            last.text[0].isupper()
            and head not in _NAMED_DOCUMENTS
            # "Polls show", "Surveys of shoppers": a sentence's first word.
            and (
                last is not tokens[0]
                or head in self.vocab.first_names
                or head in self._surnames
                or head in self._full_names
            )
        ):
            return None
        if named < len(tokens):
            text = self.text[tokens[0].start : tokens[named - 1].end]
        # The author may stand after the speaker mention, up to the phrase's end.
        rest = _PHRASE_REST.match(self.text, span.end)
        phrase_end = rest.end() if rest is not None else span.end
        author = self._author(self._tokens(span.start, phrase_end), head, span.end)
        if author is not None:
            return author, f"nominal '{text}': a document, for its author"
        name = _strip_article(text)
        index = self._entity(EntityKind.DOCUMENT, "document:" + name.lower(), name)
        self._note(index, span)
        return index, f"nominal '{text}': a document"

    def _author(self, tokens: list[Token], head: str, mention_end: int) -> int | None:
        """The author a document mention names at its end, who speaks through
        it: a capitalized name after ``by`` or ``from`` (``a report ... by the
        environmental nonprofit E3G``), or the periodical after ``in`` for a
        piece of opinion or news (``a Wednesday editorial in The Des Moines
        Register``), ending the mention or the phrase after it. A person's
        name (a known given name) is a person, any other name an
        organization; a lower-case author (``a study by the institute``), a
        place after ``in`` (``a poll in Iowa``) or a day gives none."""
        cut = None
        for k in range(len(tokens) - 2, 0, -1):
            word = tokens[k].lower
            if word in ("by", "from") or (word == "in" and head.rstrip("s") in _PIECES):
                cut = k
                break
        if cut is None:
            return None
        before = tokens[cut - 1].lower
        if tokens[cut].lower == "by" and before.endswith("ed") and before not in _AUTHORING:
            return None  # "an email ... obtained by The Huffington Post": not its author
        between = [t for t in tokens[:cut] if t.start >= mention_end]
        if len(between) > 3 or any(
            t.lower in self.vocab.reporting_verbs
            or t.lower.endswith("ly")
            or t.lower in ("also", "not", "has", "had", "was", "is")
            or (t.lower.endswith("ed") and t.lower not in _AUTHORING)
            for t in between
        ):
            return None  # "Tuttle’s article also attacked ... in ...": another clause
        k = cut + 1
        while k < len(tokens) and (
            tokens[k].lower in ("the", "a", "an") or tokens[k].text[0].islower()
        ):
            if tokens[k].lower in _DOCUMENT_CUTTERS or tokens[k].lower in ("and", "or"):
                return None  # "by the time of ...": no author's name at the end
            k += 1
        run = tokens[k:]
        for j in range(1, len(run)):
            if run[j - 1].end == mention_end:
                run = run[:j]  # "a report from Pew Research said": the mention ends it
                break
        if not run or not all(
            t.text[0].isupper() or t.text[0].isdigit() or t.lower in ("of", "&", "and") for t in run
        ):
            return None
        if (
            not run[0].text[0].isupper()
            or sum(c.isalpha() for t in run for c in t.text) < 2
            or all(t.lower in self.vocab.non_names for t in run)
        ):
            return None  # "by Tuesday", "in January", "from 2008": no name
        author_span = Span(run[0].start, run[-1].end)
        after = self.text[author_span.end : author_span.end + 60]
        if (
            len(run) >= 2
            and (
                run[0].lower in self.vocab.first_names
                or _POSSESSIVE.sub("", run[-1].lower) in self._surnames
                # "an analysis by Lee Epstein, a law professor": a person.
                or (
                    _APPOSITION_START.match(after) is not None
                    and any(self.roles.is_head(w.strip(",.;").lower()) for w in after.split()[1:6])
                )
            )
        ):
            found = self._person_from_tokens(list(run), author_span)
            if found is not None:
                return found[0]
        name = self.text[author_span.start : author_span.end]
        index = self._entity(EntityKind.ORGANIZATION, name.lower().removeprefix("the "), name)
        self._note(index, author_span)
        return index

    def _register_description(self, span: Span) -> int | None:
        """A definite description in the writer's text (``the Texas senator
        said``): the earlier person it describes gets its words as a role
        phrase; a description that fits nobody is left alone."""
        tokens = self._tokens(span.start, span.end)
        reading = self.roles.description(self.text, tokens)
        if reading is None:
            return None
        before = _LAST_WORD.search(self.text, max(0, span.start - 48), span.start)
        if before is not None and before.group(1).lower() in _PREDICATE_WORDS:
            return None  # "Sanders became the first Jewish candidate": a predicate
        found = self._described(tokens, span, reading)
        if found is None and len(tokens) >= 3:
            found = self._named_before_in_sentence(span, reading)
        if found is None and len(tokens) >= 3 and self._sentence_starts:
            # "Hillary Clinton wants ... . The Democratic frontrunner wrote":
            # a described subject right after a sentence whose subject is named
            # (or two sentences after, past one with no person as subject),
            # when no title of office the person holds contradicts it.
            starts = self._sentence_starts
            sentence = bisect.bisect_right(starts, span.start) - 1
            if sentence > 0 and self._is_subject(span.start, starts[sentence]):
                previous = Span(starts[sentence] - 1, starts[sentence] - 1)
                # The subject of the sentence before, or of the one before
                # that when the sentence between names no person as subject.
                salient = self._salient_person(
                    previous, _gender_of_reading(reading), named_only=True, reach=2
                )
                if salient is not None and self._fits(salient[0], None, reading):
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
        # The sentence before the description, its last 400 characters at most.
        lo = max(starts[bisect.bisect_right(starts, span.start) - 1], span.start - 400)
        # The description must open a clause of its own ("when the ...
        # arrives", "saying the ... could not"), not be a predicate or an
        # object ("would be the first woman president", "against the ...").
        opener = _LAST_WORD.search(self.text, lo, span.start)
        if opener is None or opener.group(1).lower() not in _CLAUSE_OPENING_WORDS:
            return None
        after = _FIRST_WORD.match(self.text, span.end)
        if (
            after is None
            or not after.group(1)[0].islower()
            or after.group(1) in _AFTER_NOT_VERB
            # "the judge overseeing the case, Gonzalo Curiel,", "the candidate
            # most identified with": a modifier follows, not the verb.
            or after.group(1).endswith("ing")
            or after.group(1) in ("most", "least", "more", "less")
        ):
            return None
        gender = _gender_of_reading(reading)
        k = bisect.bisect_left(self._positions, span.start) - 1
        # A known surname the pre-pass did not register ("Cruz’s temperament").
        surname_at, surname_owner = -1, -1
        for word in _CAPITALIZED.finditer(self.text, lo, span.start):
            bare = _POSSESSIVE.sub("", word.group()).lower()
            if bare in self._surnames:
                surname_at, surname_owner = word.start(), self._latest(self._surnames[bare])
        first = bisect.bisect_left(self._full_name_starts, (lo, ""))
        last = bisect.bisect_left(self._full_name_starts, (span.start, ""))
        for start, surname in self._full_name_starts[first:last]:
            # "meet with Oskar Lind when the ... front-runner arrives".
            pending = self._full_names.get(surname)
            if pending is None or pending[1].start != start:
                continue  # since made a person, or another name of that surname
            name_span = pending[1]
            if name_span.start > surname_at:
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
        # Every person mentioned before with that age or role word; the best
        # shares the most modifiers, then was mentioned last.
        if age is not None:
            aged = [
                (latest, owner)
                for owner in self._by_age.get(age, ())
                if (latest := self.drafts[owner].latest_before(span.start)) is not None
            ]
            return max(aged)[1] if aged else None
        genders = (gender, None) if gender else ("m", "f", None)
        best: tuple[int, int, int] | None = None
        found = None
        for owner in self._holding_role_word(head):
            draft = self.drafts[owner]
            latest = draft.latest_before(span.start)
            if latest is None or draft.gender not in genders:
                continue
            if proper and draft.places and not proper & draft.places:
                continue  # "the Florida senator" is not the senator from Iowa
            score = (len(modifiers & draft.role_words), latest, owner)
            if best is None or score > best:
                best, found = score, owner
        return found
