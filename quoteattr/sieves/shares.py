"""Subjects that name a share or a counted part of a group.

This module owns :func:`quantity_subject`, read by
:func:`quoteattr.sieves.grammar.subject_of_cue`: the subject of a reporting
verb that is a share of a group (``31% of Republicans said``, ``At least
half of voters in each state say``), a counted part of one (``One of the
growers said``, ``Some in the crowd shouted``), or the poll that gives the
share (``In a national poll released Monday, 31% of ... said``). It decides
nothing itself.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from quoteattr.mentions import Token
from quoteattr.mentions.vocabulary import share_lead

__all__ = ["QUANTITY_SKIPPABLE", "quantity_subject"]


# Words that make a share of a group the subject ("31% of voters", "at least half").
_QUANTITY_WORDS = frozenset({"%", "percent", "half", "majority", "third", "quarter", "two-thirds"})


# Nouns for a survey whose respondents are given as a share ("In a Pew poll, 60% said").
_SURVEY_NOUNS = frozenset({"poll", "polls", "survey", "surveys"})


# Counts and quantifiers that name part of a group before "of" or "in"
# ("One of the growers", "Two of the nurses", "Some in the crowd", "Most of them").
_COUNTED = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
    | {"dozens", "hundreds", "thousands", "some", "many", "most", "several", "few"}
    | {"none", "each", "all", "both", "others"}
)


def _counted_part(tokens: list[Token], k: int, end: int) -> bool:
    """Whether ``tokens[k]`` is a count or quantifier of part of a group, with
    ``of``/``in``/``among`` after it and a word after that before ``end``
    (``One of the growers``, ``Some in the crowd``)."""
    return (
        tokens[k].lower in _COUNTED
        and k + 2 < end
        and tokens[k + 1].lower in ("of", "in", "among")
        and tokens[k + 2].text[0].isalpha()
    )


_QUANTITY_BOUNDARIES = frozenset(
    {",", ";", ":", "(", "—", "–", "that", "which", "who", "whom", "but", "when", "while"}
    | {"because", "after", "before", "if", "though", "although", "since", "so"}
)


#: Auxiliaries and adverbs between a subject and its cue ("31% have also said").
QUANTITY_SKIPPABLE = frozenset({"have", "has", "had", "also", "still", "now", "would", "will"})


def quantity_subject(
    tokens: list[Token], c: int, marks: AbstractSet[str]
) -> tuple[int, int] | None:
    """``31% of Republicans said``, ``At least half of voters in each state say``:
    a share of a group opening the clause right before the cue ``c``. When the
    sentence names a poll or survey before it (``In a national poll released
    Monday, 31% of ... said``), the poll is the source. A count or
    quantifier of part of a group opening the clause counts too (``One of the
    growers said``, ``Some in the crowd shouted``). ``marks`` are the quotation
    marks, where a subject cannot reach back past.

    Returns:
        The ``(start, end)`` token indices of the subject, or None.
    """
    end = c
    while end > 0 and (
        tokens[end - 1].lower in QUANTITY_SKIPPABLE or tokens[end - 1].lower.endswith("ly")
    ):
        end -= 1
    start = end
    while start > 0 and end - start < 10:
        previous = tokens[start - 1]
        if previous.text in marks or previous.lower in _QUANTITY_BOUNDARIES:
            break
        start -= 1
    if start == end:
        return None
    if start == 0 and end > 1 and tokens[0].lower in ("and", "but"):
        start = 1  # "“...” and 14 percent said “...”": a share after an earlier quote
    # The share opens the subject, after a few leading words at most ("At
    # least half of", "Nearly 40 percent of"): not the clause before it
    # ("Officials said two-thirds of Iowa voters said").
    first = next(
        (
            k
            for k in range(start, end)
            if tokens[k].lower in _QUANTITY_WORDS
            or tokens[k].text[0].isdigit()
            or (k == start and _counted_part(tokens, k, end))
        ),
        None,
    )
    if first is None:
        return None
    while first > start and (
        share_lead(tokens[first - 1].lower)  # "about", "forty-two"
        or tokens[first - 1].text[0].isdigit()
    ):
        first -= 1
    start = first
    if any(
        t.lower == "and" and (nxt.text[0].isdigit() or nxt.lower in _QUANTITY_WORDS)
        for t, nxt in zip(tokens[start : end - 1], tokens[start + 1 : end], strict=True)
    ):
        return None  # "39 percent blame X and 22 percent say": two clauses of shares
    head = tokens[start : min(end, start + 5)]
    if not any(t.lower in _QUANTITY_WORDS or t.text.endswith("%") for t in head) and not (
        _counted_part(tokens, start, end)
    ):
        return None
    if start > 0 and tokens[start - 1].text in marks:
        return None
    for k in range(start - 1, -1, -1):
        if tokens[k].text in (".", ";", ":") or tokens[k].text in marks:
            break
        if tokens[k].lower in _SURVEY_NOUNS:
            first = k
            while (
                first > 0
                and k - first < 8
                and tokens[first - 1].lower not in ("a", "an", "the", "in", ",", "according")
            ):
                first -= 1
            if first > 0 and tokens[first - 1].lower in ("a", "an", "the"):
                first -= 1
            return (first, k + 1)
    return (start, end)
