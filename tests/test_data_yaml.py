"""graphbuild/data's YAML files read by libyaml's loader: the same objects as PyYAML's pure-Python safe loader, and
each file parsed once however many readers ask (``vocab.data_yaml``)."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from graphbuild.vocab import data_yaml as module
from graphbuild.vocab.data_yaml import data_yaml, parse_yaml
from graphbuild.vocab.gazetteer import body_heads, known_entities
from graphbuild.vocab.schema import load_schema, parse_schema


@pytest.mark.parametrize("name", ["gazetteer.yaml", "schema.yaml"])
def test_the_same_objects_as_the_pure_python_safe_loader(name: str) -> None:
    text = resources.files("graphbuild.data").joinpath(name).read_text(encoding="utf-8")
    assert data_yaml(name) == yaml.load(text, Loader=yaml.SafeLoader)


def test_the_scalars_libyaml_and_pyyaml_could_read_apart_are_read_alike() -> None:
    # YAML 1.1's resolvers (booleans, numbers, null, dates) are PyYAML's in both loaders
    text = "a: yes\nb: 1_000\nc: 0o17\nd: ~\ne: 2024-01-02\nf: 1e3\ng: 'æøå'\nh: [1, 2.5, on]\n"
    assert parse_yaml(text) == yaml.load(text, Loader=yaml.SafeLoader)


def test_the_readers_build_what_they_built_from_safe_load() -> None:
    text = resources.files("graphbuild.data").joinpath("schema.yaml").read_text(encoding="utf-8")
    assert load_schema() == parse_schema(yaml.safe_load(text))
    assert known_entities() and body_heads()


def test_gazetteer_yaml_parsed_once_for_its_two_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    real = module.parse_yaml

    def counted(text: str) -> object:
        parsed.append(text[:20])
        return real(text)

    monkeypatch.setattr(module, "parse_yaml", counted)
    for cached in (data_yaml, known_entities, body_heads):
        cached.cache_clear()  # built again below, equal to what they held
    try:
        known_entities()
        body_heads()
        assert len(parsed) == 1
    finally:
        for cached in (data_yaml, known_entities, body_heads):
            cached.cache_clear()
