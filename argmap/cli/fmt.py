"""``argmap fmt``: canonical formatting in place, or --check / --diff."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

import click

from argmap.cli import main
from argmap.cli.common import expand_paths, report_load_errors, stderr_console
from argmap.diagnostics import ArgmapError
from argmap.loader import display_path, read_text
from argmap.parser import normalise_text, parse_text
from argmap.writer import format_map


@main.command("fmt")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--check", "check_only", is_flag=True, help="Write nothing; exit 1 if a file would change.")
@click.option("--diff", "show_diff", is_flag=True, help="Write nothing; print what would change as a diff.")
def fmt_command(paths, check_only, show_diff):
    """Rewrite argmap files in canonical form (comments kept; includes are not followed).

    A file with syntax errors, or with property lines that are misplaced or repeated (AM106, AM108), is
    left as it is and reported (exit 2): formatting would drop those lines.
    """
    changed = 0
    foreign = unwritable = dropped = False
    errors: list[ArgmapError] = []
    for path in expand_paths(paths):
        shown = display_path(path)
        if path.suffix != ".argmap":
            stderr_console().print(f"{shown}: argmap fmt formats .argmap files only; "
                                   f"`argmap import {shown} -o FILE.argmap` converts it first", markup=False)
            foreign = True
            continue
        try:
            original = read_text(path, shown)
            amap = parse_text(original, shown)
        except ArgmapError as exc:
            errors.append(exc)
            continue
        if amap.parse_findings:  # misplaced or repeated property lines: the model has no place for them
            errors.append(ArgmapError(list(amap.parse_findings), {shown: normalise_text(original)}))
            dropped = True
            continue
        formatted = format_map(amap, text=normalise_text(original))
        if formatted == original:
            continue
        changed += 1
        if show_diff:
            for line in difflib.unified_diff(original.splitlines(keepends=True), formatted.splitlines(keepends=True),
                                             fromfile=shown, tofile=f"{shown} (formatted)"):
                # as diff(1) and patch(1) write it, so that the last line is not glued to the next one
                sys.stdout.write(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
        elif check_only:
            stderr_console().print(f"would reformat {shown}", markup=False)
        else:
            try:
                Path(path).write_text(formatted, encoding="utf-8", newline="\n")
            except OSError as exc:
                stderr_console().print(f"argmap: cannot write {shown}: {exc.strerror or exc}", markup=False)
                unwritable = True
                continue
            stderr_console().print(f"reformatted {shown}", markup=False)
    if errors:
        report_load_errors(errors)
    if dropped:
        stderr_console().print("argmap fmt leaves files with misplaced or repeated property lines as they are: "
                               "formatting would drop those lines", markup=False)
    if errors or foreign or unwritable:
        sys.exit(2)
    if (check_only or show_diff) and changed:
        sys.exit(1)
