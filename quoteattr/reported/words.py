"""Word classes of the reported-speech grammar: closed sets of function words
that the frames and the clause grammar read (prepositions that open an adjunct,
auxiliaries, subordinators, time words, ...).

The open lists (the verbs whose content is a clause, an infinitive or an
object) are data files read through :class:`~quoteattr.lexicon.Lexicon`; the
sets here are grammar, not vocabulary.
"""

from __future__ import annotations

__all__ = [
    "ADJUNCT_PREPOSITIONS",
    "ASKING",
    "AS_AUXILIARIES",
    "CLAUSE_ENDS",
    "CLAUSE_OPENERS",
    "CLAUSE_WORDS",
    "COMPLEMENTIZERS",
    "COORDINATORS",
    "DASHES",
    "DETERMINERS",
    "EDGE_MARKS",
    "FINDING_SUBJECTS",
    "FINDING_VERBS",
    "FINITE",
    "HEARER_LEMMAS",
    "IMPERSONAL",
    "INDEFINITE_SUBJECTS",
    "IRREGULAR_PAST",
    "LEADS",
    "MID_ADVERBS",
    "NEGATIONS",
    "NOT_ASIDE",
    "NOT_CONTENT",
    "NOT_IN_SUBJECT",
    "OBJECT_WORDS",
    "PARTICIPLE_LINKS",
    "PARTICIPLE_OPENERS",
    "PARTICLES",
    "PARTICLES_ONLY",
    "PASSIVE_AUXILIARIES",
    "POLL_NOUNS",
    "PRONOUN_ASIDES",
    "SENTENCE_END",
    "SPEECH_NOUNS",
    "SUBJECT_OPENERS",
    "SUBJECT_PRONOUNS",
    "SUBJECT_SKIPPABLE",
    "SUBORDINATORS",
    "TIME_WORDS",
    "word_set",
]


def word_set(*lines: str) -> frozenset[str]:
    """The words of ``lines``, split on whitespace."""
    return frozenset(word for line in lines for word in line.split())


SENTENCE_END = frozenset({".", "!", "?", "…"})

EDGE_MARKS = frozenset({".", "!", "?", "…", ",", ";", ":", "—", "–", "-", "(", ")"})

DASHES = frozenset({"—", "–"})

SUBJECT_PRONOUNS = word_set("i he she we they it you there")

# Words that open a noun phrase or a clause in a reported clause.
CLAUSE_OPENERS = word_set(
    "the a an his her their its our my your this these those some many most all no",
    "every any several both each neither none nobody everyone everybody nothing only",
    "such more fewer one two three four five another other others someone somebody",
    "anyone if when because once unless while although though after before since even",
    "not half nearly almost about roughly less what whoever whatever much little part",
    "without despite given",
)

DETERMINERS = word_set("the a an his her their its our my your this these those every each")

# Finite verbs and auxiliaries that show a clause.
FINITE = word_set(
    "is was are were am be will would can could should shall may might must has have",
    "had does did do cannot isn’t isn't wasn’t wasn't aren’t aren't weren’t weren't",
    "won’t won't wouldn’t wouldn't can’t can't couldn’t couldn't shouldn’t shouldn't",
    "hasn’t hasn't haven’t haven't hadn’t hadn't doesn’t doesn't didn’t didn't don’t",
    "don't ought",
)

# Common irregular past tenses (a clause's verb that does not end in -ed).
IRREGULAR_PAST = word_set(
    "began bought brought built came caught chose cost cut drew drove fell felt fled",
    "forgot fought found gave got grew heard held hid hit hurt kept knew laid led left",
    "lent let lost made meant met overcame overtook paid put quit ran rose sank sat saw",
    "sent set shot shut sold sought spent spoke spread stood stole struck swore took",
    "taught thought threw told understood went won wore wrote",
)

# Words right after a cue that are not the start of its content ("said so").
NOT_CONTENT = word_set(
    "so nothing something anything yes no goodbye hello thanks otherwise",
    "too as to of about for with by in on at from into which and or but than",
    "publicly privately repeatedly",
)

# Indefinite pronouns of NOT_CONTENT that are the content's subject when a
# finite verb follows them ("said nothing changed", not "said nothing new").
INDEFINITE_SUBJECTS = word_set("nothing something anything")

# Prepositions that open an adjunct between a cue and its content.
ADJUNCT_PREPOSITIONS = word_set(
    "on in at during to of after before from via through over with outside inside",
    "since for amid throughout under without ahead following",
)

TIME_WORDS = word_set(
    "today yesterday tonight monday tuesday wednesday thursday friday saturday sunday",
    "again also later earlier once then now recently previously often last this next",
    "week month year night morning afternoon evening weekend ago too however instead",
    "though still even already first flatly bluntly soon afterward afterwards",
)

COMPLEMENTIZERS = word_set("whether if why how what when where who")

# Verbs that ask or tell: "when", "where" and "who" open their content.
ASKING = word_set("ask wonder question inquire explain reveal disclose know tell")

# Reporting verbs that may take the hearer as an object before the content.
HEARER_LEMMAS = word_set(
    "tell inform assure remind warn promise convince persuade advise notify caution",
    "email text write ask urge implore beg press challenge encourage invite instruct",
    "order direct call pressure reassure show",
)

# Coordinators after which a clause with a frame of its own starts.
COORDINATORS = word_set("but while whereas although though yet and ; —")

# Nouns for what was said, after a possessor ("Trump's claim that ...").
SPEECH_NOUNS = word_set(
    "claim claims assertion argument warning insistence suggestion belief view promise",
    "pledge statement contention charge allegation accusation prediction admission",
    "assurance vow threat complaint announcement declaration explanation position",
    "conclusion finding findings hope fear concern suspicion notion insinuation boast",
    "denial theory message point comment remark response answer",
)

# Documents, polls and research whose verbs of finding report a position.
FINDING_SUBJECTS = word_set(
    "report reports study studies survey surveys poll polls polling analysis research",
    "data figures numbers results review audit investigation probe estimates estimate",
    "records documents memo findings census inquiry researchers scientists",
    "investigators analysts economists pollsters models",
    "footage video videos photos images evidence statistics tally exams tests",
    "emails filings paper papers article articles",
)

# Polls and studies named in a phrase that opens a sentence ("In a Gallup poll
# released Monday, 50 percent chose ...").
POLL_NOUNS = word_set("poll polls survey surveys study")

FINDING_VERBS = word_set(
    "found find finds show shows showed shown reveal reveals revealed indicate",
    "indicates indicated suggest suggests suggested estimate estimates estimated",
    "conclude concludes concluded predict predicts predicted project projects projected",
)

# Auxiliaries of a passive cue ("it was reported that").
PASSIVE_AUXILIARIES = word_set(
    "is was are were been be being",
    "isn’t isn't wasn’t wasn't aren’t aren't weren’t weren't",
)

# Words before "to" and an infinitive that make a speech event expected or
# planned, not reported ("is expected to show", "is scheduled to testify").
EXPECTED = word_set("expected scheduled slated due poised supposed")

# Participles that open a new report after a comma ("..., adding that ...").
LEADS = frozenset({",", "—", "–", ";"})

PARTICIPLE_LINKS = word_set("after before while by in when since without , —")

#: Words that may open a sentence before a participle cue (``After saying
#: C, X ...``, ``But noting C, X ...``).
PARTICIPLE_OPENERS = word_set("after while before by since upon without but and yet")

IMPERSONAL = word_set("safe fair hard needless suffice enough difficult easy is was")

NEGATIONS = word_set(
    "not never hasn’t hasn't haven’t haven't hadn’t hadn't didn’t didn't doesn’t doesn't",
    "don’t don't won’t won't wouldn’t wouldn't can’t can't couldn’t couldn't isn’t isn't",
    "wasn’t wasn't did does do has have had will would could can",
)

# Words a plain subject phrase never holds: verbs, pronouns, clause words.
NOT_IN_SUBJECT = (
    FINITE
    | IRREGULAR_PAST
    | word_set(
        "he she it they we i you him them us me who whom whose which that what to by with",
        "as because if when while although though since after before until unless so",
        "not never also said says say told",
    )
)

# Words a subject phrase is opened after: the start of a clause.
SUBJECT_OPENERS = word_set(
    ", ; : — – ( and but yet so that because while although though with",
)

SUBJECT_SKIPPABLE = word_set(
    "has have had also later then would will could did does do reportedly previously",
    "is are was were been being",
    "recently once again often still repeatedly already just now even long instead seldom",
)

CLAUSE_WORDS = word_set(
    "the a an of in on at for from and or but this that these those there here",
    "very more most less least",
)

# Words after "C, said X," that start an apposition or a relative clause of X.
NOT_ASIDE = word_set("who whose whom which where a an the his her their its our")

AS_AUXILIARIES = word_set("has have had did does do is was are were well")

SUBORDINATORS = word_set(
    "as because when while after before if since until although though unless whereas",
    "who whom whose which where",
)

PRONOUN_ASIDES = word_set("too also however though still now then just really only")

#: Adverbs between a subject and its cue (``experts now say``, ``Democrats
#: today argue``): part of neither the source nor the content.
#: Adverbs and floating quantifiers that stand between a subject, its
#: auxiliaries and a cue and belong to neither (``Ruiz has always said``,
#: ``Senators have both urged``, ``The two each said``).
MID_ADVERBS = word_set(
    "always often also still ever once long just already usually sometimes",
    "both all each even again first later now then too",
)
SUBJECT_ADVERBS = word_set("now today also still often too generally increasingly again")
# Words after "to" that are its object, not an infinitive ("said to reporters").
OBJECT_WORDS = word_set("me us them you reporters")
# Sentence punctuation that ends a clause inside a noun phrase's content.
CLAUSE_ENDS = frozenset({",", "—", "–", ";", ".", "!", "?", "…"})
# Particles a speech-act verb takes before its object ("called for a ban").
PARTICLES: dict[str, tuple[str, ...]] = {
    "call": ("for", "on", "out"),
    "complain": ("about", "of"),
    "lash": ("out",),
    "speak": ("out", "about", "of"),
    "rail": ("against",),
    "refer": ("to",),
    "talk": ("about",),
    "point": ("to", "out"),
    "warn": ("of", "about", "against"),
    "write": ("about",),
    "joke": ("about",),
    "boast": ("about", "of"),
    "brag": ("about", "of"),
    "comment": ("on", "about"),
    "testify": ("on", "about"),
    "apologize": ("for",),
    "ask": ("for",),
    "agree": ("with",),
}
# Speech-act verbs that report speech only with one of their particles.
PARTICLES_ONLY = word_set(
    "call refer talk point speak write joke boast warn complain comment rail apologize brag",
    "testify ask agree",
)

#: Nouns after ``this`` that make it a time (``said this week``).
THIS_TIMES = frozenset(
    {"week", "month", "year", "morning", "afternoon", "evening", "weekend", "time", "summer"}
    | {"spring", "fall", "winter", "season", "past", "coming", "decade", "term", "session"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "cycle"}
)

#: Time words that can be the subject of a reported clause (``say this is``).
SUBJECT_TIME_WORDS = frozenset({"this", "today", "now", "tonight"})

#: Words that end a plural or counted subject before a base-form cue
#: (``others say``, ``a mere 9 percent say``), beyond plural nouns.
PLURAL_SUBJECT_ENDS = frozenset(
    {"percent", "%", "others", "many", "most", "some", "few", "both", "half", "third", "quarter"}
    | {"majority", "minority", "surveyed", "polled", "questioned", "interviewed"}
)

#: Counts before which a plural noun is not a verb (``six states``, ``10 claims``).
COUNT_WORDS = word_set(
    "two three four five six seven eight nine ten eleven twelve dozen dozens hundreds",
    "thousands millions several many few both",
)

#: Words after a plural head that open its postmodifier (``officials in the
#: county``, ``sources close to the campaign``, ``people familiar with``).
POSTMODIFIERS = frozenset(
    {"of", "in", "from", "at", "across", "on", "for", "with", "inside", "outside", "around"}
    | {"close", "familiar", "briefed", "involved", "near", "throughout"}
)

#: Plurals without -s that may head a subject.
PLURALS_WITHOUT_S = frozenset({"people", "men", "women", "children", "police"})

#: Words of a part of a group before ``of them`` (``most of them said``).
PARTITIVES = word_set(
    "most many some all both none few several each one two three four five half",
    "majority minority dozens hundreds thousands",
)

#: The marks that end a closing attribution (read by :func:`closing_tail`).
CLOSING_STOPS = SENTENCE_END | DASHES | {";", ","}

#: The marks that close a subordinate clause read by :func:`clause_starts`.
CLAUSE_MARKS = frozenset({",", ";", ":", "."})

#: The words that open a clause when contracted (``he’s``, ``that's``).
CONTRACTED_SUBJECTS = SUBJECT_PRONOUNS | {"that", "what", "who"}

#: Words that can be the whole object of ``told`` in a closing attribution.
HEARER_OBJECTS = frozenset(
    {"him", "her", "them", "us", "me", "you", "reporters", "journalists", "supporters"}
)

#: Prepositions that open no hearer after a verb that may take one (``warned
#: about a war``), beyond the adjunct prepositions read before it.
NOT_HEARER_PREPOSITIONS = frozenset({"about", "against", "of", "by", "into", "like", "among"})

#: Words before an amount that opens a reported clause (``said about half of
#: the rise came from taxes``, ``said nearly 40 percent ...``).
APPROXIMATORS = frozenset({"about", "nearly", "almost", "roughly", "around", "approximately"})

#: Amounts that may open a reported clause after an approximator.
AMOUNTS = frozenset({"half", "two-thirds", "one-third", "three-quarters"})

#: Fractions after ``a`` in an amount (``about a third of``).
FRACTIONS = frozenset({"third", "quarter", "fifth", "dozen", "half", "majority"})

#: Prepositions that open a phrase after a plural noun opening a reported
#: clause (``said members of the court``, ``say voters in Iowa``).
NOUN_PREPOSITIONS = frozenset({"of", "in", "from", "at", "on", "for", "with", "across"})

#: Words that open a subordinate clause before the main one in a reported
#: clause (``said despite the losses, the party ...``); ``if``, ``when`` and
#: the other complementizers are read as such.
LEADING_SUBORDINATORS = frozenset(
    {
        "despite",
        "although",
        "though",
        "because",
        "while",
        "after",
        "before",
        "since",
        "unless",
        "once",
    }
)

#: Words in ``-s`` that are never verbs (``Vell and others``, ``thanks to``).
NOT_VERBS_IN_S = frozenset(
    {"others", "ours", "yours", "theirs", "hers", "thanks", "news", "means", "series"}
)

#: Singular nouns in ``-s`` that are seldom verbs, after which a word in ``-s``
#: may be the verb (``success depends``, ``the crisis grows``, ``the press reports``).
SINGULAR_S_NOUNS = frozenset(
    {"success", "congress", "crisis", "basis", "analysis", "status", "witness", "progress"}
    | {"consensus", "campus", "virus", "census", "bonus", "surplus", "stimulus", "press"}
    | {"thesis", "emphasis", "boss", "loss", "chaos", "news", "series", "gas", "bias"}
)
