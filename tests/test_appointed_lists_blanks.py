r"""role_appointed_lists' ending after the last name of a passive appointment ("…, NAME udpeget som medlemmer"): the
blanks before and after its optional comma are read once each (``(?:[ \t]*+,)?[ \t]++``). As ``[ \t]*,?[ \t]+``, two
runs side by side, a line of blanks after the last name was shared between them every way (0.06 s at 1,000 blanks,
0.9 s at 4,000, at its one position in the sentence). The spans are the old pattern's."""

from __future__ import annotations

import random
import re

from graphbuild.extract.role_appointed_lists import _PLACE, AS_MEMBERS
from graphbuild.extract.role_patterns import NAME_BRACKET

OLD = re.compile(
    rf"{NAME_BRACKET}{_PLACE}[ \t]*,?[ \t]+(?:(?:gen)?udpeget|(?:gen)?valgt)[ \t]+"
    r"(?:som[ \t]+(?:nye?[ \t]+)?medlem(?:mer)?(?![\wæøå])(?:[ \t]+(?:af|i)[ \t]+)?|til[ \t]+(?!at[ \t]))",
    re.IGNORECASE,
)


def _ending(pattern: re.Pattern[str], text: str) -> str | None:
    found = pattern.match(text)
    return found.group(0) if found else None


def test_the_seat_after_the_last_name_is_read() -> None:
    # the module's passive form: "…og kommunalbestyrelsesmedlem på Frederiksberg, NAME udpeget som medlemmer"
    assert _ending(AS_MEMBERS, " udpeget som medlemmer.") == _ending(OLD, " udpeget som medlemmer.")
    assert _ending(AS_MEMBERS, " (A) fra Ballerup, udpeget til ") == " (A) fra Ballerup, udpeget til "
    # the near misses: "til at" is no body, "medlemmerne" no seat
    assert _ending(AS_MEMBERS, " udpeget til at deltage") is None
    assert _ending(AS_MEMBERS, " udpeget som medlemmerne") is None


def test_the_spans_are_the_old_patterns_on_random_endings() -> None:
    rng = random.Random(41)

    def blanks() -> str:
        return rng.choice(["", " ", "  ", "\t", " \t", "\n"])

    found = 0
    for _ in range(30000):
        text = rng.choice(["", " (A)", "(V)", " \n(S)", "("])
        text += rng.choice(["", " fra Ballerup", " i Vest Himmerland", " på Fanø", " fra", " fra x"])
        text += blanks() + rng.choice(["", ",", ",,", ", "]) + blanks()
        text += rng.choice(["udpeget", "genvalgt", "valgt", "Valgt", "udpegetx", "valg"]) + blanks()
        text += rng.choice(["som", "til", "som nye", "som ny", "x"]) + blanks()
        text += rng.choice(["medlem", "medlemmer", "at", "bestyrelsen", "medlemmerne", ""]) + blanks()
        text += rng.choice(["af", "i", "at", ""]) + blanks()
        assert _ending(AS_MEMBERS, text) == _ending(OLD, text), text
        found += _ending(OLD, text) is not None
    assert found > 500


def test_a_long_line_of_blanks_after_the_last_name_is_read_in_time() -> None:
    assert AS_MEMBERS.match(" " * 50_000 + "x") is None
    assert _ending(AS_MEMBERS, " " * 50_000 + "udpeget til bestyrelsen") == " " * 50_000 + "udpeget til "
