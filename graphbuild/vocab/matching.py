"""The one name matcher: what a user typed -> the graph node(s) it names.

Query packs, pictures and the CLI all resolve names here; they only differ in where the
candidates come from (a store query, or a graph in memory). The algorithm, in order:

1. id: the text is a candidate's id.
2. name: the text equals a candidate's name, folded (``vocab.folding.fold``: case, punctuation,
   Danish letters: "Møller", "Moeller" and "Moller" are one key; "Århus" and "Aarhus" too).
3. alias: the text equals one of its aliases, folded the same way.
4. fuzzy: rapidfuzz on the whole name and alias (WRatio), on any run of name tokens as long as the
   text (so the surname typo "Thyring" finds "Jesper Thyrring Møller"), and the folded text inside
   a name. A score of at least ``FUZZY_CUTOFF`` is a hit; hits within ``MARGIN`` of the best one
   are contenders, and a whole-name contender beats one that only matched a run of tokens.
   A text that is a whole word (or run of words) of some names matches those names only ("Jensen":
   every name with the word Jensen, never "Mortensen"). A one-word text is scored word against
   word, never against a part of the whole name that straddles or ends a word; it needs
   ``ONE_WORD_CUTOFF`` and the word's first letter ("Vestergard" -> Vestergaard, "Jensen" is not
   "Mortensen" or "Hansen"), and is inside a name only at the start of a word. A text that names a surname of
   the name list is never a fuzzy hit of a name holding, in its place, another surname of the list one consonant
   away ("Petersen" is not "Pedersen", "Thorsen" not "Thomsen"), unless the two consonants spell one sound (c/k,
   s/z, v/w, d/t before s: "Jakobsen" finds "Jacobsen", "Bentzen" "Bentsen", "Lauritsen" "Lauridsen"):
   ``another_surname``.

The first step with a hit decides. One candidate: a match. Several: ambiguous, and the caller
lists them (with type and context, e.g. the municipality) instead of merging them. None: the
caller says so, with the closest names. Search (``rank``) keeps every exact hit and every name the
text is inside, else the fuzzy contenders. Nothing here queries a store: ``NameIndex`` indexes the
candidates a caller brings, and a caller may keep it while its candidates do not change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from graphbuild.errors import UserError
from graphbuild.vocab.folding import fold as fold  # re-exported: callers fold names as the matcher does
from graphbuild.vocab.reference import last_names

FUZZY_CUTOFF = 80.0  # a fuzzy score at least this is a hit
MARGIN = 5.0  # fuzzy hits this close to the best one are all contenders
CONTAINED_SCORE = 90.0  # the folded text found inside a folded name (at least MIN_CONTAINED letters)
MIN_CONTAINED = 3
ONE_WORD_CUTOFF = 85.0  # a one-word text against one name word: one letter off in six is a different surname
CLOSEST = 3  # names offered when nothing matched
LISTED = 10  # candidates listed when the text is ambiguous
CONTEXT_NAMES = 3  # far-end names shown as a candidate's context

# What tells two candidates of the same name apart, per node type: the names at the far end of
# these outgoing relationships, else this property. Stores and graphs both read it from here.
CONTEXT_RELS: dict[str, tuple[str, ...]] = {
    "Organization": ("PART_OF",),
    "Person": ("HOLDS_ROLE",),
    "Initiative": ("OWNED_BY",),
}
CONTEXT_PROPS: dict[str, str] = {"Municipality": "region", "Person": "affiliation", "Organization": "kind"}

How = Literal["id", "name", "alias", "fuzzy"]
Status = Literal["one", "ambiguous", "none"]
TIERS: tuple[How, ...] = ("id", "name", "alias", "fuzzy")


def _loosen(folded: str) -> str:
    return folded.replace("oe", "o").replace("aa", "a").replace("ue", "u")


def fold_loose(text: str) -> str:
    """A second key for text typed without Danish or German letters: ø -> o, å and aa -> a, ü -> u
    ("Moller", "Arhus", "Muller")."""
    return _loosen(fold(text))


@lru_cache(maxsize=200_000)
def keys(text: str) -> frozenset[str]:
    """Both keys of a text (``fold`` and ``fold_loose``); two texts are the same name when they
    share one."""
    folded = fold(text)
    return frozenset({folded, _loosen(folded)}) - {""}


_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
# two letters that spell one sound in a surname: a change between them is a spelling, not another name
_ONE_SOUND = (frozenset("ck"), frozenset("sz"), frozenset("vw"))


@lru_cache(maxsize=1)
def _surname_keys() -> frozenset[str]:
    """Both keys of every one-word surname of the name list (``reference.last_names``)."""
    return frozenset(key for name in last_names() for key in keys(name) if " " not in key)


def _another_consonant(a: str, b: str) -> bool:
    """Two words of one length that differ in one letter, a consonant for a consonant that is no other spelling of
    its sound (c/k, s/z, v/w, d/t before s: "Lauridsen", "Lauritsen")."""
    if len(a) != len(b) or a == b:
        return False
    changed = [at for at, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(changed) != 1:
        return False
    at = changed[0]
    pair = frozenset((a[at], b[at]))
    if not pair <= _CONSONANTS or pair in _ONE_SOUND:
        return False
    return not (pair == frozenset("dt") and a[at + 1 : at + 2] == "s")


def another_surname(text: str, name_keys: Iterable[str]) -> bool:
    """Whether a folded text names a surname of the name list where the folded names (a candidate's keys) hold, and
    never the text's surname itself, another surname of the list one consonant away: "petersen" against "lars
    pedersen", "thorsen" against "thomsen". Two common surnames are two people, however close their letters."""
    surnames = _surname_keys()
    words = {word for key in name_keys for word in key.split()}
    return any(
        word in surnames
        and word not in words
        and any(other in surnames and _another_consonant(word, other) for other in words)
        for word in text.split()
    )


@dataclass(frozen=True)
class Candidate:
    """A node that a name could mean."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    context: tuple[str, ...] = ()  # what tells it apart: its municipality, region, owner ...

    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.name, *self.aliases) if n)

    def describe(self) -> str:
        """'Jesper Thyrring Møller (Person; Struer, DASSOS; id person:jesper-thyrring-moller)'."""
        shown = self.name or self.id
        context = ", ".join(dict.fromkeys(c for c in self.context if c and c != shown))
        parts = [self.type, *([context] if context else []), f"id {self.id}"]
        return f"{shown} ({'; '.join(parts)})"


@dataclass(frozen=True)
class Hit:
    candidate: Candidate
    how: How
    score: float  # 100 for id, name and alias; the fuzzy score otherwise
    whole: bool = True  # the score compares the whole name (not a run of its tokens)
    contained: bool = False  # the text is inside a name, or is a run of its tokens
    word: bool = False  # the text is a run of a name's whole words ("Jensen" in "Lars Jensen")


@dataclass(frozen=True)
class NameMatch:
    """The answer: ``hits`` holds the one match or the contenders, best first; ``closest`` the
    nearest names when nothing matched."""

    text: str
    types: tuple[str, ...]
    status: Status
    hits: tuple[Hit, ...] = ()
    closest: tuple[Hit, ...] = ()

    @property
    def one(self) -> Candidate | None:
        return self.hits[0].candidate if self.status == "one" else None

    @property
    def how(self) -> How | None:
        return self.hits[0].how if self.status == "one" else None

    def ids(self) -> list[str]:
        return [hit.candidate.id for hit in self.hits]

    def message(self) -> str:
        """One line for the user when the text does not name exactly one node."""
        what = describe_types(self.types)
        if self.status == "one":
            return f"{self.text!r} is {self.hits[0].candidate.describe()}"
        if self.status == "ambiguous":
            listed = "; ".join(hit.candidate.describe() for hit in self.hits[:LISTED])
            more = f"; and {len(self.hits) - LISTED} more" if len(self.hits) > LISTED else ""
            return (
                f"{self.text!r} could be {len(self.hits)} different nodes ({what}): {listed}{more}. "
                "Give a fuller name or the id"
            )
        if not self.closest:
            return f"no {what} named {self.text!r} (the graph has none to offer)"
        closest = "; ".join(hit.candidate.describe() for hit in self.closest)
        return f"no {what} named {self.text!r}; closest: {closest}"


def describe_types(types: Sequence[str]) -> str:
    """'initiative', 'organization or municipality', or 'entity' for three or more types."""
    if not types or len(types) > 2:
        return "entity"
    return " or ".join(t.lower() for t in types)


def _token_windows(name: str, width: int) -> Iterable[str]:
    tokens = name.split()
    for start in range(max(len(tokens) - width + 1, 0)):
        yield " ".join(tokens[start : start + width])


def _one_word(text: str) -> bool:
    return " " not in text


def _inside_at_word(text: str, name: str) -> bool:
    """The text inside the name, starting a word of it (a one-word text); anywhere (a longer one)."""
    if not _one_word(text):
        return text in name
    return name.startswith(text) or f" {text}" in name


def _word_score(text: str, window: str) -> float:
    """The ratio of a one-word text against one name word: 0 below ``ONE_WORD_CUTOFF`` or when the
    first letters differ (a different surname that shares a suffix: "Jensen", "Hansen", "Mortensen")."""
    score = float(fuzz.ratio(text, window))
    if score == 100.0:
        return score
    if score < ONE_WORD_CUTOFF or text[:1] != window[:1]:
        return 0.0
    return score


def fuzzy_score(text: str, name: str) -> tuple[float, bool, bool]:
    """How close a folded text is to a folded name: (score 0-100, whether the score is for the
    whole name, whether the text is inside the name). The score is the best of WRatio on the whole
    name (a one-word text: ``_word_score`` against a one-word name), the ratio against any run of
    name tokens as long as the text, and CONTAINED_SCORE when the text is inside the name."""
    if not text or not name or another_surname(text, (name,)):
        return 0.0, True, False
    width = len(text.split())
    if _one_word(text):
        whole = _word_score(text, name) if _one_word(name) else 0.0
        part = max((_word_score(text, window) for window in _token_windows(name, width)), default=0.0)
    else:
        whole = float(fuzz.WRatio(text, name))
        part = max((float(fuzz.ratio(text, window)) for window in _token_windows(name, width)), default=0.0)
    contained = part == 100.0 or (len(text) >= MIN_CONTAINED and _inside_at_word(text, name))
    if contained:
        part = max(part, CONTAINED_SCORE)
    return (whole, True, contained) if whole >= part else (part, False, contained)


@lru_cache(maxsize=200_000)
def _windows(name_key: str, width: int) -> tuple[str, ...]:
    return tuple(_token_windows(name_key, width))


def _word_scores(text: str, words: Sequence[str]) -> npt.NDArray[np.float64]:
    """``_word_score`` of a one-word text against many words, in bulk."""
    scores: npt.NDArray[np.float64] = process.cdist(
        [text], words, scorer=fuzz.ratio, dtype=np.float64, score_cutoff=ONE_WORD_CUTOFF
    )[0]
    first = np.fromiter((w[:1] == text[:1] for w in words), dtype=bool, count=len(words))
    return np.where(first, scores, 0.0)


def _best_per_owner(
    scores: npt.NDArray[np.float64], owners: npt.NDArray[np.intp], size: int
) -> npt.NDArray[np.float64]:
    best = np.zeros(size, dtype=np.float64)
    if len(owners):
        np.maximum.at(best, owners, scores)
    return best


def _fuzzy_hits(text_keys: frozenset[str], pool: Sequence[Candidate], cutoff: float = FUZZY_CUTOFF) -> list[Hit]:
    """``fuzzy_score`` for every candidate, best over its names and both keys (a whole-name score
    wins a tie), computed in bulk (rapidfuzz's cdist, numpy) so thousands of candidates stay fast.
    Scores below ``cutoff`` count as 0 (rapidfuzz gives up on them early). At the hit cutoff a
    one-word text is guarded as ``fuzzy_score`` says; below it (the closest names offered when
    nothing matched) it is scored as any text."""
    guarded = cutoff >= FUZZY_CUTOFF
    pairs = [(key, at) for at, candidate in enumerate(pool) for name in candidate.names() for key in keys(name)]
    name_keys = [key for key, _ in pairs]
    owners = np.fromiter((at for _, at in pairs), dtype=np.intp, count=len(pairs))
    size = len(pool)
    whole = np.zeros(size, dtype=np.float64)
    part = np.zeros(size, dtype=np.float64)
    contained = np.zeros(size, dtype=bool)
    word = np.zeros(size, dtype=bool)
    for text in sorted(text_keys):
        one_word = guarded and _one_word(text)
        if name_keys and one_word:
            scores = _word_scores(text, name_keys)
            scores *= np.fromiter((_one_word(key) for key in name_keys), dtype=bool, count=len(name_keys))
            whole = np.maximum(whole, _best_per_owner(scores, owners, size))
        elif name_keys:
            scores = process.cdist([text], name_keys, scorer=fuzz.WRatio, dtype=np.float64, score_cutoff=cutoff)[0]
            whole = np.maximum(whole, _best_per_owner(scores, owners, size))
        if len(text) >= MIN_CONTAINED:
            at_word = _inside_at_word if one_word else str.__contains__
            inside = np.fromiter((at_word(text, key) for key in name_keys), dtype=bool, count=len(name_keys))
            contained[owners[inside]] = True
        width = len(text.split())
        window_pairs = [(window, at) for key, at in pairs for window in _windows(key, width)]
        if window_pairs:
            windows = [window for window, _ in window_pairs]
            window_owners = np.fromiter((at for _, at in window_pairs), dtype=np.intp, count=len(window_pairs))
            if one_word:
                scores = _word_scores(text, windows)
            else:
                scores = process.cdist([text], windows, scorer=fuzz.ratio, dtype=np.float64, score_cutoff=cutoff)[0]
            part = np.maximum(part, _best_per_owner(scores, window_owners, size))
            contained[window_owners[scores == 100.0]] = True
            word[window_owners[scores == 100.0]] = True
    best_part = np.where(contained, np.maximum(part, CONTAINED_SCORE), part)
    best = np.maximum(whole, best_part)
    if guarded:  # a hit whose name holds another surname one consonant from the text's: another person
        for at in np.flatnonzero(best >= cutoff).tolist():
            name_keys = [key for name in pool[at].names() for key in keys(name)]
            if any(another_surname(text, name_keys) for text in text_keys):
                best[at] = whole[at] = best_part[at] = 0.0
    return [
        Hit(
            candidate,
            "fuzzy",
            float(best[at]),
            whole=bool(whole[at] >= best_part[at]),
            contained=bool(contained[at]),
            word=bool(word[at]),
        )
        for at, candidate in enumerate(pool)
    ]


def _contenders(hits: list[Hit]) -> list[Hit]:
    """The fuzzy hits near the best one. A whole-name hit beats hits on a run of tokens: a typo of
    "Kalundborg" means the municipality, not the body whose alias is "Kalundborg Direktion"."""
    near = [h for h in hits if h.score >= hits[0].score - MARGIN] if hits else []
    whole = [h for h in near if h.whole]
    return whole or near


def _sorted(hits: Iterable[Hit]) -> list[Hit]:
    return sorted(hits, key=lambda h: (-h.score, TIERS.index(h.how), not h.whole, h.candidate.id))


def _unique(candidates: Iterable[Candidate], types: Sequence[str] | None) -> list[Candidate]:
    wanted = set(types) if types else None
    seen: dict[str, Candidate] = {}
    for candidate in candidates:
        if (wanted is None or candidate.type in wanted) and candidate.id not in seen:
            seen[candidate.id] = candidate
    return list(seen.values())


class NameIndex:
    """Candidates of the wanted types, indexed by id and by the keys of their names and aliases, so
    the exact steps are lookups. Build one per set of candidates; match many texts against it."""

    def __init__(self, candidates: Iterable[Candidate], types: Sequence[str] | None = None) -> None:
        self.types = tuple(types or ())
        self.pool = _unique(candidates, types)
        self.by_id = {c.id: c for c in self.pool}
        self._keys: list[str] = []  # every key of every name and alias, and whose it is
        self._owner: list[int] = []
        for at, candidate in enumerate(self.pool):
            for name in candidate.names():
                for key in keys(name):
                    self._keys.append(key)
                    self._owner.append(at)
        self.by_name: dict[str, list[Candidate]] = {}
        self.by_alias: dict[str, list[Candidate]] = {}
        for candidate in self.pool:
            for key in keys(candidate.name) if candidate.name else ():
                self.by_name.setdefault(key, []).append(candidate)
            for alias in candidate.aliases:
                for key in keys(alias):
                    self.by_alias.setdefault(key, []).append(candidate)

    def _exact_tiers(self, text: str) -> list[tuple[How, list[Candidate]]]:
        text_keys = keys(text)
        by_id = [self.by_id[text.strip()]] if text.strip() in self.by_id else []
        by_name = {c.id: c for key in text_keys for c in self.by_name.get(key, ())}
        by_alias = {c.id: c for key in text_keys for c in self.by_alias.get(key, ())}
        return [("id", by_id), ("name", list(by_name.values())), ("alias", list(by_alias.values()))]

    def match(self, text: str) -> NameMatch:
        """Which one candidate ``text`` names: the first exact step with a hit decides, else fuzzy."""
        text_keys = keys(text)
        if not text_keys:
            return NameMatch(text, self.types, "none")
        for how, found in self._exact_tiers(text):
            if found:
                hits = tuple(_sorted(Hit(c, how, 100.0) for c in found))
                return NameMatch(text, self.types, "one" if len(hits) == 1 else "ambiguous", hits)
        fuzzy = _sorted(h for h in _fuzzy_hits(text_keys, self.pool) if h.score >= FUZZY_CUTOFF)
        if not fuzzy:
            scored = _sorted(_fuzzy_hits(text_keys, self.pool, cutoff=0))
            return NameMatch(text, self.types, "none", closest=tuple(h for h in scored if h.score > 0)[:CLOSEST])
        words = [h for h in fuzzy if h.word]  # the text is a whole word of these names: they decide
        contenders = tuple(words or _contenders(fuzzy))
        return NameMatch(text, self.types, "one" if len(contenders) == 1 else "ambiguous", contenders)

    def _inside(self, text_keys: frozenset[str]) -> list[Candidate]:
        """The candidates whose name the text is inside (at least MIN_CONTAINED letters), or whose
        name tokens it is a run of (a shorter text, such as "KL")."""
        found: set[int] = set()
        for text in text_keys:
            width = len(text.split())
            long_enough = len(text) >= MIN_CONTAINED
            found.update(
                self._owner[at]
                for at, key in enumerate(self._keys)
                if text in key and (long_enough or text in _windows(key, width))
            )
        return [self.pool[at] for at in sorted(found)]

    def rank(self, text: str) -> list[Hit]:
        """Every candidate the text could mean, best first, for search, which shows them all: the
        exact hits of every step (id, name, alias) and every name the text is inside; when there
        are none, the fuzzy contenders."""
        text_keys = keys(text)
        if not text_keys:
            return []
        exact: dict[str, Hit] = {}
        for how, found in self._exact_tiers(text):
            for candidate in found:
                exact.setdefault(candidate.id, Hit(candidate, how, 100.0))
        rest = [c for c in self.pool if c.id not in exact]
        inside = [c for c in self._inside(text_keys) if c.id not in exact]
        if exact or inside:
            return _sorted(exact.values()) + _sorted(_fuzzy_hits(text_keys, inside))
        return _contenders(_sorted(h for h in _fuzzy_hits(text_keys, rest) if h.score >= FUZZY_CUTOFF))


def rank(text: str, candidates: Iterable[Candidate], types: Sequence[str] | None = None) -> list[Hit]:
    """``NameIndex.rank`` over these candidates (of the given types; all when None)."""
    return NameIndex(candidates, types).rank(text)


def match_name(text: str, candidates: Iterable[Candidate], types: Sequence[str] | None = None) -> NameMatch:
    """Which one of ``candidates`` (of the given node ``types``; all when None) ``text`` names."""
    return NameIndex(candidates, types).match(text)


def with_context(match: NameMatch, context: Mapping[str, Sequence[str]]) -> NameMatch:
    """The same answer with each listed candidate's context (node id -> context) filled in."""

    def filled(hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
        return tuple(
            replace(h, candidate=replace(h.candidate, context=tuple(context.get(h.candidate.id, ())))) for h in hits
        )

    return replace(match, hits=filled(match.hits), closest=filled(match.closest))


def context_of(props: Mapping[str, object], node_type: str, far_names: Iterable[str]) -> tuple[str, ...]:
    """A node's context from its ``CONTEXT_PROPS`` value and the names at the far end of its
    ``CONTEXT_RELS``: the property first, then up to ``CONTEXT_NAMES`` names in sorted order."""
    found: list[str] = []
    prop = CONTEXT_PROPS.get(node_type)
    value = props.get(prop) if prop else None
    if value:
        found.append(str(value))
    found += sorted({n for n in far_names if n})[:CONTEXT_NAMES]
    return tuple(found)


class UnmatchedName(UserError):
    """A name that names no node, or several: the message lists the closest or the candidates."""

    def __init__(self, match: NameMatch) -> None:
        super().__init__(match.message())
        self.match = match
