"""The parse stage's shortcuts give what the direct computations give (speed work, no change of output)."""

from __future__ import annotations

import sys

import pytest

from graphbuild.parse import (
    attendance_groups,
    attendance_label_heads,
    attendance_list_ends,
    attendance_lists,
    attendance_rows,
    flatten,
    item_model,
    sections,
)
from graphbuild.parse.attendance_names import _ASSOCIATION_WORD, _TITLE_TOKEN, _person_name, person_name
from graphbuild.parse.attendance_reading import CueLines, CueWords, matches_on_lines
from graphbuild.parse.header_kind import document_kind
from graphbuild.parse.item_contents import _may_take
from graphbuild.parse.item_headings import line_candidate, no_item_at_a_glance
from graphbuild.parse.item_unnumbered import unnumbered_items
from graphbuild.parse.lines import split_lines
from graphbuild.vocab.gazetteer import is_cross_municipal
from graphbuild.vocab.municipality_names import named_municipalities
from graphbuild.vocab.near import finditer_after, lines_holding, lowered, matches_on_lines_holding
from graphbuild.vocab.person_names import plausible

# a flattened page holding a form of every alternative of the patterns _cuts_in scans for
_FLATTENED = (
    "Side 3 af 12 Referat Sagsfremstilling Der er behov for nye lokaler. Beslutning Godkendt. Indstilling At "
    "forslaget vedtages. Resumé Kort om sagen. Sagsforløb Tidligere behandlet. INDHOLDSFORTEGNELSE 1 Meddelelser "
    "Beslutning i Byrådet den 3. maj 2021: Godkendt. Økonomiudvalget den 12.03.2020: Anbefales. beslutning i "
    "Skoleudvalget d. 4. juni 2019: Udsat. ÅBNE SAGER 39. Anmodning om tilskud Lukkede punkter: 40. Salg "
    "Dok. nr. 12 Sagsid. 4 Sagsnr. 5 Sagsnummer 6 J. nr. 7 Mødedato: 1 Mødested: Rådhuset Mødetidspunkt: kl. 16 "
    "Deltagere: Anna Berg Afbud: Ole Hansen Fraværende: Lis Holm Til behandling forelå: x Tekst Side 4 Side 5. "
    "MØDE STED STARTTIDSPUNKT SLUTTIDSPUNKT PUNKTER UDVALG REFERAT DAGSORDEN INDSTILLING BESLUTNING SAGSRESUMÉ "
    "SAGSFREMSTILLING Ad pkt. 1: Titel Punkt 2 Titel Punkt nr. 3: Titel Pkt. 4 Titel Sag nr. 5 - Titel Nr. 6 - "
    "Titel ØU-55/07-O Budget Sag nr. 104 (ØU 138/07) Sagens kerne Beslutning om genåbning af skolen. "
    "Bilagsliste 1 Underskriftsblad BILAGSLISTE UNDERSKRIFTSBLAD Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42 "
    "Godkendt. Plan- og Miljøudvalget, 12.03.2020, punkt 7: Anbefales."
)


@pytest.mark.parametrize(
    ("pattern", "starter"),
    [
        (flatten._SECTION, flatten._BEFORE_SECTION),
        (flatten._DATED_HEAD, flatten._BEFORE_DATED_HEAD),
        (flatten._ITEMS_HEADING, flatten._BEFORE_ITEMS_HEADING),
        (flatten._LABEL, flatten._BEFORE_LABEL),
        (flatten._EXPLICIT_HEAD, flatten._BEFORE_EXPLICIT_HEAD),
        (flatten._CODED_HEAD, flatten._BEFORE_CODED_HEAD),
        (flatten._POINTED_HEAD, flatten._BEFORE_POINTED_HEAD),
        (flatten._TITLED_CASE, flatten._BEFORE_TITLED_CASE),
    ],
)
def test_finditer_after_finds_what_finditer_finds(pattern, starter):
    for text in (_FLATTENED, _FLATTENED.lower(), _FLATTENED.upper(), "\n".join(_FLATTENED.split(". "))):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in finditer_after(pattern, text, starter)] == expected
    assert list(pattern.finditer(_FLATTENED))  # the text holds the pattern's forms


def test_in_bracket_counts_as_the_marks_do():
    line = "Torben Hoffmann (Stedfortræder: Conni Bergendorff) Afbud: Ole (A) (x"
    long_line = "Deltagere: " + "Anna Berg (A), " * 200 + "(Stedfortræder: Ole Hansen) Afbud: Lis Holm"
    for text in (line, f"{line}\n{line}", long_line, f"{long_line}\n{line}", f"{line}\n{long_line}"):
        positions, balances = attendance_list_ends._bracket_marks(text)
        for pos in range(0, len(text), 7):
            last = max((k for k, at in enumerate(positions) if at < pos), default=-1)
            assert attendance_list_ends.in_bracket(text, pos) == (last >= 0 and balances[last] > 0)


def test_person_name_kept_answers_as_worked_out():
    for tokens in (["Anna", "Berg"], ["Sekretariat", "Rasmus", "Engsig"], ["Fagchef", "Plan", "og", "Byg"], ["Ole"]):
        _person_name.cache_clear()
        direct = plausible(tokens) and not any(_ASSOCIATION_WORD.search(t) or _TITLE_TOKEN.fullmatch(t) for t in tokens)
        assert person_name(tokens) == direct
        assert person_name(list(tokens)) == direct  # asked again: the kept answer


def test_heading_kind_body_decisions_still_read():
    # "Teknik- og Miljøudvalgets beslutning den 3. marts 2021" names a body; "Kultur- og Idrætsudvalget, 03-04-2019,
    # pkt. 42" a point: the patterns are still asked of both
    assert sections.heading_kind.read("Teknik- og Miljøudvalgets beslutning den 3. marts 2021") == "beslutning"
    assert sections.heading_kind.read("Beslutning i Børne- og Skoleudvalget") == "beslutning"
    assert sections.heading_kind.read("Arbejdsmarked, Erhverv og Turisme, 6. januar 2020, pkt. 125:") == "beslutning"
    assert sections.heading_kind.read("BESLUTNING I BØRNE- OG SKOLEUDVALGET DEN 3. MAJ 2021") == "beslutning"
    # a line with neither word is no body's decision heading
    assert sections.heading_kind.read("Godkendelse af regnskab den 3. marts 2021") is None


def test_unnumbered_items_none_without_an_opening_heading():
    with_heading = split_lines("Forside\n\nRenovering af skolen\nSagsfremstilling\nTeksten.\n")
    without = split_lines("Forside\n\nRenovering af skolen\nTeksten om sagen.\n")
    assert [c.title for c in unnumbered_items(with_heading, set())] == ["Renovering af skolen"]
    assert unnumbered_items(without, set()) == []


def test_no_item_at_a_glance_only_where_line_candidate_finds_none():
    text = "\n".join(
        [
            "Referat fra mødet",
            "Sagsfremstilling",
            "Punkt 3: Godkendelse af regnskab",
            "Pkt. 4 Budget",
            "åbent 1 Stefan Agger - udtræden",
            "ØU-55/07-O Økonomisk orientering maj 2007",
            "Titel<br />",
            "Beslutning: Godkendt.",
            "Nr. 5 - Godkendelse",
            "Ad pkt. 1: Meddelelser",
        ]
    )
    for line in split_lines(text):
        if no_item_at_a_glance(line.clean):
            assert line_candidate(line, None, False) is None, line.text
    glanced = [line.text for line in split_lines(text) if no_item_at_a_glance(line.clean)]
    assert glanced == ["Referat fra mødet", "Beslutning: Godkendt."]


def test_named_municipalities_needs_a_municipality_word_or_a_postcode():
    assert [n.how for n in named_municipalities("Mødested: Brønderslev Rådhus")] == ["rådhus"]
    assert [n.how for n in named_municipalities("Byrådet i Greve")] == ["council"]
    assert [n.how for n in named_municipalities("4600 Køge")] == ["postcode"]
    assert [n.how for n in named_municipalities("GENTOFTE KOMMUNE")] == ["kommune"]
    assert named_municipalities("Lejre og Køge mødtes") == []  # names alone name no municipality as one


def test_is_cross_municipal_kept_answers_as_worked_out():
    joint = "Den fælles Beredskabskommission for Rudersdal og Hørsholm Kommuner"
    for name in ("KKR Sjælland", "Økonomiudvalget", joint):
        direct = is_cross_municipal.__wrapped__(name)
        assert is_cross_municipal(name) == direct
        assert is_cross_municipal(name) == direct


def test_document_kind_reads_decisions_only_where_needed():
    lines = split_lines("Dagsorden\nØkonomiudvalget\n\n1. Budget\nBeslutning\nGodkendt.\n")
    assert document_kind(lines, False, "\n".join(line.text for line in lines)) == "referat"  # an agenda decided
    lines = split_lines("Dagsorden\nØkonomiudvalget\n\n1. Budget\nIndstilling\nAt budgettet godkendes.\n")
    assert document_kind(lines, False, "\n".join(line.text for line in lines)) == "dagsorden"
    lines = split_lines("Økonomiudvalget\n\n1. Budget\nBeslutning\nGodkendt.\n")
    assert document_kind(lines, False, "\n".join(line.text for line in lines)) == "referat"
    assert document_kind(lines[:2], True, "Økonomiudvalget") == "referat"
    assert document_kind(lines[:2], False, "Økonomiudvalget") is None


def test_a_number_out_of_order_never_comes_to_fit():
    # reconsidered works out no features where no line may fit: an addition never puts an out-of-order number in order
    chosen = [(2, 1), (10, 2), (20, 5)]
    for number in range(0, 8):
        for line in (1, 5, 15, 25):
            for extra in ([], [(12, 3)], [(12, 3), (16, 4)], [(30, 6)], [(0, 0)]):
                if item_model._fits(number, line, sorted(chosen + extra)):
                    assert item_model._may_fit(number, line, chosen), (number, line, extra)


def test_under_another_decision_as_a_pass_over_the_whole_reach():
    from datetime import date

    from graphbuild.parse import attendance_prose
    from graphbuild.parse.attendance_rows import lowered

    text = (
        "1. Budget\nSagsfremstilling\nTeksten.\n\nBESLUTNING: Økonomiudvalget den 25-03-2022\n"
        "Anbefales. Ole Hansen var fraværende.\n\nBeslutning i Byrådet den 3. maj 2022\nGodkendt. Lis Holm deltog.\n"
    )
    lower = lowered(text)
    day = date(2022, 5, 3)
    for lo in range(0, len(text), 5):
        heading = max(
            attendance_prose._DECISION_HEADING.finditer(text, max(0, lo - 3000), lo),
            key=lambda m: m.start(),
            default=None,
        )
        dates = attendance_prose.find_dates(heading.group(0)) if heading else []
        direct = bool(dates) and all(d.value != day for d in dates)
        assert attendance_prose._under_another_decision(text, lower, lo, day) == direct, lo
    assert attendance_prose._under_another_decision(text, lower, text.index("Ole Hansen"), day)
    assert not attendance_prose._under_another_decision(text, lower, text.index("Lis Holm"), day)


def test_under_another_decision_reads_the_last_heading_line_as_the_whole_reach():
    """Random texts of headings, words that hold "beslutning" and are none, dates, breaks and look-alike letters: the
    last heading found line by line from the sentence back is the last the pass over the whole reach finds."""
    import random
    from datetime import date

    from graphbuild.parse import attendance_prose
    from graphbuild.parse.attendance_rows import lowered

    pieces = [
        "Beslutning", "BESLUTNING", "beslutning", "beslutningen", "Beslutningen", "beſlutning", "BESLUTNİNG", "-",
        ": ", " i Byrådet", " i byrådet", " den 3. maj 2022", " den 25-03-2022", " 12.01.2021", "\n", "\n", "  ",
        " ", "Godkendt.", "Ole Hansen var fraværende.", "x" * 70, "y " * 800,
    ]  # fmt: skip
    rng = random.Random(7)
    day = date(2022, 5, 3)
    answered = set()
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        lower = lowered(text)
        attendance_prose._lookalike_places.cache_clear()
        for lo in {len(text), *(rng.randint(0, len(text)) for _ in range(12))}:
            heading = max(
                attendance_prose._DECISION_HEADING.finditer(text, max(0, lo - 3000), lo),
                key=lambda m: m.start(),
                default=None,
            )
            dates = attendance_prose.find_dates(heading.group(0)) if heading else []
            direct = bool(dates) and all(d.value != day for d in dates)
            assert attendance_prose._under_another_decision(text, lower, lo, day) == direct, (text, lo)
            answered.add(direct)
    assert answered == {True, False}


def test_status_lines_scans_only_lines_with_a_status_word():
    from graphbuild.parse import attendance_columns

    assert "K" not in attendance_columns.CASE_BLIND_LOOKALIKES  # an ASCII capital K would make every line scanned
    texts = [
        "Jens Hansen (A)\tMødt\nLise Jensen  Afbud\nOle Berg (V) | Til stede\nPunkt 1 Godkendelse\n",
        "Medlemmer • Lars Gaardhøj: Deltog • Sofie de Bretteville Olsen: Afbud (Stedfortræder Jarl Feyling) • x",
        "Anna Berg  FRAVÆRENDE\nBo Lund  ikke mødt\n\nOle Holm\tDeltager",
        "Anna Berg  Afbud\nKaj Lund  Forfald",  # a capital K: only the lines with a status word are scanned
        "Anna Berg  Afbud\n\u212aaj Lund  Forfald\nBo Lund  ıkke mødt",  # the Kelvin sign, a dotless i: every line
    ]
    for text in texts:
        expected = [m.span() for m in attendance_columns.STATUS_LINE.finditer(text)]
        cues = CueWords(lowered(text), attendance_columns.STATUS_STEMS)
        assert [m.span() for m in attendance_columns.status_lines(text, cues)] == expected
        assert expected


def test_header_lines_spared_name_no_municipality():
    from graphbuild.parse.former_municipalities import named_former
    from graphbuild.parse.header_municipality import _lines_that_may_name

    lines = split_lines(
        "Referat\nØkonomiudvalget\nMødested: Juelsminde Rådhus\n4600 Køge\nTHYHOLM KOMMUNE\n"
        "Byrådet i Greve\nLejre og Køge\n"
    )
    naming, naming_former = _lines_that_may_name(lines)
    for position, line in enumerate(lines):
        if position not in naming:
            assert named_municipalities(line.text) == []
        if position not in naming_former:
            assert named_former(line.text) == []
    assert {2, 3, 4, 5} <= naming and {2, 4} <= naming_former


def test_inline_heading_kept_answers_as_worked_out():
    for text in ("Beslutning: Godkendt.", "Udvalgets beslutning: Udsat.", "Protokol: Godkendt.", "Teksten om sagen."):
        assert sections.inline_heading(text) == sections.inline_heading.read(text)
    assert sections.inline_heading("Beslutning: Godkendt.") == ("Beslutning", "beslutning", 12)


_HEAD_LABEL_TEXT = (
    "Referat\nUdvalgets medlemmer: Anna Berg (A), Ole Hansen (V)\nØkonomiudvalget: Lis Holm (C), Per Ravn (O)\n"
    "Mødedeltagere\nAnna Berg\nOle Hansen\n  * Faste medlemmer Kirsten Nørgård, Dorte Soll\nTil stede var Anna Berg\n"
    "Byrådet - Anna Berg, Ole Hansen\nDELTAGERE: ANNA BERG, OLE HANSEN\nTİLSTEDE Anna Berg, Ole Hansen\nRådhuset"
)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (attendance_label_heads._COLON_PHRASE, attendance_label_heads._COLON_HEAD_WORDS),
        (attendance_label_heads._LINE_ALONE, attendance_label_heads._ALONE_HEAD_WORDS),
        (attendance_label_heads._PHRASE_BEFORE_NAMES, attendance_label_heads._ALONE_HEAD_WORDS),
    ],
)
def test_head_label_lines_are_the_lines_finditer_takes_with_a_head_word(pattern, words):
    for text in (_HEAD_LABEL_TEXT, _HEAD_LABEL_TEXT.upper(), _HEAD_LABEL_TEXT.replace("\n", "\n\n")):
        for limit in (len(text), len(text) // 2, 40, 0):
            expected = [m.span() for m in pattern.finditer(text, 0, limit) if any(w in lowered(m[0]) for w in words)]
            assert [m.span() for m in matches_on_lines_holding(pattern, text, words, limit)] == expected
    assert len(list(pattern.finditer(_HEAD_LABEL_TEXT))) >= 2  # the text holds the pattern's forms


@pytest.mark.parametrize("words", [attendance_label_heads._ALONE_HEAD_WORDS, ("råd", "udvalg"), ("medlem",)])
def test_cue_lines_hold_what_a_pass_per_reader_finds(words):
    # one pass for every head word, each reader's lines filtered from it: the lines and matches of its own pass
    for text in (_HEAD_LABEL_TEXT, _HEAD_LABEL_TEXT.upper(), _HEAD_LABEL_TEXT.replace("\n", "\n\n"), ""):
        for limit in (len(text), len(text) // 2, 40, 0):
            lower = lowered(text)
            cue = CueLines(text, lower, attendance_label_heads._COLON_HEAD_WORDS, limit)
            assert cue.holding(words) == lines_holding(text, lower, words, limit)
            pattern = attendance_label_heads._LINE_ALONE
            expected = [m.span() for m in matches_on_lines_holding(pattern, text, words, limit)]
            assert [m.span() for m in matches_on_lines(pattern, text, cue.holding(words))] == expected
    with pytest.raises(ValueError, match="not among"):
        CueLines("x", "x", ("medlem",), 1).holding(("afbud",))


_CUE_TEXT = (
    "Referat\nDeltagere: Anna Berg (A), Ole Hansen (V)\nAfbud: Lis Holm\nFravær: ingen. Fraværende: Per Ravn\n"
    "Sagsforløb: tidligere behandlet, pkt. 3 og punkt 4.\nBeslutning: Tiltrådt. Anna Berg stemte imod, for: 3\n"
    "Ole Hansen mødte i stedet. Lis Holm var til stede og gik kl. 18. ikke ikkeikke"
)


@pytest.mark.parametrize(
    "words",
    [
        ("afbud", "fravær", "fraværende", "ikke", "pkt", "punkt", "til stede", " gik ", "for:"),
        ("ikke",),
        ("beslutning", "tidligere", "forløb"),
        (),
    ],
)
def test_cue_words_found_once_are_what_each_readers_pass_finds(words):
    # one automaton pass for the union of every reader's words: each reader's offsets and lines as its own pass's
    union = ("afbud", "fravær", "fraværende", "ikke", "pkt", "punkt", "til stede", " gik ", "for:", "beslutning")
    union += ("tidligere", "forløb", "ikke", "afbud")  # a word in two readers' tuples
    for text in (_CUE_TEXT, _CUE_TEXT.upper(), _CUE_TEXT.replace("\n", "\n\n"), ""):
        lower = lowered(text)
        cues = CueWords(lower, union)
        assert cues.offsets(words) == find_words(lower, words)
        for hi in (None, len(text), len(text) // 2, 40, 0):
            assert cues.lines_holding(text, words, hi) == lines_holding(text, lower, words, hi)
    with pytest.raises(ValueError, match="not among"):
        CueWords("afbud", ("afbud",)).offsets(("stemte",))


def find_words(lower: str, words: tuple[str, ...]) -> list[int]:
    """The sorted offsets of ``words`` in ``lower``, overlapping places too: a ``str.find`` scan per word (the
    readers' own scans before ``CueWords``)."""
    found: list[int] = []
    for word in words:
        at = lower.find(word)
        while at >= 0:
            found.append(at)
            at = lower.find(word, at + 1)
    return sorted(found)


def _places_apart(lower: str, word: str) -> list[int]:
    """The offsets of ``word`` in ``lower``, each scan resuming after the one found."""
    out: list[int] = []
    at = lower.find(word)
    while at >= 0:
        out.append(at)
        at = lower.find(word, at + len(word))
    return out


def test_cue_words_apart_before_and_any_are_the_scans_they_replace():
    words = ("afbud", "aa", "ikke i", "fremmødt", "deltog")
    for text in ("afbud afbudafbud aaaa ikke i ikke ikke i\nfremmødt deltog", "aaa", ""):
        lower = lowered(text)
        cues = CueWords(lower, words)
        for word in words:
            assert cues.apart(word) == _places_apart(lower, word)
            for end in range(len(text) + 1):
                assert cues.before(word, end) == [at for at in find_words(lower, (word,)) if at + len(word) <= end]
                assert cues.any_of((word,), end) == (lower.find(word, 0, end) >= 0)
        assert cues.any_of(words) == any(word in lower for word in words)
        for end in range(len(text) + 1):
            for pattern, record_words in ((attendance_lists._HEADER_RECORD, attendance_lists._HEADER_RECORD_WORDS),):
                record_cues = CueWords(lower, record_words)
                expected = pattern.search(lower, 0, end) is not None
                assert attendance_lists._matched_at_a_word(pattern, lower, record_words, end, record_cues) == expected


@pytest.mark.parametrize(
    "text",
    [
        _HEAD_LABEL_TEXT,
        _HEAD_LABEL_TEXT.upper(),
        _HEAD_LABEL_TEXT.replace("\n", "\n\n"),
        _HEAD_LABEL_TEXT.replace("İ", "I"),  # no letter that lowers to two: the document's cues read the lines
        "",
    ],
)
def test_head_labels_from_the_document_cues_are_those_of_their_own_pass(text):
    # the lines that hold a head word, taken from the document's one pass over its cue words (attendance_rows'
    # lower case), are the lines of head_labels' own pass (vocab.near's): the same labels at every limit
    cues = attendance_lists.document_cues(attendance_rows.lowered(text))
    for limit in (len(text), len(text) // 2, 40, 0):
        for records_meeting in (True, False):
            own = attendance_label_heads.head_labels(text, limit, records_meeting)
            assert attendance_label_heads.head_labels(text, limit, records_meeting, cues) == own
    if text and not text.isupper():  # names in capitals are read as no names
        assert attendance_label_heads.head_labels(text, len(text), True, cues)  # the text holds head labels


def test_names_follow_of_one_text_is_asked_once_and_answers_as_names_follow(monkeypatch):
    # "Medlemmer:" of aabenraa-byraadet-2022-11-30, read as a label and by its head noun: one question
    text = "Udvalg: Byrådet\nMedlemmer: Jan Riber Jakobsen, Anders Koch-Hørlyck, Hans-Christian Gjerlevsen\nRådhuset"
    follows = attendance_groups.NamesFollow(text)
    answers = {
        (pos, count): attendance_groups.names_follow(text, pos, count) for pos in range(len(text)) for count in (1, 2)
    }
    assert any(answers.values()) and not all(answers.values())
    asked: list[tuple[int, int]] = []
    real = attendance_groups.names_follow

    def counted(text_: str, pos: int, count: int) -> bool:
        asked.append((pos, count))
        return real(text_, pos, count)

    monkeypatch.setattr(attendance_groups, "names_follow", counted)
    for _ in range(2):
        assert {key: follows(text, *key) for key in answers} == answers
    assert sorted(asked) == sorted(answers)  # each position and count once
    other = text.replace("Jan", "Per")  # another text: asked as it is
    assert follows(other, 11 + len("Medlemmer:") + 5, 2) == real(other, 11 + len("Medlemmer:") + 5, 2)


def test_one_letter_lowers_to_two_characters():
    # head_labels takes the cues' lines where the text holds no such letter: the two lower cases are then one
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if len(c.lower()) != 1] == [
        attendance_label_heads.LOWERS_TO_TWO
    ]


def test_head_labels_read_a_case_blind_head_the_lower_case_misses():
    text = "Mødet\nTılstede Anna Berg, Ole Hansen, Lis Holm\n"  # a dotless ı: the pattern takes it, lower case does not
    cue = CueLines(text, lowered(text), attendance_label_heads._COLON_HEAD_WORDS, len(text))
    lines = cue.holding(attendance_label_heads._ALONE_HEAD_WORDS)
    spans = [m.span() for m in attendance_label_heads._phrases_before_names(text, len(text), lines)]
    assert spans == [m.span() for m in attendance_label_heads._PHRASE_BEFORE_NAMES.finditer(text)]
    assert spans


@pytest.mark.parametrize(
    "text",
    [
        "Indholdsfortegnelse1. Fraværende",
        "Lukket punkt454. Godkendelse af dagsorden",
        "side12. Budget og side1234. Budget",
        "Mødet 12. Maj og kl.3. Ok punkt 7. Budget",
        "abc١٢. Budget",  # digits of another script: \\d takes them
        "punkt 3. Budget\npunkt4.\nBudget",
        "",
    ],
)
def test_a_glued_number_is_looked_for_at_its_full_stop(text):
    assert (flatten._GLUED_STOP.search(text) is None) == (flatten._GLUED.search(text) is None)


def test_a_line_a_contents_step_may_take_is_read_by_the_steps():
    lines = split_lines("Sagsfremstilling\nIndhold\n2 Indholdsfortegnelse\nÅbne punkter\nLukket møde\nBilag\n")
    assert [_may_take(line.clean) for line in lines[:-1]] == [False, True, True, True, True, False]


def test_markup_is_looked_for_only_in_a_text_holding_one_of_its_marks():
    from graphbuild.parse import attendance_text

    texts = ["Deltagere: <b>Ole Berg</b>, **Lis Holm**<br/>Afbud: __Per__&nbsp;Bak", "Deltagere: Ole Berg, Lis Holm"]
    for text in texts:
        direct = attendance_text._MARKUP.sub(lambda m: " " * len(m.group(0)), text)
        assert any(mark in text for mark in attendance_text._MARKUP_MARKS) == (direct != text)


def test_a_mirror_chrome_is_blanked_and_a_text_without_is_left():
    from graphbuild.parse.mirror_chrome import blank_mirror_chrome

    chrome = "Referat 1. Godkendelse\nStørrelse: px\nStarte visningen fra side:\nTranskript\n1 Referat\n"
    assert blank_mirror_chrome(chrome).endswith("Transkript\n1 Referat\n".replace("Transkript", " " * 10))
    assert blank_mirror_chrome("Referat\n1. Godkendelse\n") == "Referat\n1. Godkendelse\n"


@pytest.mark.parametrize("text", ["", "\n\n", "1. Titel\n\n  \nTekst\n\t\n2. Andet\nSlut", "a\nb\n\nc\n \n"])
def test_the_counts_of_lines_with_text_are_the_walks_they_replace(text):
    """``item_features``' count of lines with text before each line gives what a walk over the lines gives: the
    lines with text between two lines (any two, out of range too) and whether a line is blank."""
    from graphbuild.parse.item_features import _is_blank, _texts_before, _texts_between

    lines = split_lines(text)
    before = _texts_before(lines)
    for position in range(-2, len(lines) + 2):
        walked = not (0 <= position < len(lines)) or not lines[position].text.strip()
        assert _is_blank(before, position) == walked
        for following in range(len(lines) + 3):  # a later line, or past the last
            if position < 0:
                continue
            walked_between = sum(1 for line in lines[position + 1 : following] if line.text.strip())
            assert _texts_between(before, position, following) == walked_between


_CONTENTS_TEXT = (
    "Referat\n\nIndholdsfortegnelse\n1. Godkendelse af dagsorden ........ 3\n2. Meddelelser<br/> ........ 4\n\n"
    "Åbne punkter\n3\tBudget 2024\t5\n4\tAnlæg\t6\nLukket møde\n5. Salg af grund\n\nSagsfremstilling\n"
    "Punkt 1: Godkendelse af dagsorden\nDer er behov for nye lokaler.\n12\n13\nBeslutning: Godkendt.\n<b></b>\n"
)


@pytest.mark.parametrize("text", [_CONTENTS_TEXT, _FLATTENED, "Dagsorden\n\n1. Titel\n2. Andet\n\nTekst\n"])
def test_contents_lines_passed_over_by_find_contents_are_those_the_reader_passes_over(text):
    """``find_contents``' own test of a line outside any list gives what reading every line with the reader gives."""
    from graphbuild.parse import item_contents
    from graphbuild.parse.item_contents_flattened import read_flattened_page

    def read_each(lines, segmented):
        reader = item_contents._ContentsReader(lines, segmented)
        for line in lines:
            reader.read(line)
        reader.close()
        reader.flush_tab_run()
        if segmented and not reader.entries:
            read_flattened_page(lines, reader.inside, reader.entries, segmented)
        return reader.inside, reader.entries

    for segmented in (set(), {0, 1}):
        assert item_contents.find_contents(split_lines(text), segmented) == read_each(split_lines(text), segmented)
