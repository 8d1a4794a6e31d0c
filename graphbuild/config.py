"""Where things live: the store a command works on and the extraction cache beside it."""

from __future__ import annotations

import os
from pathlib import Path

from graphbuild.errors import UserError
from graphbuild.store.base import StoreTarget

DEFAULT_HOME = Path(".kommunegraf")


def default_store_dir() -> Path:
    """$KOMMUNEGRAF_STORE, else ./.kommunegraf/store in the working directory."""
    configured = os.environ.get("KOMMUNEGRAF_STORE", "")
    return Path(configured) if configured else Path(DEFAULT_HOME, "store")


def resolve_target(store: Path | None, neo4j: str | None) -> StoreTarget:
    if store is not None and neo4j is not None:
        raise UserError("give either --store DIR or --neo4j URI, not both")
    if neo4j is not None:
        if not neo4j.startswith(("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")):
            raise UserError(f"--neo4j expects a bolt:// or neo4j:// URI, got {neo4j!r}")
        return StoreTarget(neo4j_uri=neo4j)
    return StoreTarget(store_dir=store if store is not None else default_store_dir())


def cache_dir_for(target: StoreTarget) -> Path:
    """The extraction cache sits beside an embedded store, or in ./.kommunegraf for Neo4j."""
    if target.store_dir is not None:
        return target.store_dir / "extraction-cache"
    return DEFAULT_HOME / "extraction-cache"
