"""The municipality extract reads from short minutes built round one header line or one item's sentence: the
municipality guards' shared minutes (a body heading them or none, a meeting date, two or three items)."""

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

PARTICIPANTS = "Deltagere: Ole Berg, Lis Holm"
"""The header line of minutes built round an item's sentence."""


def minutes(body: str, line: str, sentence: str | None = None) -> str:
    """Minutes headed by ``body`` (or by nothing), then ``line`` under the meeting date; with ``sentence``, an item
    of news reads it between the agenda's approval and Eventuelt."""
    head = f"Referat\n\n{body}\n\n" if body else "Referat\n\n"
    news = (
        ""
        if sentence is None
        else f"2. Orientering om beredskab\n\n{sentence}\n\nBeslutning: Taget til efterretning.\n\n"
    )
    last = "2" if sentence is None else "3"
    return (
        f"{head}Mødedato: 18. august 2015\n\n{line}\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n"
        f"{news}{last}. Eventuelt\n\nIntet.\n"
    )


def municipality_of(text: str) -> str | None:
    """The name of the municipality extract_facts finds for ``text``, or None."""
    facts = extract_facts(parse_meeting(source_from_text(text)))
    return facts.municipality.name if facts.municipality else None


def header_municipality(body: str, line: str) -> str | None:
    """The municipality of minutes with ``line`` in their header."""
    return municipality_of(minutes(body, line))


def item_municipality(body: str, sentence: str) -> str | None:
    """The municipality of minutes with ``sentence`` in an item of news."""
    return municipality_of(minutes(body, PARTICIPANTS, sentence))
