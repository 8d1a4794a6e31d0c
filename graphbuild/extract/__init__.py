"""The extract stage: Meeting -> DocumentFacts (entities and relations, each with evidence)."""

from graphbuild.extract.core import extract_facts, failures_of

__all__ = ["extract_facts", "failures_of"]
