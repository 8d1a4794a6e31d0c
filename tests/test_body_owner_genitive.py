"""The owner of a board named before its word in lower case with a closing "s" (`parse.body_owner.board_owner`): the
document tells the genitive's "s" from the name's own. "Skagen Bytings bestyrelse" is Skagen Byting's where the text
prints "Skagen Bytings" only before a noun; "FynBus bestyrelse" is FynBus's where "FynBus" stands before a date or a
full stop; with no text, or a text that never prints the name, no owner is read."""

from __future__ import annotations

import pytest

from graphbuild.parse.body_owner import board_owner

# fynbus-bestyrelse-2013-10-24, quoted as printed
FYNBUS = (
    'FynBus bestyrelse. Dagsorden for møde. Torsdag\n\nDownload "FynBus bestyrelse. Dagsorden for møde. Torsdag\n\n'
    "1 FynBus 17. oktober 2013 Bestyrelsesmøde den 24\n"
)
# skagen-byting-bestyrelse-2020-11-24, quoted as printed
SKAGEN = (
    "Referat fra Skagen Bytings bestyrelsesmøde d. 24. november 2020.\n"
    "Borgmester Birgit Hansen er udsat, men stadig positiv for Skagen Bytings ønske om ad hoc møder jf. gl.\n"
)


@pytest.mark.parametrize(
    ("body", "text", "owner"),
    [
        ("FynBus bestyrelse", FYNBUS, "FynBus"),  # the name's own "s"
        ("Skagen Bytings bestyrelse", SKAGEN, "Skagen Byting"),  # the genitive's
        ("KTCs bestyrelse", "KTC s studierejse", "KTC"),  # the name printed without it
    ],
)
def test_the_text_tells_the_genitive(body: str, text: str, owner: str) -> None:
    assert board_owner(body, text) == owner


@pytest.mark.parametrize("text", [None, "Referat af bestyrelsesmødet den 4. maj"])
def test_no_owner_where_the_text_does_not_tell(text: str | None) -> None:
    assert board_owner("Skagen Bytings bestyrelse", text) is None


def test_a_mixed_reading_keeps_the_name() -> None:
    # the name with its "s" once before a noun, once before a capital: the name's own
    assert board_owner("FynBus bestyrelse", "FynBus direktion og FynBus Bestyrelse") == "FynBus"
