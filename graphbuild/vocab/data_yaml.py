"""The YAML files of graphbuild/data, each read and parsed once per process.

gazetteer.yaml was parsed twice (its organisations and initiatives, and its body heads), by PyYAML's pure-Python
loader: ~20 ms each time, paid again by every build worker on its first document. libyaml's loader (PyYAML's
``CSafeLoader``, built with it) gives the same objects in a tenth of the time; where PyYAML was built without it,
the pure-Python ``SafeLoader`` reads the file as before. The parsed data is shared: callers read it, never change it.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

SAFE_LOADER: type[yaml.CSafeLoader] | type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``, by libyaml's loader where PyYAML has it."""
    return yaml.load(text, Loader=SAFE_LOADER)


@cache
def data_yaml(name: str) -> Any:
    """The parsed contents of graphbuild/data/``name``, read once (shared: not to be changed by the caller)."""
    return parse_yaml(resources.files("graphbuild.data").joinpath(name).read_text(encoding="utf-8"))
