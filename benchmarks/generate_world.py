"""The world a generated corpus (``benchmarks.generate``) is written from: all 98 municipalities with
directors, mayors and council members; cross-municipal bodies with their member municipalities; initiatives launched
on a date and adopted by municipalities later; directors moving between municipalities. The same seed gives the same
world."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

DATA = REPO / "graphbuild" / "data"

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


def long_date(day: date) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def kroner(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " kr."
