"""A body's members one a line with no bullet, a PDF's text layer ran together into one line
(`role_member_flattened_names`), as Region Midtjylland, Lejre Kommune and Fredensborg Kommune print them (dev-write
documents rm-regionsraadet-2017-12-15, lejre-webpage-folkeoplysningsudvalget and
fredensborg-folkeoplysningsudvalget-2018-02-27, each flattened by the benchmark's `flatten`, a page on one line): each
name of the run after "… er følgende valgt til regionsrådet …:" (party headings between), "… konstitueret nyt
udvalg:" or a bare "Medlemmer" is `medlem`; never the names after the run's end ("Afbud Kristian Hegaard (B)"), nor a
list printed with commas on one line under a label of who attended (Skovboskolen: "Deltagere: Forældrevalgte: …
Skolerepræsentanter: Birgit Pedersen, Lene Fog Jørgensen, …"), nor the name the flattened page ends in."""

from __future__ import annotations

from pathlib import Path

from text_facts import role_pairs_of_text

from benchmarks.realworld_flattened import flatten

MIDTJYLLAND = (
    "Referat\ntil\nmødet i regionsrådet\nden 15. december 2017 kl. 16:00\ni Regionsrådssalen, Regionshuset Vi"
    "borg, Skottenborg 26, 8800 Viborg\n\nAlle medlemmer var mødt.\n\n \n\nMødet blev hævet kl. 16.15.\n\n\nSagnr."
    ": 0-3-1-13\n\n1. Oversigt over medlemmerne af regionsrådet for Region Midtjylland i valgperioden 1. ja"
    "nuar 2018 - 31. december 2021\n\nResume\n\nDer gives en orientering om de valgte medlemmer af regionsråd"
    "et for Region Midtjylland i valgperioden 1. januar 2018 - 31. december 2021.\n\nDirektionen indstiller"
    ",\n\nat orienteringen om de valgte medlemmer af regionsrådet i valgperioden 1. januar 2018 - 31. decem"
    "ber 2021 tages til orientering.\n\nSagsfremstilling\n\nIfølge valgbogen for valget den 21. november 2017"
    " til regionsrådet for Region Midtjylland er følgende valgt til regionsrådet i valgperioden 1. januar"
    " 2018 - 31. december 2021:\n\nA. Socialdemokratiet\n\nAnders Kühnau\n\nAnnette Roed\n\nNiels Erik Iversen\n\nL"
    "ars Møller Pedersen\n\nMette Valbjørn\n\nBirgit Marie Christensen\n\nOle Jepsen\n\nHenrik Gottlieb Hansen\n\nM"
    "arianne Carøe\n\nHenrik Fjeldgaard\n\nMorten Flæng\n\nClaus Kjeldsen\n\nJohn G. Christensen\n\nConny Jensen\n\nF"
    "lemming Knudsen\n\n \n\nB. Radikale Venstre\n\nHanne Roed\n\n \n\nC. Det Konservative Folkeparti\n\nNicolaj Bang"
    "\n\n \n\nF. SF-Socialistisk Folkeparti\n\nJacob Isøe Klærke\n\nSusanne Buch\n\n \n\nI.  Liberal Alliance\n\nJakob "
    "Rixen\n\n \n\nK. KristenDemokraterne\n\nMarianne Karlsmose\n\n \n\nO. Dansk Folkeparti\n\nLone Langballe\n\nSteen "
    "Thomsen\n\nOle Revsgaard Andersen\n\n \n\nP. Psykiatri-Listen\n\nMikkel Rasmussen\n\n \n\nV. Venstre, Danmarks L"
    "iberale Parti\n\nCarsten Kissmeyer\n\nUlrich Fredberg\n\nDorte West\n\nIb Bjerregaard\n\nJørgen Winther\n\nTorbe"
    "n Nørregaard\n\nArne Lægaard\n\nErik Vinthe\n"
)


LEJRE = (
    "Folkeoplysningsudvalget\n\nFolkeoplysningsudvalget fordeler tilskud og anviser lokaler til foreninger "
    "og aftenskoler, der etablerer folkeoplysende virksomhed i kommunen.\nMedlemmerne af udvalget vælger, "
    "ved stemmeflerhed, selv sin formand og næstformand.\n\nFolkeoplysningsudvalget består af 15 medlemmer:"
    "\n\n  • 2 medlemmer valgt af og blandt Kommunalbestyrelsens medlemmer.\n  • 4 medlemmer indstillet af f"
    "oreninger, der etablerer folkeoplysende voksenundervisning (aftenskolerne).\n  • 5 medlemmer indstill"
    "et af idrætsforeningerne.\n  • 2 medlemmer indstillet af alle de øvrige foreninger.\n  • 2 medlemmer i"
    "ndstillet af se selvorganiserede grupper.\n\nEfter valg til Folkeoplysningsudvalget er der 5. maj 2022"
    " konstitueret nyt udvalg: \n\nAnne Lauridsen (-)\nJan Hovmand (-)\nLise Christensen (-)\nNiels Behr (-)\nO"
    "le Meibom (-)\nRuth Nielsen (-)\nWilliam S. Jacobsen (-)\nChristian Fjeldsted Andersen (V)\nInger-Lis We"
    "stergaard (-)\nJens Nielsen (-)\nMarianne Rex Sørensen (-)\nOle Bjørn Hansen (-)\nPeter Rasmussen (-)\nTo"
    "rben Hornuff Madsen (-)\nThomas Bisgaard (B)\n\nWilliam S. Jacobsen valgt som formand\nInger-Lis Westerg"
    "aard valgt som næstformand\n\nJf. vedtægter for Folkeoplysningsudvalget afholder Folkeoplysningsudvalg"
    "et møde mindst 1 gang i hvert kvartal og højest 7 møder årligt\n\nMøderne i 2023 afholdes kl. 18 -21 p"
    "å følgende datoer:\n\nTirsdag den 8. marts\nTorsdag den 7. juni\nTirsdag den 12. september\nOnsdag den 13"
    ". december\n\nDu finder dagsordener og referater fra Folkeoplysningsudvalgets møder her.\n\nDu kan læse "
    "om de forskellige tilskud til folkeoplysende foreninger her.\n"
)


FREDENSBORG = (
    "27-02-2018 kl. 17:00\nLilletrommen\n\nMedlemmer\n\nBo Hilsted (A)\n\nJesper Tvilde (C)\n\nLis Grete Møller (F"
    ")\n\nFreja Brabæk Kristensen (O)\n\nThomas Elgaard (V)\n\nSarah Christensen (Ø)\n\nLars La Cour (Idrætsrådet"
    ")\n\nThomas Meier (Idrætsrådet)\n\nHanne Larsen (Børne- og Ungdomsorganisationernes Samråd)\n\nEbba Anker "
    "Nielsen (Kulturelt Samråd)\n\nKirsten Brandt (Kulturelt Samråd)\n\nAfbud\n\nKristian Hegaard (B)\n\nAlice Ki"
    "ander (Børne- og Ungdomsorganisationernes Samråd\n\nSigne Buch (Aftenskoleforeningen)\n\nNr.1 - Træffeti"
    "d\n\nAlice Kiander (Børne- og Ungdomsorganisationernes Samråd, Signe Buch (Aftenskoleforeningen), Kris"
    "tian Hegaard (B)\n\nBeslutning i Folkeoplysningsudvalget (18-21) den 27-02-2018\n\nIngen mødt.\n\nNr.2 - G"
    "odkendelse af dagsorden\n\nAlice Kiander (Børne- og Ungdomsorganisationernes Samråd, Signe Buch (Aften"
    "skoleforeningen), Kristian Hegaard (B)\n\nBeslutning i Folkeoplysningsudvalget (18-21) den 27-02-2018\n"
    "\nGodkendt.\n\nNr.3 - Valg af formand og næstformand for Folkeoplysningsudvalget\n\nSagsnr.: 18/3918\n\n \nA"
    "lice Kiander (Børne- og Ungdomsorganisationernes Samråd, Signe Buch (Aftenskoleforeningen), Kristian"
    " Hegaard (B)\n\nBeslutningstema\n\nDer skal vælges formand og næstformand for Folkeoplysningsudvalget.\n\n"
    "Sagsfremstilling og økonomi\n\nI henhold til Kommissoriet for Folkeoplysningsudvalget vælger Folkeoply"
    "sningsudvalget selv sin formand og næstformand.\n\n \n\nAf forretningsordenen, godkendt af det tidligere"
    " Fritidsforum, fremgår det, at valget sker ved almindeligt stemmeflertal blandt de tilstedeværende m"
    "edlemmer på første ordinære møde efter ny valgperiode. Formand og næstformand vælges for en fireårig"
    " periode, der følger byrådets valgperiode.\n\nRetsgrundlag\n\nKommissorium for Folkeoplysningsudvalget o"
    "g Forretningsorden for Fritidsforum.\n\nKompetence\n\nFolkeoplysningsudvalget.\n\nIndstilling\n\nAt der vælg"
    "es formand og næstformand for Folkeoplysningsudvalget.\n\nBeslutning i Folkeoplysningsudvalget (18-21)"
    " den 27-02-2018\n\nUdvalget valgte Lars La Cour som formand\n"
)


SKOVBOSKOLEN = (
    "Referat af Skolebestyrelsesmøde\nSkovboskolen, mødelokale K2\ntirsdag den 2. december 2008 kl. 18.30 -"
    " 20.30\n\n\nDirigent: Peter Knappmann\nReferent: Anne Mikkelsen\nKontoret sørger for lidt ekstra at spise"
    " og drikke.\n\nDeltagere:\nForældrevalgte: Peter Knappmann, Nette Schultz, Brian Folmann Christiansen, "
    "Bo Høier, Knud Birkedal Nielsen, Dorte Myhre Therkildsen.\nSkolerepræsentanter: Birgit Pedersen, Lene"
    " Fog Jørgensen, Annemette Jørgensen, Christian Steffensen, Anne Mikkelsen, Per Skøt.\nElevrepræsentan"
    "ter:  - -\n\nFraværende:\nForældrevalgte: Afbud fra Rikke Søndergaard.\nElevrepræsentanter: Marie Kristi"
    "ne Braad Carstens, Nicolaj Bøje Hansen (måske er det gået galt mht. dagsordenen?). 1. Godkendelse af"
    " referat:\n  Referatet godkendt.\n\n 2. Elevråd:\n  Eleverne deltog ikke. Måske er der problemer med uds"
    "endelsen af dagsorden. Der vil blive fulgt op på situationen.\n\n 3. Nyt fra skolens hverdag, Per Skøt"
    ":\n  Se bilag fra kalenderen uge 49 - 51.\n  ArbejdsTilsynet kommer på besøg på torsdag. Per Skøt og C"
    "hristian Steffensen orienterede om forarbejdet. Der er hentet hjælp forskellige steder fra.\n\n 4. Bud"
    "get, status skole/SFO, Christian Steffensen:\n  Christian Steffensen gennemgik skolens og SFO'ens bud"
    "getter ud fra selv-kreerede regneark. Enkelte poster blev drøftet. Det endelige regnskab kan først g"
    "odkendes i starten af 2009, når de sidste regninger og refusioner er kommet til udbetaling og bogfør"
    "ing.\n\n 5. Evaluering af Kontaktforældremøde den 25.11, Nette Schultz:\n  Rigtigt godt og konstruktivt"
)


def test_a_flattened_election_result_gives_each_name_under_its_party(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, flatten(MIDTJYLLAND))
    members = {"Anders Kühnau", "John G. Christensen", "Hanne Roed", "Nicolaj Bang", "Mikkel Rasmussen", "Arne Lægaard"}
    assert {(name, "medlem") for name in members} <= found
    assert ("Erik Vinthe", "medlem") not in found  # the flattened page ends in the name: its surname may be cut


def test_a_flattened_run_with_brackets_after_a_sentence_label(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, flatten(LEJRE))
    members = {"Anne Lauridsen", "William S. Jacobsen", "Christian Fjeldsted Andersen", "Thomas Bisgaard"}
    assert {(name, "medlem") for name in members} <= found


def test_a_bare_label_run_ends_at_the_label_of_apologies(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, flatten(FREDENSBORG))
    assert {("Bo Hilsted", "medlem"), ("Lars La Cour", "medlem"), ("Kirsten Brandt", "medlem")} <= found
    assert ("Kristian Hegaard", "medlem") not in found  # "… (Kulturelt Samråd) Afbud Kristian Hegaard (B)"


def test_a_comma_list_under_a_label_of_attendance_is_no_run(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, flatten(SKOVBOSKOLEN))
    assert not {p for p in found if p[1] == "medlem"}, found


def test_the_lists_unflattened_read_the_same(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, MIDTJYLLAND)
    assert {("Anders Kühnau", "medlem"), ("Erik Vinthe", "medlem")} <= found
