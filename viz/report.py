"""What a render call tells its caller: where the page went and what it holds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class VizReport:
    path: Path
    node_count: int  # nodes drawn on the page
    edge_count: int  # edges drawn on the page
    reduced: bool  # True when the page shows less than the graph it was given
    note: str  # one line for the user; also printed on the page when reduced
