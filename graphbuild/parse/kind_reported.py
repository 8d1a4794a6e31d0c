"""Whether a document records a person's report at the meeting: a full name or a title in the definite, then a
past-tense verb of reporting ("Jens F. Jensen orienterede indledningsvist om …", "Ulla Astman orienterede om …",
"Kirsten Feld oplyste, at …", "Formanden orienterede om …", "Beredskabschefen orienterede …"). Minutes write what
was said; an agenda asks ("Borgmesteren orienterer") or quotes an earlier meeting, which the guards reject: the
report placed at another meeting ("… orienterede på mødet den 3. maj", "… på sidste møde", "… orienterede
Økonomiudvalget den 3. maj"), in a letter ("… oplyste i sin henvendelse"), the name in a clause of reference ("som
Jens Hansen oplyste …"), a body as the subject ("Administrationen orienterede")."""

from __future__ import annotations

import re

from graphbuild.vocab.near import finditer_near
from graphbuild.vocab.person_names import NAME_RUN, is_title_word, plausible

# the verbs of a report given at a meeting, in the past tense: people report, bodies decide ("Byrådet besluttede",
# "Vejen Kommune drøftede": an agenda's case history, so the verbs of deciding and discussing are not here)
_VERBS = ("orienterede", "redegjorde", "oplyste", "gennemgik", "fremlagde", "præsenterede", "supplerede")
_REPORTED = re.compile(rf"(?P<name>{NAME_RUN.pattern}|(?<![\w.-])[A-ZÆØÅ][a-zæøå]{{4,}})[ \t]+(?:{'|'.join(_VERBS)})\b")
_NAME_REACH = 80  # a name of up to four words with initials before the verb
# the report placed elsewhere: another meeting ("på mødet den 3. maj", "på sidste møde", "i maj"), a letter
_ELSEWHERE = re.compile(
    r"(?i)^[ \t,]*(?:\w+[ \t]+)?(?:på|ved|i|under)[ \t]+(?:\w+[ \t]+)?"
    r"(?:møde[a-zæøå]*|sidste|forrige|tidligere|sin|sit|sine|en|et|brev|mail|e-mail|henvendelse|skrivelse|"
    r"januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|\d)\b"
    # "… orienterede Økonomiudvalget den 3. maj 2016": a report dated, given another day
    r"|^[ \t,]*(?:\w+[ \t]+){0,2}den[ \t]+\d"
)
_AFTER_REACH = 40
# the name in a clause of reference: "som Jens Hansen oplyste", "da Jens Hansen fremlagde", "hvad Jens Hansen …"
_REFERENCE_CLAUSE = re.compile(r"(?i)\b(?:som|da|hvor|hvad|efter\s+at|når|idet)[ \t]*$")


def reports_at_meeting(text: str) -> bool:
    """Whether the text records a named person's report in the past tense, given at this meeting."""
    body = text[:30000]
    for match in finditer_near(_REPORTED, body, _VERBS, _NAME_REACH):
        words = match["name"].split()
        # "Formanden Jens Hansen orienterede", "Som Ellen Drost oplyste": the name after the run's first word
        whole = plausible(words) or _definite_title(words[-1])
        if not whole and not plausible(words[1:]):
            continue  # "Region Nordjylland orienterede", "Administrationen orienterede": no person's name or title
        before = body[max(0, match.start() - 15) : match.start()] + ("" if whole else f" {words[0]}")
        if _REFERENCE_CLAUSE.search(before):
            continue
        if _ELSEWHERE.search(body[match.end() : match.end() + _AFTER_REACH]):
            continue
        return True
    return False


def _definite_title(word: str) -> bool:
    """A person's title in the definite: "Formanden", "Borgmesteren", "Kommunaldirektøren", "Beredskabschefen"."""
    return word[:1].isupper() and (
        (word.endswith("en") and is_title_word(word[:-2])) or (word.endswith("n") and is_title_word(word[:-1]))
    )
