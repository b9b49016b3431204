"""Verbs of saying used in another sense, told apart by their object or the
word before them: ``who is challenging Rep. Lee`` runs against her for office
(:func:`contest_object`), ``the state party chairs`` holds a noun
(:func:`noun_state`), as does ``the party rules allow`` (:func:`noun_rules`),
``maintains a wide lead`` keeps something (:func:`kept_object`), ``worries
the allies`` troubles them (:func:`kept_object`), ``the
primary threatens to ...`` is a likelihood (:func:`likelihood_subject`).
"""

from __future__ import annotations

from quoteattr.reported.grammar import Sentence, verb_like

__all__ = ["contest_object", "kept_object", "likelihood_subject", "noun_rules", "noun_state"]

#: Object pronouns that stand for a person.
_PERSON_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})

#: Words after a challenged person that name what is disputed or asked
#: (``challenged her to a debate``, ``challenged Trump on trade``).
_MATTERS = frozenset({"to", "on", "over", "about", "as", "with", "for", "’s", "'s"})


def contest_object(s: Sentence, k: int, stop: int) -> bool:
    """Whether the object of ``challenge`` from ``tokens[k]`` to ``stop`` is a
    person with no matter of dispute after the name: a contest for office or
    a race (``who is challenging Rep. Ann Lee in the primary``, ``had the money
    to challenge Teachout``, ``Sanders challenged her when she ran``), not a
    speech act (``challenged Lee to a debate``, ``challenged him over his
    remarks``, ``challenged the ruling``)."""
    texts, lowers = s.texts, s.lowers
    if lowers[k] in _PERSON_PRONOUNS:
        j = k + 1
    elif texts[k][0].isupper():
        j = k
        while j < stop and (texts[j][0].isupper() or lowers[j] in ("and", ".")):
            if lowers[j].endswith(("’s", "'s")):
                return False  # "challenged Cruz’s bid": a thing of his
            j += 1  # the name, its title, a second name after "and"
        if lowers[j - 1] == "and":
            return False
    else:
        return False
    return j >= stop or (lowers[j] not in _MATTERS and texts[j][0].islower())


#: Words after which the base form ``state`` may be a verb: a subject pronoun
#: that takes it, a modal, ``to``, ``do`` or a negation.
_BEFORE_BASE_VERB = frozenset(
    {"i", "we", "they", "you", "to", "not", "also", "do", "does", "did", "will", "would"}
    | {"can", "could", "should", "shall", "may", "might", "must", "clearly", "explicitly"}
)


def noun_state(s: Sentence, c: int) -> bool:
    """Whether ``state`` or ``states`` at ``c`` is the noun (``local and
    state party officials``, ``32 state committees``, ``according to state
    records``; ``in swing states``, ``larger, more diverse states``,
    ``Vermont, states that vote``): the verb's base form follows a plural
    subject, a pronoun that takes it, a modal, ``to`` or a negation (``the
    rules state``, ``They state``, ``did not state``), its form in ``-s`` a
    singular subject (:func:`_singular_before`)."""
    if c == 0:
        return False
    if s.lowers[c] == "states":
        return not _singular_before(s, c)
    if s.lowers[c] != "state":
        return False
    previous = s.lowers[c - 1]
    if previous in _BEFORE_BASE_VERB:
        return False
    plural = (
        previous.endswith("s") and not previous.endswith(("ss", "’s", "'s")) and len(previous) > 3
    )
    return not (plural and s.texts[c - 1].isalpha())


#: Words that open a noun phrase of the thing kept (``maintains a lead``).
_KEPT_OPENERS = frozenset(
    {"a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "that"}
)


def kept_object(s: Sentence, c: int, start: int) -> bool:
    """Whether ``maintain`` at ``c`` keeps the thing its object from
    ``start`` names (``maintains a wide lead over Lee``, ``maintained an
    energetic pace``, ``maintain the enthusiasm of followers``), or ``worry``
    troubles the ones it names (``The remark worried some analysts``), with
    no ``that``: what is claimed or feared is a clause (``maintained that
    C``, ``maintains he was misquoted``, ``worries Lee would lose``)."""
    word = s.lowers[c]
    if word.startswith("maintain"):
        return s.lowers[start] in _KEPT_OPENERS
    if word.startswith("charg"):
        return _charged_object(s, start)
    # "The remark worried some analysts", "worries the Gulf capitals": worry
    # with a noun phrase as object troubles someone; what is feared is a
    # clause (worries Lee would lose).
    return word.startswith("worr") and s.lowers[start] in _WORRIED_OPENERS


#: Words in the object of ``charge`` that make it an accusation at law or a
#: price: ``charged the officer with murder``, ``charged the campaign $3
#: million``, ``charges users for access``.
_CHARGE_MARKS = frozenset({"with", "$", "for", "per", "a", "an"})


def _charged_object(s: Sentence, start: int) -> bool:
    """Whether the words from ``start`` after ``charge`` are the one accused
    of a crime or billed, not a clause of what was alleged (``Critics charged
    the hearing failed to ...``): ``with``, ``for`` or a sum within the first
    words of the object, before any verb; ``charged that C`` is a report."""
    lowers, texts = s.lowers, s.texts
    for j in range(start, min(start + 6, len(lowers))):
        word = lowers[j]
        if j > start and (word in _CHARGE_MARKS or texts[j][:1].isdigit()):
            return True
        if word in (",", ";", ":", "that") or (j > start and verb_like(s, j)):
            return False
    return False


#: Words that open the noun phrase of the ones a thing worries.
_WORRIED_OPENERS = _KEPT_OPENERS | {"some", "many", "most", "all", "several"}


#: Words after which ``rules`` may be the verb of a ruling (``rules that``,
#: ``rules out``, ``rules on the case``, ``rules against the city``).
_RULING_LINKS = frozenset({"that", "out", "on", "against", "for", "in"})


def noun_rules(s: Sentence, c: int) -> bool:
    """Whether ``rules`` at ``c`` is the plural noun, the subject of the word
    in lower case after it (``Party rules allow ...``, ``Federal rules subject
    companies to ...``, ``the convention rules committee``): a ruling is
    reported with ``that`` or a preposition after the verb."""
    n = len(s.lowers)
    return (
        s.lowers[c] == "rules"
        and c + 1 < n
        and s.texts[c + 1].isalpha()
        and s.texts[c + 1].islower()
        and s.lowers[c + 1] not in _RULING_LINKS
    )


#: Heads of subjects that name an event, a measure or a contest: with
#: ``threaten`` or ``promise`` before an infinitive, they say what is likely.
_EVENT_HEADS = frozenset(
    {"debate", "primary", "primaries", "decision", "initiative", "ruling", "bill", "law"}
    | {"measure", "proposal", "plan", "deal", "storm", "race", "election", "crisis", "war"}
    | {"vote", "fight", "case", "dispute", "scandal", "move", "policy", "tariff", "tariffs"}
)


def likelihood_subject(s: Sentence, left: tuple[int, int], lemma: str) -> bool:
    """Whether ``threaten`` or ``promise`` before an infinitive says what is
    likely, not what a speaker pledged: its subject is an event, a measure or
    a contest (``the primary threatens to knock him out``, ``The debate
    promised to be a crucial moment``, ``A pending ballot initiative
    threatened to raise the wage``), its head the last word of the subject or
    the word before its first comma."""
    if lemma not in ("threaten", "promise"):
        return False
    first, end = left
    comma = next((j for j in range(first, end) if s.texts[j] == ","), end)
    return s.lowers[comma - 1] in _EVENT_HEADS and s.texts[comma - 1].islower()


#: Pronouns that take a verb in ``-s``.
_SINGULAR_PRONOUNS = frozenset({"it", "he", "she", "this", "that", "which", "who", "one"})

#: Words that open a singular noun phrase.
_SINGULAR_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "its", "his", "her", "their", "our", "every", "each"}
)


def _singular_before(s: Sentence, c: int) -> bool:
    """Whether the word before ``states`` at ``c`` may end a singular subject:
    a pronoun that takes a verb in ``-s`` (``It states``), or a word in lower
    case, not in ``-s`` or ``-ing``, with a determiner at most three words
    before it (``the document states``, ``a voice-over in the ad states``),
    or a capitalized word right after ``the`` (``the Constitution states``);
    not an adjective or noun in the plural noun's phrase (``swing states``,
    ``the four early nominating states``, ``Western states``)."""
    lowers, texts = s.lowers, s.texts
    previous = lowers[c - 1]
    if previous in _SINGULAR_PRONOUNS:
        return True
    text = texts[c - 1]
    if text[:1].isupper():
        return c > 1 and lowers[c - 2] == "the"
    if not text.isalpha() or previous.endswith(("s", "ing")):
        return False
    return any(lowers[j] in _SINGULAR_DETERMINERS for j in range(max(0, c - 4), c - 1))
