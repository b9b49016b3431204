"""Word lists as data: loading, validation and composition.

This module owns the :class:`Lexicon`, the immutable bundle of word lists every
stage reads. The built-in lists live in ``quoteattr/data/*.txt``, one list per
file, each opening with a header comment that says what it holds and shows an
example line. Users extend them by composition, never by mutation::

    >>> from quoteattr.lexicon import Lexicon
    >>> extra = Lexicon.from_lines({"reporting_verbs": ["opine opines opined opining"]})
    >>> lexicon = Lexicon.default().extended(extra)
    >>> lexicon.reporting_verbs["opined"]
    'opine'

Every malformed line of every file is reported at once, as ``file:line``, in a
single :class:`~quoteattr.errors.LexiconError`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path

import attrs

from quoteattr.errors import LexiconError

__all__ = ["LIST_FORMATS", "Lexicon"]

#: How each list is written, by list name. ``words`` means one entry a line
#: (lowercased); ``forms``, a lemma then its inflected forms, space-separated;
#: ``tagged``, an entry, then ``|`` and a tag (``m`` or ``f``); ``names``, one
#: entry a line, case kept; ``phrasal``, a verb's forms as in ``forms``, then
#: `` : `` and the particles that must follow it (``lash lashed : out at``).
LIST_FORMATS: Mapping[str, str] = {
    "abbreviations": "words",
    "reporting_verbs": "forms",
    "role_nouns": "words",
    "titles": "tagged",
    "organization_words": "words",
    "organizations": "names",
    "group_nouns": "words",
    "first_names": "tagged",
    "non_name_words": "words",
    "honorifics": "words",
    "not_role_nouns": "words",
    "party_nouns": "words",
    "more_role_nouns": "words",
    "not_agentive_nouns": "words",
    "document_nouns": "words",
    "clause_verbs": "forms",
    "infinitive_verbs": "forms",
    "object_verbs": "forms",
    "fiction_verbs": "forms",
    "fiction_titles": "tagged",
    "person_nouns": "tagged",
    "character_roles": "tagged",
    "section_labels": "words",
    "family_names": "words",
    "stance_verbs": "forms",
    "casting_verbs": "forms",
    "phrasal_cues": "phrasal",
    "discovery_verbs": "forms",
}

_WORD = re.compile(r"^[^\s|#][^|#]*$")
_FORM = re.compile(r"^[a-z][a-z'’-]*$")
_GENDERS = ("m", "f")

#: The particle sequences of a phrasal verb form, longest first.
Particles = tuple[tuple[str, ...], ...]

#: One parsed list: an entry to its lemma or tag (None for plain words), or,
#: for a ``phrasal`` list, a verb form to its particle sequences.
_Entries = dict[str, str | Particles | None]


def _by_length(sequences: Iterable[tuple[str, ...]]) -> Particles:
    """The distinct particle sequences, longest first (ties in order of appearance)."""
    return tuple(sorted(dict.fromkeys(sequences), key=len, reverse=True))


def _parse_phrasal(line: str, where: str, entries: _Entries, problems: list[str]) -> None:
    """Add one ``forms : particles`` line to ``entries`` or a problem to ``problems``."""
    forms_part, colon, particles_part = line.lower().partition(":")
    forms, particles = forms_part.split(), tuple(particles_part.split())
    if not colon or not forms or not particles:
        problems.append(f"{where}: expected 'forms : particles', got {line!r}")
        return
    bad = [word for word in (*forms, *particles) if not _FORM.match(word)]
    if bad:
        problems.append(f"{where}: not a word form: {bad[0]!r}")
        return
    for form in forms:
        known = entries.get(form, ())
        assert isinstance(known, tuple)
        entries[form] = (*known, particles)


def _parse(name: str, source: str, lines: Iterable[str], problems: list[str]) -> _Entries:
    """Parse one list into ``{entry: value}`` and append problems as ``source:line: msg``."""
    kind = LIST_FORMATS[name]
    entries: _Entries = {}
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{source}:{number}"
        if kind == "forms":
            forms = line.lower().split()
            bad = [form for form in forms if not _FORM.match(form)]
            if bad:
                problems.append(f"{where}: not a word form: {bad[0]!r}")
                continue
            for form in forms:
                entries.setdefault(form, forms[0])
        elif kind == "phrasal":
            _parse_phrasal(line, where, entries, problems)
        elif kind == "tagged":
            entry, bar, tag = (part.strip() for part in line.partition("|"))
            if not entry or not _WORD.match(entry):
                problems.append(f"{where}: expected 'entry | tag', got {line!r}")
            elif bar and tag not in _GENDERS:
                problems.append(f"{where}: tag must be one of {', '.join(_GENDERS)}, got {tag!r}")
            else:
                entries[" ".join(entry.split())] = tag or None
        else:
            if not _WORD.match(line):
                problems.append(f"{where}: expected one entry, got {line!r}")
                continue
            entry = " ".join(line.split())
            entries[entry.lower() if kind == "words" else entry] = None
    if kind == "phrasal":
        return {form: _by_length(seqs) for form, seqs in entries.items()}  # type: ignore[arg-type]
    return entries


@attrs.frozen(eq=True)
class Lexicon:
    """The word lists quoteattr uses. Immutable; combine with :meth:`extended`.

    Attributes:
        abbreviations: lowercased abbreviations without their final period
            (``"sen"``, ``"u.s"``), for the sentence splitter.
        reporting_verbs: every form of every reporting verb, mapped to its lemma.
        role_nouns: lowercased role and office nouns (``"spokeswoman"``, ``"foreign minister"``).
        titles: honorifics and titles as written (``"Mr."``, ``"Sen."``), mapped to a
            gender (``"m"``/``"f"``) or None.
        organization_words: lowercased words that mark a name as an organization.
        organizations: well-known institutional names as written (``"the White House"``).
        group_nouns: lowercased nouns for groups and anonymous sources (``"officials"``).
        first_names: given names mapped to their usual gender.
        non_name_words: lowercased capitalizable words that are never names.
        honorifics: lowercased courtesy titles without their period (``"mr"``,
            ``"dr"``): before a name they give no role.
        not_role_nouns: lowercased nouns that stand next to a name without
            giving a role (``"rival"``, ``"friend"``).
        party_nouns: lowercased nouns for party members (``"democrat"``): an
            affiliation, not a role.
        more_role_nouns: lowercased nouns read as roles next to a name
            (``"boxer"``) that do not make a speaker mention by themselves.
        not_agentive_nouns: lowercased nouns that end like a noun of what a
            person does but give no role (``"number"``, ``"populist"``).
        document_nouns: lowercased nouns for texts that speak for their
            authors (``"statement"``, ``"poll"``): DOCUMENT entities.
        clause_verbs: every form of every verb whose reported content is a
            clause (``said (that) ...``, ``believes ...``), mapped to its lemma.
        infinitive_verbs: every form of every verb that reports a speech act
            with a to-infinitive (``vowed to ...``), mapped to its lemma.
        object_verbs: every form of every verb that reports a speech act
            whose content is its object (``criticized the plan``), mapped to
            its lemma.
        fiction_verbs: every form of the verbs of speech fiction adds to the
            reporting verbs (``"rejoined"``, ``"faltered"``), mapped to the lemma;
            read only in narrative dialogue.
        fiction_titles: forms of address before a character's name that fiction adds
            to the titles (``"Aunt"``, ``"Monsieur"``), mapped to a gender or None.
        person_nouns: lowercased nouns that head a description of a character
            (``"lady"``, ``"stranger"``), mapped to a gender or None.
        character_roles: lowercased callings that name a minor character the
            text gives no name (``"landlady"``, ``"driver"``), with gender.
        section_labels: lowercased headings that open a paragraph with a colon
            (``"update"``, ``"editor's note"``) and are never a speaker's label.
        family_names: lowercased family names written before the given name
            (``"xi"`` of ``Xi Jinping``): alone later, they name that person.
        stance_verbs: every form of every verb that states a position, whose
            object is what the source stands for (``supports the levy``),
            mapped to its lemma.
        casting_verbs: every form of every verb that states a view with an
            object and an ``as`` complement (``cast her rival as ...``),
            mapped to its lemma.
        phrasal_cues: every form of every phrasal verb that reports a speech
            act whose content is its object, mapped to the particle sequences
            that must follow it, longest first (``"lashed"``: ``(("out",
            "at"),)``).
        discovery_verbs: every form of every verb of finding out whose content
            is a clause after ``that`` (``learned that ...``), mapped to its lemma.
    """

    abbreviations: frozenset[str] = frozenset()
    reporting_verbs: Mapping[str, str] = attrs.field(factory=dict)
    role_nouns: frozenset[str] = frozenset()
    titles: Mapping[str, str | None] = attrs.field(factory=dict)
    organization_words: frozenset[str] = frozenset()
    organizations: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    first_names: Mapping[str, str | None] = attrs.field(factory=dict)
    non_name_words: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    not_role_nouns: frozenset[str] = frozenset()
    party_nouns: frozenset[str] = frozenset()
    more_role_nouns: frozenset[str] = frozenset()
    not_agentive_nouns: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    clause_verbs: Mapping[str, str] = attrs.field(factory=dict)
    infinitive_verbs: Mapping[str, str] = attrs.field(factory=dict)
    object_verbs: Mapping[str, str] = attrs.field(factory=dict)
    fiction_verbs: Mapping[str, str] = attrs.field(factory=dict)
    fiction_titles: Mapping[str, str | None] = attrs.field(factory=dict)
    person_nouns: Mapping[str, str | None] = attrs.field(factory=dict)
    character_roles: Mapping[str, str | None] = attrs.field(factory=dict)
    section_labels: frozenset[str] = frozenset()
    family_names: frozenset[str] = frozenset()
    stance_verbs: Mapping[str, str] = attrs.field(factory=dict)
    casting_verbs: Mapping[str, str] = attrs.field(factory=dict)
    phrasal_cues: Mapping[str, Particles] = attrs.field(factory=dict)
    discovery_verbs: Mapping[str, str] = attrs.field(factory=dict)

    @classmethod
    def default(cls) -> Lexicon:
        """The built-in lists, loaded once per process."""
        return _default_lexicon()

    @classmethod
    def from_lines(cls, lists: Mapping[str, Iterable[str]], source: str = "<lines>") -> Lexicon:
        """Build a lexicon from ``{list name: lines}``; unknown names are errors."""
        problems: list[str] = []
        parsed: dict[str, _Entries] = {}
        for name, lines in lists.items():
            if name not in LIST_FORMATS:
                known = ", ".join(sorted(LIST_FORMATS))
                problems.append(f"{source}/{name}: unknown word list (known: {known})")
                continue
            parsed[name] = _parse(name, f"{source}/{name}", lines, problems)
        if problems:
            raise LexiconError(problems)
        return cls._from_parsed(parsed)

    @classmethod
    def from_directory(cls, directory: str | Path) -> Lexicon:
        """Load every ``NAME.txt`` in ``directory`` whose NAME is a known list.

        Raises:
            LexiconError: listing every malformed line of every file, and every
                ``.txt`` file whose name is not a known list.
            FileNotFoundError: when ``directory`` does not exist.
        """
        path = Path(directory)
        if not path.is_dir():
            raise FileNotFoundError(f"word-list directory not found: {path}")
        problems: list[str] = []
        parsed: dict[str, _Entries] = {}
        for file in sorted(path.glob("*.txt")):
            if file.stem not in LIST_FORMATS:
                known = ", ".join(sorted(LIST_FORMATS))
                problems.append(f"{file}:0: unknown word list {file.stem!r} (known: {known})")
                continue
            lines = file.read_text(encoding="utf-8").splitlines()
            parsed[file.stem] = _parse(file.stem, str(file), lines, problems)
        if problems:
            raise LexiconError(problems)
        return cls._from_parsed(parsed)

    @classmethod
    def _from_parsed(cls, parsed: Mapping[str, _Entries]) -> Lexicon:
        fields: dict[str, object] = {}
        for name, entries in parsed.items():
            kind = LIST_FORMATS[name]
            if kind in ("forms", "tagged", "phrasal"):
                fields[name] = dict(entries)
            else:
                fields[name] = frozenset(entries)
        return cls(**fields)  # type: ignore[arg-type]

    def extended(self, other: Lexicon) -> Lexicon:
        """A new lexicon holding the entries of both; ``other`` wins on conflicts
        (a phrasal verb form keeps the particle sequences of both)."""
        fields: dict[str, object] = {}
        for name, kind in LIST_FORMATS.items():
            mine, theirs = getattr(self, name), getattr(other, name)
            if kind == "phrasal":
                fields[name] = {
                    **mine,
                    **{
                        form: _by_length((*mine.get(form, ()), *seqs))
                        for form, seqs in theirs.items()
                    },
                }
            elif kind in ("forms", "tagged"):
                fields[name] = {**mine, **theirs}
            else:
                fields[name] = mine | theirs
        return Lexicon(**fields)  # type: ignore[arg-type]


@functools.lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    problems: list[str] = []
    parsed: dict[str, _Entries] = {}
    data = resources.files("quoteattr") / "data"
    for name in LIST_FORMATS:
        resource = data / f"{name}.txt"
        if not resource.is_file():
            continue
        lines = resource.read_text(encoding="utf-8").splitlines()
        parsed[name] = _parse(name, f"quoteattr/data/{name}.txt", lines, problems)
    if problems:
        raise LexiconError(problems)
    return Lexicon._from_parsed(parsed)
