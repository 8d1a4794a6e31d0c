"""The lxml DOCX reader gives exactly the text the python-docx reader gave, element by element."""

from __future__ import annotations

import io
import re
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from bad_inputs import docx_bomb_bytes

from graphbuild.errors import SourceError
from graphbuild.sources import read_source
from graphbuild.sources.docx import docx_to_text

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _python_docx_text(data: bytes) -> str:
    """The former reader, built on python-docx's object model: the oracle."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document: Any = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    style_names = {style.style_id: style.name or "" for style in document.styles}
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(child, document).text.strip()
            style = style_names.get(child.style, "") if child.style else ""
            if text and style.lower().startswith("list"):
                text = "- " + text
            lines.append(text)
            if text and style.lower().startswith(("heading", "overskrift", "title")):
                lines.append("")
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if not cells or cells[-1] != value:
                        cells.append(value)
                lines.append("\t".join(cells).rstrip("\t"))
            lines.append("")
    return "\n".join(lines).strip() + "\n"


def _paragraph(body: str, style: str | None = None) -> str:
    properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p {_NS}>{properties}{body}</w:p>"


def _run(inner: str) -> str:
    return f"<w:r>{inner}</w:r>"


def _cell(text: str, properties: str = "") -> str:
    return f"<w:tc><w:tcPr>{properties}</w:tcPr><w:p>{_run(f'<w:t>{text}</w:t>')}</w:p></w:tc>"


def _table(rows: list[str]) -> str:
    return f"<w:tbl {_NS}><w:tblPr/><w:tblGrid/>{''.join(rows)}</w:tbl>"


_PARAGRAPHS = [
    _paragraph(_run("<w:t>Punkt 1:</w:t><w:tab/><w:t>Godkendelse</w:t>")),
    _paragraph(_run('<w:t xml:space="preserve">  spaced  </w:t><w:br/><w:t>line two</w:t><w:cr/><w:t>three</w:t>')),
    _paragraph(_run('<w:t>page</w:t><w:br w:type="page"/><w:t>column</w:t><w:br w:type="column"/><w:t>end</w:t>')),
    _paragraph(_run("<w:t>Sag</w:t><w:noBreakHyphen/><w:t>nr</w:t><w:ptab/><w:t>x</w:t>")),
    _paragraph(_run('<w:t>sym</w:t><w:sym w:font="Symbol" w:char="F0B7"/><w:delText>gone</w:delText>')),
    _paragraph(
        _run("<w:t>before </w:t>") + '<w:hyperlink r:id="rId99" xmlns:r="x"><w:r><w:t>link</w:t></w:r></w:hyperlink>'
    ),
    _paragraph(_run("<w:t>kept</w:t>") + '<w:ins w:id="1" w:author="a"><w:r><w:t>inserted</w:t></w:r></w:ins>'),
    _paragraph(_run("<w:t>a</w:t>") + '<w:smartTag w:uri="u" w:element="e"><w:r><w:t>tagged</w:t></w:r></w:smartTag>'),
    _paragraph("<w:sdt><w:sdtContent><w:r><w:t>control</w:t></w:r></w:sdtContent></w:sdt>" + _run("<w:t>b</w:t>")),
    _paragraph('<w:fldSimple w:instr="PAGE"><w:r><w:t>7</w:t></w:r></w:fldSimple>' + _run("<w:t>c</w:t>")),
    _paragraph(_run("<w:t>Dagsorden</w:t>"), style="Heading1"),
    _paragraph(_run("<w:t>Første punkt</w:t>"), style="ListBullet"),
    _paragraph(_run("<w:t>Referat</w:t>"), style="Title"),
    _paragraph(_run("<w:t>unknown style</w:t>"), style="NoSuchStyle"),
    _paragraph(_run("<w:t>   </w:t>"), style="ListBullet"),
    _table(
        [
            "<w:tr>" + _cell("Sagsnr.") + _cell("20/4512") + _cell("20/4512") + "</w:tr>",
            "<w:tr>" + _cell("wide", '<w:gridSpan w:val="2"/>') + _cell("right") + "</w:tr>",
            "<w:tr>" + _cell("top", '<w:vMerge w:val="restart"/>') + _cell("b1") + _cell("c1") + "</w:tr>",
            "<w:tr>" + _cell("", "<w:vMerge/>") + _cell("b2") + _cell("c2", '<w:vMerge w:val="restart"/>') + "</w:tr>",
            "<w:tr>" + _cell("", '<w:vMerge w:val="continue"/>') + _cell("b3") + _cell("", "<w:vMerge/>") + "</w:tr>",
            '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + _cell("late") + _cell("") + "</w:tr>",
            "<w:tr>" + _cell("  a   b \t c ") + _cell("") + _cell("") + "</w:tr>",
        ]
    ),
    _paragraph(_run("<w:t>after table</w:t>")),
]


def _docx_bytes(elements: list[str]) -> bytes:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    section = body[-1]
    for element in elements:
        section.addprevious(parse_xml(element))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rewrite(data: bytes, drop: str | None = None, replace: tuple[str, bytes] | None = None) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == drop:
                continue
            content = replace[1] if replace and info.filename == replace[0] else source.read(info)
            target.writestr(info.filename, content)
    return out.getvalue()


@pytest.mark.parametrize("element", _PARAGRAPHS, ids=range(len(_PARAGRAPHS)))
def test_each_element_reads_as_python_docx_reads_it(element: str) -> None:
    data = _docx_bytes([element])
    assert docx_to_text("m.docx", data) == _python_docx_text(data)


def test_whole_document_reads_as_python_docx_reads_it() -> None:
    data = _docx_bytes(_PARAGRAPHS)
    text = docx_to_text("m.docx", data)
    assert text == _python_docx_text(data)
    lines = text.split("\n")
    assert "Dagsorden" in lines and lines[lines.index("Dagsorden") + 1] == ""
    assert "- Første punkt" in lines and "Sagsnr.\t20/4512" in lines and "top\tb2\tc2" in lines


def test_styles_part_read_whole_when_a_style_cannot_be_cut_out() -> None:
    data = _docx_bytes([_paragraph(_run("<w:t>Punkt</w:t>"), style="ListBullet")])
    styles = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml")
    # single quotes: the byte scan finds no styleId="ListBullet" and parses the whole part
    quoted = _rewrite(
        data, replace=("word/styles.xml", styles.replace(b'w:styleId="ListBullet"', b"w:styleId='ListBullet'"))
    )
    assert docx_to_text("m.docx", quoted) == _python_docx_text(quoted) == "- Punkt\n"


def test_without_styles_part_the_style_id_names_the_style() -> None:
    data = _docx_bytes([_paragraph(_run("<w:t>Dagsorden</w:t>"), style="Heading1")])
    rels = zipfile.ZipFile(io.BytesIO(data)).read("word/_rels/document.xml.rels")
    rels = re.sub(rb"<Relationship [^>]*Target=\"styles.xml\"/>", b"", rels)
    data = _rewrite(_rewrite(data, drop="word/styles.xml"), replace=("word/_rels/document.xml.rels", rels))
    assert docx_to_text("m.docx", data) == _python_docx_text(data) == "Dagsorden\n"


def _with_content_types(change: Callable[[bytes], bytes]) -> bytes:
    data = _docx_bytes([])
    types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml")
    return _rewrite(data, replace=("[Content_Types].xml", change(types)))


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"hello", "BadZipFile"),
        (b"PK\x03\x04garbage", "BadZipFile"),
        (
            _rewrite(_docx_bytes([]), drop="word/document.xml"),
            "not a readable DOCX file: the main document word/document.xml is missing from the package",
        ),
        (
            _rewrite(_docx_bytes([]), drop="[Content_Types].xml"),
            "not a readable DOCX file: the part [Content_Types].xml is missing from the package",
        ),
        (
            _rewrite(_docx_bytes([]), replace=("word/document.xml", b"<w:document")),
            "the main document word/document.xml is malformed XML (line 1, column 12: ",
        ),
        (
            _with_content_types(lambda types: types.replace(b"document.main+xml", b"template.main+xml")),
            "not a Word document",
        ),
    ],
    ids=["not-zip", "broken-zip", "no-document-part", "no-content-types", "broken-xml", "template"],
)
def test_broken_docx_is_a_source_error_naming_the_file(tmp_path: Path, data: bytes, why: str) -> None:
    with pytest.raises(SourceError) as raised:
        docx_to_text(str(tmp_path / "m.docx"), data)
    assert "m.docx" in str(raised.value) and why in str(raised.value)


def test_malformed_main_document_named_with_where_the_parser_stopped(tmp_path: Path) -> None:
    # a tag left open in the body: the error names the file, the part, and the parser's line and column (it said
    # only "XMLSyntaxError" before)
    data = _docx_bytes([_paragraph("<w:r><w:t>Dagsorden</w:t></w:r>")])
    document = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    broken = document.replace(b"</w:body>", b"<w:p></w:body>", 1)
    path = tmp_path / "referat.docx"
    path.write_bytes(_rewrite(data, replace=("word/document.xml", broken)))
    with pytest.raises(SourceError) as raised:
        read_source(path)
    assert raised.value.path == str(path)
    assert re.fullmatch(
        r"not a readable DOCX file: the main document word/document\.xml is malformed XML "
        r"\(line \d+, column \d+: Opening and ending tag mismatch: p line \d+ and body\)",
        raised.value.problem,
    )


def test_malformed_package_part_named(tmp_path: Path) -> None:
    # the package's relationships cut off: the part is named, not "the package has no main document"
    path = tmp_path / "referat.docx"
    data = _docx_bytes([_paragraph("<w:r><w:t>Dagsorden</w:t></w:r>")])
    path.write_bytes(_rewrite(data, replace=("_rels/.rels", b"<Relationships")))
    with pytest.raises(SourceError, match=r"the part _rels/\.rels is malformed XML \(line 1, column \d+: "):
        read_source(path)


def test_a_zip_bomb_is_refused_before_its_part_is_read(tmp_path: Path) -> None:
    # 300 kB whose main part expands to 256 MB of spaces: refused by the size the part gives, never decompressed
    # (read whole before, the part and lxml's copy of it took over half a gigabyte)
    path = tmp_path / "bombe.docx"
    path.write_bytes(docx_bomb_bytes())
    data = path.read_bytes()
    tracemalloc.start()
    try:
        with pytest.raises(SourceError) as raised:
            docx_to_text(str(path), data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert raised.value.path == str(path)
    assert re.fullmatch(
        r"not a readable DOCX file: the main document word/document\.xml expands to \d+ bytes, "
        r"over the limit of 104857600 \(a zip bomb\?\)",
        raised.value.problem,
    )
    assert peak < 20 * 1024 * 1024, f"{peak} bytes held while refusing it"


def test_a_part_smaller_than_it_says_is_a_checksum_error_not_a_long_read(tmp_path: Path) -> None:
    # the near miss: a part whose header gives a small size is read only up to it; the rest fails the checksum
    data = _docx_bytes([_paragraph(_run("<w:t>Dagsorden</w:t>"))])
    document = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml")
    patched = bytearray(data)
    at = data.find(b"PK\x01\x02")
    while at >= 0 and data[at + 46 : at + 46 + len(b"word/document.xml")] != b"word/document.xml":
        at = data.find(b"PK\x01\x02", at + 4)
    patched[at + 24 : at + 28] = (document.file_size // 2).to_bytes(4, "little")  # the central directory's size
    with pytest.raises(SourceError, match=r"not a readable DOCX file \(BadZipFile: Bad CRC-32"):
        docx_to_text("m.docx", bytes(patched))


@pytest.mark.timeout(60)
def test_a_merge_down_twenty_thousand_rows_reads_in_linear_time() -> None:
    # each continued cell walked up to its merge's top: 20,000 rows took minutes (a hang); now one step a row
    rows = ["<w:tr>" + _cell("Udvalget", '<w:vMerge w:val="restart"/>') + _cell("1") + "</w:tr>"]
    rows += ["<w:tr>" + _cell("", "<w:vMerge/>") + _cell(str(row)) + "</w:tr>" for row in range(2, 20_001)]
    data = _docx_bytes([_table(rows)])
    text = docx_to_text("m.docx", data)
    lines = text.splitlines()
    assert len(lines) == 20_000 and lines[0] == "Udvalget\t1" and lines[-1] == "Udvalget\t20000"


def test_a_merge_into_a_row_without_that_column_reads_as_its_own_text() -> None:
    # the near miss: a merge whose row above has no cell at its column is not carried from further up
    rows = [
        "<w:tr>" + _cell("top", '<w:vMerge w:val="restart"/>') + _cell("b1") + "</w:tr>",
        '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + _cell("b2") + "</w:tr>",
        "<w:tr>" + _cell("own", "<w:vMerge/>") + _cell("b3") + "</w:tr>",
    ]
    data = _docx_bytes([_table(rows)])
    assert docx_to_text("m.docx", data) == "top\tb1\nb2\nown\tb3\n"  # python-docx raises on it


@pytest.mark.parametrize(
    ("cell", "row", "problem"),
    [
        ('<w:gridSpan w:val="abc"/>', "", "a table's w:gridSpan is 'abc', not a whole number"),
        ("<w:gridSpan/>", "", "a table's w:gridSpan is None, not a whole number"),
        ("", '<w:trPr><w:gridBefore w:val="1.5"/></w:trPr>', "a table's w:gridBefore is '1.5', not a whole number"),
    ],
)
def test_a_table_span_that_is_no_number_is_one_clear_line(tmp_path: Path, cell: str, row: str, problem: str) -> None:
    # it said "not a readable DOCX file (ValueError: invalid literal for int() with base 10: 'abc')"
    path = tmp_path / "referat.docx"
    path.write_bytes(_docx_bytes([_table(["<w:tr>" + row + _cell("Punkt 1", cell) + _cell("Godkendt") + "</w:tr>"])]))
    with pytest.raises(SourceError) as raised:
        read_source(path)
    assert raised.value.path == str(path)
    assert raised.value.problem == f"not a readable DOCX file: {problem}"
    assert "\n" not in str(raised.value) and str(path) in str(raised.value)


def test_a_table_span_that_is_a_number_still_reads() -> None:
    # the near miss: a numeric span reads as before
    row = "<w:tr>" + _cell("Punkt 1", '<w:gridSpan w:val="2"/>') + _cell("Godkendt") + "</w:tr>"
    assert docx_to_text("m.docx", _docx_bytes([_table([row])])) == "Punkt 1\tGodkendt\n"
