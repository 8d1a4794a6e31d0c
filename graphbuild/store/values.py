"""Engine values turned into plain Python (str, int, float, bool, list, dict, None)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

INTERNAL_KEYS = frozenset({"_ID", "_LABEL", "_SRC", "_DST"})


def plain(value: Any) -> Any:
    """Lists and maps recursively; engine node/relationship maps lose their internal ids."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items() if k not in INTERNAL_KEYS}
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)
