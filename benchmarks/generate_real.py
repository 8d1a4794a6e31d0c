"""The "real" layout of a generated corpus: REAL_FORMS, the forms that make the real corpus of tests/realworld hard
(items numbered "4:", "Pkt. 4", "4Title" or not at all, attendance as "Name (A)" lists under capital labels or "Name,
X Kommune", titles after names, signature pages, owners and members in prose, verdicts in many words, earlier
committees' decisions quoted), a document's choice of them, and their renderers; and the news page."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from datetime import timedelta

from benchmarks.generate_layouts import contents_list
from benchmarks.generate_world import WEEKDAYS, Body, Municipality, World, long_date
from benchmarks.generate_writer import Doc, Item, Writer

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
    place, pool, where = _place_and_pool(doc, writer, forms, body)
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
            lines.append(
                f"{doc.body} - Referat {long_date(doc.day)} Side {index // 2 + 2} af {len(doc.items) // 2 + 2}"
            )
        lines += _item_block(doc, forms, style, n, item, late if index == 0 else None)
    if doc.has_form("signature"):
        lines += _signature(doc, writer.world, present)
    return "\n\n".join(lines) + "\n"


def _place_and_pool(
    doc: Doc, writer: Writer, forms: random.Random, body: Body | None
) -> tuple[str, list[tuple[str, str]], dict[str, str]]:
    """Where the meeting is held as the header says it, who may attend (name, party), and for a network's
    meeting the municipality each attendee comes from."""
    world = writer.world
    if doc.municipality is None:
        assert body is not None
        place = f"{world.by_code[body.members[0]].name} Rådhus"
        pool = [(world.director(c, doc.day), "") for c in body.members]
        return place, pool, {world.director(c, doc.day): world.by_code[c].name for c in body.members}
    if doc.has_form("unnamed_municipality"):  # a committee's page that never names its municipality
        place = forms.choice(["Rådhuset, mødelokale 2", "Byrådssalen", "Mødelokale 1.14"])
    elif doc.has_form("place_only"):  # "Sted: Varde Rådhus" is all the header says of its municipality
        place = f"{doc.municipality.name} Rådhus"
    else:
        place = forms.choice(
            [f"{doc.municipality.name} Kommune", f"{doc.municipality.name} Rådhus, {doc.municipality.name} Kommune"]
        )
    council = world.council[doc.municipality.code]
    return place, list(council[: forms.randint(5, min(11, len(council)))]), {}


def _item_block(doc: Doc, forms: random.Random, style: str, n: int, item: Item, late: str | None) -> list[str]:
    """One item's lines in the real layout; ``late`` the member absent from it (the first item only)."""
    d = doc.day
    # a page that lost its headings kept only its "Udskriv" link (and the case id, below)
    heading = "Udskriv" if doc.has_form("headless_items") else item_heading(style, n, item.title)
    if not item.public:
        return [heading, "Lukket punkt"]
    block = [heading]
    if doc.has_form("headless_items"):
        block.append(f"Sagsid.: {item.case_number or f'{d:%y}/{forms.randint(1000, 39999)}'}")
    elif item.case_number:
        block.append(f"Sagsnr.: {item.case_number}")
    if late is not None:
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
    return block


def _signature(doc: Doc, world: World, present: Sequence[tuple[str, str]]) -> list[str]:
    """An "Underskriftsblad": the mayor and the director sign a municipality's minutes, the chair a network's."""
    lines = ["Underskriftsblad"]
    if doc.municipality is not None:
        mayor, _ = world.mayors[doc.municipality.code]
        director = world.director(doc.municipality.code, doc.day)
        lines += [f"{mayor}\nBorgmester", f"{director}\nKommunaldirektør"]
        doc.role(mayor, "borgmester", doc.municipality.name)
        doc.role(director, "kommunaldirektør", doc.municipality.name)
    else:
        lines.append(f"{present[0][0]}\nFormand")
        doc.role(present[0][0], "formand", doc.body)
    return lines


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
