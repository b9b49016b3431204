"""Rules that look across sentences and paragraphs: a quote with no attribution
of its own takes the speaker of an earlier (or later) one.

In the default order these decide:

1. :func:`continuation_paragraph`: a paragraph that continues a multi-paragraph quote;
2. :func:`follow_on_quote`: a direct quote with no attribution continues the last speaker;
3. :func:`previous_sentence_speaker`: ``Nauert said the sanctions would stay. “We ...”``;
4. :func:`speaker_sentence_between`: ``“A,” said Ann Lowe. She farms 40 acres. “B.”``.
"""

from __future__ import annotations

import re

from quoteattr.mentions import (
    PRONOUNS,
    Token,
    Vocabulary,
    chunk_left,
    chunk_right,
    span_of,
)
from quoteattr.model import QuoteKind, Span
from quoteattr.sieves.adjacent import (
    quote_cue_mention,
    quote_mention_cue,
)
from quoteattr.sieves.context import (
    Context,
    Decision,
    Sieve,
    cue_span,
    previous_spoken,
)
from quoteattr.sieves.grammar import (
    SENTENCE_LINKS,
    SUBORDINATORS,
    clause_subject,
    not_a_speaker,
    opening_phrase,
    subject_of_cue,
    unknown_premodifiers,
)
from quoteattr.turns import CAPITALS_LABEL

__all__ = [
    "RULES",
    "continuation_paragraph",
    "follow_on_quote",
    "previous_sentence_speaker",
    "speaker_sentence_between",
]


# A label in capitals and a colon opening a paragraph ("VIDEO:", "UNIDENTIFIED MALE:").
_CAPITALS_LABEL = re.compile(CAPITALS_LABEL + r"[ \t]*:\s")


def continuation_paragraph(context: Context, index: int) -> Decision | None:
    """A paragraph that continues a multi-paragraph quote has its speaker,
    unless it opens with a label in capitals and a colon of its own that is
    no speaker's (``"VIDEO: ...`` in a quoted transcript): another voice, not
    the speaker going on, and no later rule gives it to the one before."""
    quote = context.quotes[index]
    if (
        quote.continuation
        and index > 0
        and context.quotes[index - 1].continued
        and context.decisions[index - 1] is not None
    ):
        if _CAPITALS_LABEL.match(context.text, quote.span.start) is not None:
            return Decision("continuation_paragraph")  # decided: no speaker named
        for sieve in (quote_mention_cue, quote_cue_mention):
            decision = sieve(context, index)
            if decision is not None and decision.rule != "quote_then_next_sentence":
                return None  # “... ” he continued.: its own attribution decides
        return Decision("continuation_paragraph", antecedent=index - 1)
    return None


def follow_on_quote(context: Context, index: int) -> Decision | None:
    """A direct quote with no attribution of its own continues the last speaker.

    Right after the previous quote with nothing but punctuation between
    (``“A.” “B.”``) or a linking word and a colon (``And later: “B.”``), or as
    a paragraph that is wholly the quote, right after the paragraph of an
    attributed quote. Looser readings (any later quote in the paragraph) were
    wrong about as often as right on news, so they are left out. Failing that,
    a quote paragraph right before a paragraph that opens with a quote
    attributed after it (``“A.”`` / ``“B,” Lowe said.``) goes on with that speaker.

    Speech goes on in the marks it began in: a quote paragraph that opens
    with another mark than the quote before it (``"`` after ``“``, ``'``
    after ``''``) is an embedded post, a pull quote or a subhead.
    """
    if context.kinds[index] is not QuoteKind.DIRECT:
        return None
    before = previous_spoken(context, index)
    if before is None or context.decisions[before] is None:
        return _attributed_next(context, index)
    quote, previous = context.quotes[index], context.quotes[before]
    if quote.paragraph == previous.paragraph:
        # Only quotes that follow each other with nothing but punctuation between.
        gap = context.tokens(context.outer_end(before), quote.open_mark.start)
        words = [token for token in gap if token.text[0].isalnum()]
        if not words or (
            # "And later: “...”": a few words and a colon, naming nobody;
            # "Indeed, “...”": a sentence adverb and a comma.
            (gap[-1].text == ":" or (gap[-1].text == "," and len(gap) == 2))
            and len(words) <= 3
            and all(w.lower in SENTENCE_LINKS or w.lower in _FOLLOW_ADVERBS for w in words)
        ):
            return Decision("follow_on_quote", antecedent=before)
        return _attributed_next(context, index)
    paragraph = context.segmentation.paragraphs[quote.paragraph]
    whole = quote.open_mark.start == paragraph.start and context.outer_end(index) >= paragraph.end
    if quote.paragraph == previous.paragraph + 1 and whole and _same_marks(context, before, index):
        return Decision("follow_on_quote", antecedent=before)
    return _attributed_next(context, index)


def _same_marks(context: Context, before: int, index: int) -> bool:
    """Whether quotes ``before`` and ``index`` open with the same mark: speech
    goes on in the marks it began in; a quote paragraph in other marks (``"``
    after ``“``) is an embedded post, a pull quote or a subhead."""
    text = context.text
    first, second = context.quotes[before].open_mark, context.quotes[index].open_mark
    return text[first.start : first.end] == text[second.start : second.end]


# Sentence adverbs that carry a speaker's words on ("Indeed, “...”").
_FOLLOW_ADVERBS = frozenset({"indeed", "moreover", "besides", "furthermore"})


def _attributed_next(context: Context, index: int) -> Decision | None:
    """``“A.”`` as a paragraph, then a paragraph opening ``“B,” Lowe said.``: a
    direct quote that is a paragraph of its own, right before another quote
    (nothing but space between) whose attribution follows it, goes on with that
    quote's speaker."""
    following = index + 1
    if following >= len(context.quotes) or context.kinds[following] is not QuoteKind.DIRECT:
        return None
    quote, after = context.quotes[index], context.quotes[following]
    if quote.continued or context.final_mark(index) not in (".", "?", "!"):
        return None  # a quote running on into the next paragraph is one quote
    # “A.” as a paragraph of its own, then a paragraph that opens with “B,” X
    # said. (Within one paragraph, “A.” may as well go on with an earlier speaker.)
    paragraph = context.segmentation.paragraphs[quote.paragraph]
    if (
        after.paragraph != quote.paragraph + 1
        or quote.open_mark.start != paragraph.start
        or context.outer_end(index) < paragraph.end
    ):
        return None
    if context.text[context.outer_end(index) : after.open_mark.start].strip():
        return None
    for sieve in (quote_mention_cue, quote_cue_mention):
        decision = sieve(context, following)
        if decision is not None and decision.rule == sieve.__name__:
            return Decision("follow_on_quote", antecedent=following)
    return None


# Prepositions that open a short adjunct after a closing cue ("said in a statement").
_ADJUNCT_PREPOSITIONS = frozenset({"in", "on", "at", "to"})


def _set_off_cue_ends(tokens: list[Token], c: int) -> bool:
    """Whether a comma closes the cue ``tokens[c]`` (``Ash argued,``) or a short
    prepositional adjunct after it (``Ash argued in his email,``), with more of
    the sentence after the comma."""
    for k in range(c + 1, min(len(tokens) - 2, c + 5)):
        if tokens[k].text == ",":
            rest = tokens[c + 1 : k]
            return not rest or (
                rest[0].lower in _ADJUNCT_PREPOSITIONS
                and all(t.text.isalpha() and t.text.islower() for t in rest)
            )
    return False


def _closing_adjunct(tokens: list[Token]) -> bool:
    """Whether ``tokens`` (what follows a cue that closes a sentence) are only the
    final stop, or a short prepositional adjunct of lowercase words and then the stop."""
    if not tokens or tokens[-1].text not in (".", "!"):
        return all(t.text in (".", "!") for t in tokens)
    rest = tokens[:-1]
    if not rest:
        return True
    return (
        len(rest) <= 3
        and rest[0].lower in _ADJUNCT_PREPOSITIONS
        and all(t.text.isalpha() and t.text.islower() for t in rest)
    )


def previous_sentence_speaker(context: Context, index: int) -> Decision | None:
    """``Nauert said the sanctions would stay. “We ...”``: the speaker of a reporting
    clause in the sentence before a quote that has none."""
    quote = context.quotes[index]
    sentence_index = context.sentence_index(quote.open_mark.start)
    if sentence_index == 0 or context.kinds[index] is not QuoteKind.DIRECT:
        return None
    lo, hi = context.before_region(index)
    if context.tokens(lo, hi):
        return None  # the quote does not open its sentence
    # Closing marks of a quote inside it do not count ("... a lesson.'").
    mark = context.final_mark(index, past_closers=True)
    if not mark or mark not in ".?!…,;:—-":
        return None  # not a sentence of speech (“Stop the Steal” signs lined the road)
    previous = context.segmentation.sentences[sentence_index - 1]
    paragraph = context.segmentation.paragraphs[quote.paragraph]
    if previous.start < paragraph.start and quote.open_mark.start != paragraph.start:
        return None
    lo = previous.start
    if index > 0:
        lo = max(lo, context.outer_end(index - 1))
        if lo > previous.start and not _same_marks(context, index - 1, index):
            return None  # the attribution of a quote in other marks (see follow_on_quote)
    tokens = context.tokens(lo, previous.end)
    vocab = context.vocab
    # Only a short attribution sentence counts: "Dianne Bystrom agreed." or a
    # sentence that hands over to the quote with a colon ("He then listed ...:").
    if not tokens:
        return None
    if lo > previous.start and not any(vocab.cue_at(tokens, c) for c in range(len(tokens))):
        found = _reported_fragment_before(context, index, previous.start)
        if found is not None:
            return found
    short = tokens[-1].text == ":" or len(tokens) <= 8
    for c in range(len(tokens)):
        if vocab.cue_at(tokens, c):
            chunk = chunk_left(vocab, tokens, c)
            if chunk is None:
                # "Trump was quick to add that ...", "Bolton distanced himself
                # from the group by saying he ...": the subject opens the sentence.
                chunk = subject_of_cue(vocab, tokens, c) if c > 2 else None
                if chunk is None or chunk[0] != 0:
                    break
                return Decision(
                    "previous_sentence_speaker", span_of(tokens, chunk), cue_span(tokens, c)
                )
            # A long sentence counts only when it opens with its speaker and
            # cue ("Nauert said the sanctions would stay.").
            opens_with_speaker = chunk[0] == 0 and chunk[1] >= c - 1
            # "The union will watch the case closely, dos Santos says.": the
            # speaker and cue close the sentence after a comma.
            # A short adjunct may follow the cue ("... said in a statement.").
            first = chunk[0]
            while (
                first > chunk[0] - 2
                and first > 1
                and unknown_premodifiers(tokens[first - 1 : first])
            ):
                first -= 1  # ", digital consultant Phil Musser says."
            if tokens[first - 1].text == ",":
                chunk = (first, chunk[1])
            closes_sentence = (
                chunk[0] > 0
                and tokens[chunk[0] - 1].text == ","
                and chunk[1] == c
                and _closing_adjunct(tokens[c + 1 :])
            )
            # "On the other side, Cruz tweeted a warning.": an opening phrase,
            # then the speaker and cue. In the quote's own paragraph the phrase
            # may be long ("In response to the charge that she had been slow on
            # housing, she said ... “...”"): nothing comes between it and the quote.
            longest = 20 if previous.start >= paragraph.start else 8
            after_opener = chunk[1] >= c - 1 and opening_phrase(tokens, chunk[0], longest)
            # "If anything, Ash argued in his email, the incident shows ...": the
            # speaker and cue set off by commas inside the sentence.
            set_off = (
                chunk[0] > 0
                and tokens[chunk[0] - 1].text == ","
                and chunk[1] >= c - 1
                and _set_off_cue_ends(tokens, c)
            )
            if (
                (short and (chunk[0] <= 1 or tokens[-1].text == ":"))
                or opens_with_speaker
                or closes_sentence
                or after_opener
                or set_off
            ):
                return Decision(
                    "previous_sentence_speaker", span_of(tokens, chunk), cue_span(tokens, c)
                )
            return None
    if tokens[-1].text == ":" and quote.open_mark.start == paragraph.start:
        return _as_follows_source(tokens) or _colon_paragraph_speaker(vocab, tokens)
    return None


def _reported_fragment_before(context: Context, index: int, start: int) -> Decision | None:
    """``Corker said they were “meticulous” about it. “We ...”``: the sentence
    before quote ``index`` (from ``start``) reports a fragment of someone's
    words with a cue of its own; the quote goes on with that speaker."""
    before = index - 1
    decision = context.decisions[before]
    root = before
    while (
        decision is not None
        and decision.antecedent is not None
        and decision.antecedent < root
        and context.quotes[decision.antecedent].open_mark.start >= start
    ):
        # "they were “meticulous” about ensuring they were “in no way ...”":
        # a fragment that shares the speaker of one before it in the sentence.
        root = decision.antecedent
        decision = context.decisions[root]
    if (
        decision is None
        or decision.mention is None
        or decision.cue is None
        or decision.mention.start < start
    ):
        return None
    return Decision("previous_sentence_speaker", antecedent=before)


def speaker_sentence_between(context: Context, index: int) -> Decision | None:
    """``“A,” said Ann Lowe. She farms 40 acres. “B.”``: a direct quote opening
    its sentence, after one sentence of the writer's (with no quote) whose
    subject is the previous quote's speaker -- a pronoun that the speaker's
    title or given name does not contradict, or the speaker's surname. The
    quote goes on with that speaker."""
    quote = context.quotes[index]
    if index == 0 or context.kinds[index] is not QuoteKind.DIRECT:
        return None
    before = index - 1
    previous_quote = context.quotes[before]
    if quote.paragraph - previous_quote.paragraph > 1:
        return None
    sentence_index = context.sentence_index(quote.open_mark.start)
    lo, hi = context.before_region(index)
    if sentence_index < 2 or context.tokens(lo, hi):
        return None  # the quote does not open its sentence
    mark = context.final_mark(index, past_closers=True)
    if not mark or mark not in ".?!…":
        return None
    between = context.segmentation.sentences[sentence_index - 1]
    end = context.outer_end(before)
    if between.start < end or context.sentence_index(max(end - 1, 0)) != sentence_index - 2:
        return None  # exactly one sentence, without quotes, between the two
    mention = _speaker_mention(context, before)
    if mention is None:
        return None
    words = context.tokens(mention.start, mention.end)
    tokens = context.tokens(between.start, between.end)
    first = 0
    while first < len(tokens) and tokens[first].lower in ("and", "but", "also"):
        first += 1
    if first >= len(tokens) or len(tokens) - first < 3:
        return None
    subject = tokens[first]
    vocab = context.vocab
    if subject.lower in ("he", "she"):
        if not words or _gender(vocab, words) not in (None, "m" if subject.lower == "he" else "f"):
            return None
        return Decision("speaker_sentence_between", antecedent=before)
    if not words:
        return None
    # The name heads the mention ("Ann Lowe, a farmer near Ames").
    run = first
    while run < len(tokens) and run - first < 4 and tokens[run].text[0].isupper():
        run += 1
    if words[0].lower in PRONOUNS:
        return _aside_between(context, index, tokens, first, run)
    lead = 0
    while lead < len(words) and words[lead].text[0].isupper():
        lead += 1
    surname = words[lead - 1] if lead else None
    if surname is None or run == first or tokens[run - 1].text != surname.text:
        return _aside_between(context, index, tokens, first, run)
    if tokens[first].lower in vocab.non_names:
        return None  # "When Lowe ...": a clause, not a subject
    return Decision("speaker_sentence_between", span_of(tokens, (first, run)))


# Possessive determiners: "Her son ...", "Their lawyer ..." opens with a person.
_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})


def _aside_between(
    context: Context, index: int, tokens: list[Token], first: int, run: int
) -> Decision | None:
    """``“A,” Lowe said. They also lie far from any city. “B.”``: in one
    paragraph, a sentence of the writer's between two quotes that reports no
    speech (no cue) and does not open with another person's name (``Betsy
    Lowe shook her head.``) is an aside; the quote after it goes on with the
    previous quote's speaker."""
    quote, previous = context.quotes[index], context.quotes[index - 1]
    if quote.paragraph != previous.paragraph:
        return None
    vocab = context.vocab
    opener = tokens[first].lower
    if run - first > 1 or (
        run > first and opener not in vocab.non_names and opener not in PRONOUNS
    ):
        return None  # a name may open the sentence: someone else may speak next
    if any(vocab.cue_at(tokens, c) for c in range(len(tokens))):
        return None
    # "An immigrant from Uganda, she plans ...": an opening phrase, then a
    # pronoun subject, which the speaker's title or given name must not contradict.
    comma = next((k for k in range(first, len(tokens) - 1) if tokens[k].text == ","), None)
    if comma is not None and tokens[comma + 1].lower in ("he", "she"):
        mention = _speaker_mention(context, index - 1)
        words = context.tokens(mention.start, mention.end) if mention is not None else []
        gender = "m" if tokens[comma + 1].lower == "he" else "f"
        if not words or _gender(vocab, words) not in (None, gender):
            return None
        return Decision("speaker_sentence_between", antecedent=index - 1)
    # "Her neighbor grows corn.", "His son drives.": a person opens the
    # sentence, who may speak next (a possessive often introduces a relative).
    if tokens[first].lower in _POSSESSIVES or any(
        t.lower in vocab.role_words or t.lower in vocab.role_plurals
        for t in tokens[first : first + 3]
    ):
        return None
    return Decision("speaker_sentence_between", antecedent=index - 1)


def _speaker_mention(context: Context, index: int) -> Span | None:
    """The mention of quote ``index``'s speaker, following a few antecedent links."""
    for _ in range(4):
        decision = context.decisions[index]
        if decision is None:
            return None
        if decision.resolved is not None:
            return decision.resolved
        if decision.antecedent is None or decision.antecedent == index:
            return None
        index = decision.antecedent
    return None


def _gender(vocab: Vocabulary, words: list[Token]) -> str | None:
    """``m``/``f`` from a mention's title or given name, if either tells."""
    first = words[0].lower.rstrip(".")
    if vocab.titles.get(first):
        return vocab.titles[first]
    if first in ("he", "him", "his"):
        return "m"
    if first in ("she", "her"):
        return "f"
    return vocab.first_names.get(first)


def _as_follows_source(tokens: list[Token]) -> Decision | None:
    """``Transcript as follows:`` / ``Partial transcript as follows:``: a short
    source phrase and ``as follows`` hand over to the quote paragraphs after it;
    the source is the mention and the colon the cue."""
    n = len(tokens)
    if not 3 < n <= 7 or [t.lower for t in tokens[-3:-1]] != ["as", "follows"]:
        return None
    words = tokens[: n - 3]
    if not words[0].text[0].isupper() or not all(t.text.isalpha() for t in words):
        return None
    colon = Span(tokens[-1].start, tokens[-1].end)
    return Decision("previous_sentence_speaker", span_of(tokens, (0, n - 3)), colon)


def _colon_paragraph_speaker(vocab: Vocabulary, tokens: list[Token]) -> Decision | None:
    """The speaker of a paragraph that hands over to a quote paragraph with a
    colon and no usable cue: ``Stated Stone:``, ``Trump issued the following
    statement:``, ``He then listed the qualities ...:``."""
    colon = Span(tokens[-1].start, tokens[-1].end)
    n = len(tokens) - 1
    chunk: tuple[int, int] | None = None
    if n > 1 and tokens[0].text[0].isupper() and tokens[0].lower in vocab.reporting_verbs:
        chunk = chunk_right(vocab, tokens, 1)  # "Stated Stone:"
        if chunk is not None and chunk[1] != n:
            chunk = None
    if chunk is None:
        first = 0
        if tokens[0].lower in SUBORDINATORS or tokens[0].lower == "as":
            # "When Wallace died, President Clinton released ...:": the main clause.
            first = next((k + 1 for k in range(n) if tokens[k].text == ","), n)
        inner = clause_subject(vocab, tokens[first:n], n - first)
        chunk = None if inner is None else (inner[0] + first, inner[1] + first)
    if chunk is None:
        return None
    words = tokens[chunk[0] : chunk[1]]
    if words[0].lower in ("it", "this", "that", "there", "what", "which", "i", "here"):
        return None
    if not_a_speaker(vocab, words):
        return None
    return Decision("previous_sentence_speaker", span_of(tokens, chunk), colon)


#: This family's rules (the pipeline holds their order among all rules).
RULES: tuple[Sieve, ...] = (
    continuation_paragraph,
    follow_on_quote,
    previous_sentence_speaker,
    speaker_sentence_between,
)
