"""The entity builder: mentions -> entities across the document.

This module owns :class:`EntityBuilder`, the one object the pipeline (and any
rule that adds speakers) talks to: :meth:`EntityBuilder.register` for names and
descriptions found in the writer's text, :meth:`EntityBuilder.resolve` for the
mention of a quote's speaker, and :meth:`EntityBuilder.entities` for the result.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container

import attrs

from quoteattr.mentions import (
    NAME_PREPOSITIONS,
    ROLE_BLOCKERS,
    MentionKind,
    Token,
    first_token_start,
    split_apposition,
)
from quoteattr.mentions.names import common_plural_opening, common_word_opening
from quoteattr.mentions.vocabulary import contracted_pronoun, share_of_group
from quoteattr.model import Entity, EntityKind, RoleForm, Span
from quoteattr.resolve.core import _FIRM_NOUNS, _PUBLICATION_NOUNS
from quoteattr.resolve.descriptions import _Descriptions
from quoteattr.resolve.names import (
    _INITIALS,
    _POSSESSIVE,
    _SUFFIXES,
    _full_name_tokens,
    _is_name_word,
    _leading_tokens,
    _name_run,
    _strip_article,
)
from quoteattr.resolve.salience import _POSSESSIVE_PRONOUNS
from quoteattr.roles import choose_role
from quoteattr.roles.membership import example_of_group

# Quantifiers that stand alone for a part of a group ("most said", "many argue");
# not "others" (the rest, not the group named), "both" (two named people) nor
# "few" (few believe: hardly anyone).
_QUANTIFIERS = frozenset({"most", "many", "some", "several", "half"})

# Auxiliaries and verbs of a plural subject that end in neither -s nor -ed.
_PLURAL_VERBS = frozenset(
    {"were", "are", "have", "had", "would", "will", "could", "should", "did", "do", "say"}
    | {"said", "think", "thought", "believe", "fear", "feel", "felt", "want", "may", "might"}
)


def _subject_verb_at(tokens: list[Token], k: int) -> bool:
    """True when a verb follows ``tokens[k - 1]`` (an adverb may come first): the
    phrase before it is a clause's subject (``Republicans in Ohio were``)."""
    while k < len(tokens) and (
        tokens[k].lower in ("also", "still", "now") or tokens[k].lower.endswith("ly")
    ):
        k += 1
    if k >= len(tokens) or not tokens[k].text.isalpha() or not tokens[k].text[0].islower():
        return False
    word = tokens[k].lower
    if word in _PLURAL_VERBS or word.endswith("ed"):
        return True
    # A base form ("Democrats approve"), not a function word, an adverb
    # ("earlier"), a participle or a plural.
    return word not in ROLE_BLOCKERS and not word.endswith(("er", "ing", "s"))


# Words that introduce one named example of a group ("advisers like Gene Sperling").
# Nouns for a business that refer back to the firm named last ("the company").
_COMPANY_NOUNS = frozenset({"company", "firm", "corporation"})

# Words that open a description of several people ("several elders", "those
# surveyed", "six in 10"): such a description is a group.
_PLURAL_OPENERS = frozenset(
    {"several", "many", "some", "few", "both", "numerous", "various", "those", "these"}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
    | {"dozens", "hundreds", "thousands", "millions"}
)

# Nouns for a kind of organization ("the agency", "the group") and the last
# words of the names of organizations of that kind ("the State Department",
# "the Lumen Foundation"): "the agency said" after "the State Department".
_BODY_ENDS = frozenset(
    {"department", "agency", "administration", "bureau", "service", "commission", "office"}
)
_ASSOCIATION_ENDS = frozenset(
    {"foundation", "group", "committee", "association", "institute", "center", "centre"}
    | {"council", "coalition", "union", "fund", "alliance", "society", "league", "federation"}
    | {"organization", "project", "network", "caucus", "trust"}
)
# A single firm named as an example of firms ("local employers such as
# Monsanto, which opposed the bill", "retailers like Holt Mart."): the name
# and nothing after it that goes on with a list.
_FIRM_EXAMPLE = re.compile(
    r"\b(?:companies|employers|firms|businesses|corporations|retailers|manufacturers"
    r"|banks|airlines|automakers|insurers)(?: such as| like| including) "
    r"((?:[A-Z][\w&.’'-]*)(?: [A-Z][\w&.’'-]*){0,3})(?=, which\b|[.;]\s)"
)

_KIND_ENDS = {
    "agency": _BODY_ENDS,
    "department": _BODY_ENDS,
    "group": _ASSOCIATION_ENDS,
    "organization": _ASSOCIATION_ENDS,
    "organisation": _ASSOCIATION_ENDS,
}

# A given name written after the family name in romanized Korean ("Geun-hye",
# "Jae-in", "Ki-moon"): two syllables joined by a hyphen, the second in lower case.
_FAMILY_FIRST_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
_EXAMPLE_WORD = re.compile(r"\b(?:like|such as|including)\s")
# The rest of a noun phrase after a speaker mention, up to punctuation.
_PHRASE_REST = re.compile(r"[^.,;:!?“”\"()\[\]—–\n]{0,60}")

__all__ = ["EntityBuilder"]

_SENTENCE_STOPS = frozenset({".", ";", ":", "“", "”", '"', "''", "?", "!"})

# Spaces and a word of lower-case letters that is one token whatever follows
# ("said", "told,"): no period, hyphen or apostrophe can join it.
_LOWER_WORD = re.compile(r"\s+([a-z]{2,})(?=[\s,.;:])")

# Tokens that end a clause before a name: the name opens a new phrase.
_CLAUSE_OPENERS = frozenset({".", ",", ";", ":", "(", "—", "–", "“", "”", '"', "‘", "’", "''", "'"})


# "the" right before a position, and a lower-case word right after one.
_ATTRIBUTIVE = re.compile(r"\b[Tt]he\s+\Z")
_LOWER_NEXT = re.compile(r" [a-z]")


# Words that open the noun phrase a relative ``which`` follows, and words
# just before it that it does not hold (``a request by The Washington Post,
# which``; ``employers such as Monsanto, which``).
_ANTECEDENT_OPENERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})
_ANTECEDENT_STOPS = frozenset(
    {"by", "from", "to", "in", "on", "at", "for", "with", "against", "as", "into", "and"}
    | {"about", "over", "under", "after", "before", "including", "than", "like"}
)


class EntityBuilder(_Descriptions):
    """Collects entities for one document and resolves mentions to them."""

    def register(self, span: Span, kind: str) -> int | None:
        """Register a name found in the writer's text by the pre-pass.

        ``kind`` is ``"person"``, ``"organization"``, ``"group"`` or ``"single"`` (a lone
        capitalized word, kept only when it is the surname of a known person).
        """
        if kind == "full name?":
            whole = self._tokens(span.start, span.end)
            full = _full_name_tokens(self.vocab, whole)
            if full is None:
                return None
            tokens = full
            # The name with its suffix ("Thaddeus Rowe III, a lawyer"), for what follows it.
            suffixed = [t for t in whole if t.start >= tokens[0].start]
            surname = _POSSESSIVE.sub("", tokens[-1].lower).rstrip(".")
            if surname in self._surnames:
                first = tokens[0].lower
                if self._given_name_match(surname, self._surnames[surname], first) is not None:
                    # "Chris Christie" after "Christie": the same person.
                    found_person = self._person_from_tokens(tokens, span)
                    return None if found_person is None else found_person[0]
                # "Following Sanders", "Team Clinton": the known surname alone.
                return self.register(Span(tokens[-1].start, tokens[-1].end), "single")
            if self._introduced(suffixed):
                found_person = self._person_from_tokens(suffixed, span)
                return None if found_person is None else found_person[0]
            self._full_names[surname] = (tokens, Span(tokens[0].start, tokens[-1].end))
            if len(tokens) == 2 and (
                _FAMILY_FIRST_GIVEN.fullmatch(tokens[1].text)
                or tokens[0].lower in self.vocab.family_names
            ):
                self._family_first[tokens[0].lower] = surname
            bisect.insort(self._full_name_starts, (tokens[0].start, surname))
            return None
        if kind == "single":
            if _ATTRIBUTIVE.search(self.text, max(0, span.start - 4), span.start) and (
                _LOWER_NEXT.match(self.text, span.end)
            ):
                return None  # "The Murdoch outlets": a surname as a modifier
            word = _POSSESSIVE.sub("", self.text[span.start : span.end]).lower()
            candidates = self._surnames.get(word)
            if not candidates and word in self._full_names:
                # "Musk" after "Elon Musk": the full name was a person's.
                self._promote(word)
                candidates = self._surnames.get(word)
            if not candidates and word in self._family_first:
                # "Park" after "Park Geun-hye": now a person.
                self._promote(self._family_first.pop(word))
            if not candidates and word in self._first_words and word not in self.vocab.first_names:
                # "Ban" after "Ban Ki-moon": a family name written first.
                candidates = [
                    index
                    for index in self._by_first_word.get(word, ())
                    if " " in (draft := self.drafts[index]).name
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
            if "’s" in self.text[span.start : span.end] or "'s" in self.text[span.start : span.end]:
                owner = self._possessor_person(span)
                if owner is not None:
                    # "Rep. Alan Grayson’s Senate campaign": the person who owns it.
                    return owner
            name = " ".join(self.text[span.start : span.end].split())
            index = self._entity(entity_kind, name.lower().removeprefix("the "), name)
            self._note(index, span)
            return index
        tokens = self._tokens(span.start, span.end)
        found_person = self._person_from_tokens(tokens, span)
        return None if found_person is None else found_person[0]

    def _possessor_person(self, span: Span) -> int | None:
        """The person named in the possessive inside an organization chunk the
        pre-pass found (``As Rep. Alan Grayson’s Senate``): a title or a known
        given name and a surname before ``’s``; None when there is none."""
        tokens = self._tokens(span.start, span.end)
        at = next((k for k, t in enumerate(tokens[:-1]) if _POSSESSIVE.search(t.text)), None)
        if at is None or at == 0:
            return None
        owner = tokens[: at + 1]
        k = next(
            (
                j
                for j, t in enumerate(owner)
                if self.vocab.is_title(t) or t.lower in self.vocab.first_names
            ),
            None,
        )
        if k is None or at - k < 1:
            return None
        found = self._person_from_tokens(owner[k:], Span(owner[k].start, owner[-1].end))
        if found is None or self.drafts[found[0]].kind is not EntityKind.PERSON:
            return None
        return found[0]

    def resolve(self, span: Span) -> tuple[int | None, str]:
        """The entity a speaker mention refers to, and how it was resolved."""
        tokens = self._tokens(span.start, span.end)
        if not tokens:
            return None, "empty mention"
        text = self.text[span.start : span.end]
        kind = self.vocab.kind_of(text, tokens)
        if kind is MentionKind.PRONOUN:
            word = tokens[0].lower
            return self._resolve_pronoun(contracted_pronoun(word) or word, span)
        if (
            kind is MentionKind.NAME
            and len(tokens) == 1
            and tokens[0].text.isalpha()
            and tokens[0].lower not in self._surnames
        ):
            following = self._tokens(span.end, min(len(self.text), span.end + 40))
            if common_plural_opening(
                self.vocab, self.text, tokens[0], following[0] if following else None
            ):
                # "Others say", "Guests are asked": a plural common noun
                # opening the sentence, capitalized, is a group.
                name = tokens[0].text
                group = self._entity(EntityKind.GROUP, name.lower(), name)
                self._note(group, span)
                return group, "a plural common word opening a sentence: a group"
            if following and common_word_opening(
                self.vocab,
                self.text,
                tokens[0],
                following[0],
                following[1] if len(following) > 1 else None,
            ):
                # "Nuclear proliferation experts said": a common word opening
                # the sentence, capitalized, is a description, not a name.
                index = self._resolve_nominal(tokens, span, text)[0]
                return index, "a common word opening a sentence: a description, not a name"
        if len(tokens) == 1 and tokens[0].lower == "which":
            # "The union, which said C": the phrase the relative pronoun follows.
            antecedent = self._relative_antecedent(span)
            if antecedent is not None:
                return antecedent
        if len(tokens) == 1 and tokens[0].lower in _QUANTIFIERS:
            # "Nine of 10 Republicans in Ohio were worried; most said ...": the
            # group the quantifier counts, named just before it.
            return self._quantified_group(tokens[0], span)
        of = share_of_group(tokens)
        if of is not None and of + 1 < len(tokens):
            # "Half of the growers in the valley", "Two-thirds of Iowa voters",
            # "A third of the nurses": a share of a group is a group, named by
            # the whole phrase (even when its first word, capitalized at the
            # start of a sentence, looks like a name).
            if tokens[of + 1].lower in ("them", "those", "these", "us") and (
                tokens[of - 1].lower in _QUANTIFIERS
            ):
                return self._quantified_group(tokens[of - 1], span)
            name = " ".join(self._before_relative(tokens, text).split())
            group = self._entity(EntityKind.GROUP, name.lower(), name)
            self._note(group, span)
            return group, f"share of a group '{tokens[of - 1].text} of'"
        if (
            len(tokens) > 2
            and tokens[1].lower in ("in", "among")
            and tokens[0].lower in _QUANTIFIERS
            and tokens[0].lower != "half"
        ):
            # "Some in the crowd", "Many among the delegates": a part of a
            # group, itself a group (never one person).
            name = " ".join(self._before_relative(tokens, text).split())
            group = self._entity(EntityKind.GROUP, name.lower(), name)
            self._note(group, span)
            return group, f"part of a group '{tokens[0].text} {tokens[1].lower}'"
        if len(tokens) == 1 and tokens[0].lower in _POSSESSIVE_PRONOUNS:
            # "his" alone as a mention ("his ... statement"): the pronoun.
            return self._resolve_pronoun(_POSSESSIVE_PRONOUNS[tokens[0].lower], span)
        if kind is not MentionKind.NAME and _EXAMPLE_WORD.search(
            self.text, span.start, min(len(self.text), span.end + 60)
        ):
            rest = _PHRASE_REST.match(self.text, span.end)
            phrase_end = rest.end() if rest is not None else span.end
            extended = self._tokens(span.start, phrase_end) if phrase_end > span.end else tokens
            example = example_of_group(self.roles, self.text, extended)
            if example is not None:
                # "Clinton economic advisers like Gene Sperling": the one named.
                at, end, reading = example
                named = extended[at:end]
                if self.vocab.kind_of(self.text[named[0].start : named[-1].end], named) is (
                    MentionKind.NAME
                ):
                    index, how = self.resolve(Span(named[0].start, named[-1].end))
                    if index is not None and self.drafts[index].kind is EntityKind.PERSON:
                        self.drafts[index].add_reading(reading)
                        return index, f"one named member of a group; {how}"
        beside = self._name_after(tokens, span) or self._name_before(tokens, span, kind)
        if beside is not None:
            return beside
        if kind is not MentionKind.NAME:
            document = self._document(tokens, span, text)
            if document is not None:
                return document
        if len(tokens) == 2 and tokens[0].lower.rstrip(".") in self.roles.honorifics:
            # "Mr. King" after "Charlie King": a surname that is also a title word.
            word = _POSSESSIVE.sub("", tokens[1].lower)
            gender = self.vocab.titles.get(tokens[0].lower.rstrip("."))
            if word in self._surnames or word in self._full_names:
                index = self._match_person(word, word, 1, gender)
                if index is not None:
                    self._note(index, span)
                    return index, "name variant"
        head = tokens if len(tokens) == 1 else split_apposition(tokens)[0]
        if len(head) == 1 and kind is not MentionKind.NAME and head[0].text[0].isupper():
            # "Will wrote" after "George Will", "King, the city's mayor," after
            # "Billie Jean King": a surname that is also a common or title word.
            word = _POSSESSIVE.sub("", head[0].lower)
            if word not in self._surnames and word in self._full_names:
                self._promote(word)
            if word in self._surnames:
                index = self._latest(self._surnames[word])
                if len(tokens) > 1:
                    self._read_roles(index, head[0], head[0])  # its apposition
                self._note(index, span)
                return index, "name variant"
        if kind is MentionKind.NAME:
            pair = self._named_pair(tokens, span) if len(tokens) >= 3 else None
            if pair is not None:
                return pair
            found = self._person_from_tokens(tokens, span)
            if found is not None:
                return found
            kind = MentionKind.NOMINAL
        if kind is MentionKind.NOMINAL or (
            kind is MentionKind.ORGANIZATION and len(tokens) >= 4 and tokens[-1].text[0].isupper()
        ):
            # ("University of Iowa at Ames professor Ana Ruiz": the person
            # named after a role word that follows the organization.)
            found_title_name = (
                self._title_word_surname(tokens, span) if kind is MentionKind.NOMINAL else None
            )
            if found_title_name is not None:
                return found_title_name, "name variant"
            # "Former secretary of state Hillary Rodham Clinton": a role with
            # "of" before a full name.
            run = _name_run(self.vocab, tokens)
            if (
                run is not None
                and all(t.lower.rstrip(".") in _SUFFIXES or t.text == "." for t in tokens[run[1] :])
                and run[1] - run[0] >= 2
                and (
                    tokens[run[0]].lower in self.vocab.first_names
                    # "Former secretary of state Hilda Brandt": capitalized
                    # words right after a lower-case role word.
                    or (
                        run[0] > 0
                        and tokens[run[0] - 1].text[0].islower()
                        and tokens[run[0] - 1].lower in self.vocab.role_words
                    )
                )
            ):
                found = self._person_from_tokens(tokens[run[0] :], span)
                if found is not None:
                    return found
        if kind is MentionKind.ORGANIZATION:
            if len(tokens) == 2 and tokens[0].lower == "the" and tokens[1].text[0].islower():
                # "the ministry": the nearest earlier organization with that head.
                earlier = self._earlier(span, tokens[1].lower, EntityKind.ORGANIZATION)
                if earlier is None and tokens[1].lower in _COMPANY_NOUNS:
                    # "Acme Industries cut jobs. ... the company said": the
                    # nearest earlier firm, by the word its name ends with.
                    earlier = self._earlier_company(span)
                if earlier is None and tokens[1].lower in _COMPANY_NOUNS:
                    earlier = self._firm_example_before(span)
                if earlier is None:
                    # "Verizon said ... the company added", "CNN ... the network"
                    earlier = self._business_before(span, tokens[1].lower)
                if earlier is None and tokens[1].lower in _KIND_ENDS:
                    # "The State Department said ... the agency added": the
                    # nearest earlier organization of that kind.
                    earlier = self._earlier_ending(span, _KIND_ENDS[tokens[1].lower])
                if earlier is not None:
                    self._note(earlier, span)
                    return earlier, f"nominal '{text}': earlier organization"
            name = _strip_article(self._before_relative(tokens, text))
            index = self._entity(EntityKind.ORGANIZATION, name.lower().removeprefix("the "), name)
            self._note(index, span)
            return index, "organization"
        if kind is MentionKind.GROUP and (
            tokens[0].lower in ("a", "an", "one", "another")
            or (
                tokens[0].lower in ("the", "this", "that")
                and tokens[-1].lower in self.vocab.role_words
            )
        ):
            # "a senior official", "one source": one individual, described;
            # "The official added": the individual described before.
            return self._resolve_nominal(tokens, span, text)
        if kind is MentionKind.GROUP:
            name = _strip_article(self._before_relative(tokens, text))
            index = self._entity(EntityKind.GROUP, name.lower(), name)
            self._note(index, span)
            return index, "group"
        if len(tokens) > 1 and tokens[0].lower in _PLURAL_OPENERS and tokens[1].text != ",":
            # "Several prominent elders", "some on Twitter", "those surveyed",
            # "Six in 10": a plural described, a group, never one person.
            name = " ".join(self._before_relative(tokens, text).split())
            index = self._entity(EntityKind.GROUP, name.lower(), name)
            self._note(index, span)
            return index, f"group described by '{tokens[0].text}'"
        if len(tokens) == 2 and tokens[0].lower == "the":
            # "Lufthansa said ... the airline said", "The Globe ... the newspaper"
            earlier = self._business_before(span, tokens[1].lower)
            if earlier is not None:
                self._note(earlier, span)
                return earlier, f"nominal '{text}': earlier organization"
        return self._resolve_nominal(tokens, span, text)

    def _business_before(self, span: Span, noun: str) -> int | None:
        """The business or publication ``the NOUN`` at ``span`` refers back to
        (``noun`` a word of ``_FIRM_NOUNS`` or ``_PUBLICATION_NOUNS``, else
        None): the one named last before it, or failing that for a firm, the
        firm the text names last by a firm's name (``United Technologies moved
        the plant. ... the company said``)."""
        if noun not in _FIRM_NOUNS and noun not in _PUBLICATION_NOUNS:
            return None
        earlier = self._earlier_business(span, noun)
        if earlier is None and noun in _FIRM_NOUNS:
            earlier = self._firm_named_before(span)
        return earlier

    def _firm_example_before(self, span: Span) -> int | None:
        """``local employers such as Monsanto, which opposed the bill. “...,”
        the company said``: the one firm named as an example of firms in the
        last 600 characters before ``span``, within its paragraph, as an
        organization."""
        start = max(0, span.start - 600)
        paragraph = self.text.rfind("\n", start, span.start)
        if paragraph >= 0:
            start = paragraph + 1
        found = None
        for match in _FIRM_EXAMPLE.finditer(self.text, start, span.start):
            found = match  # the last one before the mention
        if found is None:
            return None
        name = found.group(1).rstrip(".")
        return self._entity(EntityKind.ORGANIZATION, name.lower(), name)

    def _before_relative(self, tokens: list[Token], text: str) -> str:
        """A mention's text up to a relative clause set off by a comma (``The
        Sierra Club, which endorsed Ruiz``: ``The Sierra Club``)."""
        for k in range(1, len(tokens) - 1):
            if tokens[k].text == "," and tokens[k + 1].lower in ("which", "who", "whose"):
                return self.text[tokens[0].start : tokens[k - 1].end]
        return text

    def _relative_antecedent(self, span: Span) -> tuple[int | None, str] | None:
        """The entity of the noun phrase right before a relative ``which``
        (``The union, which said C``; ``a request by The Washington Post,
        which argued C``), in the same sentence: from its determiner, or
        from the word after a preposition, to the comma. ``which`` never
        stands for a person: unknown capitalized words there (``employers
        such as Monsanto, which``; ``The Harlow Courier, which``) name an
        organization. None when
        no such phrase ends there."""
        starts = self._sentence_starts
        at = bisect.bisect_right(starts, span.start) - 1
        lo = max(starts[at] if at >= 0 else 0, span.start - 160)
        before = self._window(lo, span.start)
        end = len(before)
        if end and before[-1].text == ",":
            end -= 1
        start = None
        for k in range(end - 1, max(-1, end - 9), -1):
            word = before[k]
            if word.lower in _ANTECEDENT_OPENERS:
                start = k
                break
            if word.lower in _ANTECEDENT_STOPS or not word.text[0].isalnum():
                start = k + 1
                break
        if start is None or start >= end:
            return None
        phrase = before[start:end]
        if not any(t.text[0].isupper() or self.vocab.is_nounish(t) for t in phrase[-1:]):
            return None  # "..., which": no noun before the comma
        found = Span(phrase[0].start, phrase[-1].end)
        index, how = self.resolve(found)
        if index is None:
            return None
        draft = self.drafts[index]
        if draft.kind is EntityKind.PERSON:
            if (
                len(draft.mentions) > 1
                or any(t.lower in self.vocab.first_names for t in phrase)
                or not (len(phrase) == 1 or phrase[0].lower == "the")
            ):
                return None  # "Ana Ruiz, which": no organization
            # Named here first: the organization that name stands for.
            draft.kind = EntityKind.ORGANIZATION
            draft.name = _strip_article(self.text[found.start : found.end])
            how = "organization"
        self._note(index, span)
        return index, f"relative pronoun 'which': {how}"

    def _quantified_group(self, word: Token, span: Span) -> tuple[int, str]:
        """``most``, ``many``, ``some`` as a speaker: the plural group named last
        before it, in its sentence or the one before (a group noun, a plural
        role or party noun, with a place after it: ``Republicans in Ohio and
        Iowa``), else a group known only by the quantifier."""
        starts = self._sentence_starts
        sentence = bisect.bisect_right(starts, span.start) - 1 if starts else -1
        lo = starts[max(0, sentence - 1)] if sentence >= 0 else max(0, span.start - 300)
        lo = max(lo, span.start - 400)
        tokens = self._tokens(lo, span.start)
        for k in range(len(tokens) - 1, -1, -1):
            bare = tokens[k].lower
            if not (
                bare in self.vocab.group_nouns
                or bare in self.vocab.role_plurals
                or (bare.endswith("s") and bare[:-1] in self.roles.parties)
            ):
                continue
            first = k
            while (
                first > 0
                and tokens[first - 1].text.isalpha()
                and (
                    tokens[first - 1].text[0].isupper()
                    and tokens[first - 1].lower not in _QUANTIFIERS
                    and not self.vocab.is_title(tokens[first - 1])
                    and tokens[first - 1].lower not in ("the", "of", "and", "more", "than")
                )
            ):
                first -= 1  # "Iowa Republicans", "Senate Democrats"
            end = k + 1
            after = end + 2 if end + 2 < len(tokens) and tokens[end + 1].lower == "the" else end + 1
            if (
                after < len(tokens)
                and tokens[end].lower in ("in", "from", "across")
                and tokens[after].text[0].islower()
                and tokens[after].text.isalpha()
            ):
                end = after + 1  # "Voters in the suburbs"
            elif (
                after < len(tokens)
                and tokens[end].lower in ("in", "from", "across")
                and tokens[after].text[0].isupper()
            ):
                end = after + 1  # "Republicans in Ohio and Iowa"
                while end < len(tokens) and (
                    tokens[end].text[0].isupper()
                    or (
                        tokens[end].lower == "and"
                        and end + 1 < len(tokens)
                        and tokens[end + 1].text[0].isupper()
                    )
                ):
                    end += 1
            if not _subject_verb_at(tokens, end):
                continue  # "held signs above their heads as": not the subject of a clause
            name = " ".join(self.text[tokens[first].start : tokens[end - 1].end].split())
            index = self._entity(EntityKind.GROUP, name.lower(), name)
            self._note(index, span)
            return index, f"quantifier '{word.text}': the group named before it"
        index = self._entity(EntityKind.GROUP, "quantifier:" + word.lower, word.text)
        self._note(index, span)
        return index, f"quantifier '{word.text}': a group named by it alone"

    def _named_pair(self, tokens: list[Token], span: Span) -> tuple[int, str] | None:
        """``economists Ana Roth and Li Wei``, ``Clinton and Sanders``: two people
        named together are a group of the two (each is registered as a person
        too). Each name is a full name or a surname the text has given; a name
        of one word that is new (``Procter and Gamble``) is left to the name rules."""
        at = next((k for k, t in enumerate(tokens) if t.lower == "and"), None)
        if at is None or at == 0 or at + 1 >= len(tokens):
            return None
        if any(t.text in (",", "(", "—", "–") for t in tokens[:at]):
            return None  # "Ann Lee, an aide under Presidents Reagan and Bush": an apposition
        left, right = tokens[:at], tokens[at + 1 :]
        while right and right[-1].text in (".", ","):
            right = right[:-1]
        if not left or not right:
            return None
        runs = (_name_run(self.vocab, left), _name_run(self.vocab, right))
        if runs[0] is None or runs[1] is None:
            return None
        if runs[0][1] != len(left) or runs[1] != (0, len(right)):
            return None  # the names must meet at "and" and end the phrase
        start = runs[0][0]
        role_words = self.vocab.role_words
        while start < len(left) - 1 and (
            self.vocab.is_title(left[start]) or left[start].lower.rstrip("s") in role_words
        ):
            start += 1  # "Senators Mary Coyle and ...": the names, not the title
        named = (left[start:], right)
        # "Senators Pell and Abara", "Reps. Ruiz and Okafor": a plural title
        # makes each single word after it a surname, new or not.
        before = left[start - 1] if start > 0 else None
        plural = (
            before is not None
            and (self.vocab.is_title(before) or before.lower.rstrip("s") in role_words)
            and _plural_title(before.lower, self.vocab.titles, role_words)
        )
        for name in named:
            if (
                len(name) < 2
                and not plural
                and _POSSESSIVE.sub("", name[0].lower) not in self._surnames
            ):
                return None
        people = []
        for name in named:
            person = self._person_from_tokens(name, Span(name[0].start, name[-1].end))
            if person is None:
                return None
            people.append(person[0])
        first = named[0][0]
        group = " ".join(self.text[first.start : right[-1].end].split())
        # One group for the same two people however they are named ("Mary Coyle
        # and Tom Aske", then "Coyle and Aske"): the fullest naming is its name.
        index = self._entity(EntityKind.GROUP, f"named:{min(people)}:{max(people)}", group)
        if len(group) > len(self.drafts[index].name):
            self._rename(self.drafts[index], group)
        self._note(index, span)
        return index, "two people named together"

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
        text = self.text
        if span.end >= len(text) or not text[span.end].isspace():
            return None  # the mention ends inside a word or at a mark
        initials = all(_INITIALS.fullmatch(t.text) for t in tokens)
        limit = min(len(text), span.end + 100)
        # Most mentions are followed by a verb ("said", "told"): the first token
        # after them, read alone, settles it without the hundred characters.
        word = _LOWER_WORD.match(text, span.end, limit)
        if word is not None:
            # A lower-case word of letters before a space or a comma, period,
            # colon or semicolon is a token of its own: the common case, read
            # without the tokenizer.
            leading: list[Token] | None = [Token(word.start(1), word.end(1), word.group(1))]
        else:
            leading = _leading_tokens(text, span.end, limit, vocab.abbreviations)
        if leading is not None and (
            not leading
            or not (_is_name_word(vocab, leading[0]) if initials else self._modifier(leading[0]))
        ):
            return None
        after = self._window(span.end, limit)
        if not after or not text[span.end : after[0].start].isspace():
            return None  # the mention ends inside a word or at a mark
        k = 0
        if initials:
            found = _name_run(vocab, after[:4], leading=True)
            if found is None or found[0] != 0:
                return None
        else:
            # Lower-case modifiers ("talk", "1st", "nutritional-supplement"), not
            # verbs or function words; the role word or title comes last.
            while k < len(after) and k < 6 and self._modifier(after[k]):
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

    def _modifier(self, token: Token) -> bool:
        """A word that can stand in the role between a mention and the name it
        premodifies (:meth:`_name_after`): a title, a number, or a lower-case
        word that is no reporting verb, function word, participle or adverb."""
        word = token.lower
        return (
            self.vocab.is_title(token)
            or token.text.isdigit()
            or (
                token.text[0].islower()
                and token.text[0].isalpha()
                and word not in self.vocab.reporting_verbs
                and word not in ROLE_BLOCKERS
                and not word.endswith(("ed", "ing", "ly"))
            )
        )

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
        lo = max(0, span.start - (160 if inside else 80))
        if not inside:
            # Only a comma right before the mention can set it off from a name.
            # A comma is a token of its own, so when the last character before
            # the mention (spaces left out) is another that starts a token, the
            # last token is no comma.
            k = span.start
            while k > lo and self.text[k - 1].isspace():
                k -= 1
            if k == lo or (
                self.text[k - 1] != "," and first_token_start(self.text, k - 1, k) == k - 1
            ):
                return None
        before = self._window(lo, span.start)
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


def _plural_title(word: str, titles: Container[str], role_words: Container[str]) -> bool:
    """``senators``, ``sens.``, ``reps.``: a title or role word written in the
    plural, whose singular is a title or role word too (not ``pres.``, which
    is *President*; ``mrs.`` and ``ms.`` are singular)."""
    word = word.rstrip(".")
    singular = word[:-1]
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
        and (singular in titles or singular in role_words)
    )
