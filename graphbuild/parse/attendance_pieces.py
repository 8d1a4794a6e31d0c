"""A labelled list cut into its entries' pieces: at the separators between entries outside brackets (a comma, "og", a
tab, a bullet or a middle dot, a gap of three or more spaces), up to the full stop that ends the list; not at a list
number's full stop, nor where a name alone in its sentence or a remark before the next entry follows the stop."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graphbuild.parse.attendance_entry_lines import remark_before_next_entry
from graphbuild.parse.attendance_group_stops import group_follows_stop
from graphbuild.parse.attendance_like_entries import like_entry_follows
from graphbuild.parse.attendance_names import read_name, read_titled_name
from graphbuild.vocab.person_names import NAME_ABBREVIATIONS

CAPITAL_NEXT = re.compile(r"[ \t]*[A-ZÆØÅ]")

# Every branch opens with the character it consumes and asks what stands before it after that (a branch
# that opens with a look-behind has the whole pattern tried at every position; this way it is scanned
# for at C speed): "(?<!\w-)[ \t]og" is "[ \t](?<!\w-[ \t])og", "(?<!pkt)\." is "\.(?<!pkt\.)".
BREAK = re.compile(
    r"[()]|\n|\t|;|,|[ \t](?<!\w-[ \t])og[ \t]|[ \t]samt[ \t]|[ \t][-–][ \t]|[•·]|"
    r"[ \t][/&][ \t]|"  # "Jens Hansen / Karen Lund", "Hanne Heilmann & Ole Berg": a slash or ampersand as a comma
    # a gap of three or more spaces: a PDF's columns on one line ("Anne Hansen      Bo Jensen"), as a tab
    r"[ ](?<=\S[ ])[ ]{2,}(?=\S)|"
    # a dash typed against the word before it, a remark in lower case after ("Dan Jønsson- suppleanten …"); not
    # a compound's ("Plan- og") nor a double surname's broken by a flattening ("Michael Lund- Larsen")
    r"[-–](?<=[a-zæøå][-–])(?=[ \t]+(?!(?:og|eller|samt)[ \t])[a-zæøå])|"
    r"\.[ \t]+(?=[Ii][ \t]+stedet[ \t])|"  # "Elin Johansson. I stedet deltog Ruth Lønskov.": the entry goes on
    r"(?P<term>\.(?<![\s.][A-ZÆØÅ]\.)(?<!\b[kK]l\.)(?<!pkt\.)(?<!pga\.)(?<!nr\.)(?<!\b[aA]dm\.)"
    + "".join(rf"(?<!\b{abbreviation}\.)" for abbreviation in NAME_ABBREVIATIONS)
    # the deputy's word cut short before the deputy's name ("Afbud: Erik Holm, supp. Carl Berg deltog")
    + r"(?<!\b[sS]upp\.)(?<!\b[sS]uppl\.)(?<!\b[sS]tedf\.)(?<!\b[sS]tf\.)"
    + r"(?<![\s(]\d\.(?=[ \t]+(?i:næstformand|viceborgmester|stedfortræder|suppleant)))"
    + r"(?:(?<=\d\.)[ \t]+(?=\S)|[ \t]+(?=[^\sa-zæøå\-–])))"
)  # "1. næstformand", "2. viceborgmester": an ordinal before a title ends no list; nor does an abbreviation's stop
# after a word before a word in lower case or a dash ("medarb. repr.", "Turisterhv. - Naturama"): no sentence
# opens so


def list_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """(start, end, ends_list) pieces of a list between separators outside brackets, read lazily."""
    depth = 0
    cursor = skip_to = start
    sentence = [start]  # where the pieces of the list's sentence so far start
    for m in BREAK.finditer(text, start, end):
        if m.start() < skip_to:
            continue
        mark = m.group(0)
        if mark == "(":
            depth += 1
        elif mark == ")":
            depth = max(0, depth - 1)
            if m.end() < end and depth == 0 and CAPITAL_NEXT.match(text, m.end(), end):
                yield cursor, m.end(), False  # "Lars Møller (V) Anders Broholm (V)": a party ends an entry
                cursor = m.end()
                sentence.append(cursor)
        elif mark == "\n" and depth > 0 and text[m.start() - 1 : m.start()] == ")":
            # "Niels Ole Birk ((V)\nPia Bjerregaard (A)": a line of one entry a line that ends with its bracket closes
            # it, a bracket typed twice left open
            depth = 0
            yield cursor, m.start(), False
            cursor = m.end()
            sentence.append(cursor)
        elif mark == "\n" and depth > 0 and text[m.end() : m.end() + 1] == "\n":
            # "Alice Kiander (Børne- og Ungdomsorganisationernes Samråd\n\n": a blank line closes a bracket
            depth = 0
            yield cursor, m.start(), False
            cursor = m.end()
            sentence.append(cursor)
        elif depth == 0 and m["term"] is not None:
            if _numbered_entry(text, m.start(), m.end(), end):
                continue  # "1. Overborgmester Frank Jensen (A)": a list number, no full stop
            if group_follows_stop(text, m.end(), end):
                # "Forældrevalgte: A, B. Skolerepræsentanter: C, D": the stop closes a group, the next one follows
                yield cursor, m.start(), False
                cursor = m.end()
                sentence = [cursor]
                continue
            if _name_sentence_follows(text, m.end(), end):
                # "Jens B. Thomsen. Erling Ekegren. Dan Sørensen.": one a line, flattened
                yield cursor, m.start(), False
                cursor = m.end()
                sentence = [cursor]
                continue
            if like_entry_follows(text, sentence, m.start(), m.end(), end):
                # "Poul Weber - Jørgen Bastholm deltager som stedfortræder. Karen Baungaard - Hans Ole Hansen deltager
                # som stedfortræder.": entries of one form, one a line before the page was flattened
                yield cursor, m.start(), False
                cursor = m.end()
                sentence = [cursor]
                continue
            following = remark_before_next_entry(text, m.start(), m.end(), end)
            if following is not None:
                # "Karina Bergmann grundet arbejde. Der er ingen suppleant" and the next entry on the next line:
                # a remark closes the entry's line, not the list
                yield cursor, m.start(), False
                cursor = skip_to = following
                sentence = [cursor]
                continue
            yield cursor, m.start(), True
            return
        elif depth == 0:
            yield cursor, m.start(), False
            cursor = m.end()
            sentence.append(cursor)
    yield cursor, end, False


def _numbered_entry(text: str, dot: int, after: int, end: int) -> bool:
    """The full stop after a number that opens its line, a name (perhaps after a title) following it: a
    numbered list's entry ("1. Overborgmester Frank Jensen (A)"), not a sentence's end ("1. Godkendelse af
    dagsorden" ends the list)."""
    line_start = text.rfind("\n", 0, dot) + 1
    number = text[line_start:dot].strip(" \t")
    if not (number.isdigit() and len(number) <= 2):
        return False
    stop = min(end, after + 80)
    return read_name(text, after, stop) is not None or read_titled_name(text, after, stop) is not None


def _name_sentence_follows(text: str, pos: int, end: int) -> bool:
    """A name alone in its sentence follows on the same line ("Erling Ekegren. Dan Sørensen."), or an entry of the
    same form as the one the stop closed, its bracket then the list's comma ("(OBL). Jane Bengtsen (JB), …")."""
    page = _PAGE_BREAK.match(text, pos, end)  # a flattened PDF's next page, its number first
    hit = read_name(text, page.end() if page else pos, min(end, pos + 60))
    if hit is None or "\n" in text[hit.start : hit.end]:
        return False
    if (
        hit.party is not None
        and text[hit.rest_start : hit.rest_start + 1] == ","
        and _AFTER_BRACKET.search(text, max(0, pos - 4), pos)
    ):
        return True  # "Ole Bjerg Lauritzen (OBL). Jane Bengtsen (JB), …": a stop typed between two like entries
    return text[hit.rest_start : hit.rest_start + 2] in (". ", ".\n") or hit.rest_start >= len(text.rstrip(". \n"))


_AFTER_BRACKET = re.compile(r"\)\.[ \t]*\Z")


_PAGE_BREAK = re.compile(r"[ \t]*\n\s*\d{1,3}[ \t]+(?=\S)")
