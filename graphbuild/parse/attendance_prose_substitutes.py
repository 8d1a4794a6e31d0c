"""Who stood in for whom as a sentence says it: "Y deltog i stedet", "I stedet for X deltog Y",
"Y mødte som stedfortræder for X", "Y deltog i mødet som Anns suppleant", "Afbud fra X stedfortræder Y",
"1. stedfortræder på liste V, Y, indkaldes"; none in an appointment ("udpeget Y som stedfortræder for X
i bestyrelsen") or where the deputy called in did not come."""

from __future__ import annotations

import re
from dataclasses import replace

from graphbuild.parse.attendance_names import NameHit
from graphbuild.parse.attendance_prose_deputy_away import deputy_did_not_come
from graphbuild.parse.attendance_prose_names import (
    NOT_BETWEEN,
    name_hit,
    names_after,
    names_before,
    nearest_before,
)
from graphbuild.parse.attendance_rows import Row, as_row
from graphbuild.parse.attendance_task_stand_ins import stands_in_at_a_task
from graphbuild.vocab.pattern_words import may_match, required_words
from graphbuild.vocab.person_names import DEPUTY_WORD, NAME_RUN
from graphbuild.vocab.reference import first_names

# "Y deltog som suppleant", "Y deltog i mødet som Anns suppleant" (whose: the absent member's first name)
_SUB_AFTER = re.compile(
    r"(?i)\b(?:deltog|deltager|mødte|mødt)\s+(?:derfor\s+)?i\s+stedet\b(?!\s+for)|"
    r"\b(?:deltog|deltager|mødte|indtræder|indtrådte|(?:var|er|blev)\s+indkaldt)(?:\s+(?:i|på)\s+mødet)?\s+som\s+"
    rf"(?:(?-i:(?P<whose>[A-ZÆØÅ][a-zæøå]+)s)\s+)?{DEPUTY_WORD}\w*\b(?!\s+for)|"
    # the council's approval of the deputy called in: "… og at Poul Erik Jensen er rette stedfortræder og valgbar"
    rf"\ber\s+rette\s+{DEPUTY_WORD}\b(?!\s+for)"
)
_JOINED = re.compile(r"(?i)\b(?:og|samt)\b|&")  # the last of a subject of several names joined
_ONE_DEPUTY = re.compile(rf"(?i){DEPUTY_WORD}(?:en)?$")  # the deputy word in the singular
_SUB_BEFORE = re.compile(
    r"(?i)\bi\s+stedet\s+(?:mødte?|deltog|deltager|kom|kommer)\s+|"
    rf"\bsom\s+{DEPUTY_WORD}\w*\s+(?:deltog|deltager|mødte|er\s+indkaldt|var\s+indkaldt|"
    r"blev\s+indkaldt|indkaldes|indtræder)\s+|\b(?:blev\s+)?afløst\s+af\s+|"
    # "Afbud: Karen Lund – for hende deltog Mette Kjær": the absent named before
    r"\bfor\s+(?:hende|ham)\s+(?:deltog|deltager|mødte|kom)\s+|"
    # "…, hvorfor liste A ønsker at indkalde Merete Bang, Nyborg og Barbara Schultz, Nyborg.": the deputies called in
    r"\bønsker\s+at\s+indkalde\s+(?:stedfortræder(?:ne|en)?\s+)?|"
    # "X havde meldt afbud, og stedfortræder Y deltog", "…, og 1. suppleant Y (A) mødte": the deputy word
    # before the name, the verb of coming after it
    rf"\b{DEPUTY_WORD}\w*\s+(?=(?-i:[A-ZÆØÅ])[^.:;\n]{{2,60}}?\s(?:deltog|deltager|mødte)\b(?!\s+ikke))"
)
_SUB_FOR = re.compile(
    rf"(?i)\b(?:deltog|deltager|mødte|mødt)\s+(?:som\s+{DEPUTY_WORD}\w*\s+)?(?:i\s+stedet\s+)?for\s+|"
    rf"\bi\s+stedet\s+for\s+|\bsom\s+{DEPUTY_WORD}\w*\s+for\s+|"
    r"\b(?:var|er|blev)\s+indkaldt\s+for\s+(?-i:(?=[A-ZÆØÅ]))"  # "Mette Kjær var indkaldt for Karen Lund"
)
_INSTEAD_OF_FIRST = re.compile(r"(?i)^\s*i\s+stedet\s+for\s+")
# a sentence that opens with whom the member came for: "For Karen Lund mødte Mette Kjær."
_FOR_FIRST = re.compile(r"\s*(?:[Ff]or)[ \t]+(?=[A-ZÆØÅ])")
_APPOINTMENT = re.compile(r"(?i)udpeg|\bvalg|\bvalgt|\bvælge|bestyrelse|repræsentantskab|\bråd\b|\bnævn")
# (an initial's dot inside a name ends no clause: "1. stedfortræder …, Ole S. Nielsen indtræder")
_NO_STOP = r"(?:[^.]|(?<=\s[A-ZÆØÅ])\.)*?"
_CALLED_IN = re.compile(rf"(?i)\b{DEPUTY_WORD}\w*\b{_NO_STOP}\b(?:indkald\w*|indtræder|tiltræder)|"
                        rf"\b(?:indkald\w*|indtræder)\b{_NO_STOP}\bsom\s+{DEPUTY_WORD}")  # fmt: skip
# the summons as a noun before the deputy: "Byrådet forelægges indkaldelse af 1. stedfortræder på Det Konservative
# Folkepartis kandidatliste, Jytte Birkkjær, til godkendelse"; the deputy's name a person's within a few words
# (a contents list flattened runs the next titles on: "indkaldelse af stedfortræder Retningslinier for …")
_SUMMONS = re.compile(rf"(?i)\bindkaldelse\s+af\s+(?:\d\.\s+)?{DEPUTY_WORD}\b")
_SUMMONS_REACH = 80
# the member a deputy is called in for, named right after the deputy word: "indkaldelse af stedfortræder for
# byrådsmedlem Lone Boye" names the absent member, no one called in (a party's name after "for" is a list's)
_FOR_MEMBER = re.compile(r"(?i)\bfor\s+(?:[a-zæøå]+\s+)?\Z")
# "suppleant indkaldt, men mødte ikke frem", "suppleanter indkaldt, men kan ikke deltage": no one came instead
_DID_NOT_COME = re.compile(
    rf"(?i)\bmødte\s+ikke\b|\b{DEPUTY_WORD}\w*\b[^.]*?\bmen\s+(?:deltager|deltog|kan|kunne)\s+ikke\b"
)


def substitutes(
    text: str,
    lo: int,
    hi: int,
    absent: list[NameHit],
    pending: list[NameHit],
    present: frozenset[str] | None = None,
) -> list[Row]:
    """The substitutes the sentence ``text[lo:hi]`` names, for its ``absent`` or else the ``pending``
    absences of the sentences before; ``present``: the words of ``SUBSTITUTE_WORDS`` the sentence holds
    (``pattern_words.SpanWords``; None: every pattern tried)."""
    came_not = may_match(present, _WORDS[_DID_NOT_COME]) and _DID_NOT_COME.search(text, lo, hi)
    subs = [] if came_not else _substitutions(text, lo, hi, absent or pending, present)
    rows = subs + _named_substitutes(text, hi, absent, subs)
    # "(stedfortræder Jens Lund var ikke indkaldt)": the deputy's own words say they did not come, no one stood in
    return [row for row in rows if row.status != "substitute" or not deputy_did_not_come(text, row.end, hi)]


# "Afbud fra Benthe Viola Holm stedfortræder Anders Liltorp": the substitute named after the absent
# (each blank run read once, possessive: a mark, "og", a pronoun and the deputy's word never open with a blank, and a
# colon after the word is taken with the blanks before it; as `[ \t]*[,\-–]?[ \t]*` and `[ \t]*:?[ \t]+`, a run of
# blanks was split every way, a hang at 4,000)
_NAMED_SUB = re.compile(r"(?i)[ \t]*+[,\-–]?+[ \t]*+(?:og[ \t]++)?+(?:(?:dennes|hans|hendes)[ \t]++)?"
                        rf"{DEPUTY_WORD}(?:en)?(?:[ \t]*+:)?+[ \t]++(?=[A-ZÆØÅ])")  # fmt: skip


def _named_substitutes(text: str, hi: int, absent: list[NameHit], subs: list[Row]) -> list[Row]:
    covered = {row.for_ for row in subs} | {row.name for row in subs}
    rows: list[Row] = []
    for hit in absent:
        cue = _NAMED_SUB.match(text, hit.rest_start, hi)
        if cue is None or hit.name in covered:
            continue
        named = names_after(text, cue.end(), hi)
        if named and named[0].name not in covered:
            rows.append(as_row(named[0], "substitute", hit.name))
    return rows


_TOOK_PART = re.compile(r"(?i)\s*(?:deltog|deltager|mødte|kom)\s+")
_APPOINTMENT_WORD = re.compile(r"(?i)udpeg|valgt|\bvalg")
_DEPUTY_WORD_IN = re.compile(rf"(?i){DEPUTY_WORD}\w*\b")


# the words each of the sentence patterns cannot match without (``pattern_words``): a sentence that holds none of a
# pattern's words is not searched with it
_WORDS = {
    pattern: required_words(pattern)
    for pattern in (_DID_NOT_COME, _APPOINTMENT, _SUB_FOR, _SUB_AFTER, _SUB_BEFORE, _CALLED_IN, _SUMMONS)
}
SUBSTITUTE_WORDS = tuple(sorted({word for words in _WORDS.values() for word in words or ()}))  # for the sentence's pass


def _found(pattern: re.Pattern[str], text: str, present: frozenset[str] | None) -> bool:
    """Whether ``pattern`` matches in ``text`` (a sentence), not looked for where the sentence holds none of its
    words."""
    return may_match(present, _WORDS[pattern]) and pattern.search(text) is not None


def _matches(
    pattern: re.Pattern[str], text: str, lo: int, hi: int, present: frozenset[str] | None
) -> list[re.Match[str]]:
    """``pattern``'s matches in ``text[lo:hi]``, none looked for where the span holds none of its words."""
    return list(pattern.finditer(text, lo, hi)) if may_match(present, _WORDS[pattern]) else []


def _substitutions(
    text: str, lo: int, hi: int, pending: list[NameHit], present: frozenset[str] | None = None
) -> list[Row]:
    rows: list[Row] = []
    sentence = text[lo:hi]
    appointment = _found(_APPOINTMENT, sentence, present)
    called_in = _found(_CALLED_IN, sentence, present)  # asked once (it was asked up to three times)
    opening = _FOR_FIRST.match(text, lo, hi)
    for cue in [*([opening] if opening else []), *_matches(_SUB_FOR, text, lo, hi, present)]:
        absent = names_after(text, cue.end(), hi)
        if _INSTEAD_OF_FIRST.match(text, cue.start()) or text[lo : cue.start()].strip() == "":
            # "I stedet for Vivi Kier deltog Preben Petersen."
            tail = absent[-1].rest_start if absent else cue.end()
            verb = _TOOK_PART.match(text[tail:hi])
            subs = names_after(text, tail + verb.end(), hi) if verb else []
            if cue is opening and not (absent and subs):
                continue  # "For Karen Lund gælder …": no one named coming for her
        else:
            near = _workplace_owner(text, lo, nearest_before(text, lo, cue.start()))
            between = text[near.rest_start : cue.start()] if near else ""
            if near and not called_in and cue[0][:1] in "iI" and stands_in_at_a_task(between):
                continue  # "Else Lorenzen forelagde årsberetningen i stedet for formanden": a task, no stand-in
            subs = [near] if near and NOT_BETWEEN.match(between) else []
            if not subs and near and called_in:
                subs = [near]
        if appointment and not called_in and "stedet" not in sentence:
            continue  # "udpeget X som stedfortræder for Y i bestyrelsen" is an appointment
        if appointment and _APPOINTMENT_WORD.search(sentence):
            continue
        for sub in subs:
            rows.append(as_row(sub, "substitute", absent[0].name if absent else None))
        rows += [as_row(a, "absent") for a in absent[:1]] if subs else []
    if rows:
        return rows
    for cue in _matches(_SUB_AFTER, text, lo, hi, present):
        subs = names_before(text, lo, cue.start())
        if cue["whose"] and len(subs) == 1:
            # "Anns suppleant": the absent member of that first name, here or (the first name kept as ``for_``)
            # in the meeting's lists
            whose = [a.name for a in pending if a.name.split()[0] == cue["whose"]]
            rows.append(as_row(subs[0], "substitute", whose[0] if len(whose) == 1 else cue["whose"]))
            continue
        if len(subs) > 1 and _ONE_DEPUTY.search(cue[0]):
            # "Afbud: Karen Lund, Mette Kjær deltog som stedfortræder": one deputy, the name nearest the verb
            subs = subs[-1:]
        elif len(subs) > 1 and (
            {s.name for s in subs} & {a.name for a in pending} or not _JOINED.search(text, subs[-2].end, subs[-1].start)
        ):
            # "Afbud fra Erik Mikkelsen, Frank Olsen deltog i stedet": the names before the verb are the absence
            # cue's list run on into the clause of the one who came, the name nearest the verb (a subject of
            # several joins its last with "og": "A og B deltog i stedet")
            subs = subs[-1:]
        rows += _paired(subs, pending)
    for cue in _matches(_SUB_BEFORE, text, lo, hi, present):
        subs = names_after(text, cue.end(), hi)
        rows += _paired(subs, pending)
    if rows or appointment:
        return rows
    if called_in:  # "1. stedfortræder på liste V, Kim Østergaard, indkaldes ... afbud fra X"
        m = _DEPUTY_WORD_IN.search(sentence)
        if m:
            after = [h for run in NAME_RUN.finditer(text, lo + m.end(), hi) if (h := name_hit(text, run, hi))]
            if after and _FOR_MEMBER.search(text, lo + m.end(), after[0].start):
                # "Stedfortræder for Kaj Refslund, Niels Ørsted, er indkaldt": the member first, the deputy after
                if len(after) > 1:
                    rows += [as_row(after[1], "substitute", after[0].name), as_row(after[0], "absent")]
            elif after:
                rows += _paired(after[:1], pending)
    elif may_match(present, _WORDS[_SUMMONS]) and (summons := _SUMMONS.search(text, lo, hi)):
        reach = min(hi, summons.end() + _SUMMONS_REACH)
        after = [h for run in NAME_RUN.finditer(text, summons.end(), reach) if (h := name_hit(text, run, hi))]
        if (
            after
            and after[0].name.split()[0] in first_names()
            and not _FOR_MEMBER.search(text, summons.end(), after[0].start)
        ):
            rows += _paired(after[:1], pending)
    return rows


def _workplace_owner(text: str, lo: int, near: NameHit | None) -> NameHit | None:
    """The person a workplace after a comma belongs to: in "Finn Mikkelsen, Nordsjællands Politi i stedet
    for Helge Tang Holbek" the words before the cue that read as a name ("Nordsjællands Politi") open with no
    first name, and the name before their comma is the one who stood in."""
    if near is None or near.name.split()[0] in first_names():
        return near
    owner = nearest_before(text, lo, near.start)
    if (
        owner is not None
        and owner.name.split()[0] in first_names()
        and text[owner.rest_start : near.start].strip() == ","
    ):
        return replace(owner, rest_start=near.rest_start)
    return near


def _paired(subs: list[NameHit], absent: list[NameHit]) -> list[Row]:
    came = {s.name for s in subs}
    absent = [a for a in absent if a.name not in came]  # no one stands in for themselves
    if len(subs) == len(absent):
        return [as_row(s, "substitute", a.name) for s, a in zip(subs, absent, strict=True)]
    if len(absent) == 1 and len(subs) == 1:
        return [as_row(subs[0], "substitute", absent[0].name)]
    return [as_row(s, "substitute") for s in subs]
