"""The pipeline: the one place that knows the order of the stages and rules.

    text -> segment -> quotes -> kinds -> sieves (quote -> mention)
         -> resolve (mention -> entity) -> Document

:data:`DEFAULT_SIEVES` is the default order of the attribution rules, whose
families live in :mod:`quoteattr.sieves`.

:func:`attribute` is the one obvious function; :class:`Attributor` holds the
set-up (sentence splitter, word classes, sieve order) for processing many
texts with one configuration. Both accept any ``str`` and never raise on its
content.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Sequence

import attrs

from quoteattr.config import Config
from quoteattr.fiction.dialogue import attribute_dialogue
from quoteattr.fiction.genre import Genre, reads_as_fiction
from quoteattr.fiction.words import FictionWords
from quoteattr.kinds import MARKED_TERM, TITLE, classify
from quoteattr.mentions import Vocabulary, named_chunks
from quoteattr.model import Document, Entity, Quote, QuoteKind, Span
from quoteattr.quotes import RawQuote, find_quotes
from quoteattr.reported import Report, Verbs, find_reports
from quoteattr.resolve import EntityBuilder
from quoteattr.roles import RoleReader
from quoteattr.segment import SentenceSplitter, segment
from quoteattr.sieves import Context, Decision
from quoteattr.sieves.inside import quotes_in_reports
from quoteattr.turns import find_turns

__all__ = ["DEFAULT_SIEVES", "Attributor", "attribute"]

#: The names of the built-in sieves in the default order, most precise first;
#: the default of :attr:`quoteattr.Config.sieves`. Each rule is documented in
#: its family's module of :mod:`quoteattr.sieves`.
DEFAULT_SIEVES: tuple[str, ...] = (
    # The speaker given by the layout: a transcript turn's label (quoteattr.sieves.forms).
    "transcript_turn",
    # A paragraph that continues a multi-paragraph quote takes its speaker first.
    "continuation_paragraph",
    # The attribution next to the quote (quoteattr.sieves.adjacent).
    "according_to",
    "quote_mention_cue",
    "quote_cue_mention",
    "quote_mention_aside_cue",
    "quote_dash_mention",
    # A name after a dash that ends the paragraph (quoteattr.sieves.forms).
    "dash_signature",
    "inner_signature",
    "inner_label",
    # Headlines (quoteattr.sieves.colon).
    "headline_colon",
    "capitals_headline_quote",
    "title_headline_cue",
    "title_headline_subject",
    # A partial quote's own agent or speech noun (quoteattr.sieves.adjacent).
    "agent_after_quote",
    "possessive_speech_noun",
    # A reporting clause before the quote (quoteattr.sieves.sentence).
    "mention_cue_quote",
    "parenthetical_cue_quote",
    # A speaker phrase before a colon: a panel's name first (quoteattr.sieves.forms),
    # then any (quoteattr.sieves.colon).
    "name_colon_panel",
    "mention_colon_quote",
    # Another quote of the same sentence, or the quote before.
    "same_sentence_quote",
    "split_quote",
    "follow_on_quote",
    # The rest of the quote's sentence (quoteattr.sieves.sentence).
    "closing_attribution",
    "next_quote_attribution",
    "opening_participle_quote",
    "clause_subject_quote",
    "colon_clause_subject",
    # The sentences around the quote: a statement announced before it
    # (quoteattr.sieves.forms), the speaker of the sentence before
    # (quoteattr.sieves.across).
    "statement_block",
    "previous_sentence_speaker",
    "speaker_sentence_between",
)

_WORD = re.compile(r"[^\W_]+")


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            "attribute() expects text as str, got bytes: decode it first, e.g. data.decode('utf-8')"
        )
    raise TypeError(f"attribute() expects text as str, got {type(text).__name__}")


class Attributor:
    """Finds and attributes quotes, reusing one set-up for many texts.

    Args:
        config: the settings; the default :class:`Config` when omitted.

    Example:
        >>> from quoteattr import Attributor
        >>> attributor = Attributor()
        >>> doc = attributor("“We regret it,” she said.")
        >>> [quote.text for quote in doc.quotes]
        ['We regret it,']
    """

    def __init__(self, config: Config | None = None) -> None:
        if config is None:
            config = Config()
        elif not isinstance(config, Config):
            raise TypeError(f"Attributor expects a quoteattr.Config, got {type(config).__name__}")
        self._config = config
        self._splitter = SentenceSplitter(config.lexicon.abbreviations)
        self._vocab = Vocabulary(config.lexicon)
        self._sieves = config.sieve_functions()
        self._roles = RoleReader(self._vocab, config.lexicon)
        lexicon = config.lexicon
        self._verbs = Verbs(
            lexicon.reporting_verbs,
            lexicon.clause_verbs,
            lexicon.infinitive_verbs,
            lexicon.object_verbs,
            lexicon.section_labels,
            lexicon.stance_verbs,
            lexicon.casting_verbs,
            lexicon.phrasal_cues,
            lexicon.discovery_verbs,
        )
        self._fiction_words = FictionWords(config.lexicon)

    @property
    def config(self) -> Config:
        """The configuration this attributor was built with."""
        return self._config

    def __call__(self, text: str) -> Document:
        """Attribute one text; see :func:`attribute`."""
        text = _check_text(text)
        segmentation = segment(text, self._splitter, self._config.line_breaks)
        raw_quotes = find_turns(
            text,
            segmentation.paragraphs,
            find_quotes(text, segmentation.paragraphs),
            self._config.lexicon.section_labels,
            self._config.lexicon.first_names,
        )
        context = Context(text, self._vocab, segmentation, raw_quotes, [])
        reasons: list[str] = []
        for raw in raw_quotes:
            sentence = (
                segmentation.sentences[context.sentence_index(raw.open_mark.start)]
                if segmentation.sentences
                else None
            )
            kind, reason = classify(text, raw, sentence, segmentation.paragraphs[raw.paragraph])
            if reason == TITLE:
                context.titles.add(len(context.kinds))
            context.kinds.append(kind)
            reasons.append(reason)
        genre = self._config.genre
        if genre is Genre.AUTO:
            fiction = reads_as_fiction(
                text, segmentation.paragraphs, raw_quotes, self._config.lexicon.fiction_verbs
            )
            genre = Genre.FICTION if fiction else Genre.NEWS
        if genre is Genre.FICTION:
            dialogue = attribute_dialogue(
                text,
                segmentation,
                raw_quotes,
                context.kinds,
                context.titles,
                self._fiction_words,
                self._config.cast,
            )
            resolved, entities = dialogue.resolved, dialogue.entities
            reports: list[Report] = []  # reported speech is read in news only
        else:
            resolved, entities, reports = self._news(context, reasons)
        quotes = []
        notes = []
        for index, raw in enumerate(raw_quotes):
            kind = context.kinds[index]
            found = resolved[index]
            if found is None:
                speaker = mention = cue = rule = how = None
                if (
                    kind is QuoteKind.PARTIAL
                    and _word_count(text, raw) <= self._config.term_max_words
                ):
                    kind = QuoteKind.TERM
            else:
                entity, mention, cue, rule, how = found
                speaker = entities[entity]
                if kind is QuoteKind.TERM and reasons[index] != MARKED_TERM:
                    # In a novel a short quote taken as a line is the whole
                    # utterance (``“No!” said Piet``); in news, a fragment.
                    kind = QuoteKind.DIRECT if genre is Genre.FICTION else QuoteKind.PARTIAL
            quotes.append(
                Quote(
                    span=raw.span,
                    text=text[raw.span.start : raw.span.end],
                    kind=kind,
                    open_mark=raw.open_mark if len(raw.open_mark) else None,  # no mark: no width
                    close_mark=raw.close_mark,
                    continued=raw.continued,
                    continuation=raw.continuation,
                    inner=raw.inner,
                    speaker=speaker,
                    mention=mention,
                    cue=cue,
                    rule=rule,
                    resolution=how,
                    speaker_label=raw.speaker_label,
                )
            )
            if raw.close_mark is None and not raw.continued and len(raw.open_mark):
                notes.append(f"unclosed quotation mark at {raw.open_mark.start}")
        if reports:
            quotes = _with_reports(text, quotes, reports, resolved[len(raw_quotes) :], entities)
        return Document(
            text=text,
            quotes=tuple(quotes),
            entities=tuple(entities),
            paragraphs=segmentation.paragraphs,
            sentences=segmentation.sentences,
            notes=tuple(notes),
        )

    def _news(
        self, context: Context, reasons: list[str]
    ) -> tuple[list[_Resolved | None], list[Entity], list[Report]]:
        """The news rules: sieves decide each quote's mention, reported speech
        without marks is read, then mentions resolve to entities; returns each
        quote's attribution by entity id, then each report's, and the reports."""
        for index in range(len(context.quotes)):
            if reasons[index] == TITLE:
                continue  # a title reports nobody's speech
            for sieve in self._sieves:
                decision = sieve(context, index)
                if decision is not None:
                    context.decisions[index] = decision
                    break
        _fill_continuation_chains(context)
        reports = find_reports(context, self._verbs) if self._config.indirect_speech else []
        if self._sieves:  # Config(sieves=()) attributes no quote in marks
            quotes_in_reports(context, reports)
        builder = EntityBuilder(
            context.text,
            self._vocab,
            context.region_tokens,
            roles=self._roles,
            sentences=context.segmentation.sentences,
        )
        drafts = _resolve(context, builder, reports)
        entities = builder.entities()
        resolved: list[_Resolved | None] = [
            None if found is None else (builder.final_id(found[0]), *found[1:]) for found in drafts
        ]
        return resolved, entities, reports


_Resolved = tuple[int, Span | None, Span | None, str, str]
# A chain of quotes sharing a speaker: its nearest links, its length, the
# quote it ends at and that quote's account.
_Chain = tuple[tuple[int, ...], int, int, str]
#: The links of such a chain named in a quote's account
#: (``same speaker as quote 7; same speaker as quote 6; ...``).
_CHAIN_LINKS = 12


def _chain_account(chain: _Chain) -> str:
    """``same speaker as quote 7; same speaker as quote 6; <how quote 6 was resolved>``;
    past ``_CHAIN_LINKS`` links, the rest is counted, not named."""
    nearest, total, end, end_how = chain
    parts = [f"same speaker as quote {k + 1}" for k in nearest]
    if total > len(nearest):
        parts.append(f"{total - len(nearest):,} more links, the last to quote {end + 1}")
    return "; ".join([*parts, end_how])


def _word_count(text: str, raw: RawQuote) -> int:
    return len(_WORD.findall(text, raw.span.start, raw.span.end))


def _fill_continuation_chains(context: Context) -> None:
    """A multi-paragraph quote attributed in a later paragraph: earlier parts share it."""
    quotes, decisions = context.quotes, context.decisions
    for index in range(len(quotes) - 1, 0, -1):
        if (
            decisions[index - 1] is None
            and quotes[index - 1].continued
            and quotes[index].continuation
            and decisions[index] is not None
        ):
            decisions[index - 1] = Decision("continuation_paragraph", antecedent=index)


def _with_reports(
    text: str,
    quotes: list[Quote],
    reports: list[Report],
    resolved: list[_Resolved | None],
    entities: list[Entity],
) -> list[Quote]:
    """The quotes and the INDIRECT quotes of the reports, in text order: by the
    start of each quote's outer span; a report that contains a quote comes first."""
    indirect = []
    for report, found in zip(reports, resolved, strict=True):
        speaker: Entity | None = None
        mention: Span | None = None
        how: str | None = None
        if found is not None:
            entity, mention, _, _, how = found
            speaker = entities[entity]
        indirect.append(
            Quote(
                span=report.content,
                text=text[report.content.start : report.content.end],
                kind=QuoteKind.INDIRECT,
                speaker=speaker,
                mention=mention,
                cue=report.cue,
                rule=report.rule,
                resolution=how,
            )
        )
    merged = quotes + indirect
    merged.sort(key=_outer_order)
    if not indirect:
        return merged
    # "same speaker as quote N" counts quotes in marks; count in the merged order.
    position = {id(quote): number for number, quote in enumerate(merged, 1)}

    def renumbered(match: re.Match[str]) -> str:
        return str(position[id(quotes[int(match.group()) - 1])])

    for number, quote in enumerate(merged):
        how = quote.resolution
        if quote.kind is not QuoteKind.INDIRECT and how and how.startswith(_SAME_SPEAKER):
            merged[number] = attrs.evolve(quote, resolution=_QUOTE_NUMBER.sub(renumbered, how))
    return merged


def _outer_order(quote: Quote) -> tuple[int, int]:
    """``(quote.outer.start, -quote.outer.end)``, without making the span."""
    open_mark, close_mark, span = quote.open_mark, quote.close_mark, quote.span
    start = open_mark.start if open_mark is not None else span.start
    return start, -(close_mark.end if close_mark is not None else span.end)


_SAME_SPEAKER = "same speaker as quote "
# The quote numbers of a chain account (see _chain_account).
_QUOTE_NUMBER = re.compile(r"(?<=same speaker as quote )\d+|(?<=the last to quote )\d+")


#: An event's offset and order at that offset (see ``_resolve``).
_FIRST_TWO = operator.itemgetter(0, 1)
#: Spans' own order, (start, end), read in C (see ``Span.__lt__``).
_SPAN_ORDER = operator.attrgetter("start", "end")


def _resolve(
    context: Context, builder: EntityBuilder, reports: Sequence[Report] = ()
) -> list[_Resolved | None]:
    """Resolve every decided mention, in text order, after the names before it.

    The result holds one entry per quote, then one per report."""
    events: list[tuple[int, int, tuple[Span, str] | int]] = []
    decisions = list(context.decisions) + [
        Decision(report.rule, report.mention, report.cue) for report in reports
    ]
    mentions = sorted(
        {d.resolved for d in decisions if d is not None and d.resolved}, key=_SPAN_ORDER
    )
    mention_starts = [m.start for m in mentions]
    # The largest end among the mentions up to each one (in start order).
    reach = list(itertools.accumulate((m.end for m in mentions), max))

    def first_overlap(span: Span) -> int | None:
        """The start of the first mention that overlaps ``span``, if any."""
        # Mentions are sorted by start: the first that overlaps ``span`` is the
        # first whose end passes span.start (where ``reach`` first does), if it
        # starts before span.end.
        k = bisect.bisect_right(reach, span.start)
        if k < len(mentions) and mention_starts[k] < span.end:
            return mention_starts[k]
        return None

    for index, decision in enumerate(decisions):
        if decision is not None and decision.resolved is not None:
            events.append((decision.resolved.start, 1, index))
    # Pre-pass: names in the writer's text, between the quotes of each paragraph.
    for gap in range(len(context.gaps)):
        table = context.gap_table(gap)
        for begin, finish, kind in named_chunks(context.vocab, table):
            span = table.span(begin, finish)
            overlap = first_overlap(span)
            if overlap is not None and kind == "person" and overlap > span.start:
                # "Bernie Sanders, the Vermont senator who ...": a mention inside the
                # chunk's apposition; the name before it still names someone.
                while finish > begin and table.ends[finish - 1] > overlap:
                    finish -= 1
                while finish > begin and table.texts[finish - 1] in (",", "—", "–", "("):
                    finish -= 1
                if finish > begin:
                    span = table.span(begin, finish)
                    overlap = first_overlap(span)
            if overlap is None:
                events.append((span.start, 0, (span, kind)))
        # Descriptions of people already named ("the Texas senator"): roles.
        for begin, finish in builder.roles.descriptions(table):
            span = table.span(begin, finish)
            if first_overlap(span) is None:
                events.append((span.start, 0, (span, "description")))
    events.sort(key=_FIRST_TWO)  # by offset, then names before mentions
    result: list[_Resolved | None] = [None] * len(decisions)
    for _, _, payload in events:
        if isinstance(payload, tuple):
            builder.register(*payload)
            continue
        decision = decisions[payload]
        assert decision is not None and decision.resolved is not None
        draft, how = builder.resolve(decision.resolved)
        if draft is not None:
            result[payload] = (draft, decision.mention, decision.cue, decision.rule, how)
    # Quotes that share another quote's speaker, following chains in both directions.
    # A chain's account names its nearest links and the quote it ends at, so it
    # stays short however long the chain (a sentence of a thousand quotes).
    chains: dict[int, _Chain] = {}
    for _ in range(3):
        for index, decision in enumerate(context.decisions):
            if decision is None or decision.antecedent is None or result[index] is not None:
                continue
            antecedent = decision.antecedent
            source = result[antecedent]
            if source is not None:
                draft, mention, cue, _, how = source
                nearest, total, end, end_how = chains.get(antecedent, ((), 0, antecedent, how))
                chain = ((antecedent, *nearest[: _CHAIN_LINKS - 1]), total + 1, end, end_how)
                chains[index] = chain
                result[index] = (draft, mention, cue, decision.rule, _chain_account(chain))
    return result


@functools.lru_cache(maxsize=1)
def _default_attributor() -> Attributor:
    """The attributor for the default config, built once per process."""
    return Attributor()


def attribute(text: str, config: Config | None = None) -> Document:
    """Find every quote in ``text`` and attribute it.

    Args:
        text: the article, as ``str``. Any string is accepted; messy input
            (unbalanced quotation marks, odd Unicode, empty text) degrades
            gracefully and is described in :attr:`Document.notes`.
        config: settings; the default :class:`Config` when omitted.

    Returns:
        A :class:`Document` whose offsets index into ``text`` unchanged.

    Raises:
        TypeError: when ``text`` is not a ``str`` (bytes must be decoded first).

    Example:
        >>> import quoteattr
        >>> doc = quoteattr.attribute("“We regret it,” spokeswoman Heather Nauert said.")
        >>> quote = doc.quotes[0]
        >>> quote.text, quote.speaker.name, quote.speaker.role
        ('We regret it,', 'Heather Nauert', 'spokeswoman')
    """
    text = _check_text(text)
    if config is not None:
        return Attributor(config)(text)
    return _default_attributor()(text)
