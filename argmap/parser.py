"""Reading the argmap language: text → :class:`argmap.model.ArgumentMap`.

The grammar lives in ``grammars/argmap.lark`` (shipped inside the package as
``argmap/grammars/argmap.lark``). Lark's LALR parser runs with an inline
transformer, so no parse tree is built: each line becomes a small statement
tuple and :class:`_Builder` attaches property lines to the element above.

When the file has syntax errors, every logical line is parsed again on its own,
so that all broken lines are reported with a plain-words message, the line, a
caret and a suggestion where one is obvious.
"""

from __future__ import annotations

import difflib
import functools
import re
import threading
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput

from argmap.diagnostics import ArgmapError, Diagnostic, Severity
from argmap.model import (
    ArgumentMap,
    Attack,
    Claim,
    Comment,
    Device,
    Evidence,
    Include,
    Inference,
    Location,
    Locator,
    Quote,
    Restatement,
    Source,
    Voice,
    WordLocation,
)

SYNTAX_ERROR = ("AM100", "syntax-error")

ELEMENT_KEYWORDS = ("include", "source", "voice", "claim", "evidence", "infer", "attack", "same", "device")
PROPERTY_KEYWORDS = (
    "thesis", "granted", "reported", "hedge", "quote", "at", "tags", "warrant",
    "note", "by", "year", "text", "url", "cites", "quoted",
)
KEYWORDS = ELEMENT_KEYWORDS + PROPERTY_KEYWORDS + ("in", "as", "rebuts", "undercuts", "undermines")

# Which property may follow which element (keyword of the property line → element kinds).
PROPERTY_OWNERS: dict[str, tuple[str, ...]] = {
    "role": ("claim",),
    "hedge": ("claim",),
    "quote": ("claim", "evidence"),
    "at": ("device",),
    "tags": ("claim", "evidence", "inference"),
    "warrant": ("inference",),
    "note": ("source", "voice", "claim", "evidence", "inference", "attack", "same", "device"),
    "authors": ("source",),
    "year": ("source",),
    "text_path": ("source",),
    "url": ("source",),
    "cites": ("source",),
    "quoted_by": ("voice",),
}
PROPERTY_WORDS = {"role": "thesis/granted/reported", "authors": "by", "text_path": "text", "quoted_by": "quoted by"}
_ELEMENT_WORDS = {"same": "`same` line", "include": "`include` line"}
# Properties that hold one value: a second one is reported rather than silently replacing the first.
SINGULAR = {"role", "hedge", "at", "warrant", "note", "authors", "year", "text_path", "url", "quoted_by"}


def grammar_text() -> str:
    """The argmap grammar (Lark syntax), from the installed package or the source checkout."""
    packaged = resources.files("argmap").joinpath("grammars/argmap.lark")
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    checkout = Path(__file__).resolve().parent.parent / "grammars" / "argmap.lark"
    return checkout.read_text(encoding="utf-8")


# ---- strings -----------------------------------------------------------------
_ESCAPE = re.compile(r'\\([\\"])')
_NEWLINE_RUN = re.compile(r"[ \t]*\n\s*")


def decode_text(token: str) -> str:
    """The value of a quoted text token: "..." (with \\" and \\\\ escapes), \"\"\"...\"\"\" or “...”."""
    if token.startswith('"""'):
        return _NEWLINE_RUN.sub(" ", token[3:-3].strip())
    if token.startswith("\u201c"):
        return token[1:-1]
    return _ESCAPE.sub(r"\1", token[1:-1])


_ATTACK_VERBS = {"rebuts": "rebut", "undercuts": "undercut", "undermines": "undermine"}


# ---- the inline transformer -----------------------------------------------------
class _Statements(Transformer):
    """Turns each line into a tuple ``(kind, location_token, fields)`` without building a tree."""

    def text(self, c):
        return (decode_text(c[0]), c[0])

    def locator(self, c):
        source, line, end = c
        locator = Locator(source=str(source), line=int(line), end_line=int(end) if end is not None else None)
        return locator, source, end if end is not None else line

    def id_list(self, c):
        return c

    def text_list(self, c):
        return c

    def attack_kind(self, c):
        return Token.new_borrow_pos("ATTACK_KIND", _ATTACK_VERBS[str(c[0])], c[0])

    def start(self, c):
        return c

    def line(self, c):
        return c

    # elements
    def include(self, c):
        return ("include", c[0], {"path": c[1]})

    def source(self, c):
        return ("source", c[1], {"id": c[1], "title": c[2]})

    def voice(self, c):
        return ("voice", c[1], {"id": c[1], "name": c[2], "role": c[3], "source": c[4]})

    def claim(self, c):
        return ("claim", c[1], {"id": c[1], "voice": c[2], "text": c[3]})

    def evidence(self, c):
        return ("evidence", c[1], {"id": c[1], "voice": c[2], "kind": c[3], "citation": c[4]})

    def inference(self, c):
        return (
            "inference",
            c[1],
            {"id": c[1], "voice": c[2], "scheme": c[3], "premises": c[4] or [], "conclusion": c[5]},
        )

    def attack(self, c):
        return ("attack", c[1], {"id": c[1], "voice": c[2], "attacker": c[3], "kind": c[4], "target": c[5]})

    def same(self, c):
        return ("same", c[0], {"left": c[1], "right": c[2]})

    def device(self, c):
        return ("device", c[0], {"category": c[1], "span": c[2], "target": c[3]})

    # properties
    def role(self, c):
        return ("role", c[0], str(c[0]))

    def hedge(self, c):
        return ("hedge", c[0], c[1][0])

    def quote(self, c):
        return ("quote", c[0], (c[1], c[2]))

    def at(self, c):
        return ("at", c[0], c[1])

    def tags(self, c):
        return ("tags", c[0], tuple(str(t) for t in c[1]))

    def warrant(self, c):
        return ("warrant", c[0], c[1][0])

    def note(self, c):
        return ("note", c[0], c[1][0])

    def authors(self, c):
        first = c[0][0][1]
        return ("authors", first, tuple(v for v, _ in c[0]))

    def year(self, c):
        return ("year", c[0], int(c[1]))

    def text_path(self, c):
        return ("text_path", c[0], c[1][0])

    def url(self, c):
        return ("url", c[0], c[1][0])

    def cites(self, c):
        return ("cites", c[0], tuple(c[1]))

    def quoted_by(self, c):
        return ("quoted_by", c[0], c[1])


_lock = threading.Lock()
_comment_sink: list[Token] = []
_long_text_sink: list[Token] = []  # """...""" texts: where statements spanning lines start and end


def _keep_long_text(token: Token) -> Token:
    _long_text_sink.append(token)
    return token


@functools.cache
def _parser() -> Lark:
    return Lark(
        grammar_text(),
        parser="lalr",
        start=["start", "line"],
        transformer=_Statements(),
        maybe_placeholders=True,
        lexer_callbacks={"COMMENT": _comment_sink.append, "LONG_STRING": _keep_long_text},
    )


@functools.cache
def _id_pattern() -> re.Pattern:
    return re.compile(_parser().get_terminal("ID").pattern.value)


def is_id(text: str) -> bool:
    """Whether ``text`` can be written where the language expects an id (the grammar's ID token)."""
    return bool(_id_pattern().fullmatch(text))


# ---- building the model -----------------------------------------------------------
class _Builder:
    """Collects statements in file order, attaching property lines to the element above."""

    def __init__(self, path: str | None):
        self.path = path
        self.groups: dict[str, list[dict]] = {k: [] for k in ("include", "source", "voice", "claim", "evidence",
                                                               "inference", "attack", "same", "device")}
        self.current: dict | None = None
        self.findings: list[Diagnostic] = []
        #: the last line of a statement that spans lines → the line it starts on
        self.statement_starts: dict[int, int] = {}

    def loc(self, token: Any) -> Location:
        return Location(path=self.path, line=token.line, column=token.column)

    def word(self, token: Token) -> Location:
        """Where one word of a line was written, with its end column when it is on one line."""
        end_column = token.end_column if token.end_line == token.line else None
        return WordLocation(path=self.path, line=token.line, column=token.column, end_column=end_column)

    def add(self, statement: tuple) -> None:
        kind, token, value = statement
        if kind in self.groups:
            fields = {k: self._plain(v) for k, v in value.items()}
            fields["location"] = self.loc(token)
            spans: list = []  # flat (slot, line offset, column, end column) per word: see argmap.model.Spans
            fields["spans"] = spans
            line = token.line
            for slot in _WORD_SLOTS[kind]:
                raw = value[slot]
                if raw is None:
                    continue
                if type(raw) is tuple:  # (decoded text, token)
                    raw = raw[1]
                if type(raw) is list:
                    _add_words(spans, slot, raw, line, line)
                elif raw.line == line == raw.end_line:
                    spans += (slot, 0, raw.column, raw.end_column)
            record = {"kind": kind, "fields": fields, "seen": set(), "spans": spans}
            self.groups[kind].append(record)
            self.current = record
            return
        self._property(kind, token, value)

    @staticmethod
    def _plain(value: Any) -> Any:
        if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], Token):
            return value[0]  # (decoded text, token)
        if isinstance(value, Token):
            return str(value)
        if isinstance(value, list):
            return tuple(str(v) for v in value)
        return value

    def _property(self, kind: str, token: Token, value: Any) -> None:
        word = PROPERTY_WORDS.get(kind, kind)
        if kind == "role":
            word = value
        owners = PROPERTY_OWNERS[kind]
        current = self.current
        if current is None or current["kind"] not in owners:
            where = f"after {with_article(_ELEMENT_WORDS.get(current['kind'], current['kind']))}" if current \
                else "before any element"
            allowed = " or ".join(owners)
            self.findings.append(
                _structural(
                    "AM106", "misplaced-property",
                    f"`{word}` cannot stand {where}: it belongs under {with_article(allowed)}",
                    self.word(token),
                    suggestion=f"move this line under the {allowed} it describes, indented",
                )
            )
            return
        fields = current["fields"]
        if kind in SINGULAR and kind in current["seen"]:
            self.findings.append(
                _structural(
                    "AM108", "repeated-property",
                    f"`{word}` is given twice for {current['kind']} {fields.get('id', '')}".rstrip()
                    + "; the first one is kept",
                    self.word(token),
                    suggestion="remove one of the two lines",
                )
            )
            return
        current["seen"].add(kind)
        spans = current["spans"]
        line = token.line
        start = fields["location"].line
        if kind == "quote":
            (locator, source, last), (text, text_token) = value
            words: list = []
            _add_locator_words(words, source, last, line, line)
            _add_words(words, "text", (text_token,), line, line)
            fields.setdefault("quotes", []).append(
                Quote(at=locator, text=text, location=self.loc(token), spans=tuple(words)))
        elif kind == "tags":
            fields[kind] = fields.get(kind, ()) + value
        elif kind == "cites":
            fields[kind] = fields.get(kind, ()) + tuple(str(t) for t in value)
            _add_words(spans, "cites", value, line, start)
        elif kind == "at":
            locator, source, last = value
            fields["at"] = locator
            _add_locator_words(spans, source, last, line, start)
        elif kind == "quoted_by":
            fields[kind] = str(value)
            _add_words(spans, kind, (value,), line, start)
        else:
            fields[kind] = value

    def _comment_location(self, token: Token) -> Location:
        # A comment after a text that spans lines belongs to the line its statement starts on: findings
        # (and `# noqa`) are reported there, and `argmap fmt` writes the statement on that one line.
        return Location(path=self.path, line=self.statement_starts.get(token.line, token.line), column=token.column)

    def build(self, comments: list[Token]) -> ArgumentMap:
        def make(kind: str, cls: type, rename: dict[str, str] | None = None) -> list:
            out = []
            for record in self.groups[kind]:
                fields = dict(record["fields"])
                for old, new in (rename or {}).items():
                    if old in fields:
                        fields[new] = fields.pop(old)
                if "quotes" in fields:
                    fields["quotes"] = tuple(fields["quotes"])
                if "spans" in fields:
                    fields["spans"] = tuple(fields["spans"])
                out.append(cls(**fields))
            return out

        return ArgumentMap(
            includes=make("include", Include),
            sources=make("source", Source),
            voices=make("voice", Voice),
            claims=make("claim", Claim),
            evidence=make("evidence", Evidence),
            inferences=make("inference", Inference),
            attacks=make("attack", Attack),
            restatements=make("same", Restatement),
            devices=make("device", Device),
            comments=[Comment(text=str(t), location=self._comment_location(t)) for t in comments],
            path=self.path,
            files=(self.path,) if self.path else (),
            parse_findings=self.findings,
        )


# The words of each kind of element line whose place is kept (those a finding may be about).
_WORD_SLOTS = {
    "include": ("path",),
    "source": ("id",),
    "voice": ("id", "role", "source"),
    "claim": ("id", "voice", "text"),
    "evidence": ("id", "voice", "kind"),
    "inference": ("id", "voice", "scheme", "premises", "conclusion"),
    "attack": ("id", "voice", "attacker", "target"),
    "same": ("left", "right"),
    "device": ("category", "span", "target"),
}


def _add_words(spans: list, slot: str, tokens: Any, line: int, start: int) -> None:
    """Add where each token of ``slot`` was written on ``line`` (``start``: the element's line), unless one
    is not on that line: a word after a text that spans lines is not kept, so its finding goes on the line
    the statement starts on, where `# noqa` applies."""
    for token in tokens:
        if token.line != line or token.end_line != line:
            return
    for token in tokens:
        spans += (slot, line - start, token.column, token.end_column)


def _add_locator_words(spans: list, source: Token, last: Token, line: int, start: int) -> None:
    """Where a locator ``source:line-end`` was written: its source id (``at_source``) and all of it (``at``)."""
    if source.line == line == last.end_line:
        spans += ("at_source", line - start, source.column, source.end_column,
                  "at", line - start, source.column, last.end_column)


def with_article(noun: str) -> str:
    """``a claim``, ``an inference``; ``evidence`` takes none."""
    if noun.startswith("evidence"):
        return noun
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def _structural(code: str, name: str, message: str, location: Location, **kw: Any) -> Diagnostic:
    return Diagnostic(code=code, name=name, severity=Severity.ERROR, message=message, location=location,
                      end_column=getattr(location, "end_column", None), **kw)


# ---- entry point -----------------------------------------------------------------
def normalise_text(text: str) -> str:
    """Strip a byte-order mark and turn CRLF and lone CR line ends into LF."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_text(text: str, path: str | None = None) -> ArgumentMap:
    """Parse one file's text (includes are not followed). Raises ArgmapError on syntax errors."""
    text = normalise_text(text)
    if not text.endswith("\n"):
        text += "\n"
    parser = _parser()
    with _lock:
        _comment_sink.clear()
        _long_text_sink.clear()
        try:
            statements = parser.parse(text, start="start")
            comments = list(_comment_sink)
            long_texts = list(_long_text_sink)
        except UnexpectedInput:
            statements = None
        finally:
            _comment_sink.clear()
            _long_text_sink.clear()
    if statements is None:
        raise ArgmapError(_all_syntax_errors(text, path), {path or "<text>": text})
    builder = _Builder(path)
    for statement in statements:
        if statement is not None:
            builder.add(statement)
    for token in long_texts:  # in file order, so a chain of them resolves to the statement's first line
        if token.end_line > token.line:
            builder.statement_starts[token.end_line] = builder.statement_starts.get(token.line, token.line)
    return builder.build(comments)


# One piece of a line outside a \"\"\" text: an opening \"\"\", a "..." or “...” text (possibly unclosed), a
# comment, or a run of anything else.
_LINE_PIECE = re.compile(r'"""|"(?:[^"\\\n]|\\.)*"?|\u201c[^\u201d\n]*\u201d?|#[^\n]*|[^"\u201c#]+')


def _ends_inside_long_text(line: str, inside: bool) -> bool:
    """Whether a \"\"\" text is still open at the end of ``line`` (``inside``: open at its start).

    A \"\"\" inside a comment or inside a "..." text opens nothing.
    """
    position = 0
    while position < len(line):
        if inside:
            end = line.find('"""', position)
            if end < 0:
                return True
            inside, position = False, end + 3
            continue
        piece = _LINE_PIECE.match(line, position)
        assert piece is not None  # the last alternative takes any other character
        if piece.group() == '"""':
            inside = True
        elif piece.group().startswith("#"):
            break
        position = piece.end()
    return inside


def logical_lines(text: str) -> list[tuple[int, str]]:
    """Split text into (first line number, content) pieces; a \"\"\"...\"\"\" text may span lines."""
    out: list[tuple[int, str]] = []
    pending: list[str] = []
    start = 1
    inside = False
    for number, line in enumerate(text.split("\n"), start=1):
        if not pending:
            start = number
        pending.append(line)
        inside = _ends_inside_long_text(line, inside)
        if not inside:
            out.append((start, "\n".join(pending)))
            pending = []
    if pending:
        out.append((start, "\n".join(pending)))
    return out


MAX_SYNTAX_ERRORS = 50


def _all_syntax_errors(text: str, path: str | None) -> list[Diagnostic]:
    parser = _parser()
    errors: list[Diagnostic] = []
    for first_line, content in logical_lines(text):
        if not content.strip():
            continue
        with _lock:
            try:
                parser.parse(content, start="line")
            except UnexpectedInput as error:
                diagnostic = _syntax_diagnostic(error, content, first_line, path)
                if len(errors) == MAX_SYNTAX_ERRORS:  # say so, rather than let the count look like all of them
                    errors.append(attrs.evolve(
                        diagnostic,
                        message=f"another syntax error; argmap stopped after {MAX_SYNTAX_ERRORS}, there may be "
                                "more below",
                        suggestion="fix the errors above and check again"))
                else:
                    errors.append(diagnostic)
            finally:
                _comment_sink.clear()
                _long_text_sink.clear()
        if len(errors) > MAX_SYNTAX_ERRORS:
            break
    if not errors:  # the lines parse alone but not together: report where the whole parse stopped
        with _lock:
            try:
                parser.parse(text, start="start")
            except UnexpectedInput as error:
                errors.append(_syntax_diagnostic(error, text, 1, path))
            finally:
                _comment_sink.clear()
                _long_text_sink.clear()
    return errors


_PLAIN_TERMINALS = {
    "ID": "a name (an id such as C1 or furr)",
    "INT": "a line number",
    "STRING": 'a quoted text ("...")',
    "LONG_STRING": 'a quoted text ("...")',
    "CURLY_STRING": 'a quoted text ("...")',
    "_NL": "the end of the line",
    "$END": "the end of the line",
}


def _plain_expected(names: set[str] | frozenset[str]) -> list[str]:
    parser = _parser()
    if "CLAIM" in names:  # the start of a line: name the kinds of line rather than every keyword
        return ["an element keyword (" + ", ".join(ELEMENT_KEYWORDS) + ")", "a property line (quote, hedge, ...)"]
    words: list[str] = []
    for name in sorted(names):
        if name in _PLAIN_TERMINALS:
            word = _PLAIN_TERMINALS[name]
        else:
            try:
                word = "`" + parser.get_terminal(name).pattern.value.replace("\\b", "") + "`"
            except (KeyError, AttributeError):
                word = name.lower().lstrip("_")
        if word not in words:
            words.append(word)
    return words


def _join_words(words: list[str]) -> str:
    if len(words) > 6:
        words = words[:6] + ["..."]
    return ", ".join(words[:-1]) + (" or " if len(words) > 1 else "") + words[-1] if words else "something else"


def _unknown_keyword(word: str) -> tuple[str, str]:
    close = difflib.get_close_matches(word, KEYWORDS, n=1, cutoff=0.6)
    message = f"unknown keyword `{word}`: a line starts with an element or property keyword"
    if close:
        return message, f"did you mean `{close[0]}`?"
    return message, "element lines start with " + ", ".join(ELEMENT_KEYWORDS)


def _syntax_diagnostic(error: UnexpectedInput, content: str, first_line: int, path: str | None) -> Diagnostic:
    line = (getattr(error, "line", 1) or 1)
    column = (getattr(error, "column", 1) or 1)
    at_end = getattr(getattr(error, "token", None), "type", None) == "$END"
    if isinstance(error, UnexpectedEOF) or at_end or line < 1:
        last = content.rstrip("\n").split("\n")
        line, column = len(last), len(last[-1]) + 1
    lines = content.split("\n")
    line_text = lines[line - 1] if 0 < line <= len(lines) else ""
    location = Location(path=path, line=first_line + line - 1, column=column)
    suggestion = None
    end_column = None  # the caret line underlines the unexpected word where there is one
    if isinstance(error, UnexpectedCharacters):
        char = content[error.pos_in_stream] if error.pos_in_stream < len(content) else ""
        if char in '"\u201c':
            end_column = len(line_text) + 1  # the whole unclosed text
            message = "this text has no closing quote mark"
            suggestion = 'add the closing " at the end of the text (write \\" for a quote mark inside it)'
        elif char == "\t":
            message = "unexpected tab"
            suggestion = "use spaces here"
        elif char.isspace():
            message = f"unexpected U+{ord(char):04X}, a space character that is not a plain space"
            suggestion = "replace it with a plain space (it often comes in with pasted text)"
        elif "CLAIM" in (error.allowed or set()) and (word := re.match(r"\w+", content[error.pos_in_stream:])):
            end_column = column + len(word.group())
            message, suggestion = _unknown_keyword(word.group())
        else:
            expected = _plain_expected(error.allowed or set())
            shown = f"`{char}`" if char.isprintable() else f"U+{ord(char):04X} (an invisible character)"
            message = f"unexpected character {shown}; expected {_join_words(expected)}"
            if not char.isprintable():
                suggestion = "delete it: editors and terminals do not show it"
            elif char == "'":
                suggestion = "texts are written in double quotes: \"...\""
            elif char == "-" and ">" in line_text[column - 1:column + 1]:
                suggestion = "attacks are written with a verb: `attack A1 by V: C1 rebuts C2`; inferences use `=>`"
    else:
        token = getattr(error, "token", None)
        expected_names = set(getattr(error, "expected", ()) or ())
        expected = _plain_expected(expected_names)
        token_type = getattr(token, "type", "$END")
        token_text = str(token) if token is not None and token_type not in ("$END", "_NL") else ""
        if token_type in ("$END", "_NL"):
            message = f"this line ends too early; expected {_join_words(expected)}"
        else:
            message = f"unexpected `{token_text}`; expected {_join_words(expected)}"
            if "\n" not in token_text:
                end_column = column + len(token_text)
        if "CLAIM" in expected_names and token_type not in ("$END", "_NL"):
            message, suggestion = _unknown_keyword(token_text)
        elif "_BY" in expected_names and token_type != "_BY":
            suggestion = "add `by VOICE` after the id, e.g. `claim C1 by author: \"...\"`"
        elif token_text in KEYWORDS and "ID" in expected_names:
            suggestion = f"`{token_text}` is a keyword of the language; choose another id"
        elif "_THEREFORE" in expected_names:
            suggestion = "an inference reads `infer I1 by V (scheme): P1, P2 => C`"
        elif "REBUTS" in expected_names:
            suggestion = "an attack reads `attack A1 by V: C1 rebuts C2` (or undercuts an inference, undermines a premise)"
        elif "_COLON" in expected_names and token_type == "STRING" and \
                line_text.split()[:1] in (["claim"], ["evidence"]):
            suggestion = "put a colon before the text: `claim C1 by V: \"...\"`"
    if suggestion is None:
        words = line_text.split()
        form = STATEMENT_FORMS.get(words[0]) if words else None
        if form is not None:
            suggestion = f"the form is `{form}`" + (
                " (SOURCE:FIRST-LAST for a range of lines)" if words[0] in ("quote", "at") else "")
    if line_text.split()[:1] == ["year"]:  # the one number that is not a line number
        message = message.replace("a line number", "a year in digits")
    return Diagnostic(
        code=SYNTAX_ERROR[0],
        name=SYNTAX_ERROR[1],
        severity=Severity.ERROR,
        message=message,
        location=location,
        end_column=end_column if end_column and end_column > column else None,
        suggestion=suggestion,
    )


#: How each kind of line is written (grammars/argmap.lark), for suggestions under syntax errors.
STATEMENT_FORMS = {
    "include": 'include "other.argmap"',
    "source": 'source ID "Title"',
    "voice": 'voice ID "Name" ROLE in SOURCE',
    "claim": 'claim ID by VOICE: "text"',
    "evidence": 'evidence ID by VOICE: KIND "citation"',
    "infer": "infer ID by VOICE (scheme): P1, P2 => C",
    "attack": "attack ID by VOICE: C1 rebuts C2",
    "same": "same C1 as C2",
    "device": 'device CATEGORY "the words" in ID',
    "quote": 'quote SOURCE:LINE "the exact words"',
    "at": "at SOURCE:LINE",
    "hedge": 'hedge "perhaps"',
    "tags": "tags tag1, tag2",
    "warrant": 'warrant "why the step holds"',
    "note": 'note "text"',
    "by": 'by "Author", "Other Author"',
    "year": "year 1936",
    "text": 'text "sources/file.txt"',
    "url": 'url "https://..."',
    "cites": "cites SOURCE1, SOURCE2",
    "quoted": "quoted by VOICE",
}
