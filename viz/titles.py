"""A query picture's title in words ("Adopters of KL Play: Sundhed og Social"), from the pack's
name and the names its parameters were resolved to."""

from __future__ import annotations

from collections.abc import Mapping

from graphbuild.pack_files import get_pack
from graphbuild.querypacks import PackResult

# per pack, templates tried in order: the first whose parameters were all given is used
TITLES: dict[str, list[str]] = {
    "adopters": ["Adopters of {initiative}"],
    "attendance": ["Attendance at the meetings of {body}"],
    "case": ["Case {number}"],
    "co-occurrence": ["Mentioned together with {name}"],
    "connection": ["How {a} connects to {b}"],
    "decisions": ["Decisions of {body}", "Decisions in {municipality}", "Decisions"],
    "initiative-timeline": ["Timeline of {initiative}"],
    "moves": ["People who moved between municipalities and organisations"],
    "network-members": ["Members of {network}", "Networks {municipality} belongs to"],
    "person": ["{name}: roles, bodies and meetings"],
    "role-holders": ["Holders of {role} in {organization}", "Role holders in {organization}", "Holders of {role}"],
    "search": ["Entities matching “{text}”"],
}
NOT_IN_TITLE = frozenset({"limit"})


def query_title(pack_name: str, typed: Mapping[str, str], result: PackResult) -> str:
    """The title; parameters the template does not name follow in brackets (since: 2021)."""
    values = {k: v for k, v in typed.items() if v != ""}
    for param, hits in result.resolved.items():
        if len(hits) == 1:
            values[param] = hits[0].candidate.name
    used: set[str] = set()
    title = ""
    for template in TITLES.get(pack_name, []):
        names = {part.split("}")[0] for part in template.split("{")[1:]}
        if names <= values.keys():
            title, used = template.format(**{n: values[n] for n in names}), names
            break
    if not title:
        title = get_pack(pack_name).description.rstrip(".")
    rest = [f"{k}: {v}" for k, v in sorted(values.items()) if k not in used and k not in NOT_IN_TITLE]
    return f"{title} ({', '.join(rest)})" if rest else title
