"""What a flattened contents page's run of titles holds besides its titles, and what goes on a title where the
word-by-word cut (``flatten_titles``) would open the next:

- a committee's name heading the titles it decides on ("... Budgetstatus 30. april Udvalget for Kultur og
  Fritid Budgetforslag ..."), no title;
- a person's name after a post ("Henvendelse fra regionsrådsmedlem Henrik Thorup ..."), the title going on;
- a title's wrapped last line of a place's address ("... for boligområdet | Egeparken, Grønhøjgårdsvej,
  Taastrup"), cut off as a title of its own because the run is cut before a capitalised word after a lower-case
  one: such a piece, opened by that guess and holding no lower-case word and no word a case's title opens with,
  is the title before it going on."""

from __future__ import annotations

import re

from graphbuild.parse.flatten_request_senders import continues_sender
from graphbuild.parse.flatten_title_definite_phrases import names_definite_phrase
from graphbuild.parse.flatten_title_words import CLOSING_WORDS, OPENS_TITLE
from graphbuild.parse.item_lines import STANDING_ITEM
from graphbuild.vocab.reference import first_names, last_names

# "m.fl.", "m.v.": "and more" after a place's names is no ordinary lower-case word ("afd." is: "Fyn, afd. Elmehaven")
_ABBREVIATION = re.compile(r"[a-zæøå]{1,2}\.[a-zæøå]{1,2}\.,?")
_NAME_WORDS = 6  # a wrapped title's tail of names is this short at most


def is_name_tail(piece: list[str]) -> bool:
    """Whether a piece reads as a wrapped title's last line of names ("Mejlby", "Hovedgaden 37, Durup",
    "Egeparken, Grønhøjgårdsvej, Taastrup") rather than a title ("Meddelelser", "Budgetstatus", "Lokalplan 12")."""
    if not piece or len(piece) > _NAME_WORDS:
        return False
    first = piece[0].rstrip(",:")
    if first in CLOSING_WORDS or OPENS_TITLE.match(first) or not first[:1].isupper() or first.isupper():
        return False
    if any(word[:1].islower() and not _ABBREVIATION.fullmatch(word) for word in piece):
        return False
    # a place's address, its parts after commas ("Egeparken, Grønhøjgårdsvej, Taastrup"); a dash parts a subject
    # from its case ("Bogense Andelsboligforening - Regnskab"), a title of its own
    return any(word.endswith(",") for word in piece[:-1]) and not any(word in ("-", "–") for word in piece)


_APPOSITION_WORDS = 2  # "Mejlby", "Nørlev Strandvej": the name after a definite noun is this short at most
_DEFINITE_NOUN = re.compile(r"[a-zæøå]{4,}en")  # "landsbyen", "ejendommen", "nedkørslen" (not "budget")


def is_apposition(before: list[str], piece: list[str]) -> bool:
    """Whether a piece is the name a title's last word, a definite noun in lower case, goes on to ("... for landsbyen
    | Mejlby", "... beboelse på ejendommen | Eskegårdsvej", "Kystbeskyttelse ved nedkørslen | Nørlev Strandvej"):
    one or two capitalised words, none a word a title opens with or a standing item ("... regnskabet | Økonomi")."""
    if not before or not piece or len(piece) > _APPOSITION_WORDS or not _DEFINITE_NOUN.fullmatch(before[-1]):
        return False
    return all(
        word[:1].isupper()
        and word[1:2].islower()
        and word.replace("-", "").isalpha()
        and word not in CLOSING_WORDS
        and not OPENS_TITLE.match(word)
        and not STANDING_ITEM.match(word)
        for word in piece
    )


def rejoin_name_tails(pieces: list[list[str]], guessed: set[int]) -> list[list[str]]:
    """The pieces with each piece at a ``guessed`` position (one the word-by-word guess opened, not a page
    number or a leader) that is a name tail, a name in apposition or the rest of a request's sender and what it asks
    ("Ansøgning fra puljeinstitutionen" / "Dragen om …", ``flatten_request_senders``) joined to the piece before it."""
    out: list[list[str]] = []
    for position, piece in enumerate(pieces):
        if (
            position in guessed
            and out
            and out[-1]
            and (
                is_name_tail(piece)
                or is_apposition(out[-1], piece)
                or names_definite_phrase(out[-1], piece)
                or continues_sender(out[-1], piece)
            )
        ):
            out[-1] = [*out[-1], *piece]
        else:
            out.append(piece)
    return out


def names_a_person(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` opens a person's name after a lower-case word (a post, a preposition): a known first
    name before a known surname or first name ("fra rådmand Balder Mørk", "ved direktør Birgitte Wederking").
    A title that names a person goes on; a title seldom opens with one."""
    word, before = words[k], words[k - 1]
    after = words[k + 1].rstrip(",.") if k + 1 < len(words) else ""
    return (
        before[:1].islower()
        and word in first_names()
        and after[:1].isupper()
        and (after in last_names() or after in first_names())
    )


# "Udvalget for Kultur og Fritid", "Økonomiudvalget", "Økonomiudvalget Lukket", "Sammenlægningsudvalget for": the
# deciding committee's name over the titles it decides on, a group's heading, no title
_GROUP_HEADING = re.compile(
    r"(?:Udvalget|[A-ZÆØÅ][a-zæøå-]*(?:udvalget|rådet|bestyrelsen))"
    r"(?:\s+for(?:\s+(?:[A-ZÆØÅ][\wæøå-]*|og|for|i))*)?(?:\s+(?:Lukket|Åben|Åbent))?"
)


def is_group_heading(piece: str) -> bool:
    """Whether a piece of a run of titles is a committee's name heading the titles it decides on."""
    return _GROUP_HEADING.fullmatch(piece) is not None
