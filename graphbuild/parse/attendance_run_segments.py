"""A run of names a PDF's text layer flattened with no separator ("Thor Buch Grønlykke Kirsten Lee Charlotte
Fischer"), where the word-by-word reader (``attendance_names.split_run``) left a word unread: a surname the name
lists do not know. The list holds names and nothing else, so the stretch around such a word is cut again so that
every word is a name's, each name opening with a known first name (or an unknown one before a known surname, "Jorun
Bech"), and of those cuts the one whose names read most like names (a surname ends each, few have four words).
Words left over the way a table's column or a place is (after most names, twice, four together, a genitive, a
post's noun, a word the document also writes in lower case) are no surnames: then nothing is cut again.

Why this is a step after the word-by-word reading and not folded into it (nor into ``attendance_run_on``): whether
to cut again at all is a question about the whole run's first reading (are the left-over words few beside the names
read, none twice, none after the last name?), so it cannot be asked while that reading walks the words; and only
``attendance_run_on.names_run_together`` knows that the run is a flattened list holding names and nothing else, the
premise of a cut that makes every word a name's: ``split_run``'s other readers (labels, groups, two columns, stacked
headers) read windows that hold other words. The cut's cost model is a job of its own, which ``names_run_together``
asks for in one call on the hits it already has."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_names import NameHit, heading_word, person_name
from graphbuild.vocab.person_names import (
    INITIAL,
    NON_SPACE,
    PARTICLE,
    POST_ENDING,
    WORD,
    is_municipality,
    listed_first_name,
    surname_like,
    written_in_lower_case,
)
from graphbuild.vocab.reference import first_names, last_names

_NAME_WORD = re.compile(rf"{WORD}|{INITIAL}|{PARTICLE}")
_INITIAL = re.compile(INITIAL)
_PARTICLE = re.compile(PARTICLE)

_LONGEST = 4  # the most words one name of such a run has ("Hanne Mørup Priess Larsen")
# what each kind of word costs where it stands in a name; a cut's cost is its names' sum, the cheapest cut wins
_UNKNOWN_FIRST = 1.2  # a name opening with a word the first-name list does not know ("Jorun Bech")
_FIRST_NAME_LAST = 1.5  # a name ending in a first name that is no surname ("John Engelhardt Lisa")
_UNKNOWN_LAST = 0.3  # ... in a word neither list knows nor a surname's ending says
_UNKNOWN_MIDDLE = 0.5  # a middle name neither list knows ("Kåre Solhøj Dahle")
_FIRST_NAME_LATE = 1.5  # a first name that is no surname as a name's third word ("Kirsten Lee Charlotte Fischer")
_LENGTH = {2: 0.0, 3: 0.3, 4: 2.0}  # more words make a name less likely


def _cost(words: list[str]) -> float | None:
    """What reading ``words`` as one name costs; None when they are none."""
    if not 2 <= len(words) <= _LONGEST or _INITIAL.fullmatch(words[-1]) or _PARTICLE.fullmatch(words[0]):
        return None
    if not person_name(words):
        return None
    cost = _LENGTH[len(words)]
    head, last = words[0], words[-1]
    if not listed_first_name(head) and not _INITIAL.fullmatch(head):
        # a first name the lists do not know before a surname they know ("Jorun Bech"); never a place's or body's
        # word before a name's first ("Rindby Strand Anne Holm")
        if len(words) != 2 or last not in last_names() or head in last_names() or head.endswith("s"):
            return None
        cost += _UNKNOWN_FIRST

    if listed_first_name(last) and last not in last_names():
        cost += _FIRST_NAME_LAST
    elif not surname_like(last):
        cost += _UNKNOWN_LAST
    for index, word in enumerate(words[1:-1], start=1):
        if index >= 2 and listed_first_name(word) and word not in last_names():
            cost += _FIRST_NAME_LATE
        elif not (
            listed_first_name(word) or word in last_names() or _INITIAL.fullmatch(word) or _PARTICLE.fullmatch(word)
        ):
            if len(words) == _LONGEST:
                return None  # four words, one the lists do not know between: two names ("Bjarne Nielsen Manu Sareen")
            cost += _UNKNOWN_MIDDLE
    return cost


def _pure(text: str, words: list[str]) -> bool:
    """Name words only: no heading, place or body word a flattened line may also hold, nor a word the lists do not
    know that names a post or that the document also writes in lower case (a title: "Børge Sørensen Observatør Søren
    Brandt" beside "observatør")."""
    return all(
        _NAME_WORD.fullmatch(w)
        and not heading_word(w)
        and not is_municipality(w)
        and w not in ("Kommune", "Region")
        and (_known(w) or (not POST_ENDING.search(w) and not written_in_lower_case(text, w.lower())))
        for w in words
    )


def _known(word: str) -> bool:
    """A first name or a surname of the lists (which a common noun's lower-case twin, "rask", does not unmake)."""
    return word in first_names() or word in last_names()


def _owners(tokens: list[tuple[int, int, str]], hits: list[NameHit]) -> list[int | None]:
    """The index of the hit that covers each token; None for a word the word-by-word reading left over."""
    return [next((k for k, h in enumerate(hits) if h.start <= s and e <= h.end), None) for s, e, _ in tokens]


def _windows(owner: list[int | None]) -> list[tuple[int, int]]:
    """The stretches of the run to cut again: each run of words no hit covers, with the hit right before it
    and the one right after it (whose words it may hold), stretches that share a hit made one."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(owner):
        if owner[i] is not None:
            i += 1
            continue
        j = i
        while j < len(owner) and owner[j] is None:
            j += 1
        a, b = i, j
        if a > 0 and owner[a - 1] is not None:
            while a > 0 and owner[a - 1] == owner[i - 1]:
                a -= 1
        if b < len(owner) and owner[b] is not None:
            while b < len(owner) and owner[b] == owner[j]:
                b += 1
        if spans and a < spans[-1][1]:
            a = spans.pop()[0]
        spans.append((a, b))
        i = j
    return spans


def _sporadic(tokens: list[tuple[int, int, str]], owner: list[int | None], hits: list[NameHit]) -> bool:
    """Words left over here and there, as unknown names are, not after most names as a table's column is ("Lis Holm
    Vestegnen Per Bak Vestegnen"): few left-over words beside the names read, none twice, at most three together,
    and none after the last name (where the next field's word may stand) unless it reads as a surname."""
    left = [k is None for k in owner]
    over = [t[2] for t, is_left in zip(tokens, left, strict=True) if is_left]
    after_last = [t[2] for t in tokens if not hits or t[0] >= hits[-1].end]
    return (
        2 * len(over) <= len(hits) + 3
        and len(set(over)) == len(over)
        and not any(all(left[k : k + 4]) for k in range(len(left) - 3))  # at most three words together
        and all(w in last_names() or not w.endswith("s") for w in over)  # no genitive ("Københavns")
        and all(surname_like(w) for w in after_last)
    )


def _cheapest_cut(words: list[str]) -> list[tuple[int, int]] | None:
    """The cut of ``words`` into names (each a (start, end) of word indices) whose cost is least; None when no
    cut reads every word as a name's."""
    best: list[tuple[float, int] | None] = [None] * (len(words) + 1)  # cheapest cost up to i, where its name starts
    best[0] = (0.0, 0)
    for i in range(2, len(words) + 1):
        for size in range(2, min(_LONGEST, i) + 1):
            before, here = best[i - size], best[i]
            cost = _cost(words[i - size : i]) if before is not None else None
            if before is not None and cost is not None and (here is None or before[0] + cost < here[0]):
                best[i] = (before[0] + cost, i - size)
    if best[-1] is None:
        return None
    cuts: list[tuple[int, int]] = []
    i = len(words)
    while i > 0:
        step = best[i]
        assert step is not None
        cuts.append((step[1], i))
        i = step[1]
    return cuts[::-1]


def covering_cut(text: str, start: int, end: int, hits: list[NameHit]) -> list[NameHit] | None:
    """The names of the run ``text[start:end]``, its stretches with words the word-by-word reading (``hits``)
    left over cut again so that every word is a name's, when those stretches hold name words only; None when
    nothing is left over or a stretch cannot be cut so."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in NON_SPACE.finditer(text, start, end)]
    inside = [h for h in hits if start <= h.start and h.end <= end]
    owner = _owners(tokens, inside)
    windows = _windows(owner)
    if not windows or len(tokens) < 4 or not _sporadic(tokens, owner, inside):
        return None
    out = list(inside)
    for a, b in windows:
        words = [t[2] for t in tokens[a:b]]
        cuts = _cheapest_cut(words) if _pure(text, words) else None
        if cuts is None:
            return None
        span = (tokens[a][0], tokens[b - 1][1])
        out = [h for h in out if not span[0] <= h.start < span[1]]
        for x, y in cuts:
            s, e = tokens[a + x][0], tokens[a + y - 1][1]
            out.append(NameHit(" ".join(words[x:y]), s, e, rest_start=e))
    return sorted(out, key=lambda h: h.start)
