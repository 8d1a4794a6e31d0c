"""A municipality written "X Kommune" in another spelling of its name is named as one, as in its own
spelling ("Høje Taastrup Kommune", "Fåborg-Midtfyn Kommune", "Lyngby Taarbæk Kommune"); the spelling alone,
with no "Kommune", council, town hall or postcode, and a street named for the town name none."""

from __future__ import annotations

from graphbuild.vocab.municipality_names import named_municipalities


def _named(text: str) -> list[tuple[str, str]]:
    return [(n.info.name, n.how) for n in named_municipalities(text)]


def test_a_respelt_municipality_before_kommune_is_named_as_one() -> None:
    assert _named("genvalgte kommunalbestyrelsesmedlem Laurids Christensen fra Høje Taastrup Kommune som") == [
        ("Høje-Taastrup", "kommune")
    ]
    assert _named("Brian Hansen Damsgaard (Fåborg-Midtfyn Kommune), Åge Nielsen (KMS)") == [
        ("Faaborg-Midtfyn", "kommune")
    ]
    assert _named("10.09.2015 - Lyngby Taarbæk Kommune") == [("Lyngby-Taarbæk", "kommune")]
    assert _named("Friluftsrådet Faaborg Midtfyn Kommune Øhavsmuseet") == [("Faaborg-Midtfyn", "kommune")]


def test_a_respelt_name_alone_or_a_street_is_no_municipality_named_as_one() -> None:
    assert _named("Vestegnen: Albertslund, Brøndby, Glostrup, Greve, Hvidovre, Høje Taastrup, Ishøj, Køge") == []
    assert _named("Mødested: Østerbrohuset, Århusgade 103, 2100 Kbh. Ø") == []
