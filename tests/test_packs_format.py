"""The pack files, their headers, parameter checking and output formats (no database needed)."""

from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources

import pytest

from graphbuild import querypacks
from graphbuild.errors import UserError
from graphbuild.pack_files import PackFormatError, get_pack, list_packs, parse_pack
from graphbuild.pack_output import TABLE_CELL_CHARS, format_rows
from graphbuild.pack_params import bind_params
from graphbuild.pack_statements import labels_written, limits_written
from graphbuild.querypacks import PackResult, _row_key, _sort_key, _turn_back, run_pack, write_word

REQUIRED_PACKS = {
    "adopters": ["initiative"],
    "initiative-timeline": ["initiative"],
    "person": ["name"],
    "role-holders": ["role", "organization"],
    "moves": ["since", "until"],
    "network-members": ["network", "municipality"],
    "attendance": ["body", "date"],
    "decisions": ["body", "municipality", "outcome", "since", "until"],
    "case": ["number"],
    "connection": ["a", "b"],
    "search": ["text"],
    "co-occurrence": ["name"],
}
# Packs whose rows are facts from one document carry the evidence columns.
AGGREGATE_PACKS = {"search", "co-occurrence"}


def test_every_issue_pack_exists_with_its_parameter_names() -> None:
    packs = {pack.name: pack for pack in list_packs()}
    for name, params in REQUIRED_PACKS.items():
        assert name in packs, name
        names = [p.name for p in packs[name].params]
        for param in params:
            assert param in names, (name, param)


@pytest.mark.parametrize("pack", list_packs(), ids=lambda pack: pack.name)
def test_header_is_complete(pack) -> None:  # type: ignore[no-untyped-def]
    assert pack.description and len(pack.description.splitlines()) == 1
    assert pack.example.startswith(f"kommunegraf query {pack.name}")
    for param in pack.params:
        assert param.help, (pack.name, param.name)
    example_params = dict(re.findall(r"--param (\w+)=(\"[^\"]*\"|\S+)", pack.example))
    bind_params(pack, {k: v.strip('"') for k, v in example_params.items()})  # the example is valid


@pytest.mark.parametrize("pack", list_packs(), ids=lambda pack: pack.name)
def test_fact_packs_answer_with_evidence(pack) -> None:  # type: ignore[no-untyped-def]
    if pack.name in AGGREGATE_PACKS:
        return
    assert {"document", "item", "quote"} <= set(pack.columns), pack.name


@pytest.mark.parametrize("pack", list_packs(), ids=lambda pack: pack.name)
def test_packs_use_only_parameters_never_literal_user_values(pack) -> None:  # type: ignore[no-untyped-def]
    for engine in ("neo4j", "ladybug"):
        text = pack.cypher_for(engine)
        assert write_word(text) is None, (pack.name, engine)
        used = set(re.findall(r"\$(\w+)", text))
        declared = {p.name for p in pack.params} | {f"{r.param}_ids" for r in pack.resolves}
        declared |= {f"{r.param}_id" for r in pack.resolves if r.mode == "one"}
        declared |= {f"{r.param}_label" for r in pack.resolves if r.mode == "one"}  # written from the resolver
        assert used <= declared, (pack.name, engine, used - declared)


def test_variants_sit_beside_their_reference() -> None:
    folder = resources.files("graphbuild.packs")
    names = {entry.name for entry in folder.iterdir() if entry.name.endswith(".cypher")}
    for name in names:
        stem = name.removesuffix(".cypher")
        if "." in stem:
            base, engine = stem.rsplit(".", 1)
            assert engine == "ladybug", name
            assert f"{base}.cypher" in names, name
    connection = get_pack("connection")
    assert connection.cypher_for("ladybug") != connection.cypher_for("neo4j")
    assert get_pack("adopters").cypher_for("ladybug") == get_pack("adopters").cypher_for("neo4j")


def test_unknown_pack_lists_the_packs() -> None:
    with pytest.raises(UserError) as caught:
        get_pack("adoptors")
    message = str(caught.value)
    assert "\n" not in message
    assert "adoptors" in message and "adopters" in message and "co-occurrence" in message


@pytest.mark.parametrize(
    ("pack", "params", "words"),
    [
        ("adopters", {}, ["missing parameter initiative", "initiative: string (required)"]),
        (
            "adopters",
            {"initiative": "KL Play", "limit": "many"},
            ["limit", "whole number", "limit: int = 100"],
        ),
        ("adopters", {"initiative": "KL Play", "limt": "3"}, ["unknown parameter limt", "initiative"]),
        ("attendance", {"body": "KD-Net", "date": "24/01/2020"}, ["date", "2021-02-22"]),
        ("attendance", {"body": "KD-Net", "date": "2020-02-30"}, ["not a real date"]),
        ("moves", {"since": "2022-13"}, ["not a real date", "2022-13"]),
        ("moves", {"until": "2022-00"}, ["not a real date"]),
        ("decisions", {"body": "Chefforum", "outcome": "maybe"}, ["outcome", "approved|adopted"]),
        ("network-members", {}, ["at least one of network, municipality"]),
        ("adopters", {"initiative": "KL Play", "limit": "-1"}, ["negative"]),
    ],
)
def test_bad_parameters_give_one_line_listing_what_is_expected(
    pack: str, params: dict[str, str], words: list[str]
) -> None:
    with pytest.raises(UserError) as caught:
        bind_params(get_pack(pack), params)
    message = str(caught.value)
    assert "\n" not in message
    for word in words:
        assert word in message, (word, message)


def test_parameters_get_their_types_and_defaults() -> None:
    bound = bind_params(get_pack("decisions"), {"municipality": " Albertslund ", "since": "2021", "limit": "7"})
    assert bound == {
        "body": "",
        "municipality": "Albertslund",
        "outcome": "",
        "since": "2021",
        "until": "",
        "limit": 7,
    }


def test_a_month_prefix_is_a_real_month() -> None:
    """queries/README: a date may be a prefix YYYY-MM; "2021-01" and "2021-12" are months ("2022-13" is refused)."""
    for month in ("2021-01", "2021-12"):
        assert bind_params(get_pack("moves"), {"since": month})["since"] == month


def test_header_parser_reads_every_key() -> None:
    text = (
        "// name: demo\n"
        "// description: A demo.\n"
        "// param: who: string (required) — a name\n"
        "// param: n: int = 5 — how many\n"
        "// param: kind: choice(a|b) = — a kind\n"
        "// resolve: who -> Person, Organization (all)\n"
        "// order: name\n"
        "// example: kommunegraf query demo --param who=x\n"
        "MATCH (p:Person) WHERE p.id IN $who_ids RETURN p.name AS name, $n AS n ORDER BY name LIMIT $n\n"
    )
    pack = parse_pack("demo.cypher", text, {"ladybug": "// other\nMATCH (p:Person) RETURN p.name AS name, 1 AS n"})
    assert [p.signature() for p in pack.params] == [
        "who: string (required)",
        "n: int = 5",
        "kind: choice(a|b)",
    ]
    assert pack.resolves[0].labels == ("Person", "Organization") and pack.resolves[0].mode == "all"
    assert pack.columns == ("name", "n") and pack.order == ("name",)
    assert pack.cypher_for("ladybug").startswith("MATCH") and pack.cypher_for("neo4j").startswith("MATCH")


@pytest.mark.parametrize(
    "broken",
    [
        "// name: x\nMATCH (n) RETURN n.id AS id",  # no description
        "// name: x\n// description: d\n// param: y: float = 1 — f\nMATCH (n) RETURN n.id AS id",
        "// name: x\n// description: d\n// resolve: z -> Person\nMATCH (n) RETURN n.id AS id",
        "// name: x\n// description: d\n// order: nope\nMATCH (n) RETURN n.id AS id",
        "// name: x\n// description: d\n// param: z: string (required)\n// resolve: z -> Person (best)\n"
        "MATCH (n) RETURN n.id AS id",  # a resolved name is one node or an error; no silent best
    ],
)
def test_malformed_pack_files_are_refused(broken: str) -> None:
    with pytest.raises(PackFormatError):
        parse_pack("x.cypher", broken)


def test_variant_with_other_columns_is_refused() -> None:
    text = "// description: d\nMATCH (n) RETURN n.id AS id"
    with pytest.raises(PackFormatError):
        parse_pack("x.cypher", text, {"ladybug": "MATCH (n) RETURN n.id AS ident"})


def test_statements_after_otherwise_are_tried_in_order_until_one_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "// description: d\n"
        "MATCH (n:Person) RETURN n.id AS id\n"
        "// otherwise: nobody\n"
        "MATCH (n:Organization) RETURN n.id AS id\n"
        "// otherwise\n"
        "MATCH (n:Law) RETURN n.id AS id\n"
    )
    pack = parse_pack("x.cypher", text)
    assert [s.split(":")[1].split(")")[0] for s in pack.statements_for("ladybug")] == ["Person", "Organization", "Law"]
    with pytest.raises(PackFormatError):  # every statement returns the reference's columns
        parse_pack("x.cypher", text.replace("(n:Law) RETURN n.id AS id", "(n:Law) RETURN n.id AS other"))

    class Answers:
        engine = "ladybug"

        def __init__(self, rows_by_label: dict[str, list[dict[str, object]]]) -> None:
            self.rows_by_label, self.asked = rows_by_label, []  # type: list[str]

        def query(self, cypher: str, params: object = None, **_: object) -> list[dict[str, object]]:
            label = cypher.split(":")[1].split(")")[0]
            self.asked.append(label)
            return self.rows_by_label.get(label, [])

        def explain_is_read_only(self, cypher: str) -> bool:
            return True

    monkeypatch.setattr(querypacks, "get_pack", lambda name: pack)
    store = Answers({"Organization": [{"id": "organization:kl"}], "Law": [{"id": "law:x"}]})
    assert run_pack(store, "x", {}).rows == [["organization:kl"]]
    assert store.asked == ["Person", "Organization"], "the first statement with rows answers; the rest never run"
    nothing = Answers({})
    assert run_pack(nothing, "x", {}).rows == [] and nothing.asked == ["Person", "Organization", "Law"]


def test_a_resolved_label_is_written_into_the_ladybug_text_only_if_the_header_allows_it() -> None:
    """`(n:$who_label)` names the table of the node `who` resolved to; nothing else gets in."""
    text = (
        "// description: d\n// param: who: string (required) — x\n// resolve: who -> Person, Organization\n"
        "MATCH (n:Person|Organization) WHERE n.id = $who_id RETURN n.id AS id"
    )
    pack = parse_pack("x.cypher", text, {"ladybug": text.replace("n:Person|Organization", "n:$who_label")})
    statement = pack.statements_for("ladybug")[0]
    assert labels_written(statement, {"who_label": "Organization"}, pack.resolves).startswith("MATCH (n:Organization)")
    for bad in ("Law", "Person) DETACH DELETE n //", "", None):
        with pytest.raises(TypeError):
            labels_written(statement, {"who_label": bad}, pack.resolves)
    with pytest.raises(PackFormatError):  # only a parameter resolved to one node has a label
        parse_pack("x.cypher", text, {"ladybug": text.replace("n:Person|Organization", "n:$what_label")})


def test_a_limit_is_written_into_the_ladybug_text_as_its_checked_int_and_stays_a_parameter_on_neo4j(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """LadybugDB plans a parameterised LIMIT anew on every run; the int goes into its text instead."""
    text = (
        "// description: d\n// param: who: string (required) — x\n// param: limit: int = 5 — y\n"
        "// resolve: who -> Person\n"
        "MATCH (n:Person) WHERE n.id = $who_id WITH n ORDER BY n.id LIMIT $limit RETURN n.id AS id"
    )
    pack = parse_pack("x.cypher", text)
    assert limits_written(pack.statements_for("ladybug")[0], {"limit": 12}).endswith("LIMIT 12 RETURN n.id AS id")
    for bad in ("12; MATCH (m) DETACH DELETE m", -1, 1.5, True):
        with pytest.raises(TypeError):
            limits_written("MATCH (n) RETURN n LIMIT $limit", {"limit": bad})
    with pytest.raises(PackFormatError):  # a LIMIT takes an int parameter, nothing else
        parse_pack("x.cypher", text.replace("int = 5", "string = 5"))

    class Asked:
        def __init__(self, engine: str) -> None:
            self.engine, self.asked = engine, []  # type: str, list[tuple[str, dict[str, object]]]

        def query(self, cypher: str, params: dict[str, object], **_: object) -> list[dict[str, object]]:
            if "RETURN n.id AS id, n.name AS name" in cypher or "collect(n.id)" in cypher:  # the name index
                if self.engine == "neo4j":
                    return [{"ids": ["person:a-b"], "names": ["A B"], "aliases": [[]]}]
                return [{"id": "person:a-b", "name": "A B", "aliases": []}]
            self.asked.append((cypher, dict(params)))
            return [{"id": "person:a-b"}]

        def explain_is_read_only(self, cypher: str) -> bool:
            return True

    monkeypatch.setattr(querypacks, "get_pack", lambda name: pack)
    for engine, limit_text in (("ladybug", "LIMIT 3 "), ("neo4j", "LIMIT $limit ")):
        store = Asked(engine)
        assert run_pack(store, "x", {"who": "A B", "limit": "3"}).rows == [["person:a-b"]]
        [(cypher, params)] = store.asked
        assert limit_text in cypher, engine
        assert params["who_id"] == "person:a-b" and params["who_ids"] == ["person:a-b"], "the one id, two ways"


def test_connection_on_ladybug_reads_every_relationship_types_direction() -> None:
    """The fixed-length statements tell a step's direction from its labels: every schema type
    must be named there, and every type but MEMBER_OF must have one source label."""
    from graphbuild.vocab.schema import load_schema

    text = get_pack("connection").cypher_for("ladybug")
    schema = load_schema()
    for rel_type, spec in schema.relationships.items():
        sources = {source for source, _ in spec.endpoints}
        if rel_type == "MEMBER_OF":
            assert sources == {"Municipality", "Organization"}
            assert "MEMBER_OF" in text
        else:
            assert len(sources) == 1, rel_type
            assert f"'{rel_type}'" in text, rel_type


@pytest.mark.parametrize(
    ("cypher", "word"),
    [
        ("MATCH (n) RETURN n", None),
        ("MATCH (n) WHERE n.name = 'CREATE' RETURN n", None),
        ('MATCH (n) WHERE n.name = "set me" RETURN n // DELETE in a comment', None),
        ("MATCH (n) DETACH DELETE n", "DETACH"),
        ("create (n:Person {id: 'x'})", "CREATE"),
        ("MATCH (n) SET n.name = 'x'", "SET"),
        ("MATCH (n) MERGE (m:Person {id: n.id})", "MERGE"),
        ("COPY Person FROM 'people.csv'", "COPY"),
        ("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", "LOAD"),
        ("DROP TABLE Person", "DROP"),
        ("MATCH (n) /* sneaky */ REMOVE n.name", "REMOVE"),
    ],
)
def test_write_words_are_found_outside_strings(cypher: str, word: str | None) -> None:
    assert write_word(cypher) == word


RESULT = PackResult(["name", "aliases", "count"], [["Kalundborg", ["Kalundborg Kommune"], 2], ['Æbelø, "ø"', [], None]])


def test_json_output_is_a_list_of_objects() -> None:
    data = json.loads(format_rows(RESULT, "json"))
    assert data == [
        {"name": "Kalundborg", "aliases": ["Kalundborg Kommune"], "count": 2},
        {"name": 'Æbelø, "ø"', "aliases": [], "count": None},
    ]


def test_csv_output_round_trips() -> None:
    rows = list(csv.reader(io.StringIO(format_rows(RESULT, "csv"))))
    assert rows == [
        ["name", "aliases", "count"],
        ["Kalundborg", "Kalundborg Kommune", "2"],
        ['Æbelø, "ø"', "", ""],
    ]


def test_table_output_shows_every_cell() -> None:
    text = format_rows(RESULT, "table")
    for cell in ("name", "Kalundborg", "Kalundborg Kommune", "Æbelø", "2 rows"):
        assert cell in text
    assert "\x1b[" not in text  # plain text, no terminal colour codes


def test_unknown_format_is_a_user_error() -> None:
    with pytest.raises(UserError):
        format_rows(RESULT, "xml")


def test_rows_of_a_path_found_backwards_are_turned_back() -> None:
    columns = ["step", "from_entity", "from_type", "relation", "to_entity", "to_type", "quote"]
    backwards = [[1, "B", "Org", "R1", "M", "Item", "q1"], [2, "M", "Item", "R2", "A", "Person", "q2"]]
    assert _turn_back(columns, backwards) == [  # steps keep reading in their relationship's direction
        [1, "M", "Item", "R2", "A", "Person", "q2"],
        [2, "B", "Org", "R1", "M", "Item", "q1"],
    ]


def test_start_from_quieter_must_name_two_resolved_parameters() -> None:
    text = (
        "// description: d\n// param: a: string (required) — x\n// start-from-quieter: a, b\n"
        "MATCH (n) RETURN n.id AS id"
    )
    with pytest.raises(PackFormatError):
        parse_pack("x.cypher", text)


# --- terminal output -----------------------------------------------------------------------------


def _result() -> PackResult:
    quote = "Direktionen besluttede at tilmelde sig KL Play: Sundhed og Social fra 1. april 2021. " * 6
    return PackResult(
        ["municipality", "date", "body", "initiative", "document", "item", "quote", "documents"],
        [
            ["Kalundborg", "2021-02-22", "Direktionen (Kalundborg)", "KL Play", "a.txt", "10", quote, 2],
            ["Albertslund", "2021-04-06", "Chefforum (Albertslund)", "KL Play", "b.txt", "9", "Ja.", 1],
        ],
    )  # fmt: skip


@pytest.mark.parametrize("width", [60, 80, 120, 200])
def test_tables_fit_the_terminal_and_keep_short_values_whole(width: int) -> None:
    text = format_rows(_result(), "table", width=width)
    assert max(len(line) for line in text.splitlines()) <= width
    for value in ("2021-02-22", "2021-04-06", "Kalundborg", "Albertslund"):
        assert value in text  # a date or a name is never cut
    assert text.rstrip().endswith(("2 rows", "(2 rows)"))


def test_a_long_quote_is_shortened_at_a_word_with_an_ellipsis_and_json_keeps_it_whole() -> None:
    text = format_rows(_result(), "table", width=200)
    flat = " ".join(text.split())
    assert "… " in flat or flat.count("…") >= 1
    assert "Sundhed og Social fra 1. april 2021." in flat
    whole = json.loads(format_rows(_result(), "json"))[0]["quote"]
    assert len(whole) > TABLE_CELL_CHARS


def test_one_field_per_line_leaves_out_fields_without_a_value() -> None:
    result = PackResult(["municipality", "document", "url", "quote"], [["Kalundborg", "a.txt", None, "Ja."]])
    text = format_rows(result, "table", width=20)  # too narrow for a table: one field per line
    labels = [line.split()[0] for line in text.splitlines() if line and not line.startswith(("─", "("))]
    assert labels == ["municipality", "document", "quote"]


def test_one_row_is_one_row() -> None:
    result = _result()
    result.rows = result.rows[:1]
    assert format_rows(result, "table", width=200).rstrip().endswith("1 row")


def test_item_numbers_and_dates_sort_naturally() -> None:
    values = ["10", "9", "3.1", None, "2021-6-2", "2021-06-14", "Punkt 10", "Punkt 9"]
    assert sorted(values, key=_sort_key) == ["3.1", "9", "10", "2021-6-2", "2021-06-14", "Punkt 9", "Punkt 10", None]


def test_a_rows_sort_key_orders_as_its_cells_keys_do() -> None:
    cells = ["10", "9", "3.1", None, "2021-6-2", 7, 2.5, True, ["b", "a"], {"k": 1}, "Punkt 9", ""]
    rows = [[a, b] for a in cells for b in reversed(cells)]
    key = _row_key([1, 0])
    assert sorted(rows, key=key) == sorted(rows, key=lambda row: [_sort_key(row[1]), _sort_key(row[0])])
