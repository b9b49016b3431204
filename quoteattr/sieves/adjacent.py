"""Rules that read the attribution right next to the quote, in its own sentence.

In the default order these decide:

1. :func:`according_to`: ``according to X`` before or after the quote;
2. :func:`quote_mention_cue`: ``“...,” Heather Nauert said.`` (mention, then cue);
3. :func:`quote_cue_mention`: ``“...,” said Maria Zakharova, the spokeswoman.``;
4. :func:`quote_mention_aside_cue`: ``“...,” an official, who ..., told reporters.``;
5. :func:`quote_dash_mention`: ``“...” - Bernie Sanders.``;
6. :func:`agent_after_quote`: ``a “witch hunt,” as Cruz said``; ``labeled a “hoax” by X``;
7. :func:`possessive_speech_noun`: ``her remark that “...”``, ``Lowe’s “no” vote``;

and, later in the order (it needs the decision of the quote before),
:func:`split_quote`: ``“A,” X said. “B.”`` (the second half shares the first's
speaker). The first two also serve rules of other families that look at a
neighbouring quote's attribution.
"""

from __future__ import annotations

import re

from quoteattr.mentions import (
    PRONOUNS,
    MentionKind,
    Token,
    Vocabulary,
    chunk_left,
    chunk_right,
    span_of,
)
from quoteattr.model import QuoteKind, Span
from quoteattr.sieves.context import (
    Context,
    Decision,
    Sieve,
    cue_span,
    previous_spoken,
)
from quoteattr.sieves.grammar import (
    DASHES,
    LEAD,
    NAMING_PARTICIPLES,
    NOT_VERBS,
    OPENING_SUBORDINATORS,
    QUOTE_MARKS,
    SENTENCE_LINKS,
    SUBORDINATORS,
    loose_speaker,
    not_a_speaker,
    plain_word,
    unknown_premodifiers,
)

__all__ = [
    "RULES",
    "according_to",
    "agent_after_quote",
    "possessive_speech_noun",
    "quote_cue_mention",
    "quote_dash_mention",
    "quote_mention_aside_cue",
    "quote_mention_cue",
    "split_quote",
]


def _after_cues(context: Context, index: int) -> tuple[list[Token], int, list[int]]:
    """Tokens after the quote, where the writer's words begin, and the cues in
    the clause that follows, nearest first (a period inside parentheses, as in
    ``(D-Nev.)``, does not end it)."""
    last = context.after_cues
    if last is not None and last[0] == index:
        return last[1]  # read by the rule just before, for the same quote
    lo, hi = context.after_region(index)
    tokens = context.tokens(lo, hi)
    start = 0
    while start < len(tokens) and tokens[start].text in LEAD:
        start += 1
    vocab = context.vocab
    cue_words = vocab.cue_words
    cues = []
    depth = 0
    for c in range(start, min(len(tokens), start + 40)):
        token = tokens[c]
        text = token.text
        if text == "(":
            depth += 1
        elif text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and text in (".", ";", "?", "!", "“", '"', "‘"):
            if text == "." and _inside_domain(tokens, c):
                continue  # "who founded fivethirtyeight.com tweeted"
            break
        elif depth == 0 and token.lower in cue_words and vocab.cue_at(tokens, c):
            cues.append(c)
    found = tokens, start, cues
    context.after_cues = (index, found)
    return found


def _inside_domain(tokens: list[Token], k: int) -> bool:
    """Whether the period ``tokens[k]`` joins the parts of a web address
    (``fivethirtyeight.com``): a lower-case word touches it on each side."""
    if k == 0 or k + 1 >= len(tokens):
        return False
    before, period, after = tokens[k - 1], tokens[k], tokens[k + 1]
    return (
        before.end == period.start
        and after.start == period.end
        and after.text.isalpha()
        and after.text.islower()
    )


def quote_mention_cue(context: Context, index: int) -> Decision | None:
    """``“...,” Heather Nauert said.`` / ``“...,” she said.``: mention then cue after the quote.

    The mention opens the writer's words after the quote, or a clause of them
    (``“...” and against the Brady law, Clinton said``). A verb inside an
    apposition (``Zeke Emanuel, an oncologist who advised Obama, said``) is
    passed over for the one whose subject fits.
    """
    tokens, start, cues = _after_cues(context, index)
    if cues and _inside_opening_clause(context, index):
        return None
    for c in cues:
        chunk = chunk_left(context.vocab, tokens, c)
        if chunk is None and c == start + 1 and _lone_surname(context, index, tokens[start]):
            chunk = (start, c)  # "“...,” From said.": a surname that is also a common word
        if chunk is None and _described_before_cue(context, index, tokens, start, c):
            chunk = (start, c)  # "“...,” a welcome message on the website reads."
        if (
            chunk is None
            and c == cues[-1]
            and c - start <= 12
            and context.kinds[index] is QuoteKind.DIRECT
            and context.final_mark(index) in (",", "?", "!")
            and _unclosed_apposition(context, tokens, start, c)
        ):
            chunk = (start, c)  # "“...,” Ann Lowe, who founded lowe.com tweeted."
        if chunk is None:
            if c > 0 and tokens[c - 1].lower in ("who", "which", "that"):
                continue  # a verb in a relative clause: the main verb comes later
            return None
        if tokens[chunk[0]].lower in ("who", "which", "that") and chunk[0] == start:
            continue  # "a “chief trade prosecutor” who reports to ...": the quote's referent
        if chunk[0] != start and tokens[chunk[0] - 1].text not in (",", "—", "–", "-"):
            lead = tokens[start : chunk[0]]
            if not (
                unknown_premodifiers(lead)
                or _role_premodifiers(context.vocab, lead, tokens[chunk[0]])
                or (c == cues[-1] and _unclosed_apposition(context, tokens, start, c))
                # "“...,” a welcome message on the website reads."
                or _described_before_cue(context, index, tokens, start, c)
            ):
                if not _employer_before_role(context, index, tokens, start, chunk):
                    continue
                # "“...,” Fight for $15 organizing director Ann Lowe said": the
                # employer's name stays out of the mention.
            else:
                chunk = (start, chunk[1])  # "super PAC spokeswoman Kellyanne Conway said"
        elif chunk[0] != start and _reported_before(context, index):
            # "Reynolds says Santilli “broke the story” of the standoff, others
            # argue ...": a fragment inside a reported clause belongs to that clause.
            return None
        mention = span_of(tokens, chunk)
        rule = _after_rule(context, index, mention, "quote_mention_cue")
        if (
            rule == "quote_then_next_sentence"
            and not _closing_attribution_of_question(context, index, tokens, c)
            and split_quote(context, index) is not None
        ):
            return None  # “A,” X said. “B.” He added ...: B is the rest of X's quote
        return Decision(rule, mention, cue_span(tokens, c))
    return None


def _inside_opening_clause(context: Context, index: int) -> bool:
    """``When Trump said he would “protect our citizens,” the crowd cheered``:
    the quote ends an opening subordinate clause whose own subject reports it,
    so the main clause after it does not attribute it."""
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    if len(tokens) < 3 or tokens[0].lower not in OPENING_SUBORDINATORS:
        return False
    vocab = context.vocab
    if vocab.cue_at(tokens, 1) or tokens[1].text[0] in (",", "("):
        return False  # "When asked about it, “...,” Trump said": no subject of its own
    if any(t.text in (",", ";", ":", "—", "–") for t in tokens[1:-1]):
        return False  # the opening clause closes before the quote
    return any(vocab.cue_at(tokens, k) for k in range(2, len(tokens)))


def _closes_relative_report(context: Context, index: int) -> bool:
    """``Tomas Vell, who calls the fine “a joke,” called the ruling unfair``:
    the quote closes a relative clause set off after the subject, whose own
    cue reports it; the verb after the quote is the subject's main verb, not
    the cue of an inverted speaker."""
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    for k in range(len(tokens) - 2, 0, -1):
        if tokens[k].text in (",", ";", ":", "—", "–", "(", ")"):
            return False  # the relative clause closes before the quote
        if tokens[k].lower in ("who", "which") and tokens[k - 1].text == ",":
            vocab = context.vocab
            return any(vocab.cue_at(tokens, j) for j in range(k + 1, len(tokens)))
    return False


# Words that open an aside between a speaker and the cue: a relative clause
# or a participle phrase ("who asked not to be named", "wearing a cap").
_ASIDE_OPENERS = frozenset({"who", "whose", "whom", "which"})


def quote_mention_aside_cue(context: Context, index: int) -> Decision | None:
    """``“...,” an official, who was not authorized to speak, told reporters.`` /
    ``“...,” Jim Kale, wearing a cap and “Kale 2016” pins, said.``: after a direct
    quote, a speaker phrase, then an aside set off by commas (a relative clause or
    a participle phrase, which may hold verbs or a quoted term of its own), then
    the cue."""
    if context.kinds[index] is not QuoteKind.DIRECT:
        return None
    quote = context.quotes[index]
    if context.final_mark(index) not in (",", "?", "!"):
        return None
    end = context.outer_end(index)
    sentence = context.segmentation.sentences[context.sentence_index(max(end - 1, 0))]
    paragraph = context.segmentation.paragraphs[quote.paragraph]
    hi = min(sentence.end, paragraph.end, end + 400)
    if hi <= end:
        return None
    tokens = context.tokens(end, hi)
    start = 0
    while start < len(tokens) and tokens[start].text in LEAD:
        start += 1
    vocab = context.vocab
    chunk = chunk_right(vocab, tokens, start) or loose_speaker(tokens, start)
    if chunk is None or chunk[1] + 1 >= len(tokens) or tokens[chunk[1]].text != ",":
        return None
    opener = tokens[chunk[1] + 1]
    if not (
        opener.lower in _ASIDE_OPENERS or (opener.lower.endswith("ing") and opener.text.islower())
    ):
        return None
    for k in range(chunk[1] + 2, min(len(tokens), chunk[1] + 30)):
        text = tokens[k].text
        if text in (".", ";", "?", "!", "(", "—", "–"):
            return None
        if text != ",":
            continue
        c = k + 1
        while c < len(tokens) and _is_adverb_token(tokens[c]):
            c += 1
        if c < len(tokens) and vocab.cue_at(tokens, c):
            return Decision("quote_mention_aside_cue", span_of(tokens, chunk), cue_span(tokens, c))
        return None
    return None


def _is_adverb_token(token: Token) -> bool:
    """A lower-case ``-ly`` word between an aside and its cue (``, quickly said``)."""
    return token.text.islower() and token.text.isalpha() and token.lower.endswith("ly")


def _closing_attribution_of_question(
    context: Context, index: int, tokens: list[Token], c: int
) -> bool:
    """``“Grizzly Adams?” Maddow repeated.``: after a quote that ends with its own
    question or exclamation mark, a bare ``X said.`` that ends its sentence at the
    cue attributes this quote, not a new one."""
    if context.final_mark(index) not in ("?", "!"):
        return False
    rest = tokens[c + 1 : c + 2]
    return not rest or rest[0].text in (".", "!", "?") or rest[0].text in QUOTE_MARKS


def _reported_before(context: Context, index: int) -> bool:
    """Whether a fragment quote (not a direct one) follows a reporting verb in its sentence."""
    if context.kinds[index] is QuoteKind.DIRECT:
        return False
    vocab = context.vocab
    tokens = context.tokens(*context.before_region(index))
    return any(vocab.cue_at(tokens, k) for k in range(len(tokens)))


def _unclosed_apposition(context: Context, tokens: list[Token], start: int, c: int) -> bool:
    """``“...,” Katie Packer, who chairs the PAC said``: a name opens the writer's
    words and an apposition after it runs to the cue (the clause's last) with its
    closing comma missing."""
    vocab = context.vocab
    chunk = chunk_right(vocab, tokens, start)
    if chunk is None or chunk[1] >= c - 1 or tokens[chunk[1]].text != ",":
        return False
    if any(t.text in (",", "(", ")") for t in tokens[chunk[1] + 1 : c]):
        return False
    words = tokens[chunk[0] : chunk[1]]
    phrase = context.text[words[0].start : words[-1].end]
    return vocab.kind_of(phrase, words) is MentionKind.NAME


def _described_before_cue(
    context: Context, index: int, tokens: list[Token], start: int, c: int
) -> bool:
    """``“...,” a voice-over in the ad states.``, ``the two write``: right after a
    direct quote, a determiner and a few plain words (a noun phrase, perhaps
    with a prepositional phrase) up to the cue."""
    if context.kinds[index] is not QuoteKind.DIRECT or not 1 < c - start <= 8:
        return False
    if tokens[start].lower not in ("a", "an", "the"):
        return False
    words = tokens[start + 1 : c]
    last = words[-1]
    return (
        last.text.isalpha()
        and last.text[0].islower()
        and not last.lower.endswith("ly")
        and last.lower not in NOT_VERBS
        and all(
            t.text.replace("-", "").isalnum()
            and t.lower not in SUBORDINATORS
            and t.lower not in PRONOUNS
            # A verb form used as a modifier is fine ("a welcome message").
            and not context.vocab.cue_at(tokens, k)
            for k, t in enumerate(words, start + 1)
        )
    )


def _employer_before_role(
    context: Context, index: int, tokens: list[Token], start: int, chunk: tuple[int, int]
) -> bool:
    """``“...,” CBS This Morning co-anchor Ann Lowe said``, ``Fight for $15
    organizing director Ann Lowe told``: right after a direct quote, up to six
    words that name the speaker's employer (capitalized, with ``for``, ``of``,
    ``$15``), perhaps a lower-case role, then a speaker phrase that ends in a name.
    Not a preposition opening the words after the quote (``In Iowa Trump said``)."""
    if context.kinds[index] is not QuoteKind.DIRECT or context.final_mark(index) not in (
        ",",
        "?",
        "!",
    ):
        return False
    lead = tokens[start : chunk[0]]
    if not 0 < len(lead) <= 6 or not lead[0].text[0].isupper() or lead[0].lower in NOT_VERBS:
        return False
    last = tokens[chunk[1] - 1]
    if not (last.text[0].isupper() and last.text.isalpha()):
        return False
    vocab = context.vocab
    for token in lead:
        word = token.lower
        if token.text[0].isupper() or token.text.isdigit() or word in ("$", "&", "-"):
            continue
        if word in ("for", "of", "the", "and") and token is not lead[-1]:
            continue
        if (
            not token.text.replace("-", "").isalpha()
            or word in NOT_VERBS
            or word in SENTENCE_LINKS
            or word in SUBORDINATORS
            or word in PRONOUNS
            or word in vocab.reporting_verbs
            or word.endswith("ly")
        ):
            return False
    return True


def _lone_surname(context: Context, index: int, word: Token) -> bool:
    """A capitalized word alone between a direct quote that ends with a comma (or
    ``?``, ``!``) and its cue: a name, even if it is also a common word."""
    return (
        context.kinds[index] is QuoteKind.DIRECT
        and context.final_mark(index) in (",", "?", "!")
        and word.text.isalpha()
        and word.text[0].isupper()
        and word.lower not in PRONOUNS
    )


# Finite verbs and modals that, right after the phrase following a cue, make
# that phrase a clause's subject ("said the candidate would win").
_CLAUSE_VERBS_AFTER = frozenset(
    {
        "would",
        "will",
        "could",
        "should",
        "might",
        "may",
        "must",
        "can",
        "is",
        "was",
        "were",
        "are",
        "has",
        "had",
        "have",
        "did",
        "does",
    }
)


def quote_cue_mention(context: Context, index: int) -> Decision | None:
    """``“...,” said Maria Zakharova, the ministry’s spokeswoman.``: cue then mention."""
    tokens, start, cues = _after_cues(context, index)
    if not cues:
        return None
    c = cues[0]
    if c != start and tokens[c - 1].text not in (",", "—", "–"):
        return None
    if tokens[c].lower.endswith("ing"):
        return None  # "“...,” telling reporters ...": a participle's object is no speaker
    if _closes_relative_report(context, index):
        return None  # "Vell, who calls the fine “a joke,” called ...": the subject's verb
    chunk = chunk_right(context.vocab, tokens, c + 1) or _described_speaker(tokens, c + 1)
    for lead in (1, 2):
        # "said retired neurosurgeon Ben Carson", "said jazz singer Ana Ruiz"
        if chunk is not None or c + lead + 1 >= len(tokens):
            break
        if not unknown_premodifiers(tokens[c + 1 : c + 1 + lead]):
            break
        inner = chunk_right(context.vocab, tokens, c + 1 + lead)
        if (
            inner is not None
            and (lead == 1 or inner[0] == c + 3)
            and tokens[inner[1] - 1].text[0].isupper()
        ):
            chunk = (c + 1, inner[1])
    if chunk is None and c + 2 < len(tokens) and tokens[c + 1].text[0].isdigit():
        # "said 9/11 widow Mary Fetchet", "said 82-year-old widow Ann Lee": a
        # number (with its joining marks) opening the role before the name.
        k = c + 1
        while (
            k < len(tokens)
            and k - c <= 4
            and (
                tokens[k].text[0].isdigit()
                or tokens[k].text in ("/", "-", "&")
                or (k > c + 1 and tokens[k - 1].text == "-" and tokens[k].text[0].islower())
            )
        ):
            k += 1
        inner = chunk_right(context.vocab, tokens, k) if k < len(tokens) else None
        if inner is None and k + 1 < len(tokens) and unknown_premodifiers(tokens[k : k + 1]):
            inner = chunk_right(context.vocab, tokens, k + 1)  # "widow", a noun the lists lack
        if (
            inner is not None
            and inner[0] <= k + 1
            and tokens[inner[1] - 1].text[0].isupper()
            and tokens[k].text[0].islower()
        ):
            chunk = (c + 1, inner[1])
    if (
        chunk is None
        and c == start
        # A direct quote, or a partial one whose comma inside the mark hands
        # over to the cue ("The town “deserves better,” said the woman who ...").
        and (context.kinds[index] is QuoteKind.DIRECT or context.final_mark(index) == ",")
        and not tokens[c].lower.endswith("ing")
    ):
        chunk = loose_speaker(tokens, c + 1)
    if chunk is None:
        return None
    if chunk[1] < len(tokens) and tokens[chunk[1]].lower in _CLAUSE_VERBS_AFTER:
        # "X, citing “...,” said the candidate would win": the phrase after the
        # cue is the subject of its reported clause, not an inverted speaker.
        return None
    mention = span_of(tokens, chunk)
    rule = _after_rule(context, index, mention, "quote_cue_mention")
    if rule == "quote_then_next_sentence" and split_quote(context, index) is not None:
        return None  # “A,” said X. “B.” Added Y ...: B is the rest of X's quote
    return Decision(rule, mention, cue_span(tokens, c))


def quote_dash_mention(context: Context, index: int) -> Decision | None:
    """``“... to the top 1 percent.” - Bernie Sanders.``: a name after a dash, right
    after a quote that is a sentence of speech, signs it (fact checks, quote
    roundups, epigraphs)."""
    if context.kinds[index] is not QuoteKind.DIRECT:
        return None
    quote = context.quotes[index]
    mark = context.final_mark(index)
    if not mark or mark not in ".?!…)]":
        return None
    lo, hi = context.after_region(index)
    text = context.text
    paragraphs = context.segmentation.paragraphs
    following = quote.paragraph + 1
    after = text[lo:hi].lstrip()
    if after:
        if after[0] not in "-—–":
            return None
        tokens = context.tokens(lo, hi)
    elif following < len(paragraphs) and hi >= paragraphs[quote.paragraph].end:
        # The signature on a line of its own: "“...”\n\n- Sanders."
        line = paragraphs[following]
        if text[line.start : line.start + 1] not in ("-", "—", "–"):
            return None
        if index + 1 < len(context.quotes) and context.quotes[index + 1].open_mark.start < line.end:
            return None
        tokens = context.tokens(line.start, min(line.end, line.start + 200))
    else:
        return None
    start = 0
    while start < len(tokens) and tokens[start].text in DASHES:
        start += 1
    if start == 0 or start > 2:
        return None
    chunk = chunk_right(context.vocab, tokens, start)
    if chunk is None or (chunk[1] < len(tokens) and tokens[chunk[1]].text not in (".", ",")):
        return None
    words = tokens[chunk[0] : chunk[1]]
    phrase = context.text[words[0].start : words[-1].end]
    if context.vocab.kind_of(phrase, words) is not MentionKind.NAME:
        return None
    return Decision("quote_dash_mention", span_of(tokens, chunk))


def _role_premodifiers(vocab: Vocabulary, lead: list[Token], first: Token) -> bool:
    """Up to four words that qualify a lower-case role ("DoubleLine Capital
    portfolio manager Bonnie Baha", "Justice Department senior trial counsel"):
    capitalized names of the employer or unknown lower-case nouns, no function
    words, no reporting verbs."""
    if not (first.text[0].islower() and first.lower in vocab.role_words):
        return False
    if len(lead) > 1 and lead[0].lower in ("the", "a", "an") and lead[1].text[0].isupper():
        lead = lead[1:]  # "the Post's senior politics editor Steven Ginsberg"
    return 0 < len(lead) <= 4 and all(
        t.text.replace("-", "").replace("’s", "").replace("'s", "").isalpha()
        and t.lower not in NOT_VERBS
        and t.lower not in SENTENCE_LINKS
        and t.lower not in SUBORDINATORS
        and t.lower not in PRONOUNS
        and (t.text[0].isupper() or t.lower not in vocab.reporting_verbs)
        and not t.lower.endswith("ly")
        for t in lead
    )


def _described_speaker(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """``said the 46-year-old.`` / ``says a narrator.``: a determiner and up to three
    words that end the clause, when the word lists do not know the noun."""
    if start >= len(tokens) or tokens[start].lower not in ("a", "an", "the", "one", "another"):
        return None
    if tokens[start].lower in ("one", "another") and (
        start + 1 == len(tokens) or tokens[start + 1].text in (",", ".", ";")
    ):
        return (start, start + 1)  # “Anybody but Trump,” read another.
    end = start + 1
    while (
        end < len(tokens)
        and end - start <= 4
        and (tokens[end].text.replace("-", "").isalnum() or tokens[end].text == "-")
    ):
        end += 1
    clause_ends = end == len(tokens) or tokens[end].text in (",", ".", ";", "?", "!")
    last = tokens[end - 1]
    if clause_ends and end > start + 1 and last.text[0].islower() and last.text[-1].isalpha():
        return (start, end)
    return None


def _after_rule(context: Context, index: int, mention: Span, rule: str) -> str:
    """``quote_then_next_sentence`` when the attribution opens the next sentence
    (``“The city is at its breaking point.” He added, ...``), else ``rule``."""
    closing = context.sentence_index(max(context.outer_end(index) - 1, 0))
    return "quote_then_next_sentence" if context.sentence_index(mention.start) > closing else rule


# Any casing of "according" (a token whose lowercase is "according" matches).
_ACCORDING = re.compile("according", re.IGNORECASE)


def according_to(context: Context, index: int) -> Decision | None:
    """``according to X`` in the quote's sentence, before or after it."""
    for lo, hi in (context.after_region(index), context.before_region(index)):
        if _ACCORDING.search(context.text, lo, hi) is None:
            continue  # most regions: no need to walk their tokens
        tokens = context.tokens(lo, hi)
        for k in range(len(tokens) - 2):
            if tokens[k].lower == "according" and tokens[k + 1].lower == "to":
                chunk = (
                    chunk_right(context.vocab, tokens, k + 2)
                    or _source_by(context.vocab, tokens, k + 2)
                    or _described_source(tokens, k + 2)
                )
                if chunk is not None:
                    cue = Span(tokens[k].start, tokens[k + 1].end)
                    return Decision("according_to", span_of(tokens, chunk), cue)
    return None


def _source_by(vocab: Vocabulary, tokens: list[Token], start: int) -> tuple[int, int] | None:
    """``according to calculations by Amy Glasmeier``, ``according to a study
    from the Pew Research Center``, ``according to a 2013 study by economists
    ...``: a short plain noun phrase (a year may be among its words), then
    ``by`` or ``from`` and the source."""
    k = start
    if k < len(tokens) and tokens[k].lower in ("a", "an", "the", "new"):
        k += 1
    first = k
    while (
        k < len(tokens)
        and k - first < 3
        and (plain_word(tokens[k]) or (tokens[k].text.isdigit() and len(tokens[k].text) == 4))
    ):
        k += 1  # "a 2013 study by": a year among the plain words
    if k == first or k + 1 >= len(tokens) or tokens[k].lower not in ("by", "from"):
        return None
    chunk = chunk_right(vocab, tokens, k + 1)
    if chunk is None or not_a_speaker(vocab, tokens[chunk[0] : chunk[1]]):
        return None
    return chunk


def _described_source(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """``according to the newspaper,``, ``according to the recently released
    campaign playbook,``: a determiner and up to six plain words, ending in a
    lower-case noun, up to a comma."""
    if start >= len(tokens) or tokens[start].lower not in ("the", "a", "an"):
        return None
    for end in range(start + 2, min(len(tokens), start + 8)):
        if tokens[end].text in (",", "."):
            last = tokens[end - 1]
            if last.text.isalpha() and last.text.islower() and not last.lower.endswith("ly"):
                return (start, end)
            return None
        word = tokens[end - 1]
        if not word.text.replace("-", "").isalnum() or word.lower in SUBORDINATORS:
            return None
    return None


def agent_after_quote(context: Context, index: int) -> Decision | None:
    """``the race “is a dead heat,” as Cruz said on Monday``, ``being “careless” -
    as described by the FBI director -``, ``often labeled a “witch hunt” by
    Democrats``: right after a partial quote, ``as X said``, ``as <cue>ed by X``,
    or (after a naming participle or a reporting verb's participle before the
    quote: ``dubbed``, ``described as``) ``by X`` names the source. The ``as``
    clause is a whole comparison (``as Cruz said``, ``as one pollster told
    reporters``), not a clause of time with a complement of its own (``as he
    promised to raise pay``)."""
    kind = context.kinds[index]
    if kind is QuoteKind.DIRECT:
        return None
    lo, hi = context.after_region(index)
    tokens = context.tokens(lo, hi)
    vocab = context.vocab
    k = 0
    while k < len(tokens) and k < 2 and tokens[k].text in (",", "—", "–", "-"):
        k += 1
    if k + 2 >= len(tokens):
        return None
    if tokens[k].lower == "by" and _named_before(context, index):
        chunk = chunk_right(vocab, tokens, k + 1)
        if chunk is not None and _agent(vocab, tokens[chunk[0] : chunk[1]]):
            return Decision("agent_after_quote", span_of(tokens, chunk), cue_span(tokens, k))
        return None
    if tokens[k].lower != "as" or kind is not QuoteKind.PARTIAL:
        return None
    participle = tokens[k + 1].lower
    if tokens[k + 2].lower == "by" and (
        participle in NAMING_PARTICIPLES
        or (participle.endswith("ed") and participle in vocab.reporting_verbs)
    ):
        # "as described by X"
        chunk = chunk_right(vocab, tokens, k + 3)
        if chunk is not None and _agent(vocab, tokens[chunk[0] : chunk[1]]):
            return Decision("agent_after_quote", span_of(tokens, chunk), cue_span(tokens, k + 1))
        return None
    chunk = chunk_right(vocab, tokens, k + 1)  # "as X said"
    if chunk is None or chunk[1] >= len(tokens) or not vocab.cue_at(tokens, chunk[1]):
        return None
    if chunk[1] + 1 < len(tokens) and tokens[chunk[1] + 1].lower in _COMPLEMENT_OPENERS:
        return None  # "as he promised to raise pay": a clause of time, not a comparison
    if not_a_speaker(vocab, tokens[chunk[0] : chunk[1]]):
        return None
    return Decision("agent_after_quote", span_of(tokens, chunk), cue_span(tokens, chunk[1]))


def possessive_speech_noun(context: Context, index: int) -> Decision | None:
    """``her remark that “...”``, ``his call for “a total ban”``, ``Clinton’s claim
    that she “never sent ...”``: a partial quote inside the complement of a
    speech noun (a reporting verb's noun form) goes to the noun's possessor.
    So does a quote set between a possessive name and a speech noun (``Lowe’s
    “no new taxes” pledge``)."""
    if context.kinds[index] is not QuoteKind.PARTIAL:
        return None
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    vocab = context.vocab
    n = len(tokens)
    if n and _possessive_name(tokens[-1]):
        start, end = context.after_region(index)
        following = context.tokens(start, end)[:1]
        if following and following[0].start == start + 1 and _speech_noun(vocab, following[0]):
            owner = tokens[-1]
            return Decision(
                "possessive_speech_noun",
                Span(owner.start, owner.end),
                Span(following[0].start, following[0].end),
            )
    for k in range(n - 1, max(-1, n - 9), -1):
        word = tokens[k]
        if word.text in QUOTE_MARKS or not word.text[0].isalnum():
            return None
        if k < n - 1 and vocab.cue_at(tokens, k):
            return None  # a verb of its own between the noun and the quote
        if not _speech_noun(vocab, word):
            continue
        if k == n - 1 or tokens[k + 1].lower not in _SPEECH_NOUN_LINKS:
            return None
        p = k - 1
        while p >= 0 and k - p <= 3 and tokens[p].text[0].islower() and plain_word(tokens[p]):
            p -= 1  # "his most explosive claim"
        if p < 0:
            return None
        owner = tokens[p]
        lower = owner.lower
        if any(vocab.cue_at(tokens, j) for j in range(p)):
            return None  # "Ryan called Trump's remarks “racist”": the clause has its own speaker
        if lower in ("his", "her", "their"):
            return Decision(
                "possessive_speech_noun", Span(owner.start, owner.end), cue_span(tokens, k)
            )
        if _possessive_name(owner):
            return Decision(
                "possessive_speech_noun", Span(owner.start, owner.end), cue_span(tokens, k)
            )
        return None
    return None


def _possessive_name(token: Token) -> bool:
    """A capitalized possessive that is not a pronoun's (``Romney’s``, not ``It’s``)."""
    lower = token.lower
    return lower.endswith(("’s", "'s")) and token.text[0].isupper() and lower[:-2] not in PRONOUNS


# Words that open the complement of a speech noun ("claim that", "call for").
_SPEECH_NOUN_LINKS = frozenset({"that", "to", "for", "of", "about", "against", "on"})

# Nouns of speech that are no reporting verb's form ("her broadside against").
_SPEECH_ONLY_NOUNS = frozenset(
    {"broadside", "broadsides", "tirade", "tirades", "diatribe", "screed", "rant", "rants"}
    | {"statement", "statements", "speech", "speeches", "quip", "retort", "rhetoric"}
)


def _speech_noun(vocab: Vocabulary, token: Token) -> bool:
    """A noun form of a reporting verb: ``remark``, ``calls``, ``warning``, ``assertion``."""
    word = token.lower
    if not token.text[0].islower():
        return False
    if word in _SPEECH_ONLY_NOUNS:
        return True
    if word in vocab.reporting_verbs:
        return not word.endswith("ed")
    if word.endswith("ions"):
        word = word[:-1]
    if word.endswith("ion"):
        stem = word[:-3]
        return stem in vocab.reporting_verbs or stem + "e" in vocab.reporting_verbs
    return False


def _agent(vocab: Vocabulary, words: list[Token]) -> bool:
    """A phrase after ``by`` that can be a source: a group noun (``Democrats``)
    or a phrase that names somebody."""
    return words[-1].lower in vocab.group_nouns or not not_a_speaker(vocab, words)


# Words that open a verb's own complement ("promised to", "said that").
_COMPLEMENT_OPENERS = frozenset({"to", "that", "how", "what", "whether", "if"})


def _named_before(context: Context, index: int) -> bool:
    """A naming participle (``labeled``, ``called as``) or the past participle of
    a reporting verb (``described as``, ``branded``) right before quote
    ``index``, with at most an article between."""
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    k = len(tokens) - 1
    while k >= 0 and tokens[k].lower in ("a", "an", "the", "as"):
        k -= 1
    if k < 0:
        return False
    word = tokens[k].lower
    return word in NAMING_PARTICIPLES or (
        word.endswith("ed") and word in context.vocab.reporting_verbs
    )


# Rules that attribute a quote through words after it.
_AFTER_RULES = frozenset(
    {
        "quote_mention_cue",
        "quote_cue_mention",
        "quote_then_next_sentence",
        "according_to",
        "quote_mention_aside_cue",
    }
)


def split_quote(context: Context, index: int) -> Decision | None:
    """``“A,” X said. “B.”``: the second half of a quote split by its attribution.

    Fragments quoted inside the attribution itself (``“A,” said Rep. George
    Miller, one of the “big four” negotiators. “B.”``) are passed over.
    """
    before = previous_spoken(context, index)
    while before is not None and before > 0 and _inside_attribution(context, before, index):
        before = previous_spoken(context, before)
    if before is None:
        return None
    quote, previous = context.quotes[index], context.quotes[before]
    decision = context.decisions[before]
    if quote.paragraph != previous.paragraph or decision is None:
        return None
    if decision.rule not in _AFTER_RULES:
        return None
    mention = decision.mention
    if mention is None or not context.outer_end(before) <= mention.start < quote.open_mark.start:
        return None
    if decision.cue is not None and quote.open_mark.start < decision.cue.start:
        return None  # a term inside the attribution, before its cue (“Save Our Farms” pins)
    # The attribution's sentence, then this quote: nothing else between them.
    sentence = context.sentence_index(quote.open_mark.start)
    if sentence > context.sentence_index(mention.end) + 1:
        return None
    if sentence > context.sentence_index(mention.end) and (
        _hands_over(context, index) or _own_clause_before(context, index, mention)
    ):
        return None
    return Decision("split_quote", antecedent=before)


def _own_clause_before(context: Context, index: int, mention: Span) -> bool:
    """Whether the writer's words before quote ``index`` in its sentence open
    with a clause of their own whose subject is the pronoun the attribution
    before used (“A,” she said. She blamed the fire on a “careless hunter.”):
    the quote is that clause's, at its own mention. A pronoun after a name may
    be someone else (“A,” Solomon said. He has directed “B.”): the quote is
    still the rest of the split quote."""
    lo, hi = context.before_region(index)
    gap = [t for t in context.tokens(lo, hi) if t.text[0].isalnum()]
    if len(gap) < 2 or gap[0].lower not in ("he", "she", "they"):
        return False
    said = context.text[mention.start : mention.end].lower()
    return said == gap[0].lower and gap[1].text.islower() and gap[1].lower not in PRONOUNS


def _hands_over(context: Context, index: int) -> bool:
    """Whether a new sentence of the writer's hands over to quote ``index`` with
    a colon after words other than linking words (“A,” said X. Y resisted: “B.”),
    so that the quote's source is that sentence's, not the last speaker's."""
    lo, hi = context.before_region(index)
    gap = context.tokens(lo, hi)
    if not gap or gap[-1].text != ":":
        return False
    return any(t.text[0].isalnum() and t.lower not in SENTENCE_LINKS for t in gap)


def _inside_attribution(context: Context, fragment: int, index: int) -> bool:
    """Whether quote ``fragment``, before quote ``index``, may be a fragment quoted
    inside an attribution (not a direct quote, not attributed from words after it)."""
    decision = context.decisions[fragment]
    return (
        index - fragment < 6
        and context.kinds[fragment] is not QuoteKind.DIRECT
        and context.quotes[fragment].paragraph == context.quotes[index].paragraph
        and (decision is None or decision.mention is None or decision.rule not in _AFTER_RULES)
    )


#: This family's rules (the pipeline holds their order among all rules).
RULES: tuple[Sieve, ...] = (
    according_to,
    quote_mention_cue,
    quote_cue_mention,
    quote_mention_aside_cue,
    quote_dash_mention,
    agent_after_quote,
    possessive_speech_noun,
    split_quote,
)
