"""A named person's view: ``To Ruiz, the levy is a tax on the poor``.

A sentence that opens with *To*, a name and a comma states the named source's
view: the content is the clause after the comma, to where a reported clause
ends; the cue is *To* (rule ``reported_to_view``). The name is one to five
capitalized words (a title such as ``Mr.`` among them), perhaps after role
words (``To Florida consultant Dana Wills``), and may be set off by an
apposition or a relative clause between commas (``To Sexton, who has studied
the rallies, Tuesday marked a turning point``), which stays out of the source.

Only a sentence with no other frame is read (in ``To Ruiz, Okafor said C`` the
report is Okafor's), and only a name: ``To date``, ``To be sure``, ``To the
voters``, ``To win, she needs ...`` read nothing. *For X, C* is not read: on
PolNeAR it carries the annotated source in one case of four (``For Trump, 38%
of likely voters would be scared``: a topic, not a view).
"""

from __future__ import annotations

from quoteattr.mentions import span_of
from quoteattr.model import span_unchecked
from quoteattr.reported.extent import forward_stop
from quoteattr.reported.grammar import Sentence, Verbs, verb_like
from quoteattr.reported.report import Frame
from quoteattr.reported.words import ADJUNCT_PREPOSITIONS
from quoteattr.sieves import Context

__all__ = ["to_view"]

#: Capitalized words after *To* that open no name (``To Be Sure``, ``To This
#: Day``): a sentence so opened states no one's view.
NOT_NAMES = frozenset(
    {"be", "date", "wit", "this", "that", "these", "those", "the", "a", "an", "my", "his"}
    | {"her", "their", "our", "its", "some", "many", "most", "all", "me", "him", "them"}
    | {"us", "what", "which", "whom", "each", "every", "no", "one", "both", "any", "such"}
)

#: The most words of a name after *To*, of an aside after it, and the fewest
#: words of the content.
NAME_WORDS = 6
ASIDE_WORDS = 24
CONTENT_WORDS = 4


def to_view(context: Context, verbs: Verbs, s: Sentence, others: int) -> Frame | None:
    """The frame of a sentence opening ``To X, C``, or None when it is not one;
    ``others``, how many frames the sentence's other readers found."""
    lowers, texts = s.lowers, s.texts
    n = len(lowers)
    if others or n < 4 or lowers[0] != "to" or texts[0] != "To" or s.quote_of[0] >= 0:
        return None
    vocab = context.vocab
    comma = None
    for j in range(1, min(n, NAME_WORDS + 2)):
        if texts[j] == ",":
            comma = j
            break
        if s.quote_of[j] >= 0 or not (
            texts[j][0].isupper() or (lowers[j] in vocab.role_words and j + 1 < n)
        ):
            return None
    if comma is None or comma == 1:
        return None
    if lowers[1] in NOT_NAMES or not texts[comma - 1][0].isupper():
        return None  # "To This Day,": no name; "To Florida consultant Wills": its last word is
    if any(verb_like(s, j) and texts[j][0].islower() for j in range(1, comma)):
        return None
    start = comma + 1
    if start < n and lowers[start] in ("who", "whose", "a", "an", "the") and texts[start].islower():
        # "To Sexton, who has studied the rallies, C", "To Wills, a consultant,
        # C": the aside stays out; "To Ruiz, the levy is a tax": no aside.
        close = next(
            (j for j in range(start + 1, min(n, start + ASIDE_WORDS)) if texts[j] == ","), None
        )
        relative = lowers[start] in ("who", "whose")
        if close is not None and not s.quoted(start, close):
            if relative or not any(verb_like(s, j) for j in range(start + 1, close)):
                start = close + 1
        elif relative:
            return None
    stop = forward_stop(context, verbs, s, start)
    if stop - start < CONTENT_WORDS:
        return None
    if not any(
        s.quote_of[j] >= 0 or (verb_like(s, j) and lowers[j - 1] not in ADJUNCT_PREPOSITIONS)
        for j in range(start, stop)
    ):
        return None  # "To Ruiz, a friend and a rival for years.": no clause
    tokens = s.tokens
    cue = span_unchecked(tokens[0].start, tokens[0].end)
    return Frame(start, stop, 0, span_of(tokens, (1, comma)), cue, "reported_to_view")
