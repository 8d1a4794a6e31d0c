"""Opens the right engine for a store target. It lives apart from `base`, which both engines
import, so no engine module imports a module that imports it back."""

from __future__ import annotations

from graphbuild.store.base import GraphStore, StoreTarget
from graphbuild.store.credentials import neo4j_credentials
from graphbuild.store.ladybug import LadybugStore


def open_store(target: StoreTarget, *, read_only: bool = True) -> GraphStore:
    """Open the store at ``target``. Raises UserError/StoreError with one line a user can act on."""
    if target.neo4j_uri is not None:
        from graphbuild.store.neo4j import Neo4jStore  # the driver's import is slow: only when it is used

        return Neo4jStore(target.neo4j_uri, neo4j_credentials(), database=target.neo4j_database)
    assert target.store_dir is not None
    return LadybugStore(target.store_dir, read_only=read_only)
