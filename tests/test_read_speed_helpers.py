"""The speed cuts of reading and of the header's names find what the plain passes they replace find
(issue 13 item 7): redaction tried only where a secret can start, the binary test counted in C, former
municipalities looked for only around their words, body heads picked by one automaton pass."""

from __future__ import annotations

import importlib
import random
import re

from fixtures_shared import EXAMPLES

from graphbuild.parse import former_municipalities as former
from graphbuild.parse.body_names import _heads_present, body_phrases
from graphbuild.parse.dates import find_dates
from graphbuild.sources import _looks_binary
from graphbuild.vocab.gazetteer import body_heads
from graphbuild.vocab.near import finditer_in_windows

redaction = importlib.import_module("graphbuild.sources.redact")  # the package's redact() hides the module


def _example_lines() -> list[str]:
    paths = sorted(EXAMPLES.rglob("*.md")) + sorted(EXAMPLES.rglob("*.txt"))
    return [line for path in paths for line in path.read_text(encoding="utf-8").splitlines()]


def _plain_sub(pattern: re.Pattern[str], text: str, keep: bool) -> tuple[str, int]:
    """The plain ``re.sub`` pass the redaction steps made before: every match counted and replaced."""
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        if keep and match.group(0).startswith(redaction.MARKER):
            return match.group(0)
        count += 1
        return "<>"

    return pattern.sub(replace, text), count


# labels in several cases, the letters IGNORECASE reads as others ("ſ" as "s", "ı" as "i"), separators, digits
_REDACTION_TOKENS = (
    "password", "PASSWORD", "Passwd", "pw", "adgangskode", "Kodeord", "pinkode", "PIN-KODE", "login",
    "Log-in navn", "brugernavn", "username", "user name", "User", "bruger-id", "paſſword", "uſer", "pın", "İ",
    ":", " = ", " er: ", " ", "\n", ",", ";", "x", "og", "/", "-", ".", "0", "1", "3", "12", "010190", "0101901234",
    "311299-1234", "123456",
)  # fmt: skip


def test_redaction_tried_at_its_starts_is_the_plain_sub() -> None:
    rng = random.Random(13)
    matched = 0
    for _ in range(4000):
        text = "".join(rng.choice(_REDACTION_TOKENS) for _ in range(rng.randint(1, 14)))
        for step, pattern in ((redaction._redact_inline, redaction._INLINE), (redaction._redact_cpr, redaction._CPR)):
            replaced_by_step: list[str] = []

            def spy(match: re.Match[str], store: list[str] = replaced_by_step) -> str:
                store.append(match.group(0))
                return "<>"

            plain = _plain_sub(pattern, text, keep=False)
            assert redaction._sub_at(pattern, text, range(len(text)), spy) == plain[0]
            assert len(replaced_by_step) == plain[1]
            matched += plain[1]
            step(text)  # the step itself runs on every shape without error
        inline_starts = set(redaction._label_starts(text))
        assert {m.start() for m in redaction._INLINE.finditer(text)} <= inline_starts
        six = {m.start() for m in redaction._SIX_DIGITS.finditer(text)}
        assert {m.start() for m in redaction._CPR.finditer(text)} <= six
    assert matched > 500  # the texts hold secrets, so the comparison compares something


def test_redaction_steps_redact_what_the_plain_passes_redacted() -> None:
    text = "Kodeord: hemmelig1, PASSWORD=abc og paſſword: x\nCPR 010190-1234 og 0101901234, sag 326-2017-43896"
    redacted, count = redaction._redact_inline(text)
    assert redacted.count(redaction.MARKER) == count == 3
    redacted, count = redaction._redact_cpr(text)
    assert count == 2 and "326-2017-43896" in redacted


def _plain_looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.count(b"\x00") > len(sample) // 10 and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return len(sample) > 0 and controls / len(sample) > 0.10


def test_looks_binary_counts_the_control_bytes_the_loop_counted() -> None:
    rng = random.Random(5)
    verdicts = set()
    for _ in range(400):
        share = rng.random() * 0.3
        data = bytes(rng.randrange(32) if rng.random() < share else rng.randrange(32, 256) for _ in range(600))
        assert _looks_binary(data) == _plain_looks_binary(data)
        verdicts.add(_looks_binary(data))
    assert verdicts == {True, False}


def test_former_municipalities_in_windows_are_the_whole_pass() -> None:
    rng = random.Random(9)
    names = sorted(former.former_municipalities())[:60]
    tokens = [*names, "Kommune", "kommunes", "KOMMUNE", "Rådhus", "rådhuset", "s", "-", "x"]
    separators = [" ", "  ", "\n", "\t", "\u00a0", "", ".", "-"]
    found = 0
    texts = _example_lines()
    for _ in range(4000):
        parts = []
        for _ in range(rng.randint(1, 10)):
            word = rng.choice(tokens)
            parts += [rng.choice([word, word.upper(), word.title()]), rng.choice(separators) * rng.randint(1, 3)]
        texts.append("".join(parts))
    for text in texts:
        whole = [(m.start(), m.end()) for m in former._pattern().finditer(text)]
        windows = former._windows(text)
        near = [(m.start(), m.end()) for m in finditer_in_windows(former._pattern(), text, windows)]
        assert near == whole, text
        found += len(whole)
    assert found > 300


def test_the_heads_a_line_holds_a_word_of_are_found_by_one_pass() -> None:
    heads = body_heads()
    lines = _example_lines()
    assert lines
    for line in lines:
        low = line.lower()
        expected = {index for index, head in enumerate(heads) if any(word in low for word in head.words)}
        assert _heads_present(low) == expected, line


def test_kept_results_are_handed_out_as_fresh_lists() -> None:
    line = "Mødet i Økonomiudvalget den 3. marts 2021 og Byrådet den 4. marts 2021"
    phrases, dates = body_phrases(line), find_dates(line)
    assert phrases and dates
    phrases.clear()
    dates.clear()
    assert body_phrases(line) and find_dates(line)
