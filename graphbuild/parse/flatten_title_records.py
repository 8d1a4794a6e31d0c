"""A flattened page's item line that runs its title on into the item's record ("3. Tilrettelæggelse af
informationsmøde den 26.11.23 Dagsorden blev gennemgået.", "1. Valg af referent Preben blev valgt som referent.",
"1. Godkendelse af dagsordenen Godkendt"): the title ends where the record begins, so the record is the item's text
and its decision is read as the unflattened line's is.

A record begins at a verdict printed capitalised ("Godkendt", "Udskudt", "Taget til efterretning"), or at a
capitalised word that opens a clause with a finite verb or a participle of record within a few words ("Preben blev
valgt", "Der tilføjes punkt 4 a", "Jørgen valgt som referent"), after a word that can end a title: a lower-case
word that binds nothing after it, a number or a date, a sentence's full stop or a comma, or an agenda's standing
item alone ("Konstituering Når det er afgjort, …", "Eventuelt Miljø, herunder støj og trafik blev debatteret"). After
a bracket that closes the title ("Klage fra borger ifm. bisættelse (Kurt Damsted) Menighedsrådet besvarer klagen.",
"Dialogmøder for menighedsråd (d. 7.6.2022) Claus Bagge informerede om …") the record's verb may be any finite one, a
present's "-er" or a past's "-ede"; never a bracket that opens the title ("(Lukket) Salg af arealer"), a title going on
after its bracket in lower case ("(vedhæftet) og budget for 2020 …") nor a capitalised word with no verb after it.
Never after a binding word or a capitalised name's first word ("Henvendelse fra Søren Jensen, der har …"), a
heading's colon (the minutes after "Elevråd:" are read as a heading's sentence), nor a clause opened in lower case
("Ansøgning om tilskud, der vedrører …")."""

from __future__ import annotations

import re

from graphbuild.parse.item_lines import STANDING_ITEM

# Words a title does not end on: a capitalised word after them is the title's own ("Ansøgning fra Ulvshale …")
_BINDING = {
    "af", "for", "i", "til", "om", "med", "på", "fra", "ved", "v.", "og", "samt", "eller", "mellem", "den", "det",
    "de", "en", "et", "vedr.", "vedrørende", "under", "over", "efter", "mod", "hos", "-", "–", "&",
    # a subordinating conjunction: the capitalised word after it opens its clause inside the title ("Ny formand for
    # netværket da Jette Frandsen Pedersen har fået nyt job")
    "da", "når", "hvis", "som", "der", "at", "fordi", "men", "så", "mens", "idet",
}  # fmt: skip
# A verdict printed capitalised after the title: the record whole
_VERDICT = re.compile(
    r"(?:Godkendt|Godkendes|Udskudt|Udsat|Vedtaget|Taget til efterretning|Til efterretning|Drøftet)(?=$|[\s.,;])"
)
# A clause's opening word, capitalised: a subject or a sentence's first word
_OPENER = re.compile(r"[A-ZÆØÅ][a-zæøå]+(?:-[a-zæøå]+)?,?")
# A finite verb of the record or a participle of one ("blev", "er", "tilføjes", "aftales", "valgt", "gennemgået"),
# in lower case (a capitalised "Perles" or "Farvandes" is a name's genitive)
_RECORD_VERB = re.compile(
    r"(?:er|var|blev|bliver|vil|skal|har|havde|kan|kunne|vedtog|besluttede|aftalte|forventer|gennemgik|fik|gav"
    r"|[a-zæøå]{3,}(?:des|tes|les|ges|res|jes)"
    r"|valgt|godkendt|gennemgået|debatteret|drøftet|besluttet|vedtaget|udsat|udskudt|aftalt|konstitueret)[.,]?"
)
# A passive present capitalised as the record's first word, then what it is done by or when ("Aftales efter den
# ekstraordinære generalforsamling"); a name's genitive before a noun ("Farvandes gensidige Forsikring") none
_CAPITAL_PASSIVE = re.compile(r"[A-ZÆØÅ][a-zæøå]{2,}(?:des|tes|les|ges|res|jes)")
_AFTER_PASSIVE = {"efter", "af", "på", "til", "i", "med", "senere", "ikke", "igen"}
# After a title's closing bracket the record's verb may be any finite one, a present's "-er" or a past's "-ede" ("…
# (Kurt Damsted) Menighedsrådet besvarer klagen", "… (d. 7.6.2022) Claus Bagge informerede om …")
_FINITE_VERB = re.compile(r"[a-zæøå]{3,}(?:er|ede)[.,]?")
_NUMBER_OR_DATE = re.compile(r"\d[\d.\-/]*")
_LOWER_WORD = re.compile(r"[a-zæøå][a-zæøå\-]+")
_WINDOW = 5  # the words after the opener its verb may stand among ("Miljø, herunder støj og trafik blev")


def _ends_title(words: list[str], k: int) -> bool:
    """Whether the title can end before ``words[k]``: after a word that binds nothing after it."""
    before = words[k - 1]
    if before.endswith(":") or before.lower() in _BINDING:
        return False
    if before.endswith((".", ",")) and len(before) > 2:
        return True  # a sentence's full stop or a comma ("Høringssvar. Der var …", "dagsorden, Dagsordenen blev …")
    if _NUMBER_OR_DATE.fullmatch(before) or _LOWER_WORD.fullmatch(before):
        return True
    # an agenda's standing item alone before it ("Konstituering Når …", "Økonomi Til efterretning")
    return k == 1 and STANDING_ITEM.match(before) is not None


def _opens_record(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` opens the item's record: a verdict, or a capitalised word with a record's verb in its
    clause (the clause ending at a full stop or a colon)."""
    rest = " ".join(words[k:])
    if _VERDICT.match(rest):
        return True
    if not _OPENER.fullmatch(words[k]):
        return False
    if _question(words, k):
        return False  # "Ny hjemmeside, Hvor langt er vi?": the agenda's question, no record
    if _CAPITAL_PASSIVE.fullmatch(words[k]) and (k + 1 == len(words) or words[k + 1] in _AFTER_PASSIVE):
        return True  # the verb itself capitalised: "Aftales efter den ekstraordinære generalforsamling"
    for word in words[k + 1 : k + 1 + _WINDOW]:
        if _RECORD_VERB.fullmatch(word):
            return True
        if word.endswith((".", ":", "?")):
            return False
    return False


def _question(words: list[str], k: int) -> bool:
    """Whether the clause ``words[k]`` opens ends in a question mark."""
    for word in words[k:]:
        if word.endswith("?"):
            return True
        if word.endswith((".", ":")):
            return False
    return False


def _after_bracket(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` opens the record after a bracket that closes the title: the bracket opened after the
    title's first word ("Klage fra borger ifm. bisættelse (Kurt Damsted)", "Økonomi orientering (Jette)"), a
    capitalised word after it with a finite verb in its clause ("Menighedsrådet besvarer klagen")."""
    if not words[k - 1].endswith(")") or not any("(" in word for word in words[1:k]):
        return False
    if not _OPENER.fullmatch(words[k]) or _question(words, k):
        return False
    for word in words[k + 1 : k + 1 + _WINDOW]:
        if _RECORD_VERB.fullmatch(word) or _FINITE_VERB.fullmatch(word):
            return True
        if word.endswith((".", ":", "?")):
            return False
    return False


def record_cut(title: str) -> str:
    """``title`` of a flattened item line up to where the item's record begins, or as it is when none does."""
    words = title.split()
    for k in range(1, len(words)):
        if (_ends_title(words, k) and _opens_record(words, k)) or _after_bracket(words, k):
            return " ".join(words[:k]).rstrip(" ,.")
    return title
