"""A title after the workplace that follows a name (`role_workplace_titles`): the bracket `role_titles` reads title
first ("(Politidirektør, Midt- og Vestjyllands Politi)") printed workplace first, and the same between commas. The
stress round (dev-write titles rewritten "NAME (Workplace, title)") found 13 of 643 read; the excerpt is quoted from
hbr-bestyrelsen-2019-11-06, the one dev-write publisher that prints it."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, facts_of_text, named_relations, role_form_cases

from graphbuild.extract.mentions import Mention
from graphbuild.extract.role_titles import named_target

HEADER = "REFERAT Møde i bestyrelsen\n\n"

CASES: list[RoleCase] = [
    (
        # hbr-bestyrelsen-2019-11-06 (as printed, shortened)
        "a seat or a title after the workplace in the bracket after each name",
        "Mødedeltagere: Frank Jensen (Københavns Kommune, formand) Eik Dahl Bidstrup (Dragør Kommune, næstformand) "
        "Lone Loklindt (Frederiksberg Kommune, medlem) Anne Tønnes (Københavns Politi, medlem) Per Jensen (Brøndby "
        "Kommune, stedfortræder) Jakob Vedsted Andersen (Hovedstadens Beredskab, beredskabsdirektør) Jens "
        "Volkmann-Dinesen (Hovedstadens Beredskab, referent)\n",
        {
            ("Frank Jensen", "formand"),
            ("Eik Dahl Bidstrup", "næstformand"),
            ("Lone Loklindt", "medlem"),
            ("Anne Tønnes", "medlem"),
            ("Per Jensen", "stedfortræder"),
            ("Jakob Vedsted Andersen", "beredskabsdirektør"),
            ("Jens Volkmann-Dinesen", "referent"),
        },
        {("Eik Dahl Bidstrup", "formand"), ("Lone Loklindt", "næstformand")},
    ),
    (
        "the same between commas, the title closing its entry",
        "Til stede:\nJens Hansen, Struer Kommune, kommunaldirektør\nOle Lund, Region Midtjylland, direktør\n",
        {("Jens Hansen", "kommunaldirektør"), ("Ole Lund", "direktør")},
        set(),
    ),
    (
        "a bracket that is no workplace and title is no title's",
        "Mødedeltagere: Frank Jensen (Københavns Kommune, afbud) Lone Loklindt (Frederiksberg Kommune, pkt. 3)\n",
        set(),
        {("Frank Jensen", "afbud"), ("Lone Loklindt", "medlem")},
    ),
    (
        "a title after a list's next name between commas is that name's, not the first name's at the second",
        "Til stede: Anna Holm, Bo Ek, direktør\n",
        set(),
        {("Anna Holm", "direktør")},
    ),
    (
        "a title opening the next entry after the workplace is the next name's",
        "Til stede: Jens Hansen, Struer Kommune, borgmester Per Olsen\n",
        {("Per Olsen", "borgmester")},
        {("Jens Hansen", "borgmester")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_titles_after_the_workplace(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


# hbr-bestyrelsen-2019-11-06 (as printed, shortened): the workplace is a rescue service named with its area in the
# genitive, "Hovedstadens" no region of its own
_RESCUE_SERVICE = (
    HEADER + "Mødedeltagere: Frank Jensen (Københavns Kommune, formand) Jakob Vedsted Andersen (Hovedstadens "
    "Beredskab, beredskabsdirektør) Jens Volkmann-Dinesen (Hovedstadens Beredskab, referent)\n"
)


def test_a_workplace_named_with_an_owner_in_the_genitive_is_the_whole_name(tmp_path: Path) -> None:
    held = {(person, role, target) for person, role, target in _held(tmp_path, _RESCUE_SERVICE)}
    assert ("Jakob Vedsted Andersen", "beredskabsdirektør", "Hovedstadens Beredskab") in held
    assert not {target for _, _, target in held} & {"Region Hovedstaden", "Hovedstadens"}


def test_a_municipality_in_the_genitive_before_kommune_stays_the_municipality() -> None:
    text = "Ole Lund (Københavns Kommune, direktør)"
    start = text.index("Københavns")
    end = text.index(", direktør")
    mention = Mention(start, start + len("Københavns"), "municipality:0101", "Municipality", "København")
    assert named_target(text, start, end, [mention]) is mention


def _held(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    facts = facts_of_text(tmp_path, text)
    return [(person, str(props.get("role")), target) for person, target, props in named_relations(facts, "HOLDS_ROLE")]
