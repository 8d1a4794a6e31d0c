"""A title said after a name (read by `roles`): "Anne Holm, Struer Kommune, er formand for DASSOS", "Per Bach
Laursen, borgmester i Vesthimmerland Kommune, bliver ny formand for …", "Ib Lauritsen (V), der er borgmester i
Ikast-Brande", "Fra den 1. august 2019 er NAME kommunaldirektør i Fredericia Kommune" (the verb before the name),
a second title joined by "og" or a comma, a body no list knows named right after the title ("NAME, direktør for
Wonderful Copenhagen"), a network the text is about ("…, der har været formand for samarbejdet"); with the dates
the clause gives. An island municipality's title takes "på": "Frank Jensen, borgmester på Fanø"."""

from __future__ import annotations

import re
from collections.abc import Callable

from graphbuild.extract.membership_network_forms import BACK_REFERENCE
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_clauses import clause_end, dates_of
from graphbuild.extract.role_denials import not_yet
from graphbuild.extract.role_department_names import department_name
from graphbuild.extract.role_facts import Target
from graphbuild.extract.role_lower_bodies import lower_case_body_at
from graphbuild.extract.role_patterns import (
    BOARD_ROLES,
    COMMA_AFFILIATION,
    COMPANY,
    LOWER_WORDS,
    ROLE_WORDS,
    role_of_word,
)
from graphbuild.extract.role_sentence import Sentence, in_apposition
from graphbuild.vocab import ids
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.sentence_abbreviations import split_sentences
from graphbuild.vocab.text_patterns import capitalised_run

AFTER_IS = re.compile(
    rf"^(?:\s*\([^)]{{1,40}}\))?(?:\s+fra\s+{capitalised_run('?', across_lines=True)})?"
    # … the comma closing the name's apposition: "Bestyrelsesformand i Danfoss, Jørgen M. Clausen, er formand for X"
    rf"{COMMA_AFFILIATION}(?P<closing>[ \t]*,)?\s+"
    # … staying in the post: "NAME fortsætter som formand for X", "NAME forbliver også som formand for X"
    r"(?:er|bliver|blev|er\s+blevet|har\s+været|var|fortsætter\s+som|forbliver(?:\s+(?:også\s+)?som)?)\s+"
    r"(?:(?:også|nu|fortsat)\s+)?"
    rf"(?:(?:den\s+)?(?:nye?|nyvalgte|afgående|konstitueret|fungerende)\s+)?(?P<role>{ROLE_WORDS})\s+"
    r"(?:for|i|ved|af|hos|på)\s+",
    re.IGNORECASE,
)
# the verb before the name, the title bare after it: "Fra den 1. august er Michael Holst kommunaldirektør i
# Fredericia Kommune", "Nu bliver Jens Hansen ny formand for X"
SENTENCE_END = re.compile(r"(?<![0-9])[.!?]\s+")
INVERTED_VERBS = (" er", " bliver", " blev", "\ner")
INVERTED_IS = re.compile(
    rf"^(?:\s*\([^)]{{1,40}}\))?\s+(?:(?:nu|fortsat|også)\s+)?(?:(?:den\s+)?(?:nye?|nyvalgte|konstitueret|fungerende)\s+)?"
    rf"(?P<role>{ROLE_WORDS})\s+(?:for|i|ved|hos|på)\s+",
    re.IGNORECASE,
)
# a relative clause: "Ib Lauritsen (V), der er borgmester i Ikast-Brande, …", "…, der tidligere har været borgmester i
# Albertslund," (a post held before, as "der har været" says it)
RELATIVE = re.compile(
    r"^(?:\s*\([^)]{1,40}\))?\s*,\s*(?:der|som)\s+(?:(?:tillige|også|desuden|samtidig|tidligere)\s+)?"
    r"(?:er|var|har\s+været|fortsat\s+er|bliver|blev)\s+(?:(?:tillige|også|desuden|samtidig|fortsat|nu|ny)\s+)?"
    rf"(?P<role>{ROLE_WORDS})\s+(?:i|for|ved|hos|på)\s+",
    re.IGNORECASE,
)
# a second title joined to the first by "og" or "samt": "…, formand for Greater Copenhagen siden årsskiftet og
# regionsrådsformand i …", "NAME, næstformand i Movia samt borgmester i Sorø Kommune"
# (the words before "og" end on a character that is no white space, "(?:[^,.;:\n]{0,59}?[^\s,.;:\n])??", and each run
# of white space is read once, "\s++": as "[^,.;:\n]{0,60}?\s+og", every blank of a line of blanks was tried as the
# words' end and the run read again from it, 60 times the window; the same matches, as a run that is followed by "og"
# from inside is followed by it from its first character, and "og" and the title open with no white space)
AND_TITLE = re.compile(
    rf"(?:[^,.;:\n]{{0,59}}?[^\s,.;:\n])??\s++(?:og|samt)\s++(?P<role>{ROLE_WORDS})\s++(?:i|for|ved|hos|på)\s+",
    re.IGNORECASE,
)
# … or the first post none: an apposition of another kind, "Michael Thinggaard, indehaver af Hotel Thinggaard i
# Hurup og næstformand i Thy Turistforening", or the name's clause, "NAME valgt som næstformand og er formand for X"
AND_TITLE_AFTER = re.compile(
    r"^(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*(?-i:[a-zæøå])[^,.;:()\n]{0,60}?[ \t]+og|"
    r"[ \t]+(?-i:[a-zæøå])[^,.;:()\n]{0,60}?[ \t]+og[ \t]+(?:er|var))"
    rf"[ \t]+(?P<role>{ROLE_WORDS})[ \t]+(?:i|for|ved|hos|på)[ \t]+",
    re.IGNORECASE,
)
# a second title opening among the lower-case words after the first's preposition, which the body's name does not
# run on past: "… 2. næstformand i bestyrelsen og byrådsmedlem i Lolland Kommune"
SECOND_TITLE = re.compile(rf"[ \t]+(?:og|samt)[ \t]+(?:{ROLE_WORDS})[ \t]+(?:i|for|ved|hos|på)[ \t]", re.IGNORECASE)
# a second title after a comma: "Torsten Nielsen (C), Borgmester i Viborg Kommune, Formand for Beredskabskommissionen"
COMMA_TITLE = re.compile(rf"[ \t]*,[ \t]*(?P<role>{ROLE_WORDS})\s+(?:i|for|ved|hos|på)\s+", re.IGNORECASE)
# each run of white space read once ("\s*+", "\s++"): what follows each run opens with no white space ("(", ",", a
# dash, a word), so a run is never given back; as "\s*,?\s*\(" every split of a run of blanks before no bracket was
# tried, the window's length squared
APPOSITION = re.compile(
    r"^(?:\s*+,?\s*+\([^)]{1,40}\))?(?:\s*+,|[ \t]++[-–](?=[ \t]))\s*+"
    r"(?:(?:nyvalgte?|nyudnævnte?|afgående|kommende|konstitueret|fungerende|tidligere|forhenværende|daværende|"
    r"tidl\.)\s++)?"
    rf"(?:(?P<first>{ROLE_WORDS})\s++og\s++)?(?P<role>{ROLE_WORDS})\s++(?:i|for|ved|hos|på|fra)\s+",
    re.IGNORECASE,
)  # "• Kirsten Jensen, bestyrelsesformand og borgmester i Hillerød (A)": the chair's is the list's board's; after a
# dash as lists print it: "Jan Ferdinandsen - formand for Teknisk Udvalg"; two posts in one workplace, which a guest
# comes from: "Lars Holm, skoleleder og udviklingskonsulent fra AOF"; a former post, a row like a post held (README's
# roles rule 1): "Lene Kjelgaard Jensen (K), forhenværende borgmester i Thisted Kommune"


def title_after_name(s: Sentence, p: PersonMention) -> None:
    """ "NAME, Struer Kommune, er formand for DASSOS"; "NAME, borgmester i Vesthimmerland Kommune";
    "NAME (V), der er borgmester i Ikast-Brande"; a second title joined by "og"; a body no list knows,
    named right after: "NAME, direktør for Wonderful Copenhagen"."""
    text, hi, people, orgs = s.text, s.hi, s.here, s.orgs
    if not s.may_name_a_title(p.end, min(hi, p.end + 160)):
        return  # every pattern below matches in that window and holds a title there
    window = text[p.end : min(hi, p.end + 160)]
    ends: list[int] = []
    lead = ""
    for pattern in (APPOSITION, RELATIVE, AFTER_IS, INVERTED_IS, AND_TITLE, COMMA_TITLE, AND_TITLE_AFTER):
        if pattern is INVERTED_IS:
            if ends or not text[max(0, p.start - 8) : p.start].rstrip().endswith(INVERTED_VERBS):
                continue
            # "Fra den 1. august 2019 er NAME kommunaldirektør i Fredericia Kommune": the clause's date is before
            lead = split_sentences(SENTENCE_END, text[max(0, p.start - 100) : p.start])[-1]
        if pattern is COMMA_TITLE:
            head = pattern.match(text, ends[-1], min(hi, ends[-1] + 120)) if ends else None
            head_end = head.end() if head else 0
        elif pattern is AND_TITLE_AFTER and ends:
            continue  # a first title was read: its "og" is AND_TITLE's
        elif pattern is AND_TITLE:
            head = pattern.match(text, ends[0], min(hi, ends[0] + 120)) if ends else None
            head_end = head.end() if head else 0
        else:
            head = pattern.match(window)
            head_end = p.end + head.end() if head else 0
        if head is None or (head.groupdict().get("closing") and not in_apposition(s, p)):
            continue
        role_at = head_end - len(head.group(0)) + head.start("role") - head.start()
        if pattern in (AFTER_IS, INVERTED_IS, RELATIVE) and not_yet(text, p.start, p.end, role_at):
            continue  # "Hvis NAME bliver formand for X, …", "Det forventes, at NAME er ny formand for X"
        if any(p.end < q.start < role_at for q in people):
            continue  # "NAME, borgmester i Herlev (A) og næstformand NAME2 byrådsmedlem …": NAME2's title
        words = LOWER_WORDS.match(text, head_end, hi)
        at = words.end() if words else head_end
        second = SECOND_TITLE.search(text, head_end, at)
        if second is not None:  # "er 2. næstformand i bestyrelsen og byrådsmedlem i Lolland Kommune": the body ends
            at = second.start()
        role = role_of_word(head.group("role"))
        first = head.groupdict().get("first")
        also = role_of_word(first) if first and role_of_word(first) not in BOARD_ROLES else None
        add = _adding_both(s, also)
        named = next((m for m in orgs if head_end <= m.start <= at and text[m.start].isupper()), None)
        back = BACK_REFERENCE.match(text, head_end, hi) if named is None else None
        if back is not None and (target := s.chair(head_end)) is not None:
            # "…, der har været formand for samarbejdet": the network the text is about
            clause = text[back.end() : clause_end(text, back.end(), hi)]
            add(p, role, target, *dates_of(lead + text[p.end : head_end] + clause))
            ends.append(back.end())
            continue
        lower = lower_case_body_at(s, head_end) if named is None and back is None else None
        if lower is not None and any(lower[1] < q.start <= lower[1] + 2 for q in people):
            continue  # "…, formand for teknik- og miljøudvalget Inger Støtt (V)": the title of the next name
        if lower is not None:
            # "NAME bliver formand for teknik- og miljøudvalget", "NAME er næstformand i udvalget"
            clause = text[lower[1] : clause_end(text, lower[1], hi)]
            add(p, role, lower[0], *dates_of(lead + text[p.end : head_end] + clause))
            ends.append(lower[1])
            continue
        if named is not None and any(
            named.end <= q.start <= named.end + 2 and not text[named.end : q.start].strip() for q in people
        ):
            continue  # "…, næstformand for Bestyrelsen Peter Thyssen": the title of the next name
        department = department_name(text, named.start, named.end) if named is not None else None
        if named is not None and department is not None:
            # "direktør for Land, By og Kultur i Sønderborg Kommune": the whole department, not its first area
            clause = text[department[1] : clause_end(text, department[1], hi)]
            add(p, role, department[0], *dates_of(lead + text[p.end : named.start] + clause))
            ends.append(department[1])
            continue
        if named is not None:  # a lower-case mention is an adjective ("den nordjyske …"), not the body
            clause = text[named.end : clause_end(text, named.end, hi)]
            add(p, role, named, *dates_of(lead + text[p.end : named.start] + clause))
            ends.append(named.end)
            continue
        company = COMPANY.match(text, at, hi)
        if company is None or any(at <= q.start < company.end() for q in people):
            continue  # "næstformand for Bestyrelsen Peter Thyssen": a list of titled names, not a body
        if municipality_named(company.group(0)):
            continue
        name = company.group(0).rstrip(" .,")
        department = department_name(text, company.start(), company.start() + len(name))
        target, target_end = department or ((ids.organization_id(name), name, "Organization"), company.end())
        clause = text[target_end : clause_end(text, target_end, hi)]
        add(p, role, target, *dates_of(lead + text[p.end : at] + clause))
        ends.append(target_end)


# adds a role: (person, role, target, valid_from, valid_to)
_AddRole = Callable[[PersonMention, str, Target, str | None, str | None], None]


def _adding_both(s: Sentence, also: str | None) -> _AddRole:
    """The sentence's add, giving a second post joined by "og" before the title ("skoleleder og
    udviklingskonsulent fra AOF") the same workplace and dates."""
    if also is None:
        return s.add

    def add(p: PersonMention, role: str, target: Target, valid_from: str | None, valid_to: str | None) -> None:
        s.add(p, also, target, valid_from, valid_to)
        s.add(p, role, target, valid_from, valid_to)

    return add
