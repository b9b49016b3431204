"""The reports of reported speech, and the frames they are read from."""

from __future__ import annotations

import attrs

from quoteattr.model import Span

__all__ = ["Frame", "Report"]


@attrs.frozen
class Report:
    """One attribution of reported speech found in the writer's text.

    Attributes:
        content: the reported content (half-open offsets into the text).
        mention: the words naming the source, or None when the text names none
            (``it was reported that ...``).
        cue: the reporting verb or phrase.
        rule: the name of the pattern that found it.
    """

    content: Span
    mention: Span | None
    cue: Span
    rule: str


@attrs.frozen
class Frame:
    """A frame before its content is settled: tokens ``first`` to ``stop - 1``
    are the provisional content; ``cue_at`` is the cue's token index."""

    first: int
    stop: int
    cue_at: int
    mention: Span | None
    cue: Span
    rule: str
    aside: bool = False  # the frame sits inside its own content ("C1, X said, C2")
