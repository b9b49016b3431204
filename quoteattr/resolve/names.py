"""Personal names: where a name starts and ends in a run of tokens.

This module owns the shape of personal names the resolver accepts: runs of
capitalized name words, lower-case particles (``van der``, ``in 't``), initials
and suffixes (``Jr.``), possessive endings, and the small text helpers the
resolver shares (the word before a name, the words of an affiliation).
"""

from __future__ import annotations

import re

from quoteattr.mentions import Token, Vocabulary, first_token_start, tokens_in
from quoteattr.mentions.words import NAME_PARTICLES, is_particle_name

_POSSESSIVE = re.compile(r"[’']s?$")


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")

# Particles and a capitalized surname right after a name ("in 't Veld", "van der Berg").
_NAME_TAIL = re.compile(
    r"(?:[ ]{1,3}(?:in[ ]{1,3}['’]t|van|von|de|der|den|del|della|da|di|du|dos|das|la|le"
    r"|ten|ter|op|bin|ibn))+[ ]{1,3}[A-Z][\w’'-]{0,30}\w"
)


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


# A space as the tokenizer's pattern sees one (its ``\s``): no token spans one.
_SPACE = re.compile(r"\s")


def _leading_tokens(
    text: str, start: int, end: int, abbreviations: frozenset[str]
) -> list[Token] | None:
    """The tokens of ``text[start:end]`` up to the first space after its first
    token, without tokenizing the rest; ``[]`` when it has no token; None when
    no space follows the first token before ``end`` (then read the region).

    Exact: no token spans a space, and what decides a token's text (a period
    kept or split off, a lone period joined to the word before it) never looks
    past the space after the token but through the text itself, which is the
    same. So with a space at ``cut - 1``, the tokens of ``text[start:end]`` are
    those of ``text[start:cut]`` followed by those of ``text[cut:end]``, and
    what this returns is a prefix of ``tokens_in(text, start, end, ...)``."""
    first = first_token_start(text, start, end)
    if first < 0:
        return []
    space = _SPACE.search(text, first, end)
    if space is None:
        return None
    return tokens_in(text, start, space.end(), abbreviations)


def _whole_word_starts(text: str, word: str, lo: int, hi: int) -> list[int]:
    """Where ``re.finditer(r"\\b" + re.escape(word) + r"\\b", text, lo, hi)``
    finds ``word`` (a non-empty word), found with ``str.find`` rather than a
    pattern compiled for each word: a word boundary (as the pattern reads one)
    on both sides, the text ending at ``hi``."""
    out: list[int] = []
    size = len(word)
    first_inside = word[0].isalnum() or word[0] == "_"
    last_inside = word[-1].isalnum() or word[-1] == "_"
    at = text.find(word, lo, hi)
    while at >= 0:
        end = at + size
        before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
        after = end < hi and (text[end].isalnum() or text[end] == "_")
        if before != first_inside and after != last_inside:
            out.append(at)
            at = text.find(word, end, hi)
        else:
            at = text.find(word, at + 1, hi)
    return out


def _place_words(affiliation: str) -> list[str]:
    """The words of an affiliation, a party-state tag split (``R-Fla.`` ->
    ``R``, ``Fla``)."""
    return [word for word in re.split(r"[\s\-–]+", affiliation) if word]


def _full_name_tokens(vocab: Vocabulary, tokens: list[Token]) -> list[Token] | None:
    """The personal name in a run of two or three capitalized words, or None.

    Every word must be a name word; of three words, the first is dropped unless
    the middle one is an initial (``Robert A. Pruzan``) or the run opens with a
    hyphenated given name."""
    while len(tokens) > 2 and (
        tokens[-1].lower.rstrip(".") in _SUFFIXES
        or (tokens[-1].text == "." and tokens[-2].lower in _SUFFIXES)
    ):
        tokens = tokens[:-1]  # "Thaddeus Rowe III": the suffix is no part of the surname
    # "Billie Jean King": a title word with no period ends a run of three
    # (the pre-pass keeps one there only before a lower-case word).
    title_last = len(tokens) == 3 and tokens[-1].text.isalpha() and vocab.is_title(tokens[-1])
    if not all(
        _is_name_word(vocab, t)
        or (0 < k < len(tokens) - 1 and t.lower in NAME_PARTICLES)
        or (title_last and k == 2)
        for k, t in enumerate(tokens)
    ):
        return None
    if any(
        t.text.isupper() and len(t.text) > 2 and not _INITIALS.fullmatch(t.text) for t in tokens
    ):
        return None  # "FBI Director", headlines in capitals
    first = tokens[0].lower
    if first in vocab.reporting_verbs or (
        first.endswith(("ing", "ly")) and first not in vocab.first_names
    ):
        return None  # "Urges Britain", "Following Sanders,", "Interestingly Blocher"
    if (
        len(tokens) == 3
        and not _INITIALS.fullmatch(tokens[1].text)
        # "Nguyen Van Thieu", "Abu Bakr al-Baghdadi", "Siobhan Ni Bhriain":
        # a particle in the name holds it together.
        and tokens[1].lower not in NAME_PARTICLES
        and tokens[0].lower not in NAME_PARTICLES
        and not title_last
    ):
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
                    and (
                        tokens[end - 3].lower in vocab.first_names
                        # "Billie Jean King": two plain name words before
                        # the title word that ends the run.
                        or (tokens[end - 3].text.isalpha() and tokens[end - 2].text.isalpha())
                    )
                    and _is_name_word(vocab, tokens[end - 3])
                )
            )
        )
        if not (_is_name_word(vocab, last) or howard_dean):
            return None  # the phrase ends in a role or a common word: no name
        start = end - 1 if end > 0 and not _is_name_word(vocab, tokens[end - 1]) else end
        while start > 0 and (
            _is_name_word(vocab, tokens[start - 1])
            or (tokens[start - 1].lower in NAME_PARTICLES and start - 1 > 0)
            # "Sophie in 't Veld": "in" before the particle "'t"
            or (
                tokens[start - 1].lower == "in"
                and start - 1 > 0
                and tokens[start].lower in ("'t", "’t")
            )
        ):
            start -= 1
        while start < end and tokens[start].text in NAME_PARTICLES | {"in"}:
            start += 1  # a name does not open with a lower-case particle ("Al", "Ben" may)
    return (start, end) if start < end else None


# Whether a capitalized word can stand in a personal name, by vocabulary and
# word: the answer depends on nothing else (a token's lowercase is its text's),
# and names read the same words again and again. Cleared when full.
_NAME_WORDS: dict[tuple[Vocabulary, str], bool] = {}
_NAME_WORDS_KEPT = 20_000


def _is_name_word(vocab: Vocabulary, token: Token) -> bool:
    text = token.text
    if not text[0].isupper():
        return is_particle_name(text)  # "al-Assad"
    key = (vocab, text)
    found = _NAME_WORDS.get(key)
    if found is None:
        found = _capitalized_name_word(vocab, token)
        if len(_NAME_WORDS) >= _NAME_WORDS_KEPT:
            _NAME_WORDS.clear()
        _NAME_WORDS[key] = found
    return found


def _capitalized_name_word(vocab: Vocabulary, token: Token) -> bool:
    if vocab.is_title(token):
        return False
    if len(token.text) == 2 and token.text[1] == ".":
        return True  # an initial, even one that reads as a word ("A.", "I.")
    bare = _POSSESSIVE.sub("", token.lower.rstrip("."))
    if bare.startswith(("co-", "ex-")):
        bare = bare[3:]  # "Co-anchor Norah O’Donnell"
    if bare in vocab.role_words or bare in vocab.org_words or bare in vocab.non_names:
        return False
    return token.text not in (",", ".")
