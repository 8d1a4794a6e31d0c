"""The organisations a water or nature council (a vandråd, a naturråd) is made of, listed one a bullet under
a label that names the council: "Medlemmer af Vandrådet for oplandet til Køge Bugt:", "Medlemmer i Vandrådet
for hovedvandoplandet Køge Bugt i 2017 er følgende:", "Følgende organisationer og foreninger har fået plads i
vandrådet:", or a heading that says who sits in it, "De sidder i rådet" (a column head over the bullets passed
over: "De fem erhvervsorganisationer: De fem grønne organisationer:"); on a page a PDF-to-text step put on one line,
the same label mid-line with its "•" bullets after it on the line (the last bullet, run into the text after it, left
out). Each listed organisation is a member of
the council (a statutory joint body, README `memberships`); the council is the one the label names, else the one
the text named last before it ("vandråd for Hovedvandopland 2.2 Isefjord og Roskilde Fjord", "det lokale Naturråd
for Allerød, Egedal og Rudersdal kommuner"). Never a list of who may become a member ("kan være medlem af et
vandråd:"), nor a list of people under a heading of who sits ("• Jens Hansen")."""

from __future__ import annotations

import re

from graphbuild.extract.membership_relation import Context, named_network
from graphbuild.vocab import ids
from graphbuild.vocab.reference import first_names

_COUNCIL = r"[Vv]andråd(?:et)?|[Nn]aturråd(?:et)?"
LABEL = re.compile(
    r"(?m)^[ \t]*(?:Medlemmer[ \t]+(?:af|i)[ \t]+(?P<named>(?:" + _COUNCIL + r")[^\n:]*?)"
    r"(?:[ \t]+i[ \t]+\d{4})?(?:[ \t]+er[ \t]+følgende)?|"
    r"Følgende[ \t]+organisationer(?:[ \t]+og[ \t]+foreninger)?[ \t]+har[ \t]+fået[ \t]+plads[ \t]+i[ \t]+"
    r"(?P<seat>(?:" + _COUNCIL + r")[^\n:]*?))[ \t]*:[ \t]*$|"
    # a heading that says who sits in the council: "De sidder i rådet", "Hvem sidder i Naturrådet?"
    r"^[ \t]*(?:De|Hvem)[ \t]+sidder[ \t]+i[ \t]+(?P<sits>[Rr]ådet|" + _COUNCIL + r")[ \t]*(?:[:?][ \t]*)?$"
)
# the column heads of a table of two columns flattened over its bullets: "De fem erhvervsorganisationer: De fem
# grønne organisationer:"
COLUMN_HEADS = re.compile(
    r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=[^\n]*(?i:organisationer|foreninger))[^\n•]{1,120}:[ \t]*(?=\n)"
)
# a council the text names with what it is for: "vandråd for Hovedvandopland 2.3 Øresund", or for its
# municipalities: "Naturråd for Allerød, Egedal, Furesø og Rudersdal kommuner"
_FOR_MUNICIPALITIES = r"[A-ZÆØÅ][\w-]*(?:,[ \t]+[A-ZÆØÅ][\w-]*)*[ \t]+og[ \t]+[A-ZÆØÅ][\w-]*[ \t]+[Kk]ommuner"
COUNCIL_NAMED = re.compile(
    r"(?:" + _COUNCIL + r")[ \t]+for[ \t]+(?:" + _FOR_MUNICIPALITIES + r"(?![\w-])|"
    r"(?:[^\n.,:;]|(?<=\d)\.(?=\d))+?(?=[ \t]+(?:er|blev)[ \t]|[\n,:;]|\.(?!\d)|$))"
)
BULLET_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*[•·▪*–-][ \t]*(?P<name>[A-ZÆØÅ][^\n\d,.:;]{1,80}?)[ \t]*(?=\n|$)")
# a table of the organisations and each one's representative: "Forening Repræsentant" over
# "Danmarks Naturfredningsforening Jens Prom"; the representative is a person (`roles`), left out
TABLE_HEAD = re.compile(
    r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:Forening|Organisation|Forening/organisation)(?:er)?"
    r"[ \t]+Repræsentant(?:er)?[ \t]*(?=\n)"
)
TABLE_ROW = re.compile(r"[ \t]*\n[ \t]*(?P<name>[A-ZÆØÅ][^\n\d,.:;\t]{1,120}?)[ \t]*(?=\n|$)")
# the same label and list on a page a PDF-to-text step put on one line: the label ends mid-line and its bullets follow
# on it, one "•" each ("Medlemmer af Vandrådet for oplandet til Køge Bugt: • DANVA • Danske Kloakmestre • … • KFUM
# spejderne Flere organisationer har …", "De sidder i rådet De fem erhvervsorganisationer: De fem grønne
# organisationer: • Landboforeningen Gefion • …")
FLAT_LABEL = re.compile(
    r"(?<![^\s])(?:Medlemmer[ \t]+(?:af|i)[ \t]+(?P<named>(?:" + _COUNCIL + r")[^\n:•.]*?)"
    r"(?:[ \t]+i[ \t]+\d{4})?(?:[ \t]+er[ \t]+følgende)?|"
    r"Følgende[ \t]+organisationer(?:[ \t]+og[ \t]+foreninger)?[ \t]+har[ \t]+fået[ \t]+plads[ \t]+i[ \t]+"
    r"(?P<seat>(?:" + _COUNCIL + r")[^\n:•.]*?))[ \t]*:(?=[ \t]+•)|"
    r"(?<![^\s])(?:De|Hvem)[ \t]+sidder[ \t]+i[ \t]+(?P<sits>[Rr]ådet|" + _COUNCIL + r")[ \t]*[:?]?"
    # the column heads between, each ending in a colon ("De fem grønne organisationer:")
    r"(?:[ \t]+(?=[^\n•:]*(?i:organisationer|foreninger))[^\n•:]{1,120}:)*(?=[ \t]+•)"
)
# one bullet of such a list up to the next; never the last one, which runs into the text after it ("• KFUM spejderne
# Flere organisationer har …", "• Friluftsrådet Mere info"): where it ends is not known, and it is left out
FLAT_BULLET = re.compile(r"[ \t]+•[ \t]*(?P<name>[A-ZÆØÅ][^\n\d,.:;•]{1,80}?)[ \t]*(?=[ \t]•)")
MIN_MEMBERS = 3  # a list, not one organisation named under a heading
COUNCIL_BEFORE = 2000  # how far before the label the council may be named


def add_council_seats(ctx: Context) -> None:
    """MEMBER_OF for each organisation a council's labelled list names, in that council."""
    text = ctx.text
    if "råd" not in text:
        return
    labels = [(label, False) for label in LABEL.finditer(text)]
    if "•" in text:
        labels += [(label, True) for label in FLAT_LABEL.finditer(text)]
    for label, flat in labels:
        sits = label.group("sits") is not None
        at = label.end()
        if sits and not flat and (heads := COLUMN_HEADS.match(text, at)) is not None:
            at = heads.end()
        members = _flat_listed(text, at) if flat else _listed(text, at)
        if len(members) < MIN_MEMBERS or (sits and any(_is_person(text[a:b]) for a, b in members)):
            continue
        council = _council(text, label)
        if council is None:
            continue
        network = named_network(ctx, council)
        for start, end in members:
            name = text[start:end]
            member = ctx.facts.entity(ids.organization_id(name), "Organization", name)
            if member != network and not ctx.facts.has_relation("MEMBER_OF", member, network):
                ctx.facts.relation("MEMBER_OF", member, network, ctx.ev(start, end))


def _listed(text: str, at: int) -> list[tuple[int, int]]:
    """Where each organisation a list or a table after a label names stands: one a bullet, or one a row of a
    table headed "Forening Repræsentant" with its representative's name cut off."""
    out: list[tuple[int, int]] = []
    head = TABLE_HEAD.match(text, at)
    if head is None:
        while (line := BULLET_LINE.match(text, at)) is not None:
            out.append((line.start("name"), line.end("name")))
            at = line.end()
        return out
    at = head.end()
    while (row := TABLE_ROW.match(text, at)) is not None:
        end = _before_person(row.group("name"))
        if end is None:
            break
        out.append((row.start("name"), row.start("name") + end))
        at = row.end()
    return out


def _flat_listed(text: str, at: int) -> list[tuple[int, int]]:
    """Where each organisation a flattened list after a label names stands: one a "•" on the label's line."""
    out: list[tuple[int, int]] = []
    while (bullet := FLAT_BULLET.match(text, at)) is not None:
        out.append((bullet.start("name"), bullet.end("name")))
        at = bullet.end()
    return out


def _is_person(name: str) -> bool:
    """A bullet that names a person, not an organisation: two to four capitalised words, the first a known first
    name ("Jens Hansen")."""
    words = name.split()
    return 2 <= len(words) <= 4 and words[0] in first_names() and all(w[:1].isupper() for w in words)


def _before_person(row: str) -> int | None:
    """Where a row's organisation ends: before a known first name that opens the row's last two or three
    words, all capitalised ("Holbæk Ålav Ole Olsen"; "… i Roskilde Fjord Kim Lund Jørgensen" ends before
    "Kim"); none when no person ends it."""
    words = list(re.finditer(r"\S+", row))
    names = first_names()
    for i in range(max(1, len(words) - 3), len(words) - 1):
        if words[i].group(0) in names and all(w.group(0)[:1].isupper() for w in words[i:]):
            return words[i - 1].end()
    return None


def _council(text: str, label: re.Match[str]) -> str | None:
    """The council the label names in full ("Vandrådet for oplandet til Køge Bugt"), else the one the text
    named last before it."""
    named = label.group("named") or label.group("seat") or label.group("sits")
    if COUNCIL_NAMED.fullmatch(named):
        return named
    before = list(COUNCIL_NAMED.finditer(text, max(0, label.start() - COUNCIL_BEFORE), label.start()))
    return before[-1].group(0) if before else None
