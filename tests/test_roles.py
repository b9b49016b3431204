"""Speakers' roles, titles of office, affiliations and kinds; resolution across
the article (pronouns by salience, descriptions, documents, unnamed speakers).

Golden cases are data in ``tests/golden/roles.json`` (every role form) and
``tests/golden/roles_negative.json`` (words beside a name that must not become
its role); their schema is in each file's ``description``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from strategies import news_text

import quoteattr
from quoteattr import EntityKind, RoleForm
from quoteattr.brat import to_brat
from quoteattr.explain import explain_role
from quoteattr.html import to_html
from quoteattr.lexicon import Lexicon
from quoteattr.mentions import Vocabulary, tokens_in
from quoteattr.model import RolePhrase, Span
from quoteattr.resolve import EntityBuilder
from quoteattr.roles import RoleReader, RoleReading, choose_role, role_key

GOLDEN = Path(__file__).parent / "golden"
_CASE_KEYS = {"id", "note", "text", "entities", "xfail"}
_ENTITY_KEYS = {"role", "title", "affiliation", "kind", "forms"}


def _load(name: str) -> list[Any]:
    data = json.loads((GOLDEN / name).read_text(encoding="utf-8"))
    assert data["schema"] == 1, f"{name}: unknown schema {data['schema']!r}"
    params = []
    for case in data["cases"]:
        assert set(case) <= _CASE_KEYS, f"{name}:{case.get('id')}: unknown keys"
        for want in case["entities"].values():
            assert set(want) <= _ENTITY_KEYS, f"{name}:{case['id']}: unknown entity keys"
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _check(case: dict[str, Any]) -> None:
    doc = quoteattr.attribute(case["text"])
    entities = {entity.name: entity for entity in doc.entities}
    for name, want in case["entities"].items():
        assert name in entities, f"no entity {name!r} in {sorted(entities)}"
        entity = entities[name]
        for key in ("role", "title", "affiliation"):
            if key in want:
                assert getattr(entity, key) == want[key], f"{name}: {key}"
        if "kind" in want:
            assert entity.kind.name == want["kind"], f"{name}: kind"
        if "forms" in want:
            forms = {phrase.form.value for phrase in entity.roles}
            assert set(want["forms"]) <= forms, f"{name}: forms {forms}"
        for phrase in entity.roles:
            assert phrase.span.slice(doc.text) == phrase.text


@pytest.mark.parametrize("case", _load("roles.json"))
def test_roles(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize("case", _load("roles_negative.json"))
def test_roles_negative(case: dict[str, Any]) -> None:
    _check(case)


def test_role_case_ids_are_unique() -> None:
    ids = [p.id for name in ("roles.json", "roles_negative.json") for p in _load(name)]
    assert len(ids) == len(set(ids))


# -- the seed article ------------------------------------------------------------


def test_seed_titles_and_affiliations(seed_doc: quoteattr.Document) -> None:
    people = {e.name: e for e in seed_doc.entities if e.kind is EntityKind.PERSON}
    shannon = people["Tom Shannon"]
    assert (shannon.role, shannon.title, shannon.affiliation) == (
        "Under Secretary of State",
        "Under Secretary of State",
        "US",
    )
    ryabkov = people["Sergei Ryabkov"]
    assert (ryabkov.title, ryabkov.affiliation) == ("Deputy Foreign Minister", "Russia")
    nauert = people["Heather Nauert"]
    assert nauert.title is None
    assert [(p.text, p.form) for p in nauert.roles] == [("spokeswoman", RoleForm.PREMODIFIER)]


# -- the role reader -------------------------------------------------------------


@pytest.fixture(scope="module")
def reader() -> RoleReader:
    lexicon = Lexicon.default()
    return RoleReader(Vocabulary(lexicon), lexicon)


def _before(reader: RoleReader, text: str, name: str) -> list[tuple[str | None, str | None]]:
    vocab = reader.vocab
    tokens = tokens_in(text, 0, text.index(name), vocab.abbreviations)
    return [(r.role, r.affiliation) for r in reader.before(text, tokens)]


def _after(reader: RoleReader, text: str, name: str) -> list[tuple[str | None, str | None]]:
    vocab = reader.vocab
    end = text.index(name) + len(name)
    tokens = tokens_in(text, end, len(text), vocab.abbreviations)
    return [(r.role, r.affiliation) for r in reader.after(text, tokens)]


def test_reader_premodifier_forms(reader: RoleReader) -> None:
    assert _before(reader, "said State Department spokeswoman Ana Silva", "Ana") == [
        ("spokeswoman", "State Department")
    ]
    # "great" after the noun of a field names what the person is; after a
    # determiner it is praise.
    assert _before(reader, "and Tennis great Ana Silva", "Ana") == [("Tennis great", None)]
    assert _before(reader, "and boxing legend Ana Silva", "Ana") == [("boxing legend", None)]
    assert _before(reader, "said the great Ana Silva", "Ana") == []
    assert _before(reader, "it was a great Ana Silva speech", "Ana") == []
    # A relational noun before a title is read on its own, and gives no role.
    assert _before(reader, "said party ally Rep. Ana Silva", "Ana") == [
        ("party ally", None),
        ("Rep.", None),
    ]
    assert _before(reader, "Most Republicans back Sen. Ana Silva", "Ana") == [("Sen.", None)]
    assert _before(reader, "to support Gov. Ana Silva", "Ana") == [("Gov.", None)]
    assert _before(reader, "met Mr. Ana Silva", "Ana") == []
    # A party noun is the role (ranked last) and the affiliation.
    assert _before(reader, "said Democrat Ana Silva", "Ana") == [("Democrat", "Democrat")]
    assert _before(reader, "said Ohio Republican Ana Silva", "Ana") == [
        ("Ohio Republican", "Ohio Republican")
    ]
    assert _before(reader, "said veteran Republican Ana Silva", "Ana") == [
        ("veteran Republican", "Republican")
    ]
    assert _before(reader, "said Republican rival Ana Silva", "Ana") == [
        ("Republican", "Republican")
    ]
    assert _before(reader, "said Democratic rival Ana Silva", "Ana") == []
    assert _before(reader, "said Clinton rival Ana Silva", "Ana") == []


def test_reader_after_forms(reader: RoleReader) -> None:
    assert _after(reader, "Ana Silva (D-N.Y.) said", "Silva") == [(None, "D-N.Y.")]
    assert _after(reader, "Ana Silva, 46, a nurse, said", "Silva") == [("nurse", None)]
    assert _after(reader, "Ana Silva, 25, and her husband said", "Silva") == []
    assert _after(reader, "Ana Silva of the Tax Foundation said", "Silva") == [
        (None, "Tax Foundation")
    ]
    assert _after(reader, "Ana Silva, a Republican from Ohio, said", "Silva") == [
        ("Republican", "Republican of Ohio")
    ]
    assert _after(reader, "Ana Silva, who is listed as an attorney in Ohio, said", "Silva") == []
    assert _after(reader, "Ana Silva, who served as counsel to the board, said", "Silva") == [
        ("counsel to the board", None)
    ]


def test_role_key_folds_spellings() -> None:
    assert role_key("Sen.") == role_key("senator") == "senator"
    assert role_key("spokeswoman") == role_key("Spokesperson") == "spokesman"
    assert role_key("Rep.") == "representative"


def test_choose_role_prefers_specific_then_current_then_early() -> None:
    def reading(text: str, start: int, form: RoleForm, head: str, former: bool = False) -> Any:
        phrase = RolePhrase(Span(start, start + len(text)), text, form)
        return RoleReading(phrase, text, former=former, head=head)

    ally = reading("Trump ally", 0, RoleForm.PREMODIFIER, "ally")
    speaker = reading("Former House speaker", 20, RoleForm.PREMODIFIER, "speaker", former=True)
    assert choose_role([ally, speaker]) is speaker
    candidate = reading("presidential candidate", 50, RoleForm.DESCRIPTION, "candidate")
    governor = reading("former governor", 10, RoleForm.APPOSITION, "governor", former=True)
    assert choose_role([governor, candidate]) is candidate
    assert choose_role([]) is None
    # A party noun is the role only when nothing else is given, even a general
    # or former role or a description.
    party = attrs.evolve(reading("Democrat", 0, RoleForm.PREMODIFIER, "democrat"), party=True)
    assert choose_role([party, ally]) is ally
    assert choose_role([party, governor]) is governor
    assert choose_role([party, candidate]) is candidate
    assert choose_role([party]) is party


# -- resolution -------------------------------------------------------------------


def _speakers(text: str) -> list[str | None]:
    doc = quoteattr.attribute(text)
    return [q.speaker.name if q.speaker else None for q in doc.quotes]


def test_pronoun_goes_to_the_subject_not_the_nearer_object() -> None:
    text = (
        "Gordon Halvorsen spoke first. Halvorsen, for example, said he is hopeful that the "
        "effort results in Rafael Moreno winning the nomination. “The first thing is to "
        "stop him,” he said."
    )
    assert _speakers(text)[-1] == "Gordon Halvorsen"


def test_pronoun_chain_through_a_pronoun_subject() -> None:
    text = (
        "Tennis great Ilse Brandt remembered him fondly. She watched his fights with "
        "Mark Tully in 1971. “He always whispered in my ear,” she said."
    )
    assert _speakers(text) == ["Ilse Brandt"]


def test_pronoun_gender_from_an_earlier_resolved_pronoun() -> None:
    text = (
        "Adaeze Okonkwo met Luis Rivera on Monday. “We talked,” she said. Rivera left "
        "early. “It went well,” Okonkwo said. “We agree,” she added."
    )
    # "she" first goes to Okonkwo, the subject; the gender stays with her.
    assert _speakers(text) == ["Adaeze Okonkwo"] * 3


def test_description_with_modifiers_refers_back_to_the_subject() -> None:
    text = (
        "Elena Vasquez wants the city to become a state. "
        "The Democratic frontrunner wrote that “the District is neglected.”"
    )
    doc = quoteattr.attribute(text)
    speaker = doc.quotes[0].speaker
    assert speaker is not None and speaker.name == "Elena Vasquez"
    assert speaker.role == "frontrunner" and speaker.affiliation == "Democratic"


def test_description_in_a_clause_refers_to_the_person_named_before() -> None:
    text = (
        "Prime Minister Ana Duarte will meet with Oskar Lind when the Republican "
        "presidential front-runner arrives in Lisbon. “It will be fine,” Lind said."
    )
    doc = quoteattr.attribute(text)
    lind = next(e for e in doc.entities if e.name == "Oskar Lind")
    assert lind.role == "presidential front-runner"


def test_predicate_description_gives_no_role() -> None:
    text = "Hana Sato could be the first woman president. “We will see,” Sato said."
    doc = quoteattr.attribute(text)
    sato = next(e for e in doc.entities if e.name == "Hana Sato")
    assert sato.role is None


def test_unnamed_pronoun_speaker_is_described_not_named_by_the_pronoun() -> None:
    doc = quoteattr.attribute("The crowd cheered. “We are back,” they said.")
    speaker = doc.quotes[0].speaker
    assert speaker is not None and speaker.name == "an unnamed group"
    assert speaker.kind is EntityKind.GROUP


def test_described_subject_is_a_pronoun_antecedent() -> None:
    doc = quoteattr.attribute("The mayor arrived late. “No,” he said.")
    speaker = doc.quotes[0].speaker
    assert speaker is not None and speaker.kind is EntityKind.UNNAMED
    assert speaker.name == "The mayor" and speaker.role == "mayor"


# -- explanations and exports -------------------------------------------------------


def test_explain_says_where_the_role_came_from() -> None:
    doc = quoteattr.attribute("“We regret it,” said State Department spokeswoman Ana Silva.")
    speaker = doc.quotes[0].speaker
    assert speaker is not None
    assert explain_role(speaker) == (
        "role “spokeswoman” from the premodifier “State Department spokeswoman” at 21-49; "
        "affiliation “State Department”"
    )
    assert "role “spokeswoman” from the premodifier" in quoteattr.explain(doc)


def test_role_fields_reach_json_brat_and_html() -> None:
    doc = quoteattr.attribute("“No,” said Sen. Ana Silva (D-N.Y.).")
    data = doc.to_dict()
    entity = data["entities"][0]
    assert (entity["role"], entity["title"], entity["affiliation"]) == ("Sen.", "Sen.", "D-N.Y.")
    assert [r["form"] for r in entity["roles"]] == ["title", "apposition"]
    assert quoteattr.Document.from_dict(data) == doc
    assert "title=Sen.; affiliation=D-N.Y.; kind=person" in to_brat(doc)
    page = to_html(doc)
    assert "Title: Sen." in page and "<strong>Ana Silva</strong>, Sen., D-N.Y.:" in page


@given(news_text)
def test_role_phrases_slice_back_and_hold_the_role(text: str) -> None:
    doc = quoteattr.attribute(text)
    for entity in doc.entities:
        spans = [phrase.span for phrase in entity.roles]
        assert spans == sorted(spans)
        for phrase in entity.roles:
            assert phrase.span.slice(doc.text) == phrase.text
        if entity.role is not None:
            assert any(entity.role in phrase.text for phrase in entity.roles)
        if entity.title is not None:
            assert any(entity.title in phrase.text for phrase in entity.roles)


def test_a_document_followed_by_its_named_author_speaks_for_the_author() -> None:
    # The document speaks for its author: a capitalized name at its end after
    # "by" is the speaker, an organization (not a person named Brennan).
    text = "A new study by the Brennan Institute"
    builder = EntityBuilder(text, Vocabulary(Lexicon.default()))
    index, how = builder.resolve(Span(0, len(text)))
    assert index is not None, how
    assert builder.drafts[index].kind is EntityKind.ORGANIZATION, how
    assert builder.drafts[index].name == "Brennan Institute", how
    # A lower-case author, a place after "in", or a day after "by" names nobody.
    for text in ("A new study by the institute", "A poll in Iowa", "An editorial in January"):
        builder = EntityBuilder(text, Vocabulary(Lexicon.default()))
        index, how = builder.resolve(Span(0, len(text)))
        assert index is not None and builder.drafts[index].kind is EntityKind.DOCUMENT, how


@pytest.mark.parametrize(
    "text",
    [
        # Who obtained or reported a text is not its author.
        "“We will strike,” read an email from the union obtained by The Harlow Courier.",
        # A name in another clause after the document.
        "Okafor’s article also attacked Ruiz by accusing him of trying to win a post in "
        "the Lind administration. It said “he wants a job.”",
        "“Turnout fell,” said exit polls from 2008.",
    ],
)
def test_a_document_names_no_author_outside_its_phrase(text: str) -> None:
    doc = quoteattr.attribute(text)
    kinds = {q.speaker.kind for q in doc.quotes if q.speaker is not None}
    assert EntityKind.ORGANIZATION not in kinds, [q.speaker for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "author", "kind"),
    [
        (
            "“Spineless,” reads a Wednesday editorial in The Harlow Courier.",
            "Harlow Courier",
            "ORGANIZATION",
        ),
        (
            "“Coal is declining,” noted a report for Oxfam on energy policies by the "
            "environmental nonprofit Lumen Group.",
            "Lumen Group",
            "ORGANIZATION",
        ),
        ("“The bridge is unsafe,” said a memo by Karen Oduya.", "Karen Oduya", "PERSON"),
        ("A new report from Pew Research said that “most adults agree.”", "Pew Research", None),
        (
            "“Judges vote their views,” said an analysis by Tavi Epstal, a law professor.",
            "Tavi Epstal",
            "PERSON",
        ),
        ("“We will appeal,” said a lawsuit filed by Yulia V. Brandt.", "Yulia V. Brandt", "PERSON"),
    ],
)
def test_a_document_speaks_for_the_author_it_names(text: str, author: str, kind: str) -> None:
    doc = quoteattr.attribute(text)
    speaker = doc.quotes[0].speaker
    assert speaker is not None and speaker.name == author
    if kind is not None:
        assert speaker.kind.name == kind


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Columnist Omar Will renewed his feud on Monday. “No,” Will wrote.", "Omar Will"),
        ("Officials met Renata Long in May. “We are done,” Long said.", "Renata Long"),
    ],
)
def test_a_common_word_after_a_given_name_is_a_surname(text: str, person: str) -> None:
    doc = quoteattr.attribute(text)
    speakers = {q.speaker.name for q in doc.quotes if q.speaker is not None}
    assert person in speakers


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Says Bernadette Will Win.\n\n“It is over,” she said.",
        "Did Carmen May Go? “No,” she said.",
    ],
)
def test_a_common_word_in_title_case_is_no_surname(text: str) -> None:
    names = {entity.name for entity in quoteattr.attribute(text).entities}
    assert not any(name.startswith(("Bernadette ", "Carmen ")) for name in names), names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Tomasz Okoye ran the channel for a decade. Anders Lindqvist owns it.\n\n"
            "Mr. Lindqvist abided by it all, even when it conflicted with his own views. But as"
            " often as not he seemed to be in line with Mr. Okoye, at least based on how he"
            " portrayed himself online -- as a “tax skeptic.”",
            "Anders Lindqvist",
        ),
        (
            "Ruth Adeyemi chairs the board. Marta Kowalczyk joined it in May.\n\n"
            "Ms. Kowalczyk kept quiet for a year. But more often than not she voted with"
            " Ms. Adeyemi, judging by how she described the budget as “a fair deal.”",
            "Marta Kowalczyk",
        ),
    ],
)
def test_a_pronoun_after_one_of_its_gender_keeps_the_subject_before(text: str, person: str) -> None:
    doc = quoteattr.attribute(text)
    speaker = doc.quotes[-1].speaker
    assert speaker is not None and speaker.name == person


def test_a_surname_as_a_modifier_is_no_mention_of_the_person() -> None:
    text = (
        "Anders Lindqvist bought the papers in May. Dora Fenn, a strategist whose agency made"
        " the ads, said its goal was a deal. The Lindqvist papers have been standing in the"
        " way, she said, by creating a “false reality.”"
    )
    doc = quoteattr.attribute(text)
    speaker = doc.quotes[-1].speaker
    assert speaker is not None and speaker.name == "Dora Fenn"


def test_the_speaker_of_a_quotation_is_the_subject_a_later_pronoun_takes() -> None:
    text = (
        "Oskar Lind met Vera Holm on Thursday.\n\n"
        "Rep. Marek Nowak of Ohio said his worry about Lind is that he is “erratic.” Yet"
        " Lind is also a “reformer,” Nowak said. “That is what voters want.”\n\n"
        "“They have every reason to agree,” he said of Lind and Holm."
    )
    doc = quoteattr.attribute(text)
    speaker = doc.quotes[-1].speaker
    assert speaker is not None and speaker.name == "Marek Nowak"


def test_a_predicate_description_is_no_role_phrase_of_an_earlier_holder() -> None:
    text = (
        "Ilse Brandt, a Senate candidate, spoke on Monday. “We will win,” Brandt said.\n\n"
        "In Ohio, Omar Diallo became the first Somali-American candidate to win a primary."
    )
    entities = {e.name: e for e in quoteattr.attribute(text).entities}
    assert [p.text for p in entities["Ilse Brandt"].roles] == ["Senate candidate"]


def test_a_title_word_after_given_names_is_a_surname_for_pronouns() -> None:
    text = (
        "Tennis great Mary Jean King remembered the match as fun. She saw it in 1971.\n\n"
        "“He always whispered in my ear,” she said."
    )
    speaker = quoteattr.attribute(text).quotes[0].speaker
    assert speaker is not None and speaker.name == "Mary Jean King"


def test_a_possessive_surname_is_a_mention_of_the_person_for_pronouns() -> None:
    text = (
        "Sen. Marta Lindqvist finished third in Nevada. Ilse Brandt, an analyst, disagreed"
        " with her plan.\n\n"
        "If we read Lindqvist’s strategy correctly when she says she intends to “win"
        " delegates everywhere,” the race will be long."
    )
    speaker = quoteattr.attribute(text).quotes[-1].speaker
    assert speaker is not None and speaker.name == "Marta Lindqvist"


def test_who_after_a_name_the_pre_pass_missed_is_that_person() -> None:
    text = (
        "Kofi Mensah posted a message. Among the replies was this tweet from"
        " Dana Ruiz who tweeted, “Nobody cares about the email.”"
    )
    speaker = quoteattr.attribute(text).quotes[0].speaker
    assert speaker is not None and speaker.name == "Dana Ruiz"


def test_who_after_a_place_is_not_the_place() -> None:
    text = "Lena Ortiz spoke first. The reply came from voters in New Hampshire who said, “Enough.”"
    speaker = quoteattr.attribute(text).quotes[0].speaker
    assert speaker is None or "Hampshire" not in speaker.name


def test_the_company_is_the_firm_named_last() -> None:
    # "the company" with no organization of that head: the nearest earlier one
    # whose name ends like a firm's.
    text = (
        "The State Department spoke first. Vane Holdings cut 300 jobs on Monday. "
        "“We regret it,” the company said."
    )
    speaker = quoteattr.attribute(text).quotes[0].speaker
    assert speaker is not None and speaker.name == "Vane Holdings"
    # Negative: a government body is no company.
    text = "The State Department cut 300 jobs. “We regret it,” the company said."
    speaker = quoteattr.attribute(text).quotes[0].speaker
    assert speaker is not None and speaker.name == "the company"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Lumen Foundation funds clinics. It would not discuss the case. "
            "“Our work goes on,” the group said.",
            "The Lumen Foundation",
        ),
        (
            "Harbor Tenants Association members met on Monday. The Harbor Tenants "
            "Association said the rent rise was unfair. “We will appeal,” the organization said.",
            "The Harbor Tenants Association",
        ),
        (
            "The Water Department said the pipes were old. “Repairs start soon,” the agency added.",
            "The Water Department",
        ),
    ],
)
def test_the_group_or_the_agency_is_the_body_of_that_kind_named_last(text: str, name: str) -> None:
    speakers = [q.speaker for q in quoteattr.attribute(text).quotes if q.mention is not None]
    last = speakers[-1]
    assert last is not None and last.name.lower() == name.lower()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The bill drew fire from local employers such as Holt Mills, which opposed it. "
            "“We call on others to join us,” the company tweeted.",
            "Holt Mills",
        ),
        (
            "Shoppers left stores run by retailers like Vane Foods. “Sales fell,” the firm said.",
            "Vane Foods",
        ),
        # A list of firms: no one of them is "the company".
        (
            "Employers including Holt Mills and Vane Foods opposed it. "
            "“We call on others to join us,” the company said.",
            "the company",
        ),
        # In another paragraph: too far back.
        (
            "It drew fire from employers such as Holt Mills, which opposed it.\n\n"
            "Nothing changed. “We regret it,” the company said.",
            "the company",
        ),
    ],
)
def test_the_company_is_the_one_firm_named_as_an_example(text: str, name: str) -> None:
    speaker = quoteattr.attribute(text).quotes[-1].speaker
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A company is no association: "the group" is an organization of its own.
        ("Vane Holdings cut 300 jobs. “We regret it,” the group said.", "the group"),
        # A committee is no agency.
        ("The Finance Committee met. “We are done,” the agency said.", "the agency"),
    ],
)
def test_a_body_of_another_kind_is_not_taken(text: str, name: str) -> None:
    speaker = quoteattr.attribute(text).quotes[-1].speaker
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A one-word name that says something and is never a person's: the firm.
        ("Ostrava said it would close two plants. “We regret it,” the company added.", "Ostrava"),
        (
            "Kestrelnet said on Friday that fares would rise. “It is needed,” said Dana Moor, "
            "a spokeswoman. “We have no choice,” the carrier said.",
            "Kestrelnet",
        ),
        ("Aerlinea said flights would resume. “Crews are ready,” the airline said.", "Aerlinea"),
        (
            "Pell Brothers Inc. said it would sell. “The price is fair,” the firm said.",
            "Pell Brothers Inc.",
        ),
        # A publication named before "the newspaper", "the network", "the paper".
        (
            "The Lakeside Herald said the report was sound. “We stand by it,” the newspaper said.",
            "The Lakeside Herald",
        ),
        ("KXTV said it had cut the segment. “It was unfair,” the network said.", "KXTV"),
        # Negatives: a person (a pronoun, a title, a first name), another kind
        # of organization between, a listed institution.
        ("Thornbury said he would cut jobs. “We regret it,” the company said.", "the company"),
        ("Ms. Quill said it was over. “We regret it,” the company said.", "the company"),
        ("Marcus said it was over. “We regret it,” the company said.", "the company"),
        (
            "Ostrava said it would close two plants. The Labor Department said it would look "
            "into it. “We regret it,” the company added.",
            "the company",
        ),
        ("Greenpeace said the plan was bad. “We regret it,” the company said.", "the company"),
        ("Vane Holdings said it was over. “We stand by it,” the newspaper said.", "the newspaper"),
    ],
)
def test_the_company_or_the_newspaper_is_the_name_before(text: str, name: str) -> None:
    speaker = quoteattr.attribute(text).quotes[-1].speaker
    assert speaker is not None and speaker.name == name
    if name[:1].isupper():
        assert speaker.kind is EntityKind.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A firm the text names by a firm's name, never as a speaker.
        (
            "Workers at Tessaline Technologies were told the plant would move. "
            "“It is a hard choice,” the company said in a statement.",
            "Tessaline Technologies",
        ),
        (
            "The rifle was listed on Pawnly.com last week. “We took it down,” the company said.",
            "Pawnly.com",
        ),
        # Negatives: another organization named after it; a name in the
        # description's own clause; a name with no firm's word.
        (
            "Workers at Tessaline Technologies were told the plant would move. The Teamsters "
            "Union called it a betrayal. “It is a hard choice,” the company said.",
            "the company",
        ),
        (
            "The rifle was listed on Pawnly.com last week. Asked about Lena Marsh, the company "
            "said she was “never a customer.”",
            "the company",
        ),
        (
            "Workers at Tessaline were told the plant would move. “It is a hard choice,” the "
            "company said.",
            "the company",
        ),
    ],
)
def test_the_company_is_a_firm_the_text_names_before(text: str, name: str) -> None:
    speaker = quoteattr.attribute(text).quotes[-1].speaker
    assert speaker is not None and speaker.name == name
    assert speaker.kind is EntityKind.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The head before "of" in an organization's name: "the bureau" is it.
        (
            "The Bureau of Fisheries said the stock was low. “It is dire,” the bureau said.",
            "The Bureau of Fisheries",
        ),
        (
            "The Ministry of Labour said talks had failed. “We tried,” the ministry said.",
            "The Ministry of Labour",
        ),
        # Negative: a person of the bureau is no bureau.
        (
            "Pat Lee of the bureau said the stock was low. “It is dire,” the bureau said.",
            "the bureau",
        ),
    ],
)
def test_the_head_before_of_names_the_organization(text: str, name: str) -> None:
    speaker = quoteattr.attribute(text).quotes[-1].speaker
    assert speaker is not None and speaker.name == name


def test_a_firm_name_ending_in_an_abbreviation_is_an_organization() -> None:
    speaker = quoteattr.attribute("Harlow Corp. said it would cut jobs.").quotes[0].speaker
    assert speaker is not None and speaker.kind is EntityKind.ORGANIZATION
    # Negative: a suffix of a person's name keeps the person.
    speaker = quoteattr.attribute("Sen. Dale Orr Jr. said it would pass.").quotes[0].speaker
    assert speaker is not None and speaker.kind is EntityKind.PERSON


def _reported_speaker(text: str) -> tuple[str, EntityKind, str]:
    """The mention, speaker kind and speaker name of the first reported quote."""
    doc = quoteattr.attribute(text)
    quote = next(q for q in doc.quotes if q.speaker is not None and q.mention is not None)
    assert quote.speaker is not None and quote.mention is not None
    return quote.mention.slice(text), quote.speaker.kind, quote.speaker.name


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # A sentence's first word that is a noun of a text or of findings.
        ("Polls suggest that the mayor will win easily.", EntityKind.DOCUMENT, "Polls"),
        ("Studies show that the drug works in children.", EntityKind.DOCUMENT, "Studies"),
        ("Findings indicate that the levee failed first.", EntityKind.DOCUMENT, "Findings"),
        (
            "Surveys of commuters taken at the station found that fares mattered most.",
            EntityKind.DOCUMENT,
            "Surveys of commuters",
        ),
        # A poll named by capitalized words (in a headline or in the text).
        (
            "The Harbor Tribune Poll found that voters were split on the levy.",
            EntityKind.DOCUMENT,
            "Harbor Tribune Poll",
        ),
        # A participle or a relative clause after the head: the document.
        (
            "A Valley Herald survey released Sunday found that most renters were worried.",
            EntityKind.DOCUMENT,
            "Valley Herald survey",
        ),
        (
            "The scant polling that was carried out showed that the race was tied.",
            EntityKind.DOCUMENT,
            "scant polling",
        ),
        ("Recent research suggests that the tax cut paid for itself.", EntityKind.DOCUMENT, ""),
        ("The results showed that turnout had doubled.", EntityKind.DOCUMENT, ""),
        # Plural organizations and plural anonymous sources are groups.
        ("Sources say the talks collapsed on Friday.", EntityKind.GROUP, "Sources"),
        ("Associates said that he had left the country.", EntityKind.GROUP, "Associates"),
        ("Several unions said that the strike would go on.", EntityKind.GROUP, ""),
        ("Gulf sources said the tanker had been seized.", EntityKind.GROUP, ""),
        # A plural source noun before "to" or "close to" and whom it serves.
        ("Aides to Okafor said that the plan would fail.", EntityKind.GROUP, "Aides"),
        (
            "People close to the governor said that the plan would fail.",
            EntityKind.GROUP,
            "People close",
        ),
        # An organization word before "of" and a capitalized name after it.
        (
            "The Office of Fiscal Analysis said that revenue fell.",
            EntityKind.ORGANIZATION,
            "Office of Fiscal Analysis",
        ),
        (
            "The Lakeland Chamber of Commerce said that rents had doubled.",
            EntityKind.ORGANIZATION,
            "Chamber of Commerce",
        ),
    ],
)
def test_typed_sources_of_reported_speech(text: str, kind: EntityKind, name: str) -> None:
    _mention, found, speaker = _reported_speaker(text)
    assert found is kind, (text, found, speaker)
    assert name in speaker


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # A given name that is also a noun of a text stays a person.
        (
            "Bill Ostrow spoke on Monday. Bill said that the plant would close.",
            EntityKind.PERSON,
            "Bill Ostrow",
        ),
        # A surname that looks like a plural organization word is a person.
        (
            "Tamsin Banks leads the panel. Banks said that the plant would close.",
            EntityKind.PERSON,
            "Tamsin Banks",
        ),
        # A person named after the organization and a role word.
        (
            "University of Iowa at Ames professor Ana Ruiz said that the plan would fail.",
            EntityKind.PERSON,
            "Ana Ruiz",
        ),
        (
            "University of Vermont President Omar Haddad said that the plan would fail.",
            EntityKind.PERSON,
            "Omar Haddad",
        ),
        # One adviser is no group: the person after "to" is not the speaker,
        # but neither is a group.
        (
            "Omar Haddad, an adviser to Okafor, said that the plan would fail.",
            EntityKind.PERSON,
            "Omar Haddad",
        ),
        # A surname that is a noun of a text, alone at a sentence's start.
        (
            "Marcy Draft leads the board. Draft said that the plant would close.",
            EntityKind.PERSON,
            "Marcy Draft",
        ),
    ],
)
def test_typed_sources_keep_people(text: str, kind: EntityKind, name: str) -> None:
    _mention, found, speaker = _reported_speaker(text)
    assert (found, speaker) == (kind, name), text


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # The noun phrase before the comma, from its determiner.
        ("The teachers union, which backed the levy, met.", EntityKind.ORGANIZATION, "union"),
        ("Ruiz cited a memo, which warned that costs would rise.", EntityKind.DOCUMENT, "memo"),
        # After a preposition: the phrase that follows it, not the one before.
        (
            "The ruling came on a request by The Harlow Courier, which argued that it mattered.",
            EntityKind.ORGANIZATION,
            "Harlow Courier",
        ),
        (
            "He won a decision from the Ohio Board of Elections, which ruled that he could run.",
            EntityKind.ORGANIZATION,
            "Ohio Board of Elections",
        ),
        # A single unknown capitalized word: an organization, never a person.
        (
            "Employers such as Vantrel, which opposed the bill, wrote letters.",
            EntityKind.ORGANIZATION,
            "Vantrel",
        ),
        # An apposition's organization, not the person it describes.
        (
            "Ana Ruiz, the head of the Lakeland Chamber of Commerce, which opposed it, spoke.",
            EntityKind.ORGANIZATION,
            "Lakeland Chamber of Commerce",
        ),
    ],
)
def test_which_resolves_to_the_phrase_it_follows(text: str, kind: EntityKind, name: str) -> None:
    builder = EntityBuilder(text, Vocabulary(Lexicon.default()))
    at = text.index("which")
    index, how = builder.resolve(Span(at, at + len("which")))
    assert index is not None, how
    draft = builder.drafts[index]
    assert draft.kind is kind, how
    assert name in draft.name and "which" not in draft.name, how


def test_an_organization_source_is_named_without_its_relative_clause() -> None:
    text = "The Harlow Tenants League, which backed Ruiz, said that rents would rise."
    doc = quoteattr.attribute(text)
    speakers = [q.speaker for q in doc.quotes if q.speaker is not None]
    assert speakers, doc.quotes
    assert speakers[0].kind is EntityKind.ORGANIZATION
    assert speakers[0].name == "The Harlow Tenants League"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        # The head is the noun before a relative clause, not a name inside it.
        ("several sources who have seen the letter", "group"),
        ("the man who knew Ana Ruiz", "nominal"),
        ("the agency which hired Omar Haddad", "organization"),
        # Negative: a name before "who" stays a name.
        ("Ana Ruiz, who knew the man", "name"),
    ],
)
def test_a_relative_clause_is_no_part_of_the_head(phrase: str, kind: str) -> None:
    vocab = Vocabulary(Lexicon.default())
    assert vocab.kind_of(phrase, tokens_in(phrase, 0, len(phrase))).value == kind


def test_who_with_no_antecedent_is_one_unnamed_speaker() -> None:
    text = "who said the plan would fail."
    builder = EntityBuilder(text, Vocabulary(Lexicon.default()))
    index, how = builder.resolve(Span(0, 3))
    assert index is not None, how
    assert builder.drafts[index].kind is EntityKind.UNNAMED, how


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # A titled or given-named owner before a possessive inside a
        # capitalized run is a person, found by a later pronoun.
        (
            "As Rep. Ana Ruiz’s Senate campaign faltered, she said that the race was over.",
            EntityKind.PERSON,
            "Ana Ruiz",
        ),
        # Negative: an organization's possessive stays the organization.
        (
            "The Harlow Tenants League’s Board said that rents would rise.",
            EntityKind.ORGANIZATION,
            "Harlow Tenants League",
        ),
    ],
)
def test_a_person_owning_an_organization_name(text: str, kind: EntityKind, name: str) -> None:
    _mention, found, speaker = _reported_speaker(text)
    assert found is kind and name in speaker, (found, speaker)
