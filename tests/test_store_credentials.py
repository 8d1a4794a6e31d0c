"""Neo4j credentials come from the environment or a .env file, and the password never shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.errors import UserError
from graphbuild.store.credentials import neo4j_credentials


def test_the_environment_wins_over_the_dotenv_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text("NEO4J_USER=fil\nNEO4J_PASSWORD='fra fil'\n", encoding="utf-8")
    monkeypatch.setenv("NEO4J_USER", "miljø")
    monkeypatch.setenv("NEO4J_PASSWORD", "hemmelig-fra-miljø")
    credentials = neo4j_credentials(dotenv)
    assert (credentials.user, credentials.password) == ("miljø", "hemmelig-fra-miljø")


def test_a_dotenv_file_is_read_when_the_environment_is_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_USER", raising=False)
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    dotenv = tmp_path / ".env"
    dotenv.write_text('# kommentar\nexport NEO4J_PASSWORD="fra fil"\n', encoding="utf-8")
    credentials = neo4j_credentials(dotenv)
    assert (credentials.user, credentials.password) == ("neo4j", "fra fil")
    assert "fra fil" not in repr(credentials)


def test_no_password_anywhere_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    with pytest.raises(UserError, match="NEO4J_PASSWORD"):
        neo4j_credentials(tmp_path / "missing.env")
