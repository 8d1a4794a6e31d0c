"""Where a name is printed whole, found by substring search (vocab.printed_places): the starts the pattern compiled for
the name gives, on the page texts role_page_lead, role_page_full_names and role_page_organisation read."""

from __future__ import annotations

import re

import pytest

from graphbuild.vocab.printed_places import places

_NAME_CHAR = re.compile(r"[\wæøåÆØÅ&-]")
_AFTER_ACRONYM = re.compile(r"[\wæøåÆØÅ’'-]")

# maritimedanmark-news-faergerederi-sparer-direktoer-vaek (dev-write): the headline and first paragraphs, as printed
PAGE = """Presset færgerederi sparer direktør væk

Ærøxpressen - der forbinder Marstal med Rudkøbing - har sejlet med underskud lige siden den startede op i 2019. Nu er \
økonomien så presset, at rederiet har valgt at spare rederidirektør Boye Kromann væk, og overlade opgaverne til \
rutens chefskipper.

”Boye Kromann har i sin periode som direktør bidraget med sin maritime indsigt og professionalisme til en god drift \
af Ærøxpressen.
"""
# the name run on into longer words, and an acronym printed again (made up)
RUN_ON = "Ærøxpressens billetter, Ærøxpressen-ruten og Ærøxpressen. LAG Lemvig, LAG’erne, LAGLAG LAG\n"


def _pattern_starts(text: str, name: str, before: re.Pattern[str], after: re.Pattern[str]) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!{before.pattern}){re.escape(name)}(?!{after.pattern})", text)]


@pytest.mark.parametrize(
    ("text", "name", "after"),
    [
        (PAGE, "Ærøxpressen", _NAME_CHAR),
        (PAGE, "Boye Kromann", _NAME_CHAR),
        (RUN_ON, "Ærøxpressen", _NAME_CHAR),
        (RUN_ON, "LAG", _AFTER_ACRONYM),
        ("aa aa aa", "aa aa", _NAME_CHAR),  # a name that overlaps itself: the next one searched after the match
        ("aaa", "aa", _NAME_CHAR),
        ("", "LAG", _NAME_CHAR),
        ("LAG", "", _NAME_CHAR),
    ],
)
def test_the_starts_the_names_pattern_gives(text: str, name: str, after: re.Pattern[str]) -> None:
    assert places(text, name, _NAME_CHAR, after) == _pattern_starts(text, name, _NAME_CHAR, after)


def test_a_name_inside_a_longer_word_is_not_printed_whole() -> None:
    # "Ærøxpressens" and "Ærøxpressen-ruten" run on: only the third stands alone; "LAG’erne" and "LAGLAG" run on
    assert places(RUN_ON, "Ærøxpressen", _NAME_CHAR, _NAME_CHAR) == [RUN_ON.index("Ærøxpressen.")]
    assert places(RUN_ON, "LAG", _NAME_CHAR, _AFTER_ACRONYM) == [RUN_ON.index("LAG Lemvig"), len(RUN_ON) - 4]
    assert len(places(PAGE, "Ærøxpressen", _NAME_CHAR, _NAME_CHAR)) == 2


# vestforbraending-news-ny-bestyrelse-2021 (dev-write): its headline and first sentence, the name in the genitive
GENITIVE = """Vestforbrænding klar med ny bestyrelse

Ved et netop afholdt bestyrelsesmøde har Vestforbrændings nye bestyrelse, som sidder frem til udgangen af 2025, \
konstitueret sig. Vestforbrændingens og Vestforbrænding’s
"""
# where a name printed again does not end: no genitive's ending, then no character of a name's word
_NOT_NAME_END = re.compile(r"(?!(?:s|'s|’s|'|’)?(?![\wæøåÆØÅ&-]))")


def test_a_name_in_the_genitive_as_the_look_ahead_reads_it() -> None:
    # role_page_organisation: the name alone or in the genitive, never run on ("Vestforbrændingens")
    found = places(GENITIVE, "Vestforbrænding", _NAME_CHAR, _NOT_NAME_END)
    pattern = re.compile(r"(?<![\wæøåÆØÅ&-])Vestforbrænding(?=(?:s|'s|’s|'|’)?(?![\wæøåÆØÅ&-]))")
    assert found == [m.start() for m in pattern.finditer(GENITIVE)]
    assert [GENITIVE[at : at + 17] for at in found] == ["Vestforbrænding k", "Vestforbrændings ", "Vestforbrænding’s"]
