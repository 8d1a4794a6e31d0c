"""A statement that opens a sentence starts there (issue 13 item 3, issue 12 item 3): the look for the last sentence
end before a statement's cue saw no capital after a full stop right before the cue ("… om plads i vandrådet. De 20
kommuner er: …"), so a cue opening a sentence took the sentence before it too, with its bodies; on a page a
PDF-to-text step put on one line (no blank line left between a table and the prose) that sentence ran back over a
table of organisations, and the list went to the last one of them ("Danske Skovforening"). The snippet is
alleroed-webpage-vandraad-2019-20 (dev-write) flattened as benchmarks.realworld_flattened flattens it."""

from __future__ import annotations

from pathlib import Path

from text_facts import member_pairs_of_text

from graphbuild.extract.membership_prose import sentence_at

FLATTENED = (
    "1 Lokale vandråd Det er besluttet, hvem der skal deltage i vandrådsarbejdet i vandråd for Hovedvandopland 2.2 "
    "Isefjord og Roskilde Fjord. Medlemmer af vandrådet Følgende organisationer og foreninger har fået plads i "
    "vandrådet: Forening Repræsentant Birdlife/Dof Pelle Andesen-Harild Danmarks Naturfredningsforening Jens Prom "
    "Danmarks Sportsfiskerforbund Rune Hylby Dansk Vand- og Spildevandslaug Claus Vangsgård Danske Skovforening Søren "
    "Boas Egedal Fiskeklub Jon Christian Svendsen Holbæk Ålav Ole Olsen Organisationer og foreninger med interesse i "
    "vandløb har i november måned 2019 kunne anmode de 20 oplandskommuner i Hovedvandopland 2.2 Isefjord og Roskilde "
    "Fjord om plads i vandrådet. De 20 kommuner er: Odsherred, Holbæk, Lejre, Roskilde, Frederikssund, Egedal, "
    "Allerød, Hillerød, Gribskov, Halsnæs, Kalundborg, Ringsted, Køge, Greve, Høje Taastrup, Albertslund, Ballerup, "
    "Herlev, Gladsaxe og Furesø. Et vandråd kan maksimalt bestå af 20 deltagere.\n"
)


def test_a_statement_opening_a_sentence_starts_at_its_cue() -> None:
    text = "Foreningen holdt møde i går med mange. De 5 kommuner er: Aarhus og Odder."
    cue = text.index("De 5")
    assert text[slice(*sentence_at(text, cue, cue + 4, 0, len(text)))] == "De 5 kommuner er: Aarhus og Odder."
    # a cue inside its sentence still reads the sentence from its start
    inside = text.index("kommuner")
    assert sentence_at(text, inside, inside + 8, 0, len(text))[0] == cue


def test_a_counted_list_is_the_body_named_right_before_not_a_table_s_last_name(tmp_path: Path) -> None:
    pairs = member_pairs_of_text(tmp_path, FLATTENED)
    assert {network for _, network in pairs} == {"Hovedvandopland"}
    assert len(pairs) == 20
