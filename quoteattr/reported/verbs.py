"""The verb lists the reported-speech stage reads, made once per set-up."""

from __future__ import annotations

from collections.abc import Mapping

from quoteattr.reported.words import FINDING_VERBS, POLL_NOUNS, SPEECH_NOUNS

__all__ = ["Verbs"]


class Verbs:
    """The verb lists the stage reads, from the lexicon, made once per set-up.

    Attributes:
        reporting: every form of every reporting verb, to its lemma.
        clause: forms of the verbs whose content is a clause.
        infinitive: forms of the verbs whose content is an infinitive.
        object: forms of the verbs whose content is their object.
        cue_words: every word without which a sentence holds no frame.
        candidates: the words read as a possible cue: ``cue_words`` and ``as``
            (``as X put it``, whose verb is a cue word too).
        labels: headings that open a paragraph with a colon but name no
            source (``update``, ``editor's note``), lowercased.
        stance: forms of the verbs that state a position (``supports``).
        casting: forms of the verbs that cast an object as something (``cast``).
        phrasal: forms of the phrasal cue verbs, to the particle sequences
            that must follow them, longest first.
        phrasal_words: the forms of the phrasal cue verbs.
        discovery: forms of the verbs of finding out read with ``that``
            (``learned that``).
    """

    __slots__ = (
        "candidates",
        "casting",
        "clause",
        "cue_words",
        "discovery",
        "infinitive",
        "labels",
        "object",
        "phrasal",
        "phrasal_words",
        "reporting",
        "stance",
    )

    def __init__(
        self,
        reporting: Mapping[str, str],
        clause: Mapping[str, str],
        infinitive: Mapping[str, str],
        objects: Mapping[str, str],
        labels: frozenset[str] = frozenset(),
        stance: Mapping[str, str] | None = None,
        casting: Mapping[str, str] | None = None,
        phrasal: Mapping[str, tuple[tuple[str, ...], ...]] | None = None,
        discovery: Mapping[str, str] | None = None,
    ) -> None:
        self.reporting = reporting
        self.labels = labels
        self.clause = clause
        self.infinitive = infinitive
        self.object = objects
        self.stance = frozenset(stance or ())
        self.casting = frozenset(casting or ())
        self.phrasal: Mapping[str, tuple[tuple[str, ...], ...]] = phrasal or {}
        self.phrasal_words = frozenset(self.phrasal)
        self.discovery = frozenset(discovery or ())
        self.cue_words = frozenset(
            (objects.keys() | clause.keys() | infinitive.keys())
            | FINDING_VERBS
            | POLL_NOUNS
            | SPEECH_NOUNS
            | {"according", "put", "puts"}
        )
        self.candidates = self.cue_words | {"as"}
