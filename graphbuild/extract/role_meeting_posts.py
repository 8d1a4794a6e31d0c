"""The meeting's own posts and a body's standing substitutes (read by `roles`): the minute-taker ("Inger Bojsen
Nehm, KD-Net (ref.)", "Referent: NAME", "NAME deltog som referent"), "Dirigent: Helle Thagesen", "Ordstyrer: NAME",
"suppleant Martin Hillerup", "Partiets 1. suppleant er NAME", "1. stedfortræder for Socialdemokratiet, Linda
Lyngsøe" (a council's substitute by rank), "Stedfortræder: NAME" opening its line in a body's composition."""

from __future__ import annotations

import re

from graphbuild.extract.mentions import Mention
from graphbuild.extract.role_facts import Target
from graphbuild.extract.role_joined_after import JOINED_TITLE
from graphbuild.extract.role_patterns import NAME_BRACKET
from graphbuild.extract.role_sentence import Reading, Sentence, ending
from graphbuild.parse.lines import line_above
from graphbuild.vocab.person_names import DEPUTY_WORD
from graphbuild.vocab.text_patterns import capitalised_run

# the minute-taker: "Inger Bojsen Nehm, KD-Net (ref.)", "Referent: Inger Bojsen Nehm"
# … or after the entry's workplace: "Christian Eske Nielsen, BRS, Center for Forebyggelse (referent)", "Pernille
# Franck Friluftsrådets sekretariat (referent)" (no other name between)
# … with the initials in the bracket: "Alette Houman Dyhrfjeld (AHD, Referent)"
# … or joined to another title in the bracket: "Jens Hansen (formand og referent)" (`role_joined_after`)
# (each blank run read once, the same spans and groups as `{NAME_BRACKET}(?:\s*,?[ \t]+[^()\n]{1,60}?)?\s*(…)`, whose
# blanks before the window were split every way, a hang at 1,000: of the places the window may open, the last one
# not on a bracket or a line break is the only one that can find a bracket the others cannot, so it is taken
# alone (atomic); but a "[" right after the blanks after a comma, which only an earlier opening reaches, when the
# window can open before the comma within its 60 characters, on a line's last space or tab, or on the second blank
# after it)
REFERENT_AFTER = re.compile(
    r"^(?:\s*+\([^()\n]{1,40}\))?"
    r"(?:(?>\s*,?[ \t]+(?=[^()\n]))[^()\n]{1,60}?"
    r"|(?:[^\S\n]*+\n)*+[^\S\n]*[ \t][^\S\n \t]{0,59},[ \t]++(?=\[)|\s*+,[ \t]{2,}+(?=\[))?\s*+"
    rf"(?:\((?:[A-ZÆØÅ]{{2,4}},[ \t]*|(?P<joined>{JOINED_TITLE}))?"
    r"(?:ref\.?|referent)\)|"
    r"\[(?:ref\.?|referent)\])",  # … in square brackets: "Claus Brinch-Danielsen [referent]"
    re.IGNORECASE,
)
# … or after a comma or a dash, as a list's title: "Marlene Haugaard, referent, Direktør Væksthus …", "Lise Holm -
# referent", "Jens Hansen, formand og referent"
REFERENT_TITLE = re.compile(
    rf"^{NAME_BRACKET}\s*(?:,|[ \t][-–])[ \t]*{JOINED_TITLE}?(?:ref\.|referent)(?![\wæøå])(?=[ \t]*(?:[,.;)\n]|$))",
    re.IGNORECASE,
)
# "Ib Nord Nielsen deltog som referent"
REFERENT_TOOK_PART = re.compile(
    rf"^{NAME_BRACKET}\s+(?:deltog|deltager|var\s+med|fungerede|fungerer)\s+(?:også\s+)?som\s+"
    r"(?:mødets\s+)?referent(?![\wæøå])",
    re.IGNORECASE,
)
# the meeting's other posts so said: "Anna Hansen fungerede som mødeleder", "Bo Ek var dirigent"
POST_TOOK_PART = re.compile(
    rf"^{NAME_BRACKET}\s+(?:(?:deltog|deltager|fungerede|fungerer)\s+(?:også\s+)?som|var|er)\s+"
    r"(?:mødets\s+)?(?P<role>dirigent|ordstyrer|mødeleder)(?![\wæøå])",
    re.IGNORECASE,
)
REFERENT_WAS = re.compile(rf"^{NAME_BRACKET}\s+(?:var|er)\s+(?:mødets\s+)?referent(?![\wæøå])", re.IGNORECASE)
REFERENT_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:referent|ref\.)[ \t]*:?[ \t]*$", re.IGNORECASE)
# the meeting's own posts labelled where a line or a sentence opens, as associations' and councils' minutes print
# them: "Dirigent: Helle Thagesen", "Vejle, 7. april 2014. Referent: NAME Valg af dirigent: NAME2", "Ordstyrer: NAME",
# "Mødeleder: Jan Ferdinandsen" (a meeting template's header: "Mødeleder: … Referent: … Tilstede: …")
MEETING_POSTS = r"referent|dirigent|ordstyrer|mødeleder"
MEETING_POST_BEFORE = re.compile(
    r"(?:(?:^|\n|(?<=[.;!?])[ \t])[ \t]*(?:valg[ \t]+af[ \t]+)?|(?<=\s)(?-i:Valg)[ \t]+af[ \t]+)"
    rf"(?P<role>{MEETING_POSTS})"
    r"[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
# a standing substitute's seat printed before the name: "suppleant Martin Hillerup", "1. suppleant Thomas
# Bryde-Procida var indkaldt", "Partiets 1. suppleant er NAME", "Suppleanter: NAME" (one who stands in for a named
# member at this meeting is attendance: "suppleant NAME for NAME2")
SUBSTITUTE_BEFORE = re.compile(
    r"(?<![\wæøå-])(?<!dennes )(?<!hans )(?<!hendes )(?<!deres )"  # "Afbud NAME og dennes suppleant NAME2": NAME's
    r"(?P<role>(?:[1-9]\.[ \t]*)?suppleant)(?:en|er[ \t]*:|[ \t]*:|[ \t]+er)?[ \t]+$",
    re.IGNORECASE,
)
SUBSTITUTE_ABBREVIATED = re.compile(r"(?<![\wæøå-])(?P<role>(?:[1-9]\.[ \t]*)?suppl\.)[ \t]+$", re.IGNORECASE)
# … or a deputy's label opening its line in a body's composition: "Bjarne Kirkegaard K\nStedfortræder: Anne Thomas Å"
# (under an absence's line it names who stood in at this meeting: attendance, not a seat)
DEPUTY_LABEL_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?P<role>(?:[1-9]\.[ \t]*)?stedfortræder)[ \t]*:[ \t]*$", re.IGNORECASE
)
ABSENCE_LINE = re.compile(r"afbud|fravær|forfald|deltog\s+ikke|ikke\s+til\s+stede|mødte\s+ikke", re.IGNORECASE)
WORKPLACE_GAP = re.compile(r"^[ \t]*\([^()\n]{1,40}\)")  # a party or initials right after a name
STANDS_IN_FOR = re.compile(r"\s+for\s+[A-ZÆØÅ]")
# a deputy word inside the bracket after an absent member's name, the absence said first: "Jens Hansen (afbud,
# suppleant Ole Berg)", "(fraværende – suppl. Ole Berg)": he stood in at this meeting (attendance), no seat
ABSENCE_BRACKET_BEFORE = re.compile(
    r"\([ \t]*(?:meldt[ \t]+)?(?:afbud|forfald|fraværende|forhindret|syg)\)?[ \t]*[,;:\-–(][ \t,;:(\-–]*$",
    re.IGNORECASE,
)
# a council's substitute by rank: "1. stedfortræder for Socialdemokratiet, Linda Lyngsøe", "1. stedfortræder
# på liste V, Kim Østergaard"; a party's list said with "er" before the name, the party's name with its article: "1.
# stedfortræder på Det Konservatives liste er Jens Lønberg Pedersen"
LIST_SUBSTITUTE = re.compile(
    rf"\b(?P<role>(?:[1-9]\.\s+)?{DEPUTY_WORD}\s+(?:for\s+{capitalised_run('?', across_lines=True)}|"
    r"på\s+(?:liste\s+[A-ZÆØÅ]\b|(?P<party>(?:(?:Det|Den)\s+)?[A-ZÆØÅ][\wæøå-]*s\s+liste))))"
    r"\s*(?:,|(?(party)\s+er|(?!)))\s*$"
)


_OG_OR_SAMT = re.compile(r"\s(?:og|samt)\s")


def meeting_posts(s: Sentence, r: Reading) -> None:
    """The minute-taker, the meeting's chair by its label, and a substitute's seat printed before the name."""
    p, before, after, here = r.p, r.before, r.after, s.here
    said_referent = "ref" in after.lower()  # "(ref.)", "(AHD, Referent)", ", referent"
    referent = REFERENT_AFTER.match(after) if said_referent else None
    if referent is not None and (
        any(p.end < q.start < p.end + referent.end() for q in here)
        or _OG_OR_SAMT.search(after[: referent.start("joined") if referent["joined"] else referent.end()])
    ):
        referent = None  # "A, BRS B, BRS (referent)", "direktør A og Danni Giørtz- Jørgensen (referent)": B's
    took_part = referent is None and "referent" in after[:60] and REFERENT_TOOK_PART.match(after) is not None
    # "Bo Ek var referent"
    took_part = took_part or ("referent" in after[:30] and REFERENT_WAS.match(after) is not None)
    took_part = took_part or (said_referent and REFERENT_TITLE.match(after) is not None)
    if referent or took_part or ("ef" in before and REFERENT_BEFORE.search(before)):
        org = next((m for m in s.orgs if referent and p.end <= m.start < p.end + referent.end()), None)
        minutes_of: Target | None = referent_held_in(org, s.body) or s.chair(p.start)
        if minutes_of is not None:
            s.add(p, "referent", minutes_of)
    meeting_post = MEETING_POST_BEFORE.search(before) if ":" in before[-12:] else None
    if meeting_post is None and any(word in after[:60].lower() for word in ("dirigent", "ordstyrer", "mødeleder")):
        meeting_post = POST_TOOK_PART.match(after)
    if meeting_post is not None and (meeting_body := s.body or s.chair(p.start)) is not None:
        s.add(p, meeting_post["role"].lower(), meeting_body)
    substitute = SUBSTITUTE_BEFORE.search(before, max(0, len(before) - 30)) if "uppleant" in before else None
    if substitute is None and s.text.startswith("suppl. ", max(0, p.start - 7)):
        # its abbreviation, whose full stop the sentence reader took for the sentence's end: "… samt suppl. NAME"
        substitute = SUBSTITUTE_ABBREVIATED.search(s.text, max(0, p.start - 12), p.start)
    if substitute is None and "tedfortræder" in before[-20:]:
        substitute = _deputy_label(s.text, p.start, before)
    if substitute is not None and not _stands_in(substitute, after):
        seat_of = s.body or s.chair(p.start)
        if seat_of is not None:
            s.add(p, " ".join(substitute["role"].lower().replace("suppl.", "suppleant").split()), seat_of)


def referent_held_in(workplace: Mention | None, body: Target | None) -> Target | None:
    """The body a minute-taker's post is held in: the meeting's, whose post it is; the workplace printed between the
    name and "(referent)" only where the meeting has no body or the workplace is that body ("Inger Bojsen Nehm, KD-Net
    (ref.)" in KD-Net's own minutes). "Karina Elisabeth Hoyda, ansat i Center for Social Indsats (referent)" in
    Integrationsrådet's minutes, "Christian Eske Nielsen, BRS, Center for Forebyggelse (referent)" in Udvalget for
    Forebyggelse's: her and his employer, the post the meeting's."""
    if workplace is None or body is None:
        return workplace or body
    body_id = body.id if isinstance(body, Mention) else body[0]
    return workplace if workplace.id == body_id else body


def _stands_in(substitute: re.Match[str], after: str) -> bool:
    """Whether the substitute so printed stands in for a member at this meeting: "suppleant NAME for NAME2", or the
    member's absence said first in the bracket the deputy word opens, "NAME2 (afbud, suppleant NAME)"."""
    if STANDS_IN_FOR.match(WORKPLACE_GAP.sub("", after, count=1)):
        return True
    word = substitute.start("role")
    return ABSENCE_BRACKET_BEFORE.search(substitute.string, max(0, word - 40), word) is not None


def _deputy_label(text: str, at: int, before: str) -> re.Match[str] | None:
    """ "Stedfortræder: NAME" opening its line, unless the line before it records an absence."""
    label = DEPUTY_LABEL_BEFORE.search(before, max(0, len(before) - 30))
    if label is None:
        return None
    line_start = text.rfind("\n", 0, at) + 1
    previous = line_above(text, line_start)
    return None if ABSENCE_LINE.search(previous) else label


def ranked_substitute(s: Sentence, r: Reading) -> None:
    """ "1. stedfortræder på liste V, Kim Østergaard": a seat in the council named before, else the own one."""
    before, p = r.before, r.p
    if "stedfort" not in before and "suppleant" not in before:
        return
    ranked = ending(LIST_SUBSTITUTE, before, 0, len(before), 8)
    if ranked is None:
        return
    council = next((m for m in reversed(s.orgs) if m.type == "Municipality" and m.end <= p.start), None)
    council_of = council or s.own
    if council_of is not None:
        s.add(p, " ".join(ranked.group("role").split()), council_of)
