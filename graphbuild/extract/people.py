"""People: full names that start with a known Danish first name, names in structured places (before
a party letter "(A)", before ", X Kommune" or ", kontorchef", after "stedfortræder for", a role word
such as "rådmand", a "-chef" title or "Formanden for Handicaprådet,") whatever their first name, and
names in e-mail addresses (as the text names the same person in full; a mailbox in lower case alone names no
one), and a name a line's post label is glued to
("ReferentErling Bevensee", a web form's cells run together). A title, a contact label, a
section heading, an occupation or a body's name beside a name ("Henrik Norup Økonom", "Lone Mossin
Tlf.", "Naturstyrelsen Bent Rasmussen", "Nordsjælland Politi") is not part of it. Middle initials ("Anders J.
Jørgensen") and hyphenated names are names; initials alone (LJK), greetings (Kære
kommunaldirektører), streets ("Niels Bohrs Vej"), places and companies ("Center Hotel", "Frank
Laybourn Lead Agency" is Frank Laybourn) are not people. A surname that is also a place is kept."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from graphbuild.extract.name_abbreviated_tail import abbreviated_tails_left_out
from graphbuild.extract.name_brackets import bracket_vouches
from graphbuild.extract.name_cut_spellings import cut_spellings_restored
from graphbuild.extract.name_heading_tail import heading_run_on
from graphbuild.extract.name_lead import lead_words_left_out
from graphbuild.extract.name_lower_tail import lower_case_tails_left_out
from graphbuild.extract.name_misprints import misprinted_spellings
from graphbuild.extract.name_noun_tails import noun_tails_left_out
from graphbuild.extract.name_siblings import names_vouched_by_siblings
from graphbuild.extract.name_tail import tail_words_left_out
from graphbuild.extract.name_title_tails import title_tails_left_out
from graphbuild.extract.name_words import (
    breaks_a_name,
    is_first_name,
    is_place,
    is_street_or_company,
    patronymic_then_unknown,
)
from graphbuild.extract.word_gate import WordGate
from graphbuild.parse.lines import start_of_line
from graphbuild.vocab.person_names import (
    DEPUTY_WORD,
    NAME_RUN,
    ROLE_WORDS,
    TITLE_COMPOUND_ENDINGS,
    doubled_at,
    fuller_spellings,
    is_title_word,
    misprinted,
    plausible,
    shorter_spellings,
    surname_like,
)
from graphbuild.vocab.reference import first_names, last_names, municipality_by_name
from graphbuild.vocab.sentence_start import opens_label, opens_sentence

EMAIL_RE = re.compile(r"(?<![\w.])([A-Za-zæøåÆØÅ]+(?:\.[A-Za-zæøåÆØÅ]+)+)@([a-z0-9-]+)\.dk\b")

_KOMMUNE_AFTER = re.compile(r",\s*(?:[A-ZÆØÅ][\w-]+\s+)+Kommune\b")
_ROLE = "|".join(sorted(ROLE_WORDS))
# a title compounded with its rank or field ("centerchef", "kontorchef", "sekretariatschef")
_TITLE_COMPOUND = r"\w+chef"
# a title after the name and a comma: "Noa Jankovic, kontorchef i Landdistrikternes Fællesråd"; or a dash, as lists
# of staff print it: "Dorethe Pedersen - Afdelingschef TVF"
_TITLE_AFTER = re.compile(r"(?i)(?:,|[ \t][-–])\s*(?:" + _ROLE + "|" + _TITLE_COMPOUND + r")\b")
# a title compounded with its field or workplace before the name vouches for it as a role word does
# ("Skolechef Espen Fossar Andersen", "museumsdirektør Eskil Vagn Olsen"): a name read whatever its first name
_TITLE_COMPOUND_BEFORE = r"\w+(?:" + "|".join(TITLE_COMPOUND_ENDINGS) + ")"
_CUE_ALTERNATIVES = (
    rf"\b{DEPUTY_WORD}\w*\s+for",
    r"\b(?:" + _ROLE + ")",
    r"\b" + _TITLE_COMPOUND,
    # "Formanden for Handicaprådet, Fridolin Laager": a title with its body, then a comma
    r"\b(?:" + _ROLE + r")(?:en)?\s+(?:for|i)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*,",
)
# the title may be a label ("Formand: Amtul Malik"): a name read whatever its first name
_CUE_BEFORE = re.compile(r"(?i)(?:" + "|".join(_CUE_ALTERNATIVES) + r")\s*[,:]?\s*$")
_COMPOUND_CUE_BEFORE = re.compile(r"(?i)\b" + _TITLE_COMPOUND_BEFORE + r"\s*$")
# a word every cue holds (a title, a "…chef", a deputy's word): a window with none is spared the search (word_gate)
_CUE_GATE = WordGate((*ROLE_WORDS, *TITLE_COMPOUND_ENDINGS, "stedfortræder", "suppleant"))


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    name: str
    affiliation: str | None = None  # a municipality name, from an e-mail domain


# a meeting's post label opening its line glued to the name after it ("OrdstyrerBjarke Elling")
_GLUED_POST = re.compile(
    r"(?m)^[ \t]*(?:Referent|Ordstyrer|Dirigent|Mødeleder|Formand|Næstformand|Sekretær|Kasserer)"
    r"(?=(?P<first>[A-ZÆØÅ][a-zæøå]+)[ \t]+[A-ZÆØÅ])"
)
_ENTRY_END = re.compile(r"\s*(?:[,;]|og\s|\n|$|[-–]\s)")
# a bulleted line's opening: "• Emilly L. K. Pedersen - valgt blandt borgere ...", "- Jens Hansen"
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[•·▪●◦*–-][ \t]*$")
_STREET_WORD = re.compile(r"Vej|Vejen|Allé|Plads|Pladsen|Torv|Torvet|Stræde|Boulevard")


def _segments(tokens: list[str]) -> list[tuple[int, int]]:
    """Split a run of capitalised words into the stretches that can each be one name."""
    out: list[tuple[int, int]] = []
    start = 0
    for i, token in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        is_break = breaks_a_name(token)
        # a municipality inside a run separates two names; at the end it is a surname ("Eva Sommer Greve")
        if not is_break and i - start >= 2 and following is not None and is_place(token, following):
            is_break = True
        if not is_break and following == "Kommune":
            is_break = i - start != 1 or token.lower() in municipality_by_name()
        if is_break:
            if i > start:
                out.append((start, i))
            start = i + 1
        elif (
            i - start >= 2
            and following is not None
            and is_first_name(token)
            and (not is_first_name(tokens[i - 1].rstrip(".")) or tokens[i - 1] in last_names())
        ):
            out.append((start, i))  # "Jørgen Tousgaard Steen Jensen": two names run together; not "Alice Rohde Ali"
            start = i
        elif i - start >= 2 and following is not None and patronymic_then_unknown(tokens[i - 1], token):
            out.append((start, i))  # "Peter Jacobsen Thure Dan Petersen": a "-sen" surname ends its name
            start = i
    if start < len(tokens):
        out.append((start, len(tokens)))
    # a name starts with a capital, never with a particle ("Medlem af Ungdommens Studiefonds")
    return [(a + 1, b) if tokens[a][0].islower() else (a, b) for a, b in out if b - a > 1 or tokens[a][0].isupper()]


def _vouched_for(
    text: str, lo: int, hi: int, match: re.Match[str], spans: tuple[_Span, ...], stretch: _Stretch
) -> bool:
    """Whether the stretch stands in a structured place: before a party letter or ", X Kommune", after
    "stedfortræder for" or a role word, or as a whole entry of a list ("..., Ovidiu George Nechitoi")."""
    a, whole = stretch.a, stretch.b == len(spans)
    if stretch.after_role_word:
        return True
    if stretch.after_title_compound and _known_surname(spans, stretch):
        return True
    if whole:
        after = text[match.end() : min(hi, match.end() + 60)]
        if stretch.vouched is not None:
            name = [token for _, _, token in spans[a + stretch.vouched[0] : a + stretch.vouched[1]]]
            if bracket_vouches(after, name):
                return True
        if _KOMMUNE_AFTER.match(after) or _TITLE_AFTER.match(after):
            return True
    if a != 0:
        return False
    window = max(lo, match.start() - 40)
    before = text[window : match.start()]
    if _CUE_GATE.may_match(before, 0, len(before)):
        cue = _CUE_BEFORE.search(before)
        if cue is not None and _cue_reaches(text, window + cue.start(), match.start()):
            return True
        cue = _COMPOUND_CUE_BEFORE.search(before)
        if (
            cue is not None
            and _known_surname(spans, stretch)
            and _cue_reaches(text, window + cue.start(), match.start())
        ):
            return True
    in_list = whole and (before.rstrip(" \t").endswith((",", ";")) or _BULLET_BEFORE.search(before) is not None)
    in_list = in_list and _listable(match.group(0))
    return in_list and _list_entry(text, match.end(), hi)


# what may stand before a label on its own line: its list's bullet or dash
_LINE_HEAD = " \t•·▪●◦*–-"


def _cue_reaches(text: str, cue: int, name: int) -> bool:
    """Whether the title or deputy's word at ``cue`` vouches for the name at ``name``: on the name's own line, or on
    the line above as a label, its colon after it ("Formand:" over "Amtul Malik") or alone on its line ("Formand"
    over a name); a post that ends a line holding more, "Ole Hansen - formand", names that line's person, not the
    next line's words ("Grønne Tage - …")."""
    gap = text[cue:name]
    if "\n" not in gap or ":" in gap:
        return True
    line_start = text.rfind("\n", 0, cue) + 1
    return not text[line_start:cue].strip(_LINE_HEAD)


def _known_surname(spans: tuple[_Span, ...], stretch: _Stretch) -> bool:
    """Whether the name a title compound vouches for ends in a surname the lists know ("Skolechef Espen
    Fossar Andersen"): the title alone does not tell a name from a workplace or a project after it."""
    if stretch.vouched is None:
        return False
    surname = spans[stretch.a + stretch.vouched[1] - 1][2]
    return surname in last_names() or (surname.endswith("s") and surname[:-1] in last_names())


def _list_entry(text: str, end: int, hi: int) -> bool:
    return bool(_ENTRY_END.match(text, end, min(hi, end + 4)))


_Found = tuple[int, int] | None  # (first, end) token indexes of the name in one stretch, or None


def _names(tokens: list[str], company_after: bool) -> tuple[_Found, _Found]:
    """The name in one stretch as it stands, and when a structured place vouches for it (the first
    name looked up once, and the name read once when both start at the same word)."""
    # a capital letter alone is an initial or a postal district ("København S Fax"), no first name opening a name
    first = next((i for i, tok in enumerate(tokens[:-1]) if len(tok) > 1 and is_first_name(tok)), None)
    structured = _structured_first(tokens, first)
    plain = None if first is None else _name_from(tokens, first, company_after)
    return plain, plain if structured == first else _name_from(tokens, structured, company_after)


def _structured_first(tokens: list[str], first: int | None) -> int:
    """Where the name starts when a structured place vouches for it, ``first`` the first known first name."""
    lead = 0
    while lead < len(tokens) - 2 and tokens[lead].lower() in ROLE_WORDS:
        lead += 1
    # an occupation or a trade before a known first name is not a first name ("Entreprenør Henrik
    # Styrup", "Dansk Landbrug Jette Beck (JB)")
    if first is None or (first < lead or not _unknown_words_before(tokens[lead:first])):
        first = lead if first is None else min(first, lead)
    return first


def _name_from(tokens: list[str], first: int, company_after: bool) -> _Found:
    """(first, end) of the name that starts at token ``first``, or None."""
    # at most four words, five with a middle initial ("Jens Henrik W. Thulesen Dahl")
    end = min(len(tokens), first + (5 if any(t.endswith(".") for t in tokens[first + 1 : first + 4]) else 4))
    if company_after:  # "Frank Laybourn Lead Agency": past the first surname only surnames go on
        stop = first + 2
        while stop < end and (surname_like(tokens[stop]) or _known_genitive(tokens[stop])):
            stop += 1
        end = min(stop, end)
    doubled = doubled_at(tokens[first:end])
    if doubled is not None:  # "Poul Bjergved Bjergved Consult": the name ends before its word printed again
        end = first + doubled
    while end - first > 1 and tokens[end - 1].endswith("."):
        end -= 1
    if end - first < 2 or any(t.lower() in ROLE_WORDS for t in tokens[first + 1 : end]):
        return None
    return first, end


def _known_genitive(token: str) -> bool:
    """A known surname in the genitive, which owns the fund or firm after it ("Poul Due Jensens Fond")."""
    return token.endswith("s") and token[:-1] in last_names()


# how an occupation or a trade ends ("Entreprenør", "Gårdejer", "Tømrermester", "Landbrug", "Jurist", "Tovholder")
_OCCUPATION = re.compile(r"(?:ør|ejer|mester|brug|ist|ent|mand|kvinde|arbejder|leder|lærer|ansvarlig|fører|holder)$")


def _unknown_words_before(tokens: list[str]) -> bool:
    """Words before a known first name that are no known name and end like an occupation or a trade (not
    an unknown first name: "Ovidiu George Nechitoi")."""
    return bool(tokens) and all(
        t not in first_names() and t not in last_names() and _OCCUPATION.search(t.lower()) for t in tokens
    )


_Span = tuple[int, int, str]  # a token's start and end in its run, and the token


@dataclass(frozen=True)
class _Stretch:
    """One stretch of a run that can be one name (tokens a:b), read once per run's words: the name
    found in it as it stands (``plain``) and when a structured place vouches for it (``vouched``)."""

    a: int
    b: int
    plain: tuple[int, int] | None
    vouched: tuple[int, int] | None
    after_role_word: bool  # "Rådmand Balder Mørk Andersen"
    after_title_compound: bool  # "Skolechef Espen Fossar Andersen"


def _spans(run: str) -> tuple[_Span, ...]:
    """The run's tokens with their places (``NON_SPACE`` over the run: a token starts where the first
    whitespace-free stretch at or after the end of the one before it does)."""
    spans = []
    end = 0
    for token in run.split():
        start = run.find(token, end)
        end = start + len(token)
        spans.append((start, end, token))
    return tuple(spans)


@lru_cache(maxsize=8192)
def _read_run(run: str) -> tuple[tuple[_Span, ...], tuple[_Stretch, ...]]:
    """What a run of capitalised words says by its words alone, whatever stands around it (the same
    words recur in a document and across documents): its tokens and the stretches that can be names,
    with the name in each."""
    spans = _spans(run)
    tokens = [t for _, _, t in spans]
    stretches = []
    for a, b in _segments(tokens):
        if b < len(tokens) and _STREET_WORD.fullmatch(tokens[b]):
            continue  # "Niels Bohrs Vej": a street named after a person
        company_after = b < len(tokens) and (is_street_or_company(tokens[b]) or tokens[b].isupper())
        plain, vouched = _names(tokens[a:b], company_after)
        if plain is not None or vouched is not None:
            before = tokens[a - 1] if a > 0 else ""
            role_word = before.lower() in ROLE_WORDS
            stretches.append(_Stretch(a, b, plain, vouched, role_word, not role_word and is_title_word(before)))
    return spans, tuple(stretches)


@lru_cache(maxsize=8192)
def _listable(run: str) -> bool:
    """Whether a run can be a whole entry of a list of names, by its words."""
    tokens = run.split()
    return len(tokens) <= 4 and plausible(tokens) and any(t in first_names() or t in last_names() for t in tokens)


def find_people(text: str, lo: int, hi: int, runs: Iterable[re.Match[str]] | None = None) -> list[PersonMention]:
    """The people text[lo:hi] names; ``runs``: its capitalised runs (``NAME_RUN`` over the same
    stretch) when the caller has them already (``DocumentIndex.capitalised_runs``)."""
    out: list[PersonMention] = []
    for match in NAME_RUN.finditer(text, lo, hi) if runs is None else runs:
        spans, stretches = _read_run(match.group(0))
        for stretch in stretches:
            found = stretch.plain
            if stretch.vouched != found and _vouched_for(text, lo, hi, match, spans, stretch):
                found = stretch.vouched
            if found is None:
                continue
            first, end = stretch.a + found[0], stretch.a + found[1]
            name_end = match.start() + spans[end - 1][1]
            person = _person(match.start(), spans, first, end, text[name_end : name_end + 1])
            if person is not None:
                out.append(person)
    out.extend(_named_by_address(text, lo, hi, out))
    out.extend(_glued_to_post(text, lo, hi, out))
    read = sorted((p.start, p.end) for p in out)
    out.extend(PersonMention(start, end, name) for start, end, name in names_vouched_by_siblings(text, lo, hi, read))
    return sorted(_one_spelling(text, _uncut(text, _without_lead_words(text, out))), key=lambda p: (p.start, p.end))


def _uncut(text: str, people: list[PersonMention], listed: Iterable[str] = ()) -> list[PersonMention]:
    """The names read cut short of the fuller spelling the document (or its attendance lists, ``listed``) reads
    elsewhere, where the text goes on with its words (``name_cut_spellings``: "Eea Haldan Vestergaard" read "Haldan
    Vestergaard"), spelled in full."""
    restored = cut_spellings_restored(text, [(p.start, p.end, p.name) for p in people], listed)
    for index, (start, end, name) in restored.items():
        people[index] = replace(people[index], start=start, end=end, name=name)
    return people


def _named_by_address(text: str, lo: int, hi: int, found: list[PersonMention]) -> list[PersonMention]:
    """The people an e-mail address names ("lasse.hansen@vsbv.dk"), each with the municipality of its domain: the
    person the text also names outside the address ("Lasse E. Hansen"), or an address written as a name is written
    ("Evt. afbud sendes til Brian.Hoyer.Lorentsen@randers.dk"). A mailbox in lower case alone names no one ("på
    e-mail heidi.andersen@odder.dk"), and an address that spells a printed name otherwise is that person, read
    already as printed ("Thomas Dalhgaard" above "Thomas.Dahlgaard@morsoe.dk")."""
    if text.find("@", lo, hi) < 0:  # one scan for '@' first
        return []
    named = {p.name for p in found}
    out: list[PersonMention] = []
    for match in EMAIL_RE.finditer(text, lo, hi):
        parts = match.group(1).split(".")
        if parts[0].capitalize() not in first_names():
            continue
        name = _named_in_full(" ".join(p.capitalize() for p in parts), found)
        if name not in named and (match.group(1).islower() or any(misprinted(name, other) for other in named)):
            continue
        municipality = municipality_by_name().get(match.group(2).replace("-", " "))
        out.append(PersonMention(match.start(), match.end(), name, municipality.name if municipality else None))
    return out


def _glued_to_post(text: str, lo: int, hi: int, found: list[PersonMention]) -> list[PersonMention]:
    """The name a line's post label is glued to, a web form's two cells run together ("ReferentErling
    Bevensee"): read on the rest of the line alone, kept when it starts with a known first name."""
    out: list[PersonMention] = []
    for match in _GLUED_POST.finditer(text, lo, hi):
        start = match.end()
        if not is_first_name(match["first"]) or any(p.start <= start < p.end for p in found):
            continue
        line_end = text.find("\n", start, hi)
        rest = text[start : hi if line_end < 0 else line_end]
        people = find_people(rest, 0, len(rest))
        if people and people[0].start == 0:
            out.append(replace(people[0], start=start, end=people[0].end + start))
    return out


def _without_lead_words(text: str, people: list[PersonMention]) -> list[PersonMention]:
    """The names with a heading's, an organisation's or a sentence's word before the first name left out
    ("Psykiatri Kristian Baden"; see ``name_lead``)."""
    titled = [i for i, p in enumerate(people) if _title_before(text, p.start)]
    trimmed = lead_words_left_out(text, [(p.start, p.name) for p in people], titled)
    for index, (start, name) in trimmed.items():
        people[index] = replace(people[index], start=start, name=name)
    for index, name in tail_words_left_out([(p.start, p.name) for p in people]).items():
        person = people[index]
        end = person.start + len(text[person.start : person.end].rsplit(None, 1)[0])
        people[index] = replace(person, end=end, name=name)
    cut = lower_case_tails_left_out(text, [(p.start, p.name) for p in people])
    cut.update(noun_tails_left_out([(p.start, p.name) for p in people]))
    cut.update(title_tails_left_out(text, [(p.start, p.end, p.name) for p in people]))
    cut.update(abbreviated_tails_left_out(text, [(p.end, p.name) for p in people]))
    for index, name in cut.items():
        person = people[index]
        end = person.start + len(text[person.start : person.end].rsplit(None, 1)[0])
        people[index] = replace(person, end=end, name=name)
    if cut:  # a first name left alone names no one
        people = [p for index, p in enumerate(people) if index not in cut or " " in p.name]
    for index, person in enumerate(people):
        *head, tail = person.name.split()
        if (
            len(head) >= 2
            and is_first_name(head[0])
            and (
                opens_sentence(text, tail, person.end, len(text))
                or opens_label(text, tail, person.end)
                or heading_run_on(text, person.start, head[-1], tail, person.end)
            )
        ):
            # "… og Børge Bech Følgende sager behandles": the next sentence's first word run on (``sentence_start``);
            # "Formand: Kent Budolfsen Kasserer : Poul Sørensen": the next field's label run on;
            # "• Jens Erik Damgaard Kopier link til punktet": the next heading's word run on (``name_heading_tail``)
            end = person.start + len(text[person.start : person.end].rsplit(None, 1)[0])
            people[index] = replace(person, end=end, name=" ".join(head))
    return people


def _title_before(text: str, start: int) -> bool:
    """Whether a title stands right before a name on its line ("museumsdirektør Eskil Vagn Olsen"): the
    word before the spaces or tabs before ``start`` (or before the line break right before it), within 40
    characters; read back from the name, not searched for from the window's start."""
    lo = max(0, start - 40)
    end = start - 1 if start > lo and text[start - 1] == "\n" else start
    gap = end
    while gap > lo and text[gap - 1] in " \t":
        gap -= 1
    if gap == end:
        return False
    word = gap
    while word > lo and _is_word_character(text[word - 1]):
        word -= 1
    return word < gap and is_title_word(text[word:gap])


def _is_word_character(ch: str) -> bool:
    """What ``\\w`` matches."""
    return ch.isalnum() or ch == "_"


def _named_in_full(name: str, people: list[PersonMention]) -> str:
    """An e-mail address's name as the text names the same person in full, when one name there has its
    first name and surname ("Myndighedschef Lasse E. Hansen ... lasse.hansen@vsbv.dk")."""
    first, *_, last = name.split()
    fuller = {p.name for p in people if len(p.name.split()) > 2 and p.name.split()[0] == first}
    fuller = {f for f in fuller if f.split()[-1] == last}
    return fuller.pop() if len(fuller) == 1 else name


def _one_spelling(text: str, people: list[PersonMention]) -> list[PersonMention]:
    """Spelling variants in one document are one person, named by the fuller form ("Inger B. Nehm" and
    "Inger Bojsen Nehm" are "Inger Bojsen Nehm"), a spelling misprinted by one letter by the one printed first
    (``name_misprints``)."""
    full = fuller_spellings(p.name for p in people)
    full.update(_genitives(people))
    full.update(_shorter(text, [(p.start, p.name) for p in people]))
    people = [replace(p, name=full[p.name]) if p.name in full else p for p in people]
    misprints = misprinted_spellings(text, [(p.start, p.name) for p in people])
    return [replace(p, name=misprints[p.name]) if p.name in misprints else p for p in people]


def with_fuller_spellings(
    text: str, people: list[PersonMention], listed: Iterable[tuple[int, str]]
) -> list[PersonMention]:
    """The people, a shorter spelling of a name an attendance list (``listed``: its rows' starts and names) or the
    text prints in full renamed by it ("Poul Erik blev valgt" under "Tilstede: …, Poul Erik Schallert, …"), and a
    name read cut short where the text goes on with the listed name's words (``_uncut``)."""
    rows = list(listed)
    people = _uncut(text, people, [name for _, name in rows])
    full = _shorter(text, [(p.start, p.name) for p in people] + rows)
    return [replace(p, name=full[p.name]) if p.name in full else p for p in people] if full else people


def _shorter(text: str, named: list[tuple[int, str]]) -> dict[str, str]:
    """A shorter spelling of a name the document also prints in full (``shorter_spellings``), unless the two stand
    on one line: a list that names "Jens Hansen" beside "Jens Erik Hansen" names two people."""
    shorter = shorter_spellings(name for _, name in named)
    if not shorter:
        return shorter
    # (a short spelling read at the full one's own start is the same words, cut short: "Poul Erik" of "Poul Erik
    # Schallert" in an attendance list)
    places: dict[str, set[tuple[int, int]]] = {}
    for start, name in named:
        places.setdefault(name, set()).add((start_of_line(text, start), start))
    return {
        short: full
        for short, full in shorter.items()
        if not any(a[0] == b[0] and a[1] != b[1] for a in places[short] for b in places.get(full, set()))
    }


def _genitives(people: list[PersonMention]) -> dict[str, str]:
    """A name in the genitive is the name the document also gives without its "s" ("Conni Bergendorffs
    forslag" beside "Conni Bergendorff"), the surname known to the names list or not."""
    names = {p.name for p in people}
    return {name: name[:-1] for name in names if name.endswith("s") and " " in name and name[:-1] in names}


def _unbroken(token: str) -> str:
    """A surname hyphenated at a line break, joined again when the joined word is a known surname
    ("Knud Lar-sen" is Knud Larsen; "Dencker-jensen" stays)."""
    head, dash, tail = token.partition("-")
    joined = head + tail
    return joined if dash and tail[:1].islower() and joined in last_names() else token


# a genitive goes on to what the person owns: before a comma or a full stop a name's "s" is its own ("Peter
# Bruhns, skoleleder fra AOF")
_NOT_AFTER_A_GENITIVE = frozenset(",;:.!?")


def _person(offset: int, spans: tuple[_Span, ...], first: int, end: int, following: str) -> PersonMention | None:
    """The person of tokens first:end of a run; ``following``: the character after the name."""
    tokens = [t for _, _, t in spans[first:end]]
    stop = offset + spans[end - 1][1]
    last = tokens[-1]
    if (
        following not in _NOT_AFTER_A_GENITIVE
        and last.endswith("s")
        and last[:-1] in last_names()
        and last not in last_names()
    ):
        tokens[-1] = last[:-1]  # genitive: "Kate Bøghs pensionering"
        stop -= 1
    tokens = [_unbroken(t) for t in tokens]
    return PersonMention(offset + spans[first][0], stop, " ".join(tokens))
