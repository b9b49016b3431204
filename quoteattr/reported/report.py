"""The reports of reported speech, and the frames they are read from."""

from __future__ import annotations

from collections.abc import Callable, Set
from itertools import compress, count
from typing import TYPE_CHECKING

import attrs

from quoteattr.model import Span

if TYPE_CHECKING:
    from quoteattr.reported.grammar import Sentence, Verbs
    from quoteattr.sieves import Context

__all__ = ["Frame", "Report", "frames_at"]


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


def frames_at(
    context: Context,
    verbs: Verbs,
    s: Sentence,
    words: Set[str],
    read: Callable[[Context, Verbs, Sentence, int], Frame | None],
) -> list[Frame]:
    """The frames ``read`` finds at each token of ``s`` outside quotation
    marks whose lowercased word is one of ``words`` (an adjective of feeling,
    a noun that takes a that-clause), in the order of the sentence."""
    frames = []
    quote_of = s.quote_of
    for k in compress(count(), map(words.__contains__, s.lowers)):
        if quote_of[k] < 0:
            frame = read(context, verbs, s, k)
            if frame is not None:
                frames.append(frame)
    return frames
