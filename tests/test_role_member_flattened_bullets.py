"""A body's bulleted members a PDF's text layer flattened into one line (`role_member_flattened_bullets`), as Region
Midtjylland, Hvidovre Kommune and Region Hovedstaden print them (dev-write documents rm-digital-sundhed-2020-08-18,
hvidovre-boerne-undervisningsudvalget-2015-11-09 and regionh-webpage-sundhedskoordinationsudvalget-medlemmer, each
flattened by the benchmark's `flatten`, a page on one line): each bulleted name after "… består af syv
regionsrådsmedlemmer:" or a bare "Medlemmer" is `medlem`, an entry printing a chair's post is not; never the list
under a label naming a chair's post (Herlev Kommune: "… en formand blandt udvalgets eksterne medlemmer i hver fase:"),
nor a name the flattened page ends in ("Marianne Puge Redaktør")."""

from __future__ import annotations

from pathlib import Path

from text_facts import role_pairs_of_text

from benchmarks.realworld_flattened import flatten

MIDTJYLLAND = (
    "Dagsordener og referater fra midlertidigt udvalg vedrørende digital sundhed\ntil\nmødet i\nden 18. a"
    "ugust 2020 kl. 11:00\ni Regionshuset Viborg, Konference 1, Skottenborg 26, 8800 Viborg\nAlle var mød"
    "t, undtagen John G. Christensen og Hanne Roed, som havde meldt afbud.\n1. Velkomst ved formandskabet"
    " og gennemgang af kommissorium (kl.11.00-11.25)\nSagsfremstilling\nRegionsrådet har nedsat det midle"
    "rtidige udvalg vedrørende digital sundhed og udpeget Niels Erik Iversen (A) som formand og Birgit Ma"
    "rie Christensen (A) som næstformand.\nFormandskabet gennemgår udvalgets kommissorium og forretningso"
    "rden, der er vedlagt som bilag.\nHerefter opridser administrationen de politiske anbefalinger, der k"
    "om fra det midlertidige udvalg vedrørende digital sundhed og transformation af sundhedsvæsenet i 201"
    "9. Afrapporteringen fra udvalget er vedlagt som baggrundsmateriale efter aftale med formandskabet.\n"
    "Om udvalget\nUdvalget består af syv regionsrådsmedlemmer:\n- Niels Erik Iversen (A) (formand)\n- Bir"
    "git Marie Christensen (A)(næstformand)\n- John G. Christensen (A)\n- Hanne Roed (B)\n- Steen Jakobse"
    "n (V)\n- Christian Møller-Nielsen (V)\n- Jørgen Winther (V).\nFra administrationen deltager it-direk"
    "tør Claus Wegener Kofoed og specialkonsulent Helene Bech Rosenbrandt, Sundhedsplanlægning. Udvalget "
    "sekretariatsbetjenes af Regionssekretariatet."
)

HVIDOVRE = (
    "Mødefakta\n\nDato: Mandag den 9. november 2015\nMødetidspunkt: Kl. 17:00\nMødested: Plejecenter Dybe"
    "nskærhave, Byvej 201 2650 Hvidovre\n\nMedlemmer\n\n  • Anders Liltorp (A)\n  • Annette Møller Sjøbec"
    "k (V)\n  • Kashif Ahmad (UP)\n  • Lars Gundelack Jensen (A)\n  • Maria Durhuus (A)\n  • Mette Dencke"
    "r (O)\n  • Mikkel Dencker ((O))\n\nIndholdsfortegnelse\n\n\n1. Godkendelse af dagsorden\n\nBeslutnin"
    "g i Børne- og Undervisningsudvalget den 09-11-2015\n\nGodkendt.\n\n\n2. Valg af midlertidig formand "
    "til Børne- og Undervisningsudvalget\n\nBeslutningstema\n\nBørne- og Undervisningsudvalget har muligh"
    "ed for at vælge midlertidig formand i Kenneth F. Christensens orlovsperiode.\n\nIndstilling\n\nBørn "
    "og Velfærd indstiller til Børne- og Undervisningsudvalget\n\n  1. at beslutte hvorvidt der i formand"
    "ens orlovsperiode skal vælges ny formand for udvalget\n  2. at såfremt dette besluttes vælge en form"
    "and for udvalget i orlovsperioden.\n\nBeslutning i Børne- og Undervisningsudvalget den 09-11-2015\n\n"
    "Ad 1.\n\nUdvalget besluttede at vælge ny formand i orlovsperioden.\n\nAd 2.\n\nUdvalget valgte Maria"
    " Durhuus (A) som formand i orlovsperioden."
)

HERLEV = (
    "Udvalget arbejdede faseopdelt. Fra september 2019 til august 2020 arbejdede udvalget i et virksomhed"
    "sspor. Fra oktober 2020 til marts 2021 arbejde udvalget i et borgerspor, og fra maj 2021 til august "
    "2021 arbejdede udvalget i et civilsamfundsspor.\n\nUdvalget arbejdede med:\n\n • konkrete forslag ti"
    "l bæredygtighedsindsatser i Herlev Kommune.\n • input til Herlev Kommunes kommende klima- og energis"
    "trategi.\n • målsætninger og forslag til indsatser om bæredygtighed, klimatilpasning og miljø i den "
    "kommende fulde revision af kommuneplanen.\n • at inspirere til energioptimerende løsninger i forhold"
    " til kommunens bygninger, udstyr og materiel samt inspirere borgere og virksomheder i byen til energ"
    "ioptimeringer.\n • at arrangere et eller flere åbne arrangementer for borgere, virksomheder mv., der"
    " sætter fokus på udvalgets arbejde, resultater og/eller konkrete initiativer.\n\nKommunalbestyrelsen"
    " udpegede tre medlemmer, som deltog i alle udvalgets tre faser. Af dem blev Michele Møller Amundsen "
    "valgt som fast næstformand i udvalget. Der valgtes desuden en formand blandt udvalgets eksterne medl"
    "emmer i hver fase:\n\n • Michele Møller Amundsen, Socialdemokratiet (A) \n • Henrik Hilleberg, Det K"
    "onservative Folkeparti (C)\n • Ibrahim Benli, Enhedslisten - De Rød-Grønne (Ø)"
)

HOVEDSTADEN = (
    "Medlemmer af Sundhedskoordinationsudvalget\n\nDet følger af sundhedsloven, at regionsrådet i samarbe"
    "jde med kommunalbestyrelserne i regionen skal nedsætte et sundhedskoordinationsudvalg.\n\nSundhedsko"
    "ordinationsudvalget har til opgave at koordinere regionen og kommunalbestyrelsernes samarbejde om in"
    "dsatsen på sundhedsområdet og om indsatsen for sammenhæng imellem sundhedssektoren og de tilgrænsend"
    "e områder.\n5 medlemmer udpeget af regionsrådet:\n\n • Regionsrådsmedlem Flemming Pless (A)\n • Regi"
    "onsrådsmedlem Jesper Clausson (A)\n • Regionsrådsmedlem Annette Randløv (B)\n • Regionsrådsmedlem Fr"
    "eja Södergran (O)\n • Regionsrådsmedlem Christine Dal Jensen (V)\n\n5 medlemmer udpeget af kommuneko"
    "ntaktrådet i Region Hovedstaden (KKR Hovedstaden):\n\n • Borgmester Helle Moesgaard Adelborg (A), Hv"
    "idovre Kommune\n • Borgmester Kirsten Jensen (A), Hillerød Kommune\n • Borgmester Simon Aggesen (C),"
    " Frederiksberg Kommune\n • Byrådsmedlem Birgit Roswall (V), Gribskov Kommune\n • Sundheds- og omsorg"
    "sborgmester Sisse Marie Berendt Welling (F)), Københavns Kommune\n\nHerudover 2 medlemmer udpeget af"
    " Praksisudvalget for Almen Praksis i Region Hovedstaden:\n\n • Formand for PLO-Hovedstaden Karin Zim"
    "mer\n • Næstformand for PLO-Hovedstaden Marianne Puge\nRedaktør"
)


def test_a_flattened_sentence_label_gives_its_bulleted_members(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, flatten(MIDTJYLLAND))
    members = {"John G. Christensen", "Hanne Roed", "Steen Jakobsen", "Christian Møller-Nielsen", "Jørgen Winther"}
    assert {(name, "medlem") for name in members} <= found
    assert ("Niels Erik Iversen", "medlem") not in found  # "(A) (formand)": the chair's own seat
    assert ("Claus Wegener Kofoed", "medlem") not in found  # after the list, no entry


def test_a_flattened_bare_label_gives_its_bulleted_members(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, flatten(HVIDOVRE))
    assert {("Maria Durhuus", "medlem"), ("Anders Liltorp", "medlem"), ("Mikkel Dencker", "medlem")} <= found


def test_a_label_naming_a_chair_post_lists_no_members(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, flatten(HERLEV))
    assert not {p for p in found if p[1] == "medlem"}, found


def test_the_name_a_flattened_page_ends_in_is_left_out(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, flatten(HOVEDSTADEN))
    assert {("Flemming Pless", "medlem"), ("Karin Zimmer", "medlem")} <= found
    assert not {p for p in found if p[0].startswith("Marianne Puge") and p[1] == "medlem"}, found


def test_the_lists_unflattened_read_the_same(tmp_path: Path) -> None:
    assert ("Maria Durhuus", "medlem") in role_pairs_of_text(tmp_path, HVIDOVRE)
