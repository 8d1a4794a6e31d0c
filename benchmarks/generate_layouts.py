"""The four plain layouts a generated document is written in (``Punkt N:`` minutes, ``Sag nr.`` council minutes, a
numbered agenda with stand-ins, a labelled header) and the VARIANTS of real layouts they may take: a contents list
before the items, attendance as prose, a PDF text layer with each page on one line."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from benchmarks.generate_world import KLE_CODES, MEETING_TIMES, WEEKDAYS, Body, long_date
from benchmarks.generate_writer import Doc, Writer


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
