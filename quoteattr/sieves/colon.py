"""Rules for colons and headlines: a speaker phrase or a sentence that hands over
to the quote with a colon, and headline forms with no cue.

In the default order these decide:

1. :func:`headline_colon`: ``Trump: ‘I’m the Worst Thing ...’``;
2. :func:`capitals_headline_quote`: ``HOW THE DROUGHT HIT “Farmers in ...”``;
3. :func:`title_headline_cue`: ``Ann Lowe Says Farm Crisis Is An ‘Act Of Neglect.’``;
   then :func:`title_headline_subject`: ``Ann Lowe Sides With Growers On ‘Fair Prices.’``;
4. :func:`mention_colon_quote`: ``More from Jones: “...”`` / ``From the report:
   “...”`` / ``as Tom Ridge put it: “...”``;
5. :func:`colon_clause_subject`: ``A footnote in the report makes that clear: “...”``.
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
)
from quoteattr.sieves.grammar import (
    CLOSED_CLASS,
    DASHES,
    LEAD,
    NOT_VERBS,
    PREPOSITIONS_AFTER,
    QUOTE_MARKS,
    clause_subject,
    loose_speaker,
    next_comma,
    not_a_speaker,
    opening_phrase,
)

_NON_SPACE = re.compile(r"\S")

__all__ = [
    "RULES",
    "capitals_headline_quote",
    "colon_clause_subject",
    "headline_colon",
    "mention_colon_quote",
    "named_again",
    "title_headline_cue",
    "title_headline_subject",
]


# Words after which a phrase before a colon is still a subject ("More from Jones:").
_COLON_OPENERS = frozenset(
    {",", "that", "and", "but", "when", "while", "as", "from", ";", "-", "—", "–"}
)


def mention_colon_quote(context: Context, index: int) -> Decision | None:
    """``More from Jones: “...”`` / ``as Tom Ridge put it: “...”``: a speaker phrase
    right before a colon (or ``as X put it``) introduces the quote."""
    lo, hi = context.before_region(index)
    tokens = context.tokens(lo, hi)
    vocab = context.vocab
    n = len(tokens)
    # "as X put it" / "as X puts it", with or without a colon or comma after.
    for k in range(n - 1, 0, -1):
        if tokens[k].lower == "it" and tokens[k - 1].lower in ("put", "puts"):
            found = _as_put_it(vocab, tokens, k)
            if found is None and k < 32 and lo > 0:
                # The aside may hold a title in quotes or an abbreviation
                # ("As Ann Lowe, author of “Home,” put it"), where the before
                # region starts: look a little further back.
                wide = context.tokens(max(0, lo - 200), hi)
                found = _as_put_it(vocab, wide, k + len(wide) - n)
                tokens = wide if found is not None else tokens
            if found is not None:
                cue = Span(tokens[found[1]].start, tokens[found[1] + 1].end)
                return Decision("mention_colon_quote", span_of(tokens, found[0]), cue)
            break
    if n < 2 or tokens[-1].text != ":":
        return None
    return _speaker_before_colon(context, index, tokens) or _from_source(context, index, tokens)


def _speaker_before_colon(context: Context, index: int, tokens: list[Token]) -> Decision | None:
    """``Jones:``, ``Sanders delivered a snappy retort:``: the phrase right before
    the colon, or the subject of its clause when that phrase is an object."""
    vocab = context.vocab
    n = len(tokens)
    chunk = chunk_left(vocab, tokens, n - 1)
    if (
        chunk is not None
        and chunk[0] > 0
        and tokens[chunk[0] - 1].lower not in _COLON_OPENERS
        and not _experiencer_object(vocab, tokens, chunk)
    ):
        # "Sanders delivered a snappy retort:": the phrase is an object; the
        # subject of the clause speaks.
        chunk = clause_subject(vocab, tokens, n - 1)
        if chunk is not None and any(t.lower == "that" for t in tokens[: chunk[0] + 1]):
            # "Axelrod said this was a “...” and that she has learned her
            # lesson: “...”": a reported clause after an earlier quote; its
            # subject is not who speaks.
            return None
    if chunk is None:
        return None
    words = tokens[chunk[0] : chunk[1]]
    phrase = context.text[words[0].start : words[-1].end]
    if vocab.kind_of(phrase, words) is MentionKind.NOMINAL and not vocab.is_nounish(words[-1]):
        return None  # "The verdict: “...”" names no speaker
    cue = Span(tokens[-1].start, tokens[-1].end)
    return Decision("mention_colon_quote", span_of(tokens, chunk), cue)


# Verbs whose object has the feeling and speaks after a colon
# ("The result doesn't surprise pollster Ann Lowe: “...”").
_EXPERIENCER_VERBS = frozenset(
    {"surprise", "surprises", "surprised", "worry", "worries", "worried", "bother", "bothers"}
    | {"puzzle", "puzzles", "puzzled", "frustrate", "frustrates", "frustrated"}
    | {"trouble", "troubles", "troubled", "alarm", "alarms", "alarmed"}
)


def _experiencer_object(vocab: Vocabulary, tokens: list[Token], chunk: tuple[int, int]) -> bool:
    """A name right after a verb of feeling (``doesn't surprise Ann Lowe:``)."""
    if tokens[chunk[0] - 1].lower not in _EXPERIENCER_VERBS:
        return False
    words = tokens[chunk[0] : chunk[1]]
    phrase = " ".join(t.text for t in words)
    return vocab.kind_of(phrase, words) is MentionKind.NAME


# Quote marks around a title, with the doubled apostrophe of some archives.
_TITLE_MARKS = QUOTE_MARKS | {"'"}


def _as_put_it(
    vocab: Vocabulary, tokens: list[Token], k: int, reach: int = 32
) -> tuple[tuple[int, int], int] | None:
    """The speaker phrase of ``as X put it`` whose ``it`` is ``tokens[k]``
    (``as`` at most ``reach`` tokens before it), and the index of ``put``."""
    for a in range(k - 2, max(-1, k - reach), -1):
        if tokens[a].lower == "as":
            chunk = chunk_right(vocab, tokens, a + 1)
            if chunk is None:
                return None
            last = k - 2
            while last > chunk[1] and tokens[last].text in _TITLE_MARKS:
                last -= 1  # "author of “Home,” put it"
            # Only commas between the name and "put it", or an aside
            # ("As John Cornyn, the No. 2 in the leadership, put it").
            if all(t.text == "," for t in tokens[chunk[1] : k - 1]) or (
                tokens[chunk[1]].text in (",", *_TITLE_MARKS) and tokens[last].text == ","
            ):
                return chunk, k - 1
            return None
    return None


def _from_source(context: Context, index: int, tokens: list[Token]) -> Decision | None:
    """``From the report: “...”``, ``More from Lowe and Kale: “...”``, ``From
    Lowe's statement: “...”``: a sentence that is only ``from`` and a source
    hands over to a direct quote with a colon; a possessor is the speaker."""
    if context.kinds[index] is not QuoteKind.DIRECT:
        return None
    lead = 0
    while lead < len(tokens) and tokens[lead].text in LEAD:
        lead += 1  # "-More from ...:" in a list of items
    tokens = tokens[lead:]
    n = len(tokens)
    if n < 3 or tokens[-1].text != ":":
        return None
    for k in range(n - 3, max(0, n - 12), -1):
        if tokens[k].text in DASHES and tokens[k + 1].text in ("More", "From"):
            # "... were there all along -More from Lowe:": an item of a list
            # run into the sentence before it.
            tokens = tokens[k + 1 :]
            n = len(tokens)
            break
    first = 1 if tokens[0].lower == "from" else 2
    if first == 2 and not (n > 3 and tokens[0].lower == "more" and tokens[1].lower == "from"):
        return None
    words = tokens[first : n - 1]
    if not 1 <= len(words) <= 6 or not all(t.text[0].isalnum() for t in words):
        return None
    if words[0].text[0].islower() and words[0].lower not in ("the", "a", "an", "this", "that"):
        return None
    end = n - 1
    for k, word in enumerate(words):
        if word.lower.endswith(("'s", "’s")) or word.text.endswith(("s'", "s’")):
            end = first + k + 1  # "From Lowe's statement:": Lowe's
            break
    if any(context.vocab.cue_at(tokens, k) for k in range(first, end)):
        return None  # "From what Lowe said:"; but "From the report:" names a source
    colon = Span(tokens[-1].start, tokens[-1].end)
    return Decision("mention_colon_quote", span_of(tokens, (first, end)), colon)


def headline_colon(context: Context, index: int) -> Decision | None:
    """``Trump: ‘I’m the Worst Thing ...’``: a name and a colon open the line
    (``Gillibrand on Hillary’s Transcripts: ‘...’``: a name and a topic after
    ``on`` or ``at``)."""
    quote = context.quotes[index]
    paragraph = context.segmentation.paragraphs[quote.paragraph]
    # A headline is short and its colon comes within the first few words.
    if quote.open_mark.start - paragraph.start > 300:
        return None
    end = min(quote.open_mark.start, paragraph.start + 160)
    if context.text.find(":", paragraph.start, end) < 0:
        return None  # no colon (a colon is always a token of its own)
    tokens = context.tokens(paragraph.start, end)
    for k, token in enumerate(tokens[:14]):
        if token.text == ":":
            if index > 0 and context.quotes[index - 1].open_mark.start > token.start:
                return None  # "Clinton: “A.” Bush: “B.”": B has its own introducer
            chunk = _name_on_topic(context.vocab, tokens, k)
            if chunk is not None and not named_again(context.text, tokens[chunk[1] - 1], end):
                chunk = None  # "Talks on the Budget Went Late:": no name the story repeats
            if chunk is None and k < 8:
                chunk = chunk_left(context.vocab, tokens, k)
            if chunk is not None and chunk[0] == 0 and tokens[0].lower != "the":
                return Decision(
                    "headline_colon", span_of(tokens, chunk), Span(token.start, token.end)
                )
            return None
    return None


def _name_on_topic(vocab: Vocabulary, tokens: list[Token], colon: int) -> tuple[int, int] | None:
    """``Gillibrand on Hillary Releasing Her Speech Transcripts:``, ``Mukasey at
    RNC:``: a name of at most four words that opens the line, then ``on`` or
    ``at`` and a topic or place in title case up to the colon; the name alone."""
    for p in range(1, min(colon - 1, 5)):
        if tokens[p].lower in ("on", "at"):
            if colon - p > 9 or not all(
                t.text[0].isupper() or t.lower in _TOPIC_SMALL_WORDS for t in tokens[p + 1 : colon]
            ):
                return None
            chunk = chunk_left(vocab, tokens, p)
            return chunk if chunk is not None and chunk == (0, p) else None
    return None


def named_again(text: str, head: Token, after: int) -> bool:
    """Whether the word ``head`` (a headline source's last word) comes again as
    a whole word in ``text`` from ``after`` on: the story names its source.

    Example:
        >>> from quoteattr.mentions import Token
        >>> text = "Vell on Rates: Less. Mayor Lena Vell spoke; Vellum did not."
        >>> named_again(text, Token(0, 4, "Vell"), 20)
        True
        >>> named_again(text, Token(0, 4, "Lena"), 35)
        False
    """
    word = head.text
    at = text.find(word, after)
    while at >= 0:
        end = at + len(word)
        if not (at > 0 and text[at - 1].isalnum()) and not (
            end < len(text) and text[end].isalnum()
        ):
            return True
        at = text.find(word, end)
    return False


#: Words a title-case topic may hold in lower case.
_TOPIC_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "a", "'s", "’s"})


def capitals_headline_quote(context: Context, index: int) -> Decision | None:
    """``HOW THE DROUGHT HIT THE VALLEY “Farmers in the valley ...”``: in a news
    roundup, an item's headline in capitals runs straight into the quote that
    excerpts it; the headline is the source named (there is no cue). A quote
    in capitals is part of the headline, not an excerpt."""
    if context.kinds[index] is not QuoteKind.DIRECT:
        return None
    quote = context.quotes[index]
    paragraph = context.segmentation.paragraphs[quote.paragraph]
    sentence = context.segmentation.sentences[context.sentence_index(quote.open_mark.start)]
    lo = max(paragraph.start, sentence.start)
    if not 0 < quote.open_mark.start - lo <= 160:
        return None
    head = context.text[lo : quote.open_mark.start]
    words = head.split()
    if not 2 <= len(words) <= 16 or any(c.islower() for c in head):
        return None
    if not any(c.islower() for c in context.text[quote.span.start : quote.span.end]):
        return None  # "FOR AFGHAN WOMEN ‘GLASS IS HALF FULL.’": the quote is part of the headline
    if sum(1 for word in words if sum(c.isalpha() for c in word) > 1) < 2:
        return None
    if head.rstrip()[-1:] in (".", ":", "-", "—", "–") or not head[-1:].isspace():
        return None  # a colon or a dash is headline_colon's; a period ends a sentence
    start = lo + len(head) - len(head.lstrip())
    end = lo + len(head.rstrip())
    return Decision("capitals_headline_quote", Span(start, end))


def title_headline_cue(context: Context, index: int) -> Decision | None:
    """``Ann Lowe Says Farm Crisis Is An ‘Act Of Neglect.’`` / ``Farms Are ‘The
    Crisis,’ Ann Lowe Tells Growers``: in a headline in title case, the
    capitalized words right before a capitalized reporting verb (``Says``,
    ``Tells``) open the headline or follow the quote; they speak. In a
    headline every word is capitalized, so a short quote in title case
    right after the verb's object (``Ann Lowe Calls Farm Bill ‘Reckless’``)
    is a partial quote like any other; a title of a work, and a term after a
    preposition or determiner (``Slams Council Over ‘Bridge Fund’``), are
    left alone."""
    if index in context.titles:
        return None
    quote = context.quotes[index]
    paragraph = context.segmentation.paragraphs[quote.paragraph]
    if quote.paragraph != 0 or paragraph.end - paragraph.start > 200:
        return None
    tokens = context.tokens(paragraph.start, paragraph.end)
    opening_term = False
    if context.kinds[index] is QuoteKind.TERM:
        before = [t for t in tokens if t.end <= quote.open_mark.start]
        if before and before[-1].lower in CLOSED_CLASS:
            return None
        # A term that opens the headline is the speaker's only when the
        # attribution closes it ("‘Fake Populist’ Mayor Is ..., Ann Lowe Says").
        opening_term = not before
    # The quote's own words may be in sentence case ("‘We will not back down’
    # on Tariffs, Ann Lowe Says"): the headline's case is read outside it.
    words = [
        t
        for t in tokens
        if t.text.isalpha() and not quote.open_mark.start <= t.start < context.outer_end(index)
    ]
    if len(words) < 3 or 3 * sum(1 for t in words if t.text[0].isupper()) < 2 * len(words):
        return None
    vocab = context.vocab
    for v in range(1, len(tokens)):
        verb = tokens[v]
        if not (verb.text[0].isupper() and verb.text.endswith("s")):
            continue
        if verb.lower not in vocab.reporting_verbs:
            continue
        if verb.end <= quote.open_mark.start:
            if opening_term:
                return None
            start = 0  # the speaker opens the headline
        elif verb.start >= context.outer_end(index):
            start = v
            while (
                start > 0
                and tokens[start - 1].end > context.outer_end(index)
                and tokens[start - 1].text != ","
            ):
                # The speaker follows the quote and its comma, or the comma
                # that closes the rest of the headline ("‘...’ on Tariffs,
                # Ann Lowe Says").
                start -= 1
            while start < v and not tokens[start].text[0].isalnum():
                start += 1
        else:
            continue
        name = tokens[start:v]
        if not 1 <= len(name) <= 4 or not all(t.text[0].isupper() for t in name):
            return None
        if any(t.lower in PRONOUNS or not t.text.replace(".", "").isalpha() for t in name):
            return None
        return Decision("title_headline_cue", span_of(tokens, (start, v)), cue_span(tokens, v))
    return None


def title_headline_subject(context: Context, index: int) -> Decision | None:
    """``Ann Lowe Sides With Growers On ‘Fair Prices.’``, ``Ann Lowe Asked
    Farmers To “Plant Early.”``: a headline or heading in title case, one
    line of its own, that opens with a name the story names again, then a
    capitalized verb (``Says`` and ``Tells`` are title_headline_cue's); the quote in it is the named
    person's words (news headlines quote their subject). A quote that opens
    the headline, a comma that hands over to an attribution after the quote
    (``Cruz Is A ‘Citizen,’ Board Finds``), a title of a work, and a name
    that comes again nowhere in the story are left alone."""
    if index in context.titles:
        return None
    quote = context.quotes[index]
    paragraph = context.segmentation.paragraphs[quote.paragraph]
    if paragraph.end - paragraph.start > 200 or quote.open_mark.start - paragraph.start > 120:
        return None
    if context.sentence_index(paragraph.start) != context.sentence_index(quote.open_mark.start):
        return None  # a sentence of the writer's before the quote: no headline
    content = context.text[quote.span.start : quote.span.end].rstrip()
    if content.endswith(",") or "\n" in context.text[paragraph.start : paragraph.end].strip():
        return None
    tokens = context.tokens(paragraph.start, paragraph.end)
    outer_end = context.outer_end(index)
    words = [
        t for t in tokens if t.text.isalpha() and not quote.open_mark.start <= t.start < outer_end
    ]
    if len(words) < 4 or 4 * sum(1 for t in words if t.text[0].isupper()) < 3 * len(words):
        return None
    before = [t for t in tokens if t.end <= quote.open_mark.start]
    if len(before) < 3 or any(t.text in QUOTE_MARKS for t in before):
        return None  # the quote opens the headline, or another quote comes first
    first = before[0]
    if first.lower in CLOSED_CLASS or first.lower in PRONOUNS:
        return None
    # The name is the longest run of at most three capitalized words that ends
    # in a word the story repeats and is followed by a verb (perhaps after an
    # adverb): "Bernie Sanders Pins", "Sanders Told", "Trump Just Announced".
    end = verb_at = 0
    for k in range(min(3, len(before) - 2)):
        token = before[k]
        if not (token.text.isalpha() and token.text[0].isupper()):
            break
        if token.lower in _HEADLINE_ADVERBS or token.lower in CLOSED_CLASS:
            break
        if k > 0 and not _name_part(context.vocab, before[k - 1]):
            break  # "Voters Hope Whitlow Backs ...": no name goes on past a plural
        if not named_again(context.text, token, paragraph.end):
            continue
        v = k + 1
        if before[v].lower in _HEADLINE_ADVERBS and v + 1 < len(before):
            v += 1  # "Ann Lowe Just Shared This ‘...’"
        if _headline_verb(before[v]) and not named_again(context.text, before[v], paragraph.end):
            # (a word the story writes again capitalized is a name: "Jeff Sessions")
            end, verb_at = k + 1, v
    if end == 0:
        return None  # "Lowe Camp Declining To ...": the name goes on with a noun
    verb = before[verb_at]
    # A reporting verb that title_headline_cue does not read (``Asked``) is the cue.
    cue = cue_span(before, verb_at) if verb.lower in context.vocab.reporting_verbs else None
    return Decision("title_headline_subject", span_of(tokens, (0, end)), cue)


#: Adverbs a title-case headline puts between its subject and verb.
_HEADLINE_ADVERBS = frozenset({"just", "also", "again", "now", "still", "finally", "reportedly"})
#: Past tenses in title case that end in neither ``-s`` nor ``-ed``.
_HEADLINE_PAST = frozenset(
    {"got", "told", "took", "made", "gave", "won", "lost", "sent", "felt", "said", "wrote", "led"}
)


def _name_part(vocab: Vocabulary, token: Token) -> bool:
    """Whether a capitalized word may go on to a further word of a name in a
    title-case headline: a title (``Mayor``) or a word of a name that is no
    plural of a noun of people (``Voters``, ``Growers``, ``Critics``: a group,
    the subject of the verb after it) unless a listed given or family name
    (``Rogers``)."""
    if vocab.is_title(token):
        return True
    if not vocab.is_name_word(token):
        return False
    word = token.lower
    if not word.endswith(_PEOPLE_PLURAL_ENDS):
        return True
    return word in vocab.first_names or word in vocab.family_names


#: Endings of plurals of nouns of people (``voters``, ``activists``, ``critics``).
_PEOPLE_PLURAL_ENDS = ("ers", "ors", "ists", "ans", "ents", "ants", "ics")


def _headline_verb(token: Token) -> bool:
    """A capitalized word that may be a headline's verb: ``Sides``, ``Asked``, ``Got``."""
    word = token.lower
    if not (token.text.isalpha() and token.text[0].isupper()) or word in CLOSED_CLASS:
        return False
    if word in PRONOUNS or word.endswith(("ss", "us", "ous")):
        return False
    return word.endswith(("s", "ed")) or word in _HEADLINE_PAST


def colon_clause_subject(context: Context, index: int) -> Decision | None:
    """``A footnote in the report makes that clear: “...”``, ``Ann Lowe, the host
    of “Farm Life,” listed her favorite crop: “...”``: a whole sentence of the
    writer's that hands over to a direct quote with a colon, with no usable cue
    and no speaker phrase right before the colon; the subject of its main clause
    is the source."""
    if context.kinds[index] is not QuoteKind.DIRECT:
        return None
    quote = context.quotes[index]
    lo, hi = context.before_region(index)
    sentence = context.segmentation.sentences[context.sentence_index(quote.open_mark.start)]
    if lo > sentence.start and _NON_SPACE.search(context.text, sentence.start, lo):
        # Earlier quotes in the sentence must be terms or titles, which the
        # before region already reaches past.
        return None
    tokens = context.tokens(lo, hi)
    if len(tokens) < 3:
        return None
    if tokens[-1].text in ("—", "–"):
        pass  # "Lowe also backed the plan — “...”": a closing dash hands over too
    elif tokens[-1].text == "-" and tokens[-2].text == "-":
        tokens = [*tokens[:-2], Token(tokens[-2].start, tokens[-1].end, "--")]
    elif tokens[-1].text != ":":
        return None
    chunk = _colon_subject(context.vocab, tokens) or _here_is_speaker(context.vocab, tokens)
    if chunk is None:
        return None
    colon = Span(tokens[-1].start, tokens[-1].end)
    return Decision("colon_clause_subject", span_of(tokens, chunk), colon)


def _here_is_speaker(vocab: Vocabulary, tokens: list[Token]) -> tuple[int, int] | None:
    """``Here’s Clinton in December 1992:``, ``Here is Sen. Lowe on the vote:``:
    a name presented with ``here is``, perhaps with a short prepositional
    phrase of time or topic, before the colon."""
    n = len(tokens) - 1
    if tokens[-1].text != ":" or not tokens[0].text.startswith("Here"):
        return None
    if tokens[0].lower in ("here's", "here’s"):
        start = 1
    elif tokens[0].lower == "here" and tokens[1].lower in ("is", "was"):
        start = 2
    else:
        return None
    chunk = chunk_right(vocab, tokens, start)
    if chunk is None or not tokens[chunk[1] - 1].text[0].isupper():
        return None
    words = tokens[chunk[0] : chunk[1]]
    phrase = " ".join(t.text for t in words)
    if vocab.kind_of(phrase, words) is not MentionKind.NAME:
        return None
    rest = tokens[chunk[1] : n]
    if rest and not (
        len(rest) <= 6
        and rest[0].lower in ("in", "on", "at", "during", "from", "about")
        and all(t.text[0].isalnum() for t in rest)
        and not any(_verb_like(t) for t in rest)
    ):
        return None
    return chunk


# Adverbs that open a sentence before its subject ("Likewise, ...").
_OPENING_ADVERBS = frozenset(
    {"likewise", "meanwhile", "however", "instead", "similarly", "still", "also", "again"}
)


def _colon_subject(vocab: Vocabulary, tokens: list[Token]) -> tuple[int, int] | None:
    """The subject phrase opening a sentence that ends with a colon (after an
    opening adverb or prepositional phrase), followed by its verb; a prepositional
    phrase (``A footnote in the report makes``) or an apposition set off by
    commas may come between them."""
    n = len(tokens) - 1  # the colon (or closing dash)
    if any(t.text in ("-", "—", "–", ";") for t in tokens[:n]):
        return None  # a list or a second clause: the colon's clause is unclear
    start = 0
    if n > 2 and tokens[0].lower in _OPENING_ADVERBS and tokens[1].text == ",":
        start = 2
    else:
        comma = next_comma(tokens, 0, min(n, 8))
        if comma is not None and opening_phrase(tokens, comma + 1):
            start = comma + 1
    if start >= n:
        return None
    chunk = chunk_right(vocab, tokens, start) or loose_speaker(tokens, start)
    if chunk is None:
        end = start
        while end < n and end - start < 4 and tokens[end].text[0].isupper():
            end += 1
        if start < end < n and tokens[end].text[0].isdigit():
            end += 1  # "Article 12"
        if end == start:
            return None
        chunk = (start, end)
    else:
        chunk = (chunk[0], _past_section_number(tokens, chunk[1], n))
    words = tokens[chunk[0] : chunk[1]]
    if words[0].lower in ("it", "this", "that", "there", "what", "which", "i", "here", "we"):
        return None
    if not_a_speaker(vocab, words):
        return None
    end = chunk[1]
    comma = next((k for k in range(chunk[0], end) if tokens[k].text == ","), None)
    if comma is not None and comma > chunk[0] and end < n and tokens[end].text in QUOTE_MARKS:
        # "Ann Lowe, the former host of the show “Farm Life,” listed": a title
        # inside the apposition; the apposition ends at the comma after it.
        close = next_comma(tokens, end + 1, min(n, end + 20))
        if close is None:
            return None
        chunk, end = (chunk[0], comma), close + 1
        while end < n and tokens[end].text in QUOTE_MARKS:
            end += 1
    elif end < n and tokens[end].text == ",":
        if end + 1 < n and tokens[end + 1].text[0].islower() and chunk[1] - chunk[0] > 3:
            end += 1  # the apposition is part of the chunk already
        else:
            close = next_comma(tokens, end + 1, min(n, end + 20))
            if close is None:
                return None
            end = close + 1
            while end < n and tokens[end].text in QUOTE_MARKS:
                end += 1
            if end < n and tokens[end].text[0].isupper() and not _verb_like(tokens[end]):
                # "One supporter, Rep. Lee Zeldin, Republican of New York, gave":
                # a second apposition.
                close = next_comma(tokens, end + 1, min(n, end + 8))
                if close is None:
                    return None
                end = close + 1
    elif end < n and tokens[end].lower in PREPOSITIONS_AFTER:
        # "A footnote in the report makes": a short prepositional phrase
        # ("a paper from the left-leaning Hill Institute has").
        stop = end + 1
        while stop < n and stop - end <= 5 and not _verb_like(tokens[stop]):
            stop += 1
        if stop >= n or stop - end > 5:
            return None
        chunk, end = (chunk[0], stop), stop
    if end < n - 1 and tokens[end].lower in ("also", "then", "again", "later", "quickly"):
        end += 1  # "Lowe also backed the plan"
    if end >= n or (
        not _verb_like(tokens[end])
        and not (tokens[end].text[0].islower() and tokens[end].lower in vocab.reporting_verbs)
    ):
        return None
    return chunk


def _past_section_number(tokens: list[Token], end: int, stop: int) -> int:
    """After a capitalized word, the end of a section or verse number that
    follows it (``Article 33``, ``Isaiah 45:1``), else ``end``."""
    if not (0 < end < stop and tokens[end].text.isdigit() and tokens[end - 1].text[0].isupper()):
        return end
    end += 1
    if (
        end + 1 < stop
        and tokens[end].text == ":"
        and tokens[end + 1].text.isdigit()
        and tokens[end - 1].end == tokens[end].start
        and tokens[end].end == tokens[end + 1].start
    ):
        end += 2  # "Isaiah 45:1"
    return end


def _verb_like(token: Token) -> bool:
    """A lower-case word that may be a finite verb (``makes``, ``listed``, ``had``)."""
    word = token.lower
    return (
        token.text.isalpha()
        and token.text[0].islower()
        and word not in NOT_VERBS
        and word not in PREPOSITIONS_AFTER
        and (word.endswith(("s", "ed")) or word in ("had", "gave", "put", "sent", "made"))
        and not word.endswith(("ss", "us", "ous"))
        and word not in ("is", "was", "has", "does", "this", "its", "yes", "as")
    )


#: This family's rules (the pipeline holds their order among all rules).
RULES: tuple[Sieve, ...] = (
    headline_colon,
    capitals_headline_quote,
    title_headline_cue,
    title_headline_subject,
    mention_colon_quote,
    colon_clause_subject,
)
