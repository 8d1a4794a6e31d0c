"""Where things live: the store a command works on and the extraction cache beside it."""

from __future__ import annotations

import os
from pathlib import Path

from graphbuild.errors import UserError
from graphbuild.store.base import StoreTarget

DEFAULT_HOME = Path(".kommunegraf")
NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def default_store_dir() -> Path:
    """$KOMMUNEGRAF_STORE, else ./.kommunegraf/store in the working directory."""
    configured = os.environ.get("KOMMUNEGRAF_STORE", "")
    return Path(configured) if configured else Path(DEFAULT_HOME, "store")


def resolve_target(store: Path | None, neo4j: str | None) -> StoreTarget:
    if store is not None and neo4j is not None:
        raise UserError("give either --store DIR or --neo4j URI, not both")
    if neo4j is not None:
        return StoreTarget(neo4j_uri=checked_neo4j_uri(neo4j))
    return StoreTarget(store_dir=store if store is not None else default_store_dir())


def checked_neo4j_uri(uri: str) -> str:
    """A Bolt URI without credentials. Errors never echo the URI: it may hold a password."""
    scheme, sep, rest = uri.partition("://")
    if not sep or scheme not in NEO4J_SCHEMES:
        raise UserError(f"--neo4j expects a URI such as bolt://localhost:7687 (schemes: {', '.join(NEO4J_SCHEMES)})")
    if "@" in rest.split("/", 1)[0]:
        raise UserError(
            "--neo4j URI must not contain a user or password: set NEO4J_USER and NEO4J_PASSWORD "
            "(or put them in a .env file) instead"
        )
    return uri


def cache_dir_for(target: StoreTarget) -> Path:
    """The extraction cache sits beside an embedded store, or in ./.kommunegraf for Neo4j."""
    if target.store_dir is not None:
        return target.store_dir / "extraction-cache"
    return DEFAULT_HOME / "extraction-cache"
