"""extract_facts: one Meeting -> DocumentFacts. Nothing here but the wiring: the working state
(``context.Context``) is built once, then each step in ``STEPS`` reads it and adds its facts; each
step is one module with one job."""

from __future__ import annotations

from collections.abc import Callable

from graphbuild.extract.abbreviation_aliases import add_abbreviation_aliases
from graphbuild.extract.adoptions import add_adoptions
from graphbuild.extract.agenda import add_items
from graphbuild.extract.attended import add_attendance
from graphbuild.extract.builder import trusted_all
from graphbuild.extract.context import Context
from graphbuild.extract.handling import add_handlings
from graphbuild.extract.meeting import add_meeting, iso
from graphbuild.extract.memberships import add_memberships
from graphbuild.extract.mentioned import add_mentions
from graphbuild.extract.ownership import add_ownership
from graphbuild.extract.roles import add_roles
from graphbuild.models import DocumentFacts, Meeting
from graphbuild.parse import PARSE_FAILED

# In order: the meeting step infers the municipality and the body the later steps read.
STEPS: tuple[tuple[str, Callable[[Context], None]], ...] = (
    ("meeting", add_meeting),
    ("items", add_items),
    ("handling", add_handlings),
    ("mentions", add_mentions),
    ("roles", add_roles),
    ("attendance", add_attendance),
    ("adoptions", add_adoptions),
    ("membership", add_memberships),
    ("ownership", add_ownership),
    ("abbreviation aliases", lambda ctx: add_abbreviation_aliases(ctx.text, ctx.facts)),
)


STEP_FAILED = "extract"  # the note of a step that raised: "extract roles: KeyError: ..."


def failures_of(errors: list[str]) -> list[str]:
    """The notes that say the code failed on a document (a parse or an extraction step raised), as
    opposed to notes on the document itself ("no agenda items found"): the build reports these."""
    return [note for note in errors if note.startswith((PARSE_FAILED + ":", STEP_FAILED + ":", STEP_FAILED + " "))]


def extract_facts(meeting: Meeting) -> DocumentFacts:
    """Never raises: a failure becomes an entry in ``errors`` and the facts found so far are kept."""
    try:
        ctx = Context(meeting)
    except Exception as error:  # the contract: report, never raise
        return _facts(meeting, None, [f"{STEP_FAILED}: {type(error).__name__}: {error}"])
    for name, step in STEPS:
        try:
            step(ctx)
        except Exception as error:  # one bad step must not lose the rest of the document
            ctx.errors.append(f"{STEP_FAILED} {name}: {type(error).__name__}: {error}")
    return _facts(meeting, ctx, ctx.errors)


def _facts(meeting: Meeting, ctx: Context | None, errors: list[str]) -> DocumentFacts:
    """The document's facts, built without a second validation: every part is a model already checked
    where it was made (the parsed meeting, the items, the builder's schema-checked entities and relations)."""
    source = meeting.source
    return trusted_all(
        DocumentFacts,
        {
            "source": source.name,
            "sha256": source.sha256,
            "format": source.format,
            "kind": meeting.kind,
            "body": meeting.body,
            "municipality": ctx.municipality if ctx else meeting.municipality,
            "start": iso(meeting.start),
            "end": iso(meeting.end),
            "location": meeting.location,
            "items": list(ctx.items) if ctx else [],
            "attendance": list(ctx.attendance) if ctx else [],
            "entities": ctx.facts.entities() if ctx else [],
            "relations": ctx.facts.relations() if ctx else [],
            "errors": [*meeting.errors, *errors],
        },
    )
