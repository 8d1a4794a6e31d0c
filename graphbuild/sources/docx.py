"""DOCX paragraphs and tables in document order; table cells joined by a tab.

Reads the main document part (and the styles part, for style names) straight from the zip with lxml:
python-docx's Document() loads every part of the package (styles, numbering, settings, theme...) and
costs several times more than the text itself. The text is what python-docx gives: a paragraph is its
direct runs and hyperlinks (text inside w:ins, w:smartTag, w:sdt or field wrappers is left out, as
python-docx leaves it out), a run is its w:t, w:tab, w:ptab, w:br (line breaks only), w:cr and
w:noBreakHyphen; a table row is its cells, a vertically merged cell repeating the text above it.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator

from lxml import etree

from graphbuild.errors import SourceError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PKG_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
_WML_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

_BODY, _P, _TBL, _TR, _TC = _W + "body", _W + "p", _W + "tbl", _W + "tr", _W + "tc"
_R, _HYPERLINK, _PPR, _PSTYLE = _W + "r", _W + "hyperlink", _W + "pPr", _W + "pStyle"
_T, _TAB, _PTAB, _BR, _CR = _W + "t", _W + "tab", _W + "ptab", _W + "br", _W + "cr"
_NB_HYPHEN = _W + "noBreakHyphen"
_TCPR, _TRPR, _VMERGE = _W + "tcPr", _W + "trPr", _W + "vMerge"
_GRID_SPAN, _GRID_BEFORE = _W + "gridSpan", _W + "gridBefore"
_STYLE, _NAME, _VAL, _STYLE_ID, _TYPE = _W + "style", _W + "name", _W + "val", _W + "styleId", _W + "type"

# The parser settings python-docx uses, so whitespace-only text nodes are kept or dropped the same way.
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)

_RUN_CHARACTERS = {_TAB: "\t", _PTAB: "\t", _CR: "\n", _NB_HYPHEN: "-"}

# The most a part may expand to: a zip bomb (a few MB of zeros deflated to GB) is refused, not read into memory.
# A Word document's main part is rarely over 10 MB; twice the largest file a source may be leaves room.
MAX_PART_BYTES = 100 * 1024 * 1024


class _NotDocx(Exception):
    """The package is a zip but not a Word document."""


def _part(package: zipfile.ZipFile, name: str) -> bytes:
    """A part's bytes, refused before it is read when it says it expands past MAX_PART_BYTES (the zip's reader
    stops at the size the part says it has, so a part that lies is cut there and fails its checksum)."""
    if name not in package.NameToInfo:
        raise _NotDocx(f"{_part_named(name)} is missing from the package")
    size = package.getinfo(name).file_size
    if size > MAX_PART_BYTES:
        raise _NotDocx(f"{_part_named(name)} expands to {size} bytes, over the limit of {MAX_PART_BYTES} (a zip bomb?)")
    with package.open(name) as part:
        return part.read(MAX_PART_BYTES)


def _xml(package: zipfile.ZipFile, name: str) -> etree._Element:
    """A part of the package parsed; a part that is not well-formed XML is named with where the parser stopped."""
    try:
        return etree.fromstring(_part(package, name), _PARSER)
    except etree.XMLSyntaxError as error:
        raise _NotDocx(f"{_part_named(name)} is malformed XML ({_where(error)})") from error


def _part_named(name: str) -> str:
    return f"the main document {name}" if name.endswith("/document.xml") else f"the part {name}"


def _where(error: etree.XMLSyntaxError) -> str:
    """The parser's line and column and its message without them ("line 1, column 12: Couldn't find end of Start
    Tag document")."""
    line, column = error.position if error.position else (error.lineno, 0)
    message = (error.msg or "").split(", line ")[0].strip()
    return f"line {line}, column {column}: {message}" if message else f"line {line}, column {column}"


def _related(package: zipfile.ZipFile, source: str, relationship: str) -> str | None:
    """The zip name of the part `source` points to with `relationship` (source "" = the package)."""
    folder, base = posixpath.split(source)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    if rels_name not in package.NameToInfo:
        return None
    for rel in _xml(package, rels_name).iter(_PKG_RELS):
        if rel.get("Type") == relationship and rel.get("TargetMode") != "External":
            target = rel.get("Target") or ""
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join(folder, target))
    return None


def _content_type(package: zipfile.ZipFile, part: str) -> str | None:
    types = _xml(package, "[Content_Types].xml")
    for override in types.iter(_CONTENT_TYPES + "Override"):
        if (override.get("PartName") or "").lstrip("/").lower() == part.lower():
            return str(override.get("ContentType"))
    extension = posixpath.splitext(part)[1].lstrip(".").lower()
    for default in types.iter(_CONTENT_TYPES + "Default"):
        if (default.get("Extension") or "").lower() == extension:
            return str(default.get("ContentType"))
    return None


def _style_names(package: zipfile.ZipFile, document_part: str, style_ids: set[str]) -> dict[str, str]:
    """styleId -> style name for the ids the body uses. Without a styles part the id stands for the name."""
    if not style_ids:
        return {}
    styles_part = _related(package, document_part, _STYLES)
    if styles_part is None:
        return {style_id: style_id for style_id in style_ids}
    styles = _part(package, styles_part)
    picked = _picked_style_names(styles, style_ids)
    if picked is not None:
        return picked
    names: dict[str, str] = {}
    for style in etree.fromstring(styles, _PARSER).iterchildren(_STYLE):
        names[style.get(_STYLE_ID) or ""] = _name_of(style)
    return names


def _name_of(style: etree._Element) -> str:
    name = style.find(_NAME)
    return (name.get(_VAL) if name is not None else None) or ""


_ROOT_START = re.compile(rb"<([A-Za-z_][\w.-]*:)?styles\b[^>]*>")
_STYLE_START = re.compile(rb"<([A-Za-z_][\w.-]*:)?style\b[^>]*?(/?)>")


def _picked_style_names(styles: bytes, style_ids: set[str]) -> dict[str, str] | None:
    """The names of `style_ids` read from their own w:style elements, cut out of the styles part.

    A styles part is mostly latent-style and formatting records (often 300 kB) of which a document
    uses a few styles; parsing only those is many times faster. None when a style cannot be cut out
    and checked (an id needing escapes, an unusual layout, a style not found): then parse it all."""
    root = _ROOT_START.search(styles)
    if root is None:
        return None
    root_end = b"</" + (root.group(1) or b"") + b"styles>"
    names: dict[str, str] = {}
    for style_id in style_ids:
        if not style_id.replace("-", "").replace("_", "").replace(".", "").isalnum():
            return None
        at = styles.rfind(b'styleId="' + style_id.encode("utf-8") + b'"')
        if at < 0:
            return None
        start = styles.rfind(b"<", 0, at)
        tag = _STYLE_START.match(styles, start)
        if tag is None or tag.end() <= at:
            return None
        if tag.group(2):
            end = tag.end()
        else:
            close = b"</" + (tag.group(1) or b"") + b"style>"
            end = styles.find(close, tag.end())
            if end < 0:
                return None
            end += len(close)
        try:
            element = etree.fromstring(root.group(0) + styles[start:end] + root_end, _PARSER)
        except etree.XMLSyntaxError:
            return None
        style = element[0] if len(element) == 1 else None
        if style is None or style.tag != _STYLE or style.get(_STYLE_ID) != style_id:
            return None
        names[style_id] = _name_of(style)
    return names


def _run_text(run: etree._Element, parts: list[str]) -> None:
    for child in run:
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag == _BR:
            if child.get(_TYPE, "textWrapping") == "textWrapping":
                parts.append("\n")
        else:
            character = _RUN_CHARACTERS.get(tag)
            if character is not None:
                parts.append(character)


def _paragraph_text(paragraph: etree._Element) -> str:
    parts: list[str] = []
    for child in paragraph:
        if child.tag == _R:
            _run_text(child, parts)
        elif child.tag == _HYPERLINK:
            for run in child.iterchildren(_R):
                _run_text(run, parts)
    return "".join(parts)


def _paragraph_style(paragraph: etree._Element) -> str | None:
    properties = paragraph.find(_PPR)
    if properties is None:
        return None
    style = properties.find(_PSTYLE)
    return None if style is None else style.get(_VAL)


def _int_val(properties: etree._Element | None, tag: str, default: int) -> int:
    element = None if properties is None else properties.find(tag)
    if element is None:
        return default
    value = element.get(_VAL)
    try:
        return int(value or "")
    except ValueError:  # "invalid literal for int() with base 10: 'abc'" named neither the attribute nor the table
        name = etree.QName(tag).localname
        raise _NotDocx(f"a table's w:{name} is {value!r}, not a whole number") from None


def _grid_span(cell: etree._Element) -> int:
    return _int_val(cell.find(_TCPR), _GRID_SPAN, 1)


def _continues_merge(cell: etree._Element) -> bool:
    properties = cell.find(_TCPR)
    merge = None if properties is None else properties.find(_VMERGE)
    return merge is not None and merge.get(_VAL, "continue") == "continue"


def _table_lines(table: etree._Element) -> Iterator[str]:
    """A row's cells, a vertically merged cell reading as the top cell of its merge. ``merged_from`` holds, for
    each grid column a cell of the row above starts at, the top cell its merge reaches, or None where the merge
    runs into a row with no cell starting there (python-docx raises; such a cell reads as its own text): each
    row looks one row up, so a merge of thousands of rows costs one step a row, not a walk to its top."""
    merged_from: dict[int, etree._Element | None] = {}
    for row in table.iterchildren(_TR):
        cells: list[str] = []
        tops: dict[int, etree._Element | None] = {}
        offset = _int_val(row.find(_TRPR), _GRID_BEFORE, 0)
        furthest = offset
        for cell in row.iterchildren(_TC):
            top = merged_from.get(offset) if _continues_merge(cell) else cell
            if offset >= furthest:  # a cell after one that reached past its column is not found from below
                tops.setdefault(offset, top)
                furthest = offset
            content = cell if top is None else top
            offset += _grid_span(cell)
            value = " ".join("\n".join(_paragraph_text(p) for p in content.iterchildren(_P)).split())
            if not cells or cells[-1] != value:  # merged cells repeat their text
                cells.append(value)
        merged_from = tops
        yield "\t".join(cells).rstrip("\t")
    yield ""


def _body_lines(body: etree._Element, style_names: dict[str, str]) -> list[str]:
    lines: list[str] = []
    for child in body:
        if child.tag == _P:
            text = _paragraph_text(child).strip()
            style_id = _paragraph_style(child)
            style = (style_names.get(style_id, "") if style_id else "").lower()
            if text and style.startswith("list"):
                text = "- " + text
            lines.append(text)
            if text and style.startswith(("heading", "overskrift", "title")):
                lines.append("")
        elif child.tag == _TBL:
            lines.extend(_table_lines(child))
    return lines


def _used_style_ids(body: etree._Element) -> set[str]:
    used: set[str] = set()
    for paragraph in body.iterchildren(_P):
        style_id = _paragraph_style(paragraph)
        if style_id:
            used.add(style_id)
    return used


def _read(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        document_part = _related(package, "", _OFFICE_DOCUMENT)
        if document_part is None:
            raise _NotDocx("the package has no main document")
        content_type = _content_type(package, document_part)
        if content_type != _WML_MAIN:
            raise _NotDocx(f"not a Word document, content type is {content_type!r}")
        body = _xml(package, document_part).find(_BODY)
        if body is None:
            return "\n"
        lines = _body_lines(body, _style_names(package, document_part, _used_style_ids(body)))
    return "\n".join(lines).strip() + "\n"


def docx_to_text(path: str, data: bytes) -> str:
    """The text of a .docx file. Raises SourceError for a broken or non-DOCX file."""
    try:
        return _read(data)
    except _NotDocx as error:
        raise SourceError(path, f"not a readable DOCX file: {error}") from error
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise SourceError(path, f"not a readable DOCX file ({type(error).__name__}: {error})") from error
    except Exception as error:  # lxml's XMLSyntaxError, zlib errors, hostile zips
        raise SourceError(path, f"not a readable DOCX file ({type(error).__name__})") from error
