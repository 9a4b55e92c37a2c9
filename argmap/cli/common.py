"""What the commands share: finding and loading maps, printing load errors, consoles."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import click
from rich.console import Console

from argmap.diagnostics import ArgmapError
from argmap.loader import display_path, find_root, included_paths, load
from argmap.model import ArgumentMap
from argmap.parser import normalise_text
from argmap.report import write_text

MAP_SUFFIXES = (".argmap",)
# Extension → loader for files in other formats; Argdown and AIF/JSON loaders from argmap.interop
# are added on first use (foreign_loader), so reading .argmap files never imports the interop package.
FOREIGN_LOADERS: dict[str, object] = {}
_interop_registered = False


def foreign_loader(suffix: str):
    """The loader (path -> ArgumentMap, raising ArgmapError) for another format's extension, or None."""
    global _interop_registered
    if not _interop_registered:
        _interop_registered = True
        from argmap.interop import LOADERS

        for extension, loader in LOADERS.items():
            FOREIGN_LOADERS.setdefault(extension, loader)
    return FOREIGN_LOADERS.get(suffix)


def stdout_console() -> Console:
    return Console(highlight=False, soft_wrap=True)


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


class SourceCache:
    """Reads files once (normalised line ends) so reporters can show the offending line."""

    def __init__(self, extra: dict[str, str] | None = None):
        self.texts: dict[str, str | None] = dict(extra or {})

    def __call__(self, path: str) -> str | None:
        if path not in self.texts:
            try:
                self.texts[path] = normalise_text(Path(path).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                self.texts[path] = None
        return self.texts[path]


def _expand(paths: Iterable[str]) -> list[tuple[Path, Path | None]]:
    """(file, the directory named on the command line that holds it, or None), each file once, sorted per path."""
    out: list[tuple[Path, Path | None]] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in MAP_SUFFIXES and p.is_file())
            if not found:
                raise click.UsageError(f"no .argmap files under {raw}")
            pairs = [(p, path.resolve()) for p in found]
        elif path.exists():
            pairs = [(path, None)]
        else:
            raise click.BadParameter(f"no such file or directory: {raw}", param_hint="PATH")
        for file, directory in pairs:
            if file.resolve() not in seen:
                seen.add(file.resolve())
                out.append((file, directory))
    return out


def expand_paths(paths: Iterable[str]) -> list[Path]:
    """Files named, and every map file under directories named; missing paths raise click errors."""
    return [file for file, _ in _expand(paths)]


def load_one(path: Path, root: Path | None = None) -> ArgumentMap:
    """Load a map file of any supported format. Raises ArgmapError."""
    loader = foreign_loader(path.suffix.lower())
    if loader is not None:
        return loader(path)  # type: ignore[operator]
    return load(path, root=root)


def load_many(paths: Iterable[str]) -> tuple[list[tuple[Path, ArgumentMap]], list[ArgmapError]]:
    """Load every map under ``paths``. A file that another of them includes is checked as part of that
    map, not again on its own (a quick scan of include lines decides, before anything is parsed).

    Includes may not leave a directory named on the command line (or the file's project root).
    Returns the loaded maps and the load errors (each an ArgmapError with diagnostics).
    """
    files = _expand(paths)
    included = _checked_through_another(files)
    loaded: list[tuple[Path, ArgumentMap]] = []
    errors: list[ArgmapError] = []
    for file, directory in files:
        if file.resolve() in included:
            continue
        root = directory if directory is not None else find_root(file)
        try:
            loaded.append((file, load_one(file, root)))
        except ArgmapError as exc:
            errors.append(exc)
    return loaded, errors


def _checked_through_another(files: list[tuple[Path, Path | None]]) -> set[Path]:
    """The named files that another named file includes, directly or not, and that are checked as part of it.

    Files that include each other in a loop with no other way in are still checked: the first of them in
    order stands for the loop (and its load reports the cycle, AM121).
    """
    named = [file.resolve() for file, _ in files]
    includes = {f: [t for t in included_paths(f) if t != f] if f.suffix == ".argmap" else [] for f in named}
    targets = {t for found in includes.values() for t in found}
    covered: set[Path] = set()
    skipped: set[Path] = set()
    for start in [f for f in named if f not in targets] + named:  # roots first, then what no root reaches
        if start in covered:
            continue
        covered.add(start)
        stack = [start]
        while stack:
            for target in includes.get(stack.pop(), ()):
                if target not in covered:
                    covered.add(target)
                    skipped.add(target)
                    stack.append(target)
    return skipped


def report_load_errors(errors: list[ArgmapError], console: Console | None = None) -> None:
    """Print load errors (syntax, includes) with their lines and carets."""
    console = console or stderr_console()
    diagnostics = []
    texts: dict[str, str] = {}
    for error in errors:
        diagnostics.extend(error.diagnostics)
        texts.update(error.sources)
    write_text(sorted(diagnostics, key=lambda d: d.sort_key()), console, SourceCache(texts))


def load_or_exit(path: str) -> ArgumentMap:
    """Load one map for a command that needs exactly one; on errors print them and exit 2."""
    p = Path(path)
    if p.is_dir():
        raise click.BadParameter(f"{path} is a directory; name one map file", param_hint="FILE")
    if not p.exists():
        raise click.BadParameter(f"no such file: {path}", param_hint="FILE")
    try:
        return load_one(p)
    except ArgmapError as exc:
        report_load_errors([exc])
        sys.exit(2)


__all__ = ["display_path", "load_many", "load_one", "load_or_exit", "report_load_errors", "SourceCache"]
