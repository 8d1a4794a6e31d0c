"""A name misprinted by one letter, read as one person with the spelling the document prints first (README: spelling
variants of one person in one document are one person; `persons` holds the name as written the first time): two
names of as many words, all alike but one word, that word one letter more or less in the other ("Karsten Nielsen"
in the text, "Karsten Nilsen (DF)" in a list; "Betina Nygaard" and "Bettina Nygaard"; "Lene Kjelgaard Jensen" and
"Lene Kjeldgaard Jensen"; "Bente Gertz Hansen" and "Bente Gertz Hansn"). Never a word of four letters or fewer ("Ole
Lund" and "Ole Lunde"), a word whose first letter differs, a letter swapped for another ("Bent Pedersen" and "Bent
Petersen" may be two people), two words that differ, nor two spellings on one line (a list names "Ole Olsen, Ole
Olesen" as two people)."""

from __future__ import annotations

from collections.abc import Iterable

from graphbuild.parse.lines import start_of_line

# the misprinted word is as long as this or longer
_SHORTEST = 5


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether one of the two words is the other with one letter left out, the first letter the same."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(long) - len(short) != 1 or len(short) < _SHORTEST or short[0] != long[0]:
        return False
    at = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[at:] == long[at + 1 :]


def misprinted_spellings(text: str, named: Iterable[tuple[int, str]]) -> dict[str, str]:
    """Of one document's names (``named``: each one's start and name), each spelling misprinted by one letter
    mapped to the spelling of the same person the document prints first; none when it fits two, nor when the two
    stand on one line."""
    first_at: dict[str, int] = {}
    lines: dict[str, set[int]] = {}
    for start, name in sorted(named):
        first_at.setdefault(name, start)
        lines.setdefault(name, set()).add(start_of_line(text, start))
    # names alike but in one word, by the other words and that word's place: (the other words, place) -> names
    alike: dict[tuple[tuple[str, ...], int], list[str]] = {}
    for name in first_at:
        words = name.split()
        if len(words) > 1:
            for at in range(len(words)):
                alike.setdefault((tuple(words[:at] + words[at + 1 :]), at), []).append(name)
    earlier: dict[str, set[str]] = {}
    for (_, at), names in alike.items():
        for name in names:
            word = name.split()[at]
            for other in names:
                if first_at[other] < first_at[name] and _one_letter_apart(word, other.split()[at]):
                    earlier.setdefault(name, set()).add(other)
    out: dict[str, str] = {}
    for name, others in earlier.items():
        if len(others) == 1:
            (other,) = others
            if not lines[name] & lines[other]:
                out[name] = other
    return out
