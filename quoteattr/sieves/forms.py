"""Rules for quotes whose speaker is given by the text's layout, not by a
reporting verb: transcripts and interviews, signatures after a dash, panels
of named people, and statements announced before they are quoted.

In the default order:

1. :func:`transcript_turn` decides first, before every rule that reads a
   sentence: ``TAPPER: Do you think ...``, ``A: It is in our interests.``: a
   transcript turn (see :mod:`quoteattr.turns`) is the words of its labelled
   speaker;
2. :func:`name_colon_panel`, before the colon rules: ``Maria Lopez, Tucson
   Unified School District: “...”``: the name that opens the paragraph, not
   its affiliation;
3. :func:`dash_signature`, after the attribution next to the quote:
   ``“...” ― Maria Delgado, Tucson``, ``“...” — Sherrod Brown
   (@SenSherrodBrown) March 3, 2017``, ``“...”–@realDonaldTrump``: a name or
   handle after a dash or horizontal bar signs the quote;
4. :func:`inner_signature`, right after it: ``"...\\nDean Baker, Center for
   Economic and Policy Research."``: a name on the last line inside the marks
   signs a block quote;
5. :func:`inner_label`, right after it: ``"Chris Matthews: Seriously, ..."``:
   a quote that opens with a name and a colon is that name's;
6. :func:`statement_block`, before the speaker of the sentence before:
   ``The company released a statement. “We are cooperating ...”``: the
   subject of a sentence that announces a statement.
"""

from __future__ import annotations

import collections
import re

from quoteattr.mentions import (
    MentionKind,
    Token,
    chunk_left,
    chunk_right,
    first_token_start,
    named_chunks,
    span_of,
)
from quoteattr.model import QuoteKind, Span, span_unchecked
from quoteattr.sieves.context import Context, Decision, Sieve
from quoteattr.sieves.grammar import not_a_speaker
from quoteattr.turns import QUESTION_LABELS, label_name

__all__ = [
    "RULES",
    "dash_signature",
    "inner_label",
    "inner_signature",
    "name_colon_panel",
    "statement_block",
    "transcript_turn",
]

_ANSWER = frozenset({"a", "answer"})


def transcript_turn(context: Context, index: int) -> Decision | None:
    """``WALLACE: Let's start ...``: the label of a transcript turn names its speaker.

    The mention is the name in the label (``WALLACE``, ``Mr. TRUMP``, ``CRUZ``
    of ``CRUZ (R-Texas)``), resolved like any name (to ``Chris Wallace`` when
    the text names him), and the cue is the colon. An answer (``A:``) is the
    words of the person the interview is with: the person the text names most
    often before the first turn (the first of them on a tie). Its mention is
    the label ``A`` itself, resolved as their last mention there. A question
    (``Q:``, ``Interviewer:``, ``UNIDENTIFIED MALE:``: see
    :data:`quoteattr.turns.QUESTION_LABELS`) has no speaker the text names:
    the rule decides that no speaker is found, so that no later rule gives
    the turn to someone else.

    Example:
        >>> import quoteattr
        >>> text = "Chris Wallace asked.\\n\\nWALLACE: Will you run?\\n\\nPENCE: No."
        >>> [q.speaker.name for q in quoteattr.attribute(text).quotes]
        ['Chris Wallace', 'PENCE']
    """
    quote = context.quotes[index]
    label = quote.speaker_label
    if label is None:
        return None
    text = context.text
    name = label_name(text, label)
    after = label.end
    while after < quote.span.start and text[after] in " \t":
        after += 1
    cue = span_unchecked(after, after + 1) if after < len(text) and text[after] in ":." else None
    word = " ".join(text[name.start : name.end].lower().split())
    if not word or word in QUESTION_LABELS:
        return Decision("transcript_turn", cue=cue)
    if word in _ANSWER:
        interviewee = _interviewee(context, index)
        if interviewee is None:
            return Decision("transcript_turn", cue=cue)
        return Decision("transcript_turn", name, cue, referent=interviewee)
    return Decision("transcript_turn", name, cue)


def _interviewee(context: Context, index: int) -> Span | None:
    """The person an interview is with, named before its first turn."""
    for earlier in range(index - 1, -1, -1):
        decision = context.decisions[earlier]
        label = context.quotes[earlier].speaker_label
        if (
            decision is not None
            and decision.rule == "transcript_turn"
            and label is not None
            and context.text[label.start : label.end].lower() in _ANSWER
        ):
            return decision.resolved  # the same person as the answer before
    first = index
    while first > 0 and context.quotes[first - 1].speaker_label is not None:
        first -= 1
    start = context.quotes[first].open_mark.start
    counts: collections.Counter[str] = collections.Counter()
    last: dict[str, Span] = {}
    order: list[str] = []
    for gap, (lo, _) in enumerate(context.gaps):
        if lo >= start:
            break
        table = context.gap_table(gap)
        for begin, finish, kind in named_chunks(context.vocab, table):
            if kind not in ("person", "full name?") or table.ends[finish - 1] > start:
                continue
            surname = table.lowers[finish - 1]
            if surname not in counts:
                order.append(surname)
            counts[surname] += 1
            last[surname] = table.span(begin, finish)
    if not counts:
        return None
    best = max(order, key=lambda surname: (counts[surname], -order.index(surname)))
    return last[best]


_SIGNATURE_DASHES = frozenset({"-", "--", "—", "–", "―", "‒"})
_HANDLE = re.compile(r"@[A-Za-z0-9_]{1,30}")
# What may follow the name in a signature: an apposition after a comma, a
# handle in parentheses, a date, a closing period.
_SIGNATURE_TAIL = 16


def dash_signature(context: Context, index: int) -> Decision | None:
    """``“He never answered a question.” ― Maria Delgado, Tucson``: a name after
    a dash or a horizontal bar that ends the paragraph signs the quote before it.

    The signature is on the quote's line or on a line of its own after it. It
    is a name (``Franklin D. Roosevelt, first inaugural address``), perhaps
    with a social-media handle and a date (``Sherrod Brown (@SenSherrodBrown)
    March 3, 2017``), or a handle alone (``”–@realDonaldTrump``). A dash in
    the middle of a sentence is not a signature: the quote must be a sentence
    of its own (or follow a colon), and the name must be all that follows, up
    to an apposition, a handle or a date.

    Example:
        >>> import quoteattr
        >>> doc = quoteattr.attribute("“He never answered a question.” ― Maria Delgado, Tucson")
        >>> doc.quotes[0].speaker.name, doc.quotes[0].rule
        ('Maria Delgado', 'dash_signature')
    """
    if context.kinds[index] is not QuoteKind.DIRECT:
        return None
    before = context.tokens(*context.before_region(index))
    if before and before[-1].text != ":":
        return None  # a quote inside the writer's sentence: a dash then is the writer's byline
    quote = context.quotes[index]
    text = context.text
    paragraphs = context.segmentation.paragraphs
    paragraph = paragraphs[quote.paragraph]
    end = context.outer_end(index)
    after = end
    while after < paragraph.end and text[after].isspace():
        after += 1
    if after < paragraph.end:
        lo, hi = after, paragraph.end
    elif quote.paragraph + 1 < len(paragraphs):
        # The signature on a line of its own: "“...”\n― Maria Delgado"
        line = paragraphs[quote.paragraph + 1]
        if index + 1 < len(context.quotes) and context.quotes[index + 1].open_mark.start < line.end:
            return None
        lo, hi = line.start, line.end
    else:
        return None
    if index + 1 < len(context.quotes) and context.quotes[index + 1].open_mark.start < hi:
        return None  # another quote follows on the line: not a signature
    first = first_token_start(text, lo, min(hi, lo + 300))
    if first < 0 or text[first] not in _SIGNATURE_DASHES:
        return None  # no dash first (a dash is always a token of its own)
    tokens = context.tokens(lo, min(hi, lo + 300))
    start = 0
    while start < len(tokens) and tokens[start].text in _SIGNATURE_DASHES:
        start += 1
    if start == 0 or start > 2 or start >= len(tokens):
        return None
    if tokens[start].text == "@":
        handle = _HANDLE.match(text, tokens[start].start)
        if handle is None:
            return None
        mention = span_unchecked(handle.start(), handle.end())
        rest = [t for t in tokens[start:] if t.start >= handle.end()]
    else:
        chunk = chunk_right(context.vocab, tokens, start)
        if chunk is None:
            return None
        words = tokens[chunk[0] : chunk[1]]
        phrase = text[words[0].start : words[-1].end]
        if context.vocab.kind_of(phrase, words) is not MentionKind.NAME:
            return None
        mention = span_of(tokens, chunk)
        rest = tokens[chunk[1] :]
    if not _signature_tail(rest):
        return None
    return Decision("dash_signature", mention)


# The longest signature line inside a quote, in characters.
_INNER_SIGNATURE_CHARS = 160


def inner_signature(context: Context, index: int) -> Decision | None:
    """``"I worry that we may see ... tax cuts.\\nDean Baker, Center for Economic
    and Policy Research."``: a block quote whose last line, after sentences of
    its own, is a name (with an apposition, an affiliation after a comma)
    signs it, inside the marks.

    Example:
        >>> import quoteattr
        >>> doc = quoteattr.attribute(
        ...     "“Rates will stay low for years.\\nMaria Delgado, Urban Policy Lab.”"
        ... )
        >>> doc.quotes[0].speaker.name, doc.quotes[0].rule
        ('Maria Delgado', 'inner_signature')
    """
    if context.kinds[index] is not QuoteKind.DIRECT:
        return None
    quote = context.quotes[index]
    text = context.text
    start, end = quote.span.start, quote.span.end
    if quote.close_mark is None and text.startswith("\n", end):
        # Cut at the line break: the closing mark ends the next line.
        line = end
        stop = text.find("\n", end + 1)
        stop = len(text) if stop < 0 else stop
        closed = text[end + 1 : stop].rstrip()
        if not closed or closed[-1] not in '"”':
            return None
        end = end + len(closed)
    else:
        line = text.rfind("\n", start, end)
    if line < 0 or end - line > _INNER_SIGNATURE_CHARS:
        return None
    said = text[start:line].rstrip()
    if not said or said[-1] not in ".?!":
        return None  # the words before the line end a sentence
    tokens = context.tokens(line + 1, end)
    if not tokens:
        return None
    chunk = chunk_right(context.vocab, tokens, 0)
    if chunk is None or chunk[0] != 0:
        return None
    words = tokens[chunk[0] : chunk[1]]
    phrase = text[words[0].start : words[-1].end]
    if context.vocab.kind_of(phrase, words) is not MentionKind.NAME:
        return None
    if not _signature_tail(tokens[chunk[1] :]):
        return None
    return Decision("inner_signature", span_of(tokens, chunk))


def inner_label(context: Context, index: int) -> Decision | None:
    """``"Chris Matthews: Seriously, seriously about this. ..."``: a direct quote
    that opens with a name and a colon, as a quoted transcript turn does, with
    a turn of at least fifteen words after it (a shorter one is a title or a
    slogan: ``Austin Powers: The Spy Who Shagged Me``): the name inside the
    marks is the speaker.

    Example:
        >>> import quoteattr
        >>> doc = quoteattr.attribute(
        ...     "The panel went on.\\n\\n“Dana Ruiz: We never had the votes, and everyone in"
        ...     " the room knew it before the roll call began.”"
        ... )
        >>> doc.quotes[0].speaker.name, doc.quotes[0].rule
        ('Dana Ruiz', 'inner_label')
    """
    if context.kinds[index] is not QuoteKind.DIRECT:
        return None
    quote = context.quotes[index]
    start, end = quote.span.start, quote.span.end
    colon = context.text.find(":", start, min(end, start + _INNER_LABEL_CHARS))
    if colon < 0 or len(context.text[colon + 1 : end].split()) < _INNER_TURN_WORDS:
        return None  # "Austin Powers: The Spy Who ...", "Lee: Bad for Ohio": a title or slogan
    tokens = context.tokens(start, colon + 1)
    if len(tokens) < 3 or tokens[-1].text != ":":
        return None
    chunk = chunk_right(context.vocab, tokens, 0)
    if chunk is None or chunk != (0, len(tokens) - 1):
        return None  # the name must be all there is before the colon
    words = tokens[: chunk[1]]
    if context.vocab.kind_of(context.text[words[0].start : words[-1].end], words) is not (
        MentionKind.NAME
    ):
        return None
    return Decision("inner_label", span_of(tokens, chunk), Span(tokens[-1].start, tokens[-1].end))


# The most characters of a name and its colon at the start of a quote, and the
# fewest words of the turn after it (titles and slogans are shorter).
_INNER_LABEL_CHARS = 60
_INNER_TURN_WORDS = 15


def _signature_tail(rest: list[Token]) -> bool:
    """What may follow a signature's name: nothing, a period, an apposition
    after a comma, or a handle in parentheses and a date."""
    if not rest or (len(rest) == 1 and rest[0].text == "."):
        return True
    if len(rest) > _SIGNATURE_TAIL or rest[0].text not in (",", "(", "/"):
        return False
    return not any(t.text in ("“", "”", '"', "‘", "’") for t in rest)


_PANEL_WORDS = 14


def name_colon_panel(context: Context, index: int) -> Decision | None:
    """``Maria Lopez, Tucson Unified School District: “We need more teachers.”``:
    a paragraph that opens with a name, a comma, an affiliation and a colon
    right before the quote is that person's answer on a panel (not the
    affiliation's).

    Example:
        >>> import quoteattr
        >>> text = "Ann Lee, Brookings Institution: “It could pay for itself.”"
        >>> doc = quoteattr.attribute(text)
        >>> doc.quotes[0].mention.slice(text), doc.quotes[0].speaker.name
        ('Ann Lee', 'Ann Lee')
    """
    quote = context.quotes[index]
    paragraph = context.segmentation.paragraphs[quote.paragraph]
    if quote.open_mark.start - paragraph.start > 200 or quote.speaker_label is not None:
        return None
    tokens = context.tokens(paragraph.start, quote.open_mark.start)
    if len(tokens) < 4 or tokens[-1].text != ":" or len(tokens) > _PANEL_WORDS + 2:
        return None
    if index > 0 and context.quotes[index - 1].paragraph == quote.paragraph:
        return None
    comma = next((k for k, token in enumerate(tokens) if token.text == ","), None)
    if comma is None or comma == 0 or comma + 1 >= len(tokens) - 1:
        return None
    vocab = context.vocab
    chunk = chunk_right(vocab, tokens, 0)
    if chunk is None or chunk[0] != 0 or chunk[1] < comma:
        return None  # the apposition may be part of the phrase: the name is before the comma
    chunk = (0, comma)
    words = tokens[:comma]
    if not_a_speaker(vocab, words):
        return None
    if vocab.kind_of(context.text[words[0].start : words[-1].end], words) is not MentionKind.NAME:
        return None
    affiliation = tokens[comma + 1 : -1]
    if any(vocab.cue_at(tokens, k) for k in range(comma + 1, len(tokens) - 1)):
        return None  # "Ann Lee, asked about it, said:": a clause, not an affiliation
    if any(t.text in (".", "?", "!", ";") for t in affiliation):
        return None
    return Decision(
        "name_colon_panel", span_of(tokens, chunk), cue=Span(tokens[-1].start, tokens[-1].end)
    )


# Words of a sentence that announces a statement: an issuing verb and a
# statement noun ("The company released a statement", "issued the following
# statement", "sent a statement Tuesday").
_ISSUING = frozenset(
    {
        "released",
        "issued",
        "sent",
        "put",
        "provided",
        "posted",
        "published",
        "gave",
        "emailed",
        "e-mailed",
        "shared",
        "distributed",
        "releases",
        "issues",
        "sends",
        "posts",
        "publishes",
        "provides",
        "shares",
        "offered",
        "tweeted",
    }
)
_STATEMENTS = frozenset(
    {"statement", "statements", "release", "note", "letter", "email", "e-mail", "memo", "message"}
)


def statement_block(context: Context, index: int) -> Decision | None:
    """``Acme Corp. released a statement on Tuesday.`` then ``“We are
    cooperating fully ...”``: a quote that opens its paragraph right after a
    sentence announcing a statement (an issuing verb and a statement noun) is
    that statement, and its speaker the sentence's subject, or the author a
    ``from`` names (``released a statement from the president``).

    Example:
        >>> import quoteattr
        >>> text = "The mayor’s office sent a statement.\\n\\n“We will review the findings.”"
        >>> doc = quoteattr.attribute(text)
        >>> doc.quotes[0].mention.slice(text), doc.quotes[0].rule
        ('The mayor’s office', 'statement_block')
    """
    if context.kinds[index] is not QuoteKind.DIRECT:
        return None
    quote = context.quotes[index]
    sentence_index = context.sentence_index(quote.open_mark.start)
    if sentence_index == 0:
        return None
    lo, hi = context.before_region(index)
    if context.tokens(lo, hi):
        return None  # the quote does not open its sentence
    previous = context.segmentation.sentences[sentence_index - 1]
    start = previous.start
    if index > 0:
        start = max(start, context.outer_end(index - 1))
        if context.quotes[index - 1].paragraph < quote.paragraph - 1:
            pass
    tokens = context.tokens(start, previous.end)
    if not tokens or tokens[-1].text not in (".", ":"):
        return None
    vocab = context.vocab
    for k, token in enumerate(tokens):
        if token.lower not in _ISSUING or k == 0:
            continue
        noun = next(
            (j for j in range(k + 1, min(k + 6, len(tokens))) if tokens[j].lower in _STATEMENTS),
            None,
        )
        if noun is None:
            continue
        if noun + 2 < len(tokens) and tokens[noun + 1].lower == "from":
            # "released a statement from the president:": the statement's author.
            author = chunk_right(vocab, tokens, noun + 2)
            if author is not None and not not_a_speaker(vocab, tokens[author[0] : author[1]]):
                return Decision(
                    "statement_block", span_of(tokens, author), cue=Span(token.start, token.end)
                )
        chunk = chunk_left(vocab, tokens, k)
        if chunk is None or chunk[0] != 0:
            return None
        words = tokens[chunk[0] : chunk[1]]
        if not_a_speaker(vocab, words):
            return None
        return Decision("statement_block", span_of(tokens, chunk), cue=Span(token.start, token.end))
    return None


#: This family's rules (the pipeline holds their order among all rules).
RULES: tuple[Sieve, ...] = (
    transcript_turn,
    name_colon_panel,
    dash_signature,
    inner_signature,
    inner_label,
    statement_block,
)
