"""Item forms widened in this pass for the blind batches' dev documents. Texts are shortened dev excerpts
(regionsjaelland-forretningsudvalget, naestved-vestegn-lokalraad) with paraphrased titles, or variants written
for the form; the test split is never read."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text


def _numbered(text: str) -> list[tuple[str | None, str]]:
    return [(item.number, item.title) for item in parse_meeting(source_from_text(text)).items]


_CELL_CONTENTS = """Referat

Møde i Forretningsudvalget

fredag den 14. august 2020 kl. 09:30

Indholdsfortegnelse åbent møde

1.

Godkendelse af dagsorden

5

2.

Rammeoverholdelse 2. kvartal 2020

6

3.

Initiativer til støtte af økonomien. Anlægsbevilling til mindre ombygninger

9

4.

Meddelelser

12

1. Godkendelse af dagsorden

Beslutning

Godkendt.
"""


def test_a_cell_title_holding_a_full_stop_over_the_next_number() -> None:
    numbered = dict(_numbered(_CELL_CONTENTS))
    assert numbered.get("3") == "Initiativer til støtte af økonomien. Anlægsbevilling til mindre ombygninger"
    assert list(numbered) == ["1", "2", "3", "4"]


_AGENDA_LIST = """Referat af bestyrelsesmøde 15. februar 2024

Dagsorden:

  1. Godkendelse af referat.
  2.
Tilføjelser til dagsorden. Sommerfest med spejderne. pkt. 11.
  3.
Godkendelse af dagsorden.
  4.
Orientering fra formanden.
"""


def test_a_list_entry_holding_sentences_between_its_neighbours() -> None:
    numbered = dict(_numbered(_AGENDA_LIST))
    assert numbered.get("2", "").startswith("Tilføjelser til dagsorden. Sommerfest")


_NUMBERED_PARAGRAPHS = """Referat

Punkt 1: Budgetopfølgning

Sagsfremstilling

Udvalget skal følge op på budgettet.

1.

Der er overskud på driften. Resultatet forventes at holde året ud.

Beslutning

Godkendt.
"""


def test_a_sentence_under_a_number_with_no_next_number_is_no_item() -> None:
    numbers = [number for number, _ in _numbered(_NUMBERED_PARAGRAPHS)]
    assert numbers == ["1"]
    assert all(not title.startswith("Der er overskud") for _, title in _numbered(_NUMBERED_PARAGRAPHS))
