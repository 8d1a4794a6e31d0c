"""Write bad (and a few good) input files into a directory at test time.

Nothing here is committed as data: every file is generated, so the 20 MB HTML page and the file
over the size limit cost no space in the repository (the latter is sparse on disk).

Each case says what reading it must give: a SourceError whose problem matches ``error``, or, for
files that are odd but readable, text that keeps ``must_keep`` and has none of ``must_drop``.
"""

from __future__ import annotations

import io
import os
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # graphbuild.sources.DEFAULT_MAX_BYTES, checked by a test


@dataclass(frozen=True)
class BadInput:
    name: str
    path: Path
    error: str | None  # a regex the SourceError's problem must match; None: the file is readable
    must_keep: tuple[str, ...] = ()
    must_drop: tuple[str, ...] = field(default=())


# --- good documents ------------------------------------------------------------------------


def minutes_text(
    municipality: str = "Kalundborg",
    body: str = "Direktionen",
    day: int = 22,
    title: str = "Nyt KL initiativ",
    extra: str = "",
    person: str = "Anne Hansen",
) -> str:
    """A short referat in the layout of the seed minutes, with ``extra`` put into item 1's text."""
    return (
        f"REFERAT {body} d. {day:02d}-02-2021\n\n"
        f"Mødedato Mandag d. {day}. februar 2021 kl. 12:30\n\n"
        "Mødested Virtuelt via Teams\n\n"
        f"Deltagere: {person} (formand), Bo Jensen\n\n"
        f"Punkt 1: {title}\n\n"
        "Sagsfremstilling\n\n"
        f"1. {title}\n\n"
        "Åbent\n\n"
        "Sagsnr.: 326-2017-43896 J.nr.: 00.01.10 Dokumentnr.: 326-2021-44624\n\n"
        "Resume og sagens baggrund\n\n"
        f"Der er modtaget henvendelse fra KL om KL Play: Sundhed og Social. {extra}\n\n"
        "Indstillinger\n\n"
        "Direktøren indstiller at sagen drøftes.\n\n"
        "Beslutning\n\n"
        f"{body} i {municipality} Kommune besluttede at tilmelde sig dette nye initiativ fra KL.\n\n"
        "Punkt 2: Eventuelt\n\n"
        "Beslutning\n\n"
        "Intet.\n"
    )


def write_good(directory: Path, count: int = 2) -> list[Path]:
    """``count`` small readable minutes (.txt and .md) that a build must keep."""
    directory.mkdir(parents=True, exist_ok=True)
    towns = ["Kalundborg", "Albertslund", "Silkeborg", "Struer", "Middelfart"]
    paths = []
    for index in range(count):
        suffix = ".txt" if index % 2 == 0 else ".md"
        path = directory / f"good_{index}{suffix}"
        path.write_text(minutes_text(towns[index % len(towns)], day=10 + index), encoding="utf-8")
        paths.append(path)
    return paths


# --- PDF and DOCX helpers -------------------------------------------------------------------


def pdf_bytes(lines: list[str], pages: int = 2) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    for number in range(pages):
        for row, line in enumerate(lines):
            page.drawString(72, 760 - 14 * row, f"{line} ({number + 1})")
        page.showPage()
    page.save()
    return buffer.getvalue()


def textless_pdf_bytes() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.rect(72, 72, 200, 200, fill=1)  # a "scan": a picture, no text layer
    page.showPage()
    page.save()
    return buffer.getvalue()


def encrypted_pdf_bytes(password: str = "hemmelig") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(["Referat", "Fortroligt"]))))
    writer.encrypt(password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def docx_bytes(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_bomb_bytes(expands_to: int = 256 * 1024 * 1024) -> bytes:
    """A Word document of 300 kB whose main part expands to ``expands_to`` bytes (its text, then spaces)."""
    good = zipfile.ZipFile(io.BytesIO(docx_bytes(["Referat", "Byrådet"])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in good.namelist():
            if name != "word/document.xml":
                archive.writestr(name, good.read(name))
        main = zipfile.ZipInfo("word/document.xml")
        main.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(main, "w", force_zip64=True) as part:
            part.write(good.read("word/document.xml"))
            chunk = b" " * (16 * 1024 * 1024)
            for _ in range(expands_to // len(chunk)):
                part.write(chunk)
    return buffer.getvalue()


# --- the bad files --------------------------------------------------------------------------


def deep_html(target_bytes: int = 20 * 1024 * 1024, depth: int = 100_000) -> str:
    """About ``target_bytes`` of HTML whose elements nest ``depth`` deep, with text to keep."""
    head = "<html><head><title>t</title></head><body><h1>Referat Dybdeudvalget</h1>"
    nest = "<div><span>niveau " * depth + "BUNDEN" + "</span></div>" * depth
    filler_unit = "<p>Udvalget drøftede sagen og tog den til efterretning.</p>\n"
    room = max(target_bytes - len(head) - len(nest) - 20, 0)
    return head + filler_unit * (room // len(filler_unit)) + nest + "</body></html>"


def _write(directory: Path, name: str, data: bytes) -> Path:
    path = directory / name
    path.write_bytes(data)
    return path


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


Case = Callable[[Path], BadInput]


def _cases() -> list[Case]:
    rng = random.Random(20210222)
    garbage = rng.randbytes(8192)
    text = minutes_text()
    return [
        lambda d: BadInput("empty", _write(d, "empty.txt", b""), r"empty"),
        lambda d: BadInput(
            "blank", _write(d, "blank.md", b" \n\r\n\t \n"), r"no text in file \(it holds only white space"
        ),
        lambda d: BadInput("binary_garbage", _write(d, "garbage.txt", garbage), r"binary"),
        lambda d: BadInput("garbage_html", _write(d, "garbage.html", b"\x00\x01\x02" * 3000), r"binary"),
        lambda d: BadInput("garbage_pdf", _write(d, "garbage.pdf", garbage), r"not a PDF"),
        lambda d: BadInput(
            "truncated_pdf",
            _write(d, "truncated.pdf", (lambda b: b[: len(b) * 3 // 5])(pdf_bytes(["Referat"] * 3))),
            r"truncated PDF",
        ),
        lambda d: BadInput("encrypted_pdf", _write(d, "encrypted.pdf", encrypted_pdf_bytes()), r"encrypted PDF"),
        lambda d: BadInput("textless_pdf", _write(d, "scan.pdf", textless_pdf_bytes()), r"no text layer"),
        lambda d: BadInput(
            "renamed_zip_docx",
            _write(d, "renamed.docx", zip_bytes({"notes.txt": b"not a word document"})),
            r"not a readable DOCX",
        ),
        lambda d: BadInput(
            "docx_zip_bomb", _write(d, "bomb.docx", docx_bomb_bytes()), r"word/document\.xml expands to \d+ bytes"
        ),
        lambda d: BadInput("text_as_docx", _write(d, "text.docx", text.encode()), r"not a DOCX"),
        lambda d: BadInput(
            "cp1252_text",
            _write(d, "cp1252.txt", (text + "Ærø Økonomiudvalg påbegyndt – “citat”\n").encode("cp1252")),
            None,
            must_keep=("Ærø Økonomiudvalg påbegyndt", "Mødested", "“citat”"),
        ),
        lambda d: BadInput(
            "mixed_line_endings",
            _write(d, "mixed.txt", b"REFERAT Udvalget\r\nlinje to\rlinje tre\nlinje fire\r\n\r\nslut"),
            None,
            must_keep=("REFERAT Udvalget\nlinje to\nlinje tre\nlinje fire\n\nslut",),
            must_drop=("\r",),
        ),
        lambda d: BadInput(
            "stray_nul_bytes",
            _write(d, "nul.txt", text.replace("Mødested", "M\x00\x00ødested", 1).encode()),
            None,
            must_keep=("Mødested",),
            must_drop=("\x00",),
        ),
        lambda d: BadInput("mostly_nul", _write(d, "utf16_no_bom.txt", text.encode("utf-16-le")), r"binary"),
        lambda d: BadInput(
            "name_not_utf8",
            _write(d, os.fsdecode(b"referat-\xe6\xf8\xe5.txt"), text.encode()),  # "æøå" in Latin-1
            r"the file's name is not valid UTF-8 \(rename the file\)",
        ),
        lambda d: BadInput("name_with_line_break", _write(d, "referat\n2021.txt", b""), r"empty"),
        lambda d: BadInput("over_size_limit", _sparse(d / "huge.txt", DEFAULT_MAX_BYTES + 1), r"too large.*limit"),
        lambda d: BadInput("unsupported_suffix", _write(d, "minutes.rtf", b"{\\rtf1 hej}"), r"unsupported file type"),
        lambda d: BadInput("directory_named_like_file", _mkdir(d / "folder.txt"), r"is a directory"),
        lambda d: BadInput("fifo", _fifo(d / "pipe.txt"), r"not a regular file"),
        lambda d: BadInput("dangling_link", _link(d / "gone.txt", d / "nowhere.txt"), r"no such file"),
        lambda d: BadInput("self_link_loop", _link(d / "loop.txt", d / "loop.txt"), r"cannot read|loop|no such"),
    ]


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _link(path: Path, target: Path) -> Path:
    path.symlink_to(target)
    return path


CASE_NAMES = [
    "empty", "blank", "binary_garbage", "garbage_html", "garbage_pdf", "truncated_pdf", "encrypted_pdf",
    "textless_pdf", "renamed_zip_docx", "docx_zip_bomb", "text_as_docx", "cp1252_text", "mixed_line_endings",
    "stray_nul_bytes", "mostly_nul", "name_not_utf8", "name_with_line_break", "over_size_limit",
    "unsupported_suffix", "directory_named_like_file", "fifo", "dangling_link", "self_link_loop",
]  # fmt: skip


def write_bad_corpus(directory: Path) -> dict[str, BadInput]:
    """Every small bad input (not the 20 MB page) written into ``directory``, by case name."""
    directory.mkdir(parents=True, exist_ok=True)
    cases = [make(directory) for make in _cases()]
    found = {case.name: case for case in cases}
    assert list(found) == CASE_NAMES, "keep CASE_NAMES in step with _cases()"
    return found


def write_symlink_loop(directory: Path) -> Path:
    """A tree whose sub-folder links back to its parent, with one document inside."""
    root = directory / "loop"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "minutes.txt").write_text(minutes_text(), encoding="utf-8")
    (root / "sub" / "back").symlink_to(root, target_is_directory=True)
    (root / "self").symlink_to(root / "self", target_is_directory=True)
    return root
