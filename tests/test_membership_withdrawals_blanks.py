"""membership_withdrawals' cues that open with blanks ("… Kommunes udtræden af", "… Kommune træder ud af") start
where their blanks do: a long run of blanks is read once, not to its end from each of its blanks (quadratic time:
extract 0.9 s at 5,000 characters, 10 s at 20,000 on "Lejre Kommune udtræder af" + blanks); the same cues found."""

import random
import re
from pathlib import Path

from graphbuild.extract.membership_withdrawals import LEAVES_AFTER, WITHDRAWAL
from tests.text_facts import member_pairs_of_text

GUARD = "(?<![ \\t])"


def _old(pattern: re.Pattern[str]) -> re.Pattern[str]:
    assert pattern.pattern.startswith(GUARD)
    return re.compile(pattern.pattern[len(GUARD) :], pattern.flags)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_cues_are_found_as_before() -> None:
    texts = [
        "Sønderborg kommunes ansøgning om udtrædelse af trafikselskabet Sydtrafik",
        "Københavns og Frederiksberg Kommuners  \t udtræden af Strandparken I/S",
        "X Kommune ønsker at udtræde af Y, og Lejre   Kommune vil melde sig ud af Z",
    ]
    for text in texts:
        for pattern in (WITHDRAWAL, LEAVES_AFTER):
            assert _spans(pattern, text) == _spans(_old(pattern), text)
    assert _spans(WITHDRAWAL, texts[1])[0][0] == texts[1].index("  \t") - len(" Kommuners")


def test_the_cues_are_found_as_before_on_random_texts() -> None:
    pieces = [" ", "\t", "  ", "\n", "Kommune", "kommunes", "Kommuners", "udtræden", "af", "fra", "ønsker", "at"]
    pieces += ["udtræde", "træder", "ud", "x", "om", "ansøgning"]
    rng = random.Random(21)
    for pattern in (WITHDRAWAL, LEAVES_AFTER):
        old = _old(pattern)
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
            assert _spans(pattern, text) == _spans(old, text), text


def test_a_long_run_of_blanks_is_read_in_linear_time() -> None:
    # the near miss: blanks before "udtræder af" with no "Kommune" after them
    text = "Lejre udtræder af" + " " * 40000 + "samarbejdet."
    assert _spans(WITHDRAWAL, text) == [] and _spans(LEAVES_AFTER, text) == []


def test_a_withdrawal_beside_a_long_run_of_blanks_is_read(tmp_path: Path) -> None:
    sentence = "Vedrørende Københavns og Frederiksberg Kommuners udtræden af Strandparken I/S"
    (tmp_path / "plain").mkdir()
    (tmp_path / "blanks").mkdir()
    plain = member_pairs_of_text(tmp_path / "plain", sentence)
    assert len(plain) == 2
    assert member_pairs_of_text(tmp_path / "blanks", sentence + "\n\nBilag" + " \t" * 5000 + "1.") == plain
