"""A body's bulleted roster under its heading, a PDF's text layer flattened into one line
(`role_roster_flattened_bullets`), as KL and Region Sjælland print them (dev-write documents
kl-bestyrelse-formandskab-webpage-2018 and regionsjaelland-webpage-sundhedskoordinationsudvalget, each flattened by the
benchmark's `flatten`, a page on one line): each bulleted name under "Medlemmerne af KL's bestyrelse i valgperioden
2018-2022 er:" or "Medlemmer af Sundhedskoordinationsudvalget" (a group's heading "Region" between) is `medlem`, an
entry opening with the chair's title is the chair, no `medlem`; never the contact named after the roster ("Administrativ
kontaktperson Chefkonsulent Dorthe Fischer Mathiesen"), nor a bulleted list under no roster's heading."""

from __future__ import annotations

from pathlib import Path

from text_facts import role_pairs_of_text

from benchmarks.realworld_flattened import flatten

KL = (
    "Politisk organisation\n\nBestyrelse, formandskab og repræsentantskab\n\nKL's bestyrelse bliver valgt på "
    "det første delegeretmøde efter et kommunalvalg. KL's formandskab består af KL's formand, næstformand"
    " og tre yderligere bestyrelsesmedlemmer. KL's repræsentantskab består af de 98 borgmestre og i denne"
    " valgperiode af yderligere 60 kommunalbestyrelsesmedlemmer.\n\nBestyrelse\n\n Medlemmerne af KL's bestyr"
    "else i valgperioden 2018-2022 er:\n\n • Formand: Jacob Bundsgaard (A), Aarhus\n\n • Næstformand: Martin "
    "Damm (V), Kalundborg\n\n • Frank Jensen (A), København\n\n • Thomas Gyldal Petersen (A), Herlev\n\n • Jaco"
    "b Bjerregaard (A), Fredericia\n\n • Birgit Stenbak Hansen (A), Frederikshavn\n\n • Thomas Kastrup-Larsen"
    " (A), Aalborg\n\n • Thomas Adelskov (A), Odsherred\n\n • Leon Sebbelin (B), Rebild\n\n • Michael Ziegler ("
    "C), Høje-Taastrup\n\n • Tonni Hansen (F), Langeland\n\n • Jette Skive (O), Aarhus\n\n • Jens Ive (V), Rude"
    "rsdal\n\n • Jørn Pedersen (V), Kolding\n\n • Ulrik Wilbek (V), Viborg\n\n • Erik Flyvholm (V), Lemvig\n\n • "
    "Per Clausen (Ø), Aalborg.\n\n • PDF\n\n  Forretningsorden for KL's bestyrelse\n\n • PDF\n\n  Fortegnelse ove"
    "r KL's bestyrelse 1970-2019.pdf\n\n • PDF\n\n  Deltagerliste - møder i KL's bestyrelse 2018-2022.pdf\n\nFo"
    "rmandskab\n\nMedlemmerne af KL's formandskab er:\n\n • Formand Jacob Bundsgaard (A), Aarhus\n • Næstforma"
    "nd Martin Damm (V), Kalundborg\n • Jørn Pedersen (V), Kolding\n • Frank Jensen (A), København\n • Tonni"
    " Hansen (F), Langeland.\n\nBorgmester Michael Ziegler (C) fra Høje-Taastrup Kommune deltager også i fo"
    "rmandskabsmøderne i sin egenskab af formand for KL's Løn- og Personaleudvalg. \n\n • PDF\n\n  Deltagere "
    "i KL's formandskabsmøder 2018-2022\n\nRepræsentantskab\n\nDe 98 borgmestre er fødte medlemmer, mens de 6"
    "0 øvrige medlemmer er valgt, så sammensætningen af repræsentantskabet svarer til resultatet ved komm"
    "unalvalget i 2017.\n"
)


SJAELLAND = (
    "Gå til indhold\n\nSundhedskoordinationsudvalget\n\nRepræsentanter fra kommuner, region og praksissektor "
    "drøfter sundhedsaftaler og sammenhæng mellem sygehuse, kommuner og praksissektor.\n\nRegionsrådet har "
    "i samarbejde med kommunalbestyrelserne i regionen nedsat et Sundhedskoordinationsudvalg.\n\nSundhedsko"
    "ordinationsudvalget består af repræsentanter fra region, kommuner og almen praksis.\n\nSundhedskoordin"
    "ationsudvalget har til formål at understøtte sammenhængende patientforløb på tværs af kommuner og re"
    "gion, herunder at understøtte kvaliteten og den effektive ressourceudnyttelse.\n\nSundhedskoordination"
    "sudvalget har til opgave at udarbejde udkast til sundhedsaftalen og understøtte, at regionsråd og al"
    "le kommunalbestyrelser i regionen kan godkende sundhedsaftalen.\n\nUdvalget følger op på sundhedsaftal"
    "en én gang årligt og vurderer behovet for at revidere indholdet.\n\nUdvalget opstiller målsætninger fo"
    "r udviklingen af sundhedsområdet.\n\nSundhedskoordinationsudvalget sekretariatsbetjenes af regionen.\n\n"
    "Forretningsorden\n\nMedlemmer af Sundhedskoordinationsudvalget\n\nRegion\n\n • Lone Lindsby, Koncerndirekt"
    "ør\n • Trine Hedegaard Holgersen, Direktør, Det Nære Sundhedsvæsen\n • Anne Øster Hjortshøj, Enhedsche"
    "f\n • Formand Anne Møller Ronex (B), Regionsrådet\n • Camilla Hove Lund (V), Regionsrådet\n • Julie Jac"
    "obsen (O), Regionsrådet\n • Kirsten Rask (A), Regionsrådet\n • Anne Bondo Nielsen (Ø), Regionsrådet\n\nK"
    "ommuner\n\n • Kommunaldirektør Claus Thykjær, Greve Kommune\n • Pernille Beckmann (V), Greve kommune\n •"
    " Anette Mortensen (V), Stevns kommune\n • Eric Steffensen (O), Lolland kommune\n • Bente Borreskov (Ø)"
    ", Lolland kommune\n • Anne Camilla Meyer (A), Faxe kommune\n\nPraktiserende læger\n\n • Camilla Høeg-Guld"
    "berg\n • Diana Jensen\n • Johan Rewentlow\n\nAdministrativ kontaktperson\nChefkonsulent Dorthe Fischer Ma"
    "thiesen\nsundhedsaftalen@regionsjaelland.dk\n\nDagsordener og referater fra møder i Sundhedskoordinatio"
    "nsudvalget kan findes he\n"
)


def test_a_flattened_bulleted_roster_under_a_heading_naming_the_body(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, flatten(KL))
    members = {"Frank Jensen", "Thomas Gyldal Petersen", "Jette Skive", "Erik Flyvholm", "Per Clausen"}
    assert {(name, "medlem") for name in members} <= found
    assert ("Jacob Bundsgaard", "formand") in found


def test_a_group_heading_before_the_first_bullet_is_no_part_of_the_body(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, flatten(SJAELLAND))
    members = {"Lone Lindsby", "Camilla Hove Lund", "Pernille Beckmann", "Anne Camilla Meyer", "Diana Jensen"}
    assert {(name, "medlem") for name in members} <= found
    assert ("Anne Møller Ronex", "formand") in found
    assert ("Anne Møller Ronex", "medlem") not in found  # "• Formand Anne Møller Ronex (B)": the chair's seat
    assert ("Dorthe Fischer Mathiesen", "medlem") not in found  # the contact after the roster


def test_bullets_under_no_roster_heading_give_no_members(tmp_path: Path) -> None:
    text = SJAELLAND.replace("Medlemmer af Sundhedskoordinationsudvalget", "Mødeplan for Sundhedskoordinationsudvalget")
    found = role_pairs_of_text(tmp_path, flatten(text))
    assert ("Diana Jensen", "medlem") not in found


def test_the_rosters_unflattened_read_the_same(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, SJAELLAND)
    assert {("Lone Lindsby", "medlem"), ("Diana Jensen", "medlem")} <= found
