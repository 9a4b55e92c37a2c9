"""The ``argmap`` command: a click group whose commands live one module each in this package."""

from __future__ import annotations

import importlib
import os
import sys

import click

from argmap import __version__

# Modules of this package that define commands with @main.command (imported in this order).
COMMAND_MODULES = ("check", "show", "fmt", "export", "explain", "rhetoric", "render", "interop")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="argmap")
def main() -> None:
    """argmap: map arguments, check their reasoning, draw them, read their rhetoric."""


for _name in COMMAND_MODULES:
    importlib.import_module(f"{__name__}.{_name}")


def run() -> None:
    """Console entry point: no input, however broken, ends in a Python traceback (set ARGMAP_DEBUG=1 to see one)."""
    try:
        main.main(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo("argmap: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - last line of defence for the CLI
        if os.environ.get("ARGMAP_DEBUG"):
            raise
        click.echo(f"argmap: internal error: {type(exc).__name__}: {exc}", err=True)
        click.echo("This is a bug in argmap; please report it with the input that caused it "
                   "(ARGMAP_DEBUG=1 shows the traceback).", err=True)
        sys.exit(2)
