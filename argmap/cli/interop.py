"""``argmap import``: read an Argdown or AIF file and write it as an argmap file."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from argmap.cli import main
from argmap.cli.common import SourceCache, report_load_errors, stderr_console
from argmap.diagnostics import ArgmapError
from argmap.interop import format_for, load_foreign
from argmap.report import write_text
from argmap.writer import format_map


@main.command("import")
@click.argument("file", type=click.Path())
@click.option("--from", "from_format", type=click.Choice(["argdown", "aif"]), default=None,
              help="Format of FILE (default: from its extension: .argdown/.ad = Argdown, .json = AIF).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write the argmap file here (replaced if it exists); default: standard output.")
@click.option("--quiet", "-q", is_flag=True, help="Do not print the import warnings.")
def import_command(file, from_format, output, quiet):
    """Import an Argdown or AIF (AIFdb/OVA JSON) file as an argmap map.

    What argmap cannot represent is reported as a warning (AM130) with its place in FILE.
    Exit codes: 0 imported cleanly, 1 imported with warnings, 2 the file cannot be read.
    """
    path = Path(file)
    if path.is_dir():
        raise click.BadParameter(f"{file} is a directory; name one Argdown or AIF file", param_hint="FILE")
    if not path.is_file():
        raise click.BadParameter(f"no such file: {file}", param_hint="FILE")
    fmt = from_format or format_for(path)
    if fmt is None and path.suffix == ".argmap":
        raise click.UsageError(f"{file} is already an argmap file: `argmap check` or `argmap fmt` reads it")
    if fmt is None:
        raise click.UsageError(f"cannot tell the format of {file} from its extension; "
                               "name it with --from argdown or --from aif")
    try:
        amap = load_foreign(path, "aif" if fmt == "json" else fmt)
    except ArgmapError as exc:
        report_load_errors([exc])
        sys.exit(2)
    warnings = list(amap.parse_findings)
    text = format_map(amap)
    if output:
        if Path(output).resolve() == path.resolve():
            raise click.UsageError("the output would replace the file being imported; choose another -o")
        try:
            Path(output).write_text(text, encoding="utf-8", newline="\n")
        except OSError as exc:
            stderr_console().print(f"argmap: cannot write {output}: {exc.strerror or exc}", markup=False)
            sys.exit(2)
    else:
        sys.stdout.write(text)
    console = stderr_console()
    if warnings and not quiet:
        write_text(warnings, console, SourceCache(), files_checked=1)
    if output:
        counts = (f"{len(amap.claims)} claims, {len(amap.evidence)} evidence, {len(amap.inferences)} inferences, "
                  f"{len(amap.attacks)} attacks, {len(amap.restatements)} restatements")
        console.print(f"wrote {output} ({counts})")
    sys.exit(1 if warnings else 0)
