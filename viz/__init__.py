"""HTML visualizations of the kommunegraf graph (imported as kommunegraf_viz).

Each render_* call writes one self-contained HTML page (vis-network inlined, no network access)
and returns a VizReport.
"""

from .answer import render_query
from .report import VizReport
from .views import render_diffusion, render_ego, render_membership, render_overview

__all__ = [
    "VizReport",
    "render_diffusion",
    "render_ego",
    "render_membership",
    "render_overview",
    "render_query",
]
