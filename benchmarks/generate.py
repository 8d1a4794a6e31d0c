"""A synthetic corpus of Danish municipal minutes and agendas, with its ground truth.

    python -m benchmarks.generate --n 10000 --seed 7 --out /tmp/corpus [--formats txt,md,html,pdf,docx]

Importable: ``generate_corpus(n, seed, out, formats=...) -> Truth``. The same seed gives the same
bytes. A small world is simulated first (all 98 municipalities with directors, mayors and council
members; cross-municipal bodies with their member municipalities; initiatives launched on a date
and adopted by municipalities later; directors moving between municipalities), then each document
is one meeting written in one of four layouts the parser knows (``Punkt N:`` minutes, a numbered
agenda with stand-ins, a labelled header, ``Sag nr.``) and one of five formats. Some documents
are also written in VARIANTS of real layouts: a PDF text layer with each page on one line (txt),
yearly running item numbers (49, 50, ...), an "Indholdsfortegnelse" before the items, attendance
as prose ("Der er afbud fra X. Y deltog i stedet."). With ``real_forms`` (the default) about half the
meetings are written in the "real" layout instead, each in some of REAL_FORMS (the forms that make the
real corpus of tests/realworld hard: items numbered "4:", "Pkt. 4", "4Title" or not at all, attendance
as "Name (A)" lists under capital labels or "Name, X Kommune", titles after names, signature pages,
owners and members in prose, verdicts in many words, earlier committees' decisions quoted), and a few
as news pages; ``real_forms=False`` writes the corpora of before, byte for byte.

``truth.json`` lists, per document, what the text states, in the shape of tests/annotated/*.json
(items with outcomes, persons, organisations, initiatives, adoptions with date and date_is, roles,
attendance, memberships, laws) plus amounts and case numbers, so benchmarks.quality can score it.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "graphbuild" / "data"
ALL_FORMATS = ("txt", "md", "html", "pdf", "docx")
# pdf and docx take ~10-30 ms each to write, so they are a minority, as in real archives
FORMAT_WEIGHTS = {"txt": 40, "md": 15, "html": 35, "pdf": 5, "docx": 5}
FIRST_DAY, LAST_DAY = date(2019, 1, 1), date(2024, 12, 31)
MONTHS = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]
WEEKDAYS = ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag"]
KLE_CODES = ["00.01.10", "00.30.14", "17.02.02", "05.01.12", "29.09.00", "01.05.00"]
MEETING_TIMES = ["08:30", "09:00", "12:30", "15:00"]
PARTIES = ["A", "V", "C", "F", "Ø", "B", "O", "I", "Å", "D"]
# real forms a layout may be written in, on top of its own (truth.json lists them per document):
# a txt PDF text layer with each page on one line, yearly running item numbers, a contents list
# before the items, attendance told as sentences
VARIANTS = ("flattened", "running", "contents", "prose_attendance")
# the layouts a meeting is written in: four the parser was written against, and "real" (render_real),
# the forms of tests/realworld's minutes; a "news" page is no meeting
LAYOUTS = ("punkt", "byraad", "agenda", "labelled", "real")


# --- the simulated world ------------------------------------------------------------------------


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    region: str

    @property
    def case_prefix(self) -> str:
        return str(int(self.code))


@dataclass(frozen=True)
class Body:
    """A cross-municipal body: its name, its region and the municipalities that are members."""

    name: str
    region: str
    members: tuple[str, ...]  # municipality codes


@dataclass(frozen=True)
class Initiative:
    name: str  # canonical, as the truth names it
    written: str  # how the minutes write it in an adoption sentence
    launch: date
    subscription: bool  # "er tilmeldt abonnement hos ..." is said of subscriptions only


INITIATIVES = (
    Initiative("KL Play: Sundhed og Social", "KL Play: Sundhed og Social", date(2021, 3, 1), True),
    Initiative("DK2020", 'klimaprojektet "DK2020"', date(2019, 6, 1), False),
    Initiative("Sammen om Velfærd", 'programmet "Sammen om Velfærd"', date(2020, 1, 15), False),
    Initiative("Digital Borgerdialog", 'platformen "Digital Borgerdialog"', date(2021, 9, 1), True),
    Initiative("Grøn Omstilling Nu", 'initiativet "Grøn Omstilling Nu"', date(2022, 4, 1), False),
)
LAWS = [
    ("serviceloven", "85"),
    ("sundhedsloven", "119"),
    ("dagtilbudsloven", "31"),
    ("vejloven", "60"),
    ("planloven", "19"),
    ("folkeskoleloven", "40"),
    ("beskæftigelsesloven", "27"),
]
TOPICS = [
    ("Budgetopfølgning pr. {month}", "Budgetopfølgningen viser et forventet merforbrug på {amount}"),
    ("Anlægsbevilling til renovering af {place} Skole", "Der søges om en anlægsbevilling på {amount}"),
    ("Tillægsbevilling til vintertjeneste", "Vinteren har krævet ekstra saltning for {amount}"),
    ("Tilskud til foreningslivet", "Der søges om et samlet tilskud på {amount}"),
    ("Takster for dagtilbud {year}", "Taksterne giver en samlet indtægt på {amount}"),
    ("Plan for rehabilitering", "Indsatsen koster {amount} over to år."),
    ("Fælles indkøb af velfærdsteknologi", "Den forventede kontraktsum er {amount}"),
]
# Neutral background prose (no names, roles, amounts, laws or adoption words), so that documents
# have the length of real minutes (a few kB per item) without adding facts to the truth.
BACKGROUND = [
    "Sagen har været drøftet i forvaltningens ledergruppe, og der er enighed om den videre proces.",
    "Forvaltningen har indhentet erfaringer fra andre kommuner og fra relevante fagmiljøer.",
    "Der lægges vægt på, at indsatsen hænger sammen med kommunens øvrige planer og strategier.",
    "Udviklingen følges tæt, og der gives en status, når de første resultater foreligger.",
    "Medarbejderne er inddraget gennem de lokale samarbejdsudvalg.",
    "Der er tale om en videreførelse af den hidtidige praksis med enkelte justeringer.",
    "Borgerne vil blive orienteret via kommunens hjemmeside og de lokale medier.",
    "Tidsplanen er stram, men realistisk, hvis de nødvendige beslutninger træffes i år.",
    "Det forventes, at arbejdet kan afsluttes inden udgangen af næste kalenderår.",
    "Området har i de senere år oplevet et stigende pres på grund af den demografiske udvikling.",
    "En arbejdsgruppe med deltagelse fra de berørte fagområder har udarbejdet et oplæg.",
    "Oplægget beskriver mål, organisering, økonomi og en plan for opfølgning.",
    "Der er ikke konstateret forhold, der giver anledning til at ændre den valgte model.",
    "Forvaltningen vurderer, at løsningen kan gennemføres inden for den eksisterende organisering.",
    "Høringssvarene er samlet i et notat, som er vedlagt sagen.",
    "Det fremgår af notatet, at der generelt er opbakning til forslaget.",
    "Enkelte høringsparter peger på behovet for en tydeligere ansvarsfordeling.",
    "Der vil blive fulgt op på sagen i forbindelse med den årlige evaluering.",
    "Sagen har sammenhæng med de tværgående indsatser på sundheds- og socialområdet.",
    "Det vurderes, at forslaget vil styrke kvaliteten og sammenhængen i opgaveløsningen.",
]
PLACES = ["Nørre", "Søndre", "Vester", "Øster", "Bakke", "Skov", "Engvej", "Kirkebakke", "Hede", "Strand"]


def _read_municipalities() -> list[Municipality]:
    with (DATA / "municipalities.csv").open(encoding="utf-8") as handle:
        return [Municipality(r["kommunekode"], r["navn"], r["region"]) for r in csv.DictReader(handle)]


def municipality_names() -> dict[str, str]:
    """kommunekode -> name, as truth.json's ``municipality`` codes are resolved."""
    return {m.code: m.name for m in _read_municipalities()}


def _read_names() -> tuple[list[str], list[str]]:
    """Danish first names and surnames, most common first (package data, Apache-2.0)."""
    first: list[tuple[float, str]] = []
    last: list[tuple[float, str]] = []
    with (DATA / "dacy_names.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["ethnicity"] != "danish" or not row["name"].isalpha():
                continue
            (first if row["first_name"] == "True" else last).append((float(row["count"] or 0), row["name"]))
    return [n for _, n in sorted(first, reverse=True)[:400]], [n for _, n in sorted(last, reverse=True)[:400]]


@dataclass
class Move:
    person: str
    from_code: str
    to_code: str
    leaves: date  # last day in the old post (end of a month)

    @property
    def starts(self) -> date:
        return self.leaves + timedelta(days=1)


@dataclass
class World:
    municipalities: list[Municipality]
    bodies: list[Body]
    people: set[str]
    directors: dict[str, list[tuple[date, str]]]  # code -> [(from, name)], earliest first
    mayors: dict[str, tuple[str, str]]  # code -> (name, party)
    council: dict[str, list[tuple[str, str]]]  # code -> [(name, party)]
    staff: dict[str, list[str]]  # code -> directors of departments
    plans: dict[tuple[str, str], date]  # (code, initiative) -> the day a municipality decides to join
    moves: list[Move]
    first_names: list[str]
    surnames: list[str]
    by_code: dict[str, Municipality] = field(default_factory=dict)

    def director(self, code: str, day: date) -> str:
        current = self.directors[code][0][1]
        for since, name in self.directors[code]:
            if since <= day:
                current = name
        return current


def _body_list(municipalities: list[Municipality], rng: random.Random) -> list[Body]:
    by_region: dict[str, list[str]] = {}
    for m in municipalities:
        by_region.setdefault(m.region, []).append(m.code)
    bodies = [
        Body(f"KKR {region.removeprefix('Region ')}", region, tuple(codes)) for region, codes in by_region.items()
    ]
    midt = by_region.get("Region Midtjylland", [])
    hoved = by_region.get("Region Hovedstaden", [])
    syd = by_region.get("Region Syddanmark", [])
    bodies += [
        Body("KD-Net", "Region Midtjylland", tuple(midt)),
        Body("KOSU", "Region Midtjylland", tuple(midt)),
        Body("DASSOS", "Region Midtjylland", tuple(midt)),
        Body("Den Storkøbenhavnske Digitaliseringsforening", "Region Hovedstaden", tuple(sorted(rng.sample(hoved, 8)))),
        Body("Sundhedsdirektørkredsen", "Region Syddanmark", tuple(syd)),
    ]
    return bodies


def build_world(seed: int) -> World:
    rng = random.Random(seed)
    municipalities = _read_municipalities()
    first, last = _read_names()
    used: set[str] = set()

    def person() -> str:
        while True:
            middle = f" {rng.choice(last)}" if rng.random() < 0.5 else ""
            name = f"{rng.choice(first[:250])}{middle} {rng.choice(last[:250])}"
            if name not in used:
                used.add(name)
                return name

    directors = {m.code: [(FIRST_DAY - timedelta(days=3650), person())] for m in municipalities}
    mayors = {m.code: (person(), rng.choice(PARTIES[:3])) for m in municipalities}
    council = {m.code: [(person(), rng.choice(PARTIES)) for _ in range(8)] for m in municipalities}
    staff = {m.code: [person() for _ in range(3)] for m in municipalities}
    codes = [m.code for m in municipalities]
    moves: list[Move] = []
    free = codes[:]
    rng.shuffle(free)
    while len(free) >= 2 and len(moves) < 12:  # each municipality takes part in at most one move
        a, b = free.pop(), free.pop()
        month = rng.randint(2, 68)
        first_of_next = date(2019 + month // 12, month % 12 + 1, 1)
        mover = directors[a][0][1]
        moves.append(Move(mover, a, b, first_of_next - timedelta(days=1)))
        directors[a].append((first_of_next, person()))
        directors[b].append((first_of_next, mover))
    plans: dict[tuple[str, str], date] = {}
    for initiative in INITIATIVES:
        for code in codes:
            if rng.random() < 0.55:
                delay = int(rng.expovariate(1 / 240))
                day = initiative.launch + timedelta(days=delay)
                if day <= LAST_DAY:
                    plans[(code, initiative.name)] = day
    bodies = _body_list(municipalities, rng)
    world = World(municipalities, bodies, used, directors, mayors, council, staff, plans, moves, first, last)
    world.by_code = {m.code: m for m in municipalities}
    return world


# --- one document -------------------------------------------------------------------------------


def long_date(day: date) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def kroner(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " kr."


@dataclass
class Item:
    title: str
    body: list[str]  # paragraphs of the case presentation
    decision: str | None  # None for a closed item
    outcome: str
    public: bool = True
    proposal: str = ""  # the recommendation (Indstilling / Det indstilles, at ...)
    case_number: str | None = None
    amounts: list[int] = field(default_factory=list)


@dataclass
class Doc:
    """What a document says, built up while its items are chosen; becomes text and truth."""

    file: str
    layout: str
    fmt: str
    day: date
    municipality: Municipality | None
    body: str
    items: list[Item] = field(default_factory=list)
    persons: set[str] = field(default_factory=set)
    organizations: set[str] = field(default_factory=set)
    initiatives: set[str] = field(default_factory=set)
    adoptions: list[dict[str, Any]] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    attendance: list[dict[str, Any]] = field(default_factory=list)
    members: list[dict[str, str]] = field(default_factory=list)
    laws: list[str] = field(default_factory=list)
    first_number: int = 1  # "Sag nr. 130": council minutes number items across the year
    variants: list[str] = field(default_factory=list)  # VARIANTS this document is written in
    forms: list[str] = field(default_factory=list)  # REAL_FORMS this document is written in

    def has(self, variant: str) -> bool:
        return variant in self.variants

    def has_form(self, form: str) -> bool:
        return form in self.forms

    @property
    def is_agenda(self) -> bool:
        return self.layout == "agenda"

    def role(self, person: str, role: str, target: str, **dates: str) -> None:
        self.persons.add(person)
        self.roles.append({"person": person, "role": role, "target": target, **dates})

    def truth(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "format": self.fmt,
            "layout": self.layout,
            "variants": self.variants,
            "forms": self.forms,
            "kind": "news" if self.has_form("news") else "dagsorden" if self.is_agenda else "referat",
            "body": self.body,
            "municipality": self.municipality.code if self.municipality else None,
            "date": self.day.isoformat(),
            "items": [
                {
                    "number": None
                    if self.has_form("unnumbered") or self.has_form("headless_items")
                    else str(self.first_number + n),
                    "title": None if self.has_form("headless_items") else it.title,
                    "public": it.public,
                    "outcome": it.outcome,
                    "case_numbers": [it.case_number] if it.case_number else [],
                    "amounts_dkk": it.amounts,
                }
                for n, it in enumerate(self.items)
            ],
            "persons": sorted(self.persons),
            "organizations": sorted(self.organizations),
            "initiatives": sorted(self.initiatives),
            "adoptions": self.adoptions,
            "roles": self.roles,
            "attendance": self.attendance,
            "members": self.members,
            "laws": self.laws,
        }


class Writer:
    """Chooses the items of one document from the world, consistently with earlier documents."""

    def __init__(self, world: World, rng: random.Random) -> None:
        self.world = world
        self.rng = rng
        self.adopted: set[tuple[str, str]] = set()
        self.announced: set[int] = set()  # indexes of moves already told

    def case_number(self, doc: Doc) -> str | None:
        if doc.municipality is None:
            return None
        return f"{doc.municipality.case_prefix}-{doc.day.year}-{self.rng.randint(10000, 999999)}"

    def background(self) -> list[str]:
        """One to four paragraphs of neutral prose."""
        return [" ".join(self.rng.sample(BACKGROUND, self.rng.randint(2, 5))) for _ in range(self.rng.randint(1, 4))]

    def proposal(self, doc: Doc, what: str) -> str:
        if doc.is_agenda:
            return f"Det indstilles, at {doc.body} {what}."
        return f"Forvaltningen indstiller, at {what}."

    # municipal items

    def adoption_item(self, doc: Doc, initiative: Initiative) -> Item:
        assert doc.municipality is not None
        doc.initiatives.add(initiative.name)
        doc.adoptions.append(
            {
                "adopter": doc.municipality.name,
                "initiative": initiative.name,
                "date": doc.day.isoformat(),
                "date_is": "on",
            }
        )
        amount = self.rng.randrange(20_000, 600_000, 500)
        return Item(
            title=f"Tilslutning til {initiative.name}",
            body=[
                f"Kommunerne kan tilslutte sig {initiative.written}. "
                f"Udgiften for {doc.municipality.name} Kommune er {kroner(amount)} om året.",
                *self.background(),
            ],
            proposal=self.proposal(doc, "kommunen tilslutter sig"),
            decision=f"{doc.body} besluttede at tilmelde sig {initiative.written}.",
            outcome="adopted",
            case_number=self.case_number(doc),
            amounts=[amount],
        )

    def status_item(self, doc: Doc, initiative: Initiative) -> Item:
        assert doc.municipality is not None
        doc.initiatives.add(initiative.name)
        doc.adoptions.append(
            {
                "adopter": doc.municipality.name,
                "initiative": initiative.name,
                "date": doc.day.isoformat(),
                "date_is": "on or before",
            }
        )
        return Item(
            title=f"Status på {initiative.name}",
            body=[
                f"{doc.municipality.name} Kommune er tilmeldt abonnement hos {initiative.written}. "
                f"Ordningen bruges af {self.rng.randint(20, 400)} medarbejdere."
            ],
            proposal=self.proposal(doc, "orienteringen tages til efterretning"),
            decision="Orienteringen blev taget til efterretning.",
            outcome="noted",
            case_number=self.case_number(doc),
        )

    def move_item(self, doc: Doc, move: Move) -> Item:
        old, new = self.world.by_code[move.from_code], self.world.by_code[move.to_code]
        doc.role(move.person, "kommunaldirektør", old.name, until=move.leaves.isoformat())
        doc.role(move.person, "kommunaldirektør", new.name, since=move.starts.isoformat())
        return Item(
            title="Skifte af kommunaldirektør",
            body=[
                f"{move.person} fratræder som kommunaldirektør i {old.name} Kommune ved udgangen af "
                f"{MONTHS[move.leaves.month - 1]} {move.leaves.year} og tiltræder som kommunaldirektør i "
                f"{new.name} Kommune den {long_date(move.starts)}."
            ],
            proposal=self.proposal(doc, "orienteringen tages til efterretning"),
            decision="Orienteringen blev taget til efterretning.",
            outcome="noted",
            case_number=self.case_number(doc),
        )

    def ordinary_item(self, doc: Doc) -> Item:
        title, text = self.rng.choice(TOPICS)
        amount = self.rng.randrange(50_000, 40_000_000, 1000)
        title = title.format(month=long_date(doc.day), place=self.rng.choice(PLACES), year=doc.day.year + 1)
        paragraphs = [text.format(amount=kroner(amount)), *self.background()]
        if self.rng.random() < 0.4:
            law, paragraph = self.rng.choice(LAWS)
            paragraphs.append(f"Sagen behandles efter {law} § {paragraph}.")
            cited = f"{law[0].upper()}{law[1:]} §{paragraph}"
            if cited not in doc.laws:
                doc.laws.append(cited)
        decision, outcome = self.rng.choice(
            [
                ("Godkendt.", "approved"),
                ("Orienteringen blev taget til efterretning.", "noted"),
                (f"{doc.body} drøftede sagen.", "discussed"),
                ("Indstillingen blev ikke godkendt.", "rejected"),
                ("Sagen blev udsat til næste møde.", "postponed"),
            ]
        )
        return Item(
            title=title,
            body=paragraphs,
            proposal=self.proposal(doc, "sagen godkendes"),
            decision=decision,
            outcome=outcome,
            case_number=self.case_number(doc),
            amounts=[amount],
        )

    def municipal_items(self, doc: Doc) -> list[Item]:
        assert doc.municipality is not None
        code = doc.municipality.code
        items: list[Item] = []
        for initiative in INITIATIVES:
            planned = self.world.plans.get((code, initiative.name))
            if planned is None or planned > doc.day:
                continue
            if (code, initiative.name) not in self.adopted:
                self.adopted.add((code, initiative.name))
                items.append(self.adoption_item(doc, initiative))
            elif initiative.subscription and self.rng.random() < 0.15:
                items.append(self.status_item(doc, initiative))
        for index, move in enumerate(self.world.moves):
            if index not in self.announced and code == move.from_code and move.leaves - timedelta(days=120) <= doc.day:
                self.announced.add(index)
                items.append(self.move_item(doc, move))
        items += [self.ordinary_item(doc) for _ in range(self.rng.randint(1, 4))]
        return items

    # cross-municipal items

    def chair_item(self, doc: Doc, body: Body) -> Item:
        code = self.rng.choice(body.members)
        municipality = self.world.by_code[code]
        chair = self.world.director(code, doc.day)
        doc.role(chair, "formand", body.name)
        doc.role(chair, "kommunaldirektør", municipality.name)
        return Item(
            title=f"Formandskab for {body.name}",
            body=[f"Kommunaldirektør i {municipality.name} Kommune {chair} er formand for {body.name}."],
            proposal=self.proposal(doc, "tager orienteringen til efterretning"),
            decision="Orienteringen blev taget til efterretning.",
            outcome="noted",
        )

    def members_item(self, doc: Doc, body: Body) -> Item:
        named = sorted(self.rng.sample(body.members, min(len(body.members), self.rng.randint(2, 4))))
        names = [self.world.by_code[c].name for c in named]
        doc.members += [{"member": name, "network": body.name} for name in names]
        listed = ", ".join(names[:-1]) + f" og {names[-1]}"
        return Item(
            title=f"Samarbejdet i {body.name}",
            body=[f"{listed} er medlemmer af {body.name} og deltager i det fælles arbejde."],
            proposal=self.proposal(doc, "drøfter samarbejdet"),
            decision=f"{body.name} drøftede samarbejdet.",
            outcome="discussed",
        )

    def cross_items(self, doc: Doc, body: Body) -> list[Item]:
        items = [self.chair_item(doc, body)] if self.rng.random() < 0.6 else []
        if self.rng.random() < 0.6:
            items.append(self.members_item(doc, body))
        items += [self.ordinary_item(doc) for _ in range(self.rng.randint(1, 3))]
        return items

    def closing_items(self, doc: Doc) -> list[Item]:
        items = []
        if not doc.is_agenda and self.rng.random() < 0.5:
            items.append(
                Item(title="Orientering om personalesag", body=[], decision=None, outcome="closed", public=False)
            )
        items.append(
            Item(
                title="Eventuelt",
                body=[],
                proposal=self.proposal(doc, "drøfter eventuelle punkter") if doc.is_agenda else "",
                decision="Intet.",
                outcome="proposed" if doc.is_agenda else "none",
            )
        )
        return items

    def attendance(self, doc: Doc, pool: Sequence[tuple[str, str]]) -> list[tuple[str, str, str | None, str]]:
        """(absent, party, substitute or None, substitute's party) for a few of ``pool``."""
        out = []
        for name, party in self.rng.sample(list(pool), self.rng.randint(0, 3)):
            stand_in = self.rng.random() < 0.6
            substitute = self._new_person() if stand_in else None
            doc.persons.add(name)
            doc.attendance.append({"name": name, "status": "absent", "for": None})
            if substitute:
                doc.persons.add(substitute)
                doc.attendance.append({"name": substitute, "status": "substitute", "for": name})
            out.append((name, party, substitute, party))
        return out

    def _new_person(self) -> str:
        while True:
            name = f"{self.rng.choice(self.world.first_names[:250])} {self.rng.choice(self.world.surnames[:250])}"
            if name not in self.world.people:
                self.world.people.add(name)
                return name


# --- layouts: the text of a document ---------------------------------------------------------------


def render_punkt(doc: Doc, writer: Writer) -> str:
    """Minutes in the "REFERAT Direktionen / Mødedato / Punkt N: Title / Sagsnr." layout."""
    assert doc.municipality is not None
    d, m = doc.day, doc.municipality
    lines = [
        f"REFERAT {doc.body} d. {d:%d-%m-%Y}",
        f"{m.name} Kommune",
        f"Mødedato {WEEKDAYS[d.weekday()]} d. {long_date(d)} kl. {writer.rng.choice(MEETING_TIMES)}",
        f"Mødested {m.name} Rådhus, mødelokale {writer.rng.randint(1, 9)}",
    ]
    director = writer.world.director(m.code, d)
    doc.role(director, "kommunaldirektør", m.name)
    lines.append(f"Deltagere: Kommunaldirektør {director}, " + ", ".join(writer.world.staff[m.code][:2]))
    doc.persons.update(writer.world.staff[m.code][:2])
    doc.attendance += [
        {"name": name, "status": "present", "for": None} for name in [director, *writer.world.staff[m.code][:2]]
    ]
    if doc.has("contents"):
        lines.append(contents_list(doc))
    for n, item in enumerate(doc.items, doc.first_number):
        if not item.public:
            lines.append(f"Punkt {n}: Lukket: {item.title}")
            continue
        lines += [f"Punkt {n}: {item.title}", "Sagsfremstilling", f"{n}. {item.title}", "Åbent"]
        if item.case_number:
            kle = writer.rng.choice(KLE_CODES)
            lines.append(f"Sagsnr.: {item.case_number} J.nr.: {kle} Dokumentnr.: {writer.case_number(doc)}")
        if item.body:
            lines += ["Resume og sagens baggrund", *item.body]
        if item.proposal:
            lines += ["Indstillinger", item.proposal]
        lines += [f"{doc.body}s møde den {long_date(d)}:", item.decision or ""]
    return "\n\n".join(lines) + "\n"


def render_byraad(doc: Doc, writer: Writer) -> str:
    """Council minutes: "Byrådet - Referat / Dato: / Lokale: / Tidspunkt: / Fraværende: / Sag nr."."""
    assert doc.municipality is not None
    d, m = doc.day, doc.municipality
    head = [
        f"{doc.body} - Referat",
        "",
        f"{m.name} Kommune",
        f"Dato: {long_date(d)}",
        f"Lokale: Byrådssalen, {m.name} Rådhus",
        "Tidspunkt: Kl. 19:00",
        "",
    ]
    absent = writer.attendance(doc, writer.world.council[m.code])
    if absent and doc.has("prose_attendance"):
        head += [prose_attendance(absent, writer.rng, minutes=True), ""]
    elif absent:
        head.append("Fraværende: " + ", ".join(f"{name} ({party})" for name, party, _, _ in absent))
        head += [f"Suppleant for {name}: {sub} ({sp})" for name, _, sub, sp in absent if sub]
        head.append("")
    elif doc.has("prose_attendance"):
        doc.variants.remove("prose_attendance")  # nobody was absent: nothing to write as prose
    mayor, _ = writer.world.mayors[m.code]
    doc.role(mayor, "borgmester", m.name)
    parts = ["\n".join(head)]
    if doc.has("contents"):
        parts.append(contents_list(doc))
    for n, item in enumerate(doc.items):
        number = doc.first_number + n
        if not item.public:
            parts.append(f"Sag nr. {number}\n{item.title} (Lukket)")
            continue
        block = [f"Sag nr. {number}", item.title, "Beslutningskompetence: BR"]
        if item.case_number:
            block.append(f"Sagsnr.: {item.case_number}")
        text = "\n".join(block)
        if item.body:
            text += "\n\nSagsfremstilling\n" + "\n".join(item.body)
        text += f"\n\nIndstilling\nBorgmester {mayor} indstiller, at sagen behandles."
        text += f"\n\nBeslutning i {doc.body} den {long_date(d)}\n{item.decision}"
        parts.append(text)
    doc.persons.add(mayor)
    return "\n\n".join(parts) + "\n"


def render_agenda(doc: Doc, writer: Writer, body: Body) -> str:
    """An agenda: "Dagsorden for møde i KD-Net den ... / Afbud: X, i stedet deltager Y / 1. Title"."""
    d = doc.day
    pool = [(writer.world.director(code, d), "") for code in body.members]
    absent = writer.attendance(doc, pool)
    lines = [
        f"Dagsorden for møde i {body.name} den {long_date(d)}",
        f"Tid og sted: {WEEKDAYS[d.weekday()]} den {long_date(d)}, kl. 10.00 – 12.00,\n"
        f"{writer.rng.choice(['Scandic', 'Comwell', 'Rådhuset'])} {writer.world.by_code[body.members[0]].name}.",
        "Deltagere: Kommunaldirektørerne eller deres suppleanter samt sekretariatet.",
    ]
    if absent and doc.has("prose_attendance"):
        lines.append(prose_attendance(absent, writer.rng, minutes=False))
    elif absent:
        lines.append(
            "Afbud: " + "\n".join(f"{name}, i stedet deltager {sub}" if sub else name for name, _, sub, _ in absent)
        )
    elif doc.has("prose_attendance"):
        doc.variants.remove("prose_attendance")
    numbered = list(enumerate(doc.items, doc.first_number))
    lines.append("Punkt\tIndhold\tBilag\n" + "\n".join(f"{n}\t{it.title}\t" for n, it in numbered))
    for n, item in numbered:
        lines += [f"{n}. {item.title}", item.proposal]
        if item.body:
            lines += ["Sagsfremstilling:", *item.body]
    return "\n\n".join(lines) + "\n"


def render_labelled(doc: Doc, writer: Writer, body: Body) -> str:
    """Minutes with a labelled header: "UDVALG / MØDE / STED / STARTTIDSPUNKT / PUNKTER"."""
    d = doc.day
    published = d + timedelta(days=2)
    lines = [
        f"Møde i {body.name}",
        f"Udgivet {published:%d.%m.%Y}",
        "UDVALG",
        body.name,
        "MØDE",
        f"Møde i {body.name}",
        "STED",
        "Virtuelt på Teams",
        "STARTTIDSPUNKT",
        f"{d.isoformat()} 13:00",
        "SLUTTIDSPUNKT",
        f"{d.isoformat()} 14:30",
        "PUNKTER",
        "\n\n".join(f"{n}. {it.title}" for n, it in enumerate(doc.items, doc.first_number)),
    ]
    for n, item in enumerate(doc.items, doc.first_number):
        if not item.public:  # the truth says closed, so the text says so too
            lines.append(f"{n}. Lukket: {item.title}")
            continue
        lines += [f"{n}. {item.title}", "Beslutning", item.decision or "", item.title, "Sagsfremstilling", *item.body]
    return "\n\n".join(lines) + "\n"


# --- layout variants: real forms the parser reads, each written with its truth ----------------------


def contents_list(doc: Doc) -> str:
    """A contents list before the items ("Indholdsfortegnelse"), one entry per item with its page."""
    entries = [f"{n}. {it.title} {2 + i}" for i, (n, it) in enumerate(enumerate(doc.items, doc.first_number))]
    return "Indholdsfortegnelse\n" + "\n".join(entries)


def prose_attendance(absent: Sequence[tuple[str, str, str | None, str]], rng: random.Random, minutes: bool) -> str:
    """Attendance as sentences ("Der er afbud fra X. Y deltog i stedet.") instead of a labelled list;
    minutes tell it in the past tense with parties, an agenda in the present ("Y deltager i stedet")."""
    sentences = []
    for name, party, sub, sub_party in absent:
        who = f"{name} ({party})" if minutes and party else name
        stand_in = f"{sub} ({sub_party})" if minutes and sub and sub_party else sub
        form = rng.randrange(3)
        if sub is None:
            told = "havde meldt afbud" if minutes else "har meldt afbud"
            sentences.append(f"Der er afbud fra {who}." if form < 2 else f"{who} {told}.")
        elif minutes:
            sentences.append(
                [
                    f"Der er afbud fra {who}. {stand_in} deltog i stedet.",
                    f"{who} havde meldt afbud, og {stand_in} deltog i stedet.",
                    f"Der er afbud fra {who}. {stand_in} mødte som stedfortræder for {name}.",
                ][form]
            )
        else:
            sentences.append(
                [
                    f"Der er afbud fra {who}. {stand_in} deltager i stedet.",
                    f"{who} har meldt afbud, og {stand_in} deltager i stedet.",
                    f"Der er afbud fra {who}. {stand_in} deltager som stedfortræder for {name}.",
                ][form]
            )
    return " ".join(sentences)


def flatten_pages(text: str, rng: random.Random) -> str:
    """A PDF text layer where each page came out as one line: "3 1. Godkendelse ... Side 3"."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    pages: list[list[str]] = [[]]
    size, limit = 0, rng.randint(1800, 3600)
    for line in lines:
        if size + len(line) > limit and pages[-1]:
            pages.append([])
            size, limit = 0, rng.randint(1800, 3600)
        pages[-1].append(line)
        size += len(line) + 1
    return "\n\n".join(f"{n} {' '.join(page)} Side {n}" for n, page in enumerate(pages, 1)) + "\n"


# --- real forms: what makes real minutes hard, each written with its truth (issue 12 item 10) -------

# the forms a document of the "real" layout (or a news page) is written in; truth.json lists them per
# document as `forms`. Chosen from the dev split of tests/realworld and `benchmarks.realworld --misses`.
REAL_FORMS = (
    "colon_numbers",  # "4: Title"
    "pkt_numbers",  # "Pkt. 4 Title"
    "glued_numbers",  # "4Title", a PDF text layer that lost the space
    "unnumbered",  # a title line followed by Sagsfremstilling/Indstilling/Beslutning headings
    "dropped_numbers",  # flattened pages whose item numbers were lost with the layout
    "name_party_lines",  # attendance as "Name (A)" one to a line under "Til stede" / "Afbud"
    "caps_labels",  # DELTAGERE / FRAVÆRENDE / SUPPLEANTER labels in capitals, names on the next line
    "municipality_list",  # "Name, X Kommune" one to a line (cross-municipal bodies)
    "item_absence",  # "Fraværende: Name" under one item of a member otherwise present
    "titles_after_names",  # "Name, formand" in the participant list
    "signature",  # an "Underskriftsblad" with names above their titles (no item)
    "prose_members",  # "De fire kommuner i netværket er A, B, C og D."
    "owners",  # "Brand & Redning X ejes af A, B og C Kommuner." (a joint body the gazetteer does not know)
    "outcome_forms",  # verdicts as minutes write them: "Anbefales", "Oversendt til ...", "Udsat" ...
    "quoted_history",  # an earlier committee's decision quoted before this body's own
    "place_only",  # the header names the municipality only by its town hall ("Sted: Varde Rådhus")
    "unnamed_municipality",  # a page that never names its municipality (the publisher's, in the truth)
    "news",  # a news page about a meeting: no meeting, no items
    "headless_items",  # a web page that lost its item headings: an item opens at "Sagsid.:" (no number, no title)
    "flat_roster",  # the roster on one line, titles between names: "Medlemmer: A (V) formand B (A) næstformand C (F)"
    "dated_decision",  # the decision under the body's dated line: "Beslutning Økonomiudvalget den 01-11-2016"
    "prose_substitutes",  # substitutes told in sentences: "X (A) var indkaldt som stedfortræder for Y (A)."
    "run_together_contents",  # a flattened contents list that lost its numbers: the titles run together
    "running_header",  # the body named only in the running header of each page, not in the heading
)
REAL_SHARE = 0.5  # of documents written in the real layout when real forms are on
NEWS_SHARE = 0.1  # of municipal documents written as a news page (when nothing is adopted or announced)
NUMBER_WORDS = ["to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv"]
REAL_BODIES = [
    "Byrådet",
    "Kommunalbestyrelsen",
    "Økonomiudvalget",
    "Teknik- og Miljøudvalget",
    "Udvalget for Børn og Unge",
    "Social- og Sundhedsudvalget",
]
# (decision as written, outcome by tests/realworld/README.md's table)
VERDICTS = [
    ("Anbefales.", "endorsed"),
    ("Indstillingen anbefales over for Byrådet.", "endorsed"),
    ("Indstillingen blev godkendt uden afstemning.", "approved"),
    ("Tiltrådt.", "approved"),
    ("Godkendes med de faldne bemærkninger.", "approved"),
    ("Oversendt til Økonomiudvalget.", "forwarded"),
    ("Til orientering.", "noted"),
    ("Drøftet og taget til efterretning.", "noted"),
    ("Drøftet.", "discussed"),
    ("Udsat.", "postponed"),
    ("Sagen genoptages på næste møde.", "postponed"),
    ("{body} besluttede ikke at imødekomme ansøgningen.", "rejected"),
    ("Ikke godkendt.", "rejected"),
    ("Afslået.", "rejected"),
    ("Indstillingen følges.", "approved"),
    ("Bevilget.", "approved"),
    ("Indstilles godkendt.", "endorsed"),
    ("Økonomiudvalget indstiller til Byrådet, at indstillingen godkendes.", "endorsed"),
    ("Fremsendes til Byrådet til behandling.", "forwarded"),
    ("Videresendt.", "forwarded"),
    ("Udvalget blev orienteret.", "noted"),
    ("Sagen blev drøftet.", "discussed"),
    ("Tilbagesendt til forvaltningen.", "postponed"),
    ("Sagen blev trukket.", "postponed"),
    ("Udvalget drøftede sagen og besluttede at udsætte den.", "postponed"),
    ("Drøftet. Sagen genoptages på et senere møde.", "postponed"),
    ("Godkendt, idet udvalget dog ønsker en status i foråret.", "approved"),
    ("Taget til efterretning med de faldne bemærkninger.", "noted"),
    ("Borgmesteren orienterede om sagen.", "noted"),
    ("Et flertal (A, V og C) godkendte indstillingen. Imod stemte F og Ø.", "approved"),
    ("Indstillingen blev vedtaget med 17 stemmer mod 8.", "approved"),
]


# (a substitute told in a sentence, as minutes print it; {sub} stands in for {name})
SUBSTITUTE_SENTENCES = [
    "{sub} var indkaldt som stedfortræder for {name}.",
    "{name} havde meldt afbud, og {sub} deltog i stedet.",
    "Der var afbud fra {name}. {sub} var indkaldt som stedfortræder.",
    "{sub} mødte for {name}.",
    "Afbud: {name} (stedfortræder: {sub})",
]


def dated_decision_line(doc: Doc) -> str:
    """The line over this meeting's decision that names the body and the date: "Beslutning Økonomiudvalget
    den 01-11-2016", or (a body whose name takes a plain genitive) "Økonomiudvalgets møde den 1. november
    2016:"; which of the two by the document's day, so one document keeps one form."""
    if doc.day.toordinal() % 2 and doc.body.endswith(("et", "en")):
        return f"{doc.body}s møde den {long_date(doc.day)}:"
    return f"Beslutning {doc.body} den {doc.day:%d-%m-%Y}"


def item_heading(style: str, number: int, title: str) -> str:
    """An item's heading in one of the numbering forms of real minutes."""
    return {
        "dot": f"{number}. {title}",
        "colon_numbers": f"{number}: {title}",
        "pkt_numbers": f"Pkt. {number} {title}",
        "glued_numbers": f"{number}{title}",
        "unnumbered": title,
    }[style]


def _real_header(doc: Doc, forms: random.Random, place: str) -> list[str]:
    d = doc.day
    style = forms.randrange(3)
    if style == 0:
        return [
            f"{place} – {doc.body}",
            f"Referat fra mødet {WEEKDAYS[d.weekday()].lower()} den {long_date(d)} kl. 17.00",
        ]
    if style == 1:
        return [doc.body.upper(), "REFERAT", f"MØDE {d:%d-%m-%Y} 17:00:00", f"STED {place}"]
    return ["Referat", doc.body, f"{d:%d.%m.%Y}", f"Sted: {place}"]


def _attendance_lines(
    doc: Doc,
    forms: random.Random,
    present: Sequence[tuple[str, str]],
    absent: Sequence[tuple[str, str, str | None, str]],
    where: dict[str, str],
) -> list[str]:
    """Who came, in one real form; the truth rows are added by the caller. ``where``: name -> municipality
    (cross-municipal bodies name each member's municipality)."""

    def who(name: str, party: str) -> str:
        if where:
            return f"{name}, {where[name]} Kommune"
        return f"{name} ({party})" if party else name

    chairs = {present[0][0]: "formand", present[1][0]: "næstformand"} if len(present) > 1 else {}
    if doc.has_form("prose_substitutes"):
        told = [
            forms.choice(SUBSTITUTE_SENTENCES).format(sub=who(sub, sp), name=who(name, party))
            for name, party, sub, sp in absent
            if sub
        ]
        absent = [(name, party, None, sp) for name, party, _, sp in absent]
    else:
        told = []
    subs = [f"{who(sub, sp)} (stedfortræder for {name})" for name, _, sub, sp in absent if sub]
    gone = [who(name, party) for name, party, _, _ in absent]
    if doc.has_form("flat_roster"):
        roster = " ".join(
            f"{who(name, party)} {chairs[name]}" if name in chairs else who(name, party) for name, party in present
        )
        lines = [f"Medlemmer: {roster}"]
        if gone:
            lines.append("Afbud: " + ", ".join(gone))
        if subs:
            lines.append("Stedfortrædere: " + ", ".join(subs))
        return lines + told
    if doc.has_form("titles_after_names"):
        shown = [f"{name}, {chairs[name]}" if name in chairs else who(name, party) for name, party in present]
    else:
        shown = [who(name, party) for name, party in present]
    if doc.has_form("caps_labels"):
        lines = ["DELTAGERE", "\n".join(shown)]
        if gone:
            lines += ["FRAVÆRENDE", "\n".join(gone)]
        if subs:
            lines += ["SUPPLEANTER", "\n".join(subs)]
        return lines + told
    lines = ["Til stede:\n" + "\n".join(shown)]
    if gone:
        lines.append("Afbud:\n" + "\n".join(gone))
    if subs:
        lines.append("Stedfortrædere:\n" + "\n".join(subs))
    return lines + told


def _roster_truth(
    doc: Doc, present: Sequence[tuple[str, str]], absent: Sequence[tuple[str, str, str | None, str]]
) -> None:
    """The roles a titled roster shows, and the roster forms dropped where this meeting cannot show them (no
    second name to title, no substitute to tell of)."""
    titled = doc.has_form("titles_after_names") or doc.has_form("flat_roster")
    if titled and len(present) > 1:
        doc.role(present[0][0], "formand", doc.body)
        doc.role(present[1][0], "næstformand", doc.body)
    elif doc.has_form("titles_after_names"):
        doc.forms.remove("titles_after_names")
    if doc.has_form("flat_roster"):  # a "Medlemmer:" list: each untitled name is a member of the body
        for name, _ in present[2:] if len(present) > 1 else present:
            doc.role(name, "medlem", doc.body)
    if doc.has_form("prose_substitutes") and not any(sub for _, _, sub, _ in absent):
        doc.forms.remove("prose_substitutes")


def render_real(doc: Doc, writer: Writer, forms: random.Random, body: Body | None) -> str:
    """Minutes in the forms real ones take (``doc.forms``): a header naming the place, attendance as
    lists of names, items numbered in one of several ways or not at all, verdicts in many words."""
    d = doc.day
    world = writer.world
    if doc.municipality is not None:
        code = doc.municipality.code
        if doc.has_form("unnamed_municipality"):  # a committee's page that never names its municipality
            place = forms.choice(["Rådhuset, mødelokale 2", "Byrådssalen", "Mødelokale 1.14"])
        elif doc.has_form("place_only"):  # "Sted: Varde Rådhus" is all the header says of its municipality
            place = f"{doc.municipality.name} Rådhus"
        else:
            place = forms.choice(
                [f"{doc.municipality.name} Kommune", f"{doc.municipality.name} Rådhus, {doc.municipality.name} Kommune"]
            )
        council = world.council[code]
        pool = list(council[: forms.randint(5, min(11, len(council)))])
        where: dict[str, str] = {}
    else:
        assert body is not None
        place = f"{world.by_code[body.members[0]].name} Rådhus"
        pool = [(world.director(c, d), "") for c in body.members]
        where = {world.director(c, d): world.by_code[c].name for c in body.members}
    absent = writer.attendance(doc, pool)
    gone = {name for name, _, _, _ in absent}
    present = [(name, party) for name, party in pool if name not in gone]
    for name, _ in present:
        doc.persons.add(name)
        doc.attendance.append({"name": name, "status": "present", "for": None})
    for name, _, sub, _ in absent:
        if sub and where:
            where[sub] = where[name]
    _roster_truth(doc, present, absent)
    header = _real_header(doc, forms, place)
    if doc.has_form("running_header"):  # the heading names no body; each page's running header does
        header = [line.replace(f" – {doc.body}", "") for line in header if line not in (doc.body, doc.body.upper())]
    lines = [*header, *_attendance_lines(doc, forms, present, absent, where)]
    if doc.has_form("run_together_contents"):
        lines.append("Indholdsfortegnelse " + " ".join(item.title for item in doc.items))
    elif doc.has("contents"):
        lines.append(contents_list(doc))
    style = next((f for f in ("colon_numbers", "pkt_numbers", "glued_numbers", "unnumbered") if doc.has_form(f)), "dot")
    late = forms.choice(present[2:])[0] if doc.has_form("item_absence") and len(present) > 2 else None
    if doc.has_form("item_absence") and late is None:
        doc.forms.remove("item_absence")
    for index, (n, item) in enumerate(enumerate(doc.items, doc.first_number)):
        if doc.has_form("running_header") and index % 2 == 0:  # a new page starts with the running header
            lines.append(f"{doc.body} - Referat {long_date(d)} Side {index // 2 + 2} af {len(doc.items) // 2 + 2}")
        # a page that lost its headings kept only its "Udskriv" link (and the case id, below)
        heading = "Udskriv" if doc.has_form("headless_items") else item_heading(style, n, item.title)
        if not item.public:
            lines += [heading, "Lukket punkt"]
            continue
        block = [heading]
        if doc.has_form("headless_items"):
            block.append(f"Sagsid.: {item.case_number or f'{d:%y}/{forms.randint(1000, 39999)}'}")
        elif item.case_number:
            block.append(f"Sagsnr.: {item.case_number}")
        if late is not None and index == 0:
            block.append(f"Fraværende: {late}")
            row = next(a for a in doc.attendance if a["name"] == late and a["status"] == "present")
            row["absent_items"] = [None if style == "unnumbered" or doc.has_form("headless_items") else str(n)]
        if item.body:
            block += ["Sagsfremstilling", *item.body]
        if item.proposal and doc.municipality is not None:  # a network's minutes print no administration's
            block += ["Indstilling", item.proposal]
        if doc.has_form("quoted_history") and item.outcome not in ("none", "closed"):
            earlier = d - timedelta(days=forms.randint(5, 20))
            committee = "Teknik- og Miljøudvalget" if doc.body == "Økonomiudvalget" else "Økonomiudvalget"
            block += [f"Beslutning i {committee} den {long_date(earlier)}", "Anbefales."]
            block += [f"Beslutning i {doc.body} den {long_date(d)}", item.decision or ""]
        elif doc.has_form("dated_decision"):
            block += [dated_decision_line(doc), item.decision or ""]
        else:
            block += ["Beslutning", item.decision or ""]
        lines += block
    if doc.has_form("signature"):
        lines.append("Underskriftsblad")
        signers = present[:1]
        if doc.municipality is not None:
            mayor, _ = world.mayors[doc.municipality.code]
            director = world.director(doc.municipality.code, d)
            lines += [f"{mayor}\nBorgmester", f"{director}\nKommunaldirektør"]
            doc.role(mayor, "borgmester", doc.municipality.name)
            doc.role(director, "kommunaldirektør", doc.municipality.name)
        else:
            lines.append(f"{signers[0][0]}\nFormand")
            doc.role(signers[0][0], "formand", doc.body)
    return "\n\n".join(lines) + "\n"


def render_news(doc: Doc, writer: Writer, forms: random.Random) -> str:
    """A news page about a council meeting: no meeting of its own, no items."""
    assert doc.municipality is not None
    mayor, party = writer.world.mayors[doc.municipality.code]
    doc.persons.add(mayor)
    doc.role(mayor, "borgmester", doc.municipality.name)
    topic = doc.items[0].title if doc.items else "budgettet"
    return (
        "\n\n".join(
            [
                "Nyheder",
                f"Nyt fra {doc.body.lower()}: {topic}",
                f"Publiceret {doc.day + timedelta(days=1):%d.%m.%Y}",
                f"På mødet {long_date(doc.day)} behandlede {doc.body.lower()} i {doc.municipality.name} Kommune "
                f"blandt andet {topic.lower()}.",
                f"– Det er en god dag for hele kommunen, siger borgmester {mayor} ({party}).",
                *writer.background()[:2],
                "Læs hele referatet på kommunens hjemmeside.",
            ]
        )
        + "\n"
    )


def prose_members(doc: Doc, writer: Writer, body: Body) -> Item:
    """An item telling every member municipality in a sentence: "De fire kommuner i netværket er …"."""
    names = [writer.world.by_code[c].name for c in body.members]
    doc.members += [{"member": name, "network": body.name} for name in names]
    count = NUMBER_WORDS[len(names) - 2] if 2 <= len(names) <= 12 else str(len(names))
    listed = ", ".join(names[:-1]) + f" og {names[-1]}"
    return Item(
        title="Orientering om samarbejdet",
        body=[f"De {count} kommuner i {body.name} er {listed}."],
        proposal="Det indstilles, at orienteringen tages til efterretning.",
        decision="Orienteringen blev taget til efterretning.",
        outcome="noted",
    )


# joint bodies that municipalities own or take part in, named after the first owner, as fire services,
# bus companies, waste companies and LAGs are; the gazetteer knows none of them
JOINT_BODIES = ["Brand & Redning {name}", "Affaldsselskabet {name} I/S", "Fællesudbud {name}", "LAG {name}"]
# (statement of a joint body's owners or members, the body's name first or in the sentence)
OWNER_FORMS = [
    "{body} ejes af {listed} Kommuner.",
    "Interessenterne i {body} er {listed} Kommuner.",
    "{body} er et samarbejde mellem {listed} Kommuner.",
    "{body} består af {listed} Kommuner.",
    "{listed} Kommuner etablerede i 2007 {body}.",
    "Ejerandele i {body}:\n{shares}",
    "{own} Kommune er medlem af {body}.",  # one municipality's membership, its own
    "De {count} ejerkommuner i {body} er {listed}.",
    # an association's purpose names its members; the sentences after refer back to it ("Foreningen")
    "{body} er en forening, der har til formål at skabe udvikling og vækst i {listed} Kommune. "
    "Foreningen ledes af en bestyrelse med en repræsentant fra hver kommune.",
    "{listed} Kommuner stiftede i 2016 en forening, {body}. Foreningen har ansvaret for den fælles markedsføring.",
]


def joint_body(world: World, municipality: Municipality) -> tuple[str, list[str]]:
    """The joint body ``municipality`` is part of: its region's municipalities in groups of three or four,
    the same group in every document; the body's name from the group's first member."""
    region = sorted(m.name for m in world.municipalities if m.region == municipality.region)
    start = region.index(municipality.name) // 4 * 4
    group = region[start : start + 4]
    if len(group) < 2:
        group = region[-3:]
    kind = JOINT_BODIES[sum(map(ord, group[0])) % len(JOINT_BODIES)]
    return kind.format(name=group[0]), group


def owners_item(doc: Doc, world: World, forms: random.Random) -> Item:
    """A joint body's accounts, stating its owners in one of the forms real minutes use."""
    assert doc.municipality is not None
    body, owners = joint_body(world, doc.municipality)
    form = forms.choice(OWNER_FORMS)
    if "{own}" in form:
        owners = [doc.municipality.name]
    doc.members += [{"member": name, "network": body} for name in owners]
    listed = ", ".join(owners[:-1]) + f" og {owners[-1]}"
    shares = "\n".join(f"{name} Kommune\t{100 // len(owners)} %" for name in owners)
    sentence = form.format(
        body=body, listed=listed, count=NUMBER_WORDS[len(owners) - 2], shares=shares, own=doc.municipality.name
    )
    return Item(
        title=f"Årsregnskab for {body}",
        body=[sentence, "Regnskabet viser et mindre overskud, som overføres til næste år."],
        proposal="Forvaltningen indstiller, at regnskabet godkendes.",
        decision="Godkendt.",
        outcome="approved",
    )


def choose_forms(doc: Doc, forms: random.Random, cross: bool) -> None:
    """Which real forms a document of the real layout is written in (``doc.forms``)."""
    seen: Counter[str] = Counter()
    for item in doc.items:  # real minutes do not print two items under one title
        seen[item.title] += 1
        if seen[item.title] > 1:
            item.title += f", del {seen[item.title]}"
    numbering = forms.choices(
        ["dot", "colon_numbers", "pkt_numbers", "glued_numbers", "unnumbered", "headless_items"], [2, 2, 2, 1, 3, 1]
    )[0]
    if numbering != "dot":
        doc.forms.append(numbering)
    if numbering == "headless_items" and "contents" in doc.variants:  # such pages print no contents list
        doc.variants.remove("contents")
    doc.forms.append(
        "municipality_list"
        if cross
        else forms.choices(["name_party_lines", "caps_labels", "flat_roster"], [3, 3, 2])[0]
    )
    if cross and forms.random() < 0.4:
        doc.forms.append("caps_labels")
    told = doc.adoptions or doc.roles or doc.members  # items that name the municipality
    if not cross and not told and forms.random() < 0.3:
        doc.forms.append("unnamed_municipality")
    elif not cross and forms.random() < 0.4:
        doc.forms.append("place_only")
    for name, share in (("item_absence", 0.3), ("titles_after_names", 0.4), ("signature", 0.4)):
        if forms.random() < share and not (name == "titles_after_names" and doc.has_form("flat_roster")):
            doc.forms.append(name)
    if not cross and forms.random() < 0.4:
        doc.forms.append("prose_substitutes")
    if forms.random() < 0.7:
        doc.forms.append("outcome_forms")
        for item in doc.items:
            if item.public and item.outcome in ("approved", "noted", "discussed", "rejected", "postponed"):
                decision, outcome = forms.choice(VERDICTS)
                item.decision, item.outcome = decision.format(body=doc.body), outcome
    if not cross and forms.random() < 0.4:
        doc.forms.append("quoted_history")
    elif forms.random() < 0.3:
        doc.forms.append("dated_decision")
    if forms.random() < 0.2 and not doc.has_form("quoted_history") and not doc.has_form("dated_decision"):
        doc.forms.append("running_header")


# --- formats ----------------------------------------------------------------------------------


def _is_item_heading(line: str) -> bool:
    import re

    return bool(re.match(r"^(?:Punkt \d+:|Sag nr\. \d+$|\d+\. \S)", line))


SECTION_WORDS = frozenset(
    {
        "Sagsfremstilling",
        "Sagsfremstilling:",
        "Resume og sagens baggrund",
        "Indstillinger",
        "Indstilling",
        "Beslutning",
        "Åbent",
    }
)


def to_markdown(text: str) -> str:
    out = []
    for n, line in enumerate(text.split("\n")):
        if n == 0:
            out.append(f"# {line}")
        elif line.startswith("Punkt ") and _is_item_heading(line):
            out.append(f"## {line}")
        elif line in SECTION_WORDS - {"Åbent"}:
            out.append(f"### {line.rstrip(':')}")
        else:
            out.append(line)
    return "\n".join(out)


def to_html(text: str, title: str) -> str:
    from html import escape

    body = []
    for block in text.split("\n\n"):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) == 1 and _is_item_heading(lines[0]):
            body.append(f"<h2>{escape(lines[0])}</h2>")
        elif len(lines) == 1 and lines[0] in SECTION_WORDS:
            body.append(f"<h3>{escape(lines[0])}</h3>")
        else:
            body.append("<p>" + "<br>\n".join(escape(line) for line in lines) + "</p>")
    return (
        f'<!DOCTYPE html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n<title>{escape(title)}</title>\n'
        "</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def write_pdf(text: str, target: Path) -> None:
    """A4 pages of Helvetica text; reportlab's invariant mode makes the bytes reproducible."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    width, height = A4
    margin, leading, size = 56.0, 14.0, 10.5
    pdf = canvas.Canvas(str(target), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", size)
    y = height - margin
    for paragraph in text.split("\n"):
        for line in simpleSplit(paragraph.replace("\t", "    "), "Helvetica", size, width - 2 * margin) or [""]:
            if y < margin:
                pdf.showPage()
                pdf.setFont("Helvetica", size)
                y = height - margin
            pdf.drawString(margin, y, line)
            y -= leading
    pdf.save()


def write_docx(text: str, target: Path) -> None:
    """One paragraph per non-empty line, fixed metadata and zip timestamps (reproducible bytes)."""
    import io
    import zipfile
    from datetime import datetime

    from docx import Document

    document = Document()
    for line in text.split("\n"):
        if line.strip():
            document.add_paragraph(line)
    props = document.core_properties
    props.author = "kommunegraf benchmarks"
    props.created = props.modified = datetime(2024, 1, 1)
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    # rewrite the zip with a fixed date on every entry, so the same text gives the same bytes
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as sink,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            sink.writestr(fixed, source.read(info.filename))


def write_document(text: str, fmt: str, target: Path, title: str) -> None:
    if fmt == "txt":
        target.write_text(text, encoding="utf-8")
    elif fmt == "md":
        target.write_text(to_markdown(text), encoding="utf-8")
    elif fmt == "html":
        target.write_text(to_html(text, title), encoding="utf-8")
    elif fmt == "pdf":
        write_pdf(text, target)
    elif fmt == "docx":
        write_docx(text, target)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(ALL_FORMATS)}")


# --- the corpus -----------------------------------------------------------------------------------


@dataclass
class Truth:
    seed: int
    documents: list[dict[str, Any]]

    @property
    def adoptions(self) -> list[dict[str, Any]]:
        return [{**a, "file": d["file"]} for d in self.documents for a in d["adoptions"]]

    def to_json(self) -> dict[str, Any]:
        return {
            "about": "What each generated document states (benchmarks/generate.py); same shape as "
            "tests/annotated/*.json per document.",
            "seed": self.seed,
            "documents": self.documents,
        }

    @classmethod
    def load(cls, path: Path) -> Truth:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(seed=data["seed"], documents=data["documents"])


@dataclass(frozen=True)
class _Plan:
    index: int
    day: date
    municipality: Municipality | None
    body: Body | None
    layout: str
    fmt: str


def _plan(n: int, world: World, rng: random.Random, formats: Sequence[str]) -> list[_Plan]:
    span = (LAST_DAY - FIRST_DAY).days
    weights = [FORMAT_WEIGHTS[f] for f in formats]
    plans = []
    for index in range(n):
        day = FIRST_DAY + timedelta(days=rng.randrange(span))
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        fmt = rng.choices(list(formats), weights)[0]
        if rng.random() < 0.8:
            plans.append(
                _Plan(index, day, rng.choice(world.municipalities), None, rng.choice(["punkt", "byraad"]), fmt)
            )
        else:
            plans.append(_Plan(index, day, None, rng.choice(world.bodies), rng.choice(["agenda", "labelled"]), fmt))
    # documents are written in date order, so an adoption is told once, in the first meeting after it
    return sorted(plans, key=lambda p: (p.day, p.index))


MUNICIPAL_BODIES = {"punkt": ["Direktionen", "Økonomiudvalget"], "byraad": ["Byrådet", "Kommunalbestyrelsen"]}


def _compose(plan: _Plan, writer: Writer, forms: random.Random | None = None) -> tuple[Doc, str]:
    """One document's truth and text; with ``forms`` (real forms on) about half are written in the
    real layout (render_real) and a few municipal ones as news pages."""
    rng = writer.rng
    real = forms is not None and forms.random() < REAL_SHARE
    slug = (plan.municipality.name if plan.municipality else plan.body.name if plan.body else "x").lower()
    slug = "".join(c if c.isalnum() else "-" for c in slug.translate(str.maketrans("æøå", "eoa")))
    name = f"{plan.index:06d}_{slug}_{plan.day.isoformat()}.{plan.fmt}"
    if plan.municipality is not None:
        body = rng.choice(MUNICIPAL_BODIES[plan.layout])
        if real and forms is not None:
            body = forms.choice(REAL_BODIES)
        doc = Doc(name, "real" if real else plan.layout, plan.fmt, plan.day, plan.municipality, body)
        doc.items = writer.municipal_items(doc)
        if real and forms is not None and forms.random() < 0.3:
            doc.forms.append("owners")
            doc.items.append(owners_item(doc, writer.world, forms))
    else:
        assert plan.body is not None
        doc = Doc(name, "real" if real else plan.layout, plan.fmt, plan.day, None, plan.body.name)
        doc.items = writer.cross_items(doc, plan.body)
        if real and forms is not None and forms.random() < 0.5:
            doc.forms.append("prose_members")
            doc.items.append(prose_members(doc, writer, plan.body))
    doc.organizations.add(doc.body)
    doc.items += writer.closing_items(doc)
    if doc.is_agenda:  # an agenda records what is proposed, not what was decided
        for item in doc.items:
            item.outcome = "proposed"
    if plan.layout == "byraad":
        doc.first_number = rng.randint(1, 180)
    elif rng.random() < 0.3:  # yearly running numbers: items 49, 50, 51 rather than 1, 2, 3
        doc.variants.append("running")
        doc.first_number = rng.randint(20, 180)
    if plan.layout in ("punkt", "byraad") and rng.random() < 0.3:  # agenda and labelled have their own
        doc.variants.append("contents")
    if plan.layout in ("byraad", "agenda") and rng.random() < 0.4:  # the layouts that tell absences
        doc.variants.append("prose_attendance")
    if plan.fmt == "txt" and rng.random() < 0.3:
        doc.variants.append("flattened")
    news = (
        forms is not None
        and plan.municipality is not None
        and forms.random() < NEWS_SHARE
        and not doc.adoptions
        and not doc.roles
        and not doc.members
    )
    if forms is not None and (real or news):
        if doc.has("prose_attendance"):
            doc.variants.remove("prose_attendance")
        if news:
            doc.forms = ["news"]
            doc.variants = [v for v in doc.variants if v == "flattened"]
            text = render_news(doc, writer, forms)
            doc.items, doc.laws, doc.layout = [], [], "news"
        else:
            choose_forms(doc, forms, cross=plan.body is not None)
            headless = doc.has_form("unnumbered") or doc.has_form("headless_items")
            if doc.has("flattened") and not headless and forms.random() < 0.5:
                doc.forms = [f for f in doc.forms if not f.endswith("_numbers")] + ["unnumbered", "dropped_numbers"]
                if forms.random() < 0.5:  # its contents list lost the numbers too: the titles run together
                    doc.forms.append("run_together_contents")
            text = render_real(doc, writer, forms, plan.body)
    elif plan.layout == "punkt":
        text = render_punkt(doc, writer)
    elif plan.layout == "byraad":
        text = render_byraad(doc, writer)
    elif plan.layout == "agenda":
        assert plan.body is not None
        text = render_agenda(doc, writer, plan.body)
    else:
        assert plan.body is not None
        text = render_labelled(doc, writer, plan.body)
    if doc.has("flattened"):
        text = flatten_pages(text, rng)
    return doc, text


def generate_corpus(
    n: int, seed: int, out: Path, formats: Iterable[str] = ALL_FORMATS, real_forms: bool = True
) -> Truth:
    """Write ``n`` documents and ``truth.json`` into ``out``; the same seed gives the same bytes."""
    chosen = tuple(f for f in ALL_FORMATS if f in set(formats))
    unknown = set(formats) - set(ALL_FORMATS)
    if unknown or not chosen:
        raise ValueError(f"formats must be among {', '.join(ALL_FORMATS)}; got {sorted(set(formats))}")
    world = build_world(seed)
    rng = random.Random(seed + 1)
    writer = Writer(world, rng)
    forms = random.Random(seed + 2) if real_forms else None  # its own stream
    # (real_forms=False writes the corpora of before, byte for byte)
    out.mkdir(parents=True, exist_ok=True)
    documents = []
    for plan in _plan(n, world, rng, chosen):
        doc, text = _compose(plan, writer, forms)
        write_document(text, plan.fmt, out / doc.file, title=f"{doc.body} {long_date(doc.day)}")
        documents.append(doc.truth())
    documents.sort(key=lambda d: d["file"])
    result = Truth(seed, documents)
    (out / "truth.json").write_text(json.dumps(result.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=1000, help="how many documents")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--formats", default=",".join(ALL_FORMATS), help="comma-separated subset of " + ",".join(ALL_FORMATS)
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    truth = generate_corpus(args.n, args.seed, args.out, formats=args.formats.split(","))
    print(
        f"wrote {len(truth.documents)} documents and truth.json ({len(truth.adoptions)} adoptions) to {args.out} "
        f"in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
