"""Transcript turns: speaker labels at the start of a paragraph, and the quotes they open.

This module owns the reading of transcripts and interviews quoted in a text:

    TAPPER: Do you think he has campaigned as a racial healer?
    FALLIN: I think he is trying to.
    Q: Why should the U.S. stay?
    A: It's in our interests.

A paragraph that opens with a speaker label (capitals, ``Mr. NAME``, a name
with a party and state in parentheses, ``Q``/``A``, a closed-caption
``>> NAME``) and a colon is a *turn*: its text after the label is a quote of
the labelled speaker, with or without the writer's quotation marks around it.
A turn without marks becomes a quote with no opening or closing mark (an
opening-mark span of no width at the start of its text) and its
``speaker_label``; unlabelled paragraphs between two turns go on with the turn
before them, as parts of a quotation of several paragraphs. A turn with marks
(``"PENCE: Well, look, ...``) keeps its quote and its marks, gains the label,
and its span starts after the label: the label is no part of what is said.

A label must look like one in context, because a capitalized word and a colon
open many paragraphs of ordinary prose (``UPDATE:``, ``NEW DELHI:``,
``Bottom line:``), and one label alone is no transcript:

* ``Q``/``A`` labels (and a ``Q`` glued to its question, ``QWhy ...``) and
  the labels of a speaker the transcript does not name (``Interviewer``,
  ``REPORTER``, ``UNIDENTIFIED MALE``: ``QUESTION_LABELS``) count when the
  text has at least two of them; ``Q.`` and ``A.`` with a period
  count when the text has both;
* a label with a title (``Mr. TRUMP``, ``Sen. Cruz``), an affiliation in
  parentheses (``CRUZ (R-Texas)``) or a closed-caption ``>>`` counts when the
  text has at least two labelled turns;
* a label in capitals counts when the text has at least two labelled turns
  and either two different labels or a name the label's words match elsewhere
  in the text;
* a label in title case counts when it is a full name opening with a known
  first name (``Chris Wallace``), or the surname of such a label
  (``Wallace``), and one speaker has at least two turns (a list of ``Name:
  topic`` headings names each person once), or when it has two turns or
  more in a text with two turns or more of ``Interviewer`` (or another
  label of ``QUESTION_LABELS`` but ``Q``);
* no label is a heading of the word list ``section_labels`` (``UPDATE``,
  ``VIDEO``, ``Editor's note``), and a title-case first paragraph (a
  headline) opens no turn.

Stage directions, paragraphs wholly in parentheses or brackets
(``(CROSSTALK)``, ``[laughter]``), are neither quotes nor speakers, and end
the run of paragraphs a turn goes on through.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

import attrs

from quoteattr.model import Span, span_unchecked
from quoteattr.quotes import RawQuote

__all__ = ["CAPITALS_LABEL", "QUESTION_LABELS", "find_turns", "label_name"]

#: Labels of turns whose speaker the transcript does not name: the
#: interviewer's questions, a reporter's or moderator's, an unidentified voice.
QUESTION_LABELS = frozenset(
    {
        "q",
        "question",
        "interviewer",
        "reporter",
        "moderator",
        "audience member",
        "unidentified male",
        "unidentified female",
        "unidentified man",
        "unidentified woman",
    }
)

#: A speaker label in capitals, before its colon (``PENCE``, ``UNIDENTIFIED
#: MALE``, ``O’ROURKE``): one word of two letters or more, then up to three more.
CAPITALS_LABEL = r"[A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]*){0,3}"

# A speaker label at the start of a paragraph (or right after its opening mark).
_LABEL = re.compile(
    r"(?P<lead>>>[ \t]*)?"
    r"(?P<label>"
    r"(?P<qa>Q|A|Question|Answer)"
    r"|(?P<title>(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Rev|Prof|MR|MRS|MS|DR|SEN|REP|GOV)\.?[ \t]+)?"
    rf"(?:(?P<caps>{CAPITALS_LABEL})"
    r"|(?P<titled>[A-Z][a-z'’\-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z'’\-]+)){0,2}))"
    r"(?P<affiliation>[ \t]*\([^()\n]{1,40}\))?"
    r")?"
    r"[ \t]*:(?=\s|$)"
)
# A question label set in bold and glued to the question ("QWhy Afghanistan?"),
# as scraped interviews print it; read only where other Q/A labels are.
_GLUED_Q = re.compile(r"Q(?=[A-Z][a-z’'])")
# Q and A with a period, as some papers print them ("Q. Why now?"); read only
# where both letters label turns.
_DOTTED = re.compile(r"[QA]\.(?=[ \t]+[A-Z\"“‘'])")
# Question and answer labels proper (QUESTION_LABELS has the others).
_QA = frozenset({"q", "a", "question", "answer"})
_STAGE = re.compile(r"[(\[][^()\[\]]*[)\]]")
_WORD = re.compile(r"[^\W\d_]+")
_OPENERS = "“\"‘'«„‹「『`"


@attrs.frozen
class _Candidate:
    paragraph: int
    label: Span  # the label without its colon
    key: str  # the name, lowercased, without title
    colon: Span
    kind: str  # "qa", "strong", "caps" or "titled"
    marked: bool  # the label follows the paragraph's opening quotation mark


def label_name(text: str, label: Span) -> Span:
    """The speaker's name in a turn label: ``>>``, a title's case and an
    affiliation in parentheses left out only where they surround the name.

    Example:
        >>> text = ">> CRUZ (R-Texas): We will not."
        >>> label_name(text, Span(0, 15)).slice(text)
        'CRUZ'
    """
    start, end = label.start, label.end
    while start < end and text[start] in "> \t":
        start += 1
    paren = text.find("(", start, end)
    if paren > start:
        end = paren
    while end > start and text[end - 1] in " \t":
        end -= 1
    return span_unchecked(start, end)


def _candidate(text: str, index: int, paragraph: Span) -> _Candidate | None:
    """The speaker label opening ``paragraph``, if its form is one."""
    start = paragraph.start
    marked = text[start] in _OPENERS
    if marked:
        start += 1
        while start < paragraph.end and text[start] in " \t":
            start += 1
    if text.find(":", start, paragraph.end) < 0 and (
        marked or start >= paragraph.end or text[start] not in "QA"
    ):
        return None  # no colon for a label, and no Q or A glued or dotted
    match = _LABEL.match(text, start, paragraph.end)
    if match is None:
        if marked:
            return None
        if _GLUED_Q.match(text, start, paragraph.end) is not None:
            return _Candidate(
                index, Span(start, start + 1), "q", Span(start + 1, start + 1), "qa", False
            )
        dotted = _DOTTED.match(text, start, paragraph.end)
        if dotted is not None:
            letter = text[start].lower()
            return _Candidate(
                index, Span(start, start + 1), letter, Span(start + 1, start + 2), "dotted", False
            )
        return None
    if match.group("label") is None:
        return None  # a bare colon
    after = match.end()
    while after < paragraph.end and text[after].isspace():
        after += 1
    if not marked and after < paragraph.end and text[after] in _OPENERS and match.group("titled"):
        return None  # "Jane Doe: “...”": a name before a quote (a panel, a headline)
    colon = text.rfind(":", match.start(), match.end())
    label = Span(match.start(), match.end("label"))
    # The name without title: how repeated labels are matched.
    name = match.group("qa") or match.group("caps") or match.group("titled")
    key = " ".join(_WORD.findall(name)).lower()
    if match.group("qa") or key in QUESTION_LABELS:
        kind = "qa"
    elif match.group("lead") or match.group("title") or match.group("affiliation"):
        kind = "strong"
    elif match.group("caps"):
        kind = "caps"
    else:
        kind = "titled"
    return _Candidate(index, label, key, Span(colon, colon + 1), kind, marked)


def _accepted(
    text: str,
    candidates: list[_Candidate],
    section_labels: Collection[str],
    first_names: Mapping[str, str | None],
) -> list[_Candidate]:
    """The candidates that are speaker labels in this text (see the module docstring)."""
    kept = [c for c in candidates if c.key not in section_labels]
    qa = sum(1 for c in kept if c.kind == "qa")
    dotted = {c.key for c in kept if c.kind == "dotted"}
    # Labels for people the transcript does not name ("INTERVIEWER") count
    # with the names for a dialogue in capitals, as they always did.
    named = [c for c in kept if (c.kind != "qa" or c.key not in _QA) and c.key]
    keys = {c.key for c in named}
    unnamed = sum(1 for c in kept if c.kind == "qa" and c.key not in _QA)
    given = {name.lower() for name in first_names}
    full_names = {
        c.key
        for c in named
        if c.kind == "titled" and len(c.key.split()) > 1 and c.key.split()[0] in given
    }
    surnames = {key.split()[-1] for key in full_names}
    # A dialogue gives some speaker two turns: a list of "Name: topic"
    # headings names each person once.
    titled = [c.key.split()[-1] for c in named if c.kind == "titled"]
    repeated = len(set(titled)) < len(titled)
    # "Interviewer: ... / Reyes: ...": a name with two turns or more answers
    # an interviewer who has two.
    interviewed = {key for key in titled if titled.count(key) >= 2} if unnamed >= 2 else set()
    elsewhere = {key: _named_elsewhere(text, key) for key in keys} if len(keys) == 1 else {}
    out = []
    for candidate in kept:
        if candidate.kind == "strong":
            accept = len(kept) >= 2
        elif candidate.kind == "qa":
            accept = qa >= 2
        elif candidate.kind == "dotted":
            accept = dotted == {"q", "a"}
        elif candidate.kind == "caps":
            accept = len(named) >= 2 and (len(keys) >= 2 or elsewhere.get(candidate.key, False))
        else:
            accept = (
                repeated and (candidate.key in full_names or candidate.key in surnames)
            ) or candidate.key in interviewed
        if accept:
            out.append(candidate)
    if all(c.kind == "qa" and c.key not in _QA for c in out):
        return []  # "Reporter: ... / Moderator: ...": nobody speaks to them
    return out


def _named_elsewhere(text: str, key: str) -> bool:
    """Whether a word of the label appears capitalized, not in capitals, in the text."""
    for word in key.split():
        if len(word) >= 2 and re.search(r"\b" + re.escape(word.capitalize()) + r"\b", text):
            return True
    return False


def _stage_direction(text: str, paragraph: Span) -> bool:
    """A paragraph wholly in parentheses or brackets: ``(CROSSTALK)``, ``[laughter]``."""
    return _STAGE.fullmatch(text, paragraph.start, paragraph.end) is not None


def _headline(text: str, paragraph: Span) -> bool:
    """A paragraph in title case (``Dr. Ben Carson: Clinton ‘Not Fit To Serve’``)."""
    words = _WORD.findall(text, paragraph.start, min(paragraph.end, paragraph.start + 300))
    capitalized = sum(1 for word in words if word[0].isupper())
    return len(words) >= 3 and capitalized >= 0.6 * len(words)


def _has_letter(text: str, start: int, end: int) -> bool:
    return any(ch.isalpha() for ch in text[start:end])


def find_turns(
    text: str,
    paragraphs: tuple[Span, ...],
    quotes: list[RawQuote],
    section_labels: Collection[str] = frozenset(),
    first_names: Mapping[str, str | None] | None = None,
) -> list[RawQuote]:
    """``quotes`` with the transcript turns of ``text`` added, in text order.

    Args:
        text: the document.
        paragraphs: its paragraph spans.
        quotes: the quotes found in quotation marks, in text order.
        section_labels: lowercased headings that are never speaker labels.
        first_names: given names, for labels in title case.

    Returns:
        Every quote in text order: marked quotes that open with an accepted
        label carry it; turns without marks are added (with an opening-mark
        span of no width), and marked quotes inside them become their nested
        quotes.

    Example:
        >>> from quoteattr.segment import paragraph_spans
        >>> text = "TAPPER: Will he win?\\n\\nFALLIN: I think so.\\n\\nThe talk moved on."
        >>> turns = find_turns(text, paragraph_spans(text), [])
        >>> [(q.speaker_label.slice(text), q.span.slice(text)) for q in turns]
        [('TAPPER', 'Will he win?'), ('FALLIN', 'I think so.')]
    """
    candidates = [
        found
        for index, paragraph in enumerate(paragraphs)
        if (
            text[paragraph.start] in _OPENERS
            or text[paragraph.start].isupper()
            or text[paragraph.start] == ">"
        )
        and not (index == 0 and _headline(text, paragraph))
        for found in (_candidate(text, index, paragraph),)
        if found is not None
    ]
    if not candidates:
        return quotes
    accepted = _accepted(text, candidates, section_labels, first_names or {})
    if not accepted:
        return quotes
    by_paragraph = {c.paragraph: c for c in accepted}
    # A paragraph that opens like a label but is not one ("Bottom line:") is not
    # a turn going on either.
    lookalikes = {c.paragraph for c in candidates}
    first_quote: dict[int, int] = {}
    for position, quote in enumerate(quotes):
        first_quote.setdefault(quote.paragraph, position)
    out = list(quotes)
    labelled: dict[int, Span] = {}  # position in quotes -> label
    turns: list[RawQuote] = []
    swallowed: set[int] = set()
    labelled_paragraphs = sorted(by_paragraph)
    for number, paragraph_index in enumerate(labelled_paragraphs):
        candidate = by_paragraph[paragraph_index]
        paragraph = paragraphs[paragraph_index]
        label = candidate.label
        if candidate.marked:
            opening = first_quote.get(paragraph_index)
            if opening is not None and quotes[opening].open_mark.start == paragraph.start:
                labelled[opening] = label
                # "RAMOS: Secretary, ...: the label is not part of what is said.
                said = candidate.colon.end
                while said < quotes[opening].span.end and text[said].isspace():
                    said += 1
                if quotes[opening].span.start < said < quotes[opening].span.end:
                    out[opening] = attrs.evolve(
                        quotes[opening], span=Span(said, quotes[opening].span.end)
                    )
            continue
        start = candidate.colon.end
        while start < paragraph.end and text[start].isspace():
            start += 1
        # The paragraphs this turn runs through: its own (unless the label
        # stands alone) and the unlabelled ones up to the next turn.
        parts: list[tuple[int, int]] = []
        if start < paragraph.end:
            parts.append((paragraph_index, start))
        stop = labelled_paragraphs[number + 1] if number + 1 < len(labelled_paragraphs) else None
        if stop is not None or not parts:
            following = paragraph_index + 1
            limit = stop if stop is not None else min(len(paragraphs), following + 1)
            while following < limit:
                other = paragraphs[following]
                if (
                    following in lookalikes
                    or _stage_direction(text, other)
                    or not _has_letter(text, other.start, other.end)
                    or text[other.start] in _OPENERS
                ):
                    break  # not the turn going on: a stage direction, a rule, a writer's quote
                parts.append((following, other.start))
                following += 1
        for k, (index, begin) in enumerate(parts):
            end = paragraphs[index].end
            if _stage_direction(text, Span(begin, end)) or not _has_letter(text, begin, end):
                continue
            inside = []
            p = first_quote.get(index, len(quotes))
            while p < len(quotes) and quotes[p].paragraph == index:
                if quotes[p].open_mark.start >= begin:
                    inside.append(p)
                p += 1
            only = quotes[inside[0]] if len(inside) == 1 else None
            if (
                only is not None
                and k == 0
                and len(parts) == 1
                and only.open_mark.start == begin
                and only.close_mark is not None
                and only.close_mark.end >= end - 1
            ):
                labelled[inside[0]] = label  # TRUMP: “We will win.”: the marks are the turn's
                break
            swallowed.update(inside)
            turns.append(
                RawQuote(
                    span=Span(begin, end),
                    open_mark=Span(begin, begin),
                    close_mark=None,
                    paragraph=index,
                    inner=tuple(quotes[p].span for p in inside),
                    continued=k < len(parts) - 1,
                    continuation=k > 0,
                    speaker_label=label if k == 0 else None,
                )
            )
    for position, label in labelled.items():
        out[position] = attrs.evolve(out[position], speaker_label=label)
    merged = [q for p, q in enumerate(out) if p not in swallowed] + turns
    merged.sort(key=lambda quote: quote.open_mark.start)
    return merged
