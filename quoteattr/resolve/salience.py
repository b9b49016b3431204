"""Salience: what a pronoun refers to, and the subjects of recent sentences.

This module owns :class:`_Salience`: a *he* or *she* goes to the subject of the
nearest sentence that has one who fits (named, described or a possible full
name), through sentences whose subject is the same pronoun; *it* goes to an
organization; a pronoun that finds nobody is an unnamed individual or group,
described, never named by the pronoun.
"""

from __future__ import annotations

import bisect
import re

from quoteattr.mentions import PRONOUNS, Token
from quoteattr.model import EntityKind, Span
from quoteattr.resolve.core import _Core
from quoteattr.resolve.drafts import _INDIVIDUALS
from quoteattr.resolve.names import _POSSESSIVE, _is_name_word

# He or she anywhere in a sentence (not "her" or "him": objects of verbs).
_PRONOUN_WORD = {
    "m": re.compile(r"\b[Hh]e\b"),
    "f": re.compile(r"\b[Ss]he\b"),
    "mf": re.compile(r"\b(?:[Hh]e|[Ss]he)\b"),
}

# Possessive pronouns and the pronoun whose referent they share.
_POSSESSIVE_PRONOUNS = {"his": "he", "its": "it", "their": "they", "our": "we", "my": "i"}

# Quotations inside a sentence, left out when finding where a clause opens.
_QUOTED = re.compile(r"“[^“”]*”?|\"[^\"]*\"?|''(?:(?!'').)*(?:'')?|‘[^‘’]*’")

# The most characters of the writer's words before a subject in its sentence
# (an opening phrase of ten words, quotations left out), with room to spare.
# The end of a quotation closed by a comma (or ? or !) right before a position:
# a name there opens the reporting clause ("“It is over,” Cole said").
_AFTER_QUOTE = re.compile(r"(?:[,?!][”\"]|[”\"],)\s{1,2}\Z")
_SUBJECT_PREFIX = 400

_WORD_BEFORE = re.compile(r"(\w+)\s{1,3}\Z")
_PLACE_PREPOSITIONS = frozenset(
    {"in", "of", "at", "near", "across", "around", "throughout", "outside", "inside", "to"}
)

# Two to four capitalized words right before a relative pronoun (a comma
# between them allowed): the name it follows ("a tweet from Rikkie Wells who").
_NAME_BEFORE_RELATIVE = re.compile(r"(?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'-]*,?\s{1,3}\Z")

# How many mentions of a sentence a pronoun reads back from itself (then only
# those where the sentence's subject can be).
_SCAN = 200

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

# Verbs only a person does, after a one-word name opening a sentence
# ("Madonna spoke", "Zendaya smiled"); not "said" or "announced", which
# companies do too.
_PERSON_VERBS = frozenset(
    {"spoke", "smiled", "laughed", "nodded", "sighed", "shrugged", "whispered", "shouted"}
    | {"wept", "grinned", "frowned", "sang", "danced", "married", "died", "recalled"}
    | {"paused", "winced", "blushed", "giggled", "chuckled", "yelled", "screamed"}
)

# A sentence whose subject is "he" or "she" (after an opening phrase and comma).
_SUBJECT_PRONOUN = {
    "m": re.compile(r"\W{0,5}(?:[A-Z][^,.]{0,60},\s{0,3})?(?:He|he)\b"),
    "f": re.compile(r"\W{0,5}(?:[A-Z][^,.]{0,60},\s{0,3})?(?:She|she)\b"),
    "mf": re.compile(r"\W{0,5}(?:[A-Z][^,.]{0,60},\s{0,3})?(?:He|he|She|she)\b"),
}


class _Salience(_Core):
    """Pronouns and the subjects of sentences."""

    def _resolve_nominal(
        self, tokens: list[Token], span: Span, text: str
    ) -> tuple[int | None, str]:
        """Resolve a describing mention (the description layer defines it)."""
        raise NotImplementedError

    def _is_subject(self, position: int, sentence_start: int) -> bool:
        """True when the mention at ``position`` opens its clause: nothing but
        quotations before it in its sentence, an opening conjunction, or an
        introductory phrase closed by a comma (``On the eve of the vote,
        Trump ...``), as a subject does; not after a verb or a preposition."""
        if self._unquoted_before(position, sentence_start) > _SUBJECT_PREFIX:
            return False  # far more of the writer's words than a subject follows
        before = _QUOTED.sub("", self.text[sentence_start:position])
        before = before.lstrip(_OPENING_NOISE).rstrip()
        if not before:
            return True
        if before in _OPENING_CONJUNCTIONS:
            return True
        if before.endswith(",") and len(before.split()) <= 10 and "," not in before[:-1]:
            return True
        if before.endswith(",") and len(before.split()) <= 20 and before.count(",") == 2:
            # "In an excerpt, which airs on Tuesday, Trump says": an
            # introductory phrase with a clause set off inside it.
            return True
        # "Former secretary of State Clinton was ...", "Tennis great Ilse Brandt
        # remembered ...", "The senator's wife Ana Lopez spoke": a bare role
        # phrase before the name.
        words = before.split()
        return len(words) <= 6 and all(
            word in ("of", "the")
            or (i == 0 and word in ("The", "A", "An"))
            or self.roles.is_modifier_word(word)
            for i, word in enumerate(words)
        )

    def _unquoted_before(self, position: int, sentence_start: int) -> int:
        """About how many characters of a sentence before ``position`` are
        outside quotations (from the quotations of the whole sentence, found
        once per sentence, so that a sentence of thousands of mentions is read
        once, not once per mention)."""
        found = self._unquoted.get(sentence_start)
        if found is None:
            starts = self._sentence_starts
            s = bisect.bisect_right(starts, sentence_start)
            hi = starts[s] if s < len(starts) else len(self.text)
            # Each quotation's start and end, and the unquoted characters
            # before each start.
            quote_starts: list[int] = []
            quote_ends: list[int] = []
            counts: list[int] = []
            outside, at = 0, sentence_start
            for match in _QUOTED.finditer(self.text, sentence_start, hi):
                outside += match.start() - at
                quote_starts.append(match.start())
                quote_ends.append(match.end())
                counts.append(outside)
                at = match.end()
            found = (quote_starts, quote_ends, counts)
            self._unquoted[sentence_start] = found
        quote_starts, quote_ends, counts = found
        k = bisect.bisect_right(quote_starts, position) - 1
        if k < 0:
            return position - sentence_start
        return counts[k] + max(0, position - quote_ends[k])

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
            scanned = 0
            while k >= 0 and self._positions[k] >= lo and scanned < _SCAN:
                owner = self._owners[k]
                draft = self.drafts[owner]
                if draft.kind in kinds and draft.gender in genders:
                    fitting.append((self._positions[k], owner))
                k -= 1
                scanned += 1
            if k >= 0 and self._positions[k] >= lo:
                # A sentence of very many mentions: past the nearest, only those
                # near its start, where its subject can be.
                first = bisect.bisect_left(self._positions, lo)
                end = first
                while (
                    end <= k and self._unquoted_before(self._positions[end], lo) <= _SUBJECT_PREFIX
                ):
                    end += 1
                for j in range(end - 1, first - 1, -1):
                    owner = self._owners[j]
                    draft = self.drafts[owner]
                    if draft.kind in kinds and draft.gender in genders:
                        fitting.append((self._positions[j], owner))
                k = first - 1
            subjects = [m for m in fitting if self._is_subject(m[0], lo)]
            # "Yet Trump is a “change agent,” Cole said.": the speaker of the
            # sentence's quotation is its main subject, before the quoted one.
            speakers = [
                m for m in fitting if _AFTER_QUOTE.search(self.text, max(lo, m[0] - 6), m[0])
            ]
            if speakers:
                subjects = [*(m for m in subjects if m not in speakers), speakers[0]]
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
            if fitting:
                # "..., he noted, so ... Trump ...": a pronoun of that gender
                # before any person who fits stands for the one sought (in the
                # pronoun's own sentence too: "he seemed in line with Ailes,
                # based on how he portrayed himself").
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
        tokens = self._window(lo, min(hi, lo + 160))
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
        if want == "r":
            named = self._name_before_relative(span, at)
            if named is not None:
                return named, f"relative pronoun '{pronoun}': the name it follows"
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
        if want in ("m", "f"):
            single = self._single_name_subject(span, want)
            if single is not None:
                self._note(single, span)
                return (
                    single,
                    f"pronoun '{pronoun}': the one-word name a recent sentence opens with",
                )
        kind = (
            EntityKind.UNNAMED
            if want in ("m", "f", "s", "r")  # "who": one speaker, not a group
            else (EntityKind.ORGANIZATION if want == "n" else EntityKind.GROUP)
        )
        description = _UNNAMED_BY_PRONOUN.get(want or "", "an unnamed speaker")
        index = self._entity(kind, "pronoun:" + (want or pronoun), description)
        if want in ("m", "f"):
            self.drafts[index].gender = want  # "she" and "he" are not one speaker
        self._note(index, span)
        return index, f"pronoun '{pronoun}': no earlier entity fits; {description}"

    def _name_before_relative(self, span: Span, at: int) -> int | None:
        """The person named right before ``who`` (``a tweet from Rikkie Wells
        who tweeted``) when no mention the resolver knows ends there: a name
        the pre-pass did not read as one (a given name it does not know)."""
        lo = max(0, span.start - 60)
        found = _NAME_BEFORE_RELATIVE.search(self.text, lo, span.start)
        if found is None:
            return None
        if at > 0 and self._positions[at - 1] >= found.start():
            return None  # a known mention ends there: the nearest-mention rule reads it
        before = _WORD_BEFORE.search(self.text, max(0, found.start() - 20), found.start())
        if before is not None and before.group(1).lower() in _PLACE_PREPOSITIONS:
            return None  # "voters in New Hampshire who": a place, not the antecedent
        tokens = self._tokens(found.start(), found.end())
        while tokens and not tokens[-1].text[0].isalnum():
            tokens = tokens[:-1]
        if not tokens or not tokens[0].text[0].isupper():
            return None
        if len(tokens) == 1 and not (
            # "said Ruiz, who called it ...": a surname alone, set off by a comma
            tokens[0].text.isalpha()
            and self.text.startswith(",", tokens[0].end)
            and self.vocab.is_name_word(tokens[0])
            and tokens[0].lower not in self.vocab.first_names
        ):
            return None
        person = self._person_from_tokens(tokens, Span(tokens[0].start, tokens[-1].end))
        return None if person is None else person[0]

    def _single_name_subject(self, span: Span, gender: str) -> int | None:
        """For ``he`` or ``she`` that finds no one: a single capitalized word no
        list holds that opens one of the last two sentences before a verb
        only a person does (``Madonna spoke on Monday. “...,” she said``),
        registered as that person. Not a company's verb (``said``,
        ``announced``): ``Acme said ... “...,” she said`` stays unnamed."""
        starts = self._sentence_starts
        current = bisect.bisect_right(starts, span.start) - 1
        for s in range(current, max(-1, current - 3), -1):
            lo = starts[s]
            if lo >= span.start:
                continue
            tokens = self._window(lo, min(span.start, lo + 60))
            if len(tokens) < 2 or tokens[1].lower not in _PERSON_VERBS:
                continue
            word = tokens[0]
            lower = word.lower
            vocab = self.vocab
            if (
                not word.text.isalpha()
                or not word.text[0].isupper()
                or not _is_name_word(vocab, word)
                or lower in PRONOUNS
                or lower in vocab.first_names
                or lower in vocab.group_plurals
                or vocab.is_document(lower)
                or lower in vocab.organizations
            ):
                continue
            found = self._person_from_tokens([word], Span(word.start, word.end))
            if found is None or self.drafts[found[0]].kind is not EntityKind.PERSON:
                continue
            index = found[0]
            if self.drafts[index].gender is None:
                self.drafts[index].gender = gender
            return index if self.drafts[index].gender == gender else None
        return None

    def _subject_organization(self, span: Span) -> int | None:
        """For ``it``: the capitalized name a recent sentence opens with, not a
        person's (``Microsoft reported ... . “...,” it said``), registered as
        an organization."""
        starts = self._sentence_starts
        current = bisect.bisect_right(starts, span.start) - 1
        for s in range(current - 1, max(-1, current - 3), -1):
            lo = starts[s]
            tokens = self._window(lo, min(starts[s + 1], lo + 120))
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
