"""The readings extract keeps per sentence or window give the answers of the direct computation."""

from __future__ import annotations

from graphbuild.extract.role_bare_posts import POST_IS, POST_IS_VERB
from graphbuild.extract.role_patterns import ROLE_STEMS
from graphbuild.extract.role_sentence import Sentence, clause_start, ending
from graphbuild.extract.role_title_before import (
    _STEM_OR_LOOKALIKE,
    _STEM_OR_LOOKALIKE_PLACES,
    ROLE_BEFORE_NAME,
    _may_end_in_a_title,
)

TEXTS = [
    "Mødet startede kl. 9. Borgmester Jan Petersen bød velkommen. • Formand: Bo Ek (A) • Næstformand er Anna Hansen",
    "Ny borgmester bliver fra 1. januar 2022 Anne Holm.  Kommunaldirektør i Struer Kommune Anne Holm,",
    "Social- og sundhedsdirektør - Birgit S. Hansen, formand, Lise Jensen! Det blev vedtaget.\n\nX",
    "DİREKTØR Jens Hansen og ſekretær Per Olsen samt konſulent, Ib Holm – ceo, Mark Watts",
]


def test_a_sentences_clause_starts_are_the_direct_ones() -> None:
    for text in TEXTS:
        for lo in (0, 5, 20):
            for hi in (len(text), len(text) - 7, 40):
                s = Sentence(text, lo, hi, [], [], None, None, None, None, None, None)
                for pos in range(0, len(text) + 1):
                    assert s.clause_start(pos) == clause_start(text, lo, pos), (text, lo, hi, pos)


def test_the_title_filter_lets_every_title_before_a_name_through() -> None:
    for text in TEXTS:
        for hi in range(1, len(text) + 1):
            before = text[max(0, hi - 80) : hi]
            if ending(ROLE_BEFORE_NAME, before, 0, len(before)) is not None:
                assert _may_end_in_a_title(before), before
            if ending(POST_IS, text, 0, hi, 16) is not None:
                assert POST_IS_VERB.search(text, max(0, hi - 24 * 16), hi), text[:hi]
    assert not _may_end_in_a_title("mødet blev ledet af ")
    assert _may_end_in_a_title("mødet blev ledet af konſulent ")  # "ſ" is read as "s": let through


def test_the_stems_dispatched_are_found_where_the_stems_are() -> None:
    words = [word.lower() for text in TEXTS for word in text.split()]
    words += [f"{head}{stem}{tail}" for stem in ROLE_STEMS for head in ("", "x", "vice") for tail in ("", "en", "s")]
    words += [stem[:-1] for stem in ROLE_STEMS] + [stem[1:] for stem in ROLE_STEMS]
    for word in words:
        assert (_STEM_OR_LOOKALIKE_PLACES.search(word) is None) == (_STEM_OR_LOOKALIKE.search(word) is None), word


def test_the_owner_filter_lets_every_owner_before_through() -> None:
    from graphbuild.extract.ownership import OWNER_BEFORE, _ends_in_fra_or_hos

    for before in ("et initiativ fra ", "Platformen HOS\n", "abonnementet hoſ  ", "tilbud fra\t", "programmet fra"):
        assert OWNER_BEFORE.search(before) is None or _ends_in_fra_or_hos(before), before
        assert _ends_in_fra_or_hos(before)
    assert not _ends_in_fra_or_hos("et initiativ om ")
