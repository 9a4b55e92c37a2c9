"""Writing a map as canonical argmap text: ``argmap fmt``, imports, and round-trip tests.

Elements keep the order in which they were written (by location; maps built in
code keep kind order), properties come in one fixed order per kind, texts are
double-quoted with ``\\"`` and ``\\\\`` escapes, property lines are indented by
two spaces. Comments are kept: a comment on an element's or a quote's line stays
at its end (as does one on any property line, when the original text is given);
a comment on a line of its own stays above the element or property line that followed it (indented
right under an element's last line, it stays at the end of that element).
Blank lines are canonical: one before every element that is a block (has
property lines), and between elements of different kinds; given the original
text, a blank line after a comment on a line of its own is kept too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from argmap.model import (
    ArgumentMap,
    Attack,
    Claim,
    Comment,
    Device,
    Evidence,
    Include,
    Inference,
    Quote,
    Restatement,
    Source,
    Voice,
)

INDENT = "  "
_WHITESPACE_WITH_NEWLINE = re.compile(r"\s*[\r\n]\s*")  # the parser reads a lone CR as a line end
_VERBS = {"rebut": "rebuts", "undercut": "undercuts", "undermine": "undermines"}


def quote_text(text: str) -> str:
    """A text as an argmap string literal."""
    text = _WHITESPACE_WITH_NEWLINE.sub(" ", text)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _quote_line(quote: Quote) -> str:
    return f"quote {quote.at} {quote_text(quote.text)}"


def element_lines(element: object) -> list[tuple[str, object | None]]:
    """The lines of one element: (text, the Quote on that line or None). The header comes first."""
    lines: list[tuple[str, object | None]] = []

    def prop(text: str, owner: object | None = None) -> None:
        lines.append((INDENT + text, owner))

    if isinstance(element, Include):
        lines.append((f"include {quote_text(element.path)}", None))
    elif isinstance(element, Source):
        head = f"source {element.id}" + (f" {quote_text(element.title)}" if element.title is not None else "")
        lines.append((head, None))
        if element.authors:
            prop("by " + ", ".join(quote_text(a) for a in element.authors))
        if element.year is not None:
            prop(f"year {element.year}")
        if element.text_path is not None:
            prop(f"text {quote_text(element.text_path)}")
        if element.url is not None:
            prop(f"url {quote_text(element.url)}")
        if element.cites:
            prop("cites " + ", ".join(element.cites))
    elif isinstance(element, Voice):
        head = f"voice {element.id} {quote_text(element.name)}"
        head += f" {element.role}" if element.role else ""
        head += f" in {element.source}" if element.source else ""
        lines.append((head, None))
        if element.quoted_by:
            prop(f"quoted by {element.quoted_by}")
    elif isinstance(element, Claim):
        lines.append((f"claim {element.id} by {element.voice}: {quote_text(element.text)}", None))
        if element.role:
            prop(element.role)
        if element.hedge is not None:
            prop(f"hedge {quote_text(element.hedge)}")
        for quote in element.quotes:
            prop(_quote_line(quote), quote)
        if element.tags:
            prop("tags " + ", ".join(element.tags))
    elif isinstance(element, Evidence):
        head = f"evidence {element.id} by {element.voice}: {element.kind}"
        head += f" {quote_text(element.citation)}" if element.citation is not None else ""
        lines.append((head, None))
        for quote in element.quotes:
            prop(_quote_line(quote), quote)
        if element.tags:
            prop("tags " + ", ".join(element.tags))
    elif isinstance(element, Inference):
        scheme = f" ({element.scheme})" if element.scheme else ""
        premises = ", ".join(element.premises)
        lines.append((f"infer {element.id} by {element.voice}{scheme}: {premises} => {element.conclusion}".replace(
            ":  =>", ": =>"), None))
        if element.warrant is not None:
            prop(f"warrant {quote_text(element.warrant)}")
        if element.tags:
            prop("tags " + ", ".join(element.tags))
    elif isinstance(element, Attack):
        verb = _VERBS[element.kind]
        lines.append((f"attack {element.id} by {element.voice}: {element.attacker} {verb} {element.target}", None))
    elif isinstance(element, Restatement):
        lines.append((f"same {element.left} as {element.right}", None))
    elif isinstance(element, Device):
        lines.append((f"device {element.category} {quote_text(element.span)} in {element.target}", None))
        if element.at is not None:
            prop(f"at {element.at}")
    else:  # pragma: no cover - every model element is handled above
        raise TypeError(f"cannot write {type(element).__name__}")
    note = getattr(element, "note", None)
    if note is not None:
        prop(f"note {quote_text(note)}")
    return lines


def _ordered(amap: ArgumentMap) -> list[object]:
    elements = list(amap.elements())
    if elements and all(getattr(e, "location", None) is not None for e in elements):
        return sorted(elements, key=lambda e: (e.location.path or "", e.location.line, e.location.column))
    return elements


def _property_line_anchors(text: str, elements: list[object], blocks: list[list[tuple[str, object | None]]],
                           comments: list[Comment], anchors: dict[int, tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Anchors for comments at the end of property lines (``thesis  # why``), which the model keeps no
    location for: the line's keyword names the property line of the element above."""
    lines = text.split("\n")
    locations = [getattr(e, "location", None) for e in elements]
    if any(location is None for location in locations):
        return {}
    starts = [location.line for location in locations]  # in order: elements are sorted by location
    found: dict[int, tuple[int, int]] = {}
    for comment in comments:
        number = comment.location.line
        if number in anchors or number in found or not 0 < number <= len(lines):
            continue
        line = lines[number - 1]
        words = line[: comment.location.column - 1].split()
        if not words:  # a comment on a line of its own
            continue
        ei = bisect.bisect_left(starts, number) - 1  # the element this property line belongs to
        if ei < 0:
            continue
        matches = [li for li, (out, _) in enumerate(blocks[ei]) if li and out.split()[0] == words[0]]
        if len(matches) == 1:
            found[number] = (ei, matches[0])
    return found


def _comments_inside_blocks(source_lines: list[str], elements: list[object],
                            blocks: list[list[tuple[str, object | None]]], anchors: dict[int, tuple[int, int]],
                            loose: list[Comment]) -> tuple[dict[tuple[int, int], list[Comment]], list[Comment]]:
    """Comments on lines of their own that sit between an element's property lines: each stays above the
    property line that followed it (keyed by element and line index). Returns those and the other comments.

    The line after a comment (past blank and comment lines) starts a statement, so it names the property
    line by its quote location or its keyword. After the last property line, indented comments right under
    it stay at the end of the element (key: the block's length); from a blank line or a comment at the
    start of a line on, they go above what follows.
    """
    locations = [getattr(e, "location", None) for e in elements]
    if not locations or any(location is None for location in locations):
        return {}, loose
    starts = [location.line for location in locations]
    next_code: dict[int, int | None] = {}  # a comment's line → the first later line holding a statement

    def following(number: int) -> int | None:
        walked = []
        n = number + 1
        while n not in next_code and n <= len(source_lines):
            stripped = source_lines[n - 1].strip()
            if stripped and not stripped.startswith("#"):
                next_code[n] = n
                break
            walked.append(n)
            n += 1
        found = next_code.get(n)
        for m in [number, *walked]:
            next_code[m] = found
        return found

    inner: dict[tuple[int, int], list[Comment]] = {}
    rest: list[Comment] = []
    kept: set[int] = set()  # lines of comments kept at the end of an element
    for comment in loose:
        number = comment.location.line
        ei = bisect.bisect_left(starts, number) - 1  # the element whose lines it sits among
        if ei < 0:
            rest.append(comment)
            continue
        target = following(number)
        end = starts[ei + 1] if ei + 1 < len(starts) else len(source_lines) + 1
        index = None
        if target is None or target >= end:
            # Indented right under the element (or under such a comment): it stays with the element.
            above = source_lines[number - 2].strip() if number > 1 else ""
            if source_lines[number - 1][:1].isspace() and (
                    number - 1 in kept or (above and not above.startswith("#"))):
                index = len(blocks[ei])
                kept.add(number)
        else:
            anchor = anchors.get(target)
            if anchor is not None and anchor[0] == ei and anchor[1] > 0:
                index = anchor[1]
            else:
                word = source_lines[target - 1].split()[0]
                matches = [li for li, (out, _) in enumerate(blocks[ei]) if li and out.split()[0] == word]
                index = matches[0] if len(matches) == 1 else None
        if index is None:
            rest.append(comment)
        else:
            inner.setdefault((ei, index), []).append(comment)
    return inner, rest


def format_map(amap: ArgumentMap, comments: Iterable[Comment] | None = None, text: str | None = None) -> str:
    """Canonical argmap text for ``amap`` (use on a single file's map: includes stay as include lines).

    With ``text``, the (normalised) text ``amap`` was parsed from, a comment at the end of a property line
    stays at the end of that line; without it, such a comment goes on a line of its own.
    """
    elements = _ordered(amap)
    pending = sorted(
        (c for c in (amap.comments if comments is None else comments) if c.location is not None),
        key=lambda c: (c.location.line, c.location.column),
    )
    trailing: dict[tuple[int, int], list[str]] = {}
    anchors: dict[int, tuple[int, int]] = {}  # source line → (element index, line index)
    blocks = [element_lines(e) for e in elements]
    for ei, (element, block) in enumerate(zip(elements, blocks)):
        location = getattr(element, "location", None)
        if location is not None:
            anchors.setdefault(location.line, (ei, 0))
        for li, (_, owner) in enumerate(block):
            owner_location = getattr(owner, "location", None)
            if owner_location is not None:
                anchors.setdefault(owner_location.line, (ei, li))
    if text is not None:
        anchors.update(_property_line_anchors(text, elements, blocks, pending, anchors))
    loose = []
    for comment in pending:
        anchor = anchors.get(comment.location.line)
        if anchor is not None:
            trailing.setdefault(anchor, []).append(comment.text)
        else:
            loose.append(comment)

    source_lines = text.split("\n") if text is not None else None
    inner: dict[tuple[int, int], list[Comment]] = {}  # comments on lines of their own between property lines
    if source_lines is not None and loose:
        inner, loose = _comments_inside_blocks(source_lines, elements, blocks, anchors, loose)

    def comment_lines(comments: list[Comment], next_line: int | None) -> list[str]:
        """Loose comments as lines, keeping a blank line where the original had one after a comment
        (a file's header comment stays apart from the first element)."""
        lines: list[str] = []
        for k, comment in enumerate(comments):
            lines.append(comment.text)
            end = comments[k + 1].location.line if k + 1 < len(comments) else next_line
            if source_lines is not None and end is not None and any(
                    not source_lines[n].strip() for n in range(comment.location.line, min(end - 1, len(source_lines)))):
                lines.append("")
        return lines

    out: list[str] = []
    previous: object | None = None
    previous_was_block = False
    li = 0
    for ei, (element, block) in enumerate(zip(elements, blocks)):
        location = getattr(element, "location", None)
        before: list[Comment] = []
        while li < len(loose) and (location is None or loose[li].location.line < location.line):
            before.append(loose[li])
            li += 1
        if out and (before or len(block) > 1 or type(element) is not type(previous) or previous_was_block):
            out.append("")
        out.extend(comment_lines(before, location.line if location is not None else None))
        for index, (line, _) in enumerate(block):
            out.extend(INDENT + c.text for c in inner.get((ei, index), ()))
            tail = trailing.get((ei, index))
            out.append(line + ("  " + " ".join(tail) if tail else ""))
        out.extend(INDENT + c.text for c in inner.get((ei, len(block)), ()))
        previous, previous_was_block = element, len(block) > 1
    rest = loose[li:]
    if rest:
        if out:
            out.append("")
        out.extend(comment_lines(rest, None))
    return "\n".join(out) + "\n" if out else ""

