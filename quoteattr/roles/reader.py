"""The role reader: role phrases read around one mention of a name.

This module owns :class:`RoleReader`: given the tokens before or after a name,
it reads titles of office, premodifiers, possessives, appositions, relative
clauses, party-and-state tags and descriptions into
:class:`~quoteattr.roles.reading.RoleReading` objects (see :mod:`quoteattr.roles`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr.lexicon import Lexicon
from quoteattr.mentions import PRONOUNS, ROLE_BLOCKERS, Token, TokenTable, Vocabulary
from quoteattr.mentions.vocabulary import is_pronoun_contraction
from quoteattr.model import RoleForm
from quoteattr.roles.party import party_apposition, party_before_relational, party_premodifier
from quoteattr.roles.reading import (
    RoleReading,
    _first_run,
    _head_word,
    _is_former,
    _phrase,
    _possessive_mark,
    _proper_run,
    _slice,
)
from quoteattr.roles.relative import relative_reading
from quoteattr.roles.words import (
    _AGE,
    _AGE_WORDS,
    _CLOSERS,
    _DETERMINERS,
    _MAX_ROLE_WORDS,
    _MODIFIER_ENDINGS,
    _NOT_MODIFIERS,
    _PARTY_STATE,
    _PAST_MARKERS,
    _PHRASE_OPENERS,
    _POSSESSIVE,
    _POSSESSIVE_PRONOUNS,
    _PREPOSITIONS,
    _RELATIVES,
    _S_MODIFIERS,
    _SUFFIXES,
    _VERBAL_MODIFIERS,
    agentive_noun,
    body_end,
)

__all__ = ["RoleReader"]


def _number_sign(tokens: Sequence[Token], k: int) -> bool:
    """The period of ``No.`` before a number (``the No. 2 Democrat``)."""
    return (
        tokens[k].text == "."
        and k > 0
        and tokens[k - 1].text == "No"
        and k + 1 < len(tokens)
        and tokens[k + 1].text[:1].isdigit()
    )


# Role nouns that are adjectives too: a role only after the noun of a field
# ("tennis great", "boxing legend"), not after a determiner.
_EPITHETS = frozenset({"great", "legend"})


class RoleReader:
    """Reads role phrases around names with one lexicon's word lists.

    Args:
        vocab: the word classes the rest of the pipeline uses.
        lexicon: the word lists (role nouns, titles, honorifics, nouns that
            are no roles, party nouns).

    Example:
        >>> from quoteattr.lexicon import Lexicon
        >>> from quoteattr.mentions import Vocabulary, tokens_in
        >>> lexicon = Lexicon.default()
        >>> vocab = Vocabulary(lexicon)
        >>> reader = RoleReader(vocab, lexicon)
        >>> text = "said Texas Sen. Ted Cruz, a Republican candidate for president."
        >>> tokens = tokens_in(text, 0, len(text), vocab.abbreviations)
        >>> [(r.role, r.title, r.affiliation) for r in reader.before(text, tokens[:3])]
        [('Sen.', 'Sen.', 'Texas')]
        >>> [(r.role, r.phrase.form.name) for r in reader.after(text, tokens[5:])]
        [('candidate for president', 'APPOSITION')]
    """

    def __init__(self, vocab: Vocabulary, lexicon: Lexicon) -> None:
        self.vocab = vocab
        honorifics = lexicon.honorifics
        self.not_roles = lexicon.not_role_nouns
        self.not_agentive = lexicon.not_agentive_nouns
        #: Nouns for texts that speak for their authors ("the statement").
        self.documents = lexicon.document_nouns
        self.parties = lexicon.party_nouns
        # Titles of office (courtesy titles left out), as lowercase word tuples
        # without final periods on one-word titles: ("sen",), ("lt.", "gen").
        self.titles: dict[tuple[str, ...], str | None] = {}
        for title, gender in lexicon.titles.items():
            words = tuple(title.lower().split())
            words = (*words[:-1], words[-1].rstrip("."))
            if len(words) == 1 and words[0] in honorifics:
                continue
            self.titles[words] = gender
        self.title_lengths = sorted({len(words) for words in self.titles}, reverse=True)
        #: The last word of every title (lowercase, no final period): a quick test.
        self.title_ends = frozenset(words[-1] for words in self.titles)
        self.honorifics = honorifics
        # Head nouns of role phrases: the last word of each role noun, before any
        # "of"/"in"/"for" ("member" of "member of congress").
        heads = set()
        for entry in lexicon.role_nouns | lexicon.more_role_nouns:
            words = tuple(entry.split())
            for k, word in enumerate(words):
                if k > 0 and word in ("of", "in", "for", "to", "pro"):
                    words = words[:k]
                    break
            heads.add(words[-1])
        for words in self.titles:
            # "secretary" of "Secretary of State", "chief" of "Chief of Staff".
            cut = words[: words.index("of")] if "of" in words[1:] else words
            if len(cut[-1]) > 2:
                heads.add(cut[-1])
        # Role nouns of several words with "of" ("secretary of state", "chief of
        # staff"): before a name they are read whole, in any case.
        self.entries: dict[tuple[str, ...], str] = {}
        for entry in lexicon.role_nouns:
            words = tuple(entry.split())
            if len(words) > 2 and "of" in words[1:-1]:
                self.entries[words] = words[: words.index("of")][-1]
        self.entry_lengths = sorted({len(words) for words in self.entries}, reverse=True)
        self.entry_ends = frozenset(words[-1] for words in self.entries)
        #: For those heads, the entries from the head on: ("secretary", "of", "state").
        self.tails: dict[str, list[tuple[str, ...]]] = {}
        for words, head in self.entries.items():
            tail = words[words.index(head) :]
            self.tails.setdefault(head, []).append(tail)
        self.heads = frozenset(heads - self.not_roles - self.parties)
        self.role_words = vocab.role_words | frozenset(
            word for entry in lexicon.more_role_nouns for word in entry.split()
        )

    # -- word tests ------------------------------------------------------------

    def is_head(self, word: str) -> bool:
        """A lowercase word (possessive and ``co-``/``ex-`` stripped) that heads a role."""
        if word in self.heads:
            return True
        if not ("'" in word or "’" in word or "-" in word or "." in word):
            return False
        word = _POSSESSIVE.sub("", word)
        if word.startswith(("co-", "ex-")):
            word = word[3:]
        if word in self.heads or word.rstrip(".") in self.heads:
            return True
        # A compound of role nouns ("actor-singer", "lawyer-lobbyist").
        parts = word.rstrip(".").split("-")
        return len(parts) > 1 and all(part in self.heads for part in parts)

    def may_start_apposition(self, word: str) -> bool:
        """A quick test on the word after a name and its comma or dash: can an
        apposition, a relative clause, an age or a party tag begin there? Not
        a verb (``said``), a conjunction or a preposition."""
        lower = word.lower()
        if lower in _DETERMINERS or lower in _POSSESSIVE_PRONOUNS or lower in ("who", "whose"):
            return True
        first = word[0]
        if first.isdigit() or first.isupper():
            return True
        return self.is_modifier_word(word)

    def may_end_role(self, word: str) -> bool:
        """A quick test on the word written just before a name: can a role
        phrase end there? A comma or dash (an apposition before the name), a
        title of office, a role head or a party noun."""
        if word[-1] in ",—–":
            # "The company’s chief executive, Jane Roe": a role noun before the
            # comma (callers check the words before it for "The leader of X,").
            return len(word) > 1 and self.may_end_role(word[:-1])
        lower = word.lstrip("(“\"'‘[").lower().rstrip(".")
        return (
            lower in self.title_ends
            or lower in self.entry_ends
            or self.is_head(lower)
            or lower in self.parties
            or lower in self.not_roles  # "Republican rival Ola Berg"
        )

    def is_modifier_word(self, word: str) -> bool:
        """A word that can sit in a bare role phrase before a name (``Former``,
        ``tennis``, ``great``, ``9/11``), not a verb, function word or adverb."""
        if not word:
            return False
        token = Token(0, len(word), word)
        return self._modifier(token, sentence_start=True, next_lower=True) is not None

    def is_party(self, word: str) -> bool:
        """A lowercase party noun or its adjective (``republican``, ``democratic``)."""
        return word in self.parties or (word.endswith("ic") and word[:-2] in self.parties)

    def _entry_before(self, tokens: Sequence[Token], end: int) -> int | None:
        """Start index of the longest role noun with ``of`` ending at ``tokens[end - 1]``."""
        if tokens[end - 1].lower not in self.entry_ends:
            return None
        for length in self.entry_lengths:
            start = end - length
            if start >= 0 and tuple(t.lower for t in tokens[start:end]) in self.entries:
                return start
        return None

    def _title_before(self, tokens: Sequence[Token], end: int) -> int | None:
        """Start index of the longest title of office ending at ``tokens[end - 1]``."""
        last = tokens[end - 1]
        if not last.text[0].isupper() or last.lower.rstrip(".") not in self.title_ends:
            return None
        for length in self.title_lengths:
            start = end - length
            if start < 0:
                continue
            words = tuple(t.lower for t in tokens[start:end])
            words = (*words[:-1], words[-1].rstrip("."))
            if words in self.titles and tokens[start].text[0].isupper():
                return start
        return None

    def _modifier(
        self,
        token: Token,
        sentence_start: bool,
        next_lower: bool = False,
        next_secretary: bool = False,
    ) -> str | None:
        """How a word left of a role head joins the phrase: ``"lower"``, a
        lower-case modifier; ``"proper"``, a capitalized word (a place, party,
        body); ``"possessor"``; ``"mark"``, a number or joining symbol; None,
        the phrase stops."""
        text, word = token.text, token.lower
        first = text[0]
        if text in ("’", "'"):
            return "apostrophe"  # "General Motors’ chief executive"
        if _POSSESSIVE.search(text) and len(text) > 2 and first.isalnum():
            if word[:-2] in PRONOUNS or word.rstrip("s’'") in _POSSESSIVE_PRONOUNS:
                return None
            return "possessor"
        if first.isdigit() or text in ("/", "&", "No.", "-"):
            return "mark"
        if first.isupper():
            if sentence_start and (
                word in _PAST_MARKERS
                or (word in self.role_words and not self.is_party(word) and next_lower)
            ):
                return "lower"  # "Former Arkansas Gov.", "Conservative columnist"
            if word in PRONOUNS or word in _DETERMINERS or word in ("and", "but", "as"):
                return None
            if is_pronoun_contraction(word):
                return None  # "I'm sure Gov. X": a subject and its verb
            if word in self.honorifics or word.rstrip(".") in self.honorifics:
                return None
            if word in self.vocab.first_names and not sentence_start:
                return "proper"  # "Hillary Clinton spokesman Brian Fallon"
            return "proper"
        if not first.isalpha():
            return None
        if word == "under":
            return "lower" if next_secretary else None  # "under secretary", not "under Gov. X"
        if word in self.role_words or word in _PAST_MARKERS or word in _VERBAL_MODIFIERS:
            return "lower"  # "state Sen.", "press secretary": not verbs here
        if word in ROLE_BLOCKERS or word in _NOT_MODIFIERS or word in self.vocab.reporting_verbs:
            return None
        if word.endswith(_AGE_WORDS):
            return None  # "82-year-old widow": an age, not part of the role
        if "-" in word and word.endswith(("ed", "ing")):
            return "lower"  # "award-winning", "long-serving": compound adjectives
        if word.endswith(("ly", "ed", "ing")):
            return None
        if (
            word.endswith("s")
            and not word.endswith(("ss", "us", "is"))
            and word not in _S_MODIFIERS
        ):
            return None  # "candidates", "praises": a plural or a verb
        if "-" in word or word.endswith(_MODIFIER_ENDINGS):
            return "lower"  # "two-time", "digital", "political", "business"
        return "unknown"  # "tennis", "film", or a verb: "back", "support"

    # -- readings ------------------------------------------------------------------

    def before(self, text: str, tokens: Sequence[Token]) -> list[RoleReading]:
        """Role phrases that end just before a name: ``tokens`` are the words
        before it (the name starts right after the last one, on the same line).

        Reads a title of office and the premodifier before it (``Texas Sen.``),
        or a premodifier with a role head (``campaign chairman``); a second
        role before a title is read too (``Trump ally Rep.``: ``ally``)."""
        out: list[RoleReading] = []
        end = len(tokens)
        for _ in range(2):
            reading, start = self._premodifier(text, tokens, end)
            if reading is None:
                break
            out.append(reading)
            end = start
        out.reverse()
        return out

    def _premodifier(
        self, text: str, tokens: Sequence[Token], end: int
    ) -> tuple[RoleReading | None, int]:
        if end == 0:
            return None, 0
        title_start = self._title_before(tokens, end)
        last = tokens[end - 1]
        entry_start = self._entry_before(tokens, end) if title_start is None else None
        if title_start is not None:
            head_start = title_start
            head = " ".join(t.lower for t in tokens[title_start:end]).rstrip(".")
        elif entry_start is not None:
            head_start = entry_start
            words = tuple(t.lower for t in tokens[entry_start:end])
            head = self.entries[words]
        elif self.is_head(last.lower) or last.lower in self.parties:
            if _POSSESSIVE.search(last.text) or not last.text[0].isalpha():
                return None, end
            if last.text[0].isupper() and last.lower in self.vocab.first_names:
                return None, end  # "Marine Le Pen": a given name, not a rank
            if last.lower in _EPITHETS:
                # "tennis great", "boxing legend": the field and the noun; not
                # "the great Ana Ruiz", which is praise.
                field = tokens[end - 2] if end >= 2 else None
                if field is None or field.lower in _PHRASE_OPENERS or not field.text.isalpha():
                    return None, end
                phrase = _phrase(text, tokens[end - 2 : end], RoleForm.PREMODIFIER)
                return RoleReading(phrase, phrase.text, head=_head_word(last.lower)), end - 2
            head_start = end - 1
            head = last.lower
        elif (
            last.lower in self.not_roles
            and end >= 2
            and tokens[end - 2].lower in self.parties
            and tokens[end - 2].text[0].isupper()
        ):
            # "Republican rival Ola Berg": the rival is no role, the party is.
            return party_before_relational(text, tokens, end - 2, RoleForm.PREMODIFIER), end - 2
        else:
            return None, end
        k = head_start
        kinds: list[str] = []
        while k > 0 and head_start - k < 8:
            token = tokens[k - 1]
            if "\n" in text[token.end : tokens[k].start]:
                break
            if token.text == "." and _number_sign(tokens, k - 1):
                kinds.extend(("mark", "mark"))  # "No. 2 Democrat Ana Ruiz"
                k -= 2
                continue
            sentence_start = k - 1 == 0 or tokens[k - 2].text in _CLOSERS
            if token.lower == "and" and k >= 2 and self.is_head(tokens[k - 2].lower):
                kind: str | None = "lower"  # "columnist and Fox News contributor"
            else:
                kind = self._modifier(
                    token,
                    sentence_start,
                    tokens[k].text[0].islower(),
                    tokens[k].lower in ("secretary", "secretary-general"),
                )
            if kind == "apostrophe":
                # "General Motors’": the capitalized words before it are the possessor.
                if not (
                    k >= 2 and tokens[k - 2].text.endswith("s") and tokens[k - 2].text[0].isupper()
                ):
                    break
                j = k - 2
                while j > 0 and tokens[j - 1].text[0].isupper() and head_start - j < 8:
                    j -= 1
                kinds.extend(["possessor"] + ["proper"] * (k - 1 - j))
                k = j
                break
            if kind is None:
                break
            if kind == "unknown" and k >= 2:
                # An unknown word joins only where a noun phrase can open before
                # it ("the tennis great"), not after a noun ("Republicans back Sen.").
                left = tokens[k - 2]
                plural = left.lower[:-1] if left.lower.endswith("s") else ""
                if not (
                    # "The Herald sports columnist", not "Most Republicans back Sen."
                    (
                        left.text[0].isupper()
                        and not is_pronoun_contraction(left.lower)
                        and not (
                            plural in self.parties
                            or plural in self.heads
                            or plural in self.vocab.group_nouns
                        )
                    )
                    or left.text in _CLOSERS
                    or left.lower in _PHRASE_OPENERS
                    or left.lower in self.vocab.reporting_verbs
                    or _POSSESSIVE.search(left.text)
                    or (
                        left.text[0].islower()
                        and self._modifier(left, False) in ("lower", "unknown")
                    )
                ):
                    break
            if kind != "mark" and self._title_before(tokens, k) is not None and title_start:
                break  # a second title of office: a reading of its own
            if (
                kind == "lower"
                and self.is_head(token.lower)
                and title_start is not None
                and token.text[0].islower()
            ):
                break  # "Trump ally Rep.": the role before the title is read on its own
            kinds.append(kind)
            k -= 1
            if kind == "possessor":
                break
        # An unknown word at the left edge is a modifier only where a noun phrase
        # can open ("the tennis great", "with film critic"), not after "to", a
        # pronoun or a noun ("to support Sen.", "they back Sen.").
        while kinds and kinds[-1] == "unknown":
            opener = tokens[k - 1] if k > 0 else None
            if (
                opener is None
                or opener.text in _CLOSERS
                or opener.lower in _PHRASE_OPENERS
                or opener.lower in self.vocab.reporting_verbs
                or _POSSESSIVE.search(opener.text)
            ):
                break
            kinds.pop()
            k += 1
        kinds.reverse()
        start = k
        # Trailing "and" or marks at the left edge are not part of the phrase.
        while (
            start < head_start
            and kinds
            and (
                tokens[start].lower == "and" or (kinds[0] == "mark" and tokens[start].text in "/&-")
            )
        ):
            start += 1
            kinds = kinds[1:]
        phrase_tokens = tokens[start:end]
        if head in self.parties and title_start is None:
            # "Democrat Hillary Clinton", "Texas Republican Jane Roe": the party.
            return party_premodifier(text, tokens, start, end, kinds), start
        # The affiliation: a possessor, else the capitalized words at the left edge.
        affiliation = None
        role_start = start
        possessor = [i for i, kind in enumerate(kinds) if kind == "possessor"]
        if possessor:
            p = possessor[-1]
            affiliation = _POSSESSIVE.sub("", _slice(text, tokens[start : start + p + 1])).strip()
            role_start = start + p + 1
        else:
            p = 0
            while p < len(kinds) and kinds[p] in ("proper", "mark"):
                p += 1
            if p:
                affiliation = _slice(text, tokens[start : start + p])
                role_start = start + p
        if role_start >= end:
            return None, end
        role = _slice(text, tokens[role_start:end])
        former = _is_former([t.lower for t in tokens[start:end]])
        title = _slice(text, tokens[title_start:end]) if title_start is not None else None
        if title_start is not None:
            form = RoleForm.TITLE
        elif possessor:
            form = RoleForm.POSSESSIVE
        else:
            form = RoleForm.PREMODIFIER
        if affiliation is None:
            # "former Arkansas Gov.": capitalized words inside the phrase.
            run = [
                tokens[start + i]
                for i, kind in enumerate(kinds)
                if kind == "proper" and start + i >= role_start
            ]
            if run:
                affiliation = _slice(text, _first_run(tokens, run))
        phrase = _phrase(text, phrase_tokens, form)
        return RoleReading(phrase, role, title, affiliation, former, _head_word(head)), start

    def after(self, text: str, tokens: Sequence[Token]) -> list[RoleReading]:
        """Role phrases that follow a name: ``tokens`` are the words after it
        (the first one comes right after the name).

        Reads a parenthesis or comma tag (``(R-S.C.)``, ``, R-Ky.,``), a body
        after ``of`` (``of Oklahoma``), an age (skipped), then one apposition
        (``, a political scientist at Rice University,``) or relative clause
        (``, who heads the Center for ...``)."""
        out: list[RoleReading] = []
        n = len(tokens)
        p = 0
        if p + 1 < n and tokens[p].text == "," and tokens[p + 1].lower in _SUFFIXES:
            p += 2
        for _ in range(4):
            if p >= n:
                break
            token = tokens[p]
            if token.text == "(":
                close = next(
                    (j for j in range(p + 1, min(n, p + 16)) if tokens[j].text == ")"), None
                )
                if close is None or close == p + 1:
                    break
                inner = text[tokens[p + 1].start : tokens[close - 1].end]
                if _PARTY_STATE.match(inner):
                    phrase = _phrase(text, tokens[p + 1 : close], RoleForm.APPOSITION)
                    out.append(RoleReading(phrase, None, affiliation=inner))
                else:
                    reading = self.noun_phrase(text, tokens, p + 1, close, RoleForm.APPOSITION)
                    if reading is not None:
                        out.append(reading)
                p = close + 1
                continue
            if token.lower == "of" and p + 1 < n and p == 0:
                stop = body_end(self.vocab, tokens, p + 1)
                if stop > p + 1:
                    body = tokens[p + 1 : stop]
                    if body[0].lower == "the" and len(body) > 1:
                        body = body[1:]
                    phrase = _phrase(text, tokens[p:stop], RoleForm.APPOSITION)
                    out.append(RoleReading(phrase, None, affiliation=_slice(text, body)))
                    p = stop
                    continue
                break
            if token.text not in (",", "—", "–", "--") or p + 1 >= n:
                break
            if "\n" in text[token.end : tokens[p + 1].start]:
                break
            nxt = tokens[p + 1]
            if nxt.lower in ("and", "or", "but"):
                break  # "Jane Roe, 25, and her husband": a second person
            if _AGE.match(nxt.text) and (p + 2 >= n or tokens[p + 2].text in _CLOSERS):
                p += 2  # ", 46," an age
                continue
            if (p + 2 >= n or tokens[p + 2].text in (",", ")", ".", ";")) and _PARTY_STATE.match(
                nxt.text
            ):
                phrase = _phrase(text, [nxt], RoleForm.APPOSITION)
                out.append(RoleReading(phrase, None, affiliation=nxt.text))
                p += 2
                continue
            if nxt.lower in ("who", "whose"):
                reading = relative_reading(self, text, tokens, p + 2)
                if reading is not None:
                    out.append(reading)
                break
            close = p + 1
            while (
                close < n
                and close - p <= 25
                and (
                    tokens[close].text not in _CLOSERS
                    or _possessive_mark(tokens, close)
                    or _number_sign(tokens, close)
                )
            ):
                if tokens[close].lower in _RELATIVES and close > p + 1:
                    break
                close += 1
            # "a campaign aide in 2008 and now director of ...": the role held
            # now, after an earlier one.
            now = next(
                (
                    j
                    for j in range(p + 3, close - 1)
                    if tokens[j].lower == "now" and tokens[j - 1].lower in ("and", ",")
                ),
                None,
            )
            reading = self.noun_phrase(
                text, tokens, p + 1, close if now is None else now - 1, RoleForm.APPOSITION
            )
            if reading is not None:
                if now is not None and not reading.former:
                    reading = attrs.evolve(reading, former=True)
                out.append(reading)
            if now is not None:
                current = self.noun_phrase(text, tokens, now + 1, close, RoleForm.APPOSITION)
                if current is not None:
                    out.append(current)
            elif close + 1 < n and tokens[close].lower == "who":
                # "a former commissioner who is now a program officer at ...".
                relative = relative_reading(self, text, tokens, close + 1)
                if relative is not None:
                    out.append(relative)
            break
        return out

    def noun_phrase(
        self, text: str, tokens: Sequence[Token], start: int, end: int, form: RoleForm
    ) -> RoleReading | None:
        """A role from the noun phrase ``tokens[start:end]`` (an apposition or a
        description): determiner or possessor, modifiers, a role head, and
        what follows the head (``at the Tax Foundation``)."""
        while start < end and (
            tokens[start].lower in _DETERMINERS or tokens[start].lower in _POSSESSIVE_PRONOUNS
        ):
            start += 1
        if start >= end:
            return None
        affiliation = None
        possessed = False
        role_start = start
        for k in range(start, min(end, start + 4)):
            token = tokens[k]
            if token.text in ("’", "'") and k > start and tokens[k - 1].text.endswith("s"):
                possessor = tokens[start:k]  # "General Motors’ chief executive"
                if possessor[0].lower == "the":
                    possessor = possessor[1:]
                if possessor:
                    affiliation = _slice(text, possessor)
                    possessed = True
                    role_start = k + 1
                break
            if _POSSESSIVE.search(token.text) and len(token.text) > 2 and token.text[0].isalnum():
                if token.lower[:-2] in PRONOUNS:
                    break
                possessor = tokens[start : k + 1]
                if possessor[0].lower == "the":
                    possessor = possessor[1:]
                affiliation = _POSSESSIVE.sub("", _slice(text, possessor))
                possessed = True
                role_start = k + 1
                break
            if token.text[0].islower() and token.lower not in _DETERMINERS:
                break
        if role_start >= end:
            return None
        # The head: the last word before a preposition, a conjunction or the end.
        head_end = role_start
        while head_end < end and tokens[head_end].lower not in _PREPOSITIONS:
            word = tokens[head_end].lower
            if (
                head_end > role_start
                and word.endswith("ing")
                and word not in _VERBAL_MODIFIERS
                and self.is_head(tokens[head_end - 1].lower)
            ):
                break  # "a delegate serving on the rules committee"
            head_end += 1
        if head_end == role_start:
            return None
        head_token = tokens[head_end - 1]
        while head_end - 1 > role_start and head_token.lower in ("and", "or"):
            head_end -= 1
            head_token = tokens[head_end - 1]
        head = head_token.lower
        if (
            head in self.parties
            and head_end + 2 < end
            and tokens[head_end].lower == "on"
            and tokens[head_end + 1].lower == "the"
        ):
            # "the top Republican on the Judiciary Committee": a seat on a body
            # ("a Democrat on Tuesday" is a time, "on stage" a place).
            phrase = _phrase(text, tokens[role_start:end], form)
            if form is RoleForm.DESCRIPTION or possessed:
                return RoleReading(phrase, None, affiliation=head_token.text)
            role = _slice(text, tokens[role_start:end])
            return RoleReading(phrase, role, None, head_token.text, False, head, party=True)
        if (head in self.parties and head_end == end) or (
            head in self.parties and tokens[head_end].lower in ("from", "of", "in")
        ):
            # "a Republican from Ohio": the party, the role when the text
            # gives no other, and the affiliation.
            # A rank before the party gives a role even after a possessor
            # ("the chamber's No. 2 Democrat", "the Senate's top Republican").
            ranked = any(
                t.text[0].isdigit() or t.lower == "top" or t.lower.endswith("-ranking")
                for t in tokens[role_start : head_end - 1]
            )
            gives_role = form is not RoleForm.DESCRIPTION and (not possessed or ranked)
            return party_apposition(text, tokens, role_start, head_end, end, form, gives_role)
        if (
            head in self.not_roles
            and form is not RoleForm.DESCRIPTION
            and head_end - 2 >= role_start
            and tokens[head_end - 2].lower in self.parties
            and tokens[head_end - 2].text[0].isupper()
        ):
            # "Ola Berg, his Republican opponent,": the party is the role.
            return party_before_relational(text, tokens, head_end - 2, form)
        unlisted = not self.is_head(head)
        if head_token.text[0].isdigit() or (
            unlisted
            # A noun no list has, by its ending, only after a name ("Ana Ruiz, a cardiologist").
            and (
                form is not RoleForm.APPOSITION
                or not agentive_noun(head_token.text, self.not_agentive)
                or head in self.not_roles
            )
        ):
            return None
        for token in tokens[role_start : head_end - 1]:
            # Modifiers only: no verb, clause word or adverb before the head
            # ("listed as an attorney", "who served as counsel").
            word = token.lower
            if token.text[0].islower() and (
                (word in self.vocab.reporting_verbs and word not in self.role_words)
                or (word in _NOT_MODIFIERS and word not in ("and", "or"))
                or (word in ROLE_BLOCKERS and word not in ("and", "&"))
                or (
                    word.endswith(("ed", "ing", "ly"))
                    and word not in _VERBAL_MODIFIERS
                    and word not in self.role_words
                    and ("-" not in word or word.endswith("ly"))  # "award-winning"
                )
            ):
                return None
        # Capitalized words at the left edge are the affiliation ("CrowdTangle
        # chief executive"); a capitalized object of "of/at/for" is one too.
        p = role_start
        if affiliation is None:
            while (
                p < head_end - 1
                and tokens[p].text[0].isupper()
                and not self.vocab.is_title(tokens[p])
            ):
                if tokens[p].lower in _PAST_MARKERS:
                    break  # "Former Fox News anchor": the role keeps "former"
                p += 1
            if p > role_start:
                affiliation = _slice(text, tokens[role_start:p])
        # What follows the head: a capitalized object ("at the Tax Foundation",
        # "of Judicial Watch") is the affiliation and stays out of the role; a
        # lower-case one after "of", "for" or "to" stays in it ("strategist for
        # progressive causes"), as does a role noun with "of" ("secretary of state").
        role_stop = head_end
        if head_end < end:
            obj = tokens[head_end + 1 : end]
            if obj and obj[0].lower == "the":
                obj = obj[1:]
            tail = next(
                (
                    tail
                    for tail in self.tails.get(head, ())
                    if tuple(t.lower for t in tokens[head_end - 1 : head_end - 1 + len(tail)])
                    == tail
                ),
                None,
            )
            if tail is not None:
                role_stop = min(end, head_end - 1 + len(tail))
                rest = tokens[role_stop + 1 : end]
                if rest and rest[0].lower == "the":
                    rest = rest[1:]
                if rest and rest[0].text[0].isupper() and not possessed:
                    affiliation = _slice(text, _proper_run(rest))  # "secretary of state of Ohio"
            elif obj and obj[0].text[0].isupper():
                if not possessed:
                    affiliation = _slice(text, _proper_run(obj))
            elif obj and (
                tokens[head_end].lower in ("of", "for", "to")
                or tokens[head_end].lower.endswith("ing")  # "delegate serving on ..."
            ):
                role_stop = end
                # "program officer for energy at the Hale Foundation": a later
                # preposition with a capitalized object gives the affiliation.
                participle = tokens[head_end].lower.endswith("ing")
                for j in range(head_end + (1 if participle else 2), end - 1):
                    if tokens[j].lower in ("at", "with", "of", "for", "on"):
                        rest = tokens[j + 1 : end]
                        if rest and rest[0].lower == "the":
                            rest = rest[1:]
                        if rest and rest[0].text[0].isupper():
                            # "a lawyer working for the Hale Group": "lawyer".
                            role_stop = head_end if j == head_end + 1 else j
                            if not possessed:
                                affiliation = _slice(text, _proper_run(rest))
                            break
        stop = end
        if stop - start > _MAX_ROLE_WORDS or unlisted:
            stop = role_stop = head_end  # an unlisted head: the role ends with it
        if role_stop - p > _MAX_ROLE_WORDS or p >= role_stop:
            return None
        words = [t.lower for t in tokens[start:stop]]
        former = _is_former(words)
        phrase = _phrase(text, tokens[start:stop], form)
        role = _slice(text, tokens[p:role_stop])
        return RoleReading(
            phrase, role, None, affiliation, former, _head_word(head), unlisted=unlisted
        )

    def apposition_before(self, text: str, tokens: Sequence[Token]) -> RoleReading | None:
        """A role in an apposition that ends with a comma just before a name:
        ``tokens`` are the words before it, the last one the comma (``The
        company’s chief executive, Jane Roe``; ``his top aide, Tad Devine``).

        The noun phrase must open its clause (after a sentence start, a comma,
        ``and`` or a reporting verb), so ``After meeting the president, Obama
        said`` reads nothing."""
        n = len(tokens)
        if n < 2 or tokens[-1].text not in (",", "—", "–"):
            return None
        reading = self._apposition_before(text, tokens)
        if reading is None or reading.role is None:
            reading = self._as_phrase_before(text, tokens) or reading
        return reading

    def _as_phrase_before(self, text: str, tokens: Sequence[Token]) -> RoleReading | None:
        """A role in a fronted ``as`` phrase that opens the clause of the name
        after it: ``As a CNN political correspondent, podcast host and critic,
        Jane Roe``; ``As mayor, Jane Roe``. The first noun phrase after
        ``as`` gives the role."""
        n = len(tokens)
        end = n - 1
        k = end - 1
        while k >= 0 and end - k <= 20:
            token = tokens[k]
            if token.text in _CLOSERS and token.text not in (",", "—", "–"):
                return None
            if token.text[0].islower() and token.lower in self.vocab.reporting_verbs:
                return None
            if token.lower == "as":
                break
            k -= 1
        else:
            return None
        if k < 0 or tokens[k].lower != "as":
            return None
        # "As" must open its clause: at the start, after a closer or "and"/"but".
        if not (
            (k == 0 and tokens[k].text == "As")
            or (k > 0 and tokens[k - 1].text in _CLOSERS)
            or (k > 0 and tokens[k - 1].lower in ("and", "but"))
        ):
            return None
        stop = k + 1
        while stop < end and tokens[stop].text not in (",", "—", "–", "and"):
            stop += 1
        if stop == k + 1:
            return None
        return self.noun_phrase(text, tokens, k + 1, stop, RoleForm.APPOSITION)

    def _apposition_before(self, text: str, tokens: Sequence[Token]) -> RoleReading | None:
        n = len(tokens)
        end = n - 1
        start = end
        while start > 0 and end - start < 14:
            token = tokens[start - 1]
            if token.text == "." and _number_sign(tokens, start - 1):
                start -= 1  # "The No. 2 Democrat, Ana Ruiz": the period of No.
                continue
            if token.text in _CLOSERS or "\n" in text[token.end : tokens[start].start]:
                break
            if token.text[0].islower() and token.lower in self.vocab.reporting_verbs:
                break
            if token.lower in ("and", "but"):
                break
            start -= 1
        if start == end:
            return None
        # The phrase must begin with a determiner or possessor, or at its
        # clause's start with a role word.
        first = tokens[start]
        if not (
            first.lower in _DETERMINERS
            or first.lower in _POSSESSIVE_PRONOUNS
            or _POSSESSIVE.search(first.text)
            or start == 0
            or tokens[start - 1].text in _CLOSERS
            or tokens[start - 1].lower in ("and", "but")
            or tokens[start - 1].lower in self.vocab.reporting_verbs
        ):
            return None
        # Determiner phrases must still open their clause (not "met the president,").
        if (first.lower in _DETERMINERS or first.lower in _POSSESSIVE_PRONOUNS) and start > 0:
            before = tokens[start - 1]
            if not (
                before.text in _CLOSERS
                or before.lower in ("and", "but", "including", "like")
                or before.lower in self.vocab.reporting_verbs
            ):
                return None
        return self.noun_phrase(text, tokens, start, end, RoleForm.APPOSITION)

    def role_as(self, text: str, tokens: Sequence[Token]) -> RoleReading | None:
        """The role after ``role as`` / ``tenure as`` that follows a possessive
        name (``Murdoch’s new role as the interim chief of Fox News``):
        ``tokens`` are the words after ``as``, read up to the first closer."""
        n = min(len(tokens), _MAX_ROLE_WORDS)
        head = next(
            (k for k in range(n) if tokens[k].text[0].islower() and self.is_head(tokens[k].lower)),
            None,
        )
        if head is None:
            return None
        end = head + 1
        tail = next(
            (
                tail
                for tail in self.tails.get(tokens[head].lower, ())
                if tuple(t.lower for t in tokens[head : head + len(tail)]) == tail
            ),
            None,
        )
        if tail is not None:
            end = head + len(tail)  # "secretary of state"
        if end + 1 < n and tokens[end].lower in ("of", "at", "for"):
            # "interim chief of Fox News": a capitalized body after the role.
            rest = end + 1
            if tokens[rest].lower == "the" and rest + 1 < n:
                rest += 1
            body = _proper_run(tokens[rest:n])
            if body and body[0].text[0].isupper():
                end = tokens.index(body[-1]) + 1
        reading = self.noun_phrase(text, tokens, 0, end, RoleForm.APPOSITION)
        if reading is None:
            return None
        if "former" in text[max(0, tokens[0].start - 40) : tokens[0].start].split():
            return attrs.evolve(reading, former=True)  # "her former role as ..."
        return reading

    def descriptions(self, table: TokenTable) -> list[tuple[int, int]]:
        """Token ranges of definite descriptions of a person in a region of the
        writer's text: ``the`` (or ``the`` and a possessor), up to five
        modifiers and a role head, not followed by a name or ``of``
        (``the New Jersey governor told``, ``the GOP’s likely presidential
        nominee.``)."""
        out: list[tuple[int, int]] = []
        texts, lowers = table.texts, table.lowers
        if self.heads.isdisjoint(lowers) and not any(
            self.is_head(word) for word in lowers if "-" in word
        ):
            return out  # no role noun at all: most stretches of text
        n = len(lowers)
        i = -1
        while True:
            try:
                i = lowers.index("the", i + 1, n - 1)
            except ValueError:
                return out
            for t in range(i + 1, min(n, i + 7)):
                word = lowers[t]
                if not texts[t][0].isalnum() or word in _NOT_MODIFIERS or word in ROLE_BLOCKERS:
                    break
                if not self.is_head(word) or texts[t][0].isupper():
                    continue
                if lowers[t + 1 : t + 2] == ["of"]:
                    # "the former secretary of state said": a role noun with "of".
                    tail = next(
                        (
                            tail
                            for tail in self.tails.get(word, ())
                            if tuple(lowers[t : t + len(tail)]) == tail
                        ),
                        None,
                    )
                    if tail is None:
                        break
                    t += len(tail) - 1
                follower = texts[t + 1] if t + 1 < n else "."
                if follower[0].isupper() or lowers[t + 1 : t + 2] == ["of"]:
                    break  # "the Republican nominee Donald Trump": a premodifier
                if (
                    follower[0].isalpha()
                    and follower[0].islower()
                    and not self.is_head(lowers[t + 1])
                ) or follower in (",", ".", ";", ":", "—", "–", ")", "”", '"', "?", "!"):
                    out.append((i, t + 1))
                break

    def description(self, text: str, tokens: Sequence[Token]) -> RoleReading | None:
        """The role a describing mention gives (``the New Jersey governor``,
        ``a senior State Department official``), or None."""
        if not tokens:
            return None
        return self.noun_phrase(text, tokens, 0, len(tokens), RoleForm.DESCRIPTION)
