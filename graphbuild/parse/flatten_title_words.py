"""The word classes a flattened contents page's run of titles is cut by (``flatten_titles``): words a title
does not end on, words that open a title, place names and their tails, the adjectives and readings that bind
to the word after them."""

from __future__ import annotations

import re

from graphbuild.parse.former_municipalities import former_municipalities
from graphbuild.vocab.municipality_names import municipality_named

# Words a title does not end on: a run of titles is never cut after them.
YEAR_BEFORE = {"for", "i", "pr."}  # "regnskab for 2006", "i 2020", "pr. 1. januar": a year or date may follow
ARTICLES = {"Den", "Det", "De", "En", "Et"}
BINDING = {
    "af", "for", "i", "til", "om", "med", "på", "fra", "ved", "v.", "og", "samt", "eller", "mellem",
    "den", "det", "de", "en", "et", "vedr.", "vedrørende", "under", "over", "efter", "mod", "hos", "-", "–",
}  # fmt: skip
# Words a trailing number belongs to ("Lokalplan nr. 5"): it is not a page number.
NUMBERED_BY = {"nr.", "nr", "pkt.", "§", "punkt", "etape", "fase", "tillæg", "bilag"}
# A capitalised nominalisation ("Opfølgning", "Godkendelse", "Udpegninger"), a case word ("Udbud af",
# "Lokalplan 12") or a capitalised article ("Den fremtidige ...") opens a title even
# after a capitalised word: "Godkendelse af Vækststrategi Opfølgning på lokalrådsmøder".
# The last part of a compound that names a case ("Kvalitets|plan", "Åbnings|balance"): such a compound
# opens a title as a nominalisation does.
CASE_NOUNS = (
    "plan|planer|rapport|regnskab|budget|balance|tillæg|strategi|politik|aftale|aftaler|program|regulativ"
    "|vedtægt|vedtægter|beretning|redegørelse|prognose|takster|bevilling"
)
OPENS_TITLE = re.compile(
    r"^(?:[A-ZÆØÅ][a-zæøå\-]*(?:ing|ings|inger|else|elser|ation|tion)"
    r"|Forslag|Status|Valg|Meddelelser|Eventuelt|Salg|Køb|Tilskud|Regnskab|Årsregnskab|Spørgetid|Budget\w*"
    r"|Udbud|Lokalplan|Evt\.?|Den|Det"
    # an adjective that opens a case's title: "Endelig vedtagelse af ...", "Ny betalingsvedtægt", "Revideret ..."
    r"|Endelig|Foreløbig|Ny|Nyt|Nye|Revideret|Fremtidig|Fremtidige)$"
    # a compound whose last part is a case noun: "Kvalitetsplan", "Kvalitetsrapport", "Åbningsbalance",
    # "Kommuneplantillæg", "Sundhedsaftale", "Anlægsregnskab", "Handicappolitik"
    rf"|^[A-ZÆØÅ][a-zæøå]+(?:{CASE_NOUNS})$"
)


# Regions and parts of the country: a name, not a title's opening noun ("Væksthus Syddanmark for ...")
REGIONS = {
    "Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland", "Danmark", "Fyn", "Jylland", "Bornholm",
    "Lolland", "Falster", "Møn", "Sønderjylland", "Nordsjælland", "Vestsjælland", "Midtsjælland", "Østjylland",
    "Vestjylland", "Sydjylland", "Vendsyssel", "Himmerland", "Djursland", "Thy", "Salling",
}  # fmt: skip
# Words that end a place's name ("Silkeborg Kommune", "Vejle Amt"), never a title's first word
PLACE_TAILS = {"Kommune", "Kommunes", "Amt", "Amts", "Region", "Regions"}
PLACE_GENITIVES = {"Kommunes", "Amts", "Regions"}
GENITIVE = re.compile(r"[A-ZÆØÅ][a-zæøå]{3,}(?:ets|ens)")
# An association's name word ("Gymnastikforening", "Kulturforening", "Landsforeningen"): no nominalisation though it
# ends in "-ing"; after a capitalised word it ends that name ("Særslev Gymnastikforening", "Ørslev Kulturforening")
ASSOCIATION = re.compile(r"[A-ZÆØÅ][a-zæøå]*(?:forening|sammenslutning)(?:en|ens|s)?")
ACRONYM = re.compile(r"[A-ZÆØÅ]{2,6}")
HALF_YEAR = re.compile(r"(?:19|20)\d\d/")
CODES_BRACKET = re.compile(r"(?:^|\()[A-ZÆØÅ][A-ZÆØÅ0-9]{1,7}(?:,\s*[A-ZÆØÅ][A-ZÆØÅ0-9]{1,7})*\)$")
# Prepositions after a title's opening noun ("Støtte til ...", "Overenskomst mellem ...")
GOVERNED_BY = {"til", "af", "for", "mellem", "vedr.", "vedrørende"}
# Words a title ends on: the standing one-word items and "X Kommune"
CLOSING_WORDS = {"Eventuelt", "Evt.", "Evt", "Kommune", "Meddelelser", "Spørgetid", "Orientering", "Orienteringer"}
# The adjectives OPENS_TITLE lets open a title ("Ny betalingsvedtægt"): they bind to the word after them
OPENING_ADJECTIVES = {"Endelig", "Foreløbig", "Ny", "Nyt", "Nye", "Revideret", "Fremtidig", "Fremtidige"}
ADJECTIVE = re.compile(r"[A-ZÆØÅ][a-zæøå]{3,}(?:eret|ede|isk|iske|ende|lige)")
READING_OF = {"endelig", "fornyet", "første", "anden", "tredje", "fortsat", "fortsættelse", "videre", "politisk", "ny"}

# What a council reads twice: a budget, a proposal, a plan, a statute ("2. behandling af budgetforslag")
READ_CASE = re.compile(r"(?i)budget|forslag|\w*plan|\w*strategi|\w*vedtægt|\w*regulativ|takst")


def is_municipality_name(word: str) -> bool:
    """A municipality's name, today's or a former one's ("Søndersø"): "Søndersø Kommuneplan" is its plan."""
    return municipality_named(word) is not None or word.lower() in former_municipalities()
