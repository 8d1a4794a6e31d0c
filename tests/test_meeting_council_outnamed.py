"""A council named once, as a party to a case ("et medlem af kommunalbestyrelsen i Hvidovre"), in minutes that name
other municipalities more often, names no owner of the meeting: a wrong municipality is worse than none."""

from __future__ import annotations

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

# kk-oekonomiudvalget-2015-09-29-hovedstadens-beredskab (shortened)
PAGE = (
    "Mødedato: 29.09.2015, kl. 15:30\nMødested: Rådhuset, Udvalgsværelse F på 2. sal\n\n"
    "Hovedstadens Beredskab I/S - etableringsgrundlag\n\nIndstilling og beslutning\n\n"
    "Økonomiforvaltningen indstiller, at Økonomiudvalget over for Borgerrepræsentationen anbefaler,\n\n"
    "  2. at godkende, at i tilfælde af, at Tårnby Kommune i løbet af efteråret 2015 alligevel måtte beslutte sig "
    "for at deltage i Hovedstadens Beredskab I/S, gennemføres dette således, at den plads i bestyrelsen, som "
    "besættes af et medlem af kommunalbestyrelsen i Hvidovre, i stedet tilfalder Tårnby Kommunes borgmester,\n"
    "  3. at godkende budget og foreløbig åbningsbalance, herunder Københavns Kommunes driftsbidrag for 2016, "
    "ejerandele og overførsel af aktiver til interessentskabet fra Københavns Kommune, jf. bilag 2-4,\n"
)


def _municipality(text: str) -> str | None:
    facts = extract_facts(parse_meeting(source_from_text(text)))
    return facts.municipality.name if facts.municipality else None


def test_a_council_named_once_among_municipalities_named_more_is_no_owner() -> None:
    assert _municipality(PAGE) != "Hvidovre"


def test_a_council_named_most_still_names_the_owner() -> None:
    own = PAGE.replace("Tårnby Kommune i løbet", "Hvidovre Kommunalbestyrelse i løbet").replace(
        "Tårnby Kommunes borgmester", "Hvidovre Kommunes borgmester"
    )
    assert _municipality(own) == "Hvidovre"
