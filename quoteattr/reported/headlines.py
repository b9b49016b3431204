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
from quoteattr.sieves.grammar import not_a_speaker

__all__ = ["headline_colon", "title_headline"]


def headline_colon(context: Context, verbs: Verbs, s: Sentence) -> Frame | None:
    """``Lynch: No outside influence on FBI probe``: a paragraph of one sentence
    that opens with a name (at most four words, not a heading such as
    ``UPDATE`` or ``The Latest``) and a colon; the content is the rest, at least
    three words outside quotation marks that open with a capital."""
    tokens = s.tokens
    texts = s.texts
    n = len(tokens)
    k = next((j for j in range(1, min(n, 5)) if texts[j] == ":"), None)
    if k is None or k + 3 >= n or s.quoted(0, k + 1) or s.lowers[0] == "the":
        return None
    if " ".join(s.lowers[:k]) in verbs.labels:
        return None
    vocab = context.vocab
    chunk = chunk_left(vocab, tokens, k)
    if chunk is None or chunk[0] != 0 or chunk[1] != k or s.lowers[0] in ("a", "an"):
        return None
    if not_a_speaker(vocab, tokens[:k]) or (k == 1 and len(texts[0]) > 3 and texts[0].isupper()):
        return None  # "Revealed:", "BOOM:": a headline's hook, not a source
    head = texts[k + 1]
    if s.quote_of[k + 1] >= 0 or not head[0].isupper():
        return None  # a quote after the colon is the quote sieves'; "Clinton: 547."
    words = sum(1 for j in range(k + 1, n) if s.quote_of[j] < 0 and texts[j][0].isalpha())
    if words < 4 or texts.count(",") > 3:
        return None  # "Kasich: Now or never"; "Iowa: Tim Albrecht, Brad Anderson, ..."
    cue = span_unchecked(tokens[k].start, tokens[k].end)
    return Frame(k + 1, n, k, span_of(tokens, chunk), cue, "reported_headline_colon")


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
