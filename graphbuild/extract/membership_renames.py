"""A network renamed in the text, found and built here: "Etableringen af det nye beredskab sker ved en
udvidelse af ejerskabet af Brand & Redning Djursland, således at Randers kommune og Favrskov kommune
indtræder i ejerskabskredsen … . Ved den lejlighed skifter beredskabet også navn til Beredskab & Sikkerhed
- Randers, Favrskov, Djursland." The body under its new name is the same body: the members the paragraph
before the renaming gives the old name are members under the new name too (the new name as written, up to
a dash, a comma or the sentence's end)."""

from __future__ import annotations

import re

from graphbuild.extract.membership_networks import BACK_REFERENCE
from graphbuild.extract.membership_prose import sentence_at
from graphbuild.extract.membership_relation import Context, named_network

# "skifter (også) navn til X", "ændrede navn til X", "omdøbes til X", "får det nye navn X"
RENAMED = re.compile(
    r"(?i:(?:skifter|skiftede|ændrer|ændrede|skifte|ændre)[ \t]+(?:[\wæøå]+[ \t]+){0,2}?navn[ \t]+til|"
    r"omdøbes[ \t]+til|omdøbt[ \t]+til|får[ \t]+det[ \t]+nye[ \t]+navn)[ \t]+[\"'«“]?"
    r"(?P<name>[A-ZÆØÅ][\wæøåÆØÅ-]*(?:[ \t]+(?:&|og|for|i)?[ \t]*[A-ZÆØÅ][\wæøåÆØÅ-]*)*)"
)
SUBJECT_REACH = 160  # how far before the verb the renamed body's subject may stand
PARAGRAPH = re.compile(r"\n[ \t]*\n")
REACH = 800  # how far before the renaming the old name's members may be stated


def add_renamed_networks(ctx: Context) -> None:
    """MEMBER_OF in the new name for each member the paragraph before a renaming gives the old one."""
    text = ctx.text
    if "navn" not in text and "omdøb" not in text:
        return
    for match in RENAMED.finditer(text):
        name = match["name"].strip()
        if len(name) < 3:
            continue
        lo = max(0, match.start() - REACH)
        breaks = list(PARAGRAPH.finditer(text, lo, match.start()))
        lo = breaks[-1].end() if breaks else lo
        stated = [
            r
            for r in ctx.facts.relations()
            if r.type == "MEMBER_OF"
            and r.evidence.item == ctx.ev(match.start(), match.end()).item
            and lo <= r.evidence.start < match.start()
        ]
        if not stated:
            continue
        # the renamed body is the network: referred back to ("beredskabet skifter navn", "skifter beredskabet
        # også navn") or named, before the new name; a committee renamed ("Teknikudvalget skifter navn til …") is no member's
        sentence = sentence_at(text, match.start(), match.end(), lo, len(text))[0]
        subject = text[max(sentence, match.start() - SUBJECT_REACH) : match.start("name")]
        targets = {r.target for r in stated}
        old_names = [e.name for e in ctx.facts.entities() if e.id in targets]
        if not BACK_REFERENCE.search(subject) and not any(n in subject for n in old_names):
            continue
        new = named_network(ctx, name)
        evidence = ctx.ev(match.start(), match.end())
        for relation in stated:
            if relation.target != new and not ctx.facts.has_relation("MEMBER_OF", relation.source, new):
                ctx.facts.relation("MEMBER_OF", relation.source, new, evidence)
