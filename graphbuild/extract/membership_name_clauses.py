"""The clause of a statute or a contract naming the body it is of, which its later clauses refer back to ("§ 1
Selskabets navn er Vestaffald A/S.", 'Interessentskabets navn er ” Nomi4S i/s”', "Selskabet navn er Mad til hver DAG
I/S."), one definition for its two readers:

- ``statute_names`` (the networks a text defines, membership_network_forms): a statute's clause in the genitive
  ("Foreningens navn er …"), its name the run of capitalised words and company forms right after "er", since the
  sentence goes on after it ("Foreningens navn er Landsforeningen Ældre Sagen. Foreningen er stiftet …");
- ``contract_name`` (the body a contract's parties clause is of, membership_agreement_parties): the first clause of
  a contract's own body, its name up to its quote, its sentence's end or its line's end, lower-case words and all.

Never a clause whose verb is in another tense ("Foreningens navn er ændret")."""

from __future__ import annotations

import re

# the bodies a statute or a contract names so: "Interessentskabets", "Selskabet" (a draft's misprint of the genitive)
_STATUTE_BODIES = "Interessentskabet|Selskabet|Foreningen|Fællesskabet|Samarbejdet|Partnerskabet|Netværket|"
_STATUTE_BODIES += "Sammenslutningen|Organisationen"
_CONTRACT_BODIES = ("Selskabet", "Interessentskabet", "Fællesskabet")
# the clause up to where its name begins, a colon or an opening quote between (its blank runs possessive: two read
# side by side after "navn er" made a run of 20,000 blanks take 1.8-4 s)
NAME_CLAUSE = re.compile(
    rf"(?<![\wæøå-])(?P<body>{_STATUTE_BODIES})(?P<genitive>s)?[ \t]++navn[ \t]++er(?P<colon>:)?"
    r"(?P<blank>[ \t]*+)(?P<quote>[\"“”„«][ \t]*+)?"
)
# a statute's name: the run of capitalised words, an I/S before it, a company form, "og" or "for" between its words
STATUTE_NAME = re.compile(
    r"(?:I/S[ \t]+)?[A-ZÆØÅ][\wæøåÆØÅ&/-]*(?:[ \t]+(?:I/S|A/S|P/S|a\.m\.b\.a\.|[A-ZÆØÅ\d][\wæøåÆØÅ&/-]*|"
    r"og(?=[ \t]+[A-ZÆØÅ])|for(?=[ \t]+[A-ZÆØÅ]))(?![\w/])){0,5}"
)
# a contract's name: up to its quote, its sentence's end or its line's end
CONTRACT_NAME = re.compile(r"[A-ZÆØÅ0-9][^\n\"“”„«»]{1,60}?(?=[ \t]*+(?:[\"“”»]|\.(?=\s|$)|\n|$))")


def statute_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the body each statute's name clause names, its blanks made single."""
    out: list[tuple[int, int, str]] = []
    if "navn er" not in text:
        return out
    for clause in NAME_CLAUSE.finditer(text):
        if clause["genitive"] is None or clause["colon"] or clause["quote"] or not clause["blank"]:
            continue
        name = STATUTE_NAME.match(text, clause.end())
        if name is not None:
            out.append((name.start(), name.end(), " ".join(name.group().split())))
    return out


def contract_name(text: str) -> str | None:
    """The name the first name clause of a contract's own body gives ("Interessentskabets navn er ” Nomi4S i/s”")."""
    if " navn " not in text:
        return None
    for clause in NAME_CLAUSE.finditer(text):
        if clause["body"] in _CONTRACT_BODIES:
            name = CONTRACT_NAME.match(text, clause.end())
            if name is not None:
                return name.group().strip()
    return None
