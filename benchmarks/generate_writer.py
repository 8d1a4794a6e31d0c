"""One generated document as it is built (``Doc``, its ``Item``s) and the ``Writer`` that chooses its items from the
world, consistently with the documents before it; a document becomes text and truth."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from benchmarks.generate_world import (
    BACKGROUND,
    INITIATIVES,
    LAWS,
    MONTHS,
    PLACES,
    TOPICS,
    Body,
    Initiative,
    Move,
    Municipality,
    World,
    kroner,
    long_date,
)


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

    @staticmethod
    def _note_adoption(doc: Doc, initiative: Initiative, date_is: str) -> None:
        """The truth: this document's municipality adopted the initiative on (or before) its day."""
        assert doc.municipality is not None
        doc.initiatives.add(initiative.name)
        doc.adoptions.append(
            {
                "adopter": doc.municipality.name,
                "initiative": initiative.name,
                "date": doc.day.isoformat(),
                "date_is": date_is,
            }
        )

    def adoption_item(self, doc: Doc, initiative: Initiative) -> Item:
        assert doc.municipality is not None
        self._note_adoption(doc, initiative, "on")
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
        self._note_adoption(doc, initiative, "on or before")
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
