"""Roles in the forms news gives them: titles, premodifiers, possessives,
appositions before and after the name, relative clauses, copulas, roles with
numbers or symbols, and a role given to the surname later; one sentence each,
with names and words of its own."""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr.model import QuoteKind

# (text, speaker, a word the role must hold)
FORMS = [
    (
        "“We will not wait,” State Department spokeswoman Tamsin Hale said.",
        "Tamsin Hale",
        "spokeswoman",
    ),
    (
        "“We will not wait,” said Sen. Dario Moretti.",
        "Dario Moretti",
        "Sen.",
    ),
    (
        "“We will not wait,” said Lt. Gen. Ama Boateng, the commander of the force.",
        "Ama Boateng",
        "Lt. Gen.",
    ),
    (
        "Tamsin Hale, a political scientist at Halvard University, said: “We will not wait.”",
        "Tamsin Hale",
        "political scientist",
    ),
    (
        "The company's chief executive, Ravi Menon, said: “We will not wait.”",
        "Ravi Menon",
        "chief executive",
    ),
    (
        "Ravi Menon, who heads the Center for Fiscal Policy, said: “We will not wait.”",
        "Ravi Menon",
        "heads",
    ),
    (
        "“We will not wait,” said Clinton's campaign chairman Ravi Menon.",
        "Ravi Menon",
        "campaign chairman",
    ),
    (
        "“We will not wait,” said 9/11 widow Ruth Adler.",
        "Ruth Adler",
        "widow",
    ),
    (
        "“We will not wait,” said AT&T spokesman Ravi Menon.",
        "Ravi Menon",
        "spokesman",
    ),
    (
        "Ravi Menon spoke on Monday. Menon, the department's spokesman, said: “We will not wait.”",
        "Ravi Menon",
        "spokesman",
    ),
    (
        "“We will not wait,” Republican presidential nominee Dana Whitlock said.",
        "Dana Whitlock",
        "presidential nominee",
    ),
    (
        "“We will not wait,” said Attorney General Ana Ruiz.",
        "Ana Ruiz",
        "Attorney General",
    ),
    (
        "“We will not wait,” said Gov. Ana Ruiz (D-N.M.).",
        "Ana Ruiz",
        "Gov.",
    ),
    (
        "“We will not wait,” said Ana Ruiz, the former mayor of Tucson.",
        "Ana Ruiz",
        "mayor",
    ),
    (
        "“We will not wait,” said former Tucson mayor Ana Ruiz.",
        "Ana Ruiz",
        "mayor",
    ),
    (
        "“We will not wait,” said Ana Ruiz, 54, a retired teacher from Tucson.",
        "Ana Ruiz",
        "teacher",
    ),
    (
        "“We will not wait,” said Ana Ruiz, president of the Tucson Teachers Union.",
        "Ana Ruiz",
        "president",
    ),
    (
        "“We will not wait,” said Ana Ruiz, an economist with the Tax Foundation.",
        "Ana Ruiz",
        "economist",
    ),
    (
        "“We will not wait,” said union leader Ana Ruiz.",
        "Ana Ruiz",
        "union leader",
    ),
    (
        "“We will not wait,” said Dr. Ana Ruiz, a cardiologist.",
        "Ana Ruiz",
        "cardiologist",
    ),
    (
        "“We will not wait,” said Ana Ruiz, the chief executive of Holt Industries.",
        "Ana Ruiz",
        "chief executive",
    ),
    (
        "“We will not wait,” said Ana Ruiz, who chairs the finance committee.",
        "Ana Ruiz",
        "chairs",
    ),
    (
        "“We will not wait,” said Ana Ruiz, a spokeswoman for the governor.",
        "Ana Ruiz",
        "spokeswoman",
    ),
    (
        "Ana Ruiz is the city's budget director. “We will not wait,” Ruiz said.",
        "Ana Ruiz",
        "budget director",
    ),
    (
        "“We will not wait,” said Rep. Ana Ruiz, a Democrat from Ohio.",
        "Ana Ruiz",
        "Rep.",
    ),
    (
        "“We will not wait,” said Ana Ruiz, the senior vice president for policy at Holt.",
        "Ana Ruiz",
        "vice president",
    ),
    (
        "“We will not wait,” said Holt Industries CEO Ana Ruiz.",
        "Ana Ruiz",
        "CEO",
    ),
    (
        "“We will not wait,” said Ana Ruiz, a professor of law at Halvard.",
        "Ana Ruiz",
        "professor",
    ),
    (
        "“We will not wait,” said Ana Ruiz, the mother of two victims.",
        "Ana Ruiz",
        "mother",
    ),
    (
        "“We will not wait,” said Army Sgt. Ana Ruiz.",
        "Ana Ruiz",
        "Sgt.",
    ),
    (
        "As chair of the committee, Ana Ruiz said: “We will not wait.”",
        "Ana Ruiz",
        "chair",
    ),
    (
        "“We will not wait,” Ana Ruiz, the panel's chairwoman, told reporters.",
        "Ana Ruiz",
        "chairwoman",
    ),
    (
        "Ana Ruiz, a veteran Republican strategist, said: “We will not wait.”",
        "Ana Ruiz",
        "strategist",
    ),
    (
        "“We will not wait,” Judge Ana Ruiz wrote.",
        "Ana Ruiz",
        "Judge",
    ),
    (
        "“We will not wait,” said Ana Ruiz, deputy director of the agency.",
        "Ana Ruiz",
        "deputy director",
    ),
    (
        "“We will not wait,” said tennis great Ana Ruiz.",
        "Ana Ruiz",
        "great",
    ),
    (
        "Boxing legend Ana Ruiz spoke on Monday. “We will not wait,” she said.",
        "Ana Ruiz",
        "legend",
    ),
    (
        "“We will not wait,” said jazz singer Ana Ruiz.",
        "Ana Ruiz",
        "singer",
    ),
    (
        "“We will not wait,” said Speaker of the House Ana Ruiz.",
        "Ana Ruiz",
        "Speaker",
    ),
    (
        "“We will not wait,” said Secretary of State Ana Ruiz.",
        "Ana Ruiz",
        "Secretary of State",
    ),
    (
        "“We will not wait,” said Ana Ruiz, who served as ambassador to Chile.",
        "Ana Ruiz",
        "ambassador",
    ),
    (
        "“We will not wait,” said acting director Ana Ruiz.",
        "Ana Ruiz",
        "director",
    ),
    (
        "“We will not wait,” said Ana Ruiz, co-founder of the group.",
        "Ana Ruiz",
        "co-founder",
    ),
    (
        "“We will not wait,” said Labour MP Ana Ruiz.",
        "Ana Ruiz",
        "MP",
    ),
    (
        "“We will not wait,” said Chief Justice Ana Ruiz.",
        "Ana Ruiz",
        "Chief Justice",
    ),
    (
        "“We will not wait,” said Ana Ruiz, the company's chief financial officer.",
        "Ana Ruiz",
        "chief financial officer",
    ),
    (
        "“We will not wait,” said Ana Ruiz, a spokeswoman for the Pentagon.",
        "Ana Ruiz",
        "spokeswoman",
    ),
    (
        "“We will not wait,” said Ana Ruiz, the No. 2 Democrat in the Senate.",
        "Ana Ruiz",
        "Democrat",
    ),
    (
        "“We will not wait,” said Ana Ruiz, a former aide to Gov. Dale Hart.",
        "Ana Ruiz",
        "aide",
    ),
    (
        "Ana Ruiz, who is running for governor, said: “We will not wait.”",
        "Ana Ruiz",
        "running for governor",
    ),
    (
        "“We will not wait,” said Ana Ruiz, a Republican candidate for the Senate.",
        "Ana Ruiz",
        "candidate",
    ),
    (
        "“We will not wait,” said Ana Ruiz, an Ohio State University economist.",
        "Ana Ruiz",
        "economist",
    ),
    (
        "“We will not wait,” said Sen. Ana Ruiz (D-Mass.), the panel's top Democrat.",
        "Ana Ruiz",
        "Sen.",
    ),
    (
        "“We will not wait,” said Ana Ruiz, the lead plaintiff in the case.",
        "Ana Ruiz",
        "plaintiff",
    ),
    (
        "“We will not wait,” Ruiz, a Democrat, said. Ana Ruiz is the city's treasurer.",
        "Ana Ruiz",
        "treasurer",
    ),
    (
        "“We will not wait,” said Ana Ruiz, a 9/11 first responder.",
        "Ana Ruiz",
        "first responder",
    ),
    (
        "Mayor-elect Ana Ruiz said: “We will not wait.”",
        "Ana Ruiz",
        "Mayor-elect",
    ),
    (
        "“We will not wait,” said Ana Ruiz, president and chief executive of Holt.",
        "Ana Ruiz",
        "president",
    ),
    (
        "“We will not wait,” said the Rev. Ana Ruiz, pastor of Grace Church.",
        "Ana Ruiz",
        "pastor",
    ),
    (
        "Ana Ruiz, the top Republican on the House Judiciary Committee, said: “We will not wait.”",
        "Ana Ruiz",
        "top Republican",
    ),
    # A rank before a party noun, before the name and in an apposition.
    (
        "“We will not wait,” said No. 3 House Republican Omar Haddad.",
        "Omar Haddad",
        "No. 3 House Republican",
    ),
    (
        "The No. 2 Democrat in the Assembly, Lena Marsh, said: “We will not wait.”",
        "Lena Marsh",
        "No. 2 Democrat",
    ),
    (
        "The chamber's third-ranking Republican, Omar Haddad, said: “We will not wait.”",
        "Omar Haddad",
        "third-ranking Republican",
    ),
    (
        "The top Democrat on the panel, Lena Marsh, said: “We will not wait.”",
        "Lena Marsh",
        "top Democrat",
    ),
]


def _speaker(text: str) -> quoteattr.Entity | None:
    doc = quoteattr.attribute(text)
    marked = [q for q in doc.quotes if q.kind is not QuoteKind.INDIRECT] or list(doc.quotes)
    return marked[0].speaker


@pytest.mark.parametrize(("text", "name", "role"), FORMS)
def test_the_role_the_article_gives(text: str, name: str, role: str) -> None:
    speaker = _speaker(text)
    assert speaker is not None and speaker.name == name
    assert speaker.role is not None and role.lower().rstrip(".") in speaker.role.lower()


def test_running_for_an_office() -> None:
    # A candidacy is the role the article gives: running for an office.
    speaker = _speaker("“We will not wait,” said Ana Ruiz, who is running for governor.")
    assert speaker is not None and speaker.role == "running for governor"
    speaker = _speaker("“We will not wait,” said Ana Ruiz, who ran for the Senate in 2012.")
    assert speaker is not None and speaker.role == "ran for the Senate"


@pytest.mark.parametrize(
    "text",
    [
        # Negatives: running for no office gives no role.
        "“We will not wait,” said Ana Ruiz, who was running for cover.",
        "“We will not wait,” said Ana Ruiz, who is running for her life.",
    ],
)
def test_running_for_no_office(text: str) -> None:
    speaker = _speaker(text)
    assert speaker is not None and speaker.name == "Ana Ruiz" and speaker.role is None


def test_a_party_noun_on_a_time_gives_no_seat() -> None:
    # Negative: "on" before a day is when, not a seat on a body.
    speaker = _speaker("Ana Ruiz, a Democrat on Tuesday, said: “We will not wait.”")
    assert speaker is not None and speaker.name == "Ana Ruiz"
    assert "Tuesday" not in (speaker.role or "")


@pytest.mark.parametrize(
    "text",
    [
        # Negatives: a party noun in a clause before the name, and a possessed
        # party noun with no rank, give no role.
        "After Democrats in the Assembly met, Lena Marsh said: “We will not wait.”",
        "A Democrat since 1990, Lena Marsh said: “We will not wait.”",
        "Haddad's Republican, Lena Marsh, said: “We will not wait.”",
    ],
)
def test_a_party_noun_without_a_rank_or_seat_gives_no_role(text: str) -> None:
    speaker = _speaker(text)
    assert speaker is not None and speaker.name == "Lena Marsh"
    assert speaker.role is None
