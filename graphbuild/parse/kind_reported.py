"""Whether a document records a person's report at the meeting: a full name, then a past-tense verb of reporting
("Jens F. Jensen orienterede indledningsvist om …", "Ulla Astman orienterede om …", "Kirsten Feld oplyste, at …",
"Bo Johansen fremlagde …"). Minutes write what was said; an agenda asks ("Borgmesteren orienterer") or quotes
an earlier meeting, which the guards reject: the report placed at another meeting ("… orienterede på mødet den 3.
maj", "… på sidste møde"), in a letter ("… oplyste i sin henvendelse"), or the name in a clause of reference ("som
Jens Hansen oplyste …")."""

from __future__ import annotations

import re

from graphbuild.vocab.near import finditer_near
from graphbuild.vocab.person_names import NAME_RUN, plausible

# the verbs of a report given at a meeting, in the past tense: people report, bodies decide ("Byrådet besluttede",
# "Vejen Kommune drøftede": an agenda's case history, so the verbs of deciding and discussing are not here)
_VERBS = ("orienterede", "redegjorde", "oplyste", "gennemgik", "fremlagde", "præsenterede", "supplerede")
_REPORTED = re.compile(rf"(?P<name>{NAME_RUN.pattern})[ \t]+(?:{'|'.join(_VERBS)})\b")
_NAME_REACH = 80  # a name of up to four words with initials before the verb
# the report placed elsewhere: another meeting ("på mødet den 3. maj", "på sidste møde", "i maj"), a letter
_ELSEWHERE = re.compile(
    r"(?i)^[ \t,]*(?:\w+[ \t]+)?(?:på|ved|i|under)[ \t]+(?:\w+[ \t]+)?"
    r"(?:møde[a-zæøå]*|sidste|forrige|tidligere|sin|sit|sine|en|et|brev|mail|e-mail|henvendelse|skrivelse|"
    r"januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|\d)\b"
)
_AFTER_REACH = 40
# the name in a clause of reference: "som Jens Hansen oplyste", "da Jens Hansen fremlagde", "hvad Jens Hansen …"
_REFERENCE_CLAUSE = re.compile(r"(?i)\b(?:som|da|hvor|hvad|efter\s+at|når|idet)[ \t]*$")


def reports_at_meeting(text: str) -> bool:
    """Whether the text records a named person's report in the past tense, given at this meeting."""
    body = text[:30000]
    for match in finditer_near(_REPORTED, body, _VERBS, _NAME_REACH):
        if not plausible(match["name"].split()):
            continue  # "Region Nordjylland orienterede", "Kommunal Bestyrelse …": no person's name
        if _REFERENCE_CLAUSE.search(body[max(0, match.start() - 15) : match.start()]):
            continue
        if _ELSEWHERE.search(body[match.end() : match.end() + _AFTER_REACH]):
            continue
        return True
    return False
