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
# the alternatives of role_patterns.ROLE_WORDS; never followed by a letter ("kd.dk" is no post)
ABBREVIATED_POSTS = (
    r"(?:(?:næst|udv\.[ \t]?)?fmd|(?:næst)?formd|nfm|kd|kom\.[ \t]?dir|adm\.[ \t]?dir|[a-zæøå]*dir)\.(?![\wæøå])"
)
# the abbreviations without their last dot, which ends no sentence (evidence.Sentences)
ABBREVIATED_POST_WORDS = frozenset(
    {"fmd", "formd", "nfm", "næstfmd", "næstformd", "udv.fmd", "kd", "kom.dir", "dir", "kommunaldir", "stadsdir"}
)
# the words one of which every abbreviation holds (role_patterns.ROLE_STEMS)
ABBREVIATION_STEMS = ("fmd.", "formd.", "nfm.", "kd.", "dir.")

_SPACES = re.compile(r"\s+")


def expand_abbreviation(word: str) -> str:
    """The post an abbreviation names ("nfm." -> "næstformand", a director's compound "kommunaldir." ->
    "kommunaldirektør"); another word is given back as it is."""
    folded = _SPACES.sub(" ", word.lower())
    if folded in _POSTS:
        return _POSTS[folded]
    return folded.removesuffix("dir.") + "direktør" if _DIRECTOR.fullmatch(folded) else word


_DIRECTOR = re.compile(r"[a-zæøå]*dir\.")
