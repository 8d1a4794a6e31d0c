"""line_scan: a pattern's pass over the lines that hold its words gives the whole pass's matches."""

from __future__ import annotations

from graphbuild.extract.line_scan import finditer_on_lines, holds_any, lines_holding, lines_with
from graphbuild.extract.membership_lists import MUNICIPALITY_LINE, MUNICIPALITY_LINE_WORDS
from graphbuild.extract.membership_network_forms import FIRE_SERVICE, FIRE_SERVICE_WORDS
from graphbuild.extract.membership_owners_heard import OWNERS, OWNERS_WORDS
from graphbuild.extract.membership_withdrawals import DECIDED, DECIDED_WORDS

TEXT = (
    "Referat\nBestyrelsen besluttede, at ejerne skulle høres om planen.\n"
    "Ejerkommunerne: Assens Kommune\nKerteminde Kommune:\n- Nyborg kommune (A)\n\n"
    "Trekantområdets Brandvæsen og Brand & Redning MidtVest; Beredskab Fyn\n"
    "Interessenterne vedtog budgettet. Kommunen har   besluttet det.\nAllerød Brandvæsen"
)


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_the_same_matches_as_the_whole_pass() -> None:
    for pattern, words, any_case in (
        (OWNERS, OWNERS_WORDS, True),
        (DECIDED, DECIDED_WORDS, False),
        (FIRE_SERVICE, FIRE_SERVICE_WORDS, False),
        (MUNICIPALITY_LINE, MUNICIPALITY_LINE_WORDS, False),
    ):
        expected = _spans(pattern.finditer(TEXT))
        assert expected, pattern.pattern
        assert _spans(finditer_on_lines(pattern, TEXT, words, any_case)) == expected


def test_lines_without_the_words_are_skipped() -> None:
    assert lines_holding("a\nb ejer\nc\nd EJER\ne ejer", ("ejer",), any_case=True) == [(2, 8), (11, 24)]
    assert lines_holding("no words here", ("ejer",)) == []


def test_a_case_exception_reads_the_whole_text() -> None:
    # "ı" is read as "i" by re.IGNORECASE but kept by str.lower: the lines cannot be told
    assert lines_holding("ınteressenterne", ("interessent",), any_case=True) is None
    assert holds_any("ınteressenterne", ("interessent",), any_case=True)
    assert _spans(finditer_on_lines(OWNERS, "x\nınteressenterne", OWNERS_WORDS, True)) == _spans(
        OWNERS.finditer("x\nınteressenterne")
    )
    assert not holds_any("Interessenter", ("interessent",))


def test_the_lines_that_hold_a_word() -> None:
    text = "Formand\nJens Hansen\n\nØvrige MEDLEMMER:\nmedlem og formand\n"
    assert lines_with(text, ("formand", "medlem"), any_case=True) == [0, 21, 39]
    assert lines_with(text, ("formand",)) == [39]
    assert lines_with("a\nſuppleant\nb", ("suppleant",), any_case=True) == [0, 2, 12]  # every line: "ſ" is "s"
