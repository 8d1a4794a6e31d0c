"""The minute-taker's post is the meeting's (`role_meeting_posts`): a workplace printed between the name and
"(referent)" is the person's employer, and the post is held in the meeting's body ("Karina Elisabeth Hoyda, ansat i
Center for Social Indsats (referent)" in Integrationsrådet's minutes); the workplace holds it only where it is the
meeting's body itself ("Inger Bojsen Nehm, KD-Net (ref.)" in KD-Net's minutes)."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations

from graphbuild.extract.mentions import Mention
from graphbuild.extract.role_meeting_posts import referent_held_in


def _referents(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    facts = facts_of_text(tmp_path, text)
    return {
        (person, target)
        for person, target, props in named_relations(facts, "HOLDS_ROLE")
        if props.get("role") == "referent"
    }


# lyngby-taarbaek-integrationsraadet-2015-09-10, quoted as printed
INTEGRATIONSRAADET = (
    "10.09.2015 - Lyngby Taarbæk Kommune\n\nReferat fra møde i Integrationsrådet\nLyngby-Taarbæk Kommune\n"
    "Torsdag d.10.09.15.\nTil stede:\nGitte Kjær-Westermann, Formand, udpeget af Kommunalbestyrelsen\n"
    "Fargana Ismailova, etnisk repræsentant\nMette Hoff, Kommunalbestyrelsen\n"
    "Lone Nygaard Jensen, Chef for Center for Social Indsats\n"
    "Karina Elisabeth Hoyda, ansat i Center for Social Indsats (referent)\n"
    "Charlotte Olsen, Afdelingsleder i Center for Social Indsats\nAfbud:\n"
    "Anne-Marie Sejer, Oplysningsforbundene\nPkt. 1\n"
)


def test_the_referent_is_the_meetings_not_the_workplaces(tmp_path: Path) -> None:
    held = _referents(tmp_path, INTEGRATIONSRAADET)
    assert any(
        person == "Karina Elisabeth Hoyda" and target.startswith("Integrationsrådet") for person, target in held
    ), held
    assert not any(target == "Center for Social Indsats" for _, target in held), held


def _mention(name: str, mention_id: str) -> Mention:
    return Mention(0, len(name), mention_id, "Organization", name)


def test_the_workplace_holds_it_only_as_the_meetings_own_body_or_with_no_body() -> None:
    kd_net = _mention("KD-Net", "organization:kd-net")
    # kdnet-midtjylland-2015-05-22: "Inger Bojsen Nehm, KD-Net (ref.)" in KD-Net's own minutes
    assert referent_held_in(kd_net, ("organization:kd-net", "KD-Net", "Organization")) is kd_net
    employer = _mention("Center for Social Indsats", "organization:center-for-social-indsats")
    body = ("organization:0173-integrationsraad", "Integrationsrådet", "Organization")
    assert referent_held_in(employer, body) == body
    assert referent_held_in(employer, None) is employer  # a page of no meeting: the body printed beside the name
    assert referent_held_in(None, body) == body
