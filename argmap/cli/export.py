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
@click.option("--to", "to_format", type=click.Choice(sorted(EXPORTERS)), default="json", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write here instead of standard output (an existing file is replaced).")
def export_command(file, to_format, output):
    """Export a map (with its includes) as JSON (docs/json.md) or another format."""
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
