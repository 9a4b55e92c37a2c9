"""Loading argmap files from disk, following includes.

Includes are resolved relative to the including file. A missing file, an
include cycle and an include that leaves the project's root are errors
(AM120-AM122) raised as :class:`ArgmapError`, like syntax errors: the map
cannot be read as written.
"""

from __future__ import annotations

import codecs
import difflib
import os
import re
from pathlib import Path

import attrs

from argmap.gcpause import paused_gc
from argmap.diagnostics import ArgmapError, Diagnostic, Severity
from argmap.model import ArgumentMap, Location, word_location
from argmap.parser import normalise_text, parse_text

ROOT_MARKERS = ("pyproject.toml", ".git", "argmap.toml")
_INCLUDE_LINE = re.compile(r'^[ \t]*include[ \t]+"([^"\n]+)"', re.MULTILINE)


def find_root(start: Path) -> Path:
    """The project root for a file: the nearest ancestor holding pyproject.toml, .git or argmap.toml.

    With no marker above it, the file's own directory is the root.
    """
    start = start.resolve()
    directory = start if start.is_dir() else start.parent
    for candidate in (directory, *directory.parents):
        if any((candidate / marker).exists() for marker in ROOT_MARKERS):
            return candidate
    return directory


def display_path(path: Path) -> str:
    """A path as the user should see it: relative to the working directory when inside it."""
    absolute = Path(path).resolve()
    try:
        return str(absolute.relative_to(Path.cwd().resolve()))
    except ValueError:  # outside the working directory
        return str(absolute)


def read_text(path: Path, shown: str, where: Location | None = None) -> str:
    """Read a UTF-8 file, turning OS and decoding problems into an ArgmapError."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArgmapError([_error("AM120", "missing-include", f"file not found: {shown}", where, shown,
                                  suggestion=_nearby(path, where))]) from None
    except IsADirectoryError:
        raise ArgmapError([_error("AM120", "missing-include", f"{shown} is a directory, not a file", where, shown)]) \
            from None
    except OSError as exc:
        raise ArgmapError([_error("AM120", "missing-include", f"cannot read {shown}: {exc.strerror}", where, shown)]) \
            from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ArgmapError([_not_text(shown, 1, 1, "the file is UTF-16 encoded (it starts with a UTF-16 byte "
                                                  "order mark); argmap reads UTF-8",
                                     "save it as UTF-8 (in most editors: Save As, encoding UTF-8)")])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
        message = f"the file is not valid UTF-8 (byte 0x{data[bad]:02x})"
        suggestion = "save the file as UTF-8"
    else:
        bad = data.find(b"\0")
        if bad < 0:
            return text
        message = "the file holds a NUL byte: is it a binary file?"
        suggestion = "name an argmap text file; a text file must not contain NUL bytes"
    if b"\0" in data[:8192] and not message.startswith("the file holds"):
        message = "the file is not text: it holds NUL bytes and bytes that are not UTF-8 (a binary file?)"
        suggestion = "name an argmap text file (UTF-8)"
    line = data[:bad].count(b"\n") + 1
    line_start = data.rfind(b"\n", 0, bad) + 1
    column = len(data[line_start:bad].decode("utf-8", errors="replace")) + 1  # characters, as Lark counts
    # The text with U+FFFD for what cannot be decoded, so that the reporter can show the line.
    shown_text = data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    raise ArgmapError([_not_text(shown, line, column, message, suggestion)], {shown: shown_text}) from None


def _not_text(shown: str, line: int, column: int, message: str, suggestion: str) -> Diagnostic:
    return Diagnostic(code="AM100", name="syntax-error", severity=Severity.ERROR, message=message,
                      location=Location(path=shown, line=line, column=column), suggestion=suggestion)


def _nearby(path: Path, where: Location | None) -> str | None:
    """For a missing file: a file of a similar name in the folder it should be in, or where includes look."""
    try:
        stems = sorted(p.stem for _, p in zip(range(2000), path.parent.iterdir()) if p.suffix == path.suffix)
    except OSError:
        stems = []
    close = difflib.get_close_matches(path.stem, stems, n=1, cutoff=0.6)  # stems: every name ends alike
    if close:
        return f"did you mean `{close[0]}{path.suffix}`?"
    if where is not None:
        return f"an include's path is relative to the including file's folder (here {path.parent})"
    return None


def _error(code: str, name: str, message: str, where: Location | None, shown: str, **kw) -> Diagnostic:
    location = where or Location(path=shown, line=1, column=1)
    return Diagnostic(code=code, name=name, severity=Severity.ERROR, message=message, location=location,
                      end_column=getattr(location, "end_column", None), **kw)


def load(path: str | os.PathLike, *, root: str | os.PathLike | None = None) -> ArgumentMap:
    """Load an argmap file and every file it includes, as one map.

    ``root`` bounds where includes may point (default: :func:`find_root`).
    Raises :class:`ArgmapError` with every problem found: syntax errors (in this
    file and its includes), missing files, include cycles, includes outside the root.
    """
    top = Path(path)
    root_path = Path(root).resolve() if root is not None else find_root(top)
    loaded: dict[Path, ArgumentMap] = {}
    errors: list[Diagnostic] = []
    sources: dict[str, str] = {}
    with paused_gc():
        _load_one(top.resolve(), display_path(top), None, root_path, [], loaded, errors, sources)
    if errors:
        raise ArgmapError(errors, sources)
    return _combine(list(loaded.values()))


_COMBINED = ("sources", "voices", "claims", "evidence", "inferences", "attacks", "restatements", "devices",
             "includes", "comments", "parse_findings")


def included_paths(path: Path) -> list[Path]:
    """The files a map file includes, found by scanning its include lines (no parsing); [] if unreadable."""
    try:
        text = normalise_text(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return []
    return [(path.parent / m.group(1)).resolve() for m in _INCLUDE_LINE.finditer(text)]


def _combine(maps: list[ArgumentMap]) -> ArgumentMap:
    """One map from every file's map, in include order (each file before the files it includes)."""
    if len(maps) == 1:
        return maps[0]
    fields = {name: [e for m in maps for e in getattr(m, name)] for name in _COMBINED}
    return ArgumentMap(path=maps[0].path, files=[f for m in maps for f in m.files], **fields)


def _load_one(
    path: Path,
    shown: str,
    where: Location | None,
    root: Path,
    stack: list[Path],
    loaded: dict[Path, ArgumentMap],
    errors: list[Diagnostic],
    sources: dict[str, str],
) -> None:
    """Parse one file into ``loaded`` (path → its own map), then the files it includes, depth first."""
    try:
        text = read_text(path, shown, where)
    except ArgmapError as exc:
        errors.extend(exc.diagnostics)
        sources.update(exc.sources)
        return
    try:
        own = parse_text(text, shown)
        sources[shown] = normalise_text(text)
    except ArgmapError as exc:
        errors.extend(exc.diagnostics)
        sources.update(exc.sources)
        # Still read the files it includes, so that their errors are reported in the same run.
        for target in included_paths(path):
            if target not in loaded and target not in stack and target != path and _inside(target, root):
                _load_one(target, display_path(target), None, root, [*stack, path], loaded, errors, sources)
        return
    resolved_includes = [
        attrs.evolve(i, resolved=str((path.parent / i.path).resolve())) for i in own.includes
    ]
    loaded[path] = attrs.evolve(own, includes=resolved_includes) if resolved_includes else own
    for include in own.includes:
        target = (path.parent / include.path).resolve()
        target_shown = display_path(target)
        if not _inside(target, root):
            errors.append(
                _error(
                    "AM122", "include-outside-root",
                    f"include leaves the project's root ({display_path(root)}): {include.path}",
                    word_location(include, "path"), shown,
                    suggestion="move the file inside the project, or run argmap from a directory that contains both",
                )
            )
            continue
        if target in stack or target == path:
            chain = " → ".join(display_path(p) for p in [*stack, path, target])
            errors.append(
                _error(
                    "AM121", "include-cycle", f"include cycle: {chain}", word_location(include, "path"), shown,
                    suggestion="remove one of these includes; a file can be included by many but never by itself",
                )
            )
            continue
        if target in loaded:  # included twice (diamond): its elements are already in the map
            continue
        _load_one(target, target_shown, word_location(include, "path"), root, [*stack, path], loaded, errors, sources)


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


__all__ = ["load", "find_root", "display_path", "read_text"]
