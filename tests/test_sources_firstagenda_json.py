"""FirstAgenda publication-API meeting files (JSON) read by their keys: five real Greve meetings
(tests/fixtures/firstagenda_json, sources in its README; the expected values below were read by
hand from the files), a build of one through the CLI, and JSON that is no meeting refused with
one clear line."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.errors import SourceError
from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import MARKER, collect_paths, read_source
from graphbuild.sources.firstagenda_json import parse_meeting_file, read_meeting
from graphbuild.sources.portal_meeting import PortalMeeting

FIXTURES = Path(__file__).parent / "fixtures" / "firstagenda_json"
runner = CliRunner()


@dataclass(frozen=True)
class Expected:
    file: str
    body: str
    start: datetime
    location: str
    numbers: list[str]
    titles: dict[str, str]
    case_numbers: dict[str, str | None]
    decision: tuple[str, str]  # item number, words of its Beslutning
    present: list[str]
    absent: dict[str, list[str]]  # the portal's label -> its entries
    closed: list[str] = field(default_factory=list)
    passage: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # item -> (body, ISO day)


CASES = [
    Expected(
        file="greve-oekonomiudvalget-2022-12-12.json",
        body="Økonomiudvalget",
        start=datetime(2022, 12, 12, 15, 20),
        location="Biblioteket",
        numbers=["1", "2", "3"],
        titles={"2": "Videreførsel af energitiltag i Greve Svømmehal", "3": "Underskriftsark"},
        case_numbers={"1": "21-014439", "2": "22-011409", "3": "21-014501"},
        decision=("2", "Udvalget anbefaler, at de nuværende tiltag videreføres i 2023."),
        present=[
            "Brigitte Klintskov Jerkel",
            "Mehmet Zeki Dogru",
            "Pernille Beckmann",
            "Liselott Blixt",
            "Hans-Jørgen Kirstein",
        ],
        absent={"Fraværende": ["Marc Genning", "John T. Olsen", "Mehmet Zeki Dogru (punkt 1-3)"]},
        passage={
            "2": [("Klima-, Teknik- og Miljøudvalget", "2022-12-12"), ("Kultur- og Fritidsudvalget", "2022-12-12")]
        },
    ),
    Expected(
        file="greve-sundhed-omsorg-2023-05-22.json",
        body="Sundheds- og Omsorgsudvalget",
        start=datetime(2023, 5, 22, 15, 30),
        location="Langagergård Plejecenter",
        numbers=["1", "2", "3", "9", "13"],
        titles={
            "3": "Ændringer i vedtægter for Greve Seniorråd",
            "9": "Orientering om årsregnskab 2022 og revisionsberetning",
        },
        case_numbers={"3": "23-004947", "9": "22-010546", "13": "21-014446"},
        decision=("3", "Anbefales"),
        present=["Charlotte Levin", "Liselott Blixt", "Lone Mortensen", "Simon Østergaard"],
        absent={"Fraværende": ["Tina Rottbøll"]},
        passage={"9": [("Beskæftigelses- og Erhvervsudvalget", "2023-05-22")]},
    ),
    Expected(
        file="greve-plan-tryghed-2024-10-08.json",
        body="Plan- og Tryghedsudvalget",
        start=datetime(2024, 10, 8, 16, 0),
        location="Mødelokale 1",
        numbers=["1", "2", "5", "8", "9", "10", "14"],
        titles={"5": "Beslutning om tryghedsvagter i Greve Kommune", "8": "Lukket: Salg af de utidssvarende boliger"},
        case_numbers={"2": "24-007264", "5": "24-004184", "8": "21-003765"},
        decision=(
            "5",
            "(Ø) stemmer imod, da de gerne vil sikre at der indgås aftale med et firma, der har overenskomst.",
        ),
        present=[
            "Mehmet Zeki Dogru",
            "Per Lund Sørensen",
            "Ronni Mark Nielsen",
            "Claus Dyremose",
            "Marc Genning",
            "Hans-Jørgen Kirstein",
        ],
        absent={"Afbud": ["Kenneth Jerkel"]},
        closed=["8", "10"],
        passage={"5": [("Plan- og Tryghedsudvalget", "2024-06-10")]},
    ),
    Expected(
        file="greve-byraad-2025-01-29.json",
        body="Byråd 2022-2025",
        start=datetime(2025, 1, 29, 17, 30),
        location="Byrådssalen",
        numbers=["1", "2", "5", "10", "15", "31", "33"],
        titles={
            "1": "Lukket: Temamøde - Tavshedspligt i byrådsarbejdet",
            "33": "Forlængelse af orlov - godkendelse af ny stedfortræder",
        },
        case_numbers={"1": None, "10": "24-012045", "33": "24-012465"},
        decision=("2", "Godkendt med den ændring, at sag nr. 32 udgår og erstattes af sag nr. 33"),
        present=[
            "Simon Østergaard",
            "Charlotte Levin",
            "Brigitte Klintskov Jerkel",
            "Anne Marie Lyduch",
            "Mehmet Zeki Dogru",
            "Maria Witthøft",
            "Per Lund Sørensen",
            "Claus Jensen",
            "Marc Genning",
            "Ronni Mark Nielsen",
            "Tina Rottbøll",
            "Liselott Blixt",
            "John T. Olsen",
            "Hans-Jørgen Kirstein",
            "Pernille Beckmann",
            "Kenneth Jerkel",
            "Lone Mortensen",
            "Linda Heegaard",
            "Claus Dyremose",
            "Bjarke Abel",
        ],
        absent={
            "Afbud": ["Dorthe Bøgh Madsen", "Torben Hoffmann"],
            "Stedfortrædere": ["Conni Bergendorff, stedfortræder for Torben Hoffmann"],
        },
        closed=["1", "5"],
        passage={"10": [("Økonomiudvalget", "2025-01-20")]},
    ),
    Expected(
        file="greve-beskaeftigelse-erhverv-2025-08-11.json",
        body="Beskæftigelses- og Erhvervsudvalget",
        start=datetime(2025, 8, 11, 8, 0),
        location="Mødelokale 1",
        numbers=["1", "2", "3", "5", "9", "10"],
        titles={"2": "Evaluering af rundbordssamtaler", "10": "Underskriftsark"},
        case_numbers={"1": None, "2": "25-007111", "5": "25-005529"},
        decision=("9", "Orienteringen blev taget til efterretning."),
        present=["Liselott Blixt", "Ronni Mark Nielsen", "Kenneth Jerkel", "Simon Østergaard"],
        absent={"Afbud": ["Brigitte Klintskov Jerkel"], "Fraværende": ["Liselott Blixt (punkt 9)"]},
    ),
]


def _meeting(case: Expected) -> PortalMeeting:
    path = FIXTURES / case.file
    return read_meeting(parse_meeting_file(str(path), path.read_bytes()))


def _lists(front_matter: list[str]) -> dict[str, list[str]]:
    """The labelled lists of the front matter: a label line, its entries, a blank line."""
    lists: dict[str, list[str]] = {}
    label: str | None = None
    for line in front_matter:
        if not line:
            label = None
        elif label is None:
            label = line
            lists[label] = []
        else:
            lists[label].append(line)
    return lists


@pytest.mark.parametrize("case", CASES, ids=[c.file for c in CASES])
def test_the_reader_gives_the_meeting_the_file_states(case: Expected) -> None:
    meeting = _meeting(case)
    assert (meeting.body, meeting.start, meeting.location) == (case.body, case.start, case.location)
    assert meeting.kind == "Referat"  # held, and its items carry decisions (the file says "Dagsorden")
    items = {item.number: item for item in meeting.items}
    assert [item.number for item in meeting.items] == case.numbers
    assert {n: items[n].title for n in case.titles} == case.titles
    assert {n: items[n].case_number for n in case.case_numbers} == case.case_numbers
    number, words = case.decision
    decisions = [text for heading, text in items[number].sections if heading == "Beslutning"]
    assert len(decisions) == 1 and words in decisions[0]
    assert [n for n, item in items.items() if not item.public] == case.closed
    assert meeting.members == case.present
    assert _lists(meeting.front_matter) == case.absent
    for number, expected in case.passage.items():
        assert [(h.body, h.day.date().isoformat() if h.day else "") for h in items[number].passage] == expected
        assert all(h.text for h in items[number].passage)  # what each body decided there, kept
        assert not any(heading.lower() == "sagens forløb" for heading, _ in items[number].sections)


@pytest.mark.parametrize("case", CASES, ids=[c.file for c in CASES])
def test_every_later_stage_sees_the_meeting_as_from_a_portal_page(case: Expected) -> None:
    source = read_source(FIXTURES / case.file)
    assert source.format == "json"
    meeting = parse_meeting(source)
    assert [item.number for item in meeting.items] == case.numbers
    assert meeting.body == case.body
    facts = extract_facts(meeting)
    statuses = {a.name: a.status for a in facts.attendance}
    flagged = [entry for label in ("Afbud", "Fraværende") for entry in case.absent.get(label, []) if "(" not in entry]
    for entry in case.absent.get("Stedfortrædere", []):  # "X, stedfortræder for Y"
        name, absent_member = entry.split(", stedfortræder for ")
        stood_in = {a.name: a.for_ for a in facts.attendance if a.status == "substitute"}
        assert stood_in.get(name) == absent_member
    assert {name: statuses.get(name) for name in flagged} == dict.fromkeys(flagged, "absent")
    unflagged = [
        name for name in case.present if not any(e.startswith(name) for es in case.absent.values() for e in es)
    ]
    assert {name: statuses.get(name) for name in unflagged} == dict.fromkeys(unflagged, "present")
    number, words = case.decision
    decided = next(item for item in facts.items if item.number == number)
    assert decided.decision is not None and words in " ".join(decided.decision.split())


def _meeting_file(**changes: object) -> dict[str, object]:
    meeting: dict[str, object] = {
        "Dagsordenpunkter": [],
        "Udvalg": {"Navn": "Teknik- og Miljøudvalget"},
        "Moede": {"Dato": "2024-03-05T16:00:00+01:00", "Sted": "Rådhuset", "Navn": "Referat", "Moededeltagere": []},
        "Id": "0",
    }
    meeting.update(changes)
    return meeting


def _item(number: str, title: str, html: str = "", **changes: object) -> dict[str, object]:
    item: dict[str, object] = {
        "Punktnummer": number,
        "Navn": title,
        "SagsNummer": f"24-{number}",
        "Felter": [{"Html": html}],
    }
    item.update(changes)
    return item


def test_items_missed_are_listed_with_ranges_and_open_flags_are_read_when_used(tmp_path: Path) -> None:
    absent = [{"Name": "Ole Berg", "Reason": "Fraværende", "AttendanceType": 2}]
    decided = "<h3>Beslutning</h3><span>Godkendt.</span>"
    missed = {n: absent if n in (1, 2, 3, 5) else [] for n in range(1, 6)}
    items = [_item(str(n), f"Sag {n}", decided, IsOpen=n != 4, ExternalAgendaItemAttendees=missed[n]) for n in missed]
    meeting = read_meeting(_meeting_file(Dagsordenpunkter=items))
    assert _lists(meeting.front_matter) == {"Fraværende": ["Ole Berg (punkt 1-3, 5)"]}
    assert [i.number for i in meeting.items if not i.public] == ["4"]  # IsOpen is used: item 4 is closed
    text = read_source(_write(tmp_path / "m.json", _meeting_file(Dagsordenpunkter=items))).text
    facts = extract_facts(parse_meeting(read_source(tmp_path / "m.json")))
    assert "Ole Berg (punkt 1-3, 5)" in text
    assert [(a.name, a.status, a.absent_items) for a in facts.attendance] == [
        ("Ole Berg", "present", ["1", "2", "3", "5"])
    ]


def _write(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


def test_sections_nested_under_a_heading_and_loose_text_keep_their_order_and_words() -> None:
    html = (
        "<div><div id='sagsfremstillingContainer'><div><h3>Beslutning</h3>\r\n"
        "<span>Godkendt <b>med</b>\r\nbemærkning.</span>"
        "</div><h3>Fremstilling</h3><span class='ukendt'><h2>Resume</h2><p>Kort\r\nresume.</p>"
        "<h3><b>I</b>ndstilling</h3> <div>Administrationen indstiller, at sagen godkendes.</div></span>"
        "<h3>Sagens forløb</h3><span class='sagsforloeb'><u>05-02-2024 Økonomiudvalget</u><br>Anbefales.<br></span>"
        "</div></div>"
    )
    meeting = read_meeting(_meeting_file(Dagsordenpunkter=[_item("1", "Sag", html)]))
    item = meeting.items[0]
    assert item.sections == [
        ("Beslutning", "Godkendt med bemærkning."),
        ("Sagsfremstilling", "Resume\nKort resume."),
        ("Indstilling", "Administrationen indstiller, at sagen godkendes."),
    ]
    assert [(h.body, h.day, h.text) for h in item.passage] == [("Økonomiudvalget", datetime(2024, 2, 5), "Anbefales.")]


def test_redaction_applies_to_a_meeting_file(tmp_path: Path) -> None:
    html = "<h3>Beslutning</h3><p>Godkendt. Borgerens CPR 010203-1234 fremgår af bilaget.</p>"
    path = _write(tmp_path / "m.json", _meeting_file(Dagsordenpunkter=[_item("1", "Sag", html)]))
    source = read_source(path)
    assert "010203-1234" not in source.text and MARKER in source.text and source.redactions == 1


def test_a_file_of_other_types_where_the_api_has_objects_is_read_without_a_traceback(tmp_path: Path) -> None:
    odd = _meeting_file(
        Dagsordenpunkter=[1, "x", None, {"Navn": 5, "Punktnummer": ["7"], "Felter": "nope", "IsOpen": "yes"}],
        Moede={
            "Dato": ["2024-03-05"],
            "Moededeltagere": [None, {"Name": ["x"]}, {"Name": "Ole Berg", "Absent": "true"}],
        },
    )
    meeting = read_meeting(odd)
    assert [(i.number, i.title, i.sections) for i in meeting.items] == [("1", "5", [])]
    assert meeting.members == ["Ole Berg"] and meeting.start is None
    assert read_source(_write(tmp_path / "odd.json", odd)).text.startswith("Dagsorden Teknik- og Miljøudvalget")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"name": "kommunegraf", "version": "1.0"}', "not a FirstAgenda meeting file"),
        ('[{"Dagsordenpunkter": []}]', "not a FirstAgenda meeting file"),
        ('{"Dagsordenpunkter": {}, "Moede": {}, "Udvalg": {}}', "not a FirstAgenda meeting file"),
        ('{"Dagsordenpunkter": [], "Moede": [], "Udvalg": {}}', "not a FirstAgenda meeting file"),
        ('{"Dagsordenpunkter": [', "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "not valid JSON"),
        ("\x00\x01\x02PK binary", "not valid JSON"),
    ],
    ids=["other-object", "array", "items-not-a-list", "meeting-not-an-object", "truncated", "deeply-nested", "binary"],
)
def test_json_that_is_no_meeting_is_refused_naming_the_file(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "other.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SourceError) as raised:
        read_source(path)
    assert raised.value.path == str(path) and problem in raised.value.problem


def test_a_folder_walk_takes_meeting_files_and_passes_over_other_json(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / CASES[0].file, tmp_path / "meeting.json")
    _write(tmp_path / "sorted.json", json.loads(json.dumps(_meeting_file(), sort_keys=True)))
    _write(tmp_path / "package.json", {"name": "x", "version": 1})
    found, errors = collect_paths([tmp_path])
    assert [p.name for p in found] == ["meeting.json", "sorted.json"] and not errors


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_a_folder_of_meeting_files_is_built_and_answers_a_question(tmp_path: Path) -> None:
    folder, store = tmp_path / "minutes", tmp_path / "store"
    folder.mkdir()
    case = CASES[0]
    shutil.copy(FIXTURES / case.file, folder / case.file)
    _write(folder / "settings.json", {"theme": "dark"})  # a folder's other JSON: passed over
    code, stdout, stderr = _run("build", str(folder), "--store", str(store), "--json")
    assert code == 0, stderr
    report = json.loads(stdout)
    assert report["documents"] == 1 and not report["failures"]
    code, stdout, stderr = _run("query", "decisions", "--param", f"body={case.body}", "--store", str(store), "--json")
    assert code == 0, stderr
    rows = json.loads(stdout)
    number, words = case.decision
    assert any(row["item"] == number and words in row["quote"] for row in rows)
    assert {row["date"] for row in rows} == {case.start.date().isoformat()}
    code, stdout, stderr = _run("query", "attendance", "--param", f"body={case.body}", "--store", str(store), "--json")
    assert code == 0, stderr
    statuses = {row["person"]: row["status"] for row in json.loads(stdout)}
    assert statuses["John T. Olsen"] == "absent" and statuses["Pernille Beckmann"] == "present"

    other = tmp_path / "export.json"
    other.write_text('{"rows": [1, 2, 3]}', encoding="utf-8")
    code, stdout, stderr = _run("build", str(other), "--store", str(store))
    assert code == 1
    assert str(other) in stderr and "not a FirstAgenda meeting file" in stderr and "Traceback" not in stderr
    code, stdout, _ = _run("stats", "--store", str(store), "--json")
    assert code == 0 and json.loads(stdout)["Meeting"] == 1  # what was stored is kept


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05T16:00:00+01:00", datetime(2024, 3, 5, 16, 0)),
        ("2024-03-05T15:00:00Z", datetime(2024, 3, 5, 16, 0)),  # UTC, in winter one hour behind
        ("2024-07-05T14:00:00Z", datetime(2024, 7, 5, 16, 0)),  # and two in summer
        ("2024-03-05T16:00:00", datetime(2024, 3, 5, 16, 0)),
        ("5. marts 2024", None),
    ],
)
def test_the_meeting_time_is_the_time_in_denmark(value: str, expected: datetime | None) -> None:
    meeting = read_meeting(_meeting_file(Moede={"Dato": value}))
    assert meeting.start == expected


def test_a_meeting_file_in_utf16_is_read_and_found_in_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_bytes(json.dumps(_meeting_file(Dagsordenpunkter=[_item("1", "Sag")])).encode("utf-16"))
    assert read_source(path).text.startswith("Referat Teknik- og Miljøudvalget")
    assert collect_paths([tmp_path])[0] == [path]


# Participants as Hvidovre Kommune's Økonomiudvalget agenda of 18 May 2026 gives them (the real corpus's
# hvidovre-oekonomiudvalget-2026-05-18), every key of a record kept: a name and attendance flags, no
# title, party or seat. Greve's files (293 meetings, 2,081 participant records) carry the same four keys.
_HVIDOVRE_PARTICIPANTS = [
    {"Name": "Anders Wolf Frisdahl Andresen", "Absent": False, "ParticipationCancelled": False, "AttendanceType": 0},
    {"Name": "Marie-Louise Jørgensen", "Absent": False, "ParticipationCancelled": False, "AttendanceType": 0},
    {"Name": "Søren Friis Trebbien", "Absent": False, "ParticipationCancelled": False, "AttendanceType": 0},
]


def _roles(facts: object) -> set[tuple[str, str, str]]:
    """(person, role, target) of each role the facts hold."""
    entities = {e.id: e.name for e in getattr(facts, "entities", [])}
    return {
        (entities.get(r.source, r.source), str(r.properties.get("role")), entities.get(r.target, r.target))
        for r in getattr(facts, "relations", [])
        if r.type == "HOLDS_ROLE"
    }


@pytest.mark.parametrize("held", [False, True], ids=["agenda", "minutes"])
def test_a_participant_record_gives_a_name_and_its_flags_and_never_a_post(tmp_path: Path, held: bool) -> None:
    moede = {"Dato": "2026-05-18T17:00:00+02:00", "Sted": "Hvidovre ", "Afsluttet": held, "Navn": "Dagsorden"}
    moede["Moededeltagere"] = _HVIDOVRE_PARTICIPANTS
    decided = "<h3>Beslutning</h3><span>Godkendt.</span>" if held else ""
    value = _meeting_file(
        Udvalg={"Navn": "Økonomiudvalget"},
        Moede=moede,
        Dagsordenpunkter=[_item("1", "Godkendelse af dagsorden", decided)],
    )
    names = [p["Name"] for p in _HVIDOVRE_PARTICIPANTS]
    assert read_meeting(value).members == names
    facts = extract_facts(parse_meeting(read_source(_write(tmp_path / "m.json", value))))
    assert not _roles(facts)  # a participants list states no post (the gold's role rules: no row)
    statuses = {a.name: a.status for a in facts.attendance}
    assert statuses == (dict.fromkeys(names, "present") if held else {})  # an agenda's summoned members: no attendance


@pytest.mark.parametrize("case", CASES, ids=[c.file for c in CASES])
def test_no_participant_is_given_a_post_in_the_meetings_body_by_the_list(case: Expected) -> None:
    facts = extract_facts(parse_meeting(read_source(FIXTURES / case.file)))
    participants = set(case.present) | {e.split(" (")[0].split(",")[0] for es in case.absent.values() for e in es}
    body_posts = {(person, role) for person, role, target in _roles(facts) if case.body in str(target)}
    assert not {(person, role) for person, role in body_posts if person in participants}
