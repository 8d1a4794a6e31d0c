"""Titled roles of an association's or a council's own meeting and board, as minutes print them at many
publishers: the one elected under a post announced, never one re-elected under the next item; a name the minutes
shorten after printing it in full (an attendance list, a board's line-up) keeps its full spelling."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

HEADER = "Referat af ordinær generalforsamling i Borgerforeningen Nørreby\nTirsdag den 14. marts 2023 kl. 19.00\n\n"

CASES: list[RoleCase] = [
    (
        "a post announced reaches no further than its item: the next item's re-elected treasurer is no chair",
        "1. Valg af dirigent\nSom dirigent valgtes Hans Jensen.\n\n4. Valg til bestyrelsen\n"
        "Kasserer Peter Sørensen blev genvalgt.",
        {("Hans Jensen", "dirigent"), ("Peter Sørensen", "kasserer")},
        {("Peter Sørensen", "dirigent")},
    ),
    (
        "a title printed before the one elected is the post re-elected, not the post announced",
        "Valg af formand\nKasserer Peter Sørensen blev genvalgt.",
        {("Peter Sørensen", "kasserer")},
        {("Peter Sørensen", "formand")},
    ),
    (
        "the one elected under a post announced, named by a double first name after the attendance list names "
        "them in full (Løjtland Fællesråd's minutes)",
        "Tilstede: Iver Kaack, Poul Callesen, Poul Erik Schallert og Peter Todsen.\n\n"
        "3. Valg af ordstyrer: Poul Erik blev valgt.",
        {("Poul Erik Schallert", "ordstyrer")},
        {("Poul Erik", "ordstyrer")},
    ),
    (
        "a board's officer named without the middle name the line-up printed (Skagen Byting, Norddjurs Vandråd)",
        "Tilstede var formand Erik Hatt, kasserer Jørgen Fink Petersen & Hanne D. Heilmann.\n\n"
        "2. Referater udarbejdes af sekretær Hanne Heilmann.",
        {("Hanne D. Heilmann", "sekretær")},
        {("Hanne Heilmann", "sekretær")},
    ),
    (
        "a board's post right after each name closes its entry in an attendance line, never the next name's",
        "Til stede: Hans Jensen formand, Lise Holm næstformand, Peter Sørensen kasserer og Anne Madsen.",
        {("Hans Jensen", "formand"), ("Lise Holm", "næstformand"), ("Peter Sørensen", "kasserer")},
        {("Lise Holm", "formand"), ("Peter Sørensen", "næstformand"), ("Anne Madsen", "kasserer")},
    ),
    (
        "a post after a name and its party, closing the sentence (a news item's line-up)",
        "Derefter bliver Henrik Fritzon (S) formand. Lise Holm deltog.",
        {("Henrik Fritzon", "formand")},
        {("Lise Holm", "formand")},
    ),
    (
        "a post after a name with more words after it is no closing post ('formand for X' is another reader's)",
        "Til stede: Hans Jensen formand for Ældrerådet. Bo Berg referent i dag. Eva Holm formandens gæst, Ib Ek",
        set(),
        {("Bo Berg", "referent"), ("Eva Holm", "formand"), ("Ib Ek", "formand")},
    ),
    (
        "a title with its workplace after 'på' in brackets after the name (a news item's new board)",
        "Formand blev Niels Jørgensen (Direktør for Boesgaard Data) og næstformand Anette Petersen (Skoleleder på "
        "Kirkeskovskolen).",
        {("Anette Petersen", "skoleleder"), ("Anette Petersen", "næstformand")},
        set(),
    ),
    (
        "the minute-taker labelled in short, misspelt, joined or with a title of their own, at the minutes' end",
        "1. Eventuelt\nIntet.\n\nRef: Ole Bach\nRef. Eva Holm\nMødeleder og referent: Bo Berg\n"
        "Referent: sekretær Ib Ek\nReferant: Lars Horne",
        {
            ("Ole Bach", "referent"),
            ("Eva Holm", "referent"),
            ("Bo Berg", "mødeleder"),
            ("Bo Berg", "referent"),
            ("Ib Ek", "referent"),
            ("Ib Ek", "sekretær"),
            ("Lars Horne", "referant"),
        },
        set(),
    ),
    (
        "the minutes' writer said, and a meeting's post opening an entry inside a line",
        "Referatet er skrevet af Ole Bach.\nOrdstyrer Eva Holm, referent Bo Berg\nJan Nielsen, Jes Lunde / ref. Ib Ek",
        {("Ole Bach", "referent"), ("Eva Holm", "ordstyrer"), ("Bo Berg", "referent"), ("Ib Ek", "referent")},
        {("Eva Holm", "referent"), ("Jes Lunde", "referent"), ("Jan Nielsen", "referent")},
    ),
    (
        "a minutes' heading or a reference is no minute-taker's label",
        "Referat fra Hans Jensens besøg\nRef. Godkendt\nDer henvises til referat af mødet, Lise Holm deltog.",
        set(),
        {("Hans Jensen", "referent"), ("Lise Holm", "referent")},
    ),
    (
        "a committee's line-up at a term's start: a post taken 'som'/'til' closes its clause, never the next name's",
        "Bestyrelsen konstituerede sig med Hans Jensen som formand, Lise Holm som næstformand og Bo Berg som "
        "kasserer. Udvalget valgte Eva Holm (A) til formand. Ib Ek er valgt til formand og Jes Lund til næstformand.",
        {
            ("Hans Jensen", "formand"),
            ("Lise Holm", "næstformand"),
            ("Bo Berg", "kasserer"),
            ("Eva Holm", "formand"),
            ("Ib Ek", "formand"),
            ("Jes Lund", "næstformand"),
        },
        {("Lise Holm", "formand"), ("Bo Berg", "næstformand"), ("Jes Lund", "formand")},
    ),
    (
        "a seat 'til medlem' stays the member readers'; a chair's seat taken as 'formandssædet'",
        "Byrådet udpegede Hans Jensen til medlem af bestyrelsen. Bent Holm fortsætter som formand, Anne Berg fik "
        "formandssædet i Udvalget for Regional Udvikling.",
        {("Bent Holm", "formand"), ("Anne Berg", "formand")},
        {("Hans Jensen", "formand")},
    ),
    (
        "a successor takes the post of the one replaced ('afløser NAME som formand'), never a proposal's",
        "Hans Jensen afløser Bo Berg som formand for bestyrelsen. Eva Holm (V) erstattede Ib Ek som kasserer. "
        "Bestyrelsen foreslår, at Jes Lund afløser Per Olsen som sekretær. Ole Bach erstatter Ulla Bak som medlem.",
        {("Hans Jensen", "formand"), ("Eva Holm", "kasserer")},
        {("Jes Lund", "sekretær"), ("Ole Bach", "medlem"), ("Ib Ek", "formand")},
    ),
    (
        "a post labelled for a body named in lower case is held in the body the text is about",
        "Sekretær for udvalget: Hans Jensen\nFormand for bestyrelsen: Lise Holm\nDirektør for økonomi: Bo Berg",
        {("Hans Jensen", "sekretær"), ("Lise Holm", "formand")},
        set(),
    ),
    (
        "a post held since a date, said after the name or in a relative clause after an apposition (news items)",
        "Lise Holm har været formand siden 2015. Lene Jensen (K), forhenværende borgmester i Thisted Kommune, som "
        "har været næstformand siden BRN startede. Finn Aaberg, der tidligere har været borgmester i Albertslund, "
        "stopper. Hans Jensen, Bo Berg, som er kasserer, og Eva Holm deltog.",
        {
            ("Lise Holm", "formand"),
            ("Lene Jensen", "næstformand"),
            ("Finn Aaberg", "borgmester"),
            ("Bo Berg", "kasserer"),
        },
        {("Hans Jensen", "kasserer"), ("Eva Holm", "kasserer")},
    ),
    (
        "a meeting's post over its holder in a page's header, the holder's own title before the name (Køge's "
        "Udsatteråd); a roster of titled names under a post gives the post to none",
        "Sted\n\nBorup Aktivitetshus\n\nOrdstyrer\n\nFormand Marlene Gjøstrand\n\nReferent\n\nMaria Lindholm\n\n"
        "Medlemmer\n\nNæstformand Bo Berg\nKasserer Eva Holm\n\nDagsorden\n",
        {("Marlene Gjøstrand", "ordstyrer"), ("Marlene Gjøstrand", "formand"), ("Maria Lindholm", "referent")},
        {("Bo Berg", "kasserer"), ("Eva Holm", "næstformand")},
    ),
    (
        "two people of one first name and surname on one line stay two",
        "Medlemmer: formand Jens Hansen, næstformand Jens Erik Hansen, Lise Holm.",
        {("Jens Hansen", "formand"), ("Jens Erik Hansen", "næstformand")},
        {("Jens Erik Hansen", "formand")},
    ),
    (
        "a web form's label cell glued to its name cell gives the meeting's post (Gribskov's meeting database); a "
        "post glued to a word that is no first name names nobody",
        "MødeforumBorgerforeningens bestyrelse\nOrdstyrerBjarke Elling\nReferentErling Bevensee\n"
        "ReferentSkabet Nord\nFraværendeJens Holck\n",
        {("Bjarke Elling", "ordstyrer"), ("Erling Bevensee", "referent")},
        {("Bjarke Elling", "referent"), ("Erling Bevensee", "ordstyrer"), ("Skabet Nord", "referent")},
    ),
    (
        "a column of labels flattened onto one line before its values (Varde's header): the name ending the line "
        "is the referent's; a line ending in the participants' comma list names no referent",
        "Mødested: Deltagere: Fraværende: Referent: Rådhuset Lise Holm, Bo Berg, Eva Lund Ingen Pia Koch Hauge\n\n"
        "Mødested: Deltagere: Fraværende: Referent: Rådhuset Anne Dal, Ib Ek, Jes Lund\n",
        {("Pia Koch Hauge", "referent")},
        {("Eva Lund", "referent"), ("Jes Lund", "referent"), ("Ib Ek", "referent")},
    ),
    (
        "a post's label vouches for the name after its colon whatever its first name; a body after it is no one",
        "Formand: Amtul Malik\nNæstformand: Gulnar Hansen\nSekretær: Kulturudvalget Nord\n",
        {("Amtul Malik", "formand"), ("Gulnar Hansen", "næstformand")},
        {("Kulturudvalget Nord", "sekretær"), ("Amtul Malik", "næstformand")},
    ),
    (
        "officers named by their first names alone with the post elected, kept or left (Hørsholm Seniorråd, Gjessø "
        "Lokalråd, Aalborg's Udsatteråd)",
        "1. Valg af mødeleder og ordstyrer. Lisbet valgt som mødeleder og Mogens som ordstyrer.\n\n"
        "2. Valg af referent. Jørgen valgt som referent.\n\n3. Valg af revisor. Carina fortsætter som revisor.\n\n"
        "4. Meddelelser. Bjarke er stoppet som sekretær for rådet.",
        {
            ("Lisbet", "mødeleder"),
            ("Mogens", "ordstyrer"),
            ("Jørgen", "referent"),
            ("Carina", "revisor"),
            ("Bjarke", "sekretær"),
        },
        {("Lisbet", "ordstyrer"), ("Mogens", "mødeleder")},
    ),
    (
        "a first name alone is the one fuller name the minutes give it; a first name two names share, a longer "
        "name's last word and a member's seat name no officer",
        "Til stede: Preben Skovbjerg, Anna Holm, Anna Berg, Poul Erik Schallert.\n\n"
        "1. Valg af referent. Preben blev valgt som referent.\n2. Valg af ordstyrer. Anna blev valgt som ordstyrer.\n"
        "3. Valg af dirigent. Poul Erik blev valgt som dirigent.\n4. Valg til rådet. Karen blev valgt som medlem.",
        {("Preben Skovbjerg", "referent"), ("Poul Erik Schallert", "dirigent")},
        {
            ("Preben", "referent"),
            ("Anna", "ordstyrer"),
            ("Anna Holm", "ordstyrer"),
            ("Anna Berg", "ordstyrer"),
            ("Erik", "dirigent"),
            ("Karen", "medlem"),
        },
    ),
]


@role_form_cases(CASES, HEADER)
def test_meeting_officer_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
