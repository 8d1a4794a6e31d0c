"""The parish council a page about its menighedsråd names holds the posts the page places nowhere
(`role_parish_council`): Darum's page signed by its council, Simon Peters Kirke's and Dit Roskilde's news of a
council's constitution naming its parish (dev-write). Two parishes, a venue and a municipality name none."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.role_parish_council import parish_council
from tests.text_facts import facts_of_text, named_relations

# darum-menighedsraad-webpage-efter-valg-2020 (dev-write): the list of the elected, the prose and the signature
DARUM = """Det nyvalgte menighedsråd skal konstitueres

Det sker tirsdag 17. november 2020 kl 16.00 i Sognehuset

De valgte er
Thomas Østergård Andersen, Jan Bjerrum, Rikke Andersen, Ulla Harbo, Anton Nielsen og Birgit Hansen.
Sognepræsten er ”født” medlem af menighedsrådet.

Funktionsperioden
Som bekendt er det nye menighedsråd i Darum valgt for den kommende 4 års periode 2020 – 2024.

Velkommen til det nye råd.

Hilsen Darum menighedsråd
"""

# simon-peters-kirke-news-menighedsraadets-konstituering-2020 (dev-write): the parish named in the prose only
SIMON_PETERS = """Ved valgforsamlingen den 15. september blev halvdelen (4 af 8) af det siddende menighedsråd udskiftet.

Det nye råd, som skal fungere i Simon Peters Sogn de næste 4 år, havde mandag den 9. november et konstituerende \
møde, som det er påbudt efter menighedsrådsloven.

Konstitueringen faldt således ud:

Kasserer: Jenny Sølvsteen Thomsen
"""

# dit-roskilde-news-domkirke-menighedsraad-konstituering-2020 (dev-write): the parish in one word
DOMSOGNET = """I torsdags var der forberedelse til skiftedag i Domsognet. Der er tradition for at afvikle et \
afslutnings arrangement for det afgående menighedsråd sammen med medarbejdere."""


def _name(text: str) -> str | None:
    found = parish_council(text, "doc")
    return found[1] if found else None


def test_the_one_council_a_page_names_by_its_owner_or_its_parish() -> None:
    assert _name(DARUM) == "Darum menighedsråd"  # the signature's form; "menighedsråd i Darum" is the same owner
    assert _name(SIMON_PETERS) == "Menighedsrådet i Simon Peters Sogn"
    assert _name(DOMSOGNET) == "Menighedsrådet i Domsognet"


def test_the_posts_a_page_places_nowhere_are_held_in_its_council(tmp_path: Path) -> None:
    held = {(p, t) for p, t, _ in named_relations(facts_of_text(tmp_path, DARUM), "HOLDS_ROLE")}
    assert ("Jan Bjerrum", "Darum menighedsråd") in held, held


def test_two_parishes_a_venue_or_a_municipality_name_no_council() -> None:
    # near misses: two different parishes, a meeting's venue after "i", a municipality, no council word at all
    assert _name(SIMON_PETERS + "\nSamarbejdet med Vor Frue Sogn fortsætter.\n") is None
    assert _name("Menighedsrådet holder møde i Sognegården.\nMødet i menighedsrådet i Sognehuset er aflyst.\n") is None
    assert _name("Valget til menighedsrådet i Holbæk Kommune er udsat.\n") is None
    assert _name("Det nye råd, som skal fungere i Simon Peters Sogn, har holdt møde.\n") is None


def test_a_sentences_first_word_owns_no_council() -> None:
    # near miss: "Nyt" opens a sentence and the page writes it in lower case too; Darum is the page's one owner
    assert _name("Nyt menighedsråd er valgt.\nEt nyt råd i Darum.\nHilsen Darum menighedsråd\n") == "Darum menighedsråd"
