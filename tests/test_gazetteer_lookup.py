"""A whole name's known entity (vocab/gazetteer.lookup_alias) is looked up among the aliases whose words the name's
words are: the answer is the one trying every alias's pattern in the gazetteer's order gives."""

from __future__ import annotations

import random

from graphbuild.vocab.gazetteer import KnownEntity, compiled_aliases, known_entities, lookup_alias


def _every_alias(name: str) -> KnownEntity | None:
    """The first alias (in the gazetteer's order) whose pattern matches the whole name."""
    return next((entity for pattern, entity in compiled_aliases() if pattern.fullmatch(name.strip())), None)


ALIASES = [alias for entity in known_entities() for alias in entity.aliases]


def test_names_as_printed() -> None:
    assert lookup_alias("Kommunernes Landsforening").id == "organization:kl"  # type: ignore[union-attr]
    assert lookup_alias("KKR-Sjælland").id == "organization:kkr-sjaelland"  # type: ignore[union-attr]
    assert lookup_alias("KKR  Sjælland").id == "organization:kkr-sjaelland"  # type: ignore[union-attr]
    assert lookup_alias("KL's").id == "organization:kl"  # type: ignore[union-attr]
    assert lookup_alias(" Kommunernes Landsforenings ").id == "organization:kl"  # type: ignore[union-attr]
    assert lookup_alias("kommunekontaktrådet").id == "organization:kkr"  # type: ignore[union-attr]


def test_near_misses() -> None:
    assert lookup_alias("KL-") is None  # a hyphen after the alias is no word break before another word
    assert lookup_alias("Kommunernes Landsforeningen") is None  # no such ending
    assert lookup_alias("kl") is None  # an alias in capitals is matched in capitals only
    assert lookup_alias("KKR Sjælland Syd") is None  # a longer name


def test_every_variant_as_every_alias_tried() -> None:
    """Each alias in other cases, spacings and endings, and with characters re.IGNORECASE reads as other letters
    ("ı" as "i", the Kelvin sign as "k", "ſ" as "s", the micro sign as "μ")."""
    names = []
    for alias in ALIASES:
        names += [alias, alias.lower(), alias.upper(), alias.title(), f" {alias} ", alias.replace(" ", "-")]
        names += [alias + ending for ending in ("s", "S", "'s", "'S", "'erne", "'ERNE", "x", "-")]
        names += [alias.replace("i", "ı"), alias.replace("k", "\u212a"), alias.replace("s", "ſ"), alias[:-1]]
    rng = random.Random(7)
    for _ in range(3000):
        chars = list(rng.choice(ALIASES))
        for _ in range(rng.randint(1, 3)):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(" -sS'ıİſKkæÆ\u00b5\u03bc"))
        names.append("".join(chars))
    assert [lookup_alias(name) for name in names] == [_every_alias(name) for name in names]
