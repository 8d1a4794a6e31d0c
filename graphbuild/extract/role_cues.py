"""The words each per-person role reader of `roles.find_roles` cannot add a role without, found once per document
(issue 13 item 7): one automaton pass over the whole text lowered gives where every cue word stands, and a
sentence is asked once which of them it holds (`CuePlaces.said`); a reader none of whose cue words the sentence
holds is not called for its people, and the roles found are the ones it would have found (it adds none there).

A reader's cue words are the words one of which every match of its patterns holds, read from the patterns (each set
below names them). They are looked for in the sentence (from the earliest text before a name that `reading` gives a
reader, the line's label before the first name included) up to its end: a reader reading further back asks `wide`
(the ninety characters before each name, what the meeting's labels read), one reading a line's start is not gated.
In a sentence that holds a title's word, each person's windows are asked for one once (`roles.find_roles`: before the
name, as far back as the readers of a title before it read, and after it, 160 characters): the readers of a title
before or after a name are called only where their window holds one.

Found as `word_gate.WordPlaces` finds a gate's words: a word whole in the window, any case ("ı" and "ſ", which
re.IGNORECASE reads as "i" and "s" and ``str.lower`` keeps, let every reader through).
"""

from __future__ import annotations

from bisect import bisect_left

from graphbuild.extract.role_patterns import ROLE_STEMS
from graphbuild.extract.word_gate import WordPlaces
from graphbuild.vocab.document_words import hits, register
from graphbuild.vocab.near import lowered, places

# every title of ROLE_WORDS holds one of these (role_patterns): the readers of a title before or after a name
TITLE = frozenset(ROLE_STEMS)
# a chair's post said as "Formand for X er NAME" (role_chair_posts.CHAIR_IS)
CHAIR_IS = frozenset({"formand", "formænd"})
# a title after a name in its entry: a title of ROLE_WORDS, or a seat in brackets or after the workplace
# (role_entry_titles, role_titles.BRACKET_TITLE, role_workplace_titles._TITLE)
SEATS_AFTER = frozenset({"suppleant", "mødeleder", "stedfortræder", "referent"})
ENTRY_TITLES = TITLE | SEATS_AFTER
# the minute-taker, the meeting's chair and a substitute's seat (role_meeting_posts.meeting_posts: "ref" for
# "ref.", "referent"; "suppl" for "suppleant" and "suppl." before the name, read up to twelve characters before it)
MEETING_POSTS = frozenset({"ref", "dirigent", "ordstyrer", "mødeleder", "suppl", "stedfortræder"})
# the meeting's posts by a label or a writer's phrase in the ninety characters before the name (role_meeting_labels)
MEETING_LABELS = frozenset({"ref", "ordstyr", "dirigent", "mødeleder"})
# a label inside a flattened line (role_inline_meeting_labels.INLINE_LABEL, role_inline_board_labels.INLINE_BOARD_LABEL)
INLINE_MEETING_LABEL = frozenset({"referent", "dirigent", "ordstyrer", "mødeleder"})
INLINE_BOARD_LABEL = frozenset({"formand", "kasserer", "sekretær", "medlem"})
# a board's seat after "som" (role_elections.board_seat, SEAT)
SOM = frozenset({"som"})
# an election (role_elections._ELECT_WORDS: a word every form of ELECT holds)
ELECTED = frozenset(
    {"valgt", "vælge", "udpeg", "udnævn", "konstitue", "ansæt", "ansat", "tiltrådt", "posten", "job", "indkaldes",
     "velkommen"}
)  # fmt: skip
# a post said bare after or before the name (role_bare_posts._POST_STEMS, for BARE_AFTER, BARE_INVERTED and POST_IS)
BARE_POSTS = frozenset({"formand", "borgmester", "stedfortræder", "suppleant", "sekretær", "kasserer", "referent"})
# a post closing a list's entry after the name (role_trailing_titles.TRAILING_POSTS)
TRAILING_POSTS = frozenset(
    {"formand", "kasserer", "sekretær", "referent", "ordstyrer", "dirigent", "mødeleder", "suppleant", "medlem"}
)
# a title before the bracket the name opens (role_bracketed_holders.TITLE_THEN_BRACKET)
TITLE_THEN_BRACKET = TITLE | {"referent", "dirigent", "ordstyrer", "mødeleder"}
# a title in the plural before a list of names (role_plural_titles.PLURAL_TITLE)
PLURAL_TITLES = frozenset({"medlemmer", "rådmænd", "borgmestre"})
# a council's substitute by rank (role_meeting_posts.ranked_substitute's own test)
RANKED_SUBSTITUTE = frozenset({"stedfort", "suppleant"})
# the same seat "sammen med" a titled name (role_elections.seat_shared's own test)
SEAT_SHARED = frozenset({"sammen"})

CUE_WORDS = frozenset().union(
    TITLE, CHAIR_IS, ENTRY_TITLES, MEETING_POSTS, MEETING_LABELS, INLINE_MEETING_LABEL, INLINE_BOARD_LABEL, SOM,
    ELECTED, BARE_POSTS, TRAILING_POSTS, TITLE_THEN_BRACKET, PLURAL_TITLES, RANKED_SUBSTITUTE, SEAT_SHARED,
)  # fmt: skip

# found in the document's one pass of every whole-document vocabulary (`vocab.document_words`), each hit the word
register("role cues", lambda: {word: word for word in CUE_WORDS})

# where re.IGNORECASE reads a letter str.lower keeps as another ("ı" as "i", "ſ" as "s"): every cue may stand there
_CASE_EXCEPTIONS = ("ı", "ſ")


def _cue_hits(low: str) -> list[tuple[int, str]]:
    """Each cue word's last offset in ``low`` and the word (the shared pass's hits of this vocabulary)."""
    return hits(low, "role cues")  # type: ignore[return-value]  # registered with the words as their values


class CuePlaces:
    """Where every cue word stands in one text, by one automaton pass over it lowered (the document's one pass,
    `vocab.document_words`); `said` asks a window."""

    def __init__(self, text: str) -> None:
        low = lowered(text)
        spans = sorted((end + 1 - len(word), end + 1, word) for end, word in _cue_hits(low))
        self._starts = [start for start, _, _ in spans]
        self._ends = [end for _, end, _ in spans]
        self._words = [word for _, _, word in spans]
        self._marks = sorted(at for char in _CASE_EXCEPTIONS for at in places(low, char))

    def places_of(self, words: frozenset[str]) -> WordPlaces:
        """Where some of the cue words stand, as a gate of them finds them (`word_gate.WordPlaces`), from this pass."""
        spans = [
            (start, end)
            for start, end, word in zip(self._starts, self._ends, self._words, strict=True)
            if word in words
        ]
        return WordPlaces.of_spans(spans, self._marks)

    def said(self, lo: int, hi: int) -> frozenset[str]:
        """The cue words standing whole in text[lo:hi] (every one where a letter keeps the test from telling)."""
        marks = self._marks
        if marks:
            at = bisect_left(marks, lo)
            if at < len(marks) and marks[at] < hi:
                return CUE_WORDS
        starts, ends, words = self._starts, self._ends, self._words
        found = set()
        for i in range(bisect_left(starts, lo), len(starts)):
            if starts[i] >= hi:
                break
            if ends[i] <= hi:
                found.add(words[i])
        return frozenset(found)
