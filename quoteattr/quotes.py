"""Quote detection: every quoted span of a text, with exact offsets and flags.

This module owns the pairing of quotation marks. It works paragraph by
paragraph (a quote never crosses a line break) with one left-to-right pass and
a stack of open quotes; nothing is rewritten and nothing is searched for again.

How a mark is read:

* Each mark has a *shape*: it can only open (“ ‘ « ‹ „ ‚ 「 『 `` `), only close
  (” » › 」 』), or either (" '' and the apostrophe-like ' ’). Which one an
  "either" mark is comes from its flanks, as in CommonMark's delimiter rules:
  a mark after a space or an opening bracket and before a word opens; a mark
  after a word and before a space or punctuation closes.
* Single marks are weak: ' and ’ between two letters or digits are apostrophes
  (``don’t``, ``O’Brien``), elisions (``'90s``, ``'Twas``, ``rock 'n' roll``)
  are apostrophes, and a single quote that never closes in its paragraph was an
  apostrophe all along and is dropped.
* A quote still open when a new double quote of the same style opens is closed
  just before the new one if it stays unclosed: the new one is then a new quote,
  not a nested one (``“Let’s remember. “Our sanctions,” she said.``). If the
  outer quote does close later, the inner one was nested.
* A double quote unclosed at the end of its paragraph runs to the paragraph end;
  when the next paragraph opens with a mark it is ``continued`` (the newspaper
  convention for quotes of several paragraphs) and the next one a ``continuation``.
* Marks inside markup tags (``<a href="...">``) are ignored.
"""

from __future__ import annotations

import re

import attrs

from quoteattr.model import Span, span_unchecked

__all__ = ["RawQuote", "find_quotes"]

_TAG = re.compile(r"<[A-Za-z/!?][^<>\n]*>")
# Quotation marks: runs of two or more ' (''), ``, a double mark, or a single
# mark; a single mark between two letters or digits is an apostrophe (don’t,
# O’Brien) and is not matched at all. The pattern opens with one character class
# of every mark, which lets the engine skip from one mark to the next without
# trying each position; what follows the mark sorts the cases out.
_MARK = re.compile(
    "[\"“”«»‹›„「」『』‘’'`‚]"
    "(?:(?<=')'+|(?<=`)`|(?<=[\"“”«»‹›„「」『』])|(?<![^\\W_].)|(?![^\\W_]))"
)

# Single-mark elisions that are apostrophes, not quotes (lowercased word after the mark).
_ELISIONS = frozenset(
    {"tis", "twas", "til", "till", "em", "n", "cause", "bout", "round", "nuff", "cept", "s"}
)
_OPEN_CONTEXT = frozenset("([{<>—–-/“‘«‹„‚「『\"'`")
_DOUBLE_OPENERS = frozenset({"“", "„", "«", "‹", "「", "『", "``", '"', "''", "”", "»", "›"})

# Which closing marks may close a quote opened by each mark.
_CLOSERS: dict[str, frozenset[str]] = {
    "“": frozenset({"”", '"', "“"}),
    "”": frozenset({"”"}),
    '"': frozenset({'"', "”"}),
    "''": frozenset({"''", '"'}),
    "``": frozenset({"''", '"'}),
    "„": frozenset({"“", "”", '"'}),
    "«": frozenset({"»"}),
    "»": frozenset({"«"}),
    "‹": frozenset({"›"}),
    "›": frozenset({"‹"}),
    "「": frozenset({"」"}),
    "『": frozenset({"』"}),
    "‘": frozenset({"’", "'"}),
    "'": frozenset({"'", "’"}),
    "`": frozenset({"'", "’"}),
    "‚": frozenset({"‘", "’"}),
}
# Marks that can only close. "“" closes only a quote opened with "„" (or a typo'd “…“).
_CLOSE_ONLY = frozenset({"”", "»", "›", "」", "』"})
# Marks that could also close, depending on flanks.
_EITHER = frozenset({'"', "''", "'", "’"})
_SINGLES = frozenset({"‘", "’", "'", "`", "‚"})
# Style families: a new opener of the same family as an open quote may end it.
_FAMILY = {
    "“": "curly",
    "”": "curly",
    "„": "curly",
    '"': "straight",
    "''": "straight",
    "``": "straight",
    "«": "guillemet",
    "»": "guillemet",
    "‹": "guillemet1",
    "›": "guillemet1",
    "「": "corner",
    "『": "corner2",
}


@attrs.define
class _Open:
    mark: str
    start: int  # offset of the opening mark
    width: int
    single: bool
    children: list[RawQuote] = attrs.field(factory=list)


@attrs.frozen
class RawQuote:
    """A detected quote before classification and attribution.

    Attributes:
        span: the content inside the marks (for unclosed quotes, up to the cut).
        open_mark: span of the opening mark.
        close_mark: span of the closing mark, or None when unclosed.
        paragraph: index of the paragraph holding the quote.
        inner: nested quotations inside this one.
        continued: unclosed at the paragraph end, next paragraph opens a mark.
        continuation: continues a quote of the previous paragraph.
        single: opened with a single mark (‘ ' ‚ `).
    """

    span: Span
    open_mark: Span
    close_mark: Span | None
    paragraph: int
    inner: tuple[Span, ...] = ()
    continued: bool = False
    continuation: bool = False
    single: bool = False


def _has_word(text: str, start: int, end: int) -> bool:
    return any(ch.isalnum() for ch in text[start:end])


def _tag_ranges(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    if "<" not in text[lo:hi]:
        return []
    return [m.span() for m in _TAG.finditer(text, lo, hi)]


def _is_elision(text: str, end: int, hi: int) -> bool:
    """True when a single mark ending at ``end`` starts an elided word ('90s, 'Twas)."""
    j = end
    while j < hi and text[j].isalnum():
        j += 1
    word = text[end:j].lower()
    if word in _ELISIONS:
        return True
    # '90s, '60s, '08, '16 election
    return len(word) >= 2 and word[:2].isdigit() and (len(word) == 2 or word[2:] == "s")


def _closes_later(text: str, start: int, hi: int) -> bool:
    """True when another single closing mark follows before the paragraph end."""
    for match in _MARK.finditer(text, start, hi):
        mark = match.group()
        if mark in ("’", "'"):
            i = match.start()
            after = text[i + 1] if i + 1 < hi else " "
            if not text[i - 1].isspace() and not after.isalnum():
                return True
        elif mark in _DOUBLE_OPENERS or mark in _CLOSE_ONLY:
            return False
    return False


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _paragraph_quotes(text: str, lo: int, hi: int, index: int) -> list[RawQuote]:
    """Quotes of the paragraph ``text[lo:hi]``, in text order."""
    stack: list[_Open] = []
    found: list[RawQuote] = []
    tags = _tag_ranges(text, lo, hi)

    def close(frame: _Open, close_span: Span) -> None:
        quote = RawQuote(
            span=span_unchecked(frame.start + frame.width, close_span.start),
            open_mark=span_unchecked(frame.start, frame.start + frame.width),
            close_mark=close_span,
            paragraph=index,
            inner=tuple(child.span for child in frame.children),
            single=frame.single,
        )
        if stack:
            stack[-1].children.append(quote)
        else:
            found.append(quote)

    for match in _MARK.finditer(text, lo, hi):
        start, end = match.span()
        mark = match.group()
        if tags and any(a <= start < b for a, b in tags):
            continue
        if mark.startswith("''") and len(mark) > 2:
            # A run of three: '' + ' when it opens, ' + '' when it closes.
            before = text[start - 1] if start > lo else " "
            if before.isspace() or before in _OPEN_CONTEXT:
                end = start + 2
            else:
                start = end - 2
            mark = "''"
        before = text[start - 1] if start > lo else " "
        after = text[end] if end < hi else " "
        space_before = before.isspace() or before in _OPEN_CONTEXT
        space_after = after.isspace()
        left = not space_after and space_before  # can open
        right = not before.isspace() and (space_after or not after.isalnum())  # can close
        single = mark in _SINGLES

        if single:
            top = stack[-1] if stack else None
            if (
                mark in ("’", "'", "‘")
                and top is not None
                and top.single
                and mark in _CLOSERS[top.mark]
                and right
                and not left
            ):
                # "the Joneses’ farm": a plural possessive when a closer follows.
                if (
                    before in "sS"
                    and after.isspace()
                    and end + 1 < hi
                    and text[end + 1].islower()
                    and _closes_later(text, end, hi)
                ):
                    continue
                stack.pop()
                close(top, span_unchecked(start, end))
                continue
            if (
                mark in ("‘", "'", "`", "‚")
                and left
                and (after.isalnum() or after in '“"')
                and not _is_elision(text, end, hi)
            ):
                stack.append(_Open(mark, start, end - start, True))
            continue

        # Double marks. Find the innermost open double quote this mark can close.
        target = -1
        for k in range(len(stack) - 1, -1, -1):
            if not stack[k].single:
                if mark in _CLOSERS[stack[k].mark]:
                    target = k
                break
        closes = False
        if target >= 0:
            if mark in _CLOSE_ONLY:
                closes = True
            elif mark in _EITHER:
                closes = right or not left
            else:  # an opener that can close (“ after „, or a typo'd “…“)
                closes = right and not left
        if closes:
            _collapse(text, stack, target, start, index)
            close(stack.pop(), span_unchecked(start, end))
            continue
        if mark in _CLOSE_ONLY:
            if left and not right and mark in _CLOSERS:
                stack.append(_Open(mark, start, end - start, False))  # ”Mis-typed opener
            continue
        if mark in _EITHER and not left:
            continue  # a stray closing mark (6'2") or a mark inside a word (40"N)
        stack.append(_Open(mark, start, end - start, False))

    # Unclosed quotes at the paragraph end. Singles were apostrophes; each double
    # runs until the next unclosed double opens, or to the paragraph end.
    for k in range(len(stack) - 1, -1, -1):
        if stack[k].single:
            frame = stack.pop(k)
            if k > 0:
                stack[k - 1].children.extend(frame.children)
            else:
                found.extend(frame.children)
    cut = hi
    for frame in reversed(stack):
        found.extend(_split_unclosed(text, frame, cut, index))
        cut = frame.start
    found.sort(key=lambda quote: quote.open_mark.start)
    return [q for q in found if _has_word(text, q.span.start, q.span.end)]


def _collapse(text: str, stack: list[_Open], target: int, position: int, index: int) -> None:
    """Fold the frames above ``stack[target]`` into it before it closes at ``position``.

    Unclosed singles there were apostrophes: their nested quotes move down. An
    unclosed double of another style becomes a nested, unclosed quote.
    """
    while len(stack) > target + 1:
        frame = stack.pop()
        below = stack[-1].children
        if frame.single:
            below.extend(frame.children)
        else:
            content = frame.start + frame.width
            end = max(content, _trim_end(text, content, position))
            below.append(
                RawQuote(
                    Span(content, end),
                    Span(frame.start, content),
                    None,
                    index,
                    tuple(child.span for child in frame.children),
                )
            )
        below.sort(key=lambda quote: quote.open_mark.start)


def _split_unclosed(text: str, frame: _Open, cut: int, index: int) -> list[RawQuote]:
    """An unclosed quote, cut before its first same-style nested quote if any.

    A nested quote of the same style inside an unclosed quote was a new quote:
    the outer one ended, unclosed, where it opened.
    """
    family = _FAMILY.get(frame.mark)
    out: list[RawQuote] = []
    children = frame.children
    first_same = next(
        (
            i
            for i, child in enumerate(children)
            if not child.single
            and _FAMILY.get(text[child.open_mark.start : child.open_mark.end]) == family
        ),
        None,
    )
    content_start = frame.start + frame.width
    stop = cut if first_same is None else children[first_same].open_mark.start
    kept = children if first_same is None else children[:first_same]
    end = _trim_end(text, content_start, stop)
    out.append(
        RawQuote(
            Span(content_start, max(content_start, end)),
            Span(frame.start, content_start),
            None,
            index,
            tuple(child.span for child in kept),
        )
    )
    if first_same is not None:
        out.extend(children[first_same:])
    return out


def find_quotes(text: str, paragraphs: tuple[Span, ...]) -> list[RawQuote]:
    """Every top-level quote of ``text``, in text order, paragraph by paragraph."""
    out: list[RawQuote] = []
    previous_open = False
    for index, paragraph in enumerate(paragraphs):
        quotes = _paragraph_quotes(text, paragraph.start, paragraph.end, index)
        first_char = text[paragraph.start]
        opens_with_mark = first_char in "“\"‘'«„‹「『`”"
        if previous_open and opens_with_mark and out:
            out[-1] = attrs.evolve(out[-1], continued=True)
            if quotes and quotes[0].open_mark.start == paragraph.start:
                quotes[0] = attrs.evolve(quotes[0], continuation=True)
        previous_open = (
            bool(quotes) and quotes[-1].close_mark is None and quotes[-1].span.end == paragraph.end
        )
        out.extend(quotes)
    return out
