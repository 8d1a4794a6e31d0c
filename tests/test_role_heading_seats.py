"""A chair's seat opening a list's entry under a heading that names a body is held in that body
(graphbuild/extract/role_heading_seats), not in the organisation the readers of titles placed it in."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations


def _held(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    """(person, role, target) of each role read, a committee's name without the municipality the extractor adds."""
    facts = facts_of_text(tmp_path, text + "\n")
    return {
        (person, str(props.get("role")), target.split(" (")[0])
        for person, target, props in named_relations(facts, "HOLDS_ROLE")
    }


# altinget.dk, "Martin Damm er ny KL-formand" (tests/realworld/docs/altinget-news-martin-damm-ny-kl-formand.txt)
COMMITTEE_HEADINGS = (
    "TOPMØDE: KL's nye bestyrelse har torsdag eftermiddag konstitueret sig.\n\n"
    "De nye formænd og næstformænd er:\n\n"
    "Arbejdsmarkeds- og Erhvervsudvalget:\n"
    "Formand Jacob Bundsgaard (S), borgmester i Aarhus Kommune.\n"
    "Næstformand Preben Andersen (DF), byrådsmedlem i Skive\n\n"
    "Børne- og Kulturudvalget:\n"
    "Formand Anna Mee Allerslev (R), beskæftigelses- og integrationsborgmester i Københavns Kommune\n"
    "Næstformand Rikke Lauritzen (EL), medlem af Københavns Borgerrepræsentation\n"
)


def test_a_seat_under_a_committees_heading_is_held_in_that_committee(tmp_path: Path) -> None:
    held = _held(tmp_path, COMMITTEE_HEADINGS)
    assert ("Jacob Bundsgaard", "formand", "Arbejdsmarkeds- og Erhvervsudvalget") in held
    assert ("Preben Andersen", "næstformand", "Arbejdsmarkeds- og Erhvervsudvalget") in held
    assert ("Anna Mee Allerslev", "formand", "Børne- og Kulturudvalget") in held
    assert not any(person == "Jacob Bundsgaard" and target == "KL" for person, _, target in held)


# kl.dk, "Bestyrelse, formandskab og repræsentantskab" (tests/realworld/docs/kl-bestyrelse-formandskab-webpage-2018.txt)
MEMBERS_LABEL = (
    "Bestyrelse, formandskab og repræsentantskab\n\n"
    "KL's bestyrelse bliver valgt på det første delegeretmøde efter et kommunalvalg.\n\n"
    "Bestyrelse\n\n"
    " Medlemmerne af KL's bestyrelse i valgperioden 2018-2022 er:\n\n"
    " • Formand: Jacob Bundsgaard (A), Aarhus\n\n"
    " • Næstformand: Martin Damm (V), Kalundborg\n\n"
    " • Frank Jensen (A), København\n\n"
    " • Thomas Gyldal Petersen (A), Herlev\n"
)


def test_a_seat_under_a_label_naming_the_body_is_held_in_the_body_it_names(tmp_path: Path) -> None:
    held = _held(tmp_path, MEMBERS_LABEL)
    assert ("Jacob Bundsgaard", "formand", "KL's bestyrelse") in held
    assert ("Martin Damm", "næstformand", "KL's bestyrelse") in held
    # the entry's municipality is where the member is from, never where the seat is held
    assert ("Jacob Bundsgaard", "formand", "Aarhus") not in held


# laesoe.dk, "Konstitueringen i den nyvalgte kommunalbestyrelse" (tests/realworld/docs/laesoe-news-konstituering.txt)
def test_a_seat_under_a_body_heading_is_held_there_once(tmp_path: Path) -> None:
    text = (
        "Konstitueringen i den nyvalgte kommunalbestyrelse\n\n"
        "Teknik og Havneudvalg (incl. kultur)\n\nFmd.: Folmer Hjorth Kristensen (A)\n\nJette Strøm (V)\n\n"
        "Lars Vilsen (L)\n"
    )
    facts = facts_of_text(tmp_path, text + "\n")
    chairs = [
        target.split(" (")[0]
        for person, target, props in named_relations(facts, "HOLDS_ROLE")
        if person == "Folmer Hjorth Kristensen" and props.get("role") == "formand"
    ]
    assert chairs == ["Teknik og Havneudvalg"]


def test_a_label_naming_a_body_by_its_kind_alone_moves_no_seat(tmp_path: Path) -> None:
    # "Medlemmer af udvalget:" names no body of its own: the chair stays in the meeting's committee
    text = (
        "Referat\nØkonomiudvalget\n\nMedlemmer af udvalget:\n\n"
        "• Formand Jens Hansen (A)\n\n• Karen Olsen (V)\n\n• Peter Madsen (C)\n"
    )
    held = _held(tmp_path, text)
    assert not any(target.lower() == "udvalget" for _, _, target in held)
