"""Neo4j credentials from NEO4J_USER / NEO4J_PASSWORD, else a .env file; never from argv."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

from graphbuild.errors import UserError


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str = field(repr=False)  # never printed, not even in a traceback's repr


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines of a .env file; nothing when there is none."""
    if not path.is_file():
        return {}
    return {key: value for key, value in dotenv_values(path).items() if value is not None}


def neo4j_credentials(dotenv: Path | None = None) -> Credentials:
    """The environment wins over .env (in the working directory unless ``dotenv`` is given)."""
    file_values = read_dotenv(dotenv if dotenv is not None else Path(".env"))
    user = os.environ.get("NEO4J_USER") or file_values.get("NEO4J_USER") or "neo4j"
    password = os.environ.get("NEO4J_PASSWORD") or file_values.get("NEO4J_PASSWORD")
    if not password:
        raise UserError("set NEO4J_PASSWORD (environment or a .env file) to use --neo4j")
    return Credentials(user, password)
