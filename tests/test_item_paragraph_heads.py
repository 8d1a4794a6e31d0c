"""Items of plain minutes whose headings run in at their paragraphs' starts (item_paragraph_heads)."""

from __future__ import annotations

from snippet_items import item_titles

from graphbuild.parse.item_paragraph_heads import paragraph_head, paragraph_head_items
from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

# han-herred-havbaade-bestyrelse-2019-09-26 (dev-write): a board's minutes, each matter's word run in before its minute
BOARD = (
    "Han Herred Havbåde\nMobil: 2070 0870\n"
    "www.havbaade.dkReferat af bestyrelsesmøde torsdag d. 26. september 2019 Referat\n"
    "Mødet startede med en tur på stranden i Thorupstrand, hvor bådebyggerne var ved at reparere på Goliath HM 93. "
    "Derefter en tur i spilhuset og til sidst i pakhuset.\n"
    "Økonomi. Kurt Røge fortalte, at han havde gennemgået regnskabsmapperne for 2018 og dannet sig et overblik over "
    "både foreningen og værftet.\n"
    "Status i forhold til nybygning. Der arbejdes med en indhentning af tilbud på alle leverancer, så pri- sen på den "
    "færdige båd sikres.\n"
    "Værftet. Til næste møde skal det afklares hvorvidt, der skal en selvstændig bestyrelse i værftet.\n"
    "Bådelagene. Gemmes til næste møde.\n"
    "Formidling/Veluxprojektet. Mathilde Autzen fortæller om sin erhvervsphd.\n"
)

# farum-landsby-generalforsamling-2023-11-16 (dev-write): a general meeting's minutes, headings closed by a colon
GENERAL_MEETING = (
    "REFERATER\n\nREFERAT AF GENERALFORSAMLINGEN 2023\n\n16 november i Præstegårds længen.\n\n \n\n"
    "Generalforsamlingen blev gennemført ifølge vedtægterne.\n\n"
    "Valg af dirigent og referent: Børge Svane valgt som dirigent og Ole Bill Jørgensen som referent.\n\n"
    "Børge konstaterede, at generalforsamlingen var lovligt indkaldt.\n\n"
    "Beretningen er godkendt.\n\n"
    "Bestyrelsens forslag til aktiviteter: ingen bemærkninger til det fremlagte. Ingen indkomne forslag forud for "
    "generalforsamlingen.\n"
)

# lejre-ungdomsskolebestyrelsen-2014-12-08 (dev-write): a speaker and verb run in before what was said, no heading
SPEAKERS = (
    "Ungdomsskolebestyrelsesmøde mandag den 8. dec, kl. 18-21\n\nreferat\n\n"
    "Peter orienterede. Ungdomsklubberne lukker til Juleferien 18. dec.\n\n"
    "Per orienterede. Vi mærker at eleverne har mindre fritid.\n\n"
    "Næste møde. Aftales senere.\n"
)


def test_paragraph_headings_are_the_items() -> None:
    assert item_titles(BOARD) == ["Økonomi", "Status i forhold til nybygning", "Værftet", "Bådelagene",
                                  "Formidling/Veluxprojektet"]  # fmt: skip


def test_the_minute_on_the_heading_line_is_the_item_text() -> None:
    items, _ = find_items(BOARD, split_lines(BOARD))
    boat_teams = next(item for item in items if item.title == "Bådelagene")
    assert "Gemmes til næste møde" in BOARD[boat_teams.start : boat_teams.end]
    assert "Mathilde" not in BOARD[boat_teams.start : boat_teams.end]


def test_headings_closed_by_a_colon() -> None:
    assert item_titles(GENERAL_MEETING) == ["Valg af dirigent og referent", "Bestyrelsens forslag til aktiviteter"]


def test_a_speaker_and_verb_is_no_heading() -> None:
    assert paragraph_head("Peter orienterede. Ungdomsklubberne lukker til Juleferien 18. dec.") is None
    assert paragraph_head_items(split_lines(SPEAKERS), set()) == []


def test_labels_and_sentences_are_no_headings() -> None:
    assert paragraph_head("Mobil: 2070 0870") is None
    assert paragraph_head("Afbud: Birgitte, Kateryna og Jens Hansen") is None
    assert paragraph_head("Beretningen er godkendt. Der var ingen spørgsmål.") is None


def test_no_items_outside_a_meetings_record() -> None:
    page = BOARD.replace("Referat af bestyrelsesmøde", "Nyt fra").replace(" Referat\n", "\n")
    assert paragraph_head_items(split_lines(page), set()) == []
