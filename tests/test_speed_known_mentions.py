"""``roles.add_roles`` adds the networks named by their form that the mention readers did not find, asking a set of the
document's mentions instead of walking the list for each network (a web site's pages joined: thousands of mentions,
dozens of networks). The set finds exactly what the list's ``in`` found: a ``Mention`` is a frozen dataclass, its hash
read from the same fields its equality compares."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from graphbuild.extract.mention_record import Mention
from graphbuild.extract.role_chairs import network_mentions

# a page of a network's own site, a dev-write document's wording (tests/test_roles_realworld_forms.py reads its kind)
PAGE = (
    "Business Region Aarhus er et erhvervssamarbejde mellem 12 kommuner i Østjylland.\n\n"
    "Borgmester Jacob Bundsgaard er formand for bestyrelsen for Business Region Aarhus."
)


def test_the_set_finds_what_the_list_found() -> None:
    mentions = network_mentions(PAGE, [])
    assert mentions, "the page names a network by its form"
    listed = [Mention(0, 5, "org:x", "Organization", "X", "network"), *mentions]
    known = set(listed)
    for m in mentions:
        same = replace(m)  # an equal mention, another object
        assert (same in known) == (same in listed) is True
    # guard: a mention that differs in any one field is in neither
    for field in fields(Mention):
        value = getattr(mentions[0], field.name)
        changed: dict[str, Any] = {field.name: value + 1 if isinstance(value, int) else f"{value}?"}
        other = replace(mentions[0], **changed)
        assert (other in known) == (other in listed) is False, field.name
