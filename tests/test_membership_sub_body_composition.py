"""A sub-body's composition by the parties in its seats ("styregruppen, som … består af A, B og C") states
no municipality's membership of, nor adoption of, the body it serves (README memberships: "a board's
composition by the parties that fill its seats"); the body's own composition still does."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations

from graphbuild.extract.membership_not_stated import sub_body_composed

# tests/realworld/docs/dit-frederiksberg-news-borgmester-formand-klimaalliance.txt (dev-write)
STEERING_GROUP = (
    "Borgmester Simon Aggesen (C) er blevet udpeget som formand for en ny klimaalliance ved alliancens første "
    "møde den 4. juni, oplyser Frederiksberg Kommune. Klimaalliancen, der udspringer af DK2020-klimaprojektet "
    "og består af 16 kommuner fra hele landkortet, skal styrke den kommunale klimaindsats.\n\n"
    "Simon Aggesen er udpeget som formand for klimaalliancen for en 2-årig periode og indgår dermed i "
    "styregruppen, som foruden Frederiksberg Kommune består af Jammerbugt Kommune, Middelfart Kommune og "
    "Sønderborg Kommune. Sidste medlem udpeges af styregruppen."
)


def _joined(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    facts = facts_of_text(tmp_path, text)
    return {
        (source, target)
        for rel_type in ("ADOPTED", "MEMBER_OF")
        for source, target, _ in named_relations(facts, rel_type)
    }


def test_a_steering_groups_seats_join_nothing(tmp_path: Path) -> None:
    joined = _joined(tmp_path, STEERING_GROUP)
    assert not {m for m, _ in joined} & {"Jammerbugt", "Middelfart", "Sønderborg"}


def test_the_sub_body_is_read_through_its_relative_clause() -> None:
    cue = STEERING_GROUP.index("består af Jammerbugt")
    lo = STEERING_GROUP.index("Simon Aggesen er udpeget")
    assert sub_body_composed(STEERING_GROUP, lo, cue)


def test_the_body_itself_composed_still_lists_its_members(tmp_path: Path) -> None:
    # guard: the body's own composition names its members ("Klimaalliancen består af A, B og C")
    text = "Klimaalliancen består af Jammerbugt Kommune, Middelfart Kommune og Sønderborg Kommune."
    cue = text.index("består")
    assert not sub_body_composed(text, 0, cue)
    joined = _joined(tmp_path, text)
    assert {("Jammerbugt", "Klimaalliancen"), ("Middelfart", "Klimaalliancen")} <= joined


def test_a_network_composed_of_municipalities_is_no_sub_body(tmp_path: Path) -> None:
    # guard: "Netværket består af kommunerne A, B og C" (membership_prose's own form) is a membership
    text = "Netværket Grøn Omstilling Vest består af kommunerne Holstebro, Struer og Lemvig."
    assert not sub_body_composed(text, 0, text.index("består"))
