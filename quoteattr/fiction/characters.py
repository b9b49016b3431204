"""Characters of a story: who a name in a novel refers to.

This module owns :class:`Character` (a member of the cast a user may pass in
:attr:`Config.cast <quoteattr.Config.cast>`) and :class:`CharacterTable`, the
characters of one document:

* one scan of the whole text collects every name form (``Emma``, ``Miss
  Woodhouse``, ``Emma Woodhouse``, ``Mr. Bennet``) with its count and the
  pronouns that follow it (``he``, ``his``; ``she``, ``her``);
* the forms are then grouped into characters: a full name holds the forms with
  its given name (``Emma``, ``Lady Catherine``) or its surname under a title of
  a fitting gender (``Miss Woodhouse``), when exactly one full name fits; a
  surname under two titles stays two people (``Mr. Bennet``, ``Mrs. Bennet``);
  a bare surname goes to the one man of that name (in the novel's usage a man
  is called by his surname, a woman by her given name or title);
* a character's gender comes from titles (``Mrs.``, ``Sir``), given names, a
  noun of kin that is its only name (``Grandmother``), and the pronouns that
  follow its names; the first-person narrator is a character
  of its own;
* with a cast, a name resolves to the cast member one of whose aliases it is,
  or whose aliases alone contain all its words.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Any

import attrs

from quoteattr.fiction.words import NAME_PARTICLES, FictionWords
from quoteattr.model import Entity, EntityKind, Span, span_unchecked

__all__ = ["Character", "CharacterTable", "NameMention"]

_GENDERS = ("m", "f", None)


def _check_name(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str):
        raise TypeError(f"Character.{attribute.name} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"Character.{attribute.name} must not be empty")


def _check_aliases(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple) or not all(isinstance(a, str) for a in value):
        raise TypeError(
            f"Character.aliases must be a tuple of str, got {type(value).__name__}"
            + ("" if not isinstance(value, tuple) else " holding a non-str")
        )


def _check_gender(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value not in _GENDERS:
        raise ValueError(f"Character.gender must be 'm', 'f' or None, got {value!r}")


@attrs.frozen
class Character:
    """A character of a story, as the user knows them.

    Passed in :attr:`Config.cast <quoteattr.Config.cast>`, the cast makes every
    speaker a member of it where a name of the text fits: a name equal to one of
    the aliases (case and spacing aside), or whose words are all in aliases of
    this character and no other.

    Attributes:
        name: the name speakers are reported under (``"Elizabeth Bennet"``).
        aliases: other names the text uses (``("Elizabeth", "Lizzy", "Eliza")``).
        gender: ``"m"``, ``"f"`` or None, for pronouns (``she said``).

    Example:
        >>> from quoteattr import Character
        >>> Character("Elizabeth Bennet", ("Lizzy", "Eliza"), "f").aliases
        ('Lizzy', 'Eliza')
    """

    name: str = attrs.field(validator=_check_name)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_check_aliases)
    gender: str | None = attrs.field(default=None, validator=_check_gender)


# A run of capitalized words, possibly with name particles, across at most one
# line break (hard-wrapped text breaks names too).
_SPACE = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
_CAPITAL_RUN = re.compile(
    r"(?<![\w'’])[A-Z][\w'’]*(?:-[\w'’]+)*\.?"
    rf"(?:{_SPACE}(?:(?:de|van|von|du|la|le|di|da|del|der){_SPACE})?[A-Z][\w'’]*(?:-[\w'’]+)*\.?)*"
)
_WORD = re.compile(r"\S+")
_SENTENCE_OPENERS = frozenset(".!?\"“”‘’'—–:;_([")
_AFTER_TITLE = re.compile(r"(?:Mr|Mrs|Miss|Mister|Mistress)\.?[ \t]+([A-Z][a-z]+)\b")
# Words before a capitalized word that make it a place or a people, not a person.
_NOT_PERSON_BEFORE = frozenset(
    {"in", "at", "from", "near", "into", "towards", "toward", "through", "across", "a", "an"}
    | {"within", "outside", "inside", "beyond", "via", "round", "around", "throughout"}
)
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’-]*")
# Titles that stand before a given name as well as a surname ("Lady Catherine",
# "Sir William", "Miss Elizabeth"); the others go with a surname ("Colonel Forster").
_GIVEN_NAME_TITLES = frozenset(
    {
        "lady",
        "sir",
        "lord",
        "miss",
        "master",
        "aunt",
        "uncle",
        "cousin",
        "dame",
        "prince",
        "princess",
        "mademoiselle",
        "mlle",
        "signorina",
        "fräulein",
        "king",
        "queen",
        "brother",
        "sister",
        "father",
        "mother",
        "granny",
        "grandpa",
    }
)
_MARRIED = frozenset(
    {
        "mrs",
        "madame",
        "mme",
        "frau",
        "signora",
        "señora",
        "lady",
        "dame",
        "mistress",
        "countess",
        "marquise",
        "duchess",
        "baroness",
    }
)
_UNMARRIED = frozenset({"miss", "mademoiselle", "mlle", "signorina", "fräulein", "señorita"})
# Titles of address, which a servant may put before a given name ("Mr.
# Lawrence"), unlike titles of rank ("Colonel Fitzwilliam").
_ADDRESS_TITLES = (
    _MARRIED
    | _UNMARRIED
    | {"mr", "mister", "ms", "monsieur", "m", "signor", "herr", "señor", "don"}
)


def _title_class(title: str, gender: str | None) -> str | None:
    """ "m", "married", "unmarried", "f" or None (a title of either sex)."""
    if title in _MARRIED:
        return "married"
    if title in _UNMARRIED:
        return "unmarried"
    return gender


def _compatible(one: str | None, other: str | None) -> bool:
    if one == other:
        return True
    if one is None or other is None:
        # A title of either sex ("Major", "Doctor") is not the one called "Mrs."
        # or "Miss": that is his wife or daughter.
        return not {one, other} & {"married", "unmarried"}
    return {one, other} in ({"f", "married"}, {"f", "unmarried"})


_FOLLOWING_PRONOUN = re.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.I)
_POSSESSIVE = re.compile(r"[’']s?$")
# The title that names someone's relation in the family name ("her mother" of a
# Bennet is Mrs. Bennet).
# How far back a shared given name looks for the full name it stands for.
_SHARED_REACH = 5000
_RELATION_TITLES = {"mother": "mrs", "wife": "mrs", "father": "mr", "husband": "mr"}
# A possessive whose apostrophe the text gives as a space ("Helen s answer").
_SPACED_POSSESSIVE = re.compile(r"[ \t]s\b(?![’'-])")


class NameMention:
    """A name found in the text: its span, title and name words."""

    __slots__ = ("end", "possessive", "start", "surface", "title", "words")

    def __init__(
        self,
        start: int,
        end: int,
        title: str | None,
        words: tuple[str, ...],
        surface: str,
        possessive: bool,
    ) -> None:
        self.start = start
        self.end = end
        self.title = title
        self.words = words
        self.surface = surface
        self.possessive = possessive

    @property
    def key(self) -> tuple[str | None, tuple[str, ...]]:
        return self.title, tuple(word.lower() for word in self.words)


class _Form:
    """One name form of the text and what is known of it."""

    __slots__ = ("count", "key", "surfaces", "votes")

    def __init__(self, key: tuple[str | None, tuple[str, ...]]) -> None:
        self.key = key
        self.count = 0
        self.surfaces: Counter[str] = Counter()
        self.votes = [0, 0]


class _Draft:
    """A character under construction."""

    __slots__ = ("cast", "forms", "gender", "mentions", "name", "spoken")

    def __init__(self, name: str, gender: str | None, cast: bool = False) -> None:
        self.name = name
        self.gender = gender
        self.cast = cast
        self.forms: list[_Form] = []
        self.mentions: list[Span] = []
        self.spoken = 0


def _normal(text: str) -> str:
    return " ".join(text.replace(".", ". ").split()).lower().replace(" .", ".")


class CharacterTable:
    """The characters of one document, and the names, titles and pronouns that
    refer to them.

    Args:
        text: the document.
        words: the dialogue word classes.
        cast: characters the user knows of; names resolve to them first.
    """

    def __init__(self, text: str, words: FictionWords, cast: tuple[Character, ...] = ()) -> None:
        self.text = text
        self.words = words
        self.drafts: list[_Draft] = []
        self._forms: dict[tuple[str | None, tuple[str, ...]], _Form] = {}
        self._owner: dict[tuple[str | None, tuple[str, ...]], int] = {}
        # The characters with a title or a full name ending in each surname.
        self._surname_index: dict[str, set[int]] = {}
        self._narrator: int | None = None
        # A given name several full names share, and the characters it may be.
        self._shared: dict[int, tuple[int, ...]] = {}
        self._lower_words = frozenset(_LOWER_WORD.findall(text))
        self._sentence_only: set[str] = set()
        self._titled: set[str] = set()
        #: Every name mention of the text, in order (see :meth:`names_between`).
        self.names: list[NameMention] = []
        self._name_starts: list[int] = []
        self._cast_exact: dict[str, int] = {}
        self._cast_words: list[tuple[frozenset[str], int]] = []
        self._cast_names: set[str] = set()
        for member in cast:
            index = len(self.drafts)
            self.drafts.append(_Draft(member.name, member.gender, cast=True))
            for alias in (member.name, *member.aliases):
                self._cast_exact.setdefault(_normal(alias), index)
                found = self._parse_words(alias)
                if found is not None:
                    self._cast_words.append((frozenset(w.lower() for w in found[1]), index))
                    self._cast_names.update(w.lower() for w in found[1])
        self._scan()
        self._group()

    # -- reading names ---------------------------------------------------------

    def is_name_word(self, word: str) -> bool:
        """A capitalized word that names someone in this text (never written in
        lower case here, or a known given name; not a title or interjection)."""
        lower = word.lower()
        if len(word) < 2 or word.isupper() or not word[0].isupper():
            return False
        if lower in self.words.non_names or lower in self.words.titles:
            return False
        if lower in self.words.first_names or lower in self._cast_names:
            return True
        if word in self._titled:
            # "Mr. Hall": a surname, though "the hall" is a word of the text too.
            return True
        return lower not in self._lower_words and word not in self._sentence_only

    def _parse_words(self, phrase: str) -> tuple[str | None, tuple[str, ...]] | None:
        title = None
        names: list[str] = []
        for word in phrase.split():
            lower = word.lower().rstrip(".")
            if not names and title is None and lower in self.words.titles:
                title = lower
            elif word[:1].isupper() or lower in NAME_PARTICLES:
                names.append(_POSSESSIVE.sub("", word.rstrip(".")))
        if not names and title is None:
            return None
        return title, tuple(names)

    def _scan(self) -> None:
        text = self.text
        titles = self.words.titles
        runs = list(_CAPITAL_RUN.finditer(text))
        # A capitalized word met only at the start of a sentence ("Thence",
        # "Presently") is no name.
        initial: Counter[str] = Counter()
        inside: set[str] = set()
        # Surnames: the word after "Mr.", "Mrs.", "Miss" (not a title of rank, as
        # in "Captain Hook" or "Doctor Who"), twice or more.
        titled: Counter[str] = Counter()
        for after in _AFTER_TITLE.finditer(text):
            if not after.start() or not text[after.start() - 1].isalpha():
                titled[after.group(1)] += 1
        self._titled = {word for word, count in titled.items() if count >= 2}
        seen: Counter[str] = Counter()
        placed: Counter[str] = Counter()
        for run in runs:
            first = _WORD.match(text, run.start())
            if first is None:
                continue
            word = _POSSESSIVE.sub("", first.group().rstrip("."))
            k = run.start() - 1
            while k >= 0 and text[k].isspace():
                k -= 1  # any space: a window of no-break spaces has no word
            if k < 0 or text[k] in _SENTENCE_OPENERS:
                initial[word] += 1
            else:
                inside.add(word)
                if run.end() - run.start() == len(first.group()):
                    # A word alone after "in", "at", "an": a place or a people.
                    seen[word] += 1
                    before = text[max(0, k - 11) : k + 1].rsplit(None, 1)[-1]
                    if before.lower() in _NOT_PERSON_BEFORE:
                        placed[word] += 1
        self._sentence_only = {
            word
            for word, count in initial.items()
            if word.lower() not in self._cast_names
            and word not in inside
            and (count >= 3 or word.endswith(("ing", "ly")))
        }
        self._sentence_only.update(
            word
            for word, count in placed.items()
            if count >= 2
            and 5 * count >= 2 * seen[word]
            and word.lower() not in self.words.first_names
            and word.lower() not in self._cast_names
        )
        for run in runs:
            title: str | None = None
            parts: list[str] = []
            start = end = -1
            for piece in _WORD.finditer(run.group()):
                raw = piece.group()
                at = run.start() + piece.start()
                bare = raw.lower().rstrip(".")
                if not parts and title is None and bare in titles:
                    title, start = bare, at
                    continue
                if (parts or title is not None) and bare in NAME_PARTICLES:
                    parts.append(raw)
                    continue
                stem = _POSSESSIVE.sub("", raw.rstrip("."))
                if not self.is_name_word(stem):
                    if parts:
                        self._add(start, end, title, parts, False)
                    title, parts = None, []
                    if bare in titles:
                        title, start = bare, at
                    continue
                if not parts and title is None:
                    start = at
                parts.append(stem)
                end = at + len(stem)
                if raw != stem:
                    # A possessive or a sentence end closes the name.
                    self._add(start, end, title, parts, not raw.endswith("."))
                    title, parts = None, []
            if parts:
                self._add(start, end, title, parts, False)
        names = self.names
        self._name_starts = [name.start for name in names]
        # Gender evidence: the first pronoun after a name, before the next name.
        for k, name in enumerate(names):
            stop = min(name.end + 120, names[k + 1].start if k + 1 < len(names) else len(text))
            found = _FOLLOWING_PRONOUN.search(text, name.end, stop)
            if found is not None:
                form = self._forms[name.key]
                form.votes[0 if found.group(1) else 1] += 1

    def _add(
        self, start: int, end: int, title: str | None, parts: list[str], possessive: bool
    ) -> None:
        while parts and parts[-1].lower() in NAME_PARTICLES:
            parts.pop()
        if not parts:
            return
        surface = self.text[start:end]
        possessive = possessive or _SPACED_POSSESSIVE.match(self.text, end) is not None
        mention = NameMention(
            start, end, title, tuple(parts), " ".join(surface.split()), possessive
        )
        self.names.append(mention)
        form = self._forms.get(mention.key)
        if form is None:
            form = self._forms[mention.key] = _Form(mention.key)
        form.count += 1
        form.surfaces[mention.surface] += 1

    def names_between(self, start: int, end: int) -> list[NameMention]:
        """The name mentions inside ``[start, end)``, in text order."""
        lo = bisect.bisect_left(self._name_starts, start)
        hi = bisect.bisect_left(self._name_starts, end, lo)
        return [name for name in self.names[lo:hi] if name.end <= end]

    # -- grouping forms into characters -----------------------------------------

    def _title_gender(self, title: str | None) -> str | None:
        return None if title is None else self.words.titles.get(title)

    def _group(self) -> None:
        """Group the name forms found by the scan into characters."""
        forms = sorted(self._forms.values(), key=lambda f: (-len(f.key[1]), -f.count))
        # Full names first (a given name and a surname), one character each.
        self._by_given: dict[str, list[int]] = {}
        self._by_surname: dict[str, list[int]] = {}
        full_keys: dict[tuple[str, str, str | None], int] = {}
        for form in forms:
            title, words = form.key
            if len(words) < 2:
                continue
            gender = self._title_gender(title)
            given, surname = words[0], words[-1]
            index = full_keys.get((given, surname, gender))
            own = self.words.first_names.get(given)
            if index is None and gender is not None and own in (None, gender):
                # ("Mrs. Charles Musgrove" is not Charles Musgrove but his wife.)
                index = full_keys.get((given, surname, None))
            if index is None and gender is None:
                # "John Dashwood" is not "Mrs. John Dashwood", his wife.
                fits = [
                    i
                    for (g, s, held), i in full_keys.items()
                    if (g, s) == (given, surname) and (own is None or held in (None, own))
                ]
                index = fits[0] if len(set(fits)) == 1 else None
            if index is None:
                index = self._new_draft()
                full_keys[(given, surname, gender)] = index
                self._by_given.setdefault(given, []).append(index)
                self._by_surname.setdefault(surname, []).append(index)
            self._join(index, form)
        # Then a title with one word, then a word alone.
        for form in sorted(forms, key=lambda f: (f.key[0] is None, -f.count)):
            if len(form.key[1]) == 1 and form.key not in self._owner:
                self._join(self._fit_single(form.key), form)
        for index, draft in enumerate(self.drafts):
            if not draft.cast:
                self._settle(index)

    def _new_draft(self) -> int:
        self.drafts.append(_Draft("", None))
        return len(self.drafts) - 1

    def _join(self, index: int, form: _Form) -> None:
        draft = self.drafts[index]
        draft.forms.append(form)
        self._owner[form.key] = index
        title, words = form.key
        if words and (title is not None or len(words) > 1):
            self._surname_index.setdefault(words[-1], set()).add(index)

    def _gender_of(self, index: int) -> str | None:
        draft = self.drafts[index]
        if draft.gender is not None or draft.cast:
            return draft.gender
        found = [self._title_gender(f.key[0]) for f in draft.forms]
        known = [g for g in found if g is not None]
        if known:
            return Counter(known).most_common(1)[0][0]
        for form in sorted(draft.forms, key=lambda f: -len(f.key[1])):
            if form.key[1] and (len(form.key[1]) >= 2 or form.key[0] is None):
                given = self.words.first_names.get(form.key[1][0])
                if given is not None:
                    return given
        for form in draft.forms:
            # A character the text calls by a word of kin or rank alone
            # ("Grandmother", "Uncle"), a noun of one gender.
            if form.key[0] is None and len(form.key[1]) == 1:
                noun = self.words.person_nouns.get(form.key[1][0])
                if noun in ("m", "f"):
                    return noun
        # The pronouns after its names: a clear majority (three to two) of
        # one gender, since a name is often followed by another's pronoun.
        male = sum(f.votes[0] for f in draft.forms)
        female = sum(f.votes[1] for f in draft.forms)
        if male >= 2 and 2 * male >= 3 * female:
            return "m"
        if female >= 2 and 2 * female >= 3 * male:
            return "f"
        return None

    def _titles_of(self, index: int) -> set[str]:
        return {f.key[0] for f in self.drafts[index].forms if f.key[0] is not None}

    def _fit_single(self, key: tuple[str | None, tuple[str, ...]]) -> int:
        """The character a one-word name (with or without a title) belongs to."""
        title, (word,) = key
        gender = self._title_gender(title)

        def fits(index: int) -> bool:
            known = self._gender_of(index)
            if gender is not None and known is not None and known != gender:
                return False
            titles = self._titles_of(index)
            # "Mrs. X" is not the one called "Miss X", and the other way round.
            return not (title in ("mrs", "miss") and titles and title not in titles)

        if title is None or title in _GIVEN_NAME_TITLES:
            own = self.words.first_names.get(word) if gender is None else None
            by_given = [
                i
                for i in self._by_given.get(word, [])
                if fits(i) and (own is None or self._gender_of(i) in (None, own))
            ]
            if len(by_given) == 1:
                if title is None:
                    rival = self._titled_surname(word, by_given[0])
                    if rival is not None:
                        return rival
                return by_given[0]
            if by_given:
                # "Charles" for Charles Musgrove and Charles Hayter: a character
                # of its own, which each mention may resolve to one of them.
                shared = self._new_draft()
                self._shared[shared] = tuple(by_given)
                return shared
        if title is not None:
            # "Mr. Darcy": the one full name of that surname, or the one seen
            # with this very title ("Mr. Fitzwilliam Darcy").
            holders = self._by_surname.get(word, [])
            # "Miss X" alone is the eldest daughter, not "Miss Lucy X".
            same_title = [i for i in holders if title in self._titles_of(i) and title != "miss"]
            men = [i for i in holders if self._gender_of(i) in ("m", None)]
            if gender == "m" and len(men) > 1:
                # "Mr. Wilcox" among Charles, Henry and Paul Wilcox: the head of
                # the family, a character of his own.
                same_title = []
            if len(same_title) == 1:
                return same_title[0]
            # "Miss Quested" is Adela Quested, the one full name of that surname,
            # unless that name is a man's or is itself "Miss Lucy X".
            if (
                title == "miss"
                and len(holders) == 1
                and self._gender_of(holders[0]) != "m"
                and not self._titles_of(holders[0])
            ):
                return holders[0]
            # A man keeps his surname ("Mr. Wickham" is George Wickham); "Miss X"
            # and "Mrs. X" may be any woman of the family.
            men = [i for i in holders if self._gender_of(i) in ("m", None)]
            if gender == "m" and len(men) == 1 and not same_title:
                return men[0]
            # "Monsieur Hastings" is "Mr. Hastings"; "Mrs. Bennet" is not "Miss Bennet".
            mine = _title_class(title, gender)
            titled = [
                i
                for i in self._surname_index.get(word, ())
                if i not in holders
                and all(
                    _compatible(mine, _title_class(t, self._title_gender(t)))
                    for t in self._titles_of(i)
                )
            ]
            if len(titled) == 1:
                return titled[0]
        else:
            # A bare word: a surname used alone names the one man of that name.
            owners = set(self._surname_index.get(word, ()))
            if len(owners) == 1:
                return owners.pop()
            men = [i for i in owners if self._gender_of(i) == "m"]
            if len(men) == 1:
                return men[0]
        return self._new_draft()

    def _titled_surname(self, word: str, given_holder: int) -> int | None:
        """The man the text calls by ``word`` under a title of rank (``Colonel
        Fitzwilliam``) more often than it names ``given_holder`` in full with
        ``word`` as given name (``Mr. Fitzwilliam Darcy``): a bare ``word`` is
        his surname (a man is called by his surname), not the other's given name."""
        owners = []
        for index in self._surname_index.get(word, ()):
            if index == given_holder or self._gender_of(index) == "f":
                continue
            titled = sum(
                f.count
                for f in self.drafts[index].forms
                if f.key[1] == (word,)
                and f.key[0] is not None
                and f.key[0] not in _GIVEN_NAME_TITLES
                and f.key[0] not in _ADDRESS_TITLES
            )
            if titled:
                owners.append((index, titled))
        if len(owners) != 1:
            return None
        given = sum(
            f.count
            for f in self.drafts[given_holder].forms
            if len(f.key[1]) > 1 and f.key[1][0] == word
        )
        return owners[0][0] if owners[0][1] > given else None

    def _settle(self, index: int) -> None:
        """Name and gender of a character from its forms."""
        draft = self.drafts[index]
        # The form the text uses most, but not a surname the family shares
        # ("Wickham" when there is a Mrs. Wickham too); a given name before a
        # title with the surname ("Helen" before "Miss Schlegel", unless the
        # given name is rare beside it: "Mr. Darcy", not "Fitzwilliam").
        shared = self._surname_index

        def usable(form: _Form) -> bool:
            title, words = form.key
            return title is not None or len(words) > 1 or shared.get(words[0], {index}) <= {index}

        def weight(form: _Form) -> tuple[int, bool, int]:
            return form.count, form.key[0] is not None, len(form.key[1])

        forms = [f for f in draft.forms if usable(f)] or draft.forms
        given = {f.key[1][0] for f in forms if len(f.key[1]) > 1}
        personal = [f for f in forms if f.key[1] and f.key[1][0] in given]
        source = max(forms, key=weight)
        if personal and source not in personal:
            mine = max(personal, key=weight)
            if 3 * sum(f.count for f in personal) >= source.count:
                source = mine
        draft.name = (
            source.surfaces.most_common(1)[0][0] if source.surfaces else " ".join(source.key[1])
        )
        draft.gender = self._gender_of(index)

    # -- lookups ---------------------------------------------------------------

    def lookup(self, title: str | None, words: tuple[str, ...], surface: str) -> int:
        """The character a name refers to (made when it is new)."""
        if self._cast_exact:
            found = self._cast_lookup(title, words, surface)
            if found is not None:
                return found
        key = (title, tuple(word.lower() for word in words))
        index = self._owner.get(key)
        if index is None:
            form = _Form(key)
            form.count = 1
            form.surfaces[surface] += 1
            self._forms[key] = form
            index = self._fit_single(key) if len(key[1]) == 1 else self._new_draft()
            self._join(index, form)
            if not self.drafts[index].name:
                self._settle(index)
        return index

    def lookup_at(self, title: str | None, words: tuple[str, ...], surface: str, at: int) -> int:
        """The character a name at offset ``at`` refers to: as :meth:`lookup`,
        but a given name several characters share goes to the one of them the
        text named last in full before it (``Charles Hayter ... “…,” said
        Charles``)."""
        index = self.lookup(title, words, surface)
        candidates = self._shared.get(index)
        if not candidates:
            return index
        given = words[0].lower() if words else ""
        k = bisect.bisect_left(self._name_starts, at) - 1
        names = self.names
        floor = at - _SHARED_REACH
        while k >= 0 and names[k].start >= floor:
            key = names[k].key
            if len(key[1]) > 1 and key[1][0] == given:
                owner = self._owner.get(key)
                if owner in candidates:
                    return owner
            k -= 1
        return index

    def _cast_lookup(self, title: str | None, words: tuple[str, ...], surface: str) -> int | None:
        found = self._cast_exact.get(_normal(surface))
        if found is not None:
            return found
        wanted = {word.lower() for word in words}
        if not wanted:
            return None
        gender = self._title_gender(title)
        fitting = {
            index
            for alias_words, index in self._cast_words
            if wanted <= alias_words
            and (gender is None or self.drafts[index].gender in (None, gender))
        }
        return fitting.pop() if len(fitting) == 1 else None

    def relative(self, index: int, relation: str) -> int | None:
        """The character who is ``index``'s ``relation`` by the family name:
        the wife or mother of a Bennet is the one called ``Mrs. Bennet``, the
        husband or father the one called ``Mr. Bennet`` (``Mrs. John Dashwood``
        is John Dashwood's wife). None when the text has no such one."""
        title = _RELATION_TITLES.get(relation)
        if title is None or self.drafts[index].cast:
            return None
        keys: list[tuple[str | None, tuple[str, ...]]] = []
        for form in self.drafts[index].forms:
            own_title, words = form.key
            if own_title == title or not words:
                # "her husband" of Mrs. X is not Mrs. X's; a Mr. X's father is not Mr. X.
                continue
            if own_title == "mrs" and relation in ("mother", "father"):
                # A married woman's parents do not bear her married name.
                continue
            if own_title is None and len(words) < 2:
                continue
            if len(words) > 1 and relation in ("wife", "husband"):
                keys.append((title, words))
            keys.append((title, (words[-1],)))
        for key in keys:
            found = self._owner.get(key)
            if found is not None and found != index:
                return found
        return None

    def cast_member(self, phrase: str) -> int | None:
        """The cast member one of whose aliases is ``phrase`` (``"his wife"``)."""
        return self._cast_exact.get(_normal(phrase))

    def owner_of(self, name: NameMention) -> int | None:
        """The character a name of the scan belongs to (the cast aside)."""
        return self._owner.get(name.key)

    def role_character(self, role: str, gender: str | None, name: str | None = None) -> int:
        """The minor character known only by a calling (``the landlady``) or a
        description (``her father``)."""
        key = ("role:" + role, ())
        index = self._owner.get(key)
        if index is None:
            self.drafts.append(_Draft(name or "the " + role, gender))
            index = len(self.drafts) - 1
            self._owner[key] = index
        return index

    def narrator(self) -> int:
        """The first-person narrator (``I said``), made on first use."""
        if self._narrator is None:
            self.drafts.append(_Draft("the narrator", None))
            self._narrator = len(self.drafts) - 1
        return self._narrator

    @property
    def narrator_id(self) -> int | None:
        """The narrator's index, or None while no line is the narrator's."""
        return self._narrator

    def set_narrator(self, index: int) -> None:
        """The first-person narrator is character ``index`` (found by name)."""
        self._narrator = index

    def gender(self, index: int) -> str | None:
        """The character's gender, ``"m"``, ``"f"`` or None."""
        return self.drafts[index].gender

    def known_person(self, index: int) -> bool:
        """Has the character a title, a given name, a gender or a line of its own."""
        draft = self.drafts[index]
        return draft.cast or draft.spoken > 0 or draft.gender is not None or index == self._narrator

    def note(self, index: int, span: Span | None, spoke: bool = False) -> None:
        """Record a mention of character ``index`` (and that it spoke)."""
        draft = self.drafts[index]
        if span is not None:
            draft.mentions.append(span)
        if spoke:
            draft.spoken += 1

    def name_of(self, index: int) -> str:
        return self.drafts[index].name

    def entities(self, used: set[int]) -> tuple[list[Entity], dict[int, int]]:
        """The characters in ``used`` as entities, in order of first mention,
        and the map from character index to entity id."""
        order = sorted(
            used,
            key=lambda i: (min((m.start for m in self.drafts[i].mentions), default=1 << 62), i),
        )
        out: list[Entity] = []
        renumber: dict[int, int] = {}
        for new_id, old in enumerate(order):
            draft = self.drafts[old]
            mentions = tuple(sorted(set(draft.mentions)))
            out.append(Entity(new_id, draft.name, EntityKind.PERSON, None, mentions, draft.gender))
            renumber[old] = new_id
        return out, renumber


def unchecked(start: int, end: int) -> Span:
    """A span the dialogue rules computed (``0 <= start <= end``)."""
    return span_unchecked(start, end)
