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
import json
import random
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks.generate_formats import ALL_FORMATS, write_document
from benchmarks.generate_layouts import flatten_pages, render_agenda, render_byraad, render_labelled, render_punkt
from benchmarks.generate_real import (
    NEWS_SHARE,
    REAL_BODIES,
    REAL_SHARE,
    choose_forms,
    owners_item,
    prose_members,
    render_news,
    render_real,
)
from benchmarks.generate_world import FIRST_DAY, LAST_DAY, Body, Municipality, World, build_world, long_date
from benchmarks.generate_writer import Doc, Writer

# pdf and docx take ~10-30 ms each to write, so they are a minority, as in real archives
FORMAT_WEIGHTS = {"txt": 40, "md": 15, "html": 35, "pdf": 5, "docx": 5}

# real forms a layout may be written in, on top of its own (truth.json lists them per document):
# a txt PDF text layer with each page on one line, yearly running item numbers, a contents list
# before the items, attendance told as sentences
VARIANTS = ("flattened", "running", "contents", "prose_attendance")

# the layouts a meeting is written in: four the parser was written against, and "real" (render_real),
# the forms of tests/realworld's minutes; a "news" page is no meeting
LAYOUTS = ("punkt", "byraad", "agenda", "labelled", "real")


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
    real = forms is not None and forms.random() < REAL_SHARE
    doc = _document(plan, writer, forms, real)
    _choose_variants(doc, plan, writer.rng)
    text = _render(doc, plan, writer, forms, real)
    if doc.has("flattened"):
        text = flatten_pages(text, writer.rng)
    return doc, text


def _document(plan: _Plan, writer: Writer, forms: random.Random | None, real: bool) -> Doc:
    """The document's items, chosen from the world, and how its items are numbered."""
    rng = writer.rng
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
    return doc


def _choose_variants(doc: Doc, plan: _Plan, rng: random.Random) -> None:
    """The VARIANTS of its layout the document is written in, besides running numbers."""
    if plan.layout in ("punkt", "byraad") and rng.random() < 0.3:  # agenda and labelled have their own
        doc.variants.append("contents")
    if plan.layout in ("byraad", "agenda") and rng.random() < 0.4:  # the layouts that tell absences
        doc.variants.append("prose_attendance")
    if plan.fmt == "txt" and rng.random() < 0.3:
        doc.variants.append("flattened")


def _render(doc: Doc, plan: _Plan, writer: Writer, forms: random.Random | None, real: bool) -> str:
    """The document's text: a news page, the real layout in the forms chosen for it, or its plain layout."""
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
            return text
        choose_forms(doc, forms, cross=plan.body is not None)
        headless = doc.has_form("unnumbered") or doc.has_form("headless_items")
        if doc.has("flattened") and not headless and forms.random() < 0.5:
            doc.forms = [f for f in doc.forms if not f.endswith("_numbers")] + ["unnumbered", "dropped_numbers"]
            if forms.random() < 0.5:  # its contents list lost the numbers too: the titles run together
                doc.forms.append("run_together_contents")
        return render_real(doc, writer, forms, plan.body)
    if plan.layout == "punkt":
        return render_punkt(doc, writer)
    if plan.layout == "byraad":
        return render_byraad(doc, writer)
    assert plan.body is not None
    if plan.layout == "agenda":
        return render_agenda(doc, writer, plan.body)
    return render_labelled(doc, writer, plan.body)


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
