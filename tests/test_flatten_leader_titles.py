"""A contents page of unnumbered titles, each ending in a dotted leader and its page number, run onto one line by a
text layer, is cut after each leader's page number (parse.flatten_leader_titles; issue 12 items 2 and 3): each title
an entry, the items listed only there kept. A snippet of a dev-write document (Aarhus Byråd's minutes) flattened as a
PDF-to-text step prints them, quoted as printed; KKR Hovedstaden, Norddjurs and Næstved print such contents pages too.
Near misses: a page whose leaders stand only at the end of each group of titles run together (Nordfyns Erhvervs- og
Fritidsudvalg), page numbers that go down, fewer than three leaders, a page number before a lower-case word."""

from __future__ import annotations

from graphbuild.parse.flat_lists import leader_cuts
from graphbuild.parse.item_lines import same_title
from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

AARHUS = (
    "1 REFERAT Aarhus Byråd d. 27-08-2025 Mødedato Onsdag d. 27. august 2025 kl. 16:00 Mødested Byrådssalen "
    "Indholdsfortegnelse Godkendelse af dagsorden.................................... 3 Svar på forslag fra DD "
    "om principbeslutning om at sikre Havnens Perles fremtid på Aarhus Ø......... 4 Svar på forslag fra KF og M "
    "om at halvere prisen på parkering i kommunale P-huse......................... 6 Svar på forslag fra V om "
    "at farten skal ned på Grenåvej i Løgten & Skødstrup................................... 8 "
    "Revisionspåtegning og endelig godkendelse af regnskab "
    "2024............................................................ 10 Svar på forslag fra RV om politik og "
    "handlingsplan mod diskrimination i Aarhus.............................. 11 Afrapportering på klimaregnskab "
    "samt orientering om ny 2030-fremskrivning.................................. 14 Bro mellem Dokk1 og "
    "Balticagade............................................................ 16 Punkt 1: Godkendelse af "
    "dagsorden EMN-2023-009832 Beslutninger Godkendt. Punkt 5: Revisionspåtegning og endelig godkendelse af "
    "regnskab 2024 EMN-2025-008579 Beslutninger Tilbagesendes Borgmesterens Afdeling med bemærkning, at Byrådet "
    "har godkendt indstillingen. Punkt 7: Afrapportering på klimaregnskab samt orientering om ny 2030- "
    "fremskrivning EMN-2025-008528 Beslutninger Tilbagesendes Magistratsafdelingen for Teknik og Miljø med "
    "bemærkning, at Byrådet har taget orienteringen til efterretning.\n"
)

NORDFYN = (
    "Til behandling forelå: SAGER TIL UDVALGETS AFGØRELSE Evaluering af bogbilordningen Otterup Produktionshøjskole - "
    "lån af geværfabrikken Evaluering af Foreningernes Dag Kulturmidler Ansøgning fra Otterup Friluftsspil...5 SAGER "
    "TIL ØKONOMIUDVALGETS/KOMMUNALBESTYRELSENS AFGØRELSE Budget Budgetbemærkninger for Erhvervs- og Fritidsudvalgets "
    "område Budget Budgetønsker fra institutionerne Ønsker om større anlæg og investeringer Budgetopfølgning pr. 30. "
    "juni Regler for kommunal påskønnelse Nordfyns Landdistriktsråd - Projekt LAG - Budget Bogense Havn og Marina - "
    "Investeringsplan Regler for anvisning af kommunale lokaler og anlæg Klage fra Særslev Gymnastikforening - "
    "Rekvisittilskud...17 SAGER TIL EFTERRETNING Budgetrapport pr. 31. juli Meddelelser Eventuelt Eventuel overtagelse "
    "af Melby Forsamlingshus...19"
)


def test_each_leader_s_page_number_ends_an_entry() -> None:
    items, _ = find_items(AARHUS, split_lines(AARHUS))
    listed = [item.title for item in items if item.from_contents]
    assert listed == [
        "Svar på forslag fra DD om principbeslutning om at sikre Havnens Perles fremtid på Aarhus Ø",
        "Svar på forslag fra KF og M om at halvere prisen på parkering i kommunale P-huse",
        "Svar på forslag fra V om at farten skal ned på Grenåvej i Løgten & Skødstrup",
        "Svar på forslag fra RV om politik og handlingsplan mod diskrimination i Aarhus",
        "Bro mellem Dokk1 og Balticagade",
    ]
    # the entry of item 7, whose heading a line break left "2030- fremskrivning", is that item, not one more
    assert [item.number for item in items if not item.from_contents] == ["1", "5", "7"]


def test_a_title_whose_hyphen_a_line_break_spaced_is_the_same_title() -> None:
    assert same_title(
        "Afrapportering på klimaregnskab samt orientering om ny 2030- fremskrivning",
        "Afrapportering på klimaregnskab samt orientering om ny 2030-fremskrivning",
    )
    assert not same_title("Budget - drift og anlæg", "Budget-drift og anlæg")  # a spaced dash stays a dash


def test_titles_run_together_between_leaders_are_not_cut_at_the_leaders() -> None:
    assert leader_cuts(NORDFYN) == []


def test_pages_going_down_too_few_leaders_or_a_lower_case_word_after_the_page() -> None:
    down = "Budget......... 7 Regnskab......... 5 Eventuelt......... 3 Meddelelser......... 9"
    assert leader_cuts(down) == []
    assert leader_cuts("Budget......... 3 Regnskab......... 5 Eventuelt") == []
    lower = "Budget......... 3 Regnskab......... 5 og bilag......... 6 Eventuelt......... 7"
    cuts = leader_cuts(lower)
    assert [lower[c : c + 4] for c in cuts] == ["Regn", "Even"]
