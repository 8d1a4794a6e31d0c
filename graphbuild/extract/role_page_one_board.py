"""The board a page is about, read by `role_chairs` as the last place before the document's unnamed body, after
`role_parish_council`: the one board the page names with its owner, anywhere in its text ("Midttrafiks nye
bestyrelse", "Den nye formand har siddet i Midttrafiks bestyrelse", "Skolebestyrelsen på Vestre Skole", "bestyrelsen
for Foreningen X"). One owner however the page writes it: its genitive ("Midttrafiks", "Midttrafik") and a run of
capitalised words glued before it (a byline's "Redaktionen Midttrafiks") are the same owner. Only where the page
names exactly one (two different owners: none); never a venue, a municipality or a word the page writes in lower
case (`role_parish_council.body_owner`)."""

from __future__ import annotations

from graphbuild.extract.role_parish_council import body_owner
from graphbuild.vocab import ids
from graphbuild.vocab.board_owner_patterns import board_of, owned_board

_BOARD = r"(?:[Ss]kole)?(?:[Bb]estyrelse)"
# "Midttrafiks nye bestyrelse", "Kulturskolens bestyrelse", "Vestre Skoles skolebestyrelse"
_OWNED = owned_board(_BOARD, "(?:n|t)?")
# "bestyrelsen i Midttrafik", "Skolebestyrelsen på Vestre Skole", "bestyrelsen for Foreningen X"
_OF = board_of(_BOARD, "(?:n|t)?", "i|for|på|ved")
# what every board word the reader reads holds, whatever its first letter's case: a page without it names no board
CUE_WORDS = ("estyrelse",)


def _words(owner: str) -> tuple[str, ...]:
    """An owner's words in lower case, a genitive's ending left out ("Midttrafiks" is "midttrafik")."""
    words = owner.lower().replace("’", "'").split()
    last = words[-1].removesuffix("'s").removesuffix("'")
    if last == words[-1] and last.endswith("s") and len(last) > 3:
        last = last[:-1]
    return (*words[:-1], last)


def _one_owner(owners: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The one owner all readings name: the shortest, every other ending with its words; else None."""
    if not owners:
        return None
    shortest = min(owners, key=len)
    return shortest if all(o[len(o) - len(shortest) :] == shortest for o in owners) else None


def page_one_board(text: str, doc_id: str) -> tuple[str, str, str] | None:
    """The one board a page names with its owner, as an (id, name, type) target keyed by the document; else None."""
    if not any(word in text for word in CUE_WORDS):
        return None
    found: list[tuple[tuple[str, ...], str]] = []  # (the owner's words, the board's name as printed)
    for m in _OWNED.finditer(text):
        owner = body_owner(m.group("owner"), text)
        if owner is not None:
            found.append((_words(owner), f"{owner} {m.group('noun').lower()}"))
    for m in _OF.finditer(text):
        owner = body_owner(m.group("owner"), text)
        if owner is not None:
            found.append((_words(owner), f"{m.group('noun').capitalize()}n {m.group('link')} {owner}"))
    one = _one_owner([words for words, _ in found])
    if one is None:
        return None
    name = min((name for words, name in found if words == one), key=len, default=None) or min(
        (name for _, name in found), key=len
    )
    return ids.organization_id(f"{name} {doc_id}"), name, "Organization"
