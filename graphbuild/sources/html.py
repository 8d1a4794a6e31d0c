"""HTML to line-structured text: one line per block, table cells joined by a tab."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
_BLOCK = {
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "h1", "h2", "h3",
    "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "address", "figure", "figcaption",
    "form", "fieldset", "legend", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "caption",
    "hr", "details", "summary",
}  # fmt: skip
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def text(self, value: str) -> None:
        self.current.append(value)

    def break_line(self) -> None:
        line = _SPACES.sub(" ", "".join(self.current)).strip()
        self.current = []
        if line:
            self.lines.append(line)

    def blank(self) -> None:
        self.break_line()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def raw_line(self, line: str) -> None:
        self.break_line()
        if line.strip():
            self.lines.append(line)


def _inline_text(node: LexborNode) -> str:
    parts: list[str] = []
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.tag == "br":
            parts.append(" ")
        elif child.tag not in _SKIP:
            parts.append(_inline_text(child))
    return _SPACES.sub(" ", "".join(parts)).strip()


def _walk(node: LexborNode, out: _Writer) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            out.text(child.text_content or "")
        elif tag in _SKIP or tag == "_comment" or tag == "-comment":
            continue
        elif tag == "br":
            out.break_line()
        elif tag == "tr":
            cells = [_inline_text(cell) for cell in child.iter() if cell.tag in {"td", "th"}]
            out.raw_line("\t".join(cells).rstrip("\t"))
        elif tag == "li":
            out.break_line()
            out.text("- ")
            _walk(child, out)
            out.break_line()
        elif tag in _BLOCK:
            out.break_line()
            _walk(child, out)
            if tag in {"h1", "h2", "h3", "h4", "h5", "h6", "p", "table", "ul", "ol", "dl"}:
                out.blank()
            else:
                out.break_line()
        else:
            _walk(child, out)


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page with headings, list items and table rows as lines."""
    tree = LexborHTMLParser(markup)
    root = tree.body or tree.root
    if root is None:
        return ""
    out = _Writer()
    _walk(root, out)
    out.break_line()
    text = "\n".join(out.lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
