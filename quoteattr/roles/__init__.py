"""Role phrases: what the text says a person is, read around a personal name.

This module owns the reading of role phrases. Given the tokens around one
mention of a person's name, :class:`RoleReader` finds every construction that
gives the person a role, a title of office or an affiliation:

* a title of office before the name (``Sen. Lindsey Graham``, ``Lt. Gen.
  Michael Flynn``, ``Attorney General Loretta Lynch``); a courtesy title
  (``Mr.``, ``Dr.``) is no role;
* a premodifier, a bare noun phrase before the name (``State Department
  spokeswoman Heather Nauert``, ``9/11 widow Kristen Breitweiser``,
  ``Republican presidential nominee Donald Trump``), with a possessor read as
  the affiliation (``Clinton’s campaign chairman John Podesta``);
* an apposition after the name (``Jane Roe, a political scientist at Rice
  University,``; ``Nauert, the department’s spokeswoman``) or before it
  (``The company’s chief executive, Jane Roe,``), set off by commas or dashes;
* a fronted ``as`` phrase that opens the name's clause (``As a CNN political
  correspondent, Jane Roe ...``; ``As mayor, Jane Roe ...``);
* a possessive name with ``role as`` (``Murdoch’s new role as the interim
  chief of Fox News``; ``her tenure as secretary of state``);
* a relative clause (``Jane Roe, who heads the Center for ...``; ``who is the
  party’s treasurer``);
* a party-and-state tag (``Rep. Trey Gowdy (R-S.C.)``, ``Sen. Rand Paul,
  R-Ky.,``) and a place or body after ``of`` (``Rep. Tom Cole of Oklahoma``),
  read as affiliations, not roles;
* the words of a description that names nobody (``the New Jersey governor``).

Every reading keeps the span it came from (:class:`~quoteattr.model.RolePhrase`),
so the choice made by :func:`choose_role` can be explained. A noun beside a name
is a role only when it heads the phrase and is a role noun of the lexicon; nouns
that tell how a person stands to someone else (``rival``, ``friend``) give no
role. A party noun (``Democrat Jane Roe``, ``a Republican from Ohio``) is the
person's affiliation, and the role only when the text gives no other.
"""

from quoteattr.roles.reader import RoleReader
from quoteattr.roles.reading import RoleReading, choose_role, role_key
from quoteattr.roles.words import TITLE_NOUNS

__all__ = ["TITLE_NOUNS", "RoleReader", "RoleReading", "choose_role", "role_key"]
