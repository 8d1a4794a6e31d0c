"""A pack's Cypher text: its statements (separated by ``// otherwise`` lines) and the columns they
return, the parameters a statement uses where LadybugDB needs a value written into the text
(``LIMIT $NAME``, ``:$NAME_label``), those values written in, and Neo4j's rows collected into one
record. Only values checked here (ints, labels a pack's header allows) ever reach the text."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from graphbuild.pack_model import Resolve


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//")).strip()


_OTHERWISE = re.compile(r"^\s*//\s*otherwise\b.*$", flags=re.MULTILINE)


def statements_of(text: str) -> tuple[str, ...]:
    """A pack text's statements: one, or several separated by ``// otherwise`` lines (each tried
    when the ones before it returned no rows)."""
    return tuple(part for part in (_strip_comments(piece) for piece in _OTHERWISE.split(text)) if part)


_LIMIT_PARAM = re.compile(r"\bLIMIT\s+\$([A-Za-z_]\w*)\b", flags=re.IGNORECASE)


def limit_params(cypher: str) -> set[str]:
    return set(_LIMIT_PARAM.findall(cypher))


_LABEL_PARAM = re.compile(r":\$([A-Za-z_]\w*)_label\b")
_LABEL_NAME = re.compile(r"[A-Z][A-Za-z]*")


def label_params(cypher: str) -> set[str]:
    return set(_LABEL_PARAM.findall(cypher))


def labels_written(cypher: str, params: Mapping[str, Any], resolves: Sequence[Resolve]) -> str:
    """The statement with each ``(x:$NAME_label)`` holding the label of the node NAME resolved to
    (for LadybugDB, where a pattern over several labels reads each of their tables: connection's
    one-step statement 3.3 -> 1.8 ms CPU, its two-step one 10 -> 6 ms). The label is the resolved
    candidate's, checked here against the labels the pack's header lets NAME resolve to: never
    user text."""
    allowed = {r.param: r.labels for r in resolves if r.mode == "one"}

    def value(match: re.Match[str]) -> str:
        label = params.get(f"{match[1]}_label")
        if label not in allowed.get(match[1], ()) or not _LABEL_NAME.fullmatch(str(label)):
            raise TypeError(f"${match[1]}_label must be a label {match[1]} resolves to, got {label!r}")
        return f":{label}"

    return _LABEL_PARAM.sub(value, cypher)


def limits_written(cypher: str, params: Mapping[str, Any]) -> str:
    """The statement with each ``LIMIT $NAME`` holding its int value (for LadybugDB, which plans a
    parameterised LIMIT anew on every run). The values are ints, checked here again."""

    def value(match: re.Match[str]) -> str:
        number = params[match[1]]
        if number.__class__ is not int or number < 0:
            raise TypeError(f"LIMIT ${match[1]} must be a whole number, got {number!r}")
        return f"LIMIT {number}"

    return _LIMIT_PARAM.sub(value, cypher)


def collected(cypher: str, columns: Sequence[str]) -> str:
    """The statement's rows as one list in one record (for Neo4j, whose Python driver spends about
    15 µs on each record it decodes and little on a list: 741 rows of initiative-timeline, 15 -> 2 ms
    of client CPU). Only for packs whose rows are put in order here, so the order inside is free."""
    cells = ", ".join(f"`{column}`" for column in columns)
    return f"CALL () {{\n{cypher}\n}}\nRETURN collect([{cells}]) AS rows"


_RETURN = re.compile(r"\bRETURN\b", re.IGNORECASE)
_AFTER_RETURN = re.compile(r"\b(?:ORDER\s+BY|SKIP|LIMIT)\b", re.IGNORECASE)
_COLUMN_NAME = re.compile(r"\bAS\s+(\w+)", re.IGNORECASE)


def return_columns(cypher: str) -> tuple[str, ...]:
    """The aliases of the last RETURN clause: every pack names its columns with AS."""
    last_return = list(_RETURN.finditer(cypher))[-1]
    tail = cypher[last_return.end() :]
    tail = _AFTER_RETURN.split(tail, maxsplit=1)[0]
    return tuple(_COLUMN_NAME.findall(tail))
