"""A line below a list's entries that is a short sentence about a person, not one more entry: "Ole Berg bød velkommen.",
"Lis Holm var mødeleder.", "Ole Berg er formand.", "Lis Holm tog referat.": the name opens its line (its post or
workplace between commas after it: "Ole Berg, formand, bød velkommen."), a finite verb and one or more words in lower
case and a full stop end it. The sentence is no entry (the list goes on, and ends at prose as before; the prose readers
read the sentence); before, a piece's rest of three words or more was already prose, and two (or a sentence cut at its
"og") were read as the entry's note, so the person was one more of the list's entries (absent, under "Afbud:"). Read by
`attendance_entries` for a name that is not the list's first entry; a note the entry readers know ("på grund af sygdom",
"(referent)") is read before, a role in lower case ("skolens leder.") opens with no verb, and a sentence with a word of
coming, leaving or being away ("Karen Juul har ferie.", "Per Bak kom senere.", "er bortrejst.") is still the entry's
note."""

from __future__ import annotations

import re

# the rest of the name's line: two or more words in lower case, a full stop, the line's end; the first a finite verb
# (one of the common short ones, or a past tense's "-ede"/"-te"), so a role in lower case ("skolens leder.") is none
_LOWER_CASE_SENTENCE = re.compile(
    # one or two pieces between commas after the name first, a post or an affiliation ("Ole Berg, formand, bød
    # velkommen.", "Jens Lund, COWI, var inviteret til punkt 3.")
    r"(?:(?:[ \t]*,[ \t]*[^,\n]{2,60}?){1,2}[ \t]*,)?"
    r"[ \t]+(?:er|var|blev|bliver|har|havde|bød|byder|tog|tager|gav|giver|fik|får|holdt|holder|sagde|siger|"
    r"[a-zæøå]+(?:ede|te))(?:[ \t]+[a-zæøå]{2,})+\.[ \t]*(?=\n|$)"
)

# a word of coming, leaving or being away, or a reason to be away: such a sentence says the entry's attendance
# ("Karen Juul har ferie.", "Karen Juul er syg.", "Karen Juul kom senere.", "uden afbud.", "er bortrejst."), read as
# the entry's note as before
_ATTENDANCE_WORD = re.compile(
    r"(?<![\w-])(?:syg\w*|ferie\w*|afbud|forfald|forhindre\w*|fravær\w*|orlov|barsel\w*|udebl\w*|ikke|fri|"
    r"deltog|deltager|deltage|mødt|mødte|kom|ankom|forlod|gik|senere|tidligere|arbejde\w*|\w*rejse|bortrejst|optaget|"
    r"kursus|udland\w*|privat\w*|familie\w*|begravelse|aftale)(?![\w-])"
)

_LEAD = " \t*•·-–"  # bullets and dashes that may open an entry's line


def sentence_on_own_line(text: str, name_start: int, rest_start: int, last_end: int) -> bool:
    """Whether the name at ``name_start`` opens a line below the entry that ended at ``last_end`` and the rest of
    its line (from ``rest_start``) is two or more lower-case words and a full stop: a sentence, not an entry."""
    line_start = text.rfind("\n", 0, name_start) + 1
    if line_start <= last_end or text[line_start:name_start].strip(_LEAD):
        return False
    sentence = _LOWER_CASE_SENTENCE.match(text, rest_start)
    return sentence is not None and _ATTENDANCE_WORD.search(sentence.group(0)) is None
