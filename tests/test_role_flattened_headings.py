"""The headings of a case's parts run on inside a flattened page's line (`role_flattened_headings`), read by
`role_posts.proposed`: a decision's heading between a proposal and the name it records elected, its adoption of the
proposal as it stands, and the case's account after a proposal, as Thisted, Herning and Middelfart Kommune print
them once a page is one line (excerpts of dev-write documents as the flattened view prints them, each line a
flattened page's); never a decision with changes, a short line, or "beslutning" in prose."""

from __future__ import annotations

from pathlib import Path

from text_facts import role_pairs_of_text

from graphbuild.extract.role_flattened_headings import DECISION_INLINE, approved_after, on_flattened_line

HEADER = "Referat\n\n"

THISTED = (
    "1 af formand. Retsgrundlag Lov om kommunernes styrelse §22. Økonomiske konsekvenser Intet at bemærke. Andre "
    "konsekvenser Intet at bemærke. Høring og sagsgang Børne- og Familieudvalget den 11. januar 2022 Indstilling Til "
    "beslutning. Beslutning Peter Larsen valgt som formand. Til toppen 3. Konstituering af Børne- og Familieudvalget - "
    "valg af næstformand Udskriv Sagstema Valg af næstformand. Redegørelse Børne- og Familieudvalget har mulighed for "
    "at vælge en næstformand. Retsgrundlag Lov om kommunernes styrelse §22. Økonomiske konsekvenser Intet at bemærke. "
    "Andre konsekvenser Intet at bemærke. Høring og sagsgang Børne- og Familieudvalget den 11. januar 2022 Indstilling "
    "Til beslutning. Beslutning Kenneth Bjerregaard valgt som næstformand. Til toppen 4. Forretningsorden for Børne- "
    "og Familieudvalget Udskriv Sagstema Godkendelse af forretningsorden for Børne- og Familieudvalget. Redegørelse "
    "Ledelsessekretariatet har lavet et forslag til en fælles forretningsorden for henholdsvis Økonomiudvalget"
)
HERNING = (
    "2 Fortegnelse sendes via mailDirektøren for Økonomi, Personale og Borgerservice indstiller Beslutning "
    "Indstillingen er tiltrådt. 2. Valg af Økonomi- og Erhvervsudvalgets næstformand Sagsnr.: 00.22.04-A00-1-13 "
    "Sagsbehandler: Grethe Wilmoes Valg af Økonomi- og Erhvervsudvalgets næstformand DIR FOU BFU SOS BSK KFU BYP "
    "TMU ØKE BYR x Øvrige sagsbehandlere: - "
    "Sagsfremstilling På Byrådets konstituerende møde den 9. december 2013 pkt. 3 valgte Byrådet i enighed dels den "
    "politiske sammensætning og dels medlemmerne af Økonomi- og Erhvervsudvalget. Borgmesteren er formand for Økonomi- "
    "og Erhvervsudvalget, jf. styrelseslovens § 18. Formelt skal udvalget vælge sin næstformand. Der er indgået "
    "politisk aftale om udpegningen af næstformanden for Økonomi- og Erhvervsudvalget. Indstilling Borgmesteren "
    "indstiller at Finn Stengel Petersen (A) vælges som næstformand for Økonomi- og Erhvervsudvalget. Borgmesteren "
    "indstiller Beslutning {decision} 3. Praksis for udsendelse af dagsordner til Økonomi- og Erhvervsudvalget samt "
    "til byråd og fagudvalg Sagsnr.: 00.22.00-A26-1-14 Sagsbehandler: Grethe Wilmoes"
)


def test_a_decision_heading_run_on_before_the_elected_name(tmp_path: Path) -> None:
    pairs = role_pairs_of_text(tmp_path, HEADER + THISTED)
    assert {("Peter Larsen", "formand"), ("Kenneth Bjerregaard", "næstformand")} <= pairs


def test_a_proposal_the_decision_adopts_as_it_stands(tmp_path: Path) -> None:
    adopted = HERNING.format(decision="Indstillingen er tiltrådt.")
    assert ("Finn Stengel Petersen", "næstformand") in role_pairs_of_text(tmp_path, HEADER + adopted)


def test_a_proposal_the_decision_changes_stays_a_proposal(tmp_path: Path) -> None:
    # near miss: "Godkendt, idet …" adopts the proposal with changes: the proposed name is no elected one
    changed = HERNING.format(decision="Godkendt, idet udvalget udsætter valget.")
    assert ("Finn Stengel Petersen", "næstformand") not in role_pairs_of_text(tmp_path, HEADER + changed)


def test_only_a_heading_on_a_flattened_line() -> None:
    # near misses: "beslutning" in lower case, "Beslutning om …", a decision heading on a short line
    assert DECISION_INLINE.search("Til beslutning. Beslutning Kenneth") is not None
    assert DECISION_INLINE.search("Til beslutning Kenneth") is None
    assert DECISION_INLINE.search("en endelig Beslutning om valget") is None
    short = "indstiller at Finn Stengel Petersen vælges. Beslutning Indstillingen er tiltrådt."
    assert not on_flattened_line(short, 20)
    assert approved_after(short, 20, 300)  # the heading's reading; `proposed` asks it only on a flattened line
