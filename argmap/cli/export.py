"""``argmap export``: write a map in another format (JSON; interop adds Argdown and AIF)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click

from argmap import jsonio
from argmap.cli import main
from argmap.cli.common import load_or_exit, stderr_console
from argmap.interop import export_aif, export_argdown
from argmap.model import ArgumentMap

# Format name → function writing a map as text.
EXPORTERS: dict[str, Callable[[ArgumentMap], str]] = {"json": jsonio.dumps, "argdown": export_argdown,
                                                      "aif": export_aif}


@main.command("export")
@click.argument("file", type=click.Path())
@click.option("--to", "to_format", type=click.Choice(sorted(EXPORTERS)), default=None,
              help="Output format (default: from the -o extension, .argdown/.ad = argdown; otherwise json).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write here instead of standard output (an existing file is replaced).")
def export_command(file, to_format, output):
    """Export a map (with its includes) as JSON (docs/json.md) or another format."""
    to_format = _format(to_format, output)
    amap = load_or_exit(file)
    text = EXPORTERS[to_format](amap)
    if output:
        target = Path(output).resolve()
        if any(target == Path(f).resolve() for f in (*amap.files, file)):
            stderr_console().print(f"argmap: refusing to write over {output}: it is the map being exported "
                                   "(or one it includes); choose another -o", markup=False)
            sys.exit(2)
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            stderr_console().print(f"argmap: cannot write {output}: {exc.strerror or exc}", markup=False)
            sys.exit(2)
        stderr_console().print(f"wrote {output}", markup=False)
    else:
        sys.stdout.write(text)


_ARGDOWN_SUFFIXES = (".argdown", ".ad")


def _format(to_format: str | None, output: str | None) -> str:
    """The format asked for, or the one the -o name implies; refuse a -o name that says another format
    (JSON written into m.argdown reads as broken Argdown)."""
    suffix = Path(output).suffix.lower() if output else ""
    if to_format is None:
        return "argdown" if suffix in _ARGDOWN_SUFFIXES else "json"
    says_argdown = suffix in _ARGDOWN_SUFFIXES
    if (suffix == ".json" and to_format == "argdown") or (says_argdown and to_format != "argdown"):
        raise click.UsageError(f"--to {to_format} does not fit the name {output}; "
                               f"use a .{'argdown' if to_format == 'argdown' else 'json'} name, or leave out --to")
    return to_format
