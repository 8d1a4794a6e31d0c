"""The municipality names tried at a place, looked up by the place's first letters, are every name that can start
there, in the order the whole list tries them."""

from __future__ import annotations

from graphbuild.extract.mention_known import _municipality_names, _municipality_names_by_head


def test_each_name_is_tried_where_it_starts_in_the_whole_lists_order() -> None:
    names = _municipality_names()
    by_head, head = _municipality_names_by_head()
    assert all(len(name) >= head for name in names)
    for name in names:
        group = by_head[name[:head]]
        assert list(group) == [other for other in names if other.startswith(name[:head])]
