"""The plain data that flows between the stages.

sources -> SourceDocument -> parse -> Meeting -> extract -> DocumentFacts -> resolve -> Graph

Every stage takes the previous stage's model and returns its own; no stage reaches back.
Character offsets (start, end) always index into ``SourceDocument.text`` (already redacted).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from graphbuild.vocab.schema import known_label, known_rel_type

SourceFormat = Literal["txt", "md", "html", "pdf", "docx", "xml", "json"]
MeetingKind = Literal["referat", "dagsorden"]
AttendanceStatus = Literal["present", "absent", "substitute"]
Outcome = Literal[
    "approved",
    "adopted",
    "endorsed",
    "noted",
    "discussed",
    "proposed",
    "rejected",
    "postponed",
    "forwarded",  # sent on with a recommendation: "oversendes/anbefales over for byrådet"
    "closed",
    "none",
]
# Node labels and relationship types are the schema's (data/schema.yaml): a str checked against
# the loaded schema when a model is built, so adding a label there needs no edit here.
NodeType = Annotated[str, AfterValidator(known_label)]
RelType = Annotated[str, AfterValidator(known_rel_type)]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --- sources -------------------------------------------------------------------------------


class SourceDocument(Frozen):
    """One input file read into text. ``text`` is normalised to \\n line ends and redacted."""

    path: str
    name: str
    sha256: str  # of the raw bytes on disk
    format: SourceFormat
    encoding: str | None = None
    text: str
    page_starts: list[int] = Field(default_factory=list)  # char offset where each PDF page starts
    redactions: int = 0  # how many secrets were removed from text
    url: str | None = None  # where the public can read it (the folder's sources.csv, a page's own link)
    title: str | None = None  # a web page's own <title>, unescaped and redacted like the text (HTML only)

    @property
    def doc_id(self) -> str:
        return self.sha256[:16]


# --- parse ---------------------------------------------------------------------------------


class Section(Frozen):
    heading: str  # as written, e.g. "Direktionens møde den 22. februar 2021:"
    kind: str  # canonical: sagsfremstilling, indstilling, beslutning, bilag, oekonomi, lovgrundlag,
    # anledning, resume, behandling, sagstype, other
    text: str
    start: int
    end: int


class AgendaItem(Frozen):
    number: str
    title: str
    public: bool = True
    case_numbers: list[str] = Field(default_factory=list)
    journal_number: str | None = None  # a KLE code such as 00.01.10
    document_number: str | None = None
    sections: list[Section] = Field(default_factory=list)
    start: int
    end: int
    from_contents: bool = False  # listed only in a contents list; its text is not in the document

    def section(self, kind: str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)


class Attendance(Frozen):
    """One person's attendance at a meeting, as parse reads it and extract reports it."""

    name: str
    status: AttendanceStatus
    for_: str | None = Field(default=None, alias="for")  # whom a substitute stands in for
    party: str | None = None
    role: str | None = None
    absent_items: list[str] = Field(default_factory=list)  # items missed while otherwise present
    start: int
    end: int
    # read from the body's member list in minutes that record no attendance anywhere: a member summoned,
    # not one known to have come (extract reports no attendance for it; roles still read the list); never
    # in the JSON, which reports attendance only
    summoned: bool = Field(default=False, exclude=True)

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class MunicipalityRef(Frozen):
    name: str
    code: str  # four digits, e.g. "0326"


class Meeting(Frozen):
    source: SourceDocument
    kind: MeetingKind | None = None
    body: str | None = None
    # a bare-kind body ("Bestyrelse") named with the owner its heading ties it to ("Bestyrelsen for Midttrafik"), or a
    # one-word compound body named with the place its heading prints before it ("Amager Naturparkråd"), or a bare
    # board the text names with its one owner in the genitive ("KTCs bestyrelse")
    body_in_full: str | None = None
    # the organisation whose board the body is by its name: "Sydtrafik" of "Bestyrelsen i Sydtrafik"
    body_owner: str | None = None
    municipality: MunicipalityRef | None = None  # only when the header says so
    start: datetime | None = None
    end: datetime | None = None
    location: str | None = None
    published: date | None = None
    attendance: list[Attendance] = Field(default_factory=list)
    items: list[AgendaItem] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)


# --- extract -------------------------------------------------------------------------------


class Evidence(Frozen):
    document: str  # SourceDocument.doc_id
    item: str | None = None  # AgendaItem.number, or None for the header
    start: int
    end: int
    quote: str


class Entity(Frozen):
    id: str  # stable key, e.g. "municipality:0326", "initiative:kl-play-sundhed-og-social"
    type: NodeType
    name: str
    aliases: list[str] = Field(default_factory=list)
    properties: dict[str, Any] = Field(default_factory=dict)


class Relation(Frozen):
    type: RelType
    source: str  # Entity.id
    target: str  # Entity.id
    properties: dict[str, Any] = Field(default_factory=dict)
    evidence: Evidence


class ItemFacts(Frozen):
    number: str
    title: str
    public: bool
    case_numbers: list[str]
    outcome: Outcome
    decision: str | None = None
    amounts_dkk: list[int] = Field(default_factory=list)  # amounts in kr. the item names, in order
    from_contents: bool = False  # listed only in a contents list


class DocumentFacts(Frozen):
    """What the pipeline reads from one document: the `extract --json` object (keys are stable)."""

    source: str
    sha256: str
    format: SourceFormat
    kind: MeetingKind | None = None
    body: str | None = None
    municipality: MunicipalityRef | None = None
    start: str | None = None  # ISO 8601
    end: str | None = None
    location: str | None = None
    items: list[ItemFacts] = Field(default_factory=list)
    attendance: list[Attendance] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)


# --- resolve -------------------------------------------------------------------------------


class NodeRecord(Frozen):
    id: str
    label: NodeType
    properties: dict[str, Any]  # every property of the label in the schema, None where unknown


class RelRecord(Frozen):
    id: str  # stable: hash of type, endpoints and evidence
    type: RelType
    source: str
    target: str
    source_label: NodeType
    target_label: NodeType
    properties: dict[str, Any]


class Graph(BaseModel):
    nodes: dict[str, NodeRecord] = Field(default_factory=dict)
    rels: dict[str, RelRecord] = Field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for n in self.nodes.values():
            out[n.label] = out.get(n.label, 0) + 1
        for r in self.rels.values():
            out[r.type] = out.get(r.type, 0) + 1
        return dict(sorted(out.items()))
