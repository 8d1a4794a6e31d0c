"""HTML to line-structured text: one line per block, table cells joined by a tab."""

from __future__ import annotations

import html
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

# The HTML parser's time grows with the square of the nesting depth (100k nested <div>s take
# about a minute) and the tree walk below recurses once per level. Real minutes nest a few
# dozen levels; past MAX_DEPTH the page is read as flat text instead, so no text is lost.
MAX_DEPTH = 400
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)\b[^>]*?(/?)>")
# Elements that never hold their own kind, or close themselves implicitly: they add no depth.
_FLAT = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "td", "th", "tr", "option",
}  # fmt: skip
_SKIPPED_BLOCKS = re.compile(r"(?is)<(script|style|noscript|template|svg|head)\b.*?</\1\s*>|<!--.*?-->")
_LINE_TAGS = re.compile(rf"(?i)</?(?:{'|'.join(sorted(_BLOCK | {'br', 'tr'}))})\b[^>]*>")
_CELL_TAGS = re.compile(r"(?i)</t[dh]\s*>")
_FLAT_SPACES = re.compile(r"[ \r\f\v\u00a0]+")


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def text(self, value: str) -> None:
        self.current.append(value)

    def break_line(self) -> None:
        if not self.current:
            return  # nothing written since the last break (most blocks' ends): no line, no pass
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


def nesting_deeper_than(markup: str, limit: int) -> bool:
    """Whether the elements of ``markup`` nest more than ``limit`` deep (a cheap tag count)."""
    if markup.count("<") <= limit:  # fewer tags than levels (most pages): no need to walk them
        return False
    depth = 0
    for match in _TAG.finditer(markup):
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in _FLAT:
            continue
        if closing:
            depth = max(depth - 1, 0)
            continue
        depth += 1
        if depth > limit:
            return True
    return False


_ANY_TAG = re.compile(r"<[^>]*>")


def _flat_text(markup: str) -> str:
    """Text of a page too deeply nested to parse: block tags become line breaks, the rest goes."""
    markup = _SKIPPED_BLOCKS.sub(" ", markup)
    markup = _CELL_TAGS.sub("\t", markup)
    markup = _LINE_TAGS.sub("\n", markup)
    text = html.unescape(_ANY_TAG.sub("", markup))
    lines = (_FLAT_SPACES.sub(" ", line).strip(" ") for line in text.split("\n"))
    return "\n".join(line for line in lines if line).strip() + "\n"


_BLANK_LINES = re.compile(r"\n{3,}")


def node_text(node: LexborNode) -> str:
    """The readable text inside one element, laid out as :func:`html_to_text` lays out a page;
    empty when there is none. Raises RecursionError on nesting deeper than Python's stack."""
    out = _Writer()
    _walk(node, out)
    out.break_line()
    text = "\n".join(out.lines)
    text = _BLANK_LINES.sub("\n\n", text).strip()
    return text + "\n" if text else ""


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page with headings, list items and table rows as lines."""
    if nesting_deeper_than(markup, MAX_DEPTH):
        return _flat_text(markup)
    tree = LexborHTMLParser(markup)
    root = tree.body or tree.root
    if root is None:
        return ""
    try:
        text = node_text(root)
    except RecursionError:  # nesting the tag count did not see (e.g. implied by the parser)
        return _flat_text(markup)
    return text or "\n"


# the page's <title> in its head: raw text up to its end tag (markup inside it is text, as a browser reads it);
# an SVG's <title> in the body is a picture's, not the page's
_TITLE = re.compile(r"(?is)<title\b[^>]*>(.*?)</title\s*>")
_BODY_OPENS = re.compile(r"(?i)<body\b")
TITLE_REACH = 200_000  # the head, where the title stands, is within the first characters of a page
_TITLE_LENGTH = 400  # longer is no page's title but text a broken head ran into


def page_title(markup: str) -> str | None:
    """The page's own title ("Referat fra møde i Byrådet den 3. maj 2022 | Favrskov Kommune"), entities unescaped
    and white space squeezed; None when the head has none, an empty one or an overlong one."""
    head = markup[:TITLE_REACH]
    body = _BODY_OPENS.search(head)
    found = _TITLE.search(head, 0, body.start() if body else len(head))
    if found is None:
        return None
    title = " ".join(html.unescape(found[1]).split())
    return title if title and len(title) <= _TITLE_LENGTH else None
