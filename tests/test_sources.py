"""Reading files of every supported format, and clear errors for bad ones."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from graphbuild.errors import SourceError
from graphbuild.sources import collect_paths, read_source

DANISH = "Referat fra mødet i Økonomiudvalget: Æblegrød, søer og årsregnskab – godkendt."


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("cp1252", b""),
        ("latin-1", b""),
        ("utf-16-le", b"\xff\xfe"),  # Notepad's "Unicode": was refused as a binary file
        ("utf-16-be", b"\xfe\xff"),
    ],
)
def test_text_encodings_read_right(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = DANISH if encoding != "latin-1" else DANISH.replace("–", "-")
    path = tmp_path / "doc.txt"
    path.write_bytes(prefix + (text + "\r\nLinje to\r\n").encode(encoding))
    doc = read_source(path)
    assert doc.text == text + "\nLinje to\n"
    assert doc.format == "txt" and len(doc.sha256) == 64


def test_nul_characters_removed(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"# Dagsorden\nPunkt 1\x00: Godkendelse\n" * 50)
    assert "\x00" not in read_source(path).text


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "no text in file (it holds only white space, 5 bytes)"),
        ("binary.txt", bytes(range(256)) * 10, "binary"),
        ("binary16.txt", b"\xff\xfe" + b"\x01\x00\x07\x00" * 500, "binary"),  # a byte-order mark before no text
        ("fake.pdf", b"hello", "not a PDF"),
        ("fake.docx", b"hello", "not a DOCX"),
        ("broken.docx", b"PK\x03\x04garbage", "DOCX"),
        ("image.png", b"\x89PNG", "unsupported"),
    ],
)
def test_bad_files_give_one_clear_error(tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SourceError) as caught:
        read_source(path)
    assert problem in caught.value.problem
    assert caught.value.path == str(path)


def test_oversize_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Referat\n" * 200, encoding="utf-8")
    with pytest.raises(SourceError, match="too large"):
        read_source(path, max_bytes=100)
    assert read_source(path).text.startswith("Referat")


class _ReadSizes:
    """A binary file handle that records the size every read() asked for."""

    def __init__(self, handle: io.BufferedReader, sizes: list[int]) -> None:
        self._handle, self._sizes = handle, sizes

    def __enter__(self) -> _ReadSizes:
        return self

    def __exit__(self, *_: object) -> None:
        self._handle.close()

    def read(self, size: int = -1) -> bytes:
        self._sizes.append(size)
        return self._handle.read(size)


def _record_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    sizes: list[int] = []
    real_open = Path.open

    def spying_open(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        handle = real_open(self, mode, *args, **kwargs)  # type: ignore[call-overload]
        return _ReadSizes(handle, sizes) if mode == "rb" else handle

    monkeypatch.setattr(Path, "open", spying_open)
    return sizes


def test_small_file_is_read_by_its_size_not_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """read(max_bytes + 1) allocated the whole limit (~50 MB) for every file read."""
    path = tmp_path / "small.txt"
    path.write_text("Referat\n" * 20, encoding="utf-8")
    size = path.stat().st_size
    sizes = _record_reads(monkeypatch)
    assert read_source(path, max_bytes=50_000_000).text.startswith("Referat")
    assert sizes and max(sizes) <= size + 1


def test_limit_holds_for_a_file_that_grew_after_its_stat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file longer than its stat said is read on to the limit and refused past it."""
    path = tmp_path / "grows.txt"
    path.write_text("Referat\n" * 200, encoding="utf-8")
    real_stat = Path.stat

    def small_stat(self: Path, *args: object, **kwargs: object) -> os.stat_result:
        info = real_stat(self, *args, **kwargs)  # type: ignore[arg-type]
        if self != path:
            return info
        fields = list(info)
        fields[6] = 10  # st_size: the file "grew" from 10 bytes since the stat
        return os.stat_result(fields)

    monkeypatch.setattr(Path, "stat", small_stat)
    with pytest.raises(SourceError, match=r"file too large \(over the limit of 100 bytes\)"):
        read_source(path, max_bytes=100)
    assert read_source(path, max_bytes=5000).text.startswith("Referat")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file"):
        read_source(tmp_path / "nope.txt")


def test_html_keeps_headings_lists_and_table_rows(tmp_path: Path) -> None:
    path = tmp_path / "m.html"
    path.write_text(
        "<html><head><style>p{}</style><script>x()</script></head><body>"
        "<h1>Byrådet - Referat</h1><p>Dato: 29. januar 2020</p>"
        "<ul><li>Første</li><li>Anden <b>ting</b></li></ul>"
        "<table><tr><th>Punkt</th><th>Indhold</th></tr><tr><td>1</td><td>Godkendelse</td></tr></table>"
        "</body></html>",
        encoding="cp1252",
    )
    lines = read_source(path).text.split("\n")
    assert "Byrådet - Referat" in lines
    assert "- Første" in lines and "- Anden ting" in lines
    assert "Punkt\tIndhold" in lines and "1\tGodkendelse" in lines
    assert not any("x()" in line for line in lines)


def _pdf_bytes(pages: list[str]) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for page in pages:
        pdf.drawString(72, 720, page)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pdf_text_layer_with_page_starts(tmp_path: Path) -> None:
    path = tmp_path / "m.pdf"
    path.write_bytes(_pdf_bytes(["Punkt 1: Godkendelse", "Punkt 2: Eventuelt"]))
    doc = read_source(path)
    assert doc.format == "pdf" and len(doc.page_starts) == 2
    assert doc.text[doc.page_starts[1] :].startswith("Punkt 2: Eventuelt")


def test_encrypted_and_truncated_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    data = _pdf_bytes(["Hemmeligt referat"])
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="hemmelig", owner_password="ejer")
    encrypted = tmp_path / "locked.pdf"
    with encrypted.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(SourceError, match="encrypted"):
        read_source(encrypted)
    truncated = tmp_path / "cut.pdf"
    truncated.write_bytes(data[: len(data) // 3])
    with pytest.raises(SourceError):
        read_source(truncated)


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Referat Kommunalbestyrelsen", level=1)
    document.add_paragraph("Punkt 1: Godkendelse af dagsorden")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Sagsnr."
    table.rows[0].cells[1].text = "20/4512"
    path = tmp_path / "m.docx"
    document.save(str(path))
    doc = read_source(path)
    assert doc.format == "docx"
    lines = doc.text.split("\n")
    assert "Referat Kommunalbestyrelsen" in lines and "Sagsnr.\t20/4512" in lines


def test_collect_paths_sorted_hidden_skipped_loops_survived(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "b" / "loop")
    found, errors = collect_paths([tmp_path, tmp_path / "missing.txt"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.md", "b/2.txt"]
    assert len(errors) == 1 and "missing.txt" in errors[0].path


def test_batch_goes_on_after_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("Referat\n", encoding="utf-8")
    found, _ = collect_paths([tmp_path])
    read, failed = [], []
    for path in found:
        try:
            read.append(read_source(path).name)
        except SourceError as error:
            failed.append(error.path)
    assert read == ["good.txt"] and failed == [str(tmp_path / "bad.txt")]


def test_a_folders_readme_and_licence_are_not_read_as_minutes(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Om mappen\n", encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text("MIT\n", encoding="utf-8")
    (tmp_path / "referat.txt").write_text("Referat\n", encoding="utf-8")
    found, errors = collect_paths([tmp_path])
    assert [p.name for p in found] == ["referat.txt"]
    assert not errors
