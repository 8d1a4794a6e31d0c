"""A council's summons of a deputy, as the item "Indkaldelse af stedfortræder" and the agenda approval state it:
the member's absence ("har meddelt afbud", "har, grundet ferie, meldt forfald", the statute's "forhindret i at
varetage sine kommunale hverv") and the deputy called in ("indkaldelse af 1. stedfortræder …, Y,", "1. stedfortræder
fra …, Ole S. Nielsen indtræder"), whom for kept. Excerpts quoted from real minutes, the publisher named with each."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

P, A, S = "present", "absent", "substitute"
END = "\n\n1. Godkendelse af dagsorden\n"

CASES: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # Aabenraa Kommune, Byrådet 26.08.2020 (the absence in the statute's words, the deputy in a later paragraph)
    (
        "Byrådsmedlem Jens Bundgaard Nielsen har oplyst, at han ikke vil være i stand til at varetage sine "
        "kommunale hverv fra den 20. august 2020 og i en periode på to måneder på grund af sin helbredstilstand.\n\n"
        "Byrådet skal tage stilling til, om betingelserne for at indkalde stedfortræder er opfyldt.\n\n"
        "Gert Nordklitgaard er indkaldt som stedfortræder, og varetager de kommunale hverv indtil Jens Bundgaard "
        "Nielsen på ny varetager sine kommunale hverv.",
        {("Jens Bundgaard Nielsen", A, None), ("Gert Nordklitgaard", S, "Jens Bundgaard Nielsen")},
    ),
    # Favrskov Kommune, Byråd 30.04.2019
    (
        "Lone Boye har meddelt, at hun af helbredsmæssige årsager vil være forhindret i at varetage sine kommunale "
        "hverv i en forventet periode af mindst en måned.",
        {("Lone Boye", A, None)},
    ),
    # Mariagerfjord Kommune, Byrådet 10.10.2019: the reason between the verbs, the summons as a noun
    (
        "Jens-Henrik Kirk har, grundet ferie, meldt forfald til Byrådets møde 10. oktober 2019.\n\n"
        "Byrådet forelægges indkaldelse af 1. stedfortræder på Det Konservative Folkepartis kandidatliste, "
        "Jytte Birkkjær, til godkendelse.",
        {("Jens-Henrik Kirk", A, None), ("Jytte Birkkjær", S, "Jens-Henrik Kirk")},
    ),
    (
        "Jens-Henrik Kirk har, grundet ferie, meldt forfald til Byrådets møde 10. oktober 2019.\n\n"
        "1. At indkaldelse af stedfortræder Jytte Birkkjær (C) godkendes.",
        {("Jens-Henrik Kirk", A, None), ("Jytte Birkkjær", S, "Jens-Henrik Kirk")},
    ),
    # Næstved Kommune, Byrådet 11.10.2011
    (
        "Sagsfremstilling Henning Jensen (A) har meddelt afbud til Byrådets møde den 11. oktober 2011.",
        {("Henning Jensen", A, None)},
    ),
    # Svendborg Kommune, Byrådet 27.10.2015
    (
        "Susanne Gustenhoff (Ø) har meddelt afbud. Som suppleant er indkaldt Knud Clemmensen (Ø). "
        "Byrådet godkendte dette.",
        {("Susanne Gustenhoff", A, None), ("Knud Clemmensen", S, "Susanne Gustenhoff")},
    ),
    # Halsnæs (sn.dk on the council's agenda, 2020): an initial's dot inside the deputy's name ends no clause
    (
        "Gitte Hemmingsen (DF) har meldt forfald.\n\nDet skal godkendes at 1. stedfortræder fra Dansk "
        "Folkepartis kandidatliste, Ole S. Nielsen indtræder i Gitte Hemmingsens fravær.",
        {("Gitte Hemmingsen", A, None), ("Ole S. Nielsen", S, "Gitte Hemmingsen")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_summons_forms(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    rows = find_attendance(text + END)
    assert {(r.name, r.status, r.for_) for r in rows} == expected


def test_member_named_after_the_deputy_word_is_the_absent_one() -> None:
    # the member the deputy comes for is named first, right after "for": never the one called in
    rows = find_attendance("Stedfortræder for Kaj Refslund, Niels Ørsted, er indkaldt." + END)
    assert {(r.name, r.status, r.for_) for r in rows} == {
        ("Kaj Refslund", A, None),
        ("Niels Ørsted", S, "Kaj Refslund"),
    }


NEGATIVES: list[str] = [
    # whom the deputy is called in for, named after the deputy word: the absent member, no one called in
    "Byrådet godkender indkaldelse af stedfortræder for byrådsmedlem Lone Boye (A).",
    # the summons with no one named
    "Det indstilles, at indkaldelse af stedfortræder godkendes.",
    # a contents list flattened onto one line (Skive Byråd 2008): the next titles run on after the summons
    "Sag nr.: Emne: 1. Ansøgning om orlov - indkaldelse af stedfortræder Retningslinier for reklamering i og på "
    "Skive Kommunes bygninger Ansøgning om godkendelse til lejeforhøjelser i Socialt Boligbyggeris afd. 11",
    # a member's statement that is no absence
    "Borgmester Jens Hansen har meddelt, at han ønsker at varetage sine kommunale hverv til valgperiodens udløb.",
    "Jens Hansen har oplyst, at han ikke længere ønsker at sidde i udvalget.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_summons_look_alikes(text: str) -> None:
    rows = find_attendance(text + END)
    assert not [r for r in rows if r.status in (A, S)]
