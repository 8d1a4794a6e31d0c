"""Fixtures for ../shared (seeds, gold) and the project's examples.

Outside CI a missing ../shared skips with a reason; in CI (CI=true) it is a failure.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KOMMUNEGRAF_SHARED", REPO.parent / "shared"))
EXAMPLES = REPO / "examples"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require(condition: bool, reason: str) -> None:
    """Skip outside CI, fail in CI: a missing service or data set is a failure there."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    require((SHARED / "seeds").is_dir(), f"../shared not found at {SHARED} (set KOMMUNEGRAF_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "seeds"


@pytest.fixture(scope="session")
def gold(shared_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
