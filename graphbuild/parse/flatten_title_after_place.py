"""A title of a flattened contents page that ends on the place it is about: "... havnebanen og havnesporene i Skive |
Parkeringskontrol", "... dagtilbudsområdet i Skørping | Misbrug Unge", "... kystturismen på Møn | Mobil og
bredbånd". A municipality's name (today's or a former one's) after a preposition of place ends its title; the
capitalised word after it opens the next (read by ``flatten_titles``' cut).

Guards: the word after the name opens a phrase (a lower-case word follows it, "Mobil og bredbånd", "Sandbanke vest
for Anholt Havn", or a comma ends it) or is a long compound that names no place or building of the town
("Parkeringskontrol"; "på Møn Skole", "i Skive Idrætscenter", "i Grenaa Bibliotek" go on naming the place); it is a
word of at least five letters, capitalised with lower-case letters after
(no acronym, no number, no initial); it is no place's own word ("i Skive Kommune", "i Region Nordjylland", "i
Skive Kommunes"), no municipality's or region's name ("i Ringkøbing Skjern"), no direction or quarter of the town
("i Aalborg Øst", "i Skive Midtby", "i Skørping Centrum"), and no genitive of the place ("i Skive Kommunes ...")."""

from __future__ import annotations

from graphbuild.parse.flatten_title_words import PLACE_TAILS, REGIONS, is_municipality_name

# the prepositions before a place's name that a title ends on ("havnesporene i Skive", "kystturismen på Møn")
_PLACE_PREPOSITIONS = frozenset({"i", "på", "ved"})
# the words that go on naming the place after its municipality's name: its quarter, a direction, its centre
_PLACE_PARTS = frozenset(
    {
        "Nord", "Syd", "Øst", "Vest", "Nordøst", "Nordvest", "Sydøst", "Sydvest", "Midtby", "Midtbyen", "Centrum",
        "Bymidte", "Bymidten", "Havn", "Havnen", "Strand", "Landsby", "Station", "Stationsby", "Rådhus", "By",
    }
)  # fmt: skip
# the last parts of a compound that names a building, a street or a site of the town ("Idrætscenter", "Sognegården")
_SITE_ENDINGS = (
    "skole", "skolen", "hal", "hallen", "center", "centret", "centeret", "kirke", "kirken", "hus", "huset", "gård",
    "gården", "havn", "havnen", "bibliotek", "biblioteket", "stadion", "museum", "museet", "plads", "pladsen", "vej",
    "gade", "park", "parken", "torv", "torvet", "strand", "by", "byen", "sø", "søen", "marken", "skov", "skoven",
)  # fmt: skip
_COMPOUND = 9  # "Parkeringskontrol": a long compound opens a title on its own
_SHORTEST = 5  # "Mobil og bredbånd": a title's first word; "By", "Nord" are a place's own


def ends_at_place(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` opens a title after a municipality's name that a preposition of place puts in the
    title before it ("i Skive | Parkeringskontrol")."""
    if k < 2:
        return False
    word, place, preposition = words[k], words[k - 1], words[k - 2]
    return (
        preposition in _PLACE_PREPOSITIONS
        and place[:1].isupper()
        and place.isalpha()
        and is_municipality_name(place)
        and len(word) >= _SHORTEST
        and word[:1].isupper()
        and word[1:].replace("-", "").replace(",", "").isalpha()
        and word[1:].rstrip(",").replace("-", "").islower()
        and word.rstrip(",") not in PLACE_TAILS
        and word.rstrip(",") not in _PLACE_PARTS
        and word.rstrip(",").removesuffix("s") not in REGIONS
        and not is_municipality_name(word.rstrip(","))
        and _opens_phrase(words, k)
    )


def _opens_phrase(words: list[str], k: int) -> bool:
    """The word opens a phrase of its own: a lower-case word after it or a comma ending it, or a long compound that
    names no site of the town."""
    word = words[k]
    after = words[k + 1] if k + 1 < len(words) else ""
    if word.endswith(",") or (after[:1].islower() and after.isalpha()):
        return True
    return len(word) >= _COMPOUND and not word.lower().endswith(_SITE_ENDINGS)
