"""The meeting's own municipality when no header says it: case-number prefixes (326- is Kalundborg),
self-references ("vores kommune", "i X Kommune" in a municipal body's minutes), e-mail domains."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from graphbuild.extract.mentions import Mention
from graphbuild.models import Meeting, MunicipalityRef
from graphbuild.vocab.case_numbers import MUNICIPAL_RE
from graphbuild.vocab.reference import municipality_by_code, municipality_by_name

SELF_REFERENCE = re.compile(r"\b(?:vores|vi|os|vor)\b", re.IGNORECASE)
EMAIL_DOMAIN = re.compile(r"@([a-z0-9-]+)\.dk\b")


@dataclass(frozen=True)
class Inferred:
    ref: MunicipalityRef
    how: str  # header, case-number, header-mention, self-reference, dominant-mention, e-mail


def _ref(code: str) -> MunicipalityRef:
    info = municipality_by_code()[code]
    return MunicipalityRef(name=info.name, code=code)


def infer_municipality(meeting: Meeting, mentions: list[Mention], body_is_network: bool) -> Inferred | None:
    if meeting.municipality is not None:
        return Inferred(meeting.municipality, "header")
    text = meeting.source.text
    codes = Counter(m.group(1).zfill(4) for m in MUNICIPAL_RE.finditer(text))
    for item in meeting.items:
        for number in item.case_numbers:
            match = MUNICIPAL_RE.fullmatch(number.strip())
            if match:
                codes[match.group(1).zfill(4)] += 1
    known = [(count, code) for code, count in codes.items() if code in municipality_by_code()]
    if known:
        return Inferred(_ref(max(known, key=lambda c: (c[0], c[1]))[1]), "case-number")
    if body_is_network:
        return None  # a cross-municipal body speaks for no single municipality
    municipal = [m for m in mentions if m.type == "Municipality" and m.code]
    header_end = min([400, *(item.start for item in meeting.items)])
    in_header = [m for m in municipal if m.end <= header_end and "ommune" in text[m.start : m.end]]
    if in_header:
        return Inferred(_ref(in_header[0].code or ""), "header-mention")
    self_refs: Counter[str] = Counter()
    for m in municipal:
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if SELF_REFERENCE.search(line) or re.search(r"\bkommunens?\b", line, re.IGNORECASE):
            self_refs[m.code or ""] += 1
    if self_refs:
        best = max(self_refs.items(), key=lambda kv: (kv[1], kv[0]))
        return Inferred(_ref(best[0]), "self-reference")
    counts = Counter(m.code for m in municipal if m.code)
    if counts:
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return Inferred(_ref(ranked[0][0]), "dominant-mention")
    domains = Counter(d for d in EMAIL_DOMAIN.findall(text) if d.replace("-", " ") in municipality_by_name())
    if domains:
        name = max(domains.items(), key=lambda kv: (kv[1], kv[0]))[0].replace("-", " ")
        return Inferred(_ref(municipality_by_name()[name].code), "e-mail")
    return None
