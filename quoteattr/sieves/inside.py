"""A quote inside reported speech: the last step of attribution in news.

No sieve reads reported speech without quotation marks; the reports are found
after the sieves have run (:func:`quoteattr.reported.find_reports`). A quote
that no sieve attributed and that lies inside the content of a report with a
named source is that source's words, quoted word for word inside what the
writer reports: ``Trump later defended his comments as being “sarcastic.”``,
``Lena Ortiz urged the council to stop the “reckless” spending``. Its mention
and cue are the report's. The step runs once per text, after the reports are
found; it is left out with them (``Config(indirect_speech=False)``) and
with the sieves (``Config(sieves=())``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quoteattr.model import Span
from quoteattr.sieves.context import Context, Decision
from quoteattr.sieves.grammar import OPENING_SUBORDINATORS

if TYPE_CHECKING:
    from quoteattr.reported.report import Report

__all__ = ["RULE", "quotes_in_reports"]

#: The rule name of the decisions this step makes.
RULE = "inside_report"

# How many reports that start before a quote are looked at for one that holds
# it: reports nest a few deep at most, and the bound keeps the step linear.
_NESTING = 8


def quotes_in_reports(context: Context, reports: Sequence[Report]) -> None:
    """Give each quote no sieve attributed, and inside a report's content, that
    report's source (the innermost such report with a mention).

    Titles of works (``on CNN's “New Day”``) and quotes whose sieve decided
    that nobody is named (``Q:`` turns) are left alone, and so are reports
    whose mention is a lone lowercase participle (``having referred to him
    as a “reformer”``: a participle read as a subject).

    Args:
        context: the document's context, with the sieves' decisions made.
        reports: the reports found in the document.

    Example:
        >>> import quoteattr
        >>> text = "Rep. Dana Pryce defended her remarks as “sarcastic” on Friday."
        >>> [(q.text, q.speaker.name, q.rule) for q in quoteattr.attribute(text).quotes
        ...  if q.kind.name != "INDIRECT"]
        [('sarcastic', 'Dana Pryce', 'inside_report')]
    """
    text = context.text
    named = sorted(
        (
            report
            for report in reports
            if report.mention is not None and _names_a_source(text, report.mention)
        ),
        key=lambda report: (report.content.start, -report.content.end),
    )
    if not named:
        return
    starts = [report.content.start for report in named]
    decisions, quotes = context.decisions, context.quotes
    for index, quote in enumerate(quotes):
        if decisions[index] is not None or index in context.titles:
            continue
        span = quote.span
        if not len(span):
            continue
        at = bisect.bisect_right(starts, span.start) - 1
        found: Report | None = None
        for k in range(at, max(-1, at - _NESTING), -1):
            report = named[k]
            if (
                report.content.end >= span.end
                and (found is None or len(report.content) < len(found.content))
                and not _past_opening_clause(context, report, quote.open_mark.start)
            ):
                found = report
        if found is not None:
            decisions[index] = Decision(RULE, found.mention, found.cue)


def _names_a_source(text: str, mention: Span) -> bool:
    """Whether a report's mention can be the source of a quote inside it: not
    a lone lowercase participle (``having``)."""
    words = text[mention.start : mention.end].split()
    return bool(words) and not (len(words) == 1 and words[0].islower() and words[0].endswith("ing"))


def _past_opening_clause(context: Context, report: Report, at: int) -> bool:
    """Whether a quote opening at ``at`` lies past the comma that closes the
    opening subordinate clause its report stands in: ``When Vell called the
    plan “a fraud,” Lowe was “furious.”`` reports Vell's words up to that
    comma; the main clause after it has a speaker of its own, or none."""
    mention, cue = report.mention, report.cue
    if mention is None or cue is None or cue.end > at:
        return False
    start = context.segmentation.sentences[context.sentence_index(mention.start)].start
    opening = context.tokens(start, mention.end)
    words = [token.lower for token in opening if token.text[0].isalnum()]
    if not words or words[0] not in OPENING_SUBORDINATORS:
        return False
    return "," in context.text[cue.end : at]
