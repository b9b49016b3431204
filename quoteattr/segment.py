"""Segmentation: line structure, paragraphs, sentences and tokens, all as spans of the input.

This module owns every split of the text, and it is the only module that imports
NLTK.

Paragraphs come from the line structure, decided once per document (see
:func:`detect_line_breaks`): in hard-wrapped text (plain-text wires, e-mails,
books as published online) a single line break is inside a paragraph and blank
lines separate paragraphs; elsewhere every line is a paragraph, unless the line
plainly goes on across the break (it ends with a comma, or inside a quotation
that one of the next lines closes, or the next line goes on in lower case). A paragraph
is a span of the untouched text, so it may hold line breaks; nothing is joined
or rewritten.

Sentences come from NLTK's Punkt algorithm (Kiss & Strunk 2006) with no
trained model: the parameters hold only the project's abbreviation list, so no
``nltk_data`` is needed. Punkt decides candidate boundaries at ``.?!``; two
corrections follow, both on spans, never on rewritten text:

* closing quotation marks and brackets right after a sentence end belong to
  that sentence (``He said “no.”`` ends after the ``”``);
* a "sentence" that starts in lower case continues the previous one
  (``“Stop!” she said.`` is one sentence).
"""

from __future__ import annotations

import enum
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import attrs
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from quoteattr.model import Span, span_unchecked

__all__ = [
    "LineBreaks",
    "Segmentation",
    "SentenceSplitter",
    "detect_line_breaks",
    "paragraph_spans",
    "segment",
    "signature_line",
    "token_spans",
]

_TOKEN = re.compile(r"\w+(?:[’'.\-]\w+)*|[^\w\s]")
_SENTENCE_END = re.compile(r"[.?!]")
_CONTINUERS = frozenset(",;:)]")
_CLOSERS = frozenset("”’\"'»›」』)]}")
# What may follow a paragraph's last sentence end: more ends, closing marks, space.
_TRAILING = ".?!… \t" + "".join(sorted(_CLOSERS))

# The characters str.splitlines() breaks a line at (used by quotes.py and brat.py).
LINE_BREAK_CHARS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# A line: a run of characters that are not line breaks. Between two runs, CRLF
# counts as one break; the "hard" breaks (paragraph separator, form feed,
# information separators) end a paragraph as a blank line does.
_RUN = re.compile(f"[^{LINE_BREAK_CHARS}]+")
_HARD = re.compile("[\x0c\x1c\x1d\x1e\u2029]")
# Hard-wrapped text is told by its interior line breaks (between two non-blank
# lines): with fewer than this many, the text is read line by line.
_MIN_WRAPS = 3
# Of the interior breaks, at least this share must be where a greedy wrap at
# the text's width would break (the next word would not have fitted).
_WRAP_SHARE = 0.8
# Plausible wrap widths, in characters.
_MIN_WIDTH, _MAX_WIDTH = 20, 250
# Marks that open or close a quotation, for the line-by-line reading (the
# straight marks and ’ are read from their flanks).
_OPEN_MARKS = frozenset("“„«‘")
_CLOSE_MARKS = frozenset("”»")
_DOUBLE_CLOSE = frozenset("”»")
# A line ending like this goes on in the next line: a comma, possibly inside
# closing marks (``…an opportunity,”``).
_GOES_ON = re.compile(r",[”’\"')\]»]*\Z")
# A line that opens a transcript turn (``TAPPER:``, ``Q:``, ``>> TAPPER:``) starts a
# paragraph in any reading (see quoteattr.turns, which decides whether it is one).
_TURN_LINE = re.compile(
    r"(?:>>[ \t]*)?(?:[QA]|[A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]*){0,3})"
    r"(?:[ \t]*\([^()\n]{1,40}\))?:(?=\s)"
)
# Sentence ends and closing marks that may end a paragraph of wrapped text
# whose paragraphs are not separated by blank lines.
_PARAGRAPH_END = frozenset(".?!:…”’\"')]»")


class LineBreaks(enum.Enum):
    """How the line breaks of a text are read.

    Attributes:
        AUTO: decided per document by :func:`~quoteattr.segment.detect_line_breaks`
            (the default).
        PARAGRAPH: a line break ends a paragraph, unless the line plainly goes
            on across it: it ends with a comma, or inside a quotation that one
            of the next three lines closes without reopening it (the lines
            before it holding no quotation marks), or the next line goes on in
            lower case after a word. Web articles, and text with one paragraph
            per line whatever the line ends (``\\n``, ``\\r\\n``, ``\\r``).
        WRAPPED: hard-wrapped text: a line break is inside a paragraph, and
            paragraphs are separated by blank lines (or, where the text has no
            blank lines, by indentation or a short line ending a sentence).
    """

    AUTO = "auto"
    PARAGRAPH = "paragraph"
    WRAPPED = "wrapped"


class _Line(NamedTuple):
    """One non-blank line: its content (surrounding space excluded) and layout."""

    start: int  # content start
    end: int  # content end
    indent: int  # characters between the line start and the content
    gap: bool  # a blank line, a hard break or the text start comes before it

    @property
    def width(self) -> int:
        return self.indent + self.end - self.start


def _lines(text: str) -> list[_Line]:
    """The non-blank lines of ``text``, in order."""
    out: list[_Line] = []
    gap = True
    previous_end = 0
    for match in _RUN.finditer(text):
        line_start, end = match.span()
        if line_start > previous_end:
            between = text[previous_end:line_start]
            # More than one break (CRLF counts once) or a hard break: a blank line.
            if (len(between) > 1 and between != "\r\n") or _HARD.search(between):
                gap = True
        previous_end = end
        start = line_start
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(_Line(start, end, start - line_start, gap))
            gap = False
        else:
            gap = True
    return out


def _first_word(text: str, line: _Line) -> int:
    """The length of the first word of ``line`` (up to the first space)."""
    end = line.start
    while end < line.end and not text[end].isspace():
        end += 1
    return end - line.start


def _wrapped(text: str, lines: list[_Line]) -> bool:
    """Whether the interior line breaks of ``lines`` are those of a hard wrap.

    A text wrapped at some width breaks a line where the next word would not
    have fitted. The width is estimated as the 90th percentile of the lengths
    of lines followed by an interior break (a few over-long lines, such as
    addresses, do not count), and the text is wrapped when most interior
    breaks fall where that width would put them. Lines that are paragraphs
    vary in length far more, and most of them would have had room.
    """
    widths: list[int] = []
    following: list[int] = []
    for previous, line in itertools.pairwise(lines):
        if not line.gap:
            widths.append(previous.width)
            following.append(_first_word(text, line))
    count = len(widths)
    if count < _MIN_WRAPS:
        return False
    width = sorted(widths)[min(count - 1, int(count * 0.9))]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return False
    full = sum(1 for w, word in zip(widths, following, strict=True) if w + 1 + word > width)
    return full >= _WRAP_SHARE * count


def detect_line_breaks(text: str) -> LineBreaks:
    """How the line breaks of ``text`` are to be read: PARAGRAPH or WRAPPED.

    The text is hard-wrapped when it has at least three line breaks between
    non-blank lines and most of them fall where a wrap at one width would
    break a line: the next word would not have fitted on the line (see
    :class:`LineBreaks`).

    Args:
        text: the whole document.

    Raises:
        TypeError: when ``text`` is not a ``str``.

    Example:
        >>> detect_line_breaks("One paragraph.\\nAnother one, on its own line.")
        <LineBreaks.PARAGRAPH: 'paragraph'>
        >>> wrapped = (
        ...     "Hard-wrapped text breaks its lines at a fixed\\n"
        ...     "width, wherever the next word would not fit,\\n"
        ...     "and separates its paragraphs with blank lines,\\n"
        ...     "as plain-text wires and e-mails do.\\n\\nA new one."
        ... )
        >>> detect_line_breaks(wrapped)
        <LineBreaks.WRAPPED: 'wrapped'>
    """
    if not isinstance(text, str):
        raise TypeError(f"detect_line_breaks() expects text as str, got {type(text).__name__}")
    return LineBreaks.WRAPPED if _wrapped(text, _lines(text)) else LineBreaks.PARAGRAPH


_QUOTE_MARK = re.compile("[“„«‘”»\"'’]")


def _last_mark(text: str, line: _Line) -> str | None:
    """The quotation state a line leaves: the family (``"d"`` double, ``"s"``
    single) of a quote its last mark opens, ``""`` when its last mark closes,
    None when it has no quotation mark. Apostrophes inside words do not count."""
    state = None
    for match in _QUOTE_MARK.finditer(text, line.start, line.end):
        i = match.start()
        ch = text[i]
        before = text[i - 1] if i > line.start else " "
        after = text[i + 1] if i + 1 < line.end else " "
        if ch in _OPEN_MARKS:
            state = "s" if ch == "‘" else "d"
        elif ch in _CLOSE_MARKS:
            state = ""
        elif before.isalnum() and after.isalnum():
            continue  # an apostrophe: don't, O’Brien
        elif ch != "’" and before.isspace() and not after.isspace():
            state = "d" if ch == '"' else "s"
        elif not before.isspace() and not after.isalnum():
            state = ""
    return state


def _closes_first(text: str, line: _Line, family: str) -> bool:
    """True when the first quotation mark of ``line`` closes a quote of
    ``family`` (and the line does not open with a mark)."""
    if text[line.start] in _OPEN_MARKS or text[line.start] in "\"'":
        return False
    for match in _QUOTE_MARK.finditer(text, line.start, line.end):
        i = match.start()
        ch = text[i]
        if ch in _OPEN_MARKS:
            return False
        before = text[i - 1]
        after = text[i + 1] if i + 1 < line.end else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe
        if before.isspace() or after.isalnum():
            return False  # a mark that opens
        return (ch in "'’") == (family == "s")
    return False


# A quote left open at a line end is followed through at most this many lines
# for its closing mark.
_QUOTE_LINES = 3


def _goes_on(text: str, lines: list[_Line], k: int, open_quote: str | None) -> bool:
    """Whether the single line break before ``lines[k]`` is inside a paragraph
    of text read line by line; ``open_quote`` is the family of a quote the
    paragraph so far leaves open (see :func:`_last_mark`)."""
    previous, line = lines[k - 1], lines[k]
    last = text[previous.end - 1]
    if _GOES_ON.search(text, max(previous.start, previous.end - 4), previous.end):
        return True
    if text[line.start].islower() and (last.isalnum() or last in "-–—"):
        return True
    if not open_quote:
        return False
    # The quote goes on when a line close by closes it without reopening it,
    # the lines before that one holding no quotation marks.
    for j in range(k, min(len(lines), k + _QUOTE_LINES)):
        if j > k and lines[j].gap:
            return False
        if _closes_first(text, lines[j], open_quote):
            return not _signature(text, lines[j - 1], lines[j])
        if text[lines[j].start] in _OPEN_MARKS or _last_mark(text, lines[j]) is not None:
            return False
    return False


_WORD = re.compile(r"[^\W\d_][\w.’'-]*")


def _signature(text: str, previous: _Line, line: _Line) -> bool:
    """True when ``line`` is the signature of a quotation card after a
    sentence of ``previous`` (see :func:`signature_line`)."""
    return text[previous.end - 1] in ".?!…" and signature_line(text, line.start, line.end)


def signature_line(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is the signature line of a quotation card:
    a name, perhaps with an apposition, that the card's closing mark follows.

    ``"We will win.\\nSen. Jane Doe, Democrat of Ohio."``: the quotation ends
    with its sentence, and the name line is not part of it.

    Example:
        >>> signature_line("Sen. Jane Doe, Democrat of Ohio.”", 0, 33)
        True
        >>> signature_line("It is my favorite.”", 0, 19)
        False
    """
    if end <= start or text[end - 1] not in _DOUBLE_CLOSE | {'"'}:
        return False
    comma = text.find(",", start, end)
    head = _WORD.findall(text, start, comma if comma >= 0 else end)
    lower = sum(1 for word in head if word[0].islower())
    return 2 <= len(head) <= 8 and head[-1][0].isupper() and lower <= 2


def _short(text: str, previous: _Line, line: _Line, width: int) -> bool:
    """``previous`` ends a sentence and the first word of ``line`` would have fitted on it."""
    return (
        text[previous.end - 1] in _PARAGRAPH_END
        and previous.width + 1 + _first_word(text, line) <= width
    )


def paragraph_spans(text: str, line_breaks: LineBreaks = LineBreaks.AUTO) -> tuple[Span, ...]:
    """Paragraph spans of ``text``, surrounding whitespace excluded.

    Every line-break convention counts (``\\n``, ``\\r\\n``, lone ``\\r``,
    Unicode line and paragraph separators). How a line break is read depends
    on ``line_breaks`` (see :class:`LineBreaks`); with ``AUTO`` the text's
    own layout decides. A paragraph of hard-wrapped text holds its line
    breaks: it runs from its first line's start to its last line's end.

    Example:
        >>> paragraph_spans("One.\\r\\n\\n  Two. ")
        (Span(start=0, end=4), Span(start=9, end=13))
        >>> text = "“We regret it,”\\nspokeswoman Heather Nauert said.\\nShe left."
        >>> [span.slice(text) for span in paragraph_spans(text)]
        ['“We regret it,”\\nspokeswoman Heather Nauert said.', 'She left.']
    """
    lines = _lines(text)
    if not lines:
        return ()
    if all(line.gap for line in lines):
        # Blank lines between all lines: every reading gives the same paragraphs.
        return tuple(span_unchecked(line.start, line.end) for line in lines)
    if line_breaks is LineBreaks.AUTO:
        line_breaks = LineBreaks.WRAPPED if _wrapped(text, lines) else LineBreaks.PARAGRAPH
    wrapped = line_breaks is LineBreaks.WRAPPED
    # Wrapped text without blank lines: paragraphs are told by indentation and
    # by a short line that ends a sentence.
    unseparated = wrapped and not any(line.gap for line in lines[1:])
    width = max(line.width for line in lines) if unseparated else 0
    out: list[Span] = []
    start = lines[0].start
    open_quote: str | None = None  # the quotation state of the paragraph so far
    for k in range(1, len(lines)):
        previous, line = lines[k - 1], lines[k]
        if not wrapped and not line.gap:
            state = _last_mark(text, previous)
            if state is not None:
                open_quote = state
        if line.gap or _TURN_LINE.match(text, line.start, line.end):
            new = True
        elif wrapped:
            new = unseparated and (
                line.indent > previous.indent or _short(text, previous, line, width)
            )
        else:
            new = not _goes_on(text, lines, k, open_quote)
        if new:
            out.append(span_unchecked(start, previous.end))
            start = line.start
            open_quote = None
    out.append(span_unchecked(start, lines[-1].end))
    return tuple(out)


def token_spans(text: str, span: Span | None = None) -> tuple[Span, ...]:
    """Word and punctuation token spans of ``text`` (or of ``span`` within it).

    Words keep internal apostrophes, hyphens and periods (``don’t``, ``U.S``,
    ``Shannon-Ryabkov``); every other non-space character is a token.

    Example:
        >>> text = "Nauert didn’t say."
        >>> [text[t.start:t.end] for t in token_spans(text)]
        ['Nauert', 'didn’t', 'say', '.']
    """
    lo, hi = (0, len(text)) if span is None else (span.start, span.end)
    return tuple(Span(m.start(), m.end()) for m in _TOKEN.finditer(text, lo, hi))


class _NewsLanguageVars(PunktLanguageVars):  # type: ignore[misc]
    """Punkt language variables that see curly quotes and guillemets as punctuation.

    A period directly followed by ``”`` must still be a candidate boundary; older
    NLTK releases only knew the ASCII quotes here.
    """

    _re_non_word_chars = r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb?!])"

    def word_tokenize(self, s: str) -> list[str]:
        """Punkt's word tokens of ``s``, its own pattern run on the standard
        ``re`` engine: NLTK runs it on ``regex`` under a timeout, several times
        slower. The two engines read ``\\s`` alike but for the information
        separators U+001C-U+001F, which only ``re`` counts as space: a string
        holding one is tokenized by NLTK's own engine."""
        if _SEPARATORS.search(s) is not None:
            return super().word_tokenize(s)  # type: ignore[no-any-return]
        return _standard_pattern(self._word_tokenizer_re().pattern).findall(s)


# What ``re`` reads as white space and ``regex`` does not.
_SEPARATORS = re.compile("[\x1c-\x1f]")


@functools.cache
def _standard_pattern(pattern: str) -> re.Pattern[str]:
    """NLTK's word pattern compiled by ``re`` (one per language variables class)."""
    return re.compile(pattern, re.UNICODE | re.VERBOSE)


# Punkt's candidate sentence end: an end mark followed by punctuation, or by
# whitespace and the next token (NLTK's period context, compiled with ``re``).
_CANDIDATE = re.compile(
    r"[.?!](?=(?P<after_tok>" + _NewsLanguageVars._re_non_word_chars + r"|\s+(?P<next_tok>\S+)))"
)
# Whitespace as Punkt's word-before search knows it (``string.whitespace``).
_ASCII_SPACE = " \t\n\r\x0b\x0c"
_OTHER_ASCII_SPACE = re.compile("[\t\n\r\x0b\x0c]")

# Candidate ends in their commonest shapes, which Punkt with no trained
# parameters beyond abbreviations decides from the word alone: after a word
# (``said.”``, ``U.S. is``, ``al-Assad. The``) a break unless the word is an
# abbreviation; after ``?`` or ``!`` always; after an initial (``W. Bush``)
# never; after a number, when the next word is capitalized.
_CLOSING_RUN = r"(?:\s+\S+|[”’\"')\]»])"
_PLAIN_END = re.compile(
    r"(?P<word>[A-Za-z]{2,}|(?:[A-Za-z]\.)+[A-Za-z]|[A-Za-z]+(?:-[A-Za-z]+)+)\."
    + _CLOSING_RUN
    + r"|[A-Za-z]+[?!]+"
    + _CLOSING_RUN
    + r"|(?P<initial>[A-Za-z])\.\s+[A-Za-z]\S*"
    + r"|\d+\.\s+(?P<after_number>[A-Za-z])\S*"
)


class _NewsPunkt(PunktSentenceTokenizer):  # type: ignore[misc]
    """Punkt that asks, at each candidate end, about that candidate only.

    NLTK's Punkt decides a candidate from a context of the word before it, the
    end marks and the next token, and breaks if *any* token of that context but
    the last is a sentence end. When the next token itself ends in a period
    (``Mr. Gingrich.)``, ``Sen. Cruz.”``), the abbreviation's period is taken for
    a break. Here only the tokens up to the candidate's end marks count; the
    next token still informs Punkt's orthographic heuristic.

    The commonest contexts (``said. The``, ``now?”``, ``W. Bush``) are decided
    without tokenizing (see ``_PLAIN_END``); ``tests/test_segment.py`` checks
    that both paths agree.
    """

    def __init__(self, params: PunktParameters, lang_vars: PunktLanguageVars) -> None:
        super().__init__(params, lang_vars=lang_vars)
        self._decided: dict[tuple[str, int], bool] = {}

    def _slices_from_text(self, text: str) -> Iterator[slice]:
        last_break = 0
        for match, context in _candidates(text):
            after = len(match.group("after_tok"))
            if (
                self._ends_sentence(context, after)
                and not _number_sign(context, after)
                and not _personal_initials(text, match.start(), context)
            ):
                yield slice(last_break, match.end())
                next_token = match.group("next_tok")
                last_break = match.start("next_tok") if next_token else match.end()
        yield slice(last_break, len(text.rstrip()))

    def _ends_sentence(self, context: str, after: int) -> bool:
        """Whether the candidate in ``context`` ends a sentence.

        ``context`` is the word before the candidate, its end marks and, in its
        last ``after`` characters, what follows them.
        """
        plain = _PLAIN_END.fullmatch(context)
        if plain is None:
            return self._punkt_ends_sentence(context, after)
        word = plain["word"]
        if word is not None:
            word = word.lower()
            abbreviations = self._params.abbrev_types
            return word not in abbreviations and word.rpartition("-")[2] not in abbreviations
        if plain["initial"] is not None:
            return False
        if plain["after_number"] is not None:
            return bool(plain["after_number"].isupper())
        return True

    def _punkt_ends_sentence(self, context: str, after: int) -> bool:
        """Punkt's own decision, on the tokens up to the candidate's end marks.

        The decision depends on the context alone (the parameters are fixed),
        so it is kept for contexts that come back (``(R-Fla.)``, ``. . .``), up
        to ``_DECIDED`` of them at once."""
        decided = self._decided
        found = decided.get((context, after))
        if found is None:
            # Punkt's tokens of the head, counted without making them: one per
            # word of each line that is not blank (``_tokenize_words``).
            word_tokenize = self._lang_vars.word_tokenize
            head = sum(
                len(word_tokenize(line))
                for line in context[: len(context) - after].split("\n")
                if line.strip()
            )
            tokens = list(self._annotate_tokens(self._tokenize_words(context)))
            found = len(tokens) > head and any(token.sentbreak for token in tokens[:head])
            if len(decided) >= _DECIDED:
                decided.clear()
            decided[(context, after)] = found
        return found


def _number_sign(context: str, after: int) -> bool:
    """Whether the candidate end in ``context`` is the period of ``No.`` before a
    number (``the No. 2 Republican``): a number sign, not the word *no*."""
    return context.startswith("No.") and context[len(context) - after :].lstrip()[:1].isdigit()


# Initials of a given name written together ("J.K.", "H.W.").
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}\s+[A-Z]")
# The word before a period's initials when they end a place or a time ("in the
# U.S.", "to L.A.", "at 10 P.M."), not a given name.
_BEFORE_PLACE_INITIALS = re.compile(
    r"(?:\A|\s)(?:the|a|an|in|of|to|from|at|across|for|with|by|into|on|over|and|or|\d+)\s+\Z",
    re.IGNORECASE,
)
# What can come before a given name's initials: a capitalized word ("George
# H.W. Bush"), a lower-case one ("said J.K. Osei-Bonsu"), a closing quotation
# mark ("“...,” J.K. Osei-Bonsu said") or a sentence's end ("... on Monday.
# J.K. Rowling wrote").
_BEFORE_INITIALS = re.compile(r"[\w’'”\".?!-]\s+\Z")
# A comma after a lower-case word ("In a statement, A.B. Smith said"): the end
# of an introductory phrase, not a place before its state ("Columbia, S.C.").
_LOWER_COMMA = re.compile(r"(?:\A|\s)[a-z][\w’'-]*,\s+\Z")


def _personal_initials(text: str, end: int, context: str) -> bool:
    """Whether the candidate end at ``end`` is the last period of a person's
    initials written together before a capitalized surname (``said J.K.
    Osei-Bonsu``, ``George H.W. Bush``): part of a name, not a sentence end.
    Initials after a determiner or a preposition (``in the U.S.``), after a
    comma that follows a capitalized word (``Columbia, S.C.``) are left to
    Punkt; after a comma that closes a lower-case word (``In a statement,
    A.B. Smith``) they open a name."""
    if _INITIALS.match(context) is None:
        return False
    begin = end
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    lo = max(0, begin - 40)
    return (
        begin == 0
        or (
            _BEFORE_INITIALS.search(text, lo, begin) is not None
            and _BEFORE_PLACE_INITIALS.search(text, lo, begin) is None
        )
        or _LOWER_COMMA.search(text, lo, begin) is not None
    )


#: The most Punkt decisions a splitter keeps (see ``_NewsPunkt._punkt_ends_sentence``).
_DECIDED = 4096


def _candidates(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Punkt's candidate ends in ``text``, each with its context.

    The context is the word before the end marks (back to the last ASCII
    whitespace, or to the previous candidate's word), the marks, and what
    follows them. Of a run of marks (``!!!``) only the last is a candidate.
    This is NLTK's ``_match_potential_end_contexts``, on the standard ``re``
    engine: NLTK 3.10 runs its patterns on ``regex`` under a timeout, which is
    slower, and a timeout would surface as an exception.
    """
    previous: re.Match[str] | None = None
    word_start = word_end = 0
    for match in _CANDIDATE.finditer(text, 0):
        start = match.start()
        # The last ASCII whitespace before the marks: the last space, unless
        # another kind of whitespace comes after it.
        space = text.rfind(" ", word_end, start)
        after = max(space + 1, word_end)
        if _OTHER_ASCII_SPACE.search(text, after, start) is not None:
            space = max(text.rfind(c, after, start) for c in _ASCII_SPACE)
        # Punkt's quirk, kept: a space right at the previous word's end counts as none.
        begin = space + 1 if space > word_end else word_start
        if previous is not None and word_end <= begin:
            yield previous, text[word_start:word_end] + previous.group() + previous["after_tok"]
        previous, word_start, word_end = match, begin, start
    if previous is not None:
        yield previous, text[word_start:word_end] + previous.group() + previous["after_tok"]


class SentenceSplitter:
    """Punkt sentence splitting with a fixed abbreviation list, on spans.

    Args:
        abbreviations: lowercased abbreviations without their final period
            (``"sen"``, ``"u.s"``, ``"lt"``).
    """

    def __init__(self, abbreviations: Iterable[str]) -> None:
        params = PunktParameters()
        params.abbrev_types = {a.lower().rstrip(".") for a in abbreviations}
        self._punkt = _NewsPunkt(params, lang_vars=_NewsLanguageVars())

    def __getstate__(self) -> dict[str, object]:
        return {"abbreviations": sorted(self._punkt._params.abbrev_types)}

    def __setstate__(self, state: dict[str, object]) -> None:
        abbreviations = state["abbreviations"]
        assert isinstance(abbreviations, list)
        self.__init__(abbreviations)  # type: ignore[misc]

    def split(self, text: str, paragraph: Span) -> list[Span]:
        """Sentence spans inside one paragraph span of ``text``."""
        chunk = text[paragraph.start : paragraph.end]
        base = paragraph.start
        if _SENTENCE_END.search(chunk.rstrip(_TRAILING)) is None:
            # Punkt breaks only at .?! : with none before the paragraph's end,
            # the paragraph is one sentence (and Punkt need not run).
            return [paragraph]
        raw: list[tuple[int, int]] = []
        # Punkt's spans without realigned boundaries (``span_tokenize(chunk,
        # realign_boundaries=False)``), read from the slices directly.
        for piece in self._punkt._slices_from_text(chunk):
            start, end = piece.start, piece.stop
            if start >= end:
                continue
            if raw:
                # Closing marks that Punkt left at the start of this sentence
                # belong to the previous one.
                run = start
                while run < end and chunk[run] in _CLOSERS:
                    run += 1
                if run == end or chunk[run].isspace():
                    start = run  # a closing run, not the opening mark of the next sentence
                prev_start, _ = raw[-1]
                raw[-1] = (prev_start, start)
                while start < end and chunk[start].isspace():
                    start += 1
                if start >= end:
                    continue
                if chunk[start].islower() or chunk[start] in _CONTINUERS:
                    # "(D-Ill.), noting ...": a break before lower case or before
                    # a comma or closing bracket is an abbreviation's period.
                    raw[-1] = (prev_start, end)
                    continue
            raw.append((start, end))
        out = []
        for start, end in raw:
            while end > start and chunk[end - 1].isspace():
                end -= 1
            out.append(span_unchecked(base + start, base + end))
        return out


@attrs.frozen
class Segmentation:
    """Paragraphs and sentences of one text.

    Attributes:
        paragraphs: paragraph spans (see :func:`paragraph_spans`).
        sentences: sentence spans, in text order, never crossing a paragraph.
        sentence_paragraph: for each sentence, the index of its paragraph.
    """

    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    sentence_paragraph: tuple[int, ...]


def segment(
    text: str, splitter: SentenceSplitter, line_breaks: LineBreaks = LineBreaks.AUTO
) -> Segmentation:
    """Split ``text`` into paragraphs and sentences."""
    paragraphs = paragraph_spans(text, line_breaks)
    sentences: list[Span] = []
    owner: list[int] = []
    for index, paragraph in enumerate(paragraphs):
        for sentence in splitter.split(text, paragraph):
            sentences.append(sentence)
            owner.append(index)
    return Segmentation(paragraphs, tuple(sentences), tuple(owner))
