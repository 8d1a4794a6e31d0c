"""A pack's parameters as the user typed them (``key=value``) checked against its header and given
their types: ints, dates (YYYY-MM-DD or a prefix), choices; a missing one its default; a user error
naming what the pack expects otherwise."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from graphbuild.errors import UserError
from graphbuild.pack_model import Pack, PackParam

_DATE_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _coerce(pack: Pack, param: PackParam, raw: str) -> str | int:
    def bad(what: str) -> UserError:
        return UserError(f"{pack.name}: parameter {param.name} {what}; expected: {pack.expected()}")

    value = raw.strip()
    if param.type == "int":
        try:
            number = int(value)
        except ValueError:
            raise bad(f"must be a whole number, got {raw!r}") from None
        if number < 0:
            raise bad(f"must not be negative, got {number}")
        return number
    if param.type == "date":
        if value and not _DATE_PREFIX.match(value):
            raise bad(f"must be a date like 2021-02-22 (or 2021, 2021-02), got {raw!r}")
        if len(value) >= 7:  # a month prefix too: "2022-13" is no month of any year
            try:
                date.fromisoformat(value if len(value) == 10 else f"{value}-01")
            except ValueError:
                raise bad(f"is not a real date: {raw!r}") from None
        return value
    if param.type == "choice" and value and value not in param.choices:
        raise bad(f"must be one of {'|'.join(param.choices)}, got {raw!r}")
    return value


def bind_params(pack: Pack, raw_params: Mapping[str, str]) -> dict[str, str | int]:
    """Check the user's key=value pairs against the pack's header and give them their types."""
    unknown = sorted(set(raw_params) - {p.name for p in pack.params})
    if unknown:
        raise UserError(f"{pack.name}: unknown parameter {', '.join(unknown)}; expected: {pack.expected()}")
    bound: dict[str, str | int] = {}
    for param in pack.params:
        given = raw_params.get(param.name)
        if given is None or given.strip() == "":
            if param.required:
                raise UserError(f"{pack.name}: missing parameter {param.name}; expected: {pack.expected()}")
            given = param.default or ""
        bound[param.name] = _coerce(pack, param, given)
    if pack.one_of and not any(bound.get(name) not in ("", None) for name in pack.one_of):
        raise UserError(f"{pack.name}: give at least one of {', '.join(pack.one_of)}; expected: {pack.expected()}")
    return bound
