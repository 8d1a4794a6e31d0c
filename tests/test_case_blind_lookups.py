"""A word a case-blind pattern matched is looked up in the table the pattern was written from as the pattern read
it: re.IGNORECASE reads "ſ" as an s and "ı"/"İ" as an i, which ``str.lower`` does not give, and each lookup below
raised KeyError on such a text (found by fuzzing parse + extract over mutated dev-write documents)."""

from __future__ import annotations

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.parse.dates import month_number
from graphbuild.parse.former_municipalities import named_former
from graphbuild.sources import source_from_text
from graphbuild.vocab.near import case_blind_key


def _facts_errors(text: str) -> list[str]:
    return extract_facts(parse_meeting(source_from_text(text))).errors


def test_case_blind_key_reads_long_s_and_dotted_and_dotless_i_as_the_patterns_do() -> None:
    assert case_blind_key("beſtyrelse") == "bestyrelse"
    assert case_blind_key("JUELSMİNDE") == "juelsminde"
    assert case_blind_key("ſeks") == "seks"
    assert case_blind_key("Nıbe") == "nibe"
    assert case_blind_key("Mødet") == "mødet"  # any other word is lower-cased as str.lower does


def test_a_month_with_a_dotted_capital_i_is_april() -> None:
    assert month_number("APRİL") == 4
    assert month_number("Aprıl") == 4
    assert month_number("Apropos") is None


def test_a_former_municipality_printed_with_a_long_s_or_a_dotted_i() -> None:
    # was KeyError: 'juelſminde' in named_former (the header's municipality reader)
    for text in ("Mødet holdes på Juelſminde Rådhus.", "Mødet holdes på JUELSMİNDE Rådhus."):
        assert [(n.former.name, n.how) for n in named_former(text)] == [("Juelsminde", "rådhus")]
    assert named_former("mødet holdes på juelſminde rådhus.") == []  # in lower case, an address: none


def test_a_count_of_municipalities_with_a_long_s() -> None:
    # was KeyError: 'ſeks' in membership_prose_members.count_lists and membership_counted_next
    text = (
        "Det siger borgmester Finn Brunse fra Assens, der repræsenterer én af de ſeks kommuner i Udvikling "
        "Fyn.\n\nDe øvrige er Nyborg, Faaborg-Midtfyn, Svendborg, Kerteminde og Odense."
    )
    assert _facts_errors(text) == _facts_errors(text.replace("ſ", "s"))
    assert not any(note.startswith("extract") for note in _facts_errors(text))


def test_a_board_after_a_name_with_a_long_s() -> None:
    # was KeyError: 'beſtyrelse' in role_boards.board_after_name
    text = (
        "Byrådet\nReferat\nMøde den 3. marts 2025 kl. 17.00\n\n1. Valg til bestyrelse\n\nBeslutning\n"
        "Til bestyrelsen for Vejle Spildevand blev valgt:\nAnders Hansen, Vejle Spildevands beſtyrelse\n"
    )
    assert not any(note.startswith("extract") for note in _facts_errors(text))


def test_a_meeting_word_with_a_long_s_names_the_body() -> None:
    # was KeyError: 'beſtyrelse' in header_body (parse failed: no items, no day)
    text = (
        "Afholdes ordinært beſtyrelsesmøde i Foreningen Thy den 3. marts 2025\n\n"
        "1. Godkendelse af dagsorden\nGodkendt\n"
    )
    meeting = parse_meeting(source_from_text(text))
    assert meeting.body == "Bestyrelsen i Foreningen Thy"
    assert meeting.items
