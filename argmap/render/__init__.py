"""Argument diagrams: DOT, SVG, PNG, PDF and a single-file HTML viewer.

    >>> import argmap, argmap.render
    >>> amap = argmap.load("examples/socrates.argmap")
    >>> argmap.render.render(amap, "socrates.svg", findings=True)    # format from the extension
    >>> dot_text = argmap.render.to_dot(amap, focus="T1", depth=1)

The module itself is callable too: ``argmap.render(amap, "map.png")``. The
visual grammar is described in docs/diagrams.md.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

from argmap.model import ArgumentMap
from argmap.render.dot import Drawing, build_drawing
from argmap.render.finish import finish
from argmap.render.findings import Marks, marks_from
from argmap.render.options import DEFAULT_MAX_NODES, RenderOptions, make_options
from argmap.render.svg import RenderError, backend, dot_to_svg
from argmap.render.view import SelectionError, View, select

FORMATS = ("dot", "svg", "png", "pdf", "html")
BINARY_FORMATS = ("png", "pdf")


class TooLargeError(RenderError):
    """The graph is too big to lay out in reasonable time; the message says how to focus."""


def _prepare(amap: ArgumentMap, options: RenderOptions, diagnostics=None) -> tuple[View, Marks, list]:
    view = select(amap, focus=options.focus, depth=options.depth, voice=options.voice)
    found: list = []
    if options.findings or diagnostics is not None:
        found = list(diagnostics) if diagnostics is not None else _check(amap)
    marks = marks_from(amap, found) if options.findings else Marks()
    return view, marks, found


def _check(amap: ArgumentMap) -> list:
    # Late import: the rule catalogue is only loaded when findings are asked for.
    from argmap.check import check

    return list(check(amap).diagnostics)


def _guard_size(view: View, options: RenderOptions) -> None:
    limit = options.max_nodes
    if limit and len(view) > limit:
        raise TooLargeError(
            f"the diagram has {len(view)} nodes, more than the layout limit of {limit}: Graphviz could take "
            "minutes. Draw part of it with --focus ID --depth N or --voice NAME, or raise the limit with "
            "--max-nodes N (0 for none)")


def to_dot(amap: ArgumentMap, options: RenderOptions | None = None, *, diagnostics=None, **kwargs) -> str:
    """The map as Graphviz DOT text (keyword options as in :class:`RenderOptions`).

    ``diagnostics`` (e.g. ``argmap.check(amap).diagnostics``) saves a second check
    run when ``findings=True``.
    """
    options = make_options(options, **kwargs)
    view, marks, _ = _prepare(amap, options, diagnostics)
    return build_drawing(amap, view, options, marks).source


def _drawing(amap: ArgumentMap, options: RenderOptions, diagnostics=None) -> tuple[Drawing, View, list]:
    view, marks, found = _prepare(amap, options, diagnostics)
    _guard_size(view, options)
    return build_drawing(amap, view, options, marks), view, found


def to_svg(amap: ArgumentMap, options: RenderOptions | None = None, *, diagnostics=None, **kwargs) -> str:
    """The map as SVG text, laid out by the system Graphviz or its WebAssembly build."""
    drawing, _, _ = _drawing(amap, make_options(options, **kwargs), diagnostics)
    return finish(dot_to_svg(drawing.source), drawing)


def to_png(amap: ArgumentMap, options: RenderOptions | None = None, *, diagnostics=None, **kwargs) -> bytes:
    """The map as a PNG image (SVG rasterised by resvg at 144 dpi)."""
    from argmap.render.raster import svg_to_png

    return svg_to_png(to_svg(amap, options, diagnostics=diagnostics, **kwargs))


def to_pdf(amap: ArgumentMap, options: RenderOptions | None = None, *, diagnostics=None, **kwargs) -> bytes:
    """The map as a vector PDF (cairosvg, or the system Graphviz), with no date stamp."""
    from argmap.render.raster import svg_to_pdf

    drawing, _, _ = _drawing(amap, make_options(options, **kwargs), diagnostics)
    return svg_to_pdf(finish(dot_to_svg(drawing.source), drawing), drawing.source)


def to_html(amap: ArgumentMap, options: RenderOptions | None = None, *, diagnostics=None, **kwargs) -> str:
    """A single-file interactive HTML viewer: diagram, search, details, findings; no network access."""
    from argmap.render.html import build_html

    options = make_options(options, **kwargs)
    drawing, view, found = _drawing(amap, options, diagnostics if diagnostics is not None else _check(amap))
    return build_html(amap, view, finish(dot_to_svg(drawing.source), drawing), found, direction=options.direction)


def format_for(path: str | Path, fmt: str | None = None) -> str:
    """The output format: ``fmt`` if given, else the file extension. Raises ValueError when unknown."""
    if fmt:
        fmt = fmt.lower().lstrip(".")
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return fmt
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix == "htm":
        suffix = "html"
    if suffix == "gv":
        suffix = "dot"
    if suffix not in FORMATS:
        raise ValueError(f"cannot tell the format from {str(path)!r}; use one of the extensions "
                         f"{', '.join('.' + f for f in FORMATS)} or give a format")
    return suffix


def render_bytes(amap: ArgumentMap, fmt: str, options: RenderOptions | None = None, *, diagnostics=None,
                 **kwargs) -> bytes:
    """The map in ``fmt`` (dot, svg, png, pdf, html) as bytes; text formats are UTF-8."""
    makers = {"dot": to_dot, "svg": to_svg, "png": to_png, "pdf": to_pdf, "html": to_html}
    if fmt not in makers:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    result = makers[fmt](amap, options, diagnostics=diagnostics, **kwargs)
    return result if isinstance(result, bytes) else result.encode("utf-8")


def render(amap: ArgumentMap, path: str | Path, options: RenderOptions | None = None, *, format: str | None = None,
           diagnostics=None, **kwargs) -> Path:
    """Draw ``amap`` into the file ``path``, the format taken from ``format`` or the extension.

    Everything is rendered in memory first: on error nothing is written, and
    no file other than ``path`` is ever created. Returns the path.
    """
    fmt = format_for(path, format)
    data = render_bytes(amap, fmt, options, diagnostics=diagnostics, **kwargs)
    target = Path(path)
    target.write_bytes(data)
    return target


class _CallableModule(types.ModuleType):
    """Lets ``argmap.render(amap, path)`` be called as well as used as a package."""

    def __call__(self, amap: ArgumentMap, path: str | Path, *args, **kwargs) -> Path:
        return render(amap, path, *args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule

__all__ = [
    "BINARY_FORMATS", "DEFAULT_MAX_NODES", "FORMATS", "RenderError", "RenderOptions", "SelectionError",
    "TooLargeError", "backend", "format_for", "render", "render_bytes", "to_dot", "to_html", "to_pdf", "to_png",
    "to_svg",
]
