"""The speed helpers find what the plain regex passes they replace find (issue 13 item 7)."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest
from fixtures_shared import EXAMPLES, SHARED
from pydantic import BaseModel

from graphbuild.extract import (
    laws,
    mention_initiatives,
    mention_known,
    mention_organisation_forms,
    mention_organisations,
    role_elections,
)
from graphbuild.extract.amounts import AMOUNT_RE, AMOUNT_REACH, AMOUNT_WORDS
from graphbuild.extract.builder import trusted, trusted_all
from graphbuild.extract.membership_cues import CUE_REACH as MEMBERSHIP_REACH
from graphbuild.extract.membership_cues import CUE_WORDS, CUES, MORE_CUE_WORDS, MORE_CUES
from graphbuild.models import Entity, Evidence, Relation
from graphbuild.parse import dates, header_kind, numbers
from graphbuild.parse.lines import clean, find_words
from graphbuild.vocab import case_numbers, municipality_names
from graphbuild.vocab.case_numbers import MUNICIPAL_RE
from graphbuild.vocab.near import finditer_near, lowered, search_near, word_positions

SEEDS = SHARED / "seeds"  # absent outside the project's machines: the examples and CUE_TEXT remain


def _texts() -> list[str]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(EXAMPLES.rglob("*.md")) + sorted(EXAMPLES.rglob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths] + [CUE_TEXT]


# one of each cue, in capitals too, close together so windows merge
CUE_TEXT = (
    "Byrådet besluttede at tilmelde kommunen. Herning Kommune TILMELDTE SIG i 2021 og tilsluttede sig senere.\n"
    "Udvalget godkendte tilslutning til aftalen; Ikast er nu tilmeldt og har tilsluttet sig, og abonnerer på den.\n"
    "Det koster 1.500 kr. og 2,5 mio. kr. eller 300 DKK. Foreningen består af Aarhus og Skive. "
    "Medlemskommunerne er Viborg og Lemvig, som er med i netværket.\n"
    # cues whose only word is a common one, confirmed where it stands
    "De deltagende  kommuner er Vejle og Skive. EJERKOMMUNERNE er Lejre. Kommunerne bag Gate 21 er to. Byen "
    "samarbejder i KKR. Deltagerne i foreningen er A. Vi har et FÆLLES sekretariat og en fælles  forsyning; den "
    "fælles Beredskabskommission for Viborg og Silkeborg kommuner; selskabet mellem Holbæk og Odsherred.\n"
    "Mødet d. 22. februar 2021 kl. 12:30, 30.-31. OKTOBER 2023, 15-maj-2002, Wednesday, April 3, 2019.\n"
    "Limfjordsrådet er et politisk forum for kyst og vand. Medlemmerne er Thisted, Morsø og Skive.\n"
    "Beslutning\nGodkendt. Jens Hansen havde meldt afbud; Mødet hævet kl. 20.35. Ole DELTOG IKKE.\n"
    "4600 Køge, GENTOFTE KOMMUNE, Københavns Kommunes, Kolding Byråd, lejre, Århus Rådhuset.\n"
    "Sagsnr.: 326-2017-43896 J.nr. 00.15.10 Dok.nr.: 1234/22 ESDH-nr 25/26257 Sag 00.15.10-Ø21-1-21.\n"
    "Efter sundhedsloven § 119 og § 85 i serviceloven. Klimahandleplan 2020-2030 og Samarbejdsaftalen 2024 og "
    'strategien Grøn Omstilling Nu; projektet "Bedre Byer".'
)


def _spans(matches: object) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]  # type: ignore[attr-defined]


PASSES = [
    (CUES, CUE_WORDS, MEMBERSHIP_REACH),
    (MORE_CUES, MORE_CUE_WORDS, MEMBERSHIP_REACH),
    (AMOUNT_RE, AMOUNT_WORDS, AMOUNT_REACH),
    (laws.LAW_THEN_PARAGRAPH, ("§",), laws.CITATION_REACH),
    (laws.PARAGRAPH_THEN_LAW, ("§",), laws.CITATION_REACH),
    (mention_initiatives._DATED_INITIATIVE, mention_initiatives._DATED_WORDS, mention_initiatives._INITIATIVE_REACH),
    (mention_initiatives._TITLED_INITIATIVE, mention_initiatives._TITLED_WORDS, mention_initiatives._INITIATIVE_REACH),
    (mention_initiatives._QUOTED_INITIATIVE, mention_initiatives._QUOTES, mention_initiatives._INITIATIVE_REACH),
    (numbers._LABELLED_CASE, numbers._LABELLED_WORDS, numbers._LABEL_REACH),
    (numbers._JOURNAL, numbers._JOURNAL_WORDS, numbers._LABEL_REACH),
    (numbers._DOCUMENT, numbers._DOCUMENT_WORDS, numbers._LABEL_REACH),
    (dates._WORDED, dates._MONTH_STEMS, dates._MONTH_REACH),
    (dates._MONTH_FIRST, dates._MONTH_STEMS, dates._MONTH_REACH),
    (header_kind._DECIDED, ("beslutning",), header_kind._CUE_REACH),
    (header_kind._ATTENDED, header_kind._ATTENDED_WORDS, header_kind._CUE_REACH),
    # more than a few words: one automaton finds them
    (municipality_names._pattern(), municipality_names._names(), municipality_names._REACH),
]


@pytest.mark.parametrize(("pattern", "words", "reach"), PASSES)
def test_finditer_near_finds_what_finditer_finds_in_real_text(
    pattern: re.Pattern[str], words: tuple[str, ...], reach: int
) -> None:
    found = 0
    for text in _texts():
        for lo, hi in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            expected = _spans(pattern.finditer(text, lo, hi))
            assert _spans(finditer_near(pattern, text, words, reach, lo, hi)) == expected
            found += len(expected)
    assert found > 0


@pytest.mark.parametrize(("pattern", "words", "reach"), PASSES)
def test_finditer_near_on_short_texts_finds_what_finditer_finds(
    pattern: re.Pattern[str], words: tuple[str, ...], reach: int
) -> None:
    """A text shorter than a window is scanned whole, and only when it holds one of the words."""
    short = [line for text in _texts() for line in text.split("\n") if line.strip()]
    short += [text[at : at + 150] for text in _texts() for at in range(0, len(text), 75)]
    found = 0
    for text in short:
        expected = _spans(pattern.finditer(text))
        assert _spans(finditer_near(pattern, text, words, reach)) == expected, text
        found += len(expected)
    assert found > 0


def test_finditer_near_at_window_edges_and_in_any_case() -> None:
    pattern = re.compile(r"(?<![\w-])\d+\s*(?:kr|DKK)\b(?!\.\d)", re.IGNORECASE)
    rng = random.Random(5)
    pieces = ["12 kr", "5 KR", "7 dkk", "kr", "x", " ", "\n", "-", "9", "kr.5", "  ", "abc", "Kr", "3dkk"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        reach = rng.randint(1, 12)  # small windows: every edge case of merging and cutting
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        expected = _spans(pattern.finditer(text, lo, hi))
        # the assumption holds only where a number is short: compare where it is
        if all(m.end() - m.start() <= reach for m in pattern.finditer(text, lo, hi)):
            assert _spans(finditer_near(pattern, text, ("kr", "dkk"), reach + 2, lo, hi)) == expected, (text, lo, hi)


def test_search_near_is_the_first_match() -> None:
    text = CUE_TEXT * 2
    found = search_near(numbers._JOURNAL, text, numbers._JOURNAL_WORDS, numbers._LABEL_REACH, 5)
    expected = numbers._JOURNAL.search(text, 5)
    assert found is not None and expected is not None and found.span() == expected.span()
    assert search_near(AMOUNT_RE, "ingen beløb", AMOUNT_WORDS, AMOUNT_REACH) is None


def test_lowered_keeps_offsets() -> None:
    assert lowered("İstanbul KR") == "istanbul kr"
    assert len(lowered("İİ")) == 2


def test_every_month_opens_with_a_stem() -> None:
    assert all(month.startswith(dates._MONTH_STEMS) for month in dates.MONTHS)


def test_find_words_is_the_regex_it_replaces() -> None:
    rng = random.Random(3)
    alphabet = "ab _\n\t\u00a0-é1"
    hits = 0
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        words = ["".join(rng.choice("ab_é1-") for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 3))]
        pos = rng.randint(0, len(text))
        joined = r"\s+".join(re.escape(w) for w in words)
        match = re.compile(rf"(?<![\w]){joined}(?![\w])").search(text, pos)
        assert find_words(text, words, pos) == (match.span() if match else None), (text, words, pos)
        hits += match is not None
    assert hits > 100


_MARKUP = re.compile(r"^[\s>#*_\-–•·]*|[\s*_#]*$")


def test_clean_is_the_regex_it_replaces() -> None:
    rng = random.Random(2)
    alphabet = " \t*_#>-–•·ax\u00a0\n\r\x1c"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        expected = " ".join(_MARKUP.sub("", text.replace("**", "").replace("__", "")).split())
        assert clean(text) == expected, repr(text)
    assert clean("- **Punkt 3:** Budget #") == "Punkt 3: Budget"


def test_a_confirmed_word_opens_a_window_only_where_its_form_stands() -> None:
    med = ("med", re.compile(r"med(?:lem|\s+i\b)", re.IGNORECASE))
    text = "Med hensyn til det: MEDLEM af og er med  i netværket, med ingen"
    assert word_positions(text, (med,)) == [20, 36]
    assert word_positions(text, ("med",)) == [0, 20, 36, 54]


LOOK_BEHIND_FIRST = [  # (the pattern as it was, the pattern with its look-behind after the first character, alphabet)
    (r"(?<![\w-])[A-ZÆØÅ]{2,6}(?:-[A-Z][a-z]+)?(?![\w-])", mention_organisations._ACRONYM, "AÆbB-_ 1é\n"),
    (r"(?<![\d.-])(\d{3})-((?:19|20)\d\d)-(\d{1,8})(?![\d-])", MUNICIPAL_RE, "0123-.9 a2"),
    (
        r"(?<![\d.])(\d\d\.\d\d\.\d\d)-([A-ZÆØÅ]\d\d)((?:-\d{1,6}){1,2})-(\d\d)(?![\d-])",
        case_numbers.KLE_CASE_RE,
        "01.-A2 3",
    ),
]


@pytest.mark.parametrize(("plain", "pattern", "alphabet"), LOOK_BEHIND_FIRST)
def test_a_look_behind_after_the_first_character_changes_no_match(
    plain: str, pattern: re.Pattern[str], alphabet: str
) -> None:
    before = re.compile(plain)
    rng = random.Random(1)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        pos = rng.randint(0, len(text))
        assert [m.groups() for m in pattern.finditer(text, pos)] == [m.groups() for m in before.finditer(text, pos)]
        assert [m.span() for m in pattern.finditer(text, pos)] == [m.span() for m in before.finditer(text, pos)]
        assert bool(pattern.fullmatch(text)) == bool(before.fullmatch(text))
    for text in _texts():
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in before.finditer(text)]


def test_a_glued_item_number_is_found_where_it_was() -> None:
    from graphbuild.parse.flatten import _GLUED

    before = re.compile(r"(?<=[a-zæøå])(?=\d{1,3}\.\s+[A-ZÆØÅ][a-zæøå])")
    rng = random.Random(2)
    texts = ["".join(rng.choice("ab1. Cd\næ2") for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    for text in [*texts, *_texts(), "Godkendelse af referat2. Budget 2024 og punkt12. Anlæg"]:
        assert [m.start() for m in _GLUED.finditer(text)] == [m.start() for m in before.finditer(text)]


def test_the_acronym_pattern_finds_acronyms() -> None:
    from graphbuild.extract.mention_organisations import _ACRONYM

    assert [m.group(0) for m in _ACRONYM.finditer("KL og KKR-Syd, ikke xKL eller -KL")] == ["KL", "KKR-Syd"]


def test_body_heads_find_what_their_patterns_find() -> None:
    from graphbuild.vocab.gazetteer import body_heads

    texts = [
        *_texts(),
        "https://x.dk/dagsordener-og-referater-for-okonomiudvalget-2023/",
        "KD-Net, Business  Region Aarhus",
    ]
    found = 0
    for head in body_heads():
        assert head.words
        for text in texts:
            expected = [m.span() for m in head.pattern.finditer(text)]
            assert [m.span() for m in head.finditer(text)] == expected
            first, searched = head.pattern.search(text), head.search(text)
            assert (searched.span() if searched else None) == (first.span() if first else None)
            found += len(expected)
    assert found > 50


@pytest.mark.parametrize(
    ("model", "values"),
    [
        (Evidence, {"document": "d", "item": "3", "start": 1, "end": 5, "quote": "Godkendt."}),
        (Evidence, {"document": "d", "start": 0, "end": 2, "quote": "Ja"}),  # item left to its default
        (Evidence, {"document": "d", "start": 0, "end": 2, "quote": "Ja", "page": 3}),  # no such field: ignored
        (Entity, {"id": "person:a", "type": "Person", "name": "A", "aliases": ["B"], "properties": {"x": 1}}),
        (Entity, {"id": "person:a", "type": "Person", "name": "A"}),  # the default factories
        (
            Relation,
            {"type": "OF", "source": "a", "target": "b", "evidence": Evidence(document="d", start=0, end=1, quote="x")},
        ),
    ],
)
def test_trusted_builds_what_model_construct_builds(model: type[BaseModel], values: dict[str, Any]) -> None:
    fast, slow = trusted(model, **values), model.model_construct(**values)
    assert fast == slow
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.model_dump_json() == slow.model_dump_json()
    assert list(fast.__dict__) == list(slow.__dict__)
    if "properties" in model.model_fields and "properties" not in values:
        assert fast.properties is not trusted(model, **values).properties  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("model", "values"),
    [
        (Evidence, {"document": "d", "item": "3", "start": 1, "end": 5, "quote": "Godkendt."}),
        (Evidence, {"document": "d", "item": None, "start": 0, "end": 2, "quote": "Ja"}),
        (Entity, {"id": "person:a", "type": "Person", "name": "A", "aliases": ["B"], "properties": {"x": 1}}),
        (
            Relation,
            {
                "type": "OF",
                "source": "a",
                "target": "b",
                "properties": {},
                "evidence": Evidence(document="d", start=0, end=1, quote="x"),
            },
        ),
    ],
)
def test_trusted_all_builds_what_model_construct_builds(model: type[BaseModel], values: dict[str, Any]) -> None:
    """Every field given in order, as the builder gives them: the same instance as model_construct's."""
    assert list(values) == list(model.model_fields)
    fast, slow = trusted_all(model, dict(values)), model.model_construct(**values)
    assert fast == slow
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.model_dump_json() == slow.model_dump_json()
    assert list(fast.__dict__) == list(slow.__dict__)


def _dates_by_every_pattern(text: str) -> list[dates.DateMatch]:
    """find_dates as it was: all six patterns over every text."""
    found: list[dates.DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern in (
        dates._WORDED, dates._MONTH_FIRST, dates._ISO,
        dates._NUMERIC, dates._DAY_MONTH_DASH_YEAR, dates._SLASH_SPACE_YEAR,
    ):  # fmt: skip
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            month = match["month"]
            value = dates._make_date(
                int(match["year"]), int(month) if month.isdigit() else dates.MONTHS[month.lower()], int(match["day"])
            )
            if value is not None:
                found.append(dates.DateMatch(value, match.start(), match.end()))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)


def test_find_dates_skipping_patterns_finds_what_every_pattern_finds() -> None:
    rng = random.Random(11)
    pieces = ["1", "12", "2021", "1999", "-", ".", "/", " ", "marts", "Maj", "d. ", "22", "3.", "05-06-21", "x", "\n"]
    texts = [*_texts(), *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(4000))]
    for text in texts:
        assert dates.find_dates(text) == _dates_by_every_pattern(text), text
    assert sum(len(_dates_by_every_pattern(text)) for text in texts) > 300


def test_standalone_numbers_are_looked_for_only_on_lines_that_can_hold_one() -> None:
    rng = random.Random(13)
    pieces = ["00.15.10-A21-1-21", "326-2017-43896", "25/26257", "12/12345678", "**", " ", "\t", "\n", "x", "7", "-"]
    texts = [*_texts(), *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(4000))]
    found = 0
    for text in texts:
        every_line = [line for line in text.split("\n") if numbers._STANDALONE.match(line)]
        assert [line for line in numbers._lines_with_a_number(text) if numbers._STANDALONE.match(line)] == every_line
        found += len(every_line)
    assert found > 500


def test_a_line_is_still_a_frozen_value() -> None:
    from dataclasses import FrozenInstanceError

    from graphbuild.parse.lines import Line

    line = Line("**3. Budget**", 10, 2)
    assert (line.text, line.start, line.index, line.end, line.clean) == ("**3. Budget**", 10, 2, 23, "3. Budget")
    assert line == Line("**3. Budget**", 10, 2) and hash(line) == hash(Line("**3. Budget**", 10, 2))
    assert line != Line("**3. Budget**", 11, 2)
    with pytest.raises(FrozenInstanceError):
        line.start = 3  # type: ignore[misc]


ORGANISATION_PIECES = [
    "Den ",
    "Det ",
    "Social- og ",
    "Sundhedsudvalget",
    "Økonomiudvalget",
    "udvalg",
    " Syd",
    " Midtjylland",
    "Arbejdsgruppen",
    "Styregruppe",
    "Netværket ",
    "Foreningen ",
    "Fonden ",
    "Novo Nordisk ",
    "A/S",
    "ApS",
    "Aarhus ",
    "Universitetshospital",
    "Universitet",
    "Center for ",
    "Centret ",
    "Forvaltningen for ",
    "Børn",
    ", ",
    " og ",
    " & ",
    "&",
    "\n",
    "x",
    " ",
    "  ",
    "\t",
    "-",
    "KL",
    "Holding ",
    "Consulting",
    "rådet",
    "Byrådet",
    "i ",
    "Frederiksberg ",
    "Hospital",
    "Ældrerådet",
    "forum",
    "(",
]


def _organisation_spans(segment: str) -> tuple[list[tuple[int, int]], ...]:
    hits = mention_known.scan_names(segment, 0, len(segment))
    committees = [m.span() for m in mention_organisations._committees(segment, hits.suffixes)]
    names = [
        [
            m.span()
            for m in mention_organisations._organisation_names(segment, n, hits.words.get(f"organisation {n}", []))
        ]
        for n in range(len(mention_organisation_forms.ORGANISATION_NAME_PATTERNS))
    ]
    return committees, *names


def _organisation_spans_whole(segment: str) -> tuple[list[tuple[int, int]], ...]:
    committees = [m.span() for m in mention_organisation_forms.COMMITTEE.finditer(segment)]
    names = [
        [m.span() for m in pattern.finditer(segment)]
        for pattern, _ in mention_organisation_forms.ORGANISATION_NAME_PATTERNS
    ]
    return committees, *names


def test_organisations_found_at_their_words_are_the_whole_passes() -> None:
    """Committees and organisation names, searched only around the automaton's words, are what a
    pass of each pattern over the whole text finds: in real text and in random text made of their parts."""
    rng = random.Random(11)
    texts = _texts() + [
        "".join(rng.choice(ORGANISATION_PIECES) for _ in range(rng.randint(0, 30))) for _ in range(3000)
    ]
    texts += [  # each pattern at its longest: four words of a committee, three before an organisation word
        "Mødet i Den Social- og Sundhedsudvalget Syd blev holdt.",
        "x (Det Kultur- og Fritidsudvalget) og Novo Nordisk Hansen Holding ApS,",
        "Center for Børn, Unge & Familie og Forvaltningen for Teknik og Miljø\nForeningen Danske",
    ]
    found = [0] * 4
    for text in texts:
        expected = _organisation_spans_whole(text)
        assert _organisation_spans(text) == expected, text
        found = [n + len(spans) for n, spans in zip(found, expected, strict=True)]
    assert all(found), found  # every pattern matched somewhere


def test_finditer_in_windows_is_finditer_when_windows_hold_the_matches() -> None:
    from graphbuild.vocab.near import finditer_in_windows

    pattern = re.compile(r"(?<![\w-])(?:[A-Z]\w*\s+){1,3}(?:Fond|ApS)(?![\w-])")
    rng = random.Random(3)
    pieces = ["Ab ", "Cd  ", "Fond", "ApS", "x", " ", "\n", "-", "Fonden", "E", "Q Fond "]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        expected = list(pattern.finditer(text, lo, hi))
        windows = [(m.start() - rng.randint(0, 3), m.end() + 1 + rng.randint(0, 3)) for m in expected]
        windows += [
            (a, a + rng.randint(0, 8)) for a in (rng.randint(0, len(text) + 1) for _ in range(rng.randint(0, 3)))
        ]
        rng.shuffle(windows)
        found = finditer_in_windows(pattern, text, windows, lo, hi)
        assert _spans(found) == _spans(expected), (text, lo, hi, windows)


def test_name_runs_open_with_their_capital_and_find_what_they_found() -> None:
    """NAME_RUN takes its first capital before its look-behind: the same runs as the pattern that
    opened with the look-behind, in real text and in random text made of names' parts."""
    from graphbuild.vocab import person_names as names

    opening_with_look_behind = re.compile(
        rf"(?<![\w.-])(?:{names.INITIAL}|{names.WORD})"
        rf"(?:[ \t]{{1,2}}(?:{names.PARTICLE}[ \t]+)?(?:{names.INITIAL}|{names.BARE_INITIAL}|{names.WORD}))+(?![\w-])"
    )
    assert names.NAME_RUN.pattern.startswith(f"[{names._UPPER}]")  # the engine scans for a capital
    pieces = ["Anders", " ", "  ", "J.", "N.J.", "Chr.", "Ths.", "Th.", "Kr", "E", "de ", "Hans-Christian", "-", ".",
              "x", "\n", "\t", "Jørgensen", "Ølund", "(", ")", "é", "Émile", "a", "K.-", "Vilh. ", "von "]  # fmt: skip
    rng = random.Random(13)
    texts = _texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(5000)]
    found = 0
    for text in texts:
        expected = [m.span() for m in opening_with_look_behind.finditer(text)]
        assert [m.span() for m in names.NAME_RUN.finditer(text)] == expected, text
        for at in range(0, len(text), 7):  # parse matches a run at a place, too
            old, new = opening_with_look_behind.match(text, at), names.NAME_RUN.match(text, at)
            assert (old and old.span()) == (new and new.span()), (text, at)
        found += len(expected)
    assert found > 500


class _CountingText(str):
    """A text that counts how often Python code reads one of its characters."""

    reads = 0

    def __getitem__(self, key: Any) -> str:
        _CountingText.reads += 1
        return super().__getitem__(key)


@pytest.mark.parametrize(
    "text",
    [
        "x" + "udvalgforum" * 3000,  # one endless run of committee suffixes
        "Abudvalg" * 3000,
        "Novo" + "Nordisk-A/S" * 3000,  # organisation words with no space between them
        ("Den Social- og Sundhedsudvalget " * 600) + "Novo Nordisk Fonden",
    ],
)
def test_the_walks_around_words_read_each_character_a_bounded_number_of_times(text: str) -> None:
    """The windows around committee suffixes and organisation words are found by walks that stop at
    the neighbouring word, so a text of one endless run is read in linear, not quadratic, steps."""
    counted = _CountingText(text)
    _CountingText.reads = 0
    _organisation_spans(counted)
    assert _CountingText.reads <= 12 * len(text), _CountingText.reads
    assert _organisation_spans(counted) == _organisation_spans_whole(text)


ELECTIONS = [
    "blev valgt som formand", "GENVALGTES som næstformand", "vælges til formand", "udpegedes som medlem",
    "genudnævnt som direktør", "konstitueres som kommunaldirektør", "ansættes som direktør", "overtog posten",
    "løb med  posten", "har fået nyt job", "indkaldes som suppleant", "bød alle velkommen", "budt velkommen som",
    "konstituerede sig med", "Kommunalbestyrelsen udpeger", "genudnævner", "ſkal vælges", "Genvalgte",
]  # fmt: skip


@pytest.mark.parametrize("words", ELECTIONS)
def test_an_election_word_is_never_passed_over(words: str) -> None:
    """``elected`` reads on wherever its case-blind patterns could find an election word."""
    assert role_elections.ELECTION.search(words) is not None
    assert role_elections._may_name_an_election(f"Jens Hansen {words} i bestyrelsen")


def test_words_of_no_election_are_passed_over() -> None:
    assert not role_elections._may_name_an_election("Jens Hansen deltog i mødet som formand for udvalget")
