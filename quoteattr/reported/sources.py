"""Sources that are not people: which speaker phrases name a document.

Reported speech is often a text's: ``the report found that ...``, ``a new
poll shows ...``, ``the statement said ...``. :func:`is_document` tells the
resolver (:class:`~quoteattr.resolve.EntityBuilder`) that such a phrase names
a :attr:`~quoteattr.EntityKind.DOCUMENT`, not a person known by a role.
"""

from __future__ import annotations

from quoteattr.mentions import Token, noun_phrase_head, split_apposition
from quoteattr.reported.words import word_set

__all__ = ["DOCUMENT_NOUNS", "is_document"]

#: Head nouns of phrases that name a text, a poll or a body of research.
DOCUMENT_NOUNS = word_set(
    "report reports study studies survey surveys poll polls analysis memo memos letter",
    "statement statements email emails filing filings lawsuit complaint indictment",
    "ruling opinion document documents editorial release review audit investigation",
    "assessment estimate estimates data figures records transcript transcripts article",
    "post tweet tweets message website ad advertisement book petition census inquiry",
)


def is_document(tokens: list[Token]) -> bool:
    """Whether a speaker phrase (lower-case head, no name) names a document.

    Example:
        >>> from quoteattr.mentions import tokens_in
        >>> text = "A new study by the institute"
        >>> is_document(tokens_in(text, 0, len(text)))
        True
    """
    head, _ = split_apposition(tokens)
    head = noun_phrase_head(head)
    for k, token in enumerate(head):
        if token.lower == "by" and k > 0:
            head = head[:k]  # "a study by the institute": the study's author follows
            break
    if not head:
        return False
    last = head[-1]
    return last.text[0].islower() and last.lower in DOCUMENT_NOUNS
