"""``argmap render``: draw a map as DOT, SVG, PNG, PDF or a single-file HTML viewer."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from argmap.check import ConfigError, check, find_config, load_config
from argmap.cli import main
from argmap.cli.common import load_or_exit, stderr_console
from argmap.render import (
    DEFAULT_MAX_NODES,
    FORMATS,
    RenderError,
    RenderOptions,
    SelectionError,
    format_for,
    render_bytes,
)
from argmap.render.options import CLUSTERS, DIRECTIONS
from argmap.render.raster import LEGIBLE_DPI, png_dpi, svg_size, svg_to_png
from argmap.render.style import FONT_SIZE


def _fail(message: str, hint: str | None = None) -> None:
    console = stderr_console()
    console.print(f"[bold red]error:[/] {message}", markup=True, highlight=False)
    if hint:
        console.print(f"  hint: {hint}", markup=False)
    sys.exit(2)


def _hint_if_illegible(amap, svg: str, options: RenderOptions) -> None:
    """Say so when a PNG had to be drawn too small to read, and how to get a readable picture."""
    dpi = png_dpi(svg)
    if dpi >= LEGIBLE_DPI:
        return
    width, height = svg_size(svg)
    pixels = FONT_SIZE * dpi / 72
    if options.focus is not None:
        how = f"a smaller --depth than {options.depth}"
    else:
        theses = [c.id for c in amap.claims if c.is_thesis]
        named = ", ".join(theses[:5]) + (", ..." if len(theses) > 5 else "")
        how = "--focus ID --depth 1" + (f" (theses: {named})" if theses else "")
    stderr_console().print(
        f"note: the diagram is {width:,.0f} x {height:,.0f} pt, so the PNG is drawn at {dpi:.0f} dpi and its text "
        f"is about {pixels:.0f} pixels high. For a readable picture draw part of it with {how}, or write .svg "
        "or .html, which zoom.", markup=False, highlight=False)


@main.command("render")
@click.argument("file", type=click.Path())
@click.option("-o", "--output", metavar="OUT", default=None,
              help="File to write (format from its extension: .dot .svg .png .pdf .html); '-' for standard "
                   "output. Only this file is written; an existing one is replaced.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS, case_sensitive=False), default=None,
              help="Output format, when OUT has no telling extension or is '-'.")
@click.option("--focus", metavar="ID", default=None, help="Draw only this claim (or evidence, inference) and its "
                                                           "neighbourhood.")
@click.option("--depth", type=click.IntRange(min=0), default=2, show_default=True,
              help="With --focus: how many steps away to go (an inference and its premises are one step).")
@click.option("--voice", metavar="NAME", default=None,
              help="Draw only this voice's claims and what they rest on (voice id or name).")
@click.option("--cluster", type=click.Choice(CLUSTERS), default=None, help="Group nodes by source or by voice.")
@click.option("--direction", type=click.Choice(DIRECTIONS, case_sensitive=False), default="TB", show_default=True,
              help="TB: theses at the top, reasons below; LR: theses at the left, reasons to the right.")
@click.option("--findings", is_flag=True, help="Run argmap check and draw its findings (unsupported: dashed "
                                               "orange; circular: red; OUT: struck through).")
@click.option("--no-legend", is_flag=True, help="Leave the legend out.")
@click.option("--max-nodes", type=click.IntRange(min=0), default=DEFAULT_MAX_NODES, show_default=True,
              help="Refuse to lay out bigger diagrams (layout time grows fast); 0 for no limit.")
def render_command(file, output, fmt, focus, depth, voice, cluster, direction, findings, no_legend, max_nodes):
    """Draw FILE as a diagram: DOT, SVG, PNG, PDF or a self-contained HTML viewer.

    \b
    Examples:
      argmap render essay.argmap -o essay.svg
      argmap render essay.argmap -o essay.html --findings
      argmap render essay.argmap -o t1.png --focus T1 --depth 1
      argmap render essay.argmap -f dot -o -
    """
    if output is None and fmt is None:
        raise click.UsageError("name the output with -o OUT (e.g. -o map.svg), or give --format to write to "
                               "standard output")
    target = output or "-"
    try:
        chosen = format_for(target, fmt) if target != "-" or fmt else None
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    if fmt and target != "-":
        try:
            named = format_for(target)
        except ValueError:
            named = None  # no telling extension: --format decides
        if named is not None and named != chosen:
            raise click.UsageError(f"-o {target} names a .{named} file but --format is {chosen}; "
                                   f"use -o {Path(target).with_suffix('.' + chosen)} or drop --format")
    if chosen is None:
        raise click.UsageError("writing to standard output needs --format")
    if target == "-" and chosen in ("png", "pdf") and sys.stdout.isatty():
        raise click.UsageError(f"refusing to write {chosen.upper()} bytes to a terminal; use -o FILE.{chosen}")
    if target != "-" and Path(target).is_dir():
        raise click.UsageError(f"{target} is a directory; name a file, e.g. -o {Path(target) / ('map.' + chosen)}")

    amap = load_or_exit(file)
    if target != "-":
        inputs = {Path(f).resolve() for f in (file, *amap.files)}
        if Path(target).resolve() in inputs:
            raise click.UsageError(f"-o {target} would replace a file of the map being drawn; "
                                   f"name another file, e.g. -o {Path(target).with_suffix('.' + chosen).name}")
    options = RenderOptions(focus=focus, depth=depth, voice=voice, cluster=cluster, direction=direction.upper(),
                            findings=findings, legend=not no_legend, max_nodes=max_nodes or None)
    diagnostics = None
    if findings or chosen == "html":
        # The findings `argmap check` would report here: the same [tool.argmap] settings apply.
        try:
            config = load_config(find_config(Path(file)))
        except ConfigError as exc:
            _fail(str(exc))
        diagnostics = check(amap, config=config).diagnostics
    try:
        if chosen == "png":
            svg = render_bytes(amap, "svg", options, diagnostics=diagnostics).decode("utf-8")
            data = svg_to_png(svg)
            _hint_if_illegible(amap, svg, options)
        else:
            data = render_bytes(amap, chosen, options, diagnostics=diagnostics)
    except SelectionError as exc:
        _fail(str(exc), "list ids with `argmap show " + file + "`")
    except RenderError as exc:
        _fail(str(exc))
    if target == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        Path(target).write_bytes(data)
    except OSError as exc:
        _fail(f"cannot write {target}: {exc.strerror or exc}")
    stderr_console().print(f"wrote {target}", markup=False)
