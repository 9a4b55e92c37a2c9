"""Reading Argdown text into lines: the Lark grammar ``grammars/argdown.lark`` and its transformer.

The parser classifies each line (element, relation, numbered statement, inference, list item,
heading); :mod:`argmap.interop.argdown_import` gives the lines their structure (indentation,
blank lines, multi-line texts) and maps them onto argmap's model.
"""

from __future__ import annotations

import functools
import re
import threading
from importlib import resources
from pathlib import Path

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from argmap.diagnostics import ArgmapError
from argmap.interop.common import unreadable
from argmap.model import Location


def grammar_text() -> str:
    """The Argdown grammar (Lark syntax), from the installed package or the source checkout."""
    packaged = resources.files("argmap").joinpath("grammars/argdown.lark")
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    checkout = Path(__file__).resolve().parent.parent.parent / "grammars" / "argdown.lark"
    return checkout.read_text(encoding="utf-8")


class Element:
    """One statement or argument as written on a line: title, raw text span, YAML data token."""

    __slots__ = ("kind", "title", "definition", "span", "data", "line", "column", "end_line")

    def __init__(self, kind, title, definition, span, data, line, column, end_line):
        self.kind = kind  # "statement" or "argument"
        self.title = title  # str or None
        self.definition = definition  # True for `[T]:` / `<T>:`
        self.span = span  # (start, end) offsets of the text in the source, or None
        self.data = data  # Token of the `{...}` block, or None
        self.line = line
        self.column = column
        self.end_line = end_line


class Line:
    """One classified line: what it is, its marker (`<+`, `(1)`, `--`...), where, and its element."""

    __slots__ = ("kind", "marker", "element", "line", "column", "end_line", "rules", "data", "closed")

    def __init__(self, kind, marker, element, line, column, end_line, rules=None, data=None, closed=False):
        self.kind = kind
        self.marker = marker
        self.element = element
        self.line = line
        self.column = column
        self.end_line = end_line
        self.rules = rules  # inference lines: [(text, Token)]
        self.data = data  # inference lines: Token of `{...}`
        self.closed = closed  # inference lines: the closing `--` was given


def _end_line(token: Token) -> int:
    return token.end_line if token.end_line is not None else token.line


class _Lines(Transformer):
    """Builds Line objects while parsing (inline transformer: no parse tree is kept)."""

    def start(self, children):
        return children

    def content(self, children):
        first, last = children[0], children[-1]
        return (first.start_pos, last.end_pos, first, last)

    def title(self, children):
        return children[0]

    def rule_list(self, children):
        return [(str(t).strip(), t) for t in children]

    def element(self, children):
        title = content = data = None
        for child in children:
            if child is None:
                continue
            if isinstance(child, tuple):
                content = child
            elif child.type == "DATA":
                data = child
            else:
                title = child
        first = title if title is not None else (content[2] if content else data)
        last = data or (content[3] if content else None) or title
        kind, name, definition = "statement", None, False
        if title is not None:
            raw = str(title)
            definition = raw.endswith(":")
            if definition:
                raw = raw[:-1]
            kind = "argument" if raw.startswith("<") else "statement"
            name = raw[1:-1].strip()
        span = (content[0], content[1]) if content else None
        return Element(kind, name, definition, span, data, first.line, first.column, _end_line(last))

    def _marked(self, kind, children):
        marker, element = children
        return Line(kind, str(marker), element, marker.line, marker.column, element.end_line)

    def relation(self, children):
        return self._marked("relation", children)

    def pcs_statement(self, children):
        return self._marked("pcs", children)

    def list_item(self, children):
        return self._marked("list", children)

    def heading(self, children):
        return self._marked("heading", children)

    def inference(self, children):
        start, rules, data, end = children
        last = end or data or (rules[-1][1] if rules else start)
        return Line("inference", str(start), None, start.line, start.column, _end_line(last),
                    rules=rules or [], data=data, closed=end is not None)


_lock = threading.Lock()
_comments: list[Token] = []


@functools.cache
def _parser() -> Lark:
    return Lark(grammar_text(), parser="lalr", transformer=_Lines(), maybe_placeholders=True,
                lexer_callbacks={"COMMENT": _comments.append})


def parse_lines(text: str, path: str | None) -> tuple[Token | None, list[Element | Line], list[Token]]:
    """Parse normalised Argdown text: (front matter token, lines, comment tokens). Raises ArgmapError."""
    with _lock:
        _comments.clear()
        try:
            result = _parser().parse(text)
            comments = list(_comments)
        except UnexpectedInput as error:
            found = _all_syntax_errors(text, path, error)
            raise ArgmapError(found, {path or "<text>": text}) from None
        finally:
            _comments.clear()
    front = None
    if result and isinstance(result[0], Token) and result[0].type == "FRONT_MATTER":
        front = result[0]
    lines = [item for item in result[1:] if item is not None] if result else []
    return front, lines, comments


MAX_SYNTAX_ERRORS = 200


def _all_syntax_errors(text: str, path: str | None, first: UnexpectedInput) -> list:
    """Every syntax error, not only the first: after an error, parsing starts again on the next line.

    Each restart parses on from where the last error stopped, so the whole text is read once however
    many errors it holds, up to MAX_SYNTAX_ERRORS. (Items span lines only inside a data block or a comment; an error there may
    be followed by one on the block's next line, which is reported too.) Call with ``_lock`` held.
    """
    found = []
    offset, line_offset, error = 0, 0, first
    segment = text
    while True:
        diagnostic = _syntax_diagnostic(error, segment, path, line_offset)
        if len(found) == MAX_SYNTAX_ERRORS:  # each restart copies the rest of the text: keep it bounded
            found.append(unreadable(f"another syntax error; argmap stopped after {MAX_SYNTAX_ERRORS}, there may "
                                    "be more below", diagnostic.location, "fix the errors above and import again"))
            break
        found.append(diagnostic)
        if isinstance(error, UnexpectedEOF):
            break
        last_line = getattr(error, "line", None) or 0
        token = getattr(error, "token", None)
        if isinstance(error, UnexpectedToken) and token is not None and token.type not in ("_NL", "$END"):
            last_line = max(last_line, getattr(token, "end_line", None) or last_line)
        if last_line < 1:
            break
        # Restart after the line the error is on (for a stray newline: the line it ends).
        cut = offset
        for _ in range(last_line):
            cut = text.find("\n", cut) + 1
            if cut == 0:
                break
        if cut == 0 or cut >= len(text):
            break
        line_offset += text.count("\n", offset, cut)
        offset = cut
        segment = text[offset:]
        try:
            _parser().parse(segment)
            break
        except UnexpectedInput as again:
            error = again
        finally:
            _comments.clear()
    return found


_EXPECTED_WORDS = {
    "RELATION": "a relation (`<+`, `<-`, `+>`, `->`, `<_`, `_>`, `><`)",
    "STATEMENT_NUMBER": "a numbered statement `(1)`",
    "INFERENCE_MARK": "an inference line `--`",
    "STATEMENT_DEFINITION": "a statement `[Title]: text`",
    "STATEMENT_REFERENCE": "a statement `[Title]`",
    "ARGUMENT_DEFINITION": "an argument `<Title>: text`",
    "ARGUMENT_REFERENCE": "an argument `<Title>`",
    "TEXT": "text",
    "DATA": "a data block `{...}`",
    "RULE_TEXT": "an inference rule",
    "_NL": "the end of the line",
    "$END": "the end of the file",
}


def _syntax_diagnostic(error: UnexpectedInput, text: str, path: str | None, line_offset: int = 0):
    """AM131 for a Lark error in ``text``, a part of the file that starts after ``line_offset`` lines."""
    line = getattr(error, "line", -1)
    column = getattr(error, "column", -1)
    at_end = isinstance(error, UnexpectedToken) and error.token.type == "$END"  # Lark puts it on the last token
    if isinstance(error, UnexpectedEOF) or at_end or line is None or line < 1:
        lines = text.rstrip("\n").split("\n")
        line, column = len(lines), len(lines[-1]) + 1
    location = Location(path=path, line=line + line_offset, column=column)
    suggestion = None
    if isinstance(error, UnexpectedCharacters):
        char = text[error.pos_in_stream] if error.pos_in_stream < len(text) else ""
        if char == "{":
            message = "this data block has no closing `}`"
            suggestion = "close the YAML data with `}` on this line or the next (no blank line inside), " \
                         "or write `\\{` for a literal brace"
        else:
            message = f"unexpected character `{char}`"
            suggestion = "write a backslash before a character that Argdown would read as syntax, e.g. `\\{`"
    elif isinstance(error, UnexpectedToken):
        token = error.token
        expected = sorted({_EXPECTED_WORDS.get(name, name.lower()) for name in (error.expected or ())})
        shown = "the end of the line" if token.type in ("_NL", "$END") else f"`{token}`"
        message = f"unexpected {shown}"
        if token.type in ("_NL", "$END") and error.expected and "TEXT" in error.expected:
            message = "this line ends too early: a statement or argument must follow the marker"
            suggestion = "write the statement after the marker, e.g. `<+ [Title]: text` or `(1) text`"
        elif expected:
            message += "; expected " + ", ".join(expected[:5])
        if token.type == "DATA":
            suggestion = "a data block `{...}` goes at the end of a statement or argument, after its text"
    else:  # pragma: no cover - UnexpectedInput has no other subclasses in use
        message = str(error).split("\n", 1)[0]
    return unreadable(message, location, suggestion)


# ---- text of a statement ---------------------------------------------------------------
_TAG_CHARS = r"0-9A-Za-z_\-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF"
_INLINE = re.compile(
    r"\\(.)"  # escaped character
    r"|(?<!:)//[^\n]*|/\*[\s\S]*?\*/|<!--[\s\S]*?-->"  # comments inside a multi-line text
    rf"|#(?:\(([^)\n]*)\)|([{_TAG_CHARS}]+))",  # tags
)
_ESCAPE_MARK = "\x00"  # stands before an escaped character until bold/italic markers are gone
_BOLD = re.compile(r"(?<![\x00\w*_])(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s\x00])\1(?![\w*])")
_ITALIC = re.compile(r"(?<![\x00\w*_])([*_])(?=[^\s*_])(.+?)(?<=[^\s\x00])\1(?![\w*_])")
_SPACES = re.compile(r"\s+")


def statement_text(raw: str) -> tuple[str, list[str]]:
    """The plain text of a statement and its tags: escapes resolved, tags, comments and bold/italic
    markers removed, whitespace (line breaks included) collapsed to single spaces."""
    tags: list[str] = []

    def replace(match: re.Match) -> str:
        if match.group(1) is not None:
            return _ESCAPE_MARK + match.group(1)
        if match.group(0).startswith("#"):
            tags.append(match.group(2) if match.group(2) is not None else match.group(3))
        return " "  # a tag or a comment

    text = _INLINE.sub(replace, raw)
    text = _BOLD.sub(r"\2", text)
    text = _ITALIC.sub(r"\2", text)
    text = _SPACES.sub(" ", text).strip().replace(_ESCAPE_MARK, "")
    return text, tags
