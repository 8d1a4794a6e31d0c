"""The query packs' plain data: a pack as its file's header describes it (`Pack`, its parameters and
the names it resolves), and the part of a store that packs need (`QueryStore`). graphbuild.pack_files
reads the files into it; graphbuild.querypacks runs it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol


class QueryStore(Protocol):
    """The part of graphbuild.store's GraphStore that packs need."""

    engine: str

    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, timeout_s: float | None = None
    ) -> list[dict[str, Any]]: ...

    def explain_is_read_only(self, cypher: str) -> bool: ...


@dataclass(frozen=True)
class PackParam:
    name: str
    type: str
    required: bool
    default: str | None
    help: str
    choices: tuple[str, ...] = ()

    def type_text(self) -> str:
        return f"choice({'|'.join(self.choices)})" if self.type == "choice" else self.type

    def signature(self) -> str:
        if self.required:
            return f"{self.name}: {self.type_text()} (required)"
        return f"{self.name}: {self.type_text()} = {self.default or ''}".rstrip(" =")

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type_text(),
            "required": self.required,
            "default": self.default,
            "help": self.help,
        }


@dataclass(frozen=True)
class Resolve:
    param: str
    labels: tuple[str, ...]
    mode: Literal["one", "all"] = "one"


@dataclass(frozen=True)
class Pack:
    name: str
    description: str
    params: tuple[PackParam, ...]
    example: str
    texts: Mapping[str, tuple[str, ...]]  # engine -> its Cypher statements, tried in order
    resolves: tuple[Resolve, ...] = ()
    one_of: tuple[str, ...] = ()
    start_from_quieter: tuple[str, ...] = ()
    order: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()

    def statements_for(self, engine: str) -> tuple[str, ...]:
        """The engine's statements, tried in order: the first that returns rows answers."""
        return self.texts.get(engine, self.texts["neo4j"])

    def cypher_for(self, engine: str) -> str:
        """The engine's whole text (its statements one after another), for reading, not running."""
        return "\n".join(self.statements_for(engine))

    def param(self, name: str) -> PackParam | None:
        return next((p for p in self.params if p.name == name), None)

    def expected(self) -> str:
        return ", ".join(p.signature() for p in self.params) or "no parameters"

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "params": [p.to_json_dict() for p in self.params],
            "example": self.example,
            "columns": list(self.columns),
        }
