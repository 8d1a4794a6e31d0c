"""The meeting's own posts labelled before a name in the forms associations' and councils' minutes print them and
`role_meeting_posts` does not read (read by `roles`): an abbreviated or misspelt label ("Ref: NAME", "Ref. NAME",
"Referant: NAME"), a label and a tab, joined labels ("Referent/ordstyrer: NAME", "Mødeleder og referent: NAME"),
a title after the label ("Referent: sekretær NAME"), the minutes' writer said ("Referatet er skrevet af NAME",
"Referat ved NAME", "Referent var NAME"), and the post before the name inside a line ("Ordstyrer NAME, referent
NAME2"). Each post is held in the meeting's body, else where an unnamed chair is."""

from __future__ import annotations

import re

from graphbuild.extract.role_patterns import ROLE_WORDS, role_of_word
from graphbuild.extract.role_sentence import Reading, Sentence
from graphbuild.parse.lines import start_of_line

# a meeting's posts, and a board's posts joined with one in a label ("Formand og referent: NAME")
_MEETING_POST = r"referent|referant|ref\.|ref(?=[ \t]*:)|ordstyrer|dirigent|mødeleder"
_LABEL_POST = rf"{_MEETING_POST}|(?:næst)?formand|sekretær|kasserer"
_JOIN = r"[ \t]*(?:/|,|&|\bog\b)[ \t]*"
# a label opening its line or its sentence on the line: its posts, a colon, a full stop or a tab, then an optional
# title of the person's own ("Referent: sekretær NAME"); or the label glued to the name, a web form's cells run
# together ("ReferentErling Bevensee")
LINE_LABEL = re.compile(
    rf"(?:^|(?<=[.;!?])[ \t])[ \t]*(?P<labels>(?:{_LABEL_POST})(?:{_JOIN}(?:{_LABEL_POST}))*)"
    rf"(?:(?:[ \t]*:[ \t]*|[ \t]*\t[ \t]*|(?<=\.)[ \t]+|[ \t]+)(?:(?:{ROLE_WORDS})[ \t]+)?|(?<=[a-zæøå]))$",
    re.IGNORECASE,
)
# the minutes' writer said: "Referatet er skrevet af NAME", "Referat ved NAME", "Referat v/ NAME", "Referent var
# NAME"
WRITTEN_BY = re.compile(
    r"(?:^|(?<=[.;!?])[ \t])[ \t]*"
    r"(?:referat(?:et)?[ \t]+(?:(?:er|blev)[ \t]+)?(?:skrevet|taget|udarbejdet|ført)[ \t]+af"
    r"|referat[ \t]+(?:ved|v/)|referent(?:en)?[ \t]+(?:var|er|blev))[ \t]*$",
    re.IGNORECASE,
)
# the post before the name inside a line, opening an entry: "Ordstyrer NAME, referent NAME2", "NAME / ref. NAME2"
POST_OPENS_ENTRY = re.compile(
    r"(?:^|[,;:/]|(?<=[.!?])|[ \t](?:og|samt))[ \t]*(?P<role>referent|ref\.|ordstyrer|dirigent|mødeleder)[ \t]+$",
    re.IGNORECASE,
)
_SPLIT = re.compile(_JOIN, re.IGNORECASE)
_SPELLINGS = {"ref.": "referent", "ref": "referent"}  # a misspelt "referant" is kept as printed


def labelled_meeting_posts(s: Sentence, r: Reading) -> None:
    """The meeting's posts a label, a writer's phrase or a post opening an entry puts before the name."""
    text, p = s.text, r.p
    line_start = start_of_line(text, p.start)
    prefix = text[max(line_start, p.start - 90) : p.start]
    if not prefix.strip() or not any(w in prefix.lower() for w in ("ref", "ordstyr", "dirigent", "mødeleder")):
        return
    roles: list[str] = []
    label = LINE_LABEL.search(prefix)
    if label is not None:
        posts = [_SPELLINGS.get(w.lower().strip(), w) for w in _SPLIT.split(label["labels"]) if w.strip()]
        if any(re.fullmatch(_MEETING_POST, post, re.IGNORECASE) for post in posts):
            roles = [role_of_word(post) for post in posts]
    elif WRITTEN_BY.search(prefix) is not None:
        roles = ["referent"]
    elif (post := POST_OPENS_ENTRY.search(prefix)) is not None:
        roles = [_SPELLINGS.get(post["role"].lower(), role_of_word(post["role"]))]
    target = s.body or s.chair(p.start) if roles else None
    if target is None:
        return
    for role in dict.fromkeys(roles):
        s.add(p, role, target)
