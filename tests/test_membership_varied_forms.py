"""Membership statements of dev-write documents written the way other publishers write them (issue 13 item
3, the stress test of the membership readers): each form a publisher varies (the verb, a year between the
verb and its members, the body named before or after the list) and a near miss that states no membership.
The bodies and municipalities are those of dev-write documents (svjb-news-samlet-beredskaberne-2015,
struer-news-destination-limfjorden-2020-02-24, trekantbrand-webpage-ledelse-og-udvalg)."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations

from graphbuild.models import DocumentFacts

NEWS = "Nyheder\n\nDet oplyser sekretariatet i en pressemeddelelse. "


def members(facts: DocumentFacts) -> set[tuple[str, str]]:
    return {(member, network) for member, network, _ in named_relations(facts, "MEMBER_OF")}


def test_a_year_between_set_up_and_its_founders(tmp_path: Path) -> None:
    # svjb-news-samlet-beredskaberne-2015: "Siden 1. januar 2015 har redningsberedskaberne i Esbjerg, Varde og
    # Fanø Kommune samlet ressourcerne …", as a publisher dates the setting up: "blev stiftet i 2015 af"
    text = NEWS + "Sydvestjysk Brandvæsen blev stiftet i 2015 af Esbjerg, Varde og Fanø Kommuner.\n"
    assert members(facts_of_text(tmp_path, text)) == {
        (m, "Sydvestjysk Brandvæsen") for m in ("Esbjerg", "Varde", "Fanø")
    }


def test_a_year_and_founders_who_are_people_are_no_members(tmp_path: Path) -> None:
    text = NEWS + "Sydvestjysk Brandvæsen blev stiftet i 2015 af tre frivillige brandmænd.\n"
    assert members(facts_of_text(tmp_path, text)) == set()


def test_a_body_named_in_the_genitive_before_its_owners_is_named_without_its_s(tmp_path: Path) -> None:
    # struer-news-destination-limfjorden-2020-02-24: "DESTINATION LIMFJORDEN er et fælles destinationsselskab
    # mellem Skive, Morsø og Struer kommuner", as a publisher writes it with the body in the genitive
    text = NEWS + "Destination Limfjordens ejere er Skive, Struer og Morsø Kommuner.\n"
    assert members(facts_of_text(tmp_path, text)) == {
        (m, "Destination Limfjorden") for m in ("Skive", "Struer", "Morsø")
    }


def test_a_name_ending_in_a_municipality_keeps_its_s_before_a_noun(tmp_path: Path) -> None:
    # "Business Region Aarhus" ends in a municipality's name, no genitive of "Business Region Aarhu"
    text = NEWS + "Business Region Aarhus medlemmer er Favrskov, Silkeborg og Skanderborg Kommuner.\n"
    assert {network for _, network in members(facts_of_text(tmp_path, text))} == {"Business Region Aarhus"}


def test_we_on_a_bodys_page_is_the_body_its_heading_names(tmp_path: Path) -> None:
    # trena-webpage-trekantomraadet-danmark: "Trekantområdet Danmark er et samarbejde mellem de syv kommuner
    # Kolding, Vejle, …", as a body's own page writes it in the first person under its name
    text = "Trekantområdet Danmark\n\nVi er et samarbejde mellem Kolding, Vejle og Fredericia Kommuner.\n"
    assert members(facts_of_text(tmp_path, text)) == {
        (m, "Trekantområdet Danmark") for m in ("Kolding", "Vejle", "Fredericia")
    }


def test_we_is_never_a_networks_name(tmp_path: Path) -> None:
    # a page with no body's heading: "Vi" names no network
    text = "Nyheder\n\nVi er et samarbejde mellem Kolding, Vejle og Fredericia Kommuner.\n"
    assert members(facts_of_text(tmp_path, text)) == set()


def test_a_network_named_by_the_abbreviation_the_text_defines_carries_its_long_name(tmp_path: Path) -> None:
    # venstre-jammerbugt-news-brn-ny-formand-2018-02-13: "… ny formand for Business Region North Denmark (BRN) …
    # BRN er et erhvervspolitisk samarbejde mellem de 11 nordjyske kommuner og Region Nordjylland"
    text = (
        NEWS
        + "Mogens Gade bliver ny formand for Business Region North Denmark (BRN).\n\n"
        + "BRN er et erhvervspolitisk samarbejde mellem Aalborg, Hjørring og Thisted kommuner.\n"
    )
    facts = facts_of_text(tmp_path, text)
    network = next(e for e in facts.entities if e.name == "BRN")
    assert "Business Region North Denmark" in network.aliases
    assert members(facts) == {(m, "BRN") for m in ("Aalborg", "Hjørring", "Thisted")}


def test_a_persons_initials_give_a_network_no_long_name(tmp_path: Path) -> None:
    # nationalpark-vadehavet-bestyrelsen-2013-04-17 prints members' initials: "Friluftsrådet Hanne Voetmann (HV)"
    text = NEWS + "Referent: Hanne Voetmann (HV).\n\nHV er et samarbejde mellem Aalborg, Hjørring og Thisted.\n"
    facts = facts_of_text(tmp_path, text)
    assert all("Hanne Voetmann" not in e.aliases for e in facts.entities)


def test_the_counted_mayors_of_a_cooperation_name_its_municipalities(tmp_path: Path) -> None:
    # trekantbrand-news-enige-borgmestre-2021: "ifølge de fem borgmestre i Kolding, Fredericia, Middelfart, Vejen og
    # Billund kommuner", the form of "Samarbejdet i Trekantområdet er politisk ledet af de syv borgmestre i …"
    text = NEWS + "Samarbejdet i Trekantområdet er ledet af de tre borgmestre i Kolding, Vejle og Fredericia.\n"
    assert members(facts_of_text(tmp_path, text)) == {(m, "Trekantområdet") for m in ("Kolding", "Vejle", "Fredericia")}


def test_mayors_meeting_a_body_are_no_members_of_it(tmp_path: Path) -> None:
    text = NEWS + "Borgmestrene i Esbjerg, Varde og Fanø Kommuner mødtes med Sydvestjysk Brandvæsen i går.\n"
    assert members(facts_of_text(tmp_path, text)) == set()


def test_a_body_named_after_the_founders_verb_is_their_network(tmp_path: Path) -> None:
    # struer-news-destination-limfjorden-2020-02-24's cooperation ("et nyt turismesamarbejde mellem Skive, Struer og
    # Morsø Kommune") as a publisher states its founding, the body's name right after the verb or before it
    founded = NEWS + "Skive, Struer og Morsø Kommuner har i fællesskab stiftet Limfjordssamarbejdet.\n"
    set_up = NEWS + "Limfjordssamarbejdet er etableret af Skive, Struer og Morsø Kommuner.\n"
    for text in (founded, set_up):
        assert members(facts_of_text(tmp_path, text)) == {
            (m, "Limfjordssamarbejdet") for m in ("Skive", "Struer", "Morsø")
        }


def test_one_municipality_setting_up_its_own_body_is_no_membership(tmp_path: Path) -> None:
    text = NEWS + "Limfjordssamarbejdet er etableret af Skive Kommune.\n"
    assert members(facts_of_text(tmp_path, text)) == set()


MINUTES = (
    "Referat\nByrådet\nMøde den 26. august 2020\nAabenraa Kommune\n\n"
    "1. Medlemskab af foreninger\n\nSagsfremstilling\n\n"
)


def test_the_municipality_of_its_own_minutes_as_kommunen(tmp_path: Path) -> None:
    # landdistrikternes-faellesraad-news-aeroe: "kommunen har valgt at melde sig ind i organisationen", as a
    # municipality's own minutes say it of itself ("Kommunen er medlem af …")
    text = MINUTES + "Kommunen er medlem af Landdistrikternes Fællesråd.\n"
    assert members(facts_of_text(tmp_path, text)) == {("Aabenraa", "Landdistrikternes Fællesråd")}


def test_kommunen_in_a_news_item_is_no_member(tmp_path: Path) -> None:
    # a news item may speak of any municipality as "kommunen"
    text = NEWS + "Kommunen er medlem af Landdistrikternes Fællesråd.\n"
    assert members(facts_of_text(tmp_path, text)) == set()


def test_a_body_covering_municipalities_states_no_membership(tmp_path: Path) -> None:
    # README `memberships`: a body only serving or covering municipalities, with no word of membership, gives no
    # row; vsbv-news-nyheder-2018's body and its owners, as an area a body covers
    text = NEWS + "Vestsjællands Brandvæsen dækker Holbæk, Kalundborg og Lejre Kommuner.\n"
    assert members(facts_of_text(tmp_path, text)) == set()


def test_a_joint_body_for_its_municipalities_is_named_by_its_noun(tmp_path: Path) -> None:
    # mjbr-beredskabskommission-webpage: "den nye fælles Beredskabskommission for Viborg og Silkeborg kommuner"; the
    # same "fælles … for" before a strategy or a meeting names no body of theirs
    body = NEWS + "Midtjysk Brand & Redning er et fælleskommunalt beredskab for Viborg og Silkeborg kommuner.\n"
    assert members(facts_of_text(tmp_path, body)) == {(m, "Midtjysk Brand & Redning") for m in ("Viborg", "Silkeborg")}
    strategy = NEWS + "Midtjysk Brand & Redning har udarbejdet en fælles strategi for Viborg og Silkeborg kommuner.\n"
    project = NEWS + "Midtjysk Brand & Redning leder et tværkommunalt projekt for Viborg og Silkeborg kommuner.\n"
    for text in (strategy, project):
        assert members(facts_of_text(tmp_path, text)) == set()


def test_following_municipalities_state_a_membership_only_by_their_verb(tmp_path: Path) -> None:
    # trekantbrand-webpage-ledelse-og-udvalg's owners, listed after "følgende kommuner" as publishers list them:
    # joining is stated by the verb ("deltager i"), a hearing's answers are none
    joined = NEWS + "Følgende kommuner deltager i TrekantBrand: Billund, Fredericia og Kolding.\n"
    owners = ("Billund", "Fredericia", "Kolding")
    assert members(facts_of_text(tmp_path, joined)) == {(m, "TrekantBrand") for m in owners}
    heard = NEWS + "Følgende kommuner har sendt høringssvar til Sydvestjysk Brandvæsen: Billund og Kolding.\n"
    assert members(facts_of_text(tmp_path, heard)) == set()


def test_the_municipalities_in_a_region_are_no_network_of_theirs(tmp_path: Path) -> None:
    # "kommunerne i X er A, B og C" names X's members; "kommunerne i Region Syddanmark" names a place
    text = NEWS + "Sydvestjysk Brandvæsen har skrevet til kommunerne i Region Syddanmark, herunder Esbjerg og Varde.\n"
    assert members(facts_of_text(tmp_path, text)) == set()
    wrapped = (
        NEWS + "Sydvestjysk Brandvæsen har skrevet til kommunerne i\nRegion Syddanmark, herunder Esbjerg og Varde.\n"
    )
    assert members(facts_of_text(tmp_path, wrapped)) == set()
    listed = NEWS + "Kommunerne i Sydvestjysk Brandvæsen er Esbjerg, Varde og Fanø.\n"
    owners = ("Esbjerg", "Varde", "Fanø")
    assert members(facts_of_text(tmp_path, listed)) == {(m, "Sydvestjysk Brandvæsen") for m in owners}


def test_fellows_between_the_verb_and_what_is_joined(tmp_path: Path) -> None:
    # trena-webpage-trekantomraadet-danmark's members ("et samarbejde mellem de syv kommuner Kolding, Vejle, …"), as
    # one of them says it: "Kolding Kommune deltager sammen med Vejle og Fredericia Kommuner i X"
    text = NEWS + "Kolding Kommune deltager sammen med Vejle og Fredericia Kommuner i Trekantområdet Danmark.\n"
    assert members(facts_of_text(tmp_path, text)) == {
        (m, "Trekantområdet Danmark") for m in ("Kolding", "Vejle", "Fredericia")
    }
    meeting = NEWS + "Kolding Kommune deltager sammen med Vejle og Fredericia Kommuner i et møde i TrekantBrand.\n"
    assert members(facts_of_text(tmp_path, meeting)) == set()


def test_a_body_named_before_an_apposition_that_says_what_it_is(tmp_path: Path) -> None:
    # trena-webpage-trekantomraadet-danmark: "Trekantområdet Danmark er et samarbejde mellem de syv kommuner …", as a
    # news item puts it in an apposition
    text = NEWS + "Trekantområdet Danmark – et samarbejde mellem Kolding, Vejle og Fredericia Kommuner – holder møde.\n"
    assert members(facts_of_text(tmp_path, text)) == {
        (m, "Trekantområdet Danmark") for m in ("Kolding", "Vejle", "Fredericia")
    }
    meeting = NEWS + "Trekantområdet Danmark holdt møde med Kolding, Vejle og Fredericia Kommuner – et godt møde.\n"
    assert members(facts_of_text(tmp_path, meeting)) == set()


def test_a_members_label_is_never_their_bodys_name(tmp_path: Path) -> None:
    # newsoresund-fakta-oeresundskomiteen's members ("Öresundskomiteens medlemmer er: …") one a line under a label;
    # the page's heading names the body (an Ö opening it), the label none
    listed = "\n\nDet oplyser sekretariatet.\n\nMedlemskommuner\nKøbenhavn Kommune\nFrederiksberg Kommune\n"
    listed += "Bornholm Kommune"
    assert members(facts_of_text(tmp_path, "Öresundskomiteen" + listed)) == {
        (m, "Öresundskomiteen") for m in ("København", "Frederiksberg", "Bornholm")
    }
    assert members(facts_of_text(tmp_path, "Nyheder" + listed)) == set()


def test_an_area_covering_municipalities_states_no_membership(tmp_path: Path) -> None:
    # README `memberships`: a body only covering municipalities gives no row; a joint body comprising them does
    # (test_membership_stress_forms: "et fælles beredskab, som omfatter kommunerne …")
    text = NEWS + "Brand & Redning Djurslands område omfatter Norddjurs og Syddjurs Kommuner.\n"
    assert members(facts_of_text(tmp_path, text)) == set()


def test_a_body_named_across_a_wrapped_line(tmp_path: Path) -> None:
    # fynbus-bestyrelse-2016-12-08 is a PDF flattened with its lines wrapped mid-sentence; its owners' statement
    # wrapped so ("FynBus" / "ejes af …"), and a heading's line above a statement is no part of the name
    wrapped = (
        NEWS + "Bussernes selskab er Fynbus\nBusselskab, og Fynbus Busselskab\nejes af Assens, Nyborg og Kerteminde.\n"
    )
    heading = "Nyheder\n\nEjerforhold\nFynbus Busselskab ejes af Assens, Nyborg og Kerteminde kommuner.\n"
    for text in (wrapped, heading):
        assert members(facts_of_text(tmp_path, text)) == {
            (m, "Fynbus Busselskab") for m in ("Assens", "Nyborg", "Kerteminde")
        }


def test_a_municipality_broken_at_its_hyphen_by_a_wrapped_line(tmp_path: Path) -> None:
    # veks-news-ny-formand-2014-01-14's interessenter ("… Hvidovre, Høje Taastrup, Ishøj …") as a wrapped PDF
    # line breaks the name at its hyphen
    text = NEWS + "VEKS består af Albertslund, Glostrup og Høje-\nTaastrup Kommuner.\n"
    assert members(facts_of_text(tmp_path, text)) == {(m, "VEKS") for m in ("Albertslund", "Glostrup", "Høje-Taastrup")}
    place = NEWS + "VEKS holdt møde i Høje-\nTaastrup med Albertslund og Glostrup Kommuner.\n"
    assert members(facts_of_text(tmp_path, place)) == set()


def test_kommune_on_the_next_line_of_a_wrapped_list(tmp_path: Path) -> None:
    # arc-webpage-bestyrelse's owners ("ARC er ejet af fem kommuner i hovedstaden; København, Frederiksberg, …") as a
    # wrapped PDF line breaks between a name and its "Kommune"
    text = NEWS + "Medlemmerne af ARC er København Kommune, Hvidovre\nKommune, Tårnby Kommune og Dragør Kommune.\n"
    owners = ("København", "Hvidovre", "Tårnby", "Dragør")
    assert members(facts_of_text(tmp_path, text)) == {(m, "ARC") for m in owners}
    seat = NEWS + "Formand for ARC er Jens Hansen fra Hvidovre\nKommunen har ingen bemærkninger.\n"
    assert members(facts_of_text(tmp_path, seat)) == set()


def test_a_wrapped_label_over_a_list_one_a_line(tmp_path: Path) -> None:
    # vallensbaek-news-vandraad-koege-bugt-2020-02-19's "Medlemmer af Vandrådet for oplandet til Køge Bugt:" over a
    # bulleted list, its label wrapped onto two lines, the members municipalities
    text = NEWS + "Medlemmer\naf Trekantområdet Danmark:\n• Kolding Kommune\n• Vejle Kommune\n• Fredericia Kommune\n"
    owners = ("Kolding", "Vejle", "Fredericia")
    assert members(facts_of_text(tmp_path, text)) == {(m, "Trekantområdet Danmark") for m in owners}
    genitive = NEWS + "Trekantområdet Danmarks medlemmer\ner Kolding, Vejle og Fredericia Kommuner.\n"
    assert members(facts_of_text(tmp_path, genitive)) == {(m, "Trekantområdet Danmark") for m in owners}
