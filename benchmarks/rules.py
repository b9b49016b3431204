"""Rule ledger: how many quotes each attribution rule decides, and how many it gets right.

Usage:
    python benchmarks/rules.py GOLD.jsonl [--check-fold IDS.txt] [--markdown OUT.md]

GOLD.jsonl holds one annotated document per line::

    {"doc_id": "...", "text": "...",
     "quotes": [{"start": 10, "end": 42, "speaker_spans": [[50, 63]]}, ...]}

(the layout of the PolNeAR-derived gold files; other keys are ignored). Each
gold quote is the content inside its marks; ``speaker_spans`` are the words
that name its speaker as written near the quote.

Every predicted quote whose content matches a gold quote (same span once
whitespace and punctuation are trimmed at both ends) is counted under the rule
that decided it (``Quote.rule``), and it is *right* when its mention overlaps
one of the gold speaker spans. A predicted quote with a speaker that matches no
gold quote counts as decided and wrong (the rule attributed words nobody is
annotated as saying). Gold quotes that were found but that no rule decided, and
gold quotes that were not found at all, get rows of their own.

The documents are split into two folds: the ids listed in ``--check-fold``
(by default ``check_fold.txt`` beside the gold file, when there is one) and the
rest (the work fold). The table shows both side by side: a rule that is right
far more often on one fold than on the other was fitted to particular articles.
With ``--markdown`` the table is also written as a Markdown file (the docs page
on attribution includes one made this way). Figures are printed, never
asserted: this is a measuring tool, not a test.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import quoteattr
from quoteattr import QuoteKind

FOLDS = ("work", "check")
UNDECIDED = "(found, no rule decided)"
MISSED = "(gold quote not found)"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without whitespace, punctuation and quotation marks at its ends."""

    def loose(char: str) -> bool:
        return char.isspace() or unicodedata.category(char)[0] in "PZS" or char in "`'\""

    while start < end and loose(text[start]):
        start += 1
    while end > start and loose(text[end - 1]):
        end -= 1
    return start, end


def _overlaps(start: int, end: int, spans: list[list[int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def _documents(path: Path) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def ledger(
    gold_path: Path, check_ids: set[str]
) -> tuple[dict[str, dict[str, list[int]]], dict[str, int]]:
    """Per rule and fold, ``[decided, right]``; and the number of documents per fold."""
    counts: dict[str, dict[str, list[int]]] = collections.defaultdict(
        lambda: {fold: [0, 0] for fold in FOLDS}
    )
    documents = dict.fromkeys(FOLDS, 0)
    attributor = quoteattr.Attributor()
    for record in _documents(gold_path):
        text = str(record["text"])
        fold = "check" if record.get("doc_id") in check_ids else "work"
        documents[fold] += 1
        gold: dict[tuple[int, int], list[list[int]]] = {}
        for quote in record.get("quotes", ()):  # type: ignore[attr-defined]
            gold[_trimmed(text, quote["start"], quote["end"])] = quote.get("speaker_spans") or []
        found = set()
        for quote in attributor(text).quotes:
            if quote.kind is QuoteKind.INDIRECT or (
                quote.open_mark is None and quote.close_mark is None
            ):
                continue  # the gold holds quotes in marks only (no turns without marks)
            key = _trimmed(text, quote.span.start, quote.span.end)
            speakers = gold.get(key)
            if speakers is not None:
                found.add(key)
            if quote.rule is None:
                if speakers is not None:
                    counts[UNDECIDED][fold][0] += 1
                continue
            row = counts[quote.rule][fold]
            row[0] += 1
            mention = quote.mention
            if speakers and mention is not None and _overlaps(mention.start, mention.end, speakers):
                row[1] += 1
        counts[MISSED][fold][0] += len(set(gold) - found)
    return counts, documents


def _share(right: int, decided: int) -> str:
    return f"{right / decided:.3f}" if decided else "-"


def table(counts: dict[str, dict[str, list[int]]], documents: dict[str, int]) -> list[str]:
    """The ledger as Markdown table lines, rules by how many quotes they decide."""
    rules = sorted(
        (name for name in counts if name not in (UNDECIDED, MISSED)),
        key=lambda name: (-sum(counts[name][fold][0] for fold in FOLDS), name),
    )
    header = (
        "| rule | work: decided | right | share right "
        "| check: decided | right | share right |\n|---|--:|--:|--:|--:|--:|--:|"
    )
    lines = header.split("\n")
    totals = {fold: [0, 0] for fold in FOLDS}
    for name in rules:
        cells = []
        for fold in FOLDS:
            decided, right = counts[name][fold]
            totals[fold][0] += decided
            totals[fold][1] += right
            cells += [str(decided), str(right), _share(right, decided)]
        lines.append(f"| `{name}` | " + " | ".join(cells) + " |")
    cells = []
    for fold in FOLDS:
        decided, right = totals[fold]
        cells += [str(decided), str(right), _share(right, decided)]
    lines.append("| all rules | " + " | ".join(cells) + " |")
    for name in (UNDECIDED, MISSED):
        cells = []
        for fold in FOLDS:
            cells += [str(counts[name][fold][0]), "", ""]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("")
    lines.append(
        f"Documents: {documents['work']} in the work fold, {documents['check']} in the check fold."
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="gold JSON lines (see the module docstring)")
    parser.add_argument("--check-fold", type=Path, help="file of document ids, one per line")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    fold_file = args.check_fold or args.gold.parent / "check_fold.txt"
    check_ids: set[str] = set()
    if fold_file.exists():
        check_ids = {line.strip() for line in fold_file.read_text().splitlines() if line.strip()}
    elif args.check_fold:
        parser.error(f"no such file: {args.check_fold}")
    counts, documents = ledger(args.gold, check_ids)
    lines = table(counts, documents)
    print("\n".join(lines))
    if args.markdown:
        generated = (
            "<!-- Generated by `python benchmarks/rules.py GOLD.jsonl --markdown "
            f"{args.markdown.as_posix()}` on {args.gold.name}; do not edit by hand. -->\n\n"
        )
        args.markdown.write_text(generated + "\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
