"""Decode plain-text bytes: UTF-8 (with or without BOM) first, then a detected legacy codec."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

# Danish letters that tell cp1252/latin-1 text from mojibake when detection is unsure.
_DANISH = set("æøåÆØÅéÉ")


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Never raises: the last resort is cp1252 with replacement."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Not UTF-8: nearly always cp1252 or latin-1 in Danish public sector files. cp1252 is a
    # superset of latin-1's printable range, so it reads both right; ask the detector only when
    # cp1252 cannot decode the bytes at all.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is not None:
            return str(best), best.encoding
        return data.decode("latin-1", errors="replace"), "latin-1"
    if any(ch in _DANISH for ch in text) or text.isascii():
        return text, "cp1252"
    best = from_bytes(data).best()
    if best is not None:
        return str(best), best.encoding
    return text, "cp1252"
