"""Headlines as reports: a paragraph of one sentence that names its source
before a colon (``Lynch: No outside influence on FBI probe``) or before a
capitalized verb in a title-case line (``Mayor Says Budget Is Balanced``).
Each function returns a :class:`~quoteattr.reported.frames.Frame` or None.
"""

from __future__ import annotations

from quoteattr.mentions import chunk_left, span_of
from quoteattr.model import span_unchecked
from quoteattr.reported.frames import Frame
from quoteattr.reported.grammar import Sentence, Verbs
from quoteattr.reported.words import HEARER_LEMMAS
from quoteattr.sieves import Context
from quoteattr.sieves.colon import named_again
from quoteattr.sieves.grammar import not_a_speaker

__all__ = ["headline_colon", "title_headline"]


def headline_colon(context: Context, verbs: Verbs, s: Sentence) -> Frame | None:
    """``Lynch: No outside influence on FBI probe``: a paragraph of one sentence
    that opens with a name (at most four words, not a heading such as
    ``UPDATE`` or ``The Latest``) and a colon; the content is the rest, at least
    four words that open with a capital, two of them outside quotation marks
    (a quote that is all the rest is the quote sieves'; one that is a part of
    it, ``Sanders: ‘Not A Radical Idea’ To Ask For $15``, lies inside the
    content). The name may follow a label and a dash (``EXCLUSIVE – Stone:``),
    be a name and a group noun (``Clinton camp:``) or have a place or topic
    after ``at`` or ``on`` (``Mukasey at RNC:``), which is not the mention."""
    tokens = s.tokens
    texts = s.texts
    n = len(tokens)
    first = _after_label(texts)
    k = next((j for j in range(first + 1, min(n, first + 9)) if texts[j] == ":"), None)
    if k is None or k + 3 >= n or s.quoted(0, k + 1) or s.lowers[first] == "the":
        return None
    if " ".join(s.lowers[first:k]) in verbs.labels:
        return None
    vocab = context.vocab
    chunk = _colon_source(context, s, first, k)
    if chunk is None or s.lowers[first] in ("a", "an"):
        return None
    if not_a_speaker(vocab, tokens[first:k]) or (
        k == first + 1 and len(texts[first]) > 3 and texts[first].isupper()
    ):
        return None  # "Revealed:", "BOOM:": a headline's hook, not a source
    head = next((t for t in texts[k + 1 :] if t[0].isalnum()), "")
    if not head[:1].isupper():
        return None  # "Clinton: 547."
    outside = sum(1 for j in range(k + 1, n) if s.quote_of[j] < 0 and texts[j][0].isalpha())
    words = sum(1 for j in range(k + 1, n) if texts[j][0].isalpha())
    if outside < (4 if words == outside else 2) or words < 4:
        return None  # "Kasich: Now or never"; "Trump: ‘I Will Win’"
    if texts.count(",") > 3:
        return None  # "Iowa: Tim Albrecht, Brad Anderson, ..."
    cue = span_unchecked(tokens[k].start, tokens[k].end)
    return Frame(k + 1, n, k, span_of(tokens, chunk), cue, "reported_headline_colon")


#: Dashes that may close a headline's label (``EXCLUSIVE –``).
_LABEL_DASHES = frozenset({"-", "--", "–", "—"})


def _after_label(texts: list[str]) -> int:
    """The index after ``EXCLUSIVE –`` (one or two words in capitals and a
    dash) that opens a headline, else 0."""
    for d in (1, 2):
        if (
            len(texts) > d
            and texts[d] in _LABEL_DASHES
            and all(t.isalpha() and t.isupper() and len(t) > 1 for t in texts[:d])
        ):
            return d + 1
    return 0


#: Heads after a name that make it a group's (``Clinton camp``, ``Trump aides``).
_NAMED_GROUP_HEADS = frozenset({"camp"})


def _colon_source(context: Context, s: Sentence, first: int, k: int) -> tuple[int, int] | None:
    """The source before a headline's colon at ``k``: a name of at most four
    words from ``first`` up to the colon, or such a name and a group noun, or
    such a name before ``at`` or ``on`` and a capitalized place or topic of at
    most four words, when the story names it again."""
    vocab = context.vocab
    tokens, lowers = s.tokens, s.lowers
    for p in range(first + 1, min(k - 1, first + 5)):
        if (
            lowers[p] in ("at", "on")
            and k - p <= 5
            and all(s.texts[j][0].isupper() for j in range(p + 1, k))
        ):
            name = chunk_left(vocab, tokens, p)
            if (
                name is not None
                and name[0] == first
                and name[1] == p
                and named_again(context.text, tokens[p - 1], tokens[-1].end)
            ):
                return name
            return None  # "Budget Talks at City Hall:"; a source the story never names again
    if k - first <= 4:
        chunk = chunk_left(vocab, tokens, k)
        if chunk is not None and chunk[0] == first and chunk[1] == k:
            return chunk
    head = lowers[k - 1]
    if first < k - 1 <= first + 4 and (
        head in _NAMED_GROUP_HEADS or head in vocab.group_nouns or head in vocab.org_words
    ):
        name = chunk_left(vocab, tokens, k - 1)
        if name is not None and name[0] == first and name[1] == k - 1:
            return (first, k)
    return None
    return None


#: Words after a cue that stand for no clause (``Says Goodbye``, ``Says No``).
PRO_FORMS = frozenset(
    {"so", "nothing", "something", "anything", "yes", "no", "goodbye", "hello", "thanks"}
)


#: Words a title-case headline's source may hold in lower case.
TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "a"})


def title_headline(context: Context, verbs: Verbs, s: Sentence) -> Frame | None:
    """``Mayor Ruiz Says Budget Is Balanced``: a paragraph of one sentence in
    title case, a capitalized verb of the clause list in its present tense
    (``Says``, ``Warns``, ``Tells Voters``) after a source of at most six
    capitalized words; the content is the rest, of at least two words, most
    of them capitalized. A title-case verb is never a cue elsewhere."""
    texts, lowers = s.texts, s.lowers
    n = len(texts)
    for c in range(1, min(n - 2, 7)):
        word = lowers[c]
        lemma = verbs.clause.get(word)
        if lemma is None or word == lemma or not word.endswith("s") or not texts[c][0].isupper():
            continue
        if s.quoted(0, c + 1) or any(
            not (texts[j][0].isupper() or lowers[j] in TITLE_SMALL_WORDS) for j in range(c)
        ):
            return None
        if not texts[0][0].isupper() or lowers[c - 1] in TITLE_SMALL_WORDS:
            return None
        start = c + 1
        if lemma in HEARER_LEMMAS and start < n and texts[start][0].isupper():
            start += 1  # "Tells Voters": the hearer
        if start < n and lowers[start] == "that":
            start += 1
        if start < n and lowers[start] in PRO_FORMS:
            return None  # "Mayor Says Goodbye To City Hall", "Says No To ..."
        if s.any_direct and True in s.direct[start:]:
            return None  # "Ann Lowe Says Crisis Is An ‘Act Of Neglect.’": the quote sieves'
        words = [j for j in range(start, n) if texts[j][0].isalpha() and s.quote_of[j] < 0]
        capitals = sum(1 for j in words if texts[j][0].isupper())
        if len(words) < 2 or 2 * capitals < len(words) + 1:
            return None  # not title case: "Smith Says he will ..." is read as usual
        tokens = s.tokens
        mention = span_unchecked(tokens[0].start, tokens[c - 1].end)
        cue = span_unchecked(tokens[c].start, tokens[c].end)
        return Frame(start, n, c, mention, cue, "reported_title_headline")
    return None
