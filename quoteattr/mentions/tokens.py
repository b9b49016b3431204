"""Tokens of the writer's words, with offsets.

This module owns the tokenizer: :func:`tokens_in` gives a :class:`Token` per
word, number or punctuation mark of a stretch of text, and :func:`token_table`
gives the same tokens as columns (for passes that read every word of a text
without making an object per word). Offsets are half-open ``str`` indices into
the untouched text; a period stays on a token only for initialisms and
abbreviations (``U.S.``, ``Sen.``).
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys

from quoteattr.model import Span

__all__ = ["Token", "TokenTable", "first_token_start", "span_of", "token_table", "tokens_in"]


# Zero-width and format characters, and the soft hyphen: no tokens of their own.
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u00ad"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


# Initialisms (U.S.), short capitalized abbreviations (Sen., Gen., J.), words, numbers,
# and single punctuation marks. A period stays on a word only in the first two.
# Every character but spaces, underscores and invisible ones starts a token: the
# pattern opens with that one class (so the engine skips spaces without trying
# each branch), then goes on by what the first character was. All word branches
# share their first letter; a word runs through inner apostrophes, hyphens and
# ampersands, never ending on one. Its two runs are possessive where Python
# has them (3.11 on): nothing after them can fail, so giving characters back
# could never change a token, and the engine keeps no state to give them back
# (about 8% fewer instructions per split).
_RUN = "*+" if sys.version_info >= (3, 11) else "*"
_TOKEN = re.compile(
    r"[^\s_" + "".join(sorted(_INVISIBLE)) + "]"
    r"(?:(?<=[^\W\d_])(?:\.(?:[^\W\d_]\.)+|(?<=[A-Z])[a-z]{0,3}\.(?=\s)"
    rf"|\w{_RUN}(?:[’'\-&]+\w+){_RUN})"
    r"|(?<=\d)[\d,.]*\d|(?<=\d)"
    r"|(?<=[^\w\s]))"
)


# The same pattern as one group: splitting on it gives skipped text and tokens in turn.
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
# A character that starts a token: every one but spaces, underscores and invisible ones.
_TOKEN_START = re.compile(r"[^\s_" + "".join(sorted(_INVISIBLE)) + "]")


def first_token_start(text: str, start: int, end: int) -> int:
    """Where the first token of ``text[start:end]`` starts, or -1 when it has none.

    ``tokens_in(text, start, end)`` is empty exactly when this is -1; finding
    out costs no more than the characters skipped before the first token.
    """
    found = _TOKEN_START.search(text, start, end)
    return -1 if found is None else found.start()


class Token:
    """A token of the writer's text: offsets, its text and its lowercased text
    (computed unless given).

    A plain slotted class rather than an attrs class: tokens are the most
    numerous objects the pipeline makes, and treated as read-only.
    """

    __slots__ = ("end", "lower", "start", "text")

    def __init__(self, start: int, end: int, text: str, lower: str | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower() if lower is None else lower

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return (self.start, self.end, self.text) == (other.start, other.end, other.text)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))

    def __repr__(self) -> str:
        return f"Token(start={self.start}, end={self.end}, text={self.text!r})"


# The slots' own setters of Span, past the frozen class's __setattr__ (as
# quoteattr.model.span_unchecked uses them).
_new_span = object.__new__
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__


def tokens_in(
    text: str, start: int, end: int, abbreviations: frozenset[str] = frozenset()
) -> list[Token]:
    """Tokens of ``text[start:end]``.

    A period stays on an initialism (``U.S.``), an initial (``J.``) or a word in
    ``abbreviations`` (lowercased, with the period: ``"sen."``); elsewhere it is
    a token of its own (``War.`` is ``War`` and ``.``).
    """
    table = token_table(text, start, end, abbreviations)
    return list(map(Token, table.starts, table.ends, table.texts, table.lowers))


class TokenTable:
    """The tokens of a region as parallel lists, without a :class:`Token` per word.

    What :func:`tokens_in` returns, in columns: the name pre-pass reads every
    word of the writer's text once and needs no objects for it.
    """

    __slots__ = ("ends", "lowers", "starts", "texts")

    def __init__(
        self,
        starts: list[int],
        ends: list[int],
        texts: list[str],
        lowers: list[str] | None = None,
    ) -> None:
        self.starts = starts
        self.ends = ends
        self.texts = texts
        self.lowers = list(map(str.lower, texts)) if lowers is None else lowers

    def span(self, first: int, stop: int) -> Span:
        """The span of tokens ``first`` to ``stop - 1`` (``first < stop``)."""
        # span_unchecked, inline: the name pre-pass makes a span per name.
        span: Span = _new_span(Span)
        _set_start(span, self.starts[first])
        _set_end(span, self.ends[stop - 1])
        return span


def token_table(
    text: str, start: int, end: int, abbreviations: frozenset[str] = frozenset()
) -> TokenTable:
    """The tokens of ``text[start:end]`` (as :func:`tokens_in` gives them) in columns."""
    region = text[start:end]
    # Splitting on the token pattern alternates skipped text and tokens, so the
    # offsets are running sums of the part lengths.
    parts = _TOKEN_SPLIT.split(region)
    offsets = list(itertools.accumulate(map(len, parts), initial=start))
    texts = parts[1::2]
    starts = offsets[1:-1:2]
    ends = offsets[2::2]
    # Only a token ending in a period can change: a word gives its period up
    # ("War." is "War" and "."), or a lone period joins the word before it
    # ("R-Ky.", "Jr.,"). Decided in text order, then applied in one pass.
    edits: list[tuple[int, int | None]] = []  # (token, offset of the period to split at or None)
    last_text: dict[int, str] = {}  # a changed token's text as the next token sees it
    at = region.find(".")
    while at >= 0:
        period = start + at
        at = region.find(".", at + 1)
        k = bisect.bisect_right(starts, period) - 1
        if ends[k] != period + 1:
            continue  # a period inside a token ("U.S.", "3.5")
        word = texts[k]
        if (len(word) > 2 and word[-3] != "." and word.lower() not in abbreviations) or (
            word == "I."
            and _pronoun_before_period(
                text, last_text.get(k - 1, texts[k - 1]) if k else "", ends[k]
            )
        ):
            edits.append((k, ends[k] - 1))
            last_text[k] = "."
        elif word == "." and k > 0 and ends[k - 1] == starts[k]:
            before = last_text.get(k - 1, texts[k - 1])
            if ("-" in before and _party_state(before)) or _abbreviated_before_comma(
                text, before, ends[k]
            ):
                edits.append((k, None))
                last_text[k] = before + "."
    if not edits:
        return TokenTable(starts, ends, texts)
    # One pass over the columns (edits in place would shift the lists each time).
    out_starts: list[int] = []
    out_ends: list[int] = []
    out_texts: list[str] = []
    done = 0
    for k, cut in edits:
        out_starts += starts[done:k]
        out_ends += ends[done:k]
        out_texts += texts[done:k]
        done = k + 1
        if cut is not None:
            word, at = texts[k], cut - starts[k]
            out_starts += (starts[k], cut)
            out_ends += (cut, ends[k])
            out_texts += (word[:at], word[at:])
        else:  # the period joins the token before it, as far as it has been built
            out_ends[-1] = ends[k]
            out_texts[-1] += texts[k]
    out_starts += starts[done:]
    out_ends += ends[done:]
    out_texts += texts[done:]
    return TokenTable(out_starts, out_ends, out_texts)


def _abbreviated_before_comma(text: str, word: str, end: int) -> bool:
    """A short capitalized word whose period is followed by a comma ("Jr.,",
    "Mass.,", "Inc.,"): an abbreviation, since a comma never follows a sentence end."""
    return (
        end < len(text)
        and text[end] == ","
        and len(word) <= 5
        and word.isalpha()
        and word[0].isupper()
    )


# What may follow an initial: spaces, then a capital letter; that letter alone
# with a period is a further initial ("I. M. Pei").
_AFTER_INITIAL = re.compile(r"[ \t]*(?:([A-Z])(\.)?)?")


def _pronoun_before_period(text: str, before: str, end: int) -> bool:
    """``I.`` as the pronoun and a sentence end rather than an initial
    (``before`` is the token before it, ``end`` where its period ends).

    An initial stands before another capitalized part of the name: after a
    capitalized word ("John I. Smith") or before a further initial ("I. M.
    Pei") or at a sentence start ("I. Charles Smith said"). Before a quotation
    mark, a lowercase word or the end of the text (``said I. "Nobody`` ...),
    and after a lowercase word before an ordinary capitalized one (``said I.
    Then``), the ``I`` is the pronoun.
    """
    after = _AFTER_INITIAL.match(text, end)
    if after is None or after.group(1) is None:
        return True
    if after.group(2) is not None:
        return False
    return before[:1].islower()


def _party_state(word: str) -> bool:
    """A party-and-state tag before its period: "R-Ky", "D-Calif", "I-Vt"."""
    party, _, state = word.partition("-")
    return len(party) == 1 and party.isupper() and 1 < len(state) <= 5 and state[0].isupper()


def span_of(tokens: list[Token], chunk: tuple[int, int]) -> Span:
    return Span(tokens[chunk[0]].start, tokens[chunk[1] - 1].end)
