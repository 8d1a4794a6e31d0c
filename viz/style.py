"""Colour, shape and size per node, taken from the schema so the legend has one source."""

from __future__ import annotations

import math
from dataclasses import dataclass

from graphbuild.vocab.schema import load_schema

FALLBACK_COLOUR = "#757575"
FALLBACK_SHAPE = "dot"


@dataclass(frozen=True)
class TypeStyle:
    label: str
    colour: str
    shape: str


def type_styles() -> dict[str, TypeStyle]:
    return {label: TypeStyle(label, node.colour, node.shape) for label, node in load_schema().nodes.items()}


def style_for(label: str) -> TypeStyle:
    return type_styles().get(label, TypeStyle(label, FALLBACK_COLOUR, FALLBACK_SHAPE))


def size_for_degree(degree: int) -> float:
    """Grows with the logarithm of degree so hubs stand out without swallowing the page."""
    return round(min(42.0, 8.0 + 4.0 * math.log2(1 + max(0, degree))), 1)
