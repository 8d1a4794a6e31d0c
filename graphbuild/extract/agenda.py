"""The agenda step: each item as an AgendaItem (title, outcome, this meeting's decision, case numbers,
amounts) with HAS_ITEM from the meeting, CONCERNS its cases and CITES the laws it names."""

from __future__ import annotations

import re

from graphbuild.extract.amounts import find_amounts
from graphbuild.extract.builder import trusted_all
from graphbuild.extract.context import Context
from graphbuild.extract.laws import find_laws
from graphbuild.extract.outcome_ad_paragraphs import ad_paragraphs
from graphbuild.extract.outcome_closed_marks import closed_mark
from graphbuild.extract.outcome_contents_only import contents_only_outcome
from graphbuild.extract.outcome_decision import decision_of, this_meeting
from graphbuild.extract.outcome_meeting import ThisMeeting, this_meeting_of
from graphbuild.extract.outcomes import outcome_of
from graphbuild.extract.page_furniture import without_page_furniture
from graphbuild.models import AgendaItem, ItemFacts, Outcome
from graphbuild.vocab import ids
from graphbuild.vocab.case_numbers import first_case_number_span, parse_case_number
from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES

# the blanks after the heading's words read once ("\s*(?::\s*)?", not two runs side by side "\s*:?\s*", which read a
# line of blanks after "Beslutning" in quadratic time); the same matches
DECISION_HEADING = re.compile(r"^(?:Beslutning|[A-ZÆØÅ][\wæøå-]*s\s+møde\s+den\s+[^\n]*?)\s*(?::\s*)?$", re.MULTILINE)
PROPOSAL_SENTENCE = re.compile(r"(?:Det\s+indstilles|[\w-]+\s+indstiller)[^\n]*", re.IGNORECASE)
# the word every match of PROPOSAL_SENTENCE holds: an item without it (in any case) is not searched with the pattern,
# which is tried at every place; the letters the case-blind pattern also reads as "i" or "s" and lower-casing does not
# turn into them leave it searched
_PROPOSAL_WORD = "indstille"
# a word every match of DECISION_HEADING holds (it is case-bound): an item without one is not searched with it
_DECISION_HEADING_WORDS = ("Beslutning", "møde")
# the attachments or the case text after a decision, each heading a paragraph of its own; "stop" is the first line
# break of the blanks before it, read once from where the blanks start (from each of their line breaks, a run of blank
# lines was read to its end in quadratic time)
_ATTACHMENTS_OR_CASE = re.compile(r"(?<!\s)[^\S\n]*(?P<stop>\n\s*\n(?:Bilag|Sagsfremstilling)\s*\n)")


def add_items(ctx: Context) -> None:
    meeting_id = ids.meeting_id(ctx.doc)
    is_agenda = ctx.meeting.kind == "dagsorden"
    out: list[ItemFacts] = []  # reported only when every item is read, as the facts of a whole step
    outcomes: dict[str, Outcome] = {}
    meeting = this_meeting_of(ctx.meeting)  # parse's day and body of the meeting, whose decisions are read
    ordered = sorted(ctx.meeting.items, key=lambda i: i.start)
    # minutes that list the agenda, then a paragraph per item ("Ad. 1. …"): each paragraph is its item's narrative
    paragraphs, first_paragraph = ({}, -1) if is_agenda else ad_paragraphs(ctx.text, ordered)
    for index, item in enumerate(ordered):
        decision, decision_start = _decision(ctx, item, is_agenda, meeting)
        item_text = ctx.text[item.start : item.end]
        headed = item.section("beslutning") is not None
        if first_paragraph >= 0 and (index in paragraphs or decision_start >= first_paragraph):
            # the item's own paragraph, or none: the paragraphs the last listed item's text runs on over are not its
            decision, headed = (paragraphs[index][0] if index in paragraphs else None), False
        # an item of minutes with no decision shown, marked closed where parse read no mark (listed under "Lukkede
        # sager", "… (FOR LUKKEDE DØRE)"): closed, as an item marked "(Lukket)" is
        withheld = not is_agenda and item.public and not (decision or "").strip()
        public = item.public and not (withheld and closed_mark(ctx.text, item.start, item.title))
        outcome: Outcome = outcome_of(item.title, public, decision, is_agenda, item_text, headed=headed)
        if item.from_contents:
            # its text is not in the document: no decision of it is shown, only what its contents entry marks
            outcome, decision = contents_only_outcome(outcome), None
        key = ctx.item_key(item)
        outcomes[key] = outcome
        item_id = ctx.facts.entity(
            ids.item_id(ctx.doc, key),
            "AgendaItem",
            ids.item_name(item.number, item.title, item.case_numbers),
            number=item.number,
            title=item.title,
            public=item.public,
            outcome=outcome,
            decision=decision,
            case_numbers=list(item.case_numbers),
            doc=ids.document_id(ctx.doc),
        )
        title_at = item_text.find(item.title) if item.title else -1
        title_ev = ctx.line_ev(item.start + max(0, title_at))
        ctx.facts.relation("HAS_ITEM", meeting_id, item_id, title_ev)
        _cases(ctx, item, item_id)
        for law in find_laws(ctx.text, item.start, item.end):
            law_id = ctx.facts.entity(ids.law_id(law.name), "Law", law.name, paragraph=law.paragraph)
            ctx.facts.relation("CITES", item_id, law_id, ctx.ev(law.start, law.end))
        # every value is of its field's type already (the parsed item's, the rules' own): no validation
        out.append(
            trusted_all(
                ItemFacts,
                {
                    "number": item.number,
                    "title": item.title,
                    "public": item.public,
                    "case_numbers": list(item.case_numbers),
                    "outcome": outcome,
                    "decision": decision,
                    "amounts_dkk": find_amounts(item_text),
                    "from_contents": item.from_contents,
                },
            )
        )
    ctx.items.extend(out)
    ctx.item_outcomes.update(outcomes)


def _decision(ctx: Context, item: AgendaItem, is_agenda: bool, meeting: ThisMeeting) -> tuple[str | None, int]:
    text = ctx.text
    if is_agenda:
        proposed = ctx.index.lower.find(_PROPOSAL_WORD, item.start, item.end) >= 0 or any(
            ch in text for ch in CASE_BLIND_LOOKALIKES
        )
        match = PROPOSAL_SENTENCE.search(text, item.start, item.end) if proposed else None
        return (match.group(0).strip(" *"), match.start()) if match else (None, -1)
    if item.section("beslutning") is not None or not item.from_contents:
        decision, start = decision_of(item, text, meeting)  # this meeting's, not an earlier body's
        if decision is not None:
            return decision, start
    headed = any(text.find(word, item.start, item.end) >= 0 for word in _DECISION_HEADING_WORDS)
    headings = list(DECISION_HEADING.finditer(text, item.start, item.end)) if headed else []
    if not headings:
        return None, -1
    start = headings[-1].end()
    body = without_page_furniture(text[start : item.end]).strip()  # "Beslutning" over a page break: "Side 5 af 12"
    stop = _ATTACHMENTS_OR_CASE.search("\n" + body + "\n")
    if stop:
        body = body[: max(0, stop.start("stop") - 1)].strip()
    # an empty decision heading over an earlier body's dated decision ("Beslutning" / "Teknik- og Miljøudvalget den 24.
    # september 2019: Anbefales"): that decision is not this meeting's
    body = this_meeting(body, meeting)
    return (body or None), start


def _cases(ctx: Context, item: AgendaItem, item_id: str) -> None:
    if not item.case_numbers:
        return
    item_text = ctx.text[item.start : item.end]
    for raw in item.case_numbers:
        case = parse_case_number(raw, item.journal_number)
        case_id = ctx.facts.entity(
            ids.case_id(case.number),
            "Case",
            case.number,
            number=case.number,
            scheme=case.scheme,
            kle=case.kle,
            facet=case.facet,
            municipality_code=case.municipality_code,
        )
        span = first_case_number_span(item_text, raw)  # parse found the number: only its places are read
        ev = ctx.ev(item.start + span[0], item.start + span[1]) if span else ctx.line_ev(item.start)
        ctx.facts.relation("CONCERNS", item_id, case_id, ev)
