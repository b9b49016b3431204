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
from quoteattr.segment import LINE_BREAK_CHARS, signature_line

__all__ = ["RawQuote", "find_quotes"]

_TAG = re.compile(r"<[A-Za-z/!?][^<>\n]*>")
# A letter or digit: what ``str.isalnum`` accepts (``\w`` but the underscore).
_ALNUM = re.compile(r"[^\W_]")
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
_OPEN_CONTEXT = frozenset("([{<>—–-/“‘«‹„‚「『\"'`:")
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
        speaker_label: for a transcript turn, the label naming its speaker
            (``TAPPER``, ``Q``, ``CRUZ (R-Texas)``; see :mod:`quoteattr.turns`).
    """

    span: Span
    open_mark: Span
    close_mark: Span | None
    paragraph: int
    inner: tuple[Span, ...] = ()
    continued: bool = False
    continuation: bool = False
    single: bool = False
    speaker_label: Span | None = None


def _has_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a letter or digit (``str.isalnum``)."""
    return _ALNUM.search(text, start, end) is not None


def _tag_ranges(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    if text.find("<", lo, hi) < 0:
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


_LINE_BREAKS = frozenset(LINE_BREAK_CHARS)


def _inside(text: str, start: int, end: int) -> Span:
    """The content between two marks; space holding a line break at either end
    (a mark alone at the end or start of a line) is left out. A line break is
    any character ``str.splitlines`` breaks at."""
    lo, hi = start, end
    while lo < hi and text[lo].isspace():
        lo += 1
    if _LINE_BREAKS.isdisjoint(text[start:lo]):
        lo = start
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if _LINE_BREAKS.isdisjoint(text[hi:end]):
        hi = end
    return span_unchecked(lo, hi)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


@attrs.define
class _Paragraph:
    """What pairing one paragraph found.

    Attributes:
        quotes: its top-level quotes, in text order.
        strays: how many closing marks closed nothing.
        single_tail: a single-quoted quote still open at the paragraph end
            (dropped as an apostrophe unless the next paragraph continues it).
        carried: the quote carried in from the previous paragraph closed here.
    """

    quotes: list[RawQuote]
    strays: int = 0
    single_tail: RawQuote | None = None
    carried: bool = False


def _paragraph_quotes(
    text: str, lo: int, hi: int, index: int, carry: str | None = None
) -> _Paragraph:
    """Quotes of the paragraph ``text[lo:hi]``, in text order.

    ``carry`` is the opening mark of a quote left open by the previous
    paragraph: the paragraph is paired as if it opened with that mark (an
    opening mark of no width at ``lo``), for a quote that closes only at the
    end of its last paragraph.
    """
    if carry is None and _MARK.search(text, lo, hi) is None:
        return _Paragraph([])  # no mark, no quote
    stack: list[_Open] = []
    found: list[RawQuote] = []
    tags = _tag_ranges(text, lo, hi)
    strays = 0
    virtual: _Open | None = None
    carried = False
    if carry is not None:
        virtual = _Open(carry, lo, 0, carry in _SINGLES)
        stack.append(virtual)

    def close(frame: _Open, close_span: Span) -> None:
        nonlocal carried
        if frame is virtual:
            carried = True
        quote = RawQuote(
            span=_inside(text, frame.start + frame.width, close_span.start),
            open_mark=span_unchecked(frame.start, frame.start + frame.width),
            close_mark=close_span,
            paragraph=index,
            inner=tuple(child.span for child in frame.children),
            single=frame.single,
            continuation=frame is virtual,
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
            if mark in ("’", "'") and right and not left and not after.isalnum():
                strays += 1
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
            else:
                strays += 1
            continue
        if mark in _EITHER and not left:
            strays += right
            continue  # a stray closing mark (6'2") or a mark inside a word (40"N)
        stack.append(_Open(mark, start, end - start, False))

    # Unclosed quotes at the paragraph end. Singles were apostrophes (unless
    # the next paragraph goes on with the quote); each double runs until the
    # next unclosed double opens, or to the paragraph end.
    single_tail = None
    if len(stack) == 1 and stack[0].single and stack[0] is not virtual:
        single_tail = _split_unclosed(text, stack[0], hi, index)[0]
        if not _has_word(text, single_tail.span.start, single_tail.span.end):
            single_tail = None
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
    quotes = [q for q in found if _has_word(text, q.span.start, q.span.end)]
    return _Paragraph(quotes, strays, single_tail, carried)


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


_OPENING_MARKS = "“\"‘'«„‹「『`”"
_SINGLE_OPENING = "‘'`‚"
# A quote that closes only at the end of its last paragraph is followed through
# at most this many paragraphs without quotation marks.
_MAX_CARRIED = 3


def find_quotes(text: str, paragraphs: tuple[Span, ...]) -> list[RawQuote]:
    """Every top-level quote of ``text``, in text order, paragraph by paragraph.

    A quote left open at the end of a paragraph goes on in the next one in
    either of the forms writers use for quotations of several paragraphs:
    every paragraph reopens the quote (``“A.¶“B,” she said.``), or the quote
    closes only at the end of its last paragraph (``“A.¶B,” she said.``; the
    paragraphs in between carry no marks). Each paragraph's part is its own
    quote: the open parts are ``continued`` and the later ones
    ``continuation``; a part with no opening mark has an opening-mark span of
    no width at its paragraph's start. Both forms work with single marks too.
    """
    out: list[RawQuote] = []
    # The quote left open by the previous paragraph: its opening mark, and the
    # parts of it (single-quoted tails are not in ``out`` yet; paragraphs
    # without marks it was carried through).
    open_mark: str | None = None
    tail: list[RawQuote] = []
    for index, paragraph in enumerate(paragraphs):
        lo, hi = paragraph.start, paragraph.end
        found = _paragraph_quotes(text, lo, hi, index)
        first = text[lo]
        if open_mark is not None and tail:
            single = open_mark in _SINGLES
            # Reopening continues a quote from the paragraph right before only.
            reopens = len(tail) == 1 and first in (_SINGLE_OPENING if single else _OPENING_MARKS)
            carried = None
            if first not in _OPENING_MARKS and (
                found.strays or (not found.quotes and len(tail) < _MAX_CARRIED)
            ):
                carried = _paragraph_quotes(text, lo, hi, index, open_mark)
            if (
                carried is not None
                and carried.carried
                and text[_trim_end(text, tail[-1].span.start, tail[-1].span.end) - 1] in ".?!…"
                and carried.quotes
                and carried.quotes[0].close_mark is not None
                and carried.quotes[0].close_mark.end == hi
                and signature_line(text, lo, hi)
            ):
                carried = None  # "“We will win.¶Jane Doe.”": a card's signature
            if reopens or (carried is not None and carried.carried):
                _extend_open(out, tail, len(out) - (not single))
                if reopens:
                    if found.quotes and found.quotes[0].open_mark.start == lo:
                        found.quotes[0] = attrs.evolve(found.quotes[0], continuation=True)
                    if found.single_tail is not None and found.single_tail.open_mark.start == lo:
                        found.single_tail = attrs.evolve(found.single_tail, continuation=True)
                else:
                    assert carried is not None
                    found = carried
                tail = []
            elif carried is not None and not found.quotes and not found.strays:
                # A paragraph with no marks: the quote may close further on.
                tail.append(
                    RawQuote(
                        Span(lo, hi), Span(lo, lo), None, index, continued=True, continuation=True
                    )
                )
                continue
            else:
                tail = []
        out.extend(found.quotes)
        open_mark, tail = None, []
        last = found.quotes[-1] if found.quotes else None
        if found.single_tail is not None:
            tail = [found.single_tail]
        elif last is not None and last.close_mark is None and last.span.end == hi:
            tail = [last]
        if tail:
            open_mark = text[tail[0].open_mark.start : tail[0].open_mark.end]
    return out


def _extend_open(out: list[RawQuote], tail: list[RawQuote], where: int) -> None:
    """Mark the open quote ``tail[0]`` continued, and put in its later parts.

    ``out[where]`` is the open quote itself when it is a double-quoted one
    already in ``out``; a single-quoted one (and every part after it) is
    added at the end, in place of the quotes nested in it.
    """
    first = tail[0]
    if out and where >= 0 and where < len(out) and out[where] is first:
        out[where] = attrs.evolve(first, continued=True)
    else:
        start = first.open_mark.start
        while out and out[-1].open_mark.start >= start:
            out.pop()
        out.append(attrs.evolve(first, continued=True))
    out.extend(tail[1:])
