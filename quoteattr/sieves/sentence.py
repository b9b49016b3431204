"""Rules that read the quote's own sentence: a reporting clause before the
quote, a subject, a participle or a closing attribution in the writer's words.

In the default order these decide:

1. :func:`mention_cue_quote`: ``Zakharova said: “...”`` / ``the State Department
   insisted that ... “maintained”`` (mention and cue before the quote);
2. :func:`parenthetical_cue_quote`: an inverted cue set off by a comma before the
   quote (``The paradox, says Carl Anthony, a historian, is that she was “...”``,
   ``But, said Okafor, “...”``);
3. :func:`same_sentence_quote`: a quote with no cue after an attributed quote of
   the same sentence;
4. :func:`closing_attribution`: ``Fundraising was “stagnant” as donors waited, he said.``;
5. :func:`next_quote_attribution`: a quote shares the attribution right after
   the next quote of its sentence (``“I don’t think” -- that ... -- “is going to
   last,” he says.``);
6. :func:`opening_participle_quote`: ``In declaring the remarks “not Christian,” the pope ...``;
7. :func:`clause_subject_quote`: ``Trump defended his manager as a “very decent man”``.
"""

from __future__ import annotations

from quoteattr.mentions import (
    PRONOUNS,
    Token,
    Vocabulary,
    chunk_left,
    chunk_right,
    span_of,
)
from quoteattr.mentions.names import common_word_opening
from quoteattr.model import QuoteKind
from quoteattr.sieves.adjacent import (
    quote_cue_mention,
    quote_mention_cue,
)
from quoteattr.sieves.context import (
    Context,
    Decision,
    Sieve,
    cue_span,
)
from quoteattr.sieves.grammar import (
    CLOSED_CLASS,
    COMPLEMENTIZERS,
    DETERMINERS,
    NAMING_PARTICIPLES,
    OPENING_SUBORDINATORS,
    PERCEPTION_VERBS,
    QUOTE_MARKS,
    SUBORDINATORS,
    clause_subject,
    not_a_speaker,
    plain_word,
    subject_and_verb,
    subject_of_cue,
)

__all__ = [
    "RULES",
    "clause_subject_quote",
    "closing_attribution",
    "mention_cue_quote",
    "next_quote_attribution",
    "opening_participle_quote",
    "parenthetical_cue_quote",
    "same_sentence_quote",
]


# Finite verbs and modals that can open a partial quote continuing a clause.
_FINITE_OPENERS = frozenset(
    {"would", "will", "could", "should", "might", "may", "must", "can", "is", "was", "are", "were"}
)


def _opens_with_finite_verb(context: Context, index: int) -> bool:
    """Whether quote ``index``'s content opens with a modal or a form of *be*."""
    span = context.quotes[index].span
    words = context.text[span.start : min(span.end, span.start + 40)].split(maxsplit=1)
    return bool(words) and words[0].lower() in _FINITE_OPENERS


def mention_cue_quote(context: Context, index: int) -> Decision | None:
    """``Zakharova said: “...”`` / ``the State Department insisted that ... “maintained”``.

    The nearest reporting verb before the quote in its sentence that has a
    speaker phrase, climbing out of reported clauses (``Carter said he would
    welcome ...``: Carter, not he). A colon
    or comma right before the quote makes it ``mention_cue_colon_quote``; a
    partial quote is ``indirect_speech_partial``.
    """
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    vocab = context.vocab
    direct = context.kinds[index] is QuoteKind.DIRECT
    order = range(len(tokens) - 1, -1, -1)
    if len(tokens) > 2 and tokens[0].lower in vocab.reporting_verbs and tokens[0].text[0].isupper():
        # "Said Dorothy Poynter, who grew up with Ali, “...”": an inverted cue.
        chunk = chunk_right(vocab, tokens, 1)
        if chunk is not None:
            return Decision("mention_cue_quote", span_of(tokens, chunk), cue_span(tokens, 0))
    c = len(tokens) - 2 if len(tokens) > 1 and tokens[-1].text in (":", ",") else len(tokens) - 1
    bearer = (
        _inscription_bearer(tokens, c)
        if c > 1 and context.kinds[index] is not QuoteKind.TERM
        else None
    )
    if bearer is not None:
        rule = "mention_cue_colon_quote" if c < len(tokens) - 1 else "mention_cue_quote"
        rule = rule if direct else "indirect_speech_partial"
        return Decision(rule, span_of(tokens, bearer), cue_span(tokens, c))
    nearest: int | None = None
    cue_words = vocab.cue_words
    for c in order:
        if tokens[c].lower not in cue_words or not vocab.cue_at(tokens, c):
            continue
        if c > 0 and tokens[c].lower == "quote" and tokens[c - 1].lower == "i":
            continue  # "Trump said, and I quote, “...”": the writer's aside
        if nearest is None:
            nearest = c
        if (
            c == nearest
            and tokens[c].lower not in _OBJECT_CUES
            and _inverted_cue_speaker(vocab, tokens, c) is not None
        ):
            # "Because of ..., explained Rosenberg, “...”": the speaker follows the
            # cue; parenthetical_cue_quote reads it. A verb of telling looks for
            # its subject first ("Lee, in an interview, told Fox News, “...”").
            return None
        passive = _passive_cue(tokens, c)
        if passive is not None:
            # "Cruz was asked by the host, “...”": the asker speaks, not the subject.
            agent = chunk_right(vocab, tokens, passive) if passive < len(tokens) else None
            if agent is None or passive == c + 1:
                return None
            return Decision("mention_cue_quote", span_of(tokens, agent), cue_span(tokens, c))
        chunk = subject_of_cue(vocab, tokens, c)
        if chunk is None:
            continue
        if not direct and _later_coordinate_clause(vocab, tokens, c):
            # "Lowe proposed a debate - but the Vell campaign rejected the idea
            # as “ludicrous”": the quote is in a later clause with its own subject.
            return None
        if (
            not direct
            and chunk[1] - chunk[0] == 1
            and tokens[chunk[0]].lower in ("who", "which")
            and _opens_with_finite_verb(context, index)
        ):
            # "said the way they disparaged women who complained ... “would be
            # disqualifying”": a quote that opens with a finite verb goes on
            # the clause around the relative one, not its verb's object.
            continue
        if direct:
            chunk = _relative_antecedent(vocab, tokens, chunk, nearest)
            chunk = _subordinate_pronoun_subject(tokens, chunk, c)
        if (
            tokens[c].lower in NAMING_PARTICIPLES
            and chunk[0] > 0
            and tokens[chunk[0]].lower in ("a", "an")
        ):
            # "broadcast a short film called “...”": a naming participle after
            # an object; the clause's subject is the source.
            chunk = clause_subject(vocab, tokens, chunk[0])
            if chunk is None:
                continue
        # "Carter said he would welcome ...": a cue whose subject directly follows
        # an earlier cue is inside that cue's reported clause; the outer one speaks.
        outer = c
        while True:
            k = chunk[0] - 1
            if (
                k >= 1
                and tokens[k].lower in OPENING_SUBORDINATORS
                and tokens[k - 1].lower == "that"
            ):
                k -= 2  # "Clinton said that when Warren railed against ...": still reported
            elif k >= 0 and tokens[k].lower in COMPLEMENTIZERS:
                k -= 1
            if k < 0 or not vocab.cue_at(tokens, k):
                break
            if tokens[k].lower in PERCEPTION_VERBS and tokens[outer].lower.endswith("ing"):
                break  # "remember Reagan declaring": the one remembered speaks
            outer_chunk = subject_of_cue(vocab, tokens, k)
            if outer_chunk is None:
                break
            chunk, outer = outer_chunk, k
        c = outer
        # "Sanders said last week that he plans ...", "Cruz said he’s certain
        # Rubio will ...": an earlier reporting verb of the sentence, whose
        # reported clause holds this one, gives the source.
        opener = chunk[0] - 1 if tokens[chunk[0]].lower != "that" else chunk[0]
        reported = opener >= 0 and tokens[opener].lower == "that"
        for k in range(opener - 1, max(-1, opener - 8), -1) if reported else ():
            if tokens[k].text in (";", ":", ",") or tokens[k].text in QUOTE_MARKS:
                break
            if not vocab.cue_at(tokens, k):
                continue
            earlier = subject_of_cue(vocab, tokens, k)
            if (
                earlier is not None
                and earlier[1] <= k
                and not not_a_speaker(vocab, tokens[earlier[0] : earlier[1]])
            ):
                chunk, c = earlier, k
                break
        if not direct:
            outer_subject = _reporting_clause_subject(vocab, tokens, chunk)
            if outer_subject is not None:
                chunk, c = outer_subject
        if (
            chunk[1] - chunk[0] == 1
            and tokens[chunk[0]].lower in ("he", "she", "they")
            and chunk[0] > 0
            and tokens[chunk[0] - 1].lower == "what"
        ):
            # "Cruz has railed against what he calls the “Washington cartel”": the
            # pronoun repeats the subject of the clause the relative clause is in.
            subject = clause_subject(vocab, tokens, chunk[0] - 1)
            if subject is not None and tokens[subject[0]].lower not in PRONOUNS:
                chunk = subject
        last = tokens[-1].text if tokens else ""
        if not direct:
            rule = "indirect_speech_partial"
        elif last in (":", ","):
            rule = "mention_cue_colon_quote"
        else:
            rule = "mention_cue_quote"
        return Decision(rule, span_of(tokens, chunk), cue_span(tokens, c))
    return _participle_after_quote(context, index, tokens)


def _later_coordinate_clause(vocab: Vocabulary, tokens: list[Token], cue: int) -> bool:
    """Whether a clause joined by *but*, *yet* or a comma and *and* follows the
    cue at ``cue`` with a subject that names someone and a verb that does not
    link it to what follows (``but the Vell campaign rejected the idea``)."""
    for k in range(cue + 1, len(tokens) - 2):
        word = tokens[k].lower
        if not (word in ("but", "yet") or (word == "and" and tokens[k - 1].text == ",")):
            continue
        chunk = chunk_right(vocab, tokens, k + 1)
        if chunk is None or chunk[0] != k + 1 or chunk[1] >= len(tokens) - 1:
            continue
        following = tokens[chunk[1]]
        if not (following.text[0].islower() and following.text.isalpha()):
            continue
        if following.lower in CLOSED_CLASS or _copular(tokens, chunk[1]):
            continue
        if not_a_speaker(vocab, tokens[chunk[0] : chunk[1]]):
            continue
        return True
    return False


def _participle_after_quote(context: Context, index: int, tokens: list[Token]) -> Decision | None:
    """``Trump defended “New York values,” saying the city embodied the “...”``:
    the writer's words before the quote open with a participle cue right after
    an earlier quote of the sentence; the subject of the sentence's words
    before that earlier quote is the source (unless the earlier quote went to
    someone else: ``same_sentence_quote`` then decides)."""
    k = 0
    while k < len(tokens) and tokens[k].text in (",", "—", "–"):
        k += 1
    if index == 0 or k >= len(tokens) or not tokens[k].lower.endswith("ing"):
        return None
    if context.text[context.outer_end(index - 1) : tokens[k].start].strip(" ,—–"):
        return None
    if not context.vocab.cue_at(tokens, k):
        return None
    earlier = context.quotes[index - 1]
    sentence = context.segmentation.sentences[context.sentence_index(earlier.open_mark.start)]
    if context.sentence_index(context.quotes[index].open_mark.start) != context.sentence_index(
        earlier.open_mark.start
    ):
        return None
    head_end = earlier.open_mark.start
    head = context.tokens(context.window_before(sentence.start, head_end), head_end)
    chunk = clause_subject(context.vocab, head, len(head)) if head else None
    if chunk is None or not_a_speaker(context.vocab, head[chunk[0] : chunk[1]]):
        return None
    mention = span_of(head, chunk)
    earlier_decision = context.decisions[index - 1]
    if earlier_decision is not None and earlier_decision.mention != mention:
        return None  # same_sentence_quote shares the earlier quote's speaker
    rule = (
        "mention_cue_quote"
        if context.kinds[index] is QuoteKind.DIRECT
        else "indirect_speech_partial"
    )
    return Decision(rule, mention, cue_span(tokens, k))


# Things that bear written words (``a sign reading “...”``).
_INSCRIBED = frozenset(
    {"sign", "signs", "placard", "placards", "banner", "banners", "poster", "posters"}
    | {"hat", "hats", "cap", "caps", "shirt", "shirts", "t-shirt", "t-shirts", "button", "buttons"}
    | {"headline", "headlines", "billboard", "billboards", "sticker", "stickers", "mug", "mugs"}
)


_INSCRIPTION_CUES = frozenset({"reading", "read", "reads", "saying", "said", "says"})


def _inscription_bearer(tokens: list[Token], c: int) -> tuple[int, int] | None:
    """``Lee held up a sign saying “...”``, ``wore a campaign hat reading, “...”``,
    ``under a headline that said, “...”``: the thing that bears the words (a
    determiner, a few modifiers and the noun) is the source, not the subject
    of the sentence."""
    if tokens[c].lower not in _INSCRIPTION_CUES:
        return None
    end = c - 1 if c >= 1 and tokens[c - 1].lower == "that" else c
    if end < 2 or tokens[end - 1].lower not in _INSCRIBED:
        return None
    for start in range(end - 2, max(-1, end - 7), -1):
        word = tokens[start]
        if word.lower in DETERMINERS or word.lower.endswith(("’s", "'s")):
            return (start, end)
        if not word.text[0].isalnum() or word.lower in CLOSED_CLASS:
            return None
    return None


_REPORTED_CLAUSE_STOPS = frozenset(
    {
        ";",
        ":",
        "(",
        ",",
        "—",
        "–",
        "-",
        "what",
        "who",
        "which",
        "whom",
        "and",
        "but",
        "when",
        "while",
    }
    | {"although", "though", "because", "after", "before", "if", "since", "as", "until", "whether"}
)


def _reporting_clause_subject(
    vocab: Vocabulary, tokens: list[Token], chunk: tuple[int, int]
) -> tuple[tuple[int, int], int] | None:
    """``Rubio said that over the last five days he has begun “...”``, ``Graham
    assures his audience he will tell the “...”``: a lone personal pronoun whose
    clause sits inside the reported clause of an earlier reporting verb of the
    sentence with a named or described subject; that subject and its cue."""
    if chunk[1] - chunk[0] != 1 or tokens[chunk[0]].lower not in ("he", "she", "they"):
        return None
    for k in range(chunk[0] - 1, max(-1, chunk[0] - 16), -1):
        if tokens[k].text in _REPORTED_CLAUSE_STOPS or tokens[k].text in QUOTE_MARKS:
            return None
        if tokens[k].lower in _REPORTED_CLAUSE_STOPS:
            return None  # "when he claimed", "although he tweeted": a clause of its own
        if not vocab.cue_at(tokens, k):
            continue
        earlier = subject_of_cue(vocab, tokens, k)
        if (
            earlier is None
            or earlier[1] > k
            or tokens[earlier[0]].lower in PRONOUNS
            or not_a_speaker(vocab, tokens[earlier[0] : earlier[1]])
        ):
            return None
        return earlier, k
    return None


def parenthetical_cue_quote(context: Context, index: int) -> Decision | None:
    """``The paradox of the era, says Carl Anthony, a historian, is that she was
    “...”``, ``But, said Okafor, “...”``, ``In other words, asked moderator Dana
    Reyes: “...”``: an inverted cue (a reporting verb, then its speaker) set off
    by commas in the writer's words before the quote, its speaker phrase closed
    by a comma or by the colon or comma right before the quote."""
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    vocab = context.vocab
    for k in range(len(tokens) - 3, 0, -1):
        if tokens[k - 1].text != "," or tokens[k].lower not in vocab.reporting_verbs:
            continue
        chunk = _inverted_cue_speaker(vocab, tokens, k)
        if chunk is not None:
            return Decision("parenthetical_cue_quote", span_of(tokens, chunk), cue_span(tokens, k))
    return None


def _subordinate_pronoun_subject(
    tokens: list[Token], chunk: tuple[int, int], c: int
) -> tuple[int, int]:
    """``Christie ... even as he defended the campaign, saying, “...”``, ``Wilkerson
    started the rant when he brought up ... and later said``: a participle or a
    coordinated cue after a subordinate clause with a pronoun subject goes with
    that clause; the pronoun is the nearer mention of the same speaker."""
    if c == 0 or not (
        tokens[c].lower.endswith("ing") or tokens[c - 1].lower in ("and", "then", "later")
    ):
        return chunk
    for k in range(c - 2, chunk[1], -1):
        if tokens[k].lower in (";", ":") or tokens[k].text in QUOTE_MARKS:
            break
        if (
            tokens[k].lower in ("as", "when", "while")
            and tokens[k + 1].lower in ("he", "she", "they")
            and tokens[k + 2].text[0].islower()
            and tokens[k + 2].lower.endswith("ed")
        ):
            return (k + 1, k + 2)
    return chunk


# Reporting verbs that take the one spoken to as an object ("told reporters").
_OBJECT_CUES = frozenset(
    {
        "told",
        "tells",
        "tell",
        "asked",
        "asks",
        "ask",
        "warned",
        "reminded",
        "urged",
        "assured",
        "informed",
        "promised",
        "wrote",
        "emailed",
        "texted",
        "messaged",
    }
)


def _inverted_cue_speaker(vocab: Vocabulary, tokens: list[Token], c: int) -> tuple[int, int] | None:
    """``..., explained Rosenberg, “...”``, ``The problem, argued Maya Brooks, is
    ...``: a reporting verb after a comma of the writer's words, then its
    speaker phrase, closed by a comma or colon; the speaker phrase, or None.
    Not a participle or a verb of telling with its object (``..., telling
    reporters,``, ``..., told him,``). (``“A,” said X, “B”`` is a split quote.)"""
    if c == 0 or tokens[c - 1].text != ",":
        return None
    word = tokens[c].lower
    if word.endswith("ing") or c + 1 >= len(tokens) or tokens[c + 1].lower in PRONOUNS:
        return None
    chunk = chunk_right(vocab, tokens, c + 1)
    if chunk is None or chunk[1] >= len(tokens) or tokens[chunk[1]].text not in (",", ":"):
        return None
    if word in _OBJECT_CUES and chunk[1] != len(tokens) - 1:
        return None  # "..., told reporters, ...": the one spoken to
    if not_a_speaker(vocab, tokens[chunk[0] : chunk[1]]):
        return None
    return chunk


# Reporting verbs whose passive subject is the one spoken to ("was asked").
_PASSIVE_CUES = frozenset({"asked", "told", "warned", "reminded", "urged"})


_RELATIVE_AUXILIARIES = frozenset(
    {"has", "have", "had", "is", "was", "are", "were", "will", "would", "also", "once", "later"}
)


_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "being", "be"})


def _passive_cue(tokens: list[Token], c: int) -> int | None:
    """For a passive ``was asked`` (``Trump was asked, “...”``, ``was asked by
    host Bill Maher``, ``Asked by Glenn Thrush if ...``), the index after the
    cue where an agent phrase starts:
    one past ``by`` when there is one, else ``c + 1``; None for an active cue."""
    if tokens[c].lower not in _PASSIVE_CUES:
        return None
    if (
        (c == 0 or tokens[c - 1].lower in ("when", "after", "once"))
        and c + 2 < len(tokens)
        and tokens[c + 1].lower == "by"
        and not any(t.text in (",", ";", ":") for t in tokens[c + 2 :])
    ):
        # "Asked by Glenn Thrush if Clinton “gets” race, ...": a participle
        # opening the sentence; its agent asks, and the quote is in its clause.
        return c + 2
    k = c - 1
    while k >= 0 and tokens[k].lower.endswith("ly") and tokens[k].text[0].islower():
        k -= 1  # "was repeatedly asked"
    if k < 0 or tokens[k].lower not in _PASSIVE_AUXILIARIES:
        return None
    if c + 1 < len(tokens) and tokens[c + 1].lower == "by":
        return c + 2
    return c + 1


def _relative_antecedent(
    vocab: Vocabulary, tokens: list[Token], chunk: tuple[int, int], nearest: int | None
) -> tuple[int, int]:
    """``Mr. Olden, who said last week ..., issued a statement saying``, ``a city
    official who spoke anonymously ... said``: a lone ``who`` whose own verb is
    not the reporting verb nearest the quote is the subject of a relative clause
    only; the phrase it refers to is the subject of the main clause and speaks."""
    if chunk[1] - chunk[0] != 1 or tokens[chunk[0]].lower != "who" or chunk[0] == 0:
        return chunk
    verb = chunk[1]
    while verb < len(tokens) and (
        tokens[verb].lower.endswith("ly") or tokens[verb].lower in _RELATIVE_AUXILIARIES
    ):
        verb += 1  # "who also said", "who has publicly vowed"
    if nearest is None or verb >= nearest or tokens[nearest - 1].lower in SUBORDINATORS:
        return chunk  # "who told Congress when asked ...": still the relative clause
    antecedent = chunk_left(vocab, tokens, chunk[0])
    if antecedent is None or tokens[antecedent[0]].lower in PRONOUNS:
        return chunk
    return antecedent


def same_sentence_quote(context: Context, index: int) -> Decision | None:
    """``called him a “petulant child” who is acting “as if he is a king”``: a quote
    with no cue of its own after an attributed quote in the same sentence."""
    if index == 0 or context.decisions[index - 1] is None:
        return None
    previous = context.quotes[index - 1]
    if previous.paragraph != context.quotes[index].paragraph:
        return None
    here = context.sentence_index(context.quotes[index].open_mark.start)
    if context.sentence_index(context.outer_end(index - 1) - 1) != here:
        return None
    cue = context.decisions[index - 1].cue  # type: ignore[union-attr]
    if context.decisions[index - 1].rule == "quote_mention_aside_cue" and (  # type: ignore[union-attr]
        cue is not None and context.quotes[index].open_mark.start < cue.start
    ):
        return None  # a term inside the aside before the cue (“Kale 2016” pins)
    between = context.tokens(context.outer_end(index - 1), context.quotes[index].open_mark.start)
    first = 1 if between and between[0].text == "," else 0
    if (
        len(between) > first + 1
        and (first or context.final_mark(index - 1) == ",")
        and _opening_clause_ends_before(context, index - 1)
    ):
        # "While Vell proclaims the report a “fine piece,” Lowe fixates on the
        # “pivot” line": the earlier quote closes an opening subordinate
        # clause; this one is in the main clause, whose subject speaks.
        chunk = chunk_right(context.vocab, between, first)
        if (
            chunk is not None
            and chunk[0] == first
            and chunk[1] < len(between)
            and between[chunk[1]].text[0].islower()
            and between[chunk[1]].text.isalpha()
            and not not_a_speaker(context.vocab, between[chunk[0] : chunk[1]])
        ):
            if _copular(between, chunk[1]):
                return None  # "..., Lowe was “furious”": words about Lowe
            if between[chunk[1]].lower not in CLOSED_CLASS:
                return Decision("same_sentence_quote", span_of(between, chunk))
    who = _relative_who_before(between)
    if who is not None:
        # "“...,” said Lowe, who thinks the staff “need to listen”": the
        # relative clause's who, which stands for the person it follows.
        return Decision("same_sentence_quote", span_of(between, (who, who + 1)))
    return Decision("same_sentence_quote", antecedent=index - 1)


def _opening_clause_ends_before(context: Context, index: int) -> bool:
    """Whether quote ``index`` lies in a subordinate clause that opens its
    sentence (``While Vell proclaims the report a “fine piece,”``): the
    sentence's words before it start with a subordinator and hold no comma."""
    tokens = context.tokens(*context.before_region(index))
    return (
        len(tokens) > 2
        and tokens[0].lower in OPENING_SUBORDINATORS
        and not any(t.text in (",", ";", ":") for t in tokens)
    )


def _relative_who_before(tokens: list[Token]) -> int | None:
    """Index of the ``who`` of a relative clause, opened by a comma, that runs
    to the end of ``tokens`` (the words before a quote) with a verb after
    ``who`` that does not link it to the quote (``who is “...”``)."""
    for k in range(len(tokens) - 1, 0, -1):
        if tokens[k].text in (",", ";", ":", "—", "–", "(", ")"):
            return None
        if tokens[k].lower == "who" and tokens[k - 1].text == ",":
            if k + 1 >= len(tokens):
                return None
            following = tokens[k + 1]
            if not (following.text[0].islower() and following.text.isalpha()):
                return None
            if following.lower in CLOSED_CLASS and following.lower not in _CLAUSE_AUXILIARIES:
                return None
            verb = k + 1
            while verb + 1 < len(tokens) and tokens[verb].lower in _LINKING_AUXILIARIES:
                verb += 1
            return None if _copular(tokens, verb) else k
    return None


def next_quote_attribution(context: Context, index: int) -> Decision | None:
    """``“I don’t think the numbers” -- with her behind -- “will hold,” he says.`` /
    ``The program was a “good thing” that yielded “frankly good information,”
    he said.``: a quote with no cue of its own shares the attribution of the
    next quote of its sentence and paragraph when that one is attributed right
    after it, within the sentence, and the writer's words between the two
    (twenty at most) hold no reporting verb. A short quote the kinds stage took
    for a term is read the same way."""
    if index + 1 >= len(context.quotes):
        return None
    quote, following = context.quotes[index], context.quotes[index + 1]
    if quote.paragraph != following.paragraph:
        return None
    if context.sentence_index(following.open_mark.start) != context.sentence_index(
        quote.open_mark.start
    ):
        return None
    between = context.tokens(context.outer_end(index), following.open_mark.start)
    vocab = context.vocab
    if len(between) > 20 or any(vocab.cue_at(between, k) for k in range(len(between))):
        return None
    for sieve in (quote_mention_cue, quote_cue_mention):
        decision = sieve(context, index + 1)
        if decision is not None and decision.rule != "quote_then_next_sentence":
            return Decision("next_quote_attribution", decision.mention, decision.cue)
    return None


def closing_attribution(context: Context, index: int) -> Decision | None:
    """``Fundraising was “stagnant for a month” as donors waited, he said.``: a
    partial quote (or a short one the kinds stage took for a term) in a
    sentence whose writer's words close with ``, X said`` (or ``, said X``)
    goes to X."""
    if context.kinds[index] is QuoteKind.DIRECT or not context.segmentation.sentences:
        return None
    here = context.sentence_index(context.quotes[index].open_mark.start)
    sentence = context.segmentation.sentences[here]
    lo = context.outer_end(context.last_quote_in_sentence(index))
    if lo >= sentence.end:
        return None
    tokens = context.tokens(context.window_before(lo, sentence.end), sentence.end)
    n = len(tokens)
    while n > 0 and tokens[n - 1].text in (".", "!", "?"):
        n -= 1
    # Only a comma among the last ten tokens can count (see below).
    comma = next((k for k in range(n - 1, max(-1, n - 11), -1) if tokens[k].text == ","), None)
    if comma is None or n - comma > 9:
        return None
    vocab = context.vocab
    cues = [k for k in range(comma + 1, n) if vocab.cue_at(tokens, k)]
    if len(cues) != 1:
        return None
    c = cues[0]
    if c == comma + 1:
        chunk = chunk_right(vocab, tokens, c + 1)  # ", said X."
        if chunk is None or chunk[1] != n or tokens[c].lower in ("told", "tells"):
            return None  # ", told the council.": the one spoken to, not the speaker
    else:
        chunk = chunk_left(vocab, tokens, c)  # ", X said."
        if chunk is None or chunk[0] != comma + 1:
            return None
        if any(t.lower in COMPLEMENTIZERS for t in tokens[c + 1 : n]):
            return None  # ", he said that ...": the clause goes on
    return Decision("closing_attribution", span_of(tokens, chunk), cue_span(tokens, c))


_FINITE_AUXILIARIES = frozenset(
    {"has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may"}
)


def opening_participle_quote(context: Context, index: int) -> Decision | None:
    """``In declaring the remarks “not Christian,” the pope again showed ...``: a
    sentence opening with a reporting participle (after ``in``, ``by``, ``while``)
    whose object holds a partial quote; the subject after the comma that closes
    the opening phrase is the source."""
    if context.kinds[index] is not QuoteKind.PARTIAL or not context.segmentation.sentences:
        return None
    lo, hi = context.before_region(index)
    sentence = context.segmentation.sentences[
        context.sentence_index(context.quotes[index].open_mark.start)
    ]
    if context.has_tokens(sentence.start, lo):
        return None
    before = context.tokens(lo, hi)
    vocab = context.vocab
    k = 0
    if k < len(before) and before[k].lower in ("and", "but"):
        k += 1
    if k < len(before) and before[k].lower in ("in", "by", "while", "when", "after"):
        k += 1
    if k >= len(before) or not before[k].lower.endswith("ing"):
        return None
    if before[k].lower not in vocab.reporting_verbs or any(t.text == "," for t in before[k:]):
        return None
    a_lo, a_hi = context.after_region(index)
    after = context.tokens(a_lo, a_hi)
    end = context.outer_end(index)
    inner_comma = context.text[max(end - 2, 0) : end].startswith(",")  # “not Christian,”
    comma = (
        -1
        if inner_comma
        else next((j for j in range(min(len(after), 15)) if after[j].text == ","), None)
    )
    if comma is None:
        return None
    chunk = chunk_right(vocab, after, comma + 1)
    if chunk is None or chunk[1] >= len(after):
        return None
    following = after[chunk[1]]
    if not following.text[0].islower() or (
        following.lower in CLOSED_CLASS and following.lower not in _FINITE_AUXILIARIES
    ):
        return None
    if not_a_speaker(vocab, after[chunk[0] : chunk[1]]):
        return None
    return Decision("opening_participle_quote", span_of(after, chunk), cue_span(before, k))


def clause_subject_quote(context: Context, index: int) -> Decision | None:
    """``Trump defended his manager as a “very decent man”``: a partial quote (or a
    quote after a colon or comma) in a sentence with no reporting verb goes to
    the subject of the sentence, when that subject names someone."""
    kind = context.kinds[index]
    if kind is QuoteKind.TERM:
        return None  # a title, nickname or so-called word: no verb reports it
    quote = context.quotes[index]
    inside = context.tokens(quote.span.start, quote.span.end)
    size = sum(1 for token in inside if token.text[0].isalnum())
    if size < 2 and not _closing_characterization(context, index):
        return None  # a single word is as likely a scare quote as someone's words
    if size < 3 and _modifies_a_noun(context, index):
        return None  # "the “establishment” candidate": a scare-quoted modifier
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    if not tokens:
        return None
    vocab = context.vocab
    if (
        kind is QuoteKind.DIRECT
        and tokens[-1].text not in (":", ",")
        and not _participle_cue_after(context, index)
    ):
        return None
    if any(
        _passive_cue(tokens, c) == c + 1
        for c in range(len(tokens) - 1, max(-1, len(tokens) - 6), -1)
    ):
        return None  # "Trump was asked, “...”": the subject is not who speaks
    # A direct quote after a colon is left to colon_clause_subject.
    held_apposition = kind is QuoteKind.PARTIAL
    found = subject_and_verb(vocab, tokens, len(tokens), True, held_apposition)
    if found is None:
        return None
    chunk, verb = found
    if kind is QuoteKind.PARTIAL and _copular(tokens, verb):
        return None  # "Lowe is “too liberal”": words about the subject, not the subject's
    words = [t.lower for t in tokens[chunk[0] : chunk[1]]]
    if words[0] in ("it", "this", "that", "there", "what", "which") or words == ["i"]:
        return None
    if not_a_speaker(vocab, tokens[chunk[0] : chunk[1]]):
        return None
    if chunk[1] == chunk[0] + 1 and common_word_opening(
        vocab,
        context.text,
        tokens[chunk[0]],
        tokens[chunk[1]],
        tokens[chunk[1] + 1] if chunk[1] + 1 < len(tokens) else None,
    ):
        return None  # "Good information can ...": a common word, capitalized, opens the sentence
    chunk = _subordinate_subject(vocab, tokens, verb) or chunk
    return Decision("clause_subject_quote", span_of(tokens, chunk))


# Words that open an adverbial clause after the main verb ("..., although she
# made it clear she has “serious concerns”").
_LATER_SUBORDINATORS = frozenset(
    {"although", "though", "when", "as", "because", "while", "since", "whereas", "after"}
)


# Pronouns that name people as the subject of a clause.
_PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you"})


# Auxiliaries and forms of "be" that may follow a clause's subject.
_CLAUSE_AUXILIARIES = frozenset(
    {"is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can"}
)


# Auxiliaries before a form of "be" ("had been", "will be", "would seem").
_LINKING_AUXILIARIES = frozenset(
    {"has", "have", "had", "will", "would", "could", "might", "may", "must", "should", "not"}
)


def _subordinate_subject(
    vocab: Vocabulary, tokens: list[Token], verb: int
) -> tuple[int, int] | None:
    """``Lowe backed the deal, although she said she has “doubts”``: the subject
    of the last adverbial clause after the main verb (``verb``) that holds the
    quote, when it names someone and a verb follows it, or the ``who`` of a
    relative clause set off by a comma (``sided with Vell, who wants to
    “...”``); the quote is in that clause, so its subject speaks."""
    found = None
    for k in range(verb + 1, len(tokens) - 2):
        chunk: tuple[int, int] | None
        if tokens[k].lower == "who" and tokens[k - 1].text == ",":
            chunk = (k, k + 1)  # "contrasted that with Vell, who is looking to bring “...”"
        elif tokens[k].lower in _LATER_SUBORDINATORS:
            chunk = chunk_right(vocab, tokens, k + 1)
            if chunk is None or chunk[0] != k + 1 or chunk[1] >= len(tokens):
                continue
            first = tokens[chunk[0]]
            if first.lower not in _PERSONAL_SUBJECTS and not first.text[0].isupper():
                continue  # "when the economy slid into a “death spiral”": a thing, not a speaker
            if not_a_speaker(vocab, tokens[chunk[0] : chunk[1]]):
                continue
        else:
            continue
        following = tokens[chunk[1]]
        if not (following.text[0].islower() and following.text.isalpha()):
            continue
        if following.lower in CLOSED_CLASS and following.lower not in _CLAUSE_AUXILIARIES:
            continue  # not a verb ("when the", "as a")
        if any(t.text in (",", ";", "—", "–", "(") for t in tokens[chunk[1] : -1]):
            continue  # "after the council voted, calling it a “sham”": the clause has ended
        verb_at = chunk[1]
        while verb_at + 1 < len(tokens) and tokens[verb_at].lower in _LINKING_AUXILIARIES:
            verb_at += 1  # "because he had been “a steady hand”"
        if _copular(tokens, verb_at):
            continue  # words about the clause's subject, in the main subject's mouth
        found = chunk
    return found


# Forms of "be", "seem" and "appear": their subject is what a quote describes.
_COPULAS = frozenset(
    {"is", "was", "are", "were", "be", "been", "seems", "seemed", "appears", "appeared"}
)


def _copular(tokens: list[Token], verb: int) -> bool:
    """Whether the verb at ``verb`` links its subject to a complement or makes
    a passive (``is “too liberal”``, ``was recently profiled``, ``appears to
    contradict``), not a progressive (``is releasing an ad``)."""
    if verb >= len(tokens) or tokens[verb].lower not in _COPULAS:
        return False
    following = tokens[verb + 1] if verb + 1 < len(tokens) else None
    return following is None or not following.lower.endswith("ing")


def _closing_characterization(context: Context, index: int) -> bool:
    """``Merkel heralded the deal as a “breakthrough.”``: a quote that ends its
    sentence right after ``as`` (and an article), itself after a verb's object,
    characterizes something in the subject's words."""
    if context.final_mark(index) not in (".", "!"):
        return False
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    k = len(tokens) - 1
    if k >= 0 and tokens[k].lower in ("a", "an"):
        k -= 1
    return (
        k >= 1
        and tokens[k].lower == "as"
        and plain_word(tokens[k - 1])
        and tokens[k - 1].lower not in ("such", "known", "so", "same")
    )


def _participle_cue_after(context: Context, index: int) -> bool:
    """``defended “New York values,” saying ...``: a quote that ends with a comma
    inside the writer's sentence, then a reporting participle whose subject is
    the sentence's."""
    if context.final_mark(index) != ",":
        return False
    tokens = context.tokens(*context.after_region(index))
    return bool(tokens) and tokens[0].lower.endswith("ing") and context.vocab.cue_at(tokens, 0)


def _modifies_a_noun(context: Context, index: int) -> bool:
    """True when a lower-case open-class word follows the quote directly
    (``a “supermax” prison``, ``the “stand down” order``): the quote premodifies
    a noun, the way scare quotes and labels do, rather than reporting words."""
    quote = context.quotes[index]
    if not context.text[quote.span.end - 1 : quote.span.end].isalnum():
        return False  # "“top secret,” saying ...": the quote ends a phrase
    start, end = context.after_region(index)
    following = context.tokens(start, end)[:1]
    if not following:
        return False
    word = following[0]
    return (
        word.start == start + 1
        and word.text.isalpha()
        and word.text.islower()
        and word.lower not in CLOSED_CLASS
        and not word.lower.endswith("ly")
    )


#: This family's rules (the pipeline holds their order among all rules).
RULES: tuple[Sieve, ...] = (
    mention_cue_quote,
    parenthetical_cue_quote,
    same_sentence_quote,
    closing_attribution,
    next_quote_attribution,
    opening_participle_quote,
    clause_subject_quote,
)
