"""Quote kinds from form: DIRECT, PARTIAL or TERM, before attribution.

This module owns the first reading of what a pair of quotation marks does,
judged from the quote's shape and the words around it:

* DIRECT: the quote stands at the head of its sentence or clause (after a
  sentence start, a colon, a comma or a dash), or it is a sentence itself
  (several words ending in ``.,?!``), or it is part of a multi-paragraph quote.
* TERM: inside the writer's sentence, after a naming word (``so-called``,
  ``dubbed``, ``titled``, ``the word``), between the parts of a name
  (``Donald “The Donald” Trump``), a short title-cased phrase with no
  sentence punctuation (``on “Saturday Night Live”``), or an apposition set
  off by a comma after a noun for a work or a naming word (``his memoir,
  “Gifted Hands,”``, ``the slogan, “Stronger Together.”``).
* PARTIAL: any other fragment inside the writer's sentence.

Attribution refines this later: a fragment nobody is found to have said is a
scare quote (TERM), and a "term" someone is reported to have used is PARTIAL.
"""

from __future__ import annotations

import itertools
import re

from quoteattr.model import QuoteKind, Span
from quoteattr.quotes import RawQuote

__all__ = ["MARKED_TERM", "TITLE", "classify"]

#: Reason given for the title of a work or programme (``on ABC’s “This Week”``)
#: or a nickname between the parts of a name (``Donald “The Donald” Trump``):
#: such a quote reports nobody's speech and is never attributed.
TITLE = "title"

#: Reason given for a TERM that a naming word marks (``so-called``, ``dubbed``):
#: attribution does not turn such a term into a partial quote.
MARKED_TERM = "marked term"

_WORDS = re.compile(r"[^\W_]+(?:[’'.\-][^\W_]+)*")
# A letter or digit (``str.isalnum``).
_ALNUM = re.compile(r"[^\W_]")
_TERM_INTRODUCERS = frozenset(
    {
        "so-called",
        "dubbed",
        "nicknamed",
        "word",
        "words",
        "term",
        "terms",
        "phrase",
        "hashtag",
        "slogan",
        "motto",
        "headline",
        "article",
        "label",
        "brand",
        "name",
        "nickname",
        "moniker",
        "aka",
        "a.k.a",
    }
)
# A title-cased phrase after these ("on “Meet the Press”", "an interview with “60
# Minutes”") names a work or programme.
_TITLE_PREPOSITIONS = frozenset({"on", "of", "with", "in", "from"})
# Nouns for works whose titles appear in quotation marks: "the book “An American Son”".
_WORK_NOUNS = frozenset(
    {
        "book",
        "film",
        "movie",
        "song",
        "album",
        "show",
        "program",
        "programme",
        "series",
        "documentary",
        "play",
        "musical",
        "novel",
        "memoir",
        "podcast",
        "column",
        "essay",
        "poem",
        "titled",
        "entitled",
        "opera",
        "episode",
        "sitcom",
        "drama",
        "comedy",
        "thriller",
        "newsletter",
        "magazine",
        "blog",
        "website",
    }
)
_MINOR_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "is",
        "vs",
        "de",
        "la",
        "le",
        "von",
        "van",
    }
)
#: Characters of the writer's text before a quote that its kind depends on.
_BEFORE_WINDOW = 200
_CLAUSE_HEADS = frozenset(":,;—–-(.?!…[>")
_SENTENCE_END = frozenset(".,?!…;:—-")


def classify(
    text: str, quote: RawQuote, sentence: Span | None, paragraph: Span
) -> tuple[QuoteKind, str]:
    """The kind of ``quote`` from its form and the words around it, and the reason."""
    if quote.continuation or quote.continued:
        return QuoteKind.DIRECT, "multi-paragraph quote"
    if quote.speaker_label is not None:
        return QuoteKind.DIRECT, "transcript turn"
    content_start, content_end = quote.span.start, quote.span.end
    # No test below looks past a quote's eleventh word: long quotes stop there.
    words = [
        m.group() for m in itertools.islice(_WORDS.finditer(text, content_start, content_end), 11)
    ]
    lo = sentence.start if sentence is not None else paragraph.start
    # Only the end of the writer's text before the mark matters: a bounded
    # window keeps this linear however many quotes a long sentence holds.
    end = quote.open_mark.start
    while end > lo and text[end - 1].isspace():
        end -= 1
    before = text[max(lo, end - _BEFORE_WINDOW) : end]
    last = content_end
    while last > content_start and text[last - 1].isspace():
        last -= 1
    ends_like_sentence = last > content_start and text[last - 1] in _SENTENCE_END
    first = _ALNUM.search(text, content_start, content_end)
    first_alpha = first.group() if first is not None else ""
    if (
        len(words) <= 3
        and quote.close_mark is not None
        and _between_name_parts(text, quote, before)
    ):
        return QuoteKind.TERM, TITLE  # Donald “The Donald” Trump: a nickname
    starts_upper = first_alpha.isupper() or first_alpha.isdigit()

    at_clause_head = not before or before[-1] in _CLAUSE_HEADS
    previous = _WORDS.findall(before[-40:])
    previous_word = previous[-1].lower() if previous else ""
    if len(words) <= 10 and _title_cased(words) and not at_clause_head:
        possessive = before.endswith(("’s", "'s", "s’", "s'"))
        if previous_word in _WORK_NOUNS or possessive or previous_word in _TITLE_PREPOSITIONS:
            return QuoteKind.TERM, TITLE
    if before.endswith(",") and previous_word not in ("titled", "entitled"):
        # "his memoir, “Gifted Hands,”", "their common slogan, “Stronger
        # Together.”": a title or term set off as an apposition to the noun.
        if previous_word in _WORK_NOUNS and len(words) <= 10 and _title_cased(words):
            return QuoteKind.TERM, TITLE
        if previous_word in _TERM_INTRODUCERS and len(words) <= 6:
            return QuoteKind.TERM, MARKED_TERM
    if at_clause_head and (len(words) >= 3 or ends_like_sentence):
        return QuoteKind.DIRECT, "heads its clause"
    if starts_upper and ends_like_sentence and len(words) >= 3:
        return QuoteKind.DIRECT, "a sentence of its own"
    if len(words) >= 8 and quote.close_mark is None:
        return QuoteKind.DIRECT, "long unclosed quote"

    if previous_word in _WORK_NOUNS and len(words) <= 10 and starts_upper:
        return QuoteKind.TERM, TITLE
    if previous_word in _TERM_INTRODUCERS and len(words) <= 6:
        return QuoteKind.TERM, MARKED_TERM
    if len(words) <= 6 and _title_cased(words):
        return QuoteKind.TERM, "title case"
    return QuoteKind.PARTIAL, "fragment inside the sentence"


def _between_name_parts(text: str, quote: RawQuote, before: str) -> bool:
    """True when capitalized names stand right before and right after the quote."""
    assert quote.close_mark is not None
    after = text[quote.close_mark.end : quote.close_mark.end + 40]
    previous = _WORDS.findall(before[-30:])
    if len(before) > 30 and before[-31].isalnum() and previous:
        del previous[0]  # the window cut a word: its tail is no word in lower case
    following = _WORDS.findall(after)
    content = text[quote.span.start : quote.span.end]
    return (
        bool(previous and following)
        # Not a title-cased headline: some word before it is in lower case.
        and any(word[0].islower() for word in previous[-6:])
        and content[:1].isupper()
        and content[-1:].isalnum()
        and before[-1:].isalpha()
        and after[:1] == " "
        and previous[-1][0].isupper()
        and following[0][0].isupper()
    )


def _title_cased(words: list[str]) -> bool:
    """True when every word but minor ones starts with a capital letter."""
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    return bool(major) and all(w[0].isupper() or w[0].isdigit() for w in major)
