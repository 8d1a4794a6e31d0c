"""Before the first item, an unlabelled run of three or more names each with its municipality, region or
party in brackets ("Poul Vesterbæk (Viborg Kommune), Eli Vium (Holstebro Kommune), …") is the meeting's
attendance. Three known first names make the run; so do four entries or more that each a comma sets off and a
party's letters or a municipality closes ("…, Lotun Sørensen(V), Pefalya Jakobsen(V), …"), whatever their first
names, when none of their words is one the text also writes in lower case (a common word capitalised)."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_merge import name_key
from graphbuild.parse.attendance_names import COUNCIL_OFFICE, NameHit
from graphbuild.parse.attendance_rows import Row
from graphbuild.parse.attendance_stand_ins import row_of
from graphbuild.vocab.person_names import NAME_RUN, NOT_NAME_WORDS, PARTY, ROLE_WORDS, is_municipality
from graphbuild.vocab.reference import first_names, last_names

# "Bestyrelsesformand Poul Vesterbæk (Viborg Kommune), næstformand for Bestyrelsen Peter Thyssen
# (Århus Kommune), Eli Vium (Holstebro Kommune), …": before the first item, a list of three or more
# names each with its municipality, region or party in brackets is the meeting's attendance even where
# a flattened header table has put its label ("Mødedeltagere") far from it
_BRACKET = re.compile(r"\((?P<inside>[^()\n]{1,40})\)")

_TITLE_BRACKET = re.compile(rf"[ \t]*\((?:\d\.[ \t]*)?(?i:{COUNCIL_OFFICE})\)[ \t]*\Z")

_AFTER_SEPARATOR = re.compile(r"(?:,|\bog)[ \t]+\Z")

# a party's letters ("V", "SF", "Ø") vouch for the name before them as a person's; a longer bracket may be a body's
_PARTY_LETTERS = re.compile(r"[A-ZÆØÅ]{1,2}")
MIN_VOUCHED_RUN = 4
_LOWER_WORD = re.compile(r"(?<![\wæøåÆØÅ])[a-zæøå]+(?![\wæøåÆØÅ])")

_RUN_GAP = re.compile(r"\s*(?:,|og\b|samt\b)\s*(?:[\wæøåÆØÅ-]+\s+){0,3}")  # ", næstformand for Bestyrelsen "


def affiliated_runs(text: str, limit: int, known: set[str]) -> list[Row]:
    entries: list[tuple[int, int, NameHit, bool, bool]] = []  # (start, bracket end, name, first name known, vouched)
    for bracket in _BRACKET.finditer(text, 0, limit):
        inside = bracket["inside"].strip()
        if not (is_municipality(inside) or PARTY.fullmatch(f"({inside})")):
            continue
        vouched = is_municipality(inside) or bool(_PARTY_LETTERS.fullmatch(inside))
        # "Johnny Søtrup (Borgmester)(V)": the member's post in a bracket of its own before the party's
        title = _TITLE_BRACKET.search(text, max(0, bracket.start() - 30), bracket.start())
        anchor = title.start() if title else bracket.start()
        runs = [m for m in NAME_RUN.finditer(text, max(0, anchor - 60), anchor)]
        run = runs[-1] if runs else None
        if run is None or text[run.end() : anchor].strip():
            continue
        whole = run.group(0).split()
        tokens = whole
        while len(tokens) > 2 and tokens[0] not in first_names():
            tokens = tokens[1:]
        sure = tokens[0] in first_names()
        set_off = 2 <= len(whole) <= 4 and _AFTER_SEPARATOR.search(text, max(0, run.start() - 5), run.start())
        if set_off and (not sure or (vouched and not any(_not_name(t) for t in whole))):
            # "…, Miki Dam Larsen (A), …": a first name not known, the run's separator before it; the whole run is
            # the name, not its tail from a known middle name ("…, Rotun Bendix Jensen(V)")
            tokens = whole
            sure = tokens[0] in first_names()
        elif not sure:
            continue
        # the bracket says it is a person's entry: a surname that is also a place ("Vesterbæk") is kept
        if not 2 <= len(tokens) <= 4 or tokens[-1].endswith("."):
            continue
        if any(_not_name(t) for t in tokens):
            continue
        start = run.end() - len(" ".join(tokens))
        hit = NameHit(" ".join(tokens), start, run.end(), inside, None, bracket.end())
        entries.append((start, bracket.end(), hit, sure, sure or vouched))
    rows: list[Row] = []
    run_of: list[tuple[NameHit, bool, bool]] = []
    previous_end = -1
    for start, end, hit, sure, vouched in [*entries, (len(text) + 1, 0, NameHit("", 0, 0), True, True)]:
        gap = text[previous_end:start] if previous_end >= 0 else ""
        if previous_end < 0 or not _RUN_GAP.fullmatch(gap) or not any(c in gap for c in ",o"):
            if _makes_run(text, run_of):
                rows += [row_of(h, "present") for h, _, _ in run_of if name_key(h.name) not in known]
            run_of = []
            if not vouched:
                continue
        run_of.append((hit, sure, vouched))
        previous_end = end
    return rows


def _not_name(token: str) -> bool:
    return token in NOT_NAME_WORDS or token.lower() in ROLE_WORDS


def _makes_run(text: str, run_of: list[tuple[NameHit, bool, bool]]) -> bool:
    """Three entries whose first names are known make the run (an entry of a first name not known only goes on
    one); or four or more each vouched for by its party's letters or municipality, none of whose words the text
    also writes in lower case ("Kultur Fritid (A)")."""
    if sum(sure for _, sure, _ in run_of) >= 3:
        return True
    if len(run_of) < MIN_VOUCHED_RUN or not all(vouched for _, _, vouched in run_of):
        return False
    lower_words = set(_LOWER_WORD.findall(text))
    return not any(
        t.lower() in lower_words and t not in first_names() and t not in last_names()
        for hit, _, _ in run_of
        for t in hit.name.split()
    )
