"""What the commands share: finding and loading maps, printing load errors, consoles."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import click
from rich.console import Console

from argmap.diagnostics import ArgmapError
from argmap.loader import display_path, find_root, load
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


def expand_paths(paths: Iterable[str]) -> list[Path]:
    """Files named, and every map file under directories named, sorted; missing paths raise click errors."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in MAP_SUFFIXES and p.is_file())
            if not found:
                raise click.UsageError(f"no .argmap files under {raw}")
            out.extend(found)
        elif path.exists():
            out.append(path)
        else:
            raise click.BadParameter(f"no such file or directory: {raw}", param_hint="PATH")
    seen: set[Path] = set()
    unique = []
    for p in out:
        if p.resolve() not in seen:
            seen.add(p.resolve())
            unique.append(p)
    return unique


def load_one(path: Path, root: Path | None = None) -> ArgumentMap:
    """Load a map file of any supported format. Raises ArgmapError."""
    loader = foreign_loader(path.suffix.lower())
    if loader is not None:
        return loader(path)  # type: ignore[operator]
    return load(path, root=root)


def load_many(paths: Iterable[str]) -> tuple[list[tuple[Path, ArgumentMap]], list[ArgmapError]]:
    """Load every map under ``paths``; files included by another loaded file are not loaded on their own.

    Returns the loaded maps and the load errors (each an ArgmapError with diagnostics).
    """
    files = expand_paths(paths)
    roots = {f.resolve(): (Path(raw).resolve() if Path(raw).is_dir() else None)
             for raw in paths for f in expand_paths([raw])}
    loaded: list[tuple[Path, ArgumentMap]] = []
    errors: list[ArgmapError] = []
    for f in files:
        root = roots.get(f.resolve())
        try:
            loaded.append((f, load_one(f, root if root is not None and _inside(f, root) else find_root(f))))
        except ArgmapError as exc:
            errors.append(exc)
    included = {Path(i.resolved) for _, m in loaded for i in m.includes if i.resolved}
    kept = [(f, m) for f, m in loaded if f.resolve() not in included]
    return kept, errors


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
        return True
    except ValueError:
        return False


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
    if not p.exists():
        raise click.BadParameter(f"no such file: {path}", param_hint="FILE")
    try:
        return load_one(p)
    except ArgmapError as exc:
        report_load_errors([exc])
        sys.exit(2)


__all__ = ["display_path", "load_many", "load_one", "load_or_exit", "report_load_errors", "SourceCache"]
