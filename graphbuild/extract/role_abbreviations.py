"""Posts printed abbreviated, as several publishers print them in their lists of members and participants:
"fmd. Jens Hansen", "Jens Hansen (A), nfm.", "næstfmd.", "kd. NAME" (kommunaldirektør), "adm. dir. NAME",
"udv.fmd. NAME". Each is read as the post it abbreviates; an abbreviation is only read with its dot (a bare
"KD" is an organisation's initials: "KD-Net")."""

from __future__ import annotations

import re

# the abbreviation as printed (lower case, spaces folded) -> the post
_POSTS = {
    "fmd.": "formand",
    "formd.": "formand",
    "nfm.": "næstformand",
    "næstfmd.": "næstformand",
    "næstformd.": "næstformand",
    "udv.fmd.": "udvalgsformand",
    "udv. fmd.": "udvalgsformand",
    "kd.": "kommunaldirektør",
    "kom.dir.": "kommunaldirektør",
    "kom. dir.": "kommunaldirektør",
    "adm. dir.": "administrerende direktør",
    "adm.dir.": "administrerende direktør",
}
# alternatives of role_patterns.ROLE_WORDS, each holding its stem (ABBREVIATION_STEMS) as it stands; never followed
# by a letter ("kd.dk" is no post)
_NO_LETTER = r"\.(?![\wæøå])"
ABBREVIATED_POSTS = "|".join(
    (
        rf"(?:næst|udv\.[ \t]?)?fmd{_NO_LETTER}",
        rf"(?:næst)?formd{_NO_LETTER}",
        rf"nfm{_NO_LETTER}",
        rf"kd{_NO_LETTER}",
        rf"(?:kom\.[ \t]?|adm\.[ \t]?|[a-zæøå]*)dir{_NO_LETTER}",
    )
)
# the abbreviations without their last dot, which ends no sentence (evidence.Sentences)
ABBREVIATED_POST_WORDS = frozenset(
    {"fmd", "formd", "nfm", "næstfmd", "næstformd", "udv.fmd", "kd", "kom.dir", "dir", "kommunaldir", "stadsdir"}
)
# "adm." (administrerende) before a director's word: its full stop ends no sentence ("Christian Høgsbro, Adm.
# Direktør Inge Vilhof, …"), while a bare "adm." (the administration's) may end one ("… fra adm. Udvalget …")
_ADM = re.compile(r"(?<![\wæøå.])adm", re.IGNORECASE)
_MANAGING = re.compile(r"[ \t]+dir(?:ektør|\.)", re.IGNORECASE)


def managing_director_dot(text: str, dot: int) -> bool:
    """Whether the full stop at text[dot] closes "adm." (any case) with a director's word after it on its line
    ("Adm. Direktør", "adm. dir.")."""
    return _ADM.match(text, dot - 3, dot) is not None and _MANAGING.match(text, dot + 1) is not None


# the words one of which every abbreviation holds (role_patterns.ROLE_STEMS)
ABBREVIATION_STEMS = ("fmd", "formd", "nfm", "kd", "dir")

_SPACES = re.compile(r"\s+")


def expand_abbreviation(word: str) -> str:
    """The post an abbreviation names ("nfm." -> "næstformand", a director's compound "kommunaldir." ->
    "kommunaldirektør"); another word is given back as it is."""
    folded = _SPACES.sub(" ", word.lower())
    if folded in _POSTS:
        return _POSTS[folded]
    return folded.removesuffix("dir.") + "direktør" if _DIRECTOR.fullmatch(folded) else word


_DIRECTOR = re.compile(r"[a-zæøå]*dir\.")
