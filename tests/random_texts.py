"""Random texts built from a pattern's own pieces: the pattern-rewrite tests compare a pattern's old and new forms
on them (the same seed gives the same texts, so a failure repeats)."""

import random
from collections.abc import Iterator, Sequence


def random_texts(pieces: Sequence[str], *, seed: int, count: int, most: int) -> Iterator[str]:
    """``count`` texts, each of 0 to ``most`` pieces drawn from ``pieces``."""
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))
