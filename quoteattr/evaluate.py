"""Evaluation of quoteattr against your own attribution annotations in brat format.

This module owns :func:`evaluate_directory` and its report. The gold directory
holds ``X.txt`` + ``X.ann`` pairs annotated in the PolNeAR / PARC style:
text-bound ``Source``, ``Cue`` and ``Content`` spans (labels compared ignoring
case), tied together into attributions in either of two ways:

(a) relations between a Content span and a Source or Cue span, in either
    direction (``R1\\tSource Arg1:T3 Arg2:T1``; the relation's label is not
    used, only which argument is the Content);
(b) events with ``Content``, ``Source`` and ``Cue`` roles, whatever the
    event's type (``E1\\tAttribution:T4 Source:T1 Cue:T2 Content:T3``, as
    PolNeAR writes them; roles compared ignoring case and a numeric suffix).

A Content span that no relation or event links is an attribution without a
source. Other annotations are ignored.

Matching rules:

- **Gold quotes.** quoteattr's own quote finder is run on the text (through
  :func:`~quoteattr.attribute`, so every quotation-mark convention quoteattr
  knows is covered), and every quoted stretch whose content, trimmed, lies
  inside one fragment of a gold Content span is a gold quote. This makes the
  detection figures a measure of *which* quoted stretches quoteattr reports
  as someone's speech, not of how well it pairs quotation marks: a pairing
  error affects gold and prediction alike.
- **Predicted quotes** are quoteattr's DIRECT and PARTIAL quotes; TERM quotes
  (titles, scare quotes) claim nobody's speech and are not predictions.
- **Detection**: a predicted quote matches a gold quote when their spans are
  equal after trimming whitespace and punctuation (Unicode categories ``P*``)
  at both ends. Stretches that trim to nothing are left out on both sides.
- **Speaker** (end to end): a predicted quote is correct when it matches a
  gold quote and its :attr:`~quoteattr.Quote.mention` overlaps a fragment of
  a Source span of the attribution that gold quote lies in. Precision is over
  predicted quotes that have a mention; recall over gold quotes whose
  attribution has a Source.
- **Every attribution** (with or without quotation marks): each gold Content
  span is an attribution, and every predicted quote of any kind but TERM
  (reported speech without marks, INDIRECT, included) is a prediction. Spans
  are compared as sets of words: a prediction and a gold attribution match
  when each holds at least half of the other's words (one-to-one, the largest
  overlaps first); a partial quote inside reported speech with the same
  mention is part of that report, not a prediction of its own. A match is
  right when the prediction's mention overlaps a Source fragment of the
  attribution. Precision is over predictions that have
  a mention; recall over attributions that have a Source. The quote and
  speaker measures above leave INDIRECT quotes out, so they do not move when
  reported speech is switched off (``Config(indirect_speech=False)``).
- Precision, recall and F1 are 0.0 when their denominator is 0.

A file without its ``.ann`` (or an ``.ann`` without its ``.txt``), a file that
is not UTF-8, and a malformed ``.ann`` are listed in
:attr:`EvaluationReport.problems` and left out; the other files are still
evaluated.

Example:
    >>> import tempfile, pathlib
    >>> from quoteattr.evaluate import evaluate_directory
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("“We regret it,” she said.", encoding="utf-8")
    >>> ann = "T1\\tContent 0 15\\t“We regret it,”\\nT2\\tSource 16 19\\tshe\\n"
    >>> ann += "R1\\tSource Arg1:T1 Arg2:T2\\n"
    >>> _ = (folder / "a.ann").write_text(ann, encoding="utf-8")
    >>> report = evaluate_directory(folder)
    >>> report.quotes.f1, report.speakers.f1
    (1.0, 1.0)
    >>> import shutil; shutil.rmtree(folder)
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path
from typing import TextIO

import attrs

from quoteattr.brat import BratDocument, BratTextBound, read_brat
from quoteattr.config import Config
from quoteattr.errors import BratError
from quoteattr.model import Document, Quote, QuoteKind, Span
from quoteattr.pipeline import Attributor

__all__ = ["EvaluationReport", "FileResult", "Score", "evaluate_directory", "run_evaluate"]

_ROLE_SUFFIX = re.compile(r"\d+\Z")


@attrs.frozen
class Score:
    """Counts for one measure, and the precision, recall and F1 they give.

    Attributes:
        correct: predictions that are right.
        predicted: predictions made.
        gold: gold items.
    """

    correct: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        """``correct / predicted``, 0.0 when nothing was predicted."""
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """``correct / gold``, 0.0 when there is no gold item."""
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall, 0.0 when both are 0."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.correct + other.correct, self.predicted + other.predicted, self.gold + other.gold
        )


@attrs.frozen
class FileResult:
    """The counts for one gold file.

    Attributes:
        name: the file stem (``X`` for ``X.txt`` + ``X.ann``).
        quotes: quote detection counts.
        speakers: speaker attribution counts.
        attributions: every attribution, with or without quotation marks,
            end to end (content and speaker).
    """

    name: str
    quotes: Score
    speakers: Score
    attributions: Score = Score()


@attrs.frozen
class EvaluationReport:
    """The result of :func:`evaluate_directory`.

    Attributes:
        directory: the gold directory, as given.
        files: one result per evaluated file, by name.
        problems: files left out and why, each as ``"name: reason"`` (a
            malformed ``.ann`` gives one entry per bad line, ``"name:line: reason"``).
    """

    directory: str
    files: tuple[FileResult, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def quotes(self) -> Score:
        """Quote detection counts over all files."""
        return sum((f.quotes for f in self.files), Score())

    @property
    def speakers(self) -> Score:
        """Speaker attribution counts over all files."""
        return sum((f.speakers for f in self.files), Score())

    @property
    def attributions(self) -> Score:
        """Every-attribution counts (with or without quotation marks) over all files."""
        return sum((f.attributions for f in self.files), Score())

    def format(self) -> str:
        """A readable table: per-file counts, totals with P/R/F1, then any problems."""
        width = max([len("file"), len("total"), *(len(f.name) for f in self.files)])
        header = (
            f"{'file':<{width}}  {'gold':>5} {'pred':>5} {'match':>5}"
            f"   {'src':>5} {'ment':>5} {'right':>5}"
            f"   {'src':>5} {'ment':>5} {'right':>5}"
        )
        lines = [
            f"Evaluation against {self.directory}: {len(self.files)} file"
            f"{'s' if len(self.files) != 1 else ''}, {len(self.problems)} problem"
            f"{'s' if len(self.problems) != 1 else ''}",
            "",
            f"{'':<{width}}  {'quotes':^17}   {'speakers':^17}   {'all attributions':^17}",
            header,
            "-" * len(header),
        ]
        total = FileResult("total", self.quotes, self.speakers, self.attributions)
        for result in (*self.files, total):
            if result.name == "total":
                lines.append("-" * len(header))
            q, s, a = result.quotes, result.speakers, result.attributions
            lines.append(
                f"{result.name:<{width}}  {q.gold:>5} {q.predicted:>5} {q.correct:>5}"
                f"   {s.gold:>5} {s.predicted:>5} {s.correct:>5}"
                f"   {a.gold:>5} {a.predicted:>5} {a.correct:>5}"
            )
        lines.append("")
        lines.append(f"{'':<17}{'P':>7}{'R':>7}{'F1':>7}")
        for label, score in (
            ("quotes", self.quotes),
            ("speakers", self.speakers),
            ("all attributions", self.attributions),
        ):
            lines.append(f"{label:<17}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}")
        if self.problems:
            lines.append("")
            lines.append("Problems (files left out):")
            lines.extend(f"  {problem}" for problem in self.problems)
        return "\n".join(line.rstrip() for line in lines)


def _trim(text: str, span: Span) -> Span:
    """``span`` without whitespace and punctuation at either end."""

    def skip(char: str) -> bool:
        return char.isspace() or unicodedata.category(char).startswith("P")

    start, end = span.start, span.end
    while start < end and skip(text[start]):
        start += 1
    while end > start and skip(text[end - 1]):
        end -= 1
    return Span(start, end)


def _role(role: str) -> str:
    return _ROLE_SUFFIX.sub("", role).casefold()


@attrs.frozen
class _Attribution:
    contents: tuple[BratTextBound, ...]
    sources: tuple[BratTextBound, ...]


def _attributions(brat: BratDocument) -> list[_Attribution]:
    """The gold attributions: Content spans with the Source spans linked to them."""
    by_id = {t.id: t for t in brat.textbounds}

    def label(ident: str) -> str:
        textbound = by_id.get(ident)
        return "" if textbound is None else textbound.label.casefold()

    sources: dict[str, list[BratTextBound]] = {
        t.id: [] for t in brat.textbounds if t.label.casefold() == "content"
    }
    groups: list[tuple[list[str], list[str]]] = []
    for event in brat.events:
        contents = [i for r, i in event.arguments if _role(r) == "content" and i in sources]
        linked = [i for r, i in event.arguments if _role(r) == "source" and i in by_id]
        if contents:
            groups.append((contents, linked))
    for relation in brat.relations:
        ids = [ident for _, ident in relation.arguments]
        for here, there in (ids, ids[::-1]):
            if label(here) == "content" and label(there) == "source":
                groups.append(([here], [there]))
    for contents, linked in groups:
        for content in contents:
            sources[content].extend(by_id[i] for i in linked if by_id[i] not in sources[content])
    return [_Attribution((by_id[c],), tuple(found)) for c, found in sources.items()]


_WORD = re.compile(r"\w+")


def _words(text: str, spans: list[Span]) -> frozenset[int]:
    """The start offsets of the words inside ``spans``."""
    return frozenset(
        m.start() for span in spans for m in _WORD.finditer(text, span.start, span.end)
    )


def _every_attribution(
    text: str, quotes: tuple[Quote, ...], attributions: list[_Attribution]
) -> Score:
    """End-to-end counts over every attribution, with or without quotation marks."""
    golds = [
        (words, attribution)
        for attribution in attributions
        if (words := _words(text, [f for c in attribution.contents for f in c.fragments]))
    ]
    reports = [quote for quote in quotes if quote.kind is QuoteKind.INDIRECT]

    def part_of_a_report(quote: Quote) -> bool:
        # A partial quote inside reported speech of the same speaker is part of
        # that report, not a prediction of its own.
        return quote.kind is not QuoteKind.INDIRECT and any(
            report.span.contains(quote.outer) and report.mention == quote.mention
            for report in reports
        )

    predictions = [
        (words, quote)
        for quote in quotes
        if quote.kind is not QuoteKind.TERM
        and not part_of_a_report(quote)
        and (words := _words(text, [quote.span]))
    ]
    pairs = []
    for g, (gold_words, _) in enumerate(golds):
        for p, (words, _) in enumerate(predictions):
            shared = len(gold_words & words)
            if 2 * shared >= len(gold_words) and 2 * shared >= len(words):
                pairs.append((shared, g, p))
    pairs.sort(key=lambda pair: (-pair[0], pair[1], pair[2]))
    used_gold: set[int] = set()
    used_prediction: set[int] = set()
    right = 0
    for _, g, p in pairs:
        if g in used_gold or p in used_prediction:
            continue
        used_gold.add(g)
        used_prediction.add(p)
        mention = predictions[p][1].mention
        sources = golds[g][1].sources
        if mention is not None and any(
            fragment.overlaps(mention) for source in sources for fragment in source.fragments
        ):
            right += 1
    return Score(
        right,
        sum(1 for _, quote in predictions if quote.mention is not None),
        sum(1 for _, attribution in golds if attribution.sources),
    )


def _evaluate_file(name: str, document: Document, brat: BratDocument) -> FileResult:
    text = document.text
    gold: dict[Span, tuple[BratTextBound, ...]] = {}
    attributions = _attributions(brat)
    marked = [quote for quote in document.quotes if quote.kind is not QuoteKind.INDIRECT]
    for quote in marked:
        key = _trim(text, quote.span)
        if not len(key):
            continue
        for attribution in attributions:
            inside = any(
                fragment.contains(key)
                for content in attribution.contents
                for fragment in content.fragments
            )
            if inside:
                gold[key] = gold.get(key, ()) + attribution.sources
    predicted = {}
    for quote in marked:
        key = _trim(text, quote.span)
        if quote.kind is not QuoteKind.TERM and len(key):
            predicted[key] = quote
    matched = [key for key in predicted if key in gold]
    with_mention = [q for q in predicted.values() if q.mention is not None]
    right = 0
    for key in matched:
        mention = predicted[key].mention
        if mention is not None and any(
            fragment.overlaps(mention) for source in gold[key] for fragment in source.fragments
        ):
            right += 1
    return FileResult(
        name,
        Score(len(matched), len(predicted), len(gold)),
        Score(right, len(with_mention), sum(1 for sources in gold.values() if sources)),
        _every_attribution(text, document.quotes, attributions),
    )


def _pairs(folder: Path) -> tuple[list[str], list[str]]:
    """The stems that have both files, and problems for those that lack one."""
    texts = {p.stem for p in folder.iterdir() if p.suffix == ".txt" and p.is_file()}
    anns = {p.stem for p in folder.iterdir() if p.suffix == ".ann" and p.is_file()}
    problems = [f"{stem}.txt: no {stem}.ann next to it" for stem in sorted(texts - anns)]
    problems += [f"{stem}.ann: no {stem}.txt next to it" for stem in sorted(anns - texts)]
    return sorted(texts & anns), problems


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def evaluate_directory(
    gold_dir: str | os.PathLike[str], config: Config | None = None
) -> EvaluationReport:
    """Attribute every ``X.txt`` in ``gold_dir`` and compare with its ``X.ann``.

    See the module documentation for the annotation scheme read and the
    matching rules.

    Args:
        gold_dir: a directory of ``X.txt`` + ``X.ann`` pairs (not searched recursively).
        config: the settings for quoteattr; the default :class:`~quoteattr.Config` when None.

    Returns:
        The per-file counts, totals and the files left out.

    Raises:
        TypeError: ``gold_dir`` is not a str or path, or ``config`` not a Config.
        NotADirectoryError: ``gold_dir`` is not an existing directory.
    """
    if not isinstance(gold_dir, (str, os.PathLike)):
        raise TypeError(
            f"evaluate_directory() expects gold_dir as str or path, got {type(gold_dir).__name__}"
        )
    if config is not None and not isinstance(config, Config):
        raise TypeError(
            f"evaluate_directory() expects a quoteattr.Config or None, got {type(config).__name__}"
        )
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise NotADirectoryError(f"gold directory {str(folder)!r} is not a directory")
    attributor = Attributor(config)
    stems, problems = _pairs(folder)
    results = []
    for stem in stems:
        try:
            text = _read(folder / f"{stem}.txt")
            ann = _read(folder / f"{stem}.ann")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(f"{stem}: cannot read: {error}")
            continue
        try:
            brat = read_brat(text, ann, name=f"{stem}.ann")
        except BratError as error:
            problems.extend(error.problems)
            continue
        results.append(_evaluate_file(stem, attributor(text), brat))
    return EvaluationReport(str(gold_dir), tuple(results), tuple(problems))


def run_evaluate(
    gold_dir: str | os.PathLike[str], out: TextIO, config: Config | None = None
) -> int:
    """Evaluate ``gold_dir`` and print the report to ``out``.

    Args:
        gold_dir: a directory of ``X.txt`` + ``X.ann`` pairs.
        out: a text stream to print to.
        config: the settings for quoteattr; the default when None.

    Returns:
        int: the exit status, 0 when every file was evaluated, 1 when some files
        were left out (they are listed), 2 when ``gold_dir`` is not a directory
        or holds no file pair to evaluate.

    Raises:
        TypeError: an argument has the wrong type.
    """
    if not callable(getattr(out, "write", None)):
        raise TypeError(f"run_evaluate() expects out as a text stream, got {type(out).__name__}")
    try:
        report = evaluate_directory(gold_dir, config)
    except NotADirectoryError as error:
        print(f"error: {error}", file=out)
        return 2
    print(report.format(), file=out)
    if not report.files:
        return 2
    return 1 if report.problems else 0
