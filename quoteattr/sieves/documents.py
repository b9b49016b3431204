"""Subjects that are documents speaking for their authors.

This module owns :func:`document_subject`, read by
:func:`quoteattr.sieves.grammar.subject_of_cue`: the subject of a reporting
verb that is a written message (``Lowe’s fundraising email to supporters
notes``, ``an email sent out by Lowe on Tuesday warned``), given as its author
(the possessor) or as the whole phrase. It decides nothing itself.
"""

from __future__ import annotations

from quoteattr.mentions import Token

__all__ = ["document_subject"]


# Nouns for a written message whose author speaks through it.
_DOCUMENT_NOUNS = frozenset(
    {"email", "letter", "statement", "memo", "release", "post", "tweet", "message", "note"}
)


# Participles that name a document's author with "by" ("sent out by Lowe").
_AUTHOR_PARTICIPLES = frozenset(
    {"sent", "written", "released", "issued", "signed", "posted", "published"}
)


def document_subject(tokens: list[Token], c: int) -> tuple[int, int] | None:
    """``Lowe’s fundraising email to supporters notes``, ``an email sent out by
    Lowe on Tuesday warned``: a document noun, with its author as a possessor
    or after ``by``, opening the clause of the cue ``c``: the possessor, or
    the whole phrase."""
    start = c
    while start > 0 and c - start < 14 and tokens[start - 1].text not in (",", ";", ":", "(", ")"):
        start -= 1
    if c - start < 2:
        return None
    noun = next(
        (k for k in range(start + 1, c) if tokens[k].lower.rstrip("s") in _DOCUMENT_NOUNS), None
    )
    if noun is None:
        return None
    head = tokens[start:noun]
    mark = next(
        (
            start + j + 1
            for j, t in enumerate(head)
            if t.text in ("’", "'", "’s", "'s") or t.lower.endswith(("’s", "'s"))
        ),
        None,
    )
    possessor = head[0].text[0].isupper() and mark is not None
    if not (possessor or head[0].lower in ("a", "an", "the")):
        return None
    if not all(t.text[0].isalnum() or t.text in ("’", "'") for t in head):
        return None
    rest = tokens[noun + 1 : c]
    k = 0
    if rest and rest[0].lower in _AUTHOR_PARTICIPLES:
        k = 1 + (len(rest) > 1 and rest[1].lower == "out")
        if k >= len(rest) or rest[k].lower != "by" or k + 1 >= len(rest):
            return None
        k += 1
        if not rest[k].text[0].isupper():
            return None
        while k < len(rest) and rest[k].text[0].isupper():
            k += 1
        possessor = True
    if not possessor:
        return None
    adjunct = rest[k:]
    if adjunct and not (
        len(adjunct) <= 4
        and adjunct[0].lower in ("to", "on", "in", "from", "for", "last", "this")
        and all(t.text.isalpha() for t in adjunct)
    ):
        return None
    if k == 0 and mark is not None:
        # The possessor: "Lowe’s", or "Sanders" of "Sanders’".
        return (start, mark - 1 if tokens[mark - 1].text in ("’", "'") else mark)
    return (start, c)
