"""Dialogue: who speaks each line of a conversation in narrative text.

This module owns the attribution of quotes in fiction. It reads the text one
paragraph at a time, as a reader follows a conversation (a paragraph of
dialogue is one speaker's turn), and decides each paragraph's speaker by the
first of these rules that applies:

* ``dialogue_cue``: a speech verb and its subject next to the line, in either
  order (``“…,” said Emma``, ``“…,” she replied``, ``Emma said: “…”``,
  ``said her brother to Jane``); another line of the same paragraph takes the
  same speaker (``same_paragraph``);
* ``action_beat``: a character acting in the same paragraph, without a speech
  verb (``Brenda shook her head. “Oh no.”``);
* ``narration_before``: a character acting at the end of the narration
  paragraph just before (``She turned to him.`` then the line);
* ``addressee_reply``: the one addressed by the line before, by name
  (``“Well, Mrs. Weston,” said Emma`` -- the next line is Mrs. Weston's);
* ``turn_taking``: in a run of lines without cues, speakers alternate between
  the two most recent speakers of the conversation; after a short stretch of
  narration, the last speaker goes on.

A line never goes to the one it addresses. A new named speaker, a narration
paragraph that names a character acting, or a scene break (a chapter heading,
or a long stretch of narration) restarts the tracking. Pronouns in cues go to
the participant of the conversation whose gender fits, ``I`` to the narrator.
Names go to characters through :class:`~quoteattr.fiction.characters.CharacterTable`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator

from quoteattr.fiction.characters import Character, CharacterTable, NameMention
from quoteattr.fiction.cues import OPENERS, Cue, CueGrammar, Subject
from quoteattr.fiction.words import INTERVENING, FictionWords, split_name, vocative_patterns
from quoteattr.mentions import Token, is_ly_adverb
from quoteattr.model import Entity, QuoteKind, Span, span_unchecked
from quoteattr.quotes import RawQuote
from quoteattr.segment import Segmentation

__all__ = ["DialogueResult", "attribute_dialogue"]

#: One attributed quote: (entity id, mention, cue, rule, how it was resolved).
Resolved = tuple[int, Span | None, Span | None, str, str]

# A chapter heading or a line of asterisks: a scene break.
_HEADING = re.compile(
    r"^\s*(?:(?:chapter|book|part|volume|canto|letter)\b|[ivxlcdm]+\.?\s*$|\d+\.?\s*$|[*\s.·-]+$)",
    re.IGNORECASE,
)
# A long stretch of narration ends a conversation.
_SCENE_CHARS = 2500
# A paragraph that ends so introduces the line after it (``Emma said,``).
_INTRODUCING = frozenset({":", ",", "—", "–", "-"})
# How many paragraphs back a pronoun cue that nothing nearer resolves looks for
# a speaker of its gender.
_RECENT_TURNS = 12

# A cue after a line counts as if it were this many turns further than one before.
_AFTER_PENALTY = 2
# What ends a sentence before a line that stands on its own.
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’")
# The last word of a text, with what may stand between it and a mark.
_LAST_WORD = re.compile(r"([A-Za-z]+)[\s,:]*$")

# Words after which a name opens a clause ("and Kemp said", "then Emma rose").
_CLAUSE_LINKS = frozenset({"and", "but", "then", "when", "while", "as", "so", "till", "until"})
# After at most this much narration, a line without a cue is the last speaker's
# going on (the narration told what happened between two lines of his).
_GOES_ON_CHARS = 1000
# Verbs of a speaker going on with a speech (the same speaker as before).
_GOING_ON = frozenset({"continue", "resume", "pursue", "add", "proceed", "conclude"})
_WENT = frozenset({"go", "goes", "went", "going"})
# The narrator's own cue after a line: "I said", "said I".
_POSSESSORS = {"his": "m", "her": "f"}
# Words before a name with which a speaker names himself ("I am Tony").
_SELF_NAMING = re.compile(
    r"(?i:\bI\s+am|\bI['’ ]m|\bname\s+is|\bname['’ ]s|\bcall\s+me|\bit\s+is|\bit['’ ]s)"
    r"\s+(?:\w+\s+)?$"
)
_NEXT_WORD = re.compile(r"[ \t]*\r?\n?[ \t]*([a-z]+)\b")
# Words after a name that are not its verb.
_NOT_VERBS = frozenset(
    {"and", "or", "but", "of", "to", "in", "on", "at", "with", "who", "whom", "whose", "which"}
    | {"that", "the", "a", "an", "for", "from", "by", "as", "than", "nor", "if", "s", "too"}
)
# A name after a preposition of place or direction (``to Netherfield``, ``from
# Moscow``) is too often a place to stand for ``he`` or ``she`` on its own.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|at|to|from|into|of|near|towards?|through|round|across|for)\s+$"
)
# Before a name that is a place or a family ("to Netherfield", "the Turtons").
_PLACE_OR_FAMILY_BEFORE = re.compile(
    r"\b(?:in|at|to|from|into|of|near|towards?|through|round|across|for|the)\s+$"
)
_VERB_NEXT = re.compile(r"[ \t]*\r?\n?[ \t]*(?:[a-z]+ly[ \t]+)?[a-z]+ed\b")
_I_CUE = re.compile(r"[\s,;:!?—–_-]*(?:I\s+[a-z]{3,}|[a-z]{3,}\s+I\b)")


class DialogueResult:
    """What the dialogue rules decided for one document.

    Attributes:
        resolved: per quote, the attribution or None.
        entities: the characters that speak or are addressed, as entities.
    """

    __slots__ = ("entities", "resolved")

    def __init__(self, resolved: list[Resolved | None], entities: list[Entity]) -> None:
        self.resolved = resolved
        self.entities = entities


_ANCHORS = frozenset({"dialogue_cue", "action_beat", "same_paragraph", "cue_before_line"})


class _Turn:
    """One paragraph of dialogue as a turn of its conversation."""

    __slots__ = ("addressee", "anchored", "continuing", "lines", "named", "number", "speaker")

    def __init__(
        self,
        number: int,
        lines: list[int],
        speaker: int | None,
        anchored: bool,
        continuing: bool,
        addressee: int | None,
        named: frozenset[int] = frozenset(),
    ) -> None:
        #: The characters the lines speak of by name (not their speakers).
        self.named = named
        self.number = number
        self.lines = lines
        self.speaker = speaker
        self.anchored = anchored
        self.continuing = continuing
        self.addressee = addressee


class _Conversation:
    """Who has spoken lately: the two most recent speakers and the one addressed."""

    __slots__ = ("actor", "addressed", "introduced", "last", "narration", "previous", "quoted")

    def __init__(self) -> None:
        self.last: int | None = None
        self.previous: int | None = None
        self.addressed: int | None = None
        self.actor: int | None = None
        self.narration = 0
        #: A cue in the narration just before, ending with a colon.
        self.introduced: tuple[int, Span, Span, str] | None = None
        #: The last turn was a quoted line (not one the narration told).
        self.quoted = False

    def reset(self) -> None:
        self.last = self.previous = self.addressed = self.actor = self.introduced = None
        self.narration = 0
        self.quoted = False

    def spoke(self, speaker: int, addressed: int | None) -> None:
        if speaker != self.last:
            self.previous, self.last = self.last, speaker
        self.addressed = addressed if addressed != speaker else None
        self.actor = self.introduced = None
        self.narration = 0
        self.quoted = True

    def told(self, speaker: int) -> None:
        """A turn the narration reports without quoting it."""
        if speaker != self.last:
            self.previous, self.last = self.last, speaker
        self.addressed = self.actor = self.introduced = None
        self.quoted = False

    def participants(self) -> list[int]:
        seen: list[int] = []
        for who in (self.actor, self.addressed, self.previous, self.last):
            if who is not None and who not in seen:
                seen.append(who)
        return seen


class _Attributor:
    """One document's pass over its paragraphs."""

    def __init__(
        self,
        text: str,
        segmentation: Segmentation,
        quotes: list[RawQuote],
        kinds: list[QuoteKind],
        skip: set[int],
        words: FictionWords,
        cast: tuple[Character, ...],
    ) -> None:
        self.text = text
        self.segmentation = segmentation
        self.quotes = quotes
        self.kinds = kinds
        self.skip = skip
        self.words = words
        self.table = CharacterTable(text, words, cast)
        self.grammar = CueGrammar(text, words, self.table)
        self.state = _Conversation()
        self.resolved: list[Resolved | None] = [None] * len(quotes)
        self.used: set[int] = set()
        self._turns: list[_Turn] = []
        self._dialogue_end = 0
        self._paragraph_number = 0
        self._vocative = vocative_patterns(words)
        # Names of the narration (outside quotes), for pronouns and actors.
        outer = [_outer(q) for q in quotes]
        starts = [span.start for span in outer]
        self._narration_names = []
        for name in self.table.names:
            k = bisect.bisect_right(starts, name.start) - 1
            if k < 0 or outer[k].end <= name.start:
                self._narration_names.append(name)
        self._narration_starts = [name.start for name in self._narration_names]

    # -- resolving mentions ------------------------------------------------------

    def _name(self, subject: Subject) -> int:
        return self.table.lookup_at(
            subject.title, subject.words, subject.surface, subject.span.start
        )

    def _known_name(self, subject: Subject) -> int | None:
        index = self._name(subject)
        return index

    def _fits(self, index: int, gender: str | None) -> bool:
        if gender in ("m", "f") and index == self.table.narrator_id:
            return False  # "he" and "she" are never the one who says "I"
        known = self.table.gender(index)
        return gender is None or known is None or known == gender

    def _by_gender(
        self,
        gender: str | None,
        at: int,
        exclude: int | None,
        since: int = -1,
        continuing: bool = False,
    ) -> tuple[int, str] | None:
        """The character a pronoun or description of ``gender`` refers to.

        In order: the nearest subject of that gender earlier in the paragraph
        (``Kemp closed the door. “…,” he said``); for a verb that goes on
        (``he continued``), the last speaker who fits; a subject, then any name
        (not of a place or family), of that gender in the narration since the
        last line; the participant of the conversation
        who fits; the one whose turn it is; an earlier name that fits.
        """
        if gender == "s":
            return self.table.narrator(), "the narrator"
        table = self.table
        state = self.state
        narrator = table.narrator_id if gender in ("m", "f") else None
        if gender is not None and since >= 0:
            nearest = True
            for name in self._names_back(at, since):
                if self._subject_name(name):
                    index = table.lookup_at(name.title, name.words, name.surface, name.start)
                    known = table.gender(index)
                    if index != narrator and (
                        known == gender
                        or (known is None and nearest and _VERB_NEXT.match(self.text, name.end))
                    ):
                        return index, "the nearest subject of the paragraph whose gender fits"
                    nearest = False
        if continuing:
            # After narration the last speaker goes on; right after another's
            # line, the one before it does.
            order = (
                (state.last, state.previous) if state.narration else (state.previous, state.last)
            )
            for who in order:
                if who is not None and who != narrator and self._fits(who, gender):
                    return who, "the last speaker who fits goes on"
        if gender is not None and state.narration > 0:
            for name in self._names_back(since if since >= 0 else at, self._dialogue_end):
                if not self._subject_name(name):
                    continue
                index = table.lookup_at(name.title, name.words, name.surface, name.start)
                if index not in (exclude, narrator) and table.gender(index) == gender:
                    return index, "the nearest subject of the narration since the last line"
            # Then any name of that gender there, subject or not (``The letter
            # made Frederick angry. “…,” he said``), before the participants of
            # the conversation.
            for name in self._names_back(since if since >= 0 else at, self._dialogue_end):
                if name.possessive or _PLACE_OR_FAMILY_BEFORE.search(
                    self.text, max(0, name.start - 16), name.start
                ):
                    continue
                index = table.lookup_at(name.title, name.words, name.surface, name.start)
                if index not in (exclude, narrator) and table.gender(index) == gender:
                    return index, "the nearest name of the narration since the last line"
        candidates = [who for who in state.participants() if who != exclude]
        exact = [
            who
            for who in candidates
            if gender is not None and table.gender(who) == gender and who != narrator
        ]
        if len(exact) == 1:
            return exact[0], "the participant of the conversation whose gender fits"
        expected = self._expected(exclude)
        if (
            expected is not None
            and gender in ("m", "f")
            and not exact
            and table.gender(expected) is None
            and since >= 0
        ):
            # Someone the paragraph names whose gender is known to fit, before
            # a participant whose gender is unknown.
            for name in self._names_back(at, since):
                if name.possessive:
                    continue
                index = table.lookup_at(name.title, name.words, name.surface, name.start)
                if index not in (exclude, narrator) and table.gender(index) == gender:
                    return index, "the nearest character of the paragraph whose gender fits"
        if (
            not exact
            and gender in ("m", "f")
            and exclude is not None
            and exclude != narrator
            and table.gender(exclude) == gender
        ):
            # Of the conversation, only the last speaker fits: the last
            # speaker goes on (``“…,” she repeated`` after her own line).
            return exclude, "the last speaker, the one whose gender fits, goes on"
        if expected is not None and self._fits(expected, gender):
            return expected, "the participant whose turn it is"
        unknown = None
        for name in self._names_back(at, at - 3000):
            if name.possessive:
                continue
            index = table.lookup_at(name.title, name.words, name.surface, name.start)
            if index in (exclude, narrator):
                continue
            if not table.known_person(index):
                if (
                    unknown is None
                    and table.gender(index) is None
                    and name.start >= since - 1500
                    and not _AFTER_PREPOSITION.search(
                        self.text, max(0, name.start - 16), name.start
                    )
                ):
                    unknown = index
                continue
            if gender is None or table.gender(index) == gender:
                return index, "the nearest earlier character whose gender fits"
        if unknown is not None:
            return unknown, "the nearest earlier name, of unknown gender"
        return None

    def _names_back(self, at: int, floor: int) -> Iterator[NameMention]:
        """Names of the narration before ``at`` and from ``floor`` on, nearest first."""
        k = bisect.bisect_left(self._narration_starts, at) - 1
        names = self._narration_names
        while k >= 0 and names[k].start >= floor:
            yield names[k]
            k -= 1

    def _subject_name(self, name: NameMention) -> bool:
        """A name that opens its sentence or clause (``Dorian started.``, ``When
        he woke, Tony asked``), not a possessor (``Tony's``)."""
        if name.possessive:
            return False
        text = self.text
        k = name.start - 1
        breaks = 0
        while k >= 0 and text[k].isspace():
            breaks += text[k] == "\n"
            k -= 1
        if k < 0 or breaks >= 2 or text[k] in ".!?\"”’':;_)":
            return True
        if text[k] == ",":
            # After a comma, a name is a subject when a verb follows it.
            found = _NEXT_WORD.match(text, name.end)
            return found is not None and found.group(1) not in _NOT_VERBS
        word_end = k + 1
        while k >= 0 and text[k].isalpha():
            k -= 1
        return text[k + 1 : word_end].lower() in _CLAUSE_LINKS

    def _expected(self, exclude: int | None) -> int | None:
        """Whose turn it is by alternation."""
        state = self.state
        if state.actor is not None and state.actor != exclude:
            return state.actor
        if state.addressed is not None and state.addressed != exclude:
            return state.addressed
        if state.previous is not None and state.previous != exclude:
            return state.previous
        if state.last is not None and state.last != exclude:
            return state.last
        return None

    def _resolve(
        self,
        subject: Subject,
        exclude: int | None,
        since: int = -1,
        verb: Span | None = None,
        addressee: int | None = None,
    ) -> tuple[int, str] | None:
        if subject.kind == "name":
            return self._name(subject), "name"
        if subject.kind == "nominal":
            text = " ".join(self.text[subject.span.start : subject.span.end].split())
            member = self.table.cast_member(text)
            if member is not None:
                return member, f"'{text}': a description the cast gives"
        if subject.kind == "nominal":
            found = self._relation(subject, exclude, addressee)
            if found is not None:
                return found
        if subject.role is not None:
            index = self.table.role_character(subject.role, subject.gender)
            return index, f"'{subject.surface}': a character known by calling"
        word = self.text[verb.start : verb.end].split()[0].lower() if verb is not None else ""
        continuing = word in _WENT or self.words.speech_verbs.get(word) in _GOING_ON
        found = self._by_gender(subject.gender, subject.span.start, exclude, since, continuing)
        if found is None:
            if subject.kind != "nominal":
                return None
            # "said her father", with no father in sight: a character described so.
            text = " ".join(self.text[subject.span.start : subject.span.end].split())
            return (
                self.table.role_character(text.lower(), subject.gender, text),
                f"'{text}': a character known by this description",
            )
        index, how = found
        text = self.text[subject.span.start : subject.span.end]
        return index, f"'{text}': {how}"

    def _relation(
        self, subject: Subject, exclude: int | None, addressee: int | None
    ) -> tuple[int, str] | None:
        """``said her mother``: the relation, by the family name, of the one
        ``her`` refers to: the one the line addresses, else the last speaker,
        else another of the conversation, whose gender fits."""
        words = self.text[subject.span.start : subject.span.end].lower().split()
        if len(words) != 2 or words[0] not in _POSSESSORS:
            return None
        gender = _POSSESSORS[words[0]]
        state = self.state
        seen: list[int] = []
        for who in (addressee, state.last, state.previous, state.addressed, state.actor):
            if who is None or who in seen or self.table.gender(who) not in (None, gender):
                continue
            seen.append(who)
            found = self.table.relative(who, words[1])
            if found is not None and found != exclude:
                how = f"the {words[1]} of {self.table.name_of(who)}, by the family name"
                return found, f"'{' '.join(words)}': {how}"
        return None

    # -- the pass --------------------------------------------------------------------

    def run(self) -> DialogueResult:
        by_paragraph: dict[int, list[int]] = {}
        for index, quote in enumerate(self.quotes):
            if index in self.skip:
                continue
            if self.kinds[index] is QuoteKind.TERM and not self._spoken_term(index):
                continue
            by_paragraph.setdefault(quote.paragraph, []).append(index)
        self._find_narrator(by_paragraph)
        previous_speaker: int | None = None
        previous_had_lines = False
        for number, paragraph in enumerate(self.segmentation.paragraphs):
            lines = by_paragraph.get(number)
            if not lines:
                self._narration(paragraph)
                previous_had_lines = False
                continue
            self._paragraph_number = number
            speaker = self._paragraph(
                paragraph, lines, previous_speaker if previous_had_lines else None
            )
            previous_speaker = speaker
            previous_had_lines = True
        self._alternate()
        entities, renumber = self.table.entities(self.used)
        resolved: list[Resolved | None] = [
            None if r is None else (renumber[r[0]], r[1], r[2], r[3], r[4]) for r in self.resolved
        ]
        return DialogueResult(resolved, entities)

    def _spoken_term(self, index: int) -> bool:
        """A short quote read as a term (``“No!”``, ``“Nothing”``) that is a line
        of dialogue: it opens its paragraph, or a speech verb and its subject
        stand next to it (``but “No!” said Charles``, ``and said “No.”``)."""
        quote = self.quotes[index]
        paragraph = self.segmentation.paragraphs[quote.paragraph]
        text = self.text
        before = text[paragraph.start : quote.open_mark.start].rstrip()
        if not before:
            return True
        content = text[quote.span.start : quote.span.end].rstrip(" \t\r\n_*")
        if content.endswith(("!", "?", ".")) and before.endswith(_SENTENCE_ENDS):
            # A sentence of its own between sentences: “…” said Tom. “Oh!”
            return True
        last_word = _LAST_WORD.search(before)
        if last_word is not None and last_word.group(1).lower() in self.words.speech_verbs:
            return True  # "and said “No.”"
        outer = _outer(quote)
        following = self.quotes[index + 1].open_mark.start if index + 1 < len(self.quotes) else None
        end = min(paragraph.end, outer.end + 80)
        if following is not None and following < end:
            end = following
        grammar = self.grammar
        cue = grammar.cue_after(grammar.tokens(outer.end, end)) if end > outer.end else None
        if cue is not None and cue.rule == "dialogue_cue" and cue.verb is not None:
            return True
        start = max(paragraph.start, outer.start - 80)
        if index > 0:
            start = max(start, _outer(self.quotes[index - 1]).end)
        if start >= outer.start:
            return False
        cue = grammar.cue_before(grammar.tokens(start, outer.start))
        return cue is not None and cue.rule == "dialogue_cue" and cue.verb is not None

    def _narration(self, paragraph: Span) -> None:
        state = self.state
        text = self.text
        if (
            _HEADING.match(text, paragraph.start, paragraph.end)
            and paragraph.end - paragraph.start < 60
        ):
            state.reset()
            return
        state.narration += paragraph.end - paragraph.start
        if state.narration > _SCENE_CHARS:
            state.reset()
            state.narration = _SCENE_CHARS + 1
        # The character acting at the end of the paragraph may speak next; a
        # paragraph that ends with a colon introduces the next line.
        state.actor = None
        state.introduced = None
        last = _last_sentence(self.segmentation, paragraph)
        tokens = self.grammar.tokens(max(last.start, last.end - 400), last.end)
        if tokens and tokens[-1].text in _INTRODUCING:
            cue = self.grammar.cue_before(tokens)
            if cue is not None and cue.verb is not None:
                found = self._resolve(cue.subject, None, paragraph.start, cue.verb)
                if found is not None:
                    state.introduced = (found[0], cue.subject.span, cue.verb, found[1])
                    state.actor = found[0]
                    return
        j = 0
        while j < len(tokens) and (
            tokens[j].lower in OPENERS or tokens[j].text == "," or is_ly_adverb(tokens[j])
        ):
            j += 1
        cue = self.grammar.clause_cue(tokens, j, after=False)
        if cue is not None and cue.subject.kind != "nominal":
            found = self._resolve(cue.subject, None)
            if found is not None:
                if cue.verb is not None and not _ends_sentence(tokens, cue.verb):
                    # "Mr. Bennet replied that he had not.": a turn told, not quoted;
                    # the next line is the other's. ("Lucy continued." or "Annie
                    # hesitated." says nothing yet: her line follows.)
                    state.told(found[0])
                else:
                    state.actor = found[0]

    def _paragraph(self, paragraph: Span, lines: list[int], carried: int | None) -> int | None:
        """Attribute the lines of one paragraph; returns its speaker."""
        text = self.text
        grammar = self.grammar
        state = self.state
        quotes = self.quotes
        first = quotes[lines[0]]
        continuing = first.continuation and carried is not None
        # Cues next to each line.
        cues: list[Cue | None] = []
        for position, index in enumerate(lines):
            quote = quotes[index]
            outer = _outer(quote)
            after_end = (
                _outer(quotes[lines[position + 1]]).start
                if position + 1 < len(lines)
                else paragraph.end
            )
            cue = None
            if after_end > outer.end:
                cue = grammar.cue_after(grammar.tokens(outer.end, after_end))
            before_start = _outer(quotes[lines[position - 1]]).end if position else paragraph.start
            if (cue is None or cue.rule != "dialogue_cue") and outer.start > before_start:
                before = grammar.tokens(before_start, outer.start)
                earlier = grammar.cue_before(before)
                if earlier is not None and (cue is None or earlier.rule == "dialogue_cue"):
                    cue = earlier
            cues.append(cue)
        # Who is addressed by name in each line.
        addressed = [self._addressee(index) for index in lines]
        # A new paragraph right after a line is another speaker's; after narration,
        # the last speaker may go on.
        exclude = state.last if not continuing and state.narration == 0 else None
        speaker: int | None = None
        named: frozenset[int] = frozenset()
        rule = ""
        how = ""
        mention: Span | None = None
        verb: Span | None = None
        decided: list[tuple[int, Span | None, Span | None, str, str] | None] = [None] * len(lines)
        last_decided: Resolved | None = None  # the latest line decided so far
        for position, cue in enumerate(cues):
            if cue is None:
                continue
            line_addressee = addressed[position]
            found = self._earlier_in_paragraph(cue.subject, last_decided)
            if found is None:
                found = self._resolve(
                    cue.subject,
                    exclude if cue.subject.kind != "name" else None,
                    paragraph.start,
                    cue.verb,
                    line_addressee,
                )
            if found is None:
                found = self._recent_speaker(cue.subject, exclude)
            if found is None:
                continue
            who, resolution = found[0], found[1]
            if cue.subject.kind != "name" and line_addressee is not None and who == line_addressee:
                other = self._by_gender(cue.subject.gender, cue.subject.span.start, who)
                if other is None:
                    continue
                who, resolution = (
                    other[0],
                    f"'{text[cue.subject.span.start : cue.subject.span.end]}': {other[1]}",
                )
            decided[position] = last_decided = (
                who,
                cue.subject.span,
                cue.verb,
                cue.rule,
                resolution,
            )
            if cue.addressee is not None and line_addressee is None:
                target = self._resolve(cue.addressee, who)
                if target is not None and target[0] != who:
                    addressed[position] = target[0]
        introduced = state.introduced
        if introduced is not None and decided[0] is None and not continuing:
            who, span, verb_span, resolution = introduced
            decided[0] = (who, span, verb_span, "cue_before_line", resolution)
        if any(d is not None for d in decided):
            # Lines of the paragraph without a cue share the nearest cue before them
            # (or after them, for the first lines).
            for position in range(len(lines)):
                if decided[position] is not None:
                    continue
                source = next(
                    (decided[k] for k in range(position - 1, -1, -1) if decided[k] is not None),
                    None,
                ) or next(d for d in decided[position + 1 :] if d is not None)
                who = source[0]
                decided[position] = (
                    who,
                    None,
                    None,
                    "same_paragraph",
                    f"same speaker as the cue of the paragraph ({source[3]})",
                )
            speaker = decided[0][0] if decided[0] is not None else None
        else:
            line_addressee = next((a for a in addressed if a is not None), None)
            if continuing:
                speaker, rule, how = (
                    carried,
                    "continued_speech",
                    "the speech goes on from the paragraph before",
                )
            else:
                named = self._named(lines)
                turn = self._turn(line_addressee, named)
                if turn is not None:
                    speaker, rule, how = turn
            if speaker is not None:
                for position in range(len(lines)):
                    decided[position] = (speaker, mention, verb, rule, how)
        # Record.
        paragraph_addressee = next((a for a in addressed if a is not None), None)
        speakers_here = []
        for position, index in enumerate(lines):
            choice = decided[position]
            if choice is None:
                continue
            who = choice[0]
            self.resolved[index] = choice
            self.used.add(who)
            self.table.note(who, choice[1], spoke=True)
            speakers_here.append(who)
        if (
            paragraph_addressee is not None
            and speakers_here
            and paragraph_addressee not in speakers_here
        ):
            self.used.add(paragraph_addressee)
        self._dialogue_end = paragraph.end
        rules = {choice[3] for choice in decided if choice is not None}
        self._turns.append(
            _Turn(
                self._paragraph_number,
                lines,
                speakers_here[-1] if speakers_here else None,
                bool(rules & _ANCHORS),
                continuing,
                next((a for a in addressed if a is not None), None),
                named,
            )
        )
        if speakers_here:
            main = speakers_here[-1]
            if not continuing:
                state.spoke(main, paragraph_addressee)
            return main
        state.addressed = paragraph_addressee
        state.actor = state.introduced = None
        return None

    def _recent_speaker(self, subject: Subject, exclude: int | None) -> tuple[int, str] | None:
        """For ``he said`` or ``she said`` that nothing nearer resolves, the
        latest speaker of the last turns whose gender fits (not the last
        speaker when a new paragraph follows a line), before turn-taking that
        would ignore the pronoun's gender."""
        if subject.kind != "pronoun" or subject.gender not in ("m", "f"):
            return None
        table = self.table
        floor = self._paragraph_number - _RECENT_TURNS
        for turn in reversed(self._turns[-_RECENT_TURNS:]):
            if turn.number < floor:
                break
            who = turn.speaker
            if (
                who is not None
                and who != exclude
                and who != table.narrator_id
                and table.gender(who) == subject.gender
            ):
                text = self.text[subject.span.start : subject.span.end]
                return who, f"'{text}': the latest speaker of the conversation whose gender fits"
        return None

    def _earlier_in_paragraph(
        self, subject: Subject, last: Resolved | None
    ) -> tuple[int, str] | None:
        """A pronoun after a line of the same paragraph whose speaker it fits is
        that speaker (``“…,” said Margaret. Again she hesitated. “…”``); ``last``
        is the latest line of the paragraph decided so far."""
        if last is None or subject.kind != "pronoun" or subject.gender not in ("m", "f"):
            return None
        who = last[0]
        if self.table.gender(who) == subject.gender:
            text = self.text[subject.span.start : subject.span.end]
            return who, f"'{text}': the speaker of the line before in the paragraph"
        return None

    def _alternate(self) -> None:
        """Turn-taking in both directions: in a run of adjacent paragraphs of
        dialogue, a line without a cue takes the speaker of the nearest line
        with a cue two, four, ... turns away, before or after it."""
        turns = self._turns
        start = 0
        while start < len(turns):
            stop = start + 1
            while stop < len(turns) and turns[stop].number == turns[stop - 1].number + 1:
                stop += 1
            self._alternate_run([t for t in turns[start:stop] if not t.continuing])
            start = stop

    def _alternate_run(self, run: list[_Turn]) -> None:
        anchors = [k for k, turn in enumerate(run) if turn.anchored and turn.speaker is not None]
        addressed = [k for k, turn in enumerate(run) if turn.addressee is not None]
        for k, turn in enumerate(run):
            if turn.anchored:
                continue
            # The nearest evidence of who speaks on this side of the run: a line
            # of the same side that names its speaker, or a line of the other
            # side that addresses someone by name.
            options: list[tuple[int, bool, int, int | None, str]] = []
            for a in anchors:
                if (a - k) % 2 == 0:
                    options.append((abs(a - k), a > k, a, run[a].speaker, "the speaker of"))
            for a in addressed:
                if (a - k) % 2 == 1:
                    options.append((abs(a - k), a > k, a, run[a].addressee, "addressed by name in"))
            if not options:
                continue
            _, later, nearest, who, what = min(
                options, key=lambda o: (o[0] + (_AFTER_PENALTY if o[1] else 0), o[1])
            )
            distance = abs(nearest - k)
            side = "after" if later else "before"
            how = f"alternation: {what} the line {distance} turns {side}"
            if who is None or who == turn.speaker or who == turn.addressee or who in turn.named:
                continue
            neighbours = [run[n] for n in (k - 1, k + 1) if 0 <= n < len(run)]
            if any(n.anchored and n.speaker == who for n in neighbours):
                continue
            for index in turn.lines:
                self.resolved[index] = (who, None, None, "turn_taking", how)
            self.used.add(who)
            turn.speaker = who

    def _turn(
        self, addressed_here: int | None, named: frozenset[int] = frozenset()
    ) -> tuple[int, str, str] | None:
        """The speaker of a line without a cue, by the conversation so far."""
        state = self.state
        exclude = state.last
        if (
            0 < state.narration < _GOES_ON_CHARS
            and state.quoted
            and state.actor is None
            and state.addressed is None
            and state.last is not None
            and state.last != addressed_here
            and state.last not in named
        ):
            return state.last, "turn_taking", "the last speaker goes on after narration"
        options: list[tuple[int | None, str, str]] = [
            (state.actor, "narration_before", "the character acting in the narration just before"),
            (state.addressed, "addressee_reply", "addressed by name in the line before"),
            (state.previous, "turn_taking", "the speaker two lines back (alternation)"),
        ]
        for who, rule, how in options:
            if who is None or who == addressed_here or who in named:
                continue
            if who == exclude and rule != "narration_before":
                continue
            return who, rule, how
        last = state.last
        if (
            state.previous in named
            and last is not None
            and last not in named
            and last != addressed_here
        ):
            # The line speaks of the one whose turn it would be: the last
            # speaker goes on.
            return last, "turn_taking", "the last speaker goes on: the other is spoken of"
        return None

    def _named(self, lines: list[int]) -> frozenset[int]:
        """The characters the lines speak of by name, in the third person: a
        speaker does not name himself (``“Wasn't it sweet of Tony?”`` is not
        Tony's), unless he says who he is (``“I am Tony.”``)."""
        table = self.table
        text = self.text
        found: set[int] = set()
        for index in lines:
            quote = self.quotes[index]
            for name in table.names_between(quote.span.start, quote.span.end):
                if _SELF_NAMING.search(text, max(quote.span.start, name.start - 20), name.start):
                    continue
                found.add(table.lookup_at(name.title, name.words, name.surface, name.start))
        return frozenset(found)

    def _addressee(self, index: int, known_only: bool = True) -> int | None:
        """The character a line addresses by name (``“Well, Mrs. Weston,” …``)."""
        quote = self.quotes[index]
        content = self.text[quote.span.start : quote.span.end]
        for pattern in self._vocative:
            for match in pattern.finditer(content):
                surface = " ".join(match.group("name").split())
                parsed = split_name(surface, self.words)
                if parsed is None:
                    continue
                title, names = parsed
                if not all(self.table.is_name_word(word) for word in names):
                    continue
                found = self.table.lookup_at(title, names, surface, quote.span.start)
                if not known_only or self.table.known_person(found) or title is not None:
                    return found
        return None

    def _find_narrator(self, by_paragraph: dict[int, list[int]]) -> None:
        """A first-person narrator is named by the others: the name they address
        most in the lines next to the narrator's own (``I said``)."""
        text = self.text
        paragraphs = self.segmentation.paragraphs
        own: set[int] = set()
        for number, lines in by_paragraph.items():
            end = paragraphs[number].end
            for index in lines:
                after = _outer(self.quotes[index]).end
                if _I_CUE.match(text, after, min(end, after + 30)):
                    own.add(number)
                    break
        if len(own) < 3:
            return
        votes: Counter[int] = Counter()
        for number in own:
            for other in (number - 1, number + 1):
                if other in by_paragraph and other not in own:
                    for index in by_paragraph[other]:
                        found = self._addressee(index, known_only=False)
                        if found is not None:
                            votes[found] += 1
        # The narrator's name is said by others, and hardly ever in the narration,
        # which says "I".
        told: Counter[int] = Counter()
        for name in self._narration_names:
            owner = self.table.owner_of(name)
            if owner is not None and owner in votes:
                told[owner] += 1
        ranked = sorted(
            ((count, index) for index, count in votes.items() if told[index] <= count // 2),
            reverse=True,
        )
        if not ranked:
            return
        count, best = ranked[0]
        runner_up = ranked[1][0] if len(ranked) > 1 else 0
        if count >= 3 and count >= 2 * runner_up:
            self.table.set_narrator(best)


def _ends_sentence(tokens: list[Token], verb: Span) -> bool:
    """Nothing but adverbs and punctuation follow the verb (``Lucy continued.``)."""
    for token in tokens:
        if token.start < verb.end:
            continue
        if token.text[0].isalnum() and not is_ly_adverb(token) and token.lower not in INTERVENING:
            return False
    return True


def _outer(quote: RawQuote) -> Span:
    end = quote.close_mark.end if quote.close_mark is not None else quote.span.end
    return span_unchecked(quote.open_mark.start, end)


def _last_sentence(segmentation: Segmentation, paragraph: Span) -> Span:
    sentences = segmentation.sentences
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid].start < paragraph.end:
            lo = mid + 1
        else:
            hi = mid
    k = lo - 1
    if k < 0 or sentences[k].end <= paragraph.start:
        return paragraph
    sentence = sentences[k]
    return span_unchecked(max(sentence.start, paragraph.start), min(sentence.end, paragraph.end))


def attribute_dialogue(
    text: str,
    segmentation: Segmentation,
    quotes: list[RawQuote],
    kinds: list[QuoteKind],
    skip: set[int],
    words: FictionWords,
    cast: tuple[Character, ...] = (),
) -> DialogueResult:
    """Attribute the quotes of a narrative text to its characters.

    Args:
        text: the document.
        segmentation: its paragraphs and sentences.
        quotes: the detected quotes, in text order.
        kinds: each quote's form-based kind.
        skip: indices of quotes that report nobody's speech (titles of works).
        words: the dialogue word classes.
        cast: characters the user knows of, to resolve speakers to.

    Returns:
        Per quote, the attribution (or None), and the characters as entities.
    """
    return _Attributor(text, segmentation, quotes, kinds, skip, words, cast).run()
