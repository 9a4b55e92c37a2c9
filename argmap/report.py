"""Writing diagnostics: text for people (rich), JSON and SARIF 2.1.0 for tools.

Reporters only format; they never decide what is a finding.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any
from urllib.parse import quote

from rich.cells import cell_len, get_character_cell_size
from rich.console import Console
from rich.markup import escape
from rich.text import Text

from argmap import __version__
from argmap.diagnostics import Diagnostic, Severity
from argmap.rules import Rule

SourceLookup = Callable[[str], "str | None"]

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def source_line(lookup: SourceLookup, path: str | None, line: int) -> str | None:
    """The text of ``line`` in the file at ``path``, or None."""
    if path is None:
        return None
    text = lookup(path)
    if text is None:
        return None
    lines = text.split("\n")
    return lines[line - 1] if 0 < line <= len(lines) else None


def _line_of(cache: dict[str, list[str] | None], lookup: SourceLookup, path: str | None, line: int) -> str | None:
    """Like :func:`source_line`, splitting each file once (many findings in one big file stay linear)."""
    if path is None:
        return None
    if path not in cache:
        text = lookup(path)
        cache[path] = None if text is None else text.split("\n")
    lines = cache[path]
    return lines[line - 1] if lines is not None and 0 < line <= len(lines) else None


# Control characters (ESC would drive the terminal) and bidi overrides (they reorder what follows) are
# shown as U+FFFD, one character for one, so columns and the caret stay right.
_UNSHOWABLE = {c: "\ufffd" for c in [*range(0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F),
                                       *range(0x2066, 0x206A)] if c != 0x09}
EXCERPT_CELLS = 120  # longer source lines are cut to a window around the caret
_CONTEXT_BEFORE = 40  # cells kept left of the caret when a line is cut


def excerpt(line: str, column: int, end_column: int | None = None,
            limit: int = EXCERPT_CELLS) -> tuple[str, int, int]:
    """The part of ``line`` to print under a finding at ``column`` (1-based, in characters), the caret's
    offset in terminal cells and its width (how many cells ``^~~`` covers, at least 1).

    A line that fits in ``limit`` cells is returned whole; a longer one is cut to a window of at most
    ``limit`` cells around the caret, with ``…`` where text was cut. Tabs count as one column; control
    characters are shown as ``\ufffd``.
    """
    shown = line.expandtabs(1).translate(_UNSHOWABLE)
    first = column - 1
    stop = (end_column or column + 1) - 1
    if cell_len(shown) <= limit:
        # Columns count characters; the caret goes by terminal cells (CJK characters take two).
        start = cell_len(shown[:first]) + max(0, first - len(shown))
        return shown, start, max(1, cell_len(shown[first:stop]))
    anchor = min(first, len(shown))
    budget = limit - 2  # room for a … at each cut end
    lo, used = anchor, 0
    while lo > 0 and used + get_character_cell_size(shown[lo - 1]) <= _CONTEXT_BEFORE:
        lo -= 1
        used += get_character_cell_size(shown[lo])
    hi = anchor
    while hi < len(shown) and used + get_character_cell_size(shown[hi]) <= budget:
        used += get_character_cell_size(shown[hi])
        hi += 1
    while lo > 0 and used + get_character_cell_size(shown[lo - 1]) <= budget:  # the end is near: more before
        lo -= 1
        used += get_character_cell_size(shown[lo])
    lead = "…" if lo > 0 else ""
    window = lead + shown[lo:hi] + ("…" if hi < len(shown) else "")
    start = len(lead) + cell_len(shown[lo:anchor]) + max(0, first - len(shown))
    width = max(1, cell_len(shown[anchor:min(stop, hi)]))
    return window, start, width


def summary_counts(diagnostics: Sequence[Diagnostic]) -> dict[str, int]:
    """How many errors, warnings and infos."""
    counts = {"error": 0, "warning": 0, "info": 0}
    for d in diagnostics:
        counts[str(d.severity)] += 1
    return counts


def write_text(
    diagnostics: Sequence[Diagnostic],
    console: Console,
    lookup: SourceLookup,
    *,
    files_checked: int | None = None,
    show_source: bool = True,
) -> None:
    """Findings grouped by file, each as ``path:line:col: severity CODE message``, the line and a caret."""
    previous_path = None
    lines_of: dict[str, list[str] | None] = {}
    for d in diagnostics:
        if previous_path is not None and d.path != previous_path:
            console.print()
        previous_path = d.path
        where = f"{d.path or '<map>'}:{d.line}:{d.column}"
        head = Text()
        head.append(where, style="bold")
        head.append(": ")
        head.append(str(d.severity), style=_STYLE[d.severity])
        head.append(f" {d.code} ", style=_STYLE[d.severity])
        head.append(d.message)
        head.append(f"  [{d.name}]", style="dim")
        console.print(head, soft_wrap=True, highlight=False)
        text_line = _line_of(lines_of, lookup, d.path, d.line) if show_source else None
        if text_line is not None:
            gutter = f"{d.line:>5} | "
            shown, start, width = excerpt(text_line, d.column, d.end_column)
            console.print(Text(gutter, style="dim") + Text(shown), soft_wrap=True, highlight=False)
            caret = " " * (len(gutter) - 2) + "| " + " " * start + "^" + "~" * (width - 1)
            console.print(Text(caret, style=_STYLE[d.severity]), soft_wrap=True, highlight=False)
        for related in d.related:
            console.print(f"      [dim]= see {escape(str(related.location))}: {escape(related.message)}[/dim]",
                          soft_wrap=True, highlight=False)
        if d.suggestion:
            console.print(Text("      = help: ", style="green") + Text(d.suggestion), soft_wrap=True, highlight=False)
    counts = summary_counts(diagnostics)
    parts = [f"{n} {word}{'s' if n != 1 else ''}" for word, n in counts.items() if n]
    tail = f" in {files_checked} file{'s' if files_checked != 1 else ''}" if files_checked is not None else ""
    if parts:
        console.print(f"[bold]{', '.join(parts)}[/bold]{tail}", highlight=False)
    else:
        console.print(f"[green]no findings[/green]{tail}", highlight=False)


def to_json(diagnostics: Sequence[Diagnostic], *, files: Iterable[str] = ()) -> str:
    """``{"tool", "version", "files", "summary", "diagnostics": [...]}`` (see docs/json.md)."""
    document: dict[str, Any] = {
        "tool": "argmap",
        "version": __version__,
        "files": sorted(files),
        "summary": summary_counts(diagnostics),
        "diagnostics": [d.to_dict() for d in diagnostics],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_sarif(diagnostics: Sequence[Diagnostic], rules: dict[str, Rule]) -> str:
    """A SARIF 2.1.0 log with one run, the whole rule catalogue and one result per diagnostic."""
    ordered = list(rules.values())
    index = {r.code: i for i, r in enumerate(ordered)}
    driver = {
        "name": "argmap",
        "version": __version__,
        "informationUri": "https://github.com/argmap/argmap",
        "rules": [
            {
                "id": r.code,
                "name": r.name,
                "shortDescription": {"text": r.summary},
                "fullDescription": {"text": r.what},
                "help": {"text": f"{r.why} Fix: {r.fix}", "markdown": f"{r.why}\n\n**Fix.** {r.fix}"},
                "defaultConfiguration": {"level": _SARIF_LEVEL[r.severity]},
                "properties": {"tags": [r.family]},
            }
            for r in ordered
        ],
    }
    results = []
    for d in diagnostics:
        result: dict[str, Any] = {
            "ruleId": d.code,
            "level": _SARIF_LEVEL[d.severity],
            "message": {"text": d.message + (f" ({d.suggestion})" if d.suggestion else "")},
        }
        if d.code in index:
            result["ruleIndex"] = index[d.code]
        if d.path:
            region: dict[str, int] = {"startLine": d.line, "startColumn": d.column}
            if d.end_column:
                region["endColumn"] = d.end_column
            result["locations"] = [
                {"physicalLocation": {"artifactLocation": {"uri": _uri(d.path)}, "region": region}}
            ]
        if d.related:
            result["relatedLocations"] = [
                {
                    "id": i,
                    "message": {"text": r.message},
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(r.location.path or "")},
                        "region": {"startLine": r.location.line, "startColumn": r.location.column},
                    },
                }
                for i, r in enumerate(d.related)
                if r.location is not None
            ]
        results.append(result)
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [{"tool": {"driver": driver}, "results": results}]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _uri(path: str) -> str:
    """A path as a SARIF uri: a URI reference, so spaces and non-ASCII letters are percent-encoded."""
    return quote(path.replace("\\", "/"), safe="/:")
