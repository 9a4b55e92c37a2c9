"""Argdown → argmap: give the parsed lines their structure, then map Argdown's model onto argmap's.

Structure (as Argdown's own parser does it): blank lines separate top-level items; a line of
plain text right under an element continues its text; relation lines hang under the nearest
less-indented element above; numbered statements and inference lines form a premise–conclusion
structure (PCS) that belongs to the argument written just before it.

Mapping (docs/interop.md has the full table): statements → claims (an equivalence class of
statements sharing a title is one claim; members with other texts become restatements, `same`);
a PCS → inferences; support relations → inferences; attacks → rebuttals (undercuts when aimed at
an argument's inference); tags, YAML data and headings where they fit. Whatever does not fit is
reported as an AM130 warning at its line, never dropped in silence.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from argmap.diagnostics import ArgmapError, Diagnostic
from argmap.interop.argdown_syntax import Element, Line, parse_lines, statement_text
from argmap.interop.declarations import declarations_from_records, parse_locator
from argmap.interop.common import (
    IdAllocator,
    evidence_kind,
    not_mapped,
    sanitise_id,
    scheme_from_name,
    unreadable,
)
from argmap.model import (
    EVIDENCE_KINDS,
    ROLES,
    ArgumentMap,
    Attack,
    Claim,
    Comment,
    Device,
    Evidence,
    Inference,
    Location,
    Quote,
    Restatement,
    Source,
    Voice,
)
from argmap.parser import normalise_text

DEFAULT_VOICE = "argdown"
# libyaml's safe loader when PyYAML was built with it (several times faster), else the Python one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UnusableYAML(yaml.YAMLError):
    """Valid YAML that argmap refuses to walk: aliases expanding far beyond the text, or very deep nesting."""

    problem_mark = None

    def __init__(self, problem: str, hint: str):
        super().__init__(problem)
        self.problem = problem
        self.hint = hint


# The data argmap reads is a few levels deep (front matter: argmap → sources → a source → its fields).
MAX_YAML_DEPTH = 50
_TOO_DEEP = (f"it nests more than {MAX_YAML_DEPTH} levels deep",
             "argmap reads flat data: keys with texts, lists of texts, or lists of small mappings")


def _check_size(value: Any, limit: int) -> None:
    """Raise _UnusableYAML if ``value`` nests deeper than MAX_YAML_DEPTH or has more than ``limit`` values
    once aliases are expanded (counting stops at the limit, so this is quick either way)."""
    stack, count = [(value, 0)], 0
    while stack:
        item, depth = stack.pop()
        count += 1
        if count > limit:
            raise _UnusableYAML("its aliases (*name) expand to far more values than the text holds",
                                "write the values out instead of repeating them through aliases")
        if depth > MAX_YAML_DEPTH:
            raise _UnusableYAML(*_TOO_DEEP)
        if isinstance(item, dict):
            stack.extend((part, depth + 1) for pair in item.items() for part in pair)
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend((part, depth + 1) for part in item)


def _load_yaml(text: str) -> Any:
    """YAML data; on an error, the pure-Python loader's error (its marks point at the exact place).

    Without aliases YAML holds fewer values than characters; data whose aliases expand to many times its
    size (or refer to themselves), or that nests very deep, is refused: walking it would take minutes and
    gigabytes, or overflow the stack.
    """
    try:
        value = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError:
        try:
            value = yaml.safe_load(text)
        except RecursionError:
            raise _UnusableYAML(*_TOO_DEEP) from None
    except RecursionError:
        raise _UnusableYAML(*_TOO_DEEP) from None
    _check_size(value, 10 * len(text) + 10_000)
    return value
# Statements nobody in particular says (no `voice` in their data) are the file author's, as reported
# views: an Argdown map reconstructs a debate; its author relays both sides rather than asserting them.
REPORTED = "reported"

# Data keys argmap understands, per kind of Argdown element (the rest is reported as not mapped).
STATEMENT_KEYS = {"voice", "role", "hedge", "note", "tags", "quotes", "id", "evidence", "citation", "attacks"}
ARGUMENT_KEYS = {"voice", "note", "tags", "warrant", "scheme", "attacks"}
INFERENCE_KEYS = {"uses", "voice", "warrant", "scheme", "note", "tags"}
FRONT_MATTER_KEYS = {"title", "author", "date", "year", "argmap"}

# Relation markers: (kind, direction). "in": the line's element → its parent; "out": parent → element.
RELATIONS = {
    "<+": ("support", "in"), "+": ("support", "in"), "+>": ("support", "out"),
    "<-": ("attack", "in"), "-": ("attack", "in"), "->": ("attack", "out"),
    "<_": ("undercut", "in"), "_": ("undercut", "in"), "_>": ("undercut", "out"),
    "><": ("contradiction", "in"),
}


# ---- what the structure pass produces -------------------------------------------------------
class Occurrence:
    """A statement as written once: its title (equivalence class), text, tags, data and place."""

    __slots__ = ("title", "text", "tags", "data", "data_location", "location", "member")

    def __init__(self, title, text, tags, data, data_location, location):
        self.title = title
        self.text = text
        self.tags = tags
        self.data = data
        self.data_location = data_location
        self.location = location
        self.member = None  # the claim id, once resolved


class Argument:
    """An Argdown argument: descriptions, data, its PCS (if reconstructed) and where it was first met."""

    def __init__(self, title: str, location: Location):
        self.title = title
        self.location = location
        self.descriptions: list[tuple[str, Location]] = []
        self.tags: list[str] = []
        self.data: dict[str, Any] = {}
        self.data_location: Location | None = None
        self.pcs: Pcs | None = None
        self.id: str | None = None
        self.gist: str | None = None  # claim id standing for a sketched argument
        self.inferences: list[str] = []  # inference ids (main one last)
        self.defined = False


class Pcs:
    """A premise–conclusion structure: numbered statements and inference lines, in order."""

    def __init__(self, argument: Argument, location: Location):
        self.argument = argument
        self.location = location
        self.items: list[tuple[str, Any]] = []  # ("statement", (number, Occurrence)) | ("inference", InferenceLine)

    @property
    def complete(self) -> bool:
        return bool(self.items) and self.items[-1][0] == "statement" and any(k == "inference" for k, _ in self.items)


class InferenceLine:
    """One inference step in a PCS: its rules, data and where it is written."""

    def __init__(self, location: Location):
        self.location = location
        self.rules: list[tuple[str, Location]] = []
        self.data: dict[str, Any] = {}
        self.data_location: Location | None = None
        self.id: str | None = None


class Relation:
    __slots__ = ("kind", "source", "target", "location")

    def __init__(self, kind, source, target, location):
        self.kind = kind
        self.source = source  # ("statement", Occurrence) | ("argument", Argument) | ("inference", InferenceLine)
        self.target = target
        self.location = location


# ---- the importer ---------------------------------------------------------------------------
class ArgdownImporter:
    """Reads one Argdown text; :meth:`run` returns the map. Errors collect in ``errors``."""

    def __init__(self, text: str, path: str | None):
        self.text = text
        self.path = path
        self.errors: list[Diagnostic] = []
        self.warnings: list[Diagnostic] = []
        self.occurrences: list[Occurrence] = []
        self.classes: dict[str, list[Occurrence]] = {}  # title → occurrences, in file order
        self.arguments: dict[str, Argument] = {}
        self.relations: list[Relation] = []
        self.pcs_list: list[Pcs] = []
        self.headings: list[Comment] = []
        self.comments: list[Comment] = []
        self.front: dict[str, Any] = {}
        self.front_location = Location(path=path, line=1, column=1)
        self.untitled = 0

    # ---- helpers ------------------------------------------------------------------------
    def loc(self, line: int, column: int = 1) -> Location:
        return Location(path=self.path, line=line, column=column)

    def warn(self, message: str, location: Location | None, suggestion: str | None = None) -> None:
        self.warnings.append(not_mapped(message, location, suggestion))

    def error(self, message: str, location: Location | None, suggestion: str | None = None) -> None:
        self.errors.append(unreadable(message, location, suggestion))

    def raw(self, span: tuple[int, int] | None) -> str:
        return self.text[span[0]:span[1]] if span else ""

    def yaml_data(self, token, what: str) -> tuple[dict[str, Any], Location | None]:
        """Parse a `{...}` data token as YAML; problems are errors located inside the block."""
        if token is None:
            return {}, None
        where = self.loc(token.line, token.column)
        try:
            value = _load_yaml(str(token))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line, column = token.line, token.column
            if mark is not None:
                line += mark.line
                column = (column + mark.column) if mark.line == 0 else mark.column + 1
            problem = getattr(exc, "problem", None) or "not valid YAML"
            if isinstance(exc, _UnusableYAML):
                self.error(f"the data of {what} cannot be read: {problem}", where, exc.hint)
                return {}, where
            self.error(f"the data of {what} is not valid YAML: {problem}", self.loc(line, column),
                       "data is a YAML mapping in braces, e.g. `{voice: furr, role: thesis}`; "
                       "quote texts that contain `:` or `#`")
            return {}, where
        if not isinstance(value, dict):
            self.error(f"the data of {what} is not a mapping of keys to values", where,
                       "write data as `{key: value, key2: value2}`")
            return {}, where
        return value, where

    def title_of_new_untitled(self) -> str:
        self.untitled += 1
        return f"Untitled {self.untitled}"

    # ---- pass 1: lines → occurrences, arguments, PCSs, relations ----------------------------
    def read(self) -> None:
        front, lines, comment_tokens = parse_lines(self.text, self.path)
        comment_lines: set[int] = set()
        for token in comment_tokens:
            end = token.end_line if token.end_line is not None else token.line
            comment_lines.update(range(token.line, end + 1))
            self.comments.append(Comment(text=_as_argmap_comment(str(token)), location=self.loc(token.line,
                                                                                                token.column)))
        previous_end = 0
        firsts = [ln for ln in lines if not (isinstance(ln, Line) and ln.kind == "heading")]
        if front is None and firsts:
            # Declarations made here (the file's source, its default voice) sit at the first element,
            # so that an argmap rendering keeps headings and comments above them where they were.
            self.front_location = self.loc(firsts[0].line, firsts[0].column)
        if front is not None:
            self.read_front_matter(front)
            previous_end = front.end_line if front.end_line is not None else front.line

        block: _Block | None = None
        last_block: _Block | None = None
        for line in lines:
            blank = any(n not in comment_lines for n in range(previous_end + 1, line.line))
            previous_end = max(previous_end, line.end_line)
            if blank and block is not None:
                if block.inference_open is not None:
                    self.error("this inference line is not closed: the rules end with a line `--`",
                               block.inference_open.location, "close the inference with `--` on a line of its own")
                    block.inference_open = None
                last_block, block = block, None
            if block is not None and block.inference_open is not None:
                if self.continue_inference(block, line):
                    continue
            if isinstance(line, Element):
                line = Line("element", None, line, line.line, line.column, line.end_line)
            block = self.read_line(line, block, last_block)
            if block is None:  # the line ended the block (a heading)
                last_block = None
        for b in (last_block, block):
            if b is not None and b.inference_open is not None:
                self.error("this inference line is not closed: the rules end with a line `--`",
                           b.inference_open.location, "close the inference with `--` on a line of its own")
                b.inference_open = None
        for pcs in self.pcs_list:
            if not pcs.complete:
                self.error(f"the argument reconstruction of <{pcs.argument.title}> has no conclusion",
                           pcs.location,
                           "end it with an inference line (`----` or `-- rule --`) and the conclusion `(n) ...`")

    def read_front_matter(self, token) -> None:
        self.front_location = self.loc(token.line, token.column)
        lines = str(token).split("\n")
        body = "\n".join(lines[1:-1])
        try:
            value = _load_yaml(body) if body.strip() else {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = self.loc(token.line + 1 + mark.line, mark.column + 1) if mark else self.front_location
            unusable = isinstance(exc, _UnusableYAML)
            self.error(f"the front matter {'cannot be read' if unusable else 'is not valid YAML'}: "
                       f"{getattr(exc, 'problem', None) or exc}", where, exc.hint if unusable else None)
            return
        if not isinstance(value, dict):
            self.error("the front matter is not a YAML mapping", self.front_location,
                       "write `key: value` lines between the `===` lines")
            return
        self.front = value
        ignored = sorted(str(k) for k in value if k not in FRONT_MATTER_KEYS)
        if ignored:
            self.warn("front matter settings are Argdown configuration argmap does not use: "
                      + ", ".join(ignored), self.front_location)

    def occurrence(self, element: Element) -> Occurrence:
        text, tags = (statement_text(self.raw(element.span)) if element.span else (None, []))
        title = element.title
        if title is None:
            title = self.title_of_new_untitled()
        data, data_location = self.yaml_data(element.data, f"[{title}]")
        occ = Occurrence(title, text or None, tags, data, data_location, self.loc(element.line, element.column))
        self.occurrences.append(occ)
        self.classes.setdefault(title, []).append(occ)
        return occ

    def argument(self, element: Element) -> Argument:
        title = element.title
        if title is None:  # pragma: no cover - an argument always has a title
            title = self.title_of_new_untitled()
        where = self.loc(element.line, element.column)
        argument = self.arguments.get(title)
        if argument is None:
            argument = self.arguments[title] = Argument(title, where)
        if element.span:
            text, tags = statement_text(self.raw(element.span))
            if text:
                argument.descriptions.append((text, where))
            argument.tags.extend(t for t in tags if t not in argument.tags)
        if element.definition and not argument.defined:
            argument.defined = True
            argument.location = where
        data, data_location = self.yaml_data(element.data, f"<{title}>")
        if data:
            argument.data.update(data)
            argument.data_location = argument.data_location or data_location
        return argument

    def node(self, element: Element):
        if element.kind == "argument":
            return ("argument", self.argument(element))
        return ("statement", self.occurrence(element))

    def read_line(self, line: Line, block: _Block | None, last_block: _Block | None) -> _Block | None:
        where = self.loc(line.line, line.column)
        element = line.element
        if line.kind == "heading":
            text, _tags = statement_text(self.raw(element.span)) if element.span else ("", [])
            self.headings.append(Comment(text=f"{line.marker} {text}".rstrip(), location=where))
            if element.data is not None:
                data, data_location = self.yaml_data(element.data, "a heading")
                if data:
                    self.warn(f"the data of heading `{text}` ({', '.join(sorted(map(str, data)))}) is not mapped: "
                              "argmap keeps headings as comments", data_location)
            return None

        if line.kind == "element":
            if block is not None and element.title is None:
                target = block.last_element
                if target is not None:
                    self.continue_element(target, element)
                    return block
            if block is not None and block.pcs is not None and element.title is None:
                self.error("text right after an inference line: the conclusion is written as a numbered "
                           "statement", where, "write the conclusion as `(n) text`")
                return block
            if element.title is None and element.span is None:
                self.warn("a data block that belongs to no statement or argument is not imported", where,
                          "put the data at the end of the statement it describes")
                return block
            block = _Block()
            node = self.node(element)
            block.root(node, element)
            if node[0] == "argument":
                block.argument = node[1]
            return block

        if line.kind == "list":
            if block is None or not block.is_list:
                block = _Block()
                block.is_list = True
            node = self.node(element)
            block.root(node, element)
            return block

        if line.kind == "relation":
            if block is None or not block.stack:
                self.error(f"the relation `{line.marker}` has no statement or argument above it to attach to",
                           where, "put relation lines right under the statement or argument they relate to, "
                                  "indented, with no blank line between")
                return block
            indent = line.column
            while len(block.stack) > 1 and block.stack[-1][0] >= indent:
                block.stack.pop()
            parent = block.stack[-1][1]
            node = self.node(element)
            kind, direction = RELATIONS[line.marker]
            if kind == "undercut" and direction == "in" and parent[0] == "statement" and block.pcs is not None \
                    and len(block.stack) == 1:
                # As in Argdown: `<_` under a statement of a reconstruction undercuts the inference above it.
                before = [v for k, v in block.pcs.items if k == "inference"]
                if before:
                    parent = ("inference", before[-1])
            if parent[0] == "inference" and kind != "undercut":
                self.error(f"only undercuts (`<_`) can hang under an inference line, not `{line.marker}`",
                           where, "move the relation under a statement of the argument")
            else:
                source, target = (node, parent) if direction == "in" else (parent, node)
                self.relations.append(Relation(kind, source, target, where))
            block.stack.append((indent, node))
            block.last_element = node
            return block

        if line.kind == "pcs":
            pcs = None
            if block is not None and block.pcs is not None:
                pcs = block.pcs
            elif block is None and last_block is not None and last_block.pcs is not None \
                    and not last_block.pcs.complete:
                block, pcs = last_block, last_block.pcs  # a reconstruction may go on after a blank line
            if pcs is None:
                owner = None
                if block is not None and block.argument is not None and block.pcs is None:
                    owner = block.argument
                elif block is None and last_block is not None and last_block.argument is not None \
                        and last_block.pcs is None and last_block.is_argument_block:
                    owner = last_block.argument
                if owner is None:
                    title = self.title_of_new_untitled()
                    owner = self.arguments[title] = Argument(title, where)
                if owner.pcs is not None:
                    self.warn(f"<{owner.title}> is reconstructed twice; the later reconstruction replaces "
                              "the earlier one, as in Argdown", where)
                    if owner.pcs in self.pcs_list:
                        self.pcs_list.remove(owner.pcs)
                pcs = owner.pcs = Pcs(owner, where)
                self.pcs_list.append(pcs)
                block = _Block()
                block.pcs = pcs
            number = int(line.marker.strip("()"))
            occ = self.occurrence(element)
            pcs.items.append(("statement", (number, occ, where)))
            block.stack = [(-1, ("statement", occ))]
            block.last_element = ("statement", occ)
            return block

        if line.kind == "inference":
            if block is not None and block.pcs is None and block.inference_open is None:
                block = None
            if block is None and last_block is not None and last_block.pcs is not None \
                    and not last_block.pcs.complete:
                block = last_block
            if block is None or block.pcs is None or not block.pcs.items or block.pcs.items[-1][0] != "statement":
                self.error("an inference line must follow the numbered premises of an argument reconstruction",
                           where, "write the premises as `(1) ...`, `(2) ...` above the `----` line")
                return block
            inference = InferenceLine(where)
            for rule_text, token in line.rules:
                if rule_text:
                    inference.rules.append((rule_text, self.loc(token.line, token.column)))
            if line.data is not None:
                inference.data, inference.data_location = self.yaml_data(line.data, "an inference")
            block.pcs.items.append(("inference", inference))
            open_block = not line.closed and len(line.marker) < 4
            if open_block:
                block.inference_open = inference
            block.stack = [(-1, ("inference", inference))]
            block.last_element = None
            return block
        raise AssertionError(line.kind)  # pragma: no cover

    def continue_element(self, node, element: Element) -> None:
        """A line of plain text (or data) right under an element: more of its text, or its data."""
        kind, target = node
        if element.span:
            text, tags = statement_text(self.raw(element.span))
            if kind == "statement":
                target.text = f"{target.text} {text}".strip() if target.text else (text or None)
                target.tags.extend(tags)
            elif kind == "argument":
                if target.descriptions:
                    old, where = target.descriptions[-1]
                    target.descriptions[-1] = (f"{old} {text}".strip(), where)
                elif text:
                    target.descriptions.append((text, self.loc(element.line, element.column)))
                target.tags.extend(tags)
        if element.data is not None:
            name = f"[{target.title}]" if kind == "statement" else f"<{target.title}>"
            data, where = self.yaml_data(element.data, name)
            if kind == "statement":
                target.data.update(data)
                target.data_location = target.data_location or where
            elif kind == "argument":
                target.data.update(data)
                target.data_location = target.data_location or where

    def continue_inference(self, block: _Block, line) -> bool:
        """Lines inside a multi-line inference (`--` / rules / data / `--`). True when consumed."""
        inference = block.inference_open
        if isinstance(line, Line) and line.kind == "inference":
            for rule_text, token in line.rules:
                if rule_text:
                    inference.rules.append((rule_text, self.loc(token.line, token.column)))
            if line.data is not None:
                data, inference.data_location = self.yaml_data(line.data, "an inference")
                inference.data.update(data)
            block.inference_open = None
            return True
        if isinstance(line, Element) and line.title is None:
            raw = self.raw(line.span).strip() if line.span else ""
            closed = raw.endswith("--")
            raw = raw.rstrip("-").strip() if closed else raw
            for part in raw.split(","):
                if part.strip():
                    inference.rules.append((part.strip(), self.loc(line.line, line.column)))
            if line.data is not None:
                data, inference.data_location = self.yaml_data(line.data, "an inference")
                inference.data.update(data)
            if closed:
                block.inference_open = None
            return True
        self.error("this inference line is not closed: the rules end with a line `--`", inference.location,
                   "close the inference with `--` on a line of its own")
        block.inference_open = None
        return False

    # ---- pass 2: the model ------------------------------------------------------------------
    def build(self) -> ArgumentMap:
        self.ids = IdAllocator()
        self.voice_ids = IdAllocator()
        self.source_ids = IdAllocator()
        self.sources: list[Source] = []
        self.voices: dict[str, Voice] = {}
        self.devices: list[Device] = []
        self.claims: dict[str, Claim] = {}
        self.evidence: dict[str, Evidence] = {}
        self.inferences: list[Inference] = []
        self.attacks: list[Attack] = []
        self.restatements: list[Restatement] = []
        self.annotations: dict[str, list[dict]] = {}  # attacker id → attack annotations from its data
        self.default_source: str | None = None
        self.read_declarations()
        self.assign_ids()
        self.make_statements()
        self.make_arguments()
        self.make_relations()
        for attacker, notes in sorted(self.annotations.items()):
            for note in notes:
                if not note.get("used"):
                    self.warn(f"the data of [{attacker}] lists attack {note.get('id', '?')} on "
                              f"{note.get('target', '?')}, but no relation line draws it; it is not imported",
                              note.get("where"), "add the relation line under the statement, or remove the entry")
        def placed(element):
            return (element.location.line, element.location.column) if element.location else (0, 0)

        claims = sorted(self.claims.values(), key=placed)
        evidence = sorted(self.evidence.values(), key=placed)
        comments = sorted(self.headings + self.comments, key=lambda c: (c.location.line, c.location.column))
        return ArgumentMap(
            sources=self.sources, voices=list(self.voices.values()), claims=claims,
            evidence=evidence, inferences=sorted(self.inferences, key=placed),
            attacks=sorted(self.attacks, key=placed), restatements=sorted(self.restatements, key=placed), devices=self.devices, comments=comments, path=self.path,
            files=(self.path,) if self.path else (),
            parse_findings=sorted(self.warnings, key=Diagnostic.sort_key),
        )

    # declarations (front matter) --------------------------------------------------------------
    def read_declarations(self) -> None:
        """Sources, voices and devices from the front matter's `argmap` block (written by the export)."""
        block = self.front.get("argmap")
        if block is None:
            return
        sources, voices, devices, problems = declarations_from_records(block, self.front_location)
        for message in problems:
            self.warn(message, self.front_location)
        self.sources.extend(sources)
        self.source_ids.taken.update(s.id for s in sources)
        self.voices.update((v.id, v) for v in voices)
        self.voice_ids.taken.update(v.id for v in voices)
        self.devices.extend(devices)

    def voice_for(self, value: Any, where: Location | None) -> str:
        """The voice id for a `voice:` value (declared, or made here and tied to the file's source)."""
        if value is None:
            return self.default_voice()
        name = str(value)
        vid = sanitise_id(name, "voice")
        if vid not in self.voices:
            vid = self.voice_ids.reserve(vid)
            self.voices[vid] = Voice(id=vid, name=name, source=self.file_source(), location=self.front_location)
        return vid

    def file_source(self) -> str:
        if self.default_source is None:
            stem = Path(self.path).stem if self.path else "argdown"
            title = _str(self.front.get("title")) or (Path(self.path).name if self.path else "Argdown text")
            author = self.front.get("author")
            year = self.front.get("year")
            if year is None and self.front.get("date") is not None:
                digits = str(self.front.get("date"))[:4]
                year = int(digits) if digits.isdigit() else None
            sid = self.source_ids.reserve(sanitise_id(stem, "argdown"))
            self.sources.append(Source(id=sid, title=title, authors=tuple(_strs(author)),
                                       year=year if isinstance(year, int) else None,
                                       note="Imported from Argdown." if self.path is None else
                                       f"Imported from {Path(self.path).name}.",
                                       location=self.front_location))
            self.default_source = sid
        return self.default_source

    def default_voice(self) -> str:
        if DEFAULT_VOICE not in self.voices:
            author = self.front.get("author")
            name = ", ".join(_strs(author)) if author else "Argdown author"
            self.voice_ids.reserve(DEFAULT_VOICE)
            self.voices[DEFAULT_VOICE] = Voice(id=DEFAULT_VOICE, name=name, role="author", source=self.file_source(),
                                               location=self.front_location)
        return DEFAULT_VOICE

    # ids -----------------------------------------------------------------------------------
    def assign_ids(self) -> None:
        """Ids for equivalence classes and arguments, in order of first appearance."""
        firsts: list[tuple[int, int, str, str]] = []
        for title, occs in self.classes.items():
            where = occs[0].location
            firsts.append((where.line, where.column, "statement", title))
        for title, argument in self.arguments.items():
            firsts.append((argument.location.line, argument.location.column, "argument", title))
        self.class_ids: dict[str, str] = {}
        for _, _, kind, title in sorted(firsts):
            if kind == "statement":
                self.class_ids[title] = self.ids.reserve(sanitise_id(title, "statement"))
            else:
                self.arguments[title].id = self.ids.reserve(sanitise_id(title, "argument"))

    # statements → claims, evidence, restatements ---------------------------------------------
    def make_statements(self) -> None:
        """Each equivalence class → claims: the first text is the class's own claim; an occurrence
        with another text (or another `id` in its data) is a further member, restating the first."""
        for title, occs in self.classes.items():
            class_id = self.class_ids[title]
            members: dict[str, dict] = {}
            by_text: dict[str, str] = {}
            by_given: dict[str, str] = {}
            canonical: str | None = None

            def new_member(wanted: str | None, occ: Occurrence) -> str:
                nonlocal canonical
                if wanted is None or wanted == class_id:
                    mid = class_id if class_id not in members else self.ids.reserve(class_id)
                else:
                    mid = self.ids.reserve(wanted)
                members[mid] = {"text": occ.text, "occs": [], "where": occ.location}
                if canonical is None:
                    canonical = mid
                return mid

            pending: list[Occurrence] = []
            for occ in occs:
                given = occ.data.get("id")
                if given is not None:
                    key = sanitise_id(str(given), class_id)
                    mid = by_given.get(key)
                    if mid is None:
                        mid = by_given[key] = new_member(key, occ)
                    if members[mid]["text"] is None and occ.text is not None:
                        members[mid]["text"] = occ.text
                    if occ.text is not None:
                        by_text.setdefault(occ.text, mid)
                elif occ.text is not None:
                    mid = by_text.get(occ.text)
                    if mid is None:
                        mid = by_text[occ.text] = new_member(None, occ)
                else:
                    pending.append(occ)
                    continue
                members[mid]["occs"].append(occ)
                occ.member = mid
            if class_id in members:
                canonical = class_id  # the class's own id, even when a member with a given id came first
            if canonical is None:
                canonical = class_id
                members[class_id] = {"text": None, "occs": [], "where": occs[0].location}
            for occ in pending:
                occ.member = canonical
                members[canonical]["occs"].append(occ)
            for mid, member in members.items():
                self.make_member(title, mid, member)
                if mid != canonical:
                    self.restatements.append(Restatement(left=canonical, right=mid, location=member["where"]))

    def make_member(self, title: str, mid: str, member: dict) -> None:
        occs: list[Occurrence] = member["occs"]
        data: dict[str, Any] = {}
        data_where: Location | None = None
        tags: list[str] = []
        kept: Counter[str] = Counter()
        for occ in occs:
            for key, value in occ.data.items():
                data[key] = value
            data_where = data_where or occ.data_location
            # A tag written twice on one occurrence stays twice (whichever occurrence carries it), once across them.
            here = Counter(occ.tags)
            for tag in occ.tags:
                if kept[tag] < here[tag]:
                    kept[tag] += 1
                    tags.append(tag)
        defined = next((o for o in occs if o.text is not None), None)
        where = defined.location if defined else member["where"]
        text = member["text"]
        if text is None:
            text = title
            self.warn(f"statement [{title}] is only referred to, never given a text; its title is used "
                          "as its text", where, f"define it once: `[{title}]: text`")
        unknown = sorted(str(k) for k in data if k not in STATEMENT_KEYS)
        if unknown:
            self.warn(f"data of [{title}] not mapped: {', '.join(unknown)}", data_where,
                      "argmap reads voice, role, hedge, note, tags, quotes, evidence, citation")
        voice = self.voice_for(data.get("voice"), data_where or where)
        extra_tags = [str(t) for t in _strs(data.get("tags"))]
        all_tags = [sanitise_id(tag, "tag") for tag in tags + extra_tags]
        note = _str(data.get("note"))
        if isinstance(data.get("attacks"), list):
            self.annotations[mid] = [dict(a, where=data_where) for a in data["attacks"] if isinstance(a, dict)]
        kind = data.get("evidence")
        if kind is not None:
            kind = str(kind)
            if kind not in EVIDENCE_KINDS:
                written = evidence_kind(kind)
                self.warn(f"[{title}] has evidence kind `{kind}`, which is not one of argmap's kinds"
                          + (f"; it is written `{written}`" if written != kind else ""), data_where,
                          "kinds: " + ", ".join(EVIDENCE_KINDS))
                kind = written
            citation = _str(data["citation"]) if "citation" in data else text
            self.evidence[mid] = Evidence(id=mid, voice=voice, kind=kind, citation=citation,
                                          quotes=self.quotes(data.get("quotes"), title, data_where),
                                          tags=tuple(all_tags), note=note, location=where)
            return
        role = _str(data.get("role"))
        if role is not None and role not in ROLES:
            self.warn(f"[{title}] has role `{role}`, which argmap does not know; it is left out", data_where,
                      "roles: " + ", ".join(ROLES))
            role = None
        if "role" not in data and voice == DEFAULT_VOICE:
            role = REPORTED
        self.claims[mid] = Claim(id=mid, text=text, voice=voice, role=role, hedge=_str(data.get("hedge")),
                                 quotes=self.quotes(data.get("quotes"), title, data_where), tags=tuple(all_tags),
                                 note=note, location=where)

    def quotes(self, value: Any, title: str, where: Location | None) -> tuple[Quote, ...]:
        out = []
        if value is not None and not isinstance(value, list):
            self.warn(f"the quotes of [{title}] must be a list of `{{at: source:line, text: ...}}`", where)
            return ()
        for item in value or ():
            if not isinstance(item, dict) or "at" not in item or "text" not in item:
                self.warn(f"a quote of [{title}] needs `at: source:line` and `text`", where)
                continue
            locator = parse_locator(str(item["at"]))
            if locator is None:
                self.warn(f"a quote of [{title}] has a bad place `{item['at']}` (write source:line or "
                          "source:line-line)", where)
                continue
            out.append(Quote(at=locator, text=str(item["text"]), location=where))
        return tuple(out)

    # arguments → inferences (reconstructed) or gist claims (sketched) ---------------------------
    def make_arguments(self) -> None:
        self.inference_ids: dict[int, str] = {}  # id(InferenceLine) → inference id
        for title, argument in self.arguments.items():
            data = argument.data
            unknown = sorted(str(k) for k in data if k not in ARGUMENT_KEYS)
            if unknown:
                self.warn(f"data of <{title}> not mapped: {', '.join(unknown)}", argument.data_location,
                          "argmap reads voice, note, tags, warrant, scheme")
            if argument.pcs is not None:
                self.reconstructed(argument)
            else:
                self.sketched(argument)

    def sketched(self, argument: Argument) -> None:
        texts = [t for t, _ in argument.descriptions]
        text = " ".join(texts) if texts else argument.title
        if not texts:
            self.warn(f"argument <{argument.title}> has neither a description nor a reconstruction; its title "
                      "is used as its text", argument.location)
        voice = self.voice_for(argument.data.get("voice"), argument.data_location or argument.location)
        tags = tuple(dict.fromkeys(sanitise_id(t, "tag") for t in argument.tags + _strs(argument.data.get("tags"))))
        argument.gist = argument.id
        role = REPORTED if voice == DEFAULT_VOICE else None
        self.claims[argument.id] = Claim(id=argument.id, text=text, voice=voice, tags=tags, role=role,
                                         note=_str(argument.data.get("note")), location=argument.location)

    def reconstructed(self, argument: Argument) -> None:
        pcs = argument.pcs
        numbers: dict[int, str] = {}
        since: list[str] = []
        last_conclusion: str | None = None
        steps: list[tuple[InferenceLine, list[str], str]] = []
        items = pcs.items
        seen_numbers: set[int] = set()
        for index, (kind, value) in enumerate(items):
            if kind == "statement":
                number, occ, where = value
                if number in seen_numbers:
                    self.warn(f"statement number ({number}) is used twice in <{argument.title}>", where)
                seen_numbers.add(number)
                numbers[number] = occ.member
                if index > 0 and items[index - 1][0] == "inference":
                    inference = items[index - 1][1]
                    premises = self.uses(inference, numbers, since, last_conclusion, argument)
                    steps.append((inference, premises, occ.member))
                    last_conclusion, since = occ.member, []
                else:
                    since.append(occ.member)
        main_voice = argument.data.get("voice")
        description = " ".join(t for t, _ in argument.descriptions) or None
        for position, (line, premises, conclusion) in enumerate(steps):
            main = position == len(steps) - 1
            if main:
                iid = argument.id
            else:
                iid = self.ids.reserve(f"{argument.id}.{position + 1}")
            line.id = iid
            self.inference_ids[id(line)] = iid
            argument.inferences.append(iid)
            data = line.data
            unknown = sorted(str(k) for k in data if k not in INFERENCE_KEYS)
            if unknown:
                self.warn(f"data of an inference of <{argument.title}> not mapped: {', '.join(unknown)}",
                          line.data_location, "argmap reads uses, voice, warrant, scheme, note, tags")
            scheme, notes = None, []
            if data.get("scheme") is not None:
                scheme, understood = scheme_from_name(str(data["scheme"]))
                if not understood:
                    notes.append(f"scheme: {data['scheme']}")
                    self.warn(f"scheme `{data['scheme']}` is not one of argmap's schemes; it is kept in the note",
                              line.data_location)
            for rule, where in line.rules:
                mapped, understood = scheme_from_name(rule)
                if understood and scheme is None:
                    scheme = mapped
                elif not understood:
                    notes.append(f"inference rule: {rule}")
                    self.warn(f"inference rule `{rule}` has no argmap scheme; it is kept in the inference's note",
                              where, "argmap schemes: deduction, causal, analogy, example, induction, authority, "
                                     "sign, from-silence, best-explanation, definition, practical")
            note_parts = []
            if main and description:
                note_parts.append(description)
            if main and argument.data.get("note"):
                note_parts.append(str(argument.data["note"]))
            if data.get("note"):
                note_parts.append(str(data["note"]))
            note_parts += notes
            warrant = _str(data.get("warrant")) or (_str(argument.data.get("warrant")) if main else None)
            voice = self.voice_for(data.get("voice", main_voice), line.data_location or argument.location)
            tags = _strs(data.get("tags")) + ((argument.tags + _strs(argument.data.get("tags"))) if main else [])
            if not premises:
                self.warn(f"an inference of <{argument.title}> uses no premises", line.location)
            self.inferences.append(Inference(
                id=iid, voice=voice, premises=tuple(dict.fromkeys(premises)), conclusion=conclusion, scheme=scheme,
                warrant=warrant, tags=tuple(dict.fromkeys(sanitise_id(t, "tag") for t in tags)),
                note=" ".join(note_parts) or None, location=line.location))
        if not steps:
            argument.gist = None

    def uses(self, inference: InferenceLine, numbers: dict[int, str], since: list[str], last: str | None,
             argument: Argument) -> list[str]:
        uses = inference.data.get("uses")
        if uses is not None:
            picked = []
            for number in uses if isinstance(uses, list) else [uses]:
                if isinstance(number, int) and number in numbers:
                    picked.append(numbers[number])
                else:
                    self.warn(f"`uses` names ({number}), which is not a statement above this inference of "
                              f"<{argument.title}>", inference.data_location)
            return picked
        return ([last] if last is not None else []) + since

    # relations → inferences and attacks ----------------------------------------------------------
    def claim_of(self, node) -> str | None:
        kind, value = node
        if kind == "statement":
            return value.member
        if kind == "argument":
            if value.pcs is not None and value.inferences:
                main = self.inferences_by_id()[value.inferences[-1]]
                return main.conclusion
            return value.gist
        return None

    def inferences_by_id(self) -> dict[str, Inference]:
        if len(getattr(self, "_inference_index", ())) != len(self.inferences):
            self._inference_index = {i.id: i for i in self.inferences}
        return self._inference_index

    def premises_of(self, argument: Argument) -> list[str]:
        index = self.inferences_by_id()
        conclusions = {index[i].conclusion for i in argument.inferences}
        out: list[str] = []
        for iid in argument.inferences:
            out.extend(p for p in index[iid].premises if p not in conclusions and p not in out)
        return out

    def describe(self, node) -> str:
        kind, value = node
        return f"<{value.title}>" if kind == "argument" else ("an inference" if kind == "inference"
                                                              else f"[{value.title}]")

    def make_relations(self) -> None:
        self.drawn: set[tuple[str, str, str]] = set()
        support_inferences: dict[str, list[str]] = {}  # sketched argument → the inferences of its supports
        pending_undercuts: list[Relation] = []
        for relation in self.relations:
            if relation.kind == "support":
                self.support(relation, support_inferences)
        for relation in self.relations:
            if relation.kind == "attack":
                self.attack(relation)
            elif relation.kind == "contradiction":
                a, b = self.claim_of(relation.source), self.claim_of(relation.target)
                if a and b:
                    self.add_attack("rebut", a, b, relation.location)
                    self.add_attack("rebut", b, a, relation.location)
            elif relation.kind == "undercut":
                pending_undercuts.append(relation)
        for relation in pending_undercuts:
            self.undercut(relation, support_inferences)

    def support(self, relation: Relation, made: dict[str, list[str]]) -> None:
        premise = self.claim_of(relation.source)
        kind, target = relation.target
        if premise is None:
            self.warn("an inference cannot support anything in argmap; this relation is not imported",
                      relation.location)
            return
        if kind == "inference":
            self.warn("support for an inference cannot be expressed in argmap; not imported", relation.location)
            return
        if kind == "argument" and target.pcs is not None and target.inferences:
            premises = self.premises_of(target)
            if premise in premises:
                return  # the supporting statement is a premise already
            if len(premises) == 1:
                conclusion = premises[0]
            else:
                self.warn(f"{self.describe(relation.source)} supports <{target.title}> without naming which of its "
                          f"{len(premises)} premises; argmap cannot attach support to a whole argument, so this "
                          "relation is not imported", relation.location,
                          "make the supporting statement (or an equivalent one) a premise of the reconstruction")
                return
        else:
            conclusion = self.claim_of(relation.target)
        if conclusion is None:
            return
        source_kind, source = relation.source
        if source_kind == "argument" and source.pcs is not None and conclusion == premise:
            return  # the argument's conclusion is the supported statement: nothing to add
        if ("support", premise, conclusion) in self.drawn:
            return
        self.drawn.add(("support", premise, conclusion))
        voice = self.voice_of(premise)
        iid = self.ids.numbered("I")
        self.inferences.append(Inference(id=iid, voice=voice, premises=(premise,), conclusion=conclusion,
                                         location=relation.location))
        if source_kind == "argument" and source.pcs is None:
            made.setdefault(source.title, []).append(iid)

    def attack(self, relation: Relation) -> None:
        attacker = self.claim_of(relation.source)
        kind, target = relation.target
        if attacker is None:
            self.warn("an inference cannot attack anything in argmap; this relation is not imported",
                      relation.location)
            return
        if kind == "inference":
            self.add_attack("undercut", attacker, self.inference_ids[id(target)], relation.location)
        elif kind == "argument" and target.pcs is not None and target.inferences:
            premises = self.premises_of(target)
            if len(premises) == 1:
                self.add_attack("undermine", attacker, premises[0], relation.location)
            else:
                self.warn(f"{self.describe(relation.source)} attacks <{target.title}> without naming which of its "
                          "premises; it is imported as an undercut of the argument's inference", relation.location,
                          "attack the premise itself (`-> [Premise]`) to record an undermining attack")
                self.add_attack("undercut", attacker, target.inferences[-1], relation.location)
        else:
            target_claim = self.claim_of(relation.target)
            if target_claim is not None:
                self.add_attack("rebut", attacker, target_claim, relation.location)

    def undercut(self, relation: Relation, made: dict[str, list[str]]) -> None:
        attacker = self.claim_of(relation.source)
        kind, target = relation.target
        if attacker is None:
            self.warn("an inference cannot undercut anything in argmap; not imported", relation.location)
            return
        if kind == "inference":
            self.add_attack("undercut", attacker, self.inference_ids[id(target)], relation.location)
        elif kind == "argument" and target.pcs is not None and target.inferences:
            self.add_attack("undercut", attacker, target.inferences[-1], relation.location)
        elif kind == "argument" and made.get(target.title):
            for iid in made[target.title]:
                self.add_attack("undercut", attacker, iid, relation.location)
        elif kind == "argument":
            self.warn(f"<{target.title}> has no inference to undercut (no reconstruction and no support "
                      "relation); imported as a rebuttal of its description", relation.location)
            self.add_attack("rebut", attacker, target.gist, relation.location)
        else:
            self.warn(f"an undercut must point at an argument, and [{target.title}] is a statement; imported as "
                      "a rebuttal", relation.location, "use `-` / `->` to attack a statement")
            self.add_attack("rebut", attacker, target.member, relation.location)

    def voice_of(self, element_id: str) -> str:
        element = self.claims.get(element_id) or self.evidence.get(element_id)
        return element.voice if element is not None else self.default_voice()

    def add_attack(self, kind: str, attacker: str, target: str, where: Location) -> None:
        """An attack, with its id, voice and kind from the attacker's `attacks` data when it lists it.

        A relation drawn twice (`[A] -> [B]` and `[B] <- [A]`, or `><` twice) is one attack, as in
        Argdown, unless the data names two attacks on that target.
        """
        note = next((n for n in self.annotations.get(attacker, ()) if not n.get("used")
                     and sanitise_id(str(n.get("target", ""))) == target), None)
        key = (kind, attacker, target)
        if note is None and key in self.drawn:
            return
        self.drawn.add(key)
        voice, aid, attack_note = self.voice_of(attacker), None, None
        if note is not None:
            note["used"] = True
            if note.get("id") is not None:
                aid = self.ids.reserve(sanitise_id(str(note["id"]), "A"))
            if note.get("voice") is not None:
                voice = self.voice_for(note["voice"], note.get("where"))
            if note.get("kind") in ("rebut", "undermine") and kind in ("rebut", "undermine"):
                kind = note["kind"]
            attack_note = _str(note.get("note"))
        self.attacks.append(Attack(id=aid or self.ids.numbered("A"), voice=voice, kind=kind, attacker=attacker,
                                   target=target, note=attack_note, location=where))


class _Block:
    """The lines since the last blank line: the stack of elements relations hang under, the open PCS."""

    __slots__ = ("stack", "argument", "pcs", "last_element", "inference_open", "is_list")

    def __init__(self):
        self.stack: list[tuple[int, Any]] = []
        self.argument: Argument | None = None
        self.pcs: Pcs | None = None
        self.last_element = None
        self.inference_open: InferenceLine | None = None
        self.is_list = False

    def root(self, node, element: Element) -> None:
        self.stack = [(-1, node)]
        self.last_element = node

    @property
    def is_argument_block(self) -> bool:
        return self.argument is not None and self.stack and self.stack[0][1][0] == "argument"


# ---- small value helpers ---------------------------------------------------------------------
def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _strs(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v is not None]
    return [str(value)]


def _as_argmap_comment(text: str) -> str:
    if text.startswith("//"):
        body = text[2:]
    elif text.startswith("/*"):
        body = text[2:-2]
    else:
        body = text[4:-3]
    return "# " + " ".join(body.split())


def import_argdown(text: str, path: str | None = None) -> tuple[ArgumentMap, list[Diagnostic]]:
    """Read Argdown text into an argument map; returns the map and the AM130 warnings (also kept in
    ``map.parse_findings``, so that ``check`` reports them).

    Raises :class:`argmap.ArgmapError` (AM131, with file:line:col) when the text cannot be read.
    """
    text = normalise_text(text)
    importer = ArgdownImporter(text, path)
    importer.read()
    if not importer.errors:
        amap = importer.build()
    if importer.errors:
        raise ArgmapError(importer.errors, {path or "<text>": text})
    return amap, list(amap.parse_findings)
