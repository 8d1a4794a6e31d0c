"""extract on small hand-built meetings: each rule, its evidence, and its limits."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from test_extract_helpers import meeting

from graphbuild.extract import extract_facts
from graphbuild.extract.amounts import find_amounts
from graphbuild.extract.laws import find_laws
from graphbuild.extract.people import find_people
from graphbuild.models import Attendance, DocumentFacts, Relation
from graphbuild.vocab.case_numbers import parse_case_number


def rels(facts: DocumentFacts, type_: str) -> list[Relation]:
    return [r for r in facts.relations if r.type == type_]


def names(facts: DocumentFacts, type_: str) -> set[str]:
    return {e.name for e in facts.entities if e.type == type_}


def test_every_quote_is_the_text_at_its_span() -> None:
    text = (
        "REFERAT Byrådet\n\n1. Nyt abonnement\n\nSagsfremstilling\n\nKL tilbyder 'KL Play: Sundhed og Social'.\n\n"
        "Beslutning\n\nByrådet besluttede at tilmelde sig dette nye initiativ fra KL.\n"
    )
    m = meeting(text, ["Nyt abonnement"], body="Byrådet", case_numbers={"1": ["751-2022-100"]})
    facts = extract_facts(m)
    assert facts.relations
    for relation in facts.relations:
        ev = relation.evidence
        assert text[ev.start : ev.end] == ev.quote
        assert ev.document == m.source.doc_id


def test_adoption_resolves_this_initiative_from_the_item_and_the_case_number_names_the_municipality() -> None:
    text = (
        "REFERAT Direktionen\n\n1. Nyt initiativ\n\nSagsfremstilling\n\n"
        "KL lancerer KL Play: Sundhed og Social. Abonnementet på KL Play koster efter kommunestørrelse.\n\n"
        "Beslutning\n\nDirektionen besluttede at tilmelde sig dette nye initiativ.\n"
    )
    facts = extract_facts(meeting(text, ["Nyt initiativ"], body="Direktionen", case_numbers={"1": ["751-2022-1"]}))
    assert facts.municipality is not None and facts.municipality.name == "Aarhus"
    [adopted] = rels(facts, "ADOPTED")
    assert adopted.source == "municipality:0751"
    assert adopted.target == "initiative:kl-play-sundhed-og-social"
    assert adopted.properties == {"date": "2022-05-03", "date_is": "on"}
    assert "besluttede at tilmelde sig" in adopted.evidence.quote
    assert facts.items[0].outcome == "adopted"


def test_a_reported_subscription_is_adopted_on_or_before_the_meeting() -> None:
    text = "REFERAT Chefforum\n\n1. KL Play\n\nSagsfremstilling\n\nOdense Kommune er nu tilmeldt KL Play.\n"
    facts = extract_facts(meeting(text, ["KL Play"], body="Chefforum"))
    [adopted] = rels(facts, "ADOPTED")
    assert adopted.source == "municipality:0461"
    assert adopted.properties["date_is"] == "on or before"


def test_a_network_does_not_adopt_for_a_municipality_it_is_not_named() -> None:
    text = (
        "Møde i KD-Net\n\nSkriv til anne.hansen@randers.dk\n\n1. KL Play\n\nBeslutning\n\n"
        "KD-Net besluttede at tilmelde sig KL Play.\n"
    )
    facts = extract_facts(meeting(text, ["KL Play"], body="KD-Net"))
    assert facts.municipality is None
    assert rels(facts, "ADOPTED") == []


def test_adoption_forms_of_real_minutes_and_the_subject_in_a_cross_municipal_body() -> None:
    """Issue 13 item 5: "har vedtaget X", "godkender tilslutning til X", "tiltræder X"; in a
    cross-municipal body's minutes the adopter is the municipality that is the sentence's subject,
    and a date the sentence gives is the adoption's date."""
    cases = [
        (
            "Rødovre Kommune besluttede den 31. maj 2021 at tilmelde sig abonnementet på KL Play.",
            "0175",
            "2021-05-31",
            "on",
        ),
        ("Gladsaxe Kommune har vedtaget KL Play: Sundhed og Social.", "0159", "2022-05-03", "on or before"),
        ("Herlev Kommune godkender tilslutning til KL Play.", "0163", "2022-05-03", "on"),
        ("Ishøj Kommunes byråd tiltræder KL Play: Sundhed og Social.", "0183", "2022-05-03", "on"),
    ]
    for sentence, code, date, date_is in cases:
        text = f"REFERAT KKR Hovedstaden\n\n1. KL Play\n\nSagsfremstilling\n\n{sentence}\n"
        [adopted] = rels(extract_facts(meeting(text, ["KL Play"], body="KKR Hovedstaden")), "ADOPTED")
        assert (adopted.source, adopted.target) == (f"municipality:{code}", "initiative:kl-play-sundhed-og-social")
        assert adopted.properties == {"date": date, "date_is": date_is}, sentence


def test_approving_a_recommendation_adopts_nothing_by_itself() -> None:
    text = (
        "REFERAT Byrådet\n\n1. KL Play\n\nSagsfremstilling\n\nKL tilbyder KL Play.\n\n"
        "Beslutning\n\nByrådet tiltræder indstillingen.\n"
    )
    assert (
        rels(extract_facts(meeting(text, ["KL Play"], body="Byrådet", case_numbers={"1": ["751-2022-1"]})), "ADOPTED")
        == []
    )


def test_municipality_from_self_reference_and_from_e_mail_domain() -> None:
    text = (
        "REFERAT Chefforum\n\n1. Status\n\nSagsfremstilling\n\n"
        "Alle medarbejdere i Vejle Kommune bruger vores nye system.\n"
    )
    own = extract_facts(meeting(text, ["Status"], body="Chefforum")).municipality
    assert own is not None and own.code == "0630"
    text = "REFERAT Direktionen\n\nAfbud sendes til Mette.Holm@vejle.dk\n\n1. Status\n\nIntet.\n"
    facts = extract_facts(meeting(text, ["Status"], body="Direktionen"))
    assert facts.municipality is not None and facts.municipality.code == "0630"
    assert any(e.name == "Mette Holm" and e.properties.get("affiliation") == "Vejle" for e in facts.entities)
    # a mailbox in lower case alone names no one, though its domain still tells the municipality
    text = "REFERAT Direktionen\n\nAfbud sendes til mette.holm@vejle.dk\n\n1. Status\n\nIntet.\n"
    facts = extract_facts(meeting(text, ["Status"], body="Direktionen"))
    assert facts.municipality is not None and facts.municipality.code == "0630"
    assert not any(e.type == "Person" for e in facts.entities)


def test_people_are_names_not_greetings_headings_or_initials() -> None:
    text = (
        "Kære kommunaldirektører\nSagsfremstilling\nPunkt 3\n"
        "at LJK arbejder med det. Mette Frederiksen og Kate Bøghs afsked."
    )
    found = {p.name for p in find_people(text, 0, len(text))}
    assert found == {"Mette Frederiksen", "Kate Bøgh"}


def test_role_changes_carry_their_dates() -> None:
    text = (
        "REFERAT KD-Net\n\n1. Formandskab\n\nSagsfremstilling\n\n"
        "Formand for DASSOS, Jesper Thyrring Møller, fratræder som kommunaldirektør i Hedensted Kommune "
        "ved udgangen af januar 2020, og tiltræder som kommunaldirektør ved Struer Kommune den 1. februar 2020.\n"
    )
    facts = extract_facts(meeting(text, ["Formandskab"], body="KD-Net", kind="dagsorden"))
    roles = {
        (r.target, r.properties["role"], r.properties["valid_from"], r.properties["valid_to"])
        for r in rels(facts, "HOLDS_ROLE")
    }
    assert ("municipality:0766", "kommunaldirektør", None, "2020-01-31") in roles
    assert ("municipality:0671", "kommunaldirektør", "2020-02-01", None) in roles
    assert ("organization:dassos", "formand", None, None) in roles


def test_role_words_before_names_and_ministries_from_minister_titles() -> None:
    text = (
        "REFERAT KD-Net\n\n1. Brev\n\nSagsfremstilling\n\nBrevet gik til transportminister Benny Engelbrecht. "
        "Næstformandskabet i KOSU varetages af direktør Lone Rasmussen fra Skanderborg.\n"
    )
    facts = extract_facts(meeting(text, ["Brev"], body="KD-Net", kind="dagsorden"))
    roles = {(r.source, r.target, r.properties["role"]) for r in rels(facts, "HOLDS_ROLE")}
    assert ("person:benny-engelbrecht", "organization:transportministeriet", "transportminister") in roles
    assert ("person:lone-rasmussen", "organization:kosu", "næstformand") in roles
    assert ("person:lone-rasmussen", "municipality:0746", "direktør") in roles


def test_outcomes_from_decision_words() -> None:
    titles = ["Budget", "Strategi", "Orientering om status", "Eventuelt", "Lukket sag", "Tilbud", "Plan"]
    decisions = [
        "Indstillingen blev godkendt.",
        "Direktionen drøftede strategien.",
        "Orienteringen blev taget til efterretning.",
        "Ingen bemærkninger.",
        "",
        "Tilbuddet blev ikke godkendt.",
        "Sagen blev udsat til næste møde.",
    ]
    parts = ["REFERAT Direktionen\n"]
    for number, (title, decision) in enumerate(zip(titles, decisions, strict=True), start=1):
        parts.append(f"\n{number}. {title}\n\n" + (f"Beslutning\n\n{decision}\n" if decision else ""))
    facts = extract_facts(meeting("".join(parts), titles, body="Direktionen", closed=frozenset({"5"})))
    assert [i.outcome for i in facts.items] == [
        "approved",
        "discussed",
        "noted",
        "none",
        "closed",
        "rejected",
        "postponed",
    ]


def test_an_agenda_proposes() -> None:
    text = (
        "Dagsorden\n\n1. Godkendelse af dagsorden\n\n"
        "Det indstilles, at netværket godkender dagsordenen.\n\n2. Eventuelt\n"
    )
    facts = extract_facts(meeting(text, ["Godkendelse af dagsorden", "Eventuelt"], kind="dagsorden"))
    assert [i.outcome for i in facts.items] == ["proposed", "none"]
    assert facts.items[0].decision == "Det indstilles, at netværket godkender dagsordenen."


def test_case_numbers_kle_amounts_and_laws() -> None:
    municipal = parse_case_number("326-2017-43896", "00.01.10")
    assert (municipal.scheme, municipal.municipality_code, municipal.kle) == ("municipal", "0326", "00.01.10")
    kle = parse_case_number("00.15.10-A21-1-21")
    assert (kle.scheme, kle.kle, kle.facet) == ("kle", "00.15.10", "A21")
    assert find_amounts("SUM 1.019.660 kr. og 2,5 mio. kr. samt 150.000 kr") == [1019660, 2500000, 150000]
    assert [c.name for c in find_laws("Lovgrundlag\n\nSundhedsloven §119 og § 85 i serviceloven")] == [
        "Sundhedsloven §119",
        "Serviceloven §85",
    ]


def test_unknown_organisations_and_initiatives_are_found() -> None:
    text = (
        "REFERAT Styregruppen\n\n1. Samarbejde\n\nSagsfremstilling\n\n"
        "Sundhedskoordinationsudvalget og FGU behandler Rammeaftale 2023-24. FGU svarer i maj. "
        "Kommunens nye politik Sammen Om Trivsel blev vedtaget.\n"
    )
    facts = extract_facts(meeting(text, ["Samarbejde"]))
    assert {"Sundhedskoordinationsudvalget", "FGU"} <= names(facts, "Organization")
    assert {"Rammeaftale 2023-24", "Sammen Om Trivsel"} <= names(facts, "Initiative")


def test_membership_of_a_network() -> None:
    text = (
        "REFERAT Chefforum\n\n1. DSD\n\nSagsfremstilling\n\n"
        "DSD stiller nye krav til medlemskommunerne, herunder Ballerup Kommune og Herlev Kommune.\n"
    )
    facts = extract_facts(meeting(text, ["DSD"], body="Chefforum"))
    members = {(r.source, r.target) for r in rels(facts, "MEMBER_OF")}
    assert members == {("municipality:0151", "organization:dsd"), ("municipality:0163", "organization:dsd")}


def test_extraction_is_deterministic_and_never_raises() -> None:
    text = "REFERAT Direktionen\n\n1. KL Play\n\nBeslutning\n\nDirektionen besluttede at tilmelde sig KL Play.\n"
    m = meeting(text, ["KL Play"], body="Direktionen", case_numbers={"1": ["326-2021-1"]})
    first = json.dumps(extract_facts(m).to_json_dict(), ensure_ascii=False)
    assert first == json.dumps(extract_facts(m).to_json_dict(), ensure_ascii=False)
    broken = m.model_copy(update={"items": [m.items[0].model_copy(update={"start": 10**6, "end": -5})]})
    facts = extract_facts(broken)
    assert isinstance(facts, DocumentFacts)


_WORDS = st.sampled_from(
    [
        "KL",
        "Play:",
        "Sundhed",
        "og",
        "Social",
        "Kommune",
        "Aarhus",
        "besluttede",
        "at",
        "tilmelde",
        "sig",
        "Anne",
        "Holm",
        "fra",
        "Vejle",
        "formand",
        "for",
        "DSD",
        "326-2020-1",
        "§",
        "12",
        "kr.",
        "1.000",
        "\n",
        "\n\n",
        "Beslutning",
        ".",
        ",",
        "'",
        '"',
        "er",
        "tilmeldt",
        "medlem",
        "fratræder",
        "som",
        "direktør",
        "i",
        "ved",
        "udgangen",
        "af",
        "januar",
        "2020",
        "KKR-Midtjylland",
        "æøå",
    ]
)


@settings(max_examples=60, deadline=None)
@given(words=st.lists(_WORDS, min_size=0, max_size=80), cut=st.floats(min_value=0, max_value=1))
def test_any_text_gives_facts_whose_quotes_are_their_spans(words: list[str], cut: float) -> None:
    body = " ".join(words)
    text = f"REFERAT Direktionen\n\n1. Punkt\n\n{body}\n\n2. Andet\n\n{body[: int(len(body) * cut)]}\n"
    facts = extract_facts(meeting(text, ["Punkt", "Andet"], body="Direktionen"))
    assert not [e for e in facts.errors if e.startswith("extract")]
    for relation in facts.relations:
        ev = relation.evidence
        assert text[ev.start : ev.end] == ev.quote


def test_a_case_number_keeps_its_kle_journal_code() -> None:
    from graphbuild.models import AgendaItem

    text = "REFERAT Direktionen\n\n1. Sag\n\nSagsnr.: 326-2017-43896 J.nr.: 00.01.10\n"
    m = meeting(text, ["Sag"], body="Direktionen")
    item = AgendaItem(**{**m.items[0].model_dump(), "case_numbers": ["326-2017-43896"], "journal_number": "00.01.10"})
    facts = extract_facts(m.model_copy(update={"items": [item]}))
    [case] = [e for e in facts.entities if e.type == "Case"]
    assert case.properties == {
        "kle": "00.01.10",
        "municipality_code": "0326",
        "number": "326-2017-43896",
        "scheme": "municipal",
    }


def test_ownership_said_in_words() -> None:
    text = (
        "REFERAT Direktionen\n\n1. Nyt tilbud\n\nSagsfremstilling\n\n"
        "Ordningen 'Grøn Omstilling Nu' er en platform, som KOMBIT leverer.\n\n"
        "Beslutning\n\nDirektionen drøftede tilbuddet fra KOMBIT.\n"
    )
    facts = extract_facts(meeting(text, ["Nyt tilbud"], body="Direktionen"))
    owned = {(r.source, r.target) for r in rels(facts, "OWNED_BY")}
    assert owned == {("initiative:groen-omstilling-nu", "organization:kombit")}


def test_municipality_named_in_the_header() -> None:
    text = "Referat af møde i Byrådet, Køge Kommune\n\n1. Meddelelser\n\nIntet.\n"
    facts = extract_facts(meeting(text, ["Meddelelser"], body="Byrådet"))
    assert facts.municipality is not None and facts.municipality.code == "0259"


def test_an_agendas_member_list_is_no_attendance_but_its_apologies_are() -> None:
    text = "DAGSORDEN Byrådet\n\nMedlemmer: Anne Holm, Bo Berg\nAfbud: Carl Dam\n\n1. Budget\n\nTekst.\n"
    rows = [
        Attendance(name="Anne Holm", status="present", start=21, end=30),
        Attendance(name="Bo Berg", status="present", start=32, end=39),
        Attendance(name="Carl Dam", status="absent", start=46, end=54),
    ]
    for kind, expected in (
        ("dagsorden", {("Carl Dam", "absent")}),
        ("referat", {("Anne Holm", "present"), ("Bo Berg", "present"), ("Carl Dam", "absent")}),
    ):
        facts = extract_facts(meeting(text, ["Budget"], kind=kind, body="Byrådet", attendance=rows))
        people = {e.id: e.name for e in facts.entities if e.type == "Person"}
        assert {(people[r.source], r.properties["status"]) for r in rels(facts, "ATTENDED")} == expected
        assert set(people.values()) == {"Anne Holm", "Bo Berg", "Carl Dam"}  # the summoned are still named
