"""A request's title a flattened contents run cut between its sender and what it asks, read by
``flatten_title_tails.rejoin_name_tails``: "Ansøgning fra puljeinstitutionen | Dragen om oprettelse af
småbørnsgruppe", "Ansøgning fra Sallingsund | Boligselskab til afhændelse af ejendommen …", "Ansøgning fra HAB,
afdeling | Elmeparken om ommærkning af 3 ungdomsboliger …". The word-by-word cut opens a title at the sender's
capitalised name; a request ("Ansøgning fra X om Y") names what it asks after its sender, so a piece that names a
request's sender and not yet what it asks goes on into the next piece when that piece opens with the rest of the
sender's name (one or two words, none a word a title opens with) and then "om", "til" or "vedrørende". A request
that has named what it asks ("Ansøgning fra Otterup Friluftsspil om tilskud") ends where it ends, and a next
piece that opens a title of its own ("Orientering om …", "Status til …") stays one."""

from __future__ import annotations

from graphbuild.parse.flatten_title_words import CLOSING_WORDS, OPENS_TITLE
from graphbuild.parse.item_lines import STANDING_ITEM

# the request nouns a sender follows: "Ansøgning fra", "Anmodning fra", "Henvendelse fra"
_REQUESTS = frozenset({"ansøgning", "anmodning", "henvendelse", "forespørgsel", "klage", "andragende"})
_OBJECT_WORDS = frozenset({"om", "til", "vedr.", "vedrørende"})  # what a request asks opens so
_SENDER_REST = 2  # the words of the sender's name the next piece opens with, at most


def _asks_nothing_yet(piece: list[str]) -> bool:
    """Whether the piece names a request's sender ("Ansøgning fra puljeinstitutionen") and nothing after it."""
    words = [w.lower() for w in piece]
    for k in range(len(words) - 2):
        if words[k] in _REQUESTS and words[k + 1] == "fra":
            return not any(w in _OBJECT_WORDS for w in words[k + 2 :])
    return False


def continues_sender(before: list[str], piece: list[str]) -> bool:
    """Whether ``piece`` goes on a request's sender that ``before`` ends in: it opens with one or two capitalised
    words no title opens with, then the word that opens what the request asks ("Dragen om …")."""
    if not _asks_nothing_yet(before):
        return False
    for k in range(1, min(_SENDER_REST, len(piece) - 1) + 1):
        if piece[k].lower() in _OBJECT_WORDS:
            name = piece[:k]
            return all(
                word[:1].isupper()
                and word.rstrip(",") not in CLOSING_WORDS
                and not OPENS_TITLE.match(word.rstrip(","))
                and not STANDING_ITEM.match(word)
                for word in name
            )
    return False
