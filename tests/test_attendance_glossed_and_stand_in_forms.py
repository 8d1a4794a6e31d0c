"""A label glossed by another in brackets ("Fraværende (afbud):"), the stand-in named after the absent
member's own entry ("Afbud: Karen Lund, Mette Kjær deltog som stedfortræder") and "for hende deltog Y"; a
decision's first word run on into a name; leaving the item the sentence stands in ("X forlod mødet under
behandlingen af dette punkt"). Names paraphrased, forms as Danish minutes print them."""

from __future__ import annotations

import re

import pytest

from graphbuild.models import AgendaItem
from graphbuild.parse.attendance_lists import find_attendance

A, P, S = "absent", "present", "substitute"
_HEAD = "Referat\nByrådet\nMødedato: 3. marts 2020\n"
_TAIL = "\n\n1. Godkendelse af dagsorden\nGodkendt.\n"

CASES: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # the absence label glossed in brackets, the list below or on its line
    ("Fraværende (afbud):\nKaren Lund\nJens Hansen\n", {("Karen Lund", A, None), ("Jens Hansen", A, None)}),
    ("Fraværende (afbud): Karen Lund, Jens Hansen\n", {("Karen Lund", A, None), ("Jens Hansen", A, None)}),
    ("Afbud (fraværende): Karen Lund\n", {("Karen Lund", A, None)}),
    ("Fraværende (med afbud): Karen Lund\n", {("Karen Lund", A, None)}),
    # a bracket of other words is no gloss: no list
    ("Fraværende (se bilag): Karen Lund\n", set()),
    # "i stede for", a common misspelling, in a bracket after the deputy's entry (dev
    # rammeaftaler-nordjylland-administrative-styregruppe-2012-03-01, flattened)
    (
        "Deltagere: Jan Nielsen, Ellen Kirk (i stede for Jesper Hosbond Jensen) Jens Nørgaard, Britta Bruun Schmidt "
        "(i stede for Dorte Jende), Søren Kjær\n",
        {("Jan Nielsen", P, None), ("Ellen Kirk", S, "Jesper Hosbond Jensen"), ("Jesper Hosbond Jensen", A, None)}
        | {("Jens Nørgaard", P, None), ("Britta Bruun Schmidt", S, "Dorte Jende"), ("Dorte Jende", A, None)}
        | {("Søren Kjær", P, None)},
    ),
    # a bracket after an absent member's entry names who came instead (dev roskilde-handicapraadet-2018-02-01)
    (
        "Fraværende:\nMette Olander (Lene Damborg Ibsen deltog i stedet), Kristina Mikkelsen\n",
        {("Mette Olander", A, None), ("Lene Damborg Ibsen", S, "Mette Olander"), ("Kristina Mikkelsen", A, None)},
    ),
    # near miss: a bracket of a name alone says whom the member comes for, no one who came instead
    ("Deltagere: Mette Olander (Lene Damborg Ibsen)\n", {("Mette Olander", P, None)}),
    # the deputies a list wishes to call in, each with a town after a comma, paired with the absent in order (dev
    # nyborg-byraadet-2018-10-09)
    (
        "Den socialdemokratiske byrådsgruppe har meddelt, at Martin Stenmann og Poul Erik Knudsen har forfald til "
        "Byrådsmødet 9. oktober 2018, hvorfor liste A ønsker at indkalde Merete Bang, Nyborg og Barbara Schultz, "
        "Nyborg.\n",
        {("Martin Stenmann", A, None), ("Poul Erik Knudsen", A, None), ("Merete Bang", S, "Martin Stenmann")}
        | {("Barbara Schultz", S, "Poul Erik Knudsen")},
    ),
    # the council finds the deputy the right one (dev koege-byraad-2020-06-16); the absence in a sentence before
    (
        "Helle Poulsen (V) har meldt forfald til Byrådets møde på grund af sygdom.\n\nKandidatliste V ønsker "
        "stedfortræder indkaldt.\n\nByrådet besluttede, at betingelserne for at indkalde stedfortræder er opfyldt, "
        "og at Poul Erik Jensen er rette stedfortræder og valgbar. Poul Erik Jensen deltog herefter i mødet.\n",
        {("Helle Poulsen", A, None), ("Poul Erik Jensen", S, "Helle Poulsen")},
    ),
    # near miss: wishing to call in a person to a hearing is no stand-in without an absence
    ("Udvalget ønsker at indkalde Merete Bang, Nyborg til et møde om sagen.\n", set()),
    # near miss: "i stede" with no "for" after it names no one stood in for
    ("Deltagere: Jan Nielsen (i stede som gæst), Søren Kjær\n", {("Jan Nielsen", P, None), ("Søren Kjær", P, None)}),
    # one deputy named after the absent member on the same line: the absent member is not her own stand-in
    (
        "Afbud: Karen Lund, Mette Kjær deltog som stedfortræder.\n",
        {("Karen Lund", A, None), ("Mette Kjær", S, "Karen Lund")},
    ),
    # ... deputies in the plural: every name before the verb stood in
    (
        "Afbud: Ole Berg, Jens Hansen. Karen Lund og Mette Kjær deltog som stedfortrædere.\n",
        {
            ("Ole Berg", A, None),
            ("Jens Hansen", A, None),
            ("Karen Lund", S, "Ole Berg"),
            ("Mette Kjær", S, "Jens Hansen"),
        },
    ),
    # "for hende/ham deltog Y" after the absence
    (
        "Afbud: Karen Lund – for hende deltog Mette Kjær.\n",
        {("Karen Lund", A, None), ("Mette Kjær", S, "Karen Lund")},
    ),
    ("Afbud: Karen Lund.\nFor hende deltog Mette Kjær.\n", {("Karen Lund", A, None), ("Mette Kjær", S, "Karen Lund")}),
    # two absent, "for ham" names no one of them for certain: a substitute for no one named
    (
        "Afbud: Karen Lund, Ole Berg.\nFor ham mødte Jens Hansen.\n",
        {("Karen Lund", A, None), ("Ole Berg", A, None), ("Jens Hansen", S, None)},
    ),
    # "for" before a name is no stand-in: "For ham" needs the pronoun
    ("Afbud: Karen Lund.\nFor budgettet redegjorde Mette Kjær.\n", {("Karen Lund", A, None)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_glossed_labels_and_stand_ins(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    rows = find_attendance(_HEAD + text + _TAIL)
    assert {(row.name, row.status, row.for_) for row in rows} == expected


# a decision line's first word run on into the names of the absent (Brønderslev, an integration council's
# minutes, 2016, names paraphrased) and an item heading's first word after a one-name member list (Assens, a
# disability council's minutes, 2018): never part of a name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "\n1. Godkendelse af referat\nBeslutning\n\nGodkendt Emilly L. K. Pedersen og Karen Lund var fraværende.\n",
            {("Emilly L. K. Pedersen", A, None), ("Karen Lund", A, None)},
        ),
        ("\n1. Budget\nBeslutning\n\nVedtaget Jens Hansen var fraværende.\n", {("Jens Hansen", A, None)}),
        (
            "Medlemmer: Ingrid Rasmussen\n • Sagsid.:\n\n  Sagsfremstilling\n\n"
            "  Konstituering af Handicaprådet for perioden 2018-2021.\n",
            {("Ingrid Rasmussen", P, None)},
        ),
    ],
)
def test_decision_and_heading_words_open_no_name(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    rows = find_attendance(_HEAD + text)
    assert {(row.name, row.status, row.for_) for row in rows} == expected


def _items(text: str) -> list[AgendaItem]:
    """The items of a case: each "Punkt N: title" line to the next."""
    heads = list(re.finditer(r"(?m)^Punkt (\d+): (.*)$", text))
    ends = [head.start() for head in heads[1:]] + [len(text)]
    return [
        AgendaItem(number=head[1], title=head[2], start=head.start(), end=end, sections=[])
        for head, end in zip(heads, ends, strict=True)
    ]


_MEETING = (
    "Referat\nByrådet\nMødedato: 3. marts 2020\nTil stede:\nKaren Lund (A)\nOle Berg (A)\n\n"
    "Punkt 1: Budget\nGodkendt.\n\n"
)


# leaving or not taking part in the item the sentence stands in: absent from that item only
@pytest.mark.parametrize(
    ("sentence", "missed"),
    [
        ("Ole Berg (A) forlod mødet under behandlingen af dette punkt.", ["2"]),
        ("Ole Berg forlod mødet under punktets behandling.", ["2"]),
        ("Ole Berg (A) deltog ikke i behandlingen.", ["2"]),
        # a time, or the treatment of something else: no item named
        ("Ole Berg forlod mødet kl. 19.", []),
        ("Ole Berg (A) deltog ikke i behandlingen af budgettet i 2019, men stemte for.", []),
    ],
)
def test_left_during_this_item(sentence: str, missed: list[str]) -> None:
    text = f"{_MEETING}Punkt 2: Lokalplan\n{sentence}\nGodkendt.\n\nPunkt 3: Eventuelt\nIntet.\n"
    rows = {row.name: row for row in find_attendance(text, _items(text))}
    assert rows["Ole Berg"].status == "present"
    assert rows["Ole Berg"].absent_items == missed
    assert rows["Karen Lund"].absent_items == []
